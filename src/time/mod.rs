//! Time expressions: French temporal expressions found in the text, typed
//! and normalised as TimeML TIMEX3 values against the publication date and
//! the date the narrative last set.
//!
//! Stage contract (used by the extractor and by event dating):
//! [`extract`] returns a [`TimeLayer`]: every expression with its token
//! range, and for every sentence the narrative anchor in force at its end.
//!
//! How it works, in three passes over the document:
//!
//! 1. [`input::Scan`] looks every word up once in the time lexicon
//!    (`src/lexicon/data/time.tsv`).
//! 2. Around each trigger token (a number, a month, a weekday, a time
//!    noun…) the nom grammar of [`grammar`] is tried from the few tokens
//!    before it that may open an expression (`le`, `environ`, `début`…);
//!    the longest parse wins. Sentences without a trigger cost one test per
//!    token.
//! 3. [`resolve`] turns each expression into a TIMEX3 type and value, in
//!    text order, against the publication date (or a dateline's date) and
//!    the day the narrative last set, reading bare weekdays and months with
//!    the tense of the nearest verb ([`tense`]).

mod grammar;
mod input;
mod lexicon;
mod resolve;
mod tense;

use std::ops::Range;

use grammar::{Cal, Expr, Hit, Item};
use input::Scan;
use resolve::{Context, Day, Resolved};
use tense::Lean;

use crate::Date;
use crate::Span;
use crate::analysis::{Anchor, TimeExpression};
use crate::text::{Document, SentenceRole, TokenFlags, TokenKind};

/// What the time stage hands to later stages.
#[derive(Clone, Debug, Default)]
pub(crate) struct TimeLayer {
    /// The expressions, in text order.
    pub times: Vec<TimeExpression>,
    /// The token range of each expression (parallel to `times`).
    pub tokens: Vec<Range<usize>>,
    /// For each sentence of the document, the calendar date (a TIMEX3 date
    /// value such as `2021-12-07` or `XXXX-12-07`) that the narrative has
    /// set by the end of that sentence, if any.
    pub anchors: Vec<Option<String>>,
    /// The publication date used: the one given, else one read from a
    /// dateline.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_from: Anchor,
}

/// How many tokens before a trigger an expression may start (`il y a deux
/// ans`: `il` is four tokens before `ans`).
const LOOK_BACK: usize = 5;

/// An expression found, before resolution.
#[derive(Clone, Copy, Debug)]
struct Found {
    sentence: usize,
    item: Item,
    /// A byte span inside one token (`mars` of `mars-avril`), when the
    /// expression does not cover whole tokens.
    bytes: Option<Span>,
}

/// The preposition that makes the time expression starting at token
/// `start` a bound of a period rather than the date of an act (`jusqu'au
/// 5 mai`, `avant mars`, `après le sommet`, `depuis lundi`, `dès 2014`),
/// looked for over the articles before the expression.
pub(crate) fn period_bound_before<'d>(doc: &'d Document, start: usize) -> Option<&'d str> {
    let mut b = start;
    while b > 0 && matches!(doc.key(b - 1), "en" | "au" | "à" | "le" | "la") {
        b -= 1;
    }
    let key = doc.key(b.checked_sub(1)?);
    matches!(key, "jusqu'" | "jusque" | "avant" | "après" | "depuis" | "dès").then_some(key)
}

/// Does `key` carry a time expression by itself (a unit, a part of the
/// day, a month, a weekday, `hier`, `dernier`…), as the time layer's
/// triggers do?
pub(crate) fn is_time_word(key: &str) -> bool {
    lexicon::LEXICON.get(key).is_some_and(|e| e.is_trigger())
}

/// Finds and normalises the time expressions of a document.
pub(crate) fn extract(doc: &Document, published: Option<Date>) -> TimeLayer {
    let scan = Scan::new(doc);
    let mut found = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if sentence.role != SentenceRole::Link {
            find(&scan, sentence.tokens.clone(), s, &mut found);
        }
    }
    let (reference, ref_anchor) = match published {
        Some(date) => (Some(Day::known(date)), Anchor::PublicationDate),
        None => match dateline_day(doc, &found) {
            Some(day) => (Some(day), Anchor::Dateline),
            None => (None, Anchor::None),
        },
    };
    let mut layer = TimeLayer {
        anchors: vec![None; doc.sentences.len()],
        published: reference.filter(|d| d.known_year).map(|d| d.date),
        published_from: match reference {
            Some(d) if d.known_year => ref_anchor,
            _ => Anchor::None,
        },
        ..TimeLayer::default()
    };
    resolve_all(&scan, &found, reference, ref_anchor, &mut layer);
    layer
}

/// True for a token around which the grammar is worth running.
fn is_trigger(scan: &Scan<'_>, i: usize) -> bool {
    let t = scan.token(i);
    match t.kind {
        TokenKind::Number | TokenKind::Ordinal | TokenKind::Clock => true,
        TokenKind::Word => match scan.entry(i) {
            // `a été`, `est passé`: the participles, not the season or
            // `passé`.
            Some(e) if e.participle && i > 0 && scan.entry(i - 1).is_some_and(|p| p.aux) => false,
            Some(e) => e.trigger,
            None => {
                t.has(TokenFlags::HYPHENATED) && {
                    let key = scan.key(i);
                    key.starts_with("mi-") || key.starts_with("demi-") || hyphenated_months(scan, i).is_some()
                }
            }
        },
        _ => false,
    }
}

/// True for a token that can stand inside an expression before its
/// trigger: a word of the lexicon, a number, a compound number word.
fn is_inner(scan: &Scan<'_>, i: usize) -> bool {
    let t = scan.token(i);
    match t.kind {
        TokenKind::Number | TokenKind::Ordinal | TokenKind::Clock | TokenKind::Dash => true,
        TokenKind::Word => scan.entry(i).is_some() || t.has(TokenFlags::HYPHENATED),
        _ => false,
    }
}

/// True for a token that may open an expression whose trigger follows.
fn is_opener(scan: &Scan<'_>, i: usize) -> bool {
    scan.entry(i).is_some_and(|e| e.opener)
        || scan.token(i).has(TokenFlags::HYPHENATED)
            && scan
                .key(i)
                .split('-')
                .next()
                .is_some_and(|head| lexicon::LEXICON.get(head).is_some_and(|e| e.number.is_some()))
}

/// Finds the expressions of the sentence whose tokens are `range`.
#[inline(never)]
fn find(scan: &Scan<'_>, range: Range<usize>, sentence: usize, out: &mut Vec<Found>) {
    let (lo, hi) = (range.start, range.end);
    let mut covered = lo;
    // Starts already tried without success: a parse from a start does not
    // depend on the trigger, so they would fail again.
    let mut untried = lo;
    for t in range {
        if t < covered || !is_trigger(scan, t) {
            continue;
        }
        if let Some((a, b)) = hyphenated_months(scan, t) {
            for (span, month) in [a, b] {
                let expr = Expr::Cal(Cal { month: Some(month), ..Cal::default() });
                out.push(Found { sentence, item: Item { start: t, end: t + 1, expr }, bytes: Some(span) });
            }
            covered = t + 1;
            continue;
        }
        // An expression that reaches the trigger from an earlier start
        // only crosses words of the lexicon and numbers.
        let mut chain = t;
        while chain > lo && t - chain < LOOK_BACK && is_inner(scan, chain - 1) {
            chain -= 1;
        }
        let first = covered.max(chain).max(untried);
        for start in first..=t {
            untried = start + 1;
            if start < t && !is_opener(scan, start) {
                continue;
            }
            let Some(hit) = grammar::parse_at(scan, lo, start, hi) else { continue };
            if hit.end() > t {
                push_hit(hit, sentence, out);
                covered = hit.end();
                break;
            }
        }
    }
}

fn push_hit(hit: Hit, sentence: usize, out: &mut Vec<Found>) {
    out.push(Found { sentence, item: hit.first, bytes: None });
    if let Some(second) = hit.second {
        out.push(Found { sentence, item: second, bytes: None });
    }
}

/// `mars-avril`: two months that the lexer keeps in one hyphenated word.
fn hyphenated_months(scan: &Scan<'_>, i: usize) -> Option<((Span, u8), (Span, u8))> {
    let key = scan.key(i);
    if scan.entry(i).is_some() || !key.contains('-') {
        return None;
    }
    let (a, b) = key.split_once('-')?;
    let lexicon = &*lexicon::LEXICON;
    let (ma, mb) = (lexicon.get(a)?.month?, lexicon.get(b)?.month?);
    let text = scan.text(i);
    let cut = text.find(['-', '\u{2010}', '\u{2011}'])?;
    let dash = text[cut..].chars().next().map_or(1, char::len_utf8);
    let start = scan.token(i).start as usize;
    Some(((Span::new(start, start + cut), ma), (Span::new(start + cut + dash, scan.token(i).end as usize), mb)))
}

/// The day of a dateline at the top of the text (`29 mai 2012. -`,
/// `PARIS, 29 mai (AFP) -`): a day of an unknown year when the dateline
/// gives none.
fn dateline_day(doc: &Document<'_>, found: &[Found]) -> Option<Day> {
    let s = doc.sentences.iter().take(4).position(|s| s.role == SentenceRole::Dateline)?;
    found.iter().filter(|f| f.sentence == s).find_map(|f| match f.item.expr {
        Expr::Cal(Cal { year, month: Some(m), day: Some(d), .. }) => match year {
            Some(y) => Date::new(resolve::expand_year(y, None), m, d).map(Day::known),
            None => Day::unknown_year(m, d),
        },
        _ => None,
    })
}

/// The reading a preposition just before tokens `start..` gives: `depuis`
/// looks back; `jusqu’au`, `d’ici`, `à partir du`, `à compter du` look
/// forward.
fn local_lean(scan: &Scan<'_>, lo: usize, start: usize) -> Option<Lean> {
    let key = |k: usize| if start >= lo + k { scan.key(start - k) } else { "" };
    match (key(2), key(1)) {
        (_, "depuis") => Some(Lean::Since),
        ("jusqu'", "au" | "à") | ("d'", "ici") | ("partir" | "compter", "du" | "de" | "d'") => Some(Lean::Future),
        _ => None,
    }
}

/// The narrative state carried from sentence to sentence.
#[derive(Default)]
struct Narrative {
    /// The last day the narrative set.
    day: Option<Day>,
    /// The value of the last date or time.
    last_value: Short,
    /// The calendar value of the last date or time.
    calendar: Short,
}

impl Narrative {
    fn take(&mut self, r: &Resolved) {
        if let Some(date) = r.calendar_value() {
            self.calendar.set(date);
            self.last_value.set(&r.value);
            if let Some(day) = r.day {
                self.day = Some(day);
            }
        }
    }
}

/// A short value kept without allocating: TIMEX3 values are a few bytes
/// (`2021-12-07T14:30Z`); a longer one is dropped.
#[derive(Default)]
struct Short {
    bytes: [u8; 24],
    len: u8,
}

impl Short {
    fn set(&mut self, value: &str) {
        if value.len() <= self.bytes.len() {
            self.bytes[..value.len()].copy_from_slice(value.as_bytes());
            self.len = value.len() as u8;
        } else {
            self.len = 0;
        }
    }

    fn get(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).ok().filter(|s| !s.is_empty())
    }
}

/// Resolves the expressions in text order, sentence by sentence.
#[inline(never)]
fn resolve_all(scan: &Scan<'_>, found: &[Found], reference: Option<Day>, ref_anchor: Anchor, layer: &mut TimeLayer) {
    let doc = scan.doc;
    let mut state = Narrative::default();
    let mut markers = Vec::new();
    let mut bounds = Vec::new();
    layer.times.reserve(found.len());
    layer.tokens.reserve(found.len());
    let mut resolved: Vec<Option<Resolved>> = Vec::new();
    let mut k = 0;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let n = found[k..].iter().take_while(|f| f.sentence == s).count();
        let items = &found[k..k + n];
        k += n;
        if !items.is_empty() {
            // Tenses are read only where a reading depends on them.
            let needs_tense = items.iter().any(|f| f.item.expr.needs_tense());
            markers.clear();
            bounds.clear();
            if needs_tense {
                tense::markers(scan, sentence.tokens.clone(), &mut markers, &mut bounds);
            }
            // A sentence without a verb takes the reading of the one before.
            let fallback = if needs_tense && markers.is_empty() && sentence.role == SentenceRole::Body && s > 0 {
                let mut unused = Vec::new();
                tense::markers(scan, doc.sentences[s - 1].tokens.clone(), &mut markers, &mut unused);
                let lean = tense::last_lean(&markers);
                markers.clear();
                lean
            } else {
                Lean::None
            };
            let lo = sentence.tokens.start;
            let day_at_start = state.day;
            resolved.clear();
            resolved.resize(items.len(), None);
            let mut sentence_year = None;
            // The direction of the dates already read in the sentence, for
            // the ones without a verb of their own (`le 6 juin et mardi
            // soir`).
            let mut orientation = Lean::None;
            let context = |item: &Item, state: &Narrative, sentence_year, day_context, orientation: Lean| {
                let lean = local_lean(scan, lo, item.start)
                    .or_else(|| tense::participle_before(scan, &markers, lo, item.start).then_some(Lean::Past))
                    .unwrap_or_else(|| match tense::lean_at(&markers, &bounds, item.start, item.end) {
                        Lean::None if orientation != Lean::None => orientation,
                        Lean::None => fallback,
                        lean => lean,
                    });
                Context {
                    reference,
                    ref_anchor,
                    narrative: state.day,
                    last_value: None,
                    lean,
                    sentence_year,
                    day_context,
                }
            };
            // Dates first, in order: each may move the narrative.
            for (j, f) in items.iter().enumerate() {
                if f.item.expr.needs_day() {
                    continue;
                }
                let mut cx = context(&f.item, &state, sentence_year, None, orientation);
                cx.last_value = state.last_value.get();
                let r = resolve::resolve(&f.item.expr, &cx);
                state.take(&r);
                if let Some(y) = r.calendar_value().and_then(|v| v.get(..4)).and_then(|y| y.parse().ok()) {
                    sentence_year = Some(y);
                }
                if let (Some(day), Some(reference)) = (r.day, reference) {
                    if day.known_year && reference.known_year && day.date != reference.date {
                        orientation = if day.date < reference.date { Lean::Past } else { Lean::Future };
                    }
                }
                resolved[j] = Some(r);
            }
            // Then clock times and parts of the day, on the day of the
            // nearest date of the sentence (before, else after), else of
            // the narrative, else of the reference.
            for (j, f) in items.iter().enumerate() {
                if !f.item.expr.needs_day() {
                    continue;
                }
                let near =
                    (0..j).rev().chain(j + 1..items.len()).find_map(|m| resolved[m].as_ref().and_then(|r| r.day));
                let day_context = match (near, day_at_start, reference) {
                    (Some(d), _, _) | (None, Some(d), _) => Some((d, Anchor::Narrative)),
                    (None, None, Some(r)) => Some((r, ref_anchor)),
                    _ => None,
                };
                let cx = context(&f.item, &state, sentence_year, day_context, orientation);
                let r = resolve::resolve(&f.item.expr, &cx);
                state.last_value.set(&r.value);
                resolved[j] = Some(r);
            }
            for (f, r) in items.iter().zip(resolved.drain(..)) {
                let Some(r) = r else { continue };
                let span = f.bytes.unwrap_or_else(|| {
                    Span::new(doc.tokens[f.item.start].start as usize, doc.tokens[f.item.end - 1].end as usize)
                });
                layer.times.push(TimeExpression { span, kind: r.kind, value: r.value, anchor: r.anchor });
                layer.tokens.push(f.item.start..f.item.end);
            }
        }
        layer.anchors[s] = state.calendar.get().map(str::to_string);
    }
}

#[cfg(test)]
mod tests;
