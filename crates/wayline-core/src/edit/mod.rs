//! Edits as data: every change to a map is a [`Command`] whose `apply` returns its
//! inverse, and [`History`] keeps those inverses for undo and redo. The editor only
//! produces commands; tests drive the model with commands and no window.

pub mod clipboard;
mod conflicts;
mod history;

pub use history::{History, State};

use crate::i18n::Language;
use crate::model::{
    Card, CardId, Conflict, Date, Lane, LaneId, Map, MapKind, Persona, Slot, Stage, StageId,
};

/// One change to a map.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Inserts a card at `index` in the map's card list (clamped).
    AddCard {
        card: Card,
        index: usize,
    },
    RemoveCard {
        id: CardId,
    },
    /// Replaces a card (text, details, colour, icon, cell) by one with the same id.
    SetCard {
        card: Card,
    },
    /// Moves a card to position `index` in the card list (which orders a cell).
    MoveCard {
        id: CardId,
        index: usize,
    },
    AddStage {
        stage: Stage,
        index: usize,
    },
    /// Removes a stage that has no cards (see [`Command::remove_stage`]).
    RemoveStage {
        id: StageId,
    },
    SetStage {
        stage: Stage,
    },
    MoveStage {
        id: StageId,
        index: usize,
    },
    AddLane {
        lane: Lane,
        index: usize,
    },
    /// Removes a lane that has no cards (see [`Command::remove_lane`]).
    RemoveLane {
        id: LaneId,
    },
    SetLane {
        lane: Lane,
    },
    MoveLane {
        id: LaneId,
        index: usize,
    },
    SetHeader {
        title: String,
        kind: MapKind,
        segment: String,
        description: String,
    },
    SetPersona {
        persona: Persona,
    },
    /// The map's language (`None`: guessed from its text).
    SetLanguage {
        language: Option<Language>,
    },
    SetDates {
        created: Date,
        updated: Date,
    },
    /// Records a merge conflict at `index` in `Map::conflicts` (clamped).
    AddConflict {
        conflict: Conflict,
        index: usize,
    },
    /// Drops the record of conflict `index` and changes nothing else; to resolve a
    /// conflict use [`Command::resolve_conflict`].
    RemoveConflict {
        index: usize,
    },
    /// Several commands as one undo step, applied in order.
    Batch(Vec<Command>),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    #[error("nothing with id {0:?} is in the map")]
    NotFound(String),
    #[error("{0} still has cards; remove them first")]
    NotEmpty(String),
    #[error("cannot resolve the conflict: {0}")]
    Unresolvable(String),
}

impl Command {
    /// Applies the command and returns the command that undoes it. On error the
    /// map is unchanged.
    pub fn apply(self, map: &mut Map) -> Result<Command, EditError> {
        match self {
            Command::AddCard { card, index } => {
                let index = index.min(map.cards.len());
                let id = card.id.clone();
                map.cards.insert(index, card);
                Ok(Command::RemoveCard { id })
            }
            Command::RemoveCard { id } => {
                let index = card_index(map, &id)?;
                let card = map.cards.remove(index);
                Ok(Command::AddCard { card, index })
            }
            Command::SetCard { card } => {
                let index = card_index(map, &card.id)?;
                let old = std::mem::replace(&mut map.cards[index], card);
                Ok(Command::SetCard { card: old })
            }
            Command::MoveCard { id, index } => {
                let from = card_index(map, &id)?;
                let card = map.cards.remove(from);
                map.cards.insert(index.min(map.cards.len()), card);
                Ok(Command::MoveCard { id, index: from })
            }
            Command::AddStage { stage, index } => {
                let index = index.min(map.stages.len());
                let id = stage.id.clone();
                map.stages.insert(index, stage);
                Ok(Command::RemoveStage { id })
            }
            Command::RemoveStage { id } => {
                let index = map
                    .stage_index(&id)
                    .ok_or_else(|| EditError::NotFound(id.0.clone()))?;
                if map.cards.iter().any(|c| c.stage == id) {
                    return Err(EditError::NotEmpty(format!(
                        "stage {:?}",
                        map.stages[index].name
                    )));
                }
                let stage = map.stages.remove(index);
                Ok(Command::AddStage { stage, index })
            }
            Command::SetStage { stage } => {
                let index = map
                    .stage_index(&stage.id)
                    .ok_or_else(|| EditError::NotFound(stage.id.0.clone()))?;
                let old = std::mem::replace(&mut map.stages[index], stage);
                Ok(Command::SetStage { stage: old })
            }
            Command::MoveStage { id, index } => {
                let from = map
                    .stage_index(&id)
                    .ok_or_else(|| EditError::NotFound(id.0.clone()))?;
                let stage = map.stages.remove(from);
                map.stages.insert(index.min(map.stages.len()), stage);
                Ok(Command::MoveStage { id, index: from })
            }
            Command::AddLane { lane, index } => {
                let index = index.min(map.lanes.len());
                let id = lane.id.clone();
                map.lanes.insert(index, lane);
                Ok(Command::RemoveLane { id })
            }
            Command::RemoveLane { id } => {
                let index = map
                    .lane_index(&id)
                    .ok_or_else(|| EditError::NotFound(id.0.clone()))?;
                if map.cards.iter().any(|c| c.lane == id) {
                    return Err(EditError::NotEmpty(format!(
                        "lane {:?}",
                        map.lanes[index].name
                    )));
                }
                let lane = map.lanes.remove(index);
                Ok(Command::AddLane { lane, index })
            }
            Command::SetLane { lane } => {
                let index = map
                    .lane_index(&lane.id)
                    .ok_or_else(|| EditError::NotFound(lane.id.0.clone()))?;
                let old = std::mem::replace(&mut map.lanes[index], lane);
                Ok(Command::SetLane { lane: old })
            }
            Command::MoveLane { id, index } => {
                let from = map
                    .lane_index(&id)
                    .ok_or_else(|| EditError::NotFound(id.0.clone()))?;
                let lane = map.lanes.remove(from);
                map.lanes.insert(index.min(map.lanes.len()), lane);
                Ok(Command::MoveLane { id, index: from })
            }
            Command::SetHeader {
                title,
                kind,
                segment,
                description,
            } => {
                let old = Command::SetHeader {
                    title: std::mem::replace(&mut map.title, title),
                    kind: std::mem::replace(&mut map.kind, kind),
                    segment: std::mem::replace(&mut map.segment, segment),
                    description: std::mem::replace(&mut map.description, description),
                };
                Ok(old)
            }
            Command::SetLanguage { language } => Ok(Command::SetLanguage {
                language: std::mem::replace(&mut map.language, language),
            }),
            Command::SetPersona { persona } => Ok(Command::SetPersona {
                persona: std::mem::replace(&mut map.persona, persona),
            }),
            Command::SetDates { created, updated } => Ok(Command::SetDates {
                created: std::mem::replace(&mut map.created, created),
                updated: std::mem::replace(&mut map.updated, updated),
            }),
            Command::AddConflict { conflict, index } => {
                let index = index.min(map.conflicts.len());
                map.conflicts.insert(index, conflict);
                Ok(Command::RemoveConflict { index })
            }
            Command::RemoveConflict { index } => {
                if index >= map.conflicts.len() {
                    return Err(EditError::NotFound(format!("conflict {}", index + 1)));
                }
                let conflict = map.conflicts.remove(index);
                Ok(Command::AddConflict { conflict, index })
            }
            Command::Batch(commands) => {
                let mut inverses = Vec::with_capacity(commands.len());
                for command in commands {
                    match command.apply(map) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what was applied so the map is unchanged.
                            for inverse in inverses.into_iter().rev() {
                                let _ = inverse.apply(map);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Command::Batch(inverses))
            }
        }
    }

    /// Removes a stage and every card in it, as one step.
    pub fn remove_stage(map: &Map, id: &StageId) -> Command {
        let mut commands: Vec<Command> = map
            .cards
            .iter()
            .filter(|c| &c.stage == id)
            .map(|c| Command::RemoveCard { id: c.id.clone() })
            .collect();
        commands.push(Command::RemoveStage { id: id.clone() });
        Command::Batch(commands)
    }

    /// Removes a lane and every card in it, as one step.
    pub fn remove_lane(map: &Map, id: &LaneId) -> Command {
        let mut commands: Vec<Command> = map
            .cards
            .iter()
            .filter(|c| &c.lane == id)
            .map(|c| Command::RemoveCard { id: c.id.clone() })
            .collect();
        commands.push(Command::RemoveLane { id: id.clone() });
        Command::Batch(commands)
    }

    /// Moves a card into a cell, before `before` (or at the cell's end), as one step.
    pub fn move_card_to(
        map: &Map,
        id: &CardId,
        to: Slot,
        before: Option<&CardId>,
    ) -> Option<Command> {
        let Slot { lane, stage, step } = to;
        let mut card = map.card(id)?.clone();
        card.lane = lane;
        card.stage = stage;
        card.step = step;
        // Position in the list: before the given card, or after the cell's last card.
        let mut rest: Vec<&Card> = map.cards.iter().filter(|c| &c.id != id).collect();
        let index = match before.and_then(|b| rest.iter().position(|c| &c.id == b)) {
            Some(i) => i,
            None => rest
                .iter()
                .rposition(|c| c.lane == card.lane && c.stage == card.stage)
                .map_or(rest.len(), |i| i + 1),
        };
        rest.clear();
        Some(Command::Batch(vec![
            Command::SetCard { card },
            Command::MoveCard {
                id: id.clone(),
                index,
            },
        ]))
    }
}

fn card_index(map: &Map, id: &CardId) -> Result<usize, EditError> {
    map.cards
        .iter()
        .position(|c| &c.id == id)
        .ok_or_else(|| EditError::NotFound(id.0.clone()))
}

#[cfg(test)]
mod tests;
