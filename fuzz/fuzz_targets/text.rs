//! Feeds arbitrary bytes to the text layer alone (`Document::new`), which is
//! much faster than the whole analysis, so the fuzzer explores the lexer,
//! the segmenter and the quote pairing more deeply: no panic, tokens in
//! order on character boundaries covering every non-space character,
//! sentences covering every token, quotations inside their marks.
#![no_main]

use depeche::text::{Document, is_space};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = Document::new(text);
    let mut last_end = 0usize;
    let mut covered = vec![false; text.len()];
    for (i, t) in doc.tokens.iter().enumerate() {
        let (s, e) = (t.start as usize, t.end as usize);
        assert!(s < e && e <= text.len(), "token {s}..{e} outside the text");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "token {s}..{e} off character boundaries");
        assert!(s >= last_end, "tokens out of order");
        last_end = e;
        covered[s..e].iter_mut().for_each(|c| *c = true);
        let _ = doc.key(i);
        let _ = doc.token_text(t);
    }
    for (i, c) in text.char_indices() {
        assert!(is_space(c) || covered[i], "character {c:?} at {i} is in no token");
    }
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next, "sentences cover every token, in order");
        assert!(s.tokens.start < s.tokens.end && s.tokens.end <= doc.tokens.len());
        assert!(s.paragraph < doc.paragraphs.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end) && s.span.end <= text.len());
        next = s.tokens.end;
    }
    assert_eq!(next, doc.tokens.len(), "sentences cover every token");
    for p in &doc.paragraphs {
        assert!(p.sentences.start <= p.sentences.end && p.sentences.end <= doc.sentences.len());
    }
    for q in &doc.quotes {
        assert!(q.outer.contains(q.inner) && q.outer.end <= text.len());
        assert!(text.is_char_boundary(q.inner.start) && text.is_char_boundary(q.inner.end));
        assert!(q.open < doc.tokens.len() && q.close.is_none_or(|c| c > q.open && c < doc.tokens.len()));
        assert!(q.parent.is_none_or(|p| doc.quotes[p].outer.contains(q.outer)));
    }
});
