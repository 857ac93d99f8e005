//! Unit tests of the stage contract: token ranges, per-sentence anchors,
//! the publication date and where it came from. The forms themselves are
//! tested through the public API in `tests/time.rs`.

use super::*;

fn layer<'t>(text: &'t str, published: Option<&str>) -> (Document<'t>, TimeLayer) {
    let doc = Document::new(text);
    let layer = extract(&doc, published.map(|d| d.parse().unwrap()));
    (doc, layer)
}

#[test]
fn token_ranges_match_the_spans() {
    let (doc, layer) =
        layer("Le sommet s'est tenu le 7 décembre 2021, puis mardi prochain à 14 h 30.", Some("2021-12-10"));
    assert_eq!(layer.times.len(), layer.tokens.len());
    for (t, r) in layer.times.iter().zip(&layer.tokens) {
        assert_eq!(t.span.start, doc.tokens[r.start].start as usize);
        assert_eq!(t.span.end, doc.tokens[r.end - 1].end as usize);
    }
    let words: Vec<&str> = layer.times.iter().map(|t| t.span.as_str(doc.text)).collect();
    assert_eq!(words, ["le 7 décembre 2021", "mardi prochain", "14 h 30"]);
}

#[test]
fn anchors_follow_the_narrative_sentence_by_sentence() {
    let text = "Les tensions montent. Le 7 décembre, les deux présidents se sont parlé. Rien n'a filtré. \
                Le lendemain, Biden a annoncé une réunion. Hier, Moscou a répondu.";
    let (doc, with_date) = layer(text, Some("2021-12-10"));
    assert_eq!(doc.sentences.len(), 5);
    let anchors: Vec<Option<&str>> = with_date.anchors.iter().map(|a| a.as_deref()).collect();
    assert_eq!(anchors, [None, Some("2021-12-07"), Some("2021-12-07"), Some("2021-12-08"), Some("2021-12-09")]);
    assert_eq!(with_date.published_from, Anchor::PublicationDate);

    let (_, without) = layer(text, None);
    let anchors: Vec<Option<&str>> = without.anchors.iter().map(|a| a.as_deref()).collect();
    assert_eq!(anchors[..4], [None, Some("XXXX-12-07"), Some("XXXX-12-07"), Some("XXXX-12-08")]);
    assert_eq!(without.published, None);
    assert_eq!(without.published_from, Anchor::None);
}

#[test]
fn durations_and_vague_references_leave_the_anchor_alone() {
    let text = "Le 3 mars, la trêve a été signée. Elle a duré deux ans. Actuellement, le calme règne chaque jour.";
    let (_, layer) = layer(text, Some("2021-12-10"));
    let anchors: Vec<Option<&str>> = layer.anchors.iter().map(|a| a.as_deref()).collect();
    assert_eq!(anchors, [Some("2021-03-03"), Some("2021-03-03"), Some("2021-03-03")]);
}

#[test]
fn a_dateline_gives_the_publication_date() {
    let (_, layer) = layer("22 mai 2012. - Le lanceur a décollé samedi dernier.", None);
    assert_eq!(layer.published.map(|d| d.to_string()).as_deref(), Some("2012-05-22"));
    assert_eq!(layer.published_from, Anchor::Dateline);
    let samedi = layer.times.iter().find(|t| t.value == "2012-05-19").unwrap();
    assert_eq!(samedi.anchor, Anchor::Dateline);
}

#[test]
fn link_lines_are_skipped() {
    let (_, layer) = layer("Lire aussi : Le sommet du 7 décembre 2021\nLe sommet a eu lieu hier.", Some("2021-12-10"));
    let values: Vec<&str> = layer.times.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2021-12-09"]);
}

/// Throughput of the time layer alone, on the shared corpora (run with
/// `cargo test --release --lib time_throughput -- --ignored --nocapture`).
#[test]
#[ignore]
fn time_throughput() {
    let mut texts = Vec::new();
    for dir in ["../shared/corpus/ftib", "../shared/corpus/wikinews-fr"] {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let published = Some("2012-06-01".parse().unwrap());
    let mut best = f64::MAX;
    for _ in 0..15 {
        let start = std::time::Instant::now();
        for _ in 0..10 {
            for doc in &docs {
                std::hint::black_box(extract(doc, published));
            }
        }
        best = best.min(start.elapsed().as_secs_f64() / 10.0);
    }
    eprintln!("time layer: {:.1} MB/s", bytes as f64 / best / 1e6);
}
