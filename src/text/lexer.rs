//! The lexer: nom parsers over `&str` that cut French news text into
//! [`Token`]s with byte spans, kinds and flags.
//!
//! The lexer allocates nothing per token: tokens go into one vector and
//! their folded keys into one string, both owned by the document.

use std::ops::Range;

use nom::IResult;
use nom::Parser;
use nom::bytes::complete::{tag_no_case, take_while, take_while_m_n, take_while1};
use nom::character::complete::{char as one_char, satisfy};
use nom::combinator::{not, opt, peek, recognize};
use nom::multi::fold_many0;
use nom::sequence::{pair, preceded};

use super::fold::{fold_into_string, is_apostrophe, is_combining_mark};
use super::letters::{BLOCK, lower_letters};
use super::token::{Token, TokenFlags, TokenKind};

/// Elided words: the letters before an apostrophe that French writes
/// without their final vowel. `presqu’île`, `aujourd’hui` and `quelqu’un`
/// are single words and are not listed.
const ELISIONS: &[&str] = &["c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

/// Subject pronouns that follow their verb in an inversion (`a-t-il`,
/// `dit-elle`, `est-ce`).
const INVERTED_PRONOUNS: &[&str] = &["je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce"];

/// Hyphenated words whose last part looks like an inverted pronoun but is
/// not one.
const NOT_INVERSIONS: &[&str] = &["rendez-vous", "chez-nous", "chez-soi", "sans-abri"];

/// Abbreviations written with a final period, which the period belongs to.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "etc", "av", "apr", "cf", "env",
    "hab", "vol", "chap", "art", "fig", "éd", "coll", "gén", "col", "cdt", "lt", "sgt", "bd", "p", "pp", "ibid", "op",
    "cit", "vs", "Vve", "Cie", "Éts", "No", "n°", "tél", "ex", "max", "min", "sq", "resp",
];

/// True for every character the lexer treats as a space: Unicode white
/// space (including U+00A0, U+202F, U+2009) and the invisible zero-width
/// space, word joiner and byte-order mark.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Spaces that may separate digit groups in `1 000`.
#[inline]
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// A run of ASCII letters and digits and Latin-1 letters (`à` to `ÿ`,
/// `À` to `Þ`, but `×` and `÷`): the fast path of the lexer. Lower-case
/// ASCII letters are scanned eight bytes at a time; anything else stops
/// the scan and is looked at alone. Returns the run's length and what it
/// holds besides lower case letters ([`FIRST_UPPER`], [`CASED`],
/// [`LATIN1`], [`LATIN1_UPPER`]).
#[inline(always)]
fn latin_run(b: &[u8]) -> (usize, u8) {
    let mut seen = 0;
    let mut i = 0;
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        seen = FIRST_UPPER;
        i = 1;
    }
    loop {
        i = lower_run(b, i);
        match b[i..] {
            [c, ..] if c.is_ascii_alphanumeric() => {
                seen |= CASED;
                i += 1;
            }
            // A Latin-1 letter.
            [0xC3, second, ..] if second >= 0x80 && second != 0x97 && second != 0xB7 => {
                seen |= if second <= 0x9E { LATIN1 | LATIN1_UPPER } else { LATIN1 };
                i += 2;
            }
            _ => return (i, seen),
        }
    }
}

/// The offset of the first byte from `i` on that is no lower-case ASCII
/// letter, scanning eight bytes at a time.
#[inline(always)]
fn lower_run(b: &[u8], mut i: usize) -> usize {
    loop {
        let stop = not_lower(load8(b, i));
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
}

/// The high bit of every byte of `x` that is no lower-case ASCII letter
/// (SWAR). Each byte is reduced to seven bits, so that adding a constant
/// to it never carries into the next, and the high bit of the sum tells
/// whether the byte reached a bound.
#[inline(always)]
fn not_lower(x: u64) -> u64 {
    let low7 = x & !HIGH_BITS;
    let below_a = !(low7 + splat(0x80 - b'a'));
    let above_z = low7 + splat(0x7F - b'z');
    (below_a | above_z | x) & HIGH_BITS
}

/// In a run: some ASCII letter but the first is upper case, or some byte
/// is a digit.
const CASED: u8 = 1;
/// In a run: some Latin-1 letter (`à`, `É`).
const LATIN1: u8 = 2;
/// In a run: some Latin-1 letter is upper case (`À` to `Þ`).
const LATIN1_UPPER: u8 = 4;
/// In a run: the first byte is an upper-case ASCII letter.
const FIRST_UPPER: u8 = 8;

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte of a `u64`.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// Eight bytes of `b` from `i` on, the first in the low byte; zeros past
/// the end.
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..i + 8) {
        Some(chunk) => {
            u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]])
        }
        None => {
            let mut buf = [0u8; 8];
            let rest = b.get(i..).unwrap_or_default();
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

/// The [lower-case letter mask](lower_letters) of the 64 bytes of `bytes`
/// from `base` on; bytes past the end count as zeros, which are no letters.
#[inline(always)]
fn letters_from(bytes: &[u8], base: usize) -> u64 {
    match bytes.get(base..).and_then(<[u8]>::first_chunk::<BLOCK>) {
        Some(block) => lower_letters(block),
        None => {
            let mut block = [0u8; BLOCK];
            let rest = bytes.get(base..).unwrap_or_default();
            block[..rest.len()].copy_from_slice(rest);
            lower_letters(&block)
        }
    }
}

/// The length of the lower-case word `offset` bytes into a block whose
/// [letter mask](lower_letters) is `letters`, its first letter maybe an
/// ASCII capital (`capital`): the count of letter bits from there. A word
/// may start past the block (after a mark and a space that cross its end):
/// the shift then wraps, and whatever length it gives reaches the block's
/// end with the offset, which sends the word to a new block.
#[inline(always)]
fn run_len(letters: u64, offset: usize, capital: bool) -> usize {
    (!(letters.wrapping_shr(offset as u32) | u64::from(capital))).trailing_zeros() as usize
}

/// A run of letters, digits and combining marks.
fn segment(input: &str) -> IResult<&str, &str> {
    take_while1(is_word_char)(input)
}

/// A hyphen or an apostrophe that joins two segments of one word.
fn joiner(input: &str) -> IResult<&str, char> {
    let (rest, c) = satisfy(|c| is_hyphen(c) || is_apostrophe(c))(input)?;
    // Only a letter or digit may follow; `l’ « OTAN »` is not one word.
    peek(satisfy(is_word_char)).parse(rest)?;
    Ok((rest, c))
}

/// A word: segments joined by hyphens and apostrophes (`États-Unis`,
/// `l’OTAN`, `a-t-il`, `aujourd’hui`). Splitting into elisions and
/// inversions happens afterwards, on the recognised slice.
fn compound_word(input: &str) -> IResult<&str, &str> {
    recognize(pair(segment, fold_many0(pair(joiner, segment), || (), |_, _| ()))).parse(input)
}

fn digits(input: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_digit())(input)
}

/// `1 000`, `12 500 000`: digit groups separated by a space of any kind.
fn grouped_digits(input: &str) -> IResult<&str, &str> {
    let group = preceded(
        take_while_m_n(1, 1, is_group_space),
        pair(take_while_m_n(3, 3, |c: char| c.is_ascii_digit()), not(satisfy(|c: char| c.is_ascii_digit()))),
    );
    recognize(pair(take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), fold_many0(group, || (), |_, _| ())))
        .parse(input)
}

/// A cardinal number: `7`, `2012`, `1 000`, `3,5`, `0.75`.
fn number(input: &str) -> IResult<&str, &str> {
    let decimal = pair(satisfy(|c| c == ',' || c == '.'), digits);
    let (rest, int) = grouped_digits(input)?;
    // `2012` has four digits, so `grouped_digits` stops after three: take
    // the whole run when there was no group separator.
    let int_len = if int.bytes().all(|b| b.is_ascii_digit()) { digits(input)?.1.len() } else { int.len() };
    let rest = if int_len > int.len() { &input[int_len..] } else { rest };
    let (rest, _) = opt(decimal).parse(rest)?;
    let len = input.len() - rest.len();
    Ok((rest, &input[..len]))
}

/// A clock time: `14 h 30`, `12H30`, `14h`, `8 h`. The hour part is one or
/// two digits; a letter must not follow (`14 habitants` is no time).
fn clock(input: &str) -> IResult<&str, &str> {
    let spaces = || take_while_m_n(0, 1, is_group_space);
    let minutes = preceded(spaces(), take_while_m_n(2, 2, |c: char| c.is_ascii_digit()));
    let (rest, matched) = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        spaces(),
        satisfy(|c| c == 'h' || c == 'H'),
        opt(minutes),
    ))
    .parse(input)?;
    not(satisfy(is_word_char)).parse(rest)?;
    let hour: u32 = matched.bytes().take_while(u8::is_ascii_digit).fold(0, |h, b| h * 10 + u32::from(b - b'0'));
    if hour > 24 {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, matched))
}

/// The suffix of an ordinal written in figures: `1er`, `1re`, `2e`, `2ème`,
/// `2nd`.
fn ordinal_suffix(input: &str) -> IResult<&str, &str> {
    let Some(suffix) = ORDINAL_SUFFIXES.iter().find(|s| input.starts_with(**s)) else {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    };
    let (s, rest) = input.split_at(suffix.len());
    not(satisfy(is_word_char)).parse(rest)?;
    Ok((rest, s))
}

/// A web address starting with a scheme or `www.`.
fn url(input: &str) -> IResult<&str, &str> {
    let scheme =
        nom::branch::alt((tag_no_case("https://"), tag_no_case("http://"), tag_no_case("ftp://"), tag_no_case("www.")));
    let (_, matched) =
        recognize(pair(scheme, take_while(|c: char| !is_space(c) && c != '»' && c != '«'))).parse(input)?;
    // Trailing punctuation belongs to the sentence, not the address.
    let trimmed = matched.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '’', '”']);
    let len = if trimmed.ends_with('(') || trimmed.len() < 5 { matched.len() } else { trimmed.len() };
    Ok((&input[len..], &input[..len]))
}

fn is_email_local_char(c: char) -> bool {
    is_word_char(c) || matches!(c, '.' | '_' | '-' | '+' | '%')
}

/// An e-mail address: `redaction@journal.fr`.
fn email(input: &str) -> IResult<&str, &str> {
    let local = take_while1(is_email_local_char);
    let domain = take_while1(|c: char| is_word_char(c) || matches!(c, '.' | '-'));
    let (_, matched) = recognize((local, one_char('@'), domain)).parse(input)?;
    let trimmed = matched.trim_end_matches(['.', '-']);
    let at = trimmed.find('@').unwrap_or(0);
    if !trimmed[at..].contains('.') {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    Ok((&input[trimmed.len()..], trimmed))
}

/// `#hashtag` or `@compte`.
fn tag_or_handle(input: &str) -> IResult<&str, &str> {
    recognize(pair(satisfy(|c| c == '#' || c == '@'), take_while1(|c: char| is_word_char(c) || c == '_'))).parse(input)
}

/// Initials with their periods: `J.`, `J.-C.`, `U.S.A.`.
fn initials(input: &str) -> IResult<&str, &str> {
    let initial = || pair(satisfy(|c: char| c.is_uppercase()), one_char('.'));
    let (rest, matched) =
        recognize(pair(initial(), fold_many0(pair(opt(one_char('-')), initial()), || (), |_, _| ()))).parse(input)?;
    // `J.-C.` but not `A.B` without the final period.
    not(satisfy(is_word_char)).parse(rest)?;
    Ok((rest, matched))
}

/// The capitals that start the [roman ordinals](is_roman_ordinal) the fast
/// paths can meet, as a table: one load and one branch, rarely taken,
/// rather than a test of case then one of the letter. Those paths only see
/// words whose first letter alone may be a capital, and `L` or `C` alone
/// makes no ordinal, so `Le`, `La`, `Ce` call nothing.
static ROMAN_START: [bool; 256] = {
    let mut table = [false; 256];
    table[b'I' as usize] = true;
    table[b'V' as usize] = true;
    table[b'X' as usize] = true;
    table
};

/// Roman numeral ordinals: `XXe`, `XVe`, `Ier`, `IIIe`.
fn is_roman_ordinal(word: &[u8]) -> bool {
    let roman_len = word.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')).count();
    if roman_len == 0 || !word[..roman_len].iter().any(|b| matches!(b, b'I' | b'V' | b'X')) {
        return false;
    }
    matches!(&word[roman_len..], b"e" | b"er" | b"\xC3\xA8me" | b"eme" | b"es")
}

/// Cuts `text` into tokens, appending them to `out.tokens`, and writes
/// their folded keys to `out.keys`, which it empties first.
///
/// `out.keys` starts with a copy of `text` whose ASCII letters are
/// lowered: a token whose key is its own text so lowered (most words,
/// numbers and punctuation) points there, so that its key costs no copy.
/// The other keys follow, end to end.
///
/// `out.events` receives the tokens that sentences and quotations turn on.
pub fn lex(text: &str, out: &mut Output) {
    out.keys.clear();
    out.keys.push_str(text);
    out.keys.make_ascii_lowercase();
    let mut lexer =
        Lexer { text, out, pending: TokenFlags::PARAGRAPH_START | TokenFlags::LINE_START, no_email_before: 0 };
    lexer.run();
}

/// The tokens that sentences and quotations turn on, as indices into the
/// tokens, in order: the passes that find sentences and pair quotation
/// marks visit these alone.
#[derive(Clone, Debug, Default)]
pub struct Events {
    /// Line starts, terminal punctuation, abbreviations and initials (see
    /// [`is_sentence_kind`]), for [`super::sentence::segment`].
    pub sentences: Vec<u32>,
    /// Quotation marks, for [`super::quote::pair_quotes`].
    pub quotes: Vec<u32>,
    /// Some web address holds a straight quote `"`: only then can a `"`
    /// of the text be inside a token other than a quotation mark.
    pub quote_in_url: bool,
}

impl Events {
    /// Notes token `index`, of kind `kind` and flags `flags`, where it
    /// belongs.
    #[inline(always)]
    fn note(&mut self, index: usize, kind: TokenKind, flags: u16) {
        if flags & TokenFlags::LINE_START != 0 || is_sentence_kind(kind) {
            self.sentences.push(index as u32);
        }
        if kind.is_quote() {
            self.quotes.push(index as u32);
        }
    }
}

/// True for the kinds of token that [`super::sentence::segment`] looks at,
/// besides line starts.
#[inline(always)]
pub fn is_sentence_kind(kind: TokenKind) -> bool {
    const KINDS: u32 = 1 << TokenKind::Period as u32
        | 1 << TokenKind::Exclamation as u32
        | 1 << TokenKind::Question as u32
        | 1 << TokenKind::Ellipsis as u32
        | 1 << TokenKind::Abbreviation as u32
        | 1 << TokenKind::Initial as u32;
    KINDS & 1 << kind as u32 != 0
}

/// What the lexer writes, in one place: the word chain reaches the three
/// through one pointer, which leaves it a register more than three
/// references would (see [`word_chain`]).
#[derive(Debug, Default)]
pub struct Output {
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// The text with its ASCII letters lowered, then the keys that differ
    /// from it (see [`lex`]), written as whole characters (text slices,
    /// ASCII bytes, folded characters), so they never need checking as
    /// UTF-8.
    pub keys: String,
    /// The tokens that sentences and quotations turn on.
    pub events: Events,
}

struct Lexer<'a> {
    text: &'a str,
    out: &'a mut Output,
    /// Flags that the next token receives (space, line and paragraph
    /// starts seen before it).
    pending: u16,
    /// Byte position before which no e-mail address can start: the end of
    /// the local-part run of the last failed attempt. Every start inside
    /// that run reaches the same end, so fails the same way, and trying
    /// each again would make `a.a.a.…` quadratic.
    no_email_before: usize,
}

/// What the first byte of a token or space says about how to lex it.
const S_OTHER: u8 = 0;
/// `' '`.
const S_SPACE: u8 = 1;
/// An ASCII letter, or 0xC3, the lead byte of Latin-1 letters.
const S_LETTER: u8 = 2;
const S_DIGIT: u8 = 3;
/// ASCII punctuation, symbols and controls that are always a token of one
/// byte.
const S_PUNCT: u8 = 4;
const S_PERIOD: u8 = 5;
/// ASCII white space other than `' '`.
const S_BREAK: u8 = 6;
/// Lead bytes of `«`, `»`, U+00A0 and of the punctuation of U+2000 to
/// U+203F.
const S_C2: u8 = 7;
const S_E2: u8 = 8;

static START: [u8; 256] = {
    let mut table = [S_OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            S_LETTER
        } else if c.is_ascii_digit() {
            S_DIGIT
        } else if c == b' ' {
            S_SPACE
        } else if c.is_ascii_whitespace() {
            S_BREAK
        } else if c == b'.' {
            S_PERIOD
        } else if c == b'#' || c == b'@' {
            S_OTHER
        } else {
            S_PUNCT
        };
        b += 1;
    }
    table[0xC3] = S_LETTER;
    table[0xC2] = S_C2;
    table[0xE2] = S_E2;
    table
};

/// The kind of a one-byte ASCII token (see [`Lexer::punctuation`]); `.`
/// is a period unless an ellipsis starts there.
static ASCII_KIND: [TokenKind; 128] = {
    let mut table = [TokenKind::Symbol; 128];
    table[b'.' as usize] = TokenKind::Period;
    table[b',' as usize] = TokenKind::Comma;
    table[b':' as usize] = TokenKind::Colon;
    table[b';' as usize] = TokenKind::Semicolon;
    table[b'!' as usize] = TokenKind::Exclamation;
    table[b'?' as usize] = TokenKind::Question;
    table[b'-' as usize] = TokenKind::Dash;
    table[b'_' as usize] = TokenKind::Dash;
    table[b'(' as usize] = TokenKind::OpenParen;
    table[b'[' as usize] = TokenKind::OpenParen;
    table[b'{' as usize] = TokenKind::OpenParen;
    table[b')' as usize] = TokenKind::CloseParen;
    table[b']' as usize] = TokenKind::CloseParen;
    table[b'}' as usize] = TokenKind::CloseParen;
    table[b'"' as usize] = TokenKind::QuoteStraight;
    table[b'\'' as usize] = TokenKind::QuoteStraight;
    table[b'`' as usize] = TokenKind::QuoteStraight;
    table
};

/// True when `b` starts with a character that is not a space (by
/// [`is_space`]); false when it might be one, or `b` is empty.
#[inline]
fn starts_non_space(b: &[u8]) -> bool {
    match b {
        [x, ..] if x.wrapping_sub(0x21) < 0x5F => true,
        [0xC3, ..] => true,
        // U+0085 and U+00A0 are spaces.
        [0xC2, y, ..] => *y != 0x85 && *y != 0xA0,
        // U+2000 to U+200B, U+2028, U+2029 and U+202F are spaces.
        [0xE2, 0x80, z, ..] => !matches!(z, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF),
        _ => false,
    }
}

/// The fast path's number: a run of ASCII digits that the general parsers
/// would take as a plain [`TokenKind::Number`]: no clock (`14 h`), digit
/// group (`1 000`), decimal part, ordinal suffix, letter or e-mail address
/// follows. Fails whenever that is unsure.
#[inline]
fn plain_number(input: &str) -> IResult<&str, &str> {
    let b = input.as_bytes();
    let n = b.iter().take_while(|b| b.is_ascii_digit()).count();
    let at = |i: usize| b.get(i).copied();
    let plain = n > 0
        && match at(n) {
            None | Some(b';' | b':' | b'!' | b'?' | b')' | b']' | b'\n' | b'\r' | b'\t' | b'/' | b'"') => true,
            Some(b' ') => match at(n + 1) {
                Some(b'0'..=b'9') => n > 3,
                Some(b'h' | b'H') => n > 2,
                _ => true,
            },
            Some(b',') => !at(n + 1).is_some_and(|b| b.is_ascii_digit()),
            Some(b'.') => matches!(at(n + 1), None | Some(b' ' | b'\n' | b'\r' | b'\t')),
            _ => false,
        };
    if !plain {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit)));
    }
    let (digits, rest) = input.split_at(n);
    Ok((rest, digits))
}

/// The suffixes of ordinals written in figures, in the order they are
/// tried: the first that matches is the suffix, so a longer one comes
/// before the shorter one it starts with.
const ORDINAL_SUFFIXES: [&str; 11] = ["ère", "ème", "eme", "ers", "er", "res", "re", "nde", "nd", "es", "e"];

/// The length in bytes of the digit-group space at the start of `b`
/// (see [`is_group_space`]), or 0.
#[inline]
fn group_space_len(b: &[u8]) -> usize {
    match b {
        [b' ', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        // U+202F, U+2009, U+2007.
        [0xE2, 0x80, 0xAF | 0x89 | 0x87, ..] => 3,
        _ => 0,
    }
}

/// True when what `b` starts with surely ends a number or an ordinal: the
/// end of the text, white space, punctuation that is neither a letter,
/// a digit nor a character of e-mail addresses, or a period or comma that
/// white space follows.
#[inline]
fn ends_number(b: &[u8]) -> bool {
    match b {
        [] | [b' ' | b'\n' | b'\r' | b'\t' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b']' | b'"' | b'/', ..] => true,
        [b',' | b'.'] | [b',' | b'.', b' ' | b'\n' | b'\r' | b'\t', ..] => true,
        // U+00A0, «, ».
        [0xC2, 0xA0 | 0xAB | 0xBB, ..] => true,
        // U+202F, U+2009, U+2007, …, ’, ”, –, —.
        [0xE2, 0x80, 0xAF | 0x89 | 0x87 | 0xA6 | 0x99 | 0x9D | 0x93 | 0x94, ..] => true,
        _ => false,
    }
}

/// The numbers that [`plain_number`] leaves: digit groups (`1 000`),
/// decimals (`3,5`) and ordinals (`1er`, `35e`), read as
/// [`Lexer::numeric`] reads them, with its kind, when that is sure:
/// no clock time may start there (`14 h`), and what follows ends the
/// token for sure (see [`ends_number`]), so that no e-mail address, word
/// or longer token can. `None` leaves the number to the general parsers.
#[inline]
fn grouped_or_decimal(b: &[u8]) -> Option<(usize, TokenKind)> {
    let digits_at = |i: usize| b.get(i..).map_or(0, |rest| rest.iter().take_while(|d| d.is_ascii_digit()).count());
    let is_digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let n = digits_at(0);
    if n == 0 {
        return None;
    }
    // `14 h`, `8h30`: one or two digits, maybe a space, then `h`.
    if n <= 2 {
        let space = group_space_len(&b[n..]);
        if matches!(b.get(n + space), Some(b'h' | b'H')) {
            return None;
        }
    }
    // Digit groups after at most three digits, each a space and three
    // digits that no digit follows.
    let mut end = n;
    if n <= 3 {
        loop {
            let space = group_space_len(&b[end..]);
            if space == 0 || digits_at(end + space) != 3 {
                break;
            }
            end += space + 3;
        }
    }
    // A decimal part.
    if matches!(b.get(end), Some(b',' | b'.')) && is_digit(end + 1) {
        end += 1 + digits_at(end + 1);
    }
    if ends_number(&b[end..]) {
        return Some((end, TokenKind::Number));
    }
    // An ordinal suffix: the first that matches, as `alt` takes it.
    let suffix = ORDINAL_SUFFIXES.iter().find(|s| b[end..].starts_with(s.as_bytes()))?;
    let full = end + suffix.len();
    ends_number(&b[full..]).then_some((full, TokenKind::Ordinal))
}

/// What the byte after a plain word says: it ends the word
/// ([`END_PLAIN`]), it needs a closer look ([`END_SPECIAL`]), or the word is
/// left to the general parsers (0).
static WORD_END: [u8; 256] = {
    let mut table = [0; 256];
    let plain: &[u8] = b" ,;!?)]\n\r\t\"/";
    let mut i = 0;
    while i < plain.len() {
        table[plain[i] as usize] = END_PLAIN;
        i += 1;
    }
    let special: &[u8] = b"'.:\xC2\xE2";
    let mut i = 0;
    while i < special.len() {
        table[special[i] as usize] = END_SPECIAL;
        i += 1;
    }
    table
};
const END_PLAIN: u8 = 1;
const END_SPECIAL: u8 = 2;

/// How a plain word ends (see [`Lexer::word_end`]).
enum WordEnd {
    /// The word is a token by itself.
    Plain,
    /// The word is an elision; its apostrophe takes this many bytes.
    Elided(usize),
    /// The general parsers must read it.
    General,
}

/// True for the words of [`ABBREVIATIONS`].
#[inline]
fn is_abbreviation(word: &[u8]) -> bool {
    let Some(packed) = pack_short(word) else { return false };
    let mut slot = abbreviation_slot(packed);
    loop {
        match ABBREVIATION_TABLE[slot] {
            0 => return false,
            entry if entry == packed => return true,
            _ => slot = (slot + 1) % ABBREVIATION_TABLE.len(),
        }
    }
}

/// A word of one to eight bytes as a `u64`, zero-padded.
const fn pack_short(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    let mut i = 0;
    while i < word.len() {
        buf[i] = word[i];
        i += 1;
    }
    Some(u64::from_le_bytes(buf))
}

const fn abbreviation_slot(packed: u64) -> usize {
    (packed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize
}

/// [`ABBREVIATIONS`] as an open-addressing hash set of packed words.
static ABBREVIATION_TABLE: [u64; 128] = {
    let mut table = [0u64; 128];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        let Some(packed) = pack_short(ABBREVIATIONS[i].as_bytes()) else { panic!("abbreviation too long") };
        let mut slot = abbreviation_slot(packed);
        while table[slot] != 0 && table[slot] != packed {
            slot = (slot + 1) % 128;
        }
        table[slot] = packed;
        i += 1;
    }
    table
};

/// How a plain word `word` (a [`latin_run`] with the classes `seen`) ends,
/// given the bytes after it, `next`, which start with an apostrophe, a
/// period, a colon or a character of two or three bytes.
#[inline(always)]
fn word_ending(word: &[u8], next: &[u8], seen: u8) -> WordEnd {
    let first = word[0];
    if seen & (CASED | FIRST_UPPER) != 0 && is_roman_ordinal(word) {
        return WordEnd::General;
    }
    match next[0] {
        // Two-byte symbols and spaces (U+00A0, «, »), but `´`.
        0xC2 if next.get(1) != Some(&0xB4) => WordEnd::Plain,
        // Three-byte punctuation and spaces (U+202F, …, “, ”), but the
        // hyphens and apostrophes that join words.
        0xE2 if next.get(1) == Some(&0x80) && !matches!(next.get(2), Some(0x90 | 0x91 | 0x98 | 0x99)) => WordEnd::Plain,
        // An elided word before an apostrophe and a letter: `l’OTAN`.
        b'\'' | 0xE2 if is_elision_bytes(word) => {
            let apostrophe = if next[0] == b'\'' {
                1
            } else if next.starts_with("’".as_bytes()) {
                3
            } else {
                return WordEnd::General;
            };
            if next.get(apostrophe).is_some_and(|&b| b.is_ascii_alphabetic() || b == 0xC3) {
                WordEnd::Elided(apostrophe)
            } else {
                WordEnd::General
            }
        }
        // A period after a word ends a sentence, unless the word is an
        // abbreviation or an initial, or a letter follows (`www.x.fr`,
        // `a.b@c.fr`).
        b'.' => {
            if word.len() == 1 && first.is_ascii_uppercase()
                || next.get(1).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'@')
                || is_abbreviation(word)
            {
                WordEnd::General
            } else {
                WordEnd::Plain
            }
        }
        // `http:` and `https:` start addresses; other words before a
        // colon do not.
        b':' if matches!(word, b"http" | b"https" | b"ftp" | b"HTTP" | b"HTTPS") => WordEnd::General,
        b':' => WordEnd::Plain,
        _ => WordEnd::General,
    }
}

/// Pushes the elided word `pos..end` of `text` with its apostrophe, which
/// ends at `after` (`l’`, `qu'`), with the flags `pending`.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn push_elision(
    text: &str,
    tokens: &mut Vec<Token>,
    keys: &mut String,
    events: &mut Events,
    pending: u16,
    pos: usize,
    end: usize,
    after: usize,
) {
    let mut flags = pending | TokenFlags::ELIDED;
    if text.as_bytes()[pos].is_ascii_uppercase() {
        flags |= TokenFlags::CAPITALIZED;
    }
    let key = if after == end + 1 {
        // `l'`: the lowered copy holds the key.
        pos..after
    } else {
        let key_start = keys.len();
        keys.push_str(&text[pos..end]);
        keys[key_start..].make_ascii_lowercase();
        keys.push('\'');
        key_start..keys.len()
    };
    push_keyed(tokens, events, pos, after, key, TokenKind::Word, flags);
}

/// [`Lexer::word_chain`] on the parts of the lexer it uses, passed apart
/// from the lexer: the compiler then knows that the vectors alias nothing
/// else. They come as one [`Output`], whose fields lie at fixed offsets
/// from one pointer, so that the chain spills fewer registers than with a
/// reference to each. Returns where the chain stopped and the flags
/// pending for the next token.
#[inline(never)]
fn word_chain(text: &str, out: &mut Output, mut pending: u16, mut pos: usize) -> (usize, u16) {
    let Output { tokens, keys, events } = out;
    let bytes = text.as_bytes();
    // The lower-case letters of the 64 bytes from `base` on: the length
    // of a word that starts at `pos` is the count of ones from there.
    let mut base = pos;
    let mut letters = letters_from(bytes, base);
    'words: while let Some(&first) = bytes.get(pos) {
        let capital = first.is_ascii_uppercase();
        let mut len = run_len(letters, pos - base, capital);
        // The last byte's letter is unsure (its second byte may lie past
        // the block): a word that reaches it is read again from a block
        // that starts with it, and one that fills that block too is
        // left to `plain_words`.
        if pos - base + len >= BLOCK - 1 {
            if base == pos {
                break;
            }
            base = pos;
            letters = letters_from(bytes, base);
            len = run_len(letters, 0, capital);
            if len >= BLOCK - 1 {
                break;
            }
        }
        let Some(&next) = bytes.get(pos + len) else { break };
        let word = &bytes[pos..pos + len];
        match WORD_END[next as usize] {
            END_PLAIN => {
                if ROMAN_START[first as usize] && is_roman_ordinal(word) {
                    break;
                }
            }
            END_SPECIAL => {
                let seen = if capital { FIRST_UPPER } else { 0 };
                match word_ending(word, &bytes[pos + len..], seen) {
                    WordEnd::Plain => {}
                    WordEnd::Elided(apostrophe) => {
                        push_elision(text, tokens, keys, events, pending, pos, pos + len, pos + len + apostrophe);
                        pending = 0;
                        pos += len + apostrophe;
                        continue;
                    }
                    WordEnd::General => break,
                }
            }
            _ => break,
        }
        let flags = pending | (u16::from(capital) * TokenFlags::CAPITALIZED);
        push_own(tokens, events, pos, pos + len, TokenKind::Word, flags);
        pos += len;
        pending = 0;
        // What follows, up to the next word: marks, quotation marks and
        // the spaces between them, as `run` reads them.
        loop {
            match bytes[pos..] {
                // One space, then the next word.
                [b' ', b, ..] if START[b as usize] == S_LETTER => {
                    pending = TokenFlags::SPACE_BEFORE;
                    pos += 1;
                    continue 'words;
                }
                // A mark of one byte that white space follows (`,`, `.`,
                // `)`), then what follows that.
                [mark, b' ' | b'\n' | b'\r' | b'\t', ..] if matches!(START[mark as usize], S_PUNCT | S_PERIOD) => {
                    push_own(tokens, events, pos, pos + 1, ASCII_KIND[mark as usize & 0x7F], pending);
                    pending = 0;
                    pos += 1;
                }
                // A space and a guillemet (`dit « Non`, `Non » et`), then
                // what follows it.
                [b' ', 0xC2, guillemet @ (0xAB | 0xBB), ..] => {
                    let kind = if guillemet == 0xAB { TokenKind::QuoteOpen } else { TokenKind::QuoteClose };
                    push_own(tokens, events, pos + 1, pos + 3, kind, TokenFlags::SPACE_BEFORE);
                    pending = 0;
                    pos += 3;
                }
                // A no-break space, then the next word (`«\u{a0}Non`).
                [0xC2, 0xA0, b, ..] if START[b as usize] == S_LETTER => {
                    pending = TokenFlags::SPACE_BEFORE;
                    pos += 2;
                    continue 'words;
                }
                // French spacing: a space, a mark of one byte, a space and
                // the next word (`dit : il`, `non ! Il`).
                [b' ', mark, b' ', b, ..]
                    if matches!(START[mark as usize], S_PUNCT | S_PERIOD) && START[b as usize] == S_LETTER =>
                {
                    push_own(
                        tokens,
                        events,
                        pos + 1,
                        pos + 2,
                        ASCII_KIND[mark as usize & 0x7F],
                        TokenFlags::SPACE_BEFORE,
                    );
                    pending = TokenFlags::SPACE_BEFORE;
                    pos += 3;
                    continue 'words;
                }
                [b' ', ..] if starts_non_space(&bytes[pos + 1..]) => {
                    pending = TokenFlags::SPACE_BEFORE;
                    pos += 1;
                    break 'words;
                }
                // A line break, or other white space, then the next word: as
                // `Lexer::ascii_space` reads it.
                [b' ' | b'\n' | b'\r' | b'\t', ..] => {
                    let run = bytes[pos..].iter().take_while(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t')).count();
                    if bytes.get(pos + run).is_none_or(|&b| START[b as usize] != S_LETTER) {
                        break 'words;
                    }
                    let newlines = bytes[pos..pos + run].iter().filter(|&&b| b == b'\n').count();
                    pending = TokenFlags::SPACE_BEFORE;
                    if newlines >= 1 {
                        pending |= TokenFlags::LINE_START;
                    }
                    if newlines >= 2 {
                        pending |= TokenFlags::PARAGRAPH_START;
                    }
                    pos += run;
                    continue 'words;
                }
                _ => break 'words,
            }
        }
    }
    (pos, pending)
}

/// Pushes the token `start..end` of kind `kind` and flags `flags`, whose
/// key is its own text as the lowered copy holds it, noting it among the
/// events.
#[inline(always)]
fn push_own(tokens: &mut Vec<Token>, events: &mut Events, start: usize, end: usize, kind: TokenKind, flags: u16) {
    push_keyed(tokens, events, start, end, start..end, kind, flags);
}

/// Pushes the token `start..end` whose key is `key` in the keys, noting it
/// among the events when it matters to sentences or quotations. Every
/// token goes through here. The key's length is taken as `end - start`:
/// `Range::len` would also test for an empty range, a compare more per
/// token, which the word chain pays for (about 4% of the text layer).
#[inline(always)]
fn push_keyed(
    tokens: &mut Vec<Token>,
    events: &mut Events,
    start: usize,
    end: usize,
    key: Range<usize>,
    kind: TokenKind,
    flags: u16,
) {
    events.note(tokens.len(), kind, flags);
    tokens.push(Token {
        start: start as u32,
        end: end as u32,
        key_start: key.start as u32,
        key_len: (key.end - key.start) as u32,
        kind,
        flags: TokenFlags(flags),
    });
}

impl Lexer<'_> {
    /// Lexes the whole text. The kinds of first byte are tested in turn,
    /// the most frequent first, with plain branches: a jump table on
    /// [`START`] would send every token through one indirect jump, which
    /// processors predict worse.
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let first = bytes[pos];
            let class = START[first as usize];
            let len = if class == S_LETTER {
                self.letters(pos)
            } else if class == S_PUNCT {
                let flags = std::mem::take(&mut self.pending);
                self.emit(pos, pos + 1, ASCII_KIND[first as usize & 0x7F], flags);
                1
            } else if class == S_SPACE && starts_non_space(&bytes[pos + 1..]) {
                // The most common space: one ASCII space before a token.
                self.pending |= TokenFlags::SPACE_BEFORE;
                1
            } else if class == S_C2 || class == S_E2 {
                match self.wide_punctuation(pos) {
                    Some(len) => len,
                    None => self.general(pos),
                }
            } else if class == S_PERIOD {
                self.period(pos)
            } else if class == S_DIGIT {
                self.digits(pos)
            } else if class == S_SPACE || class == S_BREAK {
                self.ascii_space(pos)
            } else {
                self.general(pos)
            };
            pos += len;
        }
    }

    /// A word, or words, at `pos`, which starts with an ASCII letter or a
    /// Latin-1 lead byte: the fast paths in turn, then the general one.
    #[inline(always)]
    fn letters(&mut self, pos: usize) -> usize {
        #[cfg(test)]
        if tests::WITHOUT_CHAIN.get() {
            return self.other_words(pos);
        }
        let after = self.word_chain(pos);
        // The chain stops before any word it cannot read, and would stop
        // there again at once: the other paths read that word now, rather
        // than after a turn of `run` and a call of the chain for nothing.
        let bytes = self.text.as_bytes();
        if after > pos && bytes.get(after).is_none_or(|&b| START[b as usize] != S_LETTER) {
            return after - pos;
        }
        after - pos + self.other_words(after)
    }

    /// The word at `pos`, which [`word_chain`] leaves: the other fast
    /// paths in turn, then the general one.
    #[inline(always)]
    fn other_words(&mut self, pos: usize) -> usize {
        match self.plain_words(pos) {
            after if after > pos => after - pos,
            _ => match self.plain_compound(pos) {
                Some(len) => len,
                None => self.general(pos),
            },
        }
    }

    /// A period or an ellipsis written `...`.
    #[inline]
    fn period(&mut self, pos: usize) -> usize {
        let flags = std::mem::take(&mut self.pending);
        if self.text.as_bytes()[pos + 1..].starts_with(b"..") {
            self.emit(pos, pos + 3, TokenKind::Ellipsis, flags);
            3
        } else {
            self.emit(pos, pos + 1, TokenKind::Period, flags);
            1
        }
    }

    /// A number at `pos`, which starts with a digit.
    #[inline]
    fn digits(&mut self, pos: usize) -> usize {
        match plain_number(&self.text[pos..]) {
            Ok((_, digits)) => {
                let flags = std::mem::take(&mut self.pending) | TokenFlags::HAS_DIGIT;
                self.emit(pos, pos + digits.len(), TokenKind::Number, flags);
                digits.len()
            }
            Err(_) => match grouped_or_decimal(&self.text.as_bytes()[pos..]) {
                Some((len, kind)) => {
                    self.push(pos, pos + len, kind, 0);
                    len
                }
                None => self.general(pos),
            },
        }
    }

    /// The general path for the token or space at `pos`; returns the bytes
    /// consumed.
    #[inline(never)]
    fn general(&mut self, pos: usize) -> usize {
        let rest = &self.text[pos..];
        let first = rest.as_bytes()[0];
        if first.is_ascii_whitespace() || (first >= 0x80 && rest.starts_with(is_space)) {
            return self.skip_space(rest);
        }
        self.token_at(pos, rest)
    }

    /// A run of ASCII white space, as [`Lexer::skip_space`] reads it, when
    /// no other space follows it.
    #[inline]
    fn ascii_space(&mut self, pos: usize) -> usize {
        let bytes = &self.text.as_bytes()[pos..];
        let mut len = 0;
        let mut newlines = 0;
        while let Some(&b) = bytes.get(len) {
            match b {
                b'\n' => newlines += 1,
                b' ' | b'\t' | b'\r' | b'\x0B' | b'\x0C' => {}
                0x80.. if starts_non_space(&bytes[len..]) => break,
                0x80.. => return self.general(pos),
                _ => break,
            }
            len += 1;
        }
        self.pending |= TokenFlags::SPACE_BEFORE;
        if newlines >= 1 {
            self.pending |= TokenFlags::LINE_START;
        }
        if newlines >= 2 {
            self.pending |= TokenFlags::PARAGRAPH_START;
        }
        len
    }

    /// Quotation marks, dashes, the ellipsis and spaces of two and three
    /// bytes (`«`, `»`, `’`, `“`, `”`, `…`, `–`, `—`, U+00A0, U+202F), as
    /// [`Lexer::punctuation`] and [`Lexer::skip_space`] read them.
    #[inline]
    fn wide_punctuation(&mut self, pos: usize) -> Option<usize> {
        let bytes = &self.text.as_bytes()[pos..];
        // The third field: `‘` and `’` fold to `'`, which the lowered copy
        // does not hold; the other marks are their own keys.
        let (kind, len, apostrophe) = match *bytes {
            [0xC2, 0xAB, ..] => (TokenKind::QuoteOpen, 2, false),
            [0xC2, 0xBB, ..] => (TokenKind::QuoteClose, 2, false),
            [0xC2, 0xA0, ..] if starts_non_space(&bytes[2..]) => {
                self.pending |= TokenFlags::SPACE_BEFORE;
                return Some(2);
            }
            [0xE2, 0x80, third, ..] => match third {
                0x99 => (TokenKind::QuoteClose, 3, true),
                0x98 => (TokenKind::QuoteOpen, 3, true),
                // “, „, ‹.
                0x9C | 0x9E | 0xB9 => (TokenKind::QuoteOpen, 3, false),
                // ”, ›.
                0x9D | 0xBA => (TokenKind::QuoteClose, 3, false),
                0xA6 => (TokenKind::Ellipsis, 3, false),
                // U+2010, U+2011, –, —, ―.
                0x90 | 0x91 | 0x93 | 0x94 | 0x95 => (TokenKind::Dash, 3, false),
                0x80..=0x8B | 0xAF if starts_non_space(&bytes[3..]) => {
                    self.pending |= TokenFlags::SPACE_BEFORE;
                    return Some(3);
                }
                _ => return None,
            },
            _ => return None,
        };
        let flags = std::mem::take(&mut self.pending);
        if apostrophe {
            let key_start = self.out.keys.len();
            self.out.keys.push('\'');
            self.push_token(pos, pos + len, key_start..key_start + 1, kind, flags);
        } else {
            self.emit(pos, pos + len, kind, flags);
        }
        Some(len)
    }

    /// Pushes a token whose key is its own text, as the lowered copy holds
    /// it.
    #[inline]
    fn emit(&mut self, start: usize, end: usize, kind: TokenKind, flags: u16) {
        push_own(&mut self.out.tokens, &mut self.out.events, start, end, kind, flags);
    }

    /// The fastest path, for the words of running text: lower-case words of
    /// ASCII and Latin-1 letters, maybe capitalised, that a space, a comma
    /// or another plain ending follows, chained through what comes between
    /// them when it is plain too: a space, a mark of one byte, a line
    /// break, a guillemet set off by a space, a no-break space. Their keys
    /// are their text with the first letter lowered, which the lowered copy
    /// at the start of the keys already holds. Word lengths come from the
    /// [letter mask](lower_letters) of the 64 bytes from the first word on,
    /// taken again from a word that reaches its end. A mask per call rather than one kept from call to
    /// call is faster: the branch that asks whether a kept mask still
    /// serves is mispredicted more often than building one costs. The
    /// chain stops at the text's last word, at words of 63 bytes or more
    /// and at anything else, and [`Lexer::plain_words`] goes on from
    /// there. Returns where it stopped.
    fn word_chain(&mut self, pos: usize) -> usize {
        let (after, pending) = word_chain(self.text, self.out, self.pending, pos);
        self.pending = pending;
        after
    }

    /// The fast path for the bulk of running text: words of ASCII and
    /// Latin-1 letters that nothing joins to the next character (no hyphen,
    /// apostrophe, period or other script), and the single spaces between
    /// them. Returns where it stopped: `pos` itself leaves the token to the
    /// general parsers.
    #[inline(never)]
    fn plain_words(&mut self, mut pos: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            let (len, seen) = latin_run(&bytes[pos..]);
            if len == 0 {
                break;
            }
            let end = pos + len;
            match bytes.get(end).map_or(END_PLAIN, |&b| WORD_END[b as usize]) {
                END_PLAIN => {}
                END_SPECIAL => match word_ending(&bytes[pos..end], &bytes[end..], seen) {
                    WordEnd::Plain => {}
                    WordEnd::Elided(apostrophe) => {
                        self.push_elision(pos, end, end + apostrophe);
                        // The word after the apostrophe follows at once.
                        pos = end + apostrophe;
                        continue;
                    }
                    WordEnd::General => break,
                },
                _ => break,
            }
            let mut flags = self.pending;
            let mut key = pos..end;
            if seen & !(FIRST_UPPER | LATIN1) == 0 {
                // Lower case, but maybe the first letter: the key is the word,
                // with that letter lowered, as the lowered copy holds it.
                if seen & FIRST_UPPER != 0 {
                    let first = bytes[pos];
                    if ROMAN_START[first as usize] && is_roman_ordinal(&bytes[pos..end]) {
                        break;
                    }
                    flags |= TokenFlags::CAPITALIZED;
                }
            } else {
                let word = &text[pos..end];
                if is_roman_ordinal(word.as_bytes()) {
                    break;
                }
                let (cased, flagged) = self.cased_key(pos, word, seen);
                key = cased;
                flags |= flagged;
            }
            self.push_token(pos, end, key, TokenKind::Word, flags);
            pos = end;
            // One space, then (in the caller) the next word.
            match bytes.get(end..end + 2) {
                Some(&[b' ', b]) if START[b as usize] == S_LETTER => {
                    self.pending = TokenFlags::SPACE_BEFORE;
                    pos += 1;
                }
                _ => self.pending = 0,
            }
            break;
        }
        pos
    }

    /// The fast path for compound words of ASCII and Latin-1 letters:
    /// `États-Unis`, `a-t-il`, `aujourd’hui`, `l’ONU`. Finds the same word
    /// as [`compound_word`] when every joiner is an ASCII hyphen or
    /// apostrophe or `’` and the word ends before a character that surely
    /// is no part of it; `None` leaves it to the general parsers.
    #[inline(never)]
    fn plain_compound(&mut self, pos: usize) -> Option<usize> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut end = pos;
        let mut joined = false;
        // Whether every joiner is an ASCII hyphen, and where the last
        // segment starts: see [`Lexer::push_hyphenated`].
        let mut hyphens_only = true;
        let mut last_segment = pos;
        // Whether every segment is lower case but maybe its first letter,
        // an ASCII capital followed by lower case: then the key is the
        // word as the lowered copy holds it, and the word is capitalised
        // when its first segment is (see [`Lexer::push_hyphenated`]).
        let mut lower_case = true;
        let mut capitalized = false;
        loop {
            let (len, seen) = latin_run(&bytes[end..]);
            if len == 0 {
                return None;
            }
            lower_case &= seen & (CASED | LATIN1_UPPER) == 0 && (seen & FIRST_UPPER == 0 || len > 1);
            capitalized |= end == pos && seen & FIRST_UPPER != 0;
            end += len;
            let next = &bytes[end..];
            let joiner = match next {
                [b'-' | b'\'', ..] => 1,
                [0xE2, 0x80, 0x90 | 0x91 | 0x98 | 0x99, ..] => 3,
                _ => break,
            };
            match next.get(joiner) {
                // A letter or digit after the joiner: the word goes on.
                Some(b) if b.is_ascii_alphanumeric() || *b == 0xC3 => {
                    hyphens_only &= next[0] == b'-';
                    end += joiner;
                    last_segment = end;
                    joined = true;
                }
                // Maybe a letter of another script or a combining mark.
                Some(0x80..) => return None,
                // Nothing that joins: the word ends before the joiner.
                _ => break,
            }
        }
        let ends = match bytes.get(end) {
            None => true,
            Some(&b) if b < 0x80 => WORD_END[b as usize] == END_PLAIN || matches!(b, b'-' | b'\'' | b':'),
            // U+00A0, `«`, `»`.
            Some(0xC2) => matches!(bytes.get(end + 1), Some(0xA0 | 0xAB | 0xBB)),
            // Punctuation and spaces from U+2000 to U+203F, and the
            // hyphens and apostrophe that join nothing here.
            Some(0xE2) => bytes.get(end + 1) == Some(&0x80),
            _ => false,
        };
        if !joined || !ends {
            return None;
        }
        if hyphens_only && !is_inverted_pronoun(&bytes[last_segment..end]) {
            return Some(self.push_hyphenated(pos, end, lower_case.then_some(capitalized)));
        }
        Some(self.split_word(pos, &text[pos..end], &text[end..]))
    }

    /// Pushes `pos..end`, a compound that [`Lexer::plain_compound`] found,
    /// joined by ASCII hyphens only and whose last segment is no inverted
    /// pronoun (`États-Unis`, `peut-être`, not `a-t-il`): the one word
    /// that [`Lexer::split_word`] would push, without its searches, which
    /// such a word never needs. It has no apostrophe, so no elision; its
    /// last segment is no pronoun, so no inversion; with a hyphen it is
    /// neither an abbreviation nor a roman ordinal.
    ///
    /// `lower_case` is `Some(capitalized)` when every segment is lower
    /// case but maybe its first letter, an ASCII capital followed by lower
    /// case (`peut-être`, `Jean-Marc`): the key then is the word as the
    /// lowered copy holds it, and the flags are known without the byte
    /// counts of [`Lexer::push_with_key`]: it has a hyphen and no digit,
    /// and a lower-case letter in each segment that has a capital, so it
    /// is not all capitals.
    #[inline]
    fn push_hyphenated(&mut self, pos: usize, end: usize, lower_case: Option<bool>) -> usize {
        match lower_case {
            Some(capitalized) => {
                let mut flags = std::mem::take(&mut self.pending) | TokenFlags::HYPHENATED;
                if capitalized {
                    flags |= TokenFlags::CAPITALIZED;
                }
                self.emit(pos, end, TokenKind::Word, flags);
            }
            None => self.push(pos, end, TokenKind::Word, 0),
        }
        end - pos
    }

    /// The key of the word `word` at `pos`, which has capitals or digits,
    /// and its flags. Its key is in the lowered copy unless it has Latin-1
    /// capitals, which are lowered into a new key.
    #[inline(never)]
    fn cased_key(&mut self, pos: usize, word: &str, seen: u8) -> (Range<usize>, u16) {
        let bytes = word.as_bytes();
        let first = bytes[0];
        let mut flags = 0;
        if bytes.iter().any(u8::is_ascii_digit) {
            flags |= TokenFlags::HAS_DIGIT;
        }
        if first.is_ascii_uppercase() || (first == 0xC3 && bytes[1] <= 0x9E && bytes[1] != 0x97) {
            flags |= TokenFlags::CAPITALIZED;
        }
        let is_latin1_capital = |c: char| matches!(c, 'À'..='Þ') && c != '×';
        if seen & LATIN1 != 0 {
            let (mut letters, mut upper) = (0u32, 0u32);
            for c in word.chars() {
                letters += u32::from(!c.is_ascii() || c.is_ascii_alphabetic());
                upper += u32::from(c.is_ascii_uppercase() || is_latin1_capital(c));
            }
            if upper >= 2 && upper == letters {
                flags |= TokenFlags::ALL_CAPS;
            }
            if seen & LATIN1_UPPER != 0 {
                // `États`, `ÉLYSÉE`: the Latin-1 capitals are lowered too,
                // which the lowered copy does not do.
                let key_start = self.out.keys.len();
                for c in word.chars() {
                    if is_latin1_capital(c) {
                        self.out.keys.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
                    } else {
                        self.out.keys.push(c.to_ascii_lowercase());
                    }
                }
                return (key_start..self.out.keys.len(), flags);
            }
        } else {
            let upper = bytes.iter().filter(|b| b.is_ascii_uppercase()).count();
            if upper >= 2 && !bytes.iter().any(u8::is_ascii_lowercase) {
                flags |= TokenFlags::ALL_CAPS;
            }
        }
        (pos..pos + word.len(), flags)
    }

    /// Pushes the elided word `pos..end` with its apostrophe, which ends
    /// at `after`: `l’`, `qu'`.
    #[inline(never)]
    fn push_elision(&mut self, pos: usize, end: usize, after: usize) {
        let pending = std::mem::take(&mut self.pending);
        push_elision(
            self.text,
            &mut self.out.tokens,
            &mut self.out.keys,
            &mut self.out.events,
            pending,
            pos,
            end,
            after,
        );
    }

    /// Skips whitespace, noting line and paragraph breaks; returns its length.
    fn skip_space(&mut self, rest: &str) -> usize {
        let len = rest.find(|c: char| !is_space(c)).unwrap_or(rest.len());
        let run = &rest[..len];
        let newlines =
            run.bytes().filter(|&b| b == b'\n').count() + run.matches(['\u{2028}', '\u{2029}', '\u{85}']).count();
        self.pending |= TokenFlags::SPACE_BEFORE;
        if newlines >= 1 {
            self.pending |= TokenFlags::LINE_START;
        }
        if newlines >= 2 || run.contains('\u{2029}') {
            self.pending |= TokenFlags::PARAGRAPH_START;
        }
        len
    }

    /// Lexes the token(s) that start at `pos`; returns the bytes consumed.
    fn token_at(&mut self, pos: usize, rest: &str) -> usize {
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_ascii_digit() {
            return self.numeric(pos, rest);
        }
        if is_word_char(c) {
            if matches!(c, 'h' | 'H' | 'f' | 'F' | 'w' | 'W') {
                if let Ok((after, _)) = url(rest) {
                    let len = rest.len() - after.len();
                    self.push(pos, pos + len, TokenKind::Url, 0);
                    self.out.events.quote_in_url |= rest.as_bytes()[..len].contains(&b'"');
                    return len;
                }
            }
            if c.is_uppercase() {
                if let Ok((after, _)) = initials(rest) {
                    let len = rest.len() - after.len();
                    // `M.` is an abbreviation, not an initial.
                    let kind = if &rest[..len] == "M." { TokenKind::Abbreviation } else { TokenKind::Initial };
                    self.push(pos, pos + len, kind, 0);
                    return len;
                }
            }
            return self.word(pos, rest);
        }
        if (c == '#' || c == '@') && rest.len() > 1 {
            if let Ok((after, _)) = tag_or_handle(rest) {
                let len = rest.len() - after.len();
                let kind = if c == '#' { TokenKind::Hashtag } else { TokenKind::Handle };
                self.push(pos, pos + len, kind, 0);
                return len;
            }
        }
        self.punctuation(pos, rest, c)
    }

    /// Numbers, ordinals, clock times and words that start with a digit
    /// (`3DS`).
    fn numeric(&mut self, pos: usize, rest: &str) -> usize {
        if let Ok((after, _)) = clock(rest) {
            let len = rest.len() - after.len();
            self.push(pos, pos + len, TokenKind::Clock, 0);
            return len;
        }
        // Only the first 256 bytes matter: looking further for a space
        // would make a run of numbers without spaces quadratic.
        let word_end = rest
            .char_indices()
            .take_while(|&(i, _)| i < 256)
            .find(|&(_, c)| is_space(c))
            .map_or(rest.len().min(256), |(i, _)| i);
        if rest.as_bytes()[..word_end].contains(&b'@') {
            if let Some(len) = self.email(pos, rest) {
                self.push(pos, pos + len, TokenKind::Email, 0);
                return len;
            }
        }
        let Ok((after, _)) = number(rest) else {
            return self.punctuation(pos, rest, '0');
        };
        let len = rest.len() - after.len();
        if let Ok((after_suffix, _)) = ordinal_suffix(after) {
            let full = rest.len() - after_suffix.len();
            self.push(pos, pos + full, TokenKind::Ordinal, 0);
            return full;
        }
        if after.starts_with(|c: char| is_word_char(c)) {
            // `3DS`, `4x4`: a word that begins with digits.
            let (after_word, _) = compound_word(rest).unwrap_or((after, rest));
            let full = rest.len() - after_word.len();
            self.push(pos, pos + full, TokenKind::Word, 0);
            return full;
        }
        self.push(pos, pos + len, TokenKind::Number, 0);
        len
    }

    /// Words, with elisions and inversions split off and abbreviations
    /// joined to their period.
    fn word(&mut self, pos: usize, rest: &str) -> usize {
        let Ok((after, word)) = compound_word(rest) else {
            return self.punctuation(pos, rest, ' ');
        };
        if after.starts_with(['@', '.', '_', '+']) && !after.starts_with(". ") {
            if let Some(len) = self.email(pos, rest) {
                self.push(pos, pos + len, TokenKind::Email, 0);
                return len;
            }
        }
        self.split_word(pos, word, after)
    }

    /// The length of the e-mail address at `pos` (`rest` is the text
    /// from there), if one starts there.
    fn email(&mut self, pos: usize, rest: &str) -> Option<usize> {
        if pos < self.no_email_before {
            return None;
        }
        match email(rest) {
            Ok((after, _)) => Some(rest.len() - after.len()),
            Err(_) => {
                let local = rest.find(|c: char| !is_email_local_char(c)).unwrap_or(rest.len());
                self.no_email_before = pos + local;
                None
            }
        }
    }

    /// Pushes the word `word` found at `pos`, with its elisions and
    /// inverted pronoun split off and an abbreviation joined to the period
    /// in `after`; returns the bytes consumed.
    fn split_word(&mut self, pos: usize, word: &str, after: &str) -> usize {
        let mut start = 0;
        // Elisions: `l’`, `qu’`, `jusqu’`, possibly stacked (`qu’aujourd’hui`
        // keeps `aujourd’hui` whole).
        while let Some(apo) = word[start..].find(is_apostrophe) {
            let head = &word[start..start + apo];
            if !is_elision(head) {
                break;
            }
            let apo_len = word[start + apo..].chars().next().map_or(1, char::len_utf8);
            let end = start + apo + apo_len;
            // An elision needs a word after it: `dʼ` at the end of a word
            // (U+02BC is a letter, so it can end one) stays whole, rather
            // than leave an empty word behind it.
            if end == word.len() {
                break;
            }
            self.push(pos + start, pos + end, TokenKind::Word, TokenFlags::ELIDED);
            start = end;
        }
        let body = &word[start..];
        // Inversion: `a-t-il`, `dit-elle`, `indique-t-on`, `est-ce`.
        if let Some((verb_len, pronoun)) = split_inversion(body) {
            self.push(pos + start, pos + start + verb_len, TokenKind::Word, TokenFlags::INVERTED_VERB);
            let pron_start = pos + start + verb_len;
            let pron_end = pos + word.len();
            let key_from = pron_end - pronoun.len();
            self.push_with_key(pron_start, pron_end, key_from, TokenKind::Word, TokenFlags::INVERSION);
            return word.len();
        }
        // Abbreviations take their period: `M.`, `etc.`, `av.`.
        if after.starts_with('.') && !after.starts_with("..") && ABBREVIATIONS.contains(&body) {
            self.push(pos + start, pos + word.len() + 1, TokenKind::Abbreviation, 0);
            return word.len() + 1;
        }
        let kind = if is_roman_ordinal(body.as_bytes()) { TokenKind::Ordinal } else { TokenKind::Word };
        self.push(pos + start, pos + word.len(), kind, 0);
        word.len()
    }

    fn punctuation(&mut self, pos: usize, rest: &str, c: char) -> usize {
        let c = if c == ' ' || c == '0' { rest.chars().next().unwrap_or(' ') } else { c };
        let clen = c.len_utf8();
        let (kind, len) = match c {
            '.' if rest.starts_with("...") => (TokenKind::Ellipsis, 3),
            '.' => (TokenKind::Period, 1),
            '…' => (TokenKind::Ellipsis, clen),
            ',' => (TokenKind::Comma, 1),
            ':' => (TokenKind::Colon, 1),
            ';' => (TokenKind::Semicolon, 1),
            '!' => (TokenKind::Exclamation, 1),
            '?' => (TokenKind::Question, 1),
            '-' | '—' | '–' | '―' | '_' | '\u{2010}' | '\u{2011}' | '\u{2212}' => (TokenKind::Dash, clen),
            '(' | '[' | '{' => (TokenKind::OpenParen, 1),
            ')' | ']' | '}' => (TokenKind::CloseParen, 1),
            '«' | '“' | '„' | '‹' | '‘' => (TokenKind::QuoteOpen, clen),
            '»' | '”' | '›' => (TokenKind::QuoteClose, clen),
            '’' | 'ʼ' => (TokenKind::QuoteClose, clen),
            '"' | '\'' | '`' | '´' => (TokenKind::QuoteStraight, clen),
            _ => (TokenKind::Symbol, clen),
        };
        self.push(pos, pos + len, kind, 0);
        len
    }

    /// Pushes a token whose key is `key` in the keys.
    #[inline]
    fn push_token(&mut self, start: usize, end: usize, key: Range<usize>, kind: TokenKind, flags: u16) {
        push_keyed(&mut self.out.tokens, &mut self.out.events, start, end, key, kind, flags);
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind, flags: u16) {
        self.push_with_key(start, end, start, kind, flags);
    }

    /// Pushes a token whose key is folded from `key_from..end` (the
    /// pronoun of `-t-il` is keyed `il`).
    fn push_with_key(&mut self, start: usize, end: usize, key_from: usize, kind: TokenKind, flags: u16) {
        let slice = &self.text[start..end];
        let mut flags = flags | std::mem::take(&mut self.pending);
        let key;
        if slice.is_ascii() && slice.len() == 1 {
            // Punctuation and one-letter words, whose key the lowered copy
            // holds.
            let b = slice.as_bytes()[0];
            key = start..end;
            if b.is_ascii_uppercase() {
                flags |= TokenFlags::CAPITALIZED;
            } else if b.is_ascii_digit() {
                flags |= TokenFlags::HAS_DIGIT;
            }
        } else {
            let key_text = &self.text[key_from..end];
            let key_start = self.out.keys.len();
            flags |= match latin_case(key_text) {
                Some((case, LatinKey::Lowered)) => {
                    key = key_from..end;
                    case
                }
                Some((case, LatinKey::Folded)) => {
                    write_latin_key(key_text, &mut self.out.keys);
                    key = key_start..self.out.keys.len();
                    case
                }
                None => {
                    fold_into_string(key_text, &mut self.out.keys);
                    key = key_start..self.out.keys.len();
                    case_flags(key_text)
                }
            };
            let bytes = slice.as_bytes();
            if bytes.iter().any(u8::is_ascii_digit) {
                flags |= TokenFlags::HAS_DIGIT;
            }
            if kind == TokenKind::Word
                && flags & TokenFlags::INVERSION == 0
                && (bytes.contains(&b'-') || bytes.windows(3).any(|w| matches!(w, [0xE2, 0x80, 0x90 | 0x91])))
            {
                flags |= TokenFlags::HYPHENATED;
            }
        }
        self.push_token(start, end, key, kind, flags);
    }
}

fn is_elision(head: &str) -> bool {
    is_elision_bytes(head.as_bytes())
}

fn is_elision_bytes(head: &[u8]) -> bool {
    match head {
        // The one-letter elisions, whatever their case.
        [b] => matches!(b | 0x20, b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'),
        _ => head.len() <= 6 && ELISIONS.iter().any(|e| e.as_bytes().eq_ignore_ascii_case(head)),
    }
}

/// True for the [`INVERTED_PRONOUNS`], whatever their case.
fn is_inverted_pronoun(word: &[u8]) -> bool {
    (2..=5).contains(&word.len()) && INVERTED_PRONOUNS.iter().any(|p| p.as_bytes().eq_ignore_ascii_case(word))
}

/// Splits `a-t-il` into the verb length and the pronoun (`il`), when the
/// word ends in an inverted subject pronoun.
fn split_inversion(word: &str) -> Option<(usize, &str)> {
    let hyphen = word.rfind(is_hyphen)?;
    let hyphen_len = word[hyphen..].chars().next().map_or(1, char::len_utf8);
    let pronoun = &word[hyphen + hyphen_len..];
    if !is_inverted_pronoun(pronoun.as_bytes()) {
        return None;
    }
    if NOT_INVERSIONS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return None;
    }
    // `a-t-il`: the euphonic `-t-` goes with the pronoun.
    let mut verb_end = hyphen;
    let before = &word[..hyphen];
    if let Some(stem) = before.strip_suffix(['t', 'T']) {
        if let Some(h) = stem.chars().next_back().filter(|&c| is_hyphen(c)) {
            verb_end = stem.len() - h.len_utf8();
        }
    }
    let verb = &word[..verb_end];
    // The verb part must be a single lower-case word (or capitalised at a
    // sentence start): `Jean-Il` is no inversion, nor is a pronoun alone.
    if verb.is_empty() || verb.contains(is_hyphen) || verb.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    Some((verb_end, pronoun))
}

/// Where the key of a word that [`latin_case`] reads lies.
#[derive(Debug, PartialEq)]
enum LatinKey {
    /// In the lowered copy of the text: the word has no Latin-1 capital
    /// and no `’`.
    Lowered,
    /// To be written by [`write_latin_key`].
    Folded,
}

/// What [`latin_case`] knows of a byte.
static LATIN_CASE: [u8; 256] = {
    let mut table = [LC_BAD; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            LC_LETTER
        } else if c.is_ascii_uppercase() {
            LC_LETTER | LC_CAPITAL
        } else if c.is_ascii_digit() || matches!(c, b'-' | b'\'' | b'.') {
            0
        } else {
            LC_BAD
        };
        b += 1;
    }
    table[0xC3] = LC_LEAD;
    table[0xE2] = LC_LEAD;
    table
};
const LC_LETTER: u8 = 1;
const LC_CAPITAL: u8 = 2;
/// 0xC3 (a Latin-1 letter, maybe) or 0xE2 (`’`, maybe).
const LC_LEAD: u8 = 4;
const LC_BAD: u8 = 8;

/// [`case_flags`], and where the key lies, at once, for the words of news
/// text: ASCII letters, digits, hyphens, apostrophes and periods, Latin-1
/// letters and `’`; `None` for any other word. ASCII bytes are counted
/// from a table without a branch each, so that a word's mix of cases,
/// digits and hyphens costs no mispredicted branch.
fn latin_case(word: &str) -> Option<(u16, LatinKey)> {
    let b = word.as_bytes();
    // `case_flags` looks at the first 66 characters.
    let (mut chars, mut letters, mut upper, mut first_upper) = (0usize, 0u32, 0u32, false);
    let mut key = LatinKey::Lowered;
    let mut i = 0;
    while i < b.len() {
        let class = LATIN_CASE[b[i] as usize];
        let (letter, capital, len) = if class & (LC_LEAD | LC_BAD) == 0 {
            (class & LC_LETTER != 0, class & LC_CAPITAL != 0, 1)
        } else {
            match b[i] {
                0xC3 => match b.get(i + 1) {
                    Some(&second) if (0x80..=0xBF).contains(&second) && second != 0x97 && second != 0xB7 => {
                        if second <= 0x9E {
                            key = LatinKey::Folded;
                        }
                        (true, second <= 0x9E, 2)
                    }
                    _ => return None,
                },
                0xE2 if b[i..].starts_with("’".as_bytes()) => {
                    key = LatinKey::Folded;
                    (false, false, 3)
                }
                _ => return None,
            }
        };
        let counted = letter & (chars <= 65);
        first_upper |= counted & capital & (letters == 0);
        upper += u32::from(counted & capital);
        letters += u32::from(counted);
        chars += 1;
        i += len;
    }
    let mut flags = 0;
    if first_upper {
        flags |= TokenFlags::CAPITALIZED;
    }
    if upper >= 2 && upper == letters {
        flags |= TokenFlags::ALL_CAPS;
    }
    Some((flags, key))
}

/// Writes the key of a word that [`latin_case`] found
/// [`LatinKey::Folded`]: Latin-1 capitals and `’` change; the rest is
/// copied in runs, then lowered.
fn write_latin_key(word: &str, out: &mut String) {
    let b = word.as_bytes();
    let key_start = out.len();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0xC3 => {
                if b[i + 1] <= 0x9E {
                    out.push_str(&word[run..i]);
                    out.push(char::from_u32(u32::from(b[i + 1]) + 0x60).unwrap_or('?'));
                    run = i + 2;
                }
                i += 2;
            }
            0xE2 => {
                out.push_str(&word[run..i]);
                out.push('\'');
                i += 3;
                run = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&word[run..]);
    out[key_start..].make_ascii_lowercase();
}

/// Capitalisation flags of a word.
#[inline]
fn case_flags(word: &str) -> u16 {
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut first_upper = false;
    for (i, c) in word.chars().enumerate() {
        if c.is_alphabetic() {
            if c.is_uppercase() {
                upper += 1;
                if letters == 0 {
                    first_upper = true;
                }
            }
            letters += 1;
        }
        if i > 64 {
            break;
        }
    }
    let mut flags = 0;
    if first_upper {
        flags |= TokenFlags::CAPITALIZED;
    }
    if upper >= 2 && upper == letters {
        flags |= TokenFlags::ALL_CAPS;
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte definition that [`latin_run`] computes eight bytes
    /// at a time.
    fn latin_run_reference(b: &[u8]) -> (usize, u8) {
        let (mut i, mut seen) = (0, 0);
        loop {
            match b[i..] {
                [c, ..] if c.is_ascii_lowercase() => i += 1,
                [c, ..] if i == 0 && c.is_ascii_uppercase() => {
                    seen |= FIRST_UPPER;
                    i += 1;
                }
                [c, ..] if c.is_ascii_alphanumeric() => {
                    seen |= CASED;
                    i += 1;
                }
                [0xC3, second, ..] if second >= 0x80 && second != 0x97 && second != 0xB7 => {
                    seen |= if second <= 0x9E { LATIN1 | LATIN1_UPPER } else { LATIN1 };
                    i += 2;
                }
                _ => return (i, seen),
            }
        }
    }

    #[test]
    fn latin_runs_match_the_byte_by_byte_definition() {
        let samples = [
            "",
            "a",
            "Z",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh ",
            "ÉtatsUnis",
            "président",
            "prÉsident",
            "A380 x",
            "x×y",
            "a÷b",
            "é",
            "\u{C3}",
            "aujourd’hui",
            "covid19",
            "ÀÉÎÕÜ",
            "ß",
            "ÿ",
            "Þþ",
            "abc\u{0301}",
            "@[`{",
            "AZaz09",
            "l'",
            "nœud",
            "a\u{0}b",
        ];
        for sample in samples {
            for start in 0..=sample.len() {
                let b = &sample.as_bytes()[start..];
                assert_eq!(latin_run(b), latin_run_reference(b), "{sample:?} from {start}");
            }
        }
        // Every pair of bytes, at every offset in an eight-byte chunk.
        let mut buf = [b'a'; 12];
        for x in 0..=255u8 {
            for y in [b'a', b'A', b'0', 0x80, 0xA9, 0x97, 0xB7, b' ', x] {
                for at in 0..10 {
                    buf.fill(b'a');
                    buf[at] = x;
                    buf[at + 1] = y;
                    assert_eq!(latin_run(&buf), latin_run_reference(&buf), "{buf:?}");
                }
            }
        }
    }

    #[test]
    fn latin_keys_match_the_general_fold() {
        let words = [
            "États-Unis",
            "a-t-il",
            "aujourd’hui",
            "l’ONU",
            "SUD-PTT",
            "ÉLYSÉE",
            "peut-être",
            "A380",
            "J.-C.",
            "Œuvre",
            "x×y",
            "d'Artagnan",
            "ÀÉÎ-ÔÙ",
            "ß-Straße",
            "12-15",
            "-",
            "’",
            "e\u{301}",
            "a b",
            "ok`",
            "Ÿ",
            "ÿ",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAa",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ];
        for word in words {
            let Some((flags, key)) = latin_case(word) else { continue };
            let fast = match key {
                LatinKey::Lowered => word.to_ascii_lowercase(),
                LatinKey::Folded => {
                    let mut out = String::from("x");
                    write_latin_key(word, &mut out);
                    out.split_off(1)
                }
            };
            let mut general = String::new();
            fold_into_string(word, &mut general);
            assert_eq!(fast, general, "{word}");
            assert_eq!(flags, case_flags(word), "{word}");
        }
        // Words that are no news words are left to the general fold.
        for word in ["Œuvre", "x×y", "e\u{301}", "a b", "ok`", "Ÿ"] {
            assert_eq!(latin_case(word), None, "{word}");
        }
    }

    proptest::proptest! {
        #[test]
        fn latin_keys_match_the_general_fold_on_random_words(
            word in "[azAZ09\\-'.éÉàÀß×÷’œ ]{1,80}",
        ) {
            if let Some((flags, key)) = latin_case(&word) {
                let fast = match key {
                    LatinKey::Lowered => word.to_ascii_lowercase(),
                    LatinKey::Folded => {
                        let mut out = String::new();
                        write_latin_key(&word, &mut out);
                        out
                    }
                };
                let mut general = String::new();
                fold_into_string(&word, &mut general);
                proptest::prop_assert_eq!(fast, general);
                proptest::prop_assert_eq!(flags, case_flags(&word));
            }
        }
    }

    std::thread_local! {
        /// Makes [`Lexer::letters`] skip the word chain, for the test that
        /// checks the chain against the paths it stands in for.
        pub(super) static WITHOUT_CHAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// The tokens of `text` with their keys (as text: where they lie in
    /// the keys differs) and the events, with or without the word chain.
    fn lexed(text: &str, chain: bool) -> (Vec<(Token, String)>, Vec<u32>, Vec<u32>) {
        let mut out = Output::default();
        WITHOUT_CHAIN.set(!chain);
        lex(text, &mut out);
        WITHOUT_CHAIN.set(false);
        let Output { tokens, keys, events } = out;
        let keyed = tokens.iter().map(|t| {
            let key = keys[t.key_start as usize..(t.key_start + t.key_len) as usize].to_string();
            (Token { key_start: 0, ..*t }, key)
        });
        (keyed.collect(), events.sentences, events.quotes)
    }

    #[test]
    fn the_word_chain_lexes_like_the_paths_it_stands_in_for() {
        let texts = [
            "Le président a déclaré, à l’Élysée, qu’il était prêt : « une réforme » (selon lui).\n\nPuis rien.",
            "Il dit « Non » et « Oui ». Ensuite\u{a0}: il part ; puis ! il revient ? Oui.\r\nLe 20 mai, 3 fois.",
            "XXe siècle, Il part, Ier, IVG. M. Dupont, etc. Le plan B. Il part.\n\tà Paris « \"entre\" » ",
        ];
        for text in texts {
            assert_eq!(lexed(text, true), lexed(text, false), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_word_chain_lexes_like_the_paths_it_stands_in_for_on_random_texts(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "le", "Le", "député", "Élysée", "été", "a", "I", "XXe", "Il", "OTAN", "l’", "l'", "qu’", "d'", "dʼ",
                    "aujourd’hui", "États-Unis", "a-t-il", "http", "M", "etc", " ", " ", " ", "  ", "\n", "\n\n",
                    "\t", "\r\n", "\u{a0}", "\u{202f}", ",", ".", ":", ";", "!", "?", "…", "(", ")", "]", "/", "\"",
                    "'", "’", "«", "»", "“", "”", "-", "—", "1", "20", "2012", "3,5", "1er", "14 h", "@", "é",
                    "\u{301}", "日本", "x",
                ]),
                0..40,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(lexed(&text, true), lexed(&text, false), "{:?}", text);
        }
    }

    /// The tokens and keys that `push` leaves after lexing `word` alone.
    fn lexed_alone(word: &str, push: impl FnOnce(&mut Lexer<'_>)) -> Vec<(Token, String)> {
        let mut out = Output::default();
        out.keys.push_str(word);
        out.keys.make_ascii_lowercase();
        let mut lexer = Lexer { text: word, out: &mut out, pending: TokenFlags::SPACE_BEFORE, no_email_before: 0 };
        push(&mut lexer);
        let Output { tokens, keys, .. } = out;
        tokens
            .iter()
            .map(|t| (*t, keys[t.key_start as usize..(t.key_start + t.key_len) as usize].to_string()))
            .collect()
    }

    /// Checks [`grouped_or_decimal`] against [`Lexer::general`] on `text`:
    /// when the fast path takes a number, the general path must take the
    /// same token.
    fn check_number(text: &str) -> Result<(), String> {
        let Some((len, kind)) = grouped_or_decimal(text.as_bytes()) else { return Ok(()) };
        let fast = lexed_alone(text, |l| l.push(0, len, kind, 0));
        let general = lexed_alone(text, |l| assert_eq!(l.general(0), len, "{text:?}"));
        if fast == general { Ok(()) } else { Err(format!("{text:?}: {fast:?} {general:?}")) }
    }

    #[test]
    fn grouped_and_decimal_numbers_match_the_general_path() {
        // (text, what the fast path takes: its length and kind, or none).
        let cases: [(&str, Option<(usize, TokenKind)>); 14] = [
            ("1 000 euros", Some((5, TokenKind::Number))),
            ("12\u{00A0}500\u{202F}000 habitants", Some((13, TokenKind::Number))),
            ("3,5 %", Some((3, TokenKind::Number))),
            ("0.75.", Some((4, TokenKind::Number))),
            ("2012 000", Some((4, TokenKind::Number))),
            ("1er janvier", Some((3, TokenKind::Ordinal))),
            ("2ème tour", Some((5, TokenKind::Ordinal))),
            ("35e anniversaire", Some((3, TokenKind::Ordinal))),
            ("1ere", None),
            ("14 h 30", None),
            ("8h", None),
            ("3,5e@journal.fr", None),
            ("1 0000", Some((1, TokenKind::Number))),
            ("4x4", None),
        ];
        for (text, expected) in cases {
            assert_eq!(grouped_or_decimal(text.as_bytes()), expected, "{text}");
            assert!(check_number(text).is_ok(), "{:?}", check_number(text));
        }
    }

    proptest::proptest! {
        #[test]
        fn numbers_match_the_general_path_on_random_texts(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "12", "2012", "000", "5", " ", "\u{00A0}", "\u{202F}", ",", ".", "h", "H", "e", "er", "ème", "re",
                    "nd", "s", "@", "a", "%", "-", ":", "«", "’", "\n",
                ]),
                1..10,
            )
        ) {
            let text = format!("7{}", parts.concat());
            proptest::prop_assert!(check_number(&text).is_ok(), "{:?}", check_number(&text));
        }
    }

    /// Checks [`Lexer::plain_compound`], and so [`Lexer::push_hyphenated`],
    /// against [`Lexer::split_word`] on `word`, when `plain_compound` takes
    /// it.
    fn check_hyphenated(word: &str) -> Result<(), String> {
        let mut taken = None;
        let fast = lexed_alone(word, |l| taken = l.plain_compound(0));
        match taken {
            None => return Ok(()),
            Some(len) if len != word.len() => return Err(format!("{word}: took {len} bytes")),
            Some(_) => {}
        }
        let general = lexed_alone(word, |l| assert_eq!(l.split_word(0, word, ""), word.len()));
        let tokens = |v: &[(Token, String)]| {
            v.iter().map(|(t, k)| (t.start, t.end, t.kind, t.flags, k.clone())).collect::<Vec<_>>()
        };
        if tokens(&fast) == tokens(&general) { Ok(()) } else { Err(format!("{word}: {fast:?} {general:?}")) }
    }

    #[test]
    fn hyphenated_words_match_split_word() {
        for word in [
            "États-Unis",
            "peut-être",
            "Saint-Jean-de-Luz",
            "SUD-PTT",
            "ÉLYSÉE-MATIGNON",
            "covid-19",
            "A-380",
            "XX-e",
            "Ier-e",
            "rendez-vous",
            "dit-elles",
            "dit-ELLE",
            "Jean-Il",
            "M-etc",
            "a-t-ils",
            "ex-espion",
            "l-ONU",
            "Jean-Marc",
            "Jean-Marc-Élie",
            "jean-MARC",
            "jean-Marc",
            "A-B",
            "Abc-D",
            "D-abc",
            "peut-Être",
            "hôtel-de-ville",
            "Rhône-Alpes",
        ] {
            check_hyphenated(word).unwrap();
        }
    }

    proptest::proptest! {
        #[test]
        fn hyphenated_words_match_split_word_on_random_words(
            segments in proptest::collection::vec(
                proptest::prop_oneof![
                    "[a-zA-Z0-9éÉàÀßÿ]{1,8}",
                    proptest::strategy::Strategy::prop_map(proptest::sample::select(vec![
                        "t", "il", "Il", "elle", "ELLES", "on", "ce", "vous", "nous", "je", "tu", "ils",
                        "e", "er", "XX", "IV", "M", "etc", "vu", "ile", "ell", "onn",
                    ]), String::from),
                ],
                2..6,
            ),
        ) {
            let word = segments.join("-");
            proptest::prop_assert!(check_hyphenated(&word).is_ok(), "{:?}", check_hyphenated(&word));
        }
    }

    #[test]
    fn abbreviation_table_matches_the_list() {
        for a in ABBREVIATIONS {
            assert!(is_abbreviation(a.as_bytes()), "{a}");
        }
        for word in
            ["", "m", "Mm", "MMM", "etc.", "etcetera", "ibidem", "No.", "n", "°", "Mmesx", "av ", "chap", "chapitre"]
        {
            assert_eq!(is_abbreviation(word.as_bytes()), ABBREVIATIONS.contains(&word), "{word}");
        }
    }

    #[test]
    fn elisions_match_the_list() {
        let letters: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').chain([b'\'', b'0', 0xC3]).collect();
        let reference = |w: &[u8]| ELISIONS.iter().any(|e| e.as_bytes().eq_ignore_ascii_case(w));
        for &a in &letters {
            assert_eq!(is_elision_bytes(&[a]), reference(&[a]), "{a}");
            for &b in &letters {
                assert_eq!(is_elision_bytes(&[a, b]), reference(&[a, b]), "{a} {b}");
            }
        }
        for e in ELISIONS {
            assert!(is_elision_bytes(e.to_uppercase().as_bytes()));
        }
        assert!(!is_elision_bytes(b"jusque"));
    }
}
