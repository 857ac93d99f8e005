//! Throughput in bytes per second, single thread: the text layer alone
//! (lexing, sentences, quotations) and the whole analysis, over the user's
//! article and over every `.txt` of `../shared/corpus` when it is present.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depeche::text::Document;
use depeche::{Extractor, Options};

const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

/// Every `.txt` under `dir`, recursively, sorted by path.
fn texts(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
}

fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut sets = vec![("sample", vec![SAMPLE.to_string()])];
    let mut shared = Vec::new();
    texts(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")), &mut shared);
    if !shared.is_empty() {
        sets.push(("shared-corpus", shared));
    }
    sets
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let options = Options::default().published("2012-07-02".parse().expect("a valid date"));
    for (name, docs) in corpora() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("text", |b| {
            b.iter(|| docs.iter().map(|d| Document::new(d).tokens.len()).sum::<usize>());
        });
        group.bench_function("analysis", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| extractor.analyze_with(d, &options).map_or(0, |a| a.statements.len() + a.times.len()))
                    .sum::<usize>()
            });
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
