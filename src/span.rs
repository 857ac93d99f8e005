//! Byte spans into the caller's text.

use serde::{Deserialize, Serialize};

/// A half-open range of byte offsets `start..end` into the analysed text.
///
/// Every item that depeche extracts carries one or more spans; the text itself
/// is never copied or modified, so `&text[span.range()]` is always the exact
/// wording of the article. Offsets always fall on UTF-8 character boundaries.
///
/// ```
/// use depeche::Span;
/// let text = "L’OTAN a déclaré";
/// let span = Span::new(4, 8);
/// assert_eq!(span.as_str(text), "OTAN");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The length of the span in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The span as a range, for slicing.
    #[inline]
    pub const fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text the span covers. Panics if the span does not fit `text`, which
    /// cannot happen for a span that depeche returned for that same text.
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    /// True when `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span that covers both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_slice_measure_and_compare() {
        let text = "Moscou insiste";
        let a = Span::new(0, 6);
        let b = Span::new(7, 14);
        assert_eq!(a.as_str(text), "Moscou");
        assert_eq!(b.len(), 7);
        assert!(!a.overlaps(b));
        assert_eq!(a.cover(b).as_str(text), text);
        assert!(a.cover(b).contains(b));
        assert!(Span::new(3, 3).is_empty());
    }
}
