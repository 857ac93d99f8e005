//! Time expressions, form by form, on sentences written in the style of
//! news prose. Unless a case says otherwise the publication date is
//! Friday 10 December 2021.

use depeche::{Anchor, Extractor, Options, TimexType};

const PUBLISHED: &str = "2021-12-10";

/// The time expressions of `text` as (words, type, value, anchor).
fn times(text: &str, published: Option<&str>) -> Vec<(String, TimexType, String, Anchor)> {
    let mut options = Options::default();
    if let Some(date) = published {
        options = options.published(date.parse().unwrap());
    }
    let analysis = Extractor::new().analyze_with(text, &options).unwrap();
    analysis.times.iter().map(|t| (analysis.words(t.span).to_string(), t.kind, t.value.clone(), t.anchor)).collect()
}

/// Checks that `text` holds an expression with exactly `words`, of type
/// `kind` and value `value`.
fn check(text: &str, published: Option<&str>, words: &str, kind: TimexType, value: &str) {
    let found = times(text, published);
    let hit = found.iter().find(|(w, ..)| w == words);
    let Some((_, k, v, _)) = hit else { panic!("no expression {words:?} in {text:?}: {found:?}") };
    assert_eq!((*k, v.as_str()), (kind, value), "{words:?} in {text:?}");
}

use TimexType::{Date, Duration, Set, Time};

/// (sentence, words, type, value), published on 2021-12-10.
const CASES: &[(&str, &str, TimexType, &str)] = &[
    // Absolute dates.
    ("Le sommet s'est tenu le 7 décembre 2021 à Genève.", "le 7 décembre 2021", Date, "2021-12-07"),
    ("L'accord a été signé le 7/12/2021 à Minsk.", "le 7/12/2021", Date, "2021-12-07"),
    ("Les négociations ont repris en décembre 2021.", "décembre 2021", Date, "2021-12"),
    ("Le traité est entré en vigueur en 2021.", "2021", Date, "2021"),
    ("Les syndicats défileront le 1er mai.", "le 1er mai", Date, "2022-05-01"),
    ("Le bogue de l'an 2000 n'a pas eu lieu.", "l'an 2000", Date, "2000"),
    ("Le XXe siècle a connu deux guerres mondiales.", "Le XXe siècle", Date, "19XX"),
    ("Les années 1990 ont été marquées par la guerre.", "Les années 1990", Date, "199X"),
    ("Le groupe est né dans les années 60 à Liverpool.", "les années 60", Date, "196X"),
    ("La crise a éclaté le 10 novembre 93 près de Bordeaux.", "le 10 novembre 93", Date, "1993-11-10"),
    ("La loi sera votée début janvier.", "début janvier", Date, "2022-01"),
    ("Le projet a été lancé à la fin du XIXe siècle.", "la fin du XIXe siècle", Date, "18XX"),
    // Weekdays, alone or with a date.
    ("Le président a reçu lundi les syndicats.", "lundi", Date, "2021-12-06"),
    ("Le ministre se rendra lundi à Berlin.", "lundi", Date, "2021-12-13"),
    ("Le ministre se rendra lundi 13 décembre à Berlin.", "lundi 13 décembre", Date, "2021-12-13"),
    ("Les deux dirigeants se sont parlé lundi 6 décembre.", "lundi 6 décembre", Date, "2021-12-06"),
    ("Le Conseil s'est réuni lundi dernier.", "lundi dernier", Date, "2021-12-06"),
    ("Le Conseil se réunira mardi prochain.", "mardi prochain", Date, "2021-12-14"),
    ("Les obsèques seront célébrées le samedi 11 décembre.", "le samedi 11 décembre", Date, "2021-12-11"),
    ("L'armée a lancé jeudi une offensive.", "jeudi", Date, "2021-12-09"),
    // Deictic expressions.
    ("Le Parlement vote aujourd'hui le budget.", "aujourd'hui", Date, "2021-12-10"),
    ("Le Parlement a voté hier le budget.", "hier", Date, "2021-12-09"),
    ("Le Parlement a voté avant-hier le budget.", "avant-hier", Date, "2021-12-08"),
    ("Le Sénat votera demain le texte.", "demain", Date, "2021-12-11"),
    ("Le ministre a parlé ce matin à la radio.", "ce matin", Time, "2021-12-10TMO"),
    ("Les manifestants se sont dispersés hier soir.", "hier soir", Time, "2021-12-09TEV"),
    ("Le texte sera examiné cette semaine.", "cette semaine", Date, "2021-W49"),
    ("Le texte a été examiné la semaine dernière.", "la semaine dernière", Date, "2021-W48"),
    ("Le texte sera examiné le mois prochain.", "le mois prochain", Date, "2022-01"),
    ("Le chômage a baissé l'année dernière.", "l'année dernière", Date, "2020"),
    ("Le chômage a baissé l'an dernier.", "l'an dernier", Date, "2020"),
    ("Le chômage baissera l'an prochain.", "l'an prochain", Date, "2022"),
    ("Les combats ont redoublé ces derniers jours.", "ces derniers jours", Duration, "PXD"),
    ("Le pays votera ce week-end.", "ce week-end", Date, "2021-W49-WE"),
    ("Le chômage a baissé cette année.", "cette année", Date, "2021"),
    // Ago and in.
    ("Le conflit a commencé il y a deux ans.", "il y a deux ans", Date, "2019"),
    ("Les élections auront lieu dans trois mois.", "dans trois mois", Date, "2022-03"),
    ("Les troupes sont arrivées il y a une semaine.", "il y a une semaine", Date, "2021-12-03"),
    // Parts of the day.
    ("Les tirs ont repris mardi matin.", "mardi matin", Time, "2021-12-07TMO"),
    ("Le président s'exprimera jeudi soir.", "jeudi soir", Time, "2021-12-16TEV"),
    ("L'attaque a eu lieu dans la nuit de mercredi à jeudi.", "la nuit de mercredi à jeudi", Time, "2021-12-08TNI"),
    ("Le cortège est parti dimanche après-midi.", "dimanche après-midi", Time, "2021-12-05TAF"),
    ("Les blessés ont été évacués hier en début d'après-midi.", "hier en début d'après-midi", Time, "2021-12-09TAF"),
    // Clock times.
    ("La réunion commencera à 14 h 30.", "14 h 30", Time, "2021-12-10T14:30"),
    ("L'avion a décollé à 12H30 (11H30 GMT).", "12H30", Time, "2021-12-10T12:30"),
    ("L'avion a décollé à 12H30 (11H30 GMT).", "11H30 GMT", Time, "2021-12-10T11:30Z"),
    ("Le scrutin fermera à 20 heures.", "20 heures", Time, "2021-12-10T20:00"),
    ("Hier, vers midi, une femme est tombée.", "midi", Time, "2021-12-09T12:00"),
    ("Le match commencera samedi à 21 h.", "21 h", Time, "2021-12-11T21:00"),
    // Durations.
    ("Il a dirigé le pays pendant deux ans.", "deux ans", Duration, "P2Y"),
    ("La réunion a duré trente minutes.", "trente minutes", Duration, "PT30M"),
    ("Le hangar sert depuis un quart de siècle.", "un quart de siècle", Duration, "P25Y"),
    ("Les recherches ont duré plusieurs jours.", "plusieurs jours", Duration, "PXD"),
    ("Il devance son coéquipier de 30,4 secondes.", "30,4 secondes", Duration, "PT30.4S"),
    ("Le siège a duré vingt-cinq jours.", "vingt-cinq jours", Duration, "P25D"),
    ("Le siège a duré vingt et un jours.", "vingt et un jours", Duration, "P21D"),
    ("La guerre de Cent Ans a duré cent seize ans.", "cent seize ans", Duration, "P116Y"),
    ("La ville existe depuis deux mille ans.", "deux mille ans", Duration, "P2000Y"),
    ("Le chantier a duré quatre-vingt-dix jours.", "quatre-vingt-dix jours", Duration, "P90D"),
    ("Il a été condamné à dix-huit mois de prison.", "dix-huit mois", Duration, "P18M"),
    ("La région est disputée depuis un demi-siècle.", "un demi-siècle", Duration, "P50Y"),
    ("Le trajet prend environ une heure.", "environ une heure", Duration, "PT1H"),
    ("Le vote a duré une heure et demie.", "une heure et demie", Duration, "PT1H30M"),
    ("L'association durera plus de vingt ans.", "plus de vingt ans", Duration, "P20Y"),
    ("Le dossier traîne depuis des années.", "des années", Duration, "PXY"),
    ("La dette a doublé au cours des dix dernières années.", "dix dernières années", Duration, "P10Y"),
    ("La loi de 1905 a plus d'un siècle.", "plus d'un siècle", Duration, "P100Y"),
    // Recurrences.
    ("Le festival a lieu chaque année à Avignon.", "chaque année", Set, "P1Y"),
    ("Le marché se tient tous les lundis.", "tous les lundis", Set, "XXXX-WXX-1"),
    ("La population croît de 0,4 % par an.", "an", Set, "P1Y"),
    ("Le comité se réunit tous les deux ans.", "tous les deux ans", Set, "P2Y"),
    ("La bibliothèque ouvre uniquement le mercredi.", "le mercredi", Set, "XXXX-WXX-3"),
    // Vague references.
    ("Le ministère a déclaré plus tôt que Moscou insistait.", "plus tôt", Time, "PAST_REF"),
    ("Auparavant, chaque candidat aura été auditionné.", "Auparavant", Time, "PAST_REF"),
    ("La France préside actuellement le Conseil.", "actuellement", Time, "PRESENT_REF"),
    ("Le texte sera prochainement soumis au vote.", "prochainement", Time, "FUTURE_REF"),
    ("Les diplomates doivent maintenant agir.", "maintenant", Time, "PRESENT_REF"),
    ("Aujourd'hui, la ville a changé d'ambiance.", "Aujourd'hui", Time, "PRESENT_REF"),
    ("Rien ne justifie pour l'instant une intervention.", "pour l'instant", Time, "PRESENT_REF"),
    // Seasons and feast days.
    ("La fête du village aura lieu à la Pentecôte.", "la Pentecôte", Date, "2022-06-05"),
    ("Les familles se retrouveront à Noël.", "Noël", Date, "2021-12-25"),
    ("Des élections anticipées auront lieu à l'automne 2022.", "l'automne 2022", Date, "2022-FA"),
    (
        "Le ramassage aura lieu le premier dimanche du printemps.",
        "le premier dimanche du printemps",
        Date,
        "2022-03-20",
    ),
    ("Les stations affichent complet en hiver.", "hiver", Date, "XXXX-WI"),
];

#[test]
fn every_form_with_a_publication_date() {
    for &(text, words, kind, value) in CASES {
        check(text, Some(PUBLISHED), words, kind, value);
    }
}

#[test]
fn anaphoric_expressions_follow_the_narrative() {
    let text = "Le 3 décembre, les deux armées se sont retirées. Le lendemain, les négociations ont repris. \
                Trois jours plus tard, un accord a été signé. La veille, les combats avaient cessé. \
                Le jour même, le président a salué l'accord.";
    let found = times(text, Some(PUBLISHED));
    let expect = [
        ("Le 3 décembre", "2021-12-03", Anchor::PublicationDate),
        ("Le lendemain", "2021-12-04", Anchor::Narrative),
        ("Trois jours plus tard", "2021-12-07", Anchor::Narrative),
        ("La veille", "2021-12-06", Anchor::Narrative),
        ("Le jour même", "2021-12-06", Anchor::Narrative),
    ];
    assert_eq!(found.len(), expect.len(), "{found:?}");
    for ((w, _, v, a), (ew, ev, ea)) in found.iter().zip(expect) {
        assert_eq!((w.as_str(), v.as_str(), *a), (ew, ev, ea));
    }
    check(
        "Le 20 novembre, le cessez-le-feu a été rompu. Deux semaines auparavant, les troupes s'étaient massées.",
        Some(PUBLISHED),
        "Deux semaines auparavant",
        Date,
        "2021-11-06",
    );
}

#[test]
fn absolute_dates_are_anchored_absolute() {
    let found = times("Le sommet s'est tenu le 7 décembre 2021.", Some(PUBLISHED));
    assert_eq!(found[0].3, Anchor::Absolute);
    let found = times("Le sommet s'est tenu le 7 décembre.", Some(PUBLISHED));
    assert_eq!(found[0].3, Anchor::PublicationDate);
}

/// The user's article: the dates of its last two paragraphs.
const ARTICLE: &str = include_str!("../corpus/otan-russie.txt");

#[test]
fn the_users_article_with_a_publication_date() {
    let found = times(ARTICLE, Some(PUBLISHED));
    let get = |words: &str| found.iter().find(|(w, ..)| w == words).unwrap_or_else(|| panic!("{words}: {found:?}"));
    assert_eq!(get("Le 7 décembre").2, "2021-12-07");
    assert_eq!(get("Le 7 décembre").1, Date);
    let next = get("Le lendemain");
    assert_eq!((next.2.as_str(), next.3), ("2021-12-08", Anchor::Narrative));
    assert_eq!(get("plus tôt").2, "PAST_REF");
}

#[test]
fn the_users_article_without_a_publication_date() {
    let found = times(ARTICLE, None);
    let get = |words: &str| found.iter().find(|(w, ..)| w == words).unwrap_or_else(|| panic!("{words}: {found:?}"));
    assert_eq!(get("Le 7 décembre").2, "XXXX-12-07");
    assert_eq!(get("Le lendemain").2, "XXXX-12-08");
    assert_eq!(get("Le lendemain").3, Anchor::Narrative);
    assert_eq!(get("plus tôt").2, "PAST_REF");
}

#[test]
fn without_a_publication_date_relative_dates_stay_open() {
    let found = times("Le ministre a démissionné mardi. Il était arrivé le 3 mars.", None);
    assert_eq!(found[0].2, "XXXX-WXX-2");
    assert_eq!(found[1].2, "XXXX-03-03");
    assert!(found.iter().all(|t| t.3 == Anchor::None), "{found:?}");
}

#[test]
fn a_dateline_stands_for_the_publication_date() {
    let extractor = Extractor::new();
    let text = "29 mai 2012. - Le ministre a démissionné hier. Son successeur sera nommé jeudi.";
    let analysis = extractor.analyze(text).unwrap();
    assert_eq!(analysis.published.map(|d| d.to_string()).as_deref(), Some("2012-05-29"));
    assert_eq!(analysis.published_from, Anchor::Dateline);
    let values: Vec<(&str, &str, Anchor)> =
        analysis.times.iter().map(|t| (analysis.words(t.span), t.value.as_str(), t.anchor)).collect();
    assert_eq!(
        values,
        [
            ("29 mai 2012", "2012-05-29", Anchor::Absolute),
            ("hier", "2012-05-28", Anchor::Dateline),
            ("jeudi", "2012-05-31", Anchor::Dateline),
        ]
    );
    // A dateline without a year still places `hier`.
    let analysis = extractor.analyze("PARIS, 29 mai (AFP) - Le ministre a démissionné hier.").unwrap();
    assert_eq!(analysis.published, None);
    let hier = analysis.times.iter().find(|t| analysis.words(t.span) == "hier").unwrap();
    assert_eq!(hier.value, "XXXX-05-28");
}

#[test]
fn ages_and_counts_are_no_times() {
    for text in [
        "Jean Dupont, 87 ans, a été heurté par une voiture.",
        "Un chauffeur de bus de 38 ans a été agressé.",
        "La victime, âgée de 24 ans, a porté plainte.",
        "Le centre accueille les 6-16 ans et les moins de 17 ans.",
        "Plus de 2000 personnes ont manifesté.",
        "Le Conseil a adopté la résolution 1405.",
        "Le dernier album du groupe est sorti.",
        "Le village fête le Printemps des poètes.",
        "C'est une seconde chance pour le club.",
        "L'accord du Vendredi saint a été signé.",
    ] {
        let found = times(text, Some(PUBLISHED));
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn coordinated_dates_share_their_month() {
    let found = times("Le festival aura lieu du 19 au 23 juillet.", Some(PUBLISHED));
    let values: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(values, [("19", "2022-07-19"), ("23 juillet", "2022-07-23")]);
    let found = times("Il a été sanctionné en mai et juin derniers.", Some(PUBLISHED));
    let values: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(values, [("mai", "2021-05"), ("juin derniers", "2021-06")]);
    let found = times("Le sommet aura lieu samedi 11 et dimanche 12 décembre.", Some(PUBLISHED));
    let values: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(values, [("samedi 11", "2021-12-11"), ("dimanche 12 décembre", "2021-12-12")]);
    let found = times("Le pilote vole 24 heures sur 24 et 7 jours sur 7.", Some(PUBLISHED));
    let values: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(values, [("24 heures", "PT24H"), ("7 jours", "P7D")]);
    let found = times("Le parquet a requis de 8 à 24 mois de prison.", Some(PUBLISHED));
    let values: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(values, [("8", "P8M"), ("24 mois", "P24M")]);
}

#[test]
fn months_take_the_year_the_sentence_gives() {
    let found = times("Deux ruptures en 97 (en janvier rue Saint-Dizier, en octobre rue de Metz).", Some("1999-07-29"));
    let values: Vec<&str> = found.iter().map(|t| t.2.as_str()).collect();
    assert_eq!(values, ["1997", "1997-01", "1997-10"]);
}

mod properties {
    use depeche::{Extractor, Options};
    use proptest::prelude::*;

    /// Pieces of time expressions and their surroundings, in any order.
    fn timeish() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "le ",
            "la ",
            "l'",
            "les ",
            "ce ",
            "cette ",
            "de ",
            "du ",
            "d'",
            "au ",
            "à ",
            "en ",
            "dans ",
            "il y a ",
            "depuis ",
            "jusqu'au ",
            "chaque ",
            "tous ",
            "et ",
            "ou ",
            "environ ",
            "plus ",
            "moins ",
            "près ",
            "début ",
            "fin ",
            "mi-",
            "demi-",
            "un ",
            "une ",
            "deux ",
            "vingt-cinq ",
            "cent ",
            "mille ",
            "quatre-vingt ",
            "premier ",
            "dernier ",
            "prochain ",
            "suivant ",
            "précédent ",
            "lendemain ",
            "veille ",
            "même ",
            "jour ",
            "jour-là ",
            "semaine ",
            "mois ",
            "an ",
            "ans ",
            "année ",
            "années ",
            "siècle ",
            "heures ",
            "h ",
            "minutes ",
            "matin ",
            "soir ",
            "nuit ",
            "après-midi ",
            "midi ",
            "lundi ",
            "Dimanche ",
            "janvier ",
            "mars-avril ",
            "décembre ",
            "été ",
            "hiver ",
            "Noël ",
            "Pentecôte ",
            "hier ",
            "aujourd'hui ",
            "demain ",
            "maintenant ",
            "plus tôt ",
            "7 ",
            "31 ",
            "29 ",
            "0 ",
            "1er ",
            "XXe ",
            "60 ",
            "1990 ",
            "2021 ",
            "99 ",
            "14 h 30 ",
            "12H30 ",
            "24h ",
            "30,4 ",
            "1 000 ",
            "/",
            "-",
            ":",
            ",",
            ".",
            "(",
            ")",
            "« ",
            " »",
            "\n",
            "\n\n",
            "a ",
            "sera ",
            "est ",
            "était ",
            "se sont ",
            "annonce ",
            "PARIS, ",
            "(AFP) - ",
            "’",
            "e\u{301}",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn times_never_panic_and_stay_in_the_text(text in timeish(), dated in any::<bool>()) {
            let extractor = Extractor::new();
            let mut options = Options::default();
            if dated {
                options = options.published("2021-12-10".parse().unwrap());
            }
            let analysis = extractor.analyze_with(&text, &options).unwrap();
            let mut last = 0;
            for t in &analysis.times {
                prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                prop_assert!(t.span.start >= last, "times out of order");
                last = t.span.start;
                prop_assert!(!t.value.is_empty());
            }
        }
    }
}
