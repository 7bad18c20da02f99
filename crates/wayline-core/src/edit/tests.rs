//! Commands and history: each edit undoes exactly, and any sequence of edits
//! followed by as many undos gives back the original map.

use proptest::prelude::*;

use super::*;
use crate::model::{Details, LaneKind, Step, StepId};

fn sample() -> Map {
    crate::generate::map(4, 40, 5)
}

/// Builds a valid command for the map from random choices.
fn command_for(map: &Map, choice: u8, a: usize, b: usize, text: &str) -> Command {
    let card = |i: usize| map.cards[i % map.cards.len()].clone();
    let mut ids = map.ids();
    match choice % 12 {
        0 => Command::AddCard {
            card: Card::new(
                ids.card(),
                map.lanes[a % map.lanes.len()].id.clone(),
                map.stages[b % map.stages.len()].id.clone(),
                text,
            ),
            index: b,
        },
        1 if !map.cards.is_empty() => Command::RemoveCard { id: card(a).id },
        2 if !map.cards.is_empty() => {
            let mut c = card(a);
            c.text = text.to_string();
            Command::SetCard { card: c }
        }
        3 if !map.cards.is_empty() => Command::MoveCard {
            id: card(a).id,
            index: b,
        },
        4 => Command::AddStage {
            stage: Stage::new(ids.stage(), text),
            index: a,
        },
        5 if map.stages.len() > 1 => {
            Command::remove_stage(map, &map.stages[a % map.stages.len()].id)
        }
        6 => {
            let mut s = map.stages[a % map.stages.len()].clone();
            s.name = text.to_string();
            s.steps.push(Step {
                id: StepId::new(format!("step-{a}-{b}")),
                name: text.into(),
            });
            Command::SetStage { stage: s }
        }
        7 => Command::MoveStage {
            id: map.stages[a % map.stages.len()].id.clone(),
            index: b,
        },
        8 => Command::AddLane {
            lane: Lane::new(ids.lane(), text, LaneKind::ALL[a % 12]),
            index: b,
        },
        9 if map.lanes.len() > 1 => Command::remove_lane(map, &map.lanes[a % map.lanes.len()].id),
        10 => Command::MoveLane {
            id: map.lanes[a % map.lanes.len()].id.clone(),
            index: b,
        },
        _ => Command::SetHeader {
            title: text.into(),
            kind: MapKind::ALL[a % 4],
            segment: text.into(),
            description: String::new(),
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn edits_then_as_many_undos_give_back_the_map(
        steps in proptest::collection::vec((any::<u8>(), 0usize..100, 0usize..100, "[a-zżółć客户 ]{0,12}"), 1..25)
    ) {
        let original = sample();
        let mut map = original.clone();
        let mut history = History::default();
        let mut applied = 0;
        for (choice, a, b, text) in steps {
            let command = command_for(&map, choice, a, b, &text);
            if history.apply(&mut map, command, None).is_ok() {
                applied += 1;
            }
        }
        let edited = map.clone();
        for _ in 0..applied {
            prop_assert!(history.undo(&mut map));
        }
        prop_assert!(!history.undo(&mut map));
        prop_assert_eq!(&map, &original);
        for _ in 0..applied {
            prop_assert!(history.redo(&mut map));
        }
        prop_assert_eq!(&map, &edited);
    }
}

#[test]
fn a_drag_is_one_undo_step() {
    let mut map = sample();
    let original = map.clone();
    let mut history = History::default();
    let id = map
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Emotion { .. }))
        .unwrap()
        .id
        .clone();
    for score in [1, 2, 3, 2] {
        let mut card = map.card(&id).unwrap().clone();
        card.details = Details::Emotion {
            score,
            moment: None,
        };
        history
            .apply(&mut map, Command::SetCard { card }, Some(7))
            .unwrap();
    }
    history.seal();
    assert!(matches!(
        map.card(&id).unwrap().details,
        Details::Emotion { score: 2, .. }
    ));
    assert!(history.undo(&mut map));
    assert_eq!(map, original);
    assert!(!history.can_undo());
    assert!(history.redo(&mut map));
    assert!(matches!(
        map.card(&id).unwrap().details,
        Details::Emotion { score: 2, .. }
    ));
}

#[test]
fn removing_a_stage_takes_its_cards_and_undo_brings_them_back() {
    let mut map = sample();
    let original = map.clone();
    let stage = map.stages[1].id.clone();
    let mut history = History::default();
    let command = Command::remove_stage(&map, &stage);
    history.apply(&mut map, command, None).unwrap();
    assert!(map.stage(&stage).is_none());
    assert!(map.cards.iter().all(|c| c.stage != stage));
    assert!(
        map.validate().is_empty()
            || map
                .validate()
                .iter()
                .all(|p| p.level == crate::model::Level::Warning)
    );
    history.undo(&mut map);
    assert_eq!(map, original);
}

#[test]
fn failed_batch_leaves_the_map_unchanged() {
    let mut map = sample();
    let original = map.clone();
    let batch = Command::Batch(vec![
        Command::RemoveCard {
            id: map.cards[0].id.clone(),
        },
        Command::RemoveCard {
            id: CardId::new("no-such-card"),
        },
    ]);
    assert_eq!(
        batch.apply(&mut map),
        Err(EditError::NotFound("no-such-card".into()))
    );
    assert_eq!(map, original);
}

#[test]
fn move_card_to_another_cell_keeps_it_and_orders_it() {
    let mut map = sample();
    let card = map
        .cards
        .iter()
        .find(|c| !matches!(c.details, Details::Emotion { .. }))
        .unwrap()
        .clone();
    let target = crate::model::Slot {
        lane: map.lanes[0].id.clone(),
        stage: map.stages[3].id.clone(),
        step: None,
    };
    let first_in_cell = map
        .cards_in(&map.lanes[0].id, &map.stages[3].id)
        .next()
        .map(|c| c.id.clone());
    let command = Command::move_card_to(&map, &card.id, target, first_in_cell.as_ref()).unwrap();
    command.apply(&mut map).unwrap();
    let moved = map.card(&card.id).unwrap();
    assert_eq!(
        (&moved.lane, &moved.stage),
        (&map.lanes[0].id, &map.stages[3].id)
    );
    assert_eq!(
        map.cards_in(&map.lanes[0].id, &map.stages[3].id)
            .next()
            .unwrap()
            .id,
        card.id
    );
}

/// A command that renames the map: a small, always valid edit.
fn retitle(map: &Map, title: &str) -> Command {
    Command::SetHeader {
        title: title.to_string(),
        kind: map.kind,
        segment: map.segment.clone(),
        description: map.description.clone(),
    }
}

/// Applies `retitle` through the history.
fn edit(history: &mut History, map: &mut Map, title: &str, gesture: Option<u64>) {
    let command = retitle(map, title);
    history.apply(map, command, gesture).unwrap();
}

#[test]
fn undoing_back_to_the_saved_state_is_clean_again() {
    let mut map = sample();
    let mut history = History::default();
    assert!(history.is_saved(), "a fresh history is what was opened");
    edit(&mut history, &mut map, "one", None);
    assert!(!history.is_saved());
    history.mark_saved(history.state());
    assert!(history.is_saved());
    edit(&mut history, &mut map, "two", None);
    assert!(!history.is_saved());
    assert!(history.undo(&mut map));
    assert!(history.is_saved(), "back at the saved state");
    assert!(history.undo(&mut map));
    assert!(!history.is_saved(), "one step before the saved state");
    assert!(history.redo(&mut map));
    assert!(history.is_saved(), "redone to the saved state");
    assert!(history.redo(&mut map));
    assert!(!history.is_saved());
}

#[test]
fn an_edit_after_undoing_past_the_saved_state_makes_it_unreachable() {
    let mut map = sample();
    let mut history = History::default();
    edit(&mut history, &mut map, "one", None);
    history.mark_saved(history.state());
    assert!(history.undo(&mut map));
    edit(&mut history, &mut map, "other", None);
    assert!(!history.is_saved());
    assert!(history.undo(&mut map));
    assert!(
        !history.is_saved(),
        "the original state was not saved: the saved one is gone"
    );
    assert!(history.redo(&mut map));
    assert!(!history.is_saved());
}

#[test]
fn a_gesture_going_on_past_the_saved_state_leaves_it_behind() {
    let mut map = sample();
    let mut history = History::default();
    edit(&mut history, &mut map, "a", Some(3));
    let saving = history.state();
    // The save finishes after more typing in the same gesture.
    edit(&mut history, &mut map, "ab", Some(3));
    history.mark_saved(saving);
    assert!(
        !history.is_saved(),
        "the map changed since the save started"
    );
    assert!(history.undo(&mut map));
    assert!(!history.is_saved(), "the saved state was inside the step");
}

#[test]
fn a_save_ends_the_gesture_so_undo_comes_back_to_it() {
    let mut map = sample();
    let mut history = History::default();
    edit(&mut history, &mut map, "a", Some(3));
    history.mark_saved(history.state());
    edit(&mut history, &mut map, "ab", Some(3));
    assert!(!history.is_saved());
    assert!(history.undo(&mut map));
    assert_eq!(map.title, "a");
    assert!(history.is_saved());
}

#[test]
fn unsaved_work_is_never_clean_until_saved() {
    let mut map = sample();
    let mut history = History::unsaved();
    assert!(!history.is_saved());
    edit(&mut history, &mut map, "one", None);
    assert!(history.undo(&mut map));
    assert!(!history.is_saved());
    history.mark_saved(history.state());
    assert!(history.is_saved());
}

/// A conflict record is read from a file: `--take theirs` must not write an
/// over-long text, an out-of-range score, or another card's content.
#[test]
fn resolving_with_a_damaged_record_is_refused_and_changes_nothing() {
    use crate::model::{Conflict, ItemRef, MAX_TEXT_CHARS, Side};
    let base = sample();
    let emo = base
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Emotion { .. }))
        .unwrap()
        .id
        .clone();
    let first = base.cards[0].id.clone();
    let other = base.cards[1].clone();
    let record = |item: ItemRef, field: Option<&str>, theirs: String| Conflict {
        ours: Some(match field {
            Some("text") => "ours".to_string(),
            Some(_) => "0".to_string(),
            None => crate::diff::fields::ron_value(&base.cards[0]),
        }),
        item,
        field: field.map(str::to_string),
        base: None,
        theirs: Some(theirs),
        deleted_by: None,
        note: String::new(),
    };
    let mut impostor = other.clone();
    impostor.text = "overwritten".into();
    for (conflict, expect) in [
        (
            record(
                ItemRef::Card(first.clone()),
                Some("text"),
                "x".repeat(MAX_TEXT_CHARS + 1),
            ),
            "is 20001 characters long",
        ),
        (
            record(ItemRef::Card(emo), Some("score"), "9".into()),
            "emotion score 9 is outside",
        ),
        (
            record(
                ItemRef::Card(first.clone()),
                None,
                crate::diff::fields::ron_value(&impostor),
            ),
            "the record is damaged",
        ),
    ] {
        let mut map = base.clone();
        map.conflicts.push(conflict);
        let before = map.clone();
        for command in [
            Command::resolve_conflict(&map, 0, Side::Theirs),
            Command::resolve_all_conflicts(&map, Side::Theirs),
        ] {
            let err = command.unwrap_err().to_string();
            assert!(err.contains(expect), "{err}");
        }
        assert_eq!(map, before);
        assert_eq!(map.card(&other.id), Some(&other));
        // Ours is still a fine resolution.
        let ours = Command::resolve_conflict(&map, 0, Side::Ours).unwrap();
        ours.apply(&mut map).unwrap();
        assert!(map.conflicts.is_empty());
        assert!(map.problems().0.is_empty());
    }
}

/// Resolving every conflict of a big merge is one pass over the map, not one
/// copy of the map per conflict.
#[test]
fn resolving_thousands_of_conflicts_is_not_quadratic() {
    use crate::model::{Conflict, ItemRef, Side};
    let mut map = crate::generate::map(10, 5_000, 2);
    map.conflicts = map
        .cards
        .iter()
        .filter(|c| !matches!(c.details, Details::Emotion { .. }))
        .map(|c| Conflict {
            item: ItemRef::Card(c.id.clone()),
            field: Some("text".into()),
            base: None,
            ours: Some(c.text.clone()),
            theirs: Some(format!("theirs {}", c.id)),
            deleted_by: None,
            note: String::new(),
        })
        .collect();
    let n = map.conflicts.len();
    assert!(n >= 4_900, "{n}");
    let started = std::time::Instant::now();
    let command = Command::resolve_all_conflicts(&map, Side::Theirs).unwrap();
    let mut resolved = map.clone();
    let inverse = command.apply(&mut resolved).unwrap();
    let elapsed = started.elapsed();
    assert!(elapsed.as_secs() < 10, "{n} conflicts took {elapsed:?}");
    assert!(resolved.conflicts.is_empty());
    assert!(
        resolved
            .cards
            .iter()
            .filter(|c| !matches!(c.details, Details::Emotion { .. }))
            .all(|c| c.text == format!("theirs {}", c.id))
    );
    inverse.apply(&mut resolved).unwrap();
    assert_eq!(resolved, map);
}
