//! A dump of the intermediate layers (mentions, entities, verb groups,
//! statement drafts), for developing the grammar. Only with the
//! `debug-dump` feature.

use std::fmt::Write;

use crate::actors;
use crate::grammar::Tagged;
use crate::grammar::args::MentionIndex;
use crate::grammar::verbs;
use crate::lexicon::BUILTIN;
use crate::statements;
use crate::text::{Document, SentenceRole};

/// Dumps the layers of the analysis of `text`.
pub fn dump(text: &str) -> String {
    let doc = Document::new(text);
    let t = Tagged::new(&doc, &BUILTIN);
    let mentions = actors::mentions::find(&t);
    let mut res = actors::resolve::resolve(&t, &mentions);
    let index = MentionIndex::new(doc.tokens.len(), &mentions);
    let mut groups = verbs::SentenceGroups::default();
    for s in &doc.sentences {
        groups.push_sentence(&t, (s.role == SentenceRole::Body).then(|| s.tokens.clone()));
    }
    let input =
        statements::Input { t: &t, mentions: &mentions, index: &index, groups: &groups, max_quote_bytes: 1 << 20 };
    let drafts = statements::find(&input);
    let speakers = statements::resolve_speakers(&t, &mentions, &mut res, &drafts);
    let mut out = String::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let _ = writeln!(out, "== {s} {:?}: {}", sentence.role, sentence.span.as_str(text));
        for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.sentence == s) {
            let e = res
                .entity(i)
                .map(|e| format!("{} [{}]", res.entities[e].name, res.entities[e].key))
                .unwrap_or_default();
            let _ = writeln!(out, "   M{i} {:?} {:?} -> {e}", m.referent, m.span.as_str(text));
        }
        for g in &groups[s] {
            let words = crate::Span::new(
                doc.tokens[g.trigger.start].start as usize,
                doc.tokens[g.trigger.end - 1].end as usize,
            );
            let lemma = g.lemma.map(|l| t.lex.lemmas[l as usize].text.clone()).unwrap_or_default();
            let _ = writeln!(
                out,
                "   V {:?} {:?} {lemma} neg={} pass={}",
                words.as_str(text),
                g.tense,
                g.negated,
                g.passive
            );
        }
    }
    for (d, sp) in drafts.iter().zip(&speakers) {
        let who = sp.map(|e| res.entities[e].name.clone()).unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "S [{who}] {:?} {:?} {:?}: {}",
            d.speaker,
            d.cue.as_ref().map(|c| &c.0),
            d.kind,
            d.content.as_str(text)
        );
    }
    out
}
