//! The entry point: an [`Extractor`] built once, used for many texts.

use std::sync::Arc;

use crate::Date;
use crate::actors;
use crate::analysis::{ActorId, Analysis, Cue, Event, Statement};
use crate::error::{Error, ErrorKind};
use crate::grammar::Tagged;
use crate::grammar::args::MentionIndex;
use crate::grammar::verbs::SentenceGroups;
use crate::lexicon::{BUILTIN, FileKind, Lexicon, Sources};
use crate::text::Document;
use crate::text::SentenceRole;
use crate::time;
use crate::{events, statements};

/// Per-call settings of an analysis.
///
/// ```
/// use depeche::{Date, Options};
/// let options = Options::default().published("2021-12-10".parse::<Date>()?);
/// assert_eq!(options.publication_date().map(|d| d.to_string()).as_deref(), Some("2021-12-10"));
/// # Ok::<(), depeche::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    published: Option<Date>,
}

impl Options {
    /// Sets the publication date that relative time expressions (`hier`,
    /// `mardi`) resolve against. Without one, a dateline at the top of the
    /// text is used when there is one.
    pub fn published(mut self, date: Date) -> Options {
        self.published = Some(date);
        self
    }

    /// The publication date, when one was set.
    pub fn publication_date(&self) -> Option<Date> {
        self.published
    }
}

/// Limits that protect a service from hostile or broken input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest document accepted, in bytes.
    pub max_document_bytes: usize,
    /// The longest quotation kept as one statement, in bytes.
    pub max_quote_bytes: usize,
}

impl Default for Limits {
    /// 64 MiB per document and 64 KiB per quotation: far above any real
    /// article, far below what would exhaust a server.
    fn default() -> Limits {
        Limits { max_document_bytes: 64 << 20, max_quote_bytes: 64 << 10 }
    }
}

/// Configures and builds an [`Extractor`].
///
/// ```
/// let extractor = depeche::Extractor::builder().max_document_bytes(1 << 20).build()?;
/// assert!(extractor.analyze("Moscou insiste.").is_ok());
/// # Ok::<(), depeche::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    limits: Limits,
    /// User lexicons, in the order given: `(kind, source name, TSV text)`.
    lexicons: Vec<(LexiconKind, String, String)>,
    /// Kinds whose built-in entries are dropped.
    replaced: Vec<LexiconKind>,
}

/// The lexicons a user can extend or replace through
/// [`ExtractorBuilder`]. Each has the columns of the built-in file of the
/// same name, documented in the crate's `src/lexicon/data/README.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LexiconKind {
    /// States and territories: `iso3 names demonyms capitals seats`.
    Countries,
    /// Named organisations: `key kind class country names`.
    Organisations,
    /// Well-known people: `key names gender country roles`.
    Persons,
    /// Titles and functions: `forms class`.
    Roles,
    /// State bodies named by common nouns: `forms gender class`.
    StateBodies,
    /// Nouns of unnamed collectives: `forms gender class kind`.
    Groups,
    /// Places that are not actors: `name class country`.
    Places,
    /// Given names: `name gender`.
    FirstNames,
    /// Reporting cues: `lemma class frames`.
    Cues,
    /// PLOVER event patterns: `id lemma pos type cameo source target flags`.
    Events,
}

impl LexiconKind {
    fn file_kind(self) -> FileKind {
        match self {
            LexiconKind::Countries => FileKind::Countries,
            LexiconKind::Organisations => FileKind::Organisations,
            LexiconKind::Persons => FileKind::Persons,
            LexiconKind::Roles => FileKind::Roles,
            LexiconKind::StateBodies => FileKind::Bodies,
            LexiconKind::Groups => FileKind::Groups,
            LexiconKind::Places => FileKind::Places,
            LexiconKind::FirstNames => FileKind::FirstNames,
            LexiconKind::Cues => FileKind::Cues,
            LexiconKind::Events => FileKind::Events,
        }
    }

    /// The column names of the lexicon, in order.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            LexiconKind::Countries => &["iso3", "names", "demonyms", "capitals", "seats"],
            LexiconKind::Organisations => &["key", "kind", "class", "country", "names"],
            LexiconKind::Persons => &["key", "names", "gender", "country", "roles"],
            LexiconKind::Roles => &["forms", "class"],
            LexiconKind::StateBodies => &["forms", "gender", "class"],
            LexiconKind::Groups => &["forms", "gender", "class", "kind"],
            LexiconKind::Places => &["name", "class", "country"],
            LexiconKind::FirstNames => &["name", "gender"],
            LexiconKind::Cues => &["lemma", "class", "frames"],
            LexiconKind::Events => &["id", "lemma", "pos", "type", "cameo", "source", "target", "flags"],
        }
    }
}

impl ExtractorBuilder {
    /// A builder with the compiled-in French lexicons and default limits.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Sets the largest document accepted, in bytes; larger ones fail with
    /// [`ErrorKind::DocumentTooLarge`].
    pub fn max_document_bytes(mut self, max: usize) -> ExtractorBuilder {
        self.limits.max_document_bytes = max;
        self
    }

    /// Sets the longest quotation kept as one statement, in bytes.
    pub fn max_quote_bytes(mut self, max: usize) -> ExtractorBuilder {
        self.limits.max_quote_bytes = max;
        self
    }

    /// Adds lexicon entries written as tab-separated text in the columns of
    /// [`LexiconKind::columns`] (`#` starts a comment line). Entries come
    /// after the built-in ones; an entry whose key repeats a built-in one
    /// replaces it. `name` names the source in error messages.
    ///
    /// ```
    /// use depeche::{Extractor, LexiconKind};
    /// let extractor = Extractor::builder()
    ///     .lexicon_tsv(LexiconKind::Organisations, "mine", "ACME\torganization\tcompany\tFRA\tAcme|le groupe Acme\n")
    ///     .build()?;
    /// let analysis = extractor.analyze("Acme a déclaré que ses usines resteraient ouvertes.")?;
    /// assert_eq!(analysis.statements[0].speaker.map(|id| analysis.actor(id).id.as_str()), Some("ACME"));
    /// # Ok::<(), depeche::Error>(())
    /// ```
    pub fn lexicon_tsv(
        mut self,
        kind: LexiconKind,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> ExtractorBuilder {
        self.lexicons.push((kind, name.into(), text.into()));
        self
    }

    /// Reads a lexicon file: tab-separated text (`.tsv`, any other
    /// extension) or JSON (`.json`): an array of objects whose fields are
    /// the lexicon's columns, each a string or an array of strings (joined
    /// as alternatives). Errors name the file, the line (or the entry of a
    /// JSON array) and the field.
    pub fn lexicon_file(self, kind: LexiconKind, path: impl AsRef<std::path::Path>) -> Result<ExtractorBuilder, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::lexicon(&name, 0, None, e.to_string()))?;
        let text = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
            json_to_tsv(kind, &name, &text)?
        } else {
            text
        };
        Ok(self.lexicon_tsv(kind, name, text))
    }

    /// Drops the built-in entries of a lexicon, so that only the user's
    /// entries of that kind are used.
    pub fn replace_lexicon(mut self, kind: LexiconKind) -> ExtractorBuilder {
        self.replaced.push(kind);
        self
    }

    /// Builds the extractor, compiling the lexicons when user entries were
    /// given (the built-in lexicon alone is compiled once and shared).
    pub fn build(self) -> Result<Extractor, Error> {
        let lexicon = if self.lexicons.is_empty() && self.replaced.is_empty() {
            BUILTIN.clone()
        } else {
            let mut sources = Sources::builtin();
            for kind in &self.replaced {
                sources.clear(kind.file_kind());
            }
            for (kind, name, text) in self.lexicons {
                sources.add(kind.file_kind(), name, text);
            }
            Arc::new(Lexicon::build(&sources)?)
        };
        Ok(Extractor { inner: Arc::new(Inner { limits: self.limits, lexicon }) })
    }
}

/// Turns a JSON lexicon (an array of objects) into the TSV text of its
/// kind, so that one parser checks both.
fn json_to_tsv(kind: LexiconKind, name: &str, text: &str) -> Result<String, Error> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Error::lexicon(name, e.line(), None, format!("malformed JSON: {e}")))?;
    let entries = value.as_array().ok_or_else(|| Error::lexicon(name, 1, None, "expected a JSON array of objects"))?;
    let mut out = String::new();
    // Line numbers of the TSV text are entry numbers: keep one line each.
    for (n, entry) in entries.iter().enumerate() {
        let object =
            entry.as_object().ok_or_else(|| Error::lexicon(name, n + 1, None, "each entry must be a JSON object"))?;
        let mut fields = Vec::with_capacity(kind.columns().len());
        for column in kind.columns() {
            let field = match object.get(*column) {
                None | Some(serde_json::Value::Null) => "-".to_string(),
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(items)) => items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| Error::lexicon(name, n + 1, Some(column), "expected strings"))?
                    .join("|"),
                Some(_) => {
                    return Err(Error::lexicon(name, n + 1, Some(column), "expected a string or an array of strings"));
                }
            };
            if field.contains(['\t', '\n']) {
                return Err(Error::lexicon(name, n + 1, Some(column), "tabs and line breaks are not allowed"));
            }
            fields.push(if field.is_empty() { "-".to_string() } else { field });
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    Ok(out)
}

#[derive(Debug)]
struct Inner {
    limits: Limits,
    lexicon: Arc<Lexicon>,
}

/// A stage of the pipeline, in the order they run, for
/// [`Extractor::run_until`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Tokens, sentences, paragraphs and quotations.
    Text,
    /// Time expressions, resolved against the publication date.
    Times,
    /// Lexicon lookup of every token (senses, flags).
    Tagging,
    /// Actor mentions: names, roles, countries, pronouns.
    Mentions,
    /// Mentions grouped into entities (coreference).
    Resolution,
    /// Verb groups of every body sentence.
    Verbs,
    /// Reported speech and its speakers.
    Statements,
    /// PLOVER events.
    Events,
    /// The whole analysis, actors selected and ids assigned.
    Analysis,
}

impl Stage {
    /// Every stage, in the order they run.
    ///
    /// ```
    /// use depeche::Stage;
    /// assert_eq!(Stage::ALL.first(), Some(&Stage::Text));
    /// assert_eq!(Stage::ALL.last(), Some(&Stage::Analysis));
    /// ```
    pub const ALL: [Stage; 9] = [
        Stage::Text,
        Stage::Times,
        Stage::Tagging,
        Stage::Mentions,
        Stage::Resolution,
        Stage::Verbs,
        Stage::Statements,
        Stage::Events,
        Stage::Analysis,
    ];
}

enum Run<'t> {
    Stopped(usize),
    Done(Analysis<'t>),
}

/// Reads French news prose and returns its [`Analysis`].
///
/// Build it once and share it: it is `Send + Sync` and cheap to clone, and
/// every analysis only reads it.
///
/// ```
/// let extractor = depeche::Extractor::new();
/// let analysis = extractor.analyze("L’OTAN a déclaré que la Russie devait agir.")?;
/// assert!(analysis.text().starts_with("L’OTAN"));
/// # Ok::<(), depeche::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the compiled-in French lexicons.
    pub fn new() -> Extractor {
        Extractor { inner: Arc::new(Inner { limits: Limits::default(), lexicon: BUILTIN.clone() }) }
    }

    /// A builder to add lexicons or set limits.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The limits this extractor enforces.
    pub fn limits(&self) -> Limits {
        self.inner.limits
    }

    /// Analyses a text with default options.
    pub fn analyze<'t>(&self, text: &'t str) -> Result<Analysis<'t>, Error> {
        self.analyze_with(text, &Options::default())
    }

    /// Analyses a text.
    pub fn analyze_with<'t>(&self, text: &'t str, options: &Options) -> Result<Analysis<'t>, Error> {
        match self.run(text, options, Stage::Analysis) {
            Ok(Run::Done(analysis)) => Ok(analysis),
            Ok(Run::Stopped(_)) => unreachable!("the last stage always completes the analysis"),
            Err(e) => Err(e),
        }
    }

    /// Runs the pipeline up to and including `stage` and returns a count of
    /// what that stage produced (tokens, mentions, statements…), for
    /// profiling: benches time each prefix of the pipeline, and the
    /// difference between two prefixes is the cost of a stage.
    pub fn run_until(&self, text: &str, options: &Options, stage: Stage) -> Result<usize, Error> {
        match self.run(text, options, stage)? {
            Run::Stopped(n) => Ok(n),
            Run::Done(analysis) => Ok(analysis.actors.len() + analysis.statements.len() + analysis.events.len()),
        }
    }

    fn run<'t>(&self, text: &'t str, options: &Options, stop: Stage) -> Result<Run<'t>, Error> {
        let max = self.inner.limits.max_document_bytes;
        if text.len() > max {
            return Err(Error::new(ErrorKind::DocumentTooLarge { len: text.len(), max }));
        }
        let doc = Document::new(text);
        if stop == Stage::Text {
            return Ok(Run::Stopped(doc.tokens.len() + doc.sentences.len() + doc.quotes.len()));
        }
        let time = time::extract(&doc, options.publication_date());
        if stop == Stage::Times {
            return Ok(Run::Stopped(time.times.len()));
        }
        let tagged = Tagged::new(&doc, &self.inner.lexicon);
        if stop == Stage::Tagging {
            return Ok(Run::Stopped(tagged.words.len()));
        }
        let mentions = actors::mentions::find(&tagged);
        if stop == Stage::Mentions {
            return Ok(Run::Stopped(mentions.len()));
        }
        let mut resolution = actors::resolve::resolve(&tagged, &mentions);
        if stop == Stage::Resolution {
            return Ok(Run::Stopped(resolution.entities.len()));
        }
        let index = MentionIndex::new(doc.tokens.len(), &mentions);
        let mut groups = SentenceGroups::default();
        for s in &doc.sentences {
            groups.push_sentence(&tagged, (s.role == SentenceRole::Body).then(|| s.tokens.clone()));
        }
        if stop == Stage::Verbs {
            return Ok(Run::Stopped(groups.len()));
        }
        let input = statements::Input {
            t: &tagged,
            mentions: &mentions,
            index: &index,
            groups: &groups,
            max_quote_bytes: self.inner.limits.max_quote_bytes,
        };
        let drafts = statements::find(&input);
        let speakers = statements::resolve_speakers(&tagged, &mentions, &mut resolution, &drafts);
        if stop == Stage::Statements {
            return Ok(Run::Stopped(drafts.len()));
        }
        let found = events::find(
            &events::Input {
                t: &tagged,
                mentions: &mentions,
                index: &index,
                groups: &groups,
                drafts: &drafts,
                speakers: &speakers,
                time: &time,
                draft_index: Default::default(),
                affiliations: Default::default(),
                conditional: Default::default(),
            },
            &mut resolution,
        );
        if stop == Stage::Events {
            return Ok(Run::Stopped(found.len()));
        }
        let (actors, of_entity) = actors::select(&tagged, &mentions, &resolution);
        let actor_of = |e: Option<usize>| e.and_then(|e| of_entity[e]).map(ActorId);
        let statements = drafts
            .iter()
            .zip(&speakers)
            .map(|(d, &speaker)| Statement {
                speaker: actor_of(speaker),
                speaker_mention: match &d.speaker {
                    statements::Speaker::Mentions(ms) => ms.first().map(|&m| mentions[m].span),
                    _ => None,
                },
                cue: d.cue.as_ref().map(|(lemma, span, class)| Cue {
                    lemma: lemma.clone(),
                    span: *span,
                    class: *class,
                }),
                kind: d.kind,
                content: d.content,
                addressee: d.addressee.first().and_then(|&m| actor_of(resolution.entity(m))),
                channel: d.channel,
                time: statements::time_of(&tagged, &groups, &time, d),
            })
            .collect();
        let events = found
            .into_iter()
            .filter_map(|f| {
                let source: Vec<ActorId> = f.source.iter().filter_map(|&e| actor_of(Some(e))).collect();
                let target: Vec<ActorId> = f.target.iter().filter_map(|&e| actor_of(Some(e))).collect();
                (!source.is_empty() || !target.is_empty()).then_some(Event {
                    kind: f.kind,
                    cameo: f.cameo,
                    source,
                    target,
                    date: f.date,
                    trigger: f.trigger,
                    modality: f.modality,
                    statement: f.statement,
                    pattern: f.pattern,
                    sentence: f.sentence,
                })
            })
            .collect();
        Ok(Run::Done(Analysis {
            text,
            published: time.published,
            published_from: time.published_from,
            actors,
            statements,
            events,
            times: time.times,
        }))
    }

    /// Analyses raw bytes, which must be UTF-8; invalid bytes give
    /// [`ErrorKind::InvalidUtf8`] with the offset of the first bad byte.
    pub fn analyze_bytes<'t>(&self, bytes: &'t [u8], options: &Options) -> Result<Analysis<'t>, Error> {
        let text =
            std::str::from_utf8(bytes).map_err(|e| Error::new(ErrorKind::InvalidUtf8 { position: e.valid_up_to() }))?;
        self.analyze_with(text, options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        assert_send_sync::<Analysis<'static>>();
    }

    #[test]
    fn documents_over_the_limit_are_refused() {
        let extractor = Extractor::builder().max_document_bytes(10).build().unwrap();
        let err = extractor.analyze("Le président russe a déclaré").unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::DocumentTooLarge { len: 31, max: 10 }));
    }

    #[test]
    fn invalid_utf8_names_its_position() {
        let err = Extractor::new().analyze_bytes(b"Moscou \xFF insiste", &Options::default()).unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { position: 7 });
    }
}
