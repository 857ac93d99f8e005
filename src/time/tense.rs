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
    /// Certainly past, however far: `depuis janvier`.
    Since,
    Future,
    None,
}

impl Lean {
    /// True for the past readings.
    pub fn is_past(self) -> bool {
        matches!(self, Lean::Past | Lean::Since)
    }
}

/// Adverbs that come between an auxiliary and its participle.
const BETWEEN: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "déjà",
    "également",
    "aussi",
    "toujours",
    "encore",
    "bien",
    "ainsi",
    "notamment",
    "ensuite",
    "alors",
    "peu",
    "très",
    "tout",
    "donc",
    "enfin",
    "même",
    "longtemps",
    "souvent",
    "rien",
    "guère",
];

/// Endings of past participles (`déclaré`, `pris`, `venu`, `dit`,
/// `ouvert`, `atteint`, `mort`).
const PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ert", "erte",
    "erts", "ertes", "int", "inte", "ints", "intes", "ort", "orte", "orts", "ortes",
];

fn is_participle(key: &str) -> bool {
    key.len() >= 2 && !key.contains('-') && PARTICIPLE_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// Verbs whose compound past takes `être` (`il est arrivé`), by
/// participle; with other verbs `est` + participle is a present passive
/// (`la réunion est fixée`).
const ETRE_VERBS: &[&str] = &[
    "allé",
    "venu",
    "arrivé",
    "parti",
    "entré",
    "sorti",
    "monté",
    "descendu",
    "né",
    "mort",
    "resté",
    "tombé",
    "retourné",
    "devenu",
    "revenu",
    "décédé",
    "parvenu",
    "intervenu",
    "survenu",
    "passé",
    "rentré",
    "reparti",
    "redevenu",
    "ressorti",
    "apparu",
    "disparu",
    "advenu",
];

/// The present forms of `être`, which make a past only with a reflexive
/// pronoun or a verb of `ETRE_VERBS`.
const ETRE_PRESENT: &[&str] = &["est", "sont", "suis", "es", "sommes", "êtes"];

fn is_etre_participle(key: &str) -> bool {
    let base = key.strip_suffix("es").or_else(|| key.strip_suffix('e')).or_else(|| key.strip_suffix('s'));
    ETRE_VERBS.contains(&key) || base.is_some_and(|b| ETRE_VERBS.contains(&b))
}

fn is_infinitive(key: &str) -> bool {
    key.len() >= 3 && (key.ends_with("er") || key.ends_with("ir") || key.ends_with("re") || key.ends_with("oir"))
}

/// The simple past in `-a` that looks like a future in `-ra`:
/// `déclara`, `déplora`, and `annonça`, `jugea`. No future ends in `-ara`
/// or `-ora`; `-ura` is left to the future (`conclura` is more common in
/// news than `assura`).
fn is_simple_past_a(key: &str) -> bool {
    key.len() >= 5 && (key.ends_with("ça") || key.ends_with("gea") || key.ends_with("ara") || key.ends_with("ora"))
}

/// The reading an ending gives: conditional and future forward, imperfect
/// and simple past back.
fn ending_lean(key: &str) -> Lean {
    let conditional = key.len() >= 5 && (key.ends_with("rait") || key.ends_with("raient"));
    let imperfect = key.len() >= 5 && (key.ends_with("ait") || key.ends_with("aient"));
    let simple_past = key.ends_with("èrent")
        || key.len() >= 6 && (key.ends_with("irent") || key.ends_with("urent"))
        || is_simple_past_a(key);
    let future = key.ends_with("ra") || key.ends_with("ront") || key.len() >= 5 && key.ends_with("rai");
    if conditional {
        Lean::Future
    } else if imperfect || simple_past {
        Lean::Past
    } else if future {
        Lean::Future
    } else {
        Lean::None
    }
}

/// Collects the tense markers of tokens `range` into `out` (cleared
/// first), each a token index and where it points, and the clause
/// boundaries into `bounds` (cleared first).
pub(crate) fn markers(
    scan: &Scan<'_>,
    range: std::ops::Range<usize>,
    out: &mut Vec<(usize, Lean)>,
    bounds: &mut Vec<usize>,
) {
    out.clear();
    bounds.clear();
    let end = range.end;
    for i in range.clone() {
        let t = scan.tok(i);
        if t.kind != TokenKind::Word {
            if matches!(t.kind, TokenKind::Semicolon | TokenKind::Colon) {
                bounds.push(i);
            }
            continue;
        }
        if t.flags.has(TokenFlags::INVERSION) {
            continue;
        }
        if t.entry.is_none() && !matches!(t.key.as_bytes().last(), Some(b't' | b'a' | b'i')) {
            continue;
        }
        if t.entry.is_some_and(|e| e.clause) {
            bounds.push(i);
            continue;
        }
        // Proper names inside the sentence are no verbs.
        if t.capitalized() && !t.all_caps() && i != range.start {
            continue;
        }
        let key = t.key;
        let entry = t.entry;
        if entry.is_some_and(|e| e.aux) {
            // `aura lieu`, `aura été signé`: a future, perfect or not.
            if key.ends_with("ra") || key.ends_with("ront") {
                out.push((i, Lean::Future));
                continue;
            }
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
                // `est prévu`, `est attendu`: expected, so ahead.
                if n.entry.is_some_and(|e| e.futaux) && is_participle(n.key) {
                    out.push((i, Lean::Future));
                    break;
                }
                if n.key == "été" || n.key == "eu" || is_participle(n.key) && !n.entry.is_some_and(|e| e.aux) {
                    let reflexive = i > range.start
                        && matches!(scan.key(i - 1), "s'" | "se" | "me" | "m'" | "te" | "t'" | "nous" | "vous");
                    if !ETRE_PRESENT.contains(&key) || reflexive || is_etre_participle(n.key) {
                        out.push((i, Lean::Past));
                    }
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
            let infinitive_follows = (1..=3)
                .map(|k| i + k)
                .take_while(|&j| j < end)
                .any(|j| scan.tok(j).kind == TokenKind::Word && is_infinitive(scan.tok(j).key));
            if is_participle(key) || infinitive_follows {
                out.push((i, Lean::Future));
            }
            continue;
        }
        if entry.is_some_and(|e| e.noverb) || key.len() < 4 {
            continue;
        }
        // `Le Figaro annonce mardi`: the present of a reporting verb
        // reports what was said.
        let lean = if entry.is_some_and(|e| e.said) { Lean::Past } else { ending_lean(key) };
        if lean == Lean::None {
            continue;
        }
        out.push((i, lean));
    }
}

/// How far (in tokens) a verb outside the clause of a time expression
/// may still give its tense.
const REACH: usize = 8;

/// The lean of the marker nearest to tokens `start..end`, preferring the
/// markers of the same clause (`bounds` lists the clause boundaries of
/// the sentence); on a tie the one before wins.
pub(crate) fn lean_at(markers: &[(usize, Lean)], bounds: &[usize], start: usize, end: usize) -> Lean {
    // Markers and bounds are in token order, one marker per token at most:
    // the nearest markers are found by binary search rather than by a walk
    // through all of a long sentence's for each expression.
    let clause_start = bounds.partition_point(|&b| b < start).checked_sub(1).map_or(0, |n| bounds[n]);
    let clause_end = bounds.get(bounds.partition_point(|&b| b < end)).copied().unwrap_or(usize::MAX);
    let at = |i: usize| markers.partition_point(|&(j, _)| j < i);
    let in_clause = |&&(i, _): &&(usize, Lean)| i >= clause_start && i < clause_end;
    // The last marker before the expression, the first inside it and the
    // first after it, in token order: on a tie the earlier wins.
    let (from, to) = (at(start), at(end));
    let candidates = [
        from.checked_sub(1).and_then(|n| markers.get(n)).filter(in_clause).map(|&(i, lean)| (start - i, lean)),
        markers.get(from..to.max(from)).and_then(|m| m.first()).filter(in_clause).map(|&(_, lean)| (0, lean)),
        markers.get(to).filter(in_clause).map(|&(i, lean)| (i + 1 - end, lean)),
    ];
    let mut best = (usize::MAX, Lean::None);
    for (d, lean) in candidates.into_iter().flatten() {
        if d < best.0 {
            best = (d, lean);
        }
    }
    if best.0 != usize::MAX {
        return best.1;
    }
    // Outside the clause, only a verb shortly before can govern it: a verb
    // after it belongs to a clause of its own (`le recensement de mars,
    // qui devrait…`).
    from.checked_sub(1).map(|n| markers[n]).filter(|&(i, _)| start - i <= REACH).map_or(Lean::None, |(_, lean)| lean)
}

/// The lean of the last marker of a sentence, which a following sentence
/// without a verb inherits.
pub(crate) fn last_lean(markers: &[(usize, Lean)]) -> Lean {
    markers.last().map_or(Lean::None, |m| m.1)
}

/// A past participle right before a time expression reads it in the past
/// (`les mesures annoncées mercredi`, `lancé vendredi`).
pub(crate) fn participle_before(scan: &Scan<'_>, markers: &[(usize, Lean)], lo: usize, start: usize) -> bool {
    // `sera nommé jeudi`: the participle belongs to a verb that has its
    // own tense.
    // Markers are in token order: the first one from `start - 4` on is the
    // only one to look at, not all of a long sentence's for each
    // expression.
    let near = markers.partition_point(|&(i, _)| i < start.saturating_sub(4));
    if start <= lo || markers.get(near).is_some_and(|&(i, _)| i < start) {
        return false;
    }
    // Right before, or before a preposition: `interpellés dès mardi soir`.
    let mut at = start - 1;
    if at > lo && scan.entry(at).is_some_and(|e| e.func || e.prefix) {
        at -= 1;
    }
    let t = scan.tok(at);
    let ending = ["é", "és", "ées", "u", "us", "is", "ise", "ises"].iter().any(|e| t.key.ends_with(e));
    t.kind == TokenKind::Word
        && (!t.capitalized() || at == lo)
        && t.key.len() >= 4
        && !t.key.contains('-')
        && t.entry.is_none_or(|e| !e.func && !e.noverb && !e.prefix && !e.is_trigger())
        && ending
        && !t.key.ends_with("eu")
        && !t.key.ends_with("eus")
        && !t.key.ends_with("té")
        && !t.key.ends_with("tés")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn lean_of(text: &str, word: &str) -> Lean {
        let doc = Document::new(text);
        let scan = Scan::new(&doc);
        let (mut out, mut bounds) = (Vec::new(), Vec::new());
        markers(&scan, 0..doc.tokens.len(), &mut out, &mut bounds);
        let i = (0..doc.tokens.len()).find(|&i| doc.key(i) == word).unwrap();
        lean_at(&out, &bounds, i, i + 1)
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
            ("Un deuxième typhon est attendu jeudi au nord de Shanghai.", "jeudi", Lean::Future),
            ("Il était à Paris mardi.", "mardi", Lean::Past),
            ("Les Jazz rencontrent Portland mardi.", "mardi", Lean::None),
            ("Le rendez-vous est fixé samedi.", "samedi", Lean::None),
            ("Il est arrivé samedi.", "samedi", Lean::Past),
            ("Il s'est rendu samedi à Paris.", "samedi", Lean::Past),
            ("Ils ont rendez-vous dimanche matin.", "dimanche", Lean::None),
            (
                "Daf a été blessé à la cheville alors que Monsoreau et Isabey sont incertains pour la venue d'Auxerre samedi.",
                "samedi",
                Lean::None,
            ),
            ("A-t-il déclaré mardi que la crise continuerait ?", "mardi", Lean::Past),
            ("Copé déplora mardi un discours creux.", "mardi", Lean::Past),
            ("Le gouvernement annonça mardi sa démission.", "mardi", Lean::Past),
            ("Le ministre déclarera mardi sa candidature.", "mardi", Lean::Future),
            ("Le Figaro annonce mardi soir que le journaliste est mort.", "mardi", Lean::Past),
            ("Il conclura sa campagne lundi soir à Des Moines.", "lundi", Lean::Future),
        ];
        for (text, word, lean) in cases {
            assert_eq!(lean_of(text, word), lean, "{text}");
        }
    }
}
