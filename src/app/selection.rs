//! Moving the selection with the keyboard, as on a whiteboard: arrows to the
//! neighbouring card, Tab and Shift+Tab through the cards in reading order,
//! Enter or F2 to type into the selected card, Esc to clear the selection.
//! The view follows the card selected. Only read while no text field has
//! the keyboard.

use eframe::egui::{self, Key, Modifiers};

use super::{Focus, WaylineApp};
use crate::model::{CardId, Details, Map};
use crate::scene::Target;

/// One keyboard step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Left,
    Right,
    Up,
    Down,
    Next,
    Previous,
    Edit,
    Clear,
}

/// Takes the keys this module answers out of the frame's input.
pub fn keys(input: &mut egui::InputState, steps: &mut Vec<Step>) {
    let table = [
        (Modifiers::NONE, Key::ArrowLeft, Step::Left),
        (Modifiers::NONE, Key::ArrowRight, Step::Right),
        (Modifiers::NONE, Key::ArrowUp, Step::Up),
        (Modifiers::NONE, Key::ArrowDown, Step::Down),
        (Modifiers::SHIFT, Key::Tab, Step::Previous),
        (Modifiers::NONE, Key::Tab, Step::Next),
        (Modifiers::NONE, Key::Enter, Step::Edit),
        (Modifiers::NONE, Key::F2, Step::Edit),
        (Modifiers::NONE, Key::Escape, Step::Clear),
    ];
    for (modifiers, key, step) in table {
        if input.consume_key(modifiers, key) {
            steps.push(step);
        }
    }
}

/// Cards in reading order: stage by stage, lane by lane, then as the cell
/// orders them. Cards of hidden lanes are left out unless shown.
fn reading_order(map: &Map, hidden_shown: bool) -> Vec<&crate::model::Card> {
    let mut cards: Vec<(usize, usize, usize, &crate::model::Card)> = map
        .cards
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let lane = map.lane_index(&c.lane)?;
            if map.lanes[lane].hidden && !hidden_shown {
                return None;
            }
            Some((map.stage_index(&c.stage)?, lane, i, c))
        })
        .collect();
    cards.sort_by_key(|&(s, l, i, _)| (s, l, i));
    cards.into_iter().map(|(.., c)| c).collect()
}

/// The card a step goes to from `from` (the first card when nothing is
/// selected).
fn neighbour(map: &Map, hidden_shown: bool, from: Option<&CardId>, step: Step) -> Option<CardId> {
    let order = reading_order(map, hidden_shown);
    let Some(at) = from.and_then(|id| order.iter().position(|c| &c.id == id)) else {
        return order.first().map(|c| c.id.clone());
    };
    let here = order[at];
    let (stage, lane) = (map.stage_index(&here.stage)?, map.lane_index(&here.lane)?);
    let place = |c: &crate::model::Card| (map.stage_index(&c.stage), map.lane_index(&c.lane));
    let in_cell = |s: usize, l: usize| -> Vec<&crate::model::Card> {
        order
            .iter()
            .copied()
            .filter(|c| place(c) == (Some(s), Some(l)))
            .collect()
    };
    let index_in_cell = in_cell(stage, lane)
        .iter()
        .position(|c| c.id == here.id)
        .unwrap_or(0);
    let found = match step {
        Step::Next => order.get((at + 1) % order.len()).copied(),
        Step::Previous => order.get((at + order.len() - 1) % order.len()).copied(),
        Step::Left | Step::Right => {
            let stages: Vec<usize> = if step == Step::Right {
                (stage + 1..map.stages.len()).collect()
            } else {
                (0..stage).rev().collect()
            };
            stages.into_iter().find_map(|s| {
                let cell = in_cell(s, lane);
                cell.get(index_in_cell.min(cell.len().saturating_sub(1)))
                    .copied()
            })
        }
        Step::Up | Step::Down => {
            let cell = in_cell(stage, lane);
            let within = if step == Step::Down {
                cell.get(index_in_cell + 1).copied()
            } else {
                index_in_cell
                    .checked_sub(1)
                    .and_then(|i| cell.get(i).copied())
            };
            within.or_else(|| {
                let lanes: Vec<usize> = if step == Step::Down {
                    (lane + 1..map.lanes.len()).collect()
                } else {
                    (0..lane).rev().collect()
                };
                lanes.into_iter().find_map(|l| {
                    let cell = in_cell(stage, l);
                    if step == Step::Down {
                        cell.first().copied()
                    } else {
                        cell.last().copied()
                    }
                })
            })
        }
        Step::Edit | Step::Clear => None,
    };
    found.map(|c| c.id.clone())
}

/// The canvas target a card is drawn as.
pub fn target_of(map: &Map, id: &CardId) -> Target {
    match map.card(id).map(|c| &c.details) {
        Some(Details::Emotion { .. }) => Target::EmotionPoint(id.clone()),
        _ => Target::Card(id.clone()),
    }
}

/// Carries out one step.
pub fn apply(app: &mut WaylineApp, step: Step) {
    let current = match &app.focus {
        Focus::Card(id) => Some(id.clone()),
        _ => app.selected.iter().next_back().cloned(),
    };
    match step {
        Step::Clear => {
            app.selected.clear();
            app.focus = Focus::Map;
        }
        Step::Edit => {
            if let Some(id) = current.filter(|_| app.selected.len() <= 1) {
                super::canvas::edit_card(app, &id);
            }
        }
        _ => {
            let hidden_shown = app.canvas.show_hidden_lanes;
            if let Some(id) = neighbour(&app.doc.map, hidden_shown, current.as_ref(), step) {
                app.selected.clear();
                app.selected.insert(id.clone());
                app.focus = Focus::Card(id.clone());
                let target = target_of(&app.doc.map, &id);
                app.canvas.follow(target);
            }
        }
    }
}
