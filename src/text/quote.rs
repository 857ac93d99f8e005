//! Pairing quotation marks into quotations.
//!
//! Marks pair within a paragraph, innermost first, with nesting
//! (`« … “ … ” … »`). Straight `"` marks take their side from the spaces
//! around them. The French convention for long quotations is followed: a
//! paragraph that opens with `«` while a quotation of the previous paragraph
//! is still open continues that quotation. A mark that finds no partner is
//! left out, and a quotation still open at the end of its paragraph closes
//! there, so no quotation ever runs past its paragraph unless the next one
//! reopens it.

use super::lexer::Events;
use super::sentence::Paragraph;
use super::token::{Token, TokenFlags, TokenKind};
use crate::Span;

/// A quotation: the span inside its marks, the marks themselves and how it
/// nests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the marks and the spaces inside them.
    pub inner: Span,
    /// The quotation with its marks.
    pub outer: Span,
    /// Index of the opening mark's token.
    pub open: usize,
    /// Index of the closing mark's token; `None` when the quotation was left
    /// open and closed at the end of its paragraph.
    pub close: Option<usize>,
    /// 0 for a top-level quotation, 1 inside another, and so on.
    pub depth: u8,
    /// The enclosing quotation, as an index into the document's quotes.
    pub parent: Option<usize>,
    /// How many paragraphs it runs over (1 for most).
    pub paragraphs: u16,
}

/// The family of a quotation mark, which decides what can close it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// `« »` and `‹ ›`.
    Guillemet,
    /// `“ ”` and `„ ”`.
    Curly,
    /// `‘ ’`.
    Single,
    /// `"`.
    Straight,
    /// `'` used as a quotation mark.
    StraightSingle,
}

fn family(text: &str, t: &Token) -> Family {
    match &text[t.start as usize..t.end as usize] {
        "«" | "»" | "‹" | "›" => Family::Guillemet,
        "“" | "”" | "„" => Family::Curly,
        "‘" | "’" | "ʼ" => Family::Single,
        "\"" => Family::Straight,
        _ => Family::StraightSingle,
    }
}

struct Open {
    token: usize,
    family: Family,
    paragraphs: u16,
}

/// A pair found: the opening mark and how the quotation ends.
struct Pair {
    open: usize,
    end: End,
    paragraphs: u16,
}

enum End {
    /// Closed by the mark at this token.
    Mark(usize),
    /// Left open: it runs to the end of its paragraph, one past this token.
    ParagraphEnd(usize),
}

/// Pairs the quotation marks of every paragraph.
///
/// `events.quotes` holds, in order, the indices of all the quotation marks
/// (see [`Events`]).
pub fn pair_quotes(
    text: &str,
    tokens: &[Token],
    events: &Events,
    paragraphs: &[Paragraph],
    sentences: &[super::Sentence],
    quotes: &mut Vec<Quote>,
) {
    let marks = &events.quotes;
    if marks.is_empty() {
        return;
    }
    // Each pair takes at least one mark: sized once, the vectors never
    // grow.
    let mark_count = marks.len();
    let mut marks = marks.iter().map(|&e| e as usize).peekable();
    let mut stack: Vec<Open> = Vec::with_capacity(mark_count);
    let mut pairs: Vec<Pair> = Vec::with_capacity(mark_count);
    quotes.reserve(mark_count);
    let mut previous_end = 0;
    for para in paragraphs {
        let Some(range) = paragraph_tokens(para, sentences) else { continue };
        // A quotation still open continues only when this paragraph opens
        // with a mark of its family; otherwise it closed with the previous
        // paragraph.
        let first = range.start;
        let reopens = tokens[first].kind == TokenKind::QuoteOpen
            && stack.iter().any(|o| o.family == family(text, &tokens[first]));
        if reopens {
            for open in &mut stack {
                open.paragraphs += 1;
            }
        } else {
            close_all(&mut stack, previous_end, &mut pairs);
        }
        let body = if reopens { first + 1..range.end } else { range.clone() };
        while marks.next_if(|&i| i < body.start).is_some() {}
        while let Some(i) = marks.next_if(|&i| i < body.end) {
            let t = &tokens[i];
            match t.kind {
                TokenKind::QuoteOpen => stack.push(Open { token: i, family: family(text, t), paragraphs: 1 }),
                TokenKind::QuoteClose => {
                    let f = family(text, t);
                    if let Some(pos) = stack.iter().rposition(|o| closes(o.family, f)) {
                        pop_to(&mut stack, pos, End::Mark(i), &mut pairs);
                    }
                }
                TokenKind::QuoteStraight => {
                    let f = family(text, t);
                    let space_before = t.has(TokenFlags::SPACE_BEFORE) || i == range.start;
                    let space_after = i + 1 >= range.end
                        || tokens[i + 1].has(TokenFlags::SPACE_BEFORE)
                        || !(tokens[i + 1].kind.is_wordlike() || tokens[i + 1].kind.is_quote());
                    let looks_open = space_before && !space_after;
                    match stack.iter().rposition(|o| o.family == f) {
                        // `"` after an open `"` closes it unless it clearly
                        // opens a nested one.
                        Some(pos) if !looks_open || f == Family::StraightSingle => {
                            pop_to(&mut stack, pos, End::Mark(i), &mut pairs);
                        }
                        Some(_) => stack.push(Open { token: i, family: f, paragraphs: 1 }),
                        // A single straight quote opens only where it
                        // clearly does (` 'Allah' `); a double one opens
                        // unless it clearly closes.
                        None if looks_open || (f == Family::Straight && space_before) => {
                            stack.push(Open { token: i, family: f, paragraphs: 1 });
                        }
                        None => {}
                    }
                }
                _ => {}
            }
        }
        // Straight marks never run past their paragraph.
        stack.retain(|o| !matches!(o.family, Family::Straight | Family::StraightSingle));
        previous_end = range.end;
    }
    close_all(&mut stack, previous_end, &mut pairs);
    build(text, tokens, events, &mut pairs, quotes);
}

/// Pops the stack down to `pos`, pairing the mark there with `end`; marks
/// opened inside it and never closed are dropped.
fn pop_to(stack: &mut Vec<Open>, pos: usize, end: End, pairs: &mut Vec<Pair>) {
    stack.truncate(pos + 1);
    if let Some(open) = stack.pop() {
        pairs.push(Pair { open: open.token, end, paragraphs: open.paragraphs });
    }
}

fn paragraph_tokens(para: &Paragraph, sentences: &[super::Sentence]) -> Option<std::ops::Range<usize>> {
    let first = sentences.get(para.sentences.start)?;
    let last = sentences.get(para.sentences.end.checked_sub(1)?)?;
    Some(first.tokens.start..last.tokens.end)
}

/// Closes the quotations still open at the end of a paragraph: the
/// outermost runs to the paragraph's end (`end`, one past its last token);
/// the inner ones, and straight marks, are dropped.
fn close_all(stack: &mut Vec<Open>, end: usize, pairs: &mut Vec<Pair>) {
    if let Some(outer) = stack.first() {
        if matches!(outer.family, Family::Guillemet | Family::Curly) && end > outer.token + 1 {
            pairs.push(Pair { open: outer.token, end: End::ParagraphEnd(end), paragraphs: outer.paragraphs });
        }
    }
    stack.clear();
}

fn closes(open: Family, close: Family) -> bool {
    match (open, close) {
        (Family::Guillemet, Family::Guillemet) | (Family::Curly, Family::Curly) | (Family::Single, Family::Single) => {
            true
        }
        // Sloppy typing: « … ” and “ … ».
        (Family::Guillemet, Family::Curly) | (Family::Curly, Family::Guillemet) => true,
        _ => false,
    }
}

/// Turns the pairs into quotes sorted by position, with depth and parent.
fn build(text: &str, tokens: &[Token], events: &Events, pairs: &mut [Pair], quotes: &mut Vec<Quote>) {
    pairs.sort_unstable_by_key(|p| p.open);
    // Where the straight quotes are, to count those of a long quotation
    // without reading it again (nested quotations would cost the sum of
    // their lengths); found at the first long one. As byte offsets in the
    // text for `trim_span`, as token indices for `inner_tokens`.
    let mut straight: Option<Vec<u32>> = None;
    // The innermost quotation that may hold the next one; its parents
    // are the others that may, so no stack is needed.
    let mut innermost: Option<usize> = None;
    for pair in pairs.iter() {
        let open = pair.open;
        // One past the last token inside (the closing mark, or the end of
        // the paragraph), and where the text inside ends.
        let (inside_end, inner_end, outer_end, close) = match pair.end {
            End::Mark(c) => (c, tokens[c].start as usize, tokens[c].end as usize, Some(c)),
            End::ParagraphEnd(e) => {
                let last = tokens[e - 1].end as usize;
                (e, last, last, None)
            }
        };
        let inner = if events.quote_in_url {
            let inner_start = tokens[open].end as usize;
            if inner_end <= inner_start {
                continue;
            }
            trim_span(text, &mut straight, inner_start, inner_end)
        } else {
            inner_tokens(text, tokens, &events.quotes, &mut straight, open, inside_end)
        };
        if inner.is_empty() {
            continue;
        }
        let outer = Span::new(tokens[open].start as usize, outer_end);
        while let Some(q) = innermost.filter(|&q| !quotes[q].outer.contains(outer)) {
            innermost = quotes[q].parent;
        }
        quotes.push(Quote {
            inner,
            outer,
            open,
            close,
            depth: innermost.map_or(0, |q| quotes[q].depth.saturating_add(1)),
            parent: innermost,
            paragraphs: pair.paragraphs.max(1),
        });
        innermost = Some(quotes.len() - 1);
    }
}

/// What [`trim_span`] finds inside the marks at token `open` and before
/// token `inside_end`, read off the tokens instead of the text, which is
/// exact when no `"` hides inside a token other than a quotation mark: the
/// tokens cover every character but spaces, so the quoted words run from
/// the first token inside to the last, and the straight quotes inside are
/// the marks among them. `doubles` caches the indices of the `"` marks,
/// to count those of a quotation with many marks inside by position
/// (nested quotations would cost the sum of their marks).
fn inner_tokens(
    text: &str,
    tokens: &[Token],
    marks: &[u32],
    doubles: &mut Option<Vec<u32>>,
    open: usize,
    inside_end: usize,
) -> Span {
    /// Quotations with up to this many marks inside count them one by one.
    const FEW: usize = 16;
    let (mut first, mut last) = (open + 1, inside_end);
    if first >= last {
        return Span::new(0, 0);
    }
    let is_double =
        |i: usize| tokens[i].kind == TokenKind::QuoteStraight && family(text, &tokens[i]) == Family::Straight;
    // The marks inside, found by position among all of them.
    let inside = {
        let from = marks.partition_point(|&m| (m as usize) < first);
        let to = marks.partition_point(|&m| (m as usize) < last);
        &marks[from..to]
    };
    let count = if inside.len() <= FEW {
        inside.iter().filter(|&&m| is_double(m as usize)).count()
    } else {
        let doubles = doubles.get_or_insert_with(|| marks.iter().copied().filter(|&m| is_double(m as usize)).collect());
        doubles.partition_point(|&m| (m as usize) < last) - doubles.partition_point(|&m| (m as usize) < first)
    };
    // An odd `"` that found no partner inside, at either edge, is left out.
    if count % 2 == 1 {
        if is_double(first) {
            first += 1;
        } else if is_double(last - 1) {
            last -= 1;
        }
    }
    if first >= last {
        return Span::new(0, 0);
    }
    Span::new(tokens[first].start as usize, tokens[last - 1].end as usize)
}

/// The span without the spaces at its edges, nor a stray straight quote
/// that found no partner inside it (`« "ce n’est que … »`), read off the
/// text; [`inner_tokens`] reads the same off the tokens. `straight` caches
/// the positions of the straight quotes of `text`, in order.
fn trim_span(text: &str, straight: &mut Option<Vec<u32>>, start: usize, end: usize) -> Span {
    /// Quotations up to this long are read; longer ones count by position.
    const SHORT: usize = 4096;
    let s = &text[start..end];
    let mut inner = s.trim_matches(super::lexer::is_space);
    let odd = if inner.len() <= SHORT {
        inner.matches('"').count() % 2 == 1
    } else {
        let straight = straight.get_or_insert_with(|| text.match_indices('"').map(|(i, _)| i as u32).collect());
        let from = inner.as_ptr() as usize - text.as_ptr() as usize;
        let count = |limit: usize| straight.partition_point(|&p| (p as usize) < limit);
        (count(from + inner.len()) - count(from)) % 2 == 1
    };
    if odd {
        if let Some(rest) = inner.strip_prefix('"') {
            inner = rest.trim_start_matches(super::lexer::is_space);
        } else if let Some(rest) = inner.strip_suffix('"') {
            inner = rest.trim_end_matches(super::lexer::is_space);
        }
    }
    let lead = inner.as_ptr() as usize - s.as_ptr() as usize;
    Span::new(start + lead, start + lead + inner.len())
}

#[cfg(test)]
mod tests {
    use super::super::Document;
    use super::*;

    /// Every quotation of `text` has the inner span that [`trim_span`]
    /// reads off the text, though [`inner_tokens`] read it off the tokens.
    fn check(text: &str) -> Result<(), String> {
        let doc = Document::new(text);
        for q in &doc.quotes {
            let start = doc.tokens[q.open].end as usize;
            let end = match q.close {
                Some(c) => doc.tokens[c].start as usize,
                None => q.outer.end,
            };
            let read = trim_span(text, &mut None, start, end);
            if read != q.inner {
                return Err(format!("{text:?}: {:?} read {read:?}", q.inner));
            }
        }
        Ok(())
    }

    #[test]
    fn inner_spans_from_tokens_match_the_text() {
        let texts = [
            "Il a dit : « Nous sommes prêts »",
            "« \"Non\" », a-t-il répondu.",
            "Le texte « \"ce n’est que le début » continue.",
            "Le texte « ce n’est que le début\" » continue.",
            "« \" »",
            "“Oui”, dit-elle. \"Vraiment\" ? « \u{a0}Sans doute\u{a0}»",
            "Il cite « l’article 3 » et « » puis « \u{202f} ».",
        ];
        for text in texts {
            assert!(check(text).is_ok(), "{:?}", check(text));
        }
        // The straight quote is left out of the second quotation only.
        let doc = Document::new("« A » et « \"B »");
        let inner: Vec<&str> = doc.quotes.iter().map(|q| q.inner.as_str(doc.text)).collect();
        assert_eq!(inner, ["A", "B"]);
    }

    proptest::proptest! {
        #[test]
        fn inner_spans_from_tokens_match_the_text_on_random_texts(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "« ", " »", "«", "»", "\"", " \"", "\" ", "“", "”", "mot", " ", "\u{a0}", "l’", "a", ".", ",", "\n",
                    "\n\n", "'", "http://x.fr/\"a", "(", ")",
                ]),
                // Up to some sixty: quotations with more than sixteen
                // marks inside count them by position.
                0..60,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert!(check(&text).is_ok(), "{:?}", check(&text));
        }
    }
}
