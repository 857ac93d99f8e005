//! Checks of the data files that name verbs: `cues.tsv` and
//! `events.tsv`. A typo, an unknown value or a verb the conjugator
//! cannot inflect fails here rather than at lexicon build time.

use super::conjugate::{Form, Gender, Number, conjugate};
use crate::{CueClass, EventType};
use std::collections::{BTreeMap, HashSet};

const CUES: &str = include_str!("data/cues.tsv");
const EVENTS: &str = include_str!("data/events.tsv");

const FRAMES: &[&str] = &["que", "de", "obj", "colon", "incise", "si", "a", "tell"];
const EVENT_TARGETS: &[&str] = &["obj", "à", "contre", "avec", "de", "sur", "envers"];

/// The data lines of a file: (line number, fields), comments and
/// blank lines skipped.
fn rows(text: &str) -> Vec<(usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(i, line)| (i + 1, line.split('\t').collect()))
        .collect()
}

/// A sort key that ignores accents and case, as the files are sorted.
fn sort_key(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The ASCII id stem of a lemma: `prendre en otage` → `prendre-en-otage`.
fn slug(lemma: &str) -> String {
    let mut out = String::new();
    for c in sort_key(lemma).replace('œ', "oe").chars() {
        if c == ' ' || c == '\'' || c == '’' {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A lemma's words: lower-case letters, hyphens and apostrophes, single
/// spaces.
fn well_formed_lemma(lemma: &str) -> bool {
    !lemma.is_empty()
        && lemma == lemma.trim()
        && !lemma.contains("  ")
        && lemma.chars().all(|c| c == ' ' || c == '-' || c == '\'' || (c.is_alphabetic() && c.is_lowercase()))
}

fn comma_list<'a>(field: &'a str, line: usize, errors: &mut Vec<String>) -> Vec<&'a str> {
    let items: Vec<&str> = field.split(',').collect();
    let mut seen = HashSet::new();
    for item in &items {
        if item.is_empty() || !seen.insert(*item) {
            errors.push(format!("line {line}: empty or repeated item in {field:?}"));
        }
    }
    items
}

fn check_header(text: &str, name: &str) {
    let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
    assert!(header.len() >= 5, "{name} starts with a header comment");
    let header = header.join("\n");
    assert!(
        header.contains("Columns") && header.contains("Sources"),
        "{name}: the header names its columns and sources"
    );
}

#[test]
fn cues_are_well_formed() {
    check_header(CUES, "cues.tsv");
    let mut errors = Vec::new();
    let mut lemmas = HashSet::new();
    let mut previous: Option<String> = None;
    let rows = rows(CUES);
    for (line, fields) in &rows {
        let line = *line;
        let [lemma, class, frames] = fields[..] else {
            errors.push(format!("line {line}: {} columns, expected 3", fields.len()));
            continue;
        };
        if !well_formed_lemma(lemma) {
            errors.push(format!("line {line}: malformed lemma {lemma:?}"));
        }
        if !lemmas.insert(lemma) {
            errors.push(format!("line {line}: {lemma} listed twice"));
        }
        let key = sort_key(lemma);
        if previous.as_ref().is_some_and(|p| *p > key) {
            errors.push(format!("line {line}: {lemma} is out of order"));
        }
        previous = Some(key);
        if CueClass::parse(class).is_none() {
            errors.push(format!("line {line}: unknown class {class:?}"));
        }
        for frame in comma_list(frames, line, &mut errors) {
            if !FRAMES.contains(&frame) {
                errors.push(format!("line {line}: unknown frame {frame:?}"));
            }
        }
        if conjugate(lemma).is_none() {
            errors.push(format!("line {line}: {lemma} does not conjugate"));
        }
    }
    assert!(errors.is_empty(), "cues.tsv:\n{}", errors.join("\n"));
    assert!(rows.len() >= 180, "cues.tsv has {} cues", rows.len());
}

#[test]
fn events_are_well_formed() {
    check_header(EVENTS, "events.tsv");
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    let mut previous: Option<&str> = None;
    let mut per_type: BTreeMap<&str, usize> = BTreeMap::new();
    let rows = rows(EVENTS);
    for (line, fields) in &rows {
        let line = *line;
        let [id, lemma, pos, kind, cameo, source, target, flags] = fields[..] else {
            errors.push(format!("line {line}: {} columns, expected 8", fields.len()));
            continue;
        };
        // id: the lemma's slug, an optional sense suffix, the part of speech
        if !ids.insert(id) {
            errors.push(format!("line {line}: id {id} used twice"));
        }
        if previous.is_some_and(|p| p > id) {
            errors.push(format!("line {line}: {id} is out of order"));
        }
        previous = Some(id);
        let stem = slug(lemma);
        let id_ok = id
            .strip_suffix(&format!(".{pos}"))
            .is_some_and(|rest| rest == stem || rest.strip_prefix(&format!("{stem}-")).is_some_and(|s| !s.is_empty()))
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        if !id_ok {
            errors.push(format!("line {line}: id {id} does not match lemma {lemma:?} and pos {pos}"));
        }
        if !well_formed_lemma(lemma) {
            errors.push(format!("line {line}: malformed lemma {lemma:?}"));
        }
        // part of speech, and what it allows
        match pos {
            "v" => {
                if conjugate(lemma).is_none() {
                    errors.push(format!("line {line}: {lemma} does not conjugate"));
                }
                if !matches!(source, "subj" | "-") {
                    errors.push(format!("line {line}: a verb's source is subj or -, not {source:?}"));
                }
            }
            "n" => {
                if lemma.starts_with("se ") || lemma.starts_with("s'") {
                    errors.push(format!("line {line}: a noun lemma with a reflexive pronoun"));
                }
                if !matches!(source, "de" | "-") {
                    errors.push(format!("line {line}: a noun's source is de or -, not {source:?}"));
                }
                if flags.split(',').any(|f| f.starts_with("obj=") || f == "future") {
                    errors.push(format!("line {line}: flags obj= and future are for verbs"));
                }
            }
            _ => errors.push(format!("line {line}: pos {pos:?} is neither v nor n")),
        }
        match EventType::parse(kind) {
            Some(t) if t.as_str() == kind => *per_type.entry(t.as_str()).or_default() += 1,
            _ => errors.push(format!("line {line}: unknown PLOVER type {kind:?}")),
        }
        // CAMEO: 2 to 4 digits under one of the 20 roots
        let root: u32 = cameo.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
        if !(2..=4).contains(&cameo.len()) || !cameo.chars().all(|c| c.is_ascii_digit()) || !(1..=20).contains(&root) {
            errors.push(format!("line {line}: bad CAMEO code {cameo:?}"));
        }
        if target != "-" {
            for t in comma_list(target, line, &mut errors) {
                if !EVENT_TARGETS.contains(&t) {
                    errors.push(format!("line {line}: unknown target {t:?}"));
                }
            }
        }
        if flags != "-" {
            for flag in comma_list(flags, line, &mut errors) {
                match flag.strip_prefix("obj=") {
                    Some(nouns) => {
                        let nouns: Vec<&str> = nouns.split('|').collect();
                        let unique: HashSet<&&str> = nouns.iter().collect();
                        if unique.len() != nouns.len()
                            || !nouns.iter().all(|n| !n.contains(' ') && well_formed_lemma(n))
                        {
                            errors.push(format!("line {line}: bad object list {flag:?}"));
                        }
                    }
                    None if matches!(flag, "recip" | "inf" | "future") => {}
                    None => errors.push(format!("line {line}: unknown flag {flag:?}")),
                }
            }
        }
    }
    assert!(errors.is_empty(), "events.tsv:\n{}", errors.join("\n"));
    assert!(rows.len() >= 320, "events.tsv has {} patterns", rows.len());
    for t in EventType::ALL {
        assert!(per_type.get(t.as_str()).copied().unwrap_or(0) >= 10, "few {t:?} patterns: {per_type:?}");
    }
}

#[test]
fn cue_and_event_verbs_have_their_participles() {
    // The forms the corpus asks for, through the lemmas of the files.
    let ms = Form::past_participle(Gender::Masculine, Number::Singular);
    let fs = Form::past_participle(Gender::Feminine, Number::Singular);
    for (lemma, form, expected) in [
        ("déclarer", ms, "déclaré"),
        ("prévenir", ms, "prévenu"),
        ("s'entretenir", ms, "entretenu"),
        ("prendre en otage", ms, "pris"),
        ("placer en garde à vue", fs, "placée"),
        ("abattre", ms, "abattu"),
        ("condamner à", fs, "condamnée"),
        ("se dire prêt", ms, "dit"),
    ] {
        let c = conjugate(lemma).unwrap_or_else(|| panic!("{lemma} does not conjugate"));
        assert_eq!(c.form(form), Some(expected), "{lemma}");
    }
}
