//! Events: who did what to whom and when. Verb groups and event nouns that
//! match an event pattern are coded with their PLOVER type; their source
//! and target come from the argument grammar (subject, object,
//! prepositional complements, passive agent, reciprocal subjects), or from
//! the speaker when the event is told inside a statement; their modality
//! from negation, mood and tense; their date from the time layer.

use std::ops::Range;

use crate::actors::mentions::{Mention, Referent};
use crate::actors::resolve::Resolution;
use crate::analysis::{EventType, Modality, StatementKind};
use crate::grammar::Tagged;
use crate::grammar::args::{self, MentionIndex};
use crate::grammar::verbs::{GroupTense, SentenceGroups, VerbGroup};
use crate::hash::FxHashMap;
use crate::lexicon::vocab::{Sense, Tense, flag};
use crate::lexicon::{EventPattern, Slot, VerbClass};
use crate::statements::{Draft, Speaker};
use crate::text::{SentenceRole, TokenKind};
use crate::time::TimeLayer;
use crate::{Date, Span};

/// An event found, with entities for its arguments.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub kind: EventType,
    pub cameo: String,
    pub pattern: String,
    pub source: Vec<usize>,
    pub target: Vec<usize>,
    pub date: Option<String>,
    pub trigger: Span,
    pub modality: Modality,
    pub statement: Option<usize>,
    pub sentence: Span,
}

/// What the stage works on.
pub(crate) struct Input<'a, 'd, 't> {
    pub t: &'a Tagged<'d, 't>,
    pub mentions: &'a [Mention],
    pub index: &'a MentionIndex,
    pub groups: &'a SentenceGroups,
    pub drafts: &'a [Draft],
    pub speakers: &'a [Option<usize>],
    pub time: &'a TimeLayer,
    /// The drafts by cue and by sentence, built on first use.
    pub draft_index: std::cell::OnceCell<DraftIndex>,
    /// What each entity belongs to (see [`affiliations`]), found once: an
    /// entity named thousands of times is read once, not per event.
    pub affiliations: std::cell::RefCell<FxHashMap<usize, Vec<usize>>>,
    /// For each sentence, whether it holds a `si` clause: read once, not
    /// per event of a long sentence.
    pub conditional: std::cell::OnceCell<Vec<bool>>,
}

/// Where to find a draft without a scan of them all: by its cue's verb
/// group, and by the sentences its content covers.
#[derive(Default)]
pub(crate) struct DraftIndex {
    by_cue: FxHashMap<(usize, usize), usize>,
    /// For each sentence, the drafts whose content overlaps it, in order.
    by_sentence: Vec<Vec<u32>>,
}

impl DraftIndex {
    fn new(t: &Tagged, drafts: &[Draft]) -> DraftIndex {
        let mut index =
            DraftIndex { by_cue: FxHashMap::default(), by_sentence: vec![Vec::new(); t.doc.sentences.len()] };
        for (i, d) in drafts.iter().enumerate() {
            if let Some(g) = d.group {
                index.by_cue.entry(g).or_insert(i);
            }
            let first = t.doc.sentence_of(t.doc.token_at_or_after(d.content.start));
            let last = t.doc.sentence_of(t.doc.token_at_or_after(d.content.end).saturating_sub(1));
            if let (Some(first), Some(last)) = (first, last) {
                for s in first..=last.max(first) {
                    index.by_sentence[s].push(i as u32);
                }
            }
        }
        index
    }
}

/// Finds the events of a document.
pub(crate) fn find(input: &Input, res: &mut Resolution) -> Vec<Found> {
    let t = input.t;
    // `object_antecedent` reads the mentions of a sentence by bisection.
    debug_assert!(input.mentions.windows(2).all(|w| w[0].sentence <= w[1].sentence));
    let mut out: Vec<Found> = Vec::new();
    for (s, sentence) in t.doc.sentences.iter().enumerate() {
        if sentence.role != SentenceRole::Body {
            continue;
        }
        let range = sentence.tokens.clone();
        for (gi, g) in input.groups[s].iter().enumerate() {
            if let Some(e) = imperative(input, res, s, g) {
                out.push(e);
                continue;
            }
            let Some(lemma) = g.lemma else { continue };
            let patterns = &t.lex.lemmas[lemma as usize].events;
            if patterns.is_empty() {
                continue;
            }
            let Some(pattern) = choose_pattern(t, g, patterns, &range) else { continue };
            if let Some(e) = verbal(input, res, s, gi, g, pattern, &range) {
                out.push(e);
            }
        }
        nominal(input, res, s, &range, &mut out);
    }
    name_calling(input, res, &mut out);
    // A meeting needs two parties; a withdrawal, a place or party to leave
    // (`quitter le pouvoir` is no retreat of forces).
    out.retain(|f| f.kind != EventType::Consult || f.source.len() + f.target.len() >= 2);
    out.retain(|f| {
        f.pattern != "quitter.v"
            || f.target.iter().any(|&x| res.entities[x].kind == crate::analysis::ActorKind::Country)
    });
    // An event noun in a sentence whose verb already tells an event of the
    // same type retells it (`a été tué … par un tir`).
    // The noun may name who acted (`a été tué par un tir de l'armée`): the
    // verb's event takes the arguments it lacks.
    for n in 0..out.len() {
        if !out[n].pattern.ends_with(".n") {
            continue;
        }
        // (Not a noun whose act strikes someone else: `X aurait été
        // empoisonné, comme lors de l'assassinat de Y`.)
        let disjoint = |a: &[usize], b: &[usize]| !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x));
        // Events come sentence by sentence, a sentence's verbs before its
        // nouns: the verbs of the noun's sentence lie just before it.
        let mut lo = n;
        while lo > 0 && out[lo - 1].sentence == out[n].sentence {
            lo -= 1;
        }
        let Some(v) = (lo..n).find(|&j| {
            let f = &out[j];
            f.pattern.ends_with(".v") && f.kind == out[n].kind && !disjoint(&f.target, &out[n].target)
        }) else {
            continue;
        };
        if out[v].source.is_empty() && !out[n].source.is_empty() {
            let source: Vec<usize> = out[n].source.iter().copied().filter(|x| !out[v].target.contains(x)).collect();
            out[v].source = source;
        }
        if out[v].target.is_empty() && !out[n].target.is_empty() {
            let target: Vec<usize> = out[n].target.iter().copied().filter(|x| !out[v].source.contains(x)).collect();
            out[v].target = target;
        }
        out[n].pattern.clear();
    }
    out.retain(|f| !f.pattern.is_empty());
    // The statements whose content tells a threat or an act of their own
    // speaker (`a prévenu qu'il riposterait`): a warning with such content
    // threatens even when it names no one.
    let mut threatening: Vec<usize> = out
        .iter()
        .filter_map(|f| {
            let c = f.statement?;
            let own = f.kind == EventType::Threaten || input.speakers[c].is_some_and(|sp| f.source.contains(&sp));
            (own && input.drafts[c].content.contains(f.trigger)).then_some(c)
        })
        .collect();
    threatening.sort_unstable();
    // A warning that holds its own threat (`a averti que toute attaque …
    // aurait des conséquences`) is one threat: the cue's.
    let told: Vec<(usize, EventType, Vec<usize>, Span)> = out
        .iter()
        .filter_map(|f| {
            let c = f.statement?;
            (!input.drafts[c].content.contains(f.trigger)).then(|| (c, f.kind, f.source.clone(), f.trigger))
        })
        .collect();
    out.retain(|f| {
        let Some(c) = f.statement else { return true };
        // An order in the imperative says what is demanded: kept, and
        // merged with its cue below.
        !(f.pattern != "imperative"
            && input.drafts[c].content.contains(f.trigger)
            && told.iter().any(|(tc, kind, source, _)| *tc == c && *kind == f.kind && *source == f.source))
    });
    perpetrators(input, res, &mut out);
    opposed_countries(input, res, &mut out);
    answers(&mut out);
    default_targets(input, res, &mut out);
    // `« …, ce sera la charia », prévient-il`: a warning about what may
    // happen, aimed at no one, threatens nobody.
    out.retain(|f| {
        let aimless = is_warning(f) && f.target.is_empty();
        !aimless || f.statement.is_some_and(|c| threatening.binary_search(&c).is_ok())
    });
    // The actors of the events that remain take part in the story.
    for f in &out {
        for &e in f.source.iter().chain(&f.target) {
            res.entities[e].participates = true;
        }
    }
    let out = leader_and_state(out, res);
    merge(out, res)
}

/// `a menacé les auteurs de ces exactions`: the authors of the acts told
/// before are whoever did the last attack the text reports, when it names
/// them.
fn perpetrators(input: &Input, res: &Resolution, out: &mut [Found]) {
    let t = input.t;
    let is_authors = |e: usize| {
        res.entities[e].mentions.first().is_some_and(|&m| matches!(t.key(input.mentions[m].head), "auteurs" | "auteur"))
    };
    // The last attack with a known author, as the events come in text order.
    let mut last_attack: Option<(usize, Vec<usize>)> = None;
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].trigger.start);
    for i in order {
        let f = &mut out[i];
        if let Some((at, authors)) = &last_attack {
            if *at < f.trigger.start && f.target.iter().any(|&e| is_authors(e)) {
                let mut target: Vec<usize> = f.target.iter().copied().filter(|&e| !is_authors(e)).collect();
                for &a in authors {
                    if !target.contains(&a) && !f.source.contains(&a) {
                        target.push(a);
                    }
                }
                f.target = target;
            }
        }
        if f.kind == EventType::Assault && !f.source.is_empty() && !f.source.iter().any(|&e| is_authors(e)) {
            last_attack = Some((f.trigger.start, f.source.clone()));
        }
    }
}

/// `une manifestation anti-américaine`, `des slogans anti-israéliens`: a
/// protest or accusation with no target aims at the country that an
/// `anti-` adjective of its sentence names, when the text names that
/// country.
fn opposed_countries(input: &Input, res: &Resolution, out: &mut [Found]) {
    let t = input.t;
    let mut countries: Option<FxHashMap<u32, usize>> = None;
    for f in out.iter_mut().filter(|f| f.target.is_empty() && matches!(f.kind, EventType::Protest | EventType::Accuse))
    {
        let from = t.doc.token_at_or_after(f.sentence.start);
        let to = t.doc.token_at_or_after(f.sentence.end);
        let opposed = (from..to).find_map(|k| {
            let rest = t.key(k).strip_prefix("anti-")?;
            let word = t.lex.vocab.get(rest)?;
            t.lex.vocab.senses(word).iter().find_map(|s| match *s {
                Sense::Demonym { country, .. } => Some(country),
                _ => None,
            })
        });
        let Some(country) = opposed else { continue };
        // The countries the text names, indexed once, on first need.
        let countries = countries.get_or_insert_with(|| {
            res.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == crate::analysis::ActorKind::Country)
                .filter_map(|(i, e)| Some((e.country?, i)))
                .collect()
        });
        if let Some(&e) = countries.get(&country) {
            if !f.source.contains(&e) {
                f.target.push(e);
            }
        }
    }
}

/// Verbal conflict and cooperation events aim at someone even when the
/// sentence does not name them (`a dénoncé « la furie destructrice »`):
/// the most salient other actor of the article, among those already
/// named or taking part, stands in.
fn default_targets(input: &Input, res: &mut Resolution, out: &mut [Found]) {
    let aimed = |k: EventType| {
        matches!(
            k,
            EventType::Accuse
                | EventType::Threaten
                | EventType::Request
                | EventType::Reject
                | EventType::Sanction
                | EventType::Support
        )
    };

    // The named entities that act somewhere, most mentioned first (ties in
    // entity order, as `max_by_key` would keep the last): ranked once, so
    // that each event only walks past the few it must exclude.
    let mut ranked: Vec<usize> = res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, ent)| ent.named && ent.mentions.iter().any(|&m| !input.mentions[m].locative))
        .map(|(e, _)| e)
        .collect();
    ranked.sort_by_key(|&e| (std::cmp::Reverse(res.entities[e].mentions.len()), std::cmp::Reverse(e)));
    // A joint act (`la rupture des relations entre les deux pays`) aims at
    // no third party.
    let joint = |f: &Found| f.source.len() >= 2 && f.pattern.ends_with(".n");
    // A warning (`a prévenu`) threatens only whom its content names.
    for f in out.iter_mut().filter(|f| f.target.is_empty() && aimed(f.kind) && !is_warning(f) && !joint(f)) {
        let source_countries: Vec<Option<u32>> = f.source.iter().map(|&s| res.entities[s].country).collect();
        // Nor whom the source belongs to (`Philippe Varin, président du
        // directoire de PSA`).
        let affiliated: Vec<usize> = f.source.iter().flat_map(|&s| affiliations(input, res, s)).collect();
        let best = ranked.iter().map(|&e| (e, &res.entities[e])).find(|(e, ent)| {
            // Not the source's own country (`Moscou` for the Russian
            // foreign ministry).
            let own_country = ent.kind == crate::analysis::ActorKind::Country
                && source_countries.iter().any(|c| c.is_some() && *c == ent.country);
            !(f.source.contains(e) || affiliated.contains(e) || own_country)
        });
        if let Some((e, ent)) = best {
            if ent.mentions.len() >= 2 {
                f.target.push(e);
            }
        }
    }
}

/// `X a demandé à Y une suspension … Y ayant accepté`: an acceptance or a
/// refusal that names no one answers the last request made to its author
/// in the sentences just before, and aims at whoever made it.
fn answers(out: &mut [Found]) {
    /// How far back, in bytes, a request is still the one answered.
    const WINDOW: usize = 400;
    // The requests with an author, by position: each answer reads the
    // few in its window, not every event of the document.
    let mut requests: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == EventType::Request && !r.source.is_empty())
        .map(|(j, r)| (r.trigger.start, j))
        .collect();
    requests.sort_unstable();
    for i in 0..out.len() {
        let f = &out[i];
        if !matches!(f.kind, EventType::Agree | EventType::Reject) || !f.target.is_empty() || f.source.is_empty() {
            continue;
        }
        let at = f.trigger.start;
        let from = requests.partition_point(|&(start, _)| start + WINDOW < at);
        let to = requests.partition_point(|&(start, _)| start < at);
        let asked = requests[from..to.max(from)]
            .iter()
            .rev()
            .map(|&(_, j)| &out[j])
            .find(|r| r.target.iter().any(|x| f.source.contains(x)));
        if let Some(r) = asked {
            let target: Vec<usize> = r.source.iter().copied().filter(|x| !f.source.contains(x)).collect();
            out[i].target = target;
        }
    }
}

/// A warning (`a prévenu`, `met en garde`): a threat only when it names
/// whom it aims at.
fn is_warning(f: &Found) -> bool {
    f.kind == EventType::Threaten && matches!(f.pattern.as_str(), "prevenir.v" | "avertir.v" | "mettre-en-garde.v")
}

/// The entities named inside the descriptions of entity `e` (`président
/// du directoire de PSA` → PSA).
fn affiliations(input: &Input, res: &Resolution, e: usize) -> Vec<usize> {
    if let Some(known) = input.affiliations.borrow().get(&e) {
        return known.clone();
    }
    let out = find_affiliations(input, res, e);
    input.affiliations.borrow_mut().insert(e, out.clone());
    out
}

fn find_affiliations(input: &Input, res: &Resolution, e: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let t = input.t;
    for &m in &res.entities[e].mentions {
        let mention = &input.mentions[m];
        // `Philippe Gosselin (UMP)`: the party in brackets after a name.
        let after = mention.tokens.end;
        if t.is(after, TokenKind::OpenParen) {
            if let Some(a) = input.index.starting_at(after + 1).and_then(|x| res.entity(x)) {
                out.push(a);
            }
        }
        // `Nadine Morano, ex-députée UMP,`: names in the apposition that
        // follows.
        if t.is(after, TokenKind::Comma) {
            for k in after + 1..(after + 7).min(t.doc.tokens.len()) {
                if t.is(k, TokenKind::Comma) || t.kind(k).is_some_and(|kind| kind.is_terminal()) {
                    break;
                }
                if let Some(x) = input.index.starting_at(k).filter(|&x| input.mentions[x].referent.is_name()) {
                    out.extend(res.entity(x));
                }
            }
        }
        if !mention.referent.is_description() {
            continue;
        }
        // `ex-députée UMP`: a name right after the role.
        if let Some(a) = input.index.starting_at(after).filter(|&x| input.mentions[x].referent.is_name()) {
            out.extend(res.entity(a));
        }
        // The mentions that start inside it, found by token: a description
        // is a few words, the document may hold thousands of mentions.
        for k in mention.tokens.start + 1..mention.tokens.end {
            let Some(x) = input.index.starting_at(k) else { continue };
            let inner = &input.mentions[x];
            if x != m && mention.span.contains(inner.span) && inner.span.start > mention.span.start {
                if let Some(a) = res.entity(x) {
                    out.push(a);
                }
            }
        }
    }
    out
}

/// Is statement `i` a qualification in a short quotation (`appelé X « … »`,
/// `décrit X comme « … »`)?
fn is_name_calling(input: &Input, i: usize) -> bool {
    let d = &input.drafts[i];
    let Some((lemma, _, _)) = &d.cue else { return false };
    matches!(lemma.as_str(), "appeler" | "décrire" | "traiter" | "qualifier" | "surnommer" | "présenter")
        && d.kind == StatementKind::Mixed
        && d.content.as_str(input.t.doc.text).split_whitespace().count() <= 10
}

/// Name-calling (`avait appelé Marine Le Pen « la bourgeoise du château
/// de Montretout »`, `décrit sa fille comme « petite-bourgeoise »`): a
/// short quotation that qualifies someone is a put-down, an accusation.
fn name_calling(input: &Input, res: &mut Resolution, out: &mut Vec<Found>) {
    let t = input.t;
    for (i, d) in input.drafts.iter().enumerate() {
        let Some((_, cue_span, _)) = &d.cue else { continue };
        if !is_name_calling(input, i) {
            continue;
        }
        let Some(speaker) = input.speakers[i] else { continue };
        // The person called names: a person named between the cue and the
        // quotation.
        let from = t.doc.token_at_or_after(cue_span.end);
        let to = t.doc.token_at_or_after(d.content.start);
        let target = (from..to).find_map(|k| {
            let m = input.index.starting_at(k)?;
            let mention = &input.mentions[m];
            (mention.tokens.end <= to && mention.referent.is_name()).then(|| res.entity(m)).flatten()
        });
        let target = target.or_else(|| {
            // `l'avait appelé`: the object pronoun.
            let clitic = object_clitic(t, from.saturating_sub(4), from)?;
            object_antecedent(input, res, clitic, &[speaker])
        });
        let s = d.sentence;
        out.push(Found {
            kind: EventType::Accuse,
            cameo: "112".to_string(),
            pattern: "name-calling".to_string(),
            source: vec![speaker],
            target: target.into_iter().collect(),
            date: date_of(input, s, from.saturating_sub(1)..from, Modality::Asserted, None),
            trigger: *cue_span,
            modality: Modality::Asserted,
            statement: Some(i),
            sentence: t.doc.sentences[s].span,
        });
    }
}

/// `« … : arrêtez la destruction de biens religieux maintenant »`: an
/// order in the imperative inside a quotation is a request of the
/// speaker's.
fn imperative(input: &Input, res: &mut Resolution, s: usize, g: &VerbGroup) -> Option<Found> {
    let t = input.t;
    if g.person != 5 {
        return None;
    }
    // No subject pronoun: the group opens its clause.
    let start = g.tokens.start;
    let opens = start == 0
        || matches!(
            t.kind(start - 1),
            Some(TokenKind::Colon | TokenKind::QuoteOpen | TokenKind::Comma | TokenKind::Semicolon)
        )
        || t.kind(start - 1).is_some_and(|k| k.is_terminal());
    // `« Vous êtes … »`: `vous` is the subject, among the clitics.
    if !opens || t.is_key(start.saturating_sub(1), "vous") || t.is_key(start, "vous") || t.is_key(start, "nous") {
        return None;
    }
    let trigger = span_of(t, g.trigger.clone());
    let statement = statement_holding(input, trigger)?;
    let speaker = input.speakers[statement]?;
    let _ = res;
    Some(Found {
        kind: EventType::Request,
        cameo: "10".to_string(),
        pattern: "imperative".to_string(),
        source: vec![speaker],
        target: Vec::new(),
        date: date_of(input, s, g.tokens.clone(), Modality::Asserted, Some(g.tense)),
        trigger,
        modality: if g.negated { Modality::Negated } else { Modality::Asserted },
        statement: Some(statement),
        sentence: t.doc.sentences[s].span,
    })
}

/// The pattern that applies: one whose object constraint the object
/// meets, else one without a constraint.
fn choose_pattern<'l>(
    t: &'l Tagged,
    g: &VerbGroup,
    patterns: &[u32],
    range: &Range<usize>,
) -> Option<&'l EventPattern> {
    let mut plain = None;
    for &p in patterns {
        let pattern = &t.lex.events[p as usize];
        // `l'Italie ne puisse plus se financer`: help given to oneself is
        // no aid.
        if g.reflexive
            && pattern.kind == EventType::Aid
            && !(pattern.lemma.starts_with("se ") || pattern.lemma.starts_with("s'"))
        {
            continue;
        }
        if pattern.objects.is_empty() {
            plain.get_or_insert(pattern);
            continue;
        }
        // The object noun, within the next words (`annoncé les préparatifs
        // d'une réunion`, `imposer des sanctions`).
        let end = (g.tokens.end + 7).min(range.end);
        let found = (g.tokens.end..end)
            .take_while(|&k| !t.is(k, TokenKind::Comma) && !t.kind(k).is_some_and(|kind| kind.is_terminal()))
            .any(|k| pattern.objects.iter().any(|o| o == t.key(k)));
        if found {
            return Some(pattern);
        }
    }
    // A verb whose only patterns need an object (`tenir une réunion`) is
    // no event without it; `être` and `avoir` never are by themselves.
    let verb = &t.lex.verbs[g.verb as usize];
    if verb.class == VerbClass::Auxiliary && plain.is_some_and(|p| !p.lemma.contains(' ')) {
        return None;
    }
    plain
}

/// The statement whose content holds span `s`, if any.
fn statement_holding(input: &Input, s: Span) -> Option<usize> {
    let t = input.t;
    let index = input.draft_index.get_or_init(|| DraftIndex::new(t, input.drafts));
    let sentence = t.doc.sentence_of(t.doc.token_at_or_after(s.start))?;
    index.by_sentence[sentence].iter().map(|&i| i as usize).find(|&i| input.drafts[i].content.contains(s))
}

/// The statement whose cue is this verb group.
fn statement_of_cue(input: &Input, s: usize, gi: usize) -> Option<usize> {
    let index = input.draft_index.get_or_init(|| DraftIndex::new(input.t, input.drafts));
    index.by_cue.get(&(s, gi)).copied()
}

fn span_of(t: &Tagged, r: Range<usize>) -> Span {
    Span::new(t.doc.tokens[r.start].start as usize, t.doc.tokens[r.end - 1].end as usize)
}

/// Entities of mentions, with pronouns and documents resolved.
fn entities(input: &Input, res: &mut Resolution, ms: &[usize], speaker: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for &m in ms {
        let mention = &input.mentions[m];
        // `nous`, `je` inside a quotation are the speaker (`ils` there is
        // someone else).
        let first_person = matches!(input.t.key(mention.tokens.start), "je" | "j'" | "nous" | "moi");
        let e = if mention.referent == Referent::Pronoun && mention.quoted && first_person {
            speaker
        } else {
            crate::statements::resolve_mention(input.t, input.mentions, res, m, speaker, false)
        };
        if let Some(e) = e {
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

fn verbal(
    input: &Input,
    res: &mut Resolution,
    s: usize,
    gi: usize,
    g: &VerbGroup,
    pattern: &EventPattern,
    range: &Range<usize>,
) -> Option<Found> {
    let t = input.t;
    // `n'a pas attaqué`: the trigger of a negated act holds its `ne`.
    let mut from = g.trigger.start;
    if g.negated && from > g.tokens.start && matches!(t.key(from - 1), "n'" | "ne") {
        from -= 1;
    }
    let trigger = span_of(t, from..g.trigger.end);
    let statement = statement_holding(input, trigger);
    let cue_statement = statement_of_cue(input, s, gi);
    let speaker = statement.and_then(|i| input.speakers[i]);
    // Where the clause of the verb ends.
    let clause_end = clause_end(t, g.tokens.end, range.end);
    // Source.
    let mut source_mentions: Vec<usize>;
    let mut target_mentions: Vec<usize> = Vec::new();
    if let Some(c) = cue_statement {
        if is_name_calling(input, c) {
            return None;
        }
        // A cue verb: its speaker is the source.
        let mut sources: Vec<usize> = input.speakers[c].into_iter().collect();
        let targets = cue_targets(input, res, c, g, pattern, clause_end);
        if sources.is_empty() {
            if let Speaker::Mentions(ms) = &input.drafts[c].speaker {
                sources = entities(input, res, ms, None);
            }
        }
        return finish(input, s, g, pattern, sources, targets, Some(c), trigger);
    }
    // `ils m'ont arrêtée de faire du journalisme`: stopping someone from
    // doing is no arrest.
    if pattern.lemma == "arrêter" && matches!(t.key(g.tokens.end), "de" | "d'") {
        return None;
    }
    // `ont attaqué le poste et tué trois gendarmes`: a bare participle
    // right after `et` shares the auxiliary of the compound verb before.
    let shares_auxiliary = g.tense == GroupTense::Participe
        && !g.passive
        && g.tokens.start > range.start
        && matches!(t.key(g.tokens.start - 1), "et" | "puis")
        && input.groups[s].iter().rev().find(|o| o.tokens.end < g.tokens.start).is_some_and(|o| {
            !o.passive
                && matches!(
                    o.tense,
                    GroupTense::PasseCompose
                        | GroupTense::PlusQueParfait
                        | GroupTense::PasseAnterieur
                        | GroupTense::FuturAnterieur
                        | GroupTense::ConditionnelPasse
                )
        });
    if (g.passive || g.tense == GroupTense::Participe) && !shares_auxiliary {
        // A bare participle (`les emplois menacés`) is an adjective unless
        // an agent follows.
        source_mentions = args::after_preposition(t, input.mentions, input.index, "par", g.tokens.end..clause_end);
        if g.tense == GroupTense::Participe && source_mentions.is_empty() {
            return None;
        }
        // `ont été prévenues` (were alerted), `est accusé`: a verbal act in
        // the passive with no agent tells nothing of who acted.
        let verbal_act = matches!(
            pattern.kind,
            EventType::Threaten | EventType::Accuse | EventType::Request | EventType::Support | EventType::Agree
        );
        if verbal_act && source_mentions.is_empty() {
            return None;
        }
        // `l'amendement proposé par l'UMP`: a bare participle after its
        // noun tells what the noun is, not a verbal act of the story.
        if verbal_act && g.tense == GroupTense::Participe {
            return None;
        }
        // `ont été grièvement blessées`: wounded, with nobody named who
        // wounded them, is as often an accident as an attack.
        if pattern.lemma == "blesser" && source_mentions.is_empty() {
            return None;
        }
        target_mentions = args::subject_before(t, input.mentions, input.index, g, range.start);
    } else if g.inverted.is_some() {
        source_mentions = g.inverted.and_then(|p| input.index.starting_at(p)).into_iter().collect();
    } else if g.tense == GroupTense::Infinitif
        && g.modal.is_none()
        && !(pattern.kind == EventType::Request && g.tokens.start > 0 && t.is_key(g.tokens.start - 1, "pour"))
        && controller(input, s, g).is_none()
    {
        // An infinitive of purpose or complement (`pour discuter`) is no
        // event of its own.
        return None;
    } else if g.tense == GroupTense::ParticipePresent && !g.gerund {
        // `M. Baupin ayant accepté, la séance …`: a compound participle
        // after the noun phrase that opens the sentence or a clause is an
        // absolute clause, whose subject that phrase is.
        let compound = g.main > g.trigger.start;
        let opener = g.tokens.start.checked_sub(1).and_then(|e| input.index.ending_at(e)).filter(|&m| {
            let first = input.mentions[m].tokens.start;
            first == range.start || t.is(first - 1, TokenKind::Comma)
        });
        match opener {
            Some(m) if compound => source_mentions = vec![m],
            // `un signal … les encourageant`: a participle that qualifies
            // a noun tells no act of its own.
            _ => return None,
        }
    } else if matches!(g.tense, GroupTense::Infinitif | GroupTense::ParticipePresent) && g.modal.is_none() {
        // `menacé d'envahir`, `pour exiger`: the subject of the verb that
        // governs the infinitive.
        let main = finite_before(input, s, g.tokens.start);
        source_mentions = match main {
            Some(main) => args::subject_before(t, input.mentions, input.index, main, range.start),
            None => Vec::new(),
        };
        if source_mentions.is_empty() {
            // `Une mobilisation pour exiger`: the noun before.
            source_mentions = input.index.ending_at(g.tokens.start.saturating_sub(2)).into_iter().collect();
        }
    } else if args::first_person_subject(t, g) {
        // `nous sommes prêts` inside a quotation: the speaker.
        source_mentions = Vec::new();
    } else {
        // `X avaient envahi l'ambassade et pris 52 diplomates en otages`:
        // a verb right after `et` shares the subject of the verb before,
        // whatever its object names.
        let coordinated = g.tokens.start > range.start && matches!(t.key(g.tokens.start - 1), "et" | "mais" | "puis");
        source_mentions =
            if coordinated { Vec::new() } else { args::subject_before(t, input.mentions, input.index, g, range.start) };
        if coordinated {
            if let Some(prev) = finite_before(input, s, g.tokens.start.saturating_sub(1)) {
                source_mentions = args::subject_before(t, input.mentions, input.index, prev, range.start);
            }
            // No verb the grammar knows before `et`: the nearest subject.
            if source_mentions.is_empty() {
                source_mentions = args::subject_before(t, input.mentions, input.index, g, range.start);
            }
        }
    }
    // Targets.
    if !g.passive {
        // `a rencontré mardi Olaf Scholz`: a phrase of time before the
        // object.
        let after = after_times(input, g.tokens.end);
        for slot in &pattern.target {
            let found = match slot {
                Slot::Object => args::object_at(t, input.mentions, input.index, after, clause_end),
                Slot::Prep(p) => {
                    let found = args::after_preposition(t, input.mentions, input.index, p, after..clause_end);
                    // `s'est rendu en Russie`, `enverra des troupes en
                    // Irak`: a country after `en` where the pattern has `à`.
                    if found.is_empty() && p == "à" {
                        args::after_preposition(t, input.mentions, input.index, "en", after..clause_end)
                            .into_iter()
                            .filter(|&m| matches!(input.mentions[m].referent, Referent::Country(_)))
                            .collect()
                    } else {
                        found
                    }
                }
                Slot::Subject => Vec::new(),
            };
            if !found.is_empty() {
                target_mentions = found;
                break;
            }
        }
        // `a menacé de frapper la Corée du Sud`: the object of the
        // infinitive that carries the act.
        if target_mentions.is_empty()
            && pattern.kind == EventType::Threaten
            && pattern.infinitive
            && pattern.target.contains(&Slot::Object)
        {
            if let Some(inf) = infinitive_after(input, s, g) {
                let from = after_times(input, inf.tokens.end);
                target_mentions = args::object_at(t, input.mentions, input.index, from, clause_end);
            }
        }
        // `a bloqué les efforts du Conseil de sécurité`, `a réfuté l'idée
        // d'un prêt par l'État`, `exigent la publication des résultats par
        // la commission`: with no target in its slots, the act aims at
        // whoever owns or performs the thing it bears on.
        if target_mentions.is_empty() && !pattern.reciprocal {
            target_mentions = args::inside_object(t, input.mentions, input.index, after, clause_end);
        }
        if target_mentions.is_empty() && (pattern.infinitive || !pattern.objects.is_empty()) {
            // `prête à travailler … avec la Russie`: a partner in the
            // infinitive's clause.
            for p in ["avec", "contre", "à"] {
                let found = args::after_preposition(t, input.mentions, input.index, p, g.tokens.end..clause_end);
                if !found.is_empty() {
                    target_mentions = found;
                    break;
                }
            }
        }
    }
    let mut sources = entities(input, res, &source_mentions, speaker);
    // `l'Équateur lui a accordé l'asile`, `refusant de l'extrader`: an
    // object pronoun stands for someone named before.
    let mut clitic_targets = Vec::new();
    if target_mentions.is_empty() && !g.passive && !pattern.target.is_empty() {
        let clitic = object_clitic(t, g.tokens.start, g.main).or_else(|| {
            // The infinitive after `refuser de`, `décider de`.
            if pattern.infinitive {
                // `refusant de l'extrader`: `de`, a clitic, an infinitive
                // (known or not).
                let k = g.tokens.end;
                if matches!(t.key(k), "de" | "d'" | "à")
                    && matches!(t.key(k + 1), "le" | "la" | "les" | "l'" | "lui" | "leur")
                {
                    return Some(k + 1);
                }
                let inf = input.groups[s].iter().find(|o| {
                    o.tokens.start > g.tokens.end
                        && o.tokens.start <= g.tokens.end + 2
                        && o.tense == GroupTense::Infinitif
                })?;
                object_clitic(t, inf.tokens.start, inf.main)
            } else {
                None
            }
        });
        if let Some(c) = clitic {
            if let Some(e) = object_antecedent(input, res, c, &sources) {
                clitic_targets.push(e);
            }
        }
    }
    // Events inside a statement with no subject of their own (`toute
    // attaque … aura des conséquences`) are the speaker's.
    // (Not under a third person pronoun: `ils m'ont arrêtée … et ne m'ont
    // rien offert` is about others.)
    let under_pronoun = third_person_subject(t, g.tokens.start, range.start)
        || g.tokens.start > range.start
            && matches!(t.key(g.tokens.start - 1), "et" | "mais" | "puis")
            && finite_before(input, s, g.tokens.start.saturating_sub(1))
                .is_some_and(|o| third_person_subject(t, o.tokens.start, range.start));
    if statement.is_some()
        && !g.passive
        && !under_pronoun
        && (sources.is_empty()
            || source_mentions.iter().all(|&m| {
                !input.mentions[m].referent.is_name()
                    && input.mentions[m].referent != Referent::Pronoun
                    && res.entity(m).is_none()
            }))
    {
        sources = speaker.into_iter().collect();
    }
    // Reciprocal: `X s'est entretenu avec Y` → X and Y act jointly.
    let mut targets = entities(input, res, &target_mentions, speaker);
    for c in clitic_targets {
        if !targets.contains(&c) {
            targets.push(c);
        }
    }
    if pattern.reciprocal {
        let partners = entities(
            input,
            res,
            &args::after_preposition(t, input.mentions, input.index, "avec", g.tokens.end..clause_end),
            speaker,
        );
        for p in partners {
            if !sources.contains(&p) {
                sources.push(p);
            }
        }
        targets.retain(|x| !sources.contains(x));
    }
    targets.retain(|x| !sources.contains(x));
    finish(input, s, g, pattern, sources, targets, statement, trigger)
}

/// Does an investigation say what it looks into: `sur` or `contre` within
/// the next few words (`une enquête sur l'attentat`)?
fn names_what(t: &Tagged, from: usize) -> bool {
    (from..from + 5)
        .take_while(|&k| t.kind(k).is_some_and(|kind| kind.is_wordlike()))
        .any(|k| matches!(t.key(k), "sur" | "contre"))
}

/// The last finite verb group of sentence `s` that ends at token `limit`
/// or before: the main verb of a participle, the verb an `et` continues.
fn finite_before<'g>(input: &'g Input, s: usize, limit: usize) -> Option<&'g VerbGroup> {
    let groups = &input.groups[s];
    groups[..groups.partition_point(|o| o.tokens.end <= limit)].iter().rev().find(|o| o.tense.is_finite())
}

/// Is the verb group starting at `start` headed by a third person subject
/// pronoun (`ils m'ont`, `elle ne l'a`), over clitics and `ne`?
fn third_person_subject(t: &Tagged, start: usize, floor: usize) -> bool {
    let mut k = start;
    while k > floor {
        k -= 1;
        match t.key(k) {
            "il" | "ils" | "elle" | "elles" => return true,
            "ne" | "n'" | "me" | "m'" | "te" | "t'" | "se" | "s'" | "le" | "la" | "les" | "l'" | "lui" | "leur"
            | "y" | "en" | "nous" | "vous" => {}
            _ => return false,
        }
    }
    false
}

/// The first token after `k` that no time expression covers (`mardi`,
/// `le 7 décembre`).
fn after_times(input: &Input, k: usize) -> usize {
    let t = input.t;
    let tokens = &input.time.tokens;
    let mut k = k;
    // Whether `k` is the comma that closes an aside skipped.
    let mut closing = false;
    loop {
        let i = tokens.partition_point(|r| r.start < k);
        if let Some(r) = tokens.get(i).filter(|r| r.start == k && r.end > k) {
            (k, closing) = (r.end, false);
            continue;
        }
        // `a exclu, hier, à l'unanimité, Antoni Pastor`: short asides
        // between commas that name no one and hold no verb.
        if t.is(k, TokenKind::Comma) {
            let close = (k + 2..k + 7).find(|&j| t.is(j, TokenKind::Comma));
            let aside = close.is_some_and(|close| {
                (k + 1..close).all(|j| {
                    t.doc.tokens[j].kind.is_wordlike()
                        && input.index.starting_at(j).is_none()
                        && (!t.has(j, flag::VERB) || t.has(j, flag::NOUN))
                })
            });
            if let Some(close) = close.filter(|_| aside) {
                (k, closing) = (close, true);
                continue;
            }
        }
        return if closing { k + 1 } else { k };
    }
}

/// The infinitive right after a verb group, behind `de` or `à` (`menacé
/// de frapper`).
fn infinitive_after<'g>(input: &'g Input, s: usize, g: &VerbGroup) -> Option<&'g VerbGroup> {
    let k = g.tokens.end;
    if !matches!(input.t.key(k), "de" | "d'" | "à") {
        return None;
    }
    input.groups[s].iter().find(|o| o.tokens.start > k && o.tokens.start <= k + 2 && o.tense == GroupTense::Infinitif)
}

/// The verb that governs an infinitive event and lends it its subject
/// (`a décidé d'accorder`, `a promis de se retirer`), when it is one that
/// makes the infinitive an act.
fn controller<'g>(input: &'g Input, s: usize, g: &VerbGroup) -> Option<&'g VerbGroup> {
    let t = input.t;
    if g.tokens.start == 0 || !matches!(t.key(g.tokens.start - 1), "de" | "d'" | "à") {
        return None;
    }
    let main = finite_before(input, s, g.tokens.start)?;
    let verb = t.lex.verbs[main.verb as usize].infinitive.as_str();
    matches!(
        verb,
        "décider"
            | "choisir"
            | "accepter"
            | "tenter"
            | "essayer"
            | "commencer"
            | "continuer"
            | "réussir"
            | "parvenir"
            | "promettre"
            | "engager"
            | "annoncer"
            | "prévoir"
            | "compter"
            | "oser"
            | "chercher"
            | "résoudre"
            | "envisager"
            | "proposer"
    )
    .then_some(main)
}

/// An object pronoun among the clitics of a verb group (`lui a accordé`,
/// `l'extrader`).
fn object_clitic(t: &Tagged, start: usize, main: usize) -> Option<usize> {
    (start..main).find(|&k| matches!(t.key(k), "le" | "la" | "les" | "l'" | "lui" | "leur"))
}

/// What an object pronoun refers to: the last entity named before it, in
/// this sentence or the one before, that is not a source of the event.
fn object_antecedent(input: &Input, res: &Resolution, clitic: usize, sources: &[usize]) -> Option<usize> {
    let t = input.t;
    let s = t.doc.sentence_of(clitic)?;
    let plural = matches!(t.key(clitic), "les" | "leur" | "leurs");
    let feminine = match t.key(clitic) {
        "la" => Some(true),
        "le" => Some(false),
        _ => None,
    };
    // `Nadine Morano, ex-députée UMP, l'avait appelé`: not whom the
    // source belongs to.
    let affiliated: Vec<usize> = sources.iter().flat_map(|&e| affiliations(input, res, e)).collect();
    // Mentions come sentence by sentence: only this sentence's and the
    // one before are read.
    let upto = input.mentions.partition_point(|m| m.sentence <= s);
    input.mentions[..upto]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| m.sentence + 1 >= s)
        .filter(|(_, m)| m.tokens.end <= clitic && !m.quoted)
        .filter_map(|(i, m)| res.entity(i).map(|e| (e, m)))
        // `à Paris` is a place, `à Julian Assange` a person given to.
        .filter(|&(e, m)| !m.locative || res.entities[e].kind == crate::analysis::ActorKind::Person)
        .find(|&(e, m)| {
            let ent = &res.entities[e];
            !sources.contains(&e)
                && !affiliated.contains(&e)
                && (ent.plural == plural || ent.kind == crate::analysis::ActorKind::Group && plural)
                && (feminine.is_none() || m.feminine.is_none() || m.feminine == feminine)
                && matches!(
                    ent.kind,
                    crate::analysis::ActorKind::Person
                        | crate::analysis::ActorKind::Group
                        | crate::analysis::ActorKind::Organization
                )
        })
        .map(|(e, _)| e)
}

/// The token of `victime(s)` that governs the event noun at `k` (`victime
/// de tirs`, `victimes d'une agression`, `victime des bombardements`).
fn victim_before(t: &Tagged, k: usize, floor: usize) -> Option<usize> {
    let mut j = k;
    for _ in 0..2 {
        if j <= floor + 1 || !matches!(t.key(j - 1), "de" | "d'" | "des" | "du" | "un" | "une") {
            return None;
        }
        j -= 1;
        if matches!(t.key(j - 1), "victime" | "victimes") {
            return Some(j - 1);
        }
    }
    None
}

/// `notre`, `vos`, `mon`…: possessives that point at the speaker or the
/// hearer, not at a noun phrase before.
fn is_first_or_second_person(possessive: &str) -> bool {
    matches!(possessive, "mon" | "ma" | "mes" | "ton" | "ta" | "tes" | "notre" | "nos" | "votre" | "vos")
}

/// The targets of an event carried by a cue verb: `accuser X de`,
/// `demander à X`, `exiger que X …`, `a prévenu` with `si X …` in the
/// content.
fn cue_targets(
    input: &Input,
    res: &mut Resolution,
    c: usize,
    g: &VerbGroup,
    pattern: &EventPattern,
    clause_end: usize,
) -> Vec<usize> {
    let t = input.t;
    let mut ms = Vec::new();
    for slot in &pattern.target {
        let found = match slot {
            Slot::Object => {
                let o = args::object_at(t, input.mentions, input.index, g.tokens.end, clause_end);
                // The inverted subject is no object.
                o.into_iter()
                    .filter(|&m| !matches!(&input.drafts[c].speaker, Speaker::Mentions(sp) if sp.contains(&m)))
                    .collect()
            }
            Slot::Prep(p) => args::after_preposition(t, input.mentions, input.index, p, g.tokens.end..clause_end),
            Slot::Subject => Vec::new(),
        };
        if !found.is_empty() {
            ms = found;
            break;
        }
    }
    let content = input.drafts[c].content;
    if ms.is_empty() {
        // The subject of the reported clause: `exiger que l'armée quitte`,
        // `Si l'OTAN et les États-Unis ne répondent pas …, a prévenu X`.
        let first = t.doc.token_at_or_after(content.start);
        let mut k = first;
        if t.is_key(k, "si") || t.is_key(k, "s'") {
            k += 1;
        }
        if pattern.kind == EventType::Threaten || pattern.kind == EventType::Request {
            if let Some(m) = input.index.starting_at(k) {
                let end = t.doc.token_at_or_after(content.end);
                ms = args::coordination_after(t, input.mentions, input.index, m, end);
            }
        }
    }
    if ms.is_empty() {
        // `a réfuté l'idée d'une aide par l'État`: whoever owns or performs
        // what the act bears on.
        let speaker_mentions = match &input.drafts[c].speaker {
            Speaker::Mentions(sp) => sp.as_slice(),
            _ => &[],
        };
        ms = args::inside_object(t, input.mentions, input.index, g.tokens.end, clause_end);
        ms.retain(|m| !speaker_mentions.contains(m));
    }
    if ms.is_empty() && pattern.kind == EventType::Accuse {
        // `a dénoncé un « Incident grave ! … la gauche … »`: whom the
        // denounced words name.
        let speaker = input.speakers[c];
        let end = t.doc.token_at_or_after(content.end);
        let named = (t.doc.token_at_or_after(content.start)..end).find_map(|k| {
            input
                .index
                .starting_at(k)
                .filter(|&m| !input.mentions[m].locative && res.entity(m).is_some_and(|e| Some(e) != speaker))
        });
        ms.extend(named);
    }
    let speaker = input.speakers[c];
    entities(input, res, &ms, speaker).into_iter().filter(|&e| Some(e) != speaker).collect()
}

/// Where the clause after position `k` ends: a comma before a new clause,
/// a semicolon, the end of the sentence.
fn clause_end(t: &Tagged, k: usize, end: usize) -> usize {
    let mut j = k;
    while j < end {
        if t.is(j, TokenKind::Semicolon) || t.kind(j).is_some_and(|kind| kind.is_terminal()) {
            return j;
        }
        if t.is(j, TokenKind::Comma) && (t.has(j + 1, flag::SUB | flag::REL) || t.is_key(j + 1, "mais")) {
            return j;
        }
        j += 1;
    }
    end
}

#[allow(clippy::too_many_arguments)]
fn finish(
    input: &Input,
    s: usize,
    g: &VerbGroup,
    pattern: &EventPattern,
    sources: Vec<usize>,
    targets: Vec<usize>,
    statement: Option<usize>,
    trigger: Span,
) -> Option<Found> {
    let t = input.t;
    if sources.is_empty() && targets.is_empty() {
        return None;
    }
    // `La police a ouvert une enquête`: an investigation (CAMEO 09) into
    // nothing named is police work, no interaction.
    if targets.is_empty() && pattern.cameo.starts_with("09") && !names_what(t, g.tokens.end) {
        return None;
    }
    let mut modality = modality(input, s, g, pattern);
    let mut kind = pattern.kind;
    // `n'acceptait pas le plan`: not accepting is rejecting.
    if modality == Modality::Negated && pattern.lemma == "accepter" {
        kind = EventType::Reject;
        modality = Modality::Asserted;
    }
    // `a défendu sa décision`: standing by one's own act rejects its
    // critics; it supports no one.
    if pattern.lemma == "défendre" && t.has(g.tokens.end, flag::POSS) && !is_first_or_second_person(t.key(g.tokens.end))
    {
        kind = EventType::Reject;
    }
    let date = date_of(input, s, g.tokens.clone(), modality, Some(g.tense));
    Some(Found {
        kind,
        // A pattern's code is that of its own type; a rejection read off
        // another pattern is CAMEO 120, a rejection not further specified.
        cameo: if kind == pattern.kind { pattern.cameo.clone() } else { "120".to_string() },
        pattern: pattern.id.clone(),
        source: sources,
        target: targets,
        date,
        trigger,
        modality,
        statement,
        sentence: t.doc.sentences[s].span,
    })
}

/// Negated, hypothetical, future or asserted.
fn modality(input: &Input, s: usize, g: &VerbGroup, pattern: &EventPattern) -> Modality {
    let t = input.t;
    if g.negated {
        return Modality::Negated;
    }
    // A `si` clause in the sentence, or a conditional verb (but the
    // reportive past conditional `aurait été tué` tells a fact).
    let si = input.conditional.get_or_init(|| {
        t.doc
            .sentences
            .iter()
            .map(|sentence| {
                sentence.tokens.clone().any(|k| {
                    (t.is_key(k, "si") || t.is_key(k, "s'") && matches!(t.key(k + 1), "il" | "ils"))
                        && t.has(k, flag::SUB)
                        && !t.is_key(k + 1, "bien")
                        && (t.has(k + 1, flag::SUBJ | flag::DET | flag::PRON) || t.is_capitalized_word(k + 1))
                        || t.is_key(k, "lorsqu'") && t.has(k + 1, flag::SUBJ)
                })
            })
            .collect()
    })[s];
    let conditional_modal = g.modal.is_some_and(|m| t.lex.verbs[m as usize].infinitive == "pouvoir")
        || g.modal_tense == Some(Tense::Conditional);
    // A threat of consequences is conditional on the target's acts.
    if pattern.kind == EventType::Threaten && (g.tense.is_future() || si) {
        return Modality::Hypothetical;
    }
    // `si le Hamas tire, l'armée attaquera`: an act to come on a condition
    // is hypothetical.
    if si || g.tense == GroupTense::Conditionnel || conditional_modal {
        return if !si && (g.tense.is_future() || g.near_future || pattern.future) {
            Modality::Future
        } else {
            Modality::Hypothetical
        };
    }
    if g.tense.is_future() || g.near_future || pattern.future {
        return Modality::Future;
    }
    // `a promis de libérer`, `s'est engagée à retirer`: the infinitive of a
    // promise or a plan is an act to come.
    if g.tense == GroupTense::Infinitif {
        if let Some(main) = controller(input, s, g) {
            if matches!(
                t.lex.verbs[main.verb as usize].infinitive.as_str(),
                "promettre" | "engager" | "annoncer" | "prévoir" | "proposer" | "envisager" | "compter"
            ) {
                return Modality::Future;
            }
        }
    }
    Modality::Asserted
}

/// The date of an event: a date expression of its sentence (the nearest to
/// the trigger), else the narrative anchor, else the publication date for
/// what the tense tells as recent.
/// How many tokens on each side of a trigger may hold its date.
const DATE_WINDOW: usize = 200;

fn date_of(
    input: &Input,
    s: usize,
    trigger: Range<usize>,
    modality: Modality,
    tense: Option<GroupTense>,
) -> Option<String> {
    let t = input.t;
    // The sentence's time expressions near the trigger: a sentence of
    // thousands of words (a text without punctuation) must not make each
    // event read all of them.
    let sentence = t.doc.sentences[s].tokens.clone();
    let range = trigger.start.saturating_sub(DATE_WINDOW).max(sentence.start)
        ..trigger.end.saturating_add(DATE_WINDOW).min(sentence.end);
    let time = input.time;
    let mut best: Option<(usize, &str)> = None;
    // A date of something else that the sentence names, which the
    // narrative anchor may hold too.
    let mut others: Option<&str> = None;
    for i in sentence_times(time, &range) {
        let r = &time.tokens[i];
        let value = time.times[i].value.as_str();
        if !is_calendar(value) {
            continue;
        }
        // `jusqu'en mars 2013`, `depuis mars 2011`, `d'ici à 2014`: bounds
        // of a period, not the date of the act.
        // `depuis le 30 juin` dates the start of the act; `depuis mars
        // 2011` is the background of a period.
        let day = value.len() >= 10;
        if crate::time::period_bound_before(t.doc, r.start).is_some_and(|p| !matches!(p, "depuis" | "dès") || !day) {
            continue;
        }
        // `des représailles … suite à la décision de l'UNESCO, le 28 juin`:
        // the date of what the act follows, named after the trigger.
        if r.start >= trigger.end
            && (r.start.saturating_sub(10).max(trigger.end)..r.start).any(|j| matches!(t.key(j), "suite" | "lors"))
        {
            others = Some(value);
            continue;
        }
        let distance = if r.end <= trigger.start { trigger.start - r.end } else { r.start.saturating_sub(trigger.end) };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, value));
        }
    }
    if let Some((_, v)) = best {
        return Some(calendar_part(v));
    }
    // `la semaine dernière`: the sentence dates the act, but not to a day;
    // the publication date would be wrong. (`plus tôt`, `précédent` leave
    // the act on the day of the news.)
    let vague = sentence_times(time, &range).any(|i| {
        let v = time.times[i].value.as_str();
        v.contains("-W") && weekend_saturday(v).is_none()
    });
    if vague {
        return None;
    }
    if modality == Modality::Future
        || tense.is_some_and(|t| {
            matches!(t, GroupTense::PlusQueParfait | GroupTense::PasseAnterieur | GroupTense::ConditionnelPasse)
        })
    {
        return None;
    }
    // The narrative anchor, when it is a day (`le lendemain` after `le 7
    // décembre`); a year or month set earlier (`en 2011`) is background.
    if let Some(Some(anchor)) = time.anchors.get(s) {
        let day = calendar_part(anchor);
        if is_calendar(&day) && day.len() == 10 && others.is_none_or(|o| calendar_part(o) != day) {
            return Some(day);
        }
    }
    time.published.map(|d: Date| d.to_string())
}

/// The time expressions inside a sentence's tokens, by index.
fn sentence_times<'a>(time: &'a TimeLayer, range: &Range<usize>) -> impl Iterator<Item = usize> + 'a {
    let from = time.tokens.partition_point(|r| r.start < range.start);
    let end = range.end;
    (from..time.tokens.len())
        .take_while(move |&i| time.tokens[i].start < end)
        .filter(move |&i| time.tokens[i].end <= end)
}

/// A TIMEX3 value that names a calendar date, month or year; a weekend
/// (`2012-W26-WE`) counts, as its Saturday.
fn is_calendar(value: &str) -> bool {
    if weekend_saturday(value).is_some() {
        return true;
    }
    let b = value.as_bytes();
    b.len() >= 4
        && (b[..4].iter().all(u8::is_ascii_digit) || &value[..4] == "XXXX")
        && !value.contains('W')
        && (b.len() == 4 || b[4] == b'-')
}

/// `2012-06-22TNI` → `2012-06-22`; `2012-W26-WE` → its Saturday.
fn calendar_part(value: &str) -> String {
    if let Some(d) = weekend_saturday(value) {
        return d.to_string();
    }
    value.split('T').next().unwrap_or(value).to_string()
}

/// The Saturday of an ISO week-end value (`2012-W26-WE`).
fn weekend_saturday(value: &str) -> Option<Date> {
    let rest = value.strip_suffix("-WE")?;
    let (year, week) = rest.split_once("-W")?;
    let year: i32 = year.parse().ok()?;
    let week: i64 = week.parse().ok()?;
    // The Monday of ISO week 1 is the Monday of the week holding 4 January.
    let jan4 = Date::new(year, 1, 4)?;
    let monday1 = jan4.add_days(1 - i64::from(jan4.weekday()));
    Some(monday1.add_days((week - 1) * 7 + 5))
}

/// Event nouns: `l'attaque des talibans contre …`, `l'arrestation de X`,
/// `le boycott des instances`.
fn nominal(input: &Input, res: &mut Resolution, s: usize, range: &Range<usize>, out: &mut Vec<Found>) {
    let t = input.t;
    for k in range.clone() {
        let Some(pattern) = t.senses(k).iter().find_map(|sense| match sense {
            Sense::EventNoun { pattern, .. } => Some(*pattern),
            _ => None,
        }) else {
            continue;
        };
        // A noun needs its determiner or preposition before it; `toute
        // attaque`, `aucune accusation` name no act that took place.
        if k == 0 || !(t.has(k - 1, flag::DET | flag::PREP) || t.is_key(k - 1, "l'")) {
            continue;
        }
        if matches!(t.key(k - 1), "toute" | "tout" | "tous" | "toutes" | "chaque" | "nul" | "nulle") {
            continue;
        }
        if classifies_noun_before(t, k, range.start) {
            continue;
        }
        let pattern = &t.lex.events[pattern as usize];
        let trigger = span_of(t, k..k + 1);
        let statement = statement_holding(input, trigger);
        // Verbal acts named by a noun (`le dialogue`, `les propositions`)
        // are talk about acts, not acts; material acts (`l'assaut`,
        // `l'arrestation de X`, `le boycott`) are events.
        let material = matches!(
            pattern.kind,
            EventType::Assault
                | EventType::Coerce
                | EventType::Protest
                | EventType::Sanction
                | EventType::Mobilize
                | EventType::Retreat
                | EventType::Aid
        );
        // (But a source's account of a fact, `selon les médias`, tells the
        // meetings and talks it reports.)
        let attributed = statement.is_some_and(|c| {
            pattern.kind == EventType::Consult
                && input.drafts[c]
                    .cue
                    .as_ref()
                    .is_some_and(|(lemma, _, _)| matches!(lemma.as_str(), "selon" | "d'après"))
        });
        if !material && statement.is_some() && !attributed {
            continue;
        }
        let speaker = statement.and_then(|i| input.speakers[i]);
        let end = clause_end(t, k + 1, range.end).min(k + 12);
        // `serait une attaque contre l'OTAN`, `constitue une agression`:
        // a noun that says what something is names no act — unless it
        // names who acted (`sont des représailles de l'organisation`).
        let governing = governing_verb(input, s, k);
        let copular = governing.is_some_and(|v| {
            matches!(v, "être" | "constituer" | "représenter" | "signifier" | "équivaloir" | "devenir" | "rester")
        });
        // `ont annoncé le boycott`, `ont repris leurs actes de destruction`:
        // a noun that is the object of a verb of doing takes its subject.
        let light = light_verb_before(input, s, k);
        let mut source_ms = Vec::new();
        let mut target_ms = Vec::new();
        for slot in &pattern.source {
            if let Slot::Prep(p) = slot {
                let mut found = args::after_preposition(t, input.mentions, input.index, p, k + 1..(k + 3).min(end));
                // `le déploiement de 3 000 soldats`: a counted group after
                // `de` is what the act moves or strikes, not its author.
                found.retain(|&m| !t.is(input.mentions[m].tokens.start, TokenKind::Number));
                if !found.is_empty() {
                    source_ms = found;
                    break;
                }
            }
        }
        // The agent of the noun, not of the next verb (`La libération de X a
        // été saluée par Paris`) — unless that verb says who did it
        // (`l'attentat … a été revendiqué par Al-Qaïda`).
        let next_verb = match input.groups[s].iter().find(|g| g.tokens.start > k) {
            Some(g) if !is_verb_of_doing(&t.lex.verbs[g.verb as usize].infinitive) => g.tokens.start,
            _ => end,
        };
        let by = args::after_preposition(t, input.mentions, input.index, "par", k + 1..end.min(next_verb));
        if source_ms.is_empty() && !by.is_empty() {
            source_ms = by;
        }
        if source_ms.is_empty() {
            if let Some(g) = light {
                source_ms = args::subject_before(t, input.mentions, input.index, g, range.start);
            }
        }
        for slot in &pattern.target {
            if let Slot::Prep(p) = slot {
                let near = if p == "de" && light.is_none() { (k + 3).min(end) } else { end };
                let found = args::after_preposition(t, input.mentions, input.index, p, k + 1..near);
                if !found.is_empty() && found != source_ms {
                    target_ms = found;
                    break;
                }
            }
        }
        if copular && source_ms.is_empty() {
            continue;
        }
        // `Les négociations entre Israël et le Hamas ont échoué`: the
        // parties of a meeting that the sentence is about (not `les
        // préparatifs d'une réunion entre …`, a plan).
        // (Not `les préparatifs d'une réunion entre …`, a plan, nor `pour
        // une rencontre entre …`, a purpose.)
        let heads_clause = k < 2 || !matches!(t.key(k - 2), "de" | "d'" | "du" | "des" | "pour");
        // `la rupture des relations diplomatiques entre les deux pays`,
        // `les négociations … qui se déroulent entre Washington et
        // Téhéran`: the parties of an act done together, further on.
        let between = (pattern.kind == EventType::Consult || pattern.reciprocal)
            .then(|| (k + 1..end).find(|&j| t.is_key(j, "entre")))
            .flatten();
        let mut pair = Vec::new();
        if let Some(j) = between.filter(|_| source_ms.is_empty() && heads_clause) {
            // The parties may run past the noun's window: to the clause end.
            let parties_end = clause_end(t, j, range.end).min(j + 12);
            source_ms = args::after_preposition(t, input.mentions, input.index, "entre", j..parties_end);
            if source_ms.is_empty() {
                pair = the_two(input, res, j + 1);
            }
        }
        let mut sources = entities(input, res, &source_ms, speaker);
        sources.extend(pair);
        let mut targets = entities(input, res, &target_ms, speaker);
        // `sa rencontre avec Richard Stallman`: the possessor, the person
        // or body the determiner points back to, stands where `de` would
        // (`son arrestation`: the one arrested).
        // An act aimed at no one named (`leurs condamnations`, `leurs
        // engagements`) stays vague, and nobody's; people and groups
        // undergo the acts whose `de` is their target (`son arrestation`),
        // and others are left alone (`l'OTAN poursuit ses bombardements`
        // is the alliance's act, `son procès` the company's ordeal).
        if k > range.start && t.has(k - 1, flag::POSS) && !is_first_or_second_person(t.key(k - 1)) {
            let de = |slots: &[Slot]| slots.iter().any(|s| matches!(s, Slot::Prep(p) if p == "de"));
            let others: Vec<usize> = sources.iter().chain(&targets).copied().collect();
            if let Some(e) = object_antecedent(input, res, k - 1, &others) {
                use crate::analysis::ActorKind;
                let undergoes = matches!(res.entities[e].kind, ActorKind::Person | ActorKind::Group);
                if sources.is_empty() && de(&pattern.source) && !targets.is_empty() {
                    sources.push(e);
                } else if targets.is_empty() && de(&pattern.target) && undergoes {
                    targets.push(e);
                }
            }
        }
        // `X serait victime de tirs des forces …`, `X a été victime d'une
        // agression`: the victim is the subject of the clause, and the
        // noun's `de` (`des bombardements de l'armée`) its author.
        if pattern.kind == EventType::Assault {
            if let Some(v) = victim_before(t, k, range.start) {
                if let Some(g) = input.groups[s].iter().rev().find(|g| g.tokens.end <= v) {
                    let subject = args::subject_before(t, input.mentions, input.index, g, range.start);
                    let victims = entities(input, res, &subject, speaker);
                    if !victims.is_empty() {
                        if sources.is_empty() {
                            sources = std::mem::take(&mut targets);
                        }
                        targets = victims;
                    }
                }
            }
        }
        targets.retain(|x| !sources.contains(x));
        if sources.is_empty() && targets.is_empty() {
            continue;
        }
        // An investigation into nothing named (see `finish`).
        if targets.is_empty() && pattern.cameo.starts_with("09") && !names_what(t, k + 1) {
            continue;
        }
        let negated = matches!(t.key(k - 1), "aucun" | "aucune");
        let announced = light.is_some_and(|g| {
            g.tense.is_future()
                || g.near_future
                || matches!(
                    t.lex.verbs[g.verb as usize].infinitive.as_str(),
                    "annoncer" | "appeler" | "prévoir" | "programmer" | "préparer"
                )
        });
        // `a exigé le retrait des troupes`: a demanded act has not taken
        // place.
        let demanded = governing.is_some_and(|v| {
            matches!(v, "exiger" | "demander" | "réclamer" | "souhaiter" | "vouloir" | "proposer" | "appeler")
        });
        let modality = if negated {
            Modality::Negated
        } else if announced || demanded {
            Modality::Future
        } else {
            Modality::Asserted
        };
        let date = date_of(input, s, k..k + 1, modality, None);
        out.push(Found {
            kind: pattern.kind,
            cameo: pattern.cameo.clone(),
            pattern: pattern.id.clone(),
            source: sources,
            target: targets,
            date,
            trigger,
            modality,
            statement,
            sentence: t.doc.sentences[s].span,
        });
    }
}

/// `les deux pays` at token `k`: the two countries named last before it.
fn the_two(input: &Input, res: &Resolution, k: usize) -> Vec<usize> {
    let t = input.t;
    if !(t.is_key(k, "les") && t.is_key(k + 1, "deux") && matches!(t.key(k + 2), "pays" | "états" | "nations")) {
        return Vec::new();
    }
    let mut two = Vec::with_capacity(2);
    let before = input.mentions.partition_point(|m| m.tokens.start < k);
    // Within the last few dozen mentions: `les deux pays` points back
    // close, and a text of many such phrases must not read all of it each
    // time.
    for m in (before.saturating_sub(60)..before).rev() {
        let Some(e) = res.entity(m) else { continue };
        if res.entities[e].kind == crate::analysis::ActorKind::Country && !two.contains(&e) {
            two.push(e);
            if two.len() == 2 {
                two.reverse();
                return two;
            }
        }
    }
    Vec::new()
}

/// `les fonds de secours`, `la chambre d'accusation`: an event noun after
/// a bare `de` says what kind of thing the noun before it is, and tells no
/// act — unless that noun counts acts (`actes de torture`, `une série
/// d'attaques`), undergoes one (`victime de tirs`) or is a participle
/// (`accusé de meurtre`).
fn classifies_noun_before(t: &Tagged, k: usize, floor: usize) -> bool {
    if k < floor + 2 || !matches!(t.key(k - 1), "de" | "d'") {
        return false;
    }
    let head = k - 2;
    let participle = t.senses(head).iter().any(|s| matches!(s, Sense::Verb(v) if v.tense == Tense::Participle));
    t.is(head, TokenKind::Word)
        && !t.is_capitalized_word(head)
        && !t.is_function_word(head)
        && !participle
        && !t.senses(head).iter().any(|s| matches!(s, Sense::EventNoun { .. }))
        && !matches!(
            t.key(head),
            "acte"
                | "actes"
                | "victime"
                | "victimes"
                | "série"
                | "séries"
                | "vague"
                | "vagues"
                | "campagne"
                | "campagnes"
                | "opération"
                | "opérations"
                | "tentative"
                | "tentatives"
        )
}

/// The infinitive of the verb whose object or attribute is the noun at
/// `k`, with only determiners and adjectives between them (`a exigé le
/// retrait`, `serait une attaque`).
fn governing_verb<'l>(input: &Input<'l, '_, '_>, s: usize, k: usize) -> Option<&'l str> {
    let t = input.t;
    let g = input.groups[s].iter().rev().find(|g| g.tokens.end <= k && k <= g.tokens.end + 3)?;
    if !(g.tokens.end..k).all(|j| t.has(j, flag::DET) || t.has(j, flag::ADV) && !t.has(j, flag::PREP)) {
        return None;
    }
    Some(t.lex.verbs[g.verb as usize].infinitive.as_str())
}

/// The verb group whose object is the noun at `k` (`ont annoncé le
/// boycott`, `ont repris leurs actes de destruction`), when it is a verb
/// of doing, launching or announcing.
fn light_verb_before<'g>(input: &'g Input, s: usize, k: usize) -> Option<&'g VerbGroup> {
    let t = input.t;
    let g = input.groups[s].iter().rev().find(|g| g.tokens.end <= k && k <= g.tokens.end + 4)?;
    // Only determiners and `actes de` between the verb and the noun.
    if !(g.tokens.end..k).all(|j| {
        t.has(j, flag::DET)
            || matches!(
                t.key(j),
                "acte"
                    | "actes"
                    | "de"
                    | "d'"
                    | "leur"
                    | "leurs"
                    | "son"
                    | "sa"
                    | "ses"
                    | "une"
                    | "un"
                    | "nouvelle"
                    | "nouvel"
                    | "nouveau"
                    | "vaste"
                    | "grande"
            )
    }) {
        return None;
    }
    is_verb_of_doing(&t.lex.verbs[g.verb as usize].infinitive).then_some(g)
}

/// Verbs of doing, launching or announcing an act named by their object
/// (`lancer une offensive`, `revendiquer un attentat`).
fn is_verb_of_doing(verb: &str) -> bool {
    matches!(
        verb,
        "annoncer"
            | "lancer"
            | "mener"
            | "organiser"
            | "décréter"
            | "entamer"
            | "poursuivre"
            | "reprendre"
            | "commettre"
            | "perpétrer"
            | "revendiquer"
            | "appeler"
            | "déclencher"
            | "conduire"
            | "décider"
            | "prévoir"
            | "programmer"
            | "préparer"
            | "multiplier"
            | "intensifier"
            | "ordonner"
    )
}

/// The same event told twice (same type, sources, targets, date and
/// modality) is one event: the first telling is kept.
/// `Rafael Correa a décidé d'accorder l'asile à Assange` … `l'Équateur lui
/// a accordé l'asile`: the same act by the same pattern on the same
/// target, told once of a person and once of their country, is one act
/// of both.
fn leader_and_state(found: Vec<Found>, res: &Resolution) -> Vec<Found> {
    use crate::analysis::ActorKind;
    /// Who tells the act: a country, or people of one country.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Side {
        State,
        People,
    }
    let side_of = |sources: &[usize]| -> Option<(Side, u32)> {
        match sources {
            [] => None,
            [c] if res.entities[*c].kind == ActorKind::Country => res.entities[*c].country.map(|k| (Side::State, k)),
            _ => {
                let country = res.entities[sources[0]].country?;
                sources
                    .iter()
                    .all(|&p| res.entities[p].kind == ActorKind::Person && res.entities[p].country == Some(country))
                    .then_some((Side::People, country))
            }
        }
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // The first kept event of each act, country and side: an event of one
    // side joins the first of the other, in constant time (a text of
    // thousands of like acts must not compare each with all before it).
    let mut first: FxHashMap<(String, Vec<usize>, u32, Side), usize> = FxHashMap::default();
    for f in found {
        let Some((side, country)) = side_of(&f.source).filter(|_| !f.target.is_empty()) else {
            out.push(f);
            continue;
        };
        let other = if side == Side::State { Side::People } else { Side::State };
        let key = (f.pattern.clone(), f.target.clone(), country, other);
        match first.get(&key).copied().filter(|&i| out[i].kind == f.kind) {
            Some(i) => {
                for s in f.source {
                    if !out[i].source.contains(&s) {
                        out[i].source.push(s);
                    }
                }
            }
            None => {
                first.entry((key.0, key.1, country, side)).or_insert(out.len());
                out.push(f);
            }
        }
    }
    out
}

/// Patterns that tell a death (`tuer`, `abattre`, `l'assassinat`).
fn is_killing(pattern: &str) -> bool {
    let lemma = pattern.strip_suffix(".v").or_else(|| pattern.strip_suffix(".n")).unwrap_or(pattern);
    matches!(
        lemma,
        "tuer" | "abattre" | "assassiner" | "executer" | "fusiller" | "assassinat" | "meurtre" | "execution"
    )
}

fn merge(found: Vec<Found>, res: &Resolution) -> Vec<Found> {
    // One person dies once; a group named twice may be two groups (`deux
    // autres soldats`).
    let one_person =
        |target: &[usize]| matches!(target, [e] if res.entities[*e].kind == crate::analysis::ActorKind::Person);
    /// Events that can merge share their type and either their targets
    /// (material acts) or their sources (verbal acts): the bucket key.
    fn key(f: &Found) -> (EventType, Vec<usize>) {
        let mut side = if is_material(f.kind) { f.target.clone() } else { f.source.clone() };
        side.sort_unstable();
        (f.kind, side)
    }
    fn is_material(kind: EventType) -> bool {
        matches!(kind, EventType::Assault | EventType::Coerce)
    }
    let sorted = |v: &[usize]| {
        let mut v = v.to_vec();
        v.sort_unstable();
        v
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // The sorted sources and targets of each kept event, beside it: sorted
    // once, not at each comparison.
    let mut sides: Vec<(Vec<usize>, Vec<usize>)> = Vec::with_capacity(found.len());
    // The kept events by key, in order: each event is compared with the
    // few that could be the same, not with all those kept before it.
    let mut buckets: FxHashMap<(EventType, Vec<usize>), Vec<usize>> = FxHashMap::default();
    for f in found {
        let key_s = sorted(&f.source);
        let key_t = sorted(&f.target);
        let bucket = key(&f);
        let same = buckets.get(&bucket).and_then(|candidates| {
            candidates.iter().copied().find(|&i| {
                let o = &out[i];
                let (os, ot) = &sides[i];
                let identical = *os == key_s && *ot == key_t && o.date == f.date && o.modality == f.modality;
                // An act retold: the same type, the same author (or one left
                // unnamed) and the same targets (or one left unnamed): `a été
                // tué` … `a été tué par l'opposition`; `l'OTAN est prête à
                // travailler avec la Russie` … `nous sommes prêts`.
                // A person's death told twice is one killing, whoever each
                // telling blames (`tué par les rebelles` … `tué par
                // l'opposition`).
                let retold = if is_material(f.kind) {
                    !key_t.is_empty()
                        && *ot == key_t
                        && (os.is_empty()
                            || key_s.is_empty()
                            || os.iter().any(|s| key_s.contains(s))
                            || is_killing(&o.pattern) && is_killing(&f.pattern) && one_person(&key_t))
                } else {
                    // A verbal act retold by the same author, once with its
                    // target and once without.
                    !key_s.is_empty() && *os == key_s && (ot.is_empty() != key_t.is_empty()) && o.modality == f.modality
                };
                o.kind == f.kind && (identical || retold)
            })
        });
        match same {
            Some(i) => {
                // Keep the first telling; take the author and the targets
                // from the later one when the first had none.
                let before = key(&out[i]);
                if out[i].source.is_empty() && !f.source.is_empty() {
                    out[i].source = f.source;
                }
                if out[i].target.is_empty() && !f.target.is_empty() {
                    out[i].target = f.target;
                }
                if out[i].date.is_none() {
                    out[i].date = f.date;
                }
                sides[i] = (sorted(&out[i].source), sorted(&out[i].target));
                // Filed again under its new key, in order.
                let after = key(&out[i]);
                if after != before {
                    if let Some(list) = buckets.get_mut(&before) {
                        list.retain(|&j| j != i);
                    }
                    let list = buckets.entry(after).or_default();
                    let at = list.partition_point(|&j| j < i);
                    list.insert(at, i);
                }
            }
            None => {
                buckets.entry(bucket).or_default().push(out.len());
                sides.push((key_s, key_t));
                out.push(f);
            }
        }
    }
    out
}
