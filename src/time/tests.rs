//! Unit tests of the time layer on sentences written for them.

use super::*;

/// The expressions of `text` as (words, type, value, anchor).
fn times(text: &str, published: Option<&str>) -> Vec<(String, String, String, Anchor)> {
    let doc = Document::new(text);
    let layer = extract(&doc, published.map(|d| d.parse().unwrap()));
    layer
        .times
        .iter()
        .map(|t| {
            let kind = format!("{:?}", t.kind).to_uppercase();
            (t.span.as_str(text).to_string(), kind, t.value.clone(), t.anchor)
        })
        .collect()
}

#[test]
fn smoke() {
    let found =
        times("Le 7 décembre, ils se sont entretenus. Le lendemain, Biden a annoncé une réunion.", Some("2021-12-10"));
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
#[ignore]
fn trigger_stats() {
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    let (mut tokens, mut triggers, mut hits) = (0, 0, 0);
    for dir in ["../shared/corpus/ftib", "../shared/corpus/wikinews-fr"] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            let doc = Document::new(&text);
            let scan = Scan::new(&doc);
            tokens += doc.tokens.len();
            for i in 0..doc.tokens.len() {
                if is_trigger(&scan, i) {
                    triggers += 1;
                    *counts.entry(doc.key(i).to_string()).or_default() += 1;
                }
            }
            hits += extract(&doc, None).times.len();
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    eprintln!("tokens {tokens} triggers {triggers} hits {hits}");
    for (k, n) in v.iter().take(40) {
        eprintln!("{k} {n}");
    }
}

/// Throughput of the time layer alone, on the shared corpora (run with
/// `cargo test --release --lib time_throughput -- --ignored --nocapture`).
#[test]
#[ignore]
fn time_throughput() {
    let mut texts = Vec::new();
    for dir in ["../shared/corpus/ftib", "../shared/corpus/wikinews-fr"] {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let published = Some("2012-06-01".parse().unwrap());
    let mut best = f64::MAX;
    for _ in 0..15 {
        let start = std::time::Instant::now();
        for _ in 0..10 {
            for doc in &docs {
                std::hint::black_box(extract(doc, published));
            }
        }
        best = best.min(start.elapsed().as_secs_f64() / 10.0);
    }
    eprintln!("time layer: {:.1} MB/s", bytes as f64 / best / 1e6);
}
