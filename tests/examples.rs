//! The examples as programs: `quotes`, `extract` in every format, in
//! `--jsonl` mode and with `--parallel`, and `annotate`, each run on real
//! input and its output checked against what the library says.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{SAMPLE, parse_html, run, temp_dir};
use serde_json::Value;

/// The analysis of the sample article, as `extract` prints it by default.
fn sample_analysis() -> Value {
    let out = run("extract", &[], b"");
    assert_eq!(out.code(), 0, "{}", out.stderr);
    serde_json::from_slice(&out.stdout).expect("extract prints JSON")
}

/// The canonical name of the actor with id `key` in an analysis.
fn actor_name<'a>(analysis: &'a Value, key: &str) -> &'a str {
    analysis["actors"]
        .as_array()
        .and_then(|actors| actors.iter().find(|a| a["id"] == key))
        .and_then(|a| a["name"].as_str())
        .unwrap_or_else(|| panic!("no actor {key}"))
}

/// Writes `files` (name, contents) into `dir` and returns their paths.
fn write_files(dir: &Path, files: &[(&str, &[u8])]) -> Vec<PathBuf> {
    files
        .iter()
        .map(|(name, contents)| {
            let path = dir.join(name);
            std::fs::write(&path, contents).expect("write a test file");
            path
        })
        .collect()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Short articles for batch runs, with events, statements and times.
const ARTICLES: [&str; 5] = [
    "Le 7 décembre, Vladimir Poutine et Joe Biden se sont entretenus par visioconférence.\n",
    "La Russie a accusé l’Ukraine de provocations, a déclaré le ministère russe des Affaires étrangères.\n",
    "« Nous sommes prêts à travailler », a déclaré l’OTAN mardi.\n",
    "Moscou insiste pour développer des garanties de sécurité.\n",
    "Joe Biden a annoncé hier une réunion avec les pays de l’OTAN.\n",
];

// ------------------------------------------------------------------ quotes

#[test]
fn quotes_prints_the_statements_that_extract_finds() {
    let analysis = sample_analysis();
    let expected: Vec<String> = analysis["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|s| {
            let speaker = s["speaker"].as_str().map_or("?", |key| actor_name(&analysis, key));
            let cue = s["cue"]["lemma"].as_str().unwrap_or("—");
            let content = s["content"]["text"].as_str().expect("content").split_whitespace().collect::<Vec<_>>();
            format!("{speaker} — {cue} — « {} »", content.join(" "))
        })
        .collect();
    let out = run("quotes", &[], b"");
    assert_eq!(out.code(), 0, "{}", out.stderr);
    let lines: Vec<String> = out.text().lines().map(str::to_string).collect();
    assert_eq!(lines, expected);
    // NATO speaks nine times or more in the user's article.
    assert!(lines.iter().filter(|l| l.starts_with("OTAN — ")).count() >= 9, "{lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with("OTAN — déclarer — « ")), "{lines:#?}");
}

#[test]
fn quotes_reads_a_file_or_standard_input_and_reports_bad_input() {
    let dir = temp_dir("quotes-input");
    let paths = write_files(&dir, &[("otan.txt", SAMPLE.as_bytes()), ("bad.txt", b"Moscou \xff insiste.")]);
    let default = run("quotes", &[], b"").stdout;
    let from_file = run("quotes", &[path_str(&paths[0])], b"");
    let from_stdin = run("quotes", &["-"], SAMPLE.as_bytes());
    assert_eq!(from_file.stdout, default);
    assert_eq!(from_stdin.stdout, default);

    let short = run("quotes", &["-"], "Le Kremlin a démenti toute implication, selon l’AFP.".as_bytes());
    assert_eq!(short.code(), 0, "{}", short.stderr);
    assert!(short.text().lines().count() >= 1 && short.text().contains(" — « "), "{}", short.text());

    let missing = run("quotes", &[path_str(&dir.join("missing.txt"))], b"");
    assert_eq!(missing.code(), 2);
    assert!(missing.stderr.contains("missing.txt"), "{}", missing.stderr);
    let bad = run("quotes", &[path_str(&paths[1])], b"");
    assert_eq!(bad.code(), 2);
    assert!(bad.stderr.contains("UTF-8") && bad.stderr.contains('7'), "{}", bad.stderr);
}

// ----------------------------------------------------------------- extract

#[test]
fn extract_prints_the_sample_as_pretty_json_by_default() {
    let out = run("extract", &[], b"");
    assert_eq!(out.code(), 0, "{}", out.stderr);
    let text = out.text();
    assert!(text.lines().count() > 100, "not pretty-printed");
    let analysis: Value = serde_json::from_str(&text).expect("JSON");
    for key in ["published", "actors", "statements", "events", "times"] {
        assert!(analysis.get(key).is_some(), "no {key}");
    }
    assert!(analysis.get("id").is_none(), "the bare sample has no id");
    let nato = analysis["statements"].as_array().expect("statements").iter().filter(|s| s["speaker"] == "OTAN");
    assert!(nato.count() >= 9);

    let dated = run("extract", &["--dct", "2021-12-10"], b"");
    let dated: Value = serde_json::from_slice(&dated.stdout).expect("JSON");
    assert_eq!(dated["published"], "2021-12-10");
    assert!(dated["times"].as_array().expect("times").iter().any(|t| t["value"] == "2021-12-07"));
}

#[test]
fn extract_formats_agree_with_each_other() {
    let dir = temp_dir("extract-formats");
    // A tab in the middle of a sentence, which TSV must not let through.
    let tabbed = "Le 7 décembre,\tVladimir Poutine et Joe Biden se sont entretenus.\nLa Russie a accusé l’Ukraine.\n";
    let paths = write_files(&dir, &[("otan.txt", SAMPLE.as_bytes()), ("tab.txt", tabbed.as_bytes())]);
    let files: Vec<&str> = paths.iter().map(|p| path_str(p)).collect();
    let with = |format: &str| {
        let mut args = vec!["--dct", "2021-12-10", "--format", format];
        args.extend(&files);
        let out = run("extract", &args, b"");
        assert_eq!(out.code(), 0, "--format {format}: {}", out.stderr);
        out.text()
    };

    // json: one pretty analysis per file, with its id.
    let json = with("json");
    let pretty: Vec<Value> =
        serde_json::Deserializer::from_str(&json).into_iter().collect::<Result<_, _>>().expect("JSON values");
    assert_eq!(pretty.len(), 2);
    assert!(json.lines().count() > 100);

    // jsonl: the same analyses, one compact line each.
    let jsonl = with("jsonl");
    let lines: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(lines, pretty);
    for (line, file) in lines.iter().zip(&files) {
        assert_eq!(line["id"], *file);
    }

    // tsv: a header, then one row per event, in file order.
    let tsv = with("tsv");
    let mut rows = tsv.lines();
    assert_eq!(
        rows.next(),
        Some(
            "id\tdate\tsource\tsource_country\ttarget\ttarget_country\tplover_type\tcameo\tquad_class\ttrigger\tsentence"
        )
    );
    let rows: Vec<Vec<&str>> = rows.map(|r| r.split('\t').collect()).collect();
    let events: Vec<(&Value, &Value)> =
        lines.iter().flat_map(|a| a["events"].as_array().expect("events").iter().map(move |e| (a, e))).collect();
    assert_eq!(rows.len(), events.len(), "{tsv}");
    assert!(rows.len() >= 5, "too few events to test: {tsv}");
    let names = |a: &Value, ids: &Value| {
        ids.as_array()
            .expect("ids")
            .iter()
            .map(|k| actor_name(a, k.as_str().expect("id")))
            .collect::<Vec<_>>()
            .join(";")
    };
    for (row, (analysis, event)) in rows.iter().zip(&events) {
        assert_eq!(row.len(), 11, "{row:?}");
        assert_eq!(row[0], analysis["id"]);
        let date = event["date"].as_str().or(analysis["published"].as_str()).unwrap_or("");
        assert_eq!(row[1], date);
        assert_eq!(row[2], names(analysis, &event["source"]));
        assert_eq!(row[4], names(analysis, &event["target"]));
        assert_eq!(row[6], event["type"]);
        assert_eq!(row[7], event["cameo"]);
        let kind = depeche::EventType::parse(row[6]).expect("a PLOVER type");
        assert_eq!(row[8], kind.quad_class().number().to_string());
        assert_eq!(row[9], event["trigger"]["text"].as_str().expect("trigger").trim());
        assert!(!row[10].contains('\n') && !row[10].is_empty());
    }
    // Actors by canonical name, several joined with `;`, with their countries.
    let meeting = rows.iter().find(|r| r[6] == "CONSULT" && r[0] == files[1]).expect("the meeting in tab.txt");
    assert_eq!(meeting[2], "Vladimir Poutine;Joe Biden");
    assert_eq!(meeting[3], "RUS;USA");
    assert_eq!(meeting[10], "Le 7 décembre, Vladimir Poutine et Joe Biden se sont entretenus.");
}

#[test]
fn extract_sample_in_every_format() {
    let jsonl = run("extract", &["--format", "jsonl"], b"");
    let line: Value = serde_json::from_str(jsonl.text().trim_end()).expect("one JSON line");
    assert_eq!(jsonl.text().lines().count(), 1);
    assert_eq!(line["id"], "sample");
    let tsv = run("extract", &["--format=tsv"], b"").text();
    assert_eq!(tsv.lines().count(), 1 + line["events"].as_array().expect("events").len());
    assert!(tsv.lines().skip(1).all(|r| r.starts_with("sample\t")));
}

#[test]
fn extract_reports_bad_files_and_goes_on() {
    let dir = temp_dir("extract-bad-files");
    let paths = write_files(&dir, &[("a.txt", ARTICLES[0].as_bytes()), ("bad.txt", b"Moscou \xff insiste.")]);
    let missing = dir.join("missing.txt");
    let args = ["--format", "jsonl", path_str(&paths[0]), path_str(&missing), path_str(&paths[1])];
    let out = run("extract", &args, b"");
    assert_eq!(out.code(), 1, "a failed file sets the exit status");
    let lines: Vec<Value> = out.text().lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["actors"].is_array());
    assert_eq!(lines[1]["id"], path_str(&missing));
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["error"], "invalid UTF-8 at byte 7");
    assert!(out.stderr.contains("missing.txt") && out.stderr.contains("bad.txt"), "{}", out.stderr);

    for args in [&["--format", "xml"][..], &["--parallel", "two"], &["--jsonl", "file.txt"], &["--bogus"]] {
        let out = run("extract", args, b"");
        assert_eq!(out.code(), 2, "{args:?}");
        assert!(out.stderr.contains("usage:"), "{args:?}: {}", out.stderr);
    }
}

/// A JSON line of `--jsonl` input.
fn input_line(id: &Value, text: &str, dct: Option<&str>) -> String {
    serde_json::json!({ "id": id, "text": text, "dct": dct }).to_string()
}

#[test]
fn extract_jsonl_reports_bad_lines_and_goes_on() {
    let mut input = Vec::new();
    input.extend(input_line(&"a".into(), ARTICLES[0], Some("2021-12-10")).as_bytes());
    input.extend(b"\n{\"id\": \"b\", \"text\": \n"); // malformed JSON
    input.extend(b"{\"id\": \"c\", \"text\": \"Moscou \xff insiste.\"}\n"); // invalid UTF-8
    input.extend(b"\n"); // blank: skipped
    input.extend(input_line(&7.into(), ARTICLES[2], None).as_bytes());
    input.extend(b"\n");
    input.extend(input_line(&"d".into(), ARTICLES[3], Some("10/12/2021")).as_bytes()); // bad date
    input.extend(b"\n");
    input.extend(input_line(&"e".into(), ARTICLES[4], None).as_bytes()); // no final newline
    let out = run("extract", &["--jsonl", "--dct", "2020-01-01"], &input);
    assert_eq!(out.code(), 1, "a failed line sets the exit status");
    let rows: Vec<Value> = out.text().lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let ids: Vec<&Value> = rows.iter().map(|r| &r["id"]).collect();
    assert_eq!(ids, [&Value::from("a"), &Value::Null, &"c".into(), &7.into(), &"d".into(), &"e".into()]);

    assert_eq!(rows[0]["published"], "2021-12-10");
    assert!(rows[0]["events"].as_array().is_some_and(|e| !e.is_empty()));
    let error = |row: &Value, line: u64, starts: &str| {
        assert_eq!(row.as_object().map(|o| o.len()), Some(3), "{row}");
        assert_eq!(row["line"], line, "{row}");
        assert!(row["error"].as_str().is_some_and(|e| e.starts_with(starts)), "{row}");
    };
    error(&rows[1], 2, "malformed JSON line");
    error(&rows[2], 3, "invalid UTF-8");
    error(&rows[4], 6, "dct");
    // A line without a date takes the one of `--dct`.
    assert_eq!(rows[3]["published"], "2020-01-01");
    assert_eq!(rows[5]["published"], "2020-01-01");
    assert!(rows[3]["statements"].as_array().is_some_and(|s| s.iter().any(|s| s["speaker"] == "OTAN")));
    for line in ["line 2", "line 3", "line 6"] {
        assert!(out.stderr.contains(line), "stderr lacks {line}: {}", out.stderr);
    }
}

#[test]
fn extract_parallel_keeps_input_order() {
    let dir = temp_dir("extract-parallel");
    // The long article first, so that the short ones finish before it.
    let mut files: Vec<(String, Vec<u8>)> = vec![("0-otan.txt".into(), SAMPLE.into())];
    for round in 0..3 {
        for (i, text) in ARTICLES.iter().enumerate() {
            files.push((format!("{}-{i}.txt", round + 1), text.as_bytes().to_vec()));
        }
    }
    files.insert(4, ("3-bad.txt".into(), b"\xff".to_vec()));
    let named: Vec<(&str, &[u8])> = files.iter().map(|(n, c)| (n.as_str(), c.as_slice())).collect();
    let paths = write_files(&dir, &named);
    let names: Vec<&str> = paths.iter().map(|p| path_str(p)).collect();
    for format in ["jsonl", "tsv", "json"] {
        let mut args = vec!["--format", format];
        args.extend(&names);
        let sequential = run("extract", &args, b"");
        args.extend(["--parallel", "2"]);
        let parallel = run("extract", &args, b"");
        assert_eq!(parallel.code(), 1, "the bad file sets the exit status");
        assert_eq!(parallel.stdout, sequential.stdout, "--parallel 2 changed the {format} output");
        if format == "jsonl" {
            let ids: Vec<String> = parallel
                .text()
                .lines()
                .map(|l| serde_json::from_str::<Value>(l).expect("JSON line")["id"].as_str().expect("id").to_string())
                .collect();
            assert_eq!(ids, names);
        }
    }

    // --jsonl too runs in parallel and keeps the order.
    let input: String = (0..200).map(|i| input_line(&i.into(), ARTICLES[i % ARTICLES.len()], None) + "\n").collect();
    let sequential = run("extract", &["--jsonl"], input.as_bytes());
    let parallel = run("extract", &["--jsonl", "--parallel", "3"], input.as_bytes());
    assert_eq!(parallel.code(), 0, "{}", parallel.stderr);
    assert_eq!(parallel.stdout, sequential.stdout);
}

/// A short French text, different for each `i`.
fn generated_text(i: usize) -> String {
    const WHO: [&str; 6] =
        ["Le Kremlin", "L’OTAN", "Joe Biden", "Le ministère russe des Affaires étrangères", "Kiev", "La France"];
    const VERB: [&str; 5] = ["a déclaré", "a affirmé", "a prévenu", "a annoncé", "a estimé"];
    const WHAT: [&str; 4] = [
        "que la Russie devait retirer ses troupes",
        "que des négociations auraient lieu",
        "qu’une attaque contre l’Ukraine aurait des conséquences",
        "que les sanctions seraient levées",
    ];
    format!(
        "{} {} le {} décembre {}. Le document nº {i} a été publié.",
        WHO[i % WHO.len()],
        VERB[i / WHO.len() % VERB.len()],
        1 + i % 28,
        WHAT[i / 7 % WHAT.len()]
    )
}

#[test]
fn extract_jsonl_streams_ten_thousand_lines_in_order() {
    const N: usize = 10_000;
    let mut input = String::new();
    for i in 0..N {
        let id = Value::from(format!("doc-{i:05}"));
        input.push_str(&input_line(&id, &generated_text(i), Some("2021-12-10")));
        input.push('\n');
    }
    let out = run("extract", &["--jsonl"], input.as_bytes());
    assert_eq!(out.code(), 0, "{}", out.stderr);
    let text = out.text();
    let mut count = 0;
    let mut speakers = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let row: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        assert_eq!(row["id"], format!("doc-{i:05}"), "output line {} out of order", i + 1);
        assert!(row.get("error").is_none(), "{row}");
        assert_eq!(row["published"], "2021-12-10");
        for s in row["statements"].as_array().expect("statements") {
            speakers.insert(s["speaker"].as_str().unwrap_or("?").to_string());
        }
        count += 1;
    }
    assert_eq!(count, N);
    // The texts vary, and so do the analyses.
    assert!(speakers.len() >= 3, "{speakers:?}");
}

// ---------------------------------------------------------------- annotate

#[test]
fn annotate_writes_a_self_contained_page() {
    let out = run("annotate", &["--dct", "2021-12-10"], b"");
    assert_eq!(out.code(), 0, "{}", out.stderr);
    let html = out.text();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Self-contained: nothing loaded from elsewhere.
    for external in ["<link", "<script", "src=", "@import", "url("] {
        assert!(!html.contains(external), "the page refers to an outside resource: {external}");
    }
    let page = parse_html(&html);
    assert_eq!(page.article_text, SAMPLE);
    assert!(page.by_id("legend").is_some());
    for table in ["actors", "statements", "events", "times"] {
        assert_eq!(page.by_id(table).map(|e| e.name.as_str()), Some("table"), "#{table}");
    }

    // Every statement, event and time of the analysis is in the page once
    // (not counting the parts that crossing spans reopen), with its details;
    // `data-statement`, `data-event` and `data-time` give its index.
    let analysis: Value = serde_json::from_slice(&run("extract", &["--dct", "2021-12-10"], b"").stdout).expect("JSON");
    let firsts = |class: &'static str, index: &str| {
        let mut spans: Vec<_> = page.with_class("span", class).filter(|e| e.attr("data-continued").is_none()).collect();
        spans.sort_by_key(|e| e.attr(index).and_then(|i| i.parse::<usize>().ok()));
        spans
    };
    let statements = firsts("statement", "data-statement");
    let expected = analysis["statements"].as_array().expect("statements");
    assert_eq!(statements.len(), expected.len());
    for (i, (span, s)) in statements.iter().zip(expected).enumerate() {
        assert_eq!(span.attr("data-statement"), Some(i.to_string().as_str()));
        assert_eq!(span.attr("data-speaker"), s["speaker"].as_str());
        assert_eq!(span.attr("data-cue"), s["cue"]["lemma"].as_str());
        assert_eq!(span.attr("data-kind"), s["kind"].as_str());
    }
    assert!(statements.iter().filter(|s| s.attr("data-speaker") == Some("OTAN")).count() >= 9);
    let events = firsts("event", "data-event");
    let expected = analysis["events"].as_array().expect("events");
    assert_eq!(events.len(), expected.len());
    for (i, (span, e)) in events.iter().zip(expected).enumerate() {
        assert_eq!(span.attr("data-event"), Some(i.to_string().as_str()));
        assert_eq!(span.attr("data-type"), e["type"].as_str());
        assert_eq!(span.attr("data-modality"), e["modality"].as_str());
        let title = span.attr("title").expect("event details");
        assert!(title.contains("source:") && title.contains("target:") && title.contains("date:"), "{title}");
    }
    let times = firsts("time", "data-time");
    let expected = analysis["times"].as_array().expect("times");
    assert_eq!(times.len(), expected.len());
    for (span, t) in times.iter().zip(expected) {
        assert_eq!(span.attr("data-value"), t["value"].as_str());
    }
    assert!(times.iter().any(|t| t.attr("data-value") == Some("2021-12-07")));
    let mentions = firsts("mention", "data-actor");
    let total: usize = analysis["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .map(|a| a["mentions"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(mentions.len(), total);
    let nato = mentions.iter().filter(|m| m.has_class("actor-OTAN")).collect::<Vec<_>>();
    assert!(nato.len() >= 9 && nato.iter().all(|m| m.attr("data-actor") == Some("OTAN")));
    assert!(nato.iter().any(|m| m.inside("statement")), "mentions nest inside statements");
}

#[test]
fn annotate_escapes_text_and_writes_to_a_file() {
    let dir = temp_dir("annotate-file");
    let text =
        "<script>alert(1)</script> & \"guillemets\" 'simples'\nL’OTAN a déclaré que « la Russie <b>doit</b> agir ».\n";
    let paths = write_files(&dir, &[("in.txt", text.as_bytes()), ("bad.txt", b"\xffOTAN")]);
    let html = dir.join("out.html");
    let out = run("annotate", &[path_str(&paths[0]), "-o", path_str(&html)], b"");
    assert_eq!(out.code(), 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "-o writes the file, not standard output");
    let page = std::fs::read_to_string(&html).expect("the page");
    assert!(!page.contains("<script") && !page.contains("<b>"), "unescaped text in the page");
    let parsed = parse_html(&page);
    assert_eq!(parsed.article_text, text);
    assert!(parsed.with_class("span", "statement").any(|s| s.attr("data-speaker") == Some("OTAN")));

    let from_stdin = run("annotate", &["-"], text.as_bytes());
    assert_eq!(from_stdin.stdout, page.as_bytes());

    let bad = run("annotate", &[path_str(&paths[1])], b"");
    assert_eq!(bad.code(), 2);
    assert!(bad.stderr.contains("UTF-8"), "{}", bad.stderr);
    let bad_date = run("annotate", &["--dct", "demain"], b"");
    assert_eq!(bad_date.code(), 2);
    assert!(bad_date.stderr.contains("--dct"), "{}", bad_date.stderr);
}

/// The README shows what `quotes` prints on the embedded article: that block
/// must be what the current build prints.
#[test]
fn the_readme_shows_the_real_output_of_quotes() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README.md");
    let after = readme.split("<!-- quotes-output -->").nth(1).expect("the README marks the quotes output");
    let block = after
        .split_once("```text\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(block, _)| block)
        .expect("a text block after the marker");
    let out = run("quotes", &[], b"");
    assert_eq!(out.code(), 0, "{}", out.stderr);
    assert_eq!(block, out.text(), "update the README's quotes block from `cargo run --release --example quotes`");
}
