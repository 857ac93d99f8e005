//! The time grammar: nom parsers over a sentence's tokens that recognise
//! French time expressions and say what they mean, before any calendar
//! arithmetic (which [`super::resolve`] does).
//!
//! Span conventions follow the French TimeBank: determiners (`le`, `la`,
//! `l’`, `ce`, `cette`, `les`, `un`), quantifier modifiers (`environ`,
//! `plus de`) and edge words (`début`, `fin`) belong to the expression;
//! prepositions (`en`, `à`, `depuis`, `pendant`, `dès`, `vers`) and the
//! articles fused with them (`au`, `du`) do not.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::{map, opt, value};
use nom::sequence::preceded;

use super::input::{R, Scan, Tok, Toks, fail, kind, kw, kws, lex, one};
use super::lexicon::{Entry, Holiday, LEXICON, Part, RefKind, Rel, Unit};
use crate::text::{TokenFlags, TokenKind};

/// A year as written: four digits, or two (`octobre 98`) that the
/// publication date completes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Year {
    Four(i32),
    Two(u8),
}

/// A time of day attached to a day: a part of the day or a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tod {
    Part(Part),
    Clock(u8, u8),
}

/// A calendar reference, as precise as the text makes it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Cal {
    pub year: Option<Year>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    pub rel: Option<Rel>,
    /// Opened by a demonstrative (`ce dimanche`).
    pub this: bool,
    pub tod: Option<Tod>,
}

/// The day word after a clock time (`4 h mardi`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayWord {
    Weekday(u8),
    Deictic(i8),
}

/// What a recurrence recurs on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum SetKind {
    /// Every `qty` units: `chaque année`, `tous les deux ans`.
    Every { qty: f64, unit: Unit },
    /// A weekday: `tous les lundis`, `le mercredi`.
    Weekday(u8, Option<Part>),
    /// A part of the day: `chaque matin`.
    Part(Part),
    /// A value given by the lexicon: `annuel`.
    Literal(&'static str),
}

/// The meaning of a time expression, before resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Expr {
    Cal(Cal),
    /// A decade, by its first three digits (`196` for `les années 60`).
    Decade(i32),
    /// A century by its ordinal (`19` for `le XIXe siècle`).
    Century(i32),
    Season {
        season: u8,
        year: Option<Year>,
        rel: Option<Rel>,
        generic: bool,
    },
    Holiday {
        holiday: Holiday,
        year: Option<Year>,
    },
    /// A day counted from the publication date: `hier soir`.
    Deictic {
        days: i8,
        tod: Option<Tod>,
        weekday: Option<u8>,
        present: bool,
    },
    /// A day counted from the narrative's: `le lendemain`.
    Anaphor {
        days: i8,
        tod: Option<Tod>,
    },
    /// The current, previous or next calendar unit: `cette semaine`,
    /// `l’an dernier`, `l’année suivante` (`narrative`).
    Period {
        unit: Unit,
        count: f64,
        offset: i8,
        narrative: bool,
    },
    /// A date some units away: `il y a deux ans`, `trois jours plus tard`.
    Shift {
        qty: f64,
        unit: Unit,
        dir: i8,
        narrative: bool,
    },
    /// A length of time; `None` for a vague quantity (`plusieurs jours`).
    Duration {
        qty: Option<f64>,
        unit: Unit,
    },
    /// A duration named by one noun (`quinquennat`).
    Term(&'static str),
    Set(SetKind),
    Ref(RefKind),
    Clock {
        h: u8,
        m: u8,
        utc: bool,
        day: Option<DayWord>,
    },
    /// A part of the day on the narrative's day: `la nuit`, `la nuit de
    /// lundi à mardi`.
    Part {
        part: Part,
        weekday: Option<u8>,
    },
    /// An adjective of a part of the day (`nocturne`).
    PartAdj(Part),
    /// `d’ici`: now, as the start of a span of time.
    Here,
    /// `à ce moment-là`: the time the narrative last set.
    Moment,
    /// `la nouvelle année`.
    NewYear,
    /// `le premier trimestre 2021`, `le second semestre`.
    Quarter {
        n: u8,
        half: bool,
        year: Option<Year>,
    },
    /// `le premier dimanche de mars`, `le dernier lundi de mai 2022`,
    /// `le premier dimanche du printemps` (`n` = -1 for the last one).
    NthWeekday {
        n: i8,
        weekday: u8,
        within: Within,
        year: Option<Year>,
    },
}

/// The period in which an ordinal weekday is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Within {
    Month(u8),
    Season(u8),
}

impl Expr {
    /// True for expressions whose reading depends on the tense: a weekday,
    /// a day or month without a year, a season, a feast.
    pub fn needs_tense(&self) -> bool {
        match self {
            Expr::Cal(c) => c.year.is_none() && (c.month.is_some() || c.weekday.is_some()),
            Expr::Season { year: None, .. }
            | Expr::Holiday { year: None, .. }
            | Expr::NthWeekday { year: None, .. }
            | Expr::Quarter { year: None, .. }
            | Expr::Period { unit: Unit::Weekend, .. }
            | Expr::Clock { day: Some(DayWord::Weekday(_)), .. }
            | Expr::Part { weekday: Some(_), .. } => true,
            _ => false,
        }
    }

    /// True for expressions that take their day from the context (a clock
    /// time or a part of the day alone).
    pub fn needs_day(&self) -> bool {
        matches!(self, Expr::Clock { day: None, .. } | Expr::Part { weekday: None, .. })
    }
}

/// One expression found: its tokens and meaning.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

/// What one parse finds: one expression, or two coordinated ones (`du 19
/// au 23 juillet`, `mai et juin derniers`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub first: Item,
    pub second: Option<Item>,
}

impl Hit {
    /// One past the last token of the hit.
    pub fn end(&self) -> usize {
        self.second.map_or(self.first.end, |s| s.end)
    }
}

type Single = for<'a> fn(Toks<'a>) -> R<'a, Expr>;
type Double = for<'a> fn(Toks<'a>) -> R<'a, Hit>;
/// A cheap test of the first token that a parser needs to pass: most
/// starts are determiners or a trigger word that only a few parsers can
/// begin with.
type Guard = fn(&Tok<'_>) -> bool;

fn is_det_sing(t: &Tok<'_>) -> bool {
    matches!(t.key, "le" | "la" | "l'")
}

fn is_dem(t: &Tok<'_>) -> bool {
    matches!(t.key, "ce" | "cet" | "cette" | "ces")
}

fn has(t: &Tok<'_>, f: impl Fn(&Entry) -> bool) -> bool {
    t.entry.is_some_and(f)
}

/// A token that can open a quantity: a number, a number word, a vague or
/// collective word, a modifier.
fn quantity_start(t: &Tok<'_>) -> bool {
    t.kind == TokenKind::Number
        || has(t, |e| e.number.is_some() || e.collective.is_some() || e.vague || e.approx)
        || matches!(t.key, "de" | "au")
        || t.flags.has(TokenFlags::HYPHENATED)
}

/// The parsers of single expressions with their guards. All are tried and
/// the longest match wins; on a tie the earlier one in this list.
const SINGLES: &[(Guard, Single)] = &[
    (
        |t| {
            is_det_sing(t)
                || is_dem(t)
                || t.is("même")
                || has(t, |e| e.weekday.is_some())
                || matches!(t.kind, TokenKind::Number | TokenKind::Ordinal)
                || t.is("premier")
        },
        calendar,
    ),
    (is_det_sing, nth_weekday),
    (|t| is_det_sing(t) || t.is("mois") || has(t, |e| e.month.is_some()) || t.key.starts_with("mi-"), month_year),
    (|t| t.kind == TokenKind::Number || matches!(t.key, "l'" | "an" | "année"), year_expr),
    (|t| matches!(t.key, "les" | "années"), decade),
    (|t| is_det_sing(t) || t.kind == TokenKind::Ordinal || has(t, |e| e.ordinal.is_some()), century),
    (|t| is_det_sing(t) || is_dem(t) || has(t, |e| e.season.is_some()), season),
    (|t| is_det_sing(t) || is_dem(t) || matches!(t.key, "fête" | "fêtes") || has(t, |e| e.holiday.is_some()), holiday),
    (|t| is_dem(t) || has(t, |e| e.deictic.is_some()), deictic),
    (|t| is_det_sing(t) || is_dem(t) || has(t, |e| e.anaphor.is_some()), anaphor),
    (|t| is_det_sing(t) || is_dem(t), period),
    (is_det_sing, quarter),
    (|t| matches!(t.key, "il" | "dans") || quantity_start(t), shift),
    (|t| matches!(t.kind, TokenKind::Clock | TokenKind::Number) || has(t, |e| e.clockword.is_some()), clock),
    (
        |t| {
            quantity_start(t)
                || is_det_sing(t)
                || is_dem(t)
                || matches!(t.key, "sa" | "son" | "leur" | "les" | "des" | "tout" | "toute")
                || has(t, |e| e.term.is_some() || e.rel.is_some())
                || t.key.starts_with("demi-")
        },
        duration,
    ),
    (
        |t| {
            is_det_sing(t)
                || matches!(t.key, "soirée" | "matinée")
                || has(t, |e| e.edge.is_some() || e.partadj.is_some())
        },
        part_alone,
    ),
    (
        |t| {
            matches!(t.key, "chaque" | "tous" | "toutes" | "les" | "le")
                || has(t, |e| e.unit.is_some() || e.setadj.is_some())
        },
        set,
    ),
    (
        |t| {
            is_dem(t)
                || matches!(t.key, "pour" | "en" | "à" | "de" | "par" | "plus" | "l'" | "ici")
                || has(t, |e| e.reference.is_some() || e.refadj.is_some())
        },
        reference,
    ),
    (|t| is_det_sing(t) || has(t, |e| e.edge.is_some()), edge),
];

/// The parsers of coordinated pairs, with their guards.
const DOUBLES: &[(Guard, Double)] = &[
    (
        |t| {
            matches!(t.kind, TokenKind::Number | TokenKind::Ordinal)
                || matches!(t.key, "les" | "le" | "premier")
                || has(t, |e| e.weekday.is_some())
        },
        coord_days,
    ),
    (|t| has(t, |e| e.month.is_some()), coord_months),
    (
        |t| t.kind == TokenKind::Number || t.flags.has(TokenFlags::HYPHENATED) || has(t, |e| e.number.is_some()),
        coord_quantities,
    ),
];

/// Parses the longest expression that starts at token `start` of the
/// sentence whose tokens are `lo..end`.
pub(crate) fn parse_at<'a>(scan: &'a Scan<'a>, lo: usize, start: usize, end: usize) -> Option<Hit> {
    let input = Toks { scan, lo, start, end };
    let first = input.first()?;
    let mut best: Option<Hit> = None;
    for (guard, parser) in SINGLES {
        if !guard(&first) {
            continue;
        }
        if let Ok((rest, expr)) = parser(input) {
            if rest.start > start && best.is_none_or(|b| rest.start > b.end()) {
                best = Some(Hit { first: Item { start, end: rest.start, expr }, second: None });
            }
        }
    }
    for (guard, parser) in DOUBLES {
        if !guard(&first) {
            continue;
        }
        if let Ok((_, hit)) = parser(input) {
            if best.is_none_or(|b| hit.end() > b.end()) {
                best = Some(hit);
            }
        }
    }
    best
}

// ------------------------------------------------------------ small words

fn det_sing<'a>(i: Toks<'a>) -> R<'a, Tok<'a>> {
    kws(&["le", "la", "l'"])(i)
}

fn det_dem<'a>(i: Toks<'a>) -> R<'a, Tok<'a>> {
    kws(&["ce", "cet", "cette", "ces"])(i)
}

fn de<'a>(i: Toks<'a>) -> R<'a, Tok<'a>> {
    kws(&["de", "d'"])(i)
}

/// `de`, `d’`, `du`, `des`: what joins an edge word to its period.
fn de_any<'a>(i: Toks<'a>) -> R<'a, Tok<'a>> {
    kws(&["de", "d'", "du", "des"])(i)
}

/// Month abbreviations, which need a day or a year next to them.
const MONTH_ABBREVIATIONS: &[&str] = &["janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc"];

/// Words that make `N ans` a length of time rather than an age in `de N
/// ans` (`une peine de deux ans`).
const DURATION_HEADS: &[&str] = &[
    "peine",
    "peines",
    "durée",
    "période",
    "délai",
    "plan",
    "programme",
    "contrat",
    "mandat",
    "bail",
    "trêve",
    "sursis",
    "moyenne",
    "absence",
    "séjour",
    "pause",
    "carrière",
    "espace",
    "intervalle",
    "prison",
    "réclusion",
    "détention",
    "emprisonnement",
    "investissement",
    "budget",
    "moratoire",
    "gel",
    "interdiction",
    "suspension",
    "retard",
    "avance",
    "total",
];

/// The day of the month: `7`, `1er`, `premier`.
fn day_num<'a>(i: Toks<'a>) -> R<'a, u8> {
    one(|t: Tok| match t.kind {
        TokenKind::Number => t.int().filter(|n| (1..=31).contains(n) && t.key.len() <= 2).map(|n| n as u8),
        TokenKind::Ordinal => matches!(t.key, "1er" | "1re" | "1ère" | "1e").then_some(1),
        TokenKind::Word => (t.key == "premier").then_some(1),
        _ => None,
    })(i)
}

/// A month name next to a day or year, in any case.
fn month<'a>(i: Toks<'a>) -> R<'a, u8> {
    lex(|e| e.month)(i)
}

/// A month name alone: not an abbreviation, and capitalised only at the
/// start of a sentence or in a heading in capitals (`Mars` the planet).
fn bare_month<'a>(i: Toks<'a>) -> R<'a, u8> {
    let Some(t) = i.first() else { return fail() };
    if t.capitalized() && !t.all_caps() && !i.at_clause_start() {
        return fail();
    }
    if MONTH_ABBREVIATIONS.contains(&t.key) {
        return fail();
    }
    if let Some(rest) = t.key.strip_prefix("mi-") {
        return match LEXICON.get(rest).and_then(|e| e.month) {
            Some(m) => Ok((i_take(i, 1), m)),
            None => fail(),
        };
    }
    month(i)
}

fn i_take(i: Toks<'_>, n: usize) -> Toks<'_> {
    Toks { start: i.start + n, ..i }
}

/// A four-digit year, 1000 to 2999.
fn year4<'a>(i: Toks<'a>) -> R<'a, i32> {
    one(|t: Tok| {
        if t.key.len() != 4 {
            return None;
        }
        t.int().filter(|y| (1000..=2999).contains(y)).map(|y| y as i32)
    })(i)
}

/// The year after a month: four digits or two (`octobre 98`).
fn year_after_month<'a>(i: Toks<'a>) -> R<'a, Year> {
    alt((
        map(year4, Year::Four),
        one(|t: Tok| (t.key.len() == 2).then(|| t.int()).flatten().map(|y| Year::Two(y as u8))),
    ))
    .parse(i)
}

/// A weekday name, but not in `Vendredi saint` or `Mardi gras`.
fn weekday<'a>(i: Toks<'a>) -> R<'a, u8> {
    let (rest, wd) = lex(|e| e.weekday)(i)?;
    if matches!(rest.first().map(|t| t.key), Some("saint" | "gras")) {
        return fail();
    }
    Ok((rest, wd))
}

/// `dernier`, `prochain` and the like.
fn rel<'a>(i: Toks<'a>) -> R<'a, Rel> {
    lex(|e| e.rel)(i)
}

/// A part of the day written as one word.
fn part_word<'a>(i: Toks<'a>) -> R<'a, Part> {
    lex(|e| e.part)(i)
}

/// A part of the day after a day: `soir`, `au soir`, `en début
/// d’après-midi`, `dans la soirée`, `midi`.
fn tod<'a>(i: Toks<'a>) -> R<'a, Tod> {
    alt((
        map(lex(|e| e.part.filter(|&p| p != Part::Daytime)), Tod::Part),
        map(lex(|e| e.clockword), |(h, m)| Tod::Clock(h, m)),
        map(preceded((opt(kws(&["en", "au"])), lex(|e| e.edge), de), part_word), Tod::Part),
        map(preceded(kw("au"), part_word), Tod::Part),
        map(preceded((kw("dans"), kw("la")), part_word), Tod::Part),
    ))
    .parse(i)
}

/// The value of one part of a number written in words (`vingt`, `cinq`).
fn number_part(key: &str) -> Option<u32> {
    LEXICON.get(key).and_then(|e| e.number)
}

/// Adds one part to a number being read in words, French style:
/// `quatre-vingt` multiplies, `cent` and `mille` multiply what precedes.
fn add_number_part(total: &mut u32, current: &mut u32, part: u32) {
    match part {
        1000 => {
            *total = total.saturating_add((*current).max(1).saturating_mul(1000));
            *current = 0;
        }
        100 => *current = (*current).max(1).saturating_mul(100),
        20 if *current % 100 == 4 => *current = *current - 4 + 80,
        n => *current = current.saturating_add(n),
    }
}

/// A number written in words: `trois`, `vingt-cinq`, `vingt et un`,
/// `deux cents`, `quatre-vingt-dix`.
fn number_words<'a>(i: Toks<'a>) -> R<'a, f64> {
    let (mut total, mut current) = (0u32, 0u32);
    let Some(t) = i.first() else { return fail() };
    if t.kind != TokenKind::Word {
        return fail();
    }
    if let Some(n) = t.entry.and_then(|e| e.number) {
        add_number_part(&mut total, &mut current, n);
    } else if t.flags.has(TokenFlags::HYPHENATED) {
        for part in t.key.split('-') {
            if part == "et" {
                continue;
            }
            let Some(n) = number_part(part) else { return fail() };
            add_number_part(&mut total, &mut current, n);
        }
    } else {
        return fail();
    }
    let mut rest = i_take(i, 1);
    while let Some(next) = rest.first() {
        if next.key == "et" && current % 10 == 0 && (20..80).contains(&current) {
            if let Some(after) = rest.at(1).filter(|t| matches!(t.key, "un" | "une" | "onze")) {
                add_number_part(&mut total, &mut current, after.entry.and_then(|e| e.number).unwrap_or(0));
                rest = i_take(rest, 2);
                continue;
            }
            break;
        }
        let Some(n) = next.entry.and_then(|e| e.number) else { break };
        let fits = match n {
            100 | 1000 => true,
            1..=9 => current % 100 >= 20 && current % 10 == 0,
            10..=90 => current % 100 == 0 && current >= 100,
            _ => false,
        };
        if !fits {
            break;
        }
        add_number_part(&mut total, &mut current, n);
        rest = i_take(rest, 1);
    }
    Ok((rest, f64::from(total.saturating_add(current))))
}

/// A quantity: a number in figures or words, or a collective (`une
/// dizaine de`). Returns `None` for a vague one (`plusieurs`, `quelques`,
/// `de nombreux`).
fn quantity<'a>(i: Toks<'a>) -> R<'a, Option<f64>> {
    alt((
        map((opt(kws(&["un", "une"])), lex(|e| e.collective), de), |(_, n, _)| Some(f64::from(n))),
        map(one(|t: Tok| t.decimal()), Some),
        map(number_words, Some),
        value(None, lex(|e| e.vague.then_some(()))),
        value(None, (kw("de"), kws(&["nombreux", "nombreuses"]))),
    ))
    .parse(i)
}

/// A quantity that is a number.
fn exact_quantity<'a>(i: Toks<'a>) -> R<'a, f64> {
    let (rest, q) = quantity(i)?;
    match q {
        Some(q) => Ok((rest, q)),
        None => fail(),
    }
}

/// `environ`, `près de`, `plus de`, `moins de`, `presque`, `quelque`,
/// `au moins`.
fn approx<'a>(i: Toks<'a>) -> R<'a, ()> {
    alt((
        value((), kws(&["environ", "presque", "quelque", "pratiquement"])),
        value((), (kws(&["près", "plus", "moins"]), de)),
        value((), (kw("au"), kws(&["moins", "plus"]))),
    ))
    .parse(i)
}

/// A unit noun with its multiplier.
fn unit<'a>(i: Toks<'a>) -> R<'a, (Unit, f64)> {
    lex(|e| e.unit)(i)
}

/// Units that name calendar periods one can point at (`cette semaine`).
fn is_calendar_unit(key: &str) -> bool {
    matches!(key, "semaine" | "mois" | "année" | "an" | "week-end" | "trimestre" | "semestre" | "siècle" | "décennie")
}

/// The value of a Roman or Arabic ordinal token (`XIXe` → 19, `21e` → 21).
fn ordinal_value(t: &Tok) -> Option<u32> {
    match t.kind {
        TokenKind::Ordinal => {
            let digits = t.key.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                return t.key[..digits].parse().ok();
            }
            let roman: &str = &t.key[..t.key.bytes().take_while(|b| b"ivxlc".contains(b)).count()];
            roman_value(roman)
        }
        TokenKind::Word => t.entry.and_then(|e| e.ordinal),
        _ => None,
    }
}

fn roman_value(s: &str) -> Option<u32> {
    let digit = |c: u8| match c {
        b'i' => 1,
        b'v' => 5,
        b'x' => 10,
        b'l' => 50,
        b'c' => 100,
        _ => 0,
    };
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    let mut total = 0i32;
    for k in 0..b.len() {
        let v = digit(b[k]);
        if b.get(k + 1).is_some_and(|&n| digit(n) > v) { total -= v } else { total += v }
    }
    (total > 0).then_some(total as u32)
}

fn ordinal<'a>(i: Toks<'a>) -> R<'a, u32> {
    one(|t: Tok| ordinal_value(&t))(i)
}

// ------------------------------------------------------------- calendars

/// What opens a calendar expression.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    Def,
    Dem,
}

/// Dates: `le 7 décembre 2021`, `lundi 6 décembre`, `mardi prochain`,
/// `le 6 mai dernier`, `ce dimanche`, `7/12/2021`, `dimanche soir`.
fn calendar<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, lead) = opt(alt((
        value(Lead::Def, det_sing),
        value(Lead::Dem, (det_dem, opt(kw("même")))),
        value(Lead::Dem, kw("même")),
    )))
    .parse(i)?;
    let mut cal = Cal { this: lead == Some(Lead::Dem), ..Cal::default() };
    let (i, wd) = opt(weekday).parse(i)?;
    cal.weekday = wd;
    let (i, dm) = opt((day_num, month)).parse(i)?;
    let mut i = i;
    if let Some((d, m)) = dm {
        cal.day = Some(d);
        cal.month = Some(m);
        let (rest, y) = opt(year_after_month).parse(i)?;
        cal.year = y;
        i = rest;
    } else if wd.is_some() {
        // `le samedi 11`: a weekday and a day, the month left to the
        // context.
        if let Ok((rest, d)) = day_num(i) {
            if !rest.first().is_some_and(|t| t.kind == TokenKind::Number || t.entry.is_some_and(|e| e.unit.is_some())) {
                cal.day = Some(d);
                i = rest;
            }
        }
    } else {
        let (rest, (d, m, y)) = numeric_date(i)?;
        cal.day = Some(d);
        cal.month = Some(m);
        cal.year = Some(y);
        i = rest;
    }
    if cal.year.is_none() {
        let (rest, r) = opt(rel).parse(i)?;
        cal.rel = r;
        i = rest;
    }
    let (i, t) = opt(tod).parse(i)?;
    cal.tod = t;
    // `le lundi` alone is a recurrence (see `set`), `le 7` alone nothing.
    if lead == Some(Lead::Def) && cal.day.is_none() && cal.rel.is_none() {
        return fail();
    }
    Ok((i, Expr::Cal(cal)))
}

/// `le premier dimanche de mars`, `le dernier lundi de mai 2022`, `le
/// premier dimanche du printemps`.
fn nth_weekday<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, n, wd, _)) = (
        det_sing,
        alt((map(ordinal, |n| n as i8), value(-1, kws(&["dernier", "dernière"])))),
        weekday,
        kws(&["de", "d'", "du"]),
    )
        .parse(i)?;
    if n == 0 || n > 5 {
        return fail();
    }
    let (i, within) = alt((map(month, Within::Month), map(lex(|e| e.season), Within::Season))).parse(i)?;
    let (i, y) = opt(year4).parse(i)?;
    Ok((i, Expr::NthWeekday { n, weekday: wd, within, year: y.map(Year::Four) }))
}

/// `7/12/2021`, `07-12-2021`, `7/12/21`.
fn numeric_date<'a>(i: Toks<'a>) -> R<'a, (u8, u8, Year)> {
    let sep = || one(|t: Tok| (t.kind == TokenKind::Dash || t.key == "/").then_some(()));
    let month_num = one(|t: Tok| t.int().filter(|m| (1..=12).contains(m) && t.key.len() <= 2).map(|m| m as u8));
    let (rest, (d, _, m, _, y)) = (day_num, sep(), month_num, sep(), year_after_month).parse(i)?;
    // The tokens must touch: `7 - 12 - 2021` is arithmetic or a score.
    for k in i.start + 1..rest.start {
        if i.scan.token(k).has(crate::text::TokenFlags::SPACE_BEFORE) {
            return fail();
        }
    }
    Ok((rest, (d, m, y)))
}

/// Months: `décembre 2021`, `juin prochain`, `le mois de juin`, `mai`,
/// `mi-juin`.
fn month_year<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, named) = opt((opt(det_sing), kw("mois"), de)).parse(i)?;
    let (i, m) = if named.is_some() { month(i)? } else { bare_month(i)? };
    let (i, y) = opt(year_after_month).parse(i)?;
    let (i, r) = if y.is_none() { opt(rel).parse(i)? } else { (i, None) };
    Ok((
        i,
        Expr::Cal(Cal {
            month: Some(m),
            year: y,
            rel: r.filter(|r| matches!(r, Rel::Last | Rel::Next)),
            ..Cal::default()
        }),
    ))
}

/// Years: `2021`, `l’an 2000`, `l’année 2001`, `en 97`.
fn year_expr<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let cal = |y| Expr::Cal(Cal { year: Some(y), ..Cal::default() });
    if let Ok((rest, y)) = preceded((opt(kw("l'")), kws(&["an", "année"])), year4).parse(i) {
        return Ok((rest, cal(Year::Four(y))));
    }
    let Some(t) = i.first() else { return fail() };
    let next = i.at(1);
    // Two digits after `en`, before punctuation: `en 97 (`, `rien en 98,`.
    if t.key.len() == 2 && i.prev_key() == "en" {
        if let Some(y) = t.int() {
            if next.is_none_or(|n| n.is_punct()) {
                return Ok((i_take(i, 1), cal(Year::Two(y as u8))));
            }
        }
        return fail();
    }
    let (rest, y) = year4(i)?;
    if y > 2100 {
        return fail();
    }
    // A count rather than a year: `2000 personnes`, `1500 €`.
    if let Some(n) = next {
        let counted = match n.kind {
            TokenKind::Word => !n.capitalized() && !n.entry.is_some_and(|e| e.func || e.month.is_some()),
            TokenKind::Symbol => n.key != "/",
            _ => false,
        };
        if counted {
            return fail();
        }
    }
    if matches!(
        i.prev_key(),
        "n°" | "no"
            | "numéro"
            | "code"
            | "vol"
            | "p"
            | "résolution"
            | "article"
            | "loi"
            | "décret"
            | "ligne"
            | "route"
            | "page"
            | "pages"
            | "chambre"
            | "dossier"
            | "boîte"
            | "bp"
            | "cedex"
    ) {
        return fail();
    }
    Ok((rest, cal(Year::Four(y))))
}

/// Decades: `les années 60`, `les années 1990`, `années quatre-vingt`.
fn decade<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, _) = (opt(kw("les")), kw("années")).parse(i)?;
    let (i, start) = alt((
        one(|t: Tok| {
            let n = t.int()?;
            match t.key.len() {
                2 if n % 10 == 0 => Some(1900 + n as i32),
                4 if n % 10 == 0 => Some(n as i32),
                _ => None,
            }
        }),
        map(number_words, |n| 1900 + n as i32),
    ))
    .parse(i)?;
    if start % 10 != 0 || !(1000..=2990).contains(&start) {
        return fail();
    }
    Ok((i, Expr::Decade(start / 10)))
}

/// Centuries: `le XXe siècle`, `le vingtième siècle`, `le siècle
/// dernier` (see `period`).
fn century<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, n, _)) = (opt(det_sing), ordinal, kw("siècle")).parse(i)?;
    if !(1..=30).contains(&n) {
        return fail();
    }
    Ok((i, Expr::Century(n as i32)))
}

/// Seasons: `l’été 2021`, `cet été`, `l’hiver dernier`, `en été`,
/// `au printemps`.
fn season<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, lead) = opt(alt((det_sing, det_dem))).parse(i)?;
    let Some(t) = i.first() else { return fail() };
    let Some(s) = t.entry.and_then(|e| e.season) else { return fail() };
    // `le Printemps` (a store, a movement) is a name.
    if t.capitalized() && !t.all_caps() && !(lead.is_none() && i.at_clause_start()) {
        return fail();
    }
    let prev = i.prev_key();
    let mut generic = false;
    if lead.is_none() {
        // `d’été`, `de l’hiver` qualify a noun (`les Jeux d’hiver`); `été`
        // alone is mostly the participle (`a été`).
        if matches!(prev, "d'" | "de" | "du") {
            return fail();
        }
        if s == 1 && !matches!(prev, "en" | "comme" | "au") {
            return fail();
        }
        generic = matches!(prev, "en" | "comme");
    }
    let i = i_take(i, 1);
    let (i, y) = opt(alt((year4, preceded(de, year4)))).parse(i)?;
    // `le printemps de l’environnement`, `Printemps de Bourges`: a name.
    if y.is_none() && i.first().is_some_and(|t| matches!(t.key, "de" | "d'" | "du" | "des")) {
        return fail();
    }
    let (i, r) = if y.is_none() { opt(rel).parse(i)? } else { (i, None) };
    let generic = generic && y.is_none() && r.is_none();
    Ok((i, Expr::Season { season: s, year: y.map(Year::Four), rel: r, generic }))
}

/// Feast days: `Noël`, `la Pentecôte`, `cette fête de Pentecôte`,
/// `Pâques 2022`.
fn holiday<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, _) = opt(alt((det_sing, det_dem))).parse(i)?;
    let (i, _) = opt((kws(&["fête", "fêtes"]), de_any)).parse(i)?;
    let (i, h) = one(|t: Tok| {
        let h = t.entry.and_then(|e| e.holiday)?;
        (t.capitalized() || t.all_caps()).then_some(h)
    })(i)?;
    let (i, y) = opt(year4).parse(i)?;
    Ok((i, Expr::Holiday { holiday: h, year: y.map(Year::Four) }))
}

/// Days counted from today: `hier`, `aujourd’hui vendredi`, `hier soir`,
/// `hier en début d’après-midi`, `ce matin`, `ce soir`.
fn deictic<'a>(i: Toks<'a>) -> R<'a, Expr> {
    if let Ok((rest, days)) = lex(|e| e.deictic)(i) {
        let (rest, wd) = opt(weekday).parse(rest)?;
        let (rest, t) = opt(tod).parse(rest)?;
        let present = days == 0 && wd.is_none() && t.is_none() && present_sense(i);
        return Ok((rest, Expr::Deictic { days, tod: t, weekday: wd, present }));
    }
    let (rest, (_, p)) = (
        det_dem,
        alt((
            map(lex(|e| e.part.filter(|_| true)), Tod::Part),
            map(lex(|e| e.clockword.filter(|&(h, _)| h == 12)), |(h, m)| Tod::Clock(h, m)),
        )),
    )
        .parse(i)?;
    // `cette soirée`, `cette journée` are events more often than times.
    if matches!(i.at(1).map(|t| t.key), Some("soirée" | "matinée" | "journée")) {
        return fail();
    }
    Ok((rest, Expr::Deictic { days: 0, tod: Some(p), weekday: None, present: false }))
}

/// `aujourd’hui` means "nowadays" (PRESENT_REF) rather than the day when
/// it stands between commas or in a negated clause.
fn present_sense(i: Toks<'_>) -> bool {
    let before = i.before(1);
    let after = i.at(1);
    let isolated = before.is_none_or(|t| t.kind == TokenKind::Comma || t.is_punct())
        && after.is_some_and(|t| t.kind == TokenKind::Comma);
    let negated = (1..=6).filter_map(|k| i.before(k)).any(|t| matches!(t.key, "ne" | "n'"));
    isolated || negated
}

/// Days counted from the narrative's: `le lendemain`, `la veille au soir`,
/// `le jour même`, `le même jour`, `le matin même`, `ce jour-là`.
fn anaphor<'a>(i: Toks<'a>) -> R<'a, Expr> {
    alt((
        map((opt(det_sing), lex(|e| e.anaphor), opt(tod)), |(_, days, t)| Expr::Anaphor { days, tod: t }),
        map(
            (
                det_sing,
                alt((
                    value(None, (kw("jour"), kw("même"))),
                    value(None, (kw("même"), kw("jour"))),
                    map((part_word, kw("même")), |(p, _)| Some(p)),
                )),
            ),
            |(_, p)| Expr::Anaphor { days: 0, tod: p.map(Tod::Part) },
        ),
        map((det_dem, opt(kw("même")), kw("jour")), |_| Expr::Anaphor { days: 0, tod: None }),
        map(
            (
                det_dem,
                one(|t: Tok| {
                    let base = t.key.strip_suffix("-là")?;
                    if base == "jour" {
                        return Some(None);
                    }
                    LEXICON.get(base).and_then(|e| e.part).map(Some)
                }),
            ),
            |(_, p)| Expr::Anaphor { days: 0, tod: p.map(Tod::Part) },
        ),
    ))
    .parse(i)
    .and_then(|(rest, e)| {
        // `ce jour` alone is `à ce jour` (so far) or a heading; keep `ce
        // même jour` only.
        if let Expr::Anaphor { days: 0, tod: None } = e {
            if i.first().is_some_and(|t| matches!(t.key, "ce" | "cet")) && rest.start - i.start == 2 {
                return fail();
            }
        }
        Ok((rest, e))
    })
}

/// Calendar units pointed at: `cette semaine`, `ce mois-ci`, `cette
/// année`, `ce week-end`, `l’an dernier`, `la semaine prochaine`,
/// `l’année suivante`, `le siècle dernier`, `la nouvelle année`.
fn period<'a>(i: Toks<'a>) -> R<'a, Expr> {
    // Demonstrative: this one (`cette année`), or the narrative's one
    // (`cette année-là`).
    let this = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, _) = det_dem(i)?;
        let (i, (u, c, narrative)) = one(|t: Tok| {
            let (base, narrative) = if let Some(b) = t.key.strip_suffix("-là") {
                (b, true)
            } else if let Some(b) = t.key.strip_suffix("-ci") {
                (b, false)
            } else {
                (t.key, false)
            };
            if !is_calendar_unit(base) || base == "an" {
                return None;
            }
            let (u, c) = LEXICON.get(base)?.unit?;
            Some((u, c, narrative))
        })(i)?;
        Ok((i, Expr::Period { unit: u, count: c, offset: 0, narrative }))
    };
    let relative = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, (_, t, r)) = (det_sing, one(|t: Tok| Some(t)), rel).parse(i)?;
        let Some((u, c)) = t.entry.and_then(|e| e.unit) else { return fail() };
        if t.key == "jour" && matches!(r, Rel::After | Rel::Before) {
            let days = if r == Rel::After { 1 } else { -1 };
            return Ok((i, Expr::Anaphor { days, tod: None }));
        }
        if !is_calendar_unit(t.key) {
            return fail();
        }
        let (offset, narrative) = match r {
            Rel::Last => (-1, false),
            Rel::Next => (1, false),
            Rel::Before => (-1, true),
            Rel::After => (1, true),
        };
        Ok((i, Expr::Period { unit: u, count: c, offset, narrative }))
    };
    alt((this, relative, value(Expr::NewYear, (kw("la"), kw("nouvelle"), kw("année"))))).parse(i)
}

/// Quarters and halves: `le premier trimestre 2021`, `le second semestre`.
fn quarter<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, n, t, y)) =
        (det_sing, ordinal, kws(&["trimestre", "semestre"]), opt(alt((year4, preceded(de, year4))))).parse(i)?;
    let half = t.key == "semestre";
    if n == 0 || n > if half { 2 } else { 4 } {
        return fail();
    }
    Ok((i, Expr::Quarter { n: n as u8, half, year: y.map(Year::Four) }))
}

// ------------------------------------------------------- shifts, lengths

/// True for units of a day or longer.
fn is_day_or_longer(u: Unit) -> bool {
    !u.is_clock()
}

/// Dates some units from now or from the narrative: `il y a deux ans`,
/// `dans trois mois`, `trois jours plus tard`, `deux semaines auparavant`.
fn shift<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let ago = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, (_, _, _, q, (u, c))) = (kw("il"), kw("y"), kw("a"), exact_quantity, unit).parse(i)?;
        if !is_day_or_longer(u) {
            return fail();
        }
        Ok((i, Expr::Shift { qty: q * c, unit: u, dir: -1, narrative: false }))
    };
    let within = |i: Toks<'a>| -> R<'a, Expr> {
        let (rest, (_, q, (u, c))) = (kw("dans"), exact_quantity, unit).parse(i)?;
        if !is_day_or_longer(u) || rest.first().is_some_and(|t| matches!(t.key, "de" | "d'" | "qui" | "où")) {
            return fail();
        }
        Ok((rest, Expr::Shift { qty: q * c, unit: u, dir: 1, narrative: false }))
    };
    let later = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, (_, q, (u, c))) = (opt(approx), exact_quantity, unit).parse(i)?;
        if !is_day_or_longer(u) {
            return fail();
        }
        let boundary = |r: Toks<'a>| r.first().is_none_or(|t| t.is_punct());
        let (rest, dir) = alt((
            value(1, (kw("plus"), kw("tard"))),
            value(-1, (kw("plus"), kw("tôt"))),
            value(-1, kw("auparavant")),
            value(1, kw("après")),
            value(-1, kw("avant")),
        ))
        .parse(i)?;
        if matches!(i.first().map(|t| t.key), Some("après" | "avant")) && !boundary(rest) {
            return fail();
        }
        Ok((rest, Expr::Shift { qty: q * c, unit: u, dir, narrative: true }))
    };
    alt((ago, within, later)).parse(i)
}

/// Where an age is written, `N ans` is no duration: `Jean, 87 ans,`, `un
/// chauffeur de 38 ans`, `âgée de 24 ans`, `les 6-16 ans`, `il a 20 ans`.
/// `i` starts at the quantity (or its modifier).
fn is_age(i: Toks<'_>, after: Toks<'_>, mut range: bool) -> bool {
    // Skip back over `N -` or `N à` of a range (`de 2 à 8 ans`, `6-16
    // ans`), over a modifier (`les moins de 17 ans`) and over the article
    // of a collective (`d’une trentaine d’années`).
    let mut k = 1;
    if let (Some(link), Some(n)) = (i.before(1), i.before(2)) {
        if (link.kind == TokenKind::Dash || matches!(link.key, "à" | "et" | "ou")) && n.kind == TokenKind::Number {
            k = 3;
            range = true;
        }
    }
    if matches!(i.before(k).map(|t| t.key), Some("de" | "d'"))
        && matches!(i.before(k + 1).map(|t| t.key), Some("plus" | "moins" | "près"))
    {
        k += 2;
    }
    if i.first().is_some_and(|t| t.entry.is_some_and(|e| e.collective.is_some()))
        && matches!(i.before(k).map(|t| t.key), Some("un" | "une"))
    {
        k += 1;
    }
    let prev = i.before(k);
    let prev2 = i.before(k + 1);
    let next = after.first();
    let closes = next.is_none_or(|t| t.is_punct() || t.key == "et");
    match prev {
        None => false,
        Some(p) if matches!(p.kind, TokenKind::Comma | TokenKind::OpenParen) => closes,
        Some(p) if matches!(p.key, "les" | "a" | "avait" | "aura" | "ont" | "avaient" | "auront") => true,
        Some(p) if p.key == "des" => range,
        Some(p) if matches!(p.key, "de" | "d'") => {
            let head = prev2.map_or("", |t| t.key);
            !DURATION_HEADS.contains(&head) && !next.is_some_and(|t| matches!(t.key, "de" | "d'"))
        }
        Some(_) => false,
    }
}

/// Lengths of time: `deux ans`, `30,4 secondes`, `environ une heure`,
/// `plusieurs jours`, `un demi-siècle`, `un quart de siècle`, `une heure
/// et demie`, `des années`, `la deuxième journée`, `toute l’année`,
/// `ces derniers jours`, `quinquennat`.
fn duration<'a>(i: Toks<'a>) -> R<'a, Expr> {
    alt((
        qty_unit,
        demi_unit,
        quarter_unit,
        recent,
        ordinal_unit,
        vague_des,
        whole_unit,
        map(lex(|e| e.term), Expr::Term),
    ))
    .parse(i)
}

fn qty_unit<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (rest, (ap, q, (u, c))) = (opt(approx), quantity, unit).parse(i)?;
    let (rest, half) = opt((kw("et"), kws(&["demi", "demie"]))).parse(rest)?;
    let q = q.map(|q| (q + if half.is_some() { 0.5 } else { 0.0 }) * c);
    let qstart = if ap.is_some() { approx(i).map(|(r, _)| r).unwrap_or(i) } else { i };
    if u == Unit::Year && c == 1.0 && q.is_some() && is_age(i, rest, false) {
        return fail();
    }
    if u == Unit::Hour {
        // `à 20 heures` is a clock time; `les 35 heures` a law.
        if matches!(i.prev_key(), "à" | "vers" | "dès" | "avant" | "après" | "les")
            || rest.first().is_some_and(|t| t.int().is_some())
        {
            return fail();
        }
    }
    // `une seconde fois`: the ordinal, not the unit.
    if u == Unit::Second && rest.first().is_some_and(|t| t.kind == TokenKind::Word && !t.entry.is_some_and(|e| e.func))
    {
        return fail();
    }
    // `un jour` is mostly "one day" (some day), not a length.
    if q == Some(1.0)
        && u == Unit::Day
        && qstart.first().is_some_and(|t| t.key == "un")
        && !matches!(i.prev_key(), "pendant" | "durant" | "depuis" | "en" | "sur" | "pour" | "d'" | "de")
    {
        return fail();
    }
    Ok((rest, Expr::Duration { qty: q, unit: u }))
}

/// `un demi-siècle`, `une demi-heure`, `une demi-journée`.
fn demi_unit<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, _, (u, c))) = (
        opt(approx),
        opt(kws(&["un", "une"])),
        one(|t: Tok| t.key.strip_prefix("demi-").and_then(|b| LEXICON.get(b)).and_then(|e| e.unit)),
    )
        .parse(i)?;
    Ok((i, Expr::Duration { qty: Some(0.5 * c), unit: u }))
}

/// `un quart de siècle`, `un quart d’heure`, `trois quarts d’heure`.
fn quarter_unit<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, q, _, _, (u, c))) = (
        opt(approx),
        alt((value(0.25, (kw("un"), kw("quart"))), value(0.75, (kw("trois"), kw("quarts"))))),
        de,
        opt(kw("l'")),
        unit,
    )
        .parse(i)?;
    Ok((i, Expr::Duration { qty: Some(q * c), unit: u }))
}

/// `ces derniers jours`, `les trois derniers mois`, `ces dernières 24
/// heures`, `les prochaines semaines`.
fn recent<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let plural_rel = || lex(|e| e.rel.filter(|r| matches!(r, Rel::Last | Rel::Next)));
    // `au cours des dix dernières années`: the article is fused with the
    // preposition and stays out.
    let (i, _) = if matches!(i.prev_key(), "des" | "aux") {
        (i, None)
    } else {
        map(alt((det_dem, kw("les"))), Some).parse(i)?
    };
    let (i, (q, _, (u, c))) = alt((
        map((plural_rel(), opt(quantity), unit), |(r, q, u)| (q.flatten(), r, u)),
        map((exact_quantity, plural_rel(), unit), |(q, r, u)| (Some(q), r, u)),
    ))
    .parse(i)?;
    Ok((i, Expr::Duration { qty: q.map(|q| q * c), unit: u }))
}

/// `la deuxième journée`, `sa deuxième année`, `la première minute`.
fn ordinal_unit<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, _, (u, c))) = (alt((det_sing, kws(&["sa", "son", "leur"]))), ordinal, unit).parse(i)?;
    Ok((i, Expr::Duration { qty: Some(c), unit: u }))
}

/// `des années`, `des mois`: a vague length.
fn vague_des<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (rest, (_, t)) = (kw("des"), one(|t: Tok| Some(t))).parse(i)?;
    let Some((u, _)) = t.entry.and_then(|e| e.unit) else { return fail() };
    if !t.key.ends_with('s') || t.capitalized() {
        return fail();
    }
    // `des années 60` is a decade; `des heures scolaires` a kind of hours.
    if rest.first().is_some_and(|n| {
        n.kind == TokenKind::Number
            || n.entry.is_some_and(|e| e.number.is_some())
            || n.kind == TokenKind::Word && !n.capitalized() && !n.entry.is_some_and(|e| e.func)
    }) {
        return fail();
    }
    Ok((rest, Expr::Duration { qty: None, unit: u }))
}

/// `toute l’année`, `toute la journée`, `tout le mois`.
fn whole_unit<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let (i, (_, _, (u, c))) = (kws(&["tout", "toute"]), det_sing, unit).parse(i)?;
    Ok((i, Expr::Duration { qty: Some(c), unit: u }))
}

// ------------------------------------------------------------- clock times

/// Reads the hour and minutes of a clock token (`14h30`, `8h`), from its
/// folded key.
fn clock_value(key: &str) -> Option<(u8, u8)> {
    let (h, m) = key.split_once('h')?;
    let h: u8 = h.parse().ok()?;
    let m: u8 = if m.is_empty() { 0 } else { m.parse().ok()? };
    (h <= 24 && m < 60).then_some((h, m))
}

/// Clock times: `14 h 30`, `12H30`, `14:30`, `à 20 heures`, `midi`,
/// `4 h mardi`, `11H30 GMT`, `12 h 30 locales`.
fn clock<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let token = |i: Toks<'a>| -> R<'a, (u8, u8)> {
        let (i, t) = kind(TokenKind::Clock)(i)?;
        match clock_value(t.key) {
            Some(hm) => Ok((i, hm)),
            None => fail(),
        }
    };
    let colon = |i: Toks<'a>| -> R<'a, (u8, u8)> {
        let (rest, (h, _, m)) = (
            one(|t: Tok| t.int().filter(|&h| h < 24 && t.key.len() <= 2)),
            kind(TokenKind::Colon),
            one(|t: Tok| t.int().filter(|&m| m < 60 && t.key.len() == 2)),
        )
            .parse(i)?;
        if i.scan.token(i.start + 1).has(crate::text::TokenFlags::SPACE_BEFORE) {
            return fail();
        }
        Ok((rest, (h as u8, m as u8)))
    };
    let words = |i: Toks<'a>| -> R<'a, (u8, u8)> {
        let (rest, (h, _)) =
            (one(|t: Tok| t.int().filter(|&h| h <= 24 && t.key.len() <= 2)), kws(&["heure", "heures"])).parse(i)?;
        let (rest, m) = opt(alt((
            one(|t: Tok| t.int().filter(|&m| m < 60 && t.key.len() == 2)),
            value(30, (kw("et"), kw("demie"))),
            value(15, (kw("et"), kw("quart"))),
        )))
        .parse(rest)?;
        let clockish = m.is_some()
            || matches!(i.prev_key(), "à" | "vers" | "dès" | "avant" | "après" | "jusqu'à")
            || rest.first().is_some_and(|t| t.key == "du");
        if !clockish {
            return fail();
        }
        Ok((rest, (h as u8, m.unwrap_or(0) as u8)))
    };
    let named = |i: Toks<'a>| -> R<'a, (u8, u8)> {
        let Some(t) = i.first() else { return fail() };
        if t.capitalized() && !t.all_caps() && !i.at_clause_start() {
            return fail();
        }
        if matches!(i.prev_key(), "le" | "du") && t.key == "midi" {
            return fail();
        }
        lex(|e| e.clockword)(i)
    };
    let (rest, (mut h, m)) = alt((token, colon, words, named)).parse(i)?;
    // `8 h du soir`, `3 heures du matin`.
    let (rest, half) = opt(preceded(kw("du"), kws(&["matin", "soir"]))).parse(rest)?;
    if half.is_some_and(|t| t.key == "soir") && h < 12 {
        h += 12;
    }
    let (rest, tz) = opt(alt((
        value(true, kws(&["gmt", "utc"])),
        value(false, (opt(kws(&["heure", "heures"])), kws(&["locale", "locales", "française", "françaises"]))),
    )))
    .parse(rest)?;
    let (rest, day) =
        opt(alt((map(weekday, DayWord::Weekday), map(lex(|e| e.deictic), DayWord::Deictic)))).parse(rest)?;
    Ok((rest, Expr::Clock { h, m, utc: tz == Some(true), day }))
}

// ------------------------------------------------------- parts of the day

/// Parts of the day on the narrative's day: `la nuit`, `la soirée`,
/// `l’après-midi`, `la nuit de lundi à mardi`, `fin d’après-midi`, `en
/// soirée`, `dans la journée`.
fn part_alone<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let with_article = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, (_, p)) = (det_sing, lex(|e| e.part.filter(|&p| p != Part::Daytime))).parse(i)?;
        let (i, wd) = opt(preceded(kws(&["de", "du"]), weekday)).parse(i)?;
        let (i, _) = if wd.is_some() { opt((kws(&["à", "au"]), weekday)).parse(i)? } else { (i, None) };
        Ok((i, Expr::Part { part: p, weekday: wd }))
    };
    let edge_of = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, (_, _, p)) = (lex(|e| e.edge), de, part_word).parse(i)?;
        Ok((i, Expr::Part { part: p, weekday: None }))
    };
    let en = |i: Toks<'a>| -> R<'a, Expr> {
        if i.prev_key() != "en" {
            return fail();
        }
        let (i, t) = kws(&["soirée", "matinée"])(i)?;
        let p = if t.key == "soirée" { Part::Evening } else { Part::Morning };
        Ok((i, Expr::Part { part: p, weekday: None }))
    };
    let daytime = |i: Toks<'a>| -> R<'a, Expr> {
        if i.prev_key() != "dans" {
            return fail();
        }
        let (i, _) = (kw("la"), kw("journée")).parse(i)?;
        Ok((i, Expr::Part { part: Part::Daytime, weekday: None }))
    };
    let adjective = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, p) = lex(|e| e.partadj)(i)?;
        Ok((i, Expr::PartAdj(p)))
    };
    alt((with_article, edge_of, en, daytime, adjective)).parse(i)
}

// ------------------------------------------------------------ recurrences

/// Recurrences: `chaque année`, `tous les ans`, `tous les deux ans`, `tous
/// les lundis`, `les deuxième et quatrième jeudis`, `le mercredi`, `par
/// an` (the unit only), `annuel`.
fn set<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let each = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, _) = kw("chaque")(i)?;
        alt((
            map(unit, |(u, c)| Expr::Set(SetKind::Every { qty: c, unit: u })),
            map(weekday, |w| Expr::Set(SetKind::Weekday(w, None))),
            map(part_word, |p| Expr::Set(SetKind::Part(p))),
        ))
        .parse(i)
    };
    let all = |i: Toks<'a>| -> R<'a, Expr> {
        let (i, (_, _, q)) = (kws(&["tous", "toutes"]), kw("les"), opt(exact_quantity)).parse(i)?;
        alt((
            map(unit, |(u, c)| Expr::Set(SetKind::Every { qty: q.unwrap_or(1.0) * c, unit: u })),
            map(lex(|e| e.weekdays), |w| Expr::Set(SetKind::Weekday(w, None))),
            map(part_word, |p| Expr::Set(SetKind::Part(p))),
        ))
        .parse(i)
    };
    let ordinals = |i: Toks<'a>| -> R<'a, Expr> {
        let (mut i, _) = (kw("les"), ordinal).parse(i)?;
        while let Ok((rest, _)) = (kws(&["et", ","]), ordinal).parse(i) {
            i = rest;
        }
        let (i, w) = lex(|e| e.weekdays)(i)?;
        Ok((i, Expr::Set(SetKind::Weekday(w, None))))
    };
    let habitual = |i: Toks<'a>| -> R<'a, Expr> {
        let (rest, (_, w, p)) = (kw("le"), weekday, opt(part_word)).parse(i)?;
        if rest.first().is_some_and(|t| {
            matches!(t.kind, TokenKind::Number | TokenKind::Ordinal) || t.entry.is_some_and(|e| e.rel.is_some())
        }) {
            return fail();
        }
        Ok((rest, Expr::Set(SetKind::Weekday(w, p))))
    };
    let per = |i: Toks<'a>| -> R<'a, Expr> {
        if i.prev_key() != "par" {
            return fail();
        }
        let (rest, t) = one(|t: Tok| Some(t))(i)?;
        let Some((u, c)) = t.entry.and_then(|e| e.unit) else { return fail() };
        if t.key.ends_with('s') && t.key != "mois" {
            return fail();
        }
        Ok((rest, Expr::Set(SetKind::Every { qty: c, unit: u })))
    };
    let adjective = |i: Toks<'a>| -> R<'a, Expr> {
        let noun_before = i.before(1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalized() && !t.entry.is_some_and(|e| e.func || e.prefix)
        });
        if !noun_before {
            return fail();
        }
        map(lex(|e| e.setadj), |v| Expr::Set(SetKind::Literal(v))).parse(i)
    };
    alt((each, all, ordinals, habitual, per, adjective)).parse(i)
}

// ------------------------------------------------------ vague references

/// Vague references: `maintenant`, `actuellement`, `auparavant`, `plus
/// tôt`, `pour l’instant`, `à présent`, `l’avenir`, `actuel`, `futur`,
/// `d’ici`, `à ce moment-là`.
fn reference<'a>(i: Toks<'a>) -> R<'a, Expr> {
    let adverb = map(lex(|e| e.reference), Expr::Ref);
    let phrases = alt((
        value(Expr::Ref(RefKind::Present), (kw("pour"), alt(((kw("l'"), kw("instant")), (kw("le"), kw("moment")))))),
        value(Expr::Ref(RefKind::Present), (kw("en"), kw("ce"), kw("moment"))),
        value(Expr::Ref(RefKind::Present), (kw("à"), kw("présent"))),
        value(Expr::Ref(RefKind::Present), (kw("de"), kw("nos"), kw("jours"))),
        value(Expr::Ref(RefKind::Past), (kw("par"), kw("le"), kw("passé"))),
    ));
    let soon_late = |i: Toks<'a>| -> R<'a, Expr> {
        if matches!(i.prev_key(), "au" | "le" | "la" | "les" | "du") {
            return fail();
        }
        let (rest, (_, t)) = (kw("plus"), kws(&["tôt", "tard"])).parse(i)?;
        // `plus tôt que prévu` compares; `a déclaré plus tôt que Moscou
        // insistait` does not.
        if rest.first().is_some_and(|n| matches!(n.key, "que" | "qu'"))
            && rest.at(1).is_some_and(|n| {
                matches!(
                    n.key,
                    "prévu"
                        | "prévue"
                        | "prévus"
                        | "prévues"
                        | "d'habitude"
                        | "habituellement"
                        | "d'ordinaire"
                        | "initialement"
                        | "annoncé"
                        | "annoncée"
                        | "attendu"
                        | "attendue"
                        | "jamais"
                        | "ailleurs"
                        | "celui"
                        | "celle"
                        | "ceux"
                        | "d'"
                        | "l'"
                        | "la"
                        | "le"
                        | "les"
                        | "en"
                        | "dans"
                        | "lors"
                        | "pour"
                        | "chez"
                ) || n.entry.is_some_and(|e| e.is_trigger())
            })
        {
            return fail();
        }
        let r = if t.key == "tôt" { RefKind::Past } else { RefKind::Future };
        Ok((rest, Expr::Ref(r)))
    };
    let future_noun = value(Expr::Ref(RefKind::Future), (opt(kw("l'")), kw("avenir")));
    let adjective = |i: Toks<'a>| -> R<'a, Expr> {
        let (rest, r) = lex(|e| e.refadj)(i)?;
        let key = i.first().map_or("", |t| t.key);
        if key.starts_with("précédent") && i.prev_key() == "sans" {
            return fail();
        }
        Ok((rest, Expr::Ref(r)))
    };
    let here = |i: Toks<'a>| -> R<'a, Expr> {
        if i.prev_key() != "d'" {
            return fail();
        }
        value(Expr::Here, kw("ici")).parse(i)
    };
    let moment =
        alt((value(Expr::Moment, (det_dem, kw("moment-là"))), value(Expr::Moment, (det_dem, kw("moment"), kw("là")))));
    alt((adverb, phrases, soon_late, future_noun, adjective, here, moment)).parse(i)
}

// ------------------------------------------------------------------ edges

/// Edges of periods: `début octobre`, `fin septembre 2000`, `la fin de
/// l’année`, `la fin du XIXe siècle`, `début des années 60`, `la fin de
/// l’année dernière`, `mi-2021`. The value is the period's.
fn edge<'a>(i: Toks<'a>) -> R<'a, Expr> {
    // TIMEX3 gives an edge no value of its own (`début octobre` is
    // `2002-10`), so the edge word only widens the span.
    let (i, _) = (opt(det_sing), lex(|e| e.edge)).parse(i)?;
    let (i, link) = opt(de_any).parse(i)?;
    let bare_ok = !matches!(link.map(|t| t.key), Some("de" | "d'"));
    let current = move |i: Toks<'a>| -> R<'a, Expr> {
        let (rest, (det, t)) = (opt(det_sing), one(|t: Tok| Some(t))).parse(i)?;
        // `la fin de l’année`, `fin du mois`, but not `fin d’année`.
        if det.is_none() && !bare_ok {
            return fail();
        }
        let Some((u, c)) = t.entry.and_then(|e| e.unit) else { return fail() };
        if !is_calendar_unit(t.key) {
            return fail();
        }
        Ok((rest, Expr::Period { unit: u, count: c, offset: 0, narrative: false }))
    };
    let decade_inner = |i: Toks<'a>| -> R<'a, Expr> { decade(i) };
    alt((period, calendar, month_year, year_expr, decade_inner, century, season, current)).parse(i)
}

// ---------------------------------------------------------- coordinations

/// `du 19 au 23 juillet`, `les 6 et 13 avril prochains`, `entre le 15
/// juillet et le 15 août` (the second half is a date by itself).
fn coord_days<'a>(i: Toks<'a>) -> R<'a, Hit> {
    let start = i.start;
    let (j, (_, wd1, d1)) = (opt(kws(&["les", "le"])), opt(weekday), day_num).parse(i)?;
    let first_end = j.start;
    let (j, _) = alt((kws(&["au", "et", "à", "ou"]), kind(TokenKind::Dash))).parse(j)?;
    let second_start = j.start;
    let (j, (_, wd2, d2, m, y)) = (opt(kw("le")), opt(weekday), day_num, month, opt(year_after_month)).parse(j)?;
    let (j, r) = if y.is_none() { opt(rel).parse(j)? } else { (j, None) };
    if d1 == d2 {
        return fail();
    }
    let cal = |d, weekday| Expr::Cal(Cal { year: y, month: Some(m), day: Some(d), weekday, rel: r, ..Cal::default() });
    Ok((
        j,
        Hit {
            first: Item { start, end: first_end, expr: cal(d1, wd1) },
            second: Some(Item { start: second_start, end: j.start, expr: cal(d2, wd2) }),
        },
    ))
}

/// `mai et juin derniers`, `janvier ou février 2022`.
fn coord_months<'a>(i: Toks<'a>) -> R<'a, Hit> {
    let start = i.start;
    let (j, m1) = bare_month(i)?;
    let first_end = j.start;
    let (j, _) = kws(&["et", "ou", "à"])(j)?;
    let second_start = j.start;
    let (j, m2) = month(j)?;
    let (j, y) = opt(map(year4, Year::Four)).parse(j)?;
    let (j, r) = if y.is_none() { opt(rel).parse(j)? } else { (j, None) };
    if y.is_none() && r.is_none() {
        return fail();
    }
    let cal = |m| Expr::Cal(Cal { year: y, month: Some(m), rel: r, ..Cal::default() });
    Ok((
        j,
        Hit {
            first: Item { start, end: first_end, expr: cal(m1) },
            second: Some(Item { start: second_start, end: j.start, expr: cal(m2) }),
        },
    ))
}

/// `de 8 à 24 mois`, `entre 10 et 15 ans`, `2-3 jours`: the first number
/// takes the unit of the second.
fn coord_quantities<'a>(i: Toks<'a>) -> R<'a, Hit> {
    let start = i.start;
    let (j, q1) = alt((one(|t: Tok| t.decimal()), number_words)).parse(i)?;
    let first_end = j.start;
    let (j, link) = alt((kws(&["à", "et", "ou"]), kind(TokenKind::Dash))).parse(j)?;
    // `entre 10 et 15 ans`, but not `24 heures sur 24 et 7 jours sur 7`.
    if i.prev_key() == "sur" || link.key == "et" && i.prev_key() != "entre" {
        return fail();
    }
    let second_start = j.start;
    let (j, (_, q2, (u, c))) = (opt(approx), exact_quantity, unit).parse(j)?;
    if u == Unit::Year && c == 1.0 && is_age(i, j, true) {
        return fail();
    }
    if u == Unit::Hour && matches!(i.prev_key(), "de" | "à" | "vers" | "entre") {
        return fail();
    }
    Ok((
        j,
        Hit {
            first: Item { start, end: first_end, expr: Expr::Duration { qty: Some(q1 * c), unit: u } },
            second: Some(Item {
                start: second_start,
                end: j.start,
                expr: Expr::Duration { qty: Some(q2 * c), unit: u },
            }),
        },
    ))
}
