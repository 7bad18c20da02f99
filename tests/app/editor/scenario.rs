//! A designer's first session, from the empty template to a saved file,
//! driven through the accessibility tree only (canvas items found by their
//! labels): add a stage and a lane, double-click cells and type at once (also
//! through an input method), select several cards and drag them, copy and
//! paste (also plain text), delete cards, a stage and a lane, then undo every
//! step back to the start and redo to the end, checking the map each time,
//! save, and reopen.

use eframe::egui::{self, Key, Modifiers, Vec2};
use egui_kittest::kittest::Queryable;
use wayline::app::Focus;
use wayline::model::Map;

use super::access::*;

/// Double-clicks a cell away from its "+" and types `text` (no click into
/// the editor first), then Enter: one undo step (the card with its text),
/// recorded in `maps`.
fn new_card(h: &mut H, maps: &mut Vec<Map>, cell: &str, text: &str) {
    open_new_card(h, cell);
    type_text(h, text);
    key(h, Key::Enter);
    maps.push(h.state().doc.map.clone());
}

fn open_new_card(h: &mut H, cell: &str) {
    let r = rect_of(h, cell);
    double_click_at(h, r.center() - Vec2::new(0.0, r.height() / 4.0));
    assert!(h.state().canvas.editing().is_some(), "the new card is open");
}

/// Drags the canvas item labelled `from` onto the one labelled `to`.
fn drag(h: &mut H, from: &str, to: &str) {
    let (start, end) = (rect_of(h, from).center(), rect_of(h, to).center());
    h.hover_at(start);
    h.step();
    h.drag_at(start);
    h.step();
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.hover_at(start + (end - start) * t);
        h.step();
    }
    h.drop_at(end);
    h.run_steps(3);
}

/// The texts of one cell's cards, in the cell's order.
fn cell(h: &H, stage: &str, lane: &str) -> Vec<String> {
    let map = &h.state().doc.map;
    let stage = &map.stages.iter().find(|s| s.name == stage).unwrap().id;
    let lane = &map.lanes.iter().find(|l| l.name == lane).unwrap().id;
    map.cards_in(lane, stage).map(|c| c.text.clone()).collect()
}

/// The map without the dates a save stamps.
fn undated(map: &Map) -> Map {
    let mut m = map.clone();
    m.updated = map.created;
    m
}

#[test]
fn a_designers_first_session_from_empty_template_to_saved_file() {
    let dir = crate::common::dir("editor", "scenario");
    let path = dir.join("podróż.journey.ron");
    let start = wayline::templates::find("empty")
        .unwrap()
        .empty_map()
        .unwrap();
    wayline::io::save(&start, &path).unwrap();
    let mut h = super::harness(super::app(Some(&path)));
    let canvas = rect_of(&h, "Map canvas");
    // Every map the session passes through, to undo back to.
    let mut maps = vec![h.state().doc.map.clone()];
    let snap = |h: &H, maps: &mut Vec<Map>| maps.push(h.state().doc.map.clone());

    // A sixth stage: it appears in view, named on the canvas.
    h.get_by_label("Add stage").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.map.stages.len(), 6);
    let stage6 = rect_of(&h, "Stage: Stage 6");
    assert!(
        canvas.contains_rect(stage6),
        "the view follows: {stage6:?} in {canvas:?}"
    );
    snap(&h, &mut maps);

    // A frontstage lane, from the structure panel's menu.
    h.get_by_label("Add lane").click();
    h.run_steps(2);
    h.get_all_by_label("Frontstage").last().unwrap().click();
    h.run_steps(3);
    assert_eq!(h.state().doc.map.lanes.len(), 7);
    h.get_by_label("Lane: Frontstage");
    snap(&h, &mut maps);

    // Cards typed straight into new cards.
    new_card(
        &mut h,
        &mut maps,
        "Cell: Awareness × Actions",
        "Szukam butów 找鞋",
    );
    new_card(
        &mut h,
        &mut maps,
        "Cell: Consideration × Actions",
        "Porównuję ceny",
    );
    assert_eq!(cell(&h, "Awareness", "Actions"), ["Szukam butów 找鞋"]);
    assert_eq!(cell(&h, "Consideration", "Actions"), ["Porównuję ceny"]);

    // Through an input method: preedit shown in the field, then committed.
    open_new_card(&mut h, "Cell: Awareness × Thoughts");
    for preedit in ["x", "xi", "xie"] {
        h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
            text: preedit.into(),
            active_range_chars: None,
        }));
        h.run_steps(1);
    }
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("鞋".into())));
    h.run_steps(1);
    h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "zi".into(),
        active_range_chars: None,
    }));
    h.run_steps(1);
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("子".into())));
    h.run_steps(1);
    type_text(&mut h, " ok");
    key(&mut h, Key::Enter);
    assert_eq!(cell(&h, "Awareness", "Thoughts"), ["鞋子 ok"]);
    snap(&h, &mut maps);

    // Select two cards (click, Shift+click) and drag one: both move.
    h.get_by_label("Card: Szukam butów 找鞋 — Awareness × Actions")
        .click();
    h.run_steps(2);
    h.get_by_label("Card: Porównuję ceny — Consideration × Actions")
        .click_modifiers(Modifiers::SHIFT);
    h.run_steps(2);
    assert_eq!(h.state().selected.len(), 2);
    drag(
        &mut h,
        "Card: Porównuję ceny — Consideration × Actions",
        "Cell: Purchase × Actions",
    );
    assert_eq!(
        cell(&h, "Purchase", "Actions"),
        ["Szukam butów 找鞋", "Porównuję ceny"]
    );
    assert!(cell(&h, "Awareness", "Actions").is_empty());
    assert!(cell(&h, "Consideration", "Actions").is_empty());
    snap(&h, &mut maps);

    // Copy them; the system clipboard gets the documented text form.
    // One event, one frame: the frame's output holds the copy.
    h.event(egui::Event::Key {
        key: Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    });
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("copied to the system clipboard");
    assert!(copied.starts_with("wayline-cards 1\n"), "{copied}");
    // Paste into another stage: what another window gets from the platform.
    h.get_by_label("Stage: Retention").click();
    h.run_steps(2);
    assert!(matches!(h.state().focus, Focus::Stage(_)));
    h.event(egui::Event::Paste(copied.clone()));
    h.run_steps(2);
    assert_eq!(
        cell(&h, "Retention", "Actions"),
        ["Szukam butów 找鞋", "Porównuję ceny"]
    );
    assert_eq!(h.state().selected.len(), 2, "the pasted cards are selected");
    snap(&h, &mut maps);
    // Ctrl+V in this window pastes what was copied here, too.
    h.get_all_by_label("Card: Szukam butów 找鞋 — Purchase × Actions")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    ctrl(&mut h, Key::V);
    assert_eq!(
        cell(&h, "Purchase", "Actions"),
        [
            "Szukam butów 找鞋",
            "Porównuję ceny",
            "Szukam butów 找鞋",
            "Porównuję ceny"
        ]
    );
    snap(&h, &mut maps);

    // Plain text from another program: one card per line, in the selected
    // card's cell.
    h.get_by_label("Card: 鞋子 ok — Awareness × Thoughts")
        .click();
    h.run_steps(2);
    h.event(egui::Event::Paste("Drogo?\r\n\n  太贵了  \n".into()));
    h.run_steps(2);
    assert_eq!(
        cell(&h, "Awareness", "Thoughts"),
        ["鞋子 ok", "Drogo?", "太贵了"]
    );
    snap(&h, &mut maps);

    // Esc clears the selection; Tab and arrows move it.
    key(&mut h, Key::Escape);
    assert!(h.state().selected.is_empty());
    assert_eq!(h.state().focus, Focus::Map);
    key(&mut h, Key::Tab);
    let text_of_focus = |h: &H| match &h.state().focus {
        Focus::Card(id) => h.state().doc.map.card(id).unwrap().text.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        text_of_focus(&h),
        "鞋子 ok",
        "Tab: the first card in reading order"
    );
    key(&mut h, Key::ArrowDown);
    assert_eq!(
        text_of_focus(&h),
        "Drogo?",
        "Down: the next card in the cell"
    );
    key(&mut h, Key::ArrowRight);
    assert_eq!(
        text_of_focus(&h),
        "Drogo?",
        "no card to the right in Thoughts"
    );
    key(&mut h, Key::ArrowUp);
    key(&mut h, Key::ArrowUp);
    assert_eq!(text_of_focus(&h), "鞋子 ok", "Up stays in the top card");
    key(&mut h, Key::Escape);

    // Delete a card with Del, then the empty sixth stage, then the Frontstage lane.
    h.get_by_label("Card: Drogo? — Awareness × Thoughts")
        .click();
    h.run_steps(2);
    key(&mut h, Key::Delete);
    assert!(
        h.query_by_label("Card: Drogo? — Awareness × Thoughts")
            .is_none()
    );
    snap(&h, &mut maps);
    // Stage 6 is off to the right by now: picking it in the structure panel
    // brings it into view.
    h.get_by_label("6. Stage 6").click();
    h.run_steps(3);
    let canvas = rect_of(&h, "Map canvas");
    assert!(canvas.contains_rect(rect_of(&h, "Stage: Stage 6")));
    h.get_by_label("Stage: Stage 6").click();
    h.run_steps(2);
    key(&mut h, Key::Delete);
    assert_eq!(h.state().doc.map.stages.len(), 5);
    assert!(h.query_by_label("Stage: Stage 6").is_none());
    snap(&h, &mut maps);
    h.get_by_label("Lane: Frontstage").click();
    h.run_steps(2);
    key(&mut h, Key::Delete);
    assert_eq!(h.state().doc.map.lanes.len(), 6);
    snap(&h, &mut maps);

    // Back to the whole map (Ctrl+0); then the inspector: typing through an
    // input method, then Ctrl+Z in the field takes back that typing only.
    ctrl(&mut h, Key::Num0);
    h.get_by_label("Card: 太贵了 — Awareness × Thoughts")
        .click();
    h.run_steps(2);
    h.get_by_label("Text").focus();
    h.run_steps(2);
    h.key_press(Key::End);
    h.run_steps(1);
    h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "ba".into(),
        active_range_chars: None,
    }));
    h.run_steps(1);
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("吧".into())));
    h.run_steps(2);
    assert_eq!(cell(&h, "Awareness", "Thoughts"), ["鞋子 ok", "太贵了吧"]);
    snap(&h, &mut maps);
    let end = h.state().doc.map.clone();

    // Undo every step back to the empty template, checking each map.
    let steps = maps.len() - 1;
    h.key_press(Key::Escape);
    h.run_steps(2);
    for (i, expected) in maps.iter().rev().skip(1).enumerate() {
        ctrl(&mut h, Key::Z);
        assert_eq!(&h.state().doc.map, expected, "after {} undos", i + 1);
    }
    assert_eq!(h.state().doc.map, start);
    assert!(!h.state().doc.can_undo(), "{steps} steps, no more");
    assert!(!h.state().doc.is_dirty(), "back to the saved file");
    // And redo to the end.
    for (i, expected) in maps.iter().skip(1).enumerate() {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        h.run_steps(2);
        assert_eq!(&h.state().doc.map, expected, "after {} redos", i + 1);
    }
    assert_eq!(h.state().doc.map, end);

    // Save and reopen.
    ctrl(&mut h, Key::S);
    let mut frames = 0;
    while h.state().is_saving() && frames < 2000 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
        frames += 1;
    }
    assert!(!h.state().doc.is_dirty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("太贵了吧") && text.contains("鞋子 ok"),
        "{text}"
    );
    assert!(!text.contains("\\n\""), "no text ends with a line break");
    let reopened = super::harness(super::app(Some(&path)));
    assert_eq!(undated(&reopened.state().doc.map), undated(&end));
    reopened.get_by_label("Card: 太贵了吧 — Awareness × Thoughts");
}
