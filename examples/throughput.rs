//! Measures single-thread throughput of the whole analysis over a folder of
//! articles.
//!
//! ```text
//! cargo run --release --example throughput -- DIR [--repeat N] [--threads N] [--text-only] [--stages] [--until STAGE]
//! ```
//!
//! Reads every `.txt` under DIR, analyses each once as a warm-up, then N
//! times (1 by default) in one thread, and prints as its last line
//! `bytes=B seconds=S mb_per_s=X`, counting only the analysis. With
//! `--text-only` it measures the text layer alone (tokens, sentences,
//! quotations); with `--stages` it first times each prefix of the pipeline
//! (see [`depeche::Stage`]) and prints what every stage adds, in ns/byte;
//! with `--until STAGE` the main measure runs the pipeline up to that
//! stage only (for profilers: `valgrind --tool=callgrind` counts
//! instructions whatever the machine's load). With `--threads N` (1 by
//! default) the main measure shares the documents among N threads, each
//! analysing its share N times over, and the last line gives the aggregate
//! bytes per second of the batch.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use depeche::text::Document;
use depeche::{Extractor, Options, Stage};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut dir = None;
    let mut repeat = 1usize;
    let mut text_only = false;
    let mut stages = false;
    let mut until = None;
    let mut threads = 1usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--repeat" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => repeat = n,
                None => {
                    eprintln!("--repeat needs a number");
                    return ExitCode::from(2);
                }
            },
            "--threads" => match args.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0) {
                Some(n) => threads = n,
                None => {
                    eprintln!("--threads needs a number above 0");
                    return ExitCode::from(2);
                }
            },
            "--text-only" => text_only = true,
            "--stages" => stages = true,
            "--until" => {
                match args
                    .next()
                    .and_then(|s| Stage::ALL.into_iter().find(|st| format!("{st:?}").eq_ignore_ascii_case(&s)))
                {
                    Some(s) => until = Some(s),
                    None => {
                        eprintln!("--until needs a stage: {:?}", Stage::ALL);
                        return ExitCode::from(2);
                    }
                }
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: throughput DIR [--repeat N] [--threads N] [--text-only] [--stages] [--until STAGE]");
        return ExitCode::from(2);
    };
    let mut paths = Vec::new();
    if let Err(e) = collect(&dir, &mut paths) {
        eprintln!("throughput: {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    paths.sort();
    let texts: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let extractor = Extractor::new();
    let options = Options::default();
    let run = |texts: &[String]| -> usize {
        texts
            .iter()
            .map(|t| {
                if let Some(stage) = until {
                    extractor.run_until(t, &options, stage).unwrap_or(0)
                } else if text_only {
                    Document::new(t).tokens.len()
                } else {
                    extractor.analyze_with(t, &options).map_or(0, |a| a.actors.len() + a.statements.len())
                }
            })
            .sum()
    };
    std::hint::black_box(run(&texts));
    if stages {
        // Each prefix of the pipeline, timed alone: the difference between
        // two lines is what a stage costs.
        let per_pass: usize = texts.iter().map(String::len).sum();
        let mut previous = 0.0;
        for stage in Stage::ALL {
            let start = Instant::now();
            for _ in 0..repeat {
                for t in &texts {
                    std::hint::black_box(extractor.run_until(t, &options, stage).unwrap_or(0));
                }
            }
            let seconds = start.elapsed().as_secs_f64();
            let ns_per_byte = seconds * 1e9 / (per_pass * repeat) as f64;
            eprintln!(
                "until {:<12} {:>8.1} MB/s  {:>6.1} ns/byte  (+{:.1} ns/byte)",
                format!("{stage:?}"),
                (per_pass * repeat) as f64 / seconds / 1e6,
                ns_per_byte,
                ns_per_byte - previous
            );
            previous = ns_per_byte;
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
    // Each thread takes every N-th document, so that long and short ones
    // spread evenly, and analyses its share `repeat` times.
    let shares: Vec<Vec<String>> = if threads == 1 {
        Vec::new()
    } else {
        (0..threads).map(|i| texts.iter().skip(i).step_by(threads).cloned().collect()).collect()
    };
    let start = Instant::now();
    if threads == 1 {
        for _ in 0..repeat {
            std::hint::black_box(run(&texts));
        }
    } else {
        std::thread::scope(|scope| {
            for share in &shares {
                let run = &run;
                scope.spawn(move || {
                    for _ in 0..repeat {
                        std::hint::black_box(run(share));
                    }
                });
            }
        });
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "{} files, {} bytes each pass, {} passes, {} thread{}",
        texts.len(),
        bytes / repeat.max(1),
        repeat,
        threads,
        if threads == 1 { "" } else { "s" }
    );
    println!("bytes={bytes} seconds={seconds:.4} mb_per_s={:.1}", bytes as f64 / seconds / 1e6);
    ExitCode::SUCCESS
}
