//! Measures single-thread throughput of the whole analysis over a folder of
//! articles.
//!
//! ```text
//! cargo run --release --example throughput -- DIR [--repeat N] [--text-only]
//! ```
//!
//! Reads every `.txt` under DIR, analyses each once as a warm-up, then N
//! times (1 by default) in one thread, and prints as its last line
//! `bytes=B seconds=S mb_per_s=X`, counting only the analysis. With
//! `--text-only` it measures the text layer alone (tokens, sentences,
//! quotations).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use depeche::text::Document;
use depeche::{Extractor, Options};

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
            "--text-only" => text_only = true,
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: throughput DIR [--repeat N] [--text-only]");
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
                if text_only {
                    Document::new(t).tokens.len()
                } else {
                    extractor.analyze_with(t, &options).map_or(0, |a| a.actors.len() + a.statements.len())
                }
            })
            .sum()
    };
    std::hint::black_box(run(&texts));
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
    let start = Instant::now();
    for _ in 0..repeat {
        std::hint::black_box(run(&texts));
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!("{} files, {} bytes each pass, {} passes", texts.len(), bytes / repeat.max(1), repeat);
    println!("bytes={bytes} seconds={seconds:.4} mb_per_s={:.1}", bytes as f64 / seconds / 1e6);
    ExitCode::SUCCESS
}
