//! Writes an article as a self-contained HTML page with what depeche found
//! highlighted: actor mentions, statements and their cues, events and
//! times, each in its own colour, with a legend, details on hover and side
//! tables of actors, statements, events and times.
//!
//! ```text
//! cargo run --example annotate > otan.html                      # the embedded sample article
//! cargo run --example annotate -- article.txt -o article.html --dct 2021-12-10
//! cargo run --example annotate -- - < article.txt > article.html
//! ```
//!
//! The page has no external resource and no script: colours and hover
//! highlighting are CSS, details are `title` attributes. Every highlighted
//! element carries classes and `data-` attributes for tools and tests:
//!
//! - statement content: `<span class="statement" data-statement="3" data-speaker="OTAN" data-cue="déclarer" data-kind="direct">`
//! - cue: `<span class="cue" data-statement="3" data-lemma="déclarer">`
//! - actor mention: `<span class="mention actor-OTAN" data-actor="OTAN" data-kind="organization" data-country="…">`
//! - event trigger: `<span class="event" data-event="0" data-type="THREATEN" data-source="OTAN" data-target="RUS" …>`
//! - time: `<span class="time" data-time="0" data-value="2021-12-07" data-type="DATE">`
//!
//! Spans nest: a statement contains mentions and times, an event trigger may
//! sit inside a statement. When two spans cross, the inner one is closed
//! and reopened around the boundary; the reopened part carries
//! `data-continued` and no `id`, so that each item counts once.

use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use depeche::{ActorId, Analysis, Date, Extractor, Options, Span};

/// The user's article, the default input.
const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

const USAGE: &str = "usage: annotate [FILE | -] [-o OUT.html] [--dct YYYY-MM-DD]";

/// The parsed command line.
struct Args {
    input: Option<String>,
    output: Option<String>,
    dct: Option<Date>,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args { input: None, output: None, dct: None };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-o" | "--output" => parsed.output = Some(it.next().ok_or(format!("{arg} needs a file name\n{USAGE}"))?),
            "--dct" => {
                let value = it.next().ok_or(format!("--dct needs a date (YYYY-MM-DD)\n{USAGE}"))?;
                parsed.dct = Some(value.parse().map_err(|e| format!("--dct {value}: {e}"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}\n{USAGE}")),
            _ if parsed.input.is_some() => return Err(format!("one article at a time\n{USAGE}")),
            _ => parsed.input = Some(arg),
        }
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("annotate: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args(std::env::args().skip(1))?;
    let text = read_input(args.input.as_deref())?;
    let mut options = Options::default();
    if let Some(dct) = args.dct {
        options = options.published(dct);
    }
    let analysis = Extractor::new().analyze_with(&text, &options).map_err(|e| e.to_string())?;
    let html = page(&analysis);
    match args.output.as_deref() {
        Some(path) => std::fs::write(path, html).map_err(|e| format!("{path}: {e}")),
        None => match io::stdout().lock().write_all(html.as_bytes()) {
            // A closed pipe (`annotate | head`) is the reader's choice.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("standard output: {e}")),
            _ => Ok(()),
        },
    }
}

/// The article: the named file, standard input for `-`, the sample without
/// an argument.
fn read_input(arg: Option<&str>) -> Result<String, String> {
    let bytes = match arg {
        None => return Ok(SAMPLE.to_string()),
        Some("-") => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?;
            bytes
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
    };
    let name = arg.filter(|&a| a != "-").unwrap_or("standard input");
    String::from_utf8(bytes)
        .map_err(|e| format!("{name}: not UTF-8 (first bad byte at {})", e.utf8_error().valid_up_to()))
}

// ------------------------------------------------------------------ marks

/// What a highlighted span is. The order is the nesting order for spans
/// that start and end at the same place: a statement outside its cue, a cue
/// outside the event it triggers, and so on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Statement,
    Cue,
    Event,
    Mention,
    Time,
}

/// One highlighted span: where it is and the start tag that opens it.
struct Mark {
    span: Span,
    layer: Layer,
    /// The classes and `data-` attributes, written once for the first part
    /// and again for any part reopened after a crossing.
    attrs: String,
    /// The element id of the first part, a link target for the tables.
    id: Option<String>,
}

impl Mark {
    fn open(&self, out: &mut String, continued: bool) {
        out.push_str("<span ");
        out.push_str(&self.attrs);
        match (&self.id, continued) {
            (_, true) => out.push_str(" data-continued=\"\""),
            (Some(id), false) => {
                let _ = write!(out, " id=\"{}\"", escape(id));
            }
            (None, false) => {}
        }
        out.push('>');
    }
}

/// Builds the attribute string of a mark from `(name, value)` pairs;
/// attributes with an empty value are left out, except `class`.
fn attrs(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if value.is_empty() && *name != "class" {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let _ = write!(out, "{name}=\"{}\"", escape(value));
    }
    out
}

/// A span moved onto character boundaries inside `text`, so that slicing by
/// it can never split a UTF-8 character, whatever it was given.
fn snap(text: &str, span: Span) -> Span {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(span.start);
    Span::new(start, floor(span.end).max(start))
}

/// Every highlighted span of the analysis.
fn marks(a: &Analysis<'_>) -> Vec<Mark> {
    let text = a.text();
    let mut marks = Vec::new();
    let key = |id: ActorId| a.actor(id).id.as_str();
    let names = |ids: &[ActorId]| ids.iter().map(|&i| a.actor(i).name.as_str()).collect::<Vec<_>>().join(", ");
    let keys = |ids: &[ActorId]| ids.iter().map(|&i| key(i)).collect::<Vec<_>>().join(" ");

    for (i, actor) in a.actors.iter().enumerate() {
        let country = actor.country.map(|c| c.to_string()).unwrap_or_default();
        let title = format!(
            "{}\nkind: {}\ncountry: {}\nid: {}",
            actor.name,
            actor.kind.as_str(),
            if country.is_empty() { "—" } else { &country },
            actor.id
        );
        for (m, mention) in actor.mentions.iter().enumerate() {
            let class = format!("mention actor-{} kind-{}", class_safe(&actor.id), actor.kind.as_str());
            let form = name_of(mention.form);
            marks.push(Mark {
                span: snap(text, mention.span),
                layer: Layer::Mention,
                attrs: attrs(&[
                    ("class", &class),
                    ("data-actor", &actor.id),
                    ("data-kind", actor.kind.as_str()),
                    ("data-country", &country),
                    ("data-form", &form),
                    ("title", &format!("{title}\nmention: {form}")),
                ]),
                // The first mention is where the actors table links to.
                id: (m == 0).then(|| format!("a{i}")),
            });
        }
    }

    for (i, s) in a.statements.iter().enumerate() {
        let speaker = a.speaker(s);
        let speaker_key = speaker.map_or("", |x| x.id.as_str());
        let cue = s.cue.as_ref();
        let lemma = cue.map_or("", |c| c.lemma.as_str());
        let kind = name_of(s.kind);
        let title = format!(
            "statement {}\nspeaker: {}\ncue: {}\nkind: {kind}",
            i + 1,
            speaker.map_or("?", |x| x.name.as_str()),
            cue.map_or("— (continues the previous quotation)".to_string(), |c| format!(
                "{} ({})",
                c.lemma,
                c.class.as_str()
            )),
        );
        marks.push(Mark {
            span: snap(text, s.content),
            layer: Layer::Statement,
            attrs: attrs(&[
                ("class", &format!("statement {kind} st-{i}")),
                ("data-statement", &i.to_string()),
                ("data-speaker", speaker_key),
                ("data-cue", lemma),
                ("data-kind", &kind),
                ("title", &title),
            ]),
            id: Some(format!("s{i}")),
        });
        if let Some(c) = cue {
            marks.push(Mark {
                span: snap(text, c.span),
                layer: Layer::Cue,
                attrs: attrs(&[
                    ("class", &format!("cue st-{i}")),
                    ("data-statement", &i.to_string()),
                    ("data-lemma", &c.lemma),
                    ("data-class", c.class.as_str()),
                    ("title", &title),
                ]),
                id: None,
            });
        }
    }

    for (i, e) in a.events.iter().enumerate() {
        let modality = name_of(e.modality);
        let quad = e.quad_class().number().to_string();
        let date = e.date.as_deref().unwrap_or("");
        let title = format!(
            "{} (CAMEO {}, quad class {quad})\nsource: {}\ntarget: {}\ndate: {}\nmodality: {modality}{}",
            e.kind,
            e.cameo,
            or_dash(&names(&e.source)),
            or_dash(&names(&e.target)),
            or_dash(date),
            e.statement.map_or(String::new(), |s| format!("\nreported in statement {}", s + 1)),
        );
        marks.push(Mark {
            span: snap(text, e.trigger),
            layer: Layer::Event,
            attrs: attrs(&[
                ("class", &format!("event quad-{quad} ev-{i}")),
                ("data-event", &i.to_string()),
                ("data-type", e.kind.as_str()),
                ("data-cameo", &e.cameo),
                ("data-source", &keys(&e.source)),
                ("data-target", &keys(&e.target)),
                ("data-date", date),
                ("data-modality", &modality),
                ("title", &title),
            ]),
            id: Some(format!("e{i}")),
        });
    }

    for (i, t) in a.times.iter().enumerate() {
        let kind = name_of(t.kind);
        let anchor = name_of(t.anchor);
        marks.push(Mark {
            span: snap(text, t.span),
            layer: Layer::Time,
            attrs: attrs(&[
                ("class", &format!("time tm-{i}")),
                ("data-time", &i.to_string()),
                ("data-value", &t.value),
                ("data-type", &kind),
                ("data-anchor", &anchor),
                ("title", &format!("TIMEX3 {kind}\nvalue: {}\nanchor: {anchor}", t.value)),
            ]),
            id: Some(format!("t{i}")),
        });
    }

    // Empty spans would give empty elements that no one can see or hover.
    marks.retain(|m| !m.span.is_empty());
    // Outer before inner: earlier start, then later end, then layer.
    marks.sort_by(|x, y| {
        (x.span.start, std::cmp::Reverse(x.span.end), x.layer).cmp(&(
            y.span.start,
            std::cmp::Reverse(y.span.end),
            y.layer,
        ))
    });
    marks
}

/// The article as HTML with every mark as a properly nested `<span>`.
///
/// The text is cut at every mark boundary; at each cut, the marks that end
/// there are closed — with any mark opened inside them, which is closed too
/// and reopened right after, since HTML elements cannot cross — and the
/// marks that start there are opened, outer first.
fn highlight(text: &str, marks: &[Mark]) -> String {
    let mut cuts: Vec<usize> = marks.iter().flat_map(|m| [m.span.start, m.span.end]).collect();
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = String::with_capacity(text.len() * 3);
    let mut open: Vec<usize> = Vec::new(); // indices into `marks`, outermost first
    let mut next = 0; // the next mark to open, in sorted order
    let mut at = 0;
    for &cut in &cuts {
        push_text(&mut out, &text[at..cut]);
        at = cut;
        if let Some(lowest) = open.iter().position(|&m| marks[m].span.end <= cut) {
            let reopen: Vec<usize> = open.drain(lowest..).collect();
            for _ in &reopen {
                out.push_str("</span>");
            }
            for m in reopen.into_iter().filter(|&m| marks[m].span.end > cut) {
                marks[m].open(&mut out, true);
                open.push(m);
            }
        }
        while next < marks.len() && marks[next].span.start == cut {
            marks[next].open(&mut out, false);
            open.push(next);
            next += 1;
        }
    }
    for _ in &open {
        out.push_str("</span>");
    }
    out
}

/// Escaped article text; each line break is followed by a small gap, so
/// that paragraphs stand apart without changing the text.
fn push_text(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\n<span class=\"gap\" aria-hidden=\"true\"></span>");
        }
        out.push_str(&escape(line));
    }
}

// ------------------------------------------------------------------- page

/// Escapes text for HTML content and double- or single-quoted attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            _ => out.push(c),
        }
    }
    out
}

/// An actor id as a CSS class name: anything but ASCII letters, digits, `-`
/// and `_` becomes `_`.
fn class_safe(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// The name an enum value has in the JSON output (`direct`, `publication_date`, `DATE`).
fn name_of(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "—" } else { s }
}

/// At most `max` characters of `s` on one line, with `…` when cut.
fn clip(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}

const CSS: &str = r#"
:root { --statement: #fff0b3; --statement-edge: #e6a700; --cue: #d9480f; --mention: #d0e7ff; --mention-edge: #1c6fd1;
        --event: #ffe0e0; --event-edge: #d6336c; --time: #d3f5d8; --time-edge: #2b8a3e; --ink: #1d232b; --muted: #5c6670; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #f6f7f9; }
header { padding: 20px 32px 12px; background: #fff; border-bottom: 1px solid #dde1e6; }
header h1 { margin: 0 0 4px; font-size: 22px; line-height: 1.3; }
header .meta { margin: 0; color: var(--muted); font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; margin-top: 12px; font-size: 13px; }
.legend h2 { font-size: 13px; margin: 0; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.legend .item { display: inline-flex; gap: 6px; align-items: center; }
.layout { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); gap: 24px; padding: 20px 32px 40px; align-items: start; }
@media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
article { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 24px 28px; font: 17px/1.85 Georgia, "DejaVu Serif", serif; white-space: pre-wrap; overflow-wrap: anywhere; }
.gap { display: block; height: .45em; }
.statement, .swatch-statement { background: var(--statement); box-shadow: inset 0 -2px 0 var(--statement-edge); }
.statement.direct { background: #ffe9a0; }
.cue, .swatch-cue { color: var(--cue); font-weight: 600; text-decoration: underline wavy var(--cue) 1px; text-underline-offset: 3px; }
.mention, .swatch-mention { background: var(--mention); border-radius: 3px; box-shadow: inset 0 -2px 0 var(--mention-edge); }
.event, .swatch-event { background: var(--event); outline: 2px solid var(--event-edge); outline-offset: -1px; border-radius: 3px; font-weight: 600; }
.time, .swatch-time { background: var(--time); box-shadow: inset 0 -2px 0 var(--time-edge); border-radius: 3px; }
.swatch-statement, .swatch-cue, .swatch-mention, .swatch-event, .swatch-time { padding: 1px 6px; }
[title] { cursor: help; }
aside { display: grid; grid-template-columns: minmax(0, 1fr); gap: 18px; }
/* A table wider than its column scrolls by itself instead of pushing the page wider. */
.scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #dde1e6; border-radius: 8px; font-size: 12.5px; line-height: 1.4; }
caption { text-align: left; font-weight: 700; font-size: 14px; padding: 0 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-top: 1px solid #eceff2; }
th { background: #f0f2f5; font-weight: 600; border-top: 0; }
td.num { color: var(--muted); font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
td a { color: inherit; text-decoration: none; }
td a:hover { text-decoration: underline; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; background: #f0f2f5; padding: 0 3px; border-radius: 3px; }
.tag { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 5px; border-radius: 3px; background: var(--event); color: #8a1538; }
.empty { color: var(--muted); font-style: italic; }
"#;

/// Rules that light up every part of one item (an actor's mentions, a
/// statement and its cue, an event) while the pointer is on any of them,
/// in the text or in a table.
fn hover_rules(a: &Analysis<'_>) -> String {
    let mut css = String::new();
    let mut rule = |class: &str, colour: &str| {
        let _ =
            writeln!(css, "body:has(.{class}:hover) .{class} {{ outline: 2px solid {colour}; outline-offset: 1px; }}");
    };
    for actor in &a.actors {
        rule(&format!("actor-{}", class_safe(&actor.id)), "var(--mention-edge)");
    }
    for i in 0..a.statements.len() {
        rule(&format!("st-{i}"), "var(--statement-edge)");
    }
    for i in 0..a.events.len() {
        rule(&format!("ev-{i}"), "var(--event-edge)");
    }
    for i in 0..a.times.len() {
        rule(&format!("tm-{i}"), "var(--time-edge)");
    }
    css
}

/// The whole page.
fn page(a: &Analysis<'_>) -> String {
    let text = a.text();
    let title =
        text.lines().map(str::trim).find(|l| !l.is_empty()).map_or("(empty article)".to_string(), |l| clip(l, 90));
    let mut html = String::with_capacity(text.len() * 6 + 16_384);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"depeche {}\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&title),
        hover_rules(a)
    );
    let published = match a.published {
        Some(d) => format!("published {d} ({})", name_of(a.published_from).replace('_', " ")),
        None => "no publication date: relative times stay unresolved (use --dct)".to_string(),
    };
    let _ = write!(
        html,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">{} · {} actors · {} statements · {} events · {} times · annotated by depeche</p>\n\
         <section class=\"legend\" id=\"legend\" aria-label=\"legend\"><h2>Legend</h2>\
         <span class=\"item\"><span class=\"swatch-statement\">statement</span> reported words</span>\
         <span class=\"item\"><span class=\"swatch-cue\">cue</span> reporting verb</span>\
         <span class=\"item\"><span class=\"swatch-mention\">actor</span> mention</span>\
         <span class=\"item\"><span class=\"swatch-event\">event</span> PLOVER trigger</span>\
         <span class=\"item\"><span class=\"swatch-time\">time</span> TIMEX3</span>\
         <span class=\"item\">hover for details</span></section>\n</header>\n",
        escape(&title),
        escape(&published),
        a.actors.len(),
        a.statements.len(),
        a.events.len(),
        a.times.len()
    );
    html.push_str("<main class=\"layout\">\n<article id=\"article\">");
    html.push_str(&highlight(text, &marks(a)));
    html.push_str("</article>\n<aside id=\"tables\">\n");
    actors_table(&mut html, a);
    statements_table(&mut html, a);
    events_table(&mut html, a);
    times_table(&mut html, a);
    html.push_str("</aside>\n</main>\n</body>\n</html>\n");
    html
}

/// Opens a table with a caption and a header row.
fn table_head(html: &mut String, id: &str, caption: &str, columns: &[&str]) {
    let _ = write!(
        html,
        "<div class=\"scroll\">\n<table id=\"{id}\" class=\"{id}\">\n<caption>{caption}</caption>\n<thead><tr>"
    );
    for c in columns {
        let _ = write!(html, "<th>{c}</th>");
    }
    html.push_str("</tr></thead>\n<tbody>\n");
}

/// Closes a table, with a row saying so when it has none.
fn table_end(html: &mut String, rows: usize, columns: usize, what: &str) {
    if rows == 0 {
        let _ = writeln!(html, "<tr><td colspan=\"{columns}\" class=\"empty\">no {what}</td></tr>");
    }
    html.push_str("</tbody>\n</table>\n</div>\n");
}

fn actors_table(html: &mut String, a: &Analysis<'_>) {
    table_head(html, "actors", "Actors", &["id", "name", "kind", "country", "mentions"]);
    for (i, actor) in a.actors.iter().enumerate() {
        let _ = writeln!(
            html,
            "<tr class=\"actor-{}\" data-actor=\"{}\"><td><code>{}</code></td><td><a href=\"#a{i}\">{}</a></td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            class_safe(&actor.id),
            escape(&actor.id),
            escape(&actor.id),
            escape(&actor.name),
            actor.kind.as_str(),
            actor.country.map_or("—".to_string(), |c| c.to_string()),
            actor.mentions.len()
        );
    }
    table_end(html, a.actors.len(), 5, "actors");
}

fn statements_table(html: &mut String, a: &Analysis<'_>) {
    table_head(html, "statements", "Statements", &["#", "speaker", "cue", "kind", "content"]);
    for (i, s) in a.statements.iter().enumerate() {
        let speaker = a.speaker(s).map_or("?", |x| x.name.as_str());
        let speaker_class = s.speaker.map_or(String::new(), |id| format!(" actor-{}", class_safe(&a.actor(id).id)));
        let _ = writeln!(
            html,
            "<tr class=\"st-{i}\" data-statement=\"{i}\"><td class=\"num\">{}</td><td class=\"who{speaker_class}\">{}</td><td>{}</td><td>{}</td><td><a href=\"#s{i}\">« {} »</a></td></tr>",
            i + 1,
            escape(speaker),
            escape(s.cue.as_ref().map_or("—", |c| c.lemma.as_str())),
            name_of(s.kind),
            escape(&clip(a.words(s.content), 140))
        );
    }
    table_end(html, a.statements.len(), 5, "statements");
}

fn events_table(html: &mut String, a: &Analysis<'_>) {
    table_head(html, "events", "Events", &["#", "type", "source", "target", "date", "modality", "trigger"]);
    let names = |ids: &[ActorId]| {
        let joined = ids.iter().map(|&i| escape(&a.actor(i).name)).collect::<Vec<_>>().join(", ");
        if joined.is_empty() { "—".to_string() } else { joined }
    };
    for (i, e) in a.events.iter().enumerate() {
        let _ = writeln!(
            html,
            "<tr class=\"ev-{i}\" data-event=\"{i}\"><td class=\"num\">{}</td><td><span class=\"tag\">{}</span><br><code>{}</code></td><td>{}</td><td>{}</td><td class=\"nowrap\">{}</td><td>{}</td><td><a href=\"#e{i}\">{}</a></td></tr>",
            i + 1,
            e.kind,
            escape(&e.cameo),
            names(&e.source),
            names(&e.target),
            escape(e.date.as_deref().unwrap_or("—")),
            name_of(e.modality),
            escape(&clip(a.words(e.trigger), 60))
        );
    }
    table_end(html, a.events.len(), 7, "events");
}

fn times_table(html: &mut String, a: &Analysis<'_>) {
    table_head(html, "times", "Times", &["#", "words", "type", "value", "anchor"]);
    for (i, t) in a.times.iter().enumerate() {
        let _ = writeln!(
            html,
            "<tr class=\"tm-{i}\" data-time=\"{i}\"><td class=\"num\">{}</td><td><a href=\"#t{i}\">{}</a></td><td>{}</td><td><code>{}</code></td><td>{}</td></tr>",
            i + 1,
            escape(&clip(a.words(t.span), 60)),
            name_of(t.kind),
            escape(&t.value),
            name_of(t.anchor)
        );
    }
    table_end(html, a.times.len(), 5, "times");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mark with a bare class, for the nesting tests.
    fn mark(start: usize, end: usize, layer: Layer, class: &str) -> Mark {
        Mark { span: Span::new(start, end), layer, attrs: format!("class=\"{class}\""), id: Some(class.to_string()) }
    }

    fn sorted(mut marks: Vec<Mark>) -> Vec<Mark> {
        marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.layer));
        marks
    }

    #[test]
    fn nested_spans_open_outer_first() {
        let text = "abcdefgh";
        let marks = sorted(vec![mark(2, 4, Layer::Mention, "m"), mark(0, 8, Layer::Statement, "s")]);
        assert_eq!(
            highlight(text, &marks),
            "<span class=\"s\" id=\"s\">ab<span class=\"m\" id=\"m\">cd</span>efgh</span>"
        );
    }

    #[test]
    fn crossing_spans_are_closed_and_reopened() {
        // A time (2..6) that crosses the end of a statement (0..4).
        let text = "abcdefgh";
        let marks = sorted(vec![mark(0, 4, Layer::Statement, "s"), mark(2, 6, Layer::Time, "t")]);
        assert_eq!(
            highlight(text, &marks),
            "<span class=\"s\" id=\"s\">ab<span class=\"t\" id=\"t\">cd</span></span>\
             <span class=\"t\" data-continued=\"\">ef</span>gh"
        );
    }

    #[test]
    fn equal_spans_nest_by_layer() {
        // A cue that is also an event trigger: the cue outside.
        let marks = sorted(vec![mark(0, 3, Layer::Event, "e"), mark(0, 3, Layer::Cue, "c")]);
        assert_eq!(highlight("dit", &marks), "<span class=\"c\" id=\"c\"><span class=\"e\" id=\"e\">dit</span></span>");
    }

    #[test]
    fn spans_never_split_a_character() {
        let text = "é»x";
        // 1 is inside `é`, 3 inside `»`; both move back to a boundary.
        assert_eq!(snap(text, Span::new(1, 3)), Span::new(0, 2));
        assert_eq!(snap(text, Span::new(3, 99)), Span::new(2, 5));
        let marks = sorted(vec![Mark { span: snap(text, Span::new(1, 4)), ..mark(0, 0, Layer::Time, "t") }]);
        assert_eq!(highlight(text, &marks), "<span class=\"t\" id=\"t\">é»</span>x");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(escape("<a href='x'>\"&\"</a>"), "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assert_eq!(
            attrs(&[("class", "mention"), ("data-country", ""), ("title", "a\"b")]),
            "class=\"mention\" title=\"a&quot;b\""
        );
        assert_eq!(class_safe("PARTENAIRES-DE-L'ALLIANCE é"), "PARTENAIRES-DE-L_ALLIANCE__");
    }

    #[test]
    fn the_sample_page_keeps_every_statement() {
        let analysis = Extractor::new().analyze(SAMPLE).expect("the sample analyses");
        let html = page(&analysis);
        let opened = html.matches("<span ").count();
        assert_eq!(opened, html.matches("</span>").count(), "unbalanced spans");
        let nato = html.matches("data-speaker=\"OTAN\"").count();
        assert!(nato >= 9, "{nato} statements by OTAN");
    }
}
