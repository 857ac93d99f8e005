//! The `annotate` example's page, rendered by a real browser: headless
//! Chromium takes a screenshot of the user's article and dumps the DOM it
//! built, and the test checks that the page has its legend, its tables and
//! the highlighted statements, mentions, events and times, properly nested.
//!
//! Without Chromium the test says so and passes; `.ci/run` installs it, so
//! in CI it always runs. Set `CHROMIUM` to use another binary. The HTML and
//! the screenshot stay in `target/tmp/annotate-browser/` for a human to
//! look at.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{Page, parse_html, run, run_command, temp_dir};

/// The Chromium binary: `$CHROMIUM`, `/usr/bin/chromium`, or `chromium`,
/// `chromium-browser` or `google-chrome` on the `PATH`.
fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM").map(PathBuf::from).filter(|p| p.is_file()) {
        return Some(path);
    }
    if Path::new("/usr/bin/chromium").is_file() {
        return Some(PathBuf::from("/usr/bin/chromium"));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// A headless Chromium command with a fresh profile in `profile`, and
/// everything that would reach the network or need a desktop turned off.
fn chromium(binary: &Path, profile: &Path) -> Command {
    let mut cmd = Command::new(binary);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

/// The width and height in a PNG's IHDR chunk, after checking the
/// signature.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    Some((be(&bytes[16..20]), be(&bytes[20..24])))
}

#[test]
fn annotated_article_renders_in_headless_chromium() {
    let Some(binary) = find_chromium() else {
        eprintln!("skipping: chromium not found; .ci/run installs it");
        return;
    };
    let dir = temp_dir("annotate-browser");
    let html = dir.join("otan-russie.html");
    let made = run("annotate", &["--dct", "2021-12-10", "-o", html.to_str().expect("UTF-8 path")], b"");
    assert_eq!(made.code(), 0, "annotate failed: {}", made.stderr);
    let url = format!("file://{}", html.display());
    let timeout = Duration::from_secs(120);

    // The screenshot: a PNG of the asked size, with far more in it than a
    // blank page compresses to (a few kilobytes).
    let png = dir.join("otan-russie.png");
    let mut shot = chromium(&binary, &dir.join("profile-screenshot"));
    shot.arg(format!("--screenshot={}", png.display())).arg("--window-size=1280,2000").arg(&url);
    let taken = run_command(shot, b"", timeout);
    let bytes = std::fs::read(&png)
        .unwrap_or_else(|e| panic!("no screenshot at {} ({e}); chromium said: {}", png.display(), taken.stderr));
    assert_eq!(png_size(&bytes), Some((1280, 2000)), "not a 1280×2000 PNG: {}", png.display());
    assert!(bytes.len() > 50_000, "screenshot of {} bytes looks empty: {}", bytes.len(), png.display());
    eprintln!("screenshot: {}", png.display());

    // The DOM as Chromium built it from the page.
    let mut dump = chromium(&binary, &dir.join("profile-dom"));
    dump.arg("--dump-dom").arg(&url);
    let dumped = run_command(dump, b"", timeout);
    let dom = String::from_utf8_lossy(&dumped.stdout).into_owned();
    assert!(dom.contains("<article"), "chromium dumped no page (status {}): {}", dumped.status, dumped.stderr);
    std::fs::write(dir.join("otan-russie.dom.html"), &dom).expect("keep the DOM");
    // The profiles are megabytes of browser state no one needs to keep.
    for profile in ["profile-screenshot", "profile-dom"] {
        let _ = std::fs::remove_dir_all(dir.join(profile));
    }
    check_page(&parse_html(&dom));
}

/// What the rendered page must hold.
fn check_page(page: &Page) {
    // The article's text is intact: the highlighting only adds elements.
    assert_eq!(page.article_text, common::SAMPLE, "the article text changed in the page");

    let legend = page.by_id("legend").expect("a legend");
    assert_eq!(legend.name, "section");
    for id in ["actors", "statements", "events", "times"] {
        let table = page.by_id(id).unwrap_or_else(|| panic!("no table #{id}"));
        assert_eq!(table.name, "table", "#{id} is not a table");
    }
    let rows = |attr: &str| page.elements.iter().filter(|e| e.name == "tr" && e.attr(attr).is_some()).count();
    assert!(rows("data-actor") >= 2, "the actors table has {} rows", rows("data-actor"));
    assert!(rows("data-statement") >= 9, "the statements table has {} rows", rows("data-statement"));
    assert!(rows("data-event") >= 1, "the events table is empty");

    // NATO speaks in at least nine statements; each counts once, however
    // many parts crossing spans split it into.
    let nato: BTreeSet<&str> = page
        .with_class("span", "statement")
        .filter(|e| e.attr("data-speaker") == Some("OTAN"))
        .filter_map(|e| e.attr("data-statement"))
        .collect();
    assert!(nato.len() >= 9, "{} statements by OTAN in the page, expected 9 or more", nato.len());
    assert!(
        page.with_class("span", "statement").all(|e| e.attr("title").is_some_and(|t| t.contains("speaker:"))),
        "a statement without its hover details"
    );

    let mentions: Vec<_> = page.with_class("span", "actor-OTAN").collect();
    assert!(mentions.len() >= 9, "{} mentions of OTAN", mentions.len());
    assert!(mentions.iter().all(|m| m.has_class("mention") && m.attr("data-kind") == Some("organization")));
    assert!(mentions.iter().any(|m| m.inside("statement")), "no OTAN mention nested in a statement");

    let events: Vec<_> = page.with_class("span", "event").collect();
    assert!(!events.is_empty(), "no event in the page");
    for e in &events {
        let kind = e.attr("data-type").unwrap_or_default();
        assert!(depeche::EventType::parse(kind).is_some(), "event type {kind:?} is not PLOVER");
        assert!(e.attr("data-modality").is_some() && e.attr("title").is_some(), "event without details: {e:?}");
    }
    assert!(events.iter().any(|e| e.inside("statement")), "no event trigger nested in a statement");

    let times: Vec<_> = page.with_class("span", "time").collect();
    assert!(times.iter().all(|t| t.attr("data-value").is_some_and(|v| !v.is_empty())), "a time without a value");
    // `Le 7 décembre`, resolved against the publication date 2021-12-10.
    assert!(times.iter().any(|t| t.attr("data-value") == Some("2021-12-07")), "no time valued 2021-12-07");
}
