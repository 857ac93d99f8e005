//! The text layer: tokens, sentences, paragraphs and quotations.
//!
//! Everything later stages know about the text comes from here, through
//! byte spans. [`Document::new`] lexes, segments and pairs quotes in one
//! pass each; it allocates a handful of vectors per document and nothing per
//! token.
//!
//! ```
//! use depeche::text::{Document, TokenKind};
//!
//! let doc = Document::new("« Nous sommes prêts », a-t-il dit. L’OTAN a répondu.");
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.quotes[0].inner.as_str(doc.text), "Nous sommes prêts");
//! let words: Vec<&str> = doc.tokens.iter().map(|t| doc.token_text(t)).collect();
//! assert!(words.contains(&"-t-il") && words.contains(&"L’"));
//! assert_eq!(doc.tokens[0].kind, TokenKind::QuoteOpen);
//! ```

pub mod fold;
mod letters;
mod lexer;
mod quote;
mod sentence;
mod token;

pub use lexer::is_space;
pub use quote::Quote;
pub use sentence::{Paragraph, Sentence, SentenceRole};
pub use token::{Token, TokenFlags, TokenKind};

/// A text cut into tokens, sentences, paragraphs and quotations.
#[derive(Clone, Debug)]
pub struct Document<'t> {
    /// The text, exactly as the caller gave it.
    pub text: &'t str,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// The folded keys of all tokens; see [`Document::key`]. It starts with
    /// a copy of the text whose ASCII letters are lowered, where most keys
    /// lie, at their text's own offsets: those of most words, numbers and
    /// punctuation, which are their text so lowered. The other keys follow
    /// the copy, end to end.
    pub keys: String,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// The quotations, ordered by their opening mark.
    pub quotes: Vec<Quote>,
}

impl<'t> Document<'t> {
    /// Lexes and segments `text`.
    ///
    /// Texts of 4 GiB or more are cut at the last character boundary below
    /// that size, since token offsets are 32-bit; [`Options`](crate::Options)
    /// sets a much lower limit by default.
    pub fn new(text: &'t str) -> Document<'t> {
        let text = truncate_to_u32(text);
        let mut out = lexer::Output {
            tokens: Vec::with_capacity(text.len() / 5 + 4),
            // The lexer copies the text into the keys, then adds the keys
            // that differ from it: a few percent of the text in news, a
            // fifth at most in the corpus.
            keys: String::with_capacity(text.len() + text.len() / 4 + 16),
            // The tokens where sentences, paragraphs and quotations can
            // start or end, so that those passes skip the rest.
            events: lexer::Events {
                sentences: Vec::with_capacity(text.len() / 24 + 4),
                // Most news texts quote someone: room for sixteen marks at
                // once costs less than growing from none, four
                // reallocations for a text of a dozen marks.
                quotes: Vec::with_capacity(16),
                quote_in_url: false,
            },
        };
        lexer::lex(text, &mut out);
        let lexer::Output { tokens, keys, events } = out;
        let mut sentences = Vec::with_capacity(text.len() / 100 + 2);
        let mut paragraphs = Vec::with_capacity(text.len() / 200 + 2);
        sentence::segment(&tokens, &keys, &events.sentences, &mut sentences, &mut paragraphs);
        let mut quotes = Vec::new();
        quote::pair_quotes(text, &tokens, &events, &paragraphs, &sentences, &mut quotes);
        Document { text, tokens, keys, sentences, paragraphs, quotes }
    }

    /// The text of a token.
    #[inline]
    pub fn token_text(&self, token: &Token) -> &'t str {
        &self.text[token.start as usize..token.end as usize]
    }

    /// The folded key of token `i`: lower case, composed accents, `'` for
    /// every apostrophe (`L’` → `l'`, `-t-il` → `il`).
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.keys[t.key_start as usize..(t.key_start + t.key_len) as usize]
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        let s = self.sentences.partition_point(|s| s.tokens.end <= i);
        (s < self.sentences.len() && self.sentences[s].tokens.contains(&i)).then_some(s)
    }

    /// The index of the first token that starts at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < offset)
    }
}

fn truncate_to_u32(text: &str) -> &str {
    const MAX: usize = u32::MAX as usize - 1;
    if text.len() <= MAX {
        return text;
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
