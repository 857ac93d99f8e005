//! Feeds arbitrary bytes to the whole analysis: it must never panic, and
//! every span it returns must lie on character boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let extractor = depeche::Extractor::new();
    let options = depeche::Options::default().published(depeche::Date::new(2012, 7, 2).expect("a real date"));
    let Ok(analysis) = extractor.analyze_bytes(data, &options) else { return };
    let text = analysis.text();
    let check = |span: depeche::Span| {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    };
    for actor in &analysis.actors {
        actor.mentions.iter().for_each(|m| check(m.span));
    }
    for statement in &analysis.statements {
        check(statement.content);
        if let Some(cue) = &statement.cue {
            check(cue.span);
        }
        if let Some(id) = statement.speaker {
            assert!(id.0 < analysis.actors.len());
        }
    }
    for event in &analysis.events {
        check(event.trigger);
        assert!(event.source.iter().chain(&event.target).all(|id| id.0 < analysis.actors.len()));
    }
    analysis.times.iter().for_each(|t| check(t.span));
});
