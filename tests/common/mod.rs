//! Helpers for the tests that run the examples as programs: building them,
//! running them with input and a timeout, temporary folders, and a small
//! reader of the HTML that `annotate` writes and Chromium dumps.

// Each test file uses part of these helpers; the rest would warn there.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The examples the tests run.
const EXAMPLES: [&str; 3] = ["quotes", "extract", "annotate"];

/// The path of an example's executable, built on first use.
///
/// Cargo gives integration tests the paths of binaries (`CARGO_BIN_EXE_…`)
/// but not of examples, so the examples are built here with the cargo that
/// runs the tests, and their paths are read from cargo's JSON messages
/// rather than guessed: that holds whatever the target folder or target
/// triple.
///
/// They are built with `--release`, whatever profile the tests use: an
/// unoptimised build spends seconds building its lexicons at every start,
/// and these tests start the examples some forty times. The release build
/// is the one the README runs and CI scores, so it is usually there.
pub fn example(name: &str) -> PathBuf {
    static BUILT: OnceLock<HashMap<String, PathBuf>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "--message-format=json-render-diagnostics", "--manifest-path"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
        for example in EXAMPLES {
            cmd.args(["--example", example]);
        }
        cmd.arg("--release");
        let output = cmd.stderr(Stdio::inherit()).output().expect("cargo runs");
        assert!(output.status.success(), "cargo build --example … failed");
        let mut paths = HashMap::new();
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            let is_example = message["target"]["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "example"));
            if message["reason"] == "compiler-artifact" && is_example {
                if let (Some(name), Some(exe)) = (message["target"]["name"].as_str(), message["executable"].as_str()) {
                    paths.insert(name.to_string(), PathBuf::from(exe));
                }
            }
        }
        paths
    });
    built.get(name).cloned().unwrap_or_else(|| panic!("cargo did not report the executable of example {name}"))
}

/// What a finished program did.
pub struct Run {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    /// Standard output as text.
    pub fn text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("standard output is UTF-8")
    }

    /// The exit code (`-1` when killed by a signal).
    pub fn code(&self) -> i32 {
        self.status.code().unwrap_or(-1)
    }
}

/// Runs `cmd` with `stdin` as its standard input, killing it after
/// `timeout`. Input is written and output read on their own threads, so
/// that neither pipe can fill up and stall the program.
pub fn run_command(mut cmd: Command, stdin: &[u8], timeout: Duration) -> Run {
    let program = format!("{cmd:?}");
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    let mut input = child.stdin.take().expect("piped stdin");
    let bytes = stdin.to_vec();
    // A program that exits without reading its input closes the pipe:
    // that is not an error here.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let mut out = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        out.read_to_end(&mut buf).map(|_| buf)
    });
    let mut err = child.stderr.take().expect("piped stderr");
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        err.read_to_end(&mut buf).map(|_| buf)
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{program} did not finish within {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = writer.join();
    let stdout = reader.join().expect("stdout reader").expect("read stdout");
    let stderr = err_reader.join().expect("stderr reader").expect("read stderr");
    Run { status, stdout, stderr: String::from_utf8_lossy(&stderr).into_owned() }
}

/// Runs an example with arguments and standard input.
pub fn run(name: &str, args: &[&str], stdin: &[u8]) -> Run {
    let mut cmd = Command::new(example(name));
    cmd.args(args);
    run_command(cmd, stdin, Duration::from_secs(300))
}

/// A fresh, empty folder `target/tmp/<tag>` for one test, under cargo's
/// temporary folder for integration tests (which `cargo clean` removes).
/// Its files stay after the test so that a failure can be looked at; the
/// next run starts it afresh. Each test uses its own tag.
pub fn temp_dir(tag: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(tag);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap_or_else(|e| panic!("cannot empty {}: {e}", dir.display()));
    }
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// The user's article, the examples' default input.
pub const SAMPLE: &str = include_str!("../../corpus/otan-russie.txt");

// ------------------------------------------------------------------ HTML

/// One start tag of an HTML document, with its attributes, the classes of
/// the `<span>`s it sits in, and where it is.
#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: HashMap<String, String>,
    /// The `class` attributes of the enclosing `<span>` elements, outermost
    /// first.
    pub span_ancestors: Vec<String>,
}

impl Element {
    /// An attribute's value, when present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }

    /// True when the element's class list contains `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class").is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }

    /// True when an enclosing span has the class `class`.
    pub fn inside(&self, class: &str) -> bool {
        self.span_ancestors.iter().any(|c| c.split_whitespace().any(|c| c == class))
    }
}

/// A parsed page: its start tags in order, and the text of its `<article>`.
pub struct Page {
    pub elements: Vec<Element>,
    pub article_text: String,
}

impl Page {
    /// The elements with tag `name` and class `class`.
    pub fn with_class<'a>(&'a self, name: &'a str, class: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.name == name && e.has_class(class))
    }

    /// The element with id `id`.
    pub fn by_id(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.attr("id") == Some(id))
    }
}

/// Decodes the character references that serialised HTML uses.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads the start tags of an HTML document and checks that its `<span>`s
/// nest: every `</span>` closes an open `<span>`, and none is left open.
/// Good enough for the pages `annotate` writes and Chromium serialises
/// (quoted attributes, no comments inside the article); a page that breaks
/// those assumptions fails loudly.
pub fn parse_html(html: &str) -> Page {
    let mut elements = Vec::new();
    let mut spans: Vec<String> = Vec::new();
    let mut in_article = false;
    let mut article_text = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if in_article {
            article_text.push_str(&unescape(&rest[..lt]));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let close = rest.starts_with("</");
        let name_start = if close { 2 } else { 1 };
        let name_len = rest[name_start..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(0);
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        // Attributes: scan to the `>` that ends the tag, outside quotes.
        let mut attrs = HashMap::new();
        let mut i = name_start + name_len;
        let bytes = rest.as_bytes();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let attr_start = i;
            while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b' ' | b'\n' | b'\t' | b'/') {
                i += 1;
            }
            let attr = rest[attr_start..i].to_ascii_lowercase();
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                let quote = bytes[i];
                assert!(quote == b'"' || quote == b'\'', "unquoted attribute {attr} in {}", &rest[..i + 1]);
                let end = rest[i + 1..].find(quote as char).expect("closing quote") + i + 1;
                value = unescape(&rest[i + 1..end]);
                i = end + 1;
            }
            attrs.insert(attr, value);
        }
        rest = rest.get(i + 1..).unwrap_or("");
        if name.is_empty() {
            // `<!DOCTYPE …>` and the like.
            continue;
        }
        if close {
            if name == "span" {
                assert!(spans.pop().is_some(), "a </span> closes no <span>");
            }
            in_article &= name != "article";
            continue;
        }
        let element = Element { name: name.clone(), attrs, span_ancestors: spans.clone() };
        if name == "span" {
            spans.push(element.attr("class").unwrap_or("").to_string());
        }
        in_article |= name == "article";
        elements.push(element);
    }
    assert!(spans.is_empty(), "{} <span> left open", spans.len());
    Page { elements, article_text }
}
