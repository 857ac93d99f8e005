//! User lexicons: added through the builder, from TSV text or files (TSV
//! or JSON), merged with the built-in ones or replacing them, with errors
//! that name the file, the line and the field.

use depeche::{ErrorKind, Extractor, LexiconKind};

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("depeche-lexicons-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_user_organisation_is_found_and_keyed() {
    let extractor = Extractor::builder()
        .lexicon_tsv(
            LexiconKind::Organisations,
            "inline",
            "CFDT-SANTE\torganization\tunion\tFRA\tla CFDT Santé|CFDT Santé\n",
        )
        .build()
        .unwrap();
    let analysis = extractor.analyze("La CFDT Santé a dénoncé les fermetures de lits.").unwrap();
    let actor = analysis.actors.iter().find(|a| a.id == "CFDT-SANTE").expect("the user's organisation");
    assert_eq!(actor.country.map(|c| c.to_string()).as_deref(), Some("FRA"));
}

#[test]
fn json_lexicons_read_arrays_as_alternatives() {
    let path = temp_file(
        "persons.json",
        r#"[{"key": "DUPONT", "names": ["Marie Dupont", "Dupont"], "gender": "f", "country": "FRA", "roles": "maire:FRA"}]"#,
    );
    let extractor = Extractor::builder().lexicon_file(LexiconKind::Persons, &path).unwrap().build().unwrap();
    let analysis = extractor
        .analyze("Marie Dupont a déclaré que la ville ne céderait pas. Dupont a ajouté qu'elle attendait.")
        .unwrap();
    let actor = analysis.actors.iter().find(|a| a.id == "DUPONT").expect("the user's person");
    assert_eq!(actor.mentions.len(), 2);
}

#[test]
fn malformed_files_name_file_line_and_field() {
    let path = temp_file("orgs.tsv", "# my organisations\nACME\tcorporation\tcompany\tFRA\tAcme\n");
    let err = Extractor::builder().lexicon_file(LexiconKind::Organisations, &path).unwrap().build().unwrap_err();
    match err.kind() {
        ErrorKind::Lexicon { file, line, field, .. } => {
            assert!(file.ends_with("orgs.tsv"), "{file}");
            assert_eq!(*line, 2);
            assert_eq!(field.as_deref(), Some("kind"));
        }
        other => panic!("unexpected {other:?}"),
    }
    let path = temp_file("bad.json", r#"[{"key": "X", "kind": "organization", "class": 3}]"#);
    let err = Extractor::builder().lexicon_file(LexiconKind::Organisations, &path).unwrap_err();
    assert!(err.to_string().contains("field \"class\""), "{err}");
    let path = temp_file("broken.json", "[{\"key\": ");
    let err = Extractor::builder().lexicon_file(LexiconKind::Organisations, &path).unwrap_err();
    assert!(err.to_string().contains("malformed JSON"), "{err}");
}

#[test]
fn replacing_a_lexicon_drops_the_built_in_entries() {
    let extractor = Extractor::builder()
        .replace_lexicon(LexiconKind::Countries)
        .lexicon_tsv(LexiconKind::Countries, "mine", "RUS\tla Russie\trusse|russe|russes|russes\tMoscou\t-\n")
        .build()
        .unwrap();
    let analysis = extractor.analyze("La Russie et l'Ukraine ont signé un accord.").unwrap();
    assert!(analysis.actors.iter().any(|a| a.id == "RUS"));
    assert!(!analysis.actors.iter().any(|a| a.id == "UKR"), "Ukraine is no longer a known country");
}

/// The documented example files in `examples/data/` load and are found in
/// text: what the README tells a new user to copy.
#[test]
fn the_example_lexicon_files_load_and_are_found() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let extractor = Extractor::builder()
        .lexicon_file(LexiconKind::Organisations, dir.join("organisations.tsv"))
        .unwrap()
        .lexicon_file(LexiconKind::Persons, dir.join("persons.tsv"))
        .unwrap()
        .build()
        .unwrap();
    let analysis = extractor
        .analyze(
            "Le Syndicat des dockers du Nord a appelé à la grève. Claire Lemoine a déclaré que la ville \
             soutenait les dockers, et Littoral vivant a dénoncé la fermeture du port.",
        )
        .unwrap();
    let ids: Vec<&str> = analysis.actors.iter().map(|a| a.id.as_str()).collect();
    for id in ["SYND-PORTS-NORD", "LEMOINE-CLAIRE", "ASSO-LITTORAL"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let mayor = analysis.actors.iter().find(|a| a.id == "LEMOINE-CLAIRE").unwrap();
    assert_eq!(mayor.name, "Claire Lemoine");
}
