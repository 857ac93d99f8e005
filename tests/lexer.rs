//! The lexer, case by case, on sentences in the style of news prose.

use depeche::text::{Document, TokenFlags, TokenKind};

/// The tokens of `text` as (words, kind).
fn tokens(text: &str) -> Vec<(String, TokenKind)> {
    let doc = Document::new(text);
    doc.tokens.iter().map(|t| (doc.token_text(t).to_string(), t.kind)).collect()
}

fn words(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|(w, _)| w).collect()
}

fn keys(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    (0..doc.tokens.len()).map(|i| doc.key(i).to_string()).collect()
}

fn kind_of(text: &str, word: &str) -> TokenKind {
    tokens(text).into_iter().find(|(w, _)| w == word).unwrap_or_else(|| panic!("no token {word:?} in {text:?}")).1
}

fn flags_of(text: &str, word: &str) -> TokenFlags {
    let doc = Document::new(text);
    doc.tokens.iter().find(|t| doc.token_text(t) == word).unwrap_or_else(|| panic!("no token {word:?}")).flags
}

#[test]
fn elisions_split_with_both_apostrophes() {
    let cases: &[(&str, &[&str])] = &[
        ("L’OTAN a déclaré", &["L’", "OTAN", "a", "déclaré"]),
        ("L'OTAN a déclaré", &["L'", "OTAN", "a", "déclaré"]),
        ("le président d’Ukraine", &["le", "président", "d’", "Ukraine"]),
        ("Il a dit qu’il viendrait", &["Il", "a", "dit", "qu’", "il", "viendrait"]),
        ("Elle s’est félicitée", &["Elle", "s’", "est", "félicitée"]),
        ("Il n’a pas attaqué", &["Il", "n’", "a", "pas", "attaqué"]),
        ("j’ai l’impression", &["j’", "ai", "l’", "impression"]),
        ("c’est de l’intolérance", &["c’", "est", "de", "l’", "intolérance"]),
        ("jusqu’à Moscou", &["jusqu’", "à", "Moscou"]),
        ("lorsqu’il parle", &["lorsqu’", "il", "parle"]),
        ("puisqu’elle insiste", &["puisqu’", "elle", "insiste"]),
        ("quoiqu’on dise", &["quoiqu’", "on", "dise"]),
        ("afin d‘éviter", &["afin", "d‘", "éviter"]),
    ];
    for (text, expected) in cases {
        assert_eq!(words(text), *expected, "{text}");
        let doc = Document::new(text);
        for t in &doc.tokens {
            let w = doc.token_text(t);
            assert_eq!(t.has(TokenFlags::ELIDED), w.ends_with(['’', '\'', '‘']), "{w} in {text}");
        }
    }
}

#[test]
fn words_with_inner_apostrophes_stay_whole() {
    for (text, word) in [
        ("la presqu’île de Crozon", "presqu’île"),
        ("aujourd’hui", "aujourd’hui"),
        ("quelqu’un a parlé", "quelqu’un"),
        ("qu’aujourd’hui", "aujourd’hui"),
    ] {
        assert!(words(text).contains(&word.to_string()), "{text}: {:?}", words(text));
    }
    assert_eq!(keys("L’OTAN"), ["l'", "otan"]);
}

#[test]
fn hyphenated_words_are_one_token() {
    for (text, word) in [
        ("les États-Unis ont répondu", "États-Unis"),
        ("Jean-Marc Ayrault a déclaré", "Jean-Marc"),
        ("c’est peut-être vrai", "peut-être"),
        ("le syndicat SUD-PTT", "SUD-PTT"),
        ("un rendez-vous manqué", "rendez-vous"),
        ("l’Ukraine elle-même", "elle-même"),
    ] {
        assert!(words(text).contains(&word.to_string()), "{text}: {:?}", words(text));
        assert!(flags_of(text, word).has(TokenFlags::HYPHENATED), "{word}");
    }
}

#[test]
fn inversions_split_into_verb_and_marked_pronoun() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("« Non », a-t-il déclaré.", "a", "-t-il", "il"),
        ("« Moi, dit-elle, j’ai peur »", "dit", "-elle", "elle"),
        ("Ont-ils indiqué leur position ?", "Ont", "-ils", "ils"),
        ("indique-t-on à Matignon", "indique", "-t-on", "on"),
        ("Qu’est-ce que cela change ?", "est", "-ce", "ce"),
        ("a-t-elle ajouté", "a", "-t-elle", "elle"),
    ];
    for (text, verb, pronoun, key) in cases {
        let doc = Document::new(text);
        let i = doc
            .tokens
            .iter()
            .position(|t| doc.token_text(t) == *pronoun)
            .unwrap_or_else(|| panic!("{text}: {:?}", words(text)));
        assert!(doc.tokens[i].has(TokenFlags::INVERSION), "{text}");
        assert_eq!(doc.key(i), *key);
        assert_eq!(doc.token_text(&doc.tokens[i - 1]), *verb);
        assert!(doc.tokens[i - 1].has(TokenFlags::INVERTED_VERB));
    }
}

#[test]
fn numbers_in_all_their_forms() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("Le 7 décembre", "7", TokenKind::Number),
        ("plus de 1 000 manifestants", "1 000", TokenKind::Number),
        ("plus de 1\u{00A0}000 manifestants", "1\u{00A0}000", TokenKind::Number),
        ("plus de 1\u{202F}000 manifestants", "1\u{202F}000", TokenKind::Number),
        ("12 500 000 habitants", "12 500 000", TokenKind::Number),
        ("une hausse de 3,5 %", "3,5", TokenKind::Number),
        ("en 2012, la crise", "2012", TokenKind::Number),
        ("à 14 h 30 ce lundi", "14 h 30", TokenKind::Clock),
        ("à 12H30 (11H30 GMT)", "12H30", TokenKind::Clock),
        ("à 12H30 (11H30 GMT)", "11H30", TokenKind::Clock),
        ("vers 14h, la police", "14h", TokenKind::Clock),
        ("le 1er mai", "1er", TokenKind::Ordinal),
        ("la 1re fois", "1re", TokenKind::Ordinal),
        ("le 35e sommet", "35e", TokenKind::Ordinal),
        ("la 2ème journée", "2ème", TokenKind::Ordinal),
        ("au XXe siècle", "XXe", TokenKind::Ordinal),
        ("datant du XVe siècle", "XVe", TokenKind::Ordinal),
        ("la 3DS XL de Nintendo", "3DS", TokenKind::Word),
    ];
    for (text, word, kind) in cases {
        assert_eq!(kind_of(text, word), *kind, "{word} in {text}: {:?}", tokens(text));
    }
    assert_eq!(words("à 12H30 (11H30 GMT)"), ["à", "12H30", "(", "11H30", "GMT", ")"]);
    // A year followed by a count is two numbers, and `14 habitants` no time.
    assert_eq!(words("en 2012 200 personnes"), ["en", "2012", "200", "personnes"]);
    assert_eq!(kind_of("14 habitants", "14"), TokenKind::Number);
    // The period after a year ends the sentence; it is no decimal point.
    assert_eq!(words("29 mai 2012. -"), ["29", "mai", "2012", ".", "-"]);
}

#[test]
fn acronyms_abbreviations_and_initials() {
    assert!(flags_of("L’OTAN et l’UE", "OTAN").has(TokenFlags::ALL_CAPS));
    assert!(flags_of("L’OTAN et l’UE", "UE").has(TokenFlags::ALL_CAPS));
    assert!(flags_of("le syndicat SUD-PTT", "SUD-PTT").has(TokenFlags::ALL_CAPS));
    assert!(!flags_of("La Russie", "Russie").has(TokenFlags::ALL_CAPS));
    let cases: &[(&str, &str, TokenKind)] = &[
        ("M. Ayrault a déclaré", "M.", TokenKind::Abbreviation),
        ("MM. Hollande et Ayrault", "MM.", TokenKind::Abbreviation),
        ("Mme Fatou Bensouda", "Mme", TokenKind::Word),
        ("Mlle Dupont", "Mlle", TokenKind::Word),
        ("le Dr Martin", "Dr", TokenKind::Word),
        ("le Pr Raoult", "Pr", TokenKind::Word),
        ("Me Dupond-Moretti", "Me", TokenKind::Word),
        ("St Louis", "St", TokenKind::Word),
        ("des tracts, des affiches, etc. dans la rue", "etc.", TokenKind::Abbreviation),
        ("en 52 av. J.-C. déjà", "av.", TokenKind::Abbreviation),
        ("en 52 av. J.-C. déjà", "J.-C.", TokenKind::Initial),
        ("J.-C. Juncker a répondu", "J.-C.", TokenKind::Initial),
        ("John F. Kennedy", "F.", TokenKind::Initial),
    ];
    for (text, word, kind) in cases {
        assert_eq!(kind_of(text, word), *kind, "{word} in {text}: {:?}", tokens(text));
    }
    assert_eq!(words("J.-C. Juncker a répondu"), ["J.-C.", "Juncker", "a", "répondu"]);
}

#[test]
fn quotation_marks_and_punctuation() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("« Non »", "«", TokenKind::QuoteOpen),
        ("« Non »", "»", TokenKind::QuoteClose),
        ("“Non”", "“", TokenKind::QuoteOpen),
        ("“Non”", "”", TokenKind::QuoteClose),
        ("„Nein“", "„", TokenKind::QuoteOpen),
        ("‹ oui ›", "‹", TokenKind::QuoteOpen),
        ("‹ oui ›", "›", TokenKind::QuoteClose),
        ("il a dit \"non\"", "\"", TokenKind::QuoteStraight),
        ("crier 'Allah' et", "'", TokenKind::QuoteStraight),
        ("un mot ‘entre’ guillemets", "‘", TokenKind::QuoteOpen),
        ("un mot ‘entre’ guillemets", "’", TokenKind::QuoteClose),
        ("Paris — la capitale", "—", TokenKind::Dash),
        ("Paris – la capitale", "–", TokenKind::Dash),
        ("29 mai 2012. - Un postier", "-", TokenKind::Dash),
        ("Et puis… rien", "…", TokenKind::Ellipsis),
        ("Et puis... rien", "...", TokenKind::Ellipsis),
        ("l’OTAN (Alliance atlantique)", "(", TokenKind::OpenParen),
        ("l’OTAN (Alliance atlantique)", ")", TokenKind::CloseParen),
        ("Vraiment ?", "?", TokenKind::Question),
        ("Assez !", "!", TokenKind::Exclamation),
        ("trois points : un", ":", TokenKind::Colon),
        ("un ; deux", ";", TokenKind::Semicolon),
    ];
    for (text, word, kind) in cases {
        assert_eq!(kind_of(text, word), *kind, "{word} in {text}: {:?}", tokens(text));
    }
}

#[test]
fn urls_emails_hashtags_and_handles() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("voir https://fr.wikinews.org/wiki/Accueil.", "https://fr.wikinews.org/wiki/Accueil", TokenKind::Url),
        ("sur www.elysee.fr, le communiqué", "www.elysee.fr", TokenKind::Url),
        ("écrire à redaction@journal.fr pour", "redaction@journal.fr", TokenKind::Email),
        ("le mot-clé #JeSuisCharlie circule", "#JeSuisCharlie", TokenKind::Hashtag),
        ("a tweeté @EmmanuelMacron hier", "@EmmanuelMacron", TokenKind::Handle),
    ];
    for (text, word, kind) in cases {
        assert_eq!(kind_of(text, word), *kind, "{word} in {text}: {:?}", tokens(text));
    }
}

#[test]
fn every_unicode_space_separates_tokens() {
    for space in ['\u{00A0}', '\u{202F}', '\u{2009}', '\u{2007}', '\u{3000}', '\u{200B}', '\t'] {
        let text = format!("Selon{space}l’OTAN{space}:{space}«{space}non{space}»");
        assert_eq!(words(&text), ["Selon", "l’", "OTAN", ":", "«", "non", "»"], "U+{:04X}", space as u32);
    }
}

#[test]
fn nfd_text_lexes_like_nfc() {
    let nfc = "Les États-Unis ont déclaré qu’ils étaient prêts.";
    let nfd = "Les E\u{0301}tats-Unis ont de\u{0301}clare\u{0301} qu’ils e\u{0301}taient pre\u{0302}ts.";
    assert_eq!(keys(nfc), keys(nfd));
    assert_eq!(words(nfd).len(), words(nfc).len());
}

#[test]
fn line_and_paragraph_starts_are_flagged() {
    let doc = Document::new("Titre\nPremière ligne.\n\nSecond paragraphe.");
    let starts: Vec<(&str, bool, bool)> = doc
        .tokens
        .iter()
        .map(|t| (doc.token_text(t), t.has(TokenFlags::LINE_START), t.has(TokenFlags::PARAGRAPH_START)))
        .filter(|(_, l, _)| *l)
        .collect();
    assert_eq!(starts, [("Titre", true, true), ("Première", true, false), ("Second", true, true)]);
}

#[test]
fn words_lex_alike_wherever_they_fall_in_the_fast_path_blocks() {
    // The fast path reads the letters of 64 bytes at once: shifting the
    // sentence byte by byte puts each word, mark and accented letter across
    // a block boundary in turn, and nothing may change.
    let sentence = "Le président a déclaré, à l’Élysée, qu’il était prêt : « une réforme \
                    anticonstitutionnellement votée » (selon lui) et très-attendue au XXe siècle. Puis rien.";
    let expected = [
        "Le",
        "président",
        "a",
        "déclaré",
        ",",
        "à",
        "l’",
        "Élysée",
        ",",
        "qu’",
        "il",
        "était",
        "prêt",
        ":",
        "«",
        "une",
        "réforme",
        "anticonstitutionnellement",
        "votée",
        "»",
        "(",
        "selon",
        "lui",
        ")",
        "et",
        "très-attendue",
        "au",
        "XXe",
        "siècle",
        ".",
        "Puis",
        "rien",
        ".",
    ];
    assert_eq!(words(sentence), expected);
    let reference = tokens(sentence);
    for shift in 1..140 {
        let text = format!("{} {sentence}", "x".repeat(shift));
        let mut shifted = tokens(&text);
        assert_eq!(shifted.remove(0).0.len(), shift);
        assert_eq!(shifted, reference, "shifted by {shift}");
    }
}
