//! Entity resolution within a document: mentions merged into entities
//! through the lexicon, repeated surnames, acronyms and their expansions,
//! appositions, and definite descriptions that point back to the last
//! compatible entity.

use super::mentions::{Mention, Referent};
use crate::analysis::ActorKind;
use crate::grammar::Tagged;
use std::collections::BTreeSet;

use crate::hash::FxHashMap;
use crate::lexicon::vocab::flag;
use crate::lexicon::{OrgClass, RoleClass};
use crate::text::TokenKind;

/// An entity of the document (an actor before the final selection).
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    pub kind: ActorKind,
    /// A stable key: ISO3, lexicon key, or derived from the name.
    pub key: String,
    /// Canonical display name.
    pub name: String,
    /// Has a proper name (or is a country or organisation of the lexicon).
    pub named: bool,
    /// The country it belongs to, as a lexicon index.
    pub country: Option<u32>,
    pub feminine: Option<bool>,
    pub plural: bool,
    pub org_class: Option<OrgClass>,
    /// Lower-case folded surname and given name of a person.
    pub surname: Option<String>,
    pub given: Option<String>,
    /// Role lemma keys (`président`) and classes it holds.
    pub roles: Vec<(String, RoleClass)>,
    /// For description entities: the head lemma and complement that key
    /// them (`ministère|affaires étrangères`).
    pub description_key: Option<String>,
    /// Its mentions, as indices into the mention list.
    pub mentions: Vec<usize>,
    /// Speaks, or takes part in an event.
    pub participates: bool,
    /// An acronym and the words it stands for.
    pub acronym: Option<String>,
    /// The person of the lexicon it is, if any.
    pub known: Option<u32>,
    /// The initials of its name (`cgt`), computed when an unknown acronym
    /// first asks.
    pub initials: std::cell::OnceCell<String>,
}

/// The result: entities and, for every mention, its entity.
pub(crate) struct Resolution {
    pub entities: Vec<Entity>,
    pub of_mention: Vec<Option<usize>>,
    /// The mentions of named organisations and governments, built at the
    /// first [`Resolution::last_named_org_before`]: a scan of every entity
    /// for each document noun is quadratic.
    named_orgs: Option<BTreeSet<usize>>,
}

impl Resolution {
    /// The entity of a mention.
    pub fn entity(&self, mention: usize) -> Option<usize> {
        self.of_mention.get(mention).copied().flatten()
    }

    /// Attaches a mention to an entity (used when a pronoun or a document
    /// noun is resolved by a later stage).
    pub fn attach(&mut self, mention: usize, entity: usize) {
        if self.of_mention[mention].is_none() {
            self.of_mention[mention] = Some(entity);
            self.entities[entity].mentions.push(mention);
            if let Some(set) = &mut self.named_orgs {
                if is_named_org(&self.entities[entity]) {
                    set.insert(mention);
                }
            }
        }
    }

    /// The named organisation or government mentioned last before mention
    /// `m`.
    pub fn last_named_org_before(&mut self, m: usize) -> Option<usize> {
        let of_mention = &self.of_mention;
        let entities = &self.entities;
        let set = self.named_orgs.get_or_insert_with(|| {
            (0..of_mention.len()).filter(|&x| of_mention[x].is_some_and(|e| is_named_org(&entities[e]))).collect()
        });
        set.range(..m).next_back().and_then(|&x| self.of_mention[x])
    }
}

fn is_named_org(e: &Entity) -> bool {
    matches!(e.kind, ActorKind::Organization | ActorKind::Government) && e.named
}

/// Folded words of a span of tokens, joined by spaces.
/// A word of a person's name as names are compared: folded, without
/// accents (the press drops them on capitals: `Erignac`, `Érignac`).
fn name_key(word: &str) -> String {
    crate::text::fold::strip_accents(&crate::text::fold::fold(word))
}

fn key_of(t: &Tagged, range: std::ops::Range<usize>) -> String {
    let mut s = String::new();
    for k in range {
        if !t.doc.tokens[k].kind.is_wordlike() {
            continue;
        }
        if !s.is_empty() && !s.ends_with('\'') {
            s.push(' ');
        }
        s.push_str(t.key(k));
    }
    s
}

/// The words of a mention as written (its span).
fn words(t: &Tagged, m: &Mention) -> String {
    let text = m.span.as_str(t.doc.text);
    let mut s = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

/// A key made of upper-case ASCII letters, digits and dashes.
pub(crate) fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'î' | 'ï' | 'í' | 'Î' | 'Ï' => 'I',
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' => 'O',
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ç' | 'Ç' => 'C',
            'ñ' => 'N',
            c if c.is_ascii_alphanumeric() => c.to_ascii_uppercase(),
            _ => '-',
        };
        if c == '-' && (s.is_empty() || s.ends_with('-')) {
            continue;
        }
        s.push(c);
    }
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() { "X".to_string() } else { s }
}

/// How far back, in mentions, a description or a noun looks for the
/// entity it points to. News articles hold a few hundred mentions, so the
/// window never cuts one short; it keeps resolution linear in the size of
/// a very long input.
const MENTION_WINDOW: usize = 2048;

/// How many of the latest entities a name is compared with, for the same
/// reason.
const ENTITY_WINDOW: usize = 1024;

/// Mentions by first and by last token: appositions, complements and
/// acronyms in brackets look at their neighbours, and a scan of every
/// mention for each would be quadratic.
struct Neighbours {
    /// `(first token, mention)`, sorted.
    by_start: Vec<(usize, usize)>,
    /// `(token after the last, mention)`, sorted.
    by_end: Vec<(usize, usize)>,
}

impl Neighbours {
    fn new(mentions: &[Mention]) -> Neighbours {
        let mut by_start: Vec<_> = mentions.iter().enumerate().map(|(j, m)| (m.tokens.start, j)).collect();
        let mut by_end: Vec<_> = mentions.iter().enumerate().map(|(j, m)| (m.tokens.end, j)).collect();
        by_start.sort_unstable();
        by_end.sort_unstable();
        Neighbours { by_start, by_end }
    }

    fn within(list: &[(usize, usize)], tokens: std::ops::Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let from = list.partition_point(|&(k, _)| k < tokens.start);
        list[from..].iter().take_while(move |&&(k, _)| k < tokens.end).map(|&(_, j)| j)
    }

    /// Mentions whose first token is `k`, in mention order.
    fn starting_at(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        Self::within(&self.by_start, k..k.saturating_add(1))
    }

    /// Mentions whose last token is just before `k`, in mention order.
    fn ending_at(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        Self::within(&self.by_end, k..k.saturating_add(1))
    }

    /// Mentions whose last token lies in `tokens` (those a mention over
    /// `tokens` may contain).
    fn ending_within(&self, tokens: std::ops::Range<usize>) -> impl Iterator<Item = usize> + '_ {
        Self::within(&self.by_end, tokens.start.saturating_add(1)..tokens.end.saturating_add(1))
    }
}

/// Where a new entity is filed so that later mentions find it by key.
enum Filed<'k> {
    /// Only through the mentions (descriptions: found again by
    /// recency, not by key).
    Nowhere,
    Country(u32),
    Org(u32),
    Person(u32),
    Seat(&'k str),
    /// An unknown name, or an acronym (`name:` keys).
    Name(&'k str),
    /// A person's name (`person:` keys).
    PersonName(&'k str),
}

/// The entities filed by key, one map per kind of key so that lookups take
/// a `&str` or an index, never a formatted string.
#[derive(Default)]
struct Keys {
    countries: FxHashMap<u32, usize>,
    orgs: FxHashMap<u32, usize>,
    persons: FxHashMap<u32, usize>,
    seats: FxHashMap<String, usize>,
    names: FxHashMap<String, usize>,
    person_names: FxHashMap<String, usize>,
}

impl Keys {
    fn get(&self, filed: &Filed) -> Option<usize> {
        match filed {
            Filed::Nowhere => None,
            Filed::Country(c) => self.countries.get(c),
            Filed::Org(o) => self.orgs.get(o),
            Filed::Person(p) => self.persons.get(p),
            Filed::Seat(k) => self.seats.get(*k),
            Filed::Name(k) => self.names.get(*k),
            Filed::PersonName(k) => self.person_names.get(*k),
        }
        .copied()
    }

    fn insert(&mut self, filed: &Filed, e: usize) {
        match filed {
            Filed::Nowhere => None,
            Filed::Country(c) => self.countries.insert(*c, e),
            Filed::Org(o) => self.orgs.insert(*o, e),
            Filed::Person(p) => self.persons.insert(*p, e),
            Filed::Seat(k) => self.seats.insert(k.to_string(), e),
            Filed::Name(k) => self.names.insert(k.to_string(), e),
            Filed::PersonName(k) => self.person_names.insert(k.to_string(), e),
        };
    }
}

struct Resolver<'a, 'd, 't> {
    t: &'a Tagged<'d, 't>,
    mentions: &'a [Mention],
    near: Neighbours,
    entities: Vec<Entity>,
    of_mention: Vec<Option<usize>>,
    keys: Keys,
}

/// Resolves the mentions of a document into entities.
pub(crate) fn resolve(t: &Tagged, mentions: &[Mention]) -> Resolution {
    let mut r = Resolver {
        t,
        mentions,
        entities: Vec::new(),
        near: Neighbours::new(mentions),
        of_mention: vec![None; mentions.len()],
        keys: Keys::default(),
    };
    // Names first, in text order, so that descriptions find them — but a
    // name given as another (`…, connus sous le nom de moukhabarat`) waits
    // for what it names, which may be a description.
    let mut aliases = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.referent.is_name() {
            if r.is_alias(i) {
                aliases.push(i);
            } else {
                r.name(i);
            }
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        if m.referent.is_description() {
            r.description(i);
        }
    }
    for i in aliases {
        match r.alias_of(i) {
            Some(e) => r.link(i, e),
            None => r.name(i),
        }
    }
    // Later stages find an entity's mentions through `of_mention`, which
    // must agree with the entities' lists.
    debug_assert!(
        r.entities.iter().enumerate().all(|(e, ent)| ent.mentions.iter().all(|&x| r.of_mention[x] == Some(e)))
    );
    debug_assert_eq!(
        r.entities.iter().map(|e| e.mentions.len()).sum::<usize>(),
        r.of_mention.iter().filter(|e| e.is_some()).count()
    );
    Resolution { entities: r.entities, of_mention: r.of_mention, named_orgs: None }
}

impl Resolver<'_, '_, '_> {
    fn new_entity(&mut self, filed: Filed, key: String, kind: ActorKind, name: String, named: bool) -> usize {
        let id = self.entities.len();
        self.entities.push(Entity {
            kind,
            key,
            name,
            named,
            country: None,
            feminine: None,
            plural: false,
            org_class: None,
            surname: None,
            given: None,
            roles: Vec::new(),
            description_key: None,
            mentions: Vec::new(),
            participates: false,
            acronym: None,
            known: None,
            initials: std::cell::OnceCell::new(),
        });
        self.keys.insert(&filed, id);
        id
    }

    fn link(&mut self, mention: usize, entity: usize) {
        self.of_mention[mention] = Some(entity);
        self.entities[entity].mentions.push(mention);
        let m = &self.mentions[mention];
        let e = &mut self.entities[entity];
        if e.country.is_none() {
            e.country = m.country;
        }
        if e.feminine.is_none() {
            e.feminine = m.feminine;
        }
    }

    /// The entity filed as `filed`, or a new one with the key and name
    /// given (built only then).
    fn entity_for(
        &mut self,
        filed: Filed,
        key: impl FnOnce() -> String,
        kind: ActorKind,
        name: impl FnOnce() -> String,
        named: bool,
    ) -> usize {
        match self.keys.get(&filed) {
            Some(e) => e,
            None => self.new_entity(filed, key(), kind, name(), named),
        }
    }

    fn name(&mut self, i: usize) {
        let t = self.t;
        let m = &self.mentions[i];
        let lex = t.lex;
        match m.referent {
            Referent::Country(c) => {
                self.country(i, c);
            }
            Referent::Capital(c) => {
                // `à Moscou` is a place; `Moscou insiste` is Russia;
                // `la Commission européenne de Bruxelles` a place too.
                let after_name_de = m.tokens.start >= 2
                    && matches!(t.key(m.tokens.start - 1), "de" | "d'")
                    && (t.doc.tokens[m.tokens.start - 2].is_capitalized()
                        || self.near.ending_at(m.tokens.start - 1).any(|n| {
                            matches!(
                                self.mentions[n].referent,
                                Referent::Org(_) | Referent::OrgName | Referent::BodyName
                            )
                        }));
                // `le parquet de Paris`, `le maire de Moscou`: a capital in
                // the complement of a description is a place.
                let in_description = m.tokens.start >= 1
                    && matches!(t.key(m.tokens.start - 1), "de" | "d'")
                    && self.mentions[i.saturating_sub(8)..i].iter().any(|d| {
                        d.sentence == m.sentence
                            && d.tokens.start < m.tokens.start
                            && d.tokens.end >= m.tokens.end
                            && matches!(d.referent, Referent::Role(_) | Referent::Body(_) | Referent::OrgNoun(_))
                    });
                if m.locative || after_name_de || in_description || self.capital_as_place(m) {
                    return;
                }
                self.country(i, c);
            }
            Referent::Seat(c) => {
                // `reçu à l'Élysée`, `au Kremlin`: the building, a place.
                if m.locative {
                    return;
                }
                let key = key_of(t, m.tokens.clone());
                let e = self.entity_for(
                    Filed::Seat(&key),
                    || format!("seat:{key}"),
                    ActorKind::Government,
                    || strip_article(&words(t, m)),
                    true,
                );
                self.entities[e].country = Some(c);
                self.link(i, e);
            }
            Referent::Org(o) => {
                let org = &lex.orgs[o as usize];
                let e = self.entity_for(
                    Filed::Org(o),
                    || format!("org:{o}"),
                    org.kind,
                    || {
                        strip_article(
                            &org.names.iter().find(|n| n.chars().count() > 3).unwrap_or(&org.names[0]).clone(),
                        )
                    },
                    true,
                );
                self.entities[e].key = org.key.clone();
                self.entities[e].org_class = Some(org.class);
                self.link(i, e);
                self.acronym_definition(i, e);
            }
            Referent::KnownPerson(p) => {
                let person = &lex.persons[p as usize];
                let e = self.entity_for(
                    Filed::Person(p),
                    || format!("person:{p}"),
                    ActorKind::Person,
                    || person.names[0].clone(),
                    true,
                );
                self.entities[e].key = person.key.clone();
                self.entities[e].known = Some(p);
                self.entities[e].feminine = Some(person.feminine);
                if self.entities[e].country.is_none() {
                    self.entities[e].country = person.country.and_then(|c| lex.country_by_code.get(&c).copied());
                }
                let surname = person.names[0].rsplit(' ').next().map(name_key);
                self.entities[e].surname = surname;
                // Its given name too, so that another person of the same
                // surname (`Souha Arafat` after `Yasser Arafat`) is not
                // taken for a fuller form of this one.
                if let Some((given, _)) = person.names[0].split_once(' ') {
                    self.entities[e].given.get_or_insert_with(|| name_key(given));
                }
                self.link(i, e);
            }

            Referent::PersonName | Referent::UnknownName => self.person_or_unknown(i),
            Referent::OrgName | Referent::BodyName => {
                let kind =
                    if m.referent == Referent::BodyName { ActorKind::Government } else { ActorKind::Organization };
                let key = key_of(t, word_tokens(t, m));
                if let Some(e) = self.find_acronym_target(i, &key) {
                    self.link(i, e);
                    return;
                }
                let e = self.entity_for(Filed::Name(&key), || format!("name:{key}"), kind, || words(t, m), true);
                self.link(i, e);
                self.acronym_definition(i, e);
            }
            _ => {}
        }
    }

    /// A capital said to be a city (`Paris est une ville magnifique`) or
    /// the object of a verb of movement (`a quitté Moscou`) is a place.
    fn capital_as_place(&self, m: &Mention) -> bool {
        let t = self.t;
        let end = t.doc.sentences[m.sentence].tokens.end;
        let after = m.tokens.end;
        let copula = after < end
            && matches!(
                t.key(after),
                "est" | "était" | "sera" | "reste" | "restait" | "demeure" | "devient" | "fut" | "semble"
            );
        if copula {
            // `est une ville`, `est aussi la capitale`, `reste une belle
            // destination`: a noun of place within the next few words.
            let place = (after + 1..(after + 5).min(end)).take_while(|&k| t.is(k, TokenKind::Word)).any(|k| {
                super::mentions::is_place_noun(t.key(k))
                    || matches!(t.key(k), "capitale" | "métropole" | "destination" | "agglomération")
            });
            if place {
                return true;
            }
        }
        let before = m.tokens.start;
        before > 0
            && t.senses(before - 1).iter().any(|s| match s {
                crate::lexicon::vocab::Sense::Verb(v) => matches!(
                    t.lex.verbs[v.verb as usize].infinitive.as_str(),
                    "visiter"
                        | "quitter"
                        | "rejoindre"
                        | "regagner"
                        | "traverser"
                        | "survoler"
                        | "habiter"
                        | "fuir"
                        | "évacuer"
                        | "atteindre"
                ),
                _ => false,
            })
    }

    /// `les organismes de renseignement syriens, connus sous le nom de
    /// moukhabarat`: the entity the name after `connus sous le nom de` is
    /// another name of — that of the mention before the comma.
    fn alias_of(&self, i: usize) -> Option<usize> {
        if !self.is_alias(i) {
            return None;
        }
        let connu = self.mentions[i].tokens.start - 5;
        let before = self.near.ending_at(connu - 1).filter(|&j| j < i).max()?;
        self.of_mention[before]
    }

    /// Does mention `i` follow `, connu sous le nom de`?
    fn is_alias(&self, i: usize) -> bool {
        let t = self.t;
        let start = self.mentions[i].tokens.start;
        start >= 6 && super::mentions::alias_start(t, start - 5) == Some(start) && t.is(start - 6, TokenKind::Comma)
    }

    /// A mention of a country of the lexicon (`la Russie`, `Moscou`).
    fn country(&mut self, i: usize, c: u32) {
        let country = &self.t.lex.countries[c as usize];
        let e = self.entity_for(
            Filed::Country(c),
            || country.code.as_str().to_string(),
            ActorKind::Country,
            || strip_article(&country.names[0]),
            true,
        );
        self.link(i, e);
    }

    /// `Confédération générale du travail (CGT)`: an acronym in brackets
    /// right after a name (or a name in brackets after an acronym) is the
    /// same entity.
    fn acronym_definition(&mut self, i: usize, e: usize) {
        let t = self.t;
        let m = &self.mentions[i];
        let after = m.tokens.end;
        if t.is(after, TokenKind::OpenParen) {
            if let Some(j) = self.near.starting_at(after + 1).find(|&n| self.mentions[n].referent.is_name()) {
                if t.is(self.mentions[j].tokens.end, TokenKind::CloseParen) && self.of_mention[j].is_none() {
                    let acronym = key_of(t, self.mentions[j].tokens.clone());
                    self.keys.insert(&Filed::Name(&acronym), e);
                    self.entities[e].acronym = Some(acronym);
                }
            }
        }
    }

    /// An acronym that stands for an organisation named before
    /// (`CGT` after `Confédération générale du travail`).
    fn find_acronym_target(&self, i: usize, key: &str) -> Option<usize> {
        if let Some(e) = self.keys.get(&Filed::Name(key)) {
            return Some(e);
        }
        let m = &self.mentions[i];
        // The words without their article: `l'UNE`, `le FUJS`.
        let words = word_tokens(self.t, m);
        if !self.t.is_all_caps(words.start) || words.len() != 1 {
            return None;
        }
        let letters = crate::text::fold::strip_accents(
            &self.t.text(words.start).chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase(),
        );
        let from = self.entities.len().saturating_sub(ENTITY_WINDOW);
        self.entities[from..]
            .iter()
            .position(|e| {
                matches!(e.kind, ActorKind::Organization | ActorKind::Government)
                    && e.named
                    && *e.initials.get_or_init(|| initials(&e.name)) == letters
            })
            .map(|e| from + e)
    }

    fn person_or_unknown(&mut self, i: usize) {
        let t = self.t;
        let m = &self.mentions[i];
        let tokens = name_tokens(t, m);
        // Without accents: the press drops them on capitals (`Claude
        // Erignac` for `Claude Érignac`).
        let full = crate::text::fold::strip_accents(&key_of(t, tokens.clone()));
        let last = name_key(&surname_of(t, tokens.clone()));
        let single = tokens.len() == 1 || (tokens.len() == 2 && is_particle_pair(t, tokens.clone()));
        // The same full name, or a surname or given name of a person seen
        // before (`Biden` after `Joe Biden`, `Marine` after `Marine Le Pen`).
        if let Some(e) = self.keys.get(&Filed::PersonName(&full)) {
            self.link(i, e);
            return;
        }
        let from = self.entities.len().saturating_sub(ENTITY_WINDOW);
        // `Ana Pastor` after `Ana Pastor García`: the shorter name opens the
        // longer one.
        if !single {
            let opens = |e: &Entity| {
                e.key
                    .strip_prefix("person:")
                    .and_then(|k| k.strip_prefix(full.as_str()))
                    .is_some_and(|r| r.starts_with(' '))
            };
            if let Some(e) = self.entities[from..].iter().position(|e| e.kind == ActorKind::Person && opens(e)) {
                self.link(i, from + e);
                return;
            }
        }
        if single {
            // Any later word of a full name (`Pastor` of `Ana Pastor
            // García`, whose surnames are two).
            let in_full_name =
                |e: &Entity| e.key.strip_prefix("person:").is_some_and(|k| k.split(' ').skip(1).any(|w| w == full));
            let found = self.entities[from..].iter().rposition(|e| {
                e.kind == ActorKind::Person
                    && (e.surname.as_deref() == Some(&full) || e.given.as_deref() == Some(&full) || in_full_name(e))
            });
            if let Some(e) = found {
                self.link(i, from + e);
                return;
            }
            // An organisation named the same way (`Moody's` twice).
            if let Some(e) = self.keys.get(&Filed::Name(&full)) {
                self.link(i, e);
                return;
            }
        } else if let Some(e) = self.entities[from..]
            .iter()
            .rposition(|e| e.kind == ActorKind::Person && e.surname.as_deref() == Some(&last) && e.given.is_none())
            .map(|e| from + e)
        {
            // `Joe Biden` after `Biden`: the fuller form becomes the name
            // of a person the lexicon does not know.
            self.entities[e].given = Some(name_key(t.key(tokens.start)));
            if self.entities[e].known.is_none() {
                let name = strip_honorific(t, m);
                if name.split(' ').count() > self.entities[e].name.split(' ').count() {
                    self.entities[e].name = name;
                }
                self.keys.insert(&Filed::PersonName(&full), e);
            }
            self.link(i, e);
            return;
        }
        let name = strip_honorific(t, m);
        let (kind, named) = match m.referent {
            Referent::PersonName => (ActorKind::Person, true),
            _ => (ActorKind::Person, false),
        };
        let e = if m.referent == Referent::PersonName {
            self.entity_for(Filed::PersonName(&full), || format!("person:{full}"), kind, || name, named)
        } else {
            self.entity_for(Filed::Name(&full), || format!("name:{full}"), kind, || name, named)
        };
        if m.referent == Referent::PersonName || single {
            self.entities[e].surname = Some(last);
            if tokens.len() > 1 && t.has(tokens.start, flag::FIRST_NAME) {
                self.entities[e].given = Some(name_key(t.key(tokens.start)));
            }
        }
        // The given name tells the gender (`elle` can then find her).
        if t.has(tokens.start, flag::FEMININE_NAME) && !t.has(tokens.start, flag::MASCULINE_NAME) {
            self.entities[e].feminine = Some(true);
        } else if t.has(tokens.start, flag::MASCULINE_NAME) {
            self.entities[e].feminine = Some(false);
        }
        self.link(i, e);
    }

    fn description(&mut self, i: usize) {
        let t = self.t;
        let m = self.mentions[i].clone();
        match m.referent {
            Referent::Role(role) => self.role(i, &m, role),
            Referent::Body(body) => {
                // The singular, or the plural of a body named only so (`les
                // autorités`, `les forces de sécurité`): each its own key.
                let forms = &t.lex.bodies[body as usize].forms;
                let head: &str = forms[0].as_deref().or(forms[1].as_deref()).unwrap_or_default();
                // `l'ambassade des États-Unis`: an embassy stands for its
                // state.
                if matches!(head, "ambassade" | "consulat" | "représentation diplomatique") {
                    let country = self
                        .near
                        .ending_within(m.tokens.clone())
                        .filter(|&j| {
                            let n = &self.mentions[j];
                            j != i
                                && m.span.contains(n.span)
                                && matches!(n.referent, Referent::Country(_))
                                && self.of_mention[j].is_some()
                        })
                        .min()
                        .and_then(|j| self.of_mention[j]);
                    if let Some(c) = country {
                        self.link(i, c);
                        return;
                    }
                }
                let complement = complement_key(t, &m);
                if head == "État" && !m.plural {
                    // `en l'état` (as things stand), `état d'urgence`: the
                    // common noun, no body.
                    if !t.is_capitalized_word(m.head) {
                        return;
                    }
                    // `un prêt par l'État`: the State, unqualified, is the
                    // country of the story (`l'État français`: France).
                    if complement.is_empty() {
                        if let Some(c) = m.country {
                            self.country(i, c);
                            return;
                        }
                        if let Some(c) = self.most_salient_before(i, |e| e.kind == ActorKind::Country) {
                            self.link(i, c);
                            return;
                        }
                    }
                }
                let key = format!("{head}|{complement}");
                // The same body named again, with or without its country and
                // complement (`le gouvernement français` … `le gouvernement`,
                // `les forces de la coalition internationale` … `les forces
                // internationales`).
                let found = self.described_before(i, &m, |e| same_description(e, &key, m.country));
                let e = match found {
                    Some(e) => e,
                    None => {
                        let name = strip_article(&words(t, &m));
                        let e = self.new_entity(
                            Filed::Nowhere,
                            format!("body:{key}:{}:{i}", m.country.unwrap_or(u32::MAX)),
                            ActorKind::Government,
                            name,
                            false,
                        );
                        self.entities[e].description_key = Some(key);
                        self.entities[e].plural = m.plural;
                        e
                    }
                };
                self.link(i, e);
            }
            Referent::Group(group) => self.group(i, &m, group),
            Referent::OrgNoun(noun) => self.org_noun(i, &m, noun),
            Referent::Generic => {
                let key = format!("generic|{}", key_of(t, m.head..m.tokens.end));
                let found = self.described_before(i, &m, |e| e.description_key.as_deref() == Some(key.as_str()));
                let e = match found {
                    Some(e) if m.definite => e,
                    _ => {
                        let kind = if m.plural { ActorKind::Group } else { ActorKind::Person };
                        let name = strip_article(&words(t, &m));
                        let e = self.new_entity(Filed::Nowhere, format!("generic:{key}:{i}"), kind, name, false);
                        self.entities[e].description_key = Some(key);
                        self.entities[e].plural = m.plural;
                        e
                    }
                };
                self.link(i, e);
            }
            _ => {}
        }
    }

    /// `le président russe`, `le ministre du budget, Jérôme Cahuzac`.
    fn role(&mut self, i: usize, m: &Mention, role: u32) {
        let t = self.t;
        let r = &t.lex.roles[role as usize];
        let lemma = r.forms[0].clone().unwrap_or_default();
        // Apposition with a person's name, before or after.
        if let Some(n) = self.apposed_name(i) {
            if let Some(e) = self.of_mention[n] {
                if m.plural {
                    return;
                }
                let ent = &mut self.entities[e];
                if matches!(ent.kind, ActorKind::Person) || !ent.named || ent.org_class.is_none() {
                    ent.kind = ActorKind::Person;
                    if ent.country.is_none() {
                        ent.country = m.country;
                    }
                    ent.roles.push((lemma, r.class));
                    self.link(i, e);
                }
                return;
            }
        }
        // `les dirigeants de la Russie et des États-Unis, Vladimir Poutine et
        // Joe Biden`: countries handed out to the coordinated names.
        if m.plural {
            if let Some(names) = self.apposed_coordination(i) {
                for (k, n) in names.iter().enumerate() {
                    if let (Some(e), Some(&c)) = (self.of_mention[*n], m.complement_countries.get(k)) {
                        let ent = &mut self.entities[e];
                        ent.kind = ActorKind::Person;
                        ent.country.get_or_insert(c);
                        ent.roles.push((lemma.clone(), r.class));
                    }
                }
                return;
            }
            // `des analystes`, `des leaders du Parti populaire`: people of a
            // function, a group.
            let key = format!("{lemma}|{}", complement_key(t, m));
            let found = self.described_before(i, m, |e| same_description(e, &key, m.country));
            let e = match found {
                Some(e) => e,
                None => {
                    let name = strip_article(&words(t, m));
                    let e = self.new_entity(Filed::Nowhere, format!("roles:{key}:{i}"), ActorKind::Group, name, false);
                    self.entities[e].description_key = Some(key);
                    self.entities[e].plural = true;
                    e
                }
            };
            self.link(i, e);
            return;
        }
        // A person seen before with the same role and country, in the text
        // or in the lexicon (`le président russe` after `Vladimir Poutine`).
        let lex = t.lex;
        let country_code = m.country.map(|c| lex.countries[c as usize].code);
        let folded_lemma = crate::text::fold::fold(&lemma);
        let known_role = |e: &Entity| {
            e.known.is_some_and(|p| {
                lex.persons[p as usize].roles.iter().any(|(role, whose)| {
                    role.starts_with(&folded_lemma)
                        && (country_code.is_none() || whose.as_deref() == country_code.as_ref().map(|c| c.as_str()))
                })
            })
        };
        let found = self.described_before(i, m, |e| {
            e.kind == ActorKind::Person
                && (e.roles.iter().any(|(l, c)| *l == lemma || *c == r.class && r.class != RoleClass::Other)
                    || known_role(e)
                    || e.named && e.roles.is_empty() && m.definite && m.country.is_some() && e.country == m.country)
                && (m.country.is_none() || e.country.is_none() || e.country == m.country)
                && (m.feminine.is_none() || e.feminine.is_none() || e.feminine == m.feminine)
        });
        if let Some(e) = found.filter(|_| m.definite) {
            self.link(i, e);
            return;
        }
        // A new person known only by the description.
        let name = strip_article(&words(t, m));
        let e = self.new_entity(Filed::Nowhere, format!("role:{}:{i}", slug(&name)), ActorKind::Person, name, false);
        self.entities[e].roles.push((lemma, r.class));
        self.entities[e].country = m.country;
        self.link(i, e);
    }

    /// `l'alliance`, `le syndicat`, `l'ONG Human Rights Watch`.
    /// An unnamed collective (`les manifestants`, `des responsables
    /// ukrainiens`), filed by its head and complement so that the same
    /// description finds it again.
    fn group(&mut self, i: usize, m: &Mention, group: u32) {
        let t = self.t;
        let g = &t.lex.groups[group as usize];
        let head: &str = g.forms[1].as_deref().or(g.forms[0].as_deref()).unwrap_or_default();
        let complement = complement_key(t, m);
        let key = format!("{head}|{complement}");
        // Members of a named organisation stand for it: `les
        // islamistes d'Ansar Eddine`, `les membres du Hamas`.
        if let Some(org) = self.org_in_complement(i) {
            if matches!(g.class.as_str(), "militants" | "rebels" | "officials" | "soldiers" | "other" | "members") {
                self.link(i, org);
                return;
            }
        }
        let found = self.described_before(i, m, |e| same_description(e, &key, m.country));
        let e = match found {
            Some(e) => e,
            None => {
                let name = strip_article(&words(t, m));
                let e = self.new_entity(Filed::Nowhere, format!("group:{key}:{i}"), g.kind, name, false);
                self.entities[e].description_key = Some(key);
                self.entities[e].plural = true;
                e
            }
        };
        self.link(i, e);
    }

    fn org_noun(&mut self, i: usize, m: &Mention, noun: u32) {
        let t = self.t;
        let n = &t.lex.org_nouns[noun as usize];
        if n.document {
            // Documents are resolved to their issuer by the statement stage.
            return;
        }
        // `les fédérations nationales des syndicats`, `des ONG`: several
        // organisations no name gathers are a group.
        if m.plural && self.name_right_after(i).is_none() {
            let key = format!("orgs|{}", key_of(t, m.head..m.tokens.end));
            let (e, new) = self.by_description(i, m, key, "orgs", ActorKind::Group);
            if new {
                self.entities[e].plural = true;
            }
            self.link(i, e);
            return;
        }
        // Apposition: `l'ONG Human Rights Watch`, `la chaîne quatarie Al
        // Jazeera`, `le collectif la Quadrature du Net`.
        if let Some(j) = self.name_right_after(i) {
            if let Some(e) = self.of_mention[j] {
                let ent = &mut self.entities[e];
                if ent.kind == ActorKind::Person && !ent.named
                    || ent.kind == ActorKind::Person && ent.given.is_none() && ent.roles.is_empty()
                {
                    ent.kind = ActorKind::Organization;
                }
                if ent.kind == ActorKind::Organization || ent.kind == ActorKind::Government {
                    ent.named = true;
                    if ent.org_class.is_none() {
                        ent.org_class = OrgClass::ALL.into_iter().find(|c| n.classes & c.bit() != 0);
                    }
                    ent.country = ent.country.or(m.country);
                    self.link(i, e);
                }
            }
            return;
        }
        if !m.definite {
            return;
        }
        // The same noun linked before (`le quotidien français Le Figaro` …
        // `le quotidien`).
        let same_noun = (i.saturating_sub(MENTION_WINDOW)..i)
            .rev()
            .find(|&j| self.mentions[j].referent == Referent::OrgNoun(noun) && self.of_mention[j].is_some());
        if let Some(j) = same_noun {
            let e = self.of_mention[j].expect("found linked");
            self.link(i, e);
            return;
        }
        let fits = |e: &Entity| {
            matches!(e.kind, ActorKind::Organization | ActorKind::Government)
                && e.named
                && e.org_class.is_none_or(|c| n.classes & c.bit() != 0)
                && (e.org_class.is_some() || n.classes == u32::MAX)
        };
        // A noun that fits many classes (`l'organisation`) goes to the most
        // salient organisation of the recent text; a specific one (`le
        // syndicat`) to the last that fits.
        let found = if n.classes == u32::MAX { self.most_salient_before(i, fits) } else { self.last_before(i, fits) };
        if let Some(e) = found {
            self.link(i, e);
        } else if let Some(group) = t.senses(m.head).iter().find_map(|s| match *s {
            crate::lexicon::vocab::Sense::Group { group, .. } => Some(group),
            _ => None,
        }) {
            // `Le syndicat a annoncé` with no union named before: the
            // unnamed collective the noun also names.
            self.group(i, m, group);
        } else if m.tokens.end > m.head + 1
            && !self.mentions[i + 1..]
                .iter()
                .take_while(|o| o.sentence == m.sentence)
                .any(|o| matches!(o.referent, Referent::Org(_) | Referent::OrgName))
        {
            // `le collectif de défense des femmes`, with no organisation
            // named before that it could be, nor after it in the sentence
            // (`Le groupe de cosmétique français, numéro un mondial,
            // L'Oréal`): an organisation of its own, known by its
            // description.
            let key = format!("org|{}", key_of(t, m.head..m.tokens.end));
            let (e, new) = self.by_description(i, m, key, "org", ActorKind::Organization);
            if new {
                self.entities[e].org_class = OrgClass::ALL.into_iter().find(|c| n.classes & c.bit() != 0);
                self.entities[e].country = m.country;
            }
            self.link(i, e);
        }
    }

    /// The organisation named in the complement of description `i`
    /// (`d'Ansar Eddine`), as an entity.
    fn org_in_complement(&self, i: usize) -> Option<usize> {
        let m = &self.mentions[i];
        self.near
            .ending_within(m.tokens.clone())
            .filter(|&j| {
                let n = &self.mentions[j];
                let inside = j != i && m.span.contains(n.span) && n.span.start > m.span.start;
                let org = matches!(n.referent, Referent::Org(_) | Referent::OrgName);
                inside && org && self.of_mention[j].is_some()
            })
            .min()
            .and_then(|j| self.of_mention[j])
    }

    /// The entity before description `m` (mention `i`) known by the same
    /// description `key`, or a new one of `kind` known by it (its id made
    /// of `id`, the key and `i`); `true` when it is new.
    fn by_description(&mut self, i: usize, m: &Mention, key: String, id: &str, kind: ActorKind) -> (usize, bool) {
        if let Some(e) = self.described_before(i, m, |e| e.description_key.as_deref() == Some(key.as_str())) {
            return (e, false);
        }
        let name = strip_article(&words(self.t, m));
        let e = self.new_entity(Filed::Nowhere, format!("{id}:{key}:{i}"), kind, name, false);
        self.entities[e].description_key = Some(key);
        (e, true)
    }

    /// The entity that description `m` (mention `i`) names again: the
    /// last one before it that `same` accepts — none when the description
    /// says it names someone else (`deux autres soldats`).
    fn described_before(&self, i: usize, m: &Mention, same: impl Fn(&Entity) -> bool) -> Option<usize> {
        if names_another(self.t, m) {
            return None;
        }
        self.last_before(i, same)
    }

    /// The entity among `candidates` mentioned last before mention `i`
    /// (within [`MENTION_WINDOW`] mentions).
    fn last_before(&self, i: usize, candidates: impl Fn(&Entity) -> bool) -> Option<usize> {
        let from = i.saturating_sub(MENTION_WINDOW);
        let mut tried = None;
        for j in (from..i).rev() {
            let Some(e) = self.of_mention[j] else { continue };
            // Runs of mentions of one entity are common: test it once.
            if tried == Some(e) {
                continue;
            }
            if candidates(&self.entities[e]) {
                return Some(e);
            }
            tried = Some(e);
        }
        None
    }

    /// Among the entities that satisfy `ok`, the one mentioned most often
    /// in the [`MENTION_WINDOW`] mentions before mention `i` (ties to the
    /// latest).
    fn most_salient_before(&self, i: usize, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        let from = i.saturating_sub(MENTION_WINDOW);
        // (entity, mentions counted, its latest mention), latest first.
        let mut seen: Vec<(usize, usize, usize)> = Vec::new();
        for j in (from..i).rev() {
            let Some(e) = self.of_mention[j] else { continue };
            match seen.iter_mut().find(|(x, _, _)| *x == e) {
                Some(entry) => entry.1 += 1,
                None => seen.push((e, 1, j)),
            }
        }
        let mut best: Option<(usize, usize, usize)> = None;
        for &(e, score, last) in &seen {
            if ok(&self.entities[e]) && best.is_none_or(|(_, s, l)| score > s || score == s && last > l) {
                best = Some((e, score, last));
            }
        }
        best.map(|(e, _, _)| e)
    }

    /// A name right after mention `i` (`le syndicat SUD-PTT`), or after a
    /// comma when a colon or comma closes it (`la principale association
    /// …, l'April :`).
    fn name_right_after(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let m = &self.mentions[i];
        let next = m.tokens.end;
        if let Some(j) = self.near.starting_at(next).find(|&j| self.mentions[j].referent.is_name()) {
            return Some(j);
        }
        // The comma may come after the rest of the description's words
        // (`la principale association de promotion et la défense du
        // logiciel libre, l'April :`), a few words with no verb and no
        // other name.
        let comma = (next..(next + 10).min(t.doc.tokens.len())).find(|&k| {
            t.is(k, TokenKind::Comma)
                || t.kind(k).is_some_and(|kind| kind.is_terminal() || kind.is_quote())
                || t.has(k, flag::VERB) && !t.has(k, flag::NOUN)
                || self.near.starting_at(k).any(|j| self.mentions[j].referent.is_name())
        })?;
        if t.is(comma, TokenKind::Comma) {
            return self.near.starting_at(comma + 1).find(|&j| {
                let n = &self.mentions[j];
                n.referent.is_name() && matches!(t.kind(n.tokens.end), Some(TokenKind::Colon | TokenKind::Comma))
            });
        }
        None
    }

    /// A person's name in apposition to description `i`: `X, DESC`,
    /// `DESC X`, `DESC, X`.
    fn apposed_name(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let m = &self.mentions[i];
        let is_person_like =
            |n: &Mention| matches!(n.referent, Referent::PersonName | Referent::KnownPerson(_) | Referent::UnknownName);
        // The neighbours that may stand in apposition, tried in mention
        // order.
        let mut candidates: Vec<usize> = self
            .near
            .starting_at(m.tokens.end)
            .chain(self.near.starting_at(m.tokens.end + 1))
            .chain(self.near.ending_at(m.tokens.start))
            .chain(self.near.ending_at(m.tokens.start.wrapping_sub(1)))
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // The complement of another role (`le porte-parole du président
        // russe, Dmitri Peskov`): a name after it is that role's.
        let in_role = self.near.ending_at(m.tokens.end).any(|j| {
            let outer = &self.mentions[j];
            j != i
                && matches!(outer.referent, Referent::Role(_))
                && outer.tokens.start < m.tokens.start
                && outer.tokens.end == m.tokens.end
        });
        for j in candidates {
            let n = &self.mentions[j];
            if j == i || !is_person_like(n) || n.sentence != m.sentence {
                continue;
            }
            // DESC X or DESC, X — but not `la veuve de l'ancien président,
            // Souha Arafat`, where the name stands for the noun that
            // governs the description.
            let mut first = m.tokens.start;
            if first > 0 && t.has(first - 1, flag::DET) && !t.has(first - 1, flag::PREP) {
                first -= 1;
            }
            let governed = first > 0 && matches!(t.key(first - 1), "de" | "d'" | "du" | "des") || in_role;
            let after = n.tokens.start == m.tokens.end
                || (t.is(m.tokens.end, TokenKind::Comma) && n.tokens.start == m.tokens.end + 1 && !governed);
            // X, DESC — or X le DESC with no comma (`Joechen Zaumseil le
            // vice-président de L'Oréal`).
            let before = t.is(n.tokens.end, TokenKind::Comma) && m.tokens.start == n.tokens.end + 1
                || m.tokens.start == n.tokens.end && m.definite;
            if after || before {
                return Some(j);
            }
        }
        None
    }

    /// `DESC, A et B`: the names coordinated right after a plural
    /// description.
    fn apposed_coordination(&self, i: usize) -> Option<Vec<usize>> {
        let t = self.t;
        let m = &self.mentions[i];
        let mut k = m.tokens.end;
        if !t.is(k, TokenKind::Comma) {
            return None;
        }
        k += 1;
        let mut names = Vec::new();
        loop {
            let j = self.near.starting_at(k).find(|&j| self.mentions[j].referent.is_name())?;
            names.push(j);
            k = self.mentions[j].tokens.end;
            if t.is_key(k, "et")
                || t.is(k, TokenKind::Comma)
                    && self.near.starting_at(k + 1).any(|j| self.mentions[j].referent.is_name())
            {
                k += 1;
            } else {
                break;
            }
        }
        (names.len() >= 2).then_some(names)
    }
}

/// Does description `m` say that it names someone else than the last one
/// so described (`deux autres soldats`, `un autre ministre`)?
fn names_another(t: &Tagged, m: &Mention) -> bool {
    (m.tokens.start..m.head).any(|k| matches!(t.key(k), "autre" | "autres"))
}

/// Does entity `e` carry the description keyed `key` (`head|complement
/// words`) of a mention of country `country`? The heads must agree; the
/// complements must share a word, or one of them be empty with the
/// countries in agreement.
fn same_description(e: &Entity, key: &str, country: Option<u32>) -> bool {
    let Some(other) = e.description_key.as_deref() else { return false };
    let (h1, c1) = key.split_once('|').unwrap_or((key, ""));
    let (h2, c2) = other.split_once('|').unwrap_or((other, ""));
    if h1 != h2 {
        return false;
    }
    fn stems(c: &str) -> impl Iterator<Item = &str> {
        c.split(' ').filter(|w| w.len() > 2).map(|w| w.trim_end_matches(['s', 'x']))
    }
    let countries_agree = country.is_none() || e.country.is_none() || e.country == country;
    let (empty1, empty2) = (stems(c1).next().is_none(), stems(c2).next().is_none());
    if empty1 && empty2 {
        return countries_agree;
    }
    if empty1 {
        // A bare head after a qualified one: `le gouvernement` after `le
        // gouvernement français`.
        return country.is_none() || e.country == country;
    }
    if empty2 {
        return e.country.is_none() || e.country == country;
    }
    countries_agree && stems(c1).any(|w| stems(c2).any(|v| v == w))
}

/// The tokens of a name without an honorific.
fn name_tokens(t: &Tagged, m: &Mention) -> std::ops::Range<usize> {
    let mut r = m.tokens.clone();
    while r.len() > 1
        && (t.has(r.start, flag::HONORIFIC) || t.has(r.start, flag::DET) && !t.doc.tokens[r.start].is_capitalized())
    {
        r.start += 1;
    }
    r
}

/// The tokens of a name without an honorific nor the article before it,
/// capitalised or not (`Le FUJS` → `FUJS`): those of its span.
fn word_tokens(t: &Tagged, m: &Mention) -> std::ops::Range<usize> {
    let mut r = name_tokens(t, m);
    while r.len() > 1 && (t.doc.tokens[r.start].start as usize) < m.span.start {
        r.start += 1;
    }
    r
}

fn strip_honorific(t: &Tagged, m: &Mention) -> String {
    let r = name_tokens(t, m);
    let span = crate::Span::new(t.doc.tokens[r.start].start as usize, t.doc.tokens[r.end - 1].end as usize);
    span.as_str(t.doc.text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The surname: the last capitalised word, with its particle (`Le Pen`).
fn surname_of(t: &Tagged, r: std::ops::Range<usize>) -> String {
    let mut start = r.end - 1;
    while start > r.start
        && matches!(
            t.key(start - 1),
            "le" | "la" | "de" | "du" | "van" | "von" | "al" | "el" | "ben" | "bin" | "di" | "da"
        )
        && t.doc.tokens[start - 1].is_capitalized()
    {
        start -= 1;
    }
    (start..r.end).map(|k| t.text(k)).collect::<Vec<_>>().join(" ")
}

fn is_particle_pair(t: &Tagged, r: std::ops::Range<usize>) -> bool {
    matches!(t.key(r.start), "le" | "la" | "de" | "van" | "von" | "al" | "el") && t.doc.tokens[r.start].is_capitalized()
}

/// The first letters of the main words of a name, without accents:
/// `Confédération générale du travail` → `cgt`, `Union nationale des
/// étudiants` → `une`.
pub(crate) fn initials(name: &str) -> String {
    let letters: String = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    w.to_lowercase().as_str(),
                    "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l" | "et" | "pour" | "en" | "à"
                )
        })
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    crate::text::fold::strip_accents(&letters)
}

/// The complement of a description (`des affaires étrangères`) as a key,
/// without demonyms.
fn complement_key(t: &Tagged, m: &Mention) -> String {
    let mut s = String::new();
    let mut k = m.head + 1;
    while k < m.tokens.end {
        if !t.has(k, flag::DEMONYM)
            && t.doc.tokens[k].kind.is_wordlike()
            && !matches!(t.key(k), "de" | "du" | "des" | "d'" | "la" | "l'" | "le" | "les")
        {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(t.key(k));
        }
        k += 1;
    }
    s
}

/// A name without its leading lower-case article (`la Russie` → `Russie`).
pub(crate) fn strip_article(name: &str) -> String {
    for article in ["le ", "la ", "les ", "l'", "l’"] {
        if let Some(rest) = name.strip_prefix(article) {
            return rest.to_string();
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_initials() {
        assert_eq!(slug("Vladimir Poutine"), "VLADIMIR-POUTINE");
        assert_eq!(slug("ministère russe des Affaires étrangères"), "MINISTERE-RUSSE-DES-AFFAIRES-ETRANGERES");
        assert_eq!(initials("Confédération générale du travail"), "cgt");
        assert_eq!(initials("Mouvement national de libération de l'Azawad"), "mnla");
        assert_eq!(initials("Union nationale des étudiants"), "une");
        assert_eq!(initials("Front uni pour la justice sociale"), "fujs");
        assert_eq!(strip_article("l'Ukraine"), "Ukraine");
    }
}
