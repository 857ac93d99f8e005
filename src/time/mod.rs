//! Time expressions: French temporal expressions found in the text, typed
//! and normalised as TimeML TIMEX3 values against the publication date and
//! the date the narrative last set.
//!
//! Stage contract (used by the extractor and by event dating):
//! [`extract`] returns a [`TimeLayer`]: every expression with its token
//! range, and for every sentence the narrative anchor in force at its end.

use std::ops::Range;

use crate::Date;
use crate::analysis::{Anchor, TimeExpression};
use crate::text::Document;

/// What the time stage hands to later stages.
#[derive(Clone, Debug, Default)]
pub(crate) struct TimeLayer {
    /// The expressions, in text order.
    pub times: Vec<TimeExpression>,
    /// The token range of each expression (parallel to `times`).
    pub tokens: Vec<Range<usize>>,
    /// For each sentence of the document, the calendar date (a TIMEX3 date
    /// value such as `2021-12-07` or `XXXX-12-07`) that the narrative has
    /// set by the end of that sentence, if any.
    pub anchors: Vec<Option<String>>,
    /// The publication date used: the one given, else one read from a
    /// dateline.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_from: Anchor,
}

/// Finds and normalises the time expressions of a document.
pub(crate) fn extract(doc: &Document, published: Option<Date>) -> TimeLayer {
    TimeLayer {
        anchors: vec![None; doc.sentences.len()],
        published,
        published_from: if published.is_some() { Anchor::PublicationDate } else { Anchor::None },
        ..TimeLayer::default()
    }
}
