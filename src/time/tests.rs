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
