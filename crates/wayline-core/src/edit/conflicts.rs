//! Resolving merge conflicts as ordinary, undoable edits. A map's unresolved
//! conflicts are `map.conflicts` (each says what it is with
//! `Conflict::describe`); [`Command::resolve_conflict`] builds the one command
//! that takes our or their value for conflict N, keeps the map consistent, and
//! drops the record. Undo brings value and record back.

use std::collections::HashSet;

use super::{Command, EditError};
use crate::diff::fields;
use crate::model::{Card, CardId, Conflict, Details, ItemRef, Lane, Map, Side, Stage};

impl Command {
    /// The command that resolves conflict `index` of `map.conflicts` by taking
    /// `side`'s value: it sets the field (or keeps, replaces or removes the whole
    /// item), repairs what that change leaves dangling (a card's step, an
    /// opportunity's answers), and removes the record, together with records about
    /// items the resolution removed. Apply it like any command; its inverse undoes
    /// all of it.
    pub fn resolve_conflict(map: &Map, index: usize, side: Side) -> Result<Command, EditError> {
        let conflict = map
            .conflicts
            .get(index)
            .ok_or_else(|| EditError::NotFound(format!("conflict {}", index + 1)))?;
        let mut commands = Vec::new();
        if item_exists(map, &conflict.item) {
            commands.extend(take(map, conflict, side)?);
        }
        let mut after = map.clone();
        Command::Batch(commands.clone()).apply(&mut after)?;
        let repairs = repairs(&after);
        Command::Batch(repairs.clone()).apply(&mut after)?;
        commands.extend(repairs);
        refuse_new_errors(map, &after, conflict, side)?;
        // Drop this record and those about items that are now gone, last first.
        let mut stale: Vec<usize> = after
            .conflicts
            .iter()
            .enumerate()
            .filter(|&(i, c)| i == index || !item_exists(&after, &c.item))
            .map(|(i, _)| i)
            .collect();
        stale.sort_unstable_by(|a, b| b.cmp(a));
        commands.extend(
            stale
                .into_iter()
                .map(|index| Command::RemoveConflict { index }),
        );
        Ok(Command::Batch(commands))
    }

    /// Resolves every conflict of the map by taking `side`, as one command.
    ///
    /// One pass: each record's value is put in place on one working copy of
    /// the map (a record about an item an earlier one removed does nothing),
    /// then the repairs, the validation and the removal of all records run
    /// once. Resolving the records one by one copied and validated the whole
    /// map per record: minutes for a merge with thousands of conflicts.
    pub fn resolve_all_conflicts(map: &Map, side: Side) -> Result<Command, EditError> {
        let mut scratch = map.clone();
        let mut commands = Vec::new();
        for conflict in &map.conflicts {
            if !item_exists(&scratch, &conflict.item) {
                continue;
            }
            for command in take(&scratch, conflict, side)? {
                command.clone().apply(&mut scratch)?;
                commands.push(command);
            }
        }
        let repairs = repairs(&scratch);
        Command::Batch(repairs.clone()).apply(&mut scratch)?;
        commands.extend(repairs);
        if let Some(first) = map.conflicts.first() {
            refuse_new_errors(map, &scratch, first, side).map_err(|e| match e {
                EditError::Unresolvable(message) => EditError::Unresolvable(message.replacen(
                    &format!("for {}", first.item.describe(map)),
                    &format!("for all {} conflicts", map.conflicts.len()),
                    1,
                )),
                other => other,
            })?;
        }
        // Last first, so each removal is at the end of the list.
        commands.extend(
            (0..map.conflicts.len())
                .rev()
                .map(|index| Command::RemoveConflict { index }),
        );
        Ok(Command::Batch(commands))
    }
}

/// A conflict record is data from a file: the value it holds may be too long,
/// out of range or about another item. Refuses a resolution that leaves the map
/// with a validation error it did not have, so nothing invalid is ever written.
fn refuse_new_errors(
    before: &Map,
    after: &Map,
    conflict: &Conflict,
    side: Side,
) -> Result<(), EditError> {
    let (errors, _) = after.problems();
    if errors.is_empty() {
        return Ok(());
    }
    let old: HashSet<String> = before.problems().0.into_iter().map(|p| p.message).collect();
    let new: Vec<String> = errors
        .into_iter()
        .map(|p| p.message)
        .filter(|m| !old.contains(m))
        .collect();
    if new.is_empty() {
        return Ok(());
    }
    Err(EditError::Unresolvable(format!(
        "taking {side} for {} would make the map invalid: {}",
        conflict.item.describe(before),
        new.join("; ")
    )))
}

/// An item recorded whole must be the item the record is about: a record
/// filed under one card must not overwrite another.
fn same_id(recorded: &str, item: &ItemRef) -> Result<(), EditError> {
    match item.id() {
        Some(id) if id != recorded => Err(EditError::Unresolvable(format!(
            "the recorded {} is {}, but the conflict is about {}: the record is damaged",
            item.kind_label(),
            crate::model::escape::shorten_escaped(recorded, 64),
            crate::model::escape::shorten_escaped(id, 64),
        ))),
        _ => Ok(()),
    }
}

fn item_exists(map: &Map, item: &ItemRef) -> bool {
    match item {
        ItemRef::Map | ItemRef::Persona => true,
        ItemRef::Stage(id) => map.stage(id).is_some(),
        ItemRef::Lane(id) => map.lane(id).is_some(),
        ItemRef::Card(id) => map.card(id).is_some(),
    }
}

fn parse<T: serde::de::DeserializeOwned>(what: &str, ron: &str) -> Result<T, EditError> {
    crate::io::options()
        .from_str(ron)
        .map_err(|e| EditError::Unresolvable(format!("the recorded {what} does not read: {e}")))
}

/// The commands that put `side`'s value in place.
fn take(map: &Map, c: &Conflict, side: Side) -> Result<Vec<Command>, EditError> {
    let value = c.value(side);
    let bad = |e: String| EditError::Unresolvable(e);
    if let Some(field) = &c.field {
        let Some(value) = value else {
            // A record without values (a field that did not read): nothing to take.
            return Ok(Vec::new());
        };
        let command = match &c.item {
            ItemRef::Map => {
                let mut m = map.clone();
                fields::set_map_field(&mut m, field, value).map_err(bad)?;
                vec![
                    Command::SetHeader {
                        title: m.title,
                        kind: m.kind,
                        segment: m.segment,
                        description: m.description,
                    },
                    Command::SetDates {
                        created: m.created,
                        updated: m.updated,
                    },
                    Command::SetLanguage {
                        language: m.language,
                    },
                ]
            }
            ItemRef::Persona => {
                let mut persona = map.persona.clone();
                fields::set_persona_field(&mut persona, field, value).map_err(bad)?;
                vec![Command::SetPersona { persona }]
            }
            ItemRef::Stage(id) => {
                let mut stage = map.stage(id).cloned().ok_or_else(|| missing(id.as_str()))?;
                fields::set_stage_field(&mut stage, field, value).map_err(bad)?;
                vec![Command::SetStage { stage }]
            }
            ItemRef::Lane(id) => {
                let mut lane = map.lane(id).cloned().ok_or_else(|| missing(id.as_str()))?;
                fields::set_lane_field(&mut lane, field, value).map_err(bad)?;
                vec![Command::SetLane { lane }]
            }
            ItemRef::Card(id) => {
                let mut card = map.card(id).cloned().ok_or_else(|| missing(id.as_str()))?;
                fields::set_card_field(&mut card, field, value).map_err(bad)?;
                if map.stage(&card.stage).is_none() || map.lane(&card.lane).is_none() {
                    return Err(EditError::Unresolvable(format!(
                        "{} would go to a cell this map no longer has ({value})",
                        c.item.describe(map)
                    )));
                }
                vec![Command::SetCard { card }]
            }
        };
        return Ok(command);
    }
    if let Some(deleted_by) = c.deleted_by {
        if deleted_by != side {
            return Ok(Vec::new());
        }
        return Ok(match &c.item {
            ItemRef::Card(id) => vec![Command::RemoveCard { id: id.clone() }],
            ItemRef::Stage(id) => vec![Command::remove_stage(map, id)],
            ItemRef::Lane(id) => vec![Command::remove_lane(map, id)],
            ItemRef::Map | ItemRef::Persona => Vec::new(),
        });
    }
    // Added on both sides: the map shows ours; theirs replaces it.
    let Some(value) = value.filter(|_| side == Side::Theirs) else {
        return Ok(Vec::new());
    };
    Ok(match &c.item {
        ItemRef::Card(_) => {
            let card = parse::<Card>("card", value)?;
            same_id(card.id.as_str(), &c.item)?;
            vec![Command::SetCard { card }]
        }
        ItemRef::Stage(_) => {
            let stage = parse::<Stage>("stage", value)?;
            same_id(stage.id.as_str(), &c.item)?;
            vec![Command::SetStage { stage }]
        }
        ItemRef::Lane(_) => {
            let lane = parse::<Lane>("lane", value)?;
            same_id(lane.id.as_str(), &c.item)?;
            vec![Command::SetLane { lane }]
        }
        ItemRef::Map | ItemRef::Persona => Vec::new(),
    })
}

fn missing(id: &str) -> EditError {
    EditError::NotFound(id.to_string())
}

/// Edits that make a map consistent again after a resolution: cards whose step
/// is gone leave it, opportunities stop answering cards that are gone.
fn repairs(map: &Map) -> Vec<Command> {
    let ids: HashSet<&CardId> = map.cards.iter().map(|c| &c.id).collect();
    let mut commands = Vec::new();
    for card in &map.cards {
        let mut fixed = card.clone();
        if let Some(step) = &card.step
            && !map
                .stage(&card.stage)
                .is_some_and(|s| s.steps.iter().any(|x| &x.id == step))
        {
            fixed.step = None;
        }
        if let Details::Opportunity { answers, .. } = &mut fixed.details {
            answers.retain(|a| ids.contains(a));
        }
        if &fixed != card {
            commands.push(Command::SetCard { card: fixed });
        }
    }
    commands
}
