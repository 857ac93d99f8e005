//! The time lexicon: `src/lexicon/data/time.tsv`, embedded in the library
//! and parsed once into a hash map from folded keys to entries.
//!
//! Every word token of a document is looked up once (see
//! [`super::scan`]); the grammar then reads entries by index, so parsing
//! never hashes a key twice.

use once_cell::sync::Lazy;

/// The embedded lexicon file.
const DATA: &str = include_str!("../lexicon/data/time.tsv");

/// A TIMEX3 unit, as durations and period arithmetic use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Year,
}

impl Unit {
    /// The letter of the unit in a TIMEX3 duration (`P2Y`, `PT30M`).
    pub fn letter(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute | Unit::Month => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Weekend => "WE",
            Unit::Year => "Y",
        }
    }

    /// True for the units written after `T` in a duration.
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// A part of the day, as TIMEX3 writes it after `T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

impl Part {
    /// `MO`, `AF`, `EV`, `NI`, `DT`.
    pub fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night => "NI",
            Part::Daytime => "DT",
        }
    }

    fn parse(s: &str) -> Option<Part> {
        Some(match s {
            "MO" => Part::Morning,
            "AF" => Part::Afternoon,
            "EV" => Part::Evening,
            "NI" => Part::Night,
            "DT" => Part::Daytime,
            _ => return None,
        })
    }
}

/// Which way a relative word points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// `dernier`: the last one before the reference.
    Last,
    /// `prochain`: the next one after the reference.
    Next,
    /// `suivant`: the one after the narrative's.
    After,
    /// `précédent`: the one before the narrative's.
    Before,
}

/// The three vague references of TIMEX3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RefKind {
    Present,
    Past,
    Future,
}

impl RefKind {
    /// The TIMEX3 value.
    pub fn value(self) -> &'static str {
        match self {
            RefKind::Present => "PRESENT_REF",
            RefKind::Past => "PAST_REF",
            RefKind::Future => "FUTURE_REF",
        }
    }

    fn parse(s: &str) -> Option<RefKind> {
        Some(match s {
            "PRESENT_REF" => RefKind::Present,
            "PAST_REF" => RefKind::Past,
            "FUTURE_REF" => RefKind::Future,
            _ => return None,
        })
    }
}

/// A feast day: fixed in the calendar or a number of days from Easter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u8, u8),
    Easter(i16),
}

/// Which part of a period an edge word takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edge {
    Start,
    Mid,
    End,
}

/// Everything the lexicon says about one key. A key can have several
/// classes; unused ones stay empty. The fields are the classes of
/// `time.tsv`, whose header says what each holds.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entry {
    /// `month`: 1 to 12.
    pub month: Option<u8>,
    /// `weekday`: 1 (Monday) to 7.
    pub weekday: Option<u8>,
    /// `weekdays`: the plural of a weekday (`lundis`).
    pub weekdays: Option<u8>,
    /// `number`: a cardinal in words.
    pub number: Option<u32>,
    /// `ordinal`: an ordinal in words.
    pub ordinal: Option<u32>,
    /// `collective`: `dizaine` and the like.
    pub collective: Option<u32>,
    /// `vague`: `plusieurs`, `quelques`.
    pub vague: bool,
    /// `unit`: the unit and how many of it the word makes.
    pub unit: Option<(Unit, f64)>,
    /// `term`: a duration named by one noun.
    pub term: Option<&'static str>,
    /// `part`: a part of the day.
    pub part: Option<Part>,
    /// `partadj`: an adjective of a part of the day.
    pub partadj: Option<Part>,
    /// `clockword`: `midi`, `minuit`.
    pub clockword: Option<(u8, u8)>,
    /// `season`: 0 (spring) to 3 (winter).
    pub season: Option<u8>,
    /// `holiday`: a feast day.
    pub holiday: Option<Holiday>,
    /// `deictic`: days from the publication date.
    pub deictic: Option<i8>,
    /// `anaphor`: days from the narrative's date.
    pub anaphor: Option<i8>,
    /// `rel`: `dernier`, `prochain`, `suivant`, `précédent`.
    pub rel: Option<Rel>,
    /// `ref`: an adverb of a vague time.
    pub reference: Option<RefKind>,
    /// `refadj`: an adjective or noun of a vague time.
    pub refadj: Option<RefKind>,
    /// `setadj`: an adjective of frequency.
    pub setadj: Option<&'static str>,
    /// `edge`: `début`, `fin`, `milieu`, `courant`.
    pub edge: Option<Edge>,
    /// `approx`: `environ`, `près`, `plus`, `moins`.
    pub approx: bool,
    /// `prefix`: a word that opens expressions.
    pub prefix: bool,
    /// `aux`: an auxiliary of compound past tenses.
    pub aux: bool,
    /// `futaux`: a verb that announces a future.
    pub futaux: bool,
    /// `noverb`: a word that only looks like a verb form.
    pub noverb: bool,
    /// `func`: a function word.
    pub func: bool,
    /// `cue`: a word that opens an expression with others.
    pub cue: bool,
    /// `said`: the present of a reporting verb.
    pub said: bool,
    /// `participle`: also a past participle.
    pub participle: bool,
    /// `clause`: a word that opens a clause.
    pub clause: bool,
    /// `inner`: a word the grammar uses inside expressions.
    pub inner: bool,
    /// Computed once: [`Entry::is_trigger`].
    pub trigger: bool,
    /// Computed once: [`Entry::is_opener`].
    pub opener: bool,
}

impl Entry {
    /// True when the word can carry a time expression by itself, so that
    /// the grammar is worth running around it.
    pub fn is_trigger(&self) -> bool {
        self.month.is_some()
            || self.weekday.is_some()
            || self.weekdays.is_some()
            || self.unit.is_some()
            || self.term.is_some()
            || self.part.is_some()
            || self.partadj.is_some()
            || self.clockword.is_some()
            || self.season.is_some()
            || self.holiday.is_some()
            || self.deictic.is_some()
            || self.anaphor.is_some()
            || self.reference.is_some()
            || self.refadj.is_some()
            || self.setadj.is_some()
            || self.rel.is_some()
            || self.cue
    }

    /// True when the word may open an expression whose trigger comes later
    /// (`le`, `environ`, `début`, a number word).
    pub fn is_opener(&self) -> bool {
        self.prefix
            || self.approx
            || self.edge.is_some()
            || self.number.is_some()
            || self.ordinal.is_some()
            || self.collective.is_some()
            || self.vague
    }
}

/// Reads a key as two words: its first four bytes (zero-padded) and its
/// last four. For keys of up to 8 bytes the pair and the length tell the
/// key, so most lookups need no byte-by-byte comparison; the few branches
/// keep the lookup of every word of a document cheap.
#[inline]
fn words(b: &[u8]) -> (u32, u32) {
    let n = b.len();
    // One load for the usual key of four bytes or more; byte by byte,
    // zero-padded, for the short ones.
    let first = match b.first_chunk::<4>() {
        Some(c) => u32::from_le_bytes(*c),
        None => {
            let byte = |k: usize| u32::from(b.get(k).copied().unwrap_or(0));
            byte(0) | byte(1) << 8 | byte(2) << 16
        }
    };
    let last = b.get(n.saturating_sub(4)..).and_then(|s| s.first_chunk::<4>()).map_or(0, |c| u32::from_le_bytes(*c));
    (first, last)
}

/// Mixes a key's words and length into a hash.
#[inline]
fn hash((a, c): (u32, u32), n: usize) -> u64 {
    ((u64::from(a) | (u64::from(c) << 32)) ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// One slot of the lookup table: twelve bytes, so that the table of the
/// whole lexicon stays in the first-level cache.
#[derive(Clone, Copy)]
struct Slot {
    words: (u32, u32),
    len: u16,
    entry: u16,
}

const EMPTY: Slot = Slot { words: (0, 0), len: 0, entry: NONE };

/// The parsed lexicon: entries, and an open-addressing table from keys to
/// entry indices.
pub(crate) struct Lexicon {
    /// The entries, indexed by the values of the table.
    pub entries: Vec<Entry>,
    slots: Vec<Slot>,
    /// The key of each entry, for the keys longer than the slot's words.
    keys: Vec<&'static str>,
    /// `64 - log2(slots.len())`: the hash's top bits pick a slot.
    shift: u32,
    /// The longest key, in bytes: longer words are not looked up.
    max_len: usize,
}

/// The lexicon, parsed on first use.
pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(|| Lexicon::parse(DATA));

/// "No entry" in a per-token entry index.
pub(crate) const NONE: u16 = u16::MAX;

impl Lexicon {
    /// The index of the entry of `key`, or [`NONE`].
    #[inline]
    pub fn lookup(&self, key: &str) -> u16 {
        self.lookup_bytes(key.as_bytes())
    }

    /// The index of the entry of the key whose bytes are `b`, or [`NONE`].
    #[inline]
    pub fn lookup_bytes(&self, b: &[u8]) -> u16 {
        let n = b.len();
        if n == 0 || n > self.max_len {
            return NONE;
        }
        let w = words(b);
        let (i1, i2) = self.places(hash(w, n));
        let (s1, s2) = (self.slots[i1], self.slots[i2]);
        // Two fixed places and no probing loop: every word of every
        // document goes through here, and the branches stay predictable.
        let fits = |s: Slot| s.words == w && usize::from(s.len) == n;
        let entry = if fits(s1) {
            s1.entry
        } else if fits(s2) {
            s2.entry
        } else {
            return NONE;
        };
        if n <= 8 || self.keys[usize::from(entry)].as_bytes() == b {
            return entry;
        }
        // A long key that shares its first and last bytes with another.
        [s1, s2]
            .into_iter()
            .find(|&s| fits(s) && self.keys[usize::from(s.entry)].as_bytes() == b)
            .map_or(NONE, |s| s.entry)
    }

    /// The two slots where a key with hash `h` may sit (cuckoo hashing).
    #[inline]
    fn places(&self, h: u64) -> (usize, usize) {
        let second = (h ^ h >> 29).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((h >> self.shift) as usize, (second >> self.shift) as usize)
    }

    /// The entry of `key`, if any.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        match self.lookup(key) {
            NONE => None,
            i => Some(&self.entries[i as usize]),
        }
    }

    /// Parses the TSV text. Malformed lines are a bug in the embedded file,
    /// which the unit tests catch; at run time they are skipped.
    fn parse(data: &'static str) -> Lexicon {
        let mut keys: Vec<&'static str> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut index: std::collections::HashMap<&'static str, usize> = std::collections::HashMap::new();
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(key), Some(class), Some(value)) = (cols.next(), cols.next(), cols.next()) else { continue };
            let i = *index.entry(key).or_insert_with(|| {
                keys.push(key);
                entries.push(Entry::default());
                entries.len() - 1
            });
            apply(&mut entries[i], class, value);
        }
        for e in &mut entries {
            e.trigger = e.is_trigger();
            e.opener = e.is_opener();
        }
        let mut size = (keys.len() * 2).next_power_of_two().max(16);
        // The table only grows if the keys cannot be placed, which the
        // unit tests would show; past a bound it stays empty rather than
        // loop or panic.
        let slots = loop {
            if let Some(slots) = cuckoo(&keys, size) {
                break slots;
            }
            size *= 2;
            if size > 1 << 16 {
                size = 16;
                break vec![EMPTY; size];
            }
        };
        let shift = 64 - size.trailing_zeros();
        let max_len = keys.iter().map(|k| k.len()).max().unwrap_or(0);
        Lexicon { entries, slots, keys, shift, max_len }
    }
}

/// Places every key in one of its two slots of a table of `size` slots,
/// moving earlier keys to their other slot when needed; `None` when the
/// table is too small.
fn cuckoo(keys: &[&'static str], size: usize) -> Option<Vec<Slot>> {
    let shift = 64 - size.trailing_zeros();
    let places = |w: (u32, u32), n: usize| {
        let h = hash(w, n);
        let second = (h ^ h >> 29).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((h >> shift) as usize, (second >> shift) as usize)
    };
    let mut slots = vec![EMPTY; size];
    for (i, key) in keys.iter().enumerate() {
        let mut slot = Slot { words: words(key.as_bytes()), len: key.len() as u16, entry: i as u16 };
        let mut at = places(slot.words, key.len()).0;
        for _ in 0..=size {
            std::mem::swap(&mut slots[at], &mut slot);
            if slot.entry == NONE {
                break;
            }
            // Move the key that was there to its other place.
            let (a, b) = places(slot.words, usize::from(slot.len));
            at = if a == at { b } else { a };
        }
        if slot.entry != NONE {
            return None;
        }
    }
    Some(slots)
}

/// Sets the field of `class` in `entry`.
fn apply(entry: &mut Entry, class: &str, value: &'static str) -> bool {
    let num = || value.trim_start_matches('+').parse::<i32>().ok();
    match class {
        "month" => entry.month = num().map(|n| n as u8),
        "weekday" => entry.weekday = num().map(|n| n as u8),
        "weekdays" => entry.weekdays = num().map(|n| n as u8),
        "number" => entry.number = num().map(|n| n as u32),
        "ordinal" => entry.ordinal = num().map(|n| n as u32),
        "collective" => entry.collective = num().map(|n| n as u32),
        "vague" => entry.vague = true,
        "unit" => entry.unit = parse_unit(value),
        "term" => entry.term = Some(value),
        "part" => entry.part = Part::parse(value),
        "partadj" => entry.partadj = Part::parse(value),
        "clockword" => {
            let (h, m) = value.split_once(':').unwrap_or(("", ""));
            entry.clockword = h.parse().ok().zip(m.parse().ok());
        }
        "season" => {
            entry.season = match value {
                "SP" => Some(0),
                "SU" => Some(1),
                "FA" => Some(2),
                "WI" => Some(3),
                _ => None,
            }
        }
        "holiday" => {
            entry.holiday = if let Some(offset) = value.strip_prefix('E') {
                offset.trim_start_matches('+').parse().ok().map(Holiday::Easter)
            } else {
                let (m, d) = value.split_once('-').unwrap_or(("", ""));
                m.parse().ok().zip(d.parse().ok()).map(|(m, d)| Holiday::Fixed(m, d))
            }
        }
        "deictic" => entry.deictic = num().map(|n| n as i8),
        "anaphor" => entry.anaphor = num().map(|n| n as i8),
        "rel" => {
            entry.rel = match value {
                "-1" => Some(Rel::Last),
                "+1" => Some(Rel::Next),
                "n+1" => Some(Rel::After),
                "n-1" => Some(Rel::Before),
                _ => None,
            }
        }
        "ref" => entry.reference = RefKind::parse(value),
        "refadj" => entry.refadj = RefKind::parse(value),
        "setadj" => entry.setadj = Some(value),
        "edge" => {
            entry.edge = match value {
                "START" => Some(Edge::Start),
                "MID" => Some(Edge::Mid),
                "END" => Some(Edge::End),
                _ => None,
            }
        }
        "approx" => entry.approx = true,
        "prefix" => entry.prefix = true,
        "aux" => entry.aux = true,
        "futaux" => entry.futaux = true,
        "noverb" => entry.noverb = true,
        "func" => entry.func = true,
        "cue" => entry.cue = true,
        "said" => entry.said = true,
        "participle" => entry.participle = true,
        "clause" => entry.clause = true,
        "inner" => entry.inner = true,
        _ => return false,
    }
    true
}

/// Reads `1D`, `6M`, `100Y`, `1MIN`.
fn parse_unit(value: &str) -> Option<(Unit, f64)> {
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    let count: f64 = value[..digits].parse().ok()?;
    let unit = match &value[digits..] {
        "S" => Unit::Second,
        "MIN" => Unit::Minute,
        "H" => Unit::Hour,
        "D" => Unit::Day,
        "W" => Unit::Week,
        "WE" => Unit::Weekend,
        "M" => Unit::Month,
        "Y" => Unit::Year,
        _ => return None,
    };
    Some((unit, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_file_is_understood() {
        for (n, line) in DATA.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "line {}: {line:?}", n + 1);
            let mut entry = Entry::default();
            assert!(apply(&mut entry, cols[1], cols[2]), "line {}: unknown class {:?}", n + 1, cols[1]);
            let set = format!("{entry:?}") != format!("{:?}", Entry::default());
            assert!(set, "line {}: value {:?} not understood", n + 1, cols[2]);
            assert_eq!(crate::text::fold::fold(cols[0]), cols[0], "line {}: key not folded", n + 1);
        }
    }

    #[test]
    fn keys_with_several_classes_keep_them_all() {
        for key in ["a", "à", "le", "l'", "été", "aujourd'hui", "saint-sylvestre", "quatre"] {
            assert!(LEXICON.get(key).is_some(), "{key}");
        }
        for key in ["b", "lee", "étés", "aujourd'huix", "", "saint-sylvestra"] {
            assert!(LEXICON.get(key).is_none(), "{key}");
        }
        let sept = LEXICON.get("sept").unwrap();
        assert_eq!(sept.number, Some(7));
        assert_eq!(sept.month, Some(9));
        assert_eq!(LEXICON.get("semestre").unwrap().unit, Some((Unit::Month, 6.0)));
        assert_eq!(LEXICON.get("pentecôte").unwrap().holiday, Some(Holiday::Easter(49)));
        assert!(LEXICON.get("bonjour").is_none());
    }
}
