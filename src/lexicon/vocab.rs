//! The vocabulary: one hash lookup per token gives everything the grammar
//! knows about a word (its closed class, verb forms, noun senses,
//! demonyms), and the phrase index gives the multi-word entries (names of
//! countries, organisations, people and places; multi-word nouns) that
//! start with it.

use super::entries::GenderNumber;
use crate::hash::FxHashMap;

/// Bits of [`Word::flags`].
pub(crate) mod flag {
    pub const DET: u64 = 1 << 0;
    pub const DEF: u64 = 1 << 1;
    pub const INDEF: u64 = 1 << 2;
    pub const POSS: u64 = 1 << 3;
    pub const DEM: u64 = 1 << 4;
    pub const PART: u64 = 1 << 5;
    pub const QUANT: u64 = 1 << 6;
    pub const PREP: u64 = 1 << 7;
    pub const PRON: u64 = 1 << 8;
    pub const SUBJ: u64 = 1 << 9;
    pub const OBJ: u64 = 1 << 10;
    pub const REFL: u64 = 1 << 11;
    pub const REL: u64 = 1 << 12;
    pub const IND: u64 = 1 << 13;
    pub const COORD: u64 = 1 << 14;
    pub const SUB: u64 = 1 << 15;
    pub const NEG: u64 = 1 << 16;
    pub const NEGP: u64 = 1 << 17;
    pub const ADV: u64 = 1 << 18;
    pub const MASC: u64 = 1 << 19;
    pub const FEM: u64 = 1 << 20;
    pub const SING: u64 = 1 << 21;
    pub const PLUR: u64 = 1 << 22;
    /// Some phrase of the phrase index starts with this word.
    pub const PHRASE: u64 = 1 << 23;
    /// A given name.
    pub const FIRST_NAME: u64 = 1 << 24;
    /// Has verb forms.
    pub const VERB: u64 = 1 << 25;
    /// A title of a person or its abbreviation (`M.`, `Mme`).
    pub const HONORIFIC: u64 = 1 << 26;
    /// Has a noun sense (role, body, group, organisation noun, event noun).
    pub const NOUN: u64 = 1 << 27;
    /// A demonym adjective (`russe`).
    pub const DEMONYM: u64 = 1 << 28;
    /// An auxiliary form of `avoir`.
    pub const AUX_AVOIR: u64 = 1 << 29;
    /// An auxiliary form of `être`.
    pub const AUX_ETRE: u64 = 1 << 30;
    /// A word that names a category of capitalised name (`Association`,
    /// `Parti`), so that an unknown name holding it is an organisation.
    pub const ORG_WORD: u64 = 1 << 31;
    /// Like [`ORG_WORD`] for state bodies (`Ministère`, `Cour`).
    pub const BODY_WORD: u64 = 1 << 32;
    /// A capitalised word that is never a name by itself: an acronym of a
    /// common thing (`PIB`, `TVA`) or a heading word.
    pub const NOT_NAME: u64 = 1 << 33;
    /// The word is a key of a cue lemma (`selon`, `d'après`).
    pub const CUE_PREP: u64 = 1 << 34;
    /// A word of time (month, weekday, `hier`): not a name even when
    /// capitalised.
    pub const TIME: u64 = 1 << 35;
    /// A given name borne by women.
    pub const FEMININE_NAME: u64 = 1 << 36;
    /// A given name borne by men.
    pub const MASCULINE_NAME: u64 = 1 << 37;
}

/// What a vocabulary key knows.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Word {
    pub flags: u64,
    /// Range of its senses in [`Vocabulary::senses`].
    pub senses_start: u32,
    pub senses_len: u32,
}

impl Word {
    #[inline]
    pub fn has(&self, f: u64) -> bool {
        self.flags & f != 0
    }

    /// An entry with neither flags nor senses: a word that is only there
    /// because a phrase holds it.
    #[inline]
    pub fn is_bare(&self) -> bool {
        self.flags == 0 && self.senses_len == 0
    }
}

/// The tense or mood of a verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tense {
    Present,
    Imperfect,
    SimplePast,
    Future,
    Conditional,
    Subjunctive,
    Imperative,
    Participle,
    PresentParticiple,
    Infinitive,
}

/// A verb form: which head verb (an index into
/// [`Lexicon::verbs`](super::Lexicon)), which tense, which person (1 to 6,
/// 0 for the non-finite forms) and, for participles, which gender and
/// number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct VerbForm {
    pub verb: u32,
    pub tense: Tense,
    pub person: u8,
    pub gn: GenderNumber,
}

/// One sense of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sense {
    Verb(VerbForm),
    Role { role: u32, gn: GenderNumber },
    Body { body: u32, plural: bool },
    Group { group: u32, plural: bool },
    OrgNoun { noun: u32, plural: bool },
    EventNoun { pattern: u32, plural: bool },
    Demonym { country: u32, gn: GenderNumber },
}

/// What a phrase of the phrase index stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Country(u32),
    Capital(u32),
    Seat { country: u32 },
    Org(u32),
    Person(u32),
    Place(u32),
    FirstName(u32),
    Role { role: u32, gn: GenderNumber },
    Body { body: u32, plural: bool },
    Group { group: u32, plural: bool },
    OrgNoun { noun: u32, plural: bool },
    EventNoun { pattern: u32, plural: bool },
}

impl Target {
    /// Names must be capitalised in the text; common nouns need not.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Target::Country(_)
                | Target::Capital(_)
                | Target::Seat { .. }
                | Target::Org(_)
                | Target::Person(_)
                | Target::Place(_)
                | Target::FirstName(_)
        )
    }
}

/// How the case of the text must agree with a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Any case (common nouns).
    Any,
    /// The first word must be capitalised.
    Capitalized,
    /// An acronym: the first word must be in capitals, or written exactly
    /// as in the lexicon (`Unesco`).
    Acronym,
}

/// A multi-word (or name) entry.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    /// Folded keys of its words, article left out.
    pub keys: Box<[Box<str>]>,
    /// The vocabulary id of each key (every word of a phrase has an
    /// entry), filled by [`VocabularyBuilder::build`]: matching compares
    /// ids, not strings.
    pub ids: Box<[u32]>,
    /// The first word as the lexicon writes it (for exact acronym case).
    pub first: Box<str>,
    pub target: Target,
    pub case: CaseRule,
}

/// The vocabulary and the phrase index.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocabulary {
    pub words: FxHashMap<Box<str>, u32>,
    pub entries: Vec<Word>,
    pub senses: Vec<Sense>,
    /// For each first key, the phrases that start with it, longest first:
    /// those any case may match (common nouns), then those that need a
    /// capital or an acronym (names) — so that a lower-case `la` looks at
    /// a few noun phrases, not at every `La Haye`.
    pub phrases: FxHashMap<u32, PhraseSlots>,
    /// Every phrase, grouped by first word (see [`PhraseSlots`]).
    pub phrase_list: Vec<Phrase>,
}

/// Where the phrases of one first word sit in [`Vocabulary::phrase_list`]:
/// `any` phrases (common nouns, any case) from `start`, then `names`
/// phrases (need a capital), each run longest first.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PhraseSlots {
    pub start: u32,
    pub any: u32,
    pub names: u32,
}

impl Vocabulary {
    /// The entry of a key.
    pub fn get(&self, key: &str) -> Option<&Word> {
        self.words.get(key).map(|&i| &self.entries[i as usize])
    }

    /// The id of a key's entry.
    #[inline]
    pub fn id(&self, key: &str) -> Option<u32> {
        self.words.get(key).copied()
    }

    /// The senses of an entry.
    #[inline]
    pub fn senses(&self, word: &Word) -> &[Sense] {
        &self.senses[word.senses_start as usize..(word.senses_start + word.senses_len) as usize]
    }

    /// The phrases that start with `key`, longest first.
    #[cfg(test)]
    pub fn phrases_from(&self, key: &str) -> impl Iterator<Item = &Phrase> {
        self.phrases_from_id(self.id(key).unwrap_or(u32::MAX), true)
    }

    /// The phrases whose first word has vocabulary id `first`, longest
    /// first; with `names` false, only those any case may match.
    #[inline]
    pub fn phrases_from_id(&self, first: u32, names: bool) -> impl Iterator<Item = &Phrase> {
        let (any, names): (&[Phrase], &[Phrase]) = match self.phrases.get(&first) {
            Some(s) => {
                let a = s.start as usize;
                let n = a + s.any as usize;
                (&self.phrase_list[a..n], if names { &self.phrase_list[n..n + s.names as usize] } else { &[] })
            }
            None => (&[], &[]),
        };
        // Both runs are sorted longest first; merge them so that the
        // longest phrase of either comes first.
        let (mut a, mut n) = (0, 0);
        std::iter::from_fn(move || match (any.get(a), names.get(n)) {
            (Some(x), Some(y)) if x.ids.len() >= y.ids.len() => {
                a += 1;
                Some(x)
            }
            (_, Some(y)) => {
                n += 1;
                Some(y)
            }
            (Some(x), None) => {
                a += 1;
                Some(x)
            }
            (None, None) => None,
        })
    }
}

/// Collects words and phrases, then freezes them into a [`Vocabulary`].
#[derive(Default)]
pub(crate) struct VocabularyBuilder {
    words: FxHashMap<Box<str>, (u64, Vec<Sense>)>,
    phrases: Vec<Phrase>,
    /// The phrases seen, to add each (keys, target) once.
    seen: crate::hash::FxHashSet<(Box<[Box<str>]>, TargetKey)>,
}

/// A hashable form of a [`Target`].
type TargetKey = (u8, u32, u8);

fn target_key(t: Target) -> TargetKey {
    match t {
        Target::Country(i) => (0, i, 0),
        Target::Capital(i) => (1, i, 0),
        Target::Seat { country } => (2, country, 0),
        Target::Org(i) => (3, i, 0),
        Target::Person(i) => (4, i, 0),
        Target::Place(i) => (5, i, 0),
        Target::FirstName(i) => (6, i, 0),
        Target::Role { role, gn } => (7, role, gn),
        Target::Body { body, plural } => (8, body, plural as u8),
        Target::Group { group, plural } => (9, group, plural as u8),
        Target::OrgNoun { noun, plural } => (10, noun, plural as u8),
        Target::EventNoun { pattern, plural } => (11, pattern, plural as u8),
    }
}

impl VocabularyBuilder {
    pub fn flag(&mut self, key: &str, flags: u64) {
        self.words.entry(key.into()).or_default().0 |= flags;
    }

    pub fn sense(&mut self, key: &str, flags: u64, sense: Sense) {
        let entry = self.words.entry(key.into()).or_default();
        entry.0 |= flags;
        if !entry.1.contains(&sense) {
            entry.1.push(sense);
        }
    }

    pub fn phrase(&mut self, phrase: Phrase) {
        if phrase.keys.is_empty() {
            return;
        }
        self.flag(&phrase.keys[0], flag::PHRASE);
        for key in &phrase.keys[1..] {
            self.flag(key, 0);
        }
        if self.seen.insert((phrase.keys.clone(), target_key(phrase.target))) {
            self.phrases.push(phrase);
        }
    }

    pub fn build(self) -> Vocabulary {
        let mut vocab = Vocabulary::default();
        let mut words: Vec<_> = self.words.into_iter().collect();
        words.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, (flags, senses)) in words {
            let id = vocab.entries.len() as u32;
            let senses_start = vocab.senses.len() as u32;
            vocab.senses.extend_from_slice(&senses);
            vocab.entries.push(Word { flags, senses_start, senses_len: senses.len() as u32 });
            vocab.words.insert(key, id);
        }
        let mut phrases = self.phrases;
        for phrase in &mut phrases {
            phrase.ids = phrase.keys.iter().map(|k| vocab.words[k]).collect();
        }
        // Grouped by first word, any-case phrases before names, each run
        // longest first, so the first match is the longest.
        phrases.sort_by(|a, b| {
            (a.ids[0], a.case != CaseRule::Any, std::cmp::Reverse(a.keys.len()), &a.keys).cmp(&(
                b.ids[0],
                b.case != CaseRule::Any,
                std::cmp::Reverse(b.keys.len()),
                &b.keys,
            ))
        });
        for (i, phrase) in phrases.iter().enumerate() {
            let slots = vocab.phrases.entry(phrase.ids[0]).or_insert(PhraseSlots { start: i as u32, any: 0, names: 0 });
            if phrase.case == CaseRule::Any {
                slots.any += 1;
            } else {
                slots.names += 1;
            }
        }

        vocab.phrase_list = phrases;
        vocab
    }
}
