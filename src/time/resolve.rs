//! Normalisation: from what an expression says ([`Expr`]) to its TIMEX3
//! type and value, against the publication date and the narrative.

use std::fmt::Write;

use super::grammar::{Cal, DayWord, Expr, SetKind, Tod, Within, Year};
use super::lexicon::{Holiday, RefKind, Rel, Unit};
use super::tense::Lean;
use crate::Date;
use crate::analysis::{Anchor, TimexType};

/// A leap year stands for an unknown one, so that 29 February exists.
const UNKNOWN_YEAR: i32 = 2000;

/// How far (in days) a past or future reading may reach before the
/// nearest date wins: about ten months.
const LEAN_REACH: i64 = 300;

/// A calendar day whose year may be unknown (`XXXX-12-07`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Day {
    pub date: Date,
    pub known_year: bool,
}

impl Day {
    /// A day of a known year.
    pub fn known(date: Date) -> Day {
        Day { date, known_year: true }
    }

    /// A month and day of an unknown year.
    pub fn unknown_year(month: u8, day: u8) -> Option<Day> {
        Date::new(UNKNOWN_YEAR, month, day).map(|date| Day { date, known_year: false })
    }

    fn add_days(self, n: i64) -> Day {
        Day { date: self.date.add_days(n), ..self }
    }

    fn add_months(self, n: i64) -> Day {
        Day { date: self.date.add_months(n), ..self }
    }

    fn write(self, out: &mut String) {
        if self.known_year {
            let _ = write!(out, "{:04}-{:02}-{:02}", self.date.year(), self.date.month(), self.date.day());
        } else {
            let _ = write!(out, "XXXX-{:02}-{:02}", self.date.month(), self.date.day());
        }
    }

    fn write_month(self, out: &mut String) {
        if self.known_year {
            let _ = write!(out, "{:04}-{:02}", self.date.year(), self.date.month());
        } else {
            let _ = write!(out, "XXXX-{:02}", self.date.month());
        }
    }
}

/// What an expression is resolved against.
pub(crate) struct Context<'s> {
    /// The publication date, or the dateline's.
    pub reference: Option<Day>,
    /// Where the reference came from.
    pub ref_anchor: Anchor,
    /// The last day the narrative set.
    pub narrative: Option<Day>,
    /// The value of the last date or time the narrative set.
    pub last_value: Option<&'s str>,
    /// The tense reading of the nearest verb, or of a preposition before
    /// the expression (`depuis`, `jusqu’au`).
    pub lean: Lean,
    /// A year written earlier in the same sentence.
    pub sentence_year: Option<i32>,
    /// The day a clock time or part of the day falls on, and where it came
    /// from.
    pub day_context: Option<(Day, Anchor)>,
}

/// A normalised expression.
#[derive(Clone, Debug)]
pub(crate) struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub anchor: Anchor,
    /// The day it denotes, when it denotes one.
    pub day: Option<Day>,
}

impl Resolved {
    fn new(kind: TimexType, value: String, anchor: Anchor) -> Resolved {
        Resolved { kind, value, anchor, day: None }
    }

    /// The calendar part of the value (`2021-12-07` of `2021-12-07TEV`),
    /// when the expression places the narrative on the calendar.
    pub fn calendar_value(&self) -> Option<&str> {
        if !matches!(self.kind, TimexType::Date | TimexType::Time) || self.value.ends_with("_REF") {
            return None;
        }
        let date = self.value.split('T').next().unwrap_or("");
        if date.is_empty() || date.contains("WXX") || date.starts_with("XXXX") && self.day.is_none() {
            return None;
        }
        Some(date)
    }
}

/// Completes a two-digit year: the latest year with those digits no more
/// than ten years after the reference (`98` in 1999 is 1998, `02` is 2002).
pub(crate) fn expand_year(year: Year, reference: Option<Day>) -> i32 {
    match year {
        Year::Four(y) => y,
        Year::Two(yy) => {
            let yy = i32::from(yy);
            match reference.filter(|r| r.known_year) {
                Some(r) => {
                    let limit = r.date.year() + 10;
                    let century = r.date.year() / 100 * 100;
                    [century + 100 + yy, century + yy, century - 100 + yy]
                        .into_iter()
                        .find(|&y| y <= limit)
                        .unwrap_or(century + yy)
                }
                None if yy < 30 => 2000 + yy,
                None => 1900 + yy,
            }
        }
    }
}

/// Easter Sunday of a year of the Gregorian calendar (the anonymous
/// Gregorian algorithm, "Meeus/Jones/Butcher").
pub(crate) fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u8, day as u8)
}

fn holiday_date(h: Holiday, year: i32) -> Option<Date> {
    match h {
        Holiday::Fixed(m, d) => Date::new(year, m, d),
        Holiday::Easter(offset) => easter(year).map(|e| e.add_days(i64::from(offset))),
    }
}

/// Picks among dates of neighbouring years the one the text means: the
/// last one before the reference for `dernier` or a past reading, the next
/// one for `prochain` or a future reading (each within about six months),
/// else the nearest.
fn pick(reference: Date, candidates: [Option<Date>; 3], rel: Option<Rel>, lean: Lean) -> Option<Date> {
    let dist = |d: Date| reference.days_until(d);
    let strict = |d: Date| match rel {
        Some(Rel::Last) => dist(d) < 0,
        Some(Rel::Next) => dist(d) > 0,
        _ => true,
    };
    let prev = candidates.iter().flatten().copied().filter(|&d| dist(d) <= 0 && strict(d)).max();
    let next = candidates.iter().flatten().copied().filter(|&d| dist(d) >= 0 && strict(d)).min();
    let nearest = match (prev, next) {
        (Some(p), Some(n)) => Some(if -dist(p) <= dist(n) { p } else { n }),
        (p, n) => p.or(n),
    };
    match rel {
        Some(Rel::Last) => return prev,
        Some(Rel::Next) => return next,
        _ => {}
    }
    match lean {
        Lean::Since => prev.or(nearest),
        Lean::Past => prev.filter(|&p| -dist(p) <= LEAN_REACH).or(nearest),
        Lean::Future => next.filter(|&n| dist(n) <= LEAN_REACH).or(nearest),
        Lean::None => nearest,
    }
}

/// The day of the week `wd` relative to `base`: the last one (`dernier`),
/// the next one (`prochain`), or as the tense reads a bare weekday.
fn weekday_date(base: Date, wd: u8, rel: Option<Rel>, this: bool, lean: Lean) -> Date {
    let back = (i64::from(base.weekday()) - i64::from(wd)).rem_euclid(7);
    let ahead = (i64::from(wd) - i64::from(base.weekday())).rem_euclid(7);
    match rel {
        Some(Rel::Last | Rel::Before) => base.add_days(-if back == 0 { 7 } else { back }),
        Some(Rel::Next | Rel::After) => base.add_days(if ahead == 0 { 7 } else { ahead }),
        None => match lean {
            Lean::Past | Lean::Since => base.add_days(-back),
            Lean::Future => base.add_days(ahead),
            Lean::None if this => base.add_days(if back <= ahead { -back } else { ahead }),
            Lean::None => base.add_days(ahead),
        },
    }
}

fn write_tod(out: &mut String, tod: Option<Tod>) {
    match tod {
        Some(Tod::Part(p)) => {
            out.push('T');
            out.push_str(p.code());
        }
        Some(Tod::Clock(h, m)) => {
            let _ = write!(out, "T{h:02}:{m:02}");
        }
        None => {}
    }
}

fn kind_of(tod: Option<Tod>) -> TimexType {
    if tod.is_some() { TimexType::Time } else { TimexType::Date }
}

/// Writes a number of a duration: `2`, `30.4`.
fn write_number(out: &mut String, q: f64) {
    if (q - q.round()).abs() < 1e-9 {
        let _ = write!(out, "{}", q.round() as i64);
    } else {
        let s = format!("{q:.3}");
        out.push_str(s.trim_end_matches('0').trim_end_matches('.'));
    }
}

/// A TIMEX3 duration value: `P2Y`, `PT30M`, `PT1H30M`, `PXD`.
pub(crate) fn duration_value(qty: Option<f64>, unit: Unit) -> String {
    let mut out = String::from("P");
    if unit.is_clock() {
        out.push('T');
    }
    match qty {
        None => out.push('X'),
        Some(q) if unit == Unit::Hour && (q - q.round()).abs() >= 1e-9 => {
            let minutes = (q * 60.0).round() as i64;
            if minutes >= 60 {
                let _ = write!(out, "{}H", minutes / 60);
            }
            if minutes % 60 != 0 {
                let _ = write!(out, "{}M", minutes % 60);
            }
            return out;
        }
        Some(q) => write_number(&mut out, q),
    }
    out.push_str(unit.letter());
    out
}

const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The season (0 spring … 3 winter) and its year that hold a date; winter
/// belongs to the year of its December.
fn season_of(d: Date) -> i64 {
    let (y, m) = (i64::from(d.year()), d.month());
    match m {
        3..=5 => y * 4,
        6..=8 => y * 4 + 1,
        9..=11 => y * 4 + 2,
        12 => y * 4 + 3,
        _ => (y - 1) * 4 + 3,
    }
}

/// Resolves an expression.
pub(crate) fn resolve(expr: &Expr, cx: &Context<'_>) -> Resolved {
    let reference = cx.reference;
    let known = reference.filter(|r| r.known_year);
    match *expr {
        Expr::Cal(ref c) => calendar(c, cx),
        Expr::Decade(d) => Resolved::new(TimexType::Date, format!("{d}X"), Anchor::Absolute),
        Expr::Century(n) => Resolved::new(TimexType::Date, format!("{:02}XX", n - 1), Anchor::Absolute),
        Expr::Season { season, year, rel, generic } => {
            let code = SEASON_CODES[season as usize % 4];
            if let Some(y) = year {
                return Resolved::new(
                    TimexType::Date,
                    format!("{}-{code}", expand_year(y, reference)),
                    Anchor::Absolute,
                );
            }
            match known {
                Some(r) if !generic => {
                    let now = season_of(r.date);
                    let target = i64::from(season);
                    let base = now.div_euclid(4) * 4 + target;
                    let cands = [base - 4, base, base + 4];
                    let prev = cands.iter().copied().filter(|&q| q < now || q == now && rel != Some(Rel::Last)).max();
                    let next = cands.iter().copied().filter(|&q| q > now || q == now && rel != Some(Rel::Next)).min();
                    let nearest = match (prev, next) {
                        (Some(p), Some(n)) => Some(if now - p < n - now { p } else { n }),
                        (p, n) => p.or(n),
                    };
                    let q = match (rel, cx.lean) {
                        (Some(Rel::Last | Rel::Before), _) => prev,
                        (Some(Rel::Next | Rel::After), _) => next,
                        (None, Lean::Since) => prev,
                        (None, Lean::Past) => prev.filter(|&p| now - p <= 1).or(nearest),
                        (None, Lean::Future) => next.filter(|&n| n - now <= 2).or(nearest),
                        (None, Lean::None) => nearest,
                    }
                    .unwrap_or(now);
                    Resolved::new(TimexType::Date, format!("{:04}-{code}", q.div_euclid(4)), cx.ref_anchor)
                }
                _ => Resolved::new(TimexType::Date, format!("XXXX-{code}"), Anchor::None),
            }
        }
        Expr::Holiday { holiday, year } => {
            let (date, anchor) = if let Some(y) = year {
                (holiday_date(holiday, expand_year(y, reference)), Anchor::Absolute)
            } else if let Some(y) = cx.sentence_year {
                (holiday_date(holiday, y), Anchor::Narrative)
            } else if let Some(r) = known {
                let y = r.date.year();
                let cands = [holiday_date(holiday, y - 1), holiday_date(holiday, y), holiday_date(holiday, y + 1)];
                (pick(r.date, cands, None, cx.lean), cx.ref_anchor)
            } else {
                (None, Anchor::None)
            };
            match date {
                Some(d) => day_value(Day::known(d), None, anchor),
                None => {
                    let value = match holiday {
                        Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                        Holiday::Easter(_) => "XXXX-XX-XX".to_string(),
                    };
                    Resolved::new(TimexType::Date, value, Anchor::None)
                }
            }
        }
        Expr::Deictic { days, tod, present, .. } => {
            if present {
                return Resolved::new(TimexType::Time, RefKind::Present.value().to_string(), Anchor::None);
            }
            match reference {
                Some(r) => day_value(r.add_days(i64::from(days)), tod, cx.ref_anchor),
                None => unresolved_day(tod),
            }
        }
        Expr::Anaphor { days, tod } => match (cx.narrative, reference) {
            (Some(n), _) => day_value(n.add_days(i64::from(days)), tod, Anchor::Narrative),
            (None, Some(r)) => day_value(r.add_days(i64::from(days)), tod, cx.ref_anchor),
            (None, None) => unresolved_day(tod),
        },
        Expr::Period { unit, count, offset, narrative } => period(unit, count, offset, narrative, cx),
        Expr::Shift { qty, unit, dir, narrative } => {
            let (base, anchor) = match (narrative, cx.narrative, reference) {
                (true, Some(n), _) => (Some(n), Anchor::Narrative),
                (_, _, Some(r)) => (Some(r), cx.ref_anchor),
                _ => (None, Anchor::None),
            };
            let Some(base) = base else {
                return Resolved::new(TimexType::Date, "XXXX-XX-XX".to_string(), Anchor::None);
            };
            let n = (qty.round() as i64).clamp(0, 100_000) * i64::from(dir);
            match unit {
                Unit::Day => day_value(base.add_days(n), None, anchor),
                Unit::Week | Unit::Weekend => day_value(base.add_days(7 * n), None, anchor),
                Unit::Month => {
                    let mut value = String::with_capacity(7);
                    base.add_months(n).write_month(&mut value);
                    Resolved::new(TimexType::Date, value, anchor)
                }
                _ if !base.known_year => Resolved::new(TimexType::Date, "XXXX".to_string(), Anchor::None),
                _ => Resolved::new(TimexType::Date, format!("{:04}", i64::from(base.date.year()) + n), anchor),
            }
        }
        Expr::Duration { qty, unit } => Resolved::new(TimexType::Duration, duration_value(qty, unit), Anchor::None),
        Expr::Term(v) => Resolved::new(TimexType::Duration, v.to_string(), Anchor::None),
        Expr::Set(s) => {
            let value = match s {
                SetKind::Every { qty, unit } => duration_value(Some(qty), unit),
                SetKind::Weekday(w, p) => {
                    let mut v = format!("XXXX-WXX-{w}");
                    write_tod(&mut v, p.map(Tod::Part));
                    v
                }
                SetKind::Part(p) => format!("XXXX-XX-XXT{}", p.code()),
                SetKind::Literal(v) => v.to_string(),
            };
            Resolved::new(TimexType::Set, value, Anchor::None)
        }
        Expr::Ref(r) => Resolved::new(TimexType::Time, r.value().to_string(), Anchor::None),
        Expr::Clock { h, m, utc, day } => {
            let tod = Some(Tod::Clock(h, m));
            let mut r = match day {
                Some(DayWord::Weekday(w)) => weekday_day(w, None, false, tod, cx),
                Some(DayWord::Deictic(n)) => match reference {
                    Some(r) => day_value(r.add_days(i64::from(n)), tod, cx.ref_anchor),
                    None => unresolved_day(tod),
                },
                None => match cx.day_context {
                    Some((d, anchor)) => day_value(d, tod, anchor),
                    None => unresolved_day(tod),
                },
            };
            if utc {
                r.value.push('Z');
            }
            r
        }
        Expr::Part { part, weekday } => {
            let tod = Some(Tod::Part(part));
            match (weekday, cx.day_context) {
                (Some(w), _) => weekday_day(w, None, false, tod, cx),
                (None, Some((d, anchor))) => day_value(d, tod, anchor),
                (None, None) => unresolved_day(tod),
            }
        }
        Expr::PartAdj(p) => Resolved::new(TimexType::Time, format!("T{}", p.code()), Anchor::None),
        Expr::Here => match reference {
            Some(r) => day_value(r, None, cx.ref_anchor),
            None => Resolved::new(TimexType::Time, RefKind::Present.value().to_string(), Anchor::None),
        },
        Expr::Moment => match cx.last_value {
            Some(v) => Resolved::new(TimexType::Time, v.to_string(), Anchor::Narrative),
            None => Resolved::new(TimexType::Time, RefKind::Present.value().to_string(), Anchor::None),
        },
        Expr::NewYear => match known {
            Some(r) => {
                let y = r.date.year() + i32::from(r.date.month() > 6);
                Resolved::new(TimexType::Date, format!("{y:04}"), cx.ref_anchor)
            }
            None => Resolved::new(TimexType::Date, "XXXX".to_string(), Anchor::None),
        },
        Expr::NthWeekday { n, weekday, within, year } => {
            let date_in = |y: i32| nth_weekday_date(y, n, weekday, within);
            let (date, anchor) = if let Some(y) = year {
                (date_in(expand_year(y, reference)), Anchor::Absolute)
            } else if let Some(y) = cx.sentence_year {
                (date_in(y), Anchor::Narrative)
            } else if let Some(r) = known {
                let y = r.date.year();
                (pick(r.date, [date_in(y - 1), date_in(y), date_in(y + 1)], None, cx.lean), cx.ref_anchor)
            } else {
                (None, Anchor::None)
            };
            match date {
                Some(d) => day_value(Day::known(d), None, anchor),
                None => Resolved::new(TimexType::Date, "XXXX-XX-XX".to_string(), Anchor::None),
            }
        }
        Expr::Quarter { n, half, year } => {
            let letter = if half { 'H' } else { 'Q' };
            let (y, anchor) = match (year, known) {
                (Some(y), _) => (Some(expand_year(y, reference)), Anchor::Absolute),
                (None, Some(r)) => {
                    let current = if half { (r.date.month() - 1) / 6 + 1 } else { (r.date.month() - 1) / 3 + 1 };
                    let y = r.date.year() - i32::from(cx.lean.is_past() && n > current);
                    (Some(y), cx.ref_anchor)
                }
                (None, None) => (None, Anchor::None),
            };
            let value = match y {
                Some(y) => format!("{y:04}-{letter}{n}"),
                None => format!("XXXX-{letter}{n}"),
            };
            Resolved::new(TimexType::Date, value, anchor)
        }
    }
}

/// The `n`-th weekday `wd` of a month or season of year `y` (the last one
/// for `n` = -1). Seasons start on their usual astronomical dates (20
/// March, 21 June, 22 September, 21 December).
fn nth_weekday_date(y: i32, n: i8, wd: u8, within: Within) -> Option<Date> {
    let (first, last) = match within {
        Within::Month(m) => {
            let first = Date::new(y, m, 1)?;
            (first, first.add_months(1).add_days(-1))
        }
        Within::Season(s) => {
            let (m, d) = [(3, 20), (6, 21), (9, 22), (12, 21)][s as usize % 4];
            let first = Date::new(y, m, d)?;
            (first, first.add_months(3).add_days(-2))
        }
    };
    if n < 0 {
        let back = (i64::from(last.weekday()) - i64::from(wd)).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let ahead = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
    let date = first.add_days(ahead + 7 * (i64::from(n) - 1));
    (date <= last).then_some(date)
}

fn day_value(day: Day, tod: Option<Tod>, anchor: Anchor) -> Resolved {
    let mut value = String::with_capacity(16);
    day.write(&mut value);
    write_tod(&mut value, tod);
    Resolved { kind: kind_of(tod), value, anchor, day: Some(day) }
}

fn unresolved_day(tod: Option<Tod>) -> Resolved {
    let mut value = String::from("XXXX-XX-XX");
    write_tod(&mut value, tod);
    Resolved::new(kind_of(tod), value, Anchor::None)
}

/// A weekday, relative to the reference (or to the narrative for
/// `suivant`, `précédent`).
fn weekday_day(wd: u8, rel: Option<Rel>, this: bool, tod: Option<Tod>, cx: &Context<'_>) -> Resolved {
    let narrative = matches!(rel, Some(Rel::After | Rel::Before));
    let (base, anchor) = match (narrative, cx.narrative, cx.reference) {
        (true, Some(n), _) if n.known_year => (Some(n), Anchor::Narrative),
        (_, _, Some(r)) if r.known_year => (Some(r), cx.ref_anchor),
        _ => (None, Anchor::None),
    };
    match base {
        Some(b) => day_value(Day::known(weekday_date(b.date, wd, rel, this, cx.lean)), tod, anchor),
        None => {
            let mut value = format!("XXXX-WXX-{wd}");
            write_tod(&mut value, tod);
            Resolved::new(kind_of(tod), value, Anchor::None)
        }
    }
}

fn calendar(c: &Cal, cx: &Context<'_>) -> Resolved {
    let reference = cx.reference;
    let known = reference.filter(|r| r.known_year);
    let year = c.year.map(|y| expand_year(y, reference));
    let kind = kind_of(c.tod);
    match (year, c.month, c.day) {
        (Some(y), Some(m), Some(d)) => match Date::new(y, m, d) {
            Some(date) => day_value(Day::known(date), c.tod, Anchor::Absolute),
            None => Resolved::new(kind, format!("{y:04}-{m:02}-{d:02}"), Anchor::Absolute),
        },
        (Some(y), Some(m), None) => Resolved::new(kind, format!("{y:04}-{m:02}"), Anchor::Absolute),
        (Some(y), None, _) => Resolved::new(kind, format!("{y:04}"), Anchor::Absolute),
        (None, Some(m), Some(d)) => {
            if let (Some(y), None) = (cx.sentence_year, c.rel) {
                if let Some(date) = Date::new(y, m, d).filter(|d| c.weekday.is_none_or(|wd| d.weekday() == wd)) {
                    return day_value(Day::known(date), c.tod, Anchor::Narrative);
                }
            }
            if let Some(r) = known {
                let y = r.date.year();
                let cands = [Date::new(y - 1, m, d), Date::new(y, m, d), Date::new(y + 1, m, d)];
                // A weekday that only one candidate year agrees with decides.
                let by_weekday = c.weekday.and_then(|wd| {
                    let mut fits = cands.iter().flatten().filter(|d| d.weekday() == wd);
                    let first = fits.next().copied();
                    if fits.next().is_some() { None } else { first }
                });
                if let Some(date) = by_weekday.or_else(|| pick(r.date, cands, c.rel, cx.lean)) {
                    return day_value(Day::known(date), c.tod, cx.ref_anchor);
                }
            }
            match Day::unknown_year(m, d) {
                Some(day) => {
                    let anchor = if reference.is_some() { cx.ref_anchor } else { Anchor::None };
                    let mut r = day_value(day, c.tod, anchor);
                    r.anchor = if known.is_some() { r.anchor } else { Anchor::None };
                    r
                }
                None => Resolved::new(kind, format!("XXXX-{m:02}-{d:02}"), Anchor::None),
            }
        }
        (None, Some(m), None) => {
            if let (Some(y), None) = (cx.sentence_year, c.rel) {
                return Resolved::new(kind, format!("{y:04}-{m:02}"), Anchor::Narrative);
            }
            match known {
                Some(r) => {
                    let y = r.date.year();
                    let cands = [Date::new(y - 1, m, 1), Date::new(y, m, 1), Date::new(y + 1, m, 1)];
                    let this_month = Date::new(r.date.year(), r.date.month(), 1).unwrap_or(r.date);
                    let date = pick(this_month, cands, c.rel, cx.lean).unwrap_or(this_month);
                    Resolved::new(kind, format!("{:04}-{m:02}", date.year()), cx.ref_anchor)
                }
                None => Resolved::new(kind, format!("XXXX-{m:02}"), Anchor::None),
            }
        }
        (None, None, Some(d)) => match (c.weekday, known) {
            // `le samedi 11`: the nearest month whose 11th is a Saturday.
            (Some(wd), Some(r)) => {
                let fits = (-3i64..=3)
                    .filter_map(|k| {
                        let m = r.date.add_months(k);
                        Date::new(m.year(), m.month(), d)
                    })
                    .filter(|date| date.weekday() == wd)
                    .min_by_key(|date| r.date.days_until(*date).abs());
                match fits {
                    Some(date) => day_value(Day::known(date), c.tod, cx.ref_anchor),
                    None => weekday_day(wd, c.rel, c.this, c.tod, cx),
                }
            }
            (Some(wd), None) => weekday_day(wd, c.rel, c.this, c.tod, cx),
            (None, _) => unresolved_day(c.tod),
        },
        (None, None, None) => match c.weekday {
            Some(wd) => weekday_day(wd, c.rel, c.this, c.tod, cx),
            None => unresolved_day(c.tod),
        },
    }
}

/// `cette semaine`, `le mois dernier`, `l’année suivante`, `ce week-end`,
/// `le siècle dernier`.
fn period(unit: Unit, count: f64, offset: i8, narrative: bool, cx: &Context<'_>) -> Resolved {
    let (base, anchor) = match (narrative, cx.narrative, cx.reference) {
        (true, Some(n), _) => (Some(n), Anchor::Narrative),
        (_, _, Some(r)) => (Some(r), cx.ref_anchor),
        _ => (None, Anchor::None),
    };
    let offset = i64::from(offset);
    let count = count.round() as i64;
    let unresolved = |v: &str| Resolved::new(TimexType::Date, v.to_string(), Anchor::None);
    let Some(base) = base else {
        return unresolved(match unit {
            Unit::Week => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            _ => "XXXX",
        });
    };
    let d = base.date;
    let value = match unit {
        Unit::Week | Unit::Weekend if !base.known_year => return unresolved("XXXX-WXX"),
        Unit::Week => {
            let (y, w) = d.add_days(7 * offset).iso_week();
            format!("{y:04}-W{w:02}")
        }
        Unit::Weekend => {
            let on_weekend = d.weekday() >= 6;
            let day = match offset {
                0 if cx.lean.is_past() && !on_weekend => d.add_days(-7),
                0 => d,
                o if o < 0 => d.add_days(-7),
                _ if on_weekend => d.add_days(7),
                _ => d,
            };
            let (y, w) = day.iso_week();
            format!("{y:04}-W{w:02}-WE")
        }
        Unit::Month if count == 3 || count == 6 => {
            let moved = base.add_months(offset * count);
            let n = (moved.date.month() - 1) / count as u8 + 1;
            let letter = if count == 3 { 'Q' } else { 'H' };
            if base.known_year { format!("{:04}-{letter}{n}", moved.date.year()) } else { format!("XXXX-{letter}{n}") }
        }
        Unit::Month => {
            let mut v = String::with_capacity(7);
            base.add_months(offset).write_month(&mut v);
            v
        }
        _ if !base.known_year => return unresolved("XXXX"),
        Unit::Year if count >= 100 => format!("{:02}XX", i64::from(d.year()) / 100 + offset),
        Unit::Year if count >= 10 => format!("{}X", i64::from(d.year()) / 10 + offset),
        Unit::Year => format!("{:04}", i64::from(d.year()) + offset),
        _ => return unresolved("XXXX-XX-XX"),
    };
    Resolved::new(TimexType::Date, value, anchor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_sundays() {
        for (y, m, d) in [(1999, 4, 4), (2000, 4, 23), (2021, 4, 4), (2024, 3, 31), (2012, 4, 8)] {
            assert_eq!(easter(y), Date::new(y, m, d), "{y}");
        }
    }

    #[test]
    fn ordinal_weekdays() {
        let d = |y, n, wd, w| nth_weekday_date(y, n, wd, w).map(|d| d.to_string());
        assert_eq!(d(2000, 1, 7, Within::Season(0)).as_deref(), Some("2000-03-26"));
        assert_eq!(d(2021, 1, 1, Within::Month(12)).as_deref(), Some("2021-12-06"));
        assert_eq!(d(2021, -1, 7, Within::Month(10)).as_deref(), Some("2021-10-31"));
        assert_eq!(d(2021, 5, 1, Within::Month(2)), None);
    }

    #[test]
    fn two_digit_years() {
        let r = Some(Day::known(Date::new(1999, 5, 23).unwrap()));
        assert_eq!(expand_year(Year::Two(98), r), 1998);
        assert_eq!(expand_year(Year::Two(2), r), 2002);
        assert_eq!(expand_year(Year::Two(93), Some(Day::known(Date::new(2002, 1, 21).unwrap()))), 1993);
        assert_eq!(expand_year(Year::Two(60), None), 1960);
    }

    #[test]
    fn durations() {
        assert_eq!(duration_value(Some(2.0), Unit::Year), "P2Y");
        assert_eq!(duration_value(Some(30.4), Unit::Second), "PT30.4S");
        assert_eq!(duration_value(Some(1.5), Unit::Hour), "PT1H30M");
        assert_eq!(duration_value(Some(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration_value(None, Unit::Day), "PXD");
        assert_eq!(duration_value(Some(2.5), Unit::Year), "P2.5Y");
    }

    #[test]
    fn weekdays_follow_the_tense() {
        // 2021-12-10 was a Friday.
        let friday = Date::new(2021, 12, 10).unwrap();
        assert_eq!(weekday_date(friday, 2, None, false, Lean::Past).to_string(), "2021-12-07");
        assert_eq!(weekday_date(friday, 2, None, false, Lean::Future).to_string(), "2021-12-14");
        assert_eq!(weekday_date(friday, 5, Some(Rel::Last), false, Lean::None).to_string(), "2021-12-03");
        assert_eq!(weekday_date(friday, 1, Some(Rel::Next), false, Lean::None).to_string(), "2021-12-13");
        assert_eq!(weekday_date(friday, 5, None, true, Lean::None).to_string(), "2021-12-10");
    }
}
