//! Verb groups (filled with the conjugator).
