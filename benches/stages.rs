//! Throughput in bytes per second of each prefix of the pipeline, single
//! thread: one benchmark per [`Stage`], each running
//! [`Extractor::run_until`] up to and including that stage. The difference
//! between two neighbours is what a stage costs.
//!
//! The corpus is the committed article `corpus/otan-russie.txt`; when
//! `../shared/corpus` is beside the project, its `.txt` files form a second
//! group (they stay outside the project and are only read when present).
//!
//! ```text
//! cargo bench --bench stages
//! cargo bench --bench stages -- --warm-up-time 1 --measurement-time 2   # quick
//! cargo bench --bench stages -- stages/sample/mentions                   # one stage
//! ```

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depeche::{Extractor, Options, Stage};

const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

/// Every stage, in pipeline order.
const STAGES: [Stage; 9] = [
    Stage::Text,
    Stage::Times,
    Stage::Tagging,
    Stage::Mentions,
    Stage::Resolution,
    Stage::Verbs,
    Stage::Statements,
    Stage::Events,
    Stage::Analysis,
];

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

/// The committed article, then the shared corpus when it is present.
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
    let options = Options::default().published("2021-12-10".parse().expect("a valid date"));
    for (name, docs) in corpora() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut group = c.benchmark_group(format!("stages/{name}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        for stage in STAGES {
            let id = format!("{stage:?}").to_lowercase();
            group.bench_function(id, |b| {
                b.iter(|| docs.iter().map(|d| extractor.run_until(d, &options, stage).unwrap_or(0)).sum::<usize>());
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
