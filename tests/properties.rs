//! Invariants on any input: no panic, spans on character boundaries inside
//! the text, tokens in order covering every non-space character.

use depeche::text::{Document, is_space};
use depeche::{Extractor, Options};
use proptest::prelude::*;

/// Strings rich in the characters that French news text and broken input
/// mix: letters, accents (composed and combining), apostrophes, every kind
/// of quotation mark and space, digits, punctuation, newlines.
fn frenchish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "L’",
        "l'",
        "OTAN",
        "a",
        "déclaré",
        "que",
        "« ",
        " »",
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        ".",
        ",",
        ":",
        "!",
        "?",
        "…",
        "...",
        "-",
        "—",
        "a-t-il",
        "dit-elle",
        "États-Unis",
        "e\u{301}",
        "\u{301}",
        "1 000",
        "1\u{202F}000",
        "14 h 30",
        "12H30",
        "1er",
        "XXe",
        "M.",
        "J.-C.",
        "etc.",
        "\n",
        "\n\n",
        " ",
        "\u{00A0}",
        "\u{200B}",
        "(",
        ")",
        "https://x.fr/a",
        "a@b.fr",
        "#tag",
        "@user",
        "Lire aussi :",
        "29 mai 2012. -",
        "日本語",
        "\u{0}",
        "\u{FEFF}",
        "🙂",
        "Ω",
        "\r\n",
        "\t",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check_document(text: &str) {
    let doc = Document::new(text);
    let mut last_end = 0usize;
    let mut covered = vec![false; text.len()];
    for t in &doc.tokens {
        let (s, e) = (t.start as usize, t.end as usize);
        assert!(s < e && e <= text.len(), "token {s}..{e} outside text");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "token {s}..{e} not on char boundaries");
        assert!(s >= last_end, "tokens out of order");
        last_end = e;
        covered[s..e].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        if !is_space(c) {
            assert!(covered[i], "character {c:?} at {i} is in no token");
        }
    }
    let mut prev = 0;
    for s in &doc.sentences {
        assert!(s.tokens.start >= prev && s.tokens.start < s.tokens.end && s.tokens.end <= doc.tokens.len());
        prev = s.tokens.end;
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
    }
    assert_eq!(prev, doc.tokens.len(), "sentences cover every token");
    for q in &doc.quotes {
        assert!(q.outer.contains(q.inner) && q.outer.end <= text.len());
        assert!(text.is_char_boundary(q.inner.start) && text.is_char_boundary(q.inner.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_lexes_and_segments(text in any::<String>()) {
        check_document(&text);
    }

    #[test]
    fn frenchish_strings_lex_and_segment(text in frenchish()) {
        check_document(&text);
    }

    #[test]
    fn analysis_never_panics_and_spans_fit(text in frenchish()) {
        let options = Options::default().published(depeche::Date::new(2012, 7, 2).unwrap());
        let analysis = Extractor::new().analyze_with(&text, &options).unwrap();
        let fits = |s: depeche::Span| s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
        for a in &analysis.actors {
            prop_assert!(a.mentions.iter().all(|m| fits(m.span)));
        }
        for s in &analysis.statements {
            prop_assert!(fits(s.content));
            prop_assert!(s.speaker.is_none_or(|id| id.0 < analysis.actors.len()));
        }
        for e in &analysis.events {
            prop_assert!(fits(e.trigger));
        }
        for t in &analysis.times {
            prop_assert!(fits(t.span));
        }
    }
}
