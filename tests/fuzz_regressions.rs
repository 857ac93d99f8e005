//! Inputs kept from fuzzing, replayed through the checks of the fuzz
//! targets (`fuzz/fuzz_targets/analyze.rs` and `text.rs`).
//!
//! The campaigns so far (30 min of `analyze` from the shared corpus, 15 min
//! of `text`) found no crash; the inputs below are the edge cases the
//! fuzzers and property tests kept coming back to: broken UTF-8, lone
//! combining marks, unpaired and mixed quotation marks, marks at the end of
//! the text, NULs among words. A crash found later goes here, minimised
//! (`cargo fuzz tmin`), as a byte literal.

mod checks;

use checks::{check, extractor, options};
use depeche::text::{Document, is_space};

/// What the fuzz targets check, on one input.
fn replay(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let doc = Document::new(text);
        let mut last_end = 0;
        for t in &doc.tokens {
            let (s, e) = (t.start as usize, t.end as usize);
            assert!(s < e && e <= text.len() && s >= last_end, "token {s}..{e}");
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            last_end = e;
        }
        for (i, c) in text.char_indices() {
            assert!(is_space(c) || doc.tokens.iter().any(|t| t.start as usize <= i && i < t.end as usize));
        }
    }
    match extractor().analyze_bytes(data, &options()) {
        Ok(analysis) => check(analysis.text(), &analysis),
        Err(e) => {
            let position = std::str::from_utf8(data).unwrap_err().valid_up_to();
            assert_eq!(e.kind(), &depeche::ErrorKind::InvalidUtf8 { position });
        }
    }
}

#[test]
fn kept_inputs() {
    let inputs: &[&[u8]] = &[
        b"",
        b"\xFF",
        b"\xC3",
        b"a@b.fre\xCC\x81",
        b"a\xE2\x80\x90a",
        b"\xCC\x81\xCC\x81 \xC2\xAB \xCC\x81 \xC2\xBB",
        b"\xC2\xAB\xC2\xAB\xC2\xAB \xE2\x80\x9C \xE2\x80\xB9",
        b"\xC2\xBB\xC2\xBB \xE2\x80\x9D \xE2\x80\xBA, a dit",
        b"\"\"\"'''\"'\"",
        b"\xC2\xAB Non \xE2\x80\x9D, a-t-il d\xC3\xA9clar\xC3\xA9. \xE2\x80\x9C Oui \xC2\xBB",
        b"L\x00\x00\x00\x00\x00\x00\x00 a d\xC3\xA9clar\xC3\xA9 que",
        b"\xC2\xAB\n\xC2\xAB\n\xC2\xAB\n\xC2\xBB",
        b"M. M. M. M.",
        b"-t-il -t-elle a-t-",
        b"14 h 30h 99 h 24H60",
        b"29 mai 2012. -\n29 mai 2012. -",
        b"Lire aussi :\nLire aussi :",
        b"1er 2e 3\xC3\xA8me XXe XXXXXXXXXXe",
        b"\xEF\xBB\xBF\xE2\x80\xAE\xC2\xAB \xE2\x80\xAD\xC2\xBB",
        b"le 31 f\xC3\xA9vrier 2021, le 0 mai, le 99 d\xC3\xA9cembre 99999",
        b"Selon , a dit . \xC2\xAB \xC2\xBB , a-t-il",
        // `text`, 2026-11-28: an elision apostrophe that is a letter
        // (U+02BC) at the end of a word left an empty token after it.
        b"L\xCA\xBC'\x00VVVVVVVVVVVV\x00\x05J-Ja",
        b"d\xCA\xBC",
    ];
    for input in inputs {
        replay(input);
    }
}
