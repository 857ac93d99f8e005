//! Lexicons: the French word lists that the grammar looks up, and the
//! tools that build them.
//!
//! The data files in `data/` (see `data/README.md`) are embedded with
//! `include_str!`. Reporting cues and event patterns give verb lemmas;
//! [`conjugate`] expands each into the inflected forms that text uses.

// The lexicon builder that reads the conjugator is not written yet: until
// it is, only the tests use this module.
#![cfg_attr(not(test), allow(dead_code))]

pub(crate) mod conjugate;
