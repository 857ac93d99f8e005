//! The event grammar, sentence by sentence: one table per rule or PLOVER
//! type, each row a news-wire sentence and the event it must (or must not)
//! yield, checked through the public API only.
//!
//! A row names the type, the source and target actors by their canonical
//! names (`|` between several, `""` for none), the trigger words, the
//! modality and, where the sentence dates the act, the normalised date.
//! The publication date of every text is Wednesday 12 March 2014.

use depeche::{Analysis, Date, Event, EventType, Extractor, Modality, Options};
use std::fmt::Write as _;

use EventType::*;
use Modality::*;

const PUBLISHED: &str = "2014-03-12";

/// What the date of an event must be.
#[derive(Clone, Copy, Debug)]
enum When {
    /// Not checked (the sentence gives no clue of its own).
    Any,
    /// No date at all.
    Undated,
    /// This `YYYY-MM-DD`, `YYYY-MM` or `YYYY` value.
    On(&'static str),
}
use When::*;

/// One expectation about one sentence.
enum Row {
    /// Exactly one event of this type with this trigger, with these
    /// actors, modality and date. `modality: None` leaves it unchecked.
    Event {
        text: &'static str,
        kind: EventType,
        source: &'static str,
        target: &'static str,
        trigger: &'static str,
        modality: Option<Modality>,
        date: When,
    },
    /// No event of this type (`None`: no event at all).
    Absent { text: &'static str, kind: Option<EventType> },
    /// Exactly `n` events of this type.
    Count { text: &'static str, kind: EventType, n: usize },
}

/// An event row.
fn ev(
    text: &'static str,
    kind: EventType,
    source: &'static str,
    target: &'static str,
    trigger: &'static str,
    modality: Modality,
    date: When,
) -> Row {
    Row::Event { text, kind, source, target, trigger, modality: Some(modality), date }
}

/// A row that must yield no event at all.
fn none(text: &'static str) -> Row {
    Row::Absent { text, kind: None }
}

/// A row that must yield no event of type `kind`.
fn no(text: &'static str, kind: EventType) -> Row {
    Row::Absent { text, kind: Some(kind) }
}

fn count(text: &'static str, kind: EventType, n: usize) -> Row {
    Row::Count { text, kind, n }
}

fn names(a: &Analysis, ids: &[depeche::ActorId]) -> Vec<String> {
    let mut v: Vec<String> = ids.iter().map(|&id| a.actor(id).name.clone()).collect();
    v.sort();
    v
}

fn expected_names(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.split('|').filter(|n| !n.is_empty()).map(str::to_string).collect();
    v.sort();
    v
}

/// The full event list of an analysis, with actor names, for failure
/// messages.
fn dump(a: &Analysis) -> String {
    let mut out = String::new();
    if a.events.is_empty() {
        out.push_str("    (no event)\n");
    }
    for e in &a.events {
        let _ = writeln!(
            out,
            "    {} source={:?} target={:?} trigger={:?} {:?} date={:?} pattern={}",
            e.kind,
            names(a, &e.source),
            names(a, &e.target),
            a.words(e.trigger),
            e.modality,
            e.date,
            e.pattern
        );
    }
    let actors: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    let _ = writeln!(out, "    actors: {actors:?}");
    out
}

/// Why an event does not meet a row: empty when it does.
fn mismatch(
    a: &Analysis,
    e: &Event,
    source: &str,
    target: &str,
    modality: Option<Modality>,
    date: When,
) -> Vec<String> {
    let mut why = Vec::new();
    if names(a, &e.source) != expected_names(source) {
        why.push(format!("source {:?}, expected {:?}", names(a, &e.source), expected_names(source)));
    }
    if names(a, &e.target) != expected_names(target) {
        why.push(format!("target {:?}, expected {:?}", names(a, &e.target), expected_names(target)));
    }
    if let Some(m) = modality {
        if e.modality != m {
            why.push(format!("modality {:?}, expected {m:?}", e.modality));
        }
    }
    match date {
        Any => {}
        Undated if e.date.is_some() => why.push(format!("date {:?}, expected none", e.date)),
        On(d) if e.date.as_deref() != Some(d) => why.push(format!("date {:?}, expected {d}", e.date)),
        _ => {}
    }
    why
}

/// `~w` asks for a trigger that holds the words `w`, where the exact
/// extent of the trigger is not what the row is about; other triggers
/// must match exactly.
fn trigger_matches(found: &str, expected: &str) -> bool {
    match expected.strip_prefix('~') {
        Some(words) => found.contains(words),
        None => found == expected,
    }
}

/// Checks every row and reports all failures at once.
fn check(rows: &[Row]) {
    let extractor = Extractor::new();
    let options = Options::default().published(PUBLISHED.parse::<Date>().expect("a valid date"));
    let mut failures = String::new();
    for row in rows {
        let text = match row {
            Row::Event { text, .. } | Row::Absent { text, .. } | Row::Count { text, .. } => *text,
        };
        let a = extractor.analyze_with(text, &options).expect("the analysis succeeds");
        let problem = match row {
            Row::Event { kind, source, target, trigger, modality, date, .. } => {
                let hits: Vec<&Event> = a
                    .events
                    .iter()
                    .filter(|e| e.kind == *kind && trigger_matches(a.words(e.trigger), trigger))
                    .collect();
                match hits.as_slice() {
                    [] => Some(format!("no {kind} event triggered by {trigger:?}")),
                    [e] => {
                        let why = mismatch(&a, e, source, target, *modality, *date);
                        (!why.is_empty()).then(|| format!("{kind} {trigger:?}: {}", why.join("; ")))
                    }
                    more => Some(format!("{} {kind} events triggered by {trigger:?}, expected one", more.len())),
                }
            }
            Row::Absent { kind: None, .. } => (!a.events.is_empty()).then(|| "expected no event".to_string()),
            Row::Absent { kind: Some(kind), .. } => {
                a.events.iter().any(|e| e.kind == *kind).then(|| format!("expected no {kind} event"))
            }
            Row::Count { kind, n, .. } => {
                let found = a.events.iter().filter(|e| e.kind == *kind).count();
                (found != *n).then(|| format!("{found} {kind} events, expected {n}"))
            }
        };
        if let Some(p) = problem {
            let _ = write!(failures, "\n{text}\n  {p}\n{}", dump(&a));
        }
    }
    assert!(failures.is_empty(), "event rows failed:{failures}");
}

// ------------------------------------------------------------- verbal cooperation

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn consult() {
    check(&[
        // The parties of a joint act, further on in the noun phrase, or
        // `les deux pays` named last.
        ev("Les experts citent les négociations sur le programme nucléaire qui se déroulent entre Washington et Téhéran.", Consult, "États-Unis|Iran", "", "négociations", Asserted, Any),
        ev("Selon les médias iraniens, les négociations se poursuivent entre Washington et Téhéran.", Consult, "États-Unis|Iran", "", "négociations", Asserted, Any),
        no("« Nous souhaitons des négociations entre Israël et le Hamas », a déclaré Joe Biden.", Consult),
        ev("Vladimir Poutine a rencontré Olaf Scholz à Moscou.", Consult, "Vladimir Poutine", "Olaf Scholz", "a rencontré", Asserted, Any),
                ev("Angela Merkel a reçu Mahmoud Abbas à Berlin.", Consult, "Angela Merkel", "Mahmoud Abbas", "a reçu", Asserted, Any),
        // The possessor of a meeting takes part in it.
        ev("Olaf Scholz est arrivé à Paris. Sa rencontre avec Emmanuel Macron a duré deux heures.", Consult, "Olaf Scholz", "Emmanuel Macron", "rencontre", Asserted, Any),
        no("« Notre rencontre avec Emmanuel Macron a été utile », a déclaré Olaf Scholz.", Accuse),
                ev("John Kerry a visité la Russie.", Consult, "John Kerry", "Russie", "a visité", Asserted, Any),
        // `en` + a country where the pattern has `à`.
        ev("John Kerry s'est rendu en Russie.", Consult, "John Kerry", "Russie", "s'est rendu", Asserted, Any),
        // Reciprocal verbs: both parties are sources.
        ev("Emmanuel Macron et Joe Biden se sont entretenus mardi au téléphone.", Consult, "Emmanuel Macron|Joe Biden", "", "se sont entretenus", Asserted, On("2014-03-11")),
        ev("Emmanuel Macron s'est entretenu avec Joe Biden.", Consult, "Emmanuel Macron|Joe Biden", "", "s'est entretenu", Asserted, Any),
        ev("Le ministre iranien des Affaires étrangères a négocié avec l'Union européenne.", Consult, "ministre iranien des Affaires étrangères|Union européenne", "", "a négocié", Asserted, Any),
        // Nouns: `de` names who meets, `avec` the partner.
        ev("La réunion de l'OTAN avec la Russie s'est tenue à Bruxelles.", Consult, "OTAN", "Russie", "réunion", Asserted, Any),
        ev("Les pourparlers de l'Iran avec les États-Unis ont repris.", Consult, "Iran", "États-Unis", "pourparlers", Asserted, Any),
        // A meeting needs two parties.
        no("Le sommet de l'Union africaine s'ouvre lundi à Addis-Abeba.", Consult),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn agree() {
    check(&[
        ev("Le Hamas a accepté de négocier avec Israël.", Agree, "Hamas", "Israël", "a accepté de négocier", Asserted, Any),
        ev("Le Hamas a accepté le plan égyptien.", Agree, "Hamas", "", "a accepté", Asserted, Any),
        ev("Le Hamas a promis de libérer les otages.", Agree, "Hamas", "", "a promis", Asserted, Any),
        ev("Le gouvernement syrien s'est dit prêt à négocier avec l'opposition.", Agree, "gouvernement syrien", "", "s'est dit prêt", Asserted, Any),
        ev("L'Iran s'est engagé à limiter son programme nucléaire.", Agree, "Iran", "", "s'est engagé", Asserted, Any),
        ev("Les États-Unis ont proposé une médiation.", Agree, "États-Unis", "", "ont proposé", Asserted, Any),
        // `prêts à … avec X` inside a quotation: the speaker, and the
        // partner of the infinitive's clause.
        ev("« Nous sommes prêts à négocier avec l'Ukraine », a déclaré Vladimir Poutine.", Agree, "Vladimir Poutine", "Ukraine", "sommes prêts", Asserted, Any),
        // Announcing a meeting: an agreement, and the meeting to come.
        ev("La Russie a annoncé une réunion avec l'OTAN.", Agree, "Russie", "OTAN", "a annoncé", Future, Undated),
        ev("La Russie a annoncé une réunion avec l'OTAN.", Consult, "Russie", "OTAN", "réunion", Future, Undated),
        ev("Barack Obama a annoncé un sommet avec la Chine.", Agree, "Barack Obama", "Chine", "a annoncé", Future, Undated),
        // Not accepting is rejecting.
                        ev("Le Hamas n'acceptait pas le plan égyptien.", Reject, "Hamas", "", "~acceptait", Asserted, Any),
        // `ne … que` (only) denies nothing.
        ev("L'armée n'a attaqué que les positions rebelles.", Assault, "armée", "", "a attaqué", Asserted, Any),
        no("Le Hamas n'acceptait pas le plan égyptien.", Agree),
                
        // An absolute clause (`X ayant accepté, …`) tells the act of the
        // phrase that opens it; an acceptance that names no one answers
        // the request made to its author just before.
        ev("Le président Emmanuel Macron a demandé à Olaf Scholz une réunion. Olaf Scholz ayant accepté, la réunion aura lieu mardi.", Agree, "Olaf Scholz", "Emmanuel Macron", "ayant accepté", Asserted, Any),
        ev("Le Hamas ayant accepté le plan égyptien, les combats ont cessé.", Agree, "Hamas", "", "ayant accepté", Asserted, Any),
                // A compound participle that qualifies its noun still tells an
        // act that took place.
        ev("Les dirigeants palestiniens ayant accepté le plan sont rentrés à Ramallah.", Agree, "dirigeants palestiniens", "", "ayant accepté", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn support() {
    check(&[
        ev("La France a défendu l'Ukraine devant le Conseil de sécurité.", Support, "France", "Ukraine", "a défendu", Asserted, Any),
        ev("Vladimir Poutine a félicité Donald Trump.", Support, "Vladimir Poutine", "Donald Trump", "a félicité", Asserted, Any),
        ev("Le Hezbollah a rendu hommage à Hassan Nasrallah.", Support, "Hezbollah", "Hassan Nasrallah", "a rendu hommage", Asserted, Any),
        ev("Le Parti socialiste a appelé à voter pour François Hollande.", Support, "Parti socialiste", "François Hollande", "a appelé à voter pour", Asserted, Any),
        ev("L'Iran et les États-Unis ont signé un accord.", Support, "Iran|États-Unis", "", "ont signé", Asserted, Any),
        ev("La Russie et la Chine ont conclu un accord.", Support, "Russie|Chine", "", "ont conclu", Asserted, Any),
        ev("Le Parlement a ratifié le traité.", Support, "Parlement", "", "a ratifié", Asserted, Any),
        ev("Le soutien de la France au Mali est total.", Support, "France", "Mali", "soutien", Asserted, Any),
        // The calling is no request.
        no("Le Parti socialiste a appelé à voter pour François Hollande.", Request),
        // A verb form after a determiner is a noun, through an opening
        // quotation mark too: a sign, not a signing.
        none("Les enquêteurs ont relevé sur la victime un « signe religieux distinctif »."),
        none("Les enquêteurs ont relevé sur la victime un signe religieux distinctif."),
        // No finite verb right after a preposition: a noun.
        none("La fermeture de la raffinerie a resserré l'équilibre entre offre et demande."),
        none("Le maire travaille sans relâche sur ce dossier."),
        none("Le gouvernement a été renversé par arme de guerre."),
        // Adjectives that come before a noun: a sign, not a signing.
        none("Les syndicats y voient un très mauvais signe pour l'emploi."),
        // `en` after a comma is a preposition: `rase` is no form of raser.
        none("Les tirs ont eu lieu à la jonction des communes d'Ecouflant, Tiercé et Briollay, en rase campagne."),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn concede() {
    check(&[
        // `ces derniers`: the ones named last; `ne … que`: only.
        ev("Les diplomates américains ont été pris en otage. Ces derniers n'ont été libérés qu'en janvier.", Concede, "", "diplomates américains", "ont été libérés", Asserted, Any),
        ev("Les autorités chinoises ont libéré le dissident Ai Weiwei.", Concede, "autorités chinoises", "Ai Weiwei", "ont libéré", Asserted, Any),
        ev("Le président égyptien a gracié des journalistes.", Concede, "président égyptien", "journalistes", "a gracié", Asserted, Any),
        ev("Le roi a amnistié les opposants.", Concede, "roi", "opposants", "a amnistié", Asserted, Any),
        ev("Le gouvernement a cédé aux syndicats.", Concede, "gouvernement", "syndicats", "a cédé", Asserted, Any),
        ev("Le président a présenté ses excuses au Japon.", Concede, "président", "Japon", "a présenté", Asserted, Any),
        ev("Israël a levé le blocus de Gaza.", Concede, "Israël", "", "a levé", Asserted, Any),
    ]);
}

// ------------------------------------------------------------- material cooperation

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn cooperate_and_aid() {
    check(&[
        ev("La France et l'Allemagne ont coopéré avec le Mali.", Cooperate, "France|Allemagne|Mali", "", "ont coopéré", Asserted, Any),
        ev("La France a partagé des renseignements avec le Maroc.", Cooperate, "France", "Maroc", "a partagé", Asserted, Any),
        ev("Le Japon a fourni une aide humanitaire aux Philippines.", Aid, "Japon", "Philippines", "a fourni", Asserted, Any),
        ev("L'Allemagne a aidé la Grèce.", Aid, "Allemagne", "Grèce", "a aidé", Asserted, Any),
        ev("L'Équateur a accordé l'asile à Julian Assange.", Aid, "Équateur", "Julian Assange", "a accordé", Asserted, Any),
        ev("Les États-Unis ont livré des armes aux rebelles syriens.", Aid, "États-Unis", "rebelles syriens", "ont livré", Asserted, Any),
        ev("La Turquie a accueilli des réfugiés syriens.", Aid, "Turquie", "", "a accueilli", Asserted, Any),
        ev("La France va envoyer des troupes au Mali.", Aid, "France", "Mali", "va envoyer", Future, Undated),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn retreat() {
    check(&[
        ev("La Russie a retiré ses troupes de la frontière.", Retreat, "Russie", "", "a retiré", Asserted, Any),
        ev("Les rebelles se sont retirés de Goma.", Retreat, "rebelles", "", "se sont retirés", Asserted, Any),
        // What the subject withdraws is its own, however much of it: no
        // target.
        ev(
            "La France a retiré la totalité de ses soldats de la région.",
            Retreat,
            "France",
            "",
            "a retiré",
            Asserted,
            Any,
        ),
        ev("Les troupes russes ont quitté la Géorgie.", Retreat, "troupes russes", "Géorgie", "ont quitté", Asserted, Any),
        // Leaving power is no withdrawal of forces.
        none("Vladimir Poutine a quitté le pouvoir."),
    ]);
}

// ------------------------------------------------------------- verbal conflict

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn request() {
    check(&[
        ev("L'ONU a demandé à Israël de cesser la colonisation.", Request, "Organisation des Nations unies", "Israël", "a demandé", Asserted, Any),
        ev("Le gouvernement a demandé aux syndicats de suspendre la grève.", Request, "gouvernement", "syndicats", "a demandé", Asserted, Any),
        ev("Barack Obama a appelé la Russie à retirer ses troupes.", Request, "Barack Obama", "Russie", "a appelé", Asserted, Any),
        ev("Le Conseil de sécurité a exhorté les parties à négocier.", Request, "CSNU", "", "a exhorté", Asserted, Any),
        ev("Le Kremlin a réclamé des garanties.", Request, "Kremlin", "", "a réclamé", Asserted, Any),
        // `exiger que X …`: the subject of the reported clause.
        ev("Le Kremlin a exigé que l'armée ukrainienne quitte la Crimée.", Request, "Kremlin", "armée ukrainienne", "a exigé", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn imperatives_in_quotations_are_requests_of_the_speaker() {
    check(&[
        ev("« Arrêtez les bombardements maintenant », a déclaré Ban Ki-moon.", Request, "Ban Ki-moon", "", "Arrêtez", Asserted, Any),
        ev("« Libérez les prisonniers », a exigé le chef de l'opposition Alexeï Navalny.", Request, "Alexeï Navalny", "", "Libérez", Asserted, Any),
        ev("Le président américain Barack Obama a déclaré : « Retirez vos troupes de Crimée. »", Request, "Barack Obama", "", "Retirez", Asserted, Any),
        // `vous` as subject: no imperative.
        no("« Vous arrêtez les bombardements », a déclaré Ban Ki-moon.", Request),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn accuse() {
    check(&[
        ev("La Chine a accusé le Japon de provocations.", Accuse, "Chine", "Japon", "a accusé", Asserted, Any),
        ev("La Russie a accusé l'Ukraine d'avoir bombardé Donetsk.", Accuse, "Russie", "Ukraine", "a accusé", Asserted, Any),
        ev("Le ministère chinois des Affaires étrangères a accusé le Japon de provocations.", Accuse, "ministère chinois des Affaires étrangères", "Japon", "a accusé", Asserted, Any),
        ev("Le Parlement européen a condamné la Russie.", Accuse, "Parlement européen", "Russie", "a condamné", Asserted, Any),
        // Capitals stand for their states.
        ev("Washington a critiqué Pékin.", Accuse, "États-Unis", "Chine", "a critiqué", Asserted, Any),
        // The noun: `de` names the accuser.
        ev("Le Kremlin a démenti les accusations de Kiev.", Accuse, "Ukraine", "", "accusations", Asserted, Any),
        ev("Le Kremlin a démenti les accusations de Kiev.", Reject, "Kremlin", "Ukraine", "a démenti", Asserted, Any),
        ev("Le gouvernement a ouvert une enquête sur l'attentat.", Accuse, "gouvernement", "", "a ouvert", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn name_calling_is_an_accusation() {
    check(&[
        ev("Jean-Marie Le Pen a qualifié Marine Le Pen de « traître ».", Accuse, "Jean-Marie Le Pen", "Marine Le Pen", "a qualifié", Asserted, Any),
        ev("Jean-Luc Mélenchon a appelé Marine Le Pen « la fille du châtelain ».", Accuse, "Jean-Luc Mélenchon", "Marine Le Pen", "a appelé", Asserted, Any),
        // The daughter is not named: no target.
        ev("Jean-Marie Le Pen a traité sa fille de « petite-bourgeoise ».", Accuse, "Jean-Marie Le Pen", "", "a traité", Asserted, Any),
        // `appelé X « … »` is no call to act.
                no("Jean-Luc Mélenchon a appelé Marine Le Pen « la fille du châtelain ».", Request),
        // The object pronoun stands for the person named before, not for
        // the party in the speaker's apposition.
        ev("Jean-Luc Mélenchon a critiqué Marine Le Pen. Nadine Morano, ancienne députée UMP, l'a appelée « la châtelaine ».", Accuse, "Nadine Morano", "Marine Le Pen", "a appelée", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn reject() {
    check(&[
        ev("L'Iran a rejeté la proposition des États-Unis.", Reject, "Iran", "États-Unis", "a rejeté", Asserted, Any),
        ev("L'Iran a rejeté la proposition des États-Unis.", Agree, "États-Unis", "", "proposition", Asserted, Any),
                ev("Israël a refusé de libérer les prisonniers palestiniens.", Reject, "Israël", "", "a refusé", Asserted, Any),
                // Standing by one's own act rejects its critics.
        ev("Le gouvernement a défendu sa réforme devant les syndicats.", Reject, "gouvernement", "", "a défendu", Asserted, Any),
        // A refusal answers the request made to its author.
        ev("Les syndicats ont demandé au ministre une réunion. Le ministre ayant refusé, la grève continue.", Reject, "ministre", "syndicats", "ayant refusé", Asserted, Any),
        ev("La Russie a opposé son veto à la résolution.", Reject, "Russie", "", "a opposé", Asserted, Any),
        ev("Les États-Unis ont mis leur veto à la résolution.", Reject, "États-Unis", "", "ont mis", Asserted, Any),
        ev("Israël a nié toute implication.", Reject, "Israël", "", "a nié", Asserted, Any),
        ev("La Chine s'oppose au projet de résolution.", Reject, "Chine", "", "s'oppose", Asserted, Any),
                // A refusal to release is no release.
        no("Israël a refusé de libérer les prisonniers palestiniens.", Concede),
        // With no target in its slots, the act aims at whoever owns or
        // performs the thing it bears on.
        ev("La Russie et la Chine ont bloqué les efforts du Conseil de sécurité.", Reject, "Russie|Chine", "CSNU", "ont bloqué", Asserted, Any),
        ev("Le patron de Renault a réfuté l'idée d'une aide par le gouvernement français.", Reject, "patron de Renault", "gouvernement français", "a réfuté", Asserted, Any),
        // Not a place in the complement.
        ev("Le Hamas a rejeté l'idée d'une trêve à Gaza.", Reject, "Hamas", "", "a rejeté", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn threaten() {
    check(&[
        ev("La Corée du Nord a menacé les États-Unis de représailles.", Threaten, "Corée du Nord", "États-Unis", "a menacé", Asserted, Any),
        ev("Pyongyang a menacé de frapper la Corée du Sud.", Threaten, "Corée du Nord", "Corée du Sud", "a menacé", Asserted, Any),
        ev("L'OTAN a mis en garde la Russie.", Threaten, "OTAN", "Russie", "a mis en garde", Asserted, Any),
        ev("La Chine a adressé un ultimatum au Japon.", Threaten, "Chine", "Japon", "a adressé", Asserted, Any),
        ev("La menace du Hamas contre Israël inquiète Washington.", Threaten, "Hamas", "Israël", "menace", Asserted, Any),
        // A threat told inside a statement is the speaker's.
        Row::Event {
            text: "« Toute attaque contre l'Ukraine aura des conséquences », a déclaré l'OTAN.",
            kind: Threaten,
            source: "OTAN",
            target: "",
            trigger: "aura",
            modality: None,
            date: Any,
        },
        // A threatened strike has not happened.
        no("Pyongyang a menacé de frapper la Corée du Sud.", Assault),
    ]);
}

// ------------------------------------------------------------- material conflict

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn protest() {
    check(&[
        // A plural description after a comma is no apposition of the name
        // before it, and two names joined by a comma alone are no list.
        ev("Face au silence du ministre, Jean Dupont, les fédérations des syndicats ont annoncé une grève.", Protest, "fédérations des syndicats", "", "grève", Future, Undated),
        ev("Des milliers de manifestants ont manifesté contre le gouvernement à Kiev.", Protest, "milliers de manifestants", "gouvernement", "ont manifesté", Asserted, Any),
        ev("Samedi, des milliers de manifestants ont défilé contre le gouvernement.", Protest, "milliers de manifestants", "gouvernement", "ont défilé", Asserted, On("2014-03-08")),
        ev("Les syndicats ont fait grève lundi.", Protest, "syndicats", "", "ont fait grève", Asserted, On("2014-03-10")),
        ev("Les enseignants se sont mis en grève.", Protest, "enseignants", "", "se sont mis en grève", Asserted, Any),
        ev("L'opposition a boycotté les élections.", Protest, "opposition", "", "a boycotté", Asserted, Any),
        ev("Les manifestants ont bloqué les routes.", Protest, "manifestants", "", "ont bloqué", Asserted, Any),
        ev("Un moine s'est immolé par le feu devant l'ambassade de Chine.", Protest, "moine", "", "s'est immolé", Asserted, Any),
        // Nouns: the agent with `par`; announced, the act is to come.
        ev("Le boycott des élections par l'opposition inquiète Bruxelles.", Protest, "opposition", "", "boycott", Asserted, Any),
                ev("L'opposition a annoncé le boycott des élections.", Protest, "opposition", "", "boycott", Future, Undated),
        // An `anti-` adjective names the country protested against, when
        // the text names it.
                ev("Les États-Unis ont fermé leur ambassade. Des milliers de personnes se sont rassemblées à Téhéran pour une manifestation anti-américaine.", Protest, "milliers de personnes", "États-Unis", "se sont rassemblées", Asserted, Any),
        ev("Des milliers de personnes se sont rassemblées à Téhéran pour une manifestation anti-américaine.", Protest, "milliers de personnes", "", "se sont rassemblées", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn sanction() {
    check(&[
        ev("Les États-Unis ont accusé l'Iran. Cet incident a provoqué la rupture des relations diplomatiques entre les deux pays.", Sanction, "États-Unis|Iran", "", "rupture", Asserted, Any),
        ev("Les États-Unis ont imposé des sanctions à la Russie.", Sanction, "États-Unis", "Russie", "ont imposé", Asserted, Any),
        // Short asides between the verb and its object.
        ev(
            "Le Parti populaire a exclu, hier, à l'unanimité, Antoni Pastor.",
            Sanction,
            "Parti populaire",
            "Antoni Pastor",
            "a exclu",
            Asserted,
            Any,
        ),
        ev("L'Union européenne a sanctionné l'Iran.", Sanction, "Union européenne", "Iran", "a sanctionné", Asserted, Any),
        ev("La France a expulsé un diplomate russe.", Sanction, "France", "diplomate russe", "a expulsé", Asserted, Any),
        ev("L'Union européenne a gelé les avoirs de plusieurs oligarques russes.", Sanction, "Union européenne", "", "a gelé", Asserted, Any),
        ev("La Russie a rappelé son ambassadeur aux États-Unis.", Sanction, "Russie", "États-Unis", "a rappelé", Asserted, Any),
        ev("Le Venezuela a rompu ses relations diplomatiques avec la Colombie.", Sanction, "Venezuela", "Colombie", "a rompu", Asserted, Any),
        ev("Les sanctions de l'Union européenne contre la Russie sont entrées en vigueur.", Sanction, "Union européenne", "Russie", "sanctions", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn mobilize() {
    check(&[
        ev("La Russie a déployé des troupes à la frontière ukrainienne.", Mobilize, "Russie", "", "a déployé", Asserted, Any),
        ev("Les États-Unis ont déployé 3 000 soldats supplémentaires en Pologne.", Mobilize, "États-Unis", "", "ont déployé", Asserted, Any),
        // Deploying anything else is no mobilisation.
        no("L'Union européenne déploiera des moyens considérables pour la recherche.", Mobilize),
        ev("L'Iran a mobilisé ses forces.", Mobilize, "Iran", "", "a mobilisé", Asserted, Any),
        ev("La Russie a massé des troupes à la frontière.", Mobilize, "Russie", "", "a massé", Asserted, Any),
        ev("La Corée du Nord a testé un missile balistique.", Mobilize, "Corée du Nord", "", "a testé", Asserted, Any),
                ev("Les États-Unis ont renforcé leur présence militaire en Pologne.", Mobilize, "États-Unis", "", "ont renforcé", Asserted, Any),
        // Counted troops after `de` are what is deployed, not who deploys.
        ev("Le Pentagone a annoncé le déploiement de 3 000 soldats.", Mobilize, "Pentagone", "", "déploiement", Future, Any),
        ev("Le déploiement de l'armée russe inquiète l'OTAN.", Mobilize, "armée russe", "", "déploiement", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn coerce() {
    check(&[
        ev("La police a arrêté le dirigeant de l'opposition Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, Any),
        ev("La police turque a interpellé des manifestants.", Coerce, "police turque", "manifestants", "a interpellé", Asserted, Any),
        ev("Le Premier ministre a limogé le chef de la police.", Coerce, "Premier ministre", "chef de la police", "a limogé", Asserted, Any),
        ev("La justice a condamné Alexeï Navalny à cinq ans de prison.", Coerce, "justice", "Alexeï Navalny", "a condamné", Asserted, Any),
                ev("Le gouvernement a interdit la manifestation.", Coerce, "gouvernement", "", "a interdit", Asserted, Any),
                // The possessor of a noun whose `de` names who undergoes the act,
        // when a person or a group; an organisation's own acts keep it as
        // their author (`poursuit` is a verb of doing).
        ev("L'OTAN poursuit ses bombardements sur la Yougoslavie.", Assault, "OTAN", "", "bombardements", Asserted, Any),
        // An act aimed at no one named stays nobody's.
        none("Les cinq casseurs ont été conduits en prison après leurs condamnations."),
        ev("Alexeï Navalny est rentré à Moscou dimanche. Son arrestation par la police russe a eu lieu lundi.", Coerce, "police russe", "Alexeï Navalny", "arrestation", Asserted, On("2014-03-10")),
        ev("Les autorités ont censuré le journal.", Coerce, "autorités", "", "ont censuré", Asserted, Any),
        ev("La police a saisi des armes.", Coerce, "police", "", "a saisi", Asserted, Any),
        ev("Les autorités ont imposé un couvre-feu.", Coerce, "autorités", "", "ont imposé", Asserted, Any),
        // A prison sentence is no accusation.
        no("La justice a condamné Alexeï Navalny à cinq ans de prison.", Accuse),
        // The noun: the target with `de`, the agent with `par`.
        ev("L'arrestation d'Alexeï Navalny par la police a provoqué la colère.", Coerce, "police", "Alexeï Navalny", "arrestation", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn assault() {
    check(&[
        ev("La Russie a envahi l'Ukraine.", Assault, "Russie", "Ukraine", "a envahi", Asserted, Any),
        ev("La Turquie a abattu un avion russe.", Assault, "Turquie", "", "a abattu", Asserted, Any),
        ev("Des militants du Hamas ont enlevé un soldat israélien.", Assault, "militants du Hamas", "soldat israélien", "ont enlevé", Asserted, Any),
        ev("Les Talibans ont tué des soldats afghans.", Assault, "Talibans", "soldats afghans", "ont tué", Asserted, Any),
        ev("Les rebelles ont pris en otage des journalistes français.", Assault, "rebelles", "journalistes français", "ont pris en otage", Asserted, Any),
        ev("L'armée a mené une offensive contre les rebelles.", Assault, "armée", "rebelles", "a mené", Asserted, Any),
        ev("L'armée a lancé une offensive contre les rebelles.", Assault, "armée", "rebelles", "a lancé", Asserted, Any),
        ev("Les rebelles ont commis un attentat contre la police.", Assault, "rebelles", "police", "ont commis", Asserted, Any),
        ev("L'aviation russe a largué des bombes sur Alep.", Assault, "aviation russe", "", "a largué", Asserted, Any),
        ev("Les policiers ont tiré sur la foule.", Assault, "policiers", "", "ont tiré", Asserted, Any),
        ev("Les forces de l'ordre ont dispersé les manifestants.", Assault, "forces de l'ordre", "", "ont dispersé", Asserted, Any),
        // Nouns: `de` the attacker, `contre` the attacked.
        ev("L'attaque des rebelles contre l'armée malienne a fait dix morts.", Assault, "rebelles", "armée malienne", "attaque", Asserted, Any),
        // `victime de`: the subject is the one attacked, `de` the attacker.
        ev("Le journaliste a été victime d'une agression à Paris.", Assault, "", "journaliste", "agression", Asserted, Any),
        ev("Les civils sont victimes des bombardements de l'armée.", Assault, "armée", "civils", "bombardements", Asserted, Any),
                ev("L'offensive de l'armée malienne contre les rebelles se poursuit.", Assault, "armée malienne", "rebelles", "offensive", Asserted, Any),
        // A verb right after `et` shares the subject of the verb before,
        // whatever its object names; a number stands for a determiner.
        ev("Des étudiants avaient envahi l'ambassade des États-Unis et pris 52 diplomates en otages.", Assault, "étudiants", "diplomates", "pris", Asserted, Any),
        ev("Les rebelles ont attaqué le poste de la gendarmerie et tué trois gendarmes.", Assault, "rebelles", "gendarmes", "tué", Asserted, Any),
        // One name between commas cannot stand for the plural group before
        // it: the group is the subject.
        ev("En 1979, des partisans radicaux du guide d'alors, l'ayatollah Khomeini, avaient envahi l'ambassade.", Assault, "partisans radicaux du guide d'alors", "ambassade", "avaient envahi", Asserted, Any),
    ]);
}

// ------------------------------------------------------------- arguments

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn passive_agents_with_par() {
    check(&[
        ev("Un soldat israélien a été enlevé par le Hamas.", Assault, "Hamas", "soldat israélien", "a été enlevé", Asserted, Any),
        ev("Alexeï Navalny a été arrêté par la police.", Coerce, "police", "Alexeï Navalny", "a été arrêté", Asserted, Any),
        ev("L'Iran est accusé par les États-Unis de soutenir le terrorisme.", Accuse, "États-Unis", "Iran", "est accusé", Asserted, Any),
        ev("Le Hamas a été menacé par Israël.", Threaten, "Israël", "Hamas", "a été menacé", Asserted, Any),
        ev("Un avion russe a été abattu par la Turquie.", Assault, "Turquie", "", "a été abattu", Asserted, Any),
        ev("Deux soldats français ont été blessés lundi par les rebelles.", Assault, "rebelles", "soldats français", "ont été blessés", Asserted, On("2014-03-10")),
        // A verbal act in the passive with no agent tells nothing of who
        // acted.
        none("Israël a été accusé de crimes de guerre."),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn clitic_objects_and_infinitive_complements() {
    check(&[
        // `lui`: the person named in the sentence before.
        ev("Julian Assange est réfugié à Londres. L'Équateur lui a accordé l'asile.", Aid, "Équateur", "Julian Assange", "a accordé", Asserted, Any),
        // `refuser de l'extrader`: the clitic of the infinitive.
        ev("Edward Snowden est à Moscou. La Russie refuse de l'extrader.", Reject, "Russie", "Edward Snowden", "refuse", Asserted, Any),
        // `décider de` makes the infinitive an act of the subject.
        ev("L'Allemagne a décidé d'accorder l'asile à Edward Snowden.", Aid, "Allemagne", "Edward Snowden", "accorder", Asserted, Any),
        // A clitic with no antecedent gives no target.
        ev("L'Équateur lui a accordé l'asile.", Aid, "Équateur", "", "a accordé", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn embassies_stand_for_their_state() {
    check(&[
        ev("L'ambassade des États-Unis a condamné la Russie.", Accuse, "États-Unis", "Russie", "a condamné", Asserted, Any),
        ev("L'ambassade de Russie a dénoncé les sanctions américaines.", Accuse, "Russie", "", "a dénoncé", Asserted, Any),
        ev("L'ambassade d'Israël a été attaquée par des manifestants.", Assault, "manifestants", "Israël", "a été attaquée", Asserted, Any),
        ev("L'attentat contre l'ambassade de France a été revendiqué par Al-Qaïda.", Assault, "Al-Qaïda", "France", "attentat", Asserted, Any),
    ]);
}

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn verbal_conflict_aims_at_the_salient_actor() {
    check(&[
        // Ukraine is named twice and acts: it stands in for the target.
        ev(
            "L'Ukraine a rappelé son ambassadeur à Moscou. Kiev a aussi fermé son consulat. Le ministère russe des Affaires étrangères a dénoncé « une provocation ».",
            Accuse,
            "ministère russe des Affaires étrangères",
            "Ukraine",
            "a dénoncé",
            Asserted,
            Any,
        ),
        // Named once only: no stand-in.
        ev(
            "L'Ukraine a rappelé son ambassadeur. Le ministère russe des Affaires étrangères a dénoncé « une provocation ».",
            Accuse,
            "ministère russe des Affaires étrangères",
            "",
            "a dénoncé",
            Asserted,
            Any,
        ),
        // Not the source's own country.
        ev(
            "La Russie a fermé son consulat à Kiev. Moscou a rappelé son ambassadeur. Le ministère russe des Affaires étrangères a dénoncé « une provocation ».",
            Accuse,
            "ministère russe des Affaires étrangères",
            "",
            "a dénoncé",
            Asserted,
            Any,
        ),
                // The denounced words name the target: not the salient Ukraine.
        ev(
            "L'Ukraine a rappelé son ambassadeur à Moscou. Kiev a aussi fermé son consulat. Le ministère russe des Affaires étrangères a dénoncé « une provocation de l'OTAN ».",
            Accuse,
            "ministère russe des Affaires étrangères",
            "OTAN",
            "a dénoncé",
            Asserted,
            Any,
        ),
        // Nor the party in brackets after the source's name.
        ev(
            "Le PS a voté le texte. Le PS a salué un vote historique. Philippe Martin (PS) a dénoncé « une manœuvre ».",
            Accuse,
            "Philippe Martin",
            "",
            "a dénoncé",
            Asserted,
            Any,
        ),
        // `les auteurs de ces exactions` are whoever did the last attack.
        ev(
            "Les islamistes d'Ansar Dine ont détruit les mausolées de Tombouctou. Le gouvernement malien a menacé les auteurs de ces exactions de poursuites.",
            Threaten,
            "gouvernement malien",
            "Ansar Dine",
            "a menacé",
            Asserted,
            Any,
        ),
        // With no attack told before, they stay the authors.
        ev(
            "Le gouvernement malien a menacé les auteurs de ces exactions de poursuites.",
            Threaten,
            "gouvernement malien",
            "auteurs",
            "a menacé",
            Asserted,
            Any,
        ),
        // A warning threatens only whom its content names.
        ev(
            "L'Ukraine a rappelé son ambassadeur à Moscou. Kiev a aussi fermé son consulat. Le ministère russe des Affaires étrangères a prévenu qu'il riposterait.",
            Threaten,
            "ministère russe des Affaires étrangères",
            "",
            "a prévenu",
            Asserted,
            Any,
        ),
    ]);
}

// ------------------------------------------------------------- modality

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn modality() {
    check(&[
        ev("L'armée israélienne va frapper le Hamas.", Assault, "Tsahal", "Hamas", "va frapper", Future, Undated),
        ev("L'armée israélienne frappera le Hamas.", Assault, "Tsahal", "Hamas", "frappera", Future, Undated),
        ev("« Nous allons frapper les terroristes », a déclaré le président syrien Bachar al-Assad.", Assault, "Bachar el-Assad", "terroristes", "allons frapper", Future, Undated),
        ev("L'armée israélienne pourrait frapper le Hamas.", Assault, "Tsahal", "Hamas", "pourrait frapper", Hypothetical, Any),
        ev("Les États-Unis sanctionneraient l'Iran si Téhéran violait l'accord.", Sanction, "États-Unis", "Iran", "sanctionneraient", Hypothetical, Any),
        ev("Si le Hamas tire des roquettes, l'armée israélienne attaquera le Hamas.", Assault, "Hamas", "", "tire", Hypothetical, Any),
        ev("L'armée israélienne n'a pas attaqué le Hamas.", Assault, "Tsahal", "Hamas", "~attaqué", Negated, Any),
        ev("La Russie n'a pas envahi l'Ukraine.", Assault, "Russie", "Ukraine", "~envahi", Negated, Any),
        ev("« L'armée ne tirera pas sur le peuple », a assuré le ministre égyptien de la Défense.", Assault, "armée", "", "ne tirera", Negated, Any),
                // A negated trigger holds its `ne`.
        ev("La Russie n'a pas envahi l'Ukraine.", Assault, "Russie", "Ukraine", "n'a pas envahi", Negated, Any),
        ev("Le Mali n'a jamais expulsé l'ambassadeur de France.", Sanction, "Mali", "ambassadeur de France", "n'a jamais expulsé", Negated, Any),
        // `aucune` before an event noun negates it, first word or not.
        ev("Selon l'armée, aucune attaque des rebelles n'a visé les civils.", Assault, "rebelles", "", "attaque", Negated, Any),
        ev("Aucune attaque des rebelles n'a visé les civils.", Assault, "rebelles", "", "attaque", Negated, Any),
        // A future act on a condition is hypothetical.
        ev("Si le Hamas tire des roquettes, l'armée israélienne attaquera le Hamas.", Assault, "Tsahal", "Hamas", "attaquera", Hypothetical, Any),
        ev("L'Union européenne sanctionnera la Russie si Moscou envahit l'Ukraine.", Sanction, "Union européenne", "Russie", "sanctionnera", Hypothetical, Any),
        // The infinitive of a promise or a plan is an act to come.
        ev("Le Hamas a promis de libérer les otages.", Concede, "Hamas", "otages", "libérer", Future, Undated),
        ev("Moscou envisage de retirer ses troupes de Crimée.", Retreat, "Russie", "", "retirer", Future, Undated),
        // A demanded act has not taken place.
        ev("La Russie a exigé le retrait des troupes de l'OTAN.", Retreat, "troupes de l'OTAN", "", "retrait", Future, Undated),
        ev("L'opposition réclame la libération de Ioulia Timochenko.", Concede, "", "Ioulia Timochenko", "libération", Future, Undated),
        ev("La Russie a envahi l'Ukraine.", Assault, "Russie", "Ukraine", "a envahi", Asserted, Any),
    ]);
}

// ------------------------------------------------------------- dates

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn dates_against_the_publication_date() {
    check(&[
        ev("Hier, la police a arrêté Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, On("2014-03-11")),
        ev("Mardi, la police a arrêté Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, On("2014-03-11")),
        ev("La police a arrêté Alexeï Navalny le 15 février.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, On("2014-02-15")),
        // December, told in March: the December before.
        ev("Le 7 décembre, Vladimir Poutine a rencontré Joe Biden.", Consult, "Vladimir Poutine", "Joe Biden", "a rencontré", Asserted, On("2013-12-07")),
        ev("Le 3 mars 2013, la police a arrêté Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, On("2013-03-03")),
        ev("En 2011, la police a arrêté Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, On("2011")),
        // A weekend counts as its Saturday.
                ev("La police a interpellé Alexeï Navalny ce week-end.", Coerce, "police", "Alexeï Navalny", "a interpellé", Asserted, On("2014-03-08")),
        // A week dates the act, but to no day: no date rather than the
        // publication date.
        ev("La police a arrêté Alexeï Navalny la semaine dernière.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, Undated),
        // A day between the verb and its object.
        ev("Vladimir Poutine a rencontré mardi Olaf Scholz à Moscou.", Consult, "Vladimir Poutine", "Olaf Scholz", "a rencontré", Asserted, On("2014-03-11")),
                
        // The date of what the act follows is not the act's.
        ev("Le Hamas a lancé des représailles contre Israël, suite à la décision de l'ONU, le 28 février dernier.", Assault, "Hamas", "Israël", "représailles", Asserted, On("2014-03-12")),
        // `depuis` a day dates the start of the act.
        ev("Depuis le 3 mars, la police détient Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "détient", Asserted, On("2014-03-03")),
        // `le lendemain`: the day after the date the narrative set.
        ev("Le 7 mars, Alexeï Navalny a manifesté à Moscou. Le lendemain, la police a arrêté Alexeï Navalny.", Coerce, "police", "Alexeï Navalny", "a arrêté", Asserted, On("2014-03-08")),
        ev("Le 7 mars, Alexeï Navalny a manifesté à Moscou. Le lendemain, la police a arrêté Alexeï Navalny.", Protest, "Alexeï Navalny", "", "a manifesté", Asserted, On("2014-03-07")),
    ]);
}

// ------------------------------------------------------------- one event, told twice

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn retold_events_are_merged() {
    check(&[
        // The same accusation, repeated word for word.
        count("La Russie a accusé l'Ukraine. Elle a aussi accusé l'Ukraine de provocations.", Accuse, 1),
        // A verbal act by one author, once without its target, once with:
        // one event, which keeps the target.
        count("Vladimir Poutine a dénoncé les sanctions occidentales. Vladimir Poutine a dénoncé les États-Unis.", Accuse, 1),
        ev("Vladimir Poutine a dénoncé les sanctions occidentales. Vladimir Poutine a dénoncé les États-Unis.", Accuse, "Vladimir Poutine", "États-Unis", "a dénoncé", Asserted, Any),
        // A killing told without its author, then with it.
        count("Un soldat français a été tué lundi au Mali. Le soldat a été tué par les rebelles.", Assault, 1),
        ev("Un soldat français a été tué lundi au Mali. Le soldat a été tué par les rebelles.", Assault, "rebelles", "soldat français", "a été tué", Asserted, On("2014-03-10")),
        // `de nouveau`, another day: two acts.
        count("La Chine a critiqué le Japon. Pékin a de nouveau critiqué Tokyo mardi.", Accuse, 2),
        ev("La Chine a critiqué le Japon. Pékin a de nouveau critiqué Tokyo mardi.", Accuse, "Chine", "Japon", "a de nouveau critiqué", Asserted, On("2014-03-11")),
                // The noun that the verb of its sentence already tells, and that
        // names the author the verb lacks.
        count("Un soldat a été tué lundi par un tir de l'armée syrienne.", Assault, 1),
        ev("Un soldat a été tué lundi par un tir de l'armée syrienne.", Assault, "armée syrienne", "soldat", "a été tué", Asserted, On("2014-03-10")),
                                // One act told of a leader and of their country is one act of both.
        count("Rafael Correa a décidé hier d'accorder l'asile politique au fondateur de WikiLeaks Julian Assange. En réponse, l'Équateur lui a donc officiellement accordé l'asile politique.", Aid, 1),
        ev("Rafael Correa a décidé hier d'accorder l'asile politique au fondateur de WikiLeaks Julian Assange. En réponse, l'Équateur lui a donc officiellement accordé l'asile politique.", Aid, "Rafael Correa|Équateur", "Julian Assange", "accorder", Asserted, Any),
                // The same, with the person given to after `à`, whom `lui` points
        // back to (a place after `à` it does not).
        ev("Rafael Correa, président de l'Équateur, a accordé l'asile politique à Julian Assange. L'Équateur lui a officiellement accordé l'asile politique jeudi.", Aid, "Rafael Correa|Équateur", "Julian Assange", "a accordé", Asserted, Any),
        // A person's death told twice is one killing, whoever each telling
        // blames; soldiers killed on two days are two.
        count("Le journaliste Gilles Jacquier a été tué par les rebelles de Homs. Selon la Ligue arabe, le journaliste Gilles Jacquier a été tué par l'opposition syrienne.", Assault, 1),
        count("Deux soldats ont été tués par les rebelles lundi. Mardi, deux autres soldats ont été tués par l'armée.", Assault, 2),
        // A noun whose act strikes someone else than the verb's is another
        // act.
        count("Vladimir Kara-Murza aurait été empoisonné, comme lors de l'assassinat de l'ex-espion russe Alexandre Litvinenko.", Assault, 2),
        ev("Vladimir Kara-Murza aurait été empoisonné, comme lors de l'assassinat de l'ex-espion russe Alexandre Litvinenko.", Assault, "", "Alexandre Litvinenko", "assassinat", Asserted, Any),
        // A warning that holds its threat is one threat.
        count("Vladimir Poutine a averti que toute attaque contre la Russie aurait des conséquences.", Threaten, 1),
        count("L'OTAN a prévenu que toute agression contre un allié aurait des conséquences graves.", Threaten, 1),
    ]);
}

// ------------------------------------------------------------- suppressions

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn rules_that_suppress_events() {
    check(&[
        // Stopping someone from doing is no arrest.
        no("« La police m'a arrêté de filmer », a raconté Alexeï Navalny.", Coerce),
        ev("« La police m'a arrêté devant chez moi », a raconté Alexeï Navalny.", Coerce, "police", "", "a arrêté", Asserted, Any),
        none("La police a arrêté de poursuivre les manifestants."),
        // Wounded, with no one named who wounded: no attack.
        none("Deux soldats français ont été blessés lundi au Mali."),
                // `toute attaque` names no act that took place.
        none("Toute attaque contre la Pologne engagerait l'OTAN."),
        // A noun that says what something is names no act.
        none("Toute attaque contre la Pologne serait une attaque contre l'OTAN."),
        no("Pour Varsovie, ce serait une agression contre l'Europe.", Assault),
        // …unless it names who acted.
        ev("Ces destructions sont des représailles des islamistes.", Assault, "islamistes", "", "représailles", Asserted, Any),
        // Statements without an act.
        none("Le ministre a déclaré que la situation restait calme."),
        none("Vladimir Poutine a estimé que l'économie russe se portait bien."),
        // News without a political interaction.
        none("Le prix du pétrole a augmenté mardi."),
                        none("La neige a recouvert Moscou ce matin."),
                // A warning about what may happen, aimed at no one and telling no
        // act of its author, threatens nobody.
        no("« Si les prix montent encore, ce sera la ruine des paysans », prévient Jean Dupont.", Threaten),
                // After a participle, `l'attaque` is the object, not a pronoun and
        // a verb.
        no("Vladimir Poutine a condamné l'attaque.", Assault),
                        // A bare participle after its noun tells what the noun is.
        no("L'amendement proposé par l'UMP a été rejeté.", Agree),
        no("Un dirigeant kurde, reconnu coupable par la justice turque, a été condamné.", Support),
        // An event noun after a bare `de` classifies the noun before it.
        none("Les services de secours sont arrivés sur place."),
        no("Les syndicats ont réclamé les fonds de secours de l'Union européenne.", Aid),
        // `nouvelle demande`: a noun after an adjective that only comes
        // before nouns.
        no("Le député a écrit : « nouvelle demande de suspension de la majorité ».", Request),
        // Help given to oneself is no aid.
        no("Le gouvernement grec ne peut plus se financer sur les marchés.", Aid),
        // An investigation that names nobody investigated is police work.
        none("La police a ouvert une enquête."),
        none("Une enquête de la police a été ouverte."),
        // In a quotation, `ils` is someone else than the speaker, also for
        // a verb coordinated with theirs.
        no("La journaliste Ana Ruiz a écrit : « Je sais qu'ils m'ont écartée et ne m'ont rien offert. »", Agree),
        no("La journaliste Ana Ruiz a écrit : « Ils ont accepté le plan. »", Agree),
        ev("La journaliste Ana Ruiz a écrit : « Nous avons accepté le plan. »", Agree, "Ana Ruiz", "", "avons accepté", Asserted, Any),
    ]);
}

// ------------------------------------------------------------- event nouns

#[test]
#[rustfmt::skip] // one row a line: the tables read as tables
fn event_nouns_of_the_other_types() {
    check(&[
        ev("La libération des otages par le Hamas a soulagé Israël.", Concede, "Hamas", "otages", "libération", Asserted, Any),
        ev("La coopération de la France avec le Maroc s'est renforcée.", Cooperate, "France", "Maroc", "coopération", Asserted, Any),
        ev("L'aide de l'Union européenne à la Grèce a été votée.", Aid, "Union européenne", "Grèce", "aide", Asserted, Any),
        ev("Le retrait des troupes russes a commencé lundi.", Retreat, "troupes russes", "", "retrait", Asserted, On("2014-03-10")),
        ev("L'appel de l'ONU à la Syrie est resté sans réponse.", Request, "Organisation des Nations unies", "Syrie", "appel", Asserted, Any),
        ev("Le refus de l'Iran a surpris Washington.", Reject, "Iran", "", "refus", Asserted, Any),
                ev("Le déploiement de l'armée russe inquiète l'OTAN.", Mobilize, "armée russe", "", "déploiement", Asserted, Any),
        // The parties of a meeting after `entre`, when the noun heads the
        // clause; a planned meeting is no meeting.
        ev("Les négociations entre Israël et le Hamas ont échoué.", Consult, "Israël|Hamas", "", "négociations", Asserted, Any),
        no("Le ministre a annoncé les préparatifs d'une rencontre entre la Serbie et le Kosovo.", Consult),
        // The agent after `par` belongs to the verb that follows the noun…
        ev("La libération d'Ingrid Betancourt a été saluée par Paris.", Concede, "", "Ingrid Betancourt", "libération", Asserted, Any),
        // …unless that verb says who did the act.
        ev("L'attentat contre l'ambassade de France a été revendiqué par Al-Qaïda.", Assault, "Al-Qaïda", "France", "attentat", Asserted, Any),
        // Verbal acts named by a noun inside a statement are talk about
        // acts, not acts.
        no("« Le dialogue avec la Russie reste possible », a déclaré l'OTAN.", Consult),
    ]);
}
