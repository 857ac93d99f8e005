//! The lexer: nom parsers over `&str` that cut French news text into
//! [`Token`]s with byte spans, kinds and flags.
//!
//! The lexer allocates nothing per token: tokens go into one vector and
//! their folded keys into one string, both owned by the document.

use nom::IResult;
use nom::Parser;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while_m_n, take_while1};
use nom::character::complete::{char as one_char, satisfy};
use nom::combinator::{not, opt, peek, recognize};
use nom::multi::fold_many0;
use nom::sequence::{pair, preceded};

use super::fold::{fold_into, is_apostrophe, is_combining_mark};
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
/// `À` to `Þ`), scanned byte by byte: the fast path of the lexer.
fn latin_run(b: &[u8]) -> (usize, u8) {
    let mut i = 0;
    let mut seen = 0;
    loop {
        while i < b.len() && BYTE_CLASS[b[i] as usize] & ALNUM != 0 {
            seen |= BYTE_CLASS[b[i] as usize];
            i += 1;
        }
        if i + 1 < b.len() && b[i] == 0xC3 && b[i + 1] >= 0x80 && b[i + 1] != 0x97 && b[i + 1] != 0xB7 {
            seen |= LATIN1;
            i += 2;
            continue;
        }
        break;
    }
    (i, seen)
}

/// Byte classes of the lexer's fast paths, as bits.
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
const ALNUM: u8 = LOWER | UPPER | DIGIT;
const SPACE: u8 = 8;
const PUNCT: u8 = 16;
/// The lead byte of Latin-1 letters (0xC3); in a run, marks that the run
/// has some.
const LATIN1: u8 = 32;

/// The class of every byte: ASCII letters and digits, the ASCII space, the
/// single-byte punctuation that needs no look-around, and the rest (0).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b' ' {
            SPACE
        } else if matches!(c, b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'.') {
            PUNCT
        } else {
            0
        };
        b += 1;
    }
    table[0xC3] = LATIN1;
    table
};

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
    let (rest, s) = nom::branch::alt((
        tag("ère"),
        tag("ème"),
        tag("eme"),
        tag("ers"),
        tag("er"),
        tag("res"),
        tag("re"),
        tag("nde"),
        tag("nd"),
        tag("es"),
        tag("e"),
    ))
    .parse(input)?;
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

/// An e-mail address: `redaction@journal.fr`.
fn email(input: &str) -> IResult<&str, &str> {
    let local = take_while1(|c: char| is_word_char(c) || matches!(c, '.' | '_' | '-' | '+' | '%'));
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

/// Roman numeral ordinals: `XXe`, `XVe`, `Ier`, `IIIe`.
fn is_roman_ordinal(word: &[u8]) -> bool {
    let roman_len = word.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')).count();
    if roman_len == 0 || !word[..roman_len].iter().any(|b| matches!(b, b'I' | b'V' | b'X')) {
        return false;
    }
    matches!(&word[roman_len..], b"e" | b"er" | b"\xC3\xA8me" | b"eme" | b"es")
}

/// Cuts `text` into tokens, appending them to `tokens` and their folded
/// keys to `keys`.
pub fn lex(text: &str, tokens: &mut Vec<Token>, keys: &mut Vec<u8>) {
    let mut lexer = Lexer { text, tokens, keys, pending: TokenFlags::PARAGRAPH_START | TokenFlags::LINE_START };
    lexer.run();
}

struct Lexer<'a> {
    text: &'a str,
    tokens: &'a mut Vec<Token>,
    keys: &'a mut Vec<u8>,
    /// Flags that the next token receives (space, line and paragraph
    /// starts seen before it).
    pending: u16,
}

impl Lexer<'_> {
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let first = bytes[pos];
            match BYTE_CLASS[first as usize] {
                // The most common space: one ASCII space before a token.
                SPACE if bytes.get(pos + 1).is_some_and(|&b| BYTE_CLASS[b as usize] & (ALNUM | PUNCT) != 0) => {
                    self.pending |= TokenFlags::SPACE_BEFORE;
                    pos += 1;
                    continue;
                }
                LOWER | UPPER | LATIN1 => {
                    if let Some(len) = self.plain_word(pos) {
                        pos += len;
                        continue;
                    }
                }
                PUNCT if self.plain_punctuation(pos, first) => {
                    pos += 1;
                    continue;
                }
                _ => {}
            }
            let rest = &text[pos..];
            if first.is_ascii_whitespace() || (first >= 0x80 && rest.starts_with(is_space)) {
                pos += self.skip_space(rest);
                continue;
            }
            pos += self.token_at(pos, rest);
        }
    }

    /// The fast path for the bulk of running text: a word of ASCII and
    /// Latin-1 letters that nothing joins to the next character (no hyphen,
    /// apostrophe, period or other script). Returns `None` to leave the
    /// token to the general parsers.
    #[inline]
    fn plain_word(&mut self, pos: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let (len, seen) = latin_run(&bytes[pos..]);
        if len == 0 {
            return None;
        }
        let word = &bytes[pos..pos + len];
        let first = word[0];
        if first.is_ascii_digit() || matches!(first, b'I' | b'V' | b'X' | b'L' | b'C') && is_roman_ordinal(word) {
            return None;
        }
        let next = &bytes[pos + len..];
        match next.first() {
            None | Some(b' ' | b',' | b';' | b'!' | b'?' | b')' | b']' | b'\n' | b'\r' | b'\t' | b'"' | b'/') => {}
            // Two-byte symbols and spaces (U+00A0, «, »), but `´`.
            Some(0xC2) if next.get(1) != Some(&0xB4) => {}
            // Three-byte punctuation and spaces (U+202F, …, “, ”), but the
            // hyphens and apostrophes that join words.
            Some(0xE2) if next.get(1) == Some(&0x80) && !matches!(next.get(2), Some(0x90 | 0x91 | 0x98 | 0x99)) => {}
            // An elided word before an apostrophe and a letter: `l’OTAN`.
            Some(b'\'' | 0xE2) if is_elision_bytes(word) => {
                let apostrophe = if next[0] == b'\'' {
                    1
                } else if next.starts_with("’".as_bytes()) {
                    3
                } else {
                    0
                };
                let letter_follows = next.get(apostrophe).is_some_and(|&b| b.is_ascii_alphabetic() || b == 0xC3);
                if apostrophe == 0 || !letter_follows {
                    return None;
                }
                let end = pos + len + apostrophe;
                let mut flags = std::mem::take(&mut self.pending) | TokenFlags::ELIDED;
                if first.is_ascii_uppercase() {
                    flags |= TokenFlags::CAPITALIZED;
                }
                let key_start = self.keys.len();
                self.keys.extend(word.iter().map(u8::to_ascii_lowercase));
                self.keys.push(b'\'');
                self.push_token(pos, end, key_start, TokenKind::Word, flags);
                return Some(end - pos);
            }
            // A period after a word ends a sentence, unless the word is an
            // abbreviation or an initial, or a letter follows (`www.x.fr`,
            // `a.b@c.fr`).
            Some(b'.') => {
                if len == 1 && first.is_ascii_uppercase()
                    || next.get(1).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'@')
                    || ABBREVIATIONS.iter().any(|a| a.as_bytes() == word)
                {
                    return None;
                }
            }
            // `http:` and `https:` start addresses; other words before a
            // colon do not.
            Some(b':') if matches!(word, b"http" | b"https" | b"ftp" | b"HTTP" | b"HTTPS") => return None,
            Some(b':') => {}
            _ => return None,
        }
        let mut flags = std::mem::take(&mut self.pending);
        let key_start = self.keys.len();
        self.keys.extend_from_slice(word);
        if seen & DIGIT != 0 {
            flags |= TokenFlags::HAS_DIGIT;
        }
        if first.is_ascii_uppercase() || (first == 0xC3 && word[1] <= 0x9E && word[1] != 0x97) {
            flags |= TokenFlags::CAPITALIZED;
        }
        if seen & LATIN1 != 0 {
            let key = &mut self.keys[key_start..];
            let (mut letters, mut upper) = (0u32, 0u32);
            let mut i = 0;
            while i < key.len() {
                let b = key[i];
                if b >= 0x80 {
                    // 0xC3 then 0x80..=0xBF; upper case below 0x9F but ×.
                    let second = key[i + 1];
                    if second <= 0x9E && second != 0x97 {
                        key[i + 1] = second + 0x20;
                        upper += 1;
                    }
                    letters += 1;
                    i += 2;
                } else {
                    upper += u32::from(b.is_ascii_uppercase());
                    letters += u32::from(b.is_ascii_alphabetic());
                    key[i] = b.to_ascii_lowercase();
                    i += 1;
                }
            }
            if upper >= 2 && upper == letters {
                flags |= TokenFlags::ALL_CAPS;
            }
        } else if seen & UPPER != 0 {
            if seen & LOWER == 0 && len >= 2 && word.iter().filter(|b| b.is_ascii_uppercase()).nth(1).is_some() {
                flags |= TokenFlags::ALL_CAPS;
            }
            self.keys[key_start..].make_ascii_lowercase();
        }
        self.push_token(pos, pos + len, key_start, TokenKind::Word, flags);
        Some(len)
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
        let word_end = rest.find(|c: char| is_space(c)).unwrap_or(rest.len()).min(256);
        if rest.as_bytes()[..word_end].contains(&b'@') {
            if let Ok((after, _)) = email(rest) {
                let len = rest.len() - after.len();
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
            if let Ok((after_mail, _)) = email(rest) {
                let len = rest.len() - after_mail.len();
                self.push(pos, pos + len, TokenKind::Email, 0);
                return len;
            }
        }
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

    /// Pushes a token whose key is already written from `key_start` on.
    #[inline]
    fn push_token(&mut self, start: usize, end: usize, key_start: usize, kind: TokenKind, flags: u16) {
        self.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            key_start: key_start as u32,
            key_len: (self.keys.len() - key_start) as u32,
            kind,
            flags: TokenFlags(flags),
        });
    }

    /// Single-byte punctuation, the second most common token.
    #[inline]
    fn plain_punctuation(&mut self, pos: usize, b: u8) -> bool {
        let kind = match b {
            b',' => TokenKind::Comma,
            b';' => TokenKind::Semicolon,
            b':' => TokenKind::Colon,
            b'!' => TokenKind::Exclamation,
            b'?' => TokenKind::Question,
            b'(' | b'[' => TokenKind::OpenParen,
            b')' | b']' => TokenKind::CloseParen,
            b'.' if self.text.as_bytes().get(pos + 1) != Some(&b'.') => TokenKind::Period,
            _ => return false,
        };
        let flags = std::mem::take(&mut self.pending);
        let key_start = self.keys.len();
        self.keys.push(b);
        self.push_token(pos, pos + 1, key_start, kind, flags);
        true
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
        let key_start = self.keys.len();
        if slice.is_ascii() && slice.len() == 1 {
            // Punctuation and one-letter words.
            let b = slice.as_bytes()[0];
            self.keys.push(b.to_ascii_lowercase());
            if b.is_ascii_uppercase() {
                flags |= TokenFlags::CAPITALIZED;
            } else if b.is_ascii_digit() {
                flags |= TokenFlags::HAS_DIGIT;
            }
        } else {
            flags |= case_flags(&self.text[key_from..end]);
            if slice.bytes().any(|b| b.is_ascii_digit()) {
                flags |= TokenFlags::HAS_DIGIT;
            }
            if kind == TokenKind::Word && flags & TokenFlags::INVERSION == 0 && slice.contains(is_hyphen) {
                flags |= TokenFlags::HYPHENATED;
            }
            fold_into(&self.text[key_from..end], self.keys);
        }
        let key_len = self.keys.len() - key_start;
        self.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            key_start: key_start as u32,
            key_len: key_len as u32,
            kind,
            flags: TokenFlags(flags),
        });
    }
}

fn is_elision(head: &str) -> bool {
    is_elision_bytes(head.as_bytes())
}

fn is_elision_bytes(head: &[u8]) -> bool {
    head.len() <= 6 && ELISIONS.iter().any(|e| e.as_bytes().eq_ignore_ascii_case(head))
}

/// Splits `a-t-il` into the verb length and the pronoun (`il`), when the
/// word ends in an inverted subject pronoun.
fn split_inversion(word: &str) -> Option<(usize, &str)> {
    let hyphen = word.rfind(is_hyphen)?;
    let hyphen_len = word[hyphen..].chars().next().map_or(1, char::len_utf8);
    let pronoun = &word[hyphen + hyphen_len..];
    if !INVERTED_PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(pronoun)) {
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
