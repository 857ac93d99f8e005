//! The one error type of the crate.

/// What went wrong, with enough detail to point at the offending input.
///
/// depeche has a single opaque error type: match on [`Error::kind`] to tell
/// the cases apart. Analysing well-formed text never fails except when a
/// limit set in [`Options`](crate::Options) is exceeded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: ErrorKind,
}

/// The cases of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input bytes are not UTF-8; `position` is the offset of the first
    /// invalid byte.
    #[error("invalid UTF-8 at byte {position}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        position: usize,
    },
    /// The document is longer than the configured maximum.
    #[error("document of {len} bytes exceeds the limit of {max} bytes")]
    DocumentTooLarge {
        /// Length of the document in bytes.
        len: usize,
        /// The configured maximum in bytes.
        max: usize,
    },
    /// A publication date could not be read (expects `YYYY-MM-DD`).
    #[error("invalid date {input:?}: expected YYYY-MM-DD")]
    InvalidDate {
        /// The text that was given.
        input: String,
    },
    /// A user lexicon file is malformed.
    #[error("{file}:{line}: {}{message}", field.as_ref().map(|f| format!("field {f:?}: ")).unwrap_or_default())]
    Lexicon {
        /// The file (or other source name) that was read.
        file: String,
        /// The 1-based line of the problem.
        line: usize,
        /// The field (column name) at fault, when one is.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// What kind of error this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn lexicon(source: &str, line: usize, field: Option<&str>, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Lexicon {
            file: source.to_string(),
            line,
            field: field.map(str::to_string),
            message: message.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_position() {
        let e = Error::new(ErrorKind::InvalidUtf8 { position: 17 });
        assert_eq!(e.to_string(), "invalid UTF-8 at byte 17");
        let e = Error::lexicon("acteurs.tsv", 3, Some("kind"), "unknown kind \"parti\"");
        assert_eq!(e.to_string(), "acteurs.tsv:3: field \"kind\": unknown kind \"parti\"");
    }
}
