//! A small tense heuristic: does the verb nearest to a time expression put
//! it in the past or in the future?
//!
//! News prose dates events with bare weekdays and months (`mardi`, `le 7
//! décembre`); which Tuesday is meant depends on the tense. A full verb
//! analysis is not needed: compound past tenses (auxiliary + participle),
//! the imperfect, the simple past, the future and conditional endings, and
//! `va`/`doit` + infinitive give the reading in most sentences.

use super::input::Scan;
use crate::text::{TokenFlags, TokenKind};

/// The time a verb points to, relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    Past,
    Future,
    None,
}

/// Adverbs that come between an auxiliary and its participle.
const BETWEEN: &[&str] = &[
    "pas", "plus", "jamais", "déjà", "également", "aussi", "toujours", "encore", "bien", "ainsi", "notamment",
    "ensuite", "alors", "peu", "très", "tout", "donc", "enfin", "même", "longtemps", "souvent", "rien", "guère",
];

/// Endings of past participles (`déclaré`, `pris`, `venu`, `dit`,
/// `ouvert`, `atteint`, `mort`).
const PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ert", "erte",
    "erts", "ertes", "int", "inte", "ints", "intes", "ort", "orte", "orts", "ortes",
];

fn is_participle(key: &str) -> bool {
    key.len() >= 2 && PARTICIPLE_ENDINGS.iter().any(|e| key.ends_with(e))
}

fn is_infinitive(key: &str) -> bool {
    key.len() >= 3 && (key.ends_with("er") || key.ends_with("ir") || key.ends_with("re") || key.ends_with("oir"))
}

/// Collects the tense markers of tokens `range` into `out` (cleared
/// first): each is a token index and where it points.
pub(crate) fn markers(scan: &Scan<'_>, range: std::ops::Range<usize>, out: &mut Vec<(usize, Lean)>) {
    out.clear();
    let end = range.end;
    for i in range.clone() {
        let t = scan.tok(i);
        if t.kind != TokenKind::Word || t.flags.has(TokenFlags::INVERSION) {
            continue;
        }
        // Proper names inside the sentence are no verbs.
        if t.capitalized() && !t.all_caps() && i != range.start {
            continue;
        }
        let key = t.key;
        let entry = t.entry;
        if entry.is_some_and(|e| e.aux) {
            let before = out.len();
            for k in 1..=4 {
                if i + k >= end {
                    break;
                }
                let n = scan.tok(i + k);
                if n.flags.has(TokenFlags::INVERSION) || BETWEEN.contains(&n.key) {
                    continue;
                }
                if n.kind != TokenKind::Word {
                    break;
                }
                if n.key.starts_with("prévu") {
                    out.push((i, Lean::Future));
                    break;
                }
                if n.key == "été" || n.key == "eu" || is_participle(n.key) && !n.entry.is_some_and(|e| e.aux) {
                    out.push((i, Lean::Past));
                    break;
                }
                break;
            }
            // No participle: the auxiliary is the verb (`était`, `serait`).
            if out.len() == before {
                if key.ends_with("rait") || key.ends_with("raient") {
                    out.push((i, Lean::Future));
                } else if key.ends_with("ait") || key.ends_with("aient") || matches!(key, "fut" | "furent" | "eut") {
                    out.push((i, Lean::Past));
                }
            }
            continue;
        }
        if entry.is_some_and(|e| e.futaux) {
            if key.starts_with("prévu") {
                out.push((i, Lean::Future));
            } else if (1..=3)
                .map(|k| i + k)
                .take_while(|&j| j < end)
                .any(|j| scan.tok(j).kind == TokenKind::Word && is_infinitive(scan.tok(j).key))
            {
                out.push((i, Lean::Future));
            }
            continue;
        }
        if entry.is_some_and(|e| e.noverb || e.func) || key.len() < 4 {
            continue;
        }
        let lean = if key.len() >= 5 && (key.ends_with("rait") || key.ends_with("raient")) {
            Lean::Future
        } else if key.len() >= 5 && (key.ends_with("ait") || key.ends_with("aient")) {
            Lean::Past
        } else if key.ends_with("èrent") {
            Lean::Past
        } else if key.ends_with("ra") || key.ends_with("ront") || key.len() >= 5 && key.ends_with("rai") {
            Lean::Future
        } else {
            continue;
        };
        out.push((i, lean));
    }
}

/// The lean of the marker nearest to tokens `start..end`; on a tie the one
/// before wins.
pub(crate) fn lean_at(markers: &[(usize, Lean)], start: usize, end: usize) -> Lean {
    let mut best = (usize::MAX, Lean::None);
    for &(i, lean) in markers {
        let distance = if i < start {
            start - i
        } else if i >= end {
            i + 1 - end
        } else {
            0
        };
        if distance < best.0 {
            best = (distance, lean);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn lean_of(text: &str, word: &str) -> Lean {
        let doc = Document::new(text);
        let scan = Scan::new(&doc);
        let mut out = Vec::new();
        markers(&scan, 0..doc.tokens.len(), &mut out);
        let i = (0..doc.tokens.len()).find(|&i| doc.key(i) == word).unwrap();
        lean_at(&out, i, i + 1)
    }

    #[test]
    fn reads_past_and_future_readings() {
        let cases = [
            ("Le ministre a déclaré mardi que rien ne changerait.", "mardi", Lean::Past),
            ("Les dirigeants se sont entretenus mardi.", "mardi", Lean::Past),
            ("Le président se rendra mardi à Moscou.", "mardi", Lean::Future),
            ("Le sommet doit s'ouvrir mardi.", "mardi", Lean::Future),
            ("Les deux pays vont signer mardi un accord.", "mardi", Lean::Future),
            ("La réunion est prévue mardi.", "mardi", Lean::Future),
            ("Il était à Paris mardi.", "mardi", Lean::Past),
            ("Les Jazz rencontrent Portland mardi.", "mardi", Lean::None),
            ("A-t-il déclaré mardi que la crise continuerait ?", "mardi", Lean::Past),
        ];
        for (text, word, lean) in cases {
            assert_eq!(lean_of(text, word), lean, "{text}");
        }
    }
}
