//! The lexicons: typed data files under `data/`, embedded in the library
//! and compiled once into a [`Lexicon`]: a vocabulary that answers, in one
//! hash lookup per token, what a word is, and a phrase index of names and
//! multi-word nouns.
//!
//! Users add their own entries through
//! [`ExtractorBuilder`](crate::ExtractorBuilder); the built-in lexicon is
//! compiled on first use and shared.

// The conjugator's API is complete; the lexicon builder uses part of it.
#[allow(dead_code)]
pub(crate) mod conjugate;
#[cfg(test)]
mod data_tests;
mod entries;
mod tsv;
pub(crate) mod vocab;

use std::borrow::Cow;
use std::sync::Arc;

use once_cell::sync::Lazy;

pub(crate) use entries::*;
use vocab::{CaseRule, Phrase, Sense, Target, Tense, VerbForm, Vocabulary, VocabularyBuilder, flag};

use crate::analysis::CountryCode;
use crate::error::Error;
use crate::hash::FxHashMap;
use crate::text::Document;
use crate::text::fold::{fold, strip_accents};

/// The kinds of lexicon file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FileKind {
    FunctionWords,
    NameWords,
    Countries,
    Organisations,
    Persons,
    Roles,
    Bodies,
    Groups,
    OrgNouns,
    Places,
    FirstNames,
    Cues,
    Events,
    Verbs,
}

/// The raw text of every lexicon file, built-in and user-given.
#[derive(Clone, Debug)]
pub(crate) struct Sources {
    files: Vec<(FileKind, Cow<'static, str>, Cow<'static, str>)>,
}

const BUILTIN_FILES: &[(FileKind, &str, &str)] = &[
    (FileKind::FunctionWords, "function_words.tsv", include_str!("data/function_words.tsv")),
    (FileKind::NameWords, "name_words.tsv", include_str!("data/name_words.tsv")),
    (FileKind::Countries, "countries.tsv", include_str!("data/countries.tsv")),
    (FileKind::Organisations, "organisations.tsv", include_str!("data/organisations.tsv")),
    (FileKind::Persons, "persons.tsv", include_str!("data/persons.tsv")),
    (FileKind::Roles, "roles.tsv", include_str!("data/roles.tsv")),
    (FileKind::Bodies, "bodies.tsv", include_str!("data/bodies.tsv")),
    (FileKind::Groups, "groups.tsv", include_str!("data/groups.tsv")),
    (FileKind::OrgNouns, "org_nouns.tsv", include_str!("data/org_nouns.tsv")),
    (FileKind::Places, "places.tsv", include_str!("data/places.tsv")),
    (FileKind::FirstNames, "firstnames.tsv", include_str!("data/firstnames.tsv")),
    (FileKind::Cues, "cues.tsv", include_str!("data/cues.tsv")),
    (FileKind::Events, "events.tsv", include_str!("data/events.tsv")),
    (FileKind::Verbs, "verbs.tsv", include_str!("data/verbs.tsv")),
];

impl Sources {
    /// The built-in files.
    pub fn builtin() -> Sources {
        Sources {
            files: BUILTIN_FILES
                .iter()
                .map(|&(kind, name, text)| (kind, Cow::Borrowed(name), Cow::Borrowed(text)))
                .collect(),
        }
    }

    /// Adds a user file of `kind`, read after the built-in ones (its
    /// entries come last and win where a key repeats).
    pub fn add(&mut self, kind: FileKind, name: String, text: String) {
        self.files.push((kind, Cow::Owned(name), Cow::Owned(text)));
    }

    /// Drops every file of `kind` read so far (to replace a built-in
    /// lexicon).
    pub fn clear(&mut self, kind: FileKind) {
        self.files.retain(|(k, _, _)| *k != kind);
    }
}

/// Everything the grammar knows, compiled.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub vocab: Vocabulary,
    pub countries: Vec<Country>,
    pub orgs: Vec<Org>,
    pub persons: Vec<Person>,
    pub roles: Vec<Role>,
    pub bodies: Vec<Body>,
    pub groups: Vec<Group>,
    pub org_nouns: Vec<OrgNoun>,
    pub places: Vec<Place>,
    pub first_names: Vec<FirstName>,
    pub cues: Vec<Cue>,
    pub events: Vec<EventPattern>,
    pub plain_verbs: Vec<(String, VerbClass)>,
    pub verbs: Vec<Verb>,
    pub lemmas: Vec<Lemma>,
    pub country_by_code: FxHashMap<CountryCode, u32>,
    pub org_by_key: FxHashMap<String, u32>,
}

/// The built-in lexicon, compiled on first use.
pub(crate) static BUILTIN: Lazy<Arc<Lexicon>> =
    Lazy::new(|| Arc::new(Lexicon::build(&Sources::builtin()).expect("the built-in lexicon files are valid")));

impl Lexicon {
    /// Parses every file and compiles the vocabulary.
    pub fn build(sources: &Sources) -> Result<Lexicon, Error> {
        let mut lex = Lexicon {
            vocab: Vocabulary::default(),
            countries: Vec::new(),
            orgs: Vec::new(),
            persons: Vec::new(),
            roles: Vec::new(),
            bodies: Vec::new(),
            groups: Vec::new(),
            org_nouns: Vec::new(),
            places: Vec::new(),
            first_names: Vec::new(),
            cues: Vec::new(),
            events: Vec::new(),
            plain_verbs: Vec::new(),
            verbs: Vec::new(),
            lemmas: Vec::new(),
            country_by_code: FxHashMap::default(),
            org_by_key: FxHashMap::default(),
        };
        let mut builder = VocabularyBuilder::default();
        for (kind, name, text) in &sources.files {
            let (name, text) = (name.as_ref(), text.as_ref());
            match kind {
                FileKind::FunctionWords => function_words(name, text, &mut builder)?,
                FileKind::NameWords => name_words(name, text, &mut builder)?,
                FileKind::Countries => parse_countries(name, text, &mut lex.countries)?,
                FileKind::Organisations => parse_orgs(name, text, &mut lex.orgs)?,
                FileKind::Persons => parse_persons(name, text, &mut lex.persons)?,
                FileKind::Roles => parse_roles(name, text, &mut lex.roles)?,
                FileKind::Bodies => parse_bodies(name, text, &mut lex.bodies)?,
                FileKind::Groups => parse_groups(name, text, &mut lex.groups)?,
                FileKind::OrgNouns => parse_org_nouns(name, text, &mut lex.org_nouns)?,
                FileKind::Places => parse_places(name, text, &mut lex.places)?,
                FileKind::FirstNames => parse_first_names(name, text, &mut lex.first_names)?,
                FileKind::Cues => parse_cues(name, text, &mut lex.cues)?,
                FileKind::Events => parse_events(name, text, &mut lex.events)?,
                FileKind::Verbs => parse_verbs(name, text, &mut lex.plain_verbs)?,
            }
        }
        lex.dedupe();
        lex.compile(&mut builder);
        lex.compile_verbs(&mut builder)?;
        lex.vocab = builder.build();
        Ok(lex)
    }

    /// Later entries with the same key replace earlier ones (user files come
    /// after the built-in ones).
    fn dedupe(&mut self) {
        fn keep_last<T>(items: &mut Vec<T>, key: impl Fn(&T) -> String) {
            let mut seen = crate::hash::FxHashSet::default();
            let mut kept: Vec<T> = Vec::with_capacity(items.len());
            for item in items.drain(..).rev() {
                if seen.insert(key(&item)) {
                    kept.push(item);
                }
            }
            kept.reverse();
            *items = kept;
        }
        keep_last(&mut self.countries, |c| c.code.as_str().to_string());
        keep_last(&mut self.orgs, |o| o.key.clone());
        keep_last(&mut self.persons, |p| p.key.clone());
        keep_last(&mut self.cues, |c| c.lemma.clone());
        keep_last(&mut self.events, |e| e.id.clone());
    }

    fn compile(&mut self, b: &mut VocabularyBuilder) {
        for (i, c) in self.countries.iter().enumerate() {
            let i = i as u32;
            self.country_by_code.insert(c.code, i);
            for name in &c.names {
                add_name(b, name, Target::Country(i));
            }
            for city in &c.capitals {
                add_name(b, city, Target::Capital(i));
                add_without_capital_article(b, city, Target::Capital(i));
            }
            for seat in &c.seats {
                add_name(b, seat, Target::Seat { country: i });
            }
            for set in &c.demonyms {
                for (gn, form) in set.iter().enumerate() {
                    add_word_sense(b, form, flag::DEMONYM, Sense::Demonym { country: i, gn: gn as u8 });
                }
            }
        }
        for (i, o) in self.orgs.iter().enumerate() {
            self.org_by_key.insert(o.key.clone(), i as u32);
            // Names written in lower case first: they match any case, and
            // the same words with a capital are then the same phrase.
            let lower = |n: &&String| phrase_keys(n).2 == CaseRule::Any;
            for name in o.names.iter().filter(lower).chain(o.names.iter().filter(|n| !lower(n))) {
                add_name(b, name, Target::Org(i as u32));
            }
        }
        for (i, p) in self.persons.iter().enumerate() {
            for name in &p.names {
                add_name(b, name, Target::Person(i as u32));
            }
        }
        for (i, p) in self.places.iter().enumerate() {
            add_name(b, &p.name, Target::Place(i as u32));
            add_without_capital_article(b, &p.name, Target::Place(i as u32));
        }
        for (i, f) in self.first_names.iter().enumerate() {
            let key = fold(&f.name);
            if key.contains(' ') || Document::new(&f.name).tokens.len() > 1 {
                add_name(b, &f.name, Target::FirstName(i as u32));
            } else {
                let gender = match f.feminine {
                    Some(true) => flag::FEMININE_NAME,
                    Some(false) => flag::MASCULINE_NAME,
                    None => 0,
                };
                b.flag(&key, flag::FIRST_NAME | gender);
            }
        }
        for (i, r) in self.roles.iter().enumerate() {
            for (gn, form) in r.forms.iter().enumerate() {
                if let Some(form) = form {
                    let gn = gn as u8;
                    add_noun(b, form, Sense::Role { role: i as u32, gn }, Target::Role { role: i as u32, gn });
                }
            }
        }
        for (i, body) in self.bodies.iter().enumerate() {
            for (n, form) in body.forms.iter().enumerate() {
                if let Some(form) = form {
                    let plural = n == 1;
                    add_noun(b, form, Sense::Body { body: i as u32, plural }, Target::Body { body: i as u32, plural });
                }
            }
        }
        for (i, g) in self.groups.iter().enumerate() {
            for (n, form) in g.forms.iter().enumerate() {
                if let Some(form) = form {
                    let plural = n == 1;
                    add_noun(
                        b,
                        form,
                        Sense::Group { group: i as u32, plural },
                        Target::Group { group: i as u32, plural },
                    );
                }
            }
        }
        for (i, o) in self.org_nouns.iter().enumerate() {
            for (n, form) in o.forms.iter().enumerate() {
                if let Some(form) = form {
                    let plural = n == 1;
                    add_noun(
                        b,
                        form,
                        Sense::OrgNoun { noun: i as u32, plural },
                        Target::OrgNoun { noun: i as u32, plural },
                    );
                }
            }
        }
        for (i, e) in self.events.iter().enumerate() {
            if e.noun {
                let pattern = i as u32;
                add_noun(
                    b,
                    &e.lemma,
                    Sense::EventNoun { pattern, plural: false },
                    Target::EventNoun { pattern, plural: false },
                );
                if let Some(plural) = plural_of(&e.lemma) {
                    add_noun(
                        b,
                        &plural,
                        Sense::EventNoun { pattern, plural: true },
                        Target::EventNoun { pattern, plural: true },
                    );
                }
            }
        }
        for cue in ["selon", "d'après"] {
            b.flag(cue, flag::CUE_PREP);
        }
    }
}

impl Lexicon {
    /// Conjugates every verbal lemma of the cue, event and verb files and
    /// puts its forms in the vocabulary.
    fn compile_verbs(&mut self, b: &mut VocabularyBuilder) -> Result<(), Error> {
        use conjugate::{Auxiliary, Form, Gender, Number, Tense as CTense};
        let mut lemma_texts: Vec<(String, VerbClass)> = self.plain_verbs.clone();
        lemma_texts.extend(
            self.cues.iter().filter(|c| !is_preposition_cue(&c.lemma)).map(|c| (c.lemma.clone(), VerbClass::Verb)),
        );
        lemma_texts.extend(self.events.iter().filter(|e| !e.noun).map(|e| (e.lemma.clone(), VerbClass::Verb)));
        let mut verb_by_head: FxHashMap<String, u32> = FxHashMap::default();
        let mut lemma_by_text: FxHashMap<String, u32> = FxHashMap::default();
        for (text, class) in lemma_texts {
            if lemma_by_text.contains_key(&text) {
                continue;
            }
            let Some(conj) = conjugate::conjugate(&text) else {
                return Err(Error::lexicon("verbs", 0, Some("lemma"), format!("cannot conjugate {text:?}")));
            };
            let head = conj.head().to_string();
            let verb = match verb_by_head.get(&head) {
                Some(&v) => {
                    if class != VerbClass::Verb {
                        self.verbs[v as usize].class = class;
                    }
                    v
                }
                None => {
                    let v = self.verbs.len() as u32;
                    self.verbs.push(Verb {
                        infinitive: head.clone(),
                        class,
                        etre: conj.auxiliary() == Auxiliary::Etre && !conj.is_pronominal(),
                        lemmas: Vec::new(),
                    });
                    verb_by_head.insert(head.clone(), v);
                    let aux = match head.as_str() {
                        "être" => flag::AUX_ETRE,
                        "avoir" => flag::AUX_AVOIR,
                        _ => 0,
                    };
                    for (form, tag) in conj.forms() {
                        let (tense, person, gn) = match tag {
                            Form::Infinitive => (Tense::Infinitive, 0, 0),
                            Form::PresentParticiple => (Tense::PresentParticiple, 0, 0),
                            Form::PastParticiple { gender, number } => {
                                let gn = match (gender, number) {
                                    (Gender::Masculine, Number::Singular) => MS,
                                    (Gender::Feminine, Number::Singular) => FS,
                                    (Gender::Masculine, Number::Plural) => MP,
                                    (Gender::Feminine, Number::Plural) => FP,
                                };
                                (Tense::Participle, 0, gn)
                            }
                            Form::Finite { tense, person } => {
                                let tense = match tense {
                                    CTense::Present => Tense::Present,
                                    CTense::Imperfect => Tense::Imperfect,
                                    CTense::SimplePast => Tense::SimplePast,
                                    CTense::Future => Tense::Future,
                                    CTense::Conditional => Tense::Conditional,
                                    CTense::PresentSubjunctive | CTense::ImperfectSubjunctive => Tense::Subjunctive,
                                    CTense::Imperative => Tense::Imperative,
                                };
                                let p = person as u8 + 1;
                                (tense, p, 0)
                            }
                        };
                        let key = fold(form);
                        b.sense(&key, flag::VERB | aux, Sense::Verb(VerbForm { verb: v, tense, person, gn }));
                    }
                    v
                }
            };
            let tail: Vec<String> =
                conj.tail().map(|t| phrase_keys(t).0.iter().map(|k| k.to_string()).collect()).unwrap_or_default();
            let id = self.lemmas.len() as u32;
            self.lemmas.push(Lemma {
                text: text.clone(),
                tail,
                pronominal: conj.is_pronominal(),
                clitic: conj.clitic().map(str::to_string),
                cue: None,
                events: Vec::new(),
            });
            lemma_by_text.insert(text, id);
            self.verbs[verb as usize].lemmas.push(id);
        }
        for (i, cue) in self.cues.iter().enumerate() {
            if let Some(&l) = lemma_by_text.get(&cue.lemma) {
                self.lemmas[l as usize].cue = Some(i as u32);
            }
        }
        for (i, e) in self.events.iter().enumerate() {
            if let Some(&l) = lemma_by_text.get(&e.lemma) {
                self.lemmas[l as usize].events.push(i as u32);
            }
        }
        // Longest tail first, so the grammar tries `mettre en garde` before
        // `mettre`; pronominal lemmas before the plain ones.
        let lemmas = &self.lemmas;
        for verb in &mut self.verbs {
            verb.lemmas.sort_by_key(|&l| {
                let l = &lemmas[l as usize];
                (std::cmp::Reverse(l.tail.len()), std::cmp::Reverse(l.pronominal))
            });
        }
        Ok(())
    }
}

/// Cues that are prepositions, not verbs (`selon`, `d'après`, `pour`).
fn is_preposition_cue(lemma: &str) -> bool {
    matches!(lemma, "selon" | "d'après" | "d’après" | "pour" | "à en croire")
}

/// The keys of a phrase as the lexer folds it, with a leading lower-case
/// article taken off.
fn phrase_keys(text: &str) -> (Vec<Box<str>>, Box<str>, CaseRule) {
    let doc = Document::new(text);
    let mut keys: Vec<Box<str>> = (0..doc.tokens.len()).map(|i| Box::from(doc.key(i))).collect();
    let mut first = 0;
    if doc.tokens.len() > 1 && !doc.tokens[0].is_capitalized() && matches!(doc.key(0), "le" | "la" | "les" | "l'") {
        first = 1;
    }
    keys.drain(..first);
    let Some(t) = doc.tokens.get(first) else { return (keys, Box::from(""), CaseRule::Any) };
    let word = doc.token_text(t);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let case = if t.has(crate::text::TokenFlags::ALL_CAPS) || (letters <= 6 && word.chars().any(|c| c.is_ascii_digit()))
    {
        CaseRule::Acronym
    } else if t.is_capitalized() {
        CaseRule::Capitalized
    } else {
        CaseRule::Any
    };
    (keys, Box::from(word), case)
}

/// Indexes a name (and its unaccented variant: `Etats-Unis`).
fn add_name(b: &mut VocabularyBuilder, name: &str, target: Target) {
    let (keys, first, case) = phrase_keys(name);
    if keys.is_empty() {
        return;
    }
    // A lower-case word in a name list (`l'alliance`?) would match common
    // nouns: names need a capital or an acronym — but for organisations
    // that French writes in lower case (`les talibans`, `les houthis`), the
    // lower-case form is meant, with or without a capital.
    let case = if case == CaseRule::Any && !matches!(target, Target::Org(_)) { CaseRule::Capitalized } else { case };
    let plain: Vec<Box<str>> = keys.iter().map(|k| Box::from(strip_accents(k).as_str())).collect();
    if plain != keys {
        b.phrase(Phrase { keys: plain.into(), ids: Box::default(), first: first.clone(), target, case });
    }
    b.phrase(Phrase { keys: keys.into(), ids: Box::default(), first, target, case });
}

/// `Le Caire` is also `au Caire`, `du Caire`: cities whose name starts
/// with a capitalised article are indexed without it too.
fn add_without_capital_article(b: &mut VocabularyBuilder, name: &str, target: Target) {
    for article in ["Le ", "La ", "Les ", "L'", "L’"] {
        if let Some(rest) = name.strip_prefix(article) {
            if rest.starts_with(char::is_uppercase) {
                add_name(b, rest, target);
            }
        }
    }
}

/// Indexes a common noun: one word as a sense, several as a phrase.
fn add_noun(b: &mut VocabularyBuilder, form: &str, sense: Sense, target: Target) {
    let (keys, first, _) = phrase_keys(form);
    match keys.len() {
        0 => {}
        1 => b.sense(&keys[0], flag::NOUN, sense),
        _ => b.phrase(Phrase { keys: keys.into(), ids: Box::default(), first, target, case: CaseRule::Any }),
    }
}

fn add_word_sense(b: &mut VocabularyBuilder, form: &str, flags: u64, sense: Sense) {
    let key = fold(form);
    if !key.is_empty() {
        b.sense(&key, flags, sense);
    }
}

/// The plural of a noun by the regular rules (for event nouns given in the
/// singular): `-s`, `-x`, `-z` unchanged; `-al` → `-aux`; `-eau`, `-eu` →
/// `+x`; else `+s`. Multi-word nouns pluralise their first word.
fn plural_of(noun: &str) -> Option<String> {
    let (head, tail) = match noun.find(' ') {
        Some(i) => (&noun[..i], &noun[i..]),
        None => (noun, ""),
    };
    let plural = if head.ends_with(['s', 'x', 'z']) {
        return None;
    } else if let Some(stem) = head.strip_suffix("al") {
        format!("{stem}aux")
    } else if head.ends_with("eau") || head.ends_with("eu") {
        format!("{head}x")
    } else {
        format!("{head}s")
    };
    Some(format!("{plural}{tail}"))
}

fn function_words(source: &str, text: &str, b: &mut VocabularyBuilder) -> Result<(), Error> {
    for row in tsv::rows(source, text, &["word", "classes"]) {
        let row = row?;
        let mut flags = 0;
        for class in row.required("classes")?.split(',').map(str::trim) {
            flags |= match class {
                "det" => flag::DET,
                "def" => flag::DEF,
                "indef" => flag::INDEF,
                "poss" => flag::POSS,
                "dem" => flag::DEM,
                "part" => flag::PART,
                "quant" => flag::QUANT,
                "prep" => flag::PREP,
                "pron" => flag::PRON,
                "subj" => flag::SUBJ,
                "obj" => flag::OBJ,
                "refl" => flag::REFL,
                "rel" => flag::REL,
                "ind" => flag::IND,
                "conj" => 0,
                "coord" => flag::COORD,
                "sub" => flag::SUB,
                "neg" => flag::NEG,
                "negp" => flag::NEGP,
                "adv" => flag::ADV,
                "m" => flag::MASC,
                "f" => flag::FEM,
                "s" => flag::SING,
                "p" => flag::PLUR,
                other => return Err(row.error("classes", format!("unknown class {other:?}"))),
            };
        }
        b.flag(&fold(row.required("word")?), flags);
    }
    Ok(())
}

fn name_words(source: &str, text: &str, b: &mut VocabularyBuilder) -> Result<(), Error> {
    for row in tsv::rows(source, text, &["word", "class"]) {
        let row = row?;
        let f = match row.required("class")? {
            "org" => flag::ORG_WORD,
            "body" => flag::BODY_WORD,
            "honorific" => flag::HONORIFIC,
            "notname" => flag::NOT_NAME,
            other => return Err(row.error("class", format!("unknown class {other:?}"))),
        };
        b.flag(&fold(row.required("word")?), f);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lexicon_compiles() {
        let lex = &*BUILTIN;
        assert!(lex.countries.len() >= 195, "{} countries", lex.countries.len());
        let russe = lex.vocab.get("russe").expect("russe is a demonym");
        assert!(russe.has(flag::DEMONYM));
        let rus = lex.country_by_code[&CountryCode::new("RUS").unwrap()];
        assert!(lex.vocab.senses(russe).contains(&Sense::Demonym { country: rus, gn: 0 }));
        let phrases: Vec<_> = lex.vocab.phrases_from("états-unis").collect();
        assert!(phrases.iter().any(|p| matches!(p.target, Target::Country(_))));
        assert!(lex.vocab.phrases_from("etats-unis").next().is_some(), "unaccented variant");
        assert!(lex.vocab.get("le").unwrap().has(flag::DET | flag::DEF));
    }

    #[test]
    fn user_files_override_and_errors_name_their_place() {
        let mut sources = Sources::builtin();
        sources.add(
            FileKind::Organisations,
            "mine.tsv".into(),
            "ACME\torganization\tcompany\tFRA\tAcme|l'Acme SA\n".into(),
        );
        let lex = Lexicon::build(&sources).unwrap();
        assert!(lex.org_by_key.contains_key("ACME"));
        let mut bad = Sources::builtin();
        bad.add(FileKind::Organisations, "mine.tsv".into(), "# x\nACME\tcorporation\tcompany\tFRA\tAcme\n".into());
        let err = Lexicon::build(&bad).unwrap_err().to_string();
        assert_eq!(err, "mine.tsv:2: field \"kind\": unknown kind \"corporation\"");
    }

    #[test]
    fn regular_plurals() {
        assert_eq!(plural_of("attaque").as_deref(), Some("attaques"));
        assert_eq!(plural_of("tribunal").as_deref(), Some("tribunaux"));
        assert_eq!(plural_of("prise d'otages").as_deref(), Some("prises d'otages"));
        assert_eq!(plural_of("pourparlers"), None);
    }
}
