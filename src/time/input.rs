//! The grammar's input: a window of a sentence's tokens that nom parsers
//! consume one token at a time.
//!
//! [`Toks`] implements nom's [`Input`] trait, so the grammar is written with
//! nom's combinators (`alt`, `opt`, tuples…) over tokens rather than
//! characters. Each token carries its folded key and the index of its
//! lexicon entry, looked up once per document in [`Scan::new`].

use nom::{IResult, Input, Needed};

use super::lexicon::{Entry, LEXICON, Lexicon, NONE};
use crate::text::{Document, Token, TokenFlags, TokenKind};

/// A document with the grammar's view of every token.
pub(crate) struct Scan<'a> {
    pub doc: &'a Document<'a>,
    /// Every token with its key and lexicon entry, built in one pass so
    /// that the parsers, which look at the same tokens many times, only
    /// copy them.
    toks: Vec<Tok<'a>>,
}

impl<'a> Scan<'a> {
    /// Looks every word of the document up in the time lexicon.
    #[inline(never)]
    pub fn new(doc: &'a Document<'a>) -> Scan<'a> {
        let lexicon: &'static Lexicon = &LEXICON;
        let keys = doc.keys.as_str();
        let toks = doc
            .tokens
            .iter()
            .map(|t| {
                let start = t.key_start as usize;
                let key = keys.get(start..start + t.key_len as usize).unwrap_or("");
                let entry = if t.kind == TokenKind::Word {
                    match lexicon.lookup_bytes(key.as_bytes()) {
                        NONE => None,
                        e => Some(&lexicon.entries[e as usize]),
                    }
                } else {
                    None
                };
                let plain = (t.end - t.start) as usize == key.len();
                Tok { key, kind: t.kind, flags: t.flags, entry, plain }
            })
            .collect();
        Scan { doc, toks }
    }

    /// The lexicon entry of token `i`.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&'static Entry> {
        self.toks.get(i).and_then(|t| t.entry)
    }

    /// The folded key of token `i`, or `""` past the end.
    #[inline]
    pub fn key(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.key)
    }

    /// The text of token `i`.
    #[inline]
    pub fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(&self.doc.tokens[i])
    }

    /// Token `i`.
    #[inline]
    pub fn token(&self, i: usize) -> &'a Token {
        &self.doc.tokens[i]
    }

    /// The token view of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> Tok<'a> {
        self.toks[i]
    }
}

/// One token as the grammar sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'a> {
    /// Its folded key.
    pub key: &'a str,
    pub kind: TokenKind,
    pub flags: TokenFlags,
    /// Its entry in the time lexicon.
    pub entry: Option<&'static Entry>,
    /// The key has as many bytes as the text: no group spaces (`1 000`).
    pub plain: bool,
}

impl Tok<'_> {
    /// True for a word whose key is `key`.
    #[inline]
    pub fn is(&self, key: &str) -> bool {
        self.key == key
    }

    /// True for a capitalised word.
    #[inline]
    pub fn capitalized(&self) -> bool {
        self.flags.has(TokenFlags::CAPITALIZED)
    }

    /// True for a word in capitals (`DIMANCHE`).
    #[inline]
    pub fn all_caps(&self) -> bool {
        self.flags.has(TokenFlags::ALL_CAPS)
    }

    /// The value of a number written in digits only (`7`, `2021`).
    #[inline]
    pub fn int(&self) -> Option<u32> {
        if self.kind != TokenKind::Number || !self.plain || self.key.len() > 9 {
            return None;
        }
        let b = self.key.as_bytes();
        if !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(b.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    }

    /// The value of a number in digits, with a decimal comma or point and
    /// group spaces (`30,4`, `1 000`).
    pub fn decimal(&self) -> Option<f64> {
        if self.kind != TokenKind::Number {
            return None;
        }
        let (int, frac) = match self.key.find([',', '.']) {
            Some(p) => (&self.key[..p], &self.key[p + 1..]),
            None => (self.key, ""),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut value = int.bytes().fold(0f64, |n, d| n * 10.0 + f64::from(d - b'0'));
        let mut scale = 0.1;
        for d in frac.bytes() {
            value += f64::from(d - b'0') * scale;
            scale /= 10.0;
        }
        Some(value)
    }

    /// True for punctuation (anything that is neither a word nor a number).
    #[inline]
    pub fn is_punct(&self) -> bool {
        !self.kind.is_wordlike()
    }
}

/// A window `start..end` of a document's tokens.
#[derive(Clone, Copy)]
pub(crate) struct Toks<'a> {
    pub scan: &'a Scan<'a>,
    /// The first token of the sentence: look-behind stops there.
    pub lo: usize,
    pub start: usize,
    pub end: usize,
}

/// What the grammar's parsers return; errors carry nothing, since a failed
/// branch is simply not a time expression.
pub(crate) type R<'a, O> = IResult<Toks<'a>, O, ()>;

/// The error every failing parser returns.
#[inline]
pub(crate) fn fail<'a, O>() -> R<'a, O> {
    Err(nom::Err::Error(()))
}

impl<'a> Toks<'a> {
    /// The first token, if any.
    #[inline]
    pub fn first(&self) -> Option<Tok<'a>> {
        (self.start < self.end).then(|| self.scan.tok(self.start))
    }

    /// The token `k` places before the window (outside it), within the
    /// sentence.
    #[inline]
    pub fn before(&self, k: usize) -> Option<Tok<'a>> {
        self.start.checked_sub(k).filter(|&i| i >= self.lo).map(|i| self.scan.tok(i))
    }

    /// The key of the token just before the window, or `""`.
    #[inline]
    pub fn prev_key(&self) -> &'a str {
        self.before(1).map_or("", |t| t.key)
    }

    /// True when the window starts a sentence or follows punctuation.
    #[inline]
    pub fn at_clause_start(&self) -> bool {
        self.before(1).is_none_or(|t| t.is_punct())
    }

    /// The token at offset `k` in the window.
    #[inline]
    pub fn at(&self, k: usize) -> Option<Tok<'a>> {
        (self.start + k < self.end).then(|| self.scan.tok(self.start + k))
    }
}

/// Iterates over the tokens of a window.
pub(crate) struct TokIter<'a> {
    scan: &'a Scan<'a>,
    next: usize,
    end: usize,
}

impl<'a> Iterator for TokIter<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        (self.next < self.end).then(|| {
            self.next += 1;
            self.scan.tok(self.next - 1)
        })
    }
}

impl<'a> Input for Toks<'a> {
    type Item = Tok<'a>;
    type Iter = TokIter<'a>;
    type IterIndices = std::iter::Enumerate<TokIter<'a>>;

    fn input_len(&self) -> usize {
        self.end - self.start
    }

    fn take(&self, index: usize) -> Self {
        Toks { end: self.start + index, ..*self }
    }

    fn take_from(&self, index: usize) -> Self {
        Toks { start: self.start + index, ..*self }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        (self.start..self.end).position(|i| predicate(self.scan.tok(i)))
    }

    fn iter_elements(&self) -> TokIter<'a> {
        TokIter { scan: self.scan, next: self.start, end: self.end }
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        let len = self.input_len();
        if count <= len { Ok(count) } else { Err(Needed::new(count - len)) }
    }
}

/// A parser of one token that `f` accepts, returning what `f` returns.
#[inline]
pub(crate) fn one<'a, O>(f: impl Fn(Tok<'a>) -> Option<O>) -> impl Fn(Toks<'a>) -> R<'a, O> {
    move |input: Toks<'a>| match input.first().and_then(&f) {
        Some(o) => Ok((input.take_from(1), o)),
        None => fail(),
    }
}

/// A parser of one word with key `key`.
#[inline]
pub(crate) fn kw<'a>(key: &'static str) -> impl Fn(Toks<'a>) -> R<'a, Tok<'a>> {
    one(move |t: Tok<'a>| t.is(key).then_some(t))
}

/// A parser of one word whose key is one of `keys`.
#[inline]
pub(crate) fn kws<'a>(keys: &'static [&'static str]) -> impl Fn(Toks<'a>) -> R<'a, Tok<'a>> {
    one(move |t: Tok<'a>| keys.contains(&t.key).then_some(t))
}

/// A parser of one token of kind `kind`.
#[inline]
pub(crate) fn kind<'a>(kind: TokenKind) -> impl Fn(Toks<'a>) -> R<'a, Tok<'a>> {
    one(move |t: Tok<'a>| (t.kind == kind).then_some(t))
}

/// A parser of the lexicon field that `f` reads from a word's entry.
#[inline]
pub(crate) fn lex<'a, O>(f: impl Fn(&'static Entry) -> Option<O>) -> impl Fn(Toks<'a>) -> R<'a, O> {
    one(move |t: Tok<'a>| t.entry.and_then(&f))
}
