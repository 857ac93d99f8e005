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

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depeche::{Extractor, Options, Stage};

mod corpora;

use corpora::corpora;

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let options = Options::default().published("2021-12-10".parse().expect("a valid date"));
    for (name, docs) in corpora() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut group = c.benchmark_group(format!("stages/{name}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        for stage in Stage::ALL {
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
