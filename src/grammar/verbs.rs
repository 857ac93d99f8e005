//! Verb groups: a finite verb with its auxiliary, participle, modal and
//! infinitive, clitics, negation and inverted subject pronoun —
//! `a déclaré`, `n'a pas attaqué`, `s'est félicité`, `a-t-il dit`,
//! `ne devrait pas s'ingérer`, `a été attaqué`, `avait notamment menacé`.

use std::ops::Range;

use super::Tagged;
use crate::lexicon::VerbClass;
use crate::lexicon::vocab::{Sense, Tense, VerbForm, flag};
use crate::text::{TokenFlags, TokenKind};

/// The tense (and mood) of a whole verb group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GroupTense {
    Present,
    PasseCompose,
    Imparfait,
    PlusQueParfait,
    PasseSimple,
    PasseAnterieur,
    Futur,
    FuturAnterieur,
    Conditionnel,
    ConditionnelPasse,
    Subjonctif,
    Imperatif,
    Infinitif,
    /// A past participle with no auxiliary (`le rapport établi par`).
    Participe,
    /// A present participle (`affirmant`), or `en` + present participle.
    ParticipePresent,
}

impl GroupTense {
    /// Future tenses.
    pub fn is_future(self) -> bool {
        matches!(self, GroupTense::Futur | GroupTense::FuturAnterieur)
    }

    /// Finite (has a conjugated verb).
    pub fn is_finite(self) -> bool {
        !matches!(self, GroupTense::Infinitif | GroupTense::Participe | GroupTense::ParticipePresent)
    }
}

/// A verb group.
#[derive(Clone, Debug)]
pub(crate) struct VerbGroup {
    /// All its tokens, from `ne` and the clitics to the main verb and the
    /// fixed words of its lemma.
    pub tokens: Range<usize>,
    /// The words that carry it: auxiliary to main verb (`a déclaré`,
    /// `se sont entretenus`).
    pub trigger: Range<usize>,
    /// The main verb's token.
    pub main: usize,
    /// The conjugated verb's token (auxiliary, modal or main verb).
    pub finite: Option<usize>,
    /// The main verb (an index into `Lexicon::verbs`).
    pub verb: u32,
    /// The cue or event lemma that applies, if any.
    pub lemma: Option<u32>,
    pub tense: GroupTense,
    pub passive: bool,
    /// `se`/`s'` before the verb.
    pub reflexive: bool,
    pub negated: bool,
    /// `ne … que` (only): a `ne` that denies nothing, whose `que` is no
    /// complementiser.
    pub restrictive: bool,
    /// The inverted subject pronoun (`-t-il`).
    pub inverted: Option<usize>,
    /// Third person plural finite verb.
    pub plural: Option<bool>,
    /// The person of the finite verb: 1 to 6 (`arrêtez`: 5), 0 for none.
    pub person: u8,
    /// A modal verb before the infinitive (`pourrait`, `doit`).
    pub modal: Option<u32>,
    /// The modal's tense (`pourrait`: conditional).
    pub modal_tense: Option<Tense>,
    /// `aller` + infinitive.
    pub near_future: bool,
    /// `en` + present participle.
    pub gerund: bool,
}

fn verb_senses<'a>(t: &'a Tagged, i: usize) -> impl Iterator<Item = VerbForm> + 'a {
    t.senses(i).iter().filter_map(|s| match s {
        Sense::Verb(v) => Some(*v),
        _ => None,
    })
}

fn is_finite(tense: Tense) -> bool {
    matches!(
        tense,
        Tense::Present
            | Tense::Imperfect
            | Tense::SimplePast
            | Tense::Future
            | Tense::Conditional
            | Tense::Subjunctive
            | Tense::Imperative
    )
}

/// Adverbs and negation words that may sit inside a verb group.
fn is_inner_adverb(t: &Tagged, i: usize) -> bool {
    if i >= t.doc.tokens.len() || t.doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    // The dense flags answer most tokens without looking at the key.
    let f = t.flags[i];
    if f & (flag::NEGP | flag::ADV) != 0 && f & flag::VERB == 0 {
        return true;
    }
    let key = t.key(i);
    // `longuement`, `officiellement`: -ment adverbs not in the lexicon
    // (unknown and bare words have no flags, so `f` stands for the entry).
    // The suffix is compared as a 4-byte array: `ends_with` calls memcmp.
    let b = key.as_bytes();
    (b.len() > 6 && b[b.len() - 4..] == *b"ment" && f & (flag::VERB | flag::NOUN) == 0)
        || matches!(
            key,
            "tôt"
                | "tard"
                | "déjà"
                | "bien"
                | "mal"
                | "ainsi"
                | "aussi"
                | "toujours"
                | "encore"
                | "souvent"
                | "jamais"
                | "enfin"
                | "pourtant"
                | "cependant"
                | "donc"
        )
}

/// Adverbial locutions that may sit between an auxiliary and its
/// participle (`a de son côté dénoncé`, `a pour sa part condamné`); their
/// length in tokens.
///
/// It is tried at every token a verb group may run over (and by the
/// argument rules), so the first word picks the few candidates in one
/// `match` rather than walking the whole list. No locution is a prefix of
/// another, so at most one matches.
pub(crate) fn adverbial_locution(t: &Tagged, k: usize) -> Option<usize> {
    // The words after the first one.
    let tails: &[&[&str]] = match t.key(k) {
        "de" => &[&["son", "côté"], &["leur", "côté"], &["mon", "côté"], &["notre", "côté"], &["nouveau"]],
        "pour" => &[&["sa", "part"], &["leur", "part"], &["ma", "part"], &["notre", "part"]],
        "à" => &[&["son", "tour"], &["leur", "tour"], &["nouveau"]],
        "par" => &[&["ailleurs"]],
        "en" => &[&["outre"], &["effet"], &["revanche"]],
        "une" => &[&["nouvelle", "fois"], &["fois", "de", "plus"]],
        "plus" => &[&["tôt"]],
        "au" => &[&["contraire"]],
        "quant" => &[&["à", "lui"], &["à", "elle"]],
        "lui" | "elle" | "eux" | "elles" => &[&["aussi"]],
        "d'ores" => &[&["et", "déjà"]],
        "tout" => &[&["de", "suite"]],
        "aussi" => &[&["bien"]],
        _ => return None,
    };
    // `Tagged::key` reads past the last token as "", which no word equals.
    tails
        .iter()
        .find(|words| words.iter().enumerate().all(|(n, w)| t.key(k + 1 + n) == *w))
        .map(|words| words.len() + 1)
}

/// `a condamné l'attaque`, `ont la charge`: after a past participle or a
/// form of `avoir` or `être` comes the object, whose article looks like an
/// object pronoun; the pronoun would come before the verb (`il l'attaque`).
fn ends_verb(t: &Tagged, j: usize) -> bool {
    t.has(j, flag::AUX_AVOIR | flag::AUX_ETRE) || verb_senses(t, j).any(|f| f.tense == Tense::Participle)
}

/// True when a word could be a noun here rather than a verb: right after
/// a determiner that is not also an object pronoun, maybe through the
/// quotation mark that opens the noun's phrase (`un « signe religieux »`).
fn after_determiner(t: &Tagged, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // `p`: the word before, `p - 1` the one before it.
    let mut p = i - 1;
    if p > 0 && matches!(t.doc.tokens[p].kind, TokenKind::QuoteOpen | TokenKind::QuoteStraight) {
        p -= 1;
    }
    let prev = t.key(p);
    // `entre offre et demande`, `sur simple demande`: no finite form
    // follows a preposition (only an infinitive, or a participle after
    // `en`), so a word there is a noun.
    let no_infinitive = || !verb_senses(t, i).any(|f| matches!(f.tense, Tense::Infinitive | Tense::PresentParticiple));
    if t.has(p, flag::PREP) && !t.has(p, flag::PRON | flag::DET) && no_infinitive() {
        return true;
    }
    // `en` is a preposition, not a pronoun, where no subject can stand
    // before it: after a comma or another preposition (`…, en rase
    // campagne`).
    if prev == "en" && p > 0 && (t.is(p - 1, TokenKind::Comma) || t.has(p - 1, flag::PREP)) && no_infinitive() {
        return true;
    }
    // The same for the second of two bare nouns after a preposition
    // (`entre offre et demande`) — but not after `de` or `à`, which may
    // end a noun phrase before a coordinated verb (`parle de paix et
    // demande`).
    if matches!(prev, "et" | "ou") && p >= 2 {
        let q = p - 2;
        if t.has(q, flag::PREP)
            && !t.has(q, flag::PRON | flag::DET)
            && !matches!(t.key(q), "de" | "d'" | "à")
            && no_infinitive()
        {
            return true;
        }
    }
    match prev {
        // `d'armes`, `des demandes`: after `de` a word that is no
        // infinitive is a noun.
        "de" | "d'" | "des" | "du" if !verb_senses(t, i).any(|f| f.tense == Tense::Infinitive) => return true,
        // `de la torture`, `sur la place`: an article after a preposition,
        // or at the head of a sentence (`La torture continue`); `l'enquête
        // du CHSCT`: an article, a noun, then its complement.
        "la" | "le" | "les" | "l'"
            if p > 0 && t.has(p - 1, flag::PREP) && !t.has(p - 1, flag::PRON)
                || t.doc.tokens[p].is_capitalized()
                || t.has(i, flag::NOUN) && matches!(t.key(i + 1), "de" | "du" | "des" | "d'")
                || p > 0 && ends_verb(t, p - 1) && !verb_senses(t, i).any(|f| f.tense == Tense::Infinitive) =>
        {
            return true;
        }
        // `Pastor leur répondit`: `leur` is an object pronoun before a
        // word that cannot be a noun, a possessive before one that can
        // (`leur demande`, `leur version`).
        "leur" if !(t.has(i, flag::NOUN) || p > 0 && t.has(p - 1, flag::PREP | flag::DET)) => return false,
        _ => {}
    }
    let f = t.flags[p];
    f & flag::DET != 0 && f & (flag::OBJ | flag::PRON | flag::PREP) == 0
        || matches!(
            prev,
            "une"
                | "un"
                | "cette"
                | "ce"
                | "cet"
                | "ces"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "notre"
                | "nos"
                | "votre"
                | "vos"
                | "mon"
                | "ma"
                | "mes"
                | "du"
                | "au"
                | "aux"
                | "des"
                                | "quelques"
                | "plusieurs"
                | "chaque"
                | "toute"
                | "tout"
                // `nouvelle demande de suspension`, `un très mauvais signe`:
                // adjectives that come before a noun.
                | "nouvelle"
                | "nouvelles"
                | "nouveau"
                | "nouveaux"
                | "nouvel"
                | "mauvais"
                | "mauvaise"
                | "bon"
                | "bonne"
                | "premier"
                | "première"
                | "dernier"
                | "dernière"
                | "seul"
                | "seule"
                | "simple"
                | "véritable"
                | "fausse"
        )
}

/// The verb groups of a document, sentence by sentence: one vector for
/// all of them and the bounds of each sentence's run, so that a document of
/// a million short sentences costs no allocation per sentence.
#[derive(Default)]
pub(crate) struct SentenceGroups {
    all: Vec<VerbGroup>,
    /// `ends[s]`: one past the last group of sentence `s`.
    ends: Vec<u32>,
}

impl SentenceGroups {
    /// Appends the groups of the next sentence (none when `sentence` is
    /// `None`, for sentences left out of the analysis).
    pub(crate) fn push_sentence(&mut self, t: &Tagged, sentence: Option<Range<usize>>) {
        if let Some(sentence) = sentence {
            find_groups(t, sentence, &mut self.all);
        }
        self.ends.push(u32::try_from(self.all.len()).unwrap_or(u32::MAX));
    }

    /// How many groups in all.
    pub(crate) fn len(&self) -> usize {
        self.all.len()
    }
}

impl std::ops::Index<usize> for SentenceGroups {
    type Output = [VerbGroup];

    /// The groups of sentence `s`, in order (none past the last sentence).
    fn index(&self, s: usize) -> &[VerbGroup] {
        let end = self.ends.get(s).map_or(0, |&e| e as usize);
        let start = if s == 0 { 0 } else { self.ends.get(s - 1).map_or(end, |&e| e as usize) };
        &self.all[start.min(end)..end]
    }
}

/// Finds the verb groups of a sentence, in order.
#[cfg(test)]
pub(crate) fn groups(t: &Tagged, sentence: Range<usize>) -> Vec<VerbGroup> {
    let mut out = Vec::new();
    find_groups(t, sentence, &mut out);
    out
}

/// Appends the verb groups of a sentence to `out`, in order.
fn find_groups(t: &Tagged, sentence: Range<usize>, out: &mut Vec<VerbGroup>) {
    let mut i = sentence.start;
    while i < sentence.end {
        if t.has(i, flag::VERB) {
            if let Some(g) = group_at(t, i, &sentence) {
                i = g.tokens.end.max(i + 1);
                out.push(g);
                continue;
            }
        }
        i += 1;
    }
}

/// Parses a verb group whose first verb is at `i`.
fn group_at(t: &Tagged, i: usize, sentence: &Range<usize>) -> Option<VerbGroup> {
    let lex = t.lex;
    // The verb readings are read straight from the senses, looked up once:
    // no vector per candidate.
    let senses = t.senses(i);
    let forms = || {
        senses.iter().filter_map(|s| match s {
            Sense::Verb(v) => Some(*v),
            _ => None,
        })
    };
    let first = forms().next()?;
    let noun_context = !t.has(i, flag::AUX_AVOIR | flag::AUX_ETRE) && after_determiner(t, i);
    if noun_context {
        return None;
    }
    // A finite reading, an infinitive, or a participle.
    let finite = forms().find(|f| is_finite(f.tense));
    let mut g = VerbGroup {
        tokens: i..i + 1,
        trigger: i..i + 1,
        main: i,
        finite: None,
        verb: first.verb,
        lemma: None,
        tense: GroupTense::Present,
        passive: false,
        reflexive: false,
        negated: false,
        restrictive: false,
        inverted: None,
        plural: None,
        person: 0,
        modal: None,
        modal_tense: None,
        near_future: false,
        gerund: false,
    };
    let mut k = i + 1;
    let skip_inner = |mut k: usize, g: &mut VerbGroup| {
        while k < sentence.end {
            if t.doc.tokens[k].has(TokenFlags::INVERSION) {
                g.inverted = Some(k);
                k += 1;
            } else if is_inner_adverb(t, k) {
                if t.has(k, flag::NEGP) {
                    g.negated = true;
                }
                k += 1;
            } else {
                let key = t.key(k);
                // None of the words below is longer than 6 bytes
                // (`d'ores`): content words stop the group at once.
                if key.len() > 6 {
                    break;
                }
                if key == "plus" || key == "tôt" {
                    k += 1;
                } else if let Some(n) = adverbial_locution(t, k) {
                    k += n;
                } else if matches!(key, "lui" | "elle" | "eux" | "elles" | "même") && participle_at(t, k + 1).is_some()
                {
                    // `Lionel Tardy a lui écrit`: a stressed pronoun.
                    k += 1;
                } else {
                    break;
                }
            }
        }
        k
    };
    if let Some(f) = finite {
        g.finite = Some(i);
        g.plural = Some(f.person == 6);
        g.person = f.person;
        let class = lex.verbs[f.verb as usize].class;
        g.tense = simple_tense(f.tense);
        match class {
            VerbClass::Auxiliary => {
                // Auxiliary + participle: compound tense, or passive.
                let after = skip_inner(k, &mut g);
                if let Some((p, pf)) = participle_at(t, after) {
                    let aux_etre = lex.verbs[f.verb as usize].infinitive == "être";
                    g.tense = compound_tense(f.tense);
                    g.main = p;
                    g.verb = pf.verb;
                    k = p + 1;
                    // `a été attaqué`: être's participle, then another one.
                    if lex.verbs[pf.verb as usize].infinitive == "être" {
                        let after2 = skip_inner(k, &mut g);
                        if let Some((q, qf)) = participle_at(t, after2) {
                            g.main = q;
                            g.verb = qf.verb;
                            g.passive = true;
                            k = q + 1;
                        }
                    } else if aux_etre {
                        let reflexive =
                            i > 0 && matches!(t.key(clitic_start(t, i)), "se" | "s'") || reflexive_before(t, i);
                        let etre_verb = lex.verbs[pf.verb as usize].etre;
                        if !reflexive && !etre_verb {
                            // `est attaqué`: present passive.
                            g.passive = true;
                            g.tense = simple_tense(f.tense);
                        }
                    }
                } else if let Some((inf, vf)) = infinitive_at(t, after) {
                    // `être à`, rare; leave the auxiliary as the main verb.
                    let _ = (inf, vf);
                    g.verb = f.verb;
                } else {
                    g.verb = f.verb;
                }
            }
            VerbClass::Modal | VerbClass::Future => {
                let after = skip_inner(k, &mut g);
                // Object clitics between: `pourrait se tenir`, `doit le faire`.
                let mut a = after;
                while a < sentence.end && t.has(a, flag::OBJ | flag::REFL) && t.has(a, flag::PRON) {
                    a += 1;
                }
                if let Some((inf, vf)) = infinitive_at(t, a) {
                    g.modal = Some(f.verb);
                    g.modal_tense = Some(f.tense);
                    // `va annoncer`, `allait déposer`: a future, seen from the
                    // present or from the past.
                    g.near_future = class == VerbClass::Future;
                    g.main = inf;
                    g.verb = vf.verb;
                    k = inf + 1;
                    if a > after && matches!(t.key(a - 1), "se" | "s'") {
                        g.reflexive = true;
                    }
                    // `pourrait avoir lieu`, `devrait être payé`.
                    if lex.verbs[vf.verb as usize].class == VerbClass::Auxiliary {
                        let after2 = skip_inner(k, &mut g);
                        if let Some((p, pf)) = participle_at(t, after2) {
                            g.main = p;
                            g.verb = pf.verb;
                            g.passive =
                                lex.verbs[vf.verb as usize].infinitive == "être" && !lex.verbs[pf.verb as usize].etre;
                            k = p + 1;
                        }
                    }
                } else {
                    g.verb = f.verb;
                }
            }
            _ => {
                g.verb = f.verb;
                k = skip_inner(k, &mut g).min(k + usize::from(g.inverted.is_some()) + 2).max(k);
                if g.inverted.is_none() {
                    k = i + 1;
                } else {
                    k = g.inverted.map_or(k, |p| p + 1);
                }
            }
        }
    } else if let Some(f) = forms().find(|f| f.tense == Tense::Infinitive) {
        g.tense = GroupTense::Infinitif;
        g.verb = f.verb;
    } else if let Some(f) = forms().find(|f| f.tense == Tense::PresentParticiple) {
        g.tense = GroupTense::ParticipePresent;
        g.verb = f.verb;
        g.gerund = i > 0 && t.is_key(i - 1, "en");
        // `M. Baupin ayant accepté`, `étant arrivé`: the auxiliary's
        // participle carries a past participle, the verb of the group.
        if lex.verbs[f.verb as usize].class == VerbClass::Auxiliary {
            let after = skip_inner(k, &mut g);
            if let Some((p, pf)) = participle_at(t, after) {
                g.main = p;
                g.verb = pf.verb;
                g.passive = lex.verbs[f.verb as usize].infinitive == "être" && !lex.verbs[pf.verb as usize].etre;
                k = p + 1;
            }
        }
    } else if let Some(f) = forms().find(|f| f.tense == Tense::Participle) {
        g.tense = GroupTense::Participe;
        g.verb = f.verb;
    } else {
        return None;
    }
    g.trigger = i..g.main + 1;
    g.tokens = i..k.max(g.main + 1);
    // Clitics and `ne` before: `ne l'a pas`, `s'est`, `se sont`.
    let start = clitic_start(t, i);
    for c in start..i {
        match t.key(c) {
            "se" | "s'" => g.reflexive = true,
            "ne" | "n'" => g.negated = true,
            _ => {}
        }
    }
    if g.reflexive || start < i && matches!(t.key(i - 1), "se" | "s'") {
        g.trigger.start = (start..i).find(|&c| matches!(t.key(c), "se" | "s'")).unwrap_or(g.trigger.start);
    }
    g.tokens.start = start;
    if g.negated && is_restrictive(t, &g, sentence.end) {
        g.negated = false;
        g.restrictive = true;
    }
    // The lemma: the longest fixed tail that follows, pronominal first.
    g.lemma = pick_lemma(t, &mut g, sentence);
    Some(g)
}

/// `n'ont été libérés qu'en janvier`, `n'a attaqué que les positions`:
/// `ne … que` means only, and denies nothing — when no negative word
/// (`pas`, `plus`, `jamais`…) comes before the `que`.
fn is_restrictive(t: &Tagged, g: &VerbGroup, end: usize) -> bool {
    for k in g.tokens.start..(g.tokens.end + 6).min(end) {
        // The lexicon's second parts of a negation, and `nullement`, which
        // it does not list.
        if t.has(k, flag::NEGP) || t.is_key(k, "nullement") {
            return false;
        }
        if k >= g.tokens.end && matches!(t.key(k), "que" | "qu'") {
            return true;
        }
    }
    false
}

/// Where the clitics before a verb start (`ne`, `se`, `l'`, `lui`, `en`…).
fn clitic_start(t: &Tagged, i: usize) -> usize {
    let mut s = i;
    // The kind is one load; every clitic is a word of at most 4 bytes, so
    // most tokens fail before the list is walked.
    while s > 0 && t.doc.tokens[s - 1].kind == TokenKind::Word {
        let key = t.key(s - 1);
        // Every clitic starts with one of these bytes: most other words
        // (`il`, `qui`, nouns) are settled by one test.
        let clitic = key.len() <= 4
            && matches!(key.as_bytes().first(), Some(b'n' | b's' | b'l' | b'y' | b'e' | b'm' | b't' | b'v'))
            && matches!(
                key,
                "ne" | "n'"
                    | "se"
                    | "s'"
                    | "le"
                    | "la"
                    | "les"
                    | "l'"
                    | "lui"
                    | "leur"
                    | "y"
                    | "en"
                    | "me"
                    | "m'"
                    | "te"
                    | "t'"
                    | "nous"
                    | "vous"
            );
        if !clitic {
            break;
        }
        // `les` before a verb after a noun phrase is a determiner-looking
        // clitic; keep it only right before the verb group.
        s -= 1;
    }
    s
}

fn reflexive_before(t: &Tagged, i: usize) -> bool {
    (clitic_start(t, i)..i).any(|c| matches!(t.key(c), "se" | "s'"))
}

fn participle_at(t: &Tagged, i: usize) -> Option<(usize, VerbForm)> {
    verb_senses(t, i).find(|f| f.tense == Tense::Participle).map(|f| (i, f))
}

fn infinitive_at(t: &Tagged, i: usize) -> Option<(usize, VerbForm)> {
    verb_senses(t, i).find(|f| f.tense == Tense::Infinitive).map(|f| (i, f))
}

fn simple_tense(t: Tense) -> GroupTense {
    match t {
        Tense::Present => GroupTense::Present,
        Tense::Imperfect => GroupTense::Imparfait,
        Tense::SimplePast => GroupTense::PasseSimple,
        Tense::Future => GroupTense::Futur,
        Tense::Conditional => GroupTense::Conditionnel,
        Tense::Subjunctive => GroupTense::Subjonctif,
        Tense::Imperative => GroupTense::Imperatif,
        Tense::Participle => GroupTense::Participe,
        Tense::PresentParticiple => GroupTense::ParticipePresent,
        Tense::Infinitive => GroupTense::Infinitif,
    }
}

fn compound_tense(aux: Tense) -> GroupTense {
    match aux {
        Tense::Present => GroupTense::PasseCompose,
        Tense::Imperfect => GroupTense::PlusQueParfait,
        Tense::SimplePast => GroupTense::PasseAnterieur,
        Tense::Future => GroupTense::FuturAnterieur,
        Tense::Conditional => GroupTense::ConditionnelPasse,
        Tense::Subjunctive => GroupTense::Subjonctif,
        Tense::Infinitive => GroupTense::Infinitif,
        Tense::PresentParticiple => GroupTense::ParticipePresent,
        Tense::Imperative | Tense::Participle => GroupTense::PasseCompose,
    }
}

/// Does the text at `k` match a fixed word of a lemma's tail? Adjectives
/// in tails agree (`être prêt` matches `prête`, `prêts`).
fn tail_word_matches(text_key: &str, tail_key: &str) -> bool {
    // Most words fail on their length or first byte: settle those without
    // a byte-wise comparison (the agreement suffix adds at most 2 bytes).
    let (a, b) = (text_key.as_bytes(), tail_key.as_bytes());
    if a.len() < b.len() || a.len() > b.len() + 2 || !b.is_empty() && a[0] != b[0] {
        return false;
    }
    text_key == tail_key || text_key.strip_prefix(tail_key).is_some_and(|rest| matches!(rest, "e" | "s" | "es" | "x"))
}

/// Chooses the lemma of the main verb, extending the group over its tail.
fn pick_lemma(t: &Tagged, g: &mut VerbGroup, sentence: &Range<usize>) -> Option<u32> {
    let verb = &t.lex.verbs[g.verb as usize];
    let mut fallback = None;
    // Where a tail starts: after the main verb, adverbs allowed between.
    // The same for every lemma with a tail, so found once, and only when
    // one has a tail.
    let mut tail_start = None;
    for &l in &verb.lemmas {
        let lemma = &t.lex.lemmas[l as usize];
        let k = if lemma.tail.is_empty() {
            g.main + 1
        } else {
            *tail_start.get_or_insert_with(|| {
                let mut k = g.main + 1;
                while k < sentence.end && (is_inner_adverb(t, k) || t.doc.tokens[k].has(TokenFlags::INVERSION)) {
                    k += 1;
                }
                k
            })
        };
        let matches_at = |k: usize| {
            lemma.tail.iter().enumerate().all(|(n, w)| k + n < sentence.end && tail_word_matches(t.key(k + n), w))
        };
        let mut tail_ok = matches_at(k);
        // `prendre 52 diplomates en otages`: a tail that starts with a
        // preposition may follow the object.
        if !tail_ok && lemma.tail.first().is_some_and(|w| matches!(w.as_str(), "en" | "à" | "au" | "sous" | "hors")) {
            let mut j = k;
            while j < sentence.end && j < k + 6 && t.doc.tokens[j].kind.is_wordlike() && !t.has(j, flag::VERB) {
                if matches_at(j) {
                    tail_ok = true;
                    break;
                }
                j += 1;
            }
            if tail_ok && (!lemma.pronominal || g.reflexive) {
                return Some(l);
            }
            tail_ok = false;
        }
        if !tail_ok {
            continue;
        }
        if lemma.pronominal && !g.reflexive {
            continue;
        }
        // `s'en prendre à`: the fixed clitic must be there.
        if let Some(c) = &lemma.clitic {
            if !(g.tokens.start..g.main).any(|k| t.key(k) == c.as_str()) {
                continue;
            }
        }
        if !lemma.pronominal && g.reflexive && fallback.is_none() {
            // `se dire` → `dire` when no pronominal lemma exists.
            fallback = Some((l, k + lemma.tail.len()));
            continue;
        }
        if !lemma.tail.is_empty() {
            let end = k + lemma.tail.len();
            g.tokens.end = g.tokens.end.max(end);
            g.trigger.end = g.trigger.end.max(end);
        }
        return Some(l);
    }
    let (l, end) = fallback?;
    if !t.lex.lemmas[l as usize].tail.is_empty() {
        g.tokens.end = g.tokens.end.max(end);
        g.trigger.end = g.trigger.end.max(end);
    }
    Some(l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::BUILTIN;
    use crate::text::Document;

    /// The verb groups of a one-sentence text: (trigger words, main verb
    /// infinitive, tense, passive, negated, inverted).
    fn parse(text: &str) -> Vec<(String, String, GroupTense, bool, bool, bool)> {
        let doc = Document::new(text);
        let t = Tagged::new(&doc, &BUILTIN);
        let mut out = Vec::new();
        for s in &doc.sentences {
            for g in groups(&t, s.tokens.clone()) {
                let span = crate::Span::new(
                    doc.tokens[g.trigger.start].start as usize,
                    doc.tokens[g.trigger.end - 1].end as usize,
                );
                out.push((
                    span.as_str(text).to_string(),
                    t.lex.verbs[g.verb as usize].infinitive.clone(),
                    g.tense,
                    g.passive,
                    g.negated,
                    g.inverted.is_some(),
                ));
            }
        }
        out
    }

    #[test]
    fn compound_tenses_passives_and_negation() {
        let cases: &[(&str, &str, &str, GroupTense, bool, bool)] = &[
            ("L’OTAN a ajouté qu’elle était prête.", "a ajouté", "ajouter", GroupTense::PasseCompose, false, false),
            (
                "Le ministre avait notamment ajouté que",
                "avait notamment ajouté",
                "ajouter",
                GroupTense::PlusQueParfait,
                false,
                false,
            ),
            ("Le journaliste a été tué le 11 janvier.", "a été tué", "tuer", GroupTense::PasseCompose, true, false),
            ("Le plan est présenté mardi.", "est présenté", "présenter", GroupTense::Present, true, false),
            (
                "Les dirigeants se sont rencontrés à huis clos.",
                "se sont rencontrés",
                "rencontrer",
                GroupTense::PasseCompose,
                false,
                false,
            ),
            (
                "Le gouvernement n’a pas accepté le plan.",
                "a pas accepté",
                "accepter",
                GroupTense::PasseCompose,
                false,
                true,
            ),
            ("Il quittera le pays.", "quittera", "quitter", GroupTense::Futur, false, false),
            ("Le texte pourrait changer.", "pourrait changer", "changer", GroupTense::Conditionnel, false, false),
        ];
        for (text, trigger, verb, tense, passive, negated) in cases {
            let groups = parse(text);
            let g = groups
                .iter()
                .find(|g| g.0.ends_with(trigger) || g.0 == *trigger)
                .unwrap_or_else(|| panic!("{text}: {groups:?}"));
            assert_eq!((&g.1[..], g.2, g.3, g.4), (*verb, *tense, *passive, *negated), "{text}");
        }
    }

    #[test]
    fn inversions_are_recorded() {
        let groups = parse("« Non », a-t-il ajouté.");
        assert!(groups.iter().any(|g| g.1 == "ajouter" && g.5 && g.2 == GroupTense::PasseCompose), "{groups:?}");
        let groups = parse("« Moi, dit-il, je reste. »");
        assert!(groups.iter().any(|g| g.1 == "dire" && g.5), "{groups:?}");
    }

    #[test]
    fn nouns_after_determiners_are_not_verbs() {
        let groups = parse("Cette demande a été rejetée par la commission.");
        assert!(groups.iter().all(|g| g.1 != "demander"), "{groups:?}");
    }
}
