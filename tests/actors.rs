//! Actor extraction through the public API: one table row per sentence or
//! short paragraph (written for these tests, in news-wire style), with every
//! actor the analysis must return — canonical name, kind, country and the
//! words of each mention, in text order.
//!
//! The rows cover the mention rules (`src/actors/mentions.rs`), the
//! resolution rules (`src/actors/resolve.rs`), the selection of actors
//! (`src/actors/mod.rs`) and the lexicons they read. Rows marked `exact`
//! also require that no other actor is returned; negative rows expect no
//! actor at all, or name words that must not become actors.
//!
//! Known failures of the library are not rows here: they are listed in the
//! report that came with these tests.

use depeche::ActorKind::{Country, Government, Group, Organization, Person};
use depeche::{Actor, ActorKind, Analysis, Extractor, MentionForm, Options};
use std::sync::OnceLock;

/// One expected actor.
struct Want<'a> {
    name: &'a str,
    kind: ActorKind,
    country: Option<&'a str>,
    /// The words of every mention, in text order.
    mentions: &'a [&'a str],
}

/// One row: a text and what it must yield.
struct Row<'a> {
    text: &'a str,
    want: &'a [Want<'a>],
    /// No actor other than `want` may be returned.
    exact: bool,
    /// Words that no mention of any actor may be.
    absent: &'a [&'a str],
}

fn a<'a>(name: &'a str, kind: ActorKind, country: Option<&'a str>, mentions: &'a [&'a str]) -> Want<'a> {
    Want { name, kind, country, mentions }
}

/// A row whose actors are exactly `want`.
fn exact<'a>(text: &'a str, want: &'a [Want<'a>]) -> Row<'a> {
    Row { text, want, exact: true, absent: &[] }
}

/// A row whose actors are exactly `want` and where `absent` is no mention.
fn without<'a>(text: &'a str, want: &'a [Want<'a>], absent: &'a [&'a str]) -> Row<'a> {
    Row { text, want, exact: true, absent }
}

/// A text that yields no actor at all.
fn none(text: &str) -> Row<'_> {
    Row { text, want: &[], exact: true, absent: &[] }
}

const RUS: Option<&str> = Some("RUS");
const USA: Option<&str> = Some("USA");
const FRA: Option<&str> = Some("FRA");
const DEU: Option<&str> = Some("DEU");
const UKR: Option<&str> = Some("UKR");

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn show(analysis: &Analysis<'_>) -> String {
    let mut s = String::new();
    for actor in &analysis.actors {
        let mentions: Vec<String> =
            actor.mentions.iter().map(|m| format!("{:?}/{:?}", analysis.words(m.span), m.form)).collect();
        s.push_str(&format!(
            "  {} | {:?} | {:?} | {:?} | [{}]\n",
            actor.name,
            actor.kind,
            actor.country.map(|c| c.to_string()),
            actor.id,
            mentions.join(", ")
        ));
    }
    if s.is_empty() {
        s.push_str("  (no actor)\n");
    }
    s
}

fn mention_words<'t>(analysis: &Analysis<'t>, actor: &Actor) -> Vec<&'t str> {
    actor.mentions.iter().map(|m| analysis.words(m.span)).collect()
}

/// Checks one row; returns what went wrong, if anything.
fn check(row: &Row<'_>) -> Option<String> {
    let analysis = extractor().analyze_with(row.text, &Options::default()).expect("analysis");
    let mut problems = Vec::new();
    for want in row.want {
        let Some(actor) = analysis.actors.iter().find(|x| x.name == want.name) else {
            problems.push(format!("no actor named {:?}", want.name));
            continue;
        };
        if actor.kind != want.kind {
            problems.push(format!("{}: kind {:?}, want {:?}", want.name, actor.kind, want.kind));
        }
        let country = actor.country.map(|c| c.to_string());
        if country.as_deref() != want.country {
            problems.push(format!("{}: country {:?}, want {:?}", want.name, country, want.country));
        }
        let words = mention_words(&analysis, actor);
        if words != want.mentions {
            problems.push(format!("{}: mentions {:?}, want {:?}", want.name, words, want.mentions));
        }
    }
    if row.exact {
        for actor in &analysis.actors {
            if !row.want.iter().any(|w| w.name == actor.name) {
                problems.push(format!("unexpected actor {:?}", actor.name));
            }
        }
        if analysis.actors.len() != row.want.len() {
            problems.push(format!("{} actors, want {}", analysis.actors.len(), row.want.len()));
        }
    }
    for word in row.absent {
        if analysis.actors.iter().any(|actor| mention_words(&analysis, actor).contains(word)) {
            problems.push(format!("{word:?} must not be a mention"));
        }
    }
    // Ids are unique stable keys.
    let mut ids: Vec<&str> = analysis.actors.iter().map(|x| x.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != analysis.actors.len() {
        problems.push("actor ids are not unique".to_string());
    }
    (!problems.is_empty())
        .then(|| format!("text: {}\n{}actors:\n{}", row.text, problems.join("\n") + "\n", show(&analysis)))
}

fn run(rows: &[Row<'_>]) {
    let failures: Vec<String> = rows.iter().filter_map(check).collect();
    assert!(failures.is_empty(), "{} of {} rows failed:\n\n{}", failures.len(), rows.len(), failures.join("\n"));
}

/// People: lexicon persons by full name, surname or variant; unknown names
/// recognised by a given name, an honorific or a role before them;
/// surname-only back-references; roles in apposition.
#[test]
fn persons() {
    run(&[
        // One person, with and without the accent on a capital.
        exact(
            "Claude Érignac a été assassiné en 1998. Bernard Bonnet a succédé à Claude Erignac.",
            &[
                a("Claude Érignac", Person, None, &["Claude Érignac", "Claude Erignac"]),
                a("Bernard Bonnet", Person, None, &["Bernard Bonnet"]),
            ],
        ),
        // Two people of one surname: a known person and another given name.
        exact(
            "Yasser Arafat est mort en 2004. Souha Arafat a demandé une enquête.",
            &[
                a("Yasser Arafat", Person, Some("PSE"), &["Yasser Arafat"]),
                a("Souha Arafat", Person, None, &["Souha Arafat"]),
            ],
        ),
        // A name after the complement of a noun stands for that noun, not
        // for the description in the complement.
        exact(
            "La veuve de l'ancien président de l'Autorité palestinienne, Souha Arafat, a demandé une enquête.",
            &[
                a("Autorité palestinienne", Government, Some("PSE"), &["Autorité palestinienne"]),
                a("Souha Arafat", Person, None, &["Souha Arafat"]),
            ],
        ),
        // A role and a demonym before a known person's full name.
        exact(
            "Le président russe Vladimir Poutine a accusé lundi l'Occident de vouloir affaiblir son pays.",
            &[a("Vladimir Poutine", Person, RUS, &["président russe", "Vladimir Poutine"])],
        ),
        // The surname alone refers back to the full name.
        exact(
            "Vladimir Poutine a menacé de riposter. Poutine a ensuite quitté la réunion sans commentaire.",
            &[a("Vladimir Poutine", Person, RUS, &["Vladimir Poutine", "Poutine"])],
        ),
        // A known surname alone gives the lexicon's full name.
        exact("Poutine a signé le décret mardi.", &[a("Vladimir Poutine", Person, RUS, &["Poutine"])]),
        // A city after `à` is a place, not the state.
        without(
            "Emmanuel Macron s'est entretenu avec Volodymyr Zelensky. Macron a promis une aide militaire à Kiev.",
            &[
                a("Emmanuel Macron", Person, FRA, &["Emmanuel Macron", "Macron"]),
                a("Volodymyr Zelensky", Person, UKR, &["Volodymyr Zelensky"]),
            ],
            &["Kiev"],
        ),
        exact(
            "Angela Merkel a salué l'accord. « C'est un pas important », a déclaré Merkel.",
            &[a("Angela Merkel", Person, DEU, &["Angela Merkel", "Merkel"])],
        ),
        // A role in apposition before the name, between commas.
        exact(
            "Le chef de la diplomatie russe, Sergueï Lavrov, a rejeté les accusations.",
            &[a("Sergueï Lavrov", Person, RUS, &["chef de la diplomatie russe", "Sergueï Lavrov"])],
        ),
        // The person's country comes from the lexicon (Norway), not from
        // the organisation in the role's complement.
        exact(
            "Le secrétaire général de l'OTAN, Jens Stoltenberg, a appelé la Russie à la retenue.",
            &[
                a("OTAN", Organization, None, &["OTAN"]),
                a("Jens Stoltenberg", Person, Some("NOR"), &["secrétaire général de l'OTAN", "Jens Stoltenberg"]),
                a("Russie", Country, RUS, &["Russie"]),
            ],
        ),
        // A spelling variant gives the lexicon's canonical spelling.
        exact(
            "Recep Tayyip Erdogan a critiqué la décision de l'Union européenne.",
            &[
                a("Recep Tayyip Erdoğan", Person, Some("TUR"), &["Recep Tayyip Erdogan"]),
                a("Union européenne", Organization, None, &["Union européenne"]),
            ],
        ),
        // A country that is also a given name, before a surname, is the
        // given name (not after a preposition: `le président de Maurice`).
        exact("Maurice Papon a dénoncé le verdict.", &[a("Maurice Papon", Person, None, &["Maurice Papon"])]),
        exact(
            "Dominique de Calan a dénoncé la réforme.",
            &[a("Dominique de Calan", Person, None, &["Dominique de Calan"])],
        ),
        // An unknown person: given name + unknown surname; the country from
        // the demonym of the apposed role.
        exact(
            "Le ministre malien de la Défense, Moussa Traoré, a annoncé l'arrestation de plusieurs suspects.",
            &[a("Moussa Traoré", Person, Some("MLI"), &["ministre malien de la Défense", "Moussa Traoré"])],
        ),
        // A description in apposition after the name.
        without(
            "Karim Benhaddou, un militant des droits humains, a été arrêté jeudi à Alger.",
            &[a("Karim Benhaddou", Person, None, &["Karim Benhaddou", "militant des droits humains"])],
            &["Alger"],
        ),
        exact(
            "Selon Sophie Lemaire, porte-parole de l'association, les manifestants ont été dispersés.",
            &[a("Sophie Lemaire", Person, None, &["Sophie Lemaire", "porte-parole de l'association"])],
        ),
        // Honorifics make a person of an unknown surname; the canonical
        // name drops them; the bare surname refers back.
        exact(
            "M. Dufresnoy a démenti toute irrégularité. Dufresnoy a promis de coopérer avec la justice.",
            &[
                a("Dufresnoy", Person, None, &["M. Dufresnoy", "Dufresnoy"]),
                a("justice", Government, None, &["justice"]),
            ],
        ),
        exact(
            "Mme Kowalczyk a dénoncé des pressions. Kowalczyk a demandé une enquête indépendante.",
            &[a("Kowalczyk", Person, None, &["Mme Kowalczyk", "Kowalczyk"])],
        ),
        exact("Me Garnier a dénoncé une procédure abusive.", &[a("Garnier", Person, None, &["Me Garnier"])]),
        exact(
            "Marie Delacourt a condamné l'attaque. Delacourt a appelé au calme.",
            &[a("Marie Delacourt", Person, None, &["Marie Delacourt", "Delacourt"])],
        ),
        // The surname first, the full name later: the fuller form names
        // the person.
        exact(
            "Dufresnoy a refusé de répondre. Pierre Dufresnoy a ensuite démissionné.",
            &[a("Pierre Dufresnoy", Person, None, &["Dufresnoy", "Pierre Dufresnoy"])],
        ),
        exact(
            "Kowalczyk a démenti. Anna Kowalczyk a ensuite démissionné.",
            &[a("Anna Kowalczyk", Person, None, &["Kowalczyk", "Anna Kowalczyk"])],
        ),
        // The given name alone refers back to the full name.
        exact(
            "Jean Dubreuil a été élu maire. Jean a remercié ses électeurs.",
            &[a("Jean Dubreuil", Person, None, &["Jean Dubreuil", "Jean"])],
        ),
        // A role right before an unknown surname makes it a person's name.
        exact(
            "Le général Dembélé a annoncé la fin de l'opération.",
            &[a("Dembélé", Person, None, &["général", "Dembélé"])],
        ),
        exact("Le ministre Kouyaté a condamné l'attaque.", &[a("Kouyaté", Person, None, &["ministre", "Kouyaté"])]),
        // Names of two surnames: a later word of the full name, and the
        // shorter name that opens the longer one, both refer back.
        exact(
            "Ana Pastor García a critiqué le gouvernement. Pastor a ensuite quitté le parti.",
            &[
                a("Ana Pastor García", Person, None, &["Ana Pastor García", "Pastor"]),
                a("gouvernement", Government, None, &["gouvernement"]),
            ],
        ),
        exact(
            "Ana Pastor García a critiqué le gouvernement. Ana Pastor a ensuite quitté le parti.",
            &[
                a("Ana Pastor García", Person, None, &["Ana Pastor García", "Ana Pastor"]),
                a("gouvernement", Government, None, &["gouvernement"]),
            ],
        ),
        // Name particles (`Le`, `von der`) stay inside the name.
        exact(
            "Jean-Marie Le Pen a été condamné. Le Pen a fait appel.",
            &[a("Jean-Marie Le Pen", Person, FRA, &["Jean-Marie Le Pen", "Le Pen"])],
        ),
        exact(
            "La présidente de la Commission européenne, Ursula von der Leyen, a annoncé un plan.",
            &[
                a("Commission européenne", Organization, None, &["Commission européenne"]),
                a(
                    "Ursula von der Leyen",
                    Person,
                    DEU,
                    &["présidente de la Commission européenne", "Ursula von der Leyen"],
                ),
            ],
        ),
        exact("Kim Jong-un a supervisé un tir de missile.", &[a("Kim Jong-un", Person, Some("PRK"), &["Kim Jong-un"])]),
        // A comma of apposition after a role of the lexicon person.
        exact(
            "La porte-parole du ministère, Maria Zakharova, a démenti.",
            &[a("Maria Zakharova", Person, RUS, &["porte-parole du ministère", "Maria Zakharova"])],
        ),
        exact(
            "Le porte-parole Dmitri Peskov a démenti. Peskov a dénoncé une provocation.",
            &[a("Dmitri Peskov", Person, RUS, &["porte-parole", "Dmitri Peskov", "Peskov"])],
        ),
        exact(
            "Le secrétaire d'État américain Antony Blinken a rencontré son homologue chinois.",
            &[a("Antony Blinken", Person, USA, &["secrétaire d'État américain", "Antony Blinken"])],
        ),
        exact(
            "L'ancien président Nicolas Sarkozy a été condamné.",
            &[a("Nicolas Sarkozy", Person, FRA, &["ancien président", "Nicolas Sarkozy"])],
        ),
        // A pronoun does not add an actor; the city after `à` is a place.
        without(
            "Vladimir Poutine est arrivé à Minsk. Il a rencontré Alexandre Loukachenko.",
            &[
                a("Vladimir Poutine", Person, RUS, &["Vladimir Poutine"]),
                a("Alexandre Loukachenko", Person, Some("BLR"), &["Alexandre Loukachenko"]),
            ],
            &["Minsk", "Il"],
        ),
        exact(
            "Lundi matin, Emmanuel Macron a reçu Olaf Scholz.",
            &[a("Emmanuel Macron", Person, FRA, &["Emmanuel Macron"]), a("Olaf Scholz", Person, DEU, &["Olaf Scholz"])],
        ),
        exact(
            "Xi Jinping a reçu Emmanuel Macron à Pékin. Xi a insisté sur la coopération.",
            &[
                a("Xi Jinping", Person, Some("CHN"), &["Xi Jinping", "Xi"]),
                a("Emmanuel Macron", Person, FRA, &["Emmanuel Macron"]),
            ],
        ),
        // `les dirigeants de A et de B, X et Y`: the coordinated names are
        // people; the countries of the complement are actors of their own.
        exact(
            "Les dirigeants de la Russie et des États-Unis, Vladimir Poutine et Joe Biden, se sont entretenus.",
            &[
                a("Russie", Country, RUS, &["Russie"]),
                a("États-Unis", Country, USA, &["États-Unis"]),
                a("Vladimir Poutine", Person, RUS, &["Vladimir Poutine"]),
                a("Joe Biden", Person, USA, &["Joe Biden"]),
            ],
        ),
    ]);
}

/// Roles: a role alone is a person known by the description; a definite
/// role after a name that holds it (in the text or in the lexicon) refers
/// back to that person.
#[test]
fn roles() {
    run(&[
        // A former holder of a role: `ex-` and the role.
        exact(
            "L'ex-espion russe Alexandre Litvinenko a accusé le Kremlin.",
            &[
                a("Alexandre Litvinenko", Person, RUS, &["ex-espion russe", "Alexandre Litvinenko"]),
                a("Kremlin", Government, RUS, &["Kremlin"]),
            ],
        ),
        exact(
            "Le Premier ministre a démissionné lundi.",
            &[a("Premier ministre", Person, None, &["Premier ministre"])],
        ),
        // The role again, after the person was named with it.
        exact(
            "Le Premier ministre Édouard Philippe a défendu la réforme. Le Premier ministre a rejeté les critiques de l'opposition.",
            &[
                a("Édouard Philippe", Person, FRA, &["Premier ministre", "Édouard Philippe", "Premier ministre"]),
                a("opposition", Group, None, &["opposition"]),
            ],
        ),
        exact(
            "La chancelière Angela Merkel a rencontré Vladimir Poutine. La chancelière a demandé un cessez-le-feu.",
            &[
                a("Angela Merkel", Person, DEU, &["chancelière", "Angela Merkel", "chancelière"]),
                a("Vladimir Poutine", Person, RUS, &["Vladimir Poutine"]),
            ],
        ),
        // The lexicon knows that Joe Biden is the American president.
        exact(
            "Joe Biden a appelé à l'unité. Le président américain a ensuite rencontré les syndicats.",
            &[
                a("Joe Biden", Person, USA, &["Joe Biden", "président américain"]),
                a("syndicats", Group, None, &["syndicats"]),
            ],
        ),
        exact(
            "Le président ukrainien Volodymyr Zelensky a remercié Joe Biden. Zelensky a demandé davantage d'armes.",
            &[
                a("Volodymyr Zelensky", Person, UKR, &["président ukrainien", "Volodymyr Zelensky", "Zelensky"]),
                a("Joe Biden", Person, USA, &["Joe Biden"]),
            ],
        ),
        // A demonym gives the country of a role alone.
        exact(
            "Le président français a accusé la Russie de désinformation.",
            &[a("Russie", Country, RUS, &["Russie"]), a("président français", Person, FRA, &["président français"])],
        ),
        exact(
            "Le président sénégalais a salué les résultats.",
            &[a("président sénégalais", Person, Some("SEN"), &["président sénégalais"])],
        ),
        exact(
            "Le ministre de l'Intérieur a interdit la manifestation.",
            &[a("ministre de l'Intérieur", Person, None, &["ministre de l'Intérieur"])],
        ),
        exact("Le procureur a requis dix ans de prison.", &[a("procureur", Person, None, &["procureur"])]),
        exact(
            "Un porte-parole de l'armée a démenti.",
            &[a("porte-parole de l'armée", Person, None, &["porte-parole de l'armée"])],
        ),
        exact(
            "Le chef de l'État a reçu les syndicats.",
            &[a("chef de l'État", Person, None, &["chef de l'État"]), a("syndicats", Group, None, &["syndicats"])],
        ),
        exact(
            "Le président de la République a dissous l'Assemblée nationale.",
            &[
                a("Assemblée nationale", Government, FRA, &["Assemblée nationale"]),
                a("président de la République", Person, None, &["président de la République"]),
            ],
        ),
        // A common noun is no word of a name the lexicon capitalises:
        // `Le maire` is no `Bruno Le Maire`, `Le Maire` is.
        exact("Le maire a décrété un couvre-feu.", &[a("maire", Person, None, &["maire"])]),
        exact("Le Maire a défendu le budget.", &[a("Bruno Le Maire", Person, FRA, &["Le Maire"])]),
        // A capital in the complement of a description is a place that
        // tells the description's country.
        without(
            "Le maire de Paris a dénoncé la décision.",
            &[a("maire de Paris", Person, FRA, &["maire de Paris"])],
            &["Paris"],
        ),
        // An epicene role noun takes its gender from the article: `la
        // porte-parole` can be Maria Zakharova.
        exact(
            "Maria Zakharova a démenti. La porte-parole a dénoncé une provocation.",
            &[a("Maria Zakharova", Person, RUS, &["Maria Zakharova", "porte-parole"])],
        ),
        exact(
            "Catherine Colonna a rencontré son homologue. La ministre a insisté sur le dialogue.",
            &[a("Catherine Colonna", Person, FRA, &["Catherine Colonna", "ministre"])],
        ),
        // A description stops before a word of time.
        exact("« Nous ne céderons pas », a affirmé le ministre mardi.", &[a("ministre", Person, None, &["ministre"])]),
        exact(
            "« C'est inacceptable », a déclaré le porte-parole jeudi soir.",
            &[a("porte-parole", Person, None, &["porte-parole"])],
        ),
        // A role of the lexicon person's country, in a complement.
        exact(
            "Vendredi, le gouvernement malien a expulsé l'ambassadeur de France.",
            &[
                a("France", Country, FRA, &["France"]),
                a("gouvernement malien", Government, Some("MLI"), &["gouvernement malien"]),
                a("ambassadeur de France", Person, FRA, &["ambassadeur de France"]),
            ],
        ),
    ]);
}

/// Organisations: lexicon names and acronyms, expansions with the acronym
/// in brackets, unknown names built on an organisation word, unknown
/// acronyms, and common nouns that refer back to them.
#[test]
fn organisations() {
    run(&[
        // The full name with the acronym in brackets, then the acronym.
        without(
            "L'Organisation du traité de l'Atlantique nord (OTAN) a renforcé sa présence. L'OTAN a déployé des troupes en Pologne.",
            &[
                a("OTAN", Organization, None, &["Organisation du traité de l'Atlantique nord", "OTAN", "OTAN"]),
                a("Pologne", Country, Some("POL"), &["Pologne"]),
            ],
            &["troupes"],
        ),
        // The hyphenated spelling of the same name.
        exact(
            "L'Organisation du traité de l'Atlantique-Nord a dénoncé l'attaque.",
            &[a("OTAN", Organization, None, &["Organisation du traité de l'Atlantique-Nord"])],
        ),
        exact(
            "La Confédération générale du travail (CGT) a appelé à la grève. La CGT réclame une hausse des salaires.",
            &[a(
                "Confédération générale du travail",
                Organization,
                FRA,
                &["Confédération générale du travail", "CGT", "CGT"],
            )],
        ),
        exact(
            "Médecins sans frontières (MSF) a dénoncé le bombardement d'un hôpital.",
            &[a("Médecins sans frontières", Organization, None, &["Médecins sans frontières", "MSF"])],
        ),
        // Full name first, acronym later without brackets.
        exact(
            "L'Union européenne a sanctionné plusieurs responsables biélorusses. L'UE a également gelé leurs avoirs.",
            &[a("Union européenne", Organization, None, &["Union européenne", "UE"])],
        ),
        exact(
            "Le Fonds monétaire international a accordé un prêt à l'Égypte. Le FMI a salué les réformes.",
            &[
                a("Fonds monétaire international", Organization, None, &["Fonds monétaire international", "FMI"]),
                a("Égypte", Country, Some("EGY"), &["Égypte"]),
            ],
        ),
        exact(
            "L'ONU a exhorté les belligérants à cesser le feu.",
            &[a("Organisation des Nations unies", Organization, None, &["ONU"])],
        ),
        exact(
            "Human Rights Watch a dénoncé des exécutions sommaires.",
            &[a("Human Rights Watch", Organization, None, &["Human Rights Watch"])],
        ),
        // An armed group of the lexicon; the place of the act is no actor.
        without(
            "Israël a bombardé des positions du Hamas à Gaza.",
            &[a("Israël", Country, Some("ISR"), &["Israël"]), a("Hamas", Organization, Some("PSE"), &["Hamas"])],
            &["Gaza"],
        ),
        exact("Le Hamas a revendiqué l'attaque.", &[a("Hamas", Organization, Some("PSE"), &["Hamas"])]),
        // Members of a named organisation stand for it.
        exact(
            "Les combattants du Hamas ont attaqué un poste militaire.",
            &[a("Hamas", Organization, Some("PSE"), &["combattants du Hamas", "Hamas"])],
        ),
        exact(
            "Le Parlement européen a adopté une résolution condamnant la répression.",
            &[a("Parlement européen", Organization, None, &["Parlement européen"])],
        ),
        exact("L'AFP a interrogé plusieurs témoins.", &[a("Agence France-Presse", Organization, FRA, &["AFP"])]),
        exact("Selon Reuters, les négociations ont échoué.", &[a("Reuters", Organization, Some("GBR"), &["Reuters"])]),
        // A newspaper named after a city is no state.
        without(
            "Washington Post a publié une enquête.",
            &[a("Washington Post", Organization, USA, &["Washington Post"])],
            &["Washington"],
        ),
        exact(
            "La Cour pénale internationale a émis un mandat d'arrêt contre Vladimir Poutine.",
            &[
                a("Cour pénale internationale", Organization, None, &["Cour pénale internationale"]),
                a("Vladimir Poutine", Person, RUS, &["Vladimir Poutine"]),
            ],
        ),
        exact(
            "La Commission européenne a infligé une amende à Google.",
            &[
                a("Commission européenne", Organization, None, &["Commission européenne"]),
                a("Google", Organization, USA, &["Google"]),
            ],
        ),
        exact(
            "Gazprom a suspendu ses livraisons à la Pologne.",
            &[a("Gazprom", Organization, RUS, &["Gazprom"]), a("Pologne", Country, Some("POL"), &["Pologne"])],
        ),
        exact(
            "La Banque centrale européenne a relevé ses taux.",
            &[a("Banque centrale européenne", Organization, None, &["Banque centrale européenne"])],
        ),
        exact(
            "Le Parti socialiste a dénoncé la réforme.",
            &[a("Parti socialiste", Organization, FRA, &["Parti socialiste"])],
        ),
        exact(
            "Le Conseil de sécurité de l'ONU a condamné l'essai nucléaire.",
            &[a("CSNU", Organization, None, &["Conseil de sécurité de l'ONU"])],
        ),
        // Named state bodies of the lexicon are of kind government.
        exact(
            "Le Conseil constitutionnel a validé la loi.",
            &[a("Conseil constitutionnel", Government, FRA, &["Conseil constitutionnel"])],
        ),
        exact("Le Sénat a adopté le projet de loi.", &[a("Sénat", Government, FRA, &["Sénat"])]),
        // An organisation noun in apposition before the name.
        exact(
            "L'ONG Amnesty International a dénoncé des arrestations arbitraires.",
            &[a("Amnesty International", Organization, None, &["ONG", "Amnesty International"])],
        ),
        // `le quotidien` again refers back to the newspaper.
        exact(
            "Le quotidien Le Monde a révélé l'affaire. Le quotidien affirme disposer de documents.",
            &[a("Le Monde", Organization, FRA, &["quotidien", "Le Monde", "quotidien"])],
        ),
        // `l'alliance` refers back to NATO.
        exact(
            "Donald Trump a critiqué l'OTAN. Trump a menacé de quitter l'alliance.",
            &[
                a("Donald Trump", Person, USA, &["Donald Trump", "Trump"]),
                a("OTAN", Organization, None, &["OTAN", "alliance"]),
            ],
        ),
        // Unknown names: an organisation word, an unknown acronym, a name
        // of a known organisation followed by a city.
        exact(
            "L'Union nationale des étudiants a appelé à la grève.",
            &[a("Union nationale des étudiants", Organization, None, &["Union nationale des étudiants"])],
        ),
        exact("Le RPDS a dénoncé des fraudes massives.", &[a("RPDS", Organization, None, &["RPDS"])]),
        without(
            "L'Institut Pasteur de Paris a annoncé un vaccin.",
            &[a("Institut Pasteur", Organization, FRA, &["Institut Pasteur"])],
            &["Paris"],
        ),
        // An unknown body name (`Ministère` with a capital) is a state body.
        exact(
            "Le Ministère de la Santé a dénoncé une campagne de désinformation.",
            &[a("Ministère de la Santé", Government, None, &["Ministère de la Santé"])],
        ),
        // Separate unions are separate entries; `le syndicat` refers back
        // to the union named in apposition.
        exact(
            "Le syndicat SUD-Rail a appelé à la grève. Le syndicat réclame des embauches.",
            &[a("SUD-Rail", Organization, FRA, &["syndicat", "SUD-Rail", "syndicat"])],
        ),
        exact(
            "Le syndicat Force ouvrière a appelé à la grève. Le syndicat exige des hausses.",
            &[a("Force ouvrière", Organization, FRA, &["syndicat", "Force ouvrière", "syndicat"])],
        ),
        // Organisations the lexicon writes in lower case match with or
        // without a capital.
        exact(
            "Les talibans ont attaqué un poste de police.",
            &[a("Talibans", Organization, Some("AFG"), &["talibans"])],
        ),
        exact("Les Talibans ont revendiqué l'attentat.", &[a("Talibans", Organization, Some("AFG"), &["Talibans"])]),
        exact("Les houthis ont tiré un missile.", &[a("Houthis", Organization, Some("YEM"), &["houthis"])]),
        // An acronym after an article refers back to the name it spells.
        exact(
            "L'Union nationale des étudiants a appelé à la grève. Selon l'UNE, la mobilisation est forte.",
            &[a("Union nationale des étudiants", Organization, None, &["Union nationale des étudiants", "UNE"])],
        ),
        // A name runs over `pour`, `et` up to the acronym in brackets that
        // spells it; the acronym after `Le` is the same organisation.
        exact(
            "Le Front uni pour la justice sociale (FUJS) a appelé à manifester. Le FUJS a dénoncé la répression.",
            &[a(
                "Front uni pour la justice sociale",
                Organization,
                None,
                &["Front uni pour la justice sociale", "FUJS", "FUJS"],
            )],
        ),
        exact(
            "Le Rassemblement pour la démocratie et le progrès (RDP) a remporté les élections. Le RDP revendique la victoire.",
            &[a(
                "Rassemblement pour la démocratie et le progrès",
                Organization,
                None,
                &["Rassemblement pour la démocratie et le progrès", "RDP", "RDP"],
            )],
        ),
        exact(
            "La Coalition nationale pour le changement (CNC) a boycotté le scrutin. Le CNC dénonce des fraudes.",
            &[a(
                "Coalition nationale pour le changement",
                Organization,
                None,
                &["Coalition nationale pour le changement", "CNC", "CNC"],
            )],
        ),
        // A capitalised organisation noun after an article starts a name
        // when a capitalised word follows in the same noun phrase.
        exact(
            "L'Association des juristes du Sahel a dénoncé les arrestations.",
            &[a("Association des juristes du Sahel", Organization, None, &["Association des juristes du Sahel"])],
        ),
        exact(
            "L'Alliance démocratique du Nord a rejeté l'accord de paix.",
            &[a("Alliance démocratique du Nord", Organization, None, &["Alliance démocratique du Nord"])],
        ),
    ]);
}

/// Countries: by name (short, long, acronym), by capital standing for the
/// state, and not by a capital used as a place.
#[test]
fn countries() {
    run(&[
        exact(
            "La Russie a accusé l'Ukraine de provocations.",
            &[a("Russie", Country, RUS, &["Russie"]), a("Ukraine", Country, UKR, &["Ukraine"])],
        ),
        exact(
            "Les États-Unis ont imposé de nouvelles sanctions à l'Iran.",
            &[a("États-Unis", Country, USA, &["États-Unis"]), a("Iran", Country, Some("IRN"), &["Iran"])],
        ),
        exact(
            "La Fédération de Russie a rejeté la résolution.",
            &[a("Russie", Country, RUS, &["Fédération de Russie"])],
        ),
        exact("Les USA ont condamné l'attaque.", &[a("États-Unis", Country, USA, &["USA"])]),
        exact(
            "La Corée du Nord a tiré un missile balistique.",
            &[a("Corée du Nord", Country, Some("PRK"), &["Corée du Nord"])],
        ),
        exact(
            "L'Allemagne et la France ont proposé une médiation.",
            &[a("Allemagne", Country, DEU, &["Allemagne"]), a("France", Country, FRA, &["France"])],
        ),
        exact(
            "La Turquie et la Grèce ont signé un accord.",
            &[a("Turquie", Country, Some("TUR"), &["Turquie"]), a("Grèce", Country, Some("GRC"), &["Grèce"])],
        ),
        exact(
            "Le Mali a rompu ses relations avec la France.",
            &[a("Mali", Country, Some("MLI"), &["Mali"]), a("France", Country, FRA, &["France"])],
        ),
        // A country named as a place is still an actor.
        exact("En Ukraine, les combats se poursuivent.", &[a("Ukraine", Country, UKR, &["Ukraine"])]),
        // Capitals that act stand for their state.
        exact(
            "Moscou a rejeté l'ultimatum de Washington.",
            &[a("Russie", Country, RUS, &["Moscou"]), a("États-Unis", Country, USA, &["Washington"])],
        ),
        exact(
            "Pékin a condamné la visite de la délégation américaine à Taïwan.",
            &[a("Chine", Country, Some("CHN"), &["Pékin"]), a("Taïwan", Country, Some("TWN"), &["Taïwan"])],
        ),
        without("Berlin a promis de livrer des chars à Kiev.", &[a("Allemagne", Country, DEU, &["Berlin"])], &["Kiev"]),
        exact(
            "Kyiv a accusé Moscou de crimes de guerre.",
            &[a("Ukraine", Country, UKR, &["Kyiv"]), a("Russie", Country, RUS, &["Moscou"])],
        ),
        exact(
            "Kiev et Moscou ont échangé des prisonniers.",
            &[a("Ukraine", Country, UKR, &["Kiev"]), a("Russie", Country, RUS, &["Moscou"])],
        ),
        exact("Mardi, Kiev a dénoncé une attaque.", &[a("Ukraine", Country, UKR, &["Kiev"])]),
        exact("Pyongyang a tiré un missile balistique.", &[a("Corée du Nord", Country, Some("PRK"), &["Pyongyang"])]),
        // The name and the capital are one actor.
        exact(
            "L'Iran a menacé Israël. Téhéran a promis une riposte.",
            &[a("Iran", Country, Some("IRN"), &["Iran", "Téhéran"]), a("Israël", Country, Some("ISR"), &["Israël"])],
        ),
        exact(
            "Paris a convoqué l'ambassadeur d'Iran.",
            &[a("France", Country, FRA, &["Paris"]), a("Iran", Country, Some("IRN"), &["Iran"])],
        ),
        // Diplomats counted by a number are a group that the expulsion
        // aims at.
        exact(
            "La France a expulsé deux diplomates russes.",
            &[
                a("France", Country, FRA, &["France"]),
                a("diplomates russes", Group, Some("RUS"), &["diplomates russes"]),
            ],
        ),
        // An embassy stands for its state.
        exact(
            "L'ambassade des États-Unis a condamné l'attaque.",
            &[a("États-Unis", Country, USA, &["ambassade des États-Unis", "États-Unis"])],
        ),
    ]);
}

/// State bodies: descriptions headed by a body noun, with the country of
/// their demonym or complement; seats of power standing for a government.
#[test]
fn state_bodies() {
    run(&[
        exact(
            "Le ministère russe des Affaires étrangères a convoqué l'ambassadeur de France.",
            &[
                a("France", Country, FRA, &["France"]),
                a(
                    "ministère russe des Affaires étrangères",
                    Government,
                    RUS,
                    &["ministère russe des Affaires étrangères"],
                ),
            ],
        ),
        exact("Le Kremlin a démenti les informations du quotidien.", &[a("Kremlin", Government, RUS, &["Kremlin"])]),
        // Bodies named only in the plural are each their own; a name given
        // with `connus sous le nom de` is another name of what precedes.
        exact(
            "Human Rights Watch met en cause les organismes de renseignement syriens, connus sous le nom de moukhabarat. Les forces de sécurité syriennes ont arrêté des manifestants. Les autorités syriennes ont démenti.",
            &[
                a("Human Rights Watch", Organization, None, &["Human Rights Watch"]),
                a(
                    "organismes de renseignement syriens",
                    Government,
                    Some("SYR"),
                    &["organismes de renseignement syriens", "moukhabarat"],
                ),
                a("forces de sécurité syriennes", Government, Some("SYR"), &["forces de sécurité syriennes"]),
                a("manifestants", Group, None, &["manifestants"]),
                a("autorités syriennes", Government, Some("SYR"), &["autorités syriennes"]),
            ],
        ),
        // The State, capitalised and unqualified, is the country of the
        // story; `l'État français`, the country its adjective names.
        exact(
            "La Grèce traverse une crise. Les banques attendent un prêt de l'État.",
            &[a("Grèce", Country, Some("GRC"), &["Grèce", "État"])],
        ),
        exact("Les banques attendent un prêt de l'État français.", &[a("France", Country, FRA, &["État français"])]),
        // `en l'état`: as things stand, no body.
        without(
            "Le gouvernement français refuse le plan en l'état.",
            &[a("gouvernement français", Government, FRA, &["gouvernement français"])],
            &["état"],
        ),
        exact(
            "La Maison Blanche a menacé Pékin de représailles.",
            &[a("Maison Blanche", Government, USA, &["Maison Blanche"]), a("Chine", Country, Some("CHN"), &["Pékin"])],
        ),
        exact("La Maison-Blanche a salué l'accord.", &[a("Maison-Blanche", Government, USA, &["Maison-Blanche"])]),
        exact(
            "L'Élysée a salué la libération des otages.",
            &[a("Élysée", Government, FRA, &["Élysée"]), a("otages", Group, None, &["otages"])],
        ),
        exact("Matignon a confirmé la nomination.", &[a("Matignon", Government, FRA, &["Matignon"])]),
        exact(
            "Downing Street a démenti toute rencontre.",
            &[a("Downing Street", Government, Some("GBR"), &["Downing Street"])],
        ),
        exact(
            "Le Pentagone a annoncé le déploiement de 3 000 soldats.",
            &[a("Pentagone", Government, USA, &["Pentagone"])],
        ),
        exact(
            "Le Quai d'Orsay a convoqué l'ambassadeur d'Iran.",
            &[a("Quai d'Orsay", Government, FRA, &["Quai d'Orsay"]), a("Iran", Country, Some("IRN"), &["Iran"])],
        ),
        exact(
            "L'armée malienne a attaqué une base des rebelles.",
            &[
                a("armée malienne", Government, Some("MLI"), &["armée malienne"]),
                a("rebelles", Group, None, &["rebelles"]),
            ],
        ),
        without(
            "La police turque a arrêté des dizaines de manifestants à Istanbul.",
            &[
                a("police turque", Government, Some("TUR"), &["police turque"]),
                a("dizaines de manifestants", Group, None, &["dizaines de manifestants"]),
            ],
            &["Istanbul"],
        ),
        exact(
            "Les autorités iraniennes ont interdit la manifestation.",
            &[a("autorités iraniennes", Government, Some("IRN"), &["autorités iraniennes"])],
        ),
        // The same body again without its demonym.
        exact(
            "Le gouvernement allemand a critiqué la décision. Le gouvernement a promis une réponse.",
            &[a("gouvernement allemand", Government, DEU, &["gouvernement allemand", "gouvernement"])],
        ),
        exact(
            "La diplomatie chinoise a dénoncé une ingérence.",
            &[a("diplomatie chinoise", Government, Some("CHN"), &["diplomatie chinoise"])],
        ),
        exact(
            "Les services de renseignement ukrainiens ont arrêté un espion.",
            &[
                a("services de renseignement ukrainiens", Government, UKR, &["services de renseignement ukrainiens"]),
                // Like `un diplomate`: the one arrested takes part.
                a("espion", Person, None, &["espion"]),
            ],
        ),
        exact(
            "Les gardes-frontières polonais ont refoulé des migrants.",
            &[
                a("gardes-frontières polonais", Government, Some("POL"), &["gardes-frontières polonais"]),
                a("migrants", Group, None, &["migrants"]),
            ],
        ),
        exact(
            "Les forces de sécurité ont dispersé la foule.",
            &[a("forces de sécurité", Government, None, &["forces de sécurité"])],
        ),
        exact(
            "Selon l'OTAN, les troupes russes se sont retirées.",
            &[a("OTAN", Organization, None, &["OTAN"]), a("troupes russes", Government, RUS, &["troupes russes"])],
        ),
        exact(
            "Les autorités russes ont expulsé un journaliste.",
            &[
                a("autorités russes", Government, RUS, &["autorités russes"]),
                a("journaliste", Person, None, &["journaliste"]),
            ],
        ),
        // A capital after `à` is a place: the authorities get no country
        // from it, and Russia is no actor.
        without(
            "À Moscou, les autorités ont interdit le rassemblement.",
            &[a("autorités", Government, None, &["autorités"])],
            &["Moscou"],
        ),
        without(
            "Le parquet de Paris a ouvert une enquête sur l'attentat.",
            &[a("parquet de Paris", Government, FRA, &["parquet de Paris"])],
            &["Paris"],
        ),
        without(
            "Le tribunal de Moscou a condamné l'opposant.",
            &[
                a("tribunal de Moscou", Government, RUS, &["tribunal de Moscou"]),
                a("opposant", Person, None, &["opposant"]),
            ],
            &["Moscou"],
        ),
        // A seat of power after `à`, `au` is the building, a place.
        without(
            "Emmanuel Macron a rencontré Olaf Scholz à la Maison Blanche.",
            &[a("Emmanuel Macron", Person, FRA, &["Emmanuel Macron"]), a("Olaf Scholz", Person, DEU, &["Olaf Scholz"])],
            &["Maison Blanche"],
        ),
        without("Olaf Scholz a été reçu à l'Élysée.", &[a("Olaf Scholz", Person, DEU, &["Olaf Scholz"])], &["Élysée"]),
        without("Olaf Scholz a été reçu au Kremlin.", &[a("Olaf Scholz", Person, DEU, &["Olaf Scholz"])], &["Kremlin"]),
        without(
            "Narendra Modi s'est rendu à Matignon.",
            &[a("Narendra Modi", Person, Some("IND"), &["Narendra Modi"])],
            &["Matignon"],
        ),
        // After a demonym, `de` and a bare noun belong to the verb.
        exact(
            "Human Rights Watch a accusé l'armée birmane d'exactions contre les civils.",
            &[
                a("Human Rights Watch", Organization, None, &["Human Rights Watch"]),
                a("armée birmane", Government, Some("MMR"), &["armée birmane"]),
            ],
        ),
        exact(
            "Amnesty International a accusé la police kényane d'abus contre les manifestants.",
            &[
                a("Amnesty International", Organization, None, &["Amnesty International"]),
                a("police kényane", Government, Some("KEN"), &["police kényane"]),
            ],
        ),
        // `au pouvoir` after a noun, and a body after a bare `de` (`coup
        // d'État`, `poste de police`) qualify the noun before: no bodies.
        without(
            "La junte au pouvoir a suspendu la Constitution.",
            &[a("junte", Government, None, &["junte"])],
            &["pouvoir", "Constitution"],
        ),
        none("Le parti au pouvoir a remporté les législatives."),
        without(
            "Les Occidentaux ont condamné le coup d'État.",
            &[a("Occidentaux", Group, None, &["Occidentaux"])],
            &["État"],
        ),
        exact(
            "Le chef de l'État a dénoncé une raison d'État.",
            &[a("chef de l'État", Person, None, &["chef de l'État"])],
        ),
        exact(
            "Des soldats israéliens ont tué deux Palestiniens en Cisjordanie.",
            &[a("soldats israéliens", Government, Some("ISR"), &["soldats israéliens"])],
        ),
    ]);
}

/// Groups: unnamed collectives headed by a group noun or a plural role,
/// with a quantity (`des milliers de`), and generic subjects of a
/// reporting verb.
#[test]
fn groups() {
    run(&[
        exact(
            "Les manifestants ont dénoncé la corruption du régime.",
            &[a("manifestants", Group, None, &["manifestants"]), a("régime", Government, None, &["régime"])],
        ),
        without(
            "Des milliers de manifestants ont défilé samedi à Paris.",
            &[a("milliers de manifestants", Group, None, &["milliers de manifestants"])],
            &["Paris"],
        ),
        // The army whose convoy is attacked takes part in the event.
        exact(
            "Les rebelles ont attaqué un convoi de l'armée.",
            &[a("rebelles", Group, None, &["rebelles"]), a("armée", Government, None, &["armée"])],
        ),
        exact("Selon les experts, la situation reste tendue.", &[a("experts", Group, None, &["experts"])]),
        exact("Des analystes estiment que la crise va durer.", &[a("analystes", Group, None, &["analystes"])]),
        exact(
            "Les ministres européens ont approuvé les sanctions.",
            &[a("ministres européens", Group, None, &["ministres européens"])],
        ),
        exact("Les députés ont rejeté le texte.", &[a("députés", Group, None, &["députés"])]),
        // Coordinated adjectives that agree belong to the description.
        exact(
            "Selon les médias occidentaux et iraniens, les négociations ont échoué.",
            &[a("médias occidentaux et iraniens", Group, None, &["médias occidentaux et iraniens"])],
        ),
        // The political sides, when they act; `de gauche`, `à droite` are
        // adjectives and places.
        exact("La gauche a dénoncé le budget.", &[a("gauche", Group, None, &["gauche"])]),
        exact("La droite a critiqué la réforme.", &[a("droite", Group, None, &["droite"])]),
        without(
            "Les députés de gauche ont rejeté le texte, assis à droite.",
            &[a("députés de gauche", Group, None, &["députés de gauche"])],
            &["gauche", "droite"],
        ),
        // A demonym with a capital after a plural determiner is the
        // country's people.
        exact("Les Français ont manifesté contre la réforme.", &[a("Français", Group, FRA, &["Français"])]),
        exact(
            "Le gouvernement a appelé les Russes à quitter le pays.",
            &[a("gouvernement", Government, None, &["gouvernement"]), a("Russes", Group, Some("RUS"), &["Russes"])],
        ),
        // In lower case it is an adjective.
        without("Les touristes français ont quitté le pays.", &[], &["français"]),
        // A group noun that agrees after a group head is its adjective;
        // `d'alors` belongs to the phrase.
        exact(
            "Des partisans radicaux du guide d'alors ont attaqué le convoi.",
            &[a("partisans radicaux du guide d'alors", Group, None, &["partisans radicaux du guide d'alors"])],
        ),
        // A noun that names an organisation and a collective, with no
        // organisation of its kind named before, is the collective.
        exact(
            "Le syndicat a annoncé que la grève serait reconduite jusqu'à lundi.",
            &[a("syndicat", Group, None, &["syndicat"])],
        ),
        // With one named before, it is that organisation.
        exact(
            "La CGT appelle à manifester jeudi. Le syndicat a annoncé que la grève serait reconduite.",
            &[a("Confédération générale du travail", Organization, Some("FRA"), &["CGT", "syndicat"])],
        ),
        // A noun phrase of no known category that reports speech.
        exact(
            "Un ancien guide touristique a indiqué que les assaillants étaient armés.",
            &[
                a("ancien guide touristique", Person, None, &["ancien guide touristique"]),
                a("assaillants", Group, None, &["assaillants"]),
            ],
        ),
        // A heading in capitals shouts its words: no acronyms there, but
        // what the lexicon knows.
        exact("YOGA. La reprise des séances est fixée au jeudi 16 septembre.", &[]),
        exact("DISTRIBUTION DE LUNETTES. Une distribution aura lieu mardi en mairie.", &[]),
        exact("OTAN : SOMMET À VILNIUS. Les alliés se sont réunis mardi.", &[a("OTAN", Organization, None, &["OTAN"])]),
        // An acronym right after a number is a unit (unité astronomique,
        // millions de francs), no organisation.
        exact("La planète orbite à 0,04 UA de son étoile.", &[]),
        exact("Le remplacement des conduites coûterait 200 MF à la ville.", &[]),
        // `le géant japonais`, `la multinationale` refer back to a company.
        exact(
            "Nintendo a présenté sa nouvelle console. Le géant japonais promet une autonomie accrue.",
            &[a("Nintendo", Organization, Some("JPN"), &["Nintendo", "géant japonais"])],
        ),
        // A noun that refers back to an organisation, with its
        // complement, and no organisation named that it could be: an
        // organisation known by that description.
        exact(
            "Le collectif des sans-papiers a dénoncé la réforme. Le collectif a aussi appelé à manifester.",
            &[a("collectif des sans-papiers", Organization, None, &["collectif des sans-papiers", "collectif"])],
        ),
        // An unknown capitalised plural after a plural determiner is a
        // people or a group, at the head of a sentence too.
        exact(
            "Les Wikipédiens ont protesté. Selon les Wikipédiens, le texte est dangereux.",
            &[a("Wikipédiens", Group, None, &["Wikipédiens", "Wikipédiens"])],
        ),
        // Not when its noun names a thing: an abstract noun by its ending,
        // or `tel`.
        exact("Une directive européenne demande de réduire les vols de nuit.", &[]),
        exact("Une telle stratégie exige des moyens considérables.", &[]),
        exact("Cet événement tragique appelle une réponse rapide.", &[]),
        // An unknown word after a plural head that does not agree, or
        // that stands before an article, is a verb, not an adjective.
        exact("La grève des cheminots paralyse le pays.", &[a("cheminots", Group, None, &["cheminots"])]),
        // The name of a mosque after `mosquée` is a place.
        without(
            "Les fidèles ont prié devant la mosquée Al-Hakim.",
            &[a("fidèles", Group, None, &["fidèles"])],
            &["Al-Hakim"],
        ),
    ]);
}

/// Texts with no actor: pronouns alone, sentence-initial capitalised common
/// words, time words, cities and places of the lexicon, names of things.
#[test]
fn negatives() {
    run(&[
        none("Il a refusé de commenter."),
        none("Elle a promis de revenir."),
        none("Ils ont quitté la salle sans un mot."),
        none("Lyon a accueilli le congrès du parti."),
        none("Marseille a accueilli le sommet."),
        none("Mercredi, les négociations ont repris."),
        none("Mobilisation générale dans les rues de la capitale."),
        none("Hier soir, le calme est revenu."),
        none("Les pourparlers se tiendront à Genève la semaine prochaine."),
        none("Nord Stream a été endommagé."),
        none("Le projet Nord Stream a été suspendu."),
        none("Les habitants ont fui la ville."),
        // A capital said to be a city, or left, is a place.
        none("Paris est une ville magnifique au printemps."),
        none("Berlin reste une destination prisée des touristes."),
        // `Le monde` is no `Le Monde`.
        none("Le monde a changé depuis la guerre."),
        // A quotation opens with a capital as a sentence does.
        none("Ils ont dénoncé un « Scandale absolu ! Malgré les promesses, rien ne change »."),
        // A pronoun subject adds no actor; the country it names does.
        without("Ils ont déclaré que la Russie ne céderait pas.", &[a("Russie", Country, RUS, &["Russie"])], &["Ils"]),
    ]);
}

/// Mention forms: names, acronyms, metonyms, descriptions.
#[test]
fn mention_forms() {
    let cases: &[(&str, &str, MentionForm)] = &[
        ("Le président russe Vladimir Poutine a menacé Kiev.", "Vladimir Poutine", MentionForm::Name),
        ("Le président russe Vladimir Poutine a menacé Kiev.", "président russe", MentionForm::Description),
        ("Le président russe Vladimir Poutine a menacé Kiev.", "Kiev", MentionForm::Metonym),
        ("Le Kremlin a démenti.", "Kremlin", MentionForm::Metonym),
        ("Moscou a démenti.", "Moscou", MentionForm::Metonym),
        ("La Russie a démenti.", "Russie", MentionForm::Name),
        ("L'Organisation du traité de l'Atlantique nord (OTAN) a démenti.", "OTAN", MentionForm::Acronym),
        (
            "L'Organisation du traité de l'Atlantique nord (OTAN) a démenti.",
            "Organisation du traité de l'Atlantique nord",
            MentionForm::Name,
        ),
        ("Selon Human Rights Watch, OTAN et UE ont refusé.", "UE", MentionForm::Acronym),
        ("L'armée malienne a attaqué les rebelles.", "armée malienne", MentionForm::Description),
        ("L'armée malienne a attaqué les rebelles.", "rebelles", MentionForm::Description),
        // An acronym after an article is still an acronym: the form looks
        // at the words, not at the article.
        ("L'OTAN a déployé des troupes en Roumanie.", "OTAN", MentionForm::Acronym),
        ("L'UE a gelé les avoirs de plusieurs oligarques.", "UE", MentionForm::Acronym),
        ("Le FMI a accordé un prêt au Sri Lanka.", "FMI", MentionForm::Acronym),
        ("La CGT a appelé à la grève.", "CGT", MentionForm::Acronym),
        ("Selon le HCR, des milliers de réfugiés ont fui les combats.", "HCR", MentionForm::Acronym),
    ];
    let mut failures = Vec::new();
    for &(text, words, form) in cases {
        let analysis = extractor().analyze_with(text, &Options::default()).expect("analysis");
        let found: Vec<MentionForm> = analysis
            .actors
            .iter()
            .flat_map(|actor| actor.mentions.iter())
            .filter(|m| analysis.words(m.span) == words)
            .map(|m| m.form)
            .collect();
        if found != [form] {
            failures.push(format!(
                "text: {text}\n{words:?}: forms {found:?}, want [{form:?}]\nactors:\n{}",
                show(&analysis)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Descriptions that name someone else than the one described before
/// (`autre`), and names apposed to a role whose complement is a role.
#[test]
fn another_one_and_nested_roles() {
    run(&[
        // `autre(s)`: a new entity, not the last one so described.
        exact(
            "Des soldats ont attaqué le village lundi. Deux autres soldats ont attaqué la ville mardi.",
            &[a("soldats", Government, None, &["soldats"]), a("autres soldats", Government, None, &["autres soldats"])],
        ),
        exact(
            "Le ministre de la Défense a accusé les rebelles. Un autre ministre a démenti.",
            &[
                a("ministre de la Défense", Person, None, &["ministre de la Défense"]),
                a("rebelles", Group, None, &["rebelles"]),
                a("autre ministre", Person, None, &["autre ministre"]),
            ],
        ),
        // The name after a role in the complement of another role is the
        // outer role's; the inner role is someone else.
        without(
            "Le porte-parole du président russe, Dmitri Peskov, a démenti ces informations.",
            &[a("Dmitri Peskov", Person, RUS, &["porte-parole du président russe", "Dmitri Peskov"])],
            &["président russe"],
        ),
        // A role in the complement of a noun that is no role keeps the
        // name apposed to it.
        exact(
            "Face à l'absence de position claire du président de La Poste, Jean-Paul Bailly, les syndicats ont annoncé le boycott.",
            &[
                a("La Poste", Organization, FRA, &["La Poste"]),
                a("Jean-Paul Bailly", Person, FRA, &["président de La Poste", "Jean-Paul Bailly"]),
                a("syndicats", Group, None, &["syndicats"]),
            ],
        ),
    ]);
}

/// An executive body named after its leader (`le gouvernement Rajoy`,
/// `l'administration Obama`) is that body, of the leader's country; the
/// name in it is no mention of the leader.
#[test]
fn bodies_named_after_their_leader() {
    run(&[
        exact(
            "Le gouvernement Rajoy a limogé le directeur de la télévision publique. Mariano Rajoy a défendu sa décision.",
            &[
                a("Mariano Rajoy", Person, Some("ESP"), &["Mariano Rajoy"]),
                a("gouvernement Rajoy", Government, Some("ESP"), &["gouvernement Rajoy"]),
                a("directeur de la télévision publique", Person, None, &["directeur de la télévision publique"]),
            ],
        ),
        exact(
            "L'administration Obama a accusé la Chine de piratage informatique.",
            &[
                a("administration Obama", Government, USA, &["administration Obama"]),
                a("Chine", Country, Some("CHN"), &["Chine"]),
            ],
        ),
        // A body followed by a name it does not take: the name stands
        // alone after a verb.
        exact(
            "Le gouvernement a salué Mariano Rajoy.",
            &[
                a("Mariano Rajoy", Person, Some("ESP"), &["Mariano Rajoy"]),
                a("gouvernement", Government, None, &["gouvernement"]),
            ],
        ),
        // A description stops before an infinitive the lexicon does not
        // know, with its complement (`de mentir aux électeurs`).
        exact(
            "La classe politique française a accusé le gouvernement de mentir aux électeurs.",
            &[
                a("classe politique française", Group, FRA, &["classe politique française"]),
                a("gouvernement", Government, None, &["gouvernement"]),
            ],
        ),
        // An infinitive the lexicon knows ends a description wherever it
        // stands, with no complement after it too.
        exact(
            "Les syndicats ont accusé le gouvernement de mentir.",
            &[a("syndicats", Group, None, &["syndicats"]), a("gouvernement", Government, None, &["gouvernement"])],
        ),
        exact(
            "L'opposition reproche au gouvernement de trahir ses promesses.",
            &[a("opposition", Group, None, &["opposition"]), a("gouvernement", Government, None, &["gouvernement"])],
        ),
        // A collective named by a phrase: `la classe politique`.
        exact(
            "La classe politique française a dénoncé la décision du gouvernement.",
            &[
                a("classe politique française", Group, FRA, &["classe politique française"]),
                a("gouvernement", Government, None, &["gouvernement"]),
            ],
        ),
    ]);
}
