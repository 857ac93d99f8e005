//! The depeche command line: analyses French news articles and prints what
//! it finds as JSON.
//!
//! ```text
//! cargo run --release --example extract                      # the embedded sample article, pretty JSON
//! cargo run --release --example extract -- FILE… [--dct YYYY-MM-DD]   # files (`-` for standard input)
//! cargo run --release --example extract -- --jsonl < in.jsonl > out.jsonl
//! ```
//!
//! In `--jsonl` mode each input line is `{"id": …, "text": "…", "dct": "YYYY-MM-DD" | null}`
//! and each output line is the analysis with its `id`, in input order. A line
//! that cannot be read (bad JSON, invalid UTF-8, no text) gives
//! `{"id": …, "error": "…", "line": N}` and a message on standard error; the
//! rest of the batch goes on, and the exit status is 1 when a line failed.
//! Memory stays constant: one line is read, analysed and written at a time,
//! so the mode works as a Hadoop Streaming mapper or a Spark `pipe()` stage.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use depeche::{Date, Extractor, Options};
use serde::Serialize;

/// The user's article, the default input.
const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

const USAGE: &str = "usage: extract [FILE…] [--dct YYYY-MM-DD] | extract --jsonl";

#[derive(Serialize)]
struct Row<'a, T: Serialize> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a T,
}

#[derive(Serialize)]
struct ErrorRow<'a> {
    id: &'a serde_json::Value,
    error: String,
    line: usize,
}

struct Args {
    jsonl: bool,
    dct: Option<Date>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { jsonl: false, dct: None, files: Vec::new() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => args.jsonl = true,
            "--dct" => {
                let value = it.next().ok_or("--dct needs a date")?;
                args.dct = Some(value.parse().map_err(|e| format!("--dct: {e}"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.files.push(arg),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let result = if args.jsonl { run_jsonl(&extractor) } else { run_files(&extractor, &args) };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(2)
        }
    }
}

/// Analyses the files named on the command line (or the sample article).
fn run_files(extractor: &Extractor, args: &Args) -> io::Result<bool> {
    let mut options = Options::default();
    if let Some(dct) = args.dct {
        options = options.published(dct);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.files.is_empty() {
        let analysis = extractor.analyze_with(SAMPLE, &options).map_err(io::Error::other)?;
        serde_json::to_writer_pretty(&mut out, &analysis)?;
        writeln!(out)?;
        return Ok(true);
    }
    let mut ok = true;
    for path in &args.files {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            io::stdin().read_to_end(&mut bytes)
        } else {
            std::fs::File::open(path)?.read_to_end(&mut bytes)
        };
        read?;
        let id = serde_json::Value::String(path.clone());
        match extractor.analyze_bytes(&bytes, &options) {
            Ok(analysis) => serde_json::to_writer_pretty(&mut out, &Row { id: &id, analysis: &analysis })?,
            Err(e) => {
                eprintln!("extract: {path}: {e}");
                serde_json::to_writer_pretty(&mut out, &ErrorRow { id: &id, error: e.to_string(), line: 0 })?;
                ok = false;
            }
        }
        writeln!(out)?;
    }
    Ok(ok)
}

#[derive(serde::Deserialize)]
struct Input {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

/// The streaming JSON Lines filter.
fn run_jsonl(extractor: &Extractor) -> io::Result<bool> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut ok = true;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        number += 1;
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        if let Err((id, message)) = analyse_line(extractor, trimmed, &mut out) {
            eprintln!("extract: line {number}: {message}");
            serde_json::to_writer(&mut out, &ErrorRow { id: &id, error: message, line: number })?;
            ok = false;
        }
        out.write_all(b"\n")?;
        out.flush()?;
    }
    out.flush()?;
    Ok(ok)
}

/// Analyses one JSON line and writes its analysis; on failure returns the id
/// (when it could be read) and what went wrong.
fn analyse_line(extractor: &Extractor, line: &[u8], out: &mut impl Write) -> Result<(), (serde_json::Value, String)> {
    let text = std::str::from_utf8(line)
        .map_err(|e| (serde_json::Value::Null, format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let input: Input = serde_json::from_str(text).map_err(|e| {
        let id = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(serde_json::Value::Null);
        (id, format!("malformed JSON line: {e}"))
    })?;
    let mut options = Options::default();
    if let Some(dct) = input.dct.as_deref().filter(|d| !d.is_empty()) {
        let date: Date = dct.parse().map_err(|e: depeche::Error| (input.id.clone(), e.to_string()))?;
        options = options.published(date);
    }
    let analysis = extractor.analyze_with(&input.text, &options).map_err(|e| (input.id.clone(), e.to_string()))?;
    serde_json::to_writer(out, &Row { id: &input.id, analysis: &analysis })
        .map_err(|e| (input.id.clone(), e.to_string()))
}
