//! The grammar's view of a document: tokens tagged once with their
//! vocabulary entries, and small helpers that later stages share.

pub(crate) mod args;
pub(crate) mod verbs;

use crate::lexicon::Lexicon;
use crate::lexicon::vocab::{Sense, Word, flag};
use crate::text::{Document, TokenFlags, TokenKind};

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
}

pub(crate) const UNKNOWN: u32 = u32::MAX;

impl<'d, 't> Tagged<'d, 't> {
    /// Looks every token up.
    pub fn new(doc: &'d Document<'t>, lex: &'d Lexicon) -> Tagged<'d, 't> {
        let mut words = Vec::with_capacity(doc.tokens.len());
        let mut flags = Vec::with_capacity(doc.tokens.len());
        for (i, t) in doc.tokens.iter().enumerate() {
            let id = if t.kind == TokenKind::Word || t.kind == TokenKind::Abbreviation {
                lex.vocab.id(doc.key(i)).unwrap_or(UNKNOWN)
            } else {
                UNKNOWN
            };
            words.push(id);
            flags.push(if id == UNKNOWN { 0 } else { lex.vocab.entries[id as usize].flags });
        }
        Tagged { doc, lex, words, flags }
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
