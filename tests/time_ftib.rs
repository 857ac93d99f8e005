//! The time layer on the French TimeBank, when `../shared/corpus/ftib` is
//! there: the scores of `../shared/eval/score.py times` (strict and
//! relaxed span match, value match) must not fall below the floors set
//! here. Skipped when the corpus is absent.

use std::collections::HashSet;
use std::path::Path;

use depeche::{Extractor, Options};
use serde_json::Value;

/// Floors a little under the scores at the time of writing (strict 0.951,
/// relaxed 0.972, value 0.918), so that only a real regression fails.
const STRICT: f64 = 0.93;
const RELAXED: f64 = 0.95;
const VALUE: f64 = 0.89;

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    2.0 * p * r / (p + r)
}

#[test]
fn french_timebank_scores_do_not_regress() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/ftib");
    let Ok(gold) = std::fs::read_to_string(dir.join("gold.jsonl")) else {
        eprintln!("skipped: no French TimeBank at {}", dir.display());
        return;
    };
    let extractor = Extractor::new();
    let (mut strict, mut relaxed, mut value) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let row: Value = serde_json::from_str(line).unwrap();
        let text = std::fs::read_to_string(dir.join(row["file"].as_str().unwrap())).unwrap();
        let mut options = Options::default();
        if let Some(dct) = row["dct"].as_str() {
            options = options.published(dct.parse().unwrap());
        }
        let analysis = extractor.analyze_with(&text, &options).unwrap();
        let pred: Vec<(usize, usize, &str)> =
            analysis.times.iter().map(|t| (t.span.start, t.span.end, t.value.as_str())).collect();
        let gold: Vec<(usize, usize, &str)> = row["timex"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["start"].as_u64().unwrap() as usize,
                    t["end"].as_u64().unwrap() as usize,
                    t["value"].as_str().unwrap(),
                )
            })
            .collect();
        // The scorer's rules: strict is the same span; relaxed pairs each
        // gold expression with the first unused overlapping one; value
        // counts relaxed pairs with the same value.
        let gs: HashSet<(usize, usize)> = gold.iter().map(|g| (g.0, g.1)).collect();
        let ps: HashSet<(usize, usize)> = pred.iter().map(|p| (p.0, p.1)).collect();
        strict[0] += gs.intersection(&ps).count();
        strict[1] += ps.difference(&gs).count();
        strict[2] += gs.difference(&ps).count();
        let mut used = vec![false; pred.len()];
        for g in &gold {
            let hit = (0..pred.len()).find(|&k| !used[k] && pred[k].0.max(g.0) < pred[k].1.min(g.1));
            match hit {
                Some(k) => {
                    used[k] = true;
                    relaxed[0] += 1;
                    if pred[k].2 == g.2 {
                        value[0] += 1;
                    } else {
                        value[1] += 1;
                        value[2] += 1;
                    }
                }
                None => {
                    relaxed[2] += 1;
                    value[2] += 1;
                }
            }
        }
        let unused = used.iter().filter(|u| !**u).count();
        relaxed[1] += unused;
        value[1] += unused;
    }
    let scores =
        [f1(strict[0], strict[1], strict[2]), f1(relaxed[0], relaxed[1], relaxed[2]), f1(value[0], value[1], value[2])];
    eprintln!("French TimeBank: strict {:.3}, relaxed {:.3}, value {:.3}", scores[0], scores[1], scores[2]);
    assert!(scores[0] >= STRICT, "strict F1 {:.3} < {STRICT}", scores[0]);
    assert!(scores[1] >= RELAXED, "relaxed F1 {:.3} < {RELAXED}", scores[1]);
    assert!(scores[2] >= VALUE, "value F1 {:.3} < {VALUE}", scores[2]);
}
