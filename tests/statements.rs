//! The grammar of reported speech, rule by rule, through the public API.
//!
//! Every row is a sentence (or a few) written for this test in the style
//! of French news wire prose, with the statements that a careful reader
//! finds in it (`../shared/eval/GUIDELINES.md`): the speaker's actor name
//! (or none), the cue's words and lemma, the content and the kind. A row
//! must give exactly the statements listed, in text order; a row with no
//! statement listed must give none.
//!
//! The tables follow the patterns of `src/statements.rs`: inverted cues
//! after quotations and clauses, quotes split by their cue, cues after
//! their subject (`que`, `si`, `de`/`à` + infinitive, colon, quoted
//! object), prepositional cues (`selon`, `d'après`, `pour`), the rules that
//! end a reported clause, participle cues after a quotation, continued
//! quotations, speaker resolution, and what is not reported speech.

use std::fmt::Write as _;
use std::sync::OnceLock;

use depeche::{Analysis, CueClass, Extractor, Options, Statement, StatementKind};

use StatementKind::{Direct, Indirect, Mixed};

// ------------------------------------------------------------------ helpers

/// One expected statement.
#[derive(Clone, Copy, Debug)]
struct Expect {
    kind: StatementKind,
    /// The speaker actor's canonical name; `None` when the text does not
    /// say who spoke.
    speaker: Option<&'static str>,
    /// The cue's words in the text and its lemma; `None` for a quotation
    /// that continues the previous speaker's words.
    cue: Option<(&'static str, &'static str)>,
    /// The exact content.
    content: &'static str,
}

/// A statement with a cue.
const fn said(
    kind: StatementKind,
    speaker: Option<&'static str>,
    cue: &'static str,
    lemma: &'static str,
    content: &'static str,
) -> Expect {
    Expect { kind, speaker, cue: Some((cue, lemma)), content }
}

/// A quotation with no cue that continues the previous speaker.
const fn continued(kind: StatementKind, speaker: Option<&'static str>, content: &'static str) -> Expect {
    Expect { kind, speaker, cue: None, content }
}

type Row<'a> = (&'a str, &'a [Expect]);

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn analyze(text: &str) -> Analysis<'_> {
    extractor().analyze_with(text, &Options::default()).unwrap_or_else(|e| panic!("cannot analyse {text:?}: {e}"))
}

/// A statement as one readable line.
fn describe(a: &Analysis, s: &Statement) -> String {
    let speaker = a.speaker(s).map_or("-", |x| x.name.as_str());
    let mention = s.speaker_mention.map_or("-", |m| a.words(m));
    let cue = s.cue.as_ref().map_or("-".to_string(), |c| format!("{:?} ({})", a.words(c.span), c.lemma));
    format!("{:?} speaker {speaker:?} (mention {mention:?}) cue {cue} content {:?}", s.kind, a.words(s.content))
}

/// What is wrong with a statement against its expectation, if anything.
fn mismatch(a: &Analysis, s: &Statement, e: &Expect) -> Option<String> {
    let mut wrong = Vec::new();
    if s.kind != e.kind {
        wrong.push(format!("kind {:?}, expected {:?}", s.kind, e.kind));
    }
    let speaker = a.speaker(s).map(|x| x.name.as_str());
    if speaker != e.speaker {
        wrong.push(format!("speaker {speaker:?}, expected {:?}", e.speaker));
    }
    let cue = s.cue.as_ref().map(|c| (a.words(c.span), c.lemma.as_str()));
    if cue != e.cue {
        wrong.push(format!("cue {cue:?}, expected {:?}", e.cue));
    }
    if a.words(s.content) != e.content {
        wrong.push(format!("content {:?}, expected {:?}", a.words(s.content), e.content));
    }
    (!wrong.is_empty()).then(|| wrong.join("; "))
}

/// Checks every row and fails once with all the rows that went wrong, each
/// with its text and the full list of statements found.
fn check(rows: &[Row<'_>]) {
    assert!(!rows.is_empty());
    let mut failures = String::new();
    for &(text, expected) in rows {
        let a = analyze(text);
        let mut problems = Vec::new();
        if a.statements.len() != expected.len() {
            problems.push(format!("{} statements, expected {}", a.statements.len(), expected.len()));
        }
        for (i, (s, e)) in a.statements.iter().zip(expected).enumerate() {
            if let Some(m) = mismatch(&a, s, e) {
                problems.push(format!("statement {i}: {m}"));
            }
        }
        if !problems.is_empty() {
            let _ = writeln!(failures, "\n{text}\n  problems: {}\n  found:", problems.join(" | "));
            for s in &a.statements {
                let _ = writeln!(failures, "    {}", describe(&a, s));
            }
            if a.statements.is_empty() {
                let _ = writeln!(failures, "    (no statement)");
            }
        }
    }
    assert!(failures.is_empty(), "rows that went wrong:{failures}");
}

// ------------------------------------------------ 1. inverted cue, quotation

#[test]
fn inverted_cue_after_a_quotation_reports_the_quotation() {
    check(&[
        // The channel between the cue and its inverted subject.
        (
            "« Nous ne céderons pas », a indiqué dans un communiqué le ministère des Affaires étrangères.",
            &[said(Direct, Some("ministère des Affaires étrangères"), "a indiqué", "indiquer", "Nous ne céderons pas")],
        ),
        (
            "« Le texte sera retiré », a déclaré lors d'une conférence de presse le Premier ministre.",
            &[said(Direct, Some("Premier ministre"), "a déclaré", "déclarer", "Le texte sera retiré")],
        ),
        (
            "« Le texte sera retiré », a écrit sur Twitter Jean-Luc Mélenchon.",
            &[said(Direct, Some("Jean-Luc Mélenchon"), "a écrit", "écrire", "Le texte sera retiré")],
        ),
        // After a colon, the quotation alone is the speaker's, whatever the
        // clause before it says (a participle of a cue verb there is an
        // attribute, not a cue).
        (
            "Le maire de Lyon est formel : « Les travaux commenceront en mars », affirme Gérard Collomb.",
            &[said(Direct, Some("Gérard Collomb"), "affirme", "affirmer", "Les travaux commenceront en mars")],
        ),
        (
            "Les habitants se sentent lâchés par l'État : « Personne ne nous écoute », déclare Fatoumata Maïga, \
             présidente d'une association.",
            &[said(Direct, Some("Fatoumata Maïga"), "déclare", "déclarer", "Personne ne nous écoute")],
        ),
        (
            "« Nous ne céderons pas aux pressions », a déclaré Sergueï Lavrov.",
            &[said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne céderons pas aux pressions")],
        ),
        (
            "« La situation reste très préoccupante », a affirmé le ministre malien de la Défense.",
            &[said(
                Direct,
                Some("ministre malien de la Défense"),
                "a affirmé",
                "affirmer",
                "La situation reste très préoccupante",
            )],
        ),
        // A channel or a time after the subject does not stop the incise.
        (
            "« Le dialogue doit reprendre sans délai », a estimé l'OTAN dans un communiqué.",
            &[said(Direct, Some("OTAN"), "a estimé", "estimer", "Le dialogue doit reprendre sans délai")],
        ),
        (
            "« Nous sommes prêts à discuter », a déclaré l'OTAN mardi.",
            &[said(Direct, Some("OTAN"), "a déclaré", "déclarer", "Nous sommes prêts à discuter")],
        ),
        // A time or an addressee between the cue and its subject.
        (
            "« La situation reste très préoccupante », a affirmé mardi le ministre.",
            &[said(Direct, Some("ministre"), "a affirmé", "affirmer", "La situation reste très préoccupante")],
        ),
        (
            "« La situation reste très préoccupante », a affirmé hier le ministre.",
            &[said(Direct, Some("ministre"), "a affirmé", "affirmer", "La situation reste très préoccupante")],
        ),
        (
            "« La situation reste très préoccupante », a affirmé lundi soir le ministre.",
            &[said(Direct, Some("ministre"), "a affirmé", "affirmer", "La situation reste très préoccupante")],
        ),
        (
            "« La situation reste très préoccupante », a indiqué à l'AFP un responsable de l'OTAN.",
            &[said(
                Direct,
                Some("responsable de l'OTAN"),
                "a indiqué",
                "indiquer",
                "La situation reste très préoccupante",
            )],
        ),
        (
            "« Nous ne négocierons pas », a déclaré jeudi le porte-parole du Kremlin, Dmitri Peskov.",
            &[said(Direct, Some("Dmitri Peskov"), "a déclaré", "déclarer", "Nous ne négocierons pas")],
        ),
        (
            "« Le cessez-le-feu est respecté », a affirmé aux journalistes le ministre ukrainien de la Défense.",
            &[said(
                Direct,
                Some("ministre ukrainien de la Défense"),
                "a affirmé",
                "affirmer",
                "Le cessez-le-feu est respecté",
            )],
        ),
        (
            "« Le cessez-le-feu est respecté », a assuré vendredi à la presse le ministre ukrainien de la Défense.",
            &[said(
                Direct,
                Some("ministre ukrainien de la Défense"),
                "a assuré",
                "assurer",
                "Le cessez-le-feu est respecté",
            )],
        ),
        (
            "« Les négociations avancent lentement », a souligné Olaf Scholz devant les journalistes.",
            &[said(Direct, Some("Olaf Scholz"), "a souligné", "souligner", "Les négociations avancent lentement")],
        ),
        (
            "« Personne ne veut la guerre », estime Olaf Scholz dans un entretien au quotidien Le Monde.",
            &[said(Direct, Some("Olaf Scholz"), "estime", "estimer", "Personne ne veut la guerre")],
        ),
        (
            "« Nous irons jusqu'au bout », dit Olaf Scholz.",
            &[said(Direct, Some("Olaf Scholz"), "dit", "dire", "Nous irons jusqu'au bout")],
        ),
        // A name apposed to a description, after or before it: the name
        // is the speaker.
        (
            "« Nous maintenons notre position », a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
            &[said(Direct, Some("Dmitri Peskov"), "a déclaré", "déclarer", "Nous maintenons notre position")],
        ),
        (
            "« Nous maintenons notre position », a déclaré Dmitri Peskov, porte-parole du Kremlin.",
            &[said(Direct, Some("Dmitri Peskov"), "a déclaré", "déclarer", "Nous maintenons notre position")],
        ),
        (
            "« Les troupes n'ont pas bougé », a confié un diplomate européen.",
            &[said(Direct, Some("diplomate européen"), "a confié", "confier", "Les troupes n'ont pas bougé")],
        ),
        // A relative clause on the subject is no verb of a new clause.
        (
            "« Nous restons mobilisés », a déclaré la CGT, qui réclame une hausse des salaires.",
            &[said(
                Direct,
                Some("Confédération générale du travail"),
                "a déclaré",
                "déclarer",
                "Nous restons mobilisés",
            )],
        ),
        (
            "« Rien n'est décidé », a déclaré Emmanuel Macron qui a ensuite quitté la salle.",
            &[said(Direct, Some("Emmanuel Macron"), "a déclaré", "déclarer", "Rien n'est décidé")],
        ),
        // No comma between the quotation and the cue.
        (
            "« Nous sommes prêts à discuter » indique le quotidien Le Monde.",
            &[said(Direct, Some("Le Monde"), "indique", "indiquer", "Nous sommes prêts à discuter")],
        ),
        // A cue inside the quotation is part of the quoted words.
        (
            "« Il a déclaré que tout allait bien, mais personne ne l'a cru », a affirmé Olaf Scholz.",
            &[said(
                Direct,
                Some("Olaf Scholz"),
                "a affirmé",
                "affirmer",
                "Il a déclaré que tout allait bien, mais personne ne l'a cru",
            )],
        ),
    ]);
}

#[test]
fn inverted_pronoun_cues() {
    check(&[
        // Nobody named before the pronoun: a statement with no speaker.
        (
            "« Nous attendons des actes concrets », a-t-il ajouté.",
            &[said(Direct, None, "a-t-il ajouté", "ajouter", "Nous attendons des actes concrets")],
        ),
        (
            "« Nous attendons des actes concrets », a-t-elle ajouté.",
            &[said(Direct, None, "a-t-elle ajouté", "ajouter", "Nous attendons des actes concrets")],
        ),
        (
            "« Cette décision est irrévocable », insiste-t-il.",
            &[said(Direct, None, "insiste", "insister", "Cette décision est irrévocable")],
        ),
        ("« Nous irons jusqu'au bout », dit-il.", &[said(Direct, None, "dit", "dire", "Nous irons jusqu'au bout")]),
        // The pronoun is the person named before.
        (
            "Sergueï Lavrov est arrivé à Genève mardi. « Nous attendons une réponse écrite », a-t-il déclaré.",
            &[said(Direct, Some("Sergueï Lavrov"), "a-t-il déclaré", "déclarer", "Nous attendons une réponse écrite")],
        ),
        (
            "« Nous attendons une réponse écrite », a déclaré Sergueï Lavrov. \
             « Elle doit arriver avant la fin du mois », a-t-il ajouté.",
            &[
                said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous attendons une réponse écrite"),
                said(
                    Direct,
                    Some("Sergueï Lavrov"),
                    "a-t-il ajouté",
                    "ajouter",
                    "Elle doit arriver avant la fin du mois",
                ),
            ],
        ),
    ]);
}

#[test]
fn a_quotation_split_by_its_cue_is_two_statements() {
    check(&[
        (
            "« Nous irons jusqu'au bout, a-t-il dit, quoi qu'il en coûte. »",
            &[
                said(Direct, None, "a-t-il dit", "dire", "Nous irons jusqu'au bout"),
                said(Direct, None, "a-t-il dit", "dire", "quoi qu'il en coûte."),
            ],
        ),
        (
            "Olaf Scholz est arrivé à Kiev. « Nous irons jusqu'au bout, a-t-il assuré, quoi qu'il en coûte. »",
            &[
                said(Direct, Some("Olaf Scholz"), "a-t-il assuré", "assurer", "Nous irons jusqu'au bout"),
                said(Direct, Some("Olaf Scholz"), "a-t-il assuré", "assurer", "quoi qu'il en coûte."),
            ],
        ),
        (
            "« Nous irons jusqu'au bout, affirme-t-il, et nous gagnerons. »",
            &[
                said(Direct, None, "affirme", "affirmer", "Nous irons jusqu'au bout"),
                said(Direct, None, "affirme", "affirmer", "et nous gagnerons."),
            ],
        ),
        // The second part opens with `que`/`qu'`: the comma that closes the
        // incise ends the cue's subject.
        (
            "« Nous irons jusqu'au bout, dit-il, quoi qu'il en coûte. »",
            &[
                said(Direct, None, "dit", "dire", "Nous irons jusqu'au bout"),
                said(Direct, None, "dit", "dire", "quoi qu'il en coûte."),
            ],
        ),
        (
            "Angela Merkel est arrivée à Kiev. « Nous ne reculerons pas, a-t-elle prévenu, quelles que soient \
             les menaces. »",
            &[
                said(Direct, Some("Angela Merkel"), "a-t-elle prévenu", "prévenir", "Nous ne reculerons pas"),
                said(Direct, Some("Angela Merkel"), "a-t-elle prévenu", "prévenir", "quelles que soient les menaces."),
            ],
        ),
        // The cue at the end of the quotation: one statement.
        ("« Nous irons jusqu'au bout, dit-il. »", &[said(Direct, None, "dit", "dire", "Nous irons jusqu'au bout")]),
    ]);
}

// --------------------------------------------------- 1. inverted cue, clause

#[test]
fn inverted_cue_after_a_clause_reports_the_clause() {
    check(&[
        (
            "La Russie n'a aucune intention d'attaquer l'Ukraine, a assuré le Kremlin.",
            &[said(
                Indirect,
                Some("Kremlin"),
                "a assuré",
                "assurer",
                "La Russie n'a aucune intention d'attaquer l'Ukraine",
            )],
        ),
        (
            "Les troupes se retireront avant la fin du mois, a annoncé le ministère russe de la Défense.",
            &[said(
                Indirect,
                Some("ministère russe de la Défense"),
                "a annoncé",
                "annoncer",
                "Les troupes se retireront avant la fin du mois",
            )],
        ),
        // A quotation that is only part of the clause makes it mixed.
        (
            "Les « lignes rouges » de Moscou ne sont pas négociables, a prévenu Vladimir Poutine.",
            &[said(
                Mixed,
                Some("Vladimir Poutine"),
                "a prévenu",
                "prévenir",
                "Les « lignes rouges » de Moscou ne sont pas négociables",
            )],
        ),
        // The clause starts after a semicolon.
        (
            "Le gouvernement a rejeté le texte ; l'opposition manifestera samedi, a précisé le syndicat.",
            &[said(Indirect, Some("syndicat"), "a précisé", "préciser", "l'opposition manifestera samedi")],
        ),
        // A dash of dialogue is not part of the words.
        (
            "- Nous ne partirons pas, a lancé un manifestant.",
            &[said(Indirect, Some("manifestant"), "a lancé", "lancer", "Nous ne partirons pas")],
        ),
        (
            "– Nous ne partirons pas, a lancé un manifestant.",
            &[said(Indirect, Some("manifestant"), "a lancé", "lancer", "Nous ne partirons pas")],
        ),
        // `leur` before a verb that cannot be a noun is its object.
        (
            "Le ministre leur répondit que la réforme serait maintenue.",
            &[said(Indirect, Some("ministre"), "répondit", "répondre", "la réforme serait maintenue")],
        ),
        // A gerund has no inverted subject: the name after it is its
        // object's, and the clause before it is no reported speech.
        ("Le député est intervenu avant le vote, en demandant au président Jean Dupont une suspension de séance.", &[]),
    ]);
}

// ------------------------------------------------- 2. cue after its subject

#[test]
fn cue_with_a_que_clause() {
    check(&[
        (
            "Sergueï Lavrov a déclaré que Moscou n'avait aucune intention d'envahir l'Ukraine.",
            &[said(
                Indirect,
                Some("Sergueï Lavrov"),
                "a déclaré",
                "déclarer",
                "Moscou n'avait aucune intention d'envahir l'Ukraine",
            )],
        ),
        (
            "Le Kremlin a affirmé qu'aucune troupe ne franchirait la frontière.",
            &[said(Indirect, Some("Kremlin"), "a affirmé", "affirmer", "aucune troupe ne franchirait la frontière")],
        ),
        // Complements between the cue and `que`: addressee, channel.
        (
            "Le Premier ministre a déclaré à l'AFP que la réforme serait adoptée avant l'été.",
            &[said(
                Indirect,
                Some("Premier ministre"),
                "a déclaré",
                "déclarer",
                "la réforme serait adoptée avant l'été",
            )],
        ),
        (
            "Le ministre a déclaré sur Twitter que la réforme serait retirée.",
            &[said(Indirect, Some("ministre"), "a déclaré", "déclarer", "la réforme serait retirée")],
        ),
        (
            "Le ministre a estimé dans un entretien au Monde que la réforme était nécessaire.",
            &[said(Indirect, Some("ministre"), "a estimé", "estimer", "la réforme était nécessaire")],
        ),
        (
            "Angela Merkel a déclaré à la presse qu'elle ne se représenterait pas.",
            &[said(Indirect, Some("Angela Merkel"), "a déclaré", "déclarer", "elle ne se représenterait pas")],
        ),
        // Times and circumstances between the cue and `que` are no object
        // that `que` would be the relative of; nor is the person told.
        (
            "Le ministre a expliqué ce matin que la réforme serait retirée.",
            &[said(Indirect, Some("ministre"), "a expliqué", "expliquer", "la réforme serait retirée")],
        ),
        (
            "La porte-parole a déclaré la semaine dernière que le sommet aurait lieu.",
            &[said(Indirect, Some("porte-parole"), "a déclaré", "déclarer", "le sommet aurait lieu")],
        ),
        (
            "Le ministre a affirmé lors d'une conférence de presse que la réforme serait retirée.",
            &[said(Indirect, Some("ministre"), "a affirmé", "affirmer", "la réforme serait retirée")],
        ),
        (
            "Le général a prévenu ses troupes que l'offensive serait longue.",
            &[said(Indirect, Some("général"), "a prévenu", "prévenir", "l'offensive serait longue")],
        ),
        // Apposition on the subject, before or after the name.
        (
            "Le ministre des Affaires étrangères, Sergueï Lavrov, a déclaré que les discussions étaient terminées.",
            &[said(Indirect, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "les discussions étaient terminées")],
        ),
        (
            "Sergueï Lavrov, le chef de la diplomatie russe, a estimé mardi que l'OTAN devait reculer.",
            &[said(Indirect, Some("Sergueï Lavrov"), "a estimé", "estimer", "l'OTAN devait reculer")],
        ),
        // Multiword and pronominal cues.
        (
            "Le Kremlin a fait savoir que Vladimir Poutine ne se rendrait pas au sommet.",
            &[said(
                Indirect,
                Some("Kremlin"),
                "a fait savoir",
                "faire savoir",
                "Vladimir Poutine ne se rendrait pas au sommet",
            )],
        ),
        (
            "Le ministre s'est félicité que l'accord ait été signé.",
            &[said(Indirect, Some("ministre"), "s'est félicité", "se féliciter", "l'accord ait été signé")],
        ),
        (
            "Le Kremlin a démenti que des soldats russes soient entrés en Ukraine.",
            &[said(Indirect, Some("Kremlin"), "a démenti", "démentir", "des soldats russes soient entrés en Ukraine")],
        ),
        (
            "Le ministre a reconnu que des erreurs avaient été commises.",
            &[said(Indirect, Some("ministre"), "a reconnu", "reconnaître", "des erreurs avaient été commises")],
        ),
        (
            "Le ministre a averti que toute attaque aurait des conséquences.",
            &[said(Indirect, Some("ministre"), "a averti", "avertir", "toute attaque aurait des conséquences")],
        ),
        // A participle after its auxiliary and an adverb.
        (
            "Kofi Annan a toutefois estimé que la situation était grave.",
            &[said(Indirect, Some("Kofi Annan"), "a toutefois estimé", "estimer", "la situation était grave")],
        ),
        // A verb coordinated with the one before shares its subject.
        (
            "Vladimir Poutine a réagi et a nié que ses troupes soient présentes en Ukraine.",
            &[said(Indirect, Some("Vladimir Poutine"), "a nié", "nier", "ses troupes soient présentes en Ukraine")],
        ),
        // `alors que` is no complement of a cue; the cue inside it is.
        (
            "Le ministre est parti alors que les syndicats affirmaient que la grève continuerait.",
            &[said(Indirect, Some("syndicats"), "affirmaient", "affirmer", "la grève continuerait")],
        ),
    ]);
}

#[test]
fn cue_with_si_asks_a_question() {
    check(&[
        (
            "Le journaliste a demandé si le gouvernement comptait démissionner.",
            &[said(Indirect, Some("journaliste"), "a demandé", "demander", "le gouvernement comptait démissionner")],
        ),
        (
            "Le ministre s'est demandé si la réforme était encore possible.",
            &[said(Indirect, Some("ministre"), "s'est demandé", "se demander", "la réforme était encore possible")],
        ),
    ]);
}

#[test]
fn cue_with_an_infinitive() {
    check(&[
        (
            "L'ONU a appelé les belligérants à cesser immédiatement les combats.",
            &[said(
                Indirect,
                Some("Organisation des Nations unies"),
                "a appelé",
                "appeler",
                "cesser immédiatement les combats",
            )],
        ),
        (
            "Washington a demandé à Moscou de retirer ses troupes de la frontière.",
            &[said(Indirect, Some("États-Unis"), "a demandé", "demander", "retirer ses troupes de la frontière")],
        ),
        (
            "Le Premier ministre a accusé l'opposition de bloquer le pays.",
            &[said(Indirect, Some("Premier ministre"), "a accusé", "accuser", "bloquer le pays")],
        ),
        (
            "Le gouvernement malien s'est dit prêt à négocier avec les rebelles.",
            &[said(
                Indirect,
                Some("gouvernement malien"),
                "s'est dit prêt",
                "se dire prêt",
                "négocier avec les rebelles",
            )],
        ),
        (
            "Le ministre a exhorté les syndicats à reprendre le dialogue.",
            &[said(Indirect, Some("ministre"), "a exhorté", "exhorter", "reprendre le dialogue")],
        ),
        (
            "Le président américain s'est engagé à livrer des armes à l'Ukraine.",
            &[said(Indirect, Some("président américain"), "s'est engagé", "s'engager", "livrer des armes à l'Ukraine")],
        ),
        (
            "Le président a promis de réduire les impôts.",
            &[said(Indirect, Some("président"), "a promis", "promettre", "réduire les impôts")],
        ),
        // A bare infinitive after a verb that takes `que`: what the subject
        // says of itself.
        (
            "Les rebelles touaregs ont affirmé avoir pris le contrôle de Kidal.",
            &[said(Indirect, Some("rebelles touaregs"), "ont affirmé", "affirmer", "avoir pris le contrôle de Kidal")],
        ),
        (
            "Le Kremlin a nié avoir envoyé des troupes en Ukraine.",
            &[said(Indirect, Some("Kremlin"), "a nié", "nier", "avoir envoyé des troupes en Ukraine")],
        ),
        (
            "Le ministre a reconnu ne pas avoir lu le rapport.",
            &[said(Indirect, Some("ministre"), "a reconnu", "reconnaître", "ne pas avoir lu le rapport")],
        ),
        (
            "Le ministre a déclaré vouloir rencontrer les syndicats.",
            &[said(Indirect, Some("ministre"), "a déclaré", "déclarer", "vouloir rencontrer les syndicats")],
        ),
    ]);
}

#[test]
fn cue_with_a_colon() {
    check(&[
        (
            "Olaf Scholz a déclaré : « L'Allemagne se tient aux côtés de ses alliés. »",
            &[said(
                Direct,
                Some("Olaf Scholz"),
                "a déclaré",
                "déclarer",
                "L'Allemagne se tient aux côtés de ses alliés.",
            )],
        ),
        (
            "Le ministre a ensuite déclaré : « Nous avons tout fait pour éviter la grève. »",
            &[said(
                Direct,
                Some("ministre"),
                "a ensuite déclaré",
                "déclarer",
                "Nous avons tout fait pour éviter la grève.",
            )],
        ),
        // No quotation after the colon: indirect.
        (
            "Le syndicat a annoncé : la grève est reconduite jusqu'à lundi.",
            &[said(Indirect, Some("syndicat"), "a annoncé", "annoncer", "la grève est reconduite jusqu'à lundi")],
        ),
        (
            "Le ministre a expliqué sa décision : la réforme sera appliquée dès lundi.",
            &[said(Indirect, Some("ministre"), "a expliqué", "expliquer", "la réforme sera appliquée dès lundi")],
        ),
    ]);
}

#[test]
fn quoted_words_in_indirect_speech_are_mixed() {
    check(&[
        // `que « … »`: the words inside the marks.
        (
            "Le ministre a réitéré que « la porte reste ouverte ».",
            &[said(Mixed, Some("ministre"), "a réitéré", "réitérer", "la porte reste ouverte")],
        ),
        (
            "Emmanuel Macron a précisé que : « La France ne livrera pas ces armes. »",
            &[said(Mixed, Some("Emmanuel Macron"), "a précisé", "préciser", "La France ne livrera pas ces armes.")],
        ),
        // A quotation that runs past the end of the sentence.
        (
            "Le président a souligné que « la paix est possible. Mais elle exige des efforts ».",
            &[said(
                Mixed,
                Some("président"),
                "a souligné",
                "souligner",
                "la paix est possible. Mais elle exige des efforts",
            )],
        ),
        // A quotation inside the clause: the whole clause.
        (
            "Le porte-parole du Kremlin a déclaré que Moscou « ne tolérerait aucune provocation ».",
            &[said(Mixed, Some("Kremlin"), "a déclaré", "déclarer", "Moscou « ne tolérerait aucune provocation »")],
        ),
        // A quotation as the object of the cue.
        (
            "L'Ukraine a dénoncé « une provocation inacceptable ».",
            &[said(Mixed, Some("Ukraine"), "a dénoncé", "dénoncer", "une provocation inacceptable")],
        ),
        (
            "Le ministre a évoqué une « décision difficile mais nécessaire ».",
            &[said(Mixed, Some("ministre"), "a évoqué", "évoquer", "décision difficile mais nécessaire")],
        ),
        (
            "Le Kremlin a jugé « inacceptables » les propos du président américain.",
            &[said(Mixed, Some("Kremlin"), "a jugé", "juger", "inacceptables")],
        ),
        (
            "Le ministre a traité les grévistes de « preneurs d'otages ».",
            &[said(Mixed, Some("ministre"), "a traité", "traiter", "preneurs d'otages")],
        ),
        (
            "Le président russe a qualifié les sanctions de « pure provocation ».",
            &[said(Mixed, Some("président russe"), "a qualifié", "qualifier", "pure provocation")],
        ),
        // `d'« … »`: the apostrophe is no quotation mark.
        (
            "Le président russe a qualifié les sanctions d'« illégales ».",
            &[said(Mixed, Some("président russe"), "a qualifié", "qualifier", "illégales")],
        ),
        (
            "Le Premier ministre a traité les grévistes d'« irresponsables ».",
            &[said(Mixed, Some("Premier ministre"), "a traité", "traiter", "irresponsables")],
        ),
        // A quoted word inside the object noun phrase: the noun phrase.
        (
            "Le ministre regrette le « moment » choisi par l'opposition pour manifester.",
            &[said(
                Mixed,
                Some("ministre"),
                "regrette",
                "regretter",
                "le « moment » choisi par l'opposition pour manifester",
            )],
        ),
    ]);
}

// ------------------------------------------------- 3. prepositional cues

#[test]
fn selon_d_apres_and_pour_at_the_head_of_the_sentence() {
    check(&[
        // An apposition on a named source is not what it says.
        (
            "Selon François Dubet, sociologue à l'université de Bordeaux, les jeunes diplômés restent exposés.",
            &[said(Indirect, Some("François Dubet"), "Selon", "selon", "les jeunes diplômés restent exposés")],
        ),
        (
            "Selon Jean Dupont, le porte-parole du syndicat, la grève continuera.",
            &[said(Indirect, Some("Jean Dupont"), "Selon", "selon", "la grève continuera")],
        ),
        // Words with no verb and no quotation after `Pour X,` say nothing.
        ("Pour la Belgique, Philippe Busquin, président du parti socialiste.", &[]),
        // `pour X, « A » : « B », dit Y`: A is X's, B is Y's.
        (
            "Mais pour Angela Merkel, « la réforme est nécessaire » : « Nous ne pouvons plus attendre », a ajouté \
             Wolfgang Schäuble.",
            &[
                said(Direct, Some("Angela Merkel"), "pour", "pour", "la réforme est nécessaire"),
                said(Direct, Some("Wolfgang Schäuble"), "a ajouté", "ajouter", "Nous ne pouvons plus attendre"),
            ],
        ),
        // `X, pour qui, CLAUSE`: X's opinion; an aside `selon ses
        // sources` is the cue.
        (
            "Le ministre a rencontré Jean Dupont, pour qui la réforme est indispensable.",
            &[said(Indirect, Some("Jean Dupont"), "pour", "pour", "la réforme est indispensable")],
        ),
        (
            "C'est l'avis de Craig Murray, pour qui, selon ses propres sources, Washington a fait pression sur Londres.",
            &[said(Indirect, Some("Craig Murray"), "selon", "selon", "Washington a fait pression sur Londres")],
        ),
        (
            "Le ministre a reçu les syndicats, pour qui la réforme est inacceptable.",
            &[said(Indirect, Some("syndicats"), "pour", "pour", "la réforme est inacceptable")],
        ),
        // Not after a place.
        ("Il a voyagé jusqu'à Moscou, pour qui la paix est une priorité.", &[]),
        // `Pour` + infinitive is a purpose, not a source.
        ("Pour pouvoir trouver les milliards manquants, le gouvernement compte sur une hausse des impôts.", &[]),
        ("Pour rassurer les marchés, le ministre a présenté un plan d'économies.", &[]),
        (
            "Selon Sergueï Lavrov, les discussions de Genève n'ont rien donné.",
            &[said(Indirect, Some("Sergueï Lavrov"), "Selon", "selon", "les discussions de Genève n'ont rien donné")],
        ),
        (
            "Selon le ministère ukrainien de la Défense, « l'ennemi a subi de lourdes pertes ».",
            &[said(
                Direct,
                Some("ministère ukrainien de la Défense"),
                "Selon",
                "selon",
                "l'ennemi a subi de lourdes pertes",
            )],
        ),
        // A quotation that is part of the clause: mixed, the whole clause.
        (
            "Selon l'OTAN, « les troupes russes » sont toujours à la frontière.",
            &[said(Mixed, Some("OTAN"), "Selon", "selon", "« les troupes russes » sont toujours à la frontière")],
        ),
        (
            "D'après l'OTAN, des dizaines de milliers de soldats russes sont massés près de la frontière.",
            &[said(
                Indirect,
                Some("OTAN"),
                "D'après",
                "d'après",
                "des dizaines de milliers de soldats russes sont massés près de la frontière",
            )],
        ),
        // A typographic apostrophe: same lemma.
        (
            "D’après le Kremlin, le sommet aura lieu à Genève.",
            &[said(Indirect, Some("Kremlin"), "D’après", "d'après", "le sommet aura lieu à Genève")],
        ),
        (
            "D'après l'ONU : « La famine menace des millions de personnes. »",
            &[said(
                Direct,
                Some("Organisation des Nations unies"),
                "D'après",
                "d'après",
                "La famine menace des millions de personnes.",
            )],
        ),
        (
            "Pour Emmanuel Macron, l'Europe doit bâtir sa propre défense.",
            &[said(Indirect, Some("Emmanuel Macron"), "Pour", "pour", "l'Europe doit bâtir sa propre défense")],
        ),
        (
            "Pour les syndicats, la réforme des retraites est injuste.",
            &[said(Indirect, Some("syndicats"), "Pour", "pour", "la réforme des retraites est injuste")],
        ),
        (
            "Pour l'OTAN : « La porte de l'Alliance reste ouverte. »",
            &[said(Direct, Some("OTAN"), "Pour", "pour", "La porte de l'Alliance reste ouverte.")],
        ),
        // A name apposed to the source is the speaker.
        (
            "Selon le ministre du Budget, Jérôme Cahuzac, la dette sera réduite en 2013.",
            &[said(Indirect, Some("Jérôme Cahuzac"), "Selon", "selon", "la dette sera réduite en 2013")],
        ),
        // The head of a clause: after a semicolon, `car`, `mais`.
        (
            "Le vote aura lieu lundi ; selon l'opposition, il sera truqué.",
            &[said(Indirect, Some("opposition"), "selon", "selon", "il sera truqué")],
        ),
        (
            "Le scrutin a été reporté car selon la commission électorale, les listes ne sont pas prêtes.",
            &[said(Indirect, Some("commission électorale"), "selon", "selon", "les listes ne sont pas prêtes")],
        ),
        (
            "Mais selon l'OTAN, les troupes russes n'ont pas bougé.",
            &[said(Indirect, Some("OTAN"), "selon", "selon", "les troupes russes n'ont pas bougé")],
        ),
        // A comma between the clause head and `selon`.
        (
            "Mais, selon l'OTAN, les troupes russes n'ont pas bougé.",
            &[said(Indirect, Some("OTAN"), "selon", "selon", "les troupes russes n'ont pas bougé")],
        ),
        (
            "Le scrutin a été reporté car, selon la commission électorale, les listes ne sont pas prêtes.",
            &[said(Indirect, Some("commission électorale"), "selon", "selon", "les listes ne sont pas prêtes")],
        ),
        (
            "Et, selon l'ONU, la famine menace le pays.",
            &[said(Indirect, Some("Organisation des Nations unies"), "selon", "selon", "la famine menace le pays")],
        ),
        (
            "Le sommet est reporté, mais, d'après le Kremlin, les discussions continuent.",
            &[said(Indirect, Some("Kremlin"), "d'après", "d'après", "les discussions continuent")],
        ),
        // `selon X` inside reported words: the reporter's statement holds
        // the source's.
        (
            "Le ministre ajoute que, selon l'OTAN, les troupes russes n'ont pas bougé.",
            &[
                said(
                    Indirect,
                    Some("ministre"),
                    "ajoute",
                    "ajouter",
                    "selon l'OTAN, les troupes russes n'ont pas bougé",
                ),
                said(Indirect, Some("OTAN"), "selon", "selon", "les troupes russes n'ont pas bougé"),
            ],
        ),
        (
            "Le ministre a confirmé que, d'après la police, trois personnes ont été interpellées.",
            &[
                said(
                    Indirect,
                    Some("ministre"),
                    "a confirmé",
                    "confirmer",
                    "d'après la police, trois personnes ont été interpellées",
                ),
                said(Indirect, Some("police"), "d'après", "d'après", "trois personnes ont été interpellées"),
            ],
        ),
        // A comment of the writer after the quotation is not the source's.
        (
            "Selon l'OTAN, « les troupes russes sont toujours à la frontière », ce qui inquiète Kiev.",
            &[said(Direct, Some("OTAN"), "Selon", "selon", "les troupes russes sont toujours à la frontière")],
        ),
        (
            "D'après le Kremlin, « aucun soldat n'a franchi la frontière », ce que conteste Kiev.",
            &[said(Direct, Some("Kremlin"), "D'après", "d'après", "aucun soldat n'a franchi la frontière")],
        ),
        // A pronoun source resolved to the person named before.
        (
            "Angela Merkel est arrivée à Kiev. Selon elle, la guerre peut encore être évitée.",
            &[said(Indirect, Some("Angela Merkel"), "Selon", "selon", "la guerre peut encore être évitée")],
        ),
        // `lui`, `eux`: masculine, singular and plural.
        (
            "Emmanuel Macron est arrivé à Berlin. Selon lui, l'Europe doit rester unie.",
            &[said(Indirect, Some("Emmanuel Macron"), "Selon", "selon", "l'Europe doit rester unie")],
        ),
        (
            "Les syndicats ont quitté la réunion. Selon eux, le gouvernement refuse tout compromis.",
            &[said(Indirect, Some("syndicats"), "Selon", "selon", "le gouvernement refuse tout compromis")],
        ),
        (
            "Olaf Scholz a rencontré les grévistes. D'après lui, un accord est possible.",
            &[said(Indirect, Some("Olaf Scholz"), "D'après", "d'après", "un accord est possible")],
        ),
    ]);
}

#[test]
fn selon_and_d_apres_after_the_clause() {
    check(&[
        (
            "Les combats ont repris dans la nuit, selon l'armée malienne.",
            &[said(Indirect, Some("armée malienne"), "selon", "selon", "Les combats ont repris dans la nuit")],
        ),
        (
            "Les combats ont repris dans la nuit, d'après l'ONU.",
            &[said(
                Indirect,
                Some("Organisation des Nations unies"),
                "d'après",
                "d'après",
                "Les combats ont repris dans la nuit",
            )],
        ),
        (
            "Trois soldats ont été tués dans l'attaque, selon le ministère malien de la Défense.",
            &[said(
                Indirect,
                Some("ministère malien de la Défense"),
                "selon",
                "selon",
                "Trois soldats ont été tués dans l'attaque",
            )],
        ),
        // A quotation alone before the cue: direct, inside the marks.
        (
            "« Les troupes n'ont pas bougé », selon un diplomate européen.",
            &[said(Direct, Some("diplomate européen"), "selon", "selon", "Les troupes n'ont pas bougé")],
        ),
        (
            "« La trêve ne tiendra pas », d'après un officier ukrainien.",
            &[said(Direct, Some("officier ukrainien"), "d'après", "d'après", "La trêve ne tiendra pas")],
        ),
    ]);
}

// ------------------------------------------- where a reported clause ends

#[test]
fn a_reported_clause_ends_before_a_break() {
    check(&[
        // A cue after an apposition on the subject is the clause's own verb,
        // no incise.
        (
            "Le ministre a déclaré que le Conseil national syrien, principale coalition de l'opposition, \
             a appelé au calme.",
            &[said(
                Indirect,
                Some("ministre"),
                "a déclaré",
                "déclarer",
                "le Conseil national syrien, principale coalition de l'opposition, a appelé au calme",
            )],
        ),
        (
            "Sergueï Lavrov a déclaré que Moscou attendait une réponse écrite ; Washington n'a pas réagi.",
            &[said(Indirect, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Moscou attendait une réponse écrite")],
        ),
        // `, selon X.` at the end of the sentence is not part of the words.
        (
            "Emmanuel Macron a estimé que la réforme était nécessaire, selon l'AFP.",
            &[said(Indirect, Some("Emmanuel Macron"), "a estimé", "estimer", "la réforme était nécessaire")],
        ),
        // `, mais a réitéré`: a verb of the main clause.
        (
            "L'OTAN a affirmé que la porte restait ouverte, mais a réitéré son refus de toute garantie.",
            &[said(Indirect, Some("OTAN"), "a affirmé", "affirmer", "la porte restait ouverte")],
        ),
        // `, sans que`, `, bien que`: a clause the content does not take.
        (
            "Le Kremlin a assuré que les exercices étaient terminés, sans que l'OTAN puisse le vérifier.",
            &[said(Indirect, Some("Kremlin"), "a assuré", "assurer", "les exercices étaient terminés")],
        ),
        (
            "Le ministre a affirmé que la grève était illégale, bien que le préavis ait été déposé.",
            &[said(Indirect, Some("ministre"), "a affirmé", "affirmer", "la grève était illégale")],
        ),
        // A semicolon between two statements.
        (
            "Le ministre a affirmé que la grève était illégale ; les syndicats ont répondu qu'elle continuerait.",
            &[
                said(Indirect, Some("ministre"), "a affirmé", "affirmer", "la grève était illégale"),
                said(Indirect, Some("syndicats"), "ont répondu", "répondre", "elle continuerait"),
            ],
        ),
    ]);
}

#[test]
fn a_participle_cue_after_a_quotation_starts_a_new_statement() {
    check(&[
        (
            "L'OTAN a dénoncé « une escalade dangereuse » évoquant des « mouvements de troupes inhabituels ».",
            &[
                said(Mixed, Some("OTAN"), "a dénoncé", "dénoncer", "une escalade dangereuse"),
                said(Mixed, Some("OTAN"), "évoquant", "évoquer", "mouvements de troupes inhabituels"),
            ],
        ),
        (
            "L'OTAN juge la situation « très préoccupante » évoquant des « mouvements de troupes inhabituels ».",
            &[
                said(Mixed, Some("OTAN"), "juge", "juger", "très préoccupante"),
                said(Mixed, Some("OTAN"), "évoquant", "évoquer", "mouvements de troupes inhabituels"),
            ],
        ),
        (
            "Le ministre a dénoncé « une crise sans précédent » en ajoutant que des mesures seraient prises.",
            &[
                said(Mixed, Some("ministre"), "a dénoncé", "dénoncer", "une crise sans précédent"),
                said(Indirect, Some("ministre"), "ajoutant", "ajouter", "des mesures seraient prises"),
            ],
        ),
        // The quotation inside a noun phrase (`la « … »`) still ends before
        // the gerund, whose group starts at `en`.
        (
            "Le ministre a dénoncé la « crise sans précédent » en ajoutant que des mesures seraient prises.",
            &[
                said(Mixed, Some("ministre"), "a dénoncé", "dénoncer", "crise sans précédent"),
                said(Indirect, Some("ministre"), "ajoutant", "ajouter", "des mesures seraient prises"),
            ],
        ),
        (
            "La CGT a dénoncé des « provocations » en affirmant que la grève continuerait.",
            &[
                said(Mixed, Some("Confédération générale du travail"), "a dénoncé", "dénoncer", "provocations"),
                said(
                    Indirect,
                    Some("Confédération générale du travail"),
                    "affirmant",
                    "affirmer",
                    "la grève continuerait",
                ),
            ],
        ),
        // A gerund cue speaks for the subject of the main clause.
        (
            "Olaf Scholz a quitté Moscou en affirmant que le dialogue restait possible.",
            &[said(Indirect, Some("Olaf Scholz"), "affirmant", "affirmer", "le dialogue restait possible")],
        ),
    ]);
}

// ------------------------------------------------ 4. continued quotations

#[test]
fn a_quotation_with_no_cue_continues_the_previous_speaker() {
    check(&[
        (
            "Sergueï Lavrov a déclaré que Moscou attendait une réponse. \
             « Nous ne voulons pas la guerre, mais nous ne céderons pas. »",
            &[
                said(Indirect, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Moscou attendait une réponse"),
                continued(Direct, Some("Sergueï Lavrov"), "Nous ne voulons pas la guerre, mais nous ne céderons pas."),
            ],
        ),
        (
            "« Nous ne voulons pas la guerre », a déclaré Sergueï Lavrov. \
             « Mais nous ne céderons pas sur l'essentiel. »",
            &[
                said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne voulons pas la guerre"),
                continued(Direct, Some("Sergueï Lavrov"), "Mais nous ne céderons pas sur l'essentiel."),
            ],
        ),
        // In the next paragraph.
        (
            "Sergueï Lavrov a déclaré que Moscou attendait une réponse.\n\
             « Elle doit être écrite et rapide, sinon nous agirons. »",
            &[
                said(Indirect, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Moscou attendait une réponse"),
                continued(Direct, Some("Sergueï Lavrov"), "Elle doit être écrite et rapide, sinon nous agirons."),
            ],
        ),
        // Quoted words inside a narrated sentence: mixed.
        (
            "« Nous ne voulons pas la guerre », a déclaré Sergueï Lavrov. \
             Il a parlé d'une « réponse ferme et proportionnée à toute provocation ».",
            &[
                said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne voulons pas la guerre"),
                continued(Mixed, Some("Sergueï Lavrov"), "réponse ferme et proportionnée à toute provocation"),
            ],
        ),
        // The previous speaker unknown: the continuation has none either.
        (
            "« Nous avons tout fait pour éviter la grève », a-t-il déclaré. \
             « Le gouvernement porte seul la responsabilité de ce conflit. »",
            &[
                said(Direct, None, "a-t-il déclaré", "déclarer", "Nous avons tout fait pour éviter la grève"),
                continued(Direct, None, "Le gouvernement porte seul la responsabilité de ce conflit."),
            ],
        ),
        // A short quotation that is a whole sentence right after the
        // statement.
        (
            "« Nous ne céderons pas », a déclaré Sergueï Lavrov. « Jamais. »",
            &[
                said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne céderons pas"),
                continued(Direct, Some("Sergueï Lavrov"), "Jamais."),
            ],
        ),
        (
            "« La grève continuera », a prévenu la CGT. « Jusqu'au retrait ! »",
            &[
                said(Direct, Some("Confédération générale du travail"), "a prévenu", "prévenir", "La grève continuera"),
                continued(Direct, Some("Confédération générale du travail"), "Jusqu'au retrait !"),
            ],
        ),
        // No statement before: a whole-sentence quotation right after a
        // sentence about a named person or a role is theirs…
        (
            "Jean Dubois, le patron du camping, confirme. \
             « Je mets les quotidiens étrangers en rayon dès le mois de juin. »",
            &[continued(Direct, Some("Jean Dubois"), "Je mets les quotidiens étrangers en rayon dès le mois de juin.")],
        ),
        // … or a pronoun's, its antecedent's (none here, in the second)…
        (
            "Christian Jacob a pris la parole. Il a demandé une suspension de séance. \
             « On ne peut pas accepter un tel mépris du règlement. »",
            &[continued(Direct, Some("Christian Jacob"), "On ne peut pas accepter un tel mépris du règlement.")],
        ),
        (
            "Il a demandé une suspension de séance. « On ne peut pas accepter un tel mépris du règlement. »",
            &[continued(Direct, None, "On ne peut pas accepter un tel mépris du règlement.")],
        ),
        // A quotation of several sentences is followed from its last one.
        (
            "« Nous ne céderons pas », a déclaré Sergueï Lavrov. « L'OTAN doit reculer. Elle le sait. \
             Nous l'avons dit cent fois. » « La patience a des limites ! »",
            &[
                said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne céderons pas"),
                continued(
                    Direct,
                    Some("Sergueï Lavrov"),
                    "L'OTAN doit reculer. Elle le sait. Nous l'avons dit cent fois.",
                ),
                continued(Direct, Some("Sergueï Lavrov"), "La patience a des limites !"),
            ],
        ),
        // … but not after an organisation or a group, nor a paragraph
        // later.
        ("Le syndicat a publié un tract. « Nous refusons ce plan de licenciements massif. »", &[]),
        ("Les grévistes ont bloqué le dépôt. « Nous irons jusqu'au bout de ce combat. »", &[]),
        (
            "Jean Dubois, le patron du camping, confirme.\n\n\
             « Je mets les quotidiens étrangers en rayon dès le mois de juin. »",
            &[],
        ),
        // … but not a sentence later.
        (
            "« Nous ne céderons pas », a déclaré Sergueï Lavrov. Le sommet a échoué. « Jamais. »",
            &[said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne céderons pas")],
        ),
        // A title after `intitulé` continues nobody.
        (
            "« Nous ne voulons pas la guerre », a déclaré Sergueï Lavrov. \
             Le texte est intitulé « Pour une sécurité européenne commune ».",
            &[said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne voulons pas la guerre")],
        ),
    ]);
}

// ------------------------------------------------------ speaker resolution

#[test]
fn speakers_are_resolved_through_pronouns_descriptions_and_documents() {
    check(&[
        // `il` is the subject before, not an organisation named inside its
        // description nor in a complement after `de`.
        (
            "Christian Jacob, président du groupe UMP, a protesté. Il a déclaré que le vote était illégal.",
            &[said(Indirect, Some("Christian Jacob"), "a déclaré", "déclarer", "le vote était illégal")],
        ),
        (
            "Le ministre a rencontré le président de Renault. Il a déclaré que l'usine resterait ouverte.",
            &[said(Indirect, Some("ministre"), "a déclaré", "déclarer", "l'usine resterait ouverte")],
        ),
        // The antecedent of `qui` may follow a preposition; a name in the
        // complement of its apposition is not it.
        (
            "Il a eu un clash avec Bernard Bonnet, le successeur de Claude Érignac, qui lui avait rétorqué : « Je partirai. »",
            &[said(Direct, Some("Bernard Bonnet"), "avait rétorqué", "rétorquer", "Je partirai.")],
        ),
        // A description that runs on to a comma, then the name it stands
        // for: that name, not the organisation named before.
        (
            "La Quadrature du Net a salué le vote. Pour la principale association de promotion et de défense du logiciel libre, l'April : « Le rejet d'ACTA est une victoire. »",
            &[said(Direct, Some("April"), "Pour", "pour", "Le rejet d'ACTA est une victoire.")],
        ),
        // `selon eux`: an organisation named in the plural is `eux`.
        (
            "Les forces de la coalition ont déclaré que l'assaut était terminé. Les Talibans ont visé cet hôtel car selon eux, il était le siège de « fêtes sauvages ».",
            &[
                said(Indirect, Some("forces de la coalition"), "ont déclaré", "déclarer", "l'assaut était terminé"),
                said(Mixed, Some("Talibans"), "selon", "selon", "il était le siège de « fêtes sauvages »"),
            ],
        ),
        // `ce dernier`: the one named last, not the subject before.
        (
            "Joe Biden a rencontré Vladimir Poutine. Ce dernier a déclaré que la Russie était prête.",
            &[said(Indirect, Some("Vladimir Poutine"), "a déclaré", "déclarer", "la Russie était prête")],
        ),
        // An infinitive that an impersonal `il` governs is the writer's
        // aside.
        ("Human Rights Watch a publié un rapport. Il est bon de rappeler que la torture est un crime.", &[]),
        ("Amnesty International a publié un rapport. Il faut souligner que la torture est un crime.", &[]),
        // `ne … que` (only): no `que` clause.
        ("Les mesures ne rapporteront que 3 milliards d'euros.", &[]),
        // A subject that names no actor is no earlier speaker.
        (
            "Sergueï Lavrov a affirmé que Moscou attendait une réponse. D'autre part, la direction de la chaîne a affirmé que ses journalistes étaient en sécurité.",
            &[
                said(Indirect, Some("Sergueï Lavrov"), "a affirmé", "affirmer", "Moscou attendait une réponse"),
                said(Indirect, None, "a affirmé", "affirmer", "ses journalistes étaient en sécurité"),
            ],
        ),
        (
            "Sergueï Lavrov est arrivé à Genève mardi. Il a déclaré que Moscou attendait une réponse écrite.",
            &[said(Indirect, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Moscou attendait une réponse écrite")],
        ),
        // The gender of the pronoun picks the antecedent.
        (
            "Angela Merkel a reçu Emmanuel Macron à Berlin. Elle a affirmé que l'Europe devait rester unie.",
            &[said(Indirect, Some("Angela Merkel"), "a affirmé", "affirmer", "l'Europe devait rester unie")],
        ),
        (
            "Les manifestants ont bloqué la route. Ils ont affirmé qu'ils resteraient jusqu'à lundi.",
            &[said(Indirect, Some("manifestants"), "ont affirmé", "affirmer", "ils resteraient jusqu'à lundi")],
        ),
        // No subject fits the pronoun: the object that does.
        (
            "Emmanuel Macron a rencontré Angela Merkel. « L'Europe doit rester unie », a-t-elle déclaré.",
            &[said(Direct, Some("Angela Merkel"), "a-t-elle déclaré", "déclarer", "L'Europe doit rester unie")],
        ),
        (
            "Le président a reçu la chancelière allemande. « Nous sommes d'accord », a-t-elle déclaré.",
            &[said(Direct, Some("chancelière allemande"), "a-t-elle déclaré", "déclarer", "Nous sommes d'accord")],
        ),
        // An unnamed spokesperson speaks for the body.
        (
            "Un porte-parole de la police a déclaré que trois personnes avaient été interpellées.",
            &[said(Indirect, Some("police"), "a déclaré", "déclarer", "trois personnes avaient été interpellées")],
        ),
        // A description of a speaker named before.
        (
            "« Nous maintenons notre position », a déclaré Dmitri Peskov. \
             « Il n'y aura pas de négociation sous la menace », a poursuivi le porte-parole.",
            &[
                said(Direct, Some("Dmitri Peskov"), "a déclaré", "déclarer", "Nous maintenons notre position"),
                said(
                    Direct,
                    Some("Dmitri Peskov"),
                    "a poursuivi",
                    "poursuivre",
                    "Il n'y aura pas de négociation sous la menace",
                ),
            ],
        ),
        (
            "L'OTAN a réuni ses ministres à Bruxelles. « Nous sommes prêts au dialogue », a déclaré l'organisation.",
            &[said(Direct, Some("OTAN"), "a déclaré", "déclarer", "Nous sommes prêts au dialogue")],
        ),
        // `celui-ci`, `celle-ci` stand for the one named last.
        (
            "Le président a reçu Angela Merkel mardi. Celle-ci a déclaré que l'accord était proche.",
            &[said(Indirect, Some("Angela Merkel"), "a déclaré", "déclarer", "l'accord était proche")],
        ),
        // A communiqué speaks for its issuer.
        (
            "L'OTAN a publié un communiqué mardi. « La porte reste ouverte », indique le communiqué.",
            &[said(Direct, Some("OTAN"), "indique", "indiquer", "La porte reste ouverte")],
        ),
        // A document of a body or a group speaks for it, and a minister's
        // portfolio is no name that would.
        (
            "Selon un communiqué du ministère de la Défense, les soldats sont rentrés à leur base.",
            &[said(
                Indirect,
                Some("ministère de la Défense"),
                "Selon",
                "selon",
                "les soldats sont rentrés à leur base",
            )],
        ),
        (
            "D'après le communiqué du ministère de l'Intérieur, « les deux agresseurs ont été identifiés ».",
            &[said(
                Direct,
                Some("ministère de l'Intérieur"),
                "D'après",
                "d'après",
                "les deux agresseurs ont été identifiés",
            )],
        ),
        (
            "Selon un rapport de la police, les deux agresseurs ont été identifiés.",
            &[said(Indirect, Some("police"), "Selon", "selon", "les deux agresseurs ont été identifiés")],
        ),
    ]);
}

#[test]
fn speaker_mentions_are_the_words_at_the_statement() {
    let rows: [(&str, &str); 4] = [
        ("Sergueï Lavrov est arrivé à Genève mardi. Il a déclaré que Moscou attendait une réponse écrite.", "Il"),
        ("Sergueï Lavrov est arrivé à Genève mardi. « Nous attendons une réponse écrite », a-t-il déclaré.", "-t-il"),
        ("Angela Merkel est arrivée à Kiev. Selon elle, la guerre peut encore être évitée.", "elle"),
        (
            "L'OTAN a réuni ses ministres à Bruxelles. « Nous sommes prêts au dialogue », a déclaré l'organisation.",
            "organisation",
        ),
    ];
    for (text, mention) in rows {
        let a = analyze(text);
        let found: Vec<String> = a.statements.iter().map(|s| describe(&a, s)).collect();
        assert_eq!(a.statements.len(), 1, "{text}\n{found:#?}");
        let s = &a.statements[0];
        assert_eq!(s.speaker_mention.map(|m| a.words(m)), Some(mention), "{text}\n{found:#?}");
        // The mention is resolved to a named actor mentioned earlier.
        let speaker = a.speaker(s).unwrap_or_else(|| panic!("no speaker: {text}\n{found:#?}"));
        let first = speaker.mentions.first().expect("an actor has mentions");
        assert!(first.span.start < s.speaker_mention.unwrap().start, "{text}\n{found:#?}");
    }
}

#[test]
fn cue_classes_follow_the_speech_act() {
    let rows: [(&str, CueClass); 10] = [
        ("Le ministre a déclaré que la réforme serait adoptée.", CueClass::Assertion),
        ("Le ministre a annoncé que la réforme serait adoptée.", CueClass::Announcement),
        ("Le ministre a averti que toute attaque aurait des conséquences.", CueClass::Warning),
        ("Le Premier ministre a accusé l'opposition de bloquer le pays.", CueClass::Accusation),
        ("Le Kremlin a démenti que des soldats russes soient entrés en Ukraine.", CueClass::Denial),
        ("Le ministre s'est demandé si la réforme était encore possible.", CueClass::Question),
        ("Le ministre a exhorté les syndicats à reprendre le dialogue.", CueClass::Request),
        ("Le ministre a estimé que la réforme était nécessaire.", CueClass::Opinion),
        ("Le ministre a reconnu que des erreurs avaient été commises.", CueClass::Concession),
        ("Le président a promis de réduire les impôts.", CueClass::Commitment),
    ];
    for (text, class) in rows {
        let a = analyze(text);
        let found: Vec<String> = a.statements.iter().map(|s| describe(&a, s)).collect();
        assert_eq!(a.statements.len(), 1, "{text}\n{found:#?}");
        let cue = a.statements[0].cue.as_ref().unwrap_or_else(|| panic!("no cue: {text}\n{found:#?}"));
        assert_eq!(cue.class, class, "{text}\n{found:#?}");
    }
}

// ------------------------------------------------------- no statement

#[test]
fn sentences_that_report_no_speech() {
    check(&[
        // Reporting verbs used otherwise: a verdict, a vote, an adjective.
        ("L'ancien ministre a été déclaré coupable de corruption par le tribunal.", &[]),
        ("Le Premier ministre a été déclaré élu dimanche soir.", &[]),
        ("Le Parlement grec a dit non à la réforme des retraites.", &[]),
        ("Le sommet annoncé pour mardi a été reporté.", &[]),
        ("Le jour dit, les troupes sont entrées dans la ville.", &[]),
        ("Le film « La guerre est déclarée » sort en salles mercredi.", &[]),
        // A title after its noun is no quoted object.
        ("Il a cité le film « Le Pont des espions ».", &[]),
        ("Le ministre a recommandé le livre « Les Misérables ».", &[]),
        ("Elle a évoqué l'émission « Complément d'enquête ».", &[]),
        // Nouns of speech are no cue.
        ("La déclaration du ministre a été publiée mardi.", &[]),
        ("L'annonce du retrait des troupes a surpris les observateurs.", &[]),
        ("Les déclarations du ministre ont choqué l'opposition.", &[]),
        // A cue with a noun phrase and no reported words.
        ("Le Premier ministre a annoncé sa démission.", &[]),
        ("Le président a reconnu l'indépendance du Kosovo.", &[]),
        ("Les rebelles ont affirmé leur contrôle sur la ville de Kidal.", &[]),
        // Negated speech.
        ("Sergueï Lavrov n'a pas déclaré que Moscou retirerait ses troupes.", &[]),
        ("Le Kremlin n'a jamais affirmé que l'Ukraine préparait une attaque.", &[]),
        ("Le ministre ne pense pas que la grève durera.", &[]),
        // Passive cues have no speaker as subject.
        ("L'opposant a été accusé de trahison par le régime.", &[]),
        ("Le ministre a été prié de s'expliquer devant le Parlement.", &[]),
        // First person plural imperatives of the writer.
        ("Rappelons que le scrutin a été reporté.", &[]),
        ("Notons que le scrutin a été reporté.", &[]),
        ("Précisons que le scrutin a été reporté.", &[]),
        ("Enfin, notons que le scrutin a été reporté.", &[]),
        // A cue in a clause that calls for the subjunctive.
        ("Il faut que le ministre explique que la réforme est juste.", &[]),
        ("Il faudrait que le gouvernement annonce que les salaires augmenteront.", &[]),
        ("Le syndicat a écrit au ministre pour qu'il reconnaisse que la réforme est injuste.", &[]),
        // A verb of wish with an infinitive reports nothing said.
        ("Le ministre souhaite rencontrer les syndicats.", &[]),
        // Speech attributed to no one.
        ("On apprend que le sommet a été reporté.", &[]),
        ("Le gouvernement veut éviter qu'on dise que la réforme a échoué.", &[]),
        // `selon`, `d'après`, `pour` with no speaker after them.
        ("Les soldats sont rentrés selon le calendrier prévu.", &[]),
        ("Selon les termes de l'accord, les troupes doivent se retirer avant mars.", &[]),
        ("Selon toute vraisemblance, le scrutin sera reporté.", &[]),
        ("Pour l'instant, la réforme est suspendue.", &[]),
        // `pour` + actor away from the head of the sentence.
        ("Le convoi est arrivé à Bamako pour l'OTAN.", &[]),
        ("Les Français ont voté pour Emmanuel Macron.", &[]),
        // A cue in a relative clause with no reported words.
        ("Le ministre, qui avait promis une réforme rapide, a quitté le gouvernement.", &[]),
        // A participle attribute of a cue verb (`se sent lâchée`) reports
        // nothing, nor does one that qualifies a noun.
        ("La population se sent lâchée par les pouvoirs publics : les écoles restent fermées.", &[]),
        ("Les députés ont amendé la loi dite « Sur l'information ».", &[]),
        ("Les chiffres confirment les tendances observées depuis vingt ans : la ville grandit.", &[]),
        // The pronominal use of a cue verb that is not pronominal.
        ("Le Premier ministre s'est aussitôt lancé dans la formation d'un gouvernement « de mission ».", &[]),
        // `que` after the cue's object opens a relative clause of that
        // object, not what was said.
        ("La ministre a annoncé les mesures que le gouvernement compte prendre cet hiver.", &[]),
        ("Le président a rappelé la promesse qu'il avait faite aux électeurs.", &[]),
        ("Le musée dévoile aussi quelques-unes des expositions qu'il prépare pour l'an prochain.", &[]),
        ("Le syndicat a dénoncé des suppressions de postes que la direction juge inévitables.", &[]),
        // Scare quotes of the author after a statement are no continuation.
        (
            "« Nous ne voulons pas la guerre », a déclaré Sergueï Lavrov. \
             Le sommet de la « dernière chance » s'est ouvert mardi.",
            &[said(Direct, Some("Sergueï Lavrov"), "a déclaré", "déclarer", "Nous ne voulons pas la guerre")],
        ),
    ]);
}

// ------------------------------------------------------------ when it was said

/// The words of the time expression that dates each statement of `text`
/// (published on Thursday 5 July 2012), in text order, with its value.
fn statement_times(text: &str) -> Vec<Option<(String, String)>> {
    let options = Options::default().published("2012-07-05".parse().expect("a valid date"));
    let a = extractor().analyze_with(text, &options).unwrap_or_else(|e| panic!("cannot analyse {text:?}: {e}"));
    a.statements
        .iter()
        .map(|s| s.time.map(|i| (a.times[i].span.as_str(a.text()).to_string(), a.times[i].value.clone())))
        .collect()
}

/// A text and, for each of its statements, the words and value of the
/// time expression that dates it.
type TimeRow<'a> = (&'a str, &'a [Option<(&'a str, &'a str)>]);

#[test]
fn a_day_near_the_cue_dates_the_statement() {
    let rows: &[TimeRow] = &[
        // After the cue, before it, with a time of day.
        ("Le ministre a déclaré mardi que la réforme serait votée.", &[Some(("mardi", "2012-07-03"))]),
        ("Mardi, le ministre a déclaré que la réforme serait votée.", &[Some(("Mardi", "2012-07-03"))]),
        (
            "« Nous ne céderons pas », a affirmé hier soir le porte-parole du gouvernement.",
            &[Some(("hier soir", "2012-07-04TEV"))],
        ),
        ("Le président a annoncé le 2 juillet qu'il se rendrait à Berlin.", &[Some(("le 2 juillet", "2012-07-02"))]),
        // The nearest of two days.
        (
            "Lundi, après la réunion, le syndicat a indiqué mercredi qu'il appelait à la grève.",
            &[Some(("mercredi", "2012-07-04"))],
        ),
        // A day inside the reported words dates what was said, not the saying.
        ("Le ministre a déclaré que la réforme serait votée mardi.", &[None]),
        ("« La réunion aura lieu vendredi », a précisé le ministre.", &[None]),
        // No day: a year, a month, a duration, a bound of a period.
        ("En 2011, le ministre a déclaré que la réforme serait votée.", &[None]),
        ("Depuis lundi, le ministre affirme que la réforme sera votée.", &[None]),
        ("Jusqu'au 2 juillet, le ministre a répété que la réforme serait votée.", &[None]),
        ("Le ministre a déclaré pendant deux heures que la réforme serait votée.", &[None]),
        // A cue in the future: the day is that of what is to come.
        ("Le ministre annoncera mardi que la réforme sera votée.", &[None]),
    ];
    for (text, expected) in rows {
        let expected: Vec<Option<(String, String)>> =
            expected.iter().map(|e| e.map(|(w, v)| (w.to_string(), v.to_string()))).collect();
        assert_eq!(statement_times(text), expected, "{text}");
    }
}
