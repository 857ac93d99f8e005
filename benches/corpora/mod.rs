//! The corpora the benches read: the committed article, then every `.txt`
//! of `../shared/corpus` when it is beside the project (those texts stay
//! outside it and are only read when present).

use std::path::Path;

const SAMPLE: &str = include_str!("../../corpus/otan-russie.txt");

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

/// `("sample", [the article])`, then `("shared-corpus", texts)` when present.
pub fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut sets = vec![("sample", vec![SAMPLE.to_string()])];
    let mut shared = Vec::new();
    texts(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")), &mut shared);
    if !shared.is_empty() {
        sets.push(("shared-corpus", shared));
    }
    sets
}
