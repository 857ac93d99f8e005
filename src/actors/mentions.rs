//! Mention detection: the places where a sentence refers to an actor —
//! names from the lexicon, unknown proper names and acronyms, descriptions
//! built on role, body, group and organisation nouns, and pronouns.

use std::ops::Range;

use crate::Span;
use crate::grammar::{Tagged, UNKNOWN};
use crate::lexicon::vocab::{CaseRule, Phrase, Sense, Target, flag};
use crate::text::{SentenceRole, TokenFlags, TokenKind};

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Referent {
    /// A country of the lexicon by its name.
    Country(u32),
    /// A capital standing for its country (`Moscou`).
    Capital(u32),
    /// A seat of power standing for a government (`le Kremlin`).
    Seat(u32),
    /// An organisation of the lexicon.
    Org(u32),
    /// A person of the lexicon.
    KnownPerson(u32),
    /// An unknown name that looks like a person's (given name, honorific,
    /// title before it).
    PersonName,
    /// An unknown name that looks like an organisation's (organisation
    /// word, acronym).
    OrgName,
    /// An unknown name that looks like a state body's (`Ministère de …`).
    BodyName,
    /// An unknown capitalised name of unknown nature.
    UnknownName,
    /// A description headed by a role noun (`le président russe`).
    Role(u32),
    /// A description headed by a body noun (`l'armée malienne`).
    Body(u32),
    /// A description headed by a group noun (`les manifestants`).
    Group(u32),
    /// A common noun that refers back to an organisation (`l'alliance`)
    /// or a document that speaks for its issuer (`le communiqué`).
    OrgNoun(u32),
    /// A personal pronoun (`il`, `elles`, `-t-il`).
    Pronoun,
    /// A noun phrase of no known category that is the subject of a
    /// reporting or event verb (`un ancien guide touristique a indiqué`).
    Generic,
}

impl Referent {
    /// Is it a proper name (rather than a description or a pronoun)?
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Referent::Country(_)
                | Referent::Capital(_)
                | Referent::Seat(_)
                | Referent::Org(_)
                | Referent::KnownPerson(_)
                | Referent::PersonName
                | Referent::OrgName
                | Referent::BodyName
                | Referent::UnknownName
        )
    }

    pub fn is_description(self) -> bool {
        matches!(
            self,
            Referent::Role(_) | Referent::Body(_) | Referent::Group(_) | Referent::OrgNoun(_) | Referent::Generic
        )
    }
}

/// One mention.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    /// All its tokens, from the determiner on.
    pub tokens: Range<usize>,
    /// The words without a leading determiner (what the scorer compares).
    pub span: Span,
    /// The token of its head word.
    pub head: usize,
    pub sentence: usize,
    pub referent: Referent,
    pub plural: bool,
    pub feminine: Option<bool>,
    /// The country it belongs to (a demonym, `de la Russie`), as a lexicon
    /// index.
    pub country: Option<u32>,
    /// For descriptions: the countries named in its complement
    /// (`les dirigeants de la Russie et des États-Unis`).
    pub complement_countries: Vec<u32>,
    /// Definite (`le`, `l'`), demonstrative or possessive determiner.
    pub definite: bool,
    /// Indefinite (`un`, `des`) determiner.
    pub indefinite: bool,
    /// Inside a quotation.
    pub quoted: bool,
    /// Preceded by a preposition of place (`à Moscou`, `en Ukraine`).
    pub locative: bool,
}

/// Finds the mentions of every sentence (link lines and datelines left
/// out), in text order.
pub(crate) fn find(t: &Tagged) -> Vec<Mention> {
    let mut out = Vec::with_capacity(t.doc.tokens.len() / 12 + 4);
    for (s, sentence) in t.doc.sentences.iter().enumerate() {
        if matches!(sentence.role, SentenceRole::Link | SentenceRole::Dateline) {
            continue;
        }
        let mut i = sentence.tokens.start;
        let end = sentence.tokens.end;
        let first = out.len();
        while i < end {
            let next = scan_at(t, i, end, s, &mut out);
            i = next.max(i + 1);
        }
        bodies_named_after_leaders(t, first, &mut out);
        generic_subjects(t, sentence.tokens.clone(), s, first, &mut out);
        // A heading in capitals (`DISTRIBUTION DE LUNETTES.`, `YOGA.`):
        // its words are shouted, not acronyms; only what the lexicon knows
        // there is named.
        if shouted(t, sentence.tokens.clone()) {
            retain_from(&mut out, first, |_, m| {
                !matches!(m.referent, Referent::UnknownName | Referent::OrgName | Referent::PersonName)
            });
        }
    }
    for m in &mut out {
        m.quoted = t.quotes.contain(&t.doc.quotes, m.span);
    }
    out
}

/// Is every word of the sentence in capitals, with at least one of two
/// letters or more?
fn shouted(t: &Tagged, range: Range<usize>) -> bool {
    let mut long = false;
    for k in range.filter(|&k| t.is(k, TokenKind::Word)) {
        let text = t.text(k);
        if text.chars().any(char::is_lowercase) {
            return false;
        }
        long |= text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    }
    long
}

/// An unknown lower-case word in `-er` or `-ir` followed by an article, a
/// preposition or an object pronoun: an infinitive with its complement
/// (`de mentir aux électeurs`, `de saisir la justice`), not a noun.
fn looks_like_infinitive(t: &Tagged, k: usize, end: usize) -> bool {
    let key = t.key(k);
    t.word(k).is_none()
        && t.is(k, TokenKind::Word)
        && !t.doc.tokens[k].is_capitalized()
        && key.len() >= 4
        && (key.ends_with("er") || key.ends_with("ir"))
        && k + 1 < end
        // (`le`, `la`, `les`, `l'`, `leur` are determiners, `en` a
        // preposition, for the lexicon.)
        && (t.has(k + 1, flag::DET | flag::PREP) || matches!(t.key(k + 1), "lui" | "y"))
}

/// `le gouvernement Rajoy`, `l'administration Obama`, `le régime Assad`:
/// an executive body named after its leader is that body, of the leader's
/// country; the name is part of the body's mention, not a mention of the
/// leader.
fn bodies_named_after_leaders(t: &Tagged, first: usize, out: &mut Vec<Mention>) {
    // Merged names are dropped in one pass at the end: removing each at
    // once would shift the rest of the sentence's mentions each time.
    let mut merged = Vec::new();
    let mut k = first;
    while k + 1 < out.len() {
        let (body, name) = (&out[k], &out[k + 1]);
        let executive = matches!(body.referent, Referent::Body(_))
            && !body.plural
            && body.head + 1 == body.tokens.end
            && matches!(t.key(body.head), "gouvernement" | "administration" | "cabinet" | "régime");
        let leader = matches!(name.referent, Referent::KnownPerson(_) | Referent::PersonName | Referent::UnknownName)
            && name.tokens.start == body.tokens.end
            && t.is_capitalized_word(name.tokens.start);
        if executive && leader {
            let country = match name.referent {
                Referent::KnownPerson(p) => {
                    t.lex.persons[p as usize].country.and_then(|c| t.lex.country_by_code.get(&c).copied())
                }
                _ => None,
            };
            let (end, span_end) = (name.tokens.end, name.span.end);
            let body = &mut out[k];
            body.tokens.end = end;
            body.span.end = span_end;
            body.country = body.country.or(country);
            merged.push(k + 1);
            k += 2;
        } else {
            k += 1;
        }
    }
    if !merged.is_empty() {
        // (`merged` is in increasing order.)
        retain_from(out, first, |k, _| merged.binary_search(&k).is_err());
    }
}

/// Keeps the mentions from index `first` on that `keep` accepts (given
/// each one's index), in order, in one pass over them only: the earlier
/// sentences' mentions stay where they are, and dropping several costs no
/// more than dropping one.
fn retain_from(out: &mut Vec<Mention>, first: usize, mut keep: impl FnMut(usize, &Mention) -> bool) {
    let mut write = first;
    for read in first..out.len() {
        if keep(read, &out[read]) {
            out.swap(write, read);
            write += 1;
        }
    }
    out.truncate(write);
}

/// Does the word right after a determiner make the phrase a thing rather
/// than someone: an abstract noun by its ending (`une directive européenne
/// demande`, `l'affirmation`, `un événement tragique`, `la stratégie`), or
/// `tel` (`une telle stratégie exige`)?
fn names_no_one(key: &str) -> bool {
    const ENDINGS: [&str; 9] = ["tion", "sion", "xion", "isme", "ive", "ives", "gie", "ement", "ements"];
    matches!(key, "tel" | "telle" | "tels" | "telles")
        || key.len() > 5 && ENDINGS.iter().any(|e| key.ends_with(e)) && !matches!(key, "mouvement" | "mouvements")
}

/// Does the verb group at `k` carry a reporting cue or an event (its own
/// verb or the participle after an auxiliary)?
fn starts_telling_verb(t: &Tagged, k: usize, end: usize) -> bool {
    (k..(k + 4).min(end)).any(|j| {
        t.senses(j).iter().any(|s| match s {
            Sense::Verb(v) => {
                t.lex.verbs[v.verb as usize].lemmas.iter().any(|&l| t.lex.lemmas[l as usize].cue.is_some())
            }
            _ => false,
        })
    })
}

/// Noun phrases of no known category that are the subject of a reporting
/// or event verb (`Un ancien guide touristique a indiqué`, `deux hommes à
/// bord d'une moto ont ouvert le feu`): mentions of their own, so that the
/// speaker or actor is not lost.
fn generic_subjects(t: &Tagged, range: Range<usize>, s: usize, first: usize, out: &mut Vec<Mention>) {
    let mut added = Vec::new();
    // Which tokens of the sentence a mention covers, built at the first
    // telling verb: asking every mention for each verb is quadratic in a
    // long sentence.
    let mut covers: Option<Vec<i32>> = None;
    for k in range.start + 1..range.end {
        let finite = t.senses(k).iter().any(|sense| {
            matches!(sense, Sense::Verb(v) if !matches!(v.tense, crate::lexicon::vocab::Tense::Infinitive | crate::lexicon::vocab::Tense::Participle | crate::lexicon::vocab::Tense::PresentParticiple))
        });
        if !finite || !starts_telling_verb(t, k, range.end) {
            continue;
        }
        // Words inside a quotation are the speaker's, not the article's
        // actors.
        let at = t.doc.tokens[k].start as usize;
        if t.quotes.around(&t.doc.quotes, at).is_some() {
            continue;
        }
        // The word before must be a content word no mention covers.
        let last = k - 1;
        let covers = covers.get_or_insert_with(|| {
            // Mentions opened minus closed at each token, then summed: how
            // many cover it.
            let mut depth = vec![0i32; range.len() + 1];
            for m in &out[first..] {
                let (a, b) = (m.tokens.start.max(range.start), m.tokens.end.min(range.end));
                if a < b {
                    depth[a - range.start] += 1;
                    depth[b - range.start] -= 1;
                }
            }
            let mut open = 0;
            for d in &mut depth {
                open += *d;
                *d = open;
            }
            depth
        });
        let covered = |j: usize| covers[j - range.start] > 0;
        if covered(last)
            || !t.is(last, TokenKind::Word)
            || t.is_function_word(last)
            || t.has(last, flag::VERB) && !t.has(last, flag::NOUN)
            || matches!(
                t.key(last),
                "tel" | "telle" | "tels" | "telles" | "même" | "autre" | "autres" | "seul" | "seule"
            )
        {
            continue;
        }
        // Walk back to a determiner, over at most five words of the phrase.
        let mut j = last;
        let mut det = None;
        while j > range.start && last - j < 6 {
            j -= 1;
            if covered(j) || !t.is(j, TokenKind::Word) && !t.is(j, TokenKind::Number) {
                break;
            }
            if t.has(j, flag::DET) && !t.has(j, flag::PREP)
                || matches!(t.key(j), "un" | "une" | "des" | "les" | "le" | "la" | "l'")
            {
                det = Some(j);
                break;
            }
            if t.has(j, flag::VERB | flag::PRON | flag::SUB | flag::COORD) && !t.has(j, flag::NOUN) {
                break;
            }
        }
        let Some(d) = det else { continue };
        if d > range.start && t.has(d - 1, flag::PREP) {
            continue;
        }
        if names_no_one(t.key(d + 1)) {
            continue;
        }
        let plural = t.has(d, flag::PLUR) || t.is_key(d, "des") || t.key(last).ends_with('s');
        let mut m = simple(t, d + 1..k, last, s, Referent::Generic, plural, None);
        m.tokens.start = d;
        m.definite = t.has(d, flag::DEF | flag::DEM | flag::POSS);
        m.indefinite = !m.definite;
        for j in m.tokens.start.max(range.start)..m.tokens.end.min(range.end) {
            covers[j - range.start] = 1;
        }
        added.push(m);
    }
    out.extend(added);
    out[first..].sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
}

/// `connu sous le nom de X` (any gender and number) at token `i`: where X
/// starts.
pub(crate) fn alias_start(t: &Tagged, i: usize) -> Option<usize> {
    (matches!(t.key(i), "connu" | "connue" | "connus" | "connues")
        && t.is_key(i + 1, "sous")
        && t.is_key(i + 2, "le")
        && t.is_key(i + 3, "nom")
        && matches!(t.key(i + 4), "de" | "d'"))
    .then_some(i + 5)
}

/// Looks for a mention starting at token `i`; returns where to go on.
fn scan_at(t: &Tagged, i: usize, end: usize, s: usize, out: &mut Vec<Mention>) -> usize {
    let token = t.doc.tokens[i];
    if token.kind != TokenKind::Word && token.kind != TokenKind::Abbreviation {
        return i + 1;
    }
    // `connus sous le nom de moukhabarat`: the name given, even in lower
    // case, is a name of what was just named (see `resolve`).
    if let Some(start) = alias_start(t, i) {
        let mut stop = start;
        while stop < end && stop - start < 3 && t.is(stop, TokenKind::Word) && !t.is_function_word(stop) {
            stop += 1;
        }
        if stop > start && !t.is_capitalized_word(start) {
            out.push(simple(t, start..stop, stop - 1, s, Referent::UnknownName, false, None));
            return stop;
        }
    }
    // `à 0,04 UA de son étoile`, `300 MW`: an acronym right after a number
    // is its unit, no name.
    if i > 0 && t.is(i - 1, TokenKind::Number) && t.is_all_caps(i) && t.text(i).len() <= 4 {
        return i + 1;
    }
    // 1. Names and multi-word nouns of the lexicon, longest first.
    if let Some((phrase, len)) = match_phrase(t, i, end) {
        let range = i..i + len;
        // `Maurice Papon`, `Dominique de Calan`, `Salvador Allende`: a
        // country that is also a given name, before a surname, is the
        // given name.
        if matches!(phrase.target, Target::Country(_) | Target::Capital(_))
            && len == 1
            && t.has(i, flag::FIRST_NAME)
            && !(i > 0 && t.has(i - 1, flag::PREP))
            && (t.is_capitalized_word(i + 1) && !t.doc.tokens[i + 1].has(TokenFlags::LINE_START)
                || is_name_particle(t.key(i + 1)) && t.is_capitalized_word(i + 2))
        {
            if let Some(next) = name_chunk(t, i, end, s, out) {
                return next;
            }
        }
        return match phrase.target {
            Target::Place(_) => i + len,
            Target::FirstName(_) => name_chunk(t, i, end, s, out).unwrap_or(i + len),
            Target::Role { .. } | Target::Body { .. } | Target::Group { .. } | Target::OrgNoun { .. } => {
                description(t, range, phrase.target, s, out)
            }
            Target::EventNoun { .. } => i + len,
            target => {
                let referent = match target {
                    Target::Country(c) => Referent::Country(c),
                    Target::Capital(c) => Referent::Capital(c),
                    Target::Seat { country } => Referent::Seat(country),
                    Target::Org(o) => Referent::Org(o),
                    Target::Person(p) => Referent::KnownPerson(p),
                    _ => Referent::UnknownName,
                };
                push_name(t, range, referent, s, out);
                // A known person's name may go on (`Vladimir Poutine` when
                // only `Poutine` is known).
                i + len
            }
        };
    }
    // After a plural determiner, a capitalised word names a people or a
    // group: a demonym (`les Français`, `des Russes`), the country's people;
    // or an unknown plural before a verb or punctuation (`les Wikipédiens`,
    // `des Touaregs`), not a person.
    if t.is_capitalized_word(i) && i > 0 && matches!(t.key(i - 1), "les" | "des" | "aux") {
        let demonym = if t.is_capitalized_word(i + 1) {
            None
        } else {
            t.senses(i).iter().find_map(|sense| match *sense {
                Sense::Demonym { country, .. } => Some(country),
                _ => None,
            })
        };
        let unknown_plural = || {
            t.word(i).is_none()
                && !t.is_all_caps(i)
                && t.key(i).len() > 3
                && t.key(i).ends_with('s')
                && (i + 1 >= end
                    || !t.is(i + 1, TokenKind::Word)
                    || t.is_function_word(i + 1)
                    || t.has(i + 1, flag::VERB))
        };
        if demonym.is_some() || unknown_plural() {
            let mut m = simple(t, i..i + 1, i, s, Referent::Generic, true, None);
            m.tokens.start = i - 1;
            m.definite = t.has(i - 1, flag::DEF);
            m.indefinite = !m.definite;
            m.country = demonym;
            out.push(m);
            return i + 1;
        }
    }
    // `ce dernier`, `ces dernières`: a pronoun for the one named last (its
    // head, `dernier`, tells it from `il`).
    // (Not `ces derniers mois`: an adjective before its noun.)
    if matches!(t.key(i), "ce" | "cette" | "ces")
        && matches!(t.key(i + 1), "dernier" | "dernière" | "derniers" | "dernières")
        && i + 1 < end
        && (i + 2 >= end
            || !t.is(i + 2, TokenKind::Word)
            || t.has(i + 2, flag::VERB | flag::PRON | flag::ADV | flag::NEG | flag::REL))
    {
        let last = t.key(i + 1);
        out.push(simple(t, i..i + 2, i + 1, s, Referent::Pronoun, last.ends_with('s'), Some(last.contains('è'))));
        return i + 2;
    }
    // `celui-ci`, `celle-ci`: a demonstrative pronoun for the one named
    // last, as `ce dernier`.
    if let key @ ("celui-ci" | "celle-ci" | "ceux-ci" | "celles-ci") = t.key(i) {
        let (plural, feminine) = (key.starts_with("ceux") || key.starts_with("celles"), key.starts_with("celle"));
        out.push(simple(t, i..i + 1, i, s, Referent::Pronoun, plural, Some(feminine)));
        return i + 1;
    }
    let w = t.word(i);
    // 2. Pronouns.
    if let Some(w) = w {
        if w.has(flag::SUBJ) && w.has(flag::PRON) && matches!(t.key(i), "il" | "elle" | "ils" | "elles") {
            let plural = w.has(flag::PLUR);
            let feminine = Some(w.has(flag::FEM));
            out.push(simple(t, i..i + 1, i, s, Referent::Pronoun, plural, feminine));
            return i + 1;
        }
    }
    // 3. Descriptions headed by a known noun. A singular noun that names
    // an organisation or a collective (`le syndicat`, `l'association`) is
    // the organisation.
    let org_first = t.senses(i).iter().any(|s| matches!(s, Sense::OrgNoun { plural: false, .. }));
    let senses = t.senses(i).iter().filter(|s| !(org_first && matches!(s, Sense::Group { .. })));
    for sense in senses {
        let target = match *sense {
            Sense::Role { role, gn } => Target::Role { role, gn },
            Sense::Body { body, plural } => Target::Body { body, plural },
            Sense::Group { group, plural } => Target::Group { group, plural },
            Sense::OrgNoun { noun, plural } => Target::OrgNoun { noun, plural },
            _ => continue,
        };
        // A capitalised common noun mid-sentence is part of a name
        // (`Parti populaire`): leave it to the name chunker.
        if t.is_capitalized_word(i)
            && !is_sentence_start(t, i)
            && !t.is_all_caps(i)
            && (looks_like_name_start(t, i, end) || org_name_ahead(t, i, end))
        {
            break;
        }
        return description(t, i..i + 1, target, s, out);
    }
    // 4. Proper names and acronyms — but a name after a noun of place is a
    // place (`la mosquée Sidi Yeyia`, `la région Centre`, `la rue de
    // Rivoli`).
    if i > 0 && (is_place_noun(t.key(i - 1)) || is_thing_noun(t.key(i - 1))) && t.is_capitalized_word(i) {
        let mut k = i + 1;
        while k < end && (t.is_capitalized_word(k) || is_name_particle(t.key(k)) && t.is_capitalized_word(k + 1)) {
            k += 1;
        }
        return k;
    }
    // `ministre de l'Intérieur`, `ministère de la Défense`: the portfolio
    // of a minister is no name of its own.
    if t.is_capitalized_word(i) && is_portfolio(t, i) {
        return i + 1;
    }
    if t.is_capitalized_word(i) || t.has(i, flag::HONORIFIC) && t.doc.tokens[i].is_capitalized() {
        if let Some(next) = name_chunk(t, i, end, s, out) {
            return next;
        }
    }
    i + 1
}

/// Is the word at `i` the portfolio after `ministre`, `ministère` or
/// `secrétaire d'État` and its article (`de l'Intérieur`, `de la Défense`,
/// `des Armées`, `du Travail`, `aux Sports`)?
fn is_portfolio(t: &Tagged, i: usize) -> bool {
    let article = match i.checked_sub(1).map(|k| t.key(k)) {
        Some("du" | "des" | "au" | "aux") => 1,
        Some("la" | "l'") if i >= 2 && t.is_key(i - 2, "de") => 2,
        _ => return false,
    };
    let Some(head) = i.checked_sub(article + 1) else { return false };
    matches!(t.key(head), "ministre" | "ministres" | "ministère" | "ministères")
        || t.is_key(head, "état") && head >= 2 && t.is_key(head - 1, "d'") && t.is_key(head - 2, "secrétaire")
}

/// The longest phrase of the lexicon that matches at `i` with the right
/// case; `(phrase, length in tokens)`.
fn match_phrase<'l>(t: &'l Tagged, i: usize, end: usize) -> Option<(&'l Phrase, usize)> {
    if !t.has(i, flag::PHRASE) {
        return None;
    }
    let capital = t.doc.tokens[i].is_capitalized() || t.is_all_caps(i);
    for phrase in t.lex.vocab.phrases_from_id(t.words[i], capital) {
        let n = phrase.ids.len();
        if i + n > end {
            continue;
        }
        // Ids for looked-up words; the folded key for the tokens the
        // tagger leaves out (numbers in `G20`-like names).
        let same = |k: usize| match t.words[i + k] {
            UNKNOWN => t.key(i + k) == &*phrase.keys[k],
            id => id == phrase.ids[k],
        };
        if !(1..n).all(same) {
            continue;
        }
        let ok = match phrase.case {
            CaseRule::Any => true,
            CaseRule::Capitalized => t.doc.tokens[i].is_capitalized(),
            CaseRule::Acronym => t.is_all_caps(i) || t.text(i) == &*phrase.first,
        };
        if !ok || !later_words_agree(t, i, n, phrase.target) {
            continue;
        }
        // A name must not stop in the middle of a longer capitalised name
        // (`Jean` of `Jean-Marc` is one token anyway; `Paris Saint-Germain`).
        if phrase.target.is_name() && !matches!(phrase.target, Target::FirstName(_)) && i + n < end {
            let next = i + n;
            if t.is_capitalized_word(next)
                && !t.is_function_word(next)
                && !t.doc.tokens[next].has(TokenFlags::LINE_START)
                && matches!(phrase.target, Target::Place(_))
            {
                continue;
            }
        }
        return Some((phrase, n));
    }
    None
}

/// Do the later words of a name matched at `i` over `n` tokens have the
/// case the lexicon writes them with? A word the lexicon capitalises must
/// have its capital in the text too (`Le maire` is no `Bruno Le Maire`),
/// name particles aside (`Le Pen`, `von der Leyen`).
fn later_words_agree(t: &Tagged, i: usize, n: usize, target: Target) -> bool {
    let lex = t.lex;
    let forms: &[String] = match target {
        Target::Person(p) => &lex.persons[p as usize].names,
        Target::Org(o) => &lex.orgs[o as usize].names,
        Target::Country(c) => &lex.countries[c as usize].names,
        _ => return true,
    };
    (i + 1..i + n).all(|k| {
        let token = t.doc.tokens[k];
        if !token.kind.is_wordlike() || token.is_capitalized() || t.is_all_caps(k) {
            return true;
        }
        let key = t.key(k);
        if is_name_particle(key) {
            return true;
        }
        // Every way the lexicon writes the word: it agrees when one of
        // them is in lower case, or when none is found.
        let mut written = forms
            .iter()
            .flat_map(|f| f.split(|c: char| c.is_whitespace() || c == '\'' || c == '’'))
            .filter(|w| crate::text::fold::fold(w) == key)
            .peekable();
        written.peek().is_none() || written.any(|w| !w.starts_with(char::is_uppercase))
    })
}

fn is_sentence_start(t: &Tagged, i: usize) -> bool {
    // A quotation opens with a capital as a sentence does (`a dénoncé un
    // « Incident grave ! »`).
    if i > 0 && t.is(i - 1, TokenKind::QuoteOpen) {
        return true;
    }
    let Some(s) = t.doc.sentence_of(i) else { return true };
    let start = t.doc.sentences[s].tokens.start;
    (start..i).all(|k| !t.doc.tokens[k].kind.is_wordlike())
}

/// Would a capitalised word at `i` start a proper name rather than begin a
/// sentence with a common word?
fn looks_like_name_start(t: &Tagged, i: usize, end: usize) -> bool {
    i + 1 < end && (t.is_capitalized_word(i + 1) || t.has(i + 1, flag::PREP) && t.is_capitalized_word(i + 2))
}

/// Does a capitalised organisation or body word after an article begin a
/// name although the next word is in lower case? It does when a
/// capitalised word (no name of the lexicon's organisations or persons)
/// follows later in the same noun phrase (`l'Association des juristes du
/// Sahel`), or an acronym in brackets that spells it (`le Rassemblement pour
/// la démocratie et le progrès (RDP)`).
fn org_name_ahead(t: &Tagged, i: usize, end: usize) -> bool {
    if !t.has(i, flag::ORG_WORD | flag::BODY_WORD)
        || !t.is_capitalized_word(i)
        || i == 0
        || !matches!(t.key(i - 1), "le" | "la" | "l'" | "les" | "du" | "des" | "au" | "aux" | "de" | "d'")
    {
        return false;
    }
    let mut j = i + 1;
    while j < end && j < i + 8 {
        if t.is_capitalized_word(j) {
            return !match_phrase(t, j, end)
                .is_some_and(|(p, _)| matches!(p.target, Target::Org(_) | Target::Person(_)));
        }
        let key = t.key(j);
        let inner = matches!(key, "de" | "du" | "des" | "d'" | "la" | "l'" | "le" | "les")
            || t.is(j, TokenKind::Word)
                && !t.has(j, flag::PRON | flag::SUB | flag::COORD | flag::NEG | flag::PREP | flag::DET | flag::TIME)
                && (!t.has(j, flag::VERB) || t.has(j, flag::NOUN));
        if !inner {
            return acronym_ahead(t, i, j, end).is_some();
        }
        j += 1;
    }
    false
}

/// Particles inside names: `Jean-Marie Le Pen`, `Ahmed ben Bella`,
/// `Ursula von der Leyen`.
fn is_name_particle(key: &str) -> bool {
    matches!(
        key,
        "de" | "du"
            | "des"
            | "d'"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "al"
            | "el"
            | "ben"
            | "bin"
            | "ibn"
            | "abou"
            | "abu"
            | "ould"
            | "y"
            | "da"
            | "di"
            | "dos"
            | "do"
            | "del"
            | "della"
            | "and"
    )
}

/// Chunks a proper name that starts at `i`, classifies it and records it.
fn name_chunk(t: &Tagged, i: usize, end: usize, s: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let mut start = i;
    let mut honorific = false;
    if t.has(i, flag::HONORIFIC) {
        if !(t.is_capitalized_word(i + 1) || t.is(i + 1, TokenKind::Initial)) || i + 1 >= end {
            return None;
        }
        honorific = true;
        start = i;
    }
    let first = if honorific { i + 1 } else { i };
    if !honorific {
        if t.has(first, flag::NOT_NAME | flag::TIME) && !t.has(first, flag::FIRST_NAME) {
            return None;
        }
        // A function word or a known common word with a capital begins a
        // sentence; it is no name unless a name follows at once.
        let common = t.is_function_word(first) || t.has(first, flag::VERB | flag::NOUN | flag::DEMONYM);
        if common && !t.is_all_caps(first) && !t.has(first, flag::FIRST_NAME) && !org_name_ahead(t, first, end) {
            return None;
        }
        if is_sentence_start(t, first) && !t.is_all_caps(first) && !t.has(first, flag::FIRST_NAME) {
            // `Mobilisation générale…`: a lone capitalised word at the start
            // of a sentence is a name only if a capitalised word follows,
            // or if the word is no French word the lexicon knows and a verb
            // follows (`Pastor l'avait annoncé`).
            let verb_follows = (first + 1..(first + 3).min(end)).any(|k| t.has(k, flag::VERB) && !t.has(k, flag::NOUN));
            if !t.is_capitalized_word(first + 1) && (t.word(first).is_some() || !verb_follows) {
                return None;
            }
        }
    }
    // Extend over capitalised words, initials and inner particles.
    let mut last = first;
    let mut k = first + 1;
    while k < end {
        if t.is_capitalized_word(k) && !t.has(k, flag::NOT_NAME) && !t.doc.tokens[k].has(TokenFlags::LINE_START) {
            // A lexicon name right after a person's name starts a new
            // mention unless it is part of it (`Jean-Marie Le Pen`).
            if let Some((phrase, _)) = match_phrase(t, k, end) {
                if !matches!(phrase.target, Target::FirstName(_) | Target::Person(_))
                    && k > first
                    && t.has(first, flag::FIRST_NAME)
                    && !t.has(k, flag::ORG_WORD)
                {
                    break;
                }
            }
            // A given name inside a run starts a person's name (`le
            // directeur du site de Jababeka David Quentin`, `préfet de
            // Corse Claude Érignac`).
            if k > first
                && t.has(k, flag::FIRST_NAME)
                && !t.has(first, flag::FIRST_NAME)
                && t.is_capitalized_word(k + 1)
                && !t.has(first, flag::HONORIFIC)
                && !(first..k).any(|j| t.has(j, flag::ORG_WORD | flag::BODY_WORD))
            {
                break;
            }
            last = k;
            k += 1;
        } else if t.is(k, TokenKind::Initial) {
            last = k;
            k += 1;
        } else if is_name_particle(t.key(k))
            && !t.doc.tokens[k].is_capitalized()
            && (t.is_capitalized_word(k + 1)
                || t.has(k, flag::DET) && t.is_capitalized_word(k + 2) && t.is_key(k + 1, "l'"))
            && k + 1 < end
        {
            // `Association des leaders religieux du Mali` is handled below;
            // a particle needs a capitalised word right after it.
            if t.is_capitalized_word(k + 1) {
                k += 1;
            } else {
                k += 2;
            }
        } else {
            break;
        }
    }
    let mut range = start..last + 1;
    let has_org_word = (first..=last).any(|k| t.has(k, flag::ORG_WORD));
    let has_body_word = (first..=last).any(|k| t.has(k, flag::BODY_WORD));
    // Organisation names run on over lower-case words and `de` complements:
    // `Association des leaders religieux du Mali`, `Cour pénale
    // internationale`, `Confédération générale du travail`.
    if (has_org_word || has_body_word) && t.is_capitalized_word(first) {
        let mut k = last + 1;
        let mut lower = 0;
        while k < end && lower < 6 {
            let key = t.key(k);
            // `de la`, `de l'`: articles inside the name, though `la` and
            // `l'` are pronouns too.
            let inner = matches!(key, "de" | "du" | "des" | "d'" | "la" | "l'");
            if t.is(k, TokenKind::Word)
                && (inner
                    || !t
                        .has(k, flag::VERB | flag::PRON | flag::COORD | flag::SUB | flag::NEG | flag::PREP | flag::DET))
            {
                if !inner {
                    range.end = k + 1;
                }
                if !t.doc.tokens[k].is_capitalized() {
                    lower += 1;
                }
                k += 1;
            } else {
                // `Front uni pour la justice sociale (FUJS)`: over `pour`,
                // `et`… when the acronym in brackets that follows spells
                // the whole name.
                if let Some(paren) = acronym_ahead(t, first, k, end) {
                    range.end = paren;
                }
                break;
            }
        }
    }
    let first_is_given = t.has(first, flag::FIRST_NAME) && last > first;
    let single_acronym = last == first && t.is_all_caps(first);
    let role_before = first > 0 && role_just_before(t, start);
    let referent = if honorific || first_is_given || role_before && !has_org_word {
        Referent::PersonName
    } else if has_body_word && !has_org_word {
        Referent::BodyName
    } else if has_org_word || single_acronym || (first..=last).any(|k| t.is_all_caps(k)) {
        Referent::OrgName
    } else if t.has(first, flag::FIRST_NAME) && last == first {
        // A given name alone (`Marine`, `Hassan`).
        Referent::PersonName
    } else {
        Referent::UnknownName
    };
    push_name(t, range.clone(), referent, s, out);
    Some(range.end)
}

/// At a connective inside an organisation's name (`pour`, `et`, `contre`…),
/// the bracket that opens an acronym spelling the initials of the words
/// from `first` up to it: `Front uni pour la justice sociale (FUJS)`.
fn acronym_ahead(t: &Tagged, first: usize, k: usize, end: usize) -> Option<usize> {
    if !matches!(t.key(k), "pour" | "et" | "contre" | "sur" | "en" | "à" | "au" | "aux") {
        return None;
    }
    let mut p = k + 1;
    while p < end && p < k + 8 && t.is(p, TokenKind::Word) && (t.has(p, flag::NOUN) || !t.has(p, flag::VERB)) {
        p += 1;
    }
    if p + 2 >= end || !t.is(p, TokenKind::OpenParen) || !t.is_all_caps(p + 1) || !t.is(p + 2, TokenKind::CloseParen) {
        return None;
    }
    let name = Span::new(t.doc.tokens[first].start as usize, t.doc.tokens[p - 1].end as usize).as_str(t.doc.text);
    let acronym: String = t.text(p + 1).chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    (super::resolve::initials(name) == crate::text::fold::strip_accents(&acronym)).then_some(p)
}

/// Is there a role noun right before `i` (`le président Rafael Correa`,
/// `le ministre du budget, Jérôme Cahuzac`)?
fn role_just_before(t: &Tagged, i: usize) -> bool {
    let mut k = i;
    // Skip a comma of apposition and demonyms: `le président russe, Vladimir`.
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        k -= 1;
        if t.senses(k).iter().any(|s| matches!(s, Sense::Role { .. })) {
            return true;
        }
        if !(t.is(k, TokenKind::Comma) || t.has(k, flag::DEMONYM)) {
            return false;
        }
    }
    false
}

fn simple(
    t: &Tagged,
    tokens: Range<usize>,
    head: usize,
    s: usize,
    referent: Referent,
    plural: bool,
    feminine: Option<bool>,
) -> Mention {
    let span = Span::new(t.doc.tokens[tokens.start].start as usize, t.doc.tokens[tokens.end - 1].end as usize);
    Mention {
        tokens,
        span,
        head,
        sentence: s,
        referent,
        plural,
        feminine,
        country: None,
        complement_countries: Vec::new(),
        definite: false,
        indefinite: false,
        quoted: false,
        locative: false,
    }
}

/// Records a name mention, with the determiner and preposition before it.
fn push_name(t: &Tagged, range: Range<usize>, referent: Referent, s: usize, out: &mut Vec<Mention>) {
    let head = range.end - 1;
    let mut m = simple(t, range.clone(), head, s, referent, false, None);
    let before = determiner_before(t, range.start);
    if let Some(d) = before {
        m.definite = t.has(d, flag::DEF | flag::DEM | flag::POSS);
        m.plural = t.has(d, flag::PLUR) && !t.has(d, flag::SING);
        m.feminine = if t.has(d, flag::FEM) {
            Some(true)
        } else if t.has(d, flag::MASC) {
            Some(false)
        } else {
            None
        };
    }
    let p = before.unwrap_or(range.start);
    // `à Moscou`, `à l'Élysée`, and `au Kremlin` (`au` is `à le`).
    m.locative = p > 0 && is_locative(t, p - 1) || before.is_some_and(|d| matches!(t.key(d), "au" | "aux"));
    // The mention's tokens take its determiner (`l'OTAN`), its span not.
    if let Some(d) = before {
        if !t.has(d, flag::PREP) || t.is_key(d, "l'") {
            m.tokens.start = d;
        }
    }
    if let Referent::Country(c) | Referent::Capital(c) | Referent::Seat(c) = referent {
        m.country = Some(c);
    }
    if let Referent::Org(o) = referent {
        m.country = t.lex.orgs[o as usize].country.and_then(|c| t.lex.country_by_code.get(&c).copied());
    }
    if let Referent::KnownPerson(p) = referent {
        let person = &t.lex.persons[p as usize];
        m.feminine = Some(person.feminine);
        m.country = person.country.and_then(|c| t.lex.country_by_code.get(&c).copied());
    }
    out.push(m);
}

/// The determiner (or elided article) right before token `i`.
fn determiner_before(t: &Tagged, i: usize) -> Option<usize> {
    (i > 0 && t.is_determiner(i - 1) && !t.has(i - 1, flag::PREP | flag::QUANT)
        || i > 0 && matches!(t.key(i - 1), "le" | "la" | "les" | "l'" | "au" | "aux" | "du" | "des"))
    .then(|| i - 1)
}

/// Nouns of places and buildings, after which a capitalised name is the
/// place's name.
pub(crate) fn is_place_noun(key: &str) -> bool {
    matches!(
        key,
        "mosquée"
            | "église"
            | "cathédrale"
            | "basilique"
            | "synagogue"
            | "temple"
            | "rue"
            | "avenue"
            | "boulevard"
            | "place"
            | "stade"
            | "hôtel"
            | "usine"
            | "quartier"
            | "ville"
            | "village"
            | "région"
            | "province"
            | "département"
            | "aéroport"
            | "port"
            | "prison"
            | "camp"
            | "hôpital"
            | "palais"
            | "musée"
            | "pont"
            | "gare"
            | "île"
            | "lac"
            | "mont"
            | "fleuve"
            | "rivière"
            | "vallée"
            | "plaine"
            | "désert"
            | "forêt"
            | "parc"
            | "site"
            | "commune"
            | "localité"
            | "cité"
            | "centrale"
            | "base"
            | "mausolée"
            | "tombe"
            | "école"
            | "lycée"
            | "collège"
            | "campus"
            | "salle"
            | "arena"
            | "circonscription"
    )
}

/// Nouns of things and works, after which a capitalised name or acronym
/// is the thing's name (`le projet ACTA`, `le traité Start`).
fn is_thing_noun(key: &str) -> bool {
    matches!(
        key,
        "projet"
            | "traité"
            | "accord"
            | "plan"
            | "loi"
            | "programme"
            | "opération"
            | "affaire"
            | "dossier"
            | "film"
            | "livre"
            | "émission"
            | "satellite"
            | "vaisseau"
            | "fusée"
            | "avion"
            | "navire"
            | "bateau"
            | "logiciel"
            | "console"
            | "modèle"
            | "sommet"
            | "conférence"
            | "festival"
            | "concours"
            | "prix"
            | "tournoi"
            | "championnat"
            | "opéra"
            | "album"
            | "série"
            | "virus"
            | "épidémie"
            | "ouragan"
            | "tempête"
            | "cyclone"
            | "typhon"
            | "directive"
            | "règlement"
            | "label"
            | "marque"
    )
}

/// Is a body noun after a bare `de` the qualifier of the noun before it
/// (`coup d'État`, `poste de police`, `décision de justice`) rather than a
/// body of its own? Not after a quantity (`des milliers de policiers`).
fn body_is_qualifier(t: &Tagged, start: usize) -> bool {
    start >= 2
        && matches!(t.key(start - 1), "de" | "d'")
        && t.is(start - 2, TokenKind::Word)
        && !is_quantity(t.key(start - 2))
        && !t.has(start - 2, flag::QUANT | flag::DET | flag::PREP | flag::PRON)
}

/// Is the word at `k` a noun (`junte`, `parti`), with a determiner when it
/// may be a verb too?
fn noun_before(t: &Tagged, k: usize) -> bool {
    if k == 0 || !t.is(k - 1, TokenKind::Word) {
        return false;
    }
    let k = k - 1;
    let noun = t.has(k, flag::NOUN)
        || t.senses(k).iter().any(|s| {
            matches!(s, Sense::Role { .. } | Sense::Body { .. } | Sense::Group { .. } | Sense::OrgNoun { .. })
        });
    // Not an act directed at the body (`un appel au gouvernement`).
    let event = t.senses(k).iter().any(|s| matches!(s, Sense::EventNoun { .. }));
    noun && !event && (!t.has(k, flag::VERB) || determiner_before(t, k).is_some())
}

/// Words of time that end a noun phrase (`a affirmé le ministre mardi`).
fn is_time_word(key: &str) -> bool {
    matches!(
        key,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
            | "demain"
            | "aujourd'hui"
            | "matin"
            | "soir"
            | "midi"
            | "minuit"
            | "janvier"
            | "février"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
    )
}

/// Can the unknown word at `k` be an adjective of the head before it? It
/// agrees in number with a plural head (`les cheminots paralyse` is a verb)
/// and stands before no determiner (`paralyse le pays`).
fn could_be_adjective(t: &Tagged, k: usize, plural: bool, end: usize) -> bool {
    let key = t.key(k);
    if plural && !key.ends_with(['s', 'x']) {
        return false;
    }
    let before_determiner = k + 1 < end
        && t.has(k + 1, flag::DET)
        && !t.has(k + 1, flag::PREP)
        && !matches!(t.key(k + 1), "de" | "du" | "des" | "d'");
    !before_determiner
}

/// A cardinal number, in figures or in words (`52`, `trois`).
fn is_cardinal(t: &Tagged, k: usize) -> bool {
    t.is(k, TokenKind::Number) && t.key(k).bytes().all(|b| b.is_ascii_digit())
        || matches!(
            t.key(k),
            "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "onze"
                | "douze"
                | "quinze"
                | "vingt"
                | "trente"
                | "cinquante"
                | "cent"
                | "mille"
        )
}

/// Nouns of quantity before `de` (`des milliers de personnes`).
fn is_quantity(key: &str) -> bool {
    matches!(
        key,
        "milliers"
            | "centaines"
            | "dizaines"
            | "millions"
            | "centaine"
            | "dizaine"
            | "millier"
            | "nombre"
            | "plupart"
            | "majorité"
            | "foule"
            | "poignée"
            | "groupe"
            | "groupes"
            | "plusieurs"
            | "beaucoup"
            | "peu"
            | "tant"
            | "trop"
    )
}

/// Prepositions that make what follows a place: `à Moscou`, `en Ukraine`.
fn is_locative(t: &Tagged, i: usize) -> bool {
    matches!(t.key(i), "à" | "a" | "en" | "au" | "aux" | "dans" | "vers" | "depuis" | "près" | "jusqu'" | "sur" | "via")
}

/// Builds a description mention around a noun head at `head`
/// (`le ministère russe des Affaires étrangères`).
fn description(t: &Tagged, head: Range<usize>, target: Target, s: usize, out: &mut Vec<Mention>) -> usize {
    let (referent, plural, feminine) = match target {
        Target::Role { role, gn } => (Referent::Role(role), gn >= 2, Some(gn == 1 || gn == 3)),
        Target::Body { body, plural } => (Referent::Body(body), plural, Some(t.lex.bodies[body as usize].feminine)),
        Target::Group { group, plural } => {
            (Referent::Group(group), plural, t.lex.groups[group as usize].feminine.then_some(true))
        }
        Target::OrgNoun { noun, plural } => {
            (Referent::OrgNoun(noun), plural, Some(t.lex.org_nouns[noun as usize].feminine))
        }
        _ => return head.end,
    };
    let sentence_end = t.doc.sentences[s].tokens.end;
    // Pre-modifiers kept in the description: `ancien guide`, `jeune
    // manifestant`, `ex ministre`.
    let mut start = head.start;
    while start > 0
        && matches!(
            t.key(start - 1),
            "ancien"
                | "ancienne"
                | "anciens"
                | "anciennes"
                | "jeune"
                | "jeunes"
                | "nouveau"
                | "nouvel"
                | "nouvelle"
                | "nouveaux"
                | "nouvelles"
                | "autre"
                | "autres"
                | "ex"
                | "ex-"
                | "principal"
                | "principale"
                | "principaux"
                | "principales"
                | "premier"
                | "première"
                | "haut"
                | "hauts"
                | "grand"
                | "grande"
                | "futur"
                | "future"
                | "actuel"
                | "actuelle"
                | "vice"
        )
    {
        start -= 1;
    }
    let mut det = determiner_before(t, start);
    // `des milliers de personnes`, `la plupart des manifestants`: a
    // quantity and `de` stand for the determiner, and belong to the
    // description.
    if det.is_none() && start >= 2 && matches!(t.key(start - 1), "de" | "d'" | "des") && is_quantity(t.key(start - 2)) {
        start -= 2;
        det = determiner_before(t, start).or(Some(start));
    }
    // `52 diplomates`, `trois soldats`: a number before a plural head
    // stands for the determiner (the description is the head onward).
    if det.is_none() && plural && start > 0 && is_cardinal(t, start - 1) {
        det = Some(start - 1);
    }
    // Without a determiner a role or group noun is an adjective
    // (`le tissu industriel`, `un quartier rebelle`) unless it stands in
    // apposition (`Rafael Correa, président de …`) or before a name
    // (`président Rafael Correa`).
    if det.is_none() && matches!(referent, Referent::Role(_) | Referent::Group(_)) {
        let apposition = start > 0
            && matches!(t.kind(start - 1), Some(TokenKind::Comma | TokenKind::OpenParen | TokenKind::Colon))
            || is_sentence_start(t, start);
        let before_name = t.is_capitalized_word(head.end) && !t.is_function_word(head.end);
        // `des partisans radicaux`: after a noun it is that noun's
        // adjective.
        let after_noun = start > 0
            && (t.has(start - 1, flag::NOUN)
                || t.senses(start - 1).iter().any(|s| matches!(s, Sense::Group { .. } | Sense::Role { .. })));
        let bare_plural = plural
            && matches!(referent, Referent::Group(_))
            && start > 0
            && !t.has(start - 1, flag::PREP | flag::DET)
            && !after_noun;
        if !(apposition || before_name || bare_plural) {
            return head.end;
        }
    }
    if let Referent::Body(_) = referent {
        if det.is_none() && body_is_qualifier(t, start) {
            return head.end;
        }
        // `la junte au pouvoir`, `le parti au pouvoir`: `au` + body after a
        // noun qualifies that noun.
        if det.is_some_and(|d| matches!(t.key(d), "au" | "aux"))
            && noun_before(t, start - 1)
            && !t.has(head.end, flag::DEMONYM)
            && !matches!(t.key(head.end), "de" | "du" | "des" | "d'")
        {
            return head.end;
        }
    }
    // An epicene role noun (`porte-parole`, `ministre`, `juge`) takes its
    // gender from the determiner.
    let feminine = match (target, det) {
        (Target::Role { role, .. }, Some(d)) if !plural => {
            let forms = &t.lex.roles[role as usize].forms;
            if forms[0].is_some() && forms[0] == forms[1] {
                match t.key(d) {
                    "la" | "une" | "cette" | "sa" | "ma" | "ta" | "notre" | "votre" | "leur" => Some(true),
                    "le" | "un" | "ce" | "cet" | "du" | "au" => Some(false),
                    _ => None,
                }
            } else {
                feminine
            }
        }
        _ => feminine,
    };
    let mut m = simple(t, start..head.end, head.end - 1, s, referent, plural, feminine);
    if let Some(d) = det {
        m.definite = t.has(d, flag::DEF | flag::DEM | flag::POSS);
        m.indefinite =
            t.has(d, flag::INDEF | flag::PART) || t.is_key(d, "des") || t.is_key(d, "un") || t.is_key(d, "une");
        m.tokens.start = d;
    }
    // Post-modifiers: demonyms, adjectives and `de` complements.
    let mut k = head.end;
    let mut end = head.end;
    let mut depth = 0;
    let mut unknown_run = 0;
    let mut after_demonym = false;
    // After `et`: a second adjective, so that a demonym there names one
    // of several peoples, not the phrase's country.
    let mut coordinated = false;
    while k < sentence_end && depth < 12 {
        depth += 1;
        if let Some(c) = t.senses(k).iter().find_map(|s| match *s {
            Sense::Demonym { country, .. } => Some(country),
            _ => None,
        }) {
            if coordinated {
                m.country = None;
            } else if m.country.is_none() {
                m.country = Some(c);
            }
            k += 1;
            end = k;
            unknown_run = 0;
            after_demonym = true;
            continue;
        }
        let key = t.key(k);
        // `l'armée birmane d'exactions`: after a demonym, `de` and a bare
        // common noun is the complement of the verb, not of the head.
        if after_demonym
            && matches!(key, "de" | "d'")
            && k + 1 < sentence_end
            && t.is(k + 1, TokenKind::Word)
            && !t.doc.tokens[k + 1].is_capitalized()
            && !t.has(k + 1, flag::DET)
        {
            break;
        }
        after_demonym = false;
        // `les médias occidentaux et iraniens`, `des soldats français et
        // américains`: a second adjective coordinated with the first.
        if key == "et" && k == end && end > head.end && k + 1 < sentence_end {
            let next = k + 1;
            let lower = t.is(next, TokenKind::Word) && !t.doc.tokens[next].is_capitalized();
            let demonym = t.senses(next).iter().any(|s| matches!(s, Sense::Demonym { .. }));
            let adjective = t.word(next).is_none() && could_be_adjective(t, next, plural, sentence_end);
            // (Agreeing with the first: not `ministre des Affaires
            // européennes et organisateur des Jeux`.)
            let marked = |key: &str| key.ends_with(['s', 'x']);
            let agrees = marked(t.key(k - 1)) == marked(t.key(next));
            if lower && agrees && (demonym || adjective) && !is_time_word(t.key(next)) {
                coordinated = true;
                k += 1;
                continue;
            }
        }
        // `le guide religieux d'alors`: of that time, part of the phrase.
        if matches!(key, "de" | "d'") && t.is_key(k + 1, "alors") {
            k += 2;
            end = k;
            continue;
        }
        if matches!(key, "de" | "du" | "des" | "d'") && k + 1 < sentence_end {
            // A complement: `de la Russie`, `des Affaires étrangères`,
            // `du régime d'Hosni Moubarak`, `de l'organisation`.
            let mut c = k + 1;
            if matches!(t.key(c), "la" | "l'" | "le" | "les") {
                c += 1;
            }
            if c >= sentence_end
                || !t.is(c, TokenKind::Word)
                || t.has(c, flag::VERB) && !t.has(c, flag::NOUN)
                || t.has(c, flag::PRON | flag::SUB | flag::COORD)
            {
                break;
            }
            // Stop before an infinitive (`de prendre`), one the lexicon
            // does not know too when it governs a complement (`accusé le
            // gouvernement de mentir aux électeurs`).
            if t.senses(c)
                .iter()
                .any(|s| matches!(s, Sense::Verb(v) if v.tense == crate::lexicon::vocab::Tense::Infinitive))
                && !t.has(c, flag::NOUN)
                || c == k + 1 && looks_like_infinitive(t, c, sentence_end)
            {
                break;
            }
            // Countries and organisations named in the complement.
            if let Some((phrase, len)) = match_phrase(t, c, sentence_end) {
                match phrase.target {
                    Target::Country(cc) => {
                        m.complement_countries.push(cc);
                        if m.country.is_none() {
                            m.country = Some(cc);
                        }
                        // `de la Russie et des États-Unis`.
                        let mut after = c + len;
                        while after + 1 < sentence_end && t.is_key(after, "et") {
                            let mut c2 = after + 1;
                            if matches!(t.key(c2), "de" | "du" | "des" | "d'") {
                                c2 += 1;
                            }
                            if matches!(t.key(c2), "la" | "l'" | "le" | "les") {
                                c2 += 1;
                            }
                            match match_phrase(t, c2, sentence_end) {
                                Some((p2, len2)) if matches!(p2.target, Target::Country(_)) => {
                                    if let Target::Country(c3) = p2.target {
                                        m.complement_countries.push(c3);
                                    }
                                    after = c2 + len2;
                                }
                                _ => break,
                            }
                        }
                        k = after;
                        end = k;
                        continue;
                    }
                    Target::Org(_) | Target::Person(_) | Target::Seat { .. } => {
                        k = c + len;
                        end = k;
                        continue;
                    }
                    // `le parquet de Paris`, `les autorités de Kiev`: the
                    // capital is a place that tells the country.
                    Target::Capital(cc) => {
                        if m.country.is_none() {
                            m.country = Some(cc);
                        }
                        k = c + len;
                        end = k;
                        continue;
                    }
                    _ => {}
                }
            }
            // Any other noun phrase: take capitalised runs and lower-case
            // words up to the next boundary.
            let mut j = c;
            let mut took = false;
            while j < sentence_end && j < c + 6 {
                // `le président de la commission Denis Baupin`: a person's
                // name ends the complement.
                if j > c && t.has(j, flag::FIRST_NAME) && t.is_capitalized_word(j) && t.is_capitalized_word(j + 1) {
                    break;
                }
                if t.is(j, TokenKind::Word)
                    && !t.has(j, flag::PRON | flag::SUB | flag::COORD | flag::NEG | flag::ADV)
                    && (!t.has(j, flag::VERB) || t.has(j, flag::NOUN | flag::DEMONYM))
                    && (!t.has(j, flag::PREP | flag::DET)
                        || j > c && matches!(t.key(j), "de" | "du" | "des" | "d'" | "la" | "l'"))
                {
                    j += 1;
                    took = true;
                } else {
                    break;
                }
            }
            while j > c && matches!(t.key(j - 1), "de" | "du" | "des" | "d'" | "la" | "l'" | "le" | "les") {
                j -= 1;
            }
            if !took || j <= c {
                break;
            }
            k = j;
            end = j;
            continue;
        }
        // A present participle and its complement (`des personnes
        // assistant à un mariage`), up to the end of the clause.
        if t.senses(k)
            .iter()
            .any(|s| matches!(s, Sense::Verb(v) if v.tense == crate::lexicon::vocab::Tense::PresentParticiple))
            && matches!(referent, Referent::Group(_))
        {
            let mut j = k + 1;
            while j < sentence_end
                && j < k + 6
                && t.doc.tokens[j].kind.is_wordlike()
                && !t.has(j, flag::SUB | flag::REL)
                && (!t.has(j, flag::VERB) || t.has(j, flag::NOUN))
            {
                j += 1;
            }
            end = j;
            break;
        }
        // A group noun that agrees, right after a group head, is its
        // adjective (`des partisans radicaux`, `des militants islamistes`).
        if matches!(referent, Referent::Group(_))
            && unknown_run < 2
            && !t.doc.tokens[k].is_capitalized()
            && t.senses(k).iter().any(|s| matches!(*s, Sense::Group { plural: p, .. } if p == plural))
            && could_be_adjective(t, k, plural, sentence_end)
        {
            unknown_run += 1;
            k += 1;
            end = k;
            continue;
        }
        // Adjectives: unknown lower-case words right after the head
        // (`touristique`, `électorale`), at most two.
        if t.is(k, TokenKind::Word)
            && t.word(k).is_none()
            && !t.doc.tokens[k].is_capitalized()
            && unknown_run < 2
            && !t.doc.tokens[k].has(TokenFlags::ELIDED)
            && !is_time_word(key)
            && could_be_adjective(t, k, plural, sentence_end)
        {
            unknown_run += 1;
            k += 1;
            end = k;
            continue;
        }
        break;
    }
    m.tokens.end = m.tokens.end.max(end);
    m.span.end = t.doc.tokens[end - 1].end as usize;
    let p = det.unwrap_or(start);
    m.locative = p > 0 && is_locative(t, p - 1);
    out.push(m);
    // Names inside the complement are mentions of their own: go on right
    // after the head.
    head.end
}
