//! The typed entries of the lexicon files, parsed from their TSV text.

use super::tsv::{Row, rows};
use crate::analysis::{ActorKind, CountryCode, CueClass, EventType};
use crate::error::Error;

/// Gender and number of an inflected form: 0 ms, 1 fs, 2 mp, 3 fp.
pub(crate) type GenderNumber = u8;
pub(crate) const MS: GenderNumber = 0;
pub(crate) const FS: GenderNumber = 1;
pub(crate) const MP: GenderNumber = 2;
pub(crate) const FP: GenderNumber = 3;

/// A state or territory.
#[derive(Clone, Debug)]
pub(crate) struct Country {
    pub code: CountryCode,
    /// French names, the usual one first, with their article.
    pub names: Vec<String>,
    /// Demonym adjectives, four forms a set.
    pub demonyms: Vec<[String; 4]>,
    pub capitals: Vec<String>,
    pub seats: Vec<String>,
}

/// The class of an organisation, which decides what common nouns refer
/// back to it (`le parti`, `le syndicat`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum OrgClass {
    Alliance,
    Igo,
    Court,
    Party,
    Union,
    Ngo,
    Media,
    Agency,
    Company,
    Armed,
    Movement,
    Religious,
    Sports,
    Legislature,
    Executive,
    Other,
}

impl OrgClass {
    pub(crate) const ALL: [OrgClass; 16] = [
        OrgClass::Alliance,
        OrgClass::Igo,
        OrgClass::Court,
        OrgClass::Party,
        OrgClass::Union,
        OrgClass::Ngo,
        OrgClass::Media,
        OrgClass::Agency,
        OrgClass::Company,
        OrgClass::Armed,
        OrgClass::Movement,
        OrgClass::Religious,
        OrgClass::Sports,
        OrgClass::Legislature,
        OrgClass::Executive,
        OrgClass::Other,
    ];

    pub(crate) fn parse(s: &str) -> Option<OrgClass> {
        Some(match s {
            "alliance" => OrgClass::Alliance,
            "igo" => OrgClass::Igo,
            "court" => OrgClass::Court,
            "party" => OrgClass::Party,
            "union" => OrgClass::Union,
            "ngo" => OrgClass::Ngo,
            "media" => OrgClass::Media,
            "agency" => OrgClass::Agency,
            "company" => OrgClass::Company,
            "armed" => OrgClass::Armed,
            "movement" => OrgClass::Movement,
            "religious" => OrgClass::Religious,
            "sports" => OrgClass::Sports,
            "legislature" => OrgClass::Legislature,
            "executive" => OrgClass::Executive,
            "other" => OrgClass::Other,
            _ => return None,
        })
    }

    /// A bit for sets of classes.
    pub(crate) fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A named organisation.
#[derive(Clone, Debug)]
pub(crate) struct Org {
    pub key: String,
    pub kind: ActorKind,
    pub class: OrgClass,
    pub country: Option<CountryCode>,
    pub names: Vec<String>,
}

/// A well-known person.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    pub key: String,
    pub names: Vec<String>,
    pub feminine: bool,
    pub country: Option<CountryCode>,
    /// `(role words, country or organisation key)`, the role words folded
    /// (lower case, composed accents) as the grammar compares them.
    pub roles: Vec<(String, Option<String>)>,
}

/// The class of a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum RoleClass {
    HeadOfState,
    HeadOfGovernment,
    Minister,
    Diplomat,
    Spokesperson,
    Leader,
    Official,
    Military,
    Judicial,
    Legislator,
    Religious,
    Expert,
    Journalist,
    Other,
}

impl RoleClass {
    fn parse(s: &str) -> Option<RoleClass> {
        Some(match s {
            "head_of_state" => RoleClass::HeadOfState,
            "head_of_government" => RoleClass::HeadOfGovernment,
            "minister" => RoleClass::Minister,
            "diplomat" => RoleClass::Diplomat,
            "spokesperson" => RoleClass::Spokesperson,
            "leader" => RoleClass::Leader,
            "official" => RoleClass::Official,
            "military" => RoleClass::Military,
            "judicial" => RoleClass::Judicial,
            "legislator" => RoleClass::Legislator,
            "religious" => RoleClass::Religious,
            "expert" => RoleClass::Expert,
            "journalist" => RoleClass::Journalist,
            "other" => RoleClass::Other,
            _ => return None,
        })
    }
}

/// A title or function of a person, in its four forms.
#[derive(Clone, Debug)]
pub(crate) struct Role {
    pub forms: [Option<String>; 4],
    pub class: RoleClass,
}

/// The class of a state body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum BodyClass {
    Executive,
    Ministry,
    Presidency,
    Military,
    Police,
    Intelligence,
    Legislature,
    Judiciary,
    Electoral,
    Local,
    Other,
}

impl BodyClass {
    fn parse(s: &str) -> Option<BodyClass> {
        Some(match s {
            "executive" => BodyClass::Executive,
            "ministry" => BodyClass::Ministry,
            "presidency" => BodyClass::Presidency,
            "military" => BodyClass::Military,
            "police" => BodyClass::Police,
            "intelligence" => BodyClass::Intelligence,
            "legislature" => BodyClass::Legislature,
            "judiciary" => BodyClass::Judiciary,
            "electoral" => BodyClass::Electoral,
            "local" => BodyClass::Local,
            "other" => BodyClass::Other,
            _ => return None,
        })
    }
}

/// A state body named by a common noun (`l'armée`, `le gouvernement`).
#[derive(Clone, Debug)]
pub(crate) struct Body {
    /// Singular and plural.
    pub forms: [Option<String>; 2],
    pub feminine: bool,
}

/// A noun for an unnamed collective (`les manifestants`).
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub forms: [Option<String>; 2],
    pub feminine: bool,
    pub class: String,
    pub kind: ActorKind,
}

/// A common noun that refers back to an organisation, or a document that
/// speaks for its issuer.
#[derive(Clone, Debug)]
pub(crate) struct OrgNoun {
    pub forms: [Option<String>; 2],
    pub feminine: bool,
    /// Bits of [`OrgClass::bit`]; all bits for `any`.
    pub classes: u32,
    pub document: bool,
}

/// A place that is not an actor.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub name: String,
}

/// A given name.
#[derive(Clone, Debug)]
pub(crate) struct FirstName {
    pub name: String,
    pub feminine: Option<bool>,
}

/// The constructions a reporting verb takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Frames(pub u8);

impl Frames {
    pub const QUE: u8 = 1;
    pub const DE: u8 = 2;
    pub const OBJ: u8 = 4;
    pub const COLON: u8 = 8;
    pub const INCISE: u8 = 16;
    pub const SI: u8 = 32;
    pub const A: u8 = 64;
    /// `V X que …` where X is the person told (`prévenir ses troupes que`):
    /// a noun phrase between the verb and `que` is no antecedent of a
    /// relative `que`.
    pub const TELL: u8 = 128;

    pub fn has(self, f: u8) -> bool {
        self.0 & f != 0
    }
}

/// A reporting cue.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    pub lemma: String,
    pub class: CueClass,
    pub frames: Frames,
}

/// Where an event argument is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    Subject,
    Object,
    /// After a preposition (`à`, `contre`, `avec`, `de`, `sur`, `envers`, `par`).
    Prep(String),
}

/// An event pattern.
#[derive(Clone, Debug)]
pub(crate) struct EventPattern {
    pub id: String,
    pub lemma: String,
    pub noun: bool,
    pub kind: EventType,
    pub cameo: String,
    pub source: Vec<Slot>,
    pub target: Vec<Slot>,
    pub reciprocal: bool,
    pub infinitive: bool,
    pub future: bool,
    /// Nouns one of which the object must be (`retirer ses troupes`).
    pub objects: Vec<String>,
}

fn country_code(row: &Row, field: &str) -> Result<Option<CountryCode>, Error> {
    match row.get(field) {
        None => Ok(None),
        Some(code) => CountryCode::new(code)
            .map(Some)
            .ok_or_else(|| row.error(field, format!("not an ISO 3166-1 alpha-3 code: {code:?}"))),
    }
}

fn gender(row: &Row, field: &str) -> Result<Option<bool>, Error> {
    match row.get(field) {
        Some("m") => Ok(Some(false)),
        Some("f") => Ok(Some(true)),
        Some("e") | None => Ok(None),
        Some(other) => Err(row.error(field, format!("expected m, f or e, found {other:?}"))),
    }
}

fn forms<const N: usize>(row: &Row, field: &str) -> Result<[Option<String>; N], Error> {
    let value = row.required(field)?;
    let parts: Vec<&str> = value.split('|').map(str::trim).collect();
    if parts.len() != N {
        return Err(row.error(field, format!("expected {N} forms separated by |, found {}", parts.len())));
    }
    Ok(std::array::from_fn(|i| Some(parts[i]).filter(|p| !p.is_empty() && *p != "-").map(str::to_string)))
}

pub(crate) fn parse_countries(source: &str, text: &str, out: &mut Vec<Country>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["iso3", "names", "demonyms", "capitals", "seats"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let code = country_code(&row, "iso3")?.ok_or_else(|| row.error("iso3", "a code is required"))?;
        let mut demonyms = Vec::new();
        for set in row.get("demonyms").into_iter().flat_map(|d| d.split(';')) {
            let parts: Vec<&str> = set.split('|').map(str::trim).collect();
            if parts.len() != 4 {
                return Err(row.error("demonyms", format!("expected 4 forms (ms|fs|mp|fp) in {set:?}")));
            }
            demonyms.push(std::array::from_fn(|i| parts[i].to_string()));
        }
        out.push(Country {
            code,
            names: row.list("names").map(str::to_string).collect(),
            demonyms,
            capitals: row.list("capitals").map(str::to_string).collect(),
            seats: row.list("seats").map(str::to_string).collect(),
        });
    }
    Ok(())
}

pub(crate) fn parse_orgs(source: &str, text: &str, out: &mut Vec<Org>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["key", "kind", "class", "country", "names"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let kind = row.required("kind")?;
        let kind = ActorKind::parse(kind).ok_or_else(|| row.error("kind", format!("unknown kind {kind:?}")))?;
        let class = row.required("class")?;
        let class = OrgClass::parse(class).ok_or_else(|| row.error("class", format!("unknown class {class:?}")))?;
        out.push(Org {
            key: row.required("key")?.to_string(),
            kind,
            class,
            country: country_code(&row, "country")?,
            names: row.list("names").map(str::to_string).collect(),
        });
    }
    Ok(())
}

pub(crate) fn parse_persons(source: &str, text: &str, out: &mut Vec<Person>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["key", "names", "gender", "country", "roles"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let roles = row
            .list("roles")
            .map(|r| match r.rsplit_once(':') {
                Some((role, whose)) => (crate::text::fold::fold(role.trim()), Some(whose.trim().to_string())),
                None => (crate::text::fold::fold(r), None),
            })
            .collect();
        out.push(Person {
            key: row.required("key")?.to_string(),
            names: row.list("names").map(str::to_string).collect(),
            feminine: gender(&row, "gender")?.unwrap_or(false),
            country: country_code(&row, "country")?,
            roles,
        });
    }
    Ok(())
}

pub(crate) fn parse_roles(source: &str, text: &str, out: &mut Vec<Role>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["forms", "class"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let class = row.required("class")?;
        let class = RoleClass::parse(class).ok_or_else(|| row.error("class", format!("unknown class {class:?}")))?;
        out.push(Role { forms: forms::<4>(&row, "forms")?, class });
    }
    Ok(())
}

pub(crate) fn parse_bodies(source: &str, text: &str, out: &mut Vec<Body>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["forms", "gender", "class"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let class = row.required("class")?;
        let class = BodyClass::parse(class).ok_or_else(|| row.error("class", format!("unknown class {class:?}")))?;
        let _: BodyClass = class;
        out.push(Body { forms: forms::<2>(&row, "forms")?, feminine: gender(&row, "gender")?.unwrap_or(false) });
    }
    Ok(())
}

pub(crate) fn parse_groups(source: &str, text: &str, out: &mut Vec<Group>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["forms", "gender", "class", "kind"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let kind = row.required("kind")?;
        let kind = ActorKind::parse(kind).ok_or_else(|| row.error("kind", format!("unknown kind {kind:?}")))?;
        out.push(Group {
            forms: forms::<2>(&row, "forms")?,
            feminine: gender(&row, "gender")?.unwrap_or(false),
            class: row.required("class")?.to_string(),
            kind,
        });
    }
    Ok(())
}

pub(crate) fn parse_org_nouns(source: &str, text: &str, out: &mut Vec<OrgNoun>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["forms", "gender", "classes"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let mut classes = 0;
        let mut document = false;
        for class in row.required("classes")?.split(',').map(str::trim) {
            match class {
                "any" => classes = u32::MAX,
                "document" => document = true,
                c => {
                    classes |=
                        OrgClass::parse(c).ok_or_else(|| row.error("classes", format!("unknown class {c:?}")))?.bit()
                }
            }
        }
        out.push(OrgNoun {
            forms: forms::<2>(&row, "forms")?,
            feminine: gender(&row, "gender")?.unwrap_or(false),
            classes,
            document,
        });
    }
    Ok(())
}

pub(crate) fn parse_places(source: &str, text: &str, out: &mut Vec<Place>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["name", "class", "country"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        // The country is checked, though the grammar only needs the name.
        country_code(&row, "country")?;
        out.push(Place { name: row.required("name")?.to_string() });
    }
    Ok(())
}

pub(crate) fn parse_first_names(source: &str, text: &str, out: &mut Vec<FirstName>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["name", "gender"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        out.push(FirstName { name: row.required("name")?.to_string(), feminine: gender(&row, "gender")? });
    }
    Ok(())
}

pub(crate) fn parse_cues(source: &str, text: &str, out: &mut Vec<Cue>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["lemma", "class", "frames"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let class = row.required("class")?;
        let class = CueClass::parse(class).ok_or_else(|| row.error("class", format!("unknown class {class:?}")))?;
        let mut frames = 0;
        for frame in row.get("frames").into_iter().flat_map(|f| f.split(',')).map(str::trim) {
            frames |= match frame {
                "que" => Frames::QUE,
                "de" => Frames::DE,
                "obj" => Frames::OBJ,
                "colon" => Frames::COLON,
                "incise" => Frames::INCISE,
                "si" => Frames::SI,
                "a" | "à" => Frames::A,
                "tell" => Frames::TELL,
                other => return Err(row.error("frames", format!("unknown frame {other:?}"))),
            };
        }
        out.push(Cue { lemma: row.required("lemma")?.to_string(), class, frames: Frames(frames) });
    }
    Ok(())
}

fn slots(row: &Row, field: &str) -> Result<Vec<Slot>, Error> {
    let mut out = Vec::new();
    for slot in row.get(field).into_iter().flat_map(|f| f.split(',')).map(str::trim).filter(|s| !s.is_empty()) {
        out.push(match slot {
            "subj" => Slot::Subject,
            "obj" => Slot::Object,
            "-" => continue,
            p if p.chars().all(|c| c.is_alphabetic() || c == '\'') => {
                Slot::Prep(p.trim_start_matches("prep:").to_string())
            }
            p if p.starts_with("prep:") => Slot::Prep(p["prep:".len()..].to_string()),
            other => return Err(row.error(field, format!("unknown slot {other:?}"))),
        });
    }
    Ok(out)
}

pub(crate) fn parse_events(source: &str, text: &str, out: &mut Vec<EventPattern>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["id", "lemma", "pos", "type", "cameo", "source", "target", "flags"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let kind = row.required("type")?;
        let kind = EventType::parse(kind).ok_or_else(|| row.error("type", format!("unknown PLOVER type {kind:?}")))?;
        let noun = match row.required("pos")? {
            "v" => false,
            "n" => true,
            other => return Err(row.error("pos", format!("expected v or n, found {other:?}"))),
        };
        let (mut reciprocal, mut infinitive, mut future, mut objects) = (false, false, false, Vec::new());
        for flag in row.get("flags").into_iter().flat_map(|f| f.split(',')).map(str::trim) {
            match flag {
                "recip" => reciprocal = true,
                "inf" => infinitive = true,
                "future" => future = true,
                "-" | "" => {}
                f if f.starts_with("obj=") => objects.extend(f["obj=".len()..].split('|').map(str::to_string)),
                other => return Err(row.error("flags", format!("unknown flag {other:?}"))),
            }
        }
        out.push(EventPattern {
            id: row.required("id")?.to_string(),
            lemma: row.required("lemma")?.to_string(),
            noun,
            kind,
            cameo: row.get("cameo").unwrap_or("").to_string(),
            source: slots(&row, "source")?,
            target: slots(&row, "target")?,
            reciprocal,
            infinitive,
            future,
            objects,
        });
    }
    Ok(())
}

/// What a verb does in a verb group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// `être`, `avoir`.
    Auxiliary,
    /// `pouvoir`, `devoir`, `vouloir`: the infinitive after it carries the
    /// meaning.
    Modal,
    /// `aller` + infinitive: a near future.
    Future,
    /// `sembler`, `rester`.
    Copula,
    /// Any other verb.
    Verb,
}

/// A head verb: an infinitive whose forms are in the vocabulary, and the
/// lemmas built on it (`mettre`, `mettre en garde`, `mettre en cause`).
#[derive(Clone, Debug)]
pub(crate) struct Verb {
    pub infinitive: String,
    pub class: VerbClass,
    /// Its compound tenses take `être` (`est venu`).
    pub etre: bool,
    /// The lemmas on this head, longest tail first.
    pub lemmas: Vec<u32>,
}

/// A verbal lemma of the cue and event lexicons.
#[derive(Clone, Debug)]
pub(crate) struct Lemma {
    /// As the lexicon writes it: `se féliciter`, `mettre en garde`.
    #[cfg_attr(not(feature = "debug-dump"), allow(dead_code))]
    pub text: String,
    /// Folded keys of the fixed words after the verb (`en garde`).
    pub tail: Vec<String>,
    pub pronominal: bool,
    /// The fixed clitic of `s'en prendre`.
    pub clitic: Option<String>,
    pub cue: Option<u32>,
    pub events: Vec<u32>,
}

pub(crate) fn parse_verbs(source: &str, text: &str, out: &mut Vec<(String, VerbClass)>) -> Result<(), Error> {
    const COLUMNS: &[&str] = &["lemma", "class"];
    for row in rows(source, text, COLUMNS) {
        let row = row?;
        let class = match row.required("class")? {
            "aux" => VerbClass::Auxiliary,
            "modal" => VerbClass::Modal,
            "future" => VerbClass::Future,
            "copula" => VerbClass::Copula,
            "verb" => VerbClass::Verb,
            other => return Err(row.error("class", format!("unknown class {other:?}"))),
        };
        out.push((row.required("lemma")?.to_string(), class));
    }
    Ok(())
}
