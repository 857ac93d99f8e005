//! Sentences and paragraphs.
//!
//! A sentence ends at terminal punctuation (`.`, `!`, `?`, `…`, with the
//! closing quotes and brackets that follow it) when the next token can start
//! a sentence, and at every line break, except a hard-wrapped line that a
//! lower-case word continues. Abbreviations, initials and decimal numbers
//! are single tokens, so their periods never end a sentence. A paragraph is
//! a line (or a hard-wrapped run of lines).

use std::ops::Range;

use super::token::{Token, TokenFlags, TokenKind};
use crate::Span;

/// A sentence: its byte span, its tokens and the paragraph it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first byte of its first token to the last byte of its last.
    pub span: Span,
    /// Its tokens, as indices into [`Document::tokens`](super::Document::tokens).
    pub tokens: Range<usize>,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// What kind of line it stands on.
    pub role: SentenceRole,
}

/// What a sentence is, beyond running prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SentenceRole {
    /// Ordinary running text.
    Body,
    /// A line without final punctuation: a title or a heading.
    Heading,
    /// A dateline opening the article (`29 mai 2012. -`,
    /// `PARIS, 29 mai (AFP) -`, `WASHINGTON. _`).
    Dateline,
    /// A line that links to another article (`Lire aussi : …`), which later
    /// stages leave out.
    Link,
}

/// A paragraph: a line of text, or hard-wrapped lines that belong together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// From its first token to its last.
    pub span: Span,
    /// Its sentences, as indices into [`Document::sentences`](super::Document::sentences).
    pub sentences: Range<usize>,
}

/// Words that open a line linking to another article.
const LINK_OPENERS: &[&[&str]] = &[
    &["lire", "aussi"],
    &["à", "lire", "aussi"],
    &["a", "lire", "aussi"],
    &["à", "lire", "également"],
    &["lire", "également"],
    &["voir", "aussi"],
    &["à", "voir", "aussi"],
    &["voir", "également"],
    &["lire", "la", "suite"],
    &["sur", "le", "même", "sujet"],
    &["en", "savoir", "plus"],
    &["pour", "aller", "plus", "loin"],
];

/// True for the first words of [`LINK_OPENERS`].
#[inline]
fn is_link_opener(key: &str) -> bool {
    matches!(key, "lire" | "à" | "a" | "voir" | "sur" | "en" | "pour")
}

const MONTHS: &[&str] = &[
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "fév",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "déc",
];

const WEEKDAYS: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// Splits the tokens into sentences and paragraphs.
///
/// `events` holds, in order, the indices of the only tokens where anything
/// can happen: line starts, terminal punctuation, abbreviations and
/// initials (see [`super::lexer::Events`]). The loop visits them alone.
pub fn segment(
    tokens: &[Token],
    keys: &str,
    events: &[u32],
    sentences: &mut Vec<Sentence>,
    paragraphs: &mut Vec<Paragraph>,
) {
    let key = |i: usize| {
        let t = &tokens[i];
        &keys[t.key_start as usize..(t.key_start + t.key_len) as usize]
    };
    let mut start = 0usize;
    let mut para_start_sentence = 0usize;
    let mut lines = Lines { first: 0 };
    let mut i = 0usize;
    // A dateline is a sentence of its own, whatever punctuation it holds;
    // only line starts count inside it.
    if let Some(end) = dateline(tokens, events, &key) {
        while i < end {
            if i > 0 && tokens[i].has(TokenFlags::LINE_START) && !is_hard_wrap(tokens, i, &key) {
                push_sentence(&mut lines, tokens, &key, start..i, paragraphs.len(), sentences);
                start = i;
                close_paragraph(tokens, &mut para_start_sentence, sentences, paragraphs);
            }
            i += 1;
        }
        push_sentence(&mut lines, tokens, &key, start..end, paragraphs.len(), sentences);
        if let Some(s) = sentences.last_mut() {
            s.role = SentenceRole::Dateline;
        }
        start = end;
    }
    for &event in events {
        let e = event as usize;
        // Tokens that a sentence end already took in (`?!`, `. »`).
        if e < i {
            continue;
        }
        i = e;
        let t = tokens[i];
        // A new line closes the sentence and the paragraph before it.
        if i > 0 && t.has(TokenFlags::LINE_START) && !is_hard_wrap(tokens, i, &key) {
            push_sentence(&mut lines, tokens, &key, start..i, paragraphs.len(), sentences);
            start = i;
            close_paragraph(tokens, &mut para_start_sentence, sentences, paragraphs);
        }
        if let Some(end) = sentence_end(tokens, i, &key) {
            push_sentence(&mut lines, tokens, &key, start..end, paragraphs.len(), sentences);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < tokens.len() {
        push_sentence(&mut lines, tokens, &key, start..tokens.len(), paragraphs.len(), sentences);
    }
    close_paragraph(tokens, &mut para_start_sentence, sentences, paragraphs);
    lines.close(sentences.len(), tokens, &key, sentences);
}

/// Pushes the sentence of the tokens `range`, unless it is empty, and
/// marks the line before when it starts a new one (see [`Lines`]).
fn push_sentence<'k>(
    lines: &mut Lines,
    tokens: &[Token],
    key: &impl Fn(usize) -> &'k str,
    range: Range<usize>,
    paragraph: usize,
    sentences: &mut Vec<Sentence>,
) {
    if range.is_empty() {
        return;
    }
    let first = tokens[range.start];
    let span = Span::new(first.start as usize, tokens[range.end - 1].end as usize);
    if first.has(TokenFlags::LINE_START) {
        lines.close(sentences.len(), tokens, key, sentences);
    }
    sentences.push(Sentence { span, tokens: range, paragraph, role: SentenceRole::Body });
}

/// The sentences of the line being read: a line is a run of sentences of
/// which only the first starts with a line start. When the next line
/// starts, this one is complete and its sentences get their roles.
struct Lines {
    /// The index of the line's first sentence.
    first: usize,
}

impl Lines {
    /// Marks the line whose sentences run to `end` (excluded), if any,
    /// and starts the next one there.
    fn close<'k>(&mut self, end: usize, tokens: &[Token], key: &impl Fn(usize) -> &'k str, sentences: &mut [Sentence]) {
        if end > self.first {
            mark_line(tokens, key, &mut sentences[self.first..end]);
        }
        self.first = end;
    }
}

fn close_paragraph(tokens: &[Token], para_start: &mut usize, sentences: &[Sentence], paragraphs: &mut Vec<Paragraph>) {
    if *para_start >= sentences.len() {
        return;
    }
    let first = &sentences[*para_start];
    let last = &sentences[sentences.len() - 1];
    let span = Span::new(tokens[first.tokens.start].start as usize, tokens[last.tokens.end - 1].end as usize);
    paragraphs.push(Paragraph { span, sentences: *para_start..sentences.len() });
    *para_start = sentences.len();
}

/// A line that ends without punctuation and whose next line starts with a
/// lower-case word continues the same sentence (hard-wrapped text).
fn is_hard_wrap<'k>(tokens: &[Token], i: usize, key: &impl Fn(usize) -> &'k str) -> bool {
    let t = tokens[i];
    if t.has(TokenFlags::PARAGRAPH_START) || t.kind != TokenKind::Word || t.is_capitalized() {
        return false;
    }
    let prev = tokens[i - 1];
    if !prev.kind.is_wordlike() && prev.kind != TokenKind::Comma {
        return false;
    }
    // The line must be long enough to have been wrapped rather than be a
    // title.
    let line_start = (0..i).rev().find(|&j| tokens[j].has(TokenFlags::LINE_START)).unwrap_or(0);
    let line_len = tokens[i - 1].end - tokens[line_start].start;
    let _ = key;
    line_len >= 40
}

/// When a sentence ends at token `i`, the index one past its last token
/// (after closing quotes and brackets).
fn sentence_end<'k>(tokens: &[Token], i: usize, key: &impl Fn(usize) -> &'k str) -> Option<usize> {
    let t = tokens[i];
    let ends = match t.kind {
        k if k.is_terminal() => true,
        TokenKind::Abbreviation => key(i) == "etc.",
        TokenKind::Initial => is_sentence_final_initial(tokens, i, key),
        _ => false,
    };
    if !ends {
        return None;
    }
    let mut j = i + 1;
    // Closing quotes and brackets stay with the sentence they end:
    // `… ». Le lendemain` and `… !) Il`.
    while j < tokens.len()
        && !tokens[j].has(TokenFlags::LINE_START)
        && (matches!(tokens[j].kind, TokenKind::QuoteClose | TokenKind::CloseParen)
            || (tokens[j].kind == TokenKind::QuoteStraight && !tokens[j].has(TokenFlags::SPACE_BEFORE))
            || tokens[j].kind.is_terminal())
    {
        j += 1;
    }
    if j >= tokens.len() {
        return Some(tokens.len());
    }
    let next = tokens[j];
    if next.has(TokenFlags::LINE_START) {
        return Some(j);
    }
    let starts = match next.kind {
        TokenKind::Word => next.is_capitalized(),
        TokenKind::QuoteOpen | TokenKind::Dash | TokenKind::Number | TokenKind::Ordinal | TokenKind::Clock => true,
        TokenKind::QuoteStraight => next.has(TokenFlags::SPACE_BEFORE),
        TokenKind::OpenParen | TokenKind::Abbreviation | TokenKind::Initial => true,
        _ => false,
    };
    // `« Non ! » a-t-il dit`: a lower-case word after `!`/`?` and quotes goes
    // on; a period before a lower-case word is a typo or an unknown
    // abbreviation and goes on too.
    if starts { Some(j) } else { None }
}

/// `le plan B. Le lendemain`: a lone capital after a lower-case word ends a
/// sentence; `John F. Kennedy` does not.
fn is_sentence_final_initial<'k>(tokens: &[Token], i: usize, key: &impl Fn(usize) -> &'k str) -> bool {
    let t = tokens[i];
    if t.end - t.start != 2 || i == 0 || i + 1 >= tokens.len() {
        return i + 1 >= tokens.len() && t.end - t.start == 2;
    }
    let prev = tokens[i - 1];
    let next = tokens[i + 1];
    let _ = key;
    prev.kind == TokenKind::Word
        && !prev.is_capitalized()
        && (next.has(TokenFlags::LINE_START) || next.is_capitalized())
}

/// Finds a dateline at the start of one of the first three lines; returns
/// the index one past its last token. The lines start at the first token
/// and at the line starts among the `events`, so that a text of one long
/// line is not read to its end.
fn dateline<'k>(tokens: &[Token], events: &[u32], key: &impl Fn(usize) -> &'k str) -> Option<usize> {
    let line_starts = events.iter().map(|&e| e as usize).filter(|&e| e > 0 && tokens[e].has(TokenFlags::LINE_START));
    std::iter::once(0)
        .chain(line_starts)
        .take(3)
        .filter(|&start| start < tokens.len())
        .find_map(|start| dateline_at(tokens, start, key))
}

/// `29 mai 2012. -`, `PARIS, 29 mai (AFP) -`, `WASHINGTON. _`,
/// `Lundi 6 décembre 2021 -`.
fn dateline_at<'k>(tokens: &[Token], start: usize, key: &impl Fn(usize) -> &'k str) -> Option<usize> {
    let limit = (start + 16).min(tokens.len());
    let mut i = start;
    let mut place = false;
    // Place name in capitals, possibly several words: `SALT LAKE CITY`.
    while i < limit && tokens[i].kind == TokenKind::Word && tokens[i].has(TokenFlags::ALL_CAPS) {
        place = true;
        i += 1;
    }
    if place && i < limit && matches!(tokens[i].kind, TokenKind::Comma | TokenKind::Period) {
        i += 1;
    }
    let mut date = false;
    if i < limit && WEEKDAYS.contains(&key(i)) {
        i += 1;
    }
    if i + 1 < limit && matches!(tokens[i].kind, TokenKind::Number | TokenKind::Ordinal) && MONTHS.contains(&key(i + 1))
    {
        date = true;
        i += 2;
        if i < limit && tokens[i].kind == TokenKind::Number && tokens[i].end - tokens[i].start == 4 {
            i += 1;
        }
    }
    if !place && !date {
        return None;
    }
    // `(AFP)`, `(Reuters)`.
    if i + 2 < limit && tokens[i].kind == TokenKind::OpenParen && tokens[i + 2].kind == TokenKind::CloseParen {
        i += 3;
    }
    if i < limit && matches!(tokens[i].kind, TokenKind::Period | TokenKind::Comma) {
        i += 1;
    }
    if i < limit && tokens[i].kind == TokenKind::Dash && !tokens[i].has(TokenFlags::LINE_START) {
        return Some(i + 1);
    }
    None
}

/// Marks the sentences of one line as a link line or, for its last one, a
/// heading.
fn mark_line<'k>(tokens: &[Token], key: &impl Fn(usize) -> &'k str, line: &mut [Sentence]) {
    let (Some(first_sentence), Some(last)) = (line.first(), line.last()) else { return };
    let first = first_sentence.tokens.start;
    // The openers are short words: the token's length spares most lines a
    // look at their first key.
    let is_link = tokens[first].key_len <= 4
        && is_link_opener(key(first))
        && LINK_OPENERS
            .iter()
            .any(|words| words.iter().enumerate().all(|(k, w)| first + k < tokens.len() && key(first + k) == *w));
    if is_link {
        for sentence in line {
            sentence.role = SentenceRole::Link;
        }
        return;
    }
    let last_token = last.tokens.end - 1;
    let ends_punct = (last.tokens.start..=last_token)
        .rev()
        .take(4)
        .any(|k| tokens[k].kind.is_terminal() || matches!(tokens[k].kind, TokenKind::Colon | TokenKind::Abbreviation));
    if !ends_punct && last.role == SentenceRole::Body {
        if let Some(last) = line.last_mut() {
            last.role = SentenceRole::Heading;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_openers_pass_the_first_word_filter() {
        for words in LINK_OPENERS {
            assert!(is_link_opener(words[0]), "{words:?}");
        }
    }
}
