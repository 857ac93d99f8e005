//! A small French conjugator for the lexicon builder.
//!
//! [`conjugate`] takes a lemma as the lexicon files write it — an
//! infinitive (`déclarer`), a pronominal verb (`se féliciter`,
//! `s'inquiéter`, `s'en prendre`) or a multiword expression whose first
//! word is the verb (`mettre en garde`, `faire savoir`, `placer en garde à
//! vue`) — and returns a [`Conjugation`]: every simple form of the head verb,
//! each tagged with a [`Form`], the auxiliary of its compound tenses, and the
//! fixed tail of a multiword lemma.
//!
//! What it covers:
//!
//! - the first group (`-er`) with its spelling changes: `-cer`
//!   (`annonçait`), `-ger` (`exigeons`), `e` + consonant (`lève`, `achète`,
//!   `harcèle`), the doubling `-eler`/`-eter` verbs (`appelle`, `rejette`),
//!   `é` + consonants (`répète`, `réitère`; future `répétera` and the 1990
//!   spelling `répètera`), `-oyer`/`-uyer` (`emploie`), `-ayer` (`paie` and
//!   `paye`), `envoyer` (`enverra`), and `aller`;
//! - the second group (`finir`, `réagir`, `saisir`…), the default for `-ir`
//!   verbs that are not listed as irregular;
//! - the irregular verbs that reporting and event verbs need, as paradigm
//!   models written for an ending (`prendre` covers `comprendre`,
//!   `surprendre`…; `cevoir` covers `recevoir`, `apercevoir`…) or for a
//!   closed list of verbs (`partir`, `sortir`, `mentir`… but not `répartir`).
//!
//! Irregular verbs it does not know (`pleuvoir`, `bouillir`, `vêtir`,
//! `moudre`, `clore`…) give `None` rather than wrong forms. Compound
//! tenses are not generated: they are an auxiliary form followed by a past
//! participle, which the grammar assembles.
//!
//! It runs once, when the lexicons are built, and allocates freely.

use std::fmt;

/// Tense and mood of a finite form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Tense {
    /// Indicative present (`déclare`).
    Present,
    /// Indicative imperfect, the imparfait (`déclarait`).
    Imperfect,
    /// Simple past, the passé simple (`déclara`).
    SimplePast,
    /// Simple future (`déclarera`).
    Future,
    /// Present conditional (`déclarerait`).
    Conditional,
    /// Present subjunctive (`déclare`, `disions`).
    PresentSubjunctive,
    /// Imperfect subjunctive (`déclarât`, `fût`).
    ImperfectSubjunctive,
    /// Imperative; only [`Person::S2`], [`Person::P1`] and [`Person::P2`]
    /// have forms (`arrêtez`).
    Imperative,
}

impl Tense {
    /// Every tense, in the order of [`Conjugation::forms`].
    pub(crate) const ALL: [Tense; 8] = [
        Tense::Present,
        Tense::Imperfect,
        Tense::SimplePast,
        Tense::Future,
        Tense::Conditional,
        Tense::PresentSubjunctive,
        Tense::ImperfectSubjunctive,
        Tense::Imperative,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// Grammatical number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Number {
    /// One.
    Singular,
    /// More than one.
    Plural,
}

/// Grammatical gender of a past participle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Gender {
    /// Masculine (`déclaré`).
    Masculine,
    /// Feminine (`déclarée`).
    Feminine,
}

/// Person and number of a finite form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Person {
    /// First person singular (`je`).
    S1,
    /// Second person singular (`tu`).
    S2,
    /// Third person singular (`il`, `elle`, `on`, a singular subject).
    S3,
    /// First person plural (`nous`).
    P1,
    /// Second person plural (`vous`).
    P2,
    /// Third person plural (`ils`, `elles`, a plural subject).
    P3,
}

impl Person {
    /// The six persons, singular first.
    pub(crate) const ALL: [Person; 6] = [Person::S1, Person::S2, Person::S3, Person::P1, Person::P2, Person::P3];

    /// The grammatical person: 1, 2 or 3.
    pub(crate) fn person(self) -> u8 {
        match self {
            Person::S1 | Person::P1 => 1,
            Person::S2 | Person::P2 => 2,
            Person::S3 | Person::P3 => 3,
        }
    }

    /// Singular or plural.
    pub(crate) fn number(self) -> Number {
        match self {
            Person::S1 | Person::S2 | Person::S3 => Number::Singular,
            Person::P1 | Person::P2 | Person::P3 => Number::Plural,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What a generated form is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Form {
    /// The infinitive (`déclarer`).
    Infinitive,
    /// The present participle (`déclarant`).
    PresentParticiple,
    /// The past participle in one gender and number (`déclarées`).
    PastParticiple {
        /// Masculine or feminine.
        gender: Gender,
        /// Singular or plural.
        number: Number,
    },
    /// A finite form: a tense or mood and a person.
    Finite {
        /// Tense and mood.
        tense: Tense,
        /// Person and number.
        person: Person,
    },
}

impl Form {
    /// The four past participle forms: ms, fs, mp, fp.
    pub(crate) const PAST_PARTICIPLES: [Form; 4] = [
        Form::PastParticiple { gender: Gender::Masculine, number: Number::Singular },
        Form::PastParticiple { gender: Gender::Feminine, number: Number::Singular },
        Form::PastParticiple { gender: Gender::Masculine, number: Number::Plural },
        Form::PastParticiple { gender: Gender::Feminine, number: Number::Plural },
    ];

    /// Every form, in the order of [`Conjugation::forms`]: infinitive,
    /// present participle, the four past participles, then each tense with
    /// its six persons.
    pub(crate) fn all() -> impl Iterator<Item = Form> {
        [Form::Infinitive, Form::PresentParticiple]
            .into_iter()
            .chain(Form::PAST_PARTICIPLES)
            .chain(Tense::ALL.into_iter().flat_map(|tense| Person::ALL.map(|person| Form::Finite { tense, person })))
    }

    /// A finite form.
    pub(crate) fn finite(tense: Tense, person: Person) -> Form {
        Form::Finite { tense, person }
    }

    /// A past participle form.
    pub(crate) fn past_participle(gender: Gender, number: Number) -> Form {
        Form::PastParticiple { gender, number }
    }

    /// True for the forms that the grammar reads as a verb group without an
    /// auxiliary: every finite form (`déclare`, `déclarerait`).
    pub(crate) fn is_finite(self) -> bool {
        matches!(self, Form::Finite { .. })
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Form::Infinitive => f.write_str("infinitive"),
            Form::PresentParticiple => f.write_str("present participle"),
            Form::PastParticiple { gender, number } => {
                let g = if gender == Gender::Masculine { 'm' } else { 'f' };
                let n = if number == Number::Singular { 's' } else { 'p' };
                write!(f, "past participle {g}{n}")
            }
            Form::Finite { tense, person } => {
                let n = if person.number() == Number::Singular { 's' } else { 'p' };
                write!(f, "{tense:?} {}{n}", person.person())
            }
        }
    }
}

/// The auxiliary of the compound tenses (`a déclaré`, `s'est félicité`,
/// `est venu`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Auxiliary {
    /// `avoir`: most verbs.
    Avoir,
    /// `être`: pronominal verbs and the verbs of motion and change of state.
    Etre,
}

/// Every simple form of a lemma's head verb, tagged, with its auxiliary.
///
/// A slot may hold several spellings (`paie`/`paye`, `répétera`/`répètera`,
/// `assied`/`assoit`): the first is the usual one. Slots that a verb lacks
/// (the persons of impersonal `falloir`, the imperative of `pouvoir`) are
/// empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Conjugation {
    lemma: String,
    head: String,
    tail: Option<String>,
    pronominal: bool,
    clitic: Option<&'static str>,
    auxiliaries: &'static [Auxiliary],
    infinitive: Vec<String>,
    present_participle: Vec<String>,
    past_participle: [Vec<String>; 4],
    finite: [[Vec<String>; 6]; 8],
}

impl Conjugation {
    /// The lemma as given (trimmed): `se féliciter`, `mettre en garde`.
    pub(crate) fn lemma(&self) -> &str {
        &self.lemma
    }

    /// The infinitive of the head verb, without the pronoun and the tail:
    /// `féliciter`, `mettre`.
    pub(crate) fn head(&self) -> &str {
        &self.head
    }

    /// The fixed words after the head verb of a multiword lemma (`en
    /// garde` in `mettre en garde`, `savoir` in `faire savoir`), or `None`.
    pub(crate) fn tail(&self) -> Option<&str> {
        self.tail.as_deref()
    }

    /// True for a pronominal lemma (`se féliciter`, `s'inquiéter`): the
    /// verb takes a reflexive pronoun and `être` in compound tenses.
    pub(crate) fn is_pronominal(&self) -> bool {
        self.pronominal
    }

    /// The fixed clitic between the reflexive pronoun and the verb: `en`
    /// for `s'en prendre`, `s'en aller`; else `None`.
    pub(crate) fn clitic(&self) -> Option<&str> {
        self.clitic
    }

    /// The usual auxiliary of the compound tenses.
    pub(crate) fn auxiliary(&self) -> Auxiliary {
        self.auxiliaries[0]
    }

    /// Every auxiliary that the verb takes, the usual first: `[Etre,
    /// Avoir]` for `sortir`, `passer`, `monter` (`est sorti`, `a sorti le
    /// dossier`).
    pub(crate) fn auxiliaries(&self) -> &[Auxiliary] {
        self.auxiliaries
    }

    /// The usual spelling of one form of the head verb, or `None` when the
    /// verb has none (`falloir` in the first person).
    pub(crate) fn form(&self, form: Form) -> Option<&str> {
        self.variants(form).first().map(String::as_str)
    }

    /// Every spelling of one form of the head verb, the usual first.
    pub(crate) fn variants(&self, form: Form) -> &[String] {
        match form {
            Form::Infinitive => &self.infinitive,
            Form::PresentParticiple => &self.present_participle,
            Form::PastParticiple { gender, number } => {
                let i = match (gender, number) {
                    (Gender::Masculine, Number::Singular) => 0,
                    (Gender::Feminine, Number::Singular) => 1,
                    (Gender::Masculine, Number::Plural) => 2,
                    (Gender::Feminine, Number::Plural) => 3,
                };
                &self.past_participle[i]
            }
            Form::Finite { tense, person } => &self.finite[tense.index()][person.index()],
        }
    }

    /// Every form of the head verb with its tag, each spelling once per
    /// slot, in the order of [`Form::all`]. A string that fills several
    /// slots (`dit`: present, passé simple, past participle) comes once
    /// for each.
    pub(crate) fn forms(&self) -> impl Iterator<Item = (&str, Form)> + '_ {
        Form::all().flat_map(move |form| self.variants(form).iter().map(move |s| (s.as_str(), form)))
    }
}

/// Conjugates a lemma: an infinitive (`déclarer`), a pronominal verb
/// (`se féliciter`, `s'inquiéter`, `s'en prendre`), or a multiword lemma
/// whose first word is the verb (`mettre en garde`, `se dire prêt`).
///
/// Returns `None` when the lemma is malformed (empty, upper case, `se`
/// before a vowel) or its head verb is not a French verb this conjugator
/// knows: an unknown ending or an unsupported irregular verb.
pub(crate) fn conjugate(lemma: &str) -> Option<Conjugation> {
    let lemma = lemma.trim();
    let (pronominal, clitic, rest) = split_pronoun(lemma)?;
    if rest.contains("  ") {
        return None;
    }
    let (head, tail) = match rest.split_once(' ') {
        Some((head, tail)) => (head, Some(tail.to_owned())),
        None => (rest, None),
    };
    if head.is_empty()
        || !head.chars().all(|c| c == '-' || (c.is_alphabetic() && c.is_lowercase()))
        || head.starts_with('-')
        || head.ends_with('-')
    {
        return None;
    }
    // `se` elides before a vowel: `s'inquiéter`, never `se inquiéter`.
    if pronominal && clitic.is_none() && lemma.starts_with("se ") && starts_with_vowel(head) {
        return None;
    }
    let paradigm = paradigm(head)?;
    let auxiliaries = if pronominal { ETRE } else { auxiliaries_of(head) };
    Some(Conjugation {
        lemma: lemma.to_owned(),
        head: head.to_owned(),
        tail,
        pronominal,
        clitic,
        auxiliaries,
        infinitive: vec![head.to_owned()],
        present_participle: paradigm.present_participle,
        past_participle: paradigm.past_participle,
        finite: paradigm.finite,
    })
}

/// Splits a leading reflexive pronoun: `se `, `s'`, `s’`, `s'en `.
fn split_pronoun(lemma: &str) -> Option<(bool, Option<&'static str>, &str)> {
    let rest = if let Some(rest) = lemma.strip_prefix("se ") {
        rest
    } else if let Some(rest) = lemma.strip_prefix("s'").or_else(|| lemma.strip_prefix("s’")) {
        if rest.starts_with(' ') {
            return None;
        }
        rest
    } else {
        return Some((false, None, lemma));
    };
    if let Some(rest) = rest.strip_prefix("en ") {
        if lemma.starts_with("se ") {
            return None;
        }
        return Some((true, Some("en"), rest));
    }
    Some((true, None, rest))
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'â'
            | 'ä'
            | 'é'
            | 'è'
            | 'ê'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ô'
            | 'ö'
            | 'ù'
            | 'û'
            | 'ü'
            | 'ÿ'
            | 'œ'
            | 'æ'
    )
}

fn starts_with_vowel(word: &str) -> bool {
    word.chars().next().is_some_and(is_vowel)
}

/// Verbs conjugated with `être` when used without an object.
const ETRE_VERBS: &[&str] = &[
    "advenir",
    "aller",
    "arriver",
    "décéder",
    "devenir",
    "échoir",
    "entrer",
    "intervenir",
    "mourir",
    "naître",
    "parvenir",
    "partir",
    "provenir",
    "redevenir",
    "renaître",
    "repartir",
    "rester",
    "retomber",
    "revenir",
    "survenir",
    "tomber",
    "venir",
];

/// Verbs that take `être` intransitively and `avoir` with an object
/// (`est sorti`, `a sorti un rapport`), or both in use.
const ETRE_OR_AVOIR_VERBS: &[&str] = &[
    "accourir",
    "apparaître",
    "demeurer",
    "descendre",
    "monter",
    "passer",
    "redescendre",
    "remonter",
    "rentrer",
    "repasser",
    "ressortir",
    "retourner",
    "sortir",
];

const ETRE: &[Auxiliary] = &[Auxiliary::Etre];
const ETRE_OR_AVOIR: &[Auxiliary] = &[Auxiliary::Etre, Auxiliary::Avoir];
const AVOIR: &[Auxiliary] = &[Auxiliary::Avoir];

fn auxiliaries_of(verb: &str) -> &'static [Auxiliary] {
    if ETRE_VERBS.contains(&verb) {
        ETRE
    } else if ETRE_OR_AVOIR_VERBS.contains(&verb) {
        ETRE_OR_AVOIR
    } else {
        AVOIR
    }
}

/// The simple forms of one verb.
#[derive(Default)]
struct Paradigm {
    finite: [[Vec<String>; 6]; 8],
    past_participle: [Vec<String>; 4],
    present_participle: Vec<String>,
}

impl Paradigm {
    fn slot(&mut self, tense: Tense, person: Person) -> &mut Vec<String> {
        &mut self.finite[tense.index()][person.index()]
    }

    /// Fills the six persons of `tense` with each stem and the endings.
    fn fill(&mut self, tense: Tense, stems: &[String], endings: [&str; 6], join: fn(&str, &str) -> String) {
        for stem in stems {
            for person in Person::ALL {
                let form = join(stem, endings[person.index()]);
                push_unique(self.slot(tense, person), form);
            }
        }
    }

    /// Fills the past participles from the masculine singular.
    fn past_participles_from(&mut self, masculine: &str, invariable: bool) {
        let forms = if invariable {
            [masculine.to_owned(), masculine.to_owned(), masculine.to_owned(), masculine.to_owned()]
        } else {
            // `dû`, `crû` lose their circumflex once inflected.
            let stem: String = match masculine.strip_suffix('û') {
                Some(s) => format!("{s}u"),
                None => masculine.to_owned(),
            };
            let plural = if stem.ends_with('s') || stem.ends_with('x') { stem.clone() } else { format!("{stem}s") };
            [masculine.to_owned(), format!("{stem}e"), plural, format!("{stem}es")]
        };
        for (slot, form) in self.past_participle.iter_mut().zip(forms) {
            push_unique(slot, form);
        }
    }
}

fn push_unique(slot: &mut Vec<String>, form: String) {
    if !slot.contains(&form) {
        slot.push(form);
    }
}

fn concat(stem: &str, ending: &str) -> String {
    format!("{stem}{ending}")
}

const PRESENT_ER: [&str; 6] = ["e", "es", "e", "ons", "ez", "ent"];
const IMPERFECT: [&str; 6] = ["ais", "ais", "ait", "ions", "iez", "aient"];
const SIMPLE_PAST_A: [&str; 6] = ["ai", "as", "a", "âmes", "âtes", "èrent"];
const FUTURE: [&str; 6] = ["ai", "as", "a", "ons", "ez", "ont"];
const SUBJUNCTIVE: [&str; 6] = ["e", "es", "e", "ions", "iez", "ent"];
const IMPERFECT_SUBJUNCTIVE_A: [&str; 6] = ["asse", "asses", "ât", "assions", "assiez", "assent"];

/// The forms of one head verb (an infinitive, no pronoun), or `None`.
fn paradigm(verb: &str) -> Option<Paradigm> {
    if UNSUPPORTED.contains(&verb) {
        return None;
    }
    if let Some(model) = MODELS.iter().find(|m| m.only.contains(&verb)) {
        let prefix = verb.strip_suffix(model.base)?;
        return Some(model.build(prefix));
    }
    if let Some(stem) = verb.strip_suffix("er") {
        return first_group(verb, stem);
    }
    let model = MODELS.iter().filter(|m| m.only.is_empty() && verb.ends_with(m.base)).max_by_key(|m| m.base.len())?;
    // An `-oir` verb that no model names is not a second-group verb.
    if verb.ends_with("oir") && !model.base.ends_with("oir") {
        return None;
    }
    let prefix = verb.strip_suffix(model.base)?;
    if prefix.is_empty() && model.base.len() <= 3 {
        return None;
    }
    Some(model.build(prefix))
}

/// `-eler` and `-eter` verbs that double their consonant (`appelle`,
/// `jette`); the others take a grave accent (`achète`, `harcèle`,
/// `martèle`), as the 1990 spelling recommends for all but these.
const DOUBLING: &[&str] = &[
    "amonceler",
    "appeler",
    "atteler",
    "cacheter",
    "chanceler",
    "décacheter",
    "dételer",
    "ensorceler",
    "épeler",
    "étinceler",
    "étiqueter",
    "feuilleter",
    "ficeler",
    "interpeler",
    "niveler",
    "rappeler",
    "renouveler",
    "ruisseler",
];

/// Joins a first-group stem and an ending: `c` → `ç` and `g` → `ge`
/// before `a` and `o` (`annonçait`, `exigeons`).
fn join_er(stem: &str, ending: &str) -> String {
    if ending.starts_with(['a', 'â', 'o']) {
        if let Some(s) = stem.strip_suffix('c') {
            return format!("{s}ç{ending}");
        }
        if stem.ends_with('g') {
            return format!("{stem}e{ending}");
        }
    }
    format!("{stem}{ending}")
}

/// The last vowel of a stem: its byte offset, the vowel, and the
/// consonants after it (`gu`, `qu` count as consonants).
fn last_vowel(stem: &str) -> Option<(usize, char, &str)> {
    let mut end = stem.len();
    if stem.ends_with("gu") || stem.ends_with("qu") {
        end -= 1;
    }
    let (at, vowel) = stem[..end].char_indices().rev().find(|&(_, c)| is_vowel(c))?;
    Some((at, vowel, &stem[at + vowel.len_utf8()..]))
}

/// The first group: `-er` verbs but `aller`.
fn first_group(verb: &str, stem: &str) -> Option<Paradigm> {
    if stem.is_empty() {
        return None;
    }
    // The stem before a mute `e` (présent 1-3s and 3p, subjonctif), and
    // the stems of the future.
    let weak = stem.to_owned();
    let mut strong = vec![weak.clone()];
    let mut future = vec![verb.to_owned()];
    if let Some(before_y) = stem.strip_suffix('y') {
        if before_y.ends_with('a') {
            // payer: paie and paye.
            strong = vec![format!("{before_y}i"), weak.clone()];
            future = vec![format!("{before_y}ier"), verb.to_owned()];
        } else if before_y.ends_with(['o', 'u']) {
            strong = vec![format!("{before_y}i")];
            future = vec![format!("{before_y}ier")];
            if verb == "envoyer" || verb == "renvoyer" {
                future = vec![format!("{}verr", &verb[..verb.len() - "voyer".len()])];
            }
        }
    } else if let Some((at, vowel, consonants)) = last_vowel(stem) {
        let with_grave = || format!("{}è{}", &stem[..at], consonants);
        match vowel {
            'é' if !consonants.is_empty() => {
                // répéter: répète; future répétera, 1990 spelling répètera.
                strong = vec![with_grave()];
                future.push(format!("{}er", with_grave()));
            }
            'e' if single_consonant(consonants) => {
                let doubles = DOUBLING.contains(&verb) || verb.ends_with("jeter");
                let s = if doubles { format!("{stem}{consonants}") } else { with_grave() };
                future = vec![format!("{s}er")];
                strong = vec![s];
            }
            _ => {}
        }
    }
    let weak = vec![weak];
    let mut p = Paradigm::default();
    for (tense, stems) in [(Tense::Present, &strong), (Tense::PresentSubjunctive, &strong)] {
        for s in stems.iter() {
            for person in [Person::S1, Person::S2, Person::S3, Person::P3] {
                let ending = if tense == Tense::Present { PRESENT_ER } else { SUBJUNCTIVE }[person.index()];
                push_unique(p.slot(tense, person), join_er(s, ending));
            }
        }
        for person in [Person::P1, Person::P2] {
            let ending = if tense == Tense::Present { PRESENT_ER } else { SUBJUNCTIVE }[person.index()];
            push_unique(p.slot(tense, person), join_er(&weak[0], ending));
        }
    }
    p.fill(Tense::Imperfect, &weak, IMPERFECT, join_er);
    p.fill(Tense::SimplePast, &weak, SIMPLE_PAST_A, join_er);
    p.fill(Tense::Future, &future, FUTURE, concat);
    p.fill(Tense::Conditional, &future, IMPERFECT, concat);
    p.fill(Tense::ImperfectSubjunctive, &weak, IMPERFECT_SUBJUNCTIVE_A, join_er);
    for s in &strong {
        push_unique(p.slot(Tense::Imperative, Person::S2), join_er(s, "e"));
    }
    push_unique(p.slot(Tense::Imperative, Person::P1), join_er(&weak[0], "ons"));
    push_unique(p.slot(Tense::Imperative, Person::P2), join_er(&weak[0], "ez"));
    p.past_participles_from(&join_er(&weak[0], "é"), false);
    p.present_participle.push(join_er(&weak[0], "ant"));
    Some(p)
}

/// True for the consonants after an `e` that take `è` before a mute `e`:
/// one consonant (`mener`, `lever`) or a consonant and `r` (`sevrer`).
fn single_consonant(consonants: &str) -> bool {
    let cs: Vec<char> = consonants.chars().collect();
    match cs.as_slice() {
        [c] => *c != 'x',
        [c, 'r'] => matches!(c, 'b' | 'c' | 'd' | 'f' | 'g' | 'p' | 't' | 'v'),
        _ => false,
    }
}

/// Puts a circumflex on the last vowel when it is `a`, `i` or `u`
/// (`di` → `dî`, `vin` → `vîn`), for the passé simple and the imperfect
/// subjunctive.
fn circumflex(base: &str) -> String {
    let Some((at, vowel)) = base.char_indices().rev().find(|&(_, c)| is_vowel(c)) else {
        return base.to_owned();
    };
    let with = match vowel {
        'a' => 'â',
        'i' => 'î',
        'u' => 'û',
        _ => return base.to_owned(),
    };
    format!("{}{}{}", &base[..at], with, &base[at + vowel.len_utf8()..])
}

/// Irregular verbs this conjugator does not know: `None`, not guesses.
const UNSUPPORTED: &[&str] = &[
    "bouillir",
    "braire",
    "bruire",
    "choir",
    "circoncire",
    "clore",
    "confire",
    "déchoir",
    "dévêtir",
    "échoir",
    "éclore",
    "enclore",
    "faillir",
    "férir",
    "frire",
    "gésir",
    "moudre",
    "occire",
    "ouïr",
    "paître",
    "pleuvoir",
    "ravoir",
    "repaître",
    "revêtir",
    "saillir",
    "seoir",
    "sourdre",
    "surseoir",
    "vêtir",
];

/// A paradigm written for an ending (`base`): a lemma that ends with it
/// takes these forms after its own beginning (`com` + `prendre`).
///
/// Fields hold forms or stems separated by spaces; `/` separates
/// spellings of one slot (`assieds/assois`), `-` marks a missing form.
struct Model {
    /// The ending these forms are written for.
    base: &'static str,
    /// The verbs that follow this model, when only they do (`partir` but
    /// not `répartir`); empty: every verb that ends with `base` and no
    /// longer model's base.
    only: &'static [&'static str],
    /// The six forms of the present.
    present: &'static str,
    /// The stem of the imparfait (and of the present participle).
    imperfect: &'static str,
    /// The first person singular of the passé simple (`dis`, `vins`,
    /// `allai`); the other persons and the imperfect subjunctive follow.
    simple_past: &'static str,
    /// The stem of the future and conditional (`dir`, `viendr`).
    future: &'static str,
    /// The subjunctive present: one stem, a strong (1-3s, 3p) and a weak
    /// (1-2p) stem, or six forms.
    subjunctive: &'static str,
    /// The past participle: the masculine singular, or the four forms.
    past_participle: &'static str,
    /// The present participle when it is not the imparfait stem + `ant`.
    present_participle: &'static str,
    /// The imperative 2s, 1p, 2p when it is not taken from the present.
    imperative: &'static str,
    /// The past participle does not agree (`été`, `pu`, `suffi`).
    invariable: bool,
    /// Only the third person singular exists (`falloir`).
    impersonal: bool,
}

const M: Model = Model {
    base: "",
    only: &[],
    present: "",
    imperfect: "",
    simple_past: "",
    future: "",
    subjunctive: "",
    past_participle: "",
    present_participle: "",
    imperative: "",
    invariable: false,
    impersonal: false,
};

impl Model {
    fn build(&self, prefix: &str) -> Paradigm {
        let with_prefix = |field: &str| -> Vec<String> {
            field.split('/').filter(|v| *v != "-" && !v.is_empty()).map(|v| format!("{prefix}{v}")).collect()
        };
        let mut p = Paradigm::default();

        let present: Vec<&str> = self.present.split(' ').collect();
        for person in Person::ALL {
            for form in with_prefix(present[person.index()]) {
                push_unique(p.slot(Tense::Present, person), form);
            }
        }
        let imperfect = with_prefix(self.imperfect);
        p.fill(Tense::Imperfect, &imperfect, IMPERFECT, concat);

        for first in with_prefix(self.simple_past) {
            if let Some(base) = first.strip_suffix("ai") {
                let base = base.to_owned();
                p.fill(Tense::SimplePast, std::slice::from_ref(&base), SIMPLE_PAST_A, concat);
                p.fill(Tense::ImperfectSubjunctive, &[base], IMPERFECT_SUBJUNCTIVE_A, concat);
            } else if let Some(base) = first.strip_suffix('s') {
                let hat = circumflex(base);
                let past = [
                    format!("{base}s"),
                    format!("{base}s"),
                    format!("{base}t"),
                    format!("{hat}mes"),
                    format!("{hat}tes"),
                    format!("{base}rent"),
                ];
                let subjunctive = [
                    format!("{base}sse"),
                    format!("{base}sses"),
                    format!("{hat}t"),
                    format!("{base}ssions"),
                    format!("{base}ssiez"),
                    format!("{base}ssent"),
                ];
                for person in Person::ALL {
                    push_unique(p.slot(Tense::SimplePast, person), past[person.index()].clone());
                    push_unique(p.slot(Tense::ImperfectSubjunctive, person), subjunctive[person.index()].clone());
                }
            }
        }

        let future = with_prefix(self.future);
        p.fill(Tense::Future, &future, FUTURE, concat);
        p.fill(Tense::Conditional, &future, IMPERFECT, concat);

        let subjunctive: Vec<&str> = self.subjunctive.split(' ').collect();
        let stems = match subjunctive.as_slice() {
            [one] => Some((*one, *one)),
            [strong, weak] => Some((*strong, *weak)),
            _ => None,
        };
        match stems {
            Some((strong, weak)) => {
                for person in Person::ALL {
                    let stem = if matches!(person, Person::P1 | Person::P2) { weak } else { strong };
                    for s in with_prefix(stem) {
                        push_unique(p.slot(Tense::PresentSubjunctive, person), concat(&s, SUBJUNCTIVE[person.index()]));
                    }
                }
            }
            None => {
                for person in Person::ALL {
                    for form in with_prefix(subjunctive[person.index()]) {
                        push_unique(p.slot(Tense::PresentSubjunctive, person), form);
                    }
                }
            }
        }

        if self.imperative.is_empty() {
            for form in p.slot(Tense::Present, Person::S2).clone() {
                // ouvres → ouvre, as in the first group.
                let form = if form.ends_with("es") { form[..form.len() - 1].to_owned() } else { form };
                push_unique(p.slot(Tense::Imperative, Person::S2), form);
            }
            for person in [Person::P1, Person::P2] {
                for form in p.slot(Tense::Present, person).clone() {
                    push_unique(p.slot(Tense::Imperative, person), form);
                }
            }
        } else {
            let forms: Vec<&str> = self.imperative.split(' ').collect();
            for (person, field) in [Person::S2, Person::P1, Person::P2].into_iter().zip(forms) {
                for form in with_prefix(field) {
                    push_unique(p.slot(Tense::Imperative, person), form);
                }
            }
        }

        let participles: Vec<&str> = self.past_participle.split(' ').collect();
        if let [ms, fs, mp, fp] = participles.as_slice() {
            for (slot, field) in p.past_participle.iter_mut().zip([ms, fs, mp, fp]) {
                for form in with_prefix(field) {
                    push_unique(slot, form);
                }
            }
        } else {
            for ms in with_prefix(self.past_participle) {
                p.past_participles_from(&ms, self.invariable || self.impersonal);
            }
        }

        if self.present_participle.is_empty() {
            p.present_participle = imperfect.iter().map(|s| format!("{s}ant")).collect();
        } else {
            p.present_participle = with_prefix(self.present_participle);
        }

        if self.impersonal {
            for tense in Tense::ALL {
                for person in Person::ALL {
                    if person != Person::S3 || tense == Tense::Imperative {
                        p.slot(tense, person).clear();
                    }
                }
            }
            p.present_participle.clear();
        }
        p
    }
}

/// The irregular models, and the second group (`ir`) and the regular
/// `-dre` verbs (`dre`) as the shortest endings.
const MODELS: &[Model] = &[
    // être, avoir, aller
    Model {
        base: "être",
        only: &["être"],
        present: "suis es est sommes êtes sont",
        imperfect: "ét",
        simple_past: "fus",
        future: "ser",
        subjunctive: "sois sois soit soyons soyez soient",
        past_participle: "été",
        imperative: "sois soyons soyez",
        invariable: true,
        ..M
    },
    Model {
        base: "avoir",
        only: &["avoir"],
        present: "ai as a avons avez ont",
        imperfect: "av",
        simple_past: "eus",
        future: "aur",
        subjunctive: "aie aies ait ayons ayez aient",
        past_participle: "eu",
        present_participle: "ayant",
        imperative: "aie ayons ayez",
        ..M
    },
    Model {
        base: "aller",
        only: &["aller"],
        present: "vais vas va allons allez vont",
        imperfect: "all",
        simple_past: "allai",
        future: "ir",
        subjunctive: "aill all",
        past_participle: "allé",
        imperative: "va allons allez",
        ..M
    },
    // -ir verbs of the third group
    Model {
        base: "venir",
        present: "viens viens vient venons venez viennent",
        imperfect: "ven",
        simple_past: "vins",
        future: "viendr",
        subjunctive: "vienn ven",
        past_participle: "venu",
        ..M
    },
    Model {
        base: "tenir",
        present: "tiens tiens tient tenons tenez tiennent",
        imperfect: "ten",
        simple_past: "tins",
        future: "tiendr",
        subjunctive: "tienn ten",
        past_participle: "tenu",
        ..M
    },
    Model {
        base: "tir",
        only: &[
            "consentir",
            "démentir",
            "départir",
            "mentir",
            "partir",
            "pressentir",
            "repartir",
            "repentir",
            "ressentir",
            "ressortir",
            "sentir",
            "sortir",
        ],
        present: "s s t tons tez tent",
        imperfect: "t",
        simple_past: "tis",
        future: "tir",
        subjunctive: "t",
        past_participle: "ti",
        ..M
    },
    Model {
        base: "vir",
        only: &["desservir", "resservir", "servir"],
        present: "s s t vons vez vent",
        imperfect: "v",
        simple_past: "vis",
        future: "vir",
        subjunctive: "v",
        past_participle: "vi",
        ..M
    },
    Model {
        base: "mir",
        only: &["dormir", "endormir", "rendormir"],
        present: "s s t mons mez ment",
        imperfect: "m",
        simple_past: "mis",
        future: "mir",
        subjunctive: "m",
        past_participle: "mi",
        ..M
    },
    Model {
        base: "vrir",
        present: "vre vres vre vrons vrez vrent",
        imperfect: "vr",
        simple_past: "vris",
        future: "vrir",
        subjunctive: "vr",
        past_participle: "vert",
        ..M
    },
    Model {
        base: "frir",
        present: "fre fres fre frons frez frent",
        imperfect: "fr",
        simple_past: "fris",
        future: "frir",
        subjunctive: "fr",
        past_participle: "fert",
        ..M
    },
    Model {
        base: "cueillir",
        present: "cueille cueilles cueille cueillons cueillez cueillent",
        imperfect: "cueill",
        simple_past: "cueillis",
        future: "cueiller",
        subjunctive: "cueill",
        past_participle: "cueilli",
        ..M
    },
    Model {
        base: "aillir",
        only: &["assaillir", "défaillir", "tressaillir"],
        present: "aille ailles aille aillons aillez aillent",
        imperfect: "aill",
        simple_past: "aillis",
        future: "aillir",
        subjunctive: "aill",
        past_participle: "ailli",
        ..M
    },
    Model {
        base: "courir",
        present: "cours cours court courons courez courent",
        imperfect: "cour",
        simple_past: "courus",
        future: "courr",
        subjunctive: "cour",
        past_participle: "couru",
        ..M
    },
    Model {
        base: "mourir",
        only: &["mourir"],
        present: "meurs meurs meurt mourons mourez meurent",
        imperfect: "mour",
        simple_past: "mourus",
        future: "mourr",
        subjunctive: "meur mour",
        past_participle: "mort",
        ..M
    },
    Model {
        base: "fuir",
        present: "fuis fuis fuit fuyons fuyez fuient",
        imperfect: "fuy",
        simple_past: "fuis",
        future: "fuir",
        subjunctive: "fui fuy",
        past_participle: "fui",
        ..M
    },
    Model {
        base: "quérir",
        present: "quiers quiers quiert quérons quérez quièrent",
        imperfect: "quér",
        simple_past: "quis",
        future: "querr",
        subjunctive: "quièr quér",
        past_participle: "quis",
        ..M
    },
    Model {
        base: "haïr",
        only: &["haïr"],
        present: "hais hais hait haïssons haïssez haïssent",
        imperfect: "haïss",
        simple_past: "haïs",
        future: "haïr",
        subjunctive: "haïss",
        past_participle: "haï",
        ..M
    },
    // the second group: finir, réagir, saisir
    Model {
        base: "ir",
        present: "is is it issons issez issent",
        imperfect: "iss",
        simple_past: "is",
        future: "ir",
        subjunctive: "iss",
        past_participle: "i",
        ..M
    },
    // -oir verbs
    Model {
        base: "voir",
        present: "vois vois voit voyons voyez voient",
        imperfect: "voy",
        simple_past: "vis",
        future: "verr",
        subjunctive: "voi voy",
        past_participle: "vu",
        ..M
    },
    Model {
        base: "prévoir",
        only: &["prévoir"],
        present: "prévois prévois prévoit prévoyons prévoyez prévoient",
        imperfect: "prévoy",
        simple_past: "prévis",
        future: "prévoir",
        subjunctive: "prévoi prévoy",
        past_participle: "prévu",
        ..M
    },
    Model {
        base: "pourvoir",
        only: &["dépourvoir", "pourvoir"],
        present: "pourvois pourvois pourvoit pourvoyons pourvoyez pourvoient",
        imperfect: "pourvoy",
        simple_past: "pourvus",
        future: "pourvoir",
        subjunctive: "pourvoi pourvoy",
        past_participle: "pourvu",
        ..M
    },
    Model {
        base: "cevoir",
        present: "çois çois çoit cevons cevez çoivent",
        imperfect: "cev",
        simple_past: "çus",
        future: "cevr",
        subjunctive: "çoiv cev",
        past_participle: "çu",
        ..M
    },
    Model {
        base: "devoir",
        only: &["devoir", "redevoir"],
        present: "dois dois doit devons devez doivent",
        imperfect: "dev",
        simple_past: "dus",
        future: "devr",
        subjunctive: "doiv dev",
        past_participle: "dû due dus dues",
        ..M
    },
    Model {
        base: "savoir",
        only: &["savoir"],
        present: "sais sais sait savons savez savent",
        imperfect: "sav",
        simple_past: "sus",
        future: "saur",
        subjunctive: "sach",
        past_participle: "su",
        present_participle: "sachant",
        imperative: "sache sachons sachez",
        ..M
    },
    Model {
        base: "pouvoir",
        only: &["pouvoir"],
        present: "peux/puis peux peut pouvons pouvez peuvent",
        imperfect: "pouv",
        simple_past: "pus",
        future: "pourr",
        subjunctive: "puiss",
        past_participle: "pu",
        imperative: "- - -",
        invariable: true,
        ..M
    },
    Model {
        base: "vouloir",
        only: &["vouloir"],
        present: "veux veux veut voulons voulez veulent",
        imperfect: "voul",
        simple_past: "voulus",
        future: "voudr",
        subjunctive: "veuill voul",
        past_participle: "voulu",
        imperative: "veuille/veux veuillons/voulons veuillez/voulez",
        ..M
    },
    Model {
        base: "mouvoir",
        only: &["mouvoir"],
        present: "meus meus meut mouvons mouvez meuvent",
        imperfect: "mouv",
        simple_past: "mus",
        future: "mouvr",
        subjunctive: "meuv mouv",
        past_participle: "mû mue mus mues",
        ..M
    },
    Model {
        base: "mouvoir",
        only: &["émouvoir", "promouvoir"],
        present: "meus meus meut mouvons mouvez meuvent",
        imperfect: "mouv",
        simple_past: "mus",
        future: "mouvr",
        subjunctive: "meuv mouv",
        past_participle: "mu",
        ..M
    },
    Model {
        base: "valoir",
        present: "vaux vaux vaut valons valez valent",
        imperfect: "val",
        simple_past: "valus",
        future: "vaudr",
        subjunctive: "vaill val",
        past_participle: "valu",
        ..M
    },
    Model {
        base: "prévaloir",
        only: &["prévaloir"],
        present: "prévaux prévaux prévaut prévalons prévalez prévalent",
        imperfect: "préval",
        simple_past: "prévalus",
        future: "prévaudr",
        subjunctive: "préval",
        past_participle: "prévalu",
        ..M
    },
    Model {
        base: "falloir",
        only: &["falloir"],
        present: "- - faut - - -",
        imperfect: "fall",
        simple_past: "fallus",
        future: "faudr",
        subjunctive: "faill",
        past_participle: "fallu",
        impersonal: true,
        ..M
    },
    Model {
        base: "asseoir",
        present: "assieds/assois assieds/assois assied/assoit asseyons/assoyons asseyez/assoyez asseyent/assoient",
        imperfect: "assey/assoy",
        simple_past: "assis",
        future: "assiér/assoir",
        subjunctive: "assey/assoi assey/assoy",
        past_participle: "assis",
        ..M
    },
    // -re verbs
    Model {
        base: "faire",
        present: "fais fais fait faisons faites font",
        imperfect: "fais",
        simple_past: "fis",
        future: "fer",
        subjunctive: "fass",
        past_participle: "fait",
        ..M
    },
    Model {
        base: "dire",
        present: "dis dis dit disons dites disent",
        imperfect: "dis",
        simple_past: "dis",
        future: "dir",
        subjunctive: "dis",
        past_participle: "dit",
        ..M
    },
    Model {
        base: "dire",
        only: &["contredire", "interdire", "médire", "prédire"],
        present: "dis dis dit disons disez disent",
        imperfect: "dis",
        simple_past: "dis",
        future: "dir",
        subjunctive: "dis",
        past_participle: "dit",
        ..M
    },
    Model {
        base: "maudire",
        only: &["maudire"],
        present: "maudis maudis maudit maudissons maudissez maudissent",
        imperfect: "maudiss",
        simple_past: "maudis",
        future: "maudir",
        subjunctive: "maudiss",
        past_participle: "maudit",
        ..M
    },
    Model {
        base: "suffire",
        present: "suffis suffis suffit suffisons suffisez suffisent",
        imperfect: "suffis",
        simple_past: "suffis",
        future: "suffir",
        subjunctive: "suffis",
        past_participle: "suffi",
        invariable: true,
        ..M
    },
    Model {
        base: "lire",
        present: "lis lis lit lisons lisez lisent",
        imperfect: "lis",
        simple_past: "lus",
        future: "lir",
        subjunctive: "lis",
        past_participle: "lu",
        ..M
    },
    Model {
        base: "crire",
        present: "cris cris crit crivons crivez crivent",
        imperfect: "criv",
        simple_past: "crivis",
        future: "crir",
        subjunctive: "criv",
        past_participle: "crit",
        ..M
    },
    Model {
        base: "rire",
        only: &["rire", "sourire"],
        present: "ris ris rit rions riez rient",
        imperfect: "ri",
        simple_past: "ris",
        future: "rir",
        subjunctive: "ri",
        past_participle: "ri",
        invariable: true,
        ..M
    },
    Model {
        base: "croire",
        present: "crois crois croit croyons croyez croient",
        imperfect: "croy",
        simple_past: "crus",
        future: "croir",
        subjunctive: "croi croy",
        past_participle: "cru",
        ..M
    },
    Model {
        base: "boire",
        present: "bois bois boit buvons buvez boivent",
        imperfect: "buv",
        simple_past: "bus",
        future: "boir",
        subjunctive: "boiv buv",
        past_participle: "bu",
        ..M
    },
    Model {
        base: "croître",
        only: &["croître"],
        present: "croîs croîs croît croissons croissez croissent",
        imperfect: "croiss",
        simple_past: "crûs",
        future: "croîtr/croitr",
        subjunctive: "croiss",
        past_participle: "crû crue crus crues",
        ..M
    },
    Model {
        base: "croître",
        only: &["accroître", "décroître"],
        present: "crois crois croît/croit croissons croissez croissent",
        imperfect: "croiss",
        simple_past: "crus",
        future: "croîtr/croitr",
        subjunctive: "croiss",
        past_participle: "cru",
        ..M
    },
    Model {
        base: "aître",
        present: "ais ais aît/ait aissons aissez aissent",
        imperfect: "aiss",
        simple_past: "us",
        future: "aîtr/aitr",
        subjunctive: "aiss",
        past_participle: "u",
        ..M
    },
    Model {
        base: "naître",
        only: &["naître", "renaître"],
        present: "nais nais naît/nait naissons naissez naissent",
        imperfect: "naiss",
        simple_past: "naquis",
        future: "naîtr/naitr",
        subjunctive: "naiss",
        past_participle: "né",
        ..M
    },
    Model {
        base: "plaire",
        present: "plais plais plaît/plait plaisons plaisez plaisent",
        imperfect: "plais",
        simple_past: "plus",
        future: "plair",
        subjunctive: "plais",
        past_participle: "plu",
        invariable: true,
        ..M
    },
    Model {
        base: "taire",
        present: "tais tais tait taisons taisez taisent",
        imperfect: "tais",
        simple_past: "tus",
        future: "tair",
        subjunctive: "tais",
        past_participle: "tu",
        ..M
    },
    Model {
        base: "traire",
        present: "trais trais trait trayons trayez traient",
        imperfect: "tray",
        simple_past: "-",
        future: "trair",
        subjunctive: "trai tray",
        past_participle: "trait",
        ..M
    },
    Model {
        base: "uire",
        present: "uis uis uit uisons uisez uisent",
        imperfect: "uis",
        simple_past: "uisis",
        future: "uir",
        subjunctive: "uis",
        past_participle: "uit",
        ..M
    },
    Model {
        base: "uire",
        only: &["luire", "nuire", "reluire"],
        present: "uis uis uit uisons uisez uisent",
        imperfect: "uis",
        simple_past: "uisis",
        future: "uir",
        subjunctive: "uis",
        past_participle: "ui",
        invariable: true,
        ..M
    },
    Model {
        base: "clure",
        present: "clus clus clut cluons cluez cluent",
        imperfect: "clu",
        simple_past: "clus",
        future: "clur",
        subjunctive: "clu",
        past_participle: "clu",
        ..M
    },
    Model {
        base: "clure",
        only: &["inclure", "occlure"],
        present: "clus clus clut cluons cluez cluent",
        imperfect: "clu",
        simple_past: "clus",
        future: "clur",
        subjunctive: "clu",
        past_participle: "clus",
        ..M
    },
    Model {
        base: "prendre",
        present: "prends prends prend prenons prenez prennent",
        imperfect: "pren",
        simple_past: "pris",
        future: "prendr",
        subjunctive: "prenn pren",
        past_participle: "pris",
        ..M
    },
    Model {
        base: "mettre",
        present: "mets mets met mettons mettez mettent",
        imperfect: "mett",
        simple_past: "mis",
        future: "mettr",
        subjunctive: "mett",
        past_participle: "mis",
        ..M
    },
    Model {
        base: "battre",
        present: "bats bats bat battons battez battent",
        imperfect: "batt",
        simple_past: "battis",
        future: "battr",
        subjunctive: "batt",
        past_participle: "battu",
        ..M
    },
    Model {
        base: "rompre",
        present: "romps romps rompt rompons rompez rompent",
        imperfect: "romp",
        simple_past: "rompis",
        future: "rompr",
        subjunctive: "romp",
        past_participle: "rompu",
        ..M
    },
    Model {
        base: "vaincre",
        present: "vaincs vaincs vainc vainquons vainquez vainquent",
        imperfect: "vainqu",
        simple_past: "vainquis",
        future: "vaincr",
        subjunctive: "vainqu",
        past_participle: "vaincu",
        ..M
    },
    Model {
        base: "aindre",
        present: "ains ains aint aignons aignez aignent",
        imperfect: "aign",
        simple_past: "aignis",
        future: "aindr",
        subjunctive: "aign",
        past_participle: "aint",
        ..M
    },
    Model {
        base: "eindre",
        present: "eins eins eint eignons eignez eignent",
        imperfect: "eign",
        simple_past: "eignis",
        future: "eindr",
        subjunctive: "eign",
        past_participle: "eint",
        ..M
    },
    Model {
        base: "oindre",
        present: "oins oins oint oignons oignez oignent",
        imperfect: "oign",
        simple_past: "oignis",
        future: "oindr",
        subjunctive: "oign",
        past_participle: "oint",
        ..M
    },
    Model {
        base: "suivre",
        present: "suis suis suit suivons suivez suivent",
        imperfect: "suiv",
        simple_past: "suivis",
        future: "suivr",
        subjunctive: "suiv",
        past_participle: "suivi",
        ..M
    },
    Model {
        base: "vivre",
        present: "vis vis vit vivons vivez vivent",
        imperfect: "viv",
        simple_past: "vécus",
        future: "vivr",
        subjunctive: "viv",
        past_participle: "vécu",
        ..M
    },
    Model {
        base: "soudre",
        only: &["résoudre"],
        present: "sous sous sout solvons solvez solvent",
        imperfect: "solv",
        simple_past: "solus",
        future: "soudr",
        subjunctive: "solv",
        past_participle: "solu",
        ..M
    },
    Model {
        base: "soudre",
        only: &["absoudre", "dissoudre"],
        present: "sous sous sout solvons solvez solvent",
        imperfect: "solv",
        simple_past: "-",
        future: "soudr",
        subjunctive: "solv",
        past_participle: "sous soute sous soutes",
        ..M
    },
    Model {
        base: "coudre",
        present: "couds couds coud cousons cousez cousent",
        imperfect: "cous",
        simple_past: "cousis",
        future: "coudr",
        subjunctive: "cous",
        past_participle: "cousu",
        ..M
    },
    // the regular -re verbs: rendre, attendre, répondre, perdre
    Model {
        base: "dre",
        present: "ds ds d dons dez dent",
        imperfect: "d",
        simple_past: "dis",
        future: "dr",
        subjunctive: "d",
        past_participle: "du",
        ..M
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses a test code: `inf`, `ppr`, `pp.ms`…`pp.fp`, or a tense code
    /// (`pr`, `im`, `ps`, `fu`, `co`, `sj`, `si`, `ip`) and a person (`3s`).
    fn form(code: &str) -> Form {
        match code {
            "inf" => return Form::Infinitive,
            "ppr" => return Form::PresentParticiple,
            "pp.ms" => return Form::past_participle(Gender::Masculine, Number::Singular),
            "pp.fs" => return Form::past_participle(Gender::Feminine, Number::Singular),
            "pp.mp" => return Form::past_participle(Gender::Masculine, Number::Plural),
            "pp.fp" => return Form::past_participle(Gender::Feminine, Number::Plural),
            _ => {}
        }
        let (tense, person) = code.split_at(2);
        let tense = match tense {
            "pr" => Tense::Present,
            "im" => Tense::Imperfect,
            "ps" => Tense::SimplePast,
            "fu" => Tense::Future,
            "co" => Tense::Conditional,
            "sj" => Tense::PresentSubjunctive,
            "si" => Tense::ImperfectSubjunctive,
            "ip" => Tense::Imperative,
            other => panic!("bad tense code {other}"),
        };
        let person = match person {
            "1s" => Person::S1,
            "2s" => Person::S2,
            "3s" => Person::S3,
            "1p" => Person::P1,
            "2p" => Person::P2,
            "3p" => Person::P3,
            other => panic!("bad person code {other}"),
        };
        Form::finite(tense, person)
    }

    /// (lemma, form code, expected spelling among the slot's variants)
    const CASES: &[(&str, &str, &str)] = &[
        // first group
        ("déclarer", "pp.ms", "déclaré"),
        ("déclarer", "pp.fp", "déclarées"),
        ("déclarer", "pr3s", "déclare"),
        ("déclarer", "pr3p", "déclarent"),
        ("déclarer", "im3s", "déclarait"),
        ("déclarer", "ps3s", "déclara"),
        ("déclarer", "ps3p", "déclarèrent"),
        ("déclarer", "fu3s", "déclarera"),
        ("déclarer", "co3s", "déclarerait"),
        ("déclarer", "co3p", "déclareraient"),
        ("déclarer", "sj3s", "déclare"),
        ("déclarer", "si3s", "déclarât"),
        ("déclarer", "ppr", "déclarant"),
        ("déclarer", "inf", "déclarer"),
        ("arrêter", "ip2p", "arrêtez"),
        ("indiquer", "im3s", "indiquait"),
        ("annoncer", "im3s", "annonçait"),
        ("annoncer", "pr1p", "annonçons"),
        ("annoncer", "ps3s", "annonça"),
        ("annoncer", "ps3p", "annoncèrent"),
        ("annoncer", "ppr", "annonçant"),
        ("annoncer", "pr3s", "annonce"),
        ("menacer", "ppr", "menaçant"),
        ("exiger", "pr1p", "exigeons"),
        ("exiger", "im3s", "exigeait"),
        ("exiger", "ps3s", "exigea"),
        ("exiger", "pr3p", "exigent"),
        ("exiger", "pp.ms", "exigé"),
        ("appeler", "pr3s", "appelle"),
        ("appeler", "pr1p", "appelons"),
        ("appeler", "fu3s", "appellera"),
        ("appeler", "pp.ms", "appelé"),
        ("rappeler", "pr3p", "rappellent"),
        ("rejeter", "pr3s", "rejette"),
        ("rejeter", "fu3p", "rejetteront"),
        ("rejeter", "im3s", "rejetait"),
        ("jeter", "sj3s", "jette"),
        ("acheter", "pr3s", "achète"),
        ("acheter", "fu3s", "achètera"),
        ("harceler", "pr3s", "harcèle"),
        ("marteler", "pr3s", "martèle"),
        ("marteler", "pp.ms", "martelé"),
        ("interpeller", "pr3s", "interpelle"),
        ("interpeller", "pp.mp", "interpellés"),
        ("lever", "pr3s", "lève"),
        ("lever", "fu3s", "lèvera"),
        ("relever", "pr3s", "relève"),
        ("relever", "pp.ms", "relevé"),
        ("mener", "pr3p", "mènent"),
        ("enlever", "pp.fs", "enlevée"),
        ("répéter", "pr3s", "répète"),
        ("répéter", "pr1p", "répétons"),
        ("répéter", "fu3s", "répétera"),
        ("répéter", "fu3s", "répètera"),
        ("préférer", "pr3s", "préfère"),
        ("réitérer", "pr3s", "réitère"),
        ("réitérer", "pp.ms", "réitéré"),
        ("considérer", "pr3p", "considèrent"),
        ("s'inquiéter", "pr3s", "inquiète"),
        ("protéger", "pr3s", "protège"),
        ("protéger", "pr1p", "protégeons"),
        ("céder", "sj3s", "cède"),
        ("déléguer", "pr3s", "délègue"),
        ("célébrer", "pr3s", "célèbre"),
        ("créer", "pp.fs", "créée"),
        ("créer", "pr3s", "crée"),
        ("tester", "pr3s", "teste"),
        ("employer", "pr3s", "emploie"),
        ("employer", "pr1p", "employons"),
        ("employer", "fu3s", "emploiera"),
        ("employer", "im1p", "employions"),
        ("appuyer", "pr3s", "appuie"),
        ("payer", "pr3s", "paie"),
        ("payer", "pr3s", "paye"),
        ("payer", "fu3s", "paiera"),
        ("payer", "fu3s", "payera"),
        ("envoyer", "fu3s", "enverra"),
        ("envoyer", "co3p", "enverraient"),
        ("envoyer", "pr3p", "envoient"),
        ("renvoyer", "fu3s", "renverra"),
        ("étudier", "im1p", "étudiions"),
        ("tuer", "pp.mp", "tués"),
        ("aller", "pr3s", "va"),
        ("aller", "pr3p", "vont"),
        ("aller", "fu3s", "ira"),
        ("aller", "sj3s", "aille"),
        ("aller", "ps3s", "alla"),
        ("aller", "ps3p", "allèrent"),
        ("aller", "pp.ms", "allé"),
        ("aller", "ip2s", "va"),
        // second group
        ("finir", "pr3s", "finit"),
        ("finir", "pr3p", "finissent"),
        ("finir", "im3s", "finissait"),
        ("finir", "ps3p", "finirent"),
        ("finir", "ps1p", "finîmes"),
        ("finir", "fu3s", "finira"),
        ("finir", "sj3s", "finisse"),
        ("finir", "si3s", "finît"),
        ("finir", "ppr", "finissant"),
        ("finir", "pp.fs", "finie"),
        ("réagir", "pr3s", "réagit"),
        ("réagir", "pp.ms", "réagi"),
        ("saisir", "pp.fs", "saisie"),
        ("agir", "ppr", "agissant"),
        ("bâtir", "pr3p", "bâtissent"),
        ("avertir", "pr3s", "avertit"),
        ("avertir", "pp.ms", "averti"),
        ("réfléchir", "fu3s", "réfléchira"),
        ("investir", "pr3p", "investissent"),
        ("se réjouir", "pr3s", "réjouit"),
        ("répartir", "pr3p", "répartissent"),
        ("haïr", "pr3s", "hait"),
        ("haïr", "pr1p", "haïssons"),
        // être, avoir
        ("être", "pr3s", "est"),
        ("être", "pr3p", "sont"),
        ("être", "im3s", "était"),
        ("être", "ps3s", "fut"),
        ("être", "ps3p", "furent"),
        ("être", "fu3s", "sera"),
        ("être", "co3s", "serait"),
        ("être", "sj3s", "soit"),
        ("être", "si3s", "fût"),
        ("être", "pp.ms", "été"),
        ("être", "ppr", "étant"),
        ("être", "ip2p", "soyez"),
        ("avoir", "pr3s", "a"),
        ("avoir", "pr3p", "ont"),
        ("avoir", "im3p", "avaient"),
        ("avoir", "ps3s", "eut"),
        ("avoir", "ps1p", "eûmes"),
        ("avoir", "fu3s", "aura"),
        ("avoir", "co3p", "auraient"),
        ("avoir", "sj3s", "ait"),
        ("avoir", "si3s", "eût"),
        ("avoir", "pp.ms", "eu"),
        ("avoir", "ppr", "ayant"),
        // faire, dire
        ("faire", "pr3s", "fait"),
        ("faire", "pr2p", "faites"),
        ("faire", "pr3p", "font"),
        ("faire", "im3s", "faisait"),
        ("faire", "ps3s", "fit"),
        ("faire", "fu3s", "fera"),
        ("faire", "sj3s", "fasse"),
        ("faire", "pp.ms", "fait"),
        ("faire", "ppr", "faisant"),
        ("refaire", "fu3s", "refera"),
        ("défaire", "pp.fs", "défaite"),
        ("satisfaire", "pr3p", "satisfont"),
        ("dire", "pr3s", "dit"),
        ("dire", "pr2p", "dites"),
        ("dire", "pr3p", "disent"),
        ("dire", "ps3s", "dit"),
        ("dire", "ps3p", "dirent"),
        ("dire", "fu3s", "dira"),
        ("dire", "co3s", "dirait"),
        ("dire", "im3s", "disait"),
        ("dire", "sj3s", "dise"),
        ("dire", "si3s", "dît"),
        ("dire", "pp.fs", "dite"),
        ("dire", "ppr", "disant"),
        ("redire", "pr2p", "redites"),
        ("interdire", "pp.ms", "interdit"),
        ("interdire", "pr2p", "interdisez"),
        ("interdire", "pr3p", "interdisent"),
        ("contredire", "pr2p", "contredisez"),
        ("prédire", "pr2p", "prédisez"),
        ("prédire", "fu3s", "prédira"),
        ("maudire", "pr3p", "maudissent"),
        // prendre, mettre
        ("prendre", "pr3s", "prend"),
        ("prendre", "pr3p", "prennent"),
        ("prendre", "ps3s", "prit"),
        ("prendre", "ps3p", "prirent"),
        ("prendre", "pp.ms", "pris"),
        ("prendre", "pp.fs", "prise"),
        ("prendre", "pp.mp", "pris"),
        ("prendre", "pp.fp", "prises"),
        ("prendre", "fu3s", "prendra"),
        ("prendre", "sj3s", "prenne"),
        ("prendre", "ppr", "prenant"),
        ("comprendre", "pr3p", "comprennent"),
        ("reprendre", "pp.ms", "repris"),
        ("surprendre", "pp.fs", "surprise"),
        ("apprendre", "pr3s", "apprend"),
        ("entreprendre", "ps3s", "entreprit"),
        ("mettre", "pr3s", "met"),
        ("mettre", "pp.ms", "mis"),
        ("mettre", "pp.fs", "mise"),
        ("mettre", "ps3s", "mit"),
        ("mettre", "fu3s", "mettra"),
        ("admettre", "pr3s", "admet"),
        ("promettre", "pp.ms", "promis"),
        ("permettre", "pr3p", "permettent"),
        ("remettre", "ps3p", "remirent"),
        ("soumettre", "pp.fs", "soumise"),
        ("transmettre", "pr3s", "transmet"),
        ("émettre", "pp.ms", "émis"),
        ("compromettre", "pp.ms", "compromis"),
        // tenir, venir
        ("tenir", "pr3s", "tient"),
        ("tenir", "fu3s", "tiendra"),
        ("tenir", "ps3s", "tint"),
        ("tenir", "ps3p", "tinrent"),
        ("maintenir", "pr3s", "maintient"),
        ("obtenir", "pp.ms", "obtenu"),
        ("soutenir", "pp.ms", "soutenu"),
        ("soutenir", "pr3p", "soutiennent"),
        ("retenir", "pp.fs", "retenue"),
        ("détenir", "pp.mp", "détenus"),
        ("appartenir", "pr3s", "appartient"),
        ("venir", "pr3s", "vient"),
        ("venir", "ps3s", "vint"),
        ("venir", "ps1p", "vînmes"),
        ("venir", "si3s", "vînt"),
        ("venir", "sj3p", "viennent"),
        ("prévenir", "pp.ms", "prévenu"),
        ("prévenir", "pr3s", "prévient"),
        ("prévenir", "fu3s", "préviendra"),
        ("intervenir", "pp.ms", "intervenu"),
        ("convenir", "pr3s", "convient"),
        ("parvenir", "fu3p", "parviendront"),
        ("revenir", "pp.fs", "revenue"),
        ("devenir", "pr3s", "devient"),
        ("survenir", "pp.ms", "survenu"),
        // -oir
        ("voir", "pr3s", "voit"),
        ("voir", "pr1p", "voyons"),
        ("voir", "fu3s", "verra"),
        ("voir", "ps3s", "vit"),
        ("voir", "pp.ms", "vu"),
        ("voir", "sj1p", "voyions"),
        ("voir", "sj3s", "voie"),
        ("prévoir", "fu3s", "prévoira"),
        ("prévoir", "pp.ms", "prévu"),
        ("prévoir", "pr3p", "prévoient"),
        ("revoir", "fu3s", "reverra"),
        ("savoir", "pr3s", "sait"),
        ("savoir", "fu3s", "saura"),
        ("savoir", "sj3s", "sache"),
        ("savoir", "ppr", "sachant"),
        ("savoir", "pp.ms", "su"),
        ("pouvoir", "pr3s", "peut"),
        ("pouvoir", "pr1s", "puis"),
        ("pouvoir", "co3s", "pourrait"),
        ("pouvoir", "sj3s", "puisse"),
        ("pouvoir", "pp.ms", "pu"),
        ("vouloir", "pr3s", "veut"),
        ("vouloir", "pr3p", "veulent"),
        ("vouloir", "co3s", "voudrait"),
        ("vouloir", "sj3s", "veuille"),
        ("vouloir", "sj1p", "voulions"),
        ("devoir", "pr3s", "doit"),
        ("devoir", "pr3p", "doivent"),
        ("devoir", "co3s", "devrait"),
        ("devoir", "pp.ms", "dû"),
        ("devoir", "pp.fs", "due"),
        ("devoir", "ps3s", "dut"),
        ("recevoir", "pp.ms", "reçu"),
        ("recevoir", "pr3s", "reçoit"),
        ("recevoir", "pr3p", "reçoivent"),
        ("recevoir", "pr1p", "recevons"),
        ("recevoir", "fu3s", "recevra"),
        ("recevoir", "ps3s", "reçut"),
        ("apercevoir", "pp.ms", "aperçu"),
        ("concevoir", "pr3s", "conçoit"),
        ("décevoir", "pp.fs", "déçue"),
        ("valoir", "pr3s", "vaut"),
        ("valoir", "fu3s", "vaudra"),
        ("falloir", "pr3s", "faut"),
        ("falloir", "im3s", "fallait"),
        ("falloir", "fu3s", "faudra"),
        ("falloir", "co3s", "faudrait"),
        ("falloir", "sj3s", "faille"),
        ("falloir", "ps3s", "fallut"),
        ("falloir", "pp.ms", "fallu"),
        ("s'asseoir", "pp.ms", "assis"),
        ("s'asseoir", "pr3s", "assied"),
        ("s'asseoir", "pr3s", "assoit"),
        ("s'asseoir", "fu3s", "assiéra"),
        // -re
        ("écrire", "pr3s", "écrit"),
        ("écrire", "pr3p", "écrivent"),
        ("écrire", "ps3s", "écrivit"),
        ("écrire", "pp.fs", "écrite"),
        ("décrire", "pr3s", "décrit"),
        ("inscrire", "pp.ms", "inscrit"),
        ("souscrire", "pr3p", "souscrivent"),
        ("lire", "pp.ms", "lu"),
        ("élire", "pp.ms", "élu"),
        ("élire", "pp.fs", "élue"),
        ("élire", "pr3s", "élit"),
        ("élire", "ps3s", "élut"),
        ("réélire", "pp.ms", "réélu"),
        ("croire", "pr3s", "croit"),
        ("croire", "pr3p", "croient"),
        ("croire", "pp.ms", "cru"),
        ("croire", "sj3s", "croie"),
        ("battre", "pr3s", "bat"),
        ("combattre", "pr3p", "combattent"),
        ("abattre", "pp.ms", "abattu"),
        ("abattre", "pp.fs", "abattue"),
        ("rompre", "pr3s", "rompt"),
        ("interrompre", "pp.fs", "interrompue"),
        ("vaincre", "pr3s", "vainc"),
        ("vaincre", "pp.ms", "vaincu"),
        ("vaincre", "pr1p", "vainquons"),
        ("convaincre", "pp.ms", "convaincu"),
        ("convaincre", "im3s", "convainquait"),
        ("craindre", "pp.ms", "craint"),
        ("craindre", "pr3p", "craignent"),
        ("craindre", "pr3s", "craint"),
        ("craindre", "ps3s", "craignit"),
        ("craindre", "fu3s", "craindra"),
        ("plaindre", "pr3s", "plaint"),
        ("contraindre", "pp.fs", "contrainte"),
        ("atteindre", "pp.ms", "atteint"),
        ("atteindre", "pr3p", "atteignent"),
        ("éteindre", "pr3s", "éteint"),
        ("peindre", "ppr", "peignant"),
        ("joindre", "pp.ms", "joint"),
        ("rejoindre", "pr3p", "rejoignent"),
        ("conduire", "pp.ms", "conduit"),
        ("construire", "pr3p", "construisent"),
        ("détruire", "pp.ms", "détruit"),
        ("détruire", "pr3p", "détruisent"),
        ("détruire", "ps3p", "détruisirent"),
        ("détruire", "pp.fp", "détruites"),
        ("produire", "pr3s", "produit"),
        ("réduire", "fu3s", "réduira"),
        ("traduire", "ppr", "traduisant"),
        ("introduire", "pp.ms", "introduit"),
        ("reconduire", "pp.ms", "reconduit"),
        ("nuire", "pp.ms", "nui"),
        ("nuire", "pr3s", "nuit"),
        ("suivre", "pr3s", "suit"),
        ("suivre", "pp.ms", "suivi"),
        ("poursuivre", "pr3s", "poursuit"),
        ("poursuivre", "pp.fp", "poursuivies"),
        ("ouvrir", "pp.ms", "ouvert"),
        ("ouvrir", "pr3s", "ouvre"),
        ("ouvrir", "ip2s", "ouvre"),
        ("ouvrir", "ps3s", "ouvrit"),
        ("couvrir", "pp.fs", "couverte"),
        ("découvrir", "pp.ms", "découvert"),
        ("rouvrir", "pr3p", "rouvrent"),
        ("offrir", "pp.ms", "offert"),
        ("offrir", "pr3s", "offre"),
        ("offrir", "fu3s", "offrira"),
        ("souffrir", "pp.ms", "souffert"),
        ("partir", "pr3s", "part"),
        ("partir", "pp.ms", "parti"),
        ("sortir", "pr3s", "sort"),
        ("mentir", "pr3s", "ment"),
        ("démentir", "pp.ms", "démenti"),
        ("démentir", "pr3s", "dément"),
        ("démentir", "pr3p", "démentent"),
        ("ressentir", "pr3s", "ressent"),
        ("consentir", "pp.ms", "consenti"),
        ("servir", "pr3s", "sert"),
        ("servir", "pr1p", "servons"),
        ("dormir", "pr3s", "dort"),
        ("mourir", "pp.ms", "mort"),
        ("mourir", "pp.fs", "morte"),
        ("mourir", "pr3s", "meurt"),
        ("mourir", "fu3s", "mourra"),
        ("mourir", "ps3s", "mourut"),
        ("connaître", "pr3s", "connaît"),
        ("connaître", "pr3s", "connait"),
        ("reconnaître", "pr3s", "reconnaît"),
        ("reconnaître", "pp.ms", "reconnu"),
        ("reconnaître", "pr3p", "reconnaissent"),
        ("reconnaître", "ps3s", "reconnut"),
        ("reconnaître", "fu3s", "reconnaîtra"),
        ("paraître", "pr3s", "paraît"),
        ("apparaître", "pp.ms", "apparu"),
        ("disparaître", "pp.fs", "disparue"),
        ("naître", "pp.ms", "né"),
        ("naître", "pp.fs", "née"),
        ("naître", "ps3s", "naquit"),
        ("naître", "pr3s", "naît"),
        ("vivre", "pp.ms", "vécu"),
        ("vivre", "ps3s", "vécut"),
        ("survivre", "pr3s", "survit"),
        ("rire", "pr3p", "rient"),
        ("sourire", "pp.ms", "souri"),
        ("conclure", "pp.ms", "conclu"),
        ("conclure", "pr3s", "conclut"),
        ("exclure", "pp.fs", "exclue"),
        ("inclure", "pp.ms", "inclus"),
        ("inclure", "pp.fs", "incluse"),
        ("résoudre", "pp.ms", "résolu"),
        ("résoudre", "pr3s", "résout"),
        ("résoudre", "pr3p", "résolvent"),
        ("dissoudre", "pp.ms", "dissous"),
        ("s'émouvoir", "pp.ms", "ému"),
        ("s'émouvoir", "pr3s", "émeut"),
        ("s'émouvoir", "pr3p", "émeuvent"),
        ("promouvoir", "pp.fs", "promue"),
        ("promouvoir", "fu3s", "promouvra"),
        ("mouvoir", "pp.ms", "mû"),
        ("dissoudre", "pp.fs", "dissoute"),
        ("dissoudre", "pr3s", "dissout"),
        ("dissoudre", "im3s", "dissolvait"),
        ("fuir", "pr3p", "fuient"),
        ("fuir", "pr1p", "fuyons"),
        ("s'enfuir", "pp.ms", "enfui"),
        ("acquérir", "pp.ms", "acquis"),
        ("acquérir", "pr3s", "acquiert"),
        ("acquérir", "pr3p", "acquièrent"),
        ("acquérir", "fu3s", "acquerra"),
        ("conquérir", "pp.fs", "conquise"),
        ("s'enquérir", "pr3s", "enquiert"),
        ("accroître", "pp.ms", "accru"),
        ("accroître", "pr3s", "accroît"),
        ("accroître", "pr3p", "accroissent"),
        ("croître", "pp.ms", "crû"),
        ("plaire", "pr3s", "plaît"),
        ("taire", "pp.fs", "tue"),
        ("suffire", "pr3s", "suffit"),
        ("suffire", "pp.ms", "suffi"),
        ("coudre", "pp.ms", "cousu"),
        ("boire", "pr3p", "boivent"),
        ("boire", "pp.ms", "bu"),
        ("courir", "pr3s", "court"),
        ("courir", "fu3s", "courra"),
        ("recourir", "pp.ms", "recouru"),
        ("secourir", "pr3p", "secourent"),
        ("parcourir", "pp.ms", "parcouru"),
        ("cueillir", "fu3s", "cueillera"),
        ("accueillir", "pr3s", "accueille"),
        ("accueillir", "pp.ms", "accueilli"),
        ("recueillir", "pp.mp", "recueillis"),
        ("assaillir", "pr3p", "assaillent"),
        ("assaillir", "fu3s", "assaillira"),
        ("extraire", "pp.ms", "extrait"),
        ("rendre", "pr3s", "rend"),
        ("rendre", "pp.ms", "rendu"),
        ("rendre", "ps3s", "rendit"),
        ("répondre", "pr3s", "répond"),
        ("répondre", "pp.ms", "répondu"),
        ("répondre", "fu3s", "répondra"),
        ("attendre", "pr3p", "attendent"),
        ("entendre", "ppr", "entendant"),
        ("défendre", "pp.fs", "défendue"),
        ("descendre", "pr3s", "descend"),
        ("perdre", "ps3s", "perdit"),
        ("tendre", "pp.ms", "tendu"),
        ("vendre", "pr3p", "vendent"),
        ("fondre", "pr3s", "fond"),
        ("prétendre", "pr3s", "prétend"),
    ];

    #[test]
    fn real_forms() {
        let mut failures = Vec::new();
        for &(lemma, code, expected) in CASES {
            let Some(c) = conjugate(lemma) else {
                failures.push(format!("{lemma}: does not conjugate"));
                continue;
            };
            let form = form(code);
            if !c.variants(form).iter().any(|v| v == expected) {
                failures.push(format!("{lemma} {code}: expected {expected}, got {:?}", c.variants(form)));
            }
        }
        assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn no_form_from_the_wrong_model() {
        // Forms that a careless ending rule would produce.
        let wrong = [
            ("connaître", "connaquit"),
            ("reconnaître", "reconné"),
            ("interpeller", "interpèlle"),
            ("tester", "tèste"),
            ("répartir", "répart"),
            ("asservir", "assert"),
            ("devoir", "deverra"),
            ("recevoir", "receverra"),
            ("dire", "disez"),
            ("redire", "redisez"),
            ("sourire", "souécrit"),
            ("employer", "employe"),
            ("nuire", "nuit"),
        ];
        for (lemma, form) in wrong {
            let c = conjugate(lemma).unwrap();
            let found: Vec<Form> = c.forms().filter(|&(f, _)| f == form).map(|(_, tag)| tag).collect();
            // `nuit` is the present, never the participle.
            if lemma == "nuire" {
                assert!(found.iter().all(|f| f.is_finite()), "{lemma} has {form} as {found:?}");
            } else {
                assert!(found.is_empty(), "{lemma} has {form} as {found:?}");
            }
        }
    }

    #[test]
    fn pronominal_and_multiword_lemmas() {
        let c = conjugate("se féliciter").unwrap();
        assert!(c.is_pronominal());
        assert_eq!(c.head(), "féliciter");
        assert_eq!(c.tail(), None);
        assert_eq!(c.auxiliary(), Auxiliary::Etre);
        assert_eq!(c.form(Form::past_participle(Gender::Masculine, Number::Singular)), Some("félicité"));

        let c = conjugate("s'inquiéter").unwrap();
        assert!(c.is_pronominal());
        assert_eq!(c.head(), "inquiéter");
        assert_eq!(c.form(Form::finite(Tense::Present, Person::S3)), Some("inquiète"));

        let c = conjugate("s’entretenir").unwrap();
        assert_eq!(c.head(), "entretenir");
        assert_eq!(c.form(Form::finite(Tense::Present, Person::P3)), Some("entretiennent"));

        let c = conjugate("s'en prendre").unwrap();
        assert!(c.is_pronominal());
        assert_eq!(c.clitic(), Some("en"));
        assert_eq!(c.head(), "prendre");

        let c = conjugate("mettre en garde").unwrap();
        assert!(!c.is_pronominal());
        assert_eq!(c.lemma(), "mettre en garde");
        assert_eq!(c.head(), "mettre");
        assert_eq!(c.tail(), Some("en garde"));
        assert_eq!(c.auxiliary(), Auxiliary::Avoir);
        assert!(c.forms().any(|(f, _)| f == "mis"));

        let c = conjugate("placer en garde à vue").unwrap();
        assert_eq!(c.tail(), Some("en garde à vue"));
        assert_eq!(c.form(Form::finite(Tense::Imperfect, Person::S3)), Some("plaçait"));

        let c = conjugate("faire savoir").unwrap();
        assert_eq!((c.head(), c.tail()), ("faire", Some("savoir")));
        let c = conjugate("prendre en otage").unwrap();
        assert_eq!(c.form(Form::past_participle(Gender::Feminine, Number::Plural)), Some("prises"));
        let c = conjugate("se dire prêt").unwrap();
        assert!(c.is_pronominal());
        assert_eq!((c.head(), c.tail()), ("dire", Some("prêt")));
    }

    #[test]
    fn auxiliaries() {
        assert_eq!(conjugate("déclarer").unwrap().auxiliaries(), &[Auxiliary::Avoir]);
        assert_eq!(conjugate("venir").unwrap().auxiliary(), Auxiliary::Etre);
        assert_eq!(conjugate("intervenir").unwrap().auxiliary(), Auxiliary::Etre);
        assert_eq!(conjugate("prévenir").unwrap().auxiliary(), Auxiliary::Avoir);
        assert_eq!(conjugate("mourir").unwrap().auxiliary(), Auxiliary::Etre);
        assert_eq!(conjugate("sortir").unwrap().auxiliaries(), &[Auxiliary::Etre, Auxiliary::Avoir]);
        assert_eq!(conjugate("se rendre").unwrap().auxiliary(), Auxiliary::Etre);
        assert_eq!(conjugate("s'en aller").unwrap().auxiliary(), Auxiliary::Etre);
    }

    #[test]
    fn impersonal_and_defective() {
        let c = conjugate("falloir").unwrap();
        for tense in Tense::ALL {
            for person in Person::ALL {
                let has = c.form(Form::finite(tense, person)).is_some();
                assert_eq!(has, person == Person::S3 && tense != Tense::Imperative, "{tense:?} {person:?}");
            }
        }
        assert_eq!(c.form(Form::PresentParticiple), None);
        let c = conjugate("pouvoir").unwrap();
        assert_eq!(c.form(Form::finite(Tense::Imperative, Person::P2)), None);
    }

    #[test]
    fn every_slot_is_filled_once_per_spelling() {
        for lemma in ["déclarer", "payer", "finir", "être", "avoir", "dire", "prendre", "s'asseoir", "répéter"] {
            let c = conjugate(lemma).unwrap();
            for form in Form::all() {
                let variants = c.variants(form);
                let expected_empty = matches!(
                    form,
                    Form::Finite { tense: Tense::Imperative, person: Person::S1 | Person::S3 | Person::P3 }
                );
                assert_eq!(variants.is_empty(), expected_empty, "{lemma} {form}");
                for (i, v) in variants.iter().enumerate() {
                    assert!(!v.is_empty() && !v.contains(' '), "{lemma} {form}: {v:?}");
                    assert!(!variants[..i].contains(v), "{lemma} {form}: {v} twice");
                }
            }
            assert!(c.form(Form::Infinitive) == Some(c.head()));
        }
        assert_eq!(Form::all().count(), 54);
        assert!(Form::all().filter(|f| f.is_finite()).count() == 48);
    }

    #[test]
    fn rejects_what_it_does_not_know() {
        for lemma in [
            "",
            "Déclarer",
            "table",
            "se inquiéter",
            "s' inquiéter",
            "bouillir",
            "vêtir",
            "moudre",
            "pleuvoir",
            "bloquoir",
            "ir",
            "er",
            "mettre  en garde",
        ] {
            assert!(conjugate(lemma).is_none(), "{lemma:?} conjugates");
        }
    }

    #[test]
    fn models_are_unambiguous() {
        // Two suffix models with one base would make the choice arbitrary.
        let suffix: Vec<&str> = MODELS.iter().filter(|m| m.only.is_empty()).map(|m| m.base).collect();
        for (i, base) in suffix.iter().enumerate() {
            assert!(!suffix[..i].contains(base), "two suffix models for {base}");
        }
        for m in MODELS {
            assert_eq!(m.present.split(' ').count(), 6, "{}", m.base);
            assert!(matches!(m.subjunctive.split(' ').count(), 1 | 2 | 6), "{}", m.base);
            assert!(matches!(m.past_participle.split(' ').count(), 1 | 4), "{}", m.base);
            assert!(m.imperative.is_empty() || m.imperative.split(' ').count() == 3, "{}", m.base);
            for verb in m.only {
                assert!(verb.ends_with(m.base), "{verb} does not end with {}", m.base);
            }
        }
    }

    #[test]
    fn display_names_forms() {
        assert_eq!(Form::finite(Tense::Present, Person::P3).to_string(), "Present 3p");
        assert_eq!(Form::past_participle(Gender::Feminine, Number::Singular).to_string(), "past participle fs");
        assert_eq!(Form::Infinitive.to_string(), "infinitive");
        assert_eq!(Form::PresentParticiple.to_string(), "present participle");
    }
}
