//! The merge conflicts window holds still: one click at one place resolves one
//! conflict, and the next conflict's button is then under the pointer.

use egui_kittest::kittest::Queryable;
use wayline::model::LaneKind;

use super::*;

/// A merged map with three conflicts, each on a card's text.
fn three_conflicts(dir: &Path) -> (PathBuf, Vec<CardId>) {
    let base = sample();
    let cards: Vec<CardId> = cards_in(&base, LaneKind::Actions)[..3].to_vec();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for (i, id) in cards.iter().enumerate() {
        ours.card_mut(id).unwrap().text = format!("Ours {i}: szukam opinii");
        theirs.card_mut(id).unwrap().text = format!("Theirs {i}: 比较价格");
    }
    let merged = wayline::merge::merge(&base, &ours, &theirs);
    let mut map = merged.map;
    if map.conflicts.is_empty() {
        map.conflicts = merged.conflicts;
    }
    assert_eq!(map.conflicts.len(), 3);
    let file = dir.join("merged.journey.ron");
    wayline::io::save(&map, &file).unwrap();
    (file, cards)
}

/// What the window shows: its rect and the first "Take theirs" button's.
fn window_and_button(h: &H) -> (egui::Rect, egui::Rect) {
    let window = h.get_by_label("Merge conflicts").rect();
    let button = h.get_all_by_label("Take theirs").next().unwrap().rect();
    (window, button)
}

#[test]
fn three_clicks_at_one_place_resolve_three_conflicts_one_each() {
    let dir = temp_dir("conflicts-3");
    let (file, cards) = three_conflicts(&dir);
    let mut h = harness(app_on(Some(&file), &dir));
    assert!(h.state().conflicts_window_open());
    let (window, button) = window_and_button(&h);
    let at = button.center();
    for n in 0..3 {
        assert_eq!(h.state().doc.map.conflicts.len(), 3 - n);
        if n > 0 {
            let (w, b) = window_and_button(&h);
            assert_eq!(w, window, "the window keeps its place and size");
            assert_eq!(
                b, button,
                "the next conflict's button is where the last was"
            );
        }
        click_at(&mut h, at);
        let map = &h.state().doc.map;
        assert_eq!(
            map.conflicts.len(),
            2 - n,
            "click {n} resolved one conflict"
        );
        assert_eq!(
            map.card(&cards[n]).unwrap().text,
            format!("Theirs {n}: 比较价格")
        );
        for later in &cards[n + 1..] {
            assert!(map.card(later).unwrap().text.starts_with("Ours"));
        }
    }
    // Each choice is one undo step.
    h.state_mut().queue(wayline::app::Action::Undo);
    h.run_steps(3);
    assert_eq!(h.state().doc.map.conflicts.len(), 1);
    assert!(
        h.state()
            .doc
            .map
            .card(&cards[2])
            .unwrap()
            .text
            .starts_with("Ours")
    );
}

#[test]
fn a_double_click_resolves_one_conflict() {
    let dir = temp_dir("conflicts-double");
    let (file, cards) = three_conflicts(&dir);
    let mut h = harness(app_on(Some(&file), &dir));
    let at = window_and_button(&h).1.center();
    h.hover_at(at);
    for pressed in [true, false, true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(3);
    let map = &h.state().doc.map;
    assert_eq!(map.conflicts.len(), 2);
    assert!(map.card(&cards[1]).unwrap().text.starts_with("Ours"));
}

/// In Polish the conflicts window names each item and field in Polish (the
/// change list's words), not the core's English "Card … in …" and "text".
#[test]
fn in_polish_the_conflicts_name_their_items_in_polish() {
    use wayline::app::i18n::{self, Language};
    i18n::set_language(Language::Pl);
    let dir = temp_dir("conflicts-pl");
    let (file, cards) = three_conflicts(&dir);
    let mut h = harness(app_on(Some(&file), &dir));
    h.run_steps(2);
    assert!(h.query_by_label("Konflikty scalania").is_some());
    let map = h.state().doc.map.clone();
    for id in &cards {
        let heading = wayline::export::changes::subject_in(
            Language::Pl,
            &wayline::model::ItemRef::Card(id.clone()),
            &map,
        );
        assert!(h.query_by_label(&heading).is_some(), "{heading} shown");
        let english = wayline::model::ItemRef::Card(id.clone()).describe(&map);
        assert!(h.query_by_label(&english).is_none(), "{english} not shown");
    }
    assert_eq!(
        h.query_all_by_label("tekst").count(),
        3,
        "the field, in Polish"
    );
    assert_eq!(h.query_all_by_label("text").count(), 0);
    i18n::set_language(Language::En);
}
