//! Property tests of the whole analysis, on arbitrary strings and bytes and
//! on French-like news text built from fragments: no panic, spans on
//! character boundaries inside the text, statement contents inside their
//! sentence or quotation, every actor id referenced existing, and the same
//! text always giving the same JSON.

mod checks;

use std::sync::OnceLock;

use checks::{check, check_contents_in_sentences, extractor, options};
use depeche::{ErrorKind, Extractor, LexiconKind};
use proptest::prelude::*;

/// A second extractor whose lexicon was compiled anew from the same
/// entries (an empty user lexicon forces the compilation): it must give
/// exactly the same analyses as the shared built-in one.
fn recompiled() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::builder().lexicon_tsv(LexiconKind::Cues, "empty", "").build().expect("an empty lexicon builds")
    })
}

fn json(extractor: &Extractor, text: &str) -> String {
    let analysis = extractor.analyze_with(text, &options()).expect("analysed");
    serde_json::to_string(&analysis).expect("serialised")
}

/// Every property on one text.
fn all_properties(text: &str) {
    let analysis = extractor().analyze_with(text, &options()).expect("analysed");
    check(text, &analysis);
    check_contents_in_sentences(text, &analysis);
    let first = serde_json::to_string(&analysis).expect("serialised");
    assert_eq!(first, json(extractor(), text), "a second analysis gives the same JSON");
    assert_eq!(first, json(&Extractor::new(), text), "a new extractor gives the same JSON");
    assert_eq!(first, json(recompiled(), text), "a recompiled lexicon gives the same JSON");
}

// ------------------------------------------------------------ French-like text

/// Who: names, known and unknown, titles, acronyms, metonyms, descriptions,
/// groups and pronouns.
const ACTORS: &[&str] = &[
    "Vladimir Poutine",
    "Poutine",
    "Emmanuel Macron",
    "M. Dupont",
    "Mme Durand",
    "Jean-Marie Le Pen",
    "le président russe",
    "le président",
    "la chancelière allemande Angela Merkel",
    "L’OTAN",
    "l’OTAN",
    "l'Union européenne",
    "l’UE",
    "l’Organisation des Nations unies (ONU)",
    "la Russie",
    "l’Ukraine",
    "la France",
    "les États-Unis",
    "Moscou",
    "Kiev",
    "le Kremlin",
    "la Maison-Blanche",
    "le ministère russe des Affaires étrangères",
    "le ministre",
    "le gouvernement",
    "l’armée",
    "la police",
    "un porte-parole de la police",
    "les manifestants",
    "des responsables",
    "le quotidien Le Monde",
    "l’AFP",
    "le communiqué",
    "Il",
    "il",
    "Elle",
    "elle",
    "Ils",
    "on",
];

/// Saying and doing: reporting cues, inversions, prepositions, event verbs.
const VERBS: &[&str] = &[
    "a déclaré que",
    "a déclaré",
    "a affirmé que",
    "a annoncé",
    "a prévenu que",
    "a dénoncé",
    "a accusé",
    "a démenti",
    "estime que",
    "a-t-il déclaré",
    "a-t-elle dit",
    "dit-il",
    "indique",
    "a ajouté",
    "selon",
    "d’après",
    "pour",
    "n’a pas dit",
    "a été condamné",
    "a attaqué",
    "a condamné",
    "a rencontré",
    "s’est entretenu avec",
    "a menacé",
    "a imposé des sanctions contre",
    "ont manifesté contre",
    "a retiré ses troupes de",
    "a signé un accord avec",
    "a demandé à",
];

/// What was said, and around it: clauses, times, quotation marks,
/// punctuation, line breaks.
const OTHER: &[&str] = &[
    "la Russie devait agir",
    "Moscou insistait",
    "nous ne céderons pas",
    "la guerre continue",
    "les troupes à la frontière",
    "qu’il viendrait",
    "dans un communiqué",
    "à l’AFP",
    "aux journalistes",
    "sur Twitter",
    "le 7 décembre 2021",
    "le 7 décembre",
    "hier",
    "mardi",
    "mardi soir",
    "le lendemain",
    "en 2012",
    "deux ans",
    "depuis trois semaines",
    "chaque année",
    "14 h 30",
    "29 mai 2012. -",
    "« ",
    " »",
    "«",
    "»",
    "“",
    "”",
    "‹",
    "›",
    "\"",
    "'",
    "’",
    ".",
    ". ",
    ",",
    ", ",
    " : ",
    ";",
    "?",
    "!",
    "…",
    " – ",
    " - ",
    "(",
    ")",
    "\n",
    "\n\n",
    "Lire aussi :",
    "et",
    "mais",
    "que",
    "e\u{301}",
    "\u{A0}",
    "\u{202F}",
];

fn fragment() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        3 => prop::sample::select(ACTORS),
        3 => prop::sample::select(VERBS),
        4 => prop::sample::select(OTHER),
    ]
}

/// Fragments joined mostly by spaces, sometimes by nothing.
fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), prop::bool::weighted(0.85)), 0..80).prop_map(|parts| {
        let mut s = String::new();
        for (part, space) in parts {
            s.push_str(part);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Sentences of the usual shapes, so that statements and events are
/// actually found: `X a déclaré que …`, `« … », a dit X`, `Selon X, …`.
fn news_sentence() -> impl Strategy<Value = String> {
    let actor = prop::sample::select(ACTORS);
    let clause = prop::sample::select(&OTHER[..12]);
    let time = prop::sample::select(&OTHER[10..22]);
    (0..5u8, actor, prop::sample::select(VERBS), clause, time).prop_map(|(shape, a, v, c, t)| match shape {
        0 => format!("{a} {v} {c} {t}. "),
        1 => format!("« {c} », {v} {a} {t}. "),
        2 => format!("Selon {a}, {c}. "),
        3 => format!("{t}, {a} {v} {a}. "),
        _ => format!("« {c}, {v}, {c} ». "),
    })
}

fn news_article() -> impl Strategy<Value = String> {
    prop::collection::vec((news_sentence(), prop::bool::weighted(0.2)), 1..12).prop_map(|parts| {
        let mut s = String::new();
        for (sentence, paragraph) in parts {
            s.push_str(&sentence);
            if paragraph {
                s.push('\n');
            }
        }
        s
    })
}

// ------------------------------------------------------------ properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(if cfg!(debug_assertions) { 300 } else { 3000 }))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        all_properties(&text);
    }

    #[test]
    fn arbitrary_printable_strings(text in "\\PC{0,400}") {
        all_properties(&text);
    }

    #[test]
    fn french_like_strings(text in french_like()) {
        all_properties(&text);
    }

    #[test]
    fn news_articles(text in news_article()) {
        all_properties(&text);
    }

    /// Bytes: an error exactly where `std` finds the first bad byte, else
    /// the same analysis as the text.
    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        match std::str::from_utf8(&bytes) {
            Ok(text) => {
                let a = extractor().analyze_bytes(&bytes, &options()).expect("valid UTF-8 is analysed");
                check(text, &a);
                prop_assert_eq!(serde_json::to_string(&a).unwrap(), json(extractor(), text));
            }
            Err(e) => {
                let err = extractor().analyze_bytes(&bytes, &options()).unwrap_err();
                prop_assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { position: e.valid_up_to() });
            }
        }
    }

    /// French-like text with one byte broken somewhere.
    #[test]
    fn french_like_bytes_with_a_bad_byte(text in french_like(), at in any::<prop::sample::Index>(), bad in 0x80u8..=0xFF) {
        let mut bytes = text.into_bytes();
        if !bytes.is_empty() {
            let i = at.index(bytes.len());
            bytes[i] = bad;
        }
        match std::str::from_utf8(&bytes) {
            Ok(text) => all_properties(text),
            Err(e) => {
                let err = extractor().analyze_bytes(&bytes, &options()).unwrap_err();
                prop_assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { position: e.valid_up_to() });
            }
        }
    }
}

/// The fragments themselves, one at a time and all together.
#[test]
fn every_fragment_alone_and_together() {
    for part in ACTORS.iter().chain(VERBS).chain(OTHER) {
        all_properties(part);
    }
    all_properties(&ACTORS.join(" "));
    all_properties(&VERBS.join(" "));
    all_properties(&OTHER.join(" "));
    let all: Vec<&str> = ACTORS.iter().chain(VERBS).chain(OTHER).copied().collect();
    all_properties(&all.join(" "));
    all_properties(&all.concat());
}
