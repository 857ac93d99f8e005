//! Who said what: prints one line per statement of an article,
//! `speaker — cue — « content »`.
//!
//! ```text
//! cargo run --example quotes                  # the embedded sample article
//! cargo run --example quotes -- article.txt   # a file
//! cargo run --example quotes -- - < article.txt
//! ```
//!
//! The speaker is the actor's canonical name, or `?` when the article does
//! not say who spoke; the cue is the reporting verb's lemma (`déclarer`,
//! `selon`), or `—` for a quotation that continues the previous speaker's
//! words.

use std::io::Read;
use std::process::ExitCode;

use depeche::Extractor;

/// The user's article, the default input.
const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

fn main() -> ExitCode {
    let text = match read_input(std::env::args().nth(1).as_deref()) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("quotes: {message}");
            return ExitCode::from(2);
        }
    };
    let analysis = match Extractor::new().analyze(&text) {
        Ok(analysis) => analysis,
        Err(e) => {
            eprintln!("quotes: {e}");
            return ExitCode::from(1);
        }
    };
    for statement in &analysis.statements {
        let speaker = analysis.speaker(statement).map_or("?", |a| a.name.as_str());
        let cue = statement.cue.as_ref().map_or("—", |c| c.lemma.as_str());
        // One statement, one line, whatever line breaks the quotation spans.
        let content = analysis.words(statement.content).split_whitespace().collect::<Vec<_>>().join(" ");
        println!("{speaker} — {cue} — « {content} »");
    }
    ExitCode::SUCCESS
}

/// The article: the named file, standard input for `-`, the sample without
/// an argument.
fn read_input(arg: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match arg {
        None => return Ok(SAMPLE.to_string()),
        Some("-h" | "--help") => return Err("usage: quotes [FILE | -]".to_string()),
        Some("-") => std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?,
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            bytes.len()
        }
    };
    String::from_utf8(bytes).map_err(|e| format!("not UTF-8 (first bad byte at {})", e.utf8_error().valid_up_to()))
}
