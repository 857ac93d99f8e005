//! How cost grows with the size of one document: inputs of about 1 KB,
//! 100 KB and 10 MB, built from the committed article
//! `corpus/otan-russie.txt` (its first paragraphs for 1 KB, its paragraphs
//! repeated for the others). Equal bytes/s across the sizes means linear
//! cost.
//!
//! - `scaling/analysis`: the whole analysis, at 1 KB, 100 KB, 1 MB and
//!   10 MB.
//! - `scaling/tagging`: the pipeline up to [`Stage::Tagging`] (text layer,
//!   times, lexicon lookup), at 1 KB, 100 KB and 10 MB.
//!
//! ```text
//! cargo bench --bench scaling
//! cargo bench --bench scaling -- scaling/analysis
//! ```
//!
//! Inputs of 1 MB and more run ten samples of one call each.

use std::time::Duration;

use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use depeche::{Extractor, Options, Stage};

const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

/// Whole paragraphs of the article, repeated, until the text has at least
/// `len` bytes (it stops at the end of the paragraph that reaches it).
fn build(len: usize) -> String {
    let mut out = String::with_capacity(len + SAMPLE.len());
    for paragraph in SAMPLE.lines().filter(|l| !l.trim().is_empty()).cycle() {
        out.push_str(paragraph);
        out.push('\n');
        if out.len() >= len {
            break;
        }
    }
    out
}

/// Few samples of one call each for large inputs, criterion's defaults
/// otherwise.
fn configure(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, len: usize) {
    if len >= 1_000_000 {
        group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(10));
    } else {
        group.sample_size(100).sampling_mode(SamplingMode::Auto).measurement_time(Duration::from_secs(5));
    }
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let options = Options::default().published("2021-12-10".parse().expect("a valid date"));

    let sizes = [("1KB", 1_000), ("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];
    let texts: Vec<(&str, usize, String)> = sizes.iter().map(|&(name, len)| (name, len, build(len))).collect();
    let mut group = c.benchmark_group("scaling");
    for (name, len, text) in &texts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        configure(&mut group, *len);
        group.bench_with_input(BenchmarkId::new("analysis", name), text, |b, text| {
            b.iter(|| {
                extractor
                    .analyze_with(text, &options)
                    .map_or(0, |a| a.actors.len() + a.statements.len() + a.events.len())
            });
        });
    }
    for (name, len, text) in &texts {
        if *len == 1_000_000 {
            continue;
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        configure(&mut group, *len);
        group.bench_with_input(BenchmarkId::new("tagging", name), text, |b, text| {
            b.iter(|| extractor.run_until(text, &options, Stage::Tagging).unwrap_or(0));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
