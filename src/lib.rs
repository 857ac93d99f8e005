//! # depeche
//!
//! depeche reads French news prose and returns typed, serialisable
//! structures with byte spans into the caller's text:
//!
//! - [`Actor`]s: who is who — people, organisations, states, state bodies
//!   and groups, each with a canonical name, kind, country and every
//!   mention;
//! - [`Statement`]s: who said what — direct, indirect and mixed reported
//!   speech, with the speaker resolved to an actor, the cue and the content;
//! - [`Event`]s: who did what to whom and when, typed with the 16 PLOVER
//!   event types, with source and target actors, date, trigger and modality;
//! - [`TimeExpression`]s: TimeML TIMEX3 values resolved against the
//!   publication date.
//!
//! It is pure Rust: no model to download, no Python, no JVM.
//!
//! ```
//! use depeche::{Extractor, Options};
//!
//! let extractor = Extractor::new(); // build once, share across threads
//! let text = "Le ministère russe des Affaires étrangères a déclaré que Moscou insistait.";
//! let options = Options::default().published("2021-12-10".parse()?);
//! let analysis = extractor.analyze_with(text, &options)?;
//! for statement in &analysis.statements {
//!     let who = analysis.speaker(statement).map(|a| a.name.as_str());
//!     println!("{who:?}: {}", analysis.words(statement.content));
//! }
//! # Ok::<(), depeche::Error>(())
//! ```
//!
//! The text layer is public too: [`text::Document`] gives tokens,
//! sentences, paragraphs and quotations.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod actors;
mod analysis;
mod date;
#[cfg(feature = "debug-dump")]
#[doc(hidden)]
pub mod debug;
mod error;
mod events;
mod extractor;
mod grammar;
mod hash;
mod lexicon;
mod span;
mod statements;
pub mod text;
mod time;

pub use analysis::{
    Actor, ActorId, ActorKind, Analysis, Anchor, CountryCode, Cue, CueClass, Event, EventType, Mention, MentionForm,
    Modality, QuadClass, Statement, StatementKind, TimeExpression, TimexType,
};
pub use date::Date;
pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, ExtractorBuilder, LexiconKind, Limits, Options, Stage};
pub use span::Span;
