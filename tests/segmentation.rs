//! Sentences, paragraphs and quotations.

use depeche::text::{Document, SentenceRole};

fn sentences(text: &str) -> Vec<&str> {
    let doc = Document::new(text);
    doc.sentences.iter().map(|s| s.span.as_str(text)).collect()
}

fn quotes(text: &str) -> Vec<&str> {
    let doc = Document::new(text);
    doc.quotes.iter().map(|q| q.inner.as_str(text)).collect()
}

#[test]
fn sentences_end_at_terminal_punctuation() {
    let cases: &[(&str, &[&str])] = &[
        ("L’OTAN a répondu. La Russie insiste. Et après ?", &["L’OTAN a répondu.", "La Russie insiste.", "Et après ?"]),
        // Abbreviations, initials and decimals do not end sentences.
        (
            "M. Ayrault a parlé à J.-C. Juncker de 3,5 milliards. Puis il est parti.",
            &["M. Ayrault a parlé à J.-C. Juncker de 3,5 milliards.", "Puis il est parti."],
        ),
        ("Les MM. Dupont sont arrivés. Mme Durand aussi.", &["Les MM. Dupont sont arrivés.", "Mme Durand aussi."]),
        ("En 52 av. J.-C. la ville tombe.", &["En 52 av. J.-C. la ville tombe."]),
        (
            "Ils ont apporté des tracts, des affiches, etc. Le préfet a réagi.",
            &["Ils ont apporté des tracts, des affiches, etc.", "Le préfet a réagi."],
        ),
        // `!` and `?` inside a quote go on when a lower-case word follows.
        ("« Assez ! » a-t-il crié. Puis il est parti.", &["« Assez ! » a-t-il crié.", "Puis il est parti."]),
        ("« Pourquoi ? », a demandé le ministre.", &["« Pourquoi ? », a demandé le ministre."]),
        // A sentence that ends inside a quotation takes the closing mark.
        (
            "Il a déclaré : « Nous ne céderons pas. » Le lendemain, il a cédé.",
            &["Il a déclaré : « Nous ne céderons pas. »", "Le lendemain, il a cédé."],
        ),
        ("Il a dit « non ». Puis « oui ».", &["Il a dit « non ».", "Puis « oui »."]),
        ("Un plan B. Le second plan.", &["Un plan B.", "Le second plan."]),
        ("John F. Kennedy est mort.", &["John F. Kennedy est mort."]),
    ];
    for (text, expected) in cases {
        assert_eq!(sentences(text), *expected, "{text}");
    }
}

#[test]
fn lines_and_blank_lines_are_boundaries() {
    let text = "Le Mali en crise\nLe gouvernement a réagi.\n\nLes rebelles ont répondu";
    assert_eq!(sentences(text), ["Le Mali en crise", "Le gouvernement a réagi.", "Les rebelles ont répondu"]);
    let doc = Document::new(text);
    assert_eq!(doc.paragraphs.len(), 3);
    assert_eq!(doc.sentences[0].role, SentenceRole::Heading);
    assert_eq!(doc.sentences[1].role, SentenceRole::Body);
}

#[test]
fn hard_wrapped_lines_are_joined() {
    let text =
        "Le ministère russe des Affaires étrangères a déclaré\nque Moscou insiste pour développer des garanties.";
    assert_eq!(sentences(text).len(), 1);
}

#[test]
fn datelines_are_their_own_sentence() {
    let cases: &[(&str, &str)] = &[
        ("29 mai 2012. - Un postier a été retrouvé mort.", "29 mai 2012. -"),
        ("PARIS, 29 mai (AFP) - Le gouvernement a annoncé.", "PARIS, 29 mai (AFP) -"),
        ("Exploit des Knicks à Atlanta.\nWASHINGTON. _ Les Utah Jazz ont gagné.", "WASHINGTON. _"),
        ("Lundi 6 décembre 2021 - Le sommet s’ouvre.", "Lundi 6 décembre 2021 -"),
    ];
    for (text, dateline) in cases {
        let doc = Document::new(text);
        let s = doc.sentences.iter().find(|s| s.role == SentenceRole::Dateline).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(s.span.as_str(text), *dateline);
    }
    let doc = Document::new("Le 29 mai 2012, il pleuvait - beaucoup.");
    assert!(doc.sentences.iter().all(|s| s.role != SentenceRole::Dateline));
}

#[test]
fn link_lines_are_marked() {
    for opener in ["Lire aussi :", "À lire aussi :", "A lire aussi :", "Voir aussi :", "Lire également :"] {
        let text = format!("L’OTAN a répondu.\n{opener} La RPL a accusé l’OSCE\nLa Russie insiste.");
        let doc = Document::new(&text);
        let roles: Vec<SentenceRole> = doc.sentences.iter().map(|s| s.role).collect();
        assert_eq!(roles, [SentenceRole::Body, SentenceRole::Link, SentenceRole::Body], "{opener}");
    }
}

#[test]
fn quotations_pair_and_nest() {
    let text = "Le syndicat estime que « nous savons qu’il avait des difficultés dans “sa vie au travail” ».";
    assert_eq!(quotes(text), ["nous savons qu’il avait des difficultés dans “sa vie au travail”", "sa vie au travail"]);
    let doc = Document::new(text);
    assert_eq!((doc.quotes[0].depth, doc.quotes[1].depth), (0, 1));
    assert_eq!(doc.quotes[1].parent, Some(0));
}

#[test]
fn straight_quotes_take_their_side_from_spaces() {
    assert_eq!(quotes("Il a dit \"non\" puis \"oui\"."), ["non", "oui"]);
    assert_eq!(quotes("Ils ont crié 'Allah' et cassé la porte."), ["Allah"]);
    // A stray straight quote inside guillemets is left out.
    assert_eq!(
        quotes("SUD-PTT a relevé que « \"ce n’est que très tardivement que l’enquête a commencé »."),
        ["ce n’est que très tardivement que l’enquête a commencé"]
    );
}

#[test]
fn long_quotes_reopen_at_each_paragraph() {
    let text = "Il a déclaré : « Nous ne céderons pas.\n« Nous irons jusqu’au bout. »\nLe ministre a répondu.";
    let doc = Document::new(text);
    assert_eq!(doc.quotes.len(), 1, "{:?}", quotes(text));
    assert_eq!(doc.quotes[0].inner.as_str(text), "Nous ne céderons pas.\n« Nous irons jusqu’au bout.");
    assert_eq!(doc.quotes[0].paragraphs, 2);
}

#[test]
fn unbalanced_quotes_never_swallow_the_article() {
    // An opening mark never closed ends with its paragraph.
    let text = "Il a dit « non et puis plus rien.\nLe lendemain, la Russie a répondu « oui ».";
    assert_eq!(quotes(text), ["non et puis plus rien.", "oui"]);
    // A closing mark with no opening one is ignored.
    assert_eq!(quotes("Il a dit non » puis « oui »."), ["oui"]);
    // Marks of another family do not close each other.
    assert_eq!(quotes("« Il a dit ‘ peut-être »."), ["Il a dit ‘ peut-être"]);
    assert!(quotes("»»» ««« \" ' “ ”").len() <= 3);
}
