//! Calendar dates: the publication date and the anchors that time
//! expressions resolve against.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, ErrorKind};

/// A date of the proleptic Gregorian calendar.
///
/// ```
/// use depeche::Date;
/// let d: Date = "2021-12-10".parse()?;
/// assert_eq!(d.add_days(-3).to_string(), "2021-12-07");
/// assert_eq!(d.weekday(), 5); // Friday (Monday = 1)
/// # Ok::<(), depeche::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date; `None` when the day does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) || !(-9999..=9999).contains(&year)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// The ISO weekday: 1 for Monday to 7 for Sunday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch().rem_euclid(7) + 3) % 7 + 1) as u8
    }

    /// The date `n` days later (earlier when `n` is negative).
    pub fn add_days(&self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// The same day `n` months later (earlier when negative), clamped to the
    /// month's last day.
    pub fn add_months(&self, n: i64) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = total.div_euclid(12).clamp(-9999, 9999) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days from this date to `other` (positive when `other` is later).
    pub fn days_until(&self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// The ISO 8601 week-numbering year and week (`2021-W49`).
    pub fn iso_week(&self) -> (i32, u8) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = jan1.days_until(thursday) / 7 + 1;
        (thursday.year, week as u8)
    }

    fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days_since_epoch(days: i64) -> Date {
        let z = days.clamp(-4_371_000, 2_932_000) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

/// Is `year` a leap year of the Gregorian calendar?
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of a month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Reads `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::new(ErrorKind::InvalidDate { input: s.to_string() });
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| {
            s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse::<u32>().ok())
        };
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return Err(bad()) };
        Date::new(y as i32, m as u8, d as u8).ok_or_else(bad)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_across_months_years_and_leap_days() {
        let d = Date::new(2012, 2, 28).unwrap();
        assert_eq!(d.add_days(1).to_string(), "2012-02-29");
        assert_eq!(d.add_days(2).to_string(), "2012-03-01");
        assert_eq!(Date::new(2021, 12, 31).unwrap().add_days(1).to_string(), "2022-01-01");
        assert_eq!(Date::new(2012, 3, 31).unwrap().add_months(-1).to_string(), "2012-02-29");
        assert_eq!(Date::new(2012, 1, 15).unwrap().add_months(-13).to_string(), "2010-12-15");
        assert_eq!(Date::new(2013, 2, 29), None);
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        // 2012-06-23 was a Saturday; 2021-12-07 a Tuesday.
        assert_eq!(Date::new(2012, 6, 23).unwrap().weekday(), 6);
        assert_eq!(Date::new(2021, 12, 7).unwrap().weekday(), 2);
        assert_eq!(Date::new(2021, 12, 7).unwrap().iso_week(), (2021, 49));
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
    }

    #[test]
    fn parses_only_iso_dates() {
        assert_eq!("1999-05-17".parse::<Date>().unwrap().to_string(), "1999-05-17");
        for bad in ["1999-5-17", "1999-02-30", "hier", "", "1999-05-17T00"] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }
}
