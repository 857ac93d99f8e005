//! Whole-analysis snapshots: the `Analysis` of a text serialised as JSON
//! (the format `examples/extract.rs` prints) and compared with the files in
//! `tests/snapshots/`.
//!
//! A mismatch fails the test. Plain `cargo test` needs no `cargo insta`;
//! after a deliberate change, review the new output and accept it with
//! `INSTA_UPDATE=always cargo test --test snapshots` (or `cargo insta
//! review`), reading every changed line. Under CI (`CI` set) insta never
//! writes snapshots, so a mismatch is only a failure.
//!
//! Every snapshot was read by eye before it was accepted. Each test says
//! what it pins down and lists the items of the snapshot that are known to
//! be wrong, so that a fix that changes them is recognised as one.

use depeche::{Extractor, Options};

/// The user's article, as `examples/extract.rs` embeds it.
const SAMPLE: &str = include_str!("../corpus/otan-russie.txt");

fn snapshot(name: &str, text: &str, options: &Options) {
    let extractor = Extractor::new();
    let analysis = extractor.analyze_with(text, options).expect("analysis");
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_json_snapshot!(name, analysis);
    });
}

/// The sample article, analysed as `cargo run --example extract` does by
/// default: `Options::default()`, so no publication date (the article has
/// no dateline); `le 7 décembre` is then `XXXX-12-07` and `le lendemain`
/// follows it.
///
/// Pins down: the three NATO statements by name, by `l'alliance`, by
/// `l'organisation` and by the documents (`le document`, `le communiqué`)
/// resolved to NATO; the ministry's two statements (`le ministère des
/// Affaires étrangères` merged with its first, demonym-bearing mention);
/// `le président russe` resolved to Vladimir Poutine; the `Lire aussi` line
/// left out (no RPL or OSCE actor); the six events and the four times.
///
/// Known wrong items:
/// - mentions `L’OTAN`/`l’OTAN`/`l’UE` have form `name`, not `acronym` (the
///   form is read from the article's token, see the report);
/// - time `avenir` (`déterminer leur avenir`, a noun) is a `FUTURE_REF`;
/// - the THREATEN event of `toute attaque … aura des conséquences` is
///   `hypothetical`; the threat itself is made, so `asserted` is expected.
///
/// Borderline, kept: the continued quote `La discussion « devrait … »` is a
/// `mixed` statement with no cue.
#[test]
fn otan_russie() {
    snapshot("otan_russie", SAMPLE, &Options::default());
}

/// A Sahel paragraph with a publication date: an attack reported by an
/// inverted cue, a minister's accusation (`accuser X d'avoir …`), a direct
/// quote whose speaker `M. Traoré` merges with `Moussa Traoré`, `mardi` and
/// `mercredi` resolved before the publication date, `près de Tombouctou`
/// no actor.
///
/// Known wrong items:
/// - the ASSAULT event has the reporting government as source: it is
///   `Des hommes armés` (a group, missing from the actors); its target,
///   `l'armée malienne`, is right;
/// - the direct statement has channel `à la télévision` (cut before
///   `nationale`) and no time, though `mercredi` stands by its cue.
#[test]
fn sahel_attaque() {
    let text = "Des hommes armés ont attaqué mardi un poste de l'armée malienne près de Tombouctou, a annoncé le gouvernement malien. \
Le ministre malien de la Défense, Moussa Traoré, a accusé les jihadistes d'avoir tué trois soldats. \
« Nous ne céderons pas à la terreur », a déclaré M. Traoré mercredi à la télévision nationale.";
    snapshot("sahel_attaque", text, &Options::default().published("2023-03-16".parse().expect("date")));
}

/// A diplomatic paragraph: a meeting dated in full, a request with its
/// addressee, a refusal by a capital (`Moscou`, merged with `la Russie`)
/// reported `selon l'agence Reuters`, a future meeting announced by the
/// Élysée for `lundi prochain`.
///
/// `au Kremlin` is a place here, no actor.
///
/// Known wrong items:
/// - `l'agence Reuters` is one mention of Reuters, article aside, rather
///   than the name alone;
/// - the announced meeting (`se rencontreront de nouveau lundi prochain`)
///   gives no CONSULT event (future, Macron and Poutine, 2022-02-21).
#[test]
fn diplomatie_rencontre() {
    let text = "Le 14 février 2022, le président français Emmanuel Macron s'est entretenu avec Vladimir Poutine au Kremlin. \
Macron a demandé à la Russie de retirer ses troupes de la frontière ukrainienne. \
Moscou a rejeté cette demande jeudi, selon l'agence Reuters. \
Les deux dirigeants se rencontreront de nouveau lundi prochain, a indiqué l'Élysée.";
    snapshot("diplomatie_rencontre", text, &Options::default().published("2022-02-18".parse().expect("date")));
}

/// A paragraph on protests and arrests: a group that demonstrates
/// (PROTEST), police that arrest (COERCE), an NGO named in apposition
/// (`l'ONG Amnesty International`) then referred to as `l'organisation`,
/// that condemns and demands (a mixed statement with « sans délai »), a
/// spokesperson who denies, `samedi` and `hier` resolved; `à Téhéran` no
/// actor.
///
/// Known wrong items:
/// - the REJECT event of the spokesperson (`a démenti toute violence`) has
///   Amnesty International as target; the text names no target.
///
/// Borderline, kept: the undated statements and events of the third
/// sentence take `samedi` (2022-10-01) from the narrative.
#[test]
fn manifestations_arrestations() {
    let text = "Des milliers de manifestants ont défilé samedi à Téhéran pour dénoncer la vie chère. \
La police iranienne a arrêté une centaine de personnes, selon l'ONG Amnesty International. \
L'organisation a condamné ces arrestations et a exhorté les autorités iraniennes à libérer les détenus « sans délai ». \
Hier, le porte-parole du gouvernement a démenti toute violence.";
    snapshot("manifestations_arrestations", text, &Options::default().published("2022-10-03".parse().expect("date")));
}
