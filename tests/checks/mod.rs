//! Checks shared by the hostile-input, invariant and fuzz-regression tests:
//! what every analysis of every text must satisfy, whatever the text.

#![allow(dead_code)]

use std::sync::OnceLock;

use depeche::text::Document;
use depeche::{Analysis, Date, Extractor, Options, Span};

/// One extractor for the whole test binary, its lexicon already compiled
/// (the first analysis pays for compiling it, which no timing should count).
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let extractor = Extractor::new();
        extractor.analyze("Le président russe a déclaré que Moscou insistait.").expect("warm-up");
        extractor
    })
}

/// The options of every test: a fixed publication date, so that relative
/// time expressions resolve.
pub fn options() -> Options {
    Options::default().published(Date::new(2012, 7, 2).expect("a real date"))
}

/// Analyses `text` and checks every invariant; panics with the broken one.
pub fn analyze_checked(text: &str) -> Analysis<'_> {
    let analysis = extractor().analyze_with(text, &options()).expect("a text under the size limit is analysed");
    check(text, &analysis);
    analysis
}

/// Checks that a span lies inside `text`, on character boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(span.end <= text.len(), "{what}: span {span:?} past the end of a text of {} bytes", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
    // Slicing must work, and so must the library's own accessor.
    let _ = span.as_str(text);
}

/// Every invariant of an analysis that needs only the text: spans on
/// character boundaries inside the text, every index (actor, statement,
/// time) pointing at an item that exists, and the JSON serialisation
/// working. Linear in the size of the analysis.
pub fn check(text: &str, a: &Analysis<'_>) {
    assert_eq!(a.text(), text, "the analysis borrows the text it was given");
    let actors = a.actors.len();
    let actor_ok = |id: depeche::ActorId| id.0 < actors;
    for (i, actor) in a.actors.iter().enumerate() {
        assert!(!actor.id.is_empty(), "actor {i} has an empty id");
        for m in &actor.mentions {
            check_span(text, m.span, "actor mention");
        }
    }
    for (i, s) in a.statements.iter().enumerate() {
        check_span(text, s.content, "statement content");
        assert!(!s.content.is_empty(), "statement {i} has empty content");
        if let Some(id) = s.speaker {
            assert!(actor_ok(id), "statement {i}: speaker {id:?} but {actors} actors");
            let _ = a.speaker(s);
        }
        if let Some(id) = s.addressee {
            assert!(actor_ok(id), "statement {i}: addressee {id:?} but {actors} actors");
        }
        if let Some(span) = s.speaker_mention {
            check_span(text, span, "speaker mention");
        }
        if let Some(cue) = &s.cue {
            check_span(text, cue.span, "cue");
        }
        if let Some(span) = s.channel {
            check_span(text, span, "channel");
        }
        if let Some(t) = s.time {
            assert!(t < a.times.len(), "statement {i}: time {t} but {} times", a.times.len());
        }
    }
    for (i, e) in a.events.iter().enumerate() {
        check_span(text, e.trigger, "event trigger");
        check_span(text, e.sentence, "event sentence");
        assert!(
            e.sentence.contains(e.trigger),
            "event {i}: trigger {:?} outside its sentence {:?}",
            e.trigger,
            e.sentence
        );
        for id in e.source.iter().chain(&e.target) {
            assert!(actor_ok(*id), "event {i}: actor {id:?} but {actors} actors");
        }
        if let Some(st) = e.statement {
            assert!(st < a.statements.len(), "event {i}: statement {st} but {} statements", a.statements.len());
        }
    }
    for t in &a.times {
        check_span(text, t.span, "time expression");
    }
    // Serialising touches every span again through `SpanText`.
    let json = serde_json::to_string(a).expect("an analysis serialises");
    assert!(json.starts_with('{'));
}

/// Checks that the content of every statement lies inside the sentence it
/// starts in, or inside a quotation (a quotation may run over several
/// sentences), or inside the cover of the sentence and the quotations that
/// open in it (mixed speech: `X a réitéré que « A. B. »`).
pub fn check_contents_in_sentences(text: &str, a: &Analysis<'_>) {
    let doc = Document::new(text);
    for (i, s) in a.statements.iter().enumerate() {
        let c = s.content;
        if doc.quotes.iter().any(|q| q.outer.contains(c)) {
            continue;
        }
        let Some(sentence) = doc.sentences.iter().find(|st| st.span.start <= c.start && c.start < st.span.end) else {
            panic!("statement {i}: content {c:?} {:?} starts in no sentence", c.as_str(text));
        };
        let mut reach = sentence.span;
        for q in doc.quotes.iter().filter(|q| sentence.span.contains(Span::new(q.outer.start, q.outer.start))) {
            reach = reach.cover(q.outer);
        }
        assert!(
            reach.contains(c),
            "statement {i}: content {c:?} {:?} runs past its sentence {:?} and its quotations",
            c.as_str(text),
            sentence.span
        );
    }
}
