//! The result of an analysis: actors, statements, events and times, each
//! with byte spans into the analysed text.

use std::fmt;

use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use crate::{Date, Span};

/// Everything depeche found in one text.
///
/// Items refer to each other by index: a statement's speaker is an
/// [`ActorId`] into [`Analysis::actors`], an event's statement an index into
/// [`Analysis::statements`]. Spans index the text the analysis was made
/// from, which the analysis borrows so that it can serialise the words of
/// every span.
///
/// Serialising an analysis (`serde_json::to_string(&analysis)`) gives the
/// JSON that `../shared/eval/SCHEMA.md` describes: actor ids as strings,
/// spans as `{"start", "end", "text"}`.
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    pub(crate) text: &'t str,
    /// The publication date the analysis used, from the options or from a
    /// dateline at the top of the text.
    pub published: Option<Date>,
    /// Where the publication date came from.
    pub published_from: Anchor,
    /// Who is who: every person, organisation, state, state body and
    /// collective, once each, with all its mentions.
    pub actors: Vec<Actor>,
    /// Who said what: reported speech with its speaker, cue and content.
    pub statements: Vec<Statement>,
    /// Who did what to whom and when, as PLOVER events.
    pub events: Vec<Event>,
    /// Time expressions as TimeML TIMEX3 values.
    pub times: Vec<TimeExpression>,
}

impl<'t> Analysis<'t> {
    /// The text this analysis was made from.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The words of a span of the analysed text.
    pub fn words(&self, span: Span) -> &'t str {
        span.as_str(self.text)
    }

    /// The actor an id refers to.
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.0]
    }

    /// The speaker of a statement, when the article says who it is.
    pub fn speaker(&self, statement: &Statement) -> Option<&Actor> {
        statement.speaker.map(|id| self.actor(id))
    }

    /// The statements of one actor.
    pub fn statements_by(&self, id: ActorId) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.speaker == Some(id))
    }

    /// The events in which an actor is a source or a target.
    pub fn events_of(&self, id: ActorId) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.source.contains(&id) || e.target.contains(&id))
    }

    /// The actor whose id (stable key) is `key`, such as `"RUS"` or `"OTAN"`.
    pub fn actor_by_key(&self, key: &str) -> Option<(ActorId, &Actor)> {
        self.actors.iter().enumerate().find(|(_, a)| a.id == key).map(|(i, a)| (ActorId(i), a))
    }
}

/// An index into [`Analysis::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub usize);

/// Where a date was anchored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The publication date given in the [`Options`](crate::Options).
    PublicationDate,
    /// A dateline at the top of the text (`29 mai 2012. -`).
    Dateline,
    /// The date the narrative last set (`le lendemain` after `le 7 décembre`).
    Narrative,
    /// The expression is complete by itself (`le 7 décembre 2021`).
    Absolute,
    /// Nothing: no date to resolve against.
    #[default]
    None,
}

impl Anchor {
    /// The snake-case name used in JSON (`publication_date`).
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::PublicationDate => "publication_date",
            Anchor::Dateline => "dateline",
            Anchor::Narrative => "narrative",
            Anchor::Absolute => "absolute",
            Anchor::None => "none",
        }
    }
}

/// What an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named individual.
    Person,
    /// A named organisation: intergovernmental, party, union, company,
    /// NGO, media, armed group.
    Organization,
    /// A state or territory as a whole, including its capital or seat used
    /// as a metonym.
    Country,
    /// A state body: government, ministry, army, police, parliament, court,
    /// presidency.
    Government,
    /// An unnamed collective: `les manifestants`, `des responsables`.
    Group,
}

impl ActorKind {
    /// The lower-case name used in JSON and lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Government => "government",
            ActorKind::Group => "group",
        }
    }

    /// Reads the lower-case name.
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "person" => ActorKind::Person,
            "organization" | "organisation" => ActorKind::Organization,
            "country" => ActorKind::Country,
            "government" => ActorKind::Government,
            "group" => ActorKind::Group,
            _ => return None,
        })
    }
}

/// An ISO 3166-1 alpha-3 country code (`RUS`, `USA`, `FRA`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Reads a three-letter upper-case code.
    pub fn new(code: &str) -> Option<CountryCode> {
        let b = code.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| CountryCode([b[0], b[1], b[2]]))
    }

    /// The code as a string.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<CountryCode, D::Error> {
        let s = String::deserialize(deserializer)?;
        CountryCode::new(&s).ok_or_else(|| serde::de::Error::custom(format!("not an ISO 3166-1 alpha-3 code: {s:?}")))
    }
}

/// A person, organisation, state, state body or collective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// A stable key, unique within the analysis: the ISO 3166-1 alpha-3
    /// code of a country (`RUS`), the lexicon key of a known organisation
    /// (`OTAN`), else a key derived from the canonical name.
    pub id: String,
    /// The canonical display name (`Vladimir Poutine`, `OTAN`, `Russie`).
    pub name: String,
    /// What the actor is.
    pub kind: ActorKind,
    /// The country it belongs to, where one applies.
    pub country: Option<CountryCode>,
    /// Every place the text refers to it, in order.
    pub mentions: Vec<Mention>,
}

/// One place where the text refers to an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The words, without a leading article (`OTAN` in `L’OTAN`).
    pub span: Span,
    /// How the actor is referred to.
    pub form: MentionForm,
}

/// How a mention refers to its actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// A proper name (`Vladimir Poutine`, `Russie`).
    Name,
    /// An acronym (`OTAN`, `UE`).
    Acronym,
    /// A capital or seat standing for its state (`Moscou`, `le Kremlin`).
    Metonym,
    /// A common-noun phrase (`l’alliance`, `le président russe`).
    Description,
    /// A personal pronoun (`il`, `elle`).
    Pronoun,
}

impl MentionForm {
    /// The lower-case name used in JSON (`acronym`).
    pub fn as_str(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Acronym => "acronym",
            MentionForm::Metonym => "metonym",
            MentionForm::Description => "description",
            MentionForm::Pronoun => "pronoun",
        }
    }
}

/// A reported speech act.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Who said it, when the article says.
    pub speaker: Option<ActorId>,
    /// The words that name the speaker at this statement (`l’alliance`).
    pub speaker_mention: Option<Span>,
    /// The reporting cue, or `None` for a quotation that continues the
    /// previous speaker's words.
    pub cue: Option<Cue>,
    /// Direct, indirect or mixed speech.
    pub kind: StatementKind,
    /// The reported words.
    pub content: Span,
    /// To whom it was said (`à l’AFP`, `aux journalistes`), when the text
    /// says.
    pub addressee: Option<ActorId>,
    /// Through what it was said (`dans un communiqué`, `sur Twitter`).
    pub channel: Option<Span>,
    /// When it was said, as an index into [`Analysis::times`]: a day named
    /// near the cue, outside the reported words (`a déclaré mardi`,
    /// `Hier soir, le ministre a affirmé`); `None` when the sentence names
    /// none, or only inside what was said, or only a year, a month or a
    /// duration.
    pub time: Option<usize>,
}

/// The words that report speech: a verb group (`a déclaré`) or a
/// preposition (`selon`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The lemma: the verb's infinitive without its reflexive pronoun
    /// (`déclarer`, `féliciter`), or `selon`, `d'après`, `pour`.
    pub lemma: String,
    /// The cue's words in the text.
    pub span: Span,
    /// What kind of speech act the cue reports.
    pub class: CueClass,
}

/// What kind of speech act a cue reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueClass {
    /// Says that something is so (`déclarer`, `affirmer`, `selon`).
    Assertion,
    /// Makes something known (`annoncer`, `révéler`).
    Announcement,
    /// Warns (`prévenir`, `avertir`, `mettre en garde`).
    Warning,
    /// Accuses or blames (`accuser`, `dénoncer`).
    Accusation,
    /// Denies (`démentir`, `nier`).
    Denial,
    /// Asks a question (`demander si`, `s’interroger`).
    Question,
    /// Asks for something (`demander à`, `exhorter`).
    Request,
    /// Expresses a judgement or a feeling (`estimer`, `se féliciter`,
    /// `regretter`).
    Opinion,
    /// Acknowledges (`reconnaître`, `admettre`).
    Concession,
    /// Promises or commits (`promettre`, `s’engager`).
    Commitment,
}

impl CueClass {
    /// The lower-case name used in JSON and lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            CueClass::Assertion => "assertion",
            CueClass::Announcement => "announcement",
            CueClass::Warning => "warning",
            CueClass::Accusation => "accusation",
            CueClass::Denial => "denial",
            CueClass::Question => "question",
            CueClass::Request => "request",
            CueClass::Opinion => "opinion",
            CueClass::Concession => "concession",
            CueClass::Commitment => "commitment",
        }
    }

    /// Reads the lower-case name.
    pub fn parse(s: &str) -> Option<CueClass> {
        Some(match s {
            "assertion" => CueClass::Assertion,
            "announcement" => CueClass::Announcement,
            "warning" => CueClass::Warning,
            "accusation" => CueClass::Accusation,
            "denial" => CueClass::Denial,
            "question" => CueClass::Question,
            "request" => CueClass::Request,
            "opinion" => CueClass::Opinion,
            "concession" => CueClass::Concession,
            "commitment" => CueClass::Commitment,
            _ => return None,
        })
    }
}

/// Direct, indirect or mixed reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Quoted words: `« … », a déclaré X`.
    Direct,
    /// A reported clause: `X a déclaré que …`, `…, a prévenu X`.
    Indirect,
    /// Indirect speech that contains quoted words: `X a réitéré que « … »`.
    Mixed,
}

impl StatementKind {
    /// The lower-case name used in JSON (`direct`).
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
            StatementKind::Mixed => "mixed",
        }
    }
}

/// The 16 event types of the PLOVER ontology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventType {
    /// Agree, promise, offer, be ready to cooperate.
    Agree,
    /// Meet, visit, talk, negotiate.
    Consult,
    /// Praise, approve, endorse, sign, recognise.
    Support,
    /// Concede, apologise, ease a restriction, release.
    Concede,
    /// Material cooperation.
    Cooperate,
    /// Give aid, grant asylum.
    Aid,
    /// Withdraw, demobilise, disarm.
    Retreat,
    /// Ask, appeal, call on.
    Request,
    /// Accuse, blame, criticise, condemn.
    Accuse,
    /// Reject, refuse, deny, veto.
    Reject,
    /// Threaten, warn of consequences.
    Threaten,
    /// Demonstrate, strike, boycott.
    Protest,
    /// Sanction, expel, break relations.
    Sanction,
    /// Put forces on alert, deploy, mobilise.
    Mobilize,
    /// Arrest, detain, seize, ban.
    Coerce,
    /// Attack, kill, bomb, destroy.
    Assault,
}

impl EventType {
    /// All 16 types, in PLOVER order.
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    /// The upper-case PLOVER name (`CONSULT`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    /// Reads the PLOVER name, in any case.
    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s))
    }

    /// The quad class of the type.
    pub fn quad_class(self) -> QuadClass {
        use EventType::*;
        match self {
            Agree | Consult | Support | Concede => QuadClass::VerbalCooperation,
            Cooperate | Aid | Retreat => QuadClass::MaterialCooperation,
            Request | Accuse | Reject | Threaten => QuadClass::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => QuadClass::MaterialConflict,
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The four classes that event datasets group event types into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    /// Agree, consult, support, concede.
    VerbalCooperation,
    /// Cooperate, aid, retreat.
    MaterialCooperation,
    /// Request, accuse, reject, threaten.
    VerbalConflict,
    /// Protest, sanction, mobilise, coerce, assault.
    MaterialConflict,
}

impl QuadClass {
    /// The snake-case name used in JSON (`verbal_cooperation`).
    pub fn as_str(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }

    /// The conventional number of the class (1 to 4).
    pub fn number(self) -> u8 {
        match self {
            QuadClass::VerbalCooperation => 1,
            QuadClass::MaterialCooperation => 2,
            QuadClass::VerbalConflict => 3,
            QuadClass::MaterialConflict => 4,
        }
    }
}

/// Whether an event happened, will happen, might happen or did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// It happened.
    Asserted,
    /// It is announced or planned.
    Future,
    /// It is conditional (`si …`, `pourrait`).
    Hypothetical,
    /// It did not happen (`n’a pas attaqué`).
    Negated,
}

impl Modality {
    /// The lower-case name used in JSON (`hypothetical`).
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }
}

/// A political interaction, typed with PLOVER.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The PLOVER type.
    pub kind: EventType,
    /// The matching CAMEO code (`040`, `112`).
    pub cameo: String,
    /// Who acts (several for a joint act).
    pub source: Vec<ActorId>,
    /// At whom it is directed; empty when no one is named.
    pub target: Vec<ActorId>,
    /// When it happened: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `XXXX-MM-DD`.
    pub date: Option<String>,
    /// The words that carry the event (`se sont entretenus`, `attaque`).
    pub trigger: Span,
    /// Whether it happened.
    pub modality: Modality,
    /// The statement it was reported in, as an index into
    /// [`Analysis::statements`].
    pub statement: Option<usize>,
    /// The id of the pattern that fired, to trace the event to its rule.
    pub pattern: String,
    /// The sentence it was found in.
    pub sentence: Span,
}

impl Event {
    /// The quad class of the event's type.
    pub fn quad_class(&self) -> QuadClass {
        self.kind.quad_class()
    }
}

/// The TIMEX3 type of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `le 7 décembre`, `hier`, `en 2021`.
    Date,
    /// A time of day: `14 h 30`, `hier soir`.
    Time,
    /// A length of time: `deux ans`, `trente minutes`.
    Duration,
    /// A recurrence: `chaque année`, `tous les lundis`.
    Set,
}

impl TimexType {
    /// The upper-case TIMEX3 name used in JSON (`DATE`).
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression and its TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpression {
    /// The words.
    pub span: Span,
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its TIMEX3 value: `2021-12-07`, `2021-W49`, `XXXX-12-07`,
    /// `2021-12-07TEV`, `P2Y`, `PRESENT_REF`…
    pub value: String,
    /// What the value was resolved against.
    pub anchor: Anchor,
}

// ------------------------------------------------------------------ JSON

/// A span with its words, as the JSON schema writes it.
struct SpanText<'a> {
    span: Span,
    text: &'a str,
}

impl Serialize for SpanText<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut st = serializer.serialize_struct("Span", 3)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("text", self.text.get(self.span.range()).unwrap_or(""))?;
        st.end()
    }
}

/// What serialising an item needs besides the item: the text and the
/// actors that ids refer to.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    text: &'a str,
    actors: &'a [Actor],
}

impl<'a> Ctx<'a> {
    fn span(self, span: Span) -> SpanText<'a> {
        SpanText { span, text: self.text }
    }

    fn words(self, span: Span) -> &'a str {
        self.text.get(span.range()).unwrap_or("")
    }

    fn key(self, id: Option<ActorId>) -> Option<&'a str> {
        id.and_then(|i| self.actors.get(i.0)).map(|a| a.id.as_str())
    }
}

/// An item that serialises through a view borrowing the item and the context.
trait ToJson {
    type View<'a>: Serialize
    where
        Self: 'a;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> Self::View<'a>;
}

struct List<'a, T> {
    items: &'a [T],
    ctx: Ctx<'a>,
}

impl<T: ToJson> Serialize for List<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.items.len()))?;
        for item in self.items {
            seq.serialize_element(&item.view(self.ctx))?;
        }
        seq.end()
    }
}

impl ToJson for ActorId {
    type View<'a> = Option<&'a str>;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> Option<&'a str> {
        ctx.key(Some(*self))
    }
}

impl ToJson for Mention {
    type View<'a> = MentionJson<'a>;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> MentionJson<'a> {
        MentionJson { start: self.span.start, end: self.span.end, text: ctx.words(self.span), form: self.form }
    }
}

impl ToJson for Actor {
    type View<'a> = ActorJson<'a>;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> ActorJson<'a> {
        ActorJson {
            id: &self.id,
            name: &self.name,
            kind: self.kind,
            country: self.country,
            mentions: List { items: &self.mentions, ctx },
        }
    }
}

impl ToJson for Statement {
    type View<'a> = StatementJson<'a>;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> StatementJson<'a> {
        StatementJson {
            speaker: ctx.key(self.speaker),
            speaker_mention: self.speaker_mention.map(|s| ctx.span(s)),
            cue: self.cue.as_ref().map(|c| CueJson {
                lemma: &c.lemma,
                start: c.span.start,
                end: c.span.end,
                text: ctx.words(c.span),
                class: c.class,
            }),
            kind: self.kind,
            content: ctx.span(self.content),
            addressee: ctx.key(self.addressee),
            channel: self.channel.map(|s| ctx.span(s)),
            time: self.time,
        }
    }
}

impl ToJson for Event {
    type View<'a> = EventJson<'a>;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> EventJson<'a> {
        EventJson {
            kind: self.kind,
            cameo: &self.cameo,
            quad_class: self.kind.quad_class(),
            source: List { items: &self.source, ctx },
            target: List { items: &self.target, ctx },
            date: self.date.as_deref(),
            trigger: ctx.span(self.trigger),
            modality: self.modality,
            statement: self.statement,
            pattern: &self.pattern,
            sentence: ctx.span(self.sentence),
        }
    }
}

impl ToJson for TimeExpression {
    type View<'a> = TimeJson<'a>;
    fn view<'a>(&'a self, ctx: Ctx<'a>) -> TimeJson<'a> {
        TimeJson {
            start: self.span.start,
            end: self.span.end,
            text: ctx.words(self.span),
            kind: self.kind,
            value: &self.value,
            anchor: self.anchor,
        }
    }
}

impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ctx = Ctx { text: self.text, actors: &self.actors };
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("published", &self.published)?;
        map.serialize_entry("actors", &List { items: &self.actors, ctx })?;
        map.serialize_entry("statements", &List { items: &self.statements, ctx })?;
        map.serialize_entry("events", &List { items: &self.events, ctx })?;
        map.serialize_entry("times", &List { items: &self.times, ctx })?;
        map.end()
    }
}

#[derive(Serialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    form: MentionForm,
}

#[derive(Serialize)]
struct ActorJson<'a> {
    id: &'a str,
    name: &'a str,
    kind: ActorKind,
    country: Option<CountryCode>,
    mentions: List<'a, Mention>,
}

#[derive(Serialize)]
struct CueJson<'a> {
    lemma: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    class: CueClass,
}

#[derive(Serialize)]
struct StatementJson<'a> {
    speaker: Option<&'a str>,
    speaker_mention: Option<SpanText<'a>>,
    cue: Option<CueJson<'a>>,
    kind: StatementKind,
    content: SpanText<'a>,
    addressee: Option<&'a str>,
    channel: Option<SpanText<'a>>,
    time: Option<usize>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    #[serde(rename = "type")]
    kind: EventType,
    cameo: &'a str,
    quad_class: QuadClass,
    source: List<'a, ActorId>,
    target: List<'a, ActorId>,
    date: Option<&'a str>,
    trigger: SpanText<'a>,
    modality: Modality,
    statement: Option<usize>,
    pattern: &'a str,
    sentence: SpanText<'a>,
}

#[derive(Serialize)]
struct TimeJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: TimexType,
    value: &'a str,
    anchor: Anchor,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// For each enum, every variant: the `match` without a wildcard stops
    /// the build when a variant is added and not listed, and each listed
    /// variant's `as_str` must be what serde writes.
    macro_rules! check_as_str {
        ($($ty:ident: [$($variant:ident),+ $(,)?]),+ $(,)?) => {$(
            {
                fn listed(v: $ty) {
                    match v {
                        $($ty::$variant => {})+
                    }
                }
                for v in [$($ty::$variant),+] {
                    listed(v);
                    let json = serde_json::to_string(&v).expect("a unit variant serialises");
                    assert_eq!(json, format!("\"{}\"", v.as_str()), "{}::{v:?}", stringify!($ty));
                }
            }
        )+};
    }

    #[test]
    fn as_str_is_what_serde_writes() {
        check_as_str! {
            Anchor: [PublicationDate, Dateline, Narrative, Absolute, None],
            ActorKind: [Person, Organization, Country, Government, Group],
            MentionForm: [Name, Acronym, Metonym, Description, Pronoun],
            CueClass: [
                Assertion, Announcement, Warning, Accusation, Denial, Question, Request, Opinion, Concession,
                Commitment,
            ],
            StatementKind: [Direct, Indirect, Mixed],
            EventType: [
                Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request, Accuse, Reject, Threaten,
                Protest, Sanction, Mobilize, Coerce, Assault,
            ],
            QuadClass: [VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict],
            Modality: [Asserted, Future, Hypothetical, Negated],
            TimexType: [Date, Time, Duration, Set],
        }
        assert_eq!(EventType::ALL.len(), 16);
    }
}
