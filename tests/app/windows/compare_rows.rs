//! Compare's change list: a click on every kind of row shows that item in the
//! inspector; a row of something the open map no longer has shows it read-only
//! with nothing selected, so Delete cannot act on a card out of sight.

use eframe::egui::Key;
use egui_kittest::kittest::Queryable;
use wayline::app::Focus;
use wayline::diff::ChangeKind;
use wayline::model::{Card, Details, ItemRef, Stage};

use super::*;

/// The sample edited in every way a row can name: a card's text edited, one
/// removed, one moved to another stage, one added, a stage renamed, a stage
/// added and an emotion score changed.
fn edited(old: &Map) -> Map {
    let mut new = old.clone();
    let actions = cards_in(old, LaneKind::Actions);
    new.card_mut(&actions[0]).unwrap().text = "Porównuje ceny — 比较价格".into();
    new.cards.retain(|c| c.id != actions[1]);
    let moved = new.card_mut(&actions[3]).unwrap();
    moved.stage = old.stages[3].id.clone();
    moved.step = None;
    let lane = old.card(&actions[2]).unwrap().lane.clone();
    let added = Card::new(
        new.ids().card(),
        lane,
        old.stages[1].id.clone(),
        "Nowa karta 新卡片",
    );
    new.cards.push(added);
    new.stages[0].name = "Odkrywanie 发现".into();
    let stage = Stage::new(new.ids().stage(), "Polecenie 推荐");
    new.stages.push(stage);
    let scored = new
        .cards
        .iter_mut()
        .find(|c| matches!(c.details, Details::Emotion { .. }))
        .unwrap();
    if let Details::Emotion { score, .. } = &mut scored.details {
        *score = if *score > 0 { -3 } else { 3 };
    }
    new
}

#[test]
fn every_kind_of_change_row_shows_its_item_in_the_inspector() {
    let dir = temp_dir("compare-rows");
    let old = sample();
    let new = edited(&old);
    let (old_path, new_path) = (dir.join("v1.journey.ron"), dir.join("v2.journey.ron"));
    wayline::io::save(&old, &old_path).unwrap();
    wayline::io::save(&new, &new_path).unwrap();
    let mut h = harness(app_on(Some(&new_path), &dir));
    h.state_mut().compare_with_file(old_path);
    step_while(&mut h, WaylineApp::is_loading_comparison);
    let changes = h.state().comparison().unwrap().changes.clone();
    let kinds: Vec<ChangeKind> = changes.iter().map(|c| c.kind).collect();
    for kind in [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Moved,
        ChangeKind::Renamed,
        ChangeKind::Edited,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} in {kinds:?}");
    }

    for change in &changes {
        let row = wayline::diff::groups::friendly(change, &old, &new);
        // Something else selected first: the row must not leave it selected.
        let other = new.cards.iter().find(|c| c.details.is_none()).unwrap();
        h.state_mut().selected = [other.id.clone()].into();
        h.state_mut().focus = Focus::Card(other.id.clone());
        h.get_all_by_label(&row).next().unwrap().click();
        h.run_steps(3);
        let state = h.state();
        match &change.item {
            ItemRef::Card(id) if new.card(id).is_some() => {
                let card = new.card(id).unwrap();
                assert_eq!(state.focus, Focus::Card(id.clone()), "{row}");
                assert_eq!(state.selected, [id.clone()].into(), "{row}");
                let field = if matches!(card.details, Details::Emotion { .. }) {
                    "Label"
                } else {
                    "Text"
                };
                let value = h.get_by_label(field).value();
                assert_eq!(value.as_deref(), Some(card.text.as_str()), "{row}");
            }
            ItemRef::Card(id) => {
                assert_eq!(change.kind, ChangeKind::Removed);
                assert_eq!(state.focus, Focus::Removed(change.item.clone()), "{row}");
                assert!(state.selected.is_empty(), "nothing selected: {row}");
                h.get_by_label("Removed");
                h.get_by_label(&old.card(id).unwrap().text);
                // Delete acts on nothing: the map stays as it is.
                h.key_press(Key::Delete);
                h.run_steps(3);
                assert_eq!(h.state().doc.map, new, "Delete after {row}");
            }
            ItemRef::Stage(id) => {
                assert_eq!(state.focus, Focus::Stage(id.clone()), "{row}");
                assert!(state.selected.is_empty());
                let name = h.get_by_label("Name").value();
                assert_eq!(name.as_deref(), Some(new.stage(id).unwrap().name.as_str()));
            }
            ItemRef::Lane(id) => assert_eq!(state.focus, Focus::Lane(id.clone())),
            ItemRef::Map | ItemRef::Persona => assert_eq!(state.focus, Focus::Map),
        }
    }
    assert_eq!(h.state().doc.map, new, "looking changed nothing");
}

#[test]
fn in_polish_the_change_rows_speak_polish() {
    use wayline::app::i18n;
    use wayline::i18n::Language;
    i18n::set_language(Language::Pl);
    let dir = temp_dir("compare-rows-pl");
    let old = sample();
    let new = edited(&old);
    let (old_path, new_path) = (dir.join("v1.journey.ron"), dir.join("v2.journey.ron"));
    wayline::io::save(&old, &old_path).unwrap();
    wayline::io::save(&new, &new_path).unwrap();
    let mut h = harness(app_on(Some(&new_path), &dir));
    h.state_mut().compare_with_file(old_path);
    step_while(&mut h, WaylineApp::is_loading_comparison);
    let changes = h.state().comparison().unwrap().changes.clone();
    let added = changes
        .iter()
        .find(|c| c.kind == ChangeKind::Added && matches!(c.item, ItemRef::Card(_)))
        .unwrap();
    let row = wayline::export::changes::line(Language::Pl, added, &old, &new);
    let english = wayline::diff::groups::friendly(added, &old, &new);
    assert_ne!(row, english, "the Polish row differs from the English one");
    assert!(row.contains("Nowa karta 新卡片"), "{row}");
    // The row the window shows is the Polish one, and no English one is shown.
    assert!(h.query_all_by_label(&row).next().is_some(), "{row} shown");
    assert!(
        h.query_all_by_label(&english).next().is_none(),
        "{english} not shown"
    );
    i18n::set_language(Language::En);
}
