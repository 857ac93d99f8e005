//! Arguments of verb groups: the subject before the verb (through
//! appositions, incises and relative `qui`), the inverted subject after it,
//! the direct object and prepositional complements, with coordination
//! (`Vladimir Poutine et Joe Biden`).

use std::ops::Range;

use super::Tagged;
use super::verbs::{VerbGroup, adverbial_locution};
use crate::actors::mentions::{Mention, Referent};
use crate::lexicon::vocab::flag;
use crate::text::TokenKind;

/// Mentions indexed by the tokens where they start and end.
pub(crate) struct MentionIndex {
    /// For each token, the outermost mention that ends with it.
    ends: Vec<u32>,
    /// For each token, the outermost mention that starts with it (counting
    /// its determiner).
    starts: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl MentionIndex {
    pub fn new(tokens: usize, mentions: &[Mention]) -> MentionIndex {
        let mut ends = vec![NONE; tokens];
        let mut starts = vec![NONE; tokens];
        for (i, m) in mentions.iter().enumerate() {
            let e = m.tokens.end - 1;
            let better = |cur: u32| cur == NONE || mentions[cur as usize].tokens.len() < m.tokens.len();
            if better(ends[e]) {
                ends[e] = i as u32;
            }
            if better(starts[m.tokens.start]) {
                starts[m.tokens.start] = i as u32;
            }
        }
        MentionIndex { ends, starts }
    }

    /// The outermost mention ending at token `k`.
    pub fn ending_at(&self, k: usize) -> Option<usize> {
        self.ends.get(k).copied().filter(|&m| m != NONE).map(|m| m as usize)
    }

    /// The outermost mention starting at token `k`.
    pub fn starting_at(&self, k: usize) -> Option<usize> {
        self.starts.get(k).copied().filter(|&m| m != NONE).map(|m| m as usize)
    }
}

/// Skips leftwards over an incise between commas (`X, impuissant, a`),
/// returning the token before the opening comma, or `k` unchanged.
fn skip_incise_left(t: &Tagged, k: usize, floor: usize) -> usize {
    if !t.is(k, TokenKind::Comma) || k == 0 {
        return k;
    }
    // Find the previous comma within a few tokens, with no verb between.
    let mut j = k;
    let limit = k.saturating_sub(12).max(floor);
    while j > limit {
        j -= 1;
        if t.is(j, TokenKind::Comma) {
            return j.saturating_sub(1);
        }
        // A verb ends the search, but a bare past participle belongs to the
        // incise (`Le documentaire, réalisé après 9 mois d'enquête, précise`).
        let participle_only = t.senses(j).iter().all(|s| {
            !matches!(s, crate::lexicon::vocab::Sense::Verb(v) if v.tense != crate::lexicon::vocab::Tense::Participle)
        });
        if t.has(j, flag::VERB) && !t.has(j, flag::NOUN | flag::DEMONYM) && !participle_only
            || t.is_key(j, "qui")
            || t.is_key(j, "que")
        {
            return k;
        }
    }
    k
}

/// Is the subject of the verb group a first or second person pronoun
/// (`nous sommes prêts`, `je veux`)? Inside a quotation that is the speaker.
pub(crate) fn first_person_subject(t: &Tagged, g: &VerbGroup) -> bool {
    g.tokens.start > 0 && matches!(t.key(g.tokens.start - 1), "je" | "j'" | "nous" | "tu" | "vous" | "on")
        || g.inverted.is_some_and(|p| matches!(t.key(p), "je" | "nous" | "vous" | "tu"))
}

/// The subject mentions of a verb group whose subject comes before it:
/// the noun phrase right before (over clitics, adverbs, incises and an
/// apposition), the antecedent of `qui`, and the names coordinated with it.
pub(crate) fn subject_before(
    t: &Tagged,
    mentions: &[Mention],
    index: &MentionIndex,
    g: &VerbGroup,
    floor: usize,
) -> Vec<usize> {
    if g.tokens.start == 0 || g.tokens.start <= floor {
        return Vec::new();
    }
    let mut k = g.tokens.start - 1;
    // Adverbs and adverbial locutions before the verb: `Moscou, de son côté, a`.
    for _ in 0..3 {
        // (Not an adverb that ends a mention: `le guide d'alors`.)
        if t.has(k, flag::ADV) && !t.has(k, flag::VERB) && k > floor && index.ending_at(k).is_none() {
            k -= 1;
        }
    }
    let mut tries = 0;
    loop {
        tries += 1;
        if tries > 3 || k < floor {
            return Vec::new();
        }
        if t.is_key(k, "qui") && k > floor {
            // `X, qui a déclaré`: the antecedent.
            k -= 1;
            if t.is(k, TokenKind::Comma) && k > floor {
                k -= 1;
            }
            if let Some(m) = index.ending_at(k) {
                // `Bernard Bonnet, le successeur de Claude Erignac, qui`: a
                // name in a complement is not the antecedent.
                let start = mentions[m].tokens.start;
                if start > floor && matches!(t.key(start - 1), "de" | "d'" | "du" | "des") {
                    // (That name may itself follow a preposition: `un clash
                    // avec Bernard Bonnet, le successeur de …, qui`.)
                    if let Some(n) = (floor..start).rev().take(12).find_map(|j| {
                        index.ending_at(j).filter(|&n| {
                            let s = mentions[n].tokens.start;
                            !(s > floor && matches!(t.key(s - 1), "de" | "d'" | "du" | "des"))
                                && mentions[n].referent.is_name()
                        })
                    }) {
                        return with_coordination(t, mentions, index, n, floor);
                    }
                }
                if matches!(mentions[m].referent, Referent::Capital(_))
                    && start >= 2
                    && matches!(t.key(start - 1), "de" | "d'")
                {
                    if let Some(n) = index.ending_at(start - 2) {
                        return with_coordination(t, mentions, index, n, floor);
                    }
                }
                return with_coordination(t, mentions, index, m, floor);
            }
            return Vec::new();
        }
        if let Some(m) = index.ending_at(k) {
            // `toute attaque contre l'Ukraine aura`: a noun phrase that a
            // preposition governs is no subject.
            let start = mentions[m].tokens.start;
            if start > floor && is_preposition_before(t, start - 1) {
                return nearest_clause_subject(t, mentions, index, start, floor);
            }
            // `X, le ministre du budget, a`: the apposition stands for X.
            return with_coordination(t, mentions, index, m, floor);
        }
        // `les dirigeants de X et de Y, A et B, se sont entretenus`: names in
        // apposition between commas are the subject.
        if t.is(k, TokenKind::Comma) && k > floor {
            if let Some(m) = index.ending_at(k - 1) {
                if mentions[m].referent.is_name() {
                    let names = with_coordination(t, mentions, index, m, floor);
                    let mut first = mentions[names[0]].tokens.start;
                    // `, l'ayatollah Khomeini,`: a title before a person's
                    // name (not `, ancienne députée UMP,`: a party).
                    let person = matches!(
                        mentions[names[0]].referent,
                        Referent::KnownPerson(_) | Referent::PersonName | Referent::UnknownName
                    );
                    if person && first > floor && !t.is(first - 1, TokenKind::Comma) {
                        if let Some(title) = index.ending_at(first - 1) {
                            if mentions[title].referent.is_description() {
                                first = mentions[title].tokens.start;
                            }
                        }
                    }
                    if first > floor && t.is(first - 1, TokenKind::Comma) {
                        // `des partisans du guide d'alors, l'ayatollah
                        // Khomeini, avaient envahi`: one name cannot stand
                        // for a plural group before it; it qualifies the
                        // group's complement, and the group is the subject.
                        // (`d'alors` may close the group's phrase.)
                        let group = (first.saturating_sub(4).max(floor)..first.saturating_sub(1))
                            .rev()
                            .take_while(|&j| t.doc.tokens[j].kind.is_wordlike())
                            .find_map(|j| index.ending_at(j));
                        if let Some(group) = group {
                            let group_mention = &mentions[group];
                            if names.len() == 1
                                && group_mention.plural
                                && matches!(group_mention.referent, Referent::Group(_) | Referent::Generic)
                                && !(group_mention.tokens.start > floor
                                    && is_preposition_before(t, group_mention.tokens.start - 1))
                            {
                                return with_coordination(t, mentions, index, group, floor);
                            }
                        }
                        return names;
                    }
                }
            }
        }
        // `Philippe Gosselin (UMP) a dénoncé`: a parenthesis before the verb.
        if t.is(k, TokenKind::CloseParen) {
            let mut j = k;
            while j > floor && !t.is(j, TokenKind::OpenParen) {
                j -= 1;
            }
            if j > floor && t.is(j, TokenKind::OpenParen) {
                k = j - 1;
                continue;
            }
        }
        let before = skip_incise_left(t, k, floor);
        if before == k {
            return nearest_clause_subject(t, mentions, index, g.tokens.start, floor);
        }
        k = before;
    }
}

/// Prepositions that make a noun phrase an oblique complement rather than
/// a subject.
fn is_preposition_before(t: &Tagged, k: usize) -> bool {
    // `comme` compares (`Tout comme Nadine Morano, …`), it does not govern.
    t.has(k, flag::PREP) && !t.has(k, flag::DET) && !t.is_key(k, "comme")
        || matches!(t.key(k), "du" | "des" | "au" | "aux")
        || matches!(
            t.key(k),
            "à" | "de"
                | "d'"
                | "du"
                | "des"
                | "au"
                | "aux"
                | "par"
                | "pour"
                | "sur"
                | "dans"
                | "avec"
                | "contre"
                | "en"
                | "vers"
                | "chez"
                | "entre"
        )
}

/// The fallback: the nearest mention before the verb, in the same clause,
/// that no preposition governs (`Jean-Luc Mélenchon, le candidat du Front
/// de gauche à l'élection présidentielle avait appelé`).
fn nearest_clause_subject(
    t: &Tagged,
    mentions: &[Mention],
    index: &MentionIndex,
    verb: usize,
    floor: usize,
) -> Vec<usize> {
    let mut k = verb;
    while k > floor {
        k -= 1;
        if t.kind(k).is_some_and(|kind| kind.is_terminal())
            || matches!(t.kind(k), Some(TokenKind::Semicolon | TokenKind::Comma))
            || t.has(k, flag::REL | flag::SUB) && !t.has(k, flag::PREP)
        {
            return Vec::new();
        }
        if let Some(m) = index.ending_at(k) {
            let start = mentions[m].tokens.start;
            let governed = start > floor && is_preposition_before(t, start - 1);
            if !governed {
                return with_coordination(t, mentions, index, m, floor);
            }
        }
    }
    Vec::new()
}

/// `A et B` / `A, B et C`: the mention `m` and the names coordinated before
/// it.
fn with_coordination(t: &Tagged, mentions: &[Mention], index: &MentionIndex, m: usize, floor: usize) -> Vec<usize> {
    let mut out = vec![m];
    let mut cur = m;
    // `X, DESC` where X is a name: prefer the name, keep the description.
    let start = mentions[cur].tokens.start;
    if start >= 2 && t.is(start - 1, TokenKind::Comma) && mentions[cur].referent.is_description() {
        if let Some(n) = index.ending_at(start - 2) {
            // `la convention de la CPI, l'ONG a`: a name governed by a
            // preposition is no head of an apposition.
            let n_start = mentions[n].tokens.start;
            let governed = n_start > 0 && is_preposition_before(t, n_start - 1);
            // `…, Jean-Paul Bailly, les fédérations des syndicats ont`: a
            // plural description is no apposition of one name.
            let number_differs = mentions[cur].plural && !mentions[n].plural;
            if mentions[n].referent.is_name() && !governed && !number_differs {
                out = vec![n];
                cur = n;
            }
        }
    }
    // A comma joins conjuncts only in a list that `et` closes (`A, B et
    // C`); walking leftwards, the `et` comes first.
    let mut listed = false;
    loop {
        let s = mentions[cur].tokens.start;
        if s < 2 || s - 2 < floor {
            break;
        }
        if t.is_key(s - 1, "et") {
            listed = true;
        } else if !(listed && t.is(s - 1, TokenKind::Comma)) {
            break;
        }
        match index.ending_at(s - 2) {
            // `Sur Twitter, Philippe Gosselin`: a name a preposition governs
            // is no conjunct.
            Some(n)
                if (mentions[n].referent.is_name() || mentions[n].referent == mentions[cur].referent)
                    && !(mentions[n].tokens.start > floor
                        && is_preposition_before(t, mentions[n].tokens.start - 1)) =>
            {
                out.insert(0, n);
                cur = n;
            }
            _ => break,
        }
    }
    // `les dirigeants de X et Y, A et B, se sont entretenus`: the names
    // after the description are the subject.
    out
}

/// The inverted subject right after a verb group (`a déclaré
/// l'organisation`, `ajoute Hassan, un autre manifestant`).
pub(crate) fn subject_after(
    t: &Tagged,
    mentions: &[Mention],
    index: &MentionIndex,
    g: &VerbGroup,
    end: usize,
) -> Vec<usize> {
    let mut k = g.tokens.end;
    // Between the verb and its subject: adverbs, a time (`a affirmé mardi
    // le ministre`, `lundi soir`, `hier`) and an addressee (`a indiqué à
    // l'AFP un responsable`).
    loop {
        let from = k;
        while k < end && (t.has(k, flag::ADV) && !t.has(k, flag::VERB | flag::DET) || t.is_key(k, "notamment")) {
            k += 1;
        }
        if let Some(n) = adverbial_locution(t, k) {
            k += n;
        }
        while k < end && index.starting_at(k).is_none() && is_time_word(t.key(k)) {
            k += 1;
        }
        if k + 1 < end && matches!(t.key(k), "à" | "au" | "aux" | "dans" | "sur" | "devant" | "lors" | "auprès") {
            // The addressee: an actor (`à l'AFP`, `aux journalistes`, where
            // the mention may start at the contracted article), else a few
            // words (`à la presse`) — with the subject after it; or the
            // channel (`dans un communiqué`, `sur Twitter`, `lors d'une
            // conférence de presse`).
            let contracted = matches!(t.key(k), "au" | "aux");
            let addressee = index.starting_at(k + 1).or_else(|| index.starting_at(k).filter(|_| contracted));
            let reach = if matches!(t.key(k), "à" | "au" | "aux") { 5 } else { 8 };
            let after = match addressee {
                Some(m) => Some(mentions[m].tokens.end),
                None => (k + 2..end.min(k + reach))
                    .take_while(|&j| {
                        t.doc.tokens[j - 1].kind.is_wordlike()
                            && (!t.has(j - 1, flag::VERB)
                                || t.has(j - 1, flag::NOUN | flag::DET)
                                || t.has(j - 2, flag::DET))
                    })
                    .find(|&j| index.starting_at(j).is_some()),
            };
            if let Some(after) = after {
                if after < end
                    && (index.starting_at(after).is_some() || is_time_word(t.key(after)) || t.has(after, flag::ADV))
                {
                    k = after;
                }
            }
        }
        if k == from {
            break;
        }
    }
    let Some(m) = index.starting_at(k) else { return Vec::new() };
    let mut out = vec![m];
    // `ajoute Hassan, un autre manifestant` / `affirme un jeune manifestant,
    // Abdel Nasser`: keep both; the name wins.
    let after = mentions[m].tokens.end;
    if t.is(after, TokenKind::Comma) {
        if let Some(n) = index.starting_at(after + 1) {
            if mentions[n].referent.is_name() && !mentions[m].referent.is_name() {
                out.insert(0, n);
            }
        }
    }
    out
}

/// Words of a time phrase that may stand between an inverted verb and its
/// subject: weekdays, parts of the day, `hier`, `ce` (`ce matin`).
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
            | "avant-hier"
            | "aujourd'hui"
            | "matin"
            | "soir"
            | "après-midi"
            | "ce"
            | "cet"
            | "cette"
            | "dernier"
            | "dernière"
    )
}

/// The first mention of a noun phrase right after `k` (a direct object),
/// skipping adverbs; with the names coordinated after it.
pub(crate) fn object_at(t: &Tagged, mentions: &[Mention], index: &MentionIndex, k: usize, end: usize) -> Vec<usize> {
    let mut k = k;
    loop {
        while k < end && t.has(k, flag::ADV) && !t.has(k, flag::DET | flag::PREP) {
            k += 1;
        }
        // `pris en otage pendant 12 heures des personnes`: a phrase of time
        // before the object.
        if k < end && matches!(t.key(k), "pendant" | "durant" | "depuis" | "dès" | "hier" | "lors") {
            let mut j = k + 1;
            while j < end && j < k + 6 && !(t.has(j, flag::DET) && !t.has(j - 1, flag::PREP) && j > k + 1) {
                j += 1;
            }
            if j > k + 1 && j < end {
                k = j;
                continue;
            }
        }
        break;
    }
    if let Some(m) = index.starting_at(k) {
        return coordination_after(t, mentions, index, m, end);
    }
    // `les organismes de renseignement syriens`, `l'ex-espion russe
    // Alexandre Litvinenko`: the first mention inside the noun phrase.
    if t.has(k, flag::DET) {
        let mut j = k + 1;
        while j < end
            && j < k + 5
            && t.doc.tokens[j].kind.is_wordlike()
            && !t.has(j, flag::VERB | flag::PRON | flag::SUB | flag::COORD)
        {
            if let Some(m) = index.starting_at(j) {
                return coordination_after(t, mentions, index, m, end);
            }
            j += 1;
        }
    }
    Vec::new()
}

/// The first mention in the complement of a noun phrase object that names
/// no actor itself (`les efforts du Conseil de sécurité`, `l'idée d'un
/// prêt par l'État`): up to eight words, not past a verb, a pronoun, a
/// conjunction or punctuation, and not a place (`à Paris`).
pub(crate) fn inside_object(
    t: &Tagged,
    mentions: &[Mention],
    index: &MentionIndex,
    k: usize,
    end: usize,
) -> Vec<usize> {
    if !t.has(k, flag::DET) || t.has(k, flag::PREP) {
        return Vec::new();
    }
    let mut j = k + 1;
    while j < end && j < k + 9 {
        let kind = t.doc.tokens[j].kind;
        let pronoun = t.has(j, flag::PRON) && !t.has(j, flag::DET);
        if !kind.is_wordlike() || pronoun || t.has(j, flag::SUB | flag::COORD) {
            break;
        }
        // What a possessive owns belongs to the one the possessive stands
        // for, not to someone else the act aims at (`retirer l'intégralité
        // de ses forces`).
        if t.has(j, flag::POSS) {
            break;
        }
        // A verb form right after a determiner is a noun (`une aide`).
        if t.has(j, flag::VERB)
            && !t.has(j, flag::NOUN | flag::DEMONYM | flag::DET | flag::PREP)
            && !t.has(j - 1, flag::DET)
        {
            break;
        }
        if let Some(m) = index.starting_at(j) {
            if mentions[m].locative {
                break;
            }
            return coordination_after(t, mentions, index, m, end);
        }
        j += 1;
    }
    Vec::new()
}

/// `A et B`, `A, B et C` after a first mention.
pub(crate) fn coordination_after(
    t: &Tagged,
    mentions: &[Mention],
    index: &MentionIndex,
    m: usize,
    end: usize,
) -> Vec<usize> {
    let mut out = vec![m];
    let mut cur = m;
    loop {
        let e = mentions[cur].tokens.end;
        if e + 1 >= end || !(t.is_key(e, "et") || t.is_key(e, "ou") || t.is(e, TokenKind::Comma)) {
            break;
        }
        let mut n_start = e + 1;
        // `et des États-Unis`, `et de la France`.
        while n_start < end && matches!(t.key(n_start), "de" | "du" | "des" | "d'" | "à" | "au" | "aux") {
            n_start += 1;
        }
        match index.starting_at(n_start) {
            Some(n) if mentions[n].referent != Referent::Pronoun => {
                out.push(n);
                cur = n;
            }
            _ => break,
        }
    }
    out
}

/// The mention after a preposition `prep` that follows position `k`
/// within `range` (`avec X`, `contre X`, `à X`, `par X`).
pub(crate) fn after_preposition(
    t: &Tagged,
    mentions: &[Mention],
    index: &MentionIndex,
    prep: &str,
    range: Range<usize>,
) -> Vec<usize> {
    let mut k = range.start;
    while k < range.end {
        let key = t.key(k);
        let matches = key == prep
            || prep == "à" && matches!(key, "au" | "aux")
            || prep == "de" && matches!(key, "du" | "des" | "d'");
        if matches && t.doc.tokens[k].kind == TokenKind::Word {
            let mut s = k + 1;
            while s < range.end && t.has(s, flag::ADV) && !t.has(s, flag::DET) {
                s += 1;
            }
            if index.starting_at(s).is_none() && t.has(s, flag::DET) {
                s += 1;
            }
            if let Some(m) = index.starting_at(s).or_else(|| index.starting_at(k)) {
                return coordination_after(t, mentions, index, m, range.end);
            }
            // `par « un tir d'obus lancé par les rebelles »`: no actor after
            // this one; a later one may name it.
        }
        // Do not cross into another clause — but `…, au fondateur de
        // WikiLeaks` goes on with the same preposition.
        let same_preposition_next = t.is(k, TokenKind::Comma) && {
            let next = t.key(k + 1);
            next == prep || prep == "à" && matches!(next, "au" | "aux")
        };
        if t.is(k, TokenKind::Comma) && k > range.start + 1 && !same_preposition_next
            || t.has(k, flag::SUB) && !t.has(k, flag::PREP)
            || t.kind(k).is_some_and(|kind| kind.is_terminal())
        {
            break;
        }
        k += 1;
    }
    Vec::new()
}
