//! The grammar's view of a document: tokens tagged once with their
//! vocabulary entries, and small helpers that later stages share.

pub(crate) mod args;
pub(crate) mod verbs;

use crate::Span;
use crate::lexicon::Lexicon;
use crate::lexicon::vocab::{Sense, Word, flag};
use crate::text::{Document, Quote, TokenFlags, TokenKind};

/// A document with every token looked up once in the vocabulary.
pub(crate) struct Tagged<'d, 't> {
    pub doc: &'d Document<'t>,
    pub lex: &'d Lexicon,
    /// The vocabulary id of each token, `u32::MAX` for unknown words.
    /// Words that only occur inside phrases have an id too (for phrase
    /// matching) but no entry for the grammar: see [`Tagged::word`].
    pub words: Vec<u32>,
    /// The flags of each token's entry, 0 when unknown: the grammar tests
    /// them far more often than anything else, so they sit in one dense
    /// array rather than behind the id.
    pub flags: Vec<u64>,
    pub quotes: QuoteIndex,
}

pub(crate) const UNKNOWN: u32 = u32::MAX;

impl<'d, 't> Tagged<'d, 't> {
    /// Looks every token up.
    pub fn new(doc: &'d Document<'t>, lex: &'d Lexicon) -> Tagged<'d, 't> {
        let mut words = Vec::with_capacity(doc.tokens.len());
        let mut flags = Vec::with_capacity(doc.tokens.len());
        for (i, t) in doc.tokens.iter().enumerate() {
            let id = if t.kind == TokenKind::Word || t.kind == TokenKind::Abbreviation {
                let key = doc.key(i);
                lex.vocab
                    .id(key)
                    // `l'ex-espion russe`, `l'ex-président`: a former holder
                    // of a role is named by the role.
                    .or_else(|| {
                        key.strip_prefix("ex-")
                            .and_then(|rest| lex.vocab.id(rest))
                            .filter(|&id| lex.vocab.entries[id as usize].flags & flag::NOUN != 0)
                    })
                    .unwrap_or(UNKNOWN)
            } else {
                UNKNOWN
            };
            words.push(id);
            flags.push(if id == UNKNOWN { 0 } else { lex.vocab.entries[id as usize].flags });
        }
        Tagged { doc, lex, words, flags, quotes: QuoteIndex::new(&doc.quotes) }
    }

    /// The vocabulary entry of token `i`; `None` for a word the grammar
    /// knows nothing about, even when some phrase holds it.
    #[inline]
    pub fn word(&self, i: usize) -> Option<&'d Word> {
        match self.words.get(i) {
            Some(&id) if id != UNKNOWN => Some(&self.lex.vocab.entries[id as usize]).filter(|w| !w.is_bare()),
            _ => None,
        }
    }

    /// True when token `i` exists and its entry has any bit of `f`.
    #[inline]
    pub fn has(&self, i: usize, f: u64) -> bool {
        self.flags.get(i).is_some_and(|&g| g & f != 0)
    }

    /// The senses of token `i`.
    #[inline]
    pub fn senses(&self, i: usize) -> &'d [Sense] {
        match self.word(i) {
            Some(w) => self.lex.vocab.senses(w),
            None => &[],
        }
    }

    /// The folded key of token `i`, or `""` past the last token: rules
    /// look ahead freely (`k + 1`, `k + 2`) without bounds checks of their
    /// own.
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        if i < self.doc.tokens.len() { self.doc.key(i) } else { "" }
    }

    /// The text of token `i`.
    #[inline]
    pub fn text(&self, i: usize) -> &'t str {
        self.doc.token_text(&self.doc.tokens[i])
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    #[inline]
    pub fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.kind(i) == Some(kind)
    }

    #[inline]
    pub fn is_key(&self, i: usize, key: &str) -> bool {
        i < self.doc.tokens.len() && self.doc.key(i) == key
    }

    /// A word token with a capital (not an elided article).
    #[inline]
    pub fn is_capitalized_word(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized() && !t.has(TokenFlags::ELIDED))
    }

    #[inline]
    pub fn is_all_caps(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.has(TokenFlags::ALL_CAPS))
    }

    /// A determiner or article (`le`, `des`, `cette`, `son`).
    #[inline]
    pub fn is_determiner(&self, i: usize) -> bool {
        self.has(i, flag::DET)
    }

    /// A function word of any closed class.
    #[inline]
    pub fn is_function_word(&self, i: usize) -> bool {
        self.has(i, flag::DET | flag::PREP | flag::PRON | flag::COORD | flag::SUB | flag::NEG | flag::NEGP | flag::ADV)
    }
}

/// The quotations of a document, indexed for the questions that later
/// stages ask once per token, mention or cue: scanning every quotation
/// each time would make a document of many quotations quadratic.
///
/// Every answer is the one a scan of `doc.quotes` in order would give.
pub(crate) struct QuoteIndex {
    /// The top-level quotations (depth 0), as indices into `doc.quotes`, in
    /// text order.
    top: Vec<usize>,
    /// The top-level quotations as `(close, index)`, sorted.
    top_by_close: Vec<(usize, usize)>,
    /// The pairing nests quotations, so top-level ones never overlap and at
    /// most one can hold a position; should that ever fail, the questions
    /// fall back to scans.
    disjoint: bool,
    /// The inner spans of every quotation, sorted.
    inner: Vec<(usize, usize)>,
    /// The smallest end among `inner[i..]`.
    min_end_from: Vec<usize>,
}

impl QuoteIndex {
    pub fn new(quotes: &[Quote]) -> QuoteIndex {
        if quotes.is_empty() {
            return QuoteIndex {
                top: Vec::new(),
                top_by_close: Vec::new(),
                disjoint: true,
                inner: Vec::new(),
                min_end_from: Vec::new(),
            };
        }
        let top: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].depth == 0).collect();
        let disjoint = top.windows(2).all(|w| quotes[w[0]].outer.end <= quotes[w[1]].outer.start)
            && top.iter().all(|&i| quotes[i].outer.contains(quotes[i].inner));
        let mut top_by_close: Vec<(usize, usize)> =
            top.iter().filter_map(|&i| quotes[i].close.map(|c| (c, i))).collect();
        top_by_close.sort_unstable();
        let mut inner: Vec<(usize, usize)> =
            quotes.iter().filter(|q| !q.inner.is_empty()).map(|q| (q.inner.start, q.inner.end)).collect();
        inner.sort_unstable();
        let mut min_end_from = vec![usize::MAX; inner.len() + 1];
        for i in (0..inner.len()).rev() {
            min_end_from[i] = min_end_from[i + 1].min(inner[i].1);
        }
        QuoteIndex { top, top_by_close, disjoint, inner, min_end_from }
    }

    /// The last top-level quotation whose inner span starts before `at`
    /// (at or before it when `or_at`): with no overlap, the only one that
    /// can hold `at`.
    #[inline]
    fn last_starting_before<'q>(&self, quotes: &'q [Quote], at: usize, or_at: bool) -> Option<&'q Quote> {
        let n = self.top.partition_point(|&i| {
            let start = quotes[i].inner.start;
            start < at || or_at && start == at
        });
        n.checked_sub(1).map(|k| &quotes[self.top[k]])
    }

    fn scan<'q>(&self, quotes: &'q [Quote], f: impl Fn(&Quote) -> bool) -> Option<&'q Quote> {
        self.top.iter().map(|&i| &quotes[i]).find(|q| f(q))
    }

    /// The top-level quotation whose inner span holds byte `at`.
    #[inline]
    pub fn around<'q>(&self, quotes: &'q [Quote], at: usize) -> Option<&'q Quote> {
        let f = |q: &Quote| q.inner.start <= at && at < q.inner.end;
        if !self.disjoint {
            return self.scan(quotes, f);
        }
        self.last_starting_before(quotes, at, true).filter(|q| f(q))
    }

    /// The top-level quotation whose inner span holds byte `at` past its
    /// first byte.
    #[inline]
    pub fn around_strictly<'q>(&self, quotes: &'q [Quote], at: usize) -> Option<&'q Quote> {
        let f = |q: &Quote| q.inner.start < at && at < q.inner.end;
        if !self.disjoint {
            return self.scan(quotes, f);
        }
        self.last_starting_before(quotes, at, false).filter(|q| f(q))
    }

    /// Does the inner span of a top-level quotation contain `span`?
    #[inline]
    pub fn contain(&self, quotes: &[Quote], span: Span) -> bool {
        let f = |q: &Quote| q.inner.contains(span);
        if !self.disjoint {
            return self.scan(quotes, f).is_some();
        }
        // An empty span where one quotation ends and the next starts is in
        // both: the later one answers as well.
        self.last_starting_before(quotes, span.start, true).is_some_and(f)
    }

    /// The top-level quotation whose inner span starts before byte `start`
    /// and ends after byte `end` (`start <= end`).
    pub fn enclosing<'q>(&self, quotes: &'q [Quote], start: usize, end: usize) -> Option<&'q Quote> {
        let f = |q: &Quote| q.inner.start < start && q.inner.end > end;
        if !self.disjoint || start > end {
            return self.scan(quotes, f);
        }
        self.last_starting_before(quotes, start, false).filter(|q| f(q))
    }

    /// The top-level quotation that opens at token `k`.
    pub fn opening_at<'q>(&self, quotes: &'q [Quote], k: usize) -> Option<&'q Quote> {
        let f = |q: &Quote| q.open == k;
        if !self.disjoint {
            return self.scan(quotes, f);
        }
        let n = self.top.partition_point(|&i| quotes[i].open < k);
        self.top.get(n).map(|&i| &quotes[i]).filter(|q| f(q))
    }

    /// The top-level quotation that closes at token `k`.
    pub fn closing_at<'q>(&self, quotes: &'q [Quote], k: usize) -> Option<&'q Quote> {
        let f = |q: &Quote| q.close == Some(k);
        if !self.disjoint {
            return self.scan(quotes, f);
        }
        let n = self.top_by_close.partition_point(|&(c, _)| c < k);
        self.top_by_close.get(n).map(|&(_, i)| &quotes[i]).filter(|q| f(q))
    }

    /// The top-level quotation whose outer span is `outer`.
    pub fn with_outer<'q>(&self, quotes: &'q [Quote], outer: Span) -> Option<&'q Quote> {
        let f = |q: &Quote| q.outer == outer;
        if !self.disjoint {
            return self.scan(quotes, f);
        }
        let n = self.top.partition_point(|&i| quotes[i].outer.start < outer.start);
        self.top.get(n).map(|&i| &quotes[i]).filter(|q| f(q))
    }

    /// The top-level quotation that opens within `c` (its end included)
    /// and runs past its end.
    pub fn opening_in_running_past<'q>(&self, quotes: &'q [Quote], c: Span) -> Option<&'q Quote> {
        let f = |q: &Quote| c.contains(Span::new(q.outer.start, q.outer.start)) && q.outer.end > c.end;
        if !self.disjoint {
            return self.scan(quotes, f);
        }
        // Later ones start after this one ends, past `c`.
        let n = self.top.partition_point(|&i| quotes[i].outer.start <= c.end);
        n.checked_sub(1).map(|k| &quotes[self.top[k]]).filter(|q| f(q))
    }

    /// Is there a quotation, at any depth, inside `s`?
    pub fn any_inside(&self, s: Span) -> bool {
        let n = self.inner.partition_point(|&(start, _)| start < s.start);
        self.min_end_from.get(n).is_some_and(|&end| end <= s.end)
    }
}
