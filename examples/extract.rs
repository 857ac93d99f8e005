//! The depeche command line: analyses French news articles and prints what
//! it finds as JSON, JSON Lines or a TSV table of events.
//!
//! ```text
//! cargo run --release --example extract                      # the embedded sample article, pretty JSON
//! cargo run --release --example extract -- FILE… [--dct YYYY-MM-DD]   # files (`-` for standard input)
//! cargo run --release --example extract -- --format tsv FILE…         # one row per event
//! cargo run --release --example extract -- --parallel 8 --format jsonl corpus/*.txt > out.jsonl
//! cargo run --release --example extract -- --jsonl < in.jsonl > out.jsonl
//! ```
//!
//! Options:
//!
//! - `--format json|jsonl|tsv` (file mode): `json`, the default, prints each
//!   file's analysis as pretty JSON with an `"id"` naming the file (the
//!   sample article alone prints without one); `jsonl` prints one compact
//!   line per file with its `"id"`; `tsv` prints a header row, then one row
//!   per **event** with the columns `id date source source_country target
//!   target_country plover_type cameo quad_class trigger sentence`.
//! - `--parallel N`: N worker threads share one [`Extractor`]; the output
//!   stays in input order and at most a few results per thread wait to be
//!   written, so memory stays bounded. `0` means one thread per core. It
//!   applies to `--jsonl` mode too.
//! - `--dct YYYY-MM-DD`: the publication date that relative expressions
//!   (`hier`, `mardi`) resolve against; in `--jsonl` mode, the date for the
//!   lines that give none.
//! - `--jsonl`: the streaming filter described below.
//!
//! In file mode a file that cannot be read or analysed gives a message on
//! standard error (and an `{"id", "error", "line": 0}` row in the JSON
//! formats); the other files go on and the exit status is 1. When standard
//! error is a terminal (and standard output is not), a progress line there
//! shows files done, MB/s and the time left over several files.
//!
//! In `--jsonl` mode each input line is `{"id": …, "text": "…", "dct": "YYYY-MM-DD" | null}`
//! and each output line is the analysis with its `id`, in input order. A line
//! that cannot be read (bad JSON, invalid UTF-8, no text) gives
//! `{"id": …, "error": "…", "line": N}` and a message on standard error; the
//! rest of the batch goes on, and the exit status is 1 when a line failed.
//! Memory stays constant: lines are read, analysed and written a few at a
//! time, so the mode works as a Hadoop Streaming mapper or a Spark `pipe()`
//! stage.
//!
//! TSV columns name actors by their canonical name, several joined with
//! `;`; `source_country` and `target_country` list the distinct countries of
//! those actors; `date` is the event's own date, else the article's
//! publication date; `quad_class` is the conventional number 1 to 4 (verbal
//! cooperation, material cooperation, verbal conflict, material conflict).
//! Tabs and line breaks inside text become spaces.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, PoisonError, mpsc};
use std::time::{Duration, Instant};

use depeche::{ActorId, Analysis, CountryCode, Date, Extractor, Options};
use serde::Serialize;

/// The user's article, the default input.
const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

/// The id that rows of the sample article carry in the `jsonl` and `tsv`
/// formats.
const SAMPLE_ID: &str = "sample";

const USAGE: &str = "usage: extract [FILE…] [--format json|jsonl|tsv] [--parallel N] [--dct YYYY-MM-DD]
       extract --jsonl [--parallel N] [--dct YYYY-MM-DD] < in.jsonl > out.jsonl";

/// The columns of the TSV format, in the order event datasets use.
const TSV_HEADER: &str =
    "id\tdate\tsource\tsource_country\ttarget\ttarget_country\tplover_type\tcameo\tquad_class\ttrigger\tsentence\n";

/// An analysis with the id of its input, as one output record.
#[derive(Serialize)]
struct Row<'a, T: Serialize> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a T,
}

/// The record written in place of an analysis when an input fails.
#[derive(Serialize)]
struct ErrorRow<'a> {
    id: &'a serde_json::Value,
    error: String,
    line: usize,
}

/// How file mode prints each file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// Pretty JSON per file.
    Json,
    /// One compact JSON line per file.
    Jsonl,
    /// One TSV row per event.
    Tsv,
}

/// The parsed command line.
struct Args {
    jsonl: bool,
    format: Option<Format>,
    threads: usize,
    dct: Option<Date>,
    files: Vec<String>,
}

/// Reads the command line; `Err` carries the message to print.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args { jsonl: false, format: None, threads: 1, dct: None, files: Vec::new() };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        // `--option=value` and `--option value` are both accepted.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value =
            |what: &str| inline.clone().or_else(|| it.next()).ok_or(format!("{name} needs {what}\n{USAGE}"));
        match name.as_str() {
            "--jsonl" => parsed.jsonl = true,
            "--dct" => {
                let v = value("a date (YYYY-MM-DD)")?;
                parsed.dct = Some(v.parse().map_err(|e| format!("--dct {v}: {e}\n{USAGE}"))?);
            }
            "--format" => {
                parsed.format = Some(match value("json, jsonl or tsv")?.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "tsv" => Format::Tsv,
                    other => return Err(format!("--format {other}: expected json, jsonl or tsv\n{USAGE}")),
                })
            }
            "--parallel" => {
                let v = value("a number of threads")?;
                let n: usize =
                    v.parse().map_err(|_| format!("--parallel {v}: expected a number of threads\n{USAGE}"))?;
                parsed.threads = if n == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { n };
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => parsed.files.push(arg),
        }
    }
    if parsed.jsonl && !parsed.files.is_empty() {
        return Err(format!("--jsonl reads standard input and takes no files\n{USAGE}"));
    }
    if parsed.jsonl && parsed.format.is_some_and(|f| f != Format::Jsonl) {
        return Err(format!("--jsonl always writes JSON Lines; --format applies to file mode\n{USAGE}"));
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let result = if args.jsonl { run_jsonl(&extractor, &args) } else { run_files(&extractor, &args) };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A closed pipe (`extract … | head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(2)
        }
    }
}

// ------------------------------------------------------------ the pipeline

/// What a worker hands back for one input: the bytes to write and, when
/// the input failed, the message for standard error.
struct Output {
    bytes: Vec<u8>,
    failure: Option<String>,
}

/// Lets the thread that hands out work run at most `window` items ahead of
/// the writer, so that a slow item cannot make finished ones pile up.
struct Gate {
    written: Mutex<usize>,
    moved: Condvar,
    stopped: AtomicBool,
    window: usize,
}

impl Gate {
    /// Waits until item `index` may start; false when the writer gave up.
    fn admit(&self, index: usize) -> bool {
        let mut written = self.written.lock().unwrap_or_else(PoisonError::into_inner);
        while index >= *written + self.window {
            if self.stopped.load(Ordering::Acquire) {
                return false;
            }
            written = self.moved.wait(written).unwrap_or_else(PoisonError::into_inner);
        }
        !self.stopped.load(Ordering::Acquire)
    }

    /// Records that `count` items have been written.
    fn advance(&self, count: usize) {
        *self.written.lock().unwrap_or_else(PoisonError::into_inner) = count;
        self.moved.notify_all();
    }

    /// Releases the feeder when the writer stops early (a closed pipe).
    fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        let _guard = self.written.lock().unwrap_or_else(PoisonError::into_inner);
        self.moved.notify_all();
    }
}

/// Runs `work` over `jobs` on `threads` threads and hands every result to
/// `emit` in input order.
///
/// One thread feeds jobs, `threads` workers run them, and the calling thread
/// puts results back in order and emits them. At most `4 × threads` jobs are
/// in flight, which bounds memory however long the input is. With one
/// thread everything runs on the calling thread.
fn ordered<J, R>(
    jobs: impl Iterator<Item = J> + Send,
    threads: usize,
    work: impl Fn(J) -> R + Sync,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()>
where
    J: Send,
    R: Send,
{
    if threads <= 1 {
        for job in jobs {
            emit(work(job))?;
        }
        return Ok(());
    }
    let window = threads * 4;
    let gate = Gate { written: Mutex::new(0), moved: Condvar::new(), stopped: AtomicBool::new(false), window };
    // The job channel holds `window` items, so with the gate in front the
    // feeder never blocks on it and always sees a stop.
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, J)>(window);
    let job_rx = Mutex::new(job_rx);
    let (result_tx, result_rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        let gate = &gate;
        scope.spawn(move || {
            for (index, job) in jobs.enumerate() {
                if !gate.admit(index) || job_tx.send((index, job)).is_err() {
                    break;
                }
            }
            // Dropping `job_tx` here tells the workers there is no more work.
        });
        for _ in 0..threads {
            let (job_rx, work, result_tx) = (&job_rx, &work, result_tx.clone());
            scope.spawn(move || {
                loop {
                    // The lock is released at the end of this statement, before the work.
                    let next = job_rx.lock().unwrap_or_else(PoisonError::into_inner).recv();
                    let Ok((index, job)) = next else { break };
                    if result_tx.send((index, work(job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(result_tx);
        let mut waiting = BTreeMap::new();
        let mut next = 0usize;
        for (index, result) in result_rx {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&next) {
                if let Err(e) = emit(result) {
                    gate.stop();
                    return Err(e);
                }
                next += 1;
                gate.advance(next);
            }
        }
        Ok(())
    })
}

// ------------------------------------------------------------- file mode

/// One input of file mode.
struct Input {
    /// The path as given, or `-` for standard input.
    path: String,
    /// Its size, for the progress line; 0 when unknown.
    size: u64,
}

/// Analyses the files named on the command line (or the sample article).
fn run_files(extractor: &Extractor, args: &Args) -> io::Result<bool> {
    let mut options = Options::default();
    if let Some(dct) = args.dct {
        options = options.published(dct);
    }
    let format = args.format.unwrap_or(Format::Json);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if format == Format::Tsv {
        out.write_all(TSV_HEADER.as_bytes())?;
    }
    if args.files.is_empty() {
        let analysis = extractor.analyze_with(SAMPLE, &options).map_err(io::Error::other)?;
        if format == Format::Json {
            // The bare analysis, as the README's first command shows it.
            serde_json::to_writer_pretty(&mut out, &analysis)?;
            writeln!(out)?;
        } else {
            render(&mut out, &analysis, &serde_json::Value::from(SAMPLE_ID), format)?;
        }
        return out.flush().map(|()| true);
    }
    let inputs: Vec<Input> = args
        .files
        .iter()
        .map(|path| Input {
            path: path.clone(),
            size: if path == "-" { 0 } else { std::fs::metadata(path).map_or(0, |m| m.len()) },
        })
        .collect();
    let mut progress = Progress::new(&inputs);
    let mut ok = true;
    let work = |input: &Input| analyse_file(extractor, &options, format, &input.path);
    ordered(inputs.iter(), args.threads, work, |output: (Output, u64)| {
        let (output, size) = output;
        if let Some(message) = output.failure {
            progress.clear();
            eprintln!("extract: {message}");
            ok = false;
        }
        out.write_all(&output.bytes)?;
        progress.done(size);
        Ok(())
    })
    .inspect_err(|_| progress.clear())?;
    progress.clear();
    out.flush()?;
    Ok(ok)
}

/// Reads and analyses one file and renders it in `format`; returns the
/// output with the number of bytes read.
fn analyse_file(extractor: &Extractor, options: &Options, format: Format, path: &str) -> (Output, u64) {
    let id = serde_json::Value::String(path.to_string());
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    let size = bytes.len() as u64;
    let result = read.map_err(|e| e.to_string()).and_then(|_| {
        guarded(|| {
            let analysis = extractor.analyze_bytes(&bytes, options).map_err(|e| e.to_string())?;
            let mut rendered = Vec::new();
            render(&mut rendered, &analysis, &id, format).map_err(|e| e.to_string())?;
            Ok(rendered)
        })
    });
    let output = match result {
        Ok(bytes) => Output { bytes, failure: None },
        Err(error) => {
            let mut bytes = Vec::new();
            let row = ErrorRow { id: &id, error: error.clone(), line: 0 };
            // Writing to a Vec cannot fail; TSV has no error rows.
            let _ = match format {
                Format::Json => serde_json::to_writer_pretty(&mut bytes, &row).map(|()| bytes.push(b'\n')),
                Format::Jsonl => serde_json::to_writer(&mut bytes, &row).map(|()| bytes.push(b'\n')),
                Format::Tsv => Ok(()),
            };
            Output { bytes, failure: Some(format!("{path}: {error}")) }
        }
    };
    (output, size)
}

/// Runs `f`, turning a panic into an error message: an input that trips a
/// bug in the library then costs its own row, not the whole batch. (The
/// panic message still reaches standard error through the panic hook.)
fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format!("internal error (panic): {message}"))
    })
}

/// Writes one analysis in `format`.
fn render(out: &mut impl Write, analysis: &Analysis<'_>, id: &serde_json::Value, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &Row { id, analysis })?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &Row { id, analysis })?;
            writeln!(out)
        }
        Format::Tsv => write_tsv(out, analysis, id.as_str().unwrap_or_default()),
    }
}

/// Writes one TSV row per event of `analysis`.
fn write_tsv(out: &mut impl Write, analysis: &Analysis<'_>, id: &str) -> io::Result<()> {
    let published = analysis.published.map(|d| d.to_string());
    let names = |ids: &[ActorId]| ids.iter().map(|&a| analysis.actor(a).name.as_str()).collect::<Vec<_>>().join(";");
    let countries = |ids: &[ActorId]| {
        let mut codes: Vec<CountryCode> = Vec::new();
        for code in ids.iter().filter_map(|&a| analysis.actor(a).country) {
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        codes.iter().map(CountryCode::as_str).collect::<Vec<_>>().join(";")
    };
    for event in &analysis.events {
        let date = event.date.as_deref().or(published.as_deref()).unwrap_or("");
        let fields = [
            id,
            date,
            &names(&event.source),
            &countries(&event.source),
            &names(&event.target),
            &countries(&event.target),
            event.kind.as_str(),
            &event.cameo,
            &event.quad_class().number().to_string(),
            analysis.words(event.trigger),
            analysis.words(event.sentence),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.write_all(b"\t")?;
            }
            out.write_all(tsv_field(field).as_bytes())?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A field with the characters that would break a TSV row (tabs, line
/// breaks) replaced by spaces, and surrounding space trimmed.
fn tsv_field(text: &str) -> String {
    text.trim().replace(['\t', '\n', '\r', '\u{2028}', '\u{2029}'], " ")
}

/// The progress line of file mode, drawn on standard error only when it is
/// a terminal, so that logs and pipelines never see it.
struct Progress {
    enabled: bool,
    total_files: usize,
    total_bytes: u64,
    files: usize,
    bytes: u64,
    start: Instant,
    drawn: Option<Instant>,
}

impl Progress {
    fn new(inputs: &[Input]) -> Progress {
        Progress {
            // Drawn over output going to the same screen, it would garble it.
            enabled: inputs.len() > 1 && io::stderr().is_terminal() && !io::stdout().is_terminal(),
            total_files: inputs.len(),
            total_bytes: inputs.iter().map(|i| i.size).sum(),
            files: 0,
            bytes: 0,
            start: Instant::now(),
            drawn: None,
        }
    }

    /// Counts one more file of `size` bytes and redraws, ten times a second
    /// at most.
    fn done(&mut self, size: u64) {
        self.files += 1;
        self.bytes += size;
        if !self.enabled || self.drawn.is_some_and(|t| t.elapsed() < Duration::from_millis(100)) {
            return;
        }
        self.drawn = Some(Instant::now());
        let seconds = self.start.elapsed().as_secs_f64().max(1e-3);
        let rate = self.bytes as f64 / seconds;
        // Time left from the bytes left, since files differ in size.
        let left = self.total_bytes.saturating_sub(self.bytes) as f64 / rate.max(1.0);
        let eta = left.round() as u64;
        eprint!(
            "\r\x1b[K{}/{} files  {:.1} MB/s  ETA {}:{:02}",
            self.files,
            self.total_files,
            rate / 1e6,
            eta / 60,
            eta % 60
        );
    }

    /// Erases the line, before a message or at the end.
    fn clear(&mut self) {
        if self.enabled && self.drawn.is_some() {
            eprint!("\r\x1b[K");
            self.drawn = None;
        }
    }
}

// ------------------------------------------------------------ JSONL mode

/// One input line of `--jsonl` mode.
#[derive(serde::Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

/// The raw lines of standard input with their numbers; a read error ends
/// the iteration after it is handed on.
struct RawLines {
    input: io::Stdin,
    number: usize,
    done: bool,
}

impl Iterator for RawLines {
    type Item = (usize, io::Result<Vec<u8>>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut line = Vec::new();
        match self.input.lock().read_until(b'\n', &mut line) {
            Ok(0) => {
                self.done = true;
                None
            }
            Ok(_) => {
                self.number += 1;
                Some((self.number, Ok(line)))
            }
            Err(e) => {
                self.done = true;
                Some((self.number + 1, Err(e)))
            }
        }
    }
}

/// The streaming JSON Lines filter.
fn run_jsonl(extractor: &Extractor, args: &Args) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let lines = RawLines { input: io::stdin(), number: 0, done: false };
    let mut ok = true;
    let work = |(number, line): (usize, io::Result<Vec<u8>>)| -> io::Result<Option<Output>> {
        let line = line?;
        let trimmed = line.trim_ascii();
        // Blank lines (a trailing newline, padding) are skipped, not errors.
        if trimmed.is_empty() {
            return Ok(None);
        }
        let mut bytes = Vec::new();
        let analysed = guarded(|| Ok(analyse_line(extractor, args.dct, trimmed, &mut bytes)))
            .unwrap_or_else(|message| Err((salvage_id(trimmed), message)));
        let failure = match analysed {
            Ok(()) => None,
            Err((id, message)) => {
                bytes.clear();
                serde_json::to_writer(&mut bytes, &ErrorRow { id: &id, error: message.clone(), line: number })?;
                Some(format!("line {number}: {message}"))
            }
        };
        bytes.push(b'\n');
        Ok(Some(Output { bytes, failure }))
    };
    ordered(lines, args.threads, work, |output| {
        let Some(output) = output? else { return Ok(()) };
        if let Some(message) = output.failure {
            eprintln!("extract: {message}");
            ok = false;
        }
        out.write_all(&output.bytes)?;
        // Each line goes out as soon as it is done, so that a consumer
        // reading the pipe sees results while the batch runs.
        out.flush()
    })?;
    out.flush()?;
    Ok(ok)
}

/// The id of a line that cannot be analysed, when it can still be read
/// (invalid bytes become U+FFFD), so that its error row can be joined back
/// to its input.
fn salvage_id(line: &[u8]) -> serde_json::Value {
    serde_json::from_str::<serde_json::Value>(&String::from_utf8_lossy(line))
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(serde_json::Value::Null)
}

/// Analyses one JSON line and writes its analysis; on failure returns the id
/// (when it could be read) and what went wrong.
fn analyse_line(
    extractor: &Extractor,
    default_dct: Option<Date>,
    line: &[u8],
    out: &mut impl Write,
) -> Result<(), (serde_json::Value, String)> {
    let text = std::str::from_utf8(line)
        .map_err(|e| (salvage_id(line), format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let input: Line =
        serde_json::from_str(text).map_err(|e| (salvage_id(line), format!("malformed JSON line: {e}")))?;
    let mut options = Options::default();
    match input.dct.as_deref().filter(|d| !d.is_empty()) {
        Some(dct) => {
            let date: Date =
                dct.parse().map_err(|e: depeche::Error| (input.id.clone(), format!("dct {dct:?}: {e}")))?;
            options = options.published(date);
        }
        None => {
            if let Some(date) = default_dct {
                options = options.published(date);
            }
        }
    }
    let analysis = extractor.analyze_with(&input.text, &options).map_err(|e| (input.id.clone(), e.to_string()))?;
    serde_json::to_writer(out, &Row { id: &input.id, analysis: &analysis })
        .map_err(|e| (input.id.clone(), e.to_string()))
}
