//! Prints the tokens, sentences and quotations of a text (a debugging aid).
//!
//! `cargo run --example tokens -- FILE` (or text on standard input).

use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path).expect("readable UTF-8 file"),
        None => {
            std::io::stdin().read_to_string(&mut text).expect("UTF-8 on standard input");
        }
    }
    let doc = depeche::text::Document::new(&text);
    for (i, s) in doc.sentences.iter().enumerate() {
        println!("== sentence {i} (paragraph {}, {:?}): {}", s.paragraph, s.role, s.span.as_str(&text));
        let words: Vec<String> = s
            .tokens
            .clone()
            .map(|t| {
                let tok = &doc.tokens[t];
                format!("{}/{:?}{}", doc.token_text(tok), tok.kind, if tok.flags.0 & 0b1100 != 0 { "*" } else { "" })
            })
            .collect();
        println!("   {}", words.join(" "));
    }
    for q in &doc.quotes {
        println!(
            "quote depth {} paragraphs {} closed {}: {}",
            q.depth,
            q.paragraphs,
            q.close.is_some(),
            q.inner.as_str(&text)
        );
    }
}
