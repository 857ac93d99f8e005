//! Actors: who is who. Mentions are found per sentence, then resolved per
//! document into entities; the statement and event stages mark which
//! entities speak or act, and [`select`] turns the entities that matter
//! into the public [`Actor`]s.

pub(crate) mod mentions;
pub(crate) mod resolve;

use crate::analysis::{Actor, ActorKind, Mention as PublicMention, MentionForm};
use crate::grammar::Tagged;
use mentions::{Mention, Referent};
use resolve::{Resolution, slug};

/// Builds the public actors from the entities that are named or take part
/// in a statement or an event; returns them and, for each entity, its
/// actor index.
pub(crate) fn select(t: &Tagged, mentions: &[Mention], res: &Resolution) -> (Vec<Actor>, Vec<Option<usize>>) {
    let mut actors = Vec::new();
    let mut of_entity = vec![None; res.entities.len()];
    let mut used_keys = crate::hash::FxHashSet::default();
    for (e, entity) in res.entities.iter().enumerate() {
        if entity.mentions.is_empty() {
            continue;
        }
        // Named entities are actors; described ones only when they speak
        // or act (the guidelines' rule for state bodies and groups).
        let unknown_name =
            !entity.named && entity.mentions.iter().all(|&m| mentions[m].referent == Referent::UnknownName);
        let keep = if unknown_name {
            entity.participates || !entity.roles.is_empty()
        } else {
            entity.named || entity.participates
        };
        if !keep {
            continue;
        }
        let mut key = if entity.key.contains(':') { slug(&entity.name) } else { entity.key.clone() };
        if !used_keys.insert(key.clone()) {
            let mut n = 2;
            while !used_keys.insert(format!("{key}-{n}")) {
                n += 1;
            }
            key = format!("{key}-{n}");
        }
        let mut ms: Vec<PublicMention> = entity
            .mentions
            .iter()
            .map(|&m| {
                let mention = &mentions[m];
                // The first token of the words themselves, not of the
                // article before them (`l'OTAN`, `le FMI`).
                let first = mention
                    .tokens
                    .clone()
                    .find(|&k| t.doc.tokens[k].start as usize >= mention.span.start)
                    .unwrap_or(mention.tokens.start);
                let form = match mention.referent {
                    Referent::Capital(_) | Referent::Seat(_) => MentionForm::Metonym,
                    Referent::Pronoun => MentionForm::Pronoun,
                    r if r.is_description() => MentionForm::Description,
                    _ if t.is_all_caps(first) => MentionForm::Acronym,
                    _ => MentionForm::Name,
                };
                PublicMention { span: mention.span, form }
            })
            .collect();
        ms.sort_by_key(|m| (m.span.start, m.span.end));
        ms.dedup();
        let kind = if unknown_name
            && entity.kind == ActorKind::Person
            && entity.roles.is_empty()
            && entity.org_class.is_some()
        {
            ActorKind::Organization
        } else {
            entity.kind
        };
        of_entity[e] = Some(actors.len());
        actors.push(Actor {
            id: key,
            name: entity.name.clone(),
            kind,
            country: entity.country.map(|c| t.lex.countries[c as usize].code),
            mentions: ms,
        });
    }
    (actors, of_entity)
}
