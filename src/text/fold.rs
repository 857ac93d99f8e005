//! Folding of token text into lookup keys: lower case, composed accents
//! (NFD input folds like NFC input), one apostrophe, no inner spaces.
//!
//! Keys are appended to one buffer per document, so folding allocates
//! nothing per token.

/// True for the combining diacritical marks that decomposed (NFD) French
/// text uses.
#[inline]
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// True for the characters that French text uses as an apostrophe.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´')
}

/// Composes a lower-case Latin base letter with a combining mark, for the
/// letters of French and its neighbours.
pub fn compose(base: char, mark: char) -> Option<char> {
    let composed = match (mark, base) {
        ('\u{0300}', 'a') => 'à',
        ('\u{0300}', 'e') => 'è',
        ('\u{0300}', 'i') => 'ì',
        ('\u{0300}', 'o') => 'ò',
        ('\u{0300}', 'u') => 'ù',
        ('\u{0301}', 'a') => 'á',
        ('\u{0301}', 'e') => 'é',
        ('\u{0301}', 'i') => 'í',
        ('\u{0301}', 'o') => 'ó',
        ('\u{0301}', 'u') => 'ú',
        ('\u{0301}', 'y') => 'ý',
        ('\u{0301}', 'c') => 'ć',
        ('\u{0301}', 'n') => 'ń',
        ('\u{0301}', 's') => 'ś',
        ('\u{0301}', 'z') => 'ź',
        ('\u{0302}', 'a') => 'â',
        ('\u{0302}', 'e') => 'ê',
        ('\u{0302}', 'i') => 'î',
        ('\u{0302}', 'o') => 'ô',
        ('\u{0302}', 'u') => 'û',
        ('\u{0303}', 'a') => 'ã',
        ('\u{0303}', 'n') => 'ñ',
        ('\u{0303}', 'o') => 'õ',
        ('\u{0308}', 'a') => 'ä',
        ('\u{0308}', 'e') => 'ë',
        ('\u{0308}', 'i') => 'ï',
        ('\u{0308}', 'o') => 'ö',
        ('\u{0308}', 'u') => 'ü',
        ('\u{0308}', 'y') => 'ÿ',
        ('\u{030A}', 'a') => 'å',
        ('\u{030A}', 'u') => 'ů',
        ('\u{030C}', 'c') => 'č',
        ('\u{030C}', 'e') => 'ě',
        ('\u{030C}', 'r') => 'ř',
        ('\u{030C}', 's') => 'š',
        ('\u{030C}', 'z') => 'ž',
        ('\u{0327}', 'c') => 'ç',
        ('\u{0327}', 's') => 'ş',
        ('\u{0327}', 't') => 'ţ',
        _ => return None,
    };
    Some(composed)
}

/// Appends the folded key of `word` to `out`.
///
/// ASCII text takes a fast path; other text is lower-cased character by
/// character, with combining marks composed onto the letter before them,
/// apostrophes unified to `'` and whitespace dropped (`1 000` → `1000`).
pub fn fold_into(word: &str, out: &mut Vec<u8>) {
    if word.is_ascii() {
        out.reserve(word.len());
        for b in word.bytes() {
            match b {
                b'A'..=b'Z' => out.push(b + 32),
                b'`' => out.push(b'\''),
                b if b.is_ascii_whitespace() => {}
                b => out.push(b),
            }
        }
        return;
    }
    let key_start = out.len();
    let mut last: Option<(usize, char)> = None;
    let mut buf = [0u8; 4];
    let mut push = |out: &mut Vec<u8>, last: &mut Option<(usize, char)>, c: char| {
        *last = Some((out.len(), c));
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    };
    for c in word.chars() {
        if is_combining_mark(c) {
            // Only a letter of this same key can take the mark.
            if let Some((at, prev)) = last.filter(|&(at, _)| at >= key_start) {
                if let Some(composed) = compose(prev, c) {
                    out.truncate(at);
                    push(out, &mut last, composed);
                    continue;
                }
            }
            // A mark with no composed form is dropped from the key: keys
            // are for lookups, and no lexicon entry carries a bare mark.
            continue;
        }
        if is_apostrophe(c) {
            push(out, &mut last, '\'');
        } else if c.is_whitespace() {
            continue;
        } else if c.is_uppercase() {
            for lower in c.to_lowercase() {
                push(out, &mut last, lower);
            }
        } else {
            push(out, &mut last, c);
        }
    }
}

/// [`fold_into`] for a key buffer that is a `String`: the same key, written
/// as whole characters, so the buffer stays valid UTF-8 without being
/// checked again.
pub(crate) fn fold_into_string(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.reserve(word.len());
        for b in word.bytes() {
            match b {
                b'A'..=b'Z' => out.push(char::from(b + 32)),
                b'`' => out.push('\''),
                b if b.is_ascii_whitespace() => {}
                b => out.push(char::from(b)),
            }
        }
        return;
    }
    let key_start = out.len();
    let mut last: Option<(usize, char)> = None;
    let push = |out: &mut String, last: &mut Option<(usize, char)>, c: char| {
        *last = Some((out.len(), c));
        out.push(c);
    };
    for c in word.chars() {
        if is_combining_mark(c) {
            // Only a letter of this same key can take the mark.
            if let Some((at, prev)) = last.filter(|&(at, _)| at >= key_start) {
                if let Some(composed) = compose(prev, c) {
                    out.truncate(at);
                    push(out, &mut last, composed);
                    continue;
                }
            }
            continue;
        }
        if is_apostrophe(c) {
            push(out, &mut last, '\'');
        } else if c.is_whitespace() {
            continue;
        } else if c.is_uppercase() {
            for lower in c.to_lowercase() {
                push(out, &mut last, lower);
            }
        } else {
            push(out, &mut last, c);
        }
    }
}

/// The folded key of `word` as a new string (for lexicon building and
/// tests; the hot path uses [`fold_into`]).
pub fn fold(word: &str) -> String {
    let mut key = Vec::with_capacity(word.len());
    fold_into(word, &mut key);
    String::from_utf8(key).unwrap_or_default()
}

/// Removes the accents of an already folded key (`états-unis` →
/// `etats-unis`), for lexicon variants that match text written without
/// accents on capitals.
pub fn strip_accents(key: &str) -> String {
    key.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' | 'ů' => 'u',
            'ÿ' | 'ý' => 'y',
            'ç' | 'ć' | 'č' => 'c',
            'ñ' | 'ń' => 'n',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_apostrophes_and_spaces() {
        let cases = [
            ("OTAN", "otan"),
            ("États-Unis", "états-unis"),
            ("L’", "l'"),
            ("aujourd’hui", "aujourd'hui"),
            ("1\u{202F}000", "1000"),
            ("1\u{00A0}000", "1000"),
            ("Œuvre", "œuvre"),
        ];
        for (input, key) in cases {
            assert_eq!(fold(input), key, "{input}");
        }
    }

    #[test]
    fn nfd_input_folds_like_nfc() {
        let nfd = "E\u{0301}tats-Unis de\u{0301}clare\u{0301}";
        assert_eq!(fold(nfd), fold("États-Unis déclaré"));
        assert_eq!(fold("franc\u{0327}ais"), "français");
    }

    #[test]
    fn string_keys_match_byte_keys() {
        let words = [
            "OTAN",
            "États-Unis",
            "L’",
            "1\u{202F}000",
            "Œuvre",
            "E\u{0301}tats",
            "\u{301}",
            "a\u{301}\u{301}",
            "İstanbul",
            "ǅ",
            "ß",
            "`x´",
            "日本",
            "a b\tc",
            "",
        ];
        for word in words {
            let mut bytes = b"fre".to_vec();
            fold_into(word, &mut bytes);
            let mut string = String::from("fre");
            fold_into_string(word, &mut string);
            assert_eq!(string.as_bytes(), bytes, "{word}");
        }
    }

    #[test]
    fn strips_accents_for_variants() {
        assert_eq!(strip_accents("états-unis"), "etats-unis");
        assert_eq!(strip_accents("pékin"), "pekin");
    }
}

#[cfg(test)]
mod regression {
    use super::*;

    /// A combining mark that starts a token must not change the key of the
    /// token before it (found by proptest: `a@b.fre\u{301}`).
    #[test]
    fn a_leading_mark_leaves_earlier_keys_alone() {
        let mut keys = b"fre".to_vec();
        fold_into("\u{301}", &mut keys);
        assert_eq!(keys, b"fre");
    }
}
