//! Statements: who said what. Attribution patterns over verb groups,
//! quotations and prepositional cues, then speaker resolution through the
//! actor layer.
//!
//! The patterns, in the order they claim content:
//!
//! 1. an inverted cue after the content: `« … », a déclaré X.`,
//!    `…, a prévenu X.`, `« A, dit-il, B »` (two statements);
//! 2. a cue after its subject: `X a déclaré que …`, `X a déclaré : « … »`,
//!    `X a dénoncé « … »`, `X a demandé à Y de …`;
//! 3. a prepositional cue: `Selon X, …`, `D'après X, « … »`, `Pour X, …`,
//!    and after the content: `…, selon X.`;
//! 4. a quotation with no cue that continues the previous speaker.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::Span;
use crate::actors::mentions::{Mention, Referent};
use crate::analysis::{CueClass, StatementKind, TimexType};
use crate::grammar::Tagged;
use crate::grammar::args::{self, MentionIndex};
use crate::grammar::verbs::{GroupTense, SentenceGroups, VerbGroup};
use crate::lexicon::Frames;
use crate::lexicon::vocab::flag;
use crate::text::{Quote, SentenceRole, TokenKind};

/// Who a statement's speaker is, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Speaker {
    /// These mentions (several for `X et Y ont déclaré`).
    Mentions(Vec<usize>),
    /// The speaker of the statement before (a continued quotation).
    Previous,
    /// The subject of the main clause (`en affirmant que`).
    MainSubject(Vec<usize>),
    /// Nobody the text names (`on apprend que`).
    Nobody,
    /// A noun phrase that names no actor (`la direction de la chaîne a
    /// condamné`): the statement stands, with no speaker.
    Unnamed,
    /// A stressed pronoun that is no mention (`selon lui`, `selon eux`): its
    /// token and number; masculine.
    Pronoun { token: usize, plural: bool },
}

/// A statement found, before speakers are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    pub speaker: Speaker,
    pub cue: Option<(String, Span, CueClass)>,
    pub kind: StatementKind,
    pub content: Span,
    pub sentence: usize,
    /// The cue's verb group, as (sentence, index in that sentence's groups).
    pub group: Option<(usize, usize)>,
    pub addressee: Vec<usize>,
    pub channel: Option<Span>,
    /// Tokens of the cue (for linking time expressions).
    pub cue_tokens: Range<usize>,
}

/// What the stage works on.
pub(crate) struct Input<'a, 'd, 't> {
    pub t: &'a Tagged<'d, 't>,
    pub mentions: &'a [Mention],
    pub index: &'a MentionIndex,
    /// The verb groups of every sentence.
    pub groups: &'a SentenceGroups,
    pub max_quote_bytes: usize,
}

/// Finds the statements of a document.
pub(crate) fn find(input: &Input) -> Vec<Draft> {
    let t = input.t;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut contents = Contents::default();
    for (s, sentence) in t.doc.sentences.iter().enumerate() {
        if sentence.role != SentenceRole::Body {
            continue;
        }
        let range = sentence.tokens.clone();
        let groups = &input.groups[s];
        for (gi, g) in groups.iter().enumerate() {
            let Some(cue) = cue_of(t, g) else { continue };
            // Negated speech is no statement; a passive cue (`a été
            // condamnée`) has no speaker as subject; subjunctive and
            // imperative cues (`afin qu'il expliquât`, `Rappelons que`)
            // report nothing said.
            if g.negated || g.passive || matches!(g.tense, GroupTense::Subjonctif | GroupTense::Imperatif) {
                continue;
            }
            // `s'est lancé dans les consultations`: the pronominal use of a
            // verb whose cue is not pronominal is another verb.
            if g.reflexive && !(cue.0.starts_with("se ") || cue.0.starts_with("s'")) {
                continue;
            }
            // `Rappelons que`, `Notons que`: a first or second person plural
            // with no subject, heading its clause, is an imperative of the
            // writer's.
            if matches!(g.person, 4 | 5)
                && g.inverted.is_none()
                && !(g.tokens.start..g.main).any(|k| matches!(t.key(k), "nous" | "vous"))
                && heads_clause(t, g.tokens.start, &range)
            {
                continue;
            }
            // `Il faut que le ministre explique que`, `pour qu'il dise`: a cue
            // in a clause that calls for the subjunctive reports nothing said.
            if in_subjunctive_clause(t, g.tokens.start, &range) {
                continue;
            }
            // Speech reported inside a quotation belongs to the quoted
            // speaker's words, except an incise (`« A, dit-il, B »`).
            let start = t.doc.tokens[g.tokens.start].start as usize;
            let quoted = t.quotes.around_strictly(&t.doc.quotes, start).is_some();
            if quoted && g.inverted.is_none() {
                continue;
            }
            if let Some(found) = incise(input, s, gi, g, &cue, &range) {
                push_all(&mut drafts, &mut contents, found);
                continue;
            }
            if quoted {
                continue;
            }
            if g.tense == GroupTense::Participe && qualifies(t, groups, gi, &range) {
                continue;
            }
            if let Some(found) = preverbal(input, s, gi, g, &cue, &range) {
                push_all(&mut drafts, &mut contents, found);
            }
        }
        for found in prepositional(input, s, &range) {
            let found = before_later_words(t, &contents, found);
            push_nested(&mut drafts, &mut contents, found);
        }
    }
    continuations(input, &mut drafts, &mut contents);
    // Speech the article attributes to no one (`on peut noter`) is left out.
    drafts.retain(|d| d.speaker != Speaker::Nobody);
    drafts.sort_by_key(|d| (d.content.start, d.content.end));
    drafts.retain(|d| !d.content.is_empty() && d.content.len() <= input.max_quote_bytes);
    drafts
}

/// Is the past participle with no auxiliary of group `gi` an adjective,
/// so that what follows is no speech of its own: right after another verb,
/// as its attribute (`la population se sent lâchée par les pouvoirs publics
/// : « … »`), or right after a noun, which it qualifies (`la loi dite « Sur
/// l'information »`, `le texte annoncé mardi`)? (After `et` it shares the
/// auxiliary before — `a déclaré … et estimé que` — and after an auxiliary
/// and an adverb the lexicon does not know it is a verb: `a toutefois
/// estimé`.)
fn qualifies(t: &Tagged, groups: &[VerbGroup], gi: usize, range: &Range<usize>) -> bool {
    let g = &groups[gi];
    if gi > 0 && groups[gi - 1].tokens.end == g.tokens.start && groups[gi - 1].tense.is_finite() {
        return true;
    }
    if g.tokens.start <= range.start {
        return false;
    }
    let prev = g.tokens.start - 1;
    let auxiliary_before =
        (g.tokens.start.saturating_sub(3).max(range.start)..prev).any(|k| t.has(k, flag::AUX_AVOIR | flag::AUX_ETRE));
    t.is(prev, TokenKind::Word)
        && !t.is_function_word(prev)
        && !t.has(prev, flag::VERB | flag::ADV | flag::COORD | flag::PRON)
        && !auxiliary_before
}

/// Does a verb group at `start` head its clause: nothing before it but
/// punctuation, back to the sentence start or a comma, colon or semicolon?
fn heads_clause(t: &Tagged, start: usize, range: &Range<usize>) -> bool {
    let mut k = start;
    while k > range.start {
        k -= 1;
        match t.kind(k) {
            Some(TokenKind::Comma | TokenKind::Colon | TokenKind::Semicolon | TokenKind::Dash) => return true,
            Some(kind) if kind.is_wordlike() => return false,
            _ => {}
        }
    }
    true
}

/// Is the verb at `start` in a clause opened by `il faut que`, `pour que`,
/// `afin que`, `avant que`, `sans que` (a subject between them)?
fn in_subjunctive_clause(t: &Tagged, start: usize, range: &Range<usize>) -> bool {
    let floor = start.saturating_sub(10).max(range.start);
    let mut k = start;
    while k > floor {
        k -= 1;
        match t.kind(k) {
            Some(TokenKind::Comma | TokenKind::Colon | TokenKind::Semicolon) => return false,
            Some(kind) if kind.is_terminal() => return false,
            _ => {}
        }
        if matches!(t.key(k), "que" | "qu'") {
            return k > range.start
                && matches!(
                    t.key(k - 1),
                    "faut" | "faudrait" | "fallait" | "faudra" | "fallu" | "pour" | "afin" | "avant" | "sans"
                );
        }
    }
    false
}

/// The contents of the drafts found so far, by position: comparing each
/// new draft with every draft is quadratic in the statements of a
/// document.
#[derive(Default)]
struct Contents {
    /// By length class, then by start: a content that can overlap a span
    /// starts less than its length before it, so each class is searched
    /// over a window of its own width, and one long content does not widen
    /// the search among the short ones. Class 0 holds contents shorter
    /// than `2^SHORT` bytes, class `k` those of `2^(SHORT+k-1)` up to
    /// `2^(SHORT+k)`.
    classes: Vec<BTreeSet<(usize, usize)>>,
}

impl Contents {
    const SHORT: u32 = 12;

    fn class(len: usize) -> usize {
        (usize::BITS - len.leading_zeros()).saturating_sub(Self::SHORT) as usize
    }

    fn insert(&mut self, s: Span) {
        let k = Self::class(s.len());
        if self.classes.len() <= k {
            self.classes.resize_with(k + 1, BTreeSet::new);
        }
        self.classes[k].insert((s.start, s.end));
    }

    /// The contents that may share a byte with `s`: every one that does,
    /// and others.
    fn near(&self, s: Span) -> impl Iterator<Item = Span> + '_ {
        self.classes.iter().enumerate().flat_map(move |(k, class)| {
            let width = 1usize.checked_shl(Self::SHORT + k as u32).unwrap_or(usize::MAX);
            let from = (s.start.saturating_sub(width), 0);
            let to = (s.end, 0);
            class.range(from.min(to)..to).map(|&(start, end)| Span::new(start, end))
        })
    }
}

/// Adds drafts whose content does not repeat one already found.
fn push_all(drafts: &mut Vec<Draft>, contents: &mut Contents, found: Vec<Draft>) {
    for d in found {
        let overlaps = contents.near(d.content).any(|o| {
            let inter = o.end.min(d.content.end).saturating_sub(o.start.max(d.content.start));
            inter * 2 > d.content.len().min(o.len())
        });
        if !overlaps && !d.content.is_empty() {
            contents.insert(d.content);
            drafts.push(d);
        }
    }
}

/// A `selon X` draft that opens with a quotation and runs on over words
/// that a statement found before reports (`pour Obama, « A » : « B »
/// dénonce le candidat`) is that quotation alone, direct speech.
fn before_later_words(t: &Tagged, contents: &Contents, mut d: Draft) -> Draft {
    let c = d.content;
    let Some(later) = contents.near(c).filter(|o| o.start > c.start && o.start < c.end).map(|o| o.start).min() else {
        return d;
    };
    let cut = t.doc.text[c.start..later]
        .trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, ':' | ',' | '«' | '“' | '"'));
    if cut.is_empty() {
        return d;
    }
    if let Some(q) = t.quotes.with_outer(&t.doc.quotes, Span::new(c.start, c.start + cut.len())) {
        d.content = q.inner;
        d.kind = StatementKind::Direct;
    }
    d
}

/// Adds a `selon X` draft unless its content repeats one already found;
/// one whose reported words hold the `selon` (`Il ajoute que, selon
/// l'OTAN, …`) reports a statement of its own.
fn push_nested(drafts: &mut Vec<Draft>, contents: &mut Contents, d: Draft) {
    let Some(cue) = d.cue.as_ref().map(|c| c.1) else { return push_all(drafts, contents, vec![d]) };
    let overlaps = contents.near(d.content).any(|o| {
        let inter = o.end.min(d.content.end).saturating_sub(o.start.max(d.content.start));
        inter * 2 > d.content.len().min(o.len()) && !(o.contains(cue) && o != d.content)
    });
    if !overlaps && !d.content.is_empty() {
        contents.insert(d.content);
        drafts.push(d);
    }
}

/// The cue of a verb group: its lemma's reporting cue, if any.
fn cue_of(t: &Tagged, g: &VerbGroup) -> Option<(String, CueClass, Frames)> {
    let lemma = &t.lex.lemmas[g.lemma? as usize];
    let cue = &t.lex.cues[lemma.cue? as usize];
    Some((cue.lemma.clone(), cue.class, cue.frames))
}

fn span(t: &Tagged, r: Range<usize>) -> Span {
    Span::new(t.doc.tokens[r.start].start as usize, t.doc.tokens[r.end - 1].end as usize)
}

/// The span of tokens `r` without punctuation at its edges.
fn content(t: &Tagged, mut r: Range<usize>) -> Option<Span> {
    while r.start < r.end && matches!(t.kind(r.start), Some(TokenKind::Comma | TokenKind::Colon | TokenKind::Dash)) {
        r.start += 1;
    }
    while r.end > r.start
        && matches!(t.kind(r.end - 1), Some(k) if k.is_terminal() || matches!(k, TokenKind::Comma | TokenKind::Colon | TokenKind::Semicolon | TokenKind::Dash))
    {
        r.end -= 1;
    }
    (r.start < r.end).then(|| span(t, r))
}

/// The quotation (top level) that closes at token `k`.
fn quote_closing_at<'q>(t: &'q Tagged, k: usize) -> Option<&'q Quote> {
    t.quotes.closing_at(&t.doc.quotes, k)
}

/// The quotation (top level) that opens at token `k`.
fn quote_opening_at<'q>(t: &'q Tagged, k: usize) -> Option<&'q Quote> {
    t.quotes.opening_at(&t.doc.quotes, k)
}

/// Is there a quotation inside `s`?
fn has_quote(t: &Tagged, s: Span) -> bool {
    t.quotes.any_inside(s)
}

fn kind_of(t: &Tagged, s: Span) -> StatementKind {
    if has_quote(t, s) { StatementKind::Mixed } else { StatementKind::Indirect }
}

fn cue_span(t: &Tagged, g: &VerbGroup) -> Span {
    span(t, g.trigger.clone())
}

/// Subordinators that open a clause the reported content does not take
/// (`…, sans que`, `…, bien que`).
fn is_clause_break(t: &Tagged, k: usize) -> bool {
    matches!(
        t.key(k),
        "sans"
            | "bien"
            | "alors"
            | "tandis"
            | "parce"
            | "puisque"
            | "puisqu'"
            | "car"
            | "afin"
            | "lorsque"
            | "lorsqu'"
            | "quand"
            | "même"
    ) && matches!(t.key(k + 1), "que" | "qu'" | "si" | "s'")
        || matches!(t.key(k), "car" | "puisque" | "puisqu'" | "tandis")
}

/// The groups of a sentence that start at token `k` or after, in order (the
/// groups are sorted and do not overlap): found by bisection, so that a
/// long sentence is not read from its start for each comma.
fn groups_from(groups: &[VerbGroup], k: usize) -> impl Iterator<Item = &VerbGroup> {
    groups[groups.partition_point(|g| g.tokens.start < k)..].iter()
}

/// Where a reported clause starting at `from` ends (exclusive): the end of
/// the sentence, or a break before it (`;`, `, mais a …`, `, sans que`,
/// `, selon X`).
fn clause_end(input: &Input, s: usize, from: usize, range: &Range<usize>) -> usize {
    let t = input.t;
    let groups = &input.groups[s];
    let mut k = from;
    let mut depth = 0i32;
    // Whether the clause so far has a verb or a quotation, kept as the scan
    // goes rather than looked for at each comma.
    let first_group = groups_from(groups, from).next().map(|g| g.tokens.start);
    let mut quoted = false;
    while k < range.end {
        quoted |= t.doc.tokens[k].kind.is_quote();
        match t.kind(k) {
            Some(TokenKind::QuoteOpen) => depth += 1,
            Some(TokenKind::QuoteClose) => {
                depth -= 1;
                // `« … » évoquant des « … »`, `« … » en ajoutant : « … »`: a
                // participle cue after the quotation starts a new statement
                // (a gerund's group may start at `en` or after it).
                let next = if t.is_key(k + 1, "en") || t.is_key(k + 1, "an") { k + 2 } else { k + 1 };
                if depth <= 0 {
                    if let Some(g) = groups_from(groups, k + 1).take_while(|g| g.tokens.start <= next).find(|g| {
                        (g.tokens.start == next || g.tokens.start == k + 1) && g.tense == GroupTense::ParticipePresent
                    }) {
                        if cue_of(t, g).is_some() {
                            return k + 1;
                        }
                    }
                }
            }
            Some(TokenKind::Semicolon) if depth <= 0 => return k,
            Some(TokenKind::Comma) if depth <= 0 => {
                if is_clause_break(t, k + 1) {
                    return k;
                }
                // `« … », ce qui inquiète Kiev`: after a quotation, a comment
                // on it is the writer's.
                if k > from
                    && t.is(k - 1, TokenKind::QuoteClose)
                    && t.is_key(k + 1, "ce")
                    && matches!(t.key(k + 2), "qui" | "que" | "qu'")
                {
                    return k;
                }
                // `…, selon X.` ends the clause; `…, selon lui, …` does not.
                if t.has(k + 1, flag::CUE_PREP) || t.is_key(k + 1, "d'") && t.is_key(k + 2, "après") {
                    let mut j = k + 2;
                    while j < range.end
                        && !t.is(j, TokenKind::Comma)
                        && !t.kind(j).is_some_and(|kind| kind.is_terminal())
                    {
                        j += 1;
                    }
                    if j >= range.end || t.kind(j).is_some_and(|kind| kind.is_terminal()) {
                        return k;
                    }
                }
                // `…, mais a cependant réitéré`: a coordinated verb of the
                // main clause, with no `que`.
                if matches!(t.key(k + 1), "mais" | "et" | "puis") {
                    if let Some(g) = groups_from(groups, k + 2).find(|g| g.tokens.start <= k + 4) {
                        if g.tense.is_finite()
                            && !(k + 2..g.tokens.start)
                                .any(|j| matches!(t.key(j), "que" | "qu'" | "il" | "elle" | "ils" | "elles" | "on"))
                        {
                            return k;
                        }
                    }
                }
                // `…, a-t-il ajouté`: an incise cue ends the clause — once
                // the clause has a verb or a quotation of its own (`le
                // Conseil national syrien, principale coalition de
                // l'opposition, a appelé à …` goes on with its verb).
                if let Some(g) = groups_from(groups, k + 1).next().filter(|g| g.tokens.start == k + 1) {
                    let said_before = first_group.is_some_and(|start| start < k) || quoted;
                    if cue_of(t, g).is_some()
                        && (g.inverted.is_some() || g.tokens.end < range.end && !t.is_key(g.tokens.end, "que"))
                        && (said_before || g.inverted.is_some())
                    {
                        return k;
                    }
                }
            }
            _ => {}
        }
        k += 1;
    }
    range.end
}

/// Pattern 1: `« … », a déclaré X.`, `…, a prévenu X.`, `« A, dit-il, B »`.
fn incise(
    input: &Input,
    s: usize,
    gi: usize,
    g: &VerbGroup,
    cue: &(String, CueClass, Frames),
    range: &Range<usize>,
) -> Option<Vec<Draft>> {
    let t = input.t;
    // `…, en demandant au président Denis Baupin une suspension`: a
    // participle or gerund has no inverted subject; it is the main
    // clause's.
    if g.gerund {
        return None;
    }
    let before = g.tokens.start.checked_sub(1)?;
    if before < range.start && !t.is(before, TokenKind::QuoteClose) {
        return None;
    }
    let comma = t.is(before, TokenKind::Comma);
    let quote_close = t.is(before, TokenKind::QuoteClose) || t.is(before, TokenKind::QuoteStraight);
    if !(comma || quote_close) {
        return None;
    }
    // The subject is inverted: a pronoun joined to the verb, or a noun
    // phrase right after the group.
    let subject = match g.inverted {
        Some(p) => args::object_at(t, input.mentions, input.index, p, p + 1).into_iter().take(1).collect::<Vec<_>>(),
        None => args::subject_after(t, input.mentions, input.index, g, range.end),
    };
    let subject = if subject.is_empty() {
        // `-t-on`, `-t-il` with no mention: the pronoun token itself.
        match g.inverted {
            Some(p) if matches!(t.key(p), "on") => {
                return incise_content(input, s, gi, g, cue, range, Speaker::Nobody, comma, before);
            }
            Some(_) => Vec::new(),
            None => return None,
        }
    } else {
        subject
    };
    // After the subject, the sentence must end (or go on with a complement
    // such as `dans un communiqué`), not start a new clause or take an
    // object.
    // The look stops at a comma: the one that closes an incise (`« A, dit-il,
    // quoi qu'il en coûte »`) starts the quoted words again.
    let after_subject = subject.iter().map(|&m| input.mentions[m].tokens.end).max().unwrap_or(g.tokens.end);
    if (after_subject..range.end.min(after_subject + 3))
        .take_while(|&k| !t.is(k, TokenKind::Comma))
        .any(|k| matches!(t.key(k), "que" | "qu'"))
    {
        return None;
    }
    // A relative clause on the subject (`ajoute le documentaire qui précise
    // que`) and verbs inside quotations do not count.
    let in_quotes = |o: &VerbGroup| {
        let at = t.doc.tokens[o.tokens.start].start as usize;
        t.quotes.around(&t.doc.quotes, at).is_some()
    };
    let clause_verb = groups_from(&input.groups[s], after_subject).any(|o| {
        o.tense.is_finite()
            && !in_quotes(o)
            && !(o.tokens.start > 0 && matches!(t.key(o.tokens.start - 1), "qui" | "que" | "qu'" | "dont" | "où"))
    });
    if clause_verb {
        return None;
    }
    // Before the comma there must be reported words: a quotation, or a
    // clause with a verb of its own.
    if comma && (before == 0 || !t.is(before - 1, TokenKind::QuoteClose) && !t.is(before - 1, TokenKind::QuoteStraight))
    {
        let has_verb = input.groups[s].iter().any(|o| o.tokens.end <= before && o.tense.is_finite());
        let in_quote = t.quotes.contain(&t.doc.quotes, span(t, g.tokens.clone()));
        if !has_verb && !in_quote {
            return None;
        }
    }
    let speaker = if subject.is_empty() { Speaker::Previous } else { Speaker::Mentions(subject) };
    incise_content(input, s, gi, g, cue, range, speaker, comma, before)
}

#[allow(clippy::too_many_arguments)]
fn incise_content(
    input: &Input,
    s: usize,
    gi: usize,
    g: &VerbGroup,
    cue: &(String, CueClass, Frames),
    range: &Range<usize>,
    speaker: Speaker,
    comma: bool,
    before: usize,
) -> Option<Vec<Draft>> {
    let t = input.t;
    let draft = |content: Span, kind: StatementKind, speaker: Speaker| Draft {
        speaker,
        cue: Some((cue.0.clone(), cue_span(t, g), cue.1)),
        kind,
        content,
        sentence: s,
        group: Some((s, gi)),
        addressee: Vec::new(),
        channel: channel_after(t, g.tokens.end, range.end),
        cue_tokens: g.tokens.clone(),
    };
    // `« A, dit-il, B »`: the cue sits inside a quotation.
    if let Some(q) = t.quotes.enclosing(
        &t.doc.quotes,
        t.doc.tokens[g.tokens.start].start as usize,
        t.doc.tokens[g.tokens.end - 1].end as usize,
    ) {
        let first = Span::new(q.inner.start, t.doc.tokens[before].start as usize);
        let first = trim(t, first);
        // B starts after the comma that closes the incise.
        let mut k = g.tokens.end;
        while k < range.end && !t.is(k, TokenKind::Comma) && !t.is(k, TokenKind::QuoteClose) {
            k += 1;
        }
        let second_start = if t.is(k, TokenKind::Comma) { t.doc.tokens[k].end as usize } else { q.inner.end };
        let second = trim(t, Span::new(second_start.min(q.inner.end), q.inner.end));
        let mut out = Vec::new();
        if !first.is_empty() {
            out.push(draft(first, StatementKind::Direct, speaker.clone()));
        }
        if !second.is_empty() {
            out.push(draft(second, StatementKind::Direct, speaker));
        }
        return Some(out);
    }
    // `« … » , a déclaré X` / `« … » indique le quotidien`.
    let close = if comma { before.checked_sub(1)? } else { before };
    if let Some(q) = quote_closing_at(t, close) {
        let open = t.doc.token_at_or_after(q.outer.start);
        // `X : « … », déclare Y`: the words after the colon are all Y's.
        if open > range.start && t.is(open - 1, TokenKind::Colon) {
            return Some(vec![draft(q.inner, StatementKind::Direct, speaker)]);
        }
        // A quotation that is only part of the clause before (`les « lignes
        // rouges » sont …, a dit X`) is mixed speech over the clause.
        let clause_start = clause_start_before(input, s, open, range);
        let sentence_start = range.start;
        if clause_start < open && clause_start >= sentence_start && open > clause_start + 1 {
            let c = content(t, clause_start..before)?;
            return Some(vec![draft(c, StatementKind::Mixed, speaker)]);
        }
        return Some(vec![draft(q.inner, StatementKind::Direct, speaker)]);
    }
    if !comma {
        return None;
    }
    // `…, a prévenu X`: the clause before, from the start of the sentence.
    let start = clause_start_before(input, s, before, range);
    // `« … », y compris …, commente X`: a sentence that opens with a
    // quotation reports the quotation.
    if let Some(q) = quote_opening_at(t, start) {
        if q.close.is_some_and(|c| c < before) {
            return Some(vec![draft(q.inner, StatementKind::Direct, speaker)]);
        }
    }
    let c = content(t, start..before)?;
    let kind = kind_of(t, c);
    Some(vec![draft(c, kind, speaker)])
}

/// The start of the clause that ends before `end`: the start of the
/// sentence, or just after a colon or semicolon before it.
fn clause_start_before(input: &Input, _s: usize, end: usize, range: &Range<usize>) -> usize {
    let t = input.t;
    let mut k = end;
    while k > range.start {
        if matches!(t.kind(k - 1), Some(TokenKind::Semicolon)) {
            return k;
        }
        k -= 1;
    }
    // Skip a leading dash of dialogue.
    let mut start = range.start;
    while start < end && matches!(t.kind(start), Some(TokenKind::Dash)) {
        start += 1;
    }
    start
}

fn trim(t: &Tagged, s: Span) -> Span {
    let text = &t.doc.text[s.range()];
    let trimmed_start = text.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let lead = text.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    Span::new(s.start + lead, s.start + lead + trimmed.len())
}

/// Pattern 2: a cue after its subject: `que`, `:`, `de`/`à` + infinitive,
/// or a quotation as object.
fn preverbal(
    input: &Input,
    s: usize,
    gi: usize,
    g: &VerbGroup,
    cue: &(String, CueClass, Frames),
    range: &Range<usize>,
) -> Option<Vec<Draft>> {
    let t = input.t;
    let frames = cue.2;
    // What follows the group: skip complements until `que`, `:`, a quote,
    // or `de`/`à` + infinitive.
    let mut k = g.tokens.end;
    let limit = (k + 10).min(range.end);
    let mut addressee = Vec::new();
    let mut found = None;
    while k < limit {
        let key = t.key(k);
        // `ont affirmé avoir pris`: an infinitive right after a verb that
        // takes `que` reports what the subject says of itself.
        if k == g.tokens.end && frames.has(Frames::QUE) && takes_bare_infinitive(cue) && is_bare_infinitive(t, k) {
            found = Some(("inf", k.saturating_sub(1)));
            break;
        }
        // `d'« illégales »`: the apostrophe of `d'` read as a straight quote
        // that opens nothing.
        if t.is(k, TokenKind::QuoteStraight) && quote_opening_at(t, k).is_none() {
            k += 1;
            continue;
        }
        if matches!(key, "que" | "qu'") && t.is(k, TokenKind::Word) {
            // `alors que`, `bien que`, `afin que`: no complement of the cue;
            // nor `ne rapporteront que 3 milliards` (only).
            if k > 0 && is_conjunction_head(t.key(k - 1)) || g.restrictive {
                break;
            }
            if relative_of_object(input, frames, g.tokens.end, k) {
                break;
            }
            found = Some(("que", k));
            break;
        }
        if t.is(k, TokenKind::Colon) {
            found = Some((":", k));
            break;
        }
        if t.is(k, TokenKind::QuoteOpen) || t.is(k, TokenKind::QuoteStraight) {
            found = Some(("quote", k));
            break;
        }
        if key == "si" && frames.has(Frames::SI) {
            found = Some(("si", k));
            break;
        }
        if matches!(key, "de" | "d'" | "à")
            && is_infinitive(t, k + 1)
            && (frames.has(Frames::DE) || frames.has(Frames::A))
        {
            found = Some(("inf", k));
            break;
        }
        if t.kind(k).is_some_and(|k| k.is_terminal()) || t.is(k, TokenKind::Semicolon) {
            break;
        }
        // Another verb group (`a nié … en affirmant que`, `a condamné … et
        // estimé que`): the cue's complement is over.
        let starts_at = |k: usize| groups_from(&input.groups[s], k).next().is_some_and(|o| o.tokens.start == k);
        if starts_at(k) || t.is_key(k, "en") && starts_at(k + 1) {
            break;
        }
        // `à l'AFP`, `aux journalistes`: the addressee.
        if matches!(key, "à" | "au" | "aux") && addressee.is_empty() {
            addressee = args::after_preposition(t, input.mentions, input.index, key, k..limit);
        }
        k += 1;
    }
    let (what, at) = found?;
    let subject = subject_of(input, s, g, range);
    let draft = |content: Span, kind: StatementKind| Draft {
        speaker: subject.clone(),
        cue: Some((cue.0.clone(), cue_span(t, g), cue.1)),
        kind,
        content,
        sentence: s,
        group: Some((s, gi)),
        addressee: addressee.clone(),
        channel: channel_after(t, g.tokens.end, at),
        cue_tokens: g.tokens.clone(),
    };
    match what {
        "que" | "si" => {
            let start = at + 1;
            // `précise que : « … »`.
            if t.is(start, TokenKind::Colon) {
                if let Some(q) = quote_opening_at(t, start + 1) {
                    return Some(vec![draft(q.inner, StatementKind::Mixed)]);
                }
            }
            let end = clause_end(input, s, start, range);
            let c = content(t, start..end)?;
            let mut c = c;
            // A quotation running past the sentence (`que « A. B »`).
            if let Some(q) = t.quotes.opening_in_running_past(&t.doc.quotes, c) {
                c.end = q.outer.end;
            }
            // `a réitéré que « … »`: the words inside the marks.
            if let Some(q) = t.quotes.with_outer(&t.doc.quotes, c) {
                return Some(vec![draft(q.inner, StatementKind::Mixed)]);
            }
            Some(vec![draft(c, kind_of(t, c))])
        }
        ":" => {
            if let Some(q) = quote_opening_at(t, at + 1) {
                return Some(vec![draft(q.inner, StatementKind::Direct)]);
            }
            if !frames.has(Frames::COLON) {
                return None;
            }
            let end = clause_end(input, s, at + 1, range);
            let c = content(t, at + 1..end)?;
            Some(vec![draft(c, kind_of(t, c))])
        }
        "quote" => {
            let q = quote_opening_at(t, at)?;
            // A title after its noun (`a cité le film « … »`) is no speech.
            if at > 0 && is_title_noun(t.key(at - 1)) {
                return None;
            }
            // Only words of an object before the quote (`a dénoncé « … »`,
            // `appelé Marine Le Pen « … »`, `décrit sa fille comme « … »`);
            // a determiner and noun before it make the object a noun phrase
            // that the quote is part of (`regrette le « moment » choisi`).
            let between = g.tokens.end..at;
            let np_with_quote =
                !between.is_empty() && t.has(at - 1, flag::DET) && !between.clone().any(|k| t.is(k, TokenKind::Comma));
            let end = clause_end(input, s, g.tokens.end, range);
            // The quotation ends the clause (`évoquant des « … »`,
            // `l'avait appelé la « … »`): its words are the content.
            let quote_ends_clause = q.close.is_some_and(|c| (c + 1..end).all(|k| !t.doc.tokens[k].kind.is_wordlike()));
            if np_with_quote && !quote_ends_clause {
                let c = content(t, at - 1..end)?;
                return Some(vec![draft(c, StatementKind::Mixed)]);
            }
            // A quotation right after the verb (`avant de poursuivre « … »`)
            // is what was said, whatever constructions the verb takes.
            if at == g.tokens.end {
                let kind = if g.tense == GroupTense::Infinitif { StatementKind::Direct } else { StatementKind::Mixed };
                return Some(vec![draft(q.inner, kind)]);
            }
            if !(frames.has(Frames::OBJ) || frames.has(Frames::COLON) || frames.has(Frames::QUE)) {
                return None;
            }
            Some(vec![draft(q.inner, StatementKind::Mixed)])
        }
        "inf" => {
            let start = at + 1;
            let end = clause_end(input, s, start, range);
            let c = content(t, start..end)?;
            Some(vec![draft(c, kind_of(t, c))])
        }
        _ => None,
    }
}

/// Is the `que` at token `que` a relative pronoun of the cue's object
/// rather than the conjunction of its complement: `a annoncé les mesures
/// que le gouvernement compte prendre`, `dévoile quelques-unes des activités
/// qu'il entend organiser`? The words from `from` (right after the cue) to
/// `que` are then a noun phrase with its determiner first, after adverbs
/// at most, that ends with a content word and names no actor (`a informé
/// le conseil que` tells a body). A phrase that a preposition opens is a
/// circumstance (`à la presse`, `lors d'une conférence de presse`, `dans un
/// communiqué`), as is a time (`ce matin`, `la semaine dernière`); and the
/// verbs that tell a person something (frame `tell` in cues.tsv) take the
/// person as object (`a prévenu ses troupes que`).
fn relative_of_object(input: &Input, frames: Frames, from: usize, que: usize) -> bool {
    let t = input.t;
    let Some(last) = que.checked_sub(1).filter(|&last| last > from) else {
        return false;
    };
    if frames.has(Frames::TELL) {
        return false;
    }
    let mut k = from;
    while k < last && t.has(k, flag::ADV) && !t.has(k, flag::DET | flag::QUANT | flag::PREP) {
        k += 1;
    }
    // `des` opens a plural object (`a annoncé des mesures`); `du` more
    // often a circumstance (`du bout des lèvres`). A part of a whole is an
    // object too (`quelques-unes des expositions`).
    let opens_object = t.has(k, flag::DET | flag::QUANT) && (!t.has(k, flag::PREP) || t.is_key(k, "des"))
        || matches!(t.key(k), "quelques-uns" | "quelques-unes" | "certains" | "certaines");
    opens_object
        && k < last
        && t.is(last, TokenKind::Word)
        && !t.is_function_word(last)
        && (!t.has(last, flag::VERB) || t.has(last, flag::NOUN))
        && !t.doc.tokens[last].is_capitalized()
        && (k..que).all(|j| !t.is(j, TokenKind::Comma) && !crate::time::is_time_word(t.key(j)))
        && (k..que).all(|j| input.index.starting_at(j).is_none() && input.index.ending_at(j).is_none())
}

/// Nouns that a title in quotation marks follows (`le film « … »`).
fn is_title_noun(key: &str) -> bool {
    matches!(
        key,
        "film"
            | "films"
            | "roman"
            | "romans"
            | "livre"
            | "livres"
            | "ouvrage"
            | "ouvrages"
            | "émission"
            | "émissions"
            | "intitulé"
            | "intitulée"
            | "intitulés"
            | "intitulées"
            | "titre"
            | "documentaire"
            | "série"
            | "chanson"
            | "album"
            | "opération"
            | "baptisé"
            | "baptisée"
    )
}

/// Words that make `que` part of a conjunction (`alors que`, `bien que`).
fn is_conjunction_head(key: &str) -> bool {
    matches!(
        key,
        "alors"
            | "bien"
            | "parce"
            | "afin"
            | "tandis"
            | "ainsi"
            | "dès"
            | "sans"
            | "pour"
            | "avant"
            | "après"
            | "même"
            | "plus"
            | "moins"
            | "tant"
            | "autant"
            | "lors"
            | "depuis"
            | "si"
            | "tel"
            | "telle"
    )
}

/// Cues that take a bare infinitive of what the subject says of itself
/// (`affirme avoir`, `dit vouloir`, `nie être`): not requests, promises or
/// verbs of wish and intent (`souhaite partir`, `pense se présenter`).
fn takes_bare_infinitive(cue: &(String, CueClass, Frames)) -> bool {
    matches!(cue.1, CueClass::Assertion | CueClass::Denial | CueClass::Concession | CueClass::Opinion)
        && !matches!(
            cue.0.as_str(),
            "souhaiter" | "espérer" | "penser" | "compter" | "trouver" | "redouter" | "craindre"
        )
}

/// An infinitive that the lexicon knows at `k`, after clitics and
/// negation (`avoir pris`, `ne pas avoir`, `les avoir vus`).
fn is_bare_infinitive(t: &Tagged, k: usize) -> bool {
    let mut k = k;
    while matches!(
        t.key(k),
        "se" | "s'" | "le" | "la" | "les" | "l'" | "lui" | "leur" | "y" | "en" | "ne" | "n'" | "pas" | "jamais"
    ) {
        k += 1;
    }
    !t.is_capitalized_word(k)
        && t.senses(k).iter().any(|s| {
            matches!(s, crate::lexicon::vocab::Sense::Verb(v) if v.tense == crate::lexicon::vocab::Tense::Infinitive)
        })
}

fn is_infinitive(t: &Tagged, k: usize) -> bool {
    let mut k = k;
    // Clitics before the infinitive: `de se retirer`, `d'en prendre`.
    while matches!(
        t.key(k),
        "se" | "s'" | "le" | "la" | "les" | "l'" | "lui" | "leur" | "y" | "en" | "ne" | "n'" | "pas"
    ) {
        k += 1;
    }
    t.senses(k).iter().any(
        |s| matches!(s, crate::lexicon::vocab::Sense::Verb(v) if v.tense == crate::lexicon::vocab::Tense::Infinitive),
    ) || {
        let key = t.key(k);
        t.word(k).is_none() && key.len() > 3 && (key.ends_with("er") || key.ends_with("ir") || key.ends_with("re"))
    }
}

/// The subject of a cue verb group: before it, or the main clause's for a
/// present participle.
fn subject_of(input: &Input, s: usize, g: &VerbGroup, range: &Range<usize>) -> Speaker {
    let t = input.t;
    let must = g.modal.is_some_and(|m| t.lex.verbs[m as usize].infinitive == "falloir");
    if must
        || g.tense == GroupTense::Infinitif && g.modal.is_none() && impersonal_before(t, g.tokens.start, range.start)
    {
        return Speaker::Nobody;
    }
    if g.tense == GroupTense::ParticipePresent || g.tense == GroupTense::Infinitif && g.modal.is_none() {
        // `en affirmant que`, `affirmant que`: the main clause's subject —
        // unless a noun right before the participle is its subject
        // (`une croyance locale affirmant que`).
        if !g.gerund {
            if let Some(m) = input.index.ending_at(g.tokens.start.saturating_sub(1)) {
                let start = input.mentions[m].tokens.start;
                let governed = start > 0 && t.has(start - 1, flag::PREP) && !t.has(start - 1, flag::DET);
                if !governed {
                    return Speaker::Mentions(vec![m]);
                }
            }
        }
        let main = input.groups[s].iter().rev().find(|o| o.tokens.end <= g.tokens.start && o.tense.is_finite());
        return match main {
            Some(main) => Speaker::MainSubject(args::subject_before(t, input.mentions, input.index, main, range.start)),
            None => Speaker::Nobody,
        };
    }
    let mut subject = args::subject_before(t, input.mentions, input.index, g, range.start);
    // `X a réagi et a nié`: a verb coordinated with the one before shares
    // its subject.
    if subject.is_empty()
        && g.tokens.start > range.start
        && matches!(t.key(g.tokens.start - 1), "et" | "mais" | "puis" | "ou")
    {
        if let Some(prev) = input.groups[s].iter().rev().find(|o| o.tokens.end < g.tokens.start && o.tense.is_finite())
        {
            subject = args::subject_before(t, input.mentions, input.index, prev, range.start);
        }
    }
    if subject.is_empty() {
        if g.tokens.start > range.start && t.is_key(g.tokens.start - 1, "on") {
            return Speaker::Nobody;
        }
        if opens_with_noun_phrase(t, g.tokens.start, range.start) {
            return Speaker::Unnamed;
        }
        // `On apprend`, or a subject the grammar could not reach.
        return Speaker::MainSubject(Vec::new());
    }
    Speaker::Mentions(subject)
}

/// `il est bon de rappeler que`, `il convient de noter que`: an infinitive
/// that an impersonal `il` governs is the writer's aside, nobody's
/// statement (`il faut souligner que`, where `falloir` is read as a modal,
/// is caught by the caller).
fn impersonal_before(t: &Tagged, infinitive: usize, floor: usize) -> bool {
    let mut k = infinitive;
    if k > floor && matches!(t.key(k - 1), "de" | "d'") {
        k -= 1;
    }
    (k.saturating_sub(4).max(floor)..k).any(|j| {
        t.is_key(j, "il")
            && matches!(
                t.key(j + 1),
                "est"
                    | "était"
                    | "serait"
                    | "faut"
                    | "fallait"
                    | "faudrait"
                    | "convient"
                    | "importe"
                    | "reste"
                    | "vaut"
            )
    })
}

/// `D'autre part, la direction de la chaîne … a condamné`: the clause of
/// the verb at `verb` opens with a determiner, so its subject is a noun
/// phrase that names no actor, not someone from an earlier sentence.
fn opens_with_noun_phrase(t: &Tagged, verb: usize, floor: usize) -> bool {
    let mut k = verb;
    while k > floor && verb - k < 16 {
        let prev = k - 1;
        if t.is(prev, TokenKind::Comma) || t.doc.tokens[prev].kind.is_quote() || t.is(prev, TokenKind::Colon) {
            break;
        }
        k = prev;
    }
    k < verb
        && (k == floor || t.is(k - 1, TokenKind::Comma))
                // (Articles and demonstratives only: `son porte-parole a déclaré`
        // points back at someone, and keeps the earlier speaker.)
        && matches!(t.key(k), "la" | "le" | "les" | "l'" | "un" | "une" | "des" | "ce" | "cet" | "cette" | "ces")
        && !t.has(k, flag::PREP)
}

/// `dans un communiqué`, `sur Twitter`, `à la télévision`: the channel
/// between `from` and `to`.
fn channel_after(t: &Tagged, from: usize, to: usize) -> Option<Span> {
    let mut k = from;
    while k < to.min(from + 8) {
        match t.key(k) {
            "dans" if t.has(k + 1, flag::DET) => {
                let noun = t.key(k + 2);
                if matches!(
                    noun,
                    "communiqué"
                        | "déclaration"
                        | "entretien"
                        | "interview"
                        | "rapport"
                        | "lettre"
                        | "tribune"
                        | "discours"
                        | "message"
                        | "vidéo"
                        | "courrier"
                        | "note"
                        | "texte"
                        | "document"
                        | "colonnes"
                ) {
                    let mut end = k + 3;
                    // `dans les colonnes du Times`, `dans un communiqué de presse`.
                    if matches!(t.key(end), "de" | "du" | "des") && end + 1 < to {
                        end += 2;
                    }
                    return Some(span(t, k..end.min(to.max(k + 3))));
                }
            }
            "sur" => {
                let next = t.key(k + 1);
                if matches!(
                    next,
                    "twitter"
                        | "facebook"
                        | "instagram"
                        | "internet"
                        | "x"
                        | "france"
                        | "rtl"
                        | "europe"
                        | "bfmtv"
                        | "lci"
                        | "cnn"
                ) || matches!(next, "son" | "sa" | "leur")
                    && matches!(t.key(k + 2), "compte" | "blog" | "site" | "page")
                {
                    let end = if matches!(next, "son" | "sa" | "leur") { (k + 4).min(to) } else { k + 2 };
                    return Some(span(t, k..end.max(k + 2)));
                }
            }
            "à" | "au" => {
                let next = if t.key(k) == "au" { t.key(k + 1) } else { t.key(k + 2) };
                if matches!(next, "télévision" | "radio" | "micro" | "journal") {
                    let end = if t.key(k) == "au" { k + 2 } else { k + 3 };
                    return Some(span(t, k..end));
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// Pattern 3: `Selon X, …`, `D'après X, « … »`, `Pour X : « … »`, and
/// `…, selon X.`
fn prepositional(input: &Input, s: usize, range: &Range<usize>) -> Vec<Draft> {
    let t = input.t;
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let key = t.key(k);
        let (lemma, len) = match key {
            "selon" => ("selon", 1),
            "d'" if t.is_key(k + 1, "après") => ("d'après", 2),
            "d'après" => ("d'après", 1),
            "pour" => ("pour", 1),
            _ => {
                k += 1;
                continue;
            }
        };
        let cue_range = k..k + len;
        let after = k + len;
        // `X, pour qui, CLAUSE`: the opinion of the one named before the
        // relative pronoun (`l'avis de Craig Murray, pour qui, selon ses
        // propres sources, les États-Unis ont …`).
        if lemma == "pour" && t.is_key(after, "qui") && k > range.start && t.is(k - 1, TokenKind::Comma) {
            if let Some(draft) = pour_qui(input, s, k, range) {
                out.push(draft);
                break;
            }
        }
        // `Pour pouvoir trouver …`, `pour rassurer …`: a purpose, not a
        // source.
        if lemma == "pour" && t.has(after, flag::VERB) && !t.has(after, flag::DET) {
            k += 1;
            continue;
        }
        // The source: the noun phrase after the cue, up to a comma or colon
        // (over quotations inside it: `un rapport sur « … »`), and over an
        // apposed name (`le ministre du budget, Jérôme Cahuzac, « … »`).
        let mut end = after;
        while end < range.end
            && !matches!(t.kind(end), Some(TokenKind::Comma | TokenKind::Colon))
            && !t.kind(end).is_some_and(|k| k.is_terminal())
        {
            if t.is(end, TokenKind::QuoteOpen) && end == after {
                break;
            }
            end += 1;
        }
        // (Not after a name: `Selon l'AFP, le Conseil national syrien, …, a
        // appelé` names the subject of what the AFP reports.)
        let mut source = source_mentions(input, after..end);
        let named_source = source.iter().any(|&m| input.mentions[m].referent.is_name());
        let phrase_end = end;
        if t.is(end, TokenKind::Comma) && !named_source {
            if let Some(n) = input.index.starting_at(end + 1) {
                let ne = input.mentions[n].tokens.end;
                if input.mentions[n].referent.is_name()
                    && matches!(t.kind(ne), Some(TokenKind::Comma | TokenKind::Colon))
                {
                    end = ne;
                }
            }
        }
        // `Selon François Dubet, sociologue à Bordeaux, CLAUSE`: an apposed
        // description of a named source is not what it says.
        if named_source && t.is(end, TokenKind::Comma) {
            if let Some(next) = apposition_end(input, s, end + 1, range) {
                end = next;
            }
        }
        if end != phrase_end {
            source = source_mentions(input, after..end);
        }
        // At the head of a clause: the sentence start, or after `car`,
        // `mais`, `donc`, `et`, `que`, a semicolon — over a comma (`Mais,
        // selon l'OTAN, …`, `car, selon X, …`).
        let head = if k > range.start + 1 && t.is(k - 1, TokenKind::Comma) { k - 2 } else { k.saturating_sub(1) };
        let at_start = (range.start..k).all(|j| !t.doc.tokens[j].kind.is_wordlike())
            || k > range.start
                && (matches!(t.key(head), "car" | "mais" | "donc" | "et" | "que" | "qu'")
                    || t.is(head, TokenKind::Semicolon));
        // `selon lui`, `selon eux`: a stressed pronoun that is no mention,
        // resolved like a subject pronoun.
        let pronoun = (source.is_empty() && end == after + 1 && matches!(t.key(after), "lui" | "eux"))
            .then(|| Speaker::Pronoun { token: after, plural: t.key(after) == "eux" });
        if source.is_empty() && pronoun.is_none() {
            k = end.max(k + 1);
            continue;
        }
        let speaker = pronoun.unwrap_or(Speaker::Mentions(source));
        // `Pour X,` counts only for a speaker at the head of the sentence.
        if lemma == "pour" && !at_start {
            k += 1;
            continue;
        }
        let cue = Some((lemma.to_string(), span(t, cue_range.clone()), CueClass::Assertion));
        if at_start && end < range.end && matches!(t.kind(end), Some(TokenKind::Comma | TokenKind::Colon)) {
            // `Selon X, CLAUSE.` — the clause runs to the end of the sentence.
            let start = end + 1;
            let clause_end = clause_end(input, s, start, range);
            let Some(mut c) = content(t, start..clause_end) else { break };
            let mut kind = kind_of(t, c);
            let mut quotation = false;
            if let Some(q) = quote_opening_at(t, start) {
                if q.close.is_some_and(|close| close + 1 >= clause_end || close + 2 >= clause_end)
                    || q.outer.end >= c.end
                {
                    c = q.inner;
                    kind = StatementKind::Direct;
                    quotation = true;
                }
            }
            // `Pour la Belgique, Philippe Busquin, président du parti`: words
            // with no verb and no quotation say nothing.
            let has_verb = groups_from(&input.groups[s], start)
                .take_while(|g| g.tokens.start < clause_end)
                .any(|g| g.tense.is_finite());
            if !has_verb && !quotation && !has_quote(t, c) {
                break;
            }
            out.push(Draft {
                speaker,
                cue,
                kind,
                content: c,
                sentence: s,
                group: None,
                addressee: Vec::new(),
                channel: None,
                cue_tokens: cue_range,
            });
            break;
        }
        if !at_start && lemma != "pour" && (end >= range.end || t.kind(end).is_some_and(|k| k.is_terminal())) {
            // `CLAUSE, selon X.` / `CLAUSE » selon X.`
            let clause_start = clause_start_before(input, s, k, range);
            if let Some(c) = content(t, clause_start..k) {
                // `« … », selon X.`: a quotation alone is direct speech, its
                // words inside the marks.
                let (c, kind) = match t.quotes.with_outer(&t.doc.quotes, c) {
                    Some(q) => (q.inner, StatementKind::Direct),
                    None => (c, kind_of(t, c)),
                };
                out.push(Draft {
                    speaker,
                    cue,
                    kind,
                    content: c,
                    sentence: s,
                    group: None,
                    addressee: Vec::new(),
                    channel: None,
                    cue_tokens: cue_range,
                });
            }
            break;
        }
        k = end.max(k + 1);
    }
    out
}

/// The comma that closes an apposition starting at `from`, right after
/// a source and its comma (`Selon X, porte-parole du syndicat, CLAUSE`,
/// `Selon X, le porte-parole du syndicat, CLAUSE`): a role, or a noun with
/// no determiner, then no verb of its own up to the comma, and a clause
/// with a verb after it. A subject with its determiner (`Selon X, la
/// grève, qui dure, continuera`) is no apposition.
fn apposition_end(input: &Input, s: usize, from: usize, range: &Range<usize>) -> Option<usize> {
    let t = input.t;
    let role = input.index.starting_at(from).is_some_and(|m| matches!(input.mentions[m].referent, Referent::Role(_)));
    let bare_noun = t.is(from, TokenKind::Word)
        && !t.doc.tokens[from].is_capitalized()
        && !t.is_function_word(from)
        && !t.has(from, flag::DET | flag::PREP | flag::PRON | flag::ADV | flag::SUB | flag::COORD | flag::VERB);
    if !(role || bare_noun) {
        return None;
    }
    // An apposition is short, and so is the way to the clause's verb: both
    // looks are bounded, so that a sentence of many sources stays linear.
    const REACH: usize = 30;
    let comma = (from + 1..range.end.min(from + REACH))
        .take_while(|&k| {
            !t.kind(k).is_some_and(|kind| kind.is_terminal() || kind.is_quote()) && !t.is(k, TokenKind::Colon)
        })
        .find(|&k| t.is(k, TokenKind::Comma))?;
    let groups = &input.groups[s];
    let verb_in =
        |a: usize, b: usize| groups_from(groups, a).take_while(|g| g.tokens.start < b).any(|g| g.tense.is_finite());
    (!verb_in(from, comma) && verb_in(comma + 1, range.end.min(comma + 1 + REACH))).then_some(comma)
}

/// The statement of `X, pour qui, CLAUSE`, `pour` being at `k`: X the
/// actor mention right before the comma (no pronoun, no place), the
/// clause after `qui` and an aside (`, selon ses sources,`) to the end of
/// the sentence.
fn pour_qui(input: &Input, s: usize, k: usize, range: &Range<usize>) -> Option<Draft> {
    let t = input.t;
    // (The mention's last token is the one before the comma.)
    let m = input.index.ending_at(k.checked_sub(2)?)?;
    let mention = &input.mentions[m];
    if matches!(mention.referent, Referent::Pronoun | Referent::Capital(_)) || mention.locative || mention.quoted {
        return None;
    }
    let mut start = k + 2;
    // The cue: `pour`, or the `selon` of an aside before the clause
    // (`selon ses propres sources,`), which says more of how X knows.
    let mut cue = ("pour", k..k + 1);
    if t.is(start, TokenKind::Comma) {
        start += 1;
        if t.is_key(start, "selon") {
            cue = ("selon", start..start + 1);
            start = (start..range.end).find(|&j| t.is(j, TokenKind::Comma))? + 1;
        }
    }
    let end = clause_end(input, s, start, range);
    let c = content(t, start..end)?;
    Some(Draft {
        speaker: Speaker::Mentions(vec![m]),
        cue: Some((cue.0.to_string(), span(t, cue.1.clone()), CueClass::Assertion)),
        kind: kind_of(t, c),
        content: c,
        sentence: s,
        group: None,
        addressee: Vec::new(),
        channel: None,
        cue_tokens: cue.1,
    })
}

/// The actor mentions of the source phrase of `selon`: a name first, else
/// the issuer of a document (`un rapport établi par l'INSEE`), else the
/// first description or pronoun.
fn source_mentions(input: &Input, r: Range<usize>) -> Vec<usize> {
    // Mentions are in text order: only those from the first token of `r`
    // on can lie inside it.
    let from = input.mentions.partition_point(|m| m.tokens.start < r.start);
    let to = from + input.mentions[from..].partition_point(|m| m.tokens.start <= r.end);
    let ms: Vec<usize> = (from..to)
        .filter(|&m| {
            let mention = &input.mentions[m];
            mention.tokens.start >= r.start
                && mention.tokens.end <= r.end
                && !mention.locative
                && !mention.quoted
                && !matches!(mention.referent, Referent::Group(_) | Referent::Body(_))
                    | (mention.tokens.start == r.start)
        })
        .collect();
    // `Pour l'organisation militant pour les droits de l'Homme`: a
    // description heading the phrase is the source, not a name inside it.
    if let Some(&first) = ms.first() {
        let m = &input.mentions[first];
        let heads = m.tokens.start <= r.start + 1
            && m.referent.is_description()
            && !matches!(m.referent, Referent::OrgNoun(n) if input.t.lex.org_nouns[n as usize].document);
        if heads {
            return vec![first];
        }
        // `selon un communiqué du ministère de la Défense`: the body or
        // group that issues a document heading the phrase speaks.
        let document = matches!(m.referent, Referent::OrgNoun(n) if input.t.lex.org_nouns[n as usize].document);
        if document && m.tokens.start <= r.start + 1 {
            let issuer = (from..to).find(|&k| {
                let o = &input.mentions[k];
                k != first
                    && o.tokens.start > m.tokens.start
                    && o.tokens.end <= r.end
                    && !o.locative
                    && !o.quoted
                    && matches!(o.referent, Referent::Body(_) | Referent::Group(_))
            });
            let named = ms.iter().any(|&k| input.mentions[k].referent.is_name());
            if let Some(k) = issuer.filter(|_| !named) {
                return vec![k];
            }
        }
    }
    if let Some(&m) = ms.iter().find(|&&m| input.mentions[m].referent.is_name()) {
        return vec![m];
    }
    ms.into_iter().take(1).collect()
}

/// The subject of the first finite verb group of body sentence `s`, when
/// it names one person (a name, a role, `il` or `elle`) and the sentence
/// holds no quotation of its own.
fn person_subject(input: &Input, s: usize) -> Option<Vec<usize>> {
    let t = input.t;
    let sentence = &t.doc.sentences[s];
    if sentence.role != SentenceRole::Body || (sentence.tokens.clone()).any(|k| t.doc.tokens[k].kind.is_quote()) {
        return None;
    }
    let g = input.groups[s].iter().find(|g| g.tense.is_finite())?;
    let subject = args::subject_before(t, input.mentions, input.index, g, sentence.tokens.start);
    let person = |m: usize| {
        let m = &input.mentions[m];
        match m.referent {
            Referent::KnownPerson(_) | Referent::PersonName | Referent::Role(_) => !m.plural,
            Referent::Pronoun => matches!(t.key(m.head), "il" | "elle"),
            _ => false,
        }
    };
    (subject.len() == 1 && person(subject[0])).then_some(subject)
}

/// Pattern 4: a quotation with no cue, in a sentence after a statement,
/// continues its speaker.
fn continuations(input: &Input, drafts: &mut Vec<Draft>, contents: &mut Contents) {
    let t = input.t;
    let mut added: Vec<Draft> = Vec::new();
    // The drafts by content end, the later of two drafts that end alike
    // last, for the statement before each quotation.
    let mut by_end: Vec<(usize, usize)> = drafts.iter().enumerate().map(|(i, d)| (d.content.end, i)).collect();
    by_end.sort_unstable();
    for q in t.doc.quotes.iter().filter(|q| q.depth == 0) {
        if contents.near(q.inner).any(|c| c.overlaps(q.inner)) {
            continue;
        }
        let open = q.open;
        let Some(s) = t.doc.sentence_of(open) else { continue };
        if t.doc.sentences[s].role != SentenceRole::Body {
            continue;
        }
        // Titles and nicknames are short; continued speech is not — save a
        // short quotation that is a whole sentence right after the
        // statement before (`« … », a déclaré X. « Jamais. »`).
        let words = q.inner.as_str(t.doc.text).split_whitespace().count();
        let sentence = &t.doc.sentences[s].tokens;
        let whole_sentence = q.close.is_some_and(|close| {
            (sentence.start..open).chain(close + 1..sentence.end).all(|k| !t.doc.tokens[k].kind.is_wordlike())
        });
        if words < 4 && !whole_sentence {
            continue;
        }
        // A title after `intitulé`, `sur`, `de` + capital…
        if open > 0
            && matches!(
                t.key(open - 1),
                "intitulé"
                    | "intitulée"
                    | "baptisé"
                    | "baptisée"
                    | "sur"
                    | "nommé"
                    | "nommée"
                    | "appelé"
                    | "appelée"
                    | "titre"
                    | "vidéo"
                    | "film"
                    | "livre"
                    | "émission"
                    | "opération"
                    | "loi"
            )
        {
            continue;
        }
        // The previous statement, in this sentence or the two before.
        let paragraph = t.doc.sentences[s].paragraph;
        let prev =
            by_end.partition_point(|&(end, _)| end <= q.outer.start).checked_sub(1).map(|k| &drafts[by_end[k].1]);
        // A quotation this pass has just taken may be the later one
        // (`« … ». « … ! »`); quotations come in text order.
        let prev = match added.last() {
            Some(a) if a.content.end <= q.outer.start && prev.is_none_or(|p| a.content.end > p.content.end) => Some(a),
            _ => prev,
        };
        // Distances count from the sentence where the statement before
        // ends, which a quotation of several sentences makes later than
        // where it starts.
        let ends_in = |d: &Draft| {
            let last = t.doc.token_at_or_after(d.content.end).saturating_sub(1);
            t.doc.sentence_of(last).unwrap_or(d.sentence).max(d.sentence)
        };
        let prev = prev
            .map(|d| (ends_in(d), d.cue_tokens.clone()))
            .filter(|&(e, _)| e + 1 >= s && t.doc.sentences[e].paragraph + 1 >= paragraph);
        let Some((prev_sentence, prev_cue_tokens)) = prev else {
            // No statement before: a quotation that makes a whole sentence
            // right after a sentence about a person, in the same paragraph,
            // is that person's words (`Hervé Mangin, le patron du camping,
            // confirme. « Je mets les quotidiens étrangers en rayon. »`,
            // `Il a souhaité faire un rappel au règlement. « On ne peut pas
            // accepter un tel mépris. »`).
            if whole_sentence && words >= 4 && s > 0 && t.doc.sentences[s - 1].paragraph == paragraph {
                if let Some(subject) = person_subject(input, s - 1) {
                    contents.insert(q.inner);
                    added.push(Draft {
                        speaker: Speaker::Mentions(subject),
                        cue: None,
                        kind: StatementKind::Direct,
                        content: q.inner,
                        sentence: s,
                        group: None,
                        addressee: Vec::new(),
                        channel: None,
                        cue_tokens: 0..0,
                    });
                }
            }
            continue;
        };
        if words < 4 && prev_sentence + 1 != s {
            continue;
        }
        let sentence_start = t.doc.sentences[s].tokens.start;
        let kind = if (sentence_start..open).all(|k| !t.doc.tokens[k].kind.is_wordlike()) {
            StatementKind::Direct
        } else {
            StatementKind::Mixed
        };
        contents.insert(q.inner);
        added.push(Draft {
            speaker: Speaker::Previous,
            cue: None,
            kind,
            content: q.inner,
            sentence: s,
            group: None,
            addressee: Vec::new(),
            channel: None,
            cue_tokens: prev_cue_tokens,
        });
    }
    drafts.extend(added);
}

/// How many tokens may lie between a statement's cue and the time
/// expression that dates it (`a déclaré mardi`, `Mardi soir, le ministre a
/// affirmé`, `a-t-il indiqué lundi à la presse`).
const TIME_GAP: usize = 6;

/// The time expression, as an index into `time.times`, that says when a
/// statement was made: one of its sentence's that names a day (`mardi`,
/// `hier soir`, `le 7 décembre`; not a year, a month, a duration, a
/// recurrence or a vague `récemment`), near its cue, outside the reported
/// words and outside quotations, and no bound of a period (`depuis`,
/// `jusqu'à`, `avant`, `après`). The nearest to the cue wins. Statements
/// without a cue (a quotation that goes on) have none, nor those whose cue
/// is in the future (`il annoncera le 7 novembre`), whose date is that of
/// what is to come.
pub(crate) fn time_of(t: &Tagged, groups: &SentenceGroups, time: &crate::time::TimeLayer, d: &Draft) -> Option<usize> {
    let cue = &d.cue_tokens;
    if d.cue.is_none() || cue.is_empty() {
        return None;
    }
    if let Some((s, g)) = d.group {
        if groups[s].get(g).is_some_and(|g| g.tense.is_future()) {
            return None;
        }
    }
    let sentence = t.doc.sentences.get(d.sentence)?.tokens.clone();
    let from = cue.start.saturating_sub(TIME_GAP + 8).max(sentence.start);
    let to = cue.end.saturating_add(TIME_GAP + 8).min(sentence.end);
    let first = time.tokens.partition_point(|r| r.start < from);
    let mut best: Option<(usize, usize)> = None;
    for i in first..time.tokens.len() {
        let r = &time.tokens[i];
        if r.start >= to {
            break;
        }
        let expression = &time.times[i];
        let gap = if r.end <= cue.start {
            cue.start - r.end
        } else if r.start >= cue.end {
            r.start - cue.end
        } else {
            continue;
        };
        // `2012-07-03`, `XXXX-12-07`, `2012-07-01TEV`: a day.
        let value = expression.value.as_bytes();
        let day = value.len() >= 10
            && (value[..4].iter().all(u8::is_ascii_digit) || &value[..4] == b"XXXX")
            && value[4] == b'-'
            && value[7] == b'-'
            && value[5..7].iter().chain(&value[8..10]).all(u8::is_ascii_digit);
        if gap > TIME_GAP
            || r.end > to
            || !matches!(expression.kind, TimexType::Date | TimexType::Time)
            || !day
            || expression.span.start < d.content.end && d.content.start < expression.span.end
            || t.quotes.contain(&t.doc.quotes, expression.span)
            || crate::time::period_bound_before(t.doc, r.start).is_some()
        {
            continue;
        }
        if best.is_none_or(|(g, _)| gap < g) {
            best = Some((gap, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Resolves the speaker of every draft to an entity, marking the entities
/// that speak and attaching pronouns and document nouns to them.
pub(crate) fn resolve_speakers(
    t: &Tagged,
    mentions: &[Mention],
    res: &mut crate::actors::resolve::Resolution,
    drafts: &[Draft],
) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = Vec::with_capacity(drafts.len());
    // The last speaker found, kept rather than searched for back through
    // `out` at each draft: after a run of drafts without one, that search
    // is quadratic.
    let mut previous = None;
    for (i, d) in drafts.iter().enumerate() {
        let previous_draft_speaker = if i > 0 { out[i - 1] } else { None };
        let speaker = match &d.speaker {
            Speaker::Mentions(ms) | Speaker::MainSubject(ms) if !ms.is_empty() => {
                resolve_mention(t, mentions, res, ms[0], previous_draft_speaker.or(previous), true)
            }
            Speaker::Mentions(_) | Speaker::MainSubject(_) | Speaker::Previous => previous_draft_speaker.or(previous),
            Speaker::Nobody | Speaker::Unnamed => None,
            &Speaker::Pronoun { token, plural } => {
                let at = t.doc.tokens[token].start as usize;
                let anaphor = Anaphor {
                    before: mentions.partition_point(|x| x.tokens.start < token),
                    plural,
                    feminine: Some(false),
                    quoted: t.quotes.around(&t.doc.quotes, at).is_some(),
                    paragraph: t.doc.sentence_of(token).map_or(0, |s| t.doc.sentences[s].paragraph),
                    last_named: false,
                };
                antecedent_of(t, mentions, res, &anaphor, previous_draft_speaker.or(previous))
            }
        };
        let speaker = speaker.map(|e| spokesperson_for(t, mentions, res, e).unwrap_or(e));
        if let Some(e) = speaker {
            res.entities[e].participates = true;
            previous = Some(e);
        }
        out.push(speaker);
    }
    out
}

/// An unnamed spokesperson (`un porte-parole de la police`) speaks for
/// the body named in the description: that body is the speaker.
fn spokesperson_for(
    t: &Tagged,
    mentions: &[Mention],
    res: &crate::actors::resolve::Resolution,
    e: usize,
) -> Option<usize> {
    let ent = &res.entities[e];
    if ent.named
        || !ent.roles.iter().all(|(_, c)| *c == crate::lexicon::RoleClass::Spokesperson)
        || ent.roles.is_empty()
    {
        return None;
    }
    let _ = t;
    ent.mentions.iter().find_map(|&m| {
        let span = mentions[m].span;
        sentence_mentions(mentions, mentions[m].sentence).find_map(|x| {
            (x != m && span.contains(mentions[x].span) && mentions[x].span.start > span.start)
                .then(|| res.entity(x))
                .flatten()
        })
    })
}

/// The entity a mention stands for in a speaking or acting role: its own,
/// a pronoun's antecedent, a document's issuer.
pub(crate) fn resolve_mention(
    t: &Tagged,
    mentions: &[Mention],
    res: &mut crate::actors::resolve::Resolution,
    m: usize,
    last_speaker: Option<usize>,
    speaking: bool,
) -> Option<usize> {
    if let Some(e) = res.entity(m) {
        return Some(e);
    }
    let mention = &mentions[m];
    let entity = match mention.referent {
        Referent::Pronoun => antecedent(t, mentions, res, m, last_speaker),
        Referent::OrgNoun(n) if t.lex.org_nouns[n as usize].document => {
            // `le documentaire d'Al Jazeera`: the name in its complement.
            let inner = sentence_mentions(mentions, mention.sentence).find(|&x| {
                x != m
                    && mentions[x].referent.is_name()
                    && mention.span.contains(mentions[x].span)
                    && res.entity(x).is_some()
            });
            if let Some(x) = inner {
                let e = res.entity(x);
                if let Some(e) = e {
                    res.attach(m, e);
                }
                return e;
            }
            // `indique le document`: the issuer, the last speaker; else the
            // last organisation named.
            last_speaker.or_else(|| res.last_named_org_before(m))
        }
        Referent::OrgNoun(_) if speaking && mention.definite => res.last_named_org_before(m),
        _ => None,
    }?;
    if mention.referent != Referent::Pronoun {
        res.attach(m, entity);
    }
    Some(entity)
}

/// The mentions of sentence `s`, in order: a mention inside another lies
/// in its sentence, and looking through every mention of the document
/// for it is quadratic.
fn sentence_mentions(mentions: &[Mention], s: usize) -> Range<usize> {
    let from = mentions.partition_point(|m| m.sentence < s);
    from..from + mentions[from..].partition_point(|m| m.sentence <= s)
}

/// The antecedent of a personal pronoun: the last speaker when compatible,
/// else the last compatible entity mentioned before it.
fn antecedent(
    t: &Tagged,
    mentions: &[Mention],
    res: &crate::actors::resolve::Resolution,
    m: usize,
    last_speaker: Option<usize>,
) -> Option<usize> {
    let p = &mentions[m];
    let anaphor = Anaphor {
        before: m,
        plural: p.plural,
        feminine: p.feminine,
        quoted: p.quoted,
        paragraph: t.doc.sentences[p.sentence].paragraph,
        last_named: matches!(t.key(p.head), "dernier" | "dernière" | "derniers" | "dernières"),
    };
    antecedent_of(t, mentions, res, &anaphor, last_speaker)
}

/// What the antecedent search knows of a pronoun.
struct Anaphor {
    /// The antecedent is one of the mentions before this index.
    before: usize,
    plural: bool,
    feminine: Option<bool>,
    /// Inside a quotation.
    quoted: bool,
    paragraph: usize,
    /// `ce dernier`: the last compatible entity named, subject or not.
    last_named: bool,
}

fn antecedent_of(
    t: &Tagged,
    mentions: &[Mention],
    res: &crate::actors::resolve::Resolution,
    p: &Anaphor,
    last_speaker: Option<usize>,
) -> Option<usize> {
    use crate::analysis::ActorKind;
    let m = p.before;
    let compatible = |e: &crate::actors::resolve::Entity| {
        let number_ok =
            if p.plural { e.plural || e.kind == ActorKind::Group } else { !e.plural || e.kind == ActorKind::Country };
        let gender_ok =
            p.feminine.is_none() || e.feminine.is_none() || e.feminine == p.feminine || e.kind != ActorKind::Person;
        number_ok && gender_ok && !matches!(e.kind, ActorKind::Country)
            || (number_ok && e.kind == ActorKind::Country && !p.plural && e.feminine == p.feminine)
    };
    // Recent: in the same paragraph as the pronoun or the one before
    // (quotations make sentences, not distance).
    let paragraph_of = |x: &Mention| t.doc.sentences[x.sentence].paragraph;
    let p_paragraph = p.paragraph;
    let recent = |x: &Mention| paragraph_of(x) + 1 >= p_paragraph;
    // Walking back from the pronoun over the recent mentions (text order
    // keeps paragraphs in order), rather than through every mention of
    // every entity, which is quadratic in pronouns: the last speaker, met
    // at its last mention, wins unless a compatible entity was named as a
    // subject after it (`Jean-Marie Le Pen revient sur … « … »,
    // prévient-il`); else the last compatible entity mentioned as a subject
    // (not after a preposition); when no subject fits, the last compatible
    // mention, even an object (`Emmanuel Macron a rencontré Angela Merkel.
    // « … », a-t-elle déclaré`).
    let speaker = last_speaker.filter(|&e| compatible(&res.entities[e]) && !p.last_named);
    let mut fallback = None;
    for x in (0..m.min(mentions.len())).rev() {
        let mx = &mentions[x];
        if !recent(mx) {
            break;
        }
        let Some(e) = res.entity(x) else { continue };
        if speaker == Some(e) {
            return Some(e);
        }
        // Words inside a quotation are the quoted speaker's, not
        // antecedents for the narration around it.
        // (`les Talibans`, an organisation named in the plural, is `eux`.)
        let plural_name = p.plural && mx.plural && res.entities[e].kind == ActorKind::Organization;
        if !(compatible(&res.entities[e]) || plural_name) || mx.quoted && !p.quoted || mx.locative {
            continue;
        }
        if p.last_named {
            return Some(e);
        }
        // A mention inside another (`UMP` in `président du groupe UMP`)
        // is part of that one's phrase, no subject.
        let nested =
            (x.saturating_sub(4)..x).any(|y| mentions[y].span.contains(mx.span) && mentions[y].span != mx.span);
        let governed = is_governed(t, mx) || nested;
        // Subjects make antecedents; complements of prepositions and
        // objects right after a verb (`Il a remplacé … Fran Llorente.
        // Après, il limogea`) do not.
        let object = mx.tokens.start > 0 && {
            let mut b = mx.tokens.start - 1;
            while b > 0 && (t.has(b, flag::ADV) || t.is(b, crate::text::TokenKind::Comma)) && !t.has(b, flag::VERB) {
                b -= 1;
            }
            t.has(b, flag::VERB) && !t.has(b, flag::NOUN | flag::PREP | flag::DET)
                || matches!(t.key(b), "poste" | "place" | "tête")
        };
        if x == 0 || !governed && !object {
            return Some(e);
        }
        if !governed && fallback.is_none() {
            fallback = Some(e);
        }
    }
    fallback
}

/// Is a mention the complement of a preposition (`de la Russie`, `de
/// Renault`)?
fn is_governed(t: &Tagged, m: &Mention) -> bool {
    let s = m.tokens.start;
    s > 0
        && (t.has(s - 1, flag::PREP) && !t.has(s - 1, flag::DET) && !t.is_key(s - 1, "comme")
            || matches!(t.key(s - 1), "du" | "des" | "au" | "aux" | "de" | "d'"))
}
