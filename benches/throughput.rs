//! Throughput in bytes per second, single thread: the text layer alone
//! (lexing, sentences, quotations) and the whole analysis, over the user's
//! article and over every `.txt` of `../shared/corpus` when it is present.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depeche::text::Document;
use depeche::{Extractor, Options};

mod corpora;

use corpora::corpora;

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
