//! The first minute of a new user: a new card opens for typing, the text
//! lands in it, Enter keeps it; inspector fields are keyed by the item they
//! edit and Ctrl+Z in one never writes another item's text.

use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use wayline::app::Focus;

use super::access::*;

#[test]
fn double_clicking_an_empty_cell_opens_a_new_card_for_typing_at_once() {
    let mut h = empty();
    assert!(h.state().doc.map.cards.is_empty());
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    // Away from the cell's "+", which adds a card on a single click.
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    assert_eq!(h.state().doc.map.cards.len(), 1, "exactly one card");
    // No click into the editor, no focus request by the test: just type.
    type_text(&mut h, "Hello żółć");
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["Hello żółć"]);
    assert!(
        h.state().canvas.editing().is_none(),
        "Enter keeps and closes"
    );
    h.get_by_label("Card: Hello żółć — Awareness × Actions");
    // One undo step for the card and its text.
    ctrl(&mut h, Key::Z);
    assert!(h.state().doc.map.cards.is_empty());
}

#[test]
fn double_clicking_the_plus_adds_exactly_one_card() {
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Consideration × Touchpoints");
    let zoom = h.state().canvas.zoom();
    let plus = eframe::egui::pos2(cell.center().x, cell.bottom() - 12.0 * zoom);
    double_click_at(&mut h, plus);
    assert_eq!(h.state().doc.map.cards.len(), 1, "one card, not two");
    type_text(&mut h, "Strona produktu");
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["Strona produktu"]);
}

#[test]
fn a_single_click_on_plus_opens_the_new_card_for_typing() {
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Purchase × Thoughts");
    let zoom = h.state().canvas.zoom();
    let plus = eframe::egui::pos2(cell.center().x, cell.bottom() - 12.0 * zoom);
    click_at(&mut h, plus, Modifiers::NONE);
    h.run_steps(3);
    type_text(&mut h, "下单");
    // Shift+Enter breaks the line; Enter keeps, without a trailing line break.
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run_steps(2);
    type_text(&mut h, "付款");
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["下单\n付款"]);
}

/// Two cards with text, each selected in turn and edited in the inspector.
fn two_cards() -> H {
    let mut h = empty();
    for (cell, text) in [
        ("Cell: Awareness × Actions", "Alpha"),
        ("Cell: Purchase × Actions", "Beta"),
    ] {
        let r = rect_of(&h, cell);
        double_click_at(
            &mut h,
            r.center() - eframe::egui::vec2(0.0, r.height() / 4.0),
        );
        type_text(&mut h, text);
        key(&mut h, Key::Enter);
    }
    assert_eq!(texts(&h), ["Alpha", "Beta"]);
    h
}

fn edit_in_inspector(h: &mut H, card: &str, typed: &str) {
    click_item(h, card, Modifiers::NONE);
    assert!(matches!(h.state().focus, Focus::Card(_)));
    h.get_by_label("Text").focus();
    h.run_steps(2);
    h.key_press(Key::End);
    h.run_steps(1);
    type_text(h, typed);
}

#[test]
fn ctrl_z_in_an_inspector_field_never_writes_another_cards_text() {
    let mut h = two_cards();
    edit_in_inspector(&mut h, "Card: Alpha — Awareness × Actions", " one");
    edit_in_inspector(&mut h, "Card: Beta — Purchase × Actions", " two");
    assert_eq!(texts(&h), ["Alpha one", "Beta two"]);
    // Inside Beta's field: undoes Beta's typing only.
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Alpha one", "Beta"]);
    // Still inside the field: the map's previous steps, never a field's history.
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Alpha", "Beta"]);
    // Beta was added with its text: one step.
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Alpha"]);
    // Redo comes back the same way.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(texts(&h), ["Alpha", "Beta"]);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(texts(&h), ["Alpha one", "Beta"]);
}

#[test]
fn typing_into_one_field_then_another_is_two_undo_steps() {
    let mut h = two_cards();
    edit_in_inspector(&mut h, "Card: Alpha — Awareness × Actions", " a");
    type_text(&mut h, "b");
    edit_in_inspector(&mut h, "Card: Beta — Purchase × Actions", " c");
    assert_eq!(texts(&h), ["Alpha ab", "Beta c"]);
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Alpha ab", "Beta"], "Beta's typing is one step");
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Alpha", "Beta"], "Alpha's typing is one step");
}

#[test]
fn enter_in_a_single_line_field_stores_no_line_break() {
    let mut h = empty();
    let stage = h.state().doc.map.stages[0].id.clone();
    click_item(&mut h, "Stage: Awareness", Modifiers::NONE);
    assert_eq!(h.state().focus, Focus::Stage(stage.clone()));
    h.get_by_label("Name").focus();
    h.run_steps(2);
    h.key_press(Key::End);
    type_text(&mut h, " 认知");
    key(&mut h, Key::Enter);
    // A line break that arrives as text (some platforms, or a paste) too.
    h.get_by_label("Name").focus();
    h.run_steps(2);
    type_text(&mut h, "\n");
    h.event(eframe::egui::Event::Paste("x\ny\n".into()));
    h.run_steps(2);
    let name = &h.state().doc.map.stage(&stage).unwrap().name;
    assert!(!name.contains('\n'), "{name:?}");
    assert!(name.starts_with("Awareness 认知"), "{name:?}");
}

#[test]
fn every_stage_lane_card_and_emotion_point_is_an_accessibility_node() {
    use eframe::egui::accesskit::Role;
    // Tall enough for the whole sample map: items out of view have no node.
    let h = egui_kittest::Harness::builder()
        .with_size(eframe::egui::Vec2::new(1400.0, 2600.0))
        .build_ui_state(
            |ui, app: &mut wayline::app::WaylineApp| app.ui_root(ui),
            super::app(None),
        );
    let map = h.state().doc.map.clone();
    let stages = labels(&h, Role::ColumnHeader);
    for stage in &map.stages {
        assert!(
            stages.contains(&format!("Stage: {}", stage.name)),
            "{stages:?}"
        );
    }
    let lanes = labels(&h, Role::RowHeader);
    for lane in map.lanes.iter().filter(|l| !l.hidden) {
        assert!(lanes.contains(&format!("Lane: {}", lane.name)), "{lanes:?}");
    }
    let items = labels(&h, Role::Button);
    let cards = items.iter().filter(|l| l.starts_with("Card: ")).count();
    let points = items
        .iter()
        .filter(|l| l.starts_with("Emotion point: "))
        .count();
    let (emotions, others): (Vec<_>, Vec<_>) = map
        .cards
        .iter()
        .filter(|c| map.lane(&c.lane).is_some_and(|l| !l.hidden))
        .partition(|c| matches!(c.details, wayline::model::Details::Emotion { .. }));
    assert_eq!(cards, others.len());
    assert_eq!(points, emotions.len());
    // A card's label names its text and its cell, and its node sits where
    // the card is drawn.
    let card = others[0];
    let center = h
        .state()
        .canvas
        .screen_center(&wayline::scene::Target::Card(card.id.clone()))
        .unwrap();
    let start: String = card.text.lines().next().unwrap().chars().take(10).collect();
    let cell = map.cell_name(&card.lane, &card.stage);
    let here: Vec<String> = items
        .iter()
        .filter(|l| l.starts_with(&format!("Card: {start}")) && l.ends_with(&format!("— {cell}")))
        .filter(|l| {
            h.get_all_by_label(l)
                .any(|n| n.rect().expand(1.0).contains(center))
        })
        .cloned()
        .collect();
    assert_eq!(here.len(), 1, "{here:?} at {center:?}");
}

#[test]
fn an_old_files_line_break_in_a_name_is_kept_until_that_name_is_edited() {
    let dir = crate::common::dir("editor", "old-newline");
    let path = dir.join("old.journey.ron");
    let mut map = wayline::templates::find("empty")
        .unwrap()
        .empty_map()
        .unwrap();
    map.stages[0].name = "Awareness\n".into();
    wayline::io::save(&map, &path).unwrap();
    let mut h = super::harness(super::app(Some(&path)));
    let label = h
        .query_all_by_role(eframe::egui::accesskit::Role::ColumnHeader)
        .next()
        .map(|n| n.rect().center())
        .unwrap();
    click_at(&mut h, label, Modifiers::NONE);
    h.run_steps(3);
    assert!(matches!(h.state().focus, Focus::Stage(_)));
    assert!(!h.state().doc.is_dirty(), "looking at it changes nothing");
    assert_eq!(h.state().doc.map.stages[0].name, "Awareness\n");
}

#[test]
fn the_view_follows_each_new_stage_and_the_card_selected_with_the_keyboard() {
    use eframe::egui::accesskit::Role;
    let mut h = super::sample();
    h.state_mut().canvas.zoom_to(1.5);
    h.run_steps(2);
    let canvas = rect_of(&h, "Map canvas");
    for n in 6..=9 {
        h.get_by_label("Add stage").click();
        h.run_steps(3);
        let label = format!("Stage: Stage {n}");
        let r = rect_of(&h, &label);
        assert!(
            canvas.contains_rect(r),
            "{label} at {r:?}, canvas {canvas:?}"
        );
    }
    // Tab through the cards: each one selected is in view.
    key(&mut h, Key::Escape);
    for _ in 0..12 {
        key(&mut h, Key::Tab);
        let Focus::Card(id) = h.state().focus.clone() else {
            panic!("{:?}", h.state().focus)
        };
        let target = wayline::scene::Target::Card(id.clone());
        let on_screen = h
            .state()
            .canvas
            .screen_center(&target)
            .or_else(|| {
                h.state()
                    .canvas
                    .screen_center(&wayline::scene::Target::EmotionPoint(id))
            })
            .unwrap();
        assert!(canvas.contains(on_screen), "{on_screen:?} in {canvas:?}");
    }
    assert!(
        labels(&h, Role::Button)
            .iter()
            .any(|l| l.starts_with("Card: "))
    );
}

/// The platform's input method is told about the new card's field at once
/// and is not switched off and on while the editor opens (each switch let a
/// key skip the IME: the first pinyin letter landed as a Latin letter).
#[test]
fn a_new_cards_field_keeps_the_input_method_on_while_it_opens() {
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    let at = cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0);
    h.run_steps(30);
    click_at(&mut h, at, Modifiers::NONE);
    click_at(&mut h, at, Modifiers::NONE);
    // The frame after the double-click and the half second after it.
    for frame in 0..40 {
        h.step();
        let ime = h.output().platform_output.ime;
        let ime = ime.unwrap_or_else(|| panic!("frame {frame}: the field asks for the IME"));
        if frame > 0 {
            assert!(
                !ime.should_interrupt_composition,
                "frame {frame}: the IME is not interrupted"
            );
        }
    }
}

/// X11 input methods' pre-edit caret is reported at the start of the text;
/// the editor puts it where the letters go, at the end.
#[test]
fn a_preedit_caret_reported_at_its_start_is_put_at_its_end() {
    use eframe::egui::{Event, ImeEvent};
    let mut events = vec![
        Event::Ime(ImeEvent::Preedit {
            text: "ni hao".into(),
            active_range_chars: Some(0..0),
        }),
        Event::Ime(ImeEvent::Preedit {
            text: "你好".into(),
            active_range_chars: Some(1..1),
        }),
        Event::Ime(ImeEvent::Preedit {
            text: String::new(),
            active_range_chars: Some(0..0),
        }),
    ];
    wayline::app::ime::caret_at_end(&mut events);
    let ranges: Vec<_> = events
        .iter()
        .map(|e| match e {
            Event::Ime(ImeEvent::Preedit {
                active_range_chars, ..
            }) => active_range_chars.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(ranges, [Some(6..6), Some(1..1), Some(0..0)]);
}

/// Pinyin typed fast: a word's commit and the next word's first pre-edit
/// arrive in one frame, and the words land in the order they were typed.
/// (With real fcitx5 under Xvfb at 25 keys a second the words did land out of
/// order; this sequence of events is not what causes it: it passes.)
#[test]
fn fast_pinyin_commits_land_in_order() {
    use eframe::egui::{Event, ImeEvent};
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    let pre = |t: &str| {
        Event::Ime(ImeEvent::Preedit {
            text: t.into(),
            active_range_chars: Some(0..0),
        })
    };
    let words = [("nihao", "你好"), ("shijie", "世界"), ("women", "我们")];
    for (i, (pinyin, hanzi)) in words.iter().enumerate() {
        // The first letter came in the frame of the previous commit.
        for n in 2..=pinyin.len() {
            h.event(pre(&pinyin[..n]));
            h.run_steps(1);
        }
        h.event(pre(""));
        h.event(Event::Ime(ImeEvent::Commit((*hanzi).into())));
        if let Some((next, _)) = words.get(i + 1) {
            h.event(pre(&next[..1]));
        }
        h.run_steps(1);
    }
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["你好世界我们"]);
}

/// Each caret position told to an X11 input method is a round trip during
/// which Xlib reorders the words it commits: while pinyin is typed the
/// position is held, and told once the keys rest. The input method stays on
/// between cards (switching it off and on makes a new XIM context, which
/// starts with pinyin off and loses the key typed meanwhile), and opening the
/// next card does not interrupt it.
#[test]
fn the_input_method_hears_the_caret_once_typing_rests_and_stays_on_between_cards() {
    use eframe::egui::{Event, ImeEvent};
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    h.run_steps(40);
    let spot = |h: &H| {
        h.output()
            .platform_output
            .ime
            .expect("the input method is on")
            .cursor_rect
    };
    let start = spot(&h);
    for text in ["n", "ni", "ni h", "ni ha", "ni hao"] {
        let end = text.chars().count();
        h.event(Event::Ime(ImeEvent::Preedit {
            text: text.into(),
            active_range_chars: Some(end..end),
        }));
        h.step();
        assert_eq!(spot(&h), start, "held while {text:?} is typed");
    }
    h.event(Event::Ime(ImeEvent::Commit("你好".into())));
    h.step();
    assert_eq!(spot(&h), start, "held as the word lands");
    h.run_steps(60);
    assert!(
        spot(&h).min.x > start.min.x + 5.0,
        "after a rest it follows the caret: {:?} from {start:?}",
        spot(&h)
    );
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["你好"]);
    assert!(h.state().canvas.editing().is_none());
    for frame in 0..5 {
        h.step();
        assert!(
            h.output().platform_output.ime.is_some(),
            "frame {frame}: still on with no field"
        );
    }
    // The next card, from the keyboard: Enter on the selected card.
    key(&mut h, Key::Enter);
    for frame in 0..10 {
        h.step();
        let ime = h.output().platform_output.ime.expect("on");
        assert!(
            !ime.should_interrupt_composition,
            "frame {frame}: nothing is composed, nothing to interrupt"
        );
    }
    assert!(
        h.state().canvas.editing().is_some(),
        "the card is open again"
    );
}

/// A card added and typed into is one undo step: Ctrl+Z once takes the card
/// away, redo brings it back with its text. Typing into it again later is a
/// step of its own.
#[test]
fn a_new_card_and_the_text_typed_into_it_are_one_undo_step() {
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    type_text(&mut h, "Nowa karta 新卡片");
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["Nowa karta 新卡片"]);
    ctrl(&mut h, Key::Z);
    assert!(h.state().doc.map.cards.is_empty(), "one undo removes it");
    assert!(!h.state().doc.can_undo(), "and nothing else was done");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(texts(&h), ["Nowa karta 新卡片"], "redo brings the text too");
    // Typed into again: its own step.
    key(&mut h, Key::Escape);
    key(&mut h, Key::Tab);
    key(&mut h, Key::Enter);
    type_text(&mut h, " 2");
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["Nowa karta 新卡片 2"]);
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Nowa karta 新卡片"]);
}

/// Esc on a card just added cancels the card, not only its text: no empty
/// card is left in the map (nor saved), and there is nothing to undo or redo.
/// Esc on an existing card keeps the card and its old text.
#[test]
fn esc_on_a_new_card_leaves_no_empty_card() {
    let mut h = empty();
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    let inside = cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0);
    double_click_at(&mut h, inside);
    assert_eq!(
        texts(&h),
        [""],
        "the new card is there while it is typed into"
    );
    type_text(&mut h, "pół");
    key(&mut h, Key::Escape);
    assert!(h.state().doc.map.cards.is_empty(), "{:?}", texts(&h));
    assert!(h.state().canvas.editing().is_none());
    assert!(h.state().selected.is_empty());
    assert!(!h.state().doc.can_undo() && !h.state().doc.can_redo());
    // An existing card: Esc keeps it as it was.
    double_click_at(&mut h, inside);
    type_text(&mut h, "Zostaje");
    key(&mut h, Key::Enter);
    key(&mut h, Key::Enter);
    type_text(&mut h, " i znika");
    key(&mut h, Key::Escape);
    assert_eq!(texts(&h), ["Zostaje"]);
}

/// Copied cards pasted while a new card is open for typing (the + clicked,
/// then Ctrl+V) become cards in that cell: the empty new card goes, and no
/// card's text is the `wayline-cards 1` RON. Plain text still types into it.
#[test]
fn copied_cards_pasted_into_a_new_cards_editor_become_cards() {
    let mut h = two_cards();
    click_item(&mut h, "Card: Alpha — Awareness × Actions", Modifiers::NONE);
    // One event, one frame: the frame's output holds the copy.
    h.event(eframe::egui::Event::Key {
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
            eframe::egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        });
    let copied = copied.expect("copied to the system clipboard");
    assert!(copied.starts_with("wayline-cards 1\n"), "{copied}");
    let cell = rect_of(&h, "Cell: Consideration × Actions");
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    assert!(
        h.state().canvas.editing().is_some(),
        "a new card open for typing"
    );
    h.event(eframe::egui::Event::Paste(copied));
    h.run_steps(3);
    assert_eq!(texts(&h), ["Alpha", "Beta", "Alpha"]);
    let map = &h.state().doc.map;
    let pasted = &map.cards[2];
    assert_eq!(map.stage(&pasted.stage).unwrap().name, "Consideration");
    assert!(h.state().canvas.editing().is_none(), "the editor closed");
    assert_eq!(h.state().selected, [pasted.id.clone()].into());
    // One Ctrl+Z takes the pasted card away; no empty card is left behind.
    ctrl(&mut h, Key::Z);
    assert_eq!(texts(&h), ["Alpha", "Beta"]);
    // Plain text pasted into a card being typed is text in that card.
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    h.event(eframe::egui::Event::Paste("zwykły tekst".into()));
    h.run_steps(2);
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["Alpha", "Beta", "zwykły tekst"]);
}

/// Enter and Ctrl+S in one frame (a slow frame on a big map takes both): the
/// save runs first, and still saves the text typed.
#[test]
fn ctrl_s_in_the_frame_of_enter_saves_the_card_being_typed() {
    let dir = crate::common::dir("editor", "enter-save");
    let path = dir.join("m.journey.ron");
    let mut h = empty();
    h.state_mut().doc.path = Some(path.clone());
    let cell = rect_of(&h, "Cell: Awareness × Actions");
    double_click_at(
        &mut h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    h.event(eframe::egui::Event::Text("Zapisane 保存".into()));
    h.key_press(Key::Enter);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    let mut frames = 0;
    while (h.state().is_saving() || !path.exists()) && frames < 2000 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
        frames += 1;
    }
    let saved = wayline::io::load(&path).unwrap().map;
    let texts: Vec<&str> = saved.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Zapisane 保存"]);
}

/// Edit → Paste reads the system clipboard as Ctrl+V does: it asks the
/// platform for it, and the text it gets (from another program: one card a
/// line) is pasted; with nothing from the platform, the cards copied here.
#[test]
fn edit_paste_in_the_menu_reads_the_system_clipboard() {
    use eframe::egui::{Event, ViewportCommand, ViewportId};
    let mut h = two_cards();
    click_item(&mut h, "Card: Alpha — Awareness × Actions", Modifiers::NONE);
    let asked = |h: &mut H| {
        h.get_by_label("Edit").click();
        h.run_steps(2);
        h.get_by_label_contains("Paste").click();
        h.step();
        h.step();
        h.output().viewport_output[&ViewportId::ROOT]
            .commands
            .contains(&ViewportCommand::RequestPaste)
    };
    assert!(asked(&mut h), "the platform is asked for its clipboard");
    // What eframe does with the request: the system clipboard as a paste.
    h.event(Event::Paste("Od klienta\n来自客户".into()));
    h.run_steps(3);
    assert_eq!(
        texts(&h),
        ["Alpha", "Beta", "Od klienta", "来自客户"],
        "one card a line"
    );
    let map = &h.state().doc.map;
    assert!(
        map.cards[2..]
            .iter()
            .all(|c| c.lane == map.cards[0].lane && c.stage == map.cards[0].stage),
        "in the selected card's cell"
    );
    // Copied here, and nothing from the platform: the copied card.
    click_item(&mut h, "Card: Beta — Purchase × Actions", Modifiers::NONE);
    ctrl(&mut h, Key::C);
    assert!(asked(&mut h));
    h.run_steps(3);
    assert_eq!(
        texts(&h),
        ["Alpha", "Beta", "Od klienta", "来自客户", "Beta"]
    );
}

/// On a 3000-card map only what is in view, and readable, is in the
/// accessibility tree: at the zoom that fits the map's width the cards are
/// grey bars and only stages, lanes and cells are there; zoomed in, the cards
/// in view, not the other thousands.
#[test]
fn a_big_maps_accessibility_tree_holds_what_is_in_view() {
    use eframe::egui::accesskit::Role;
    let dir = crate::common::dir("editor", "access-3000");
    let file = dir.join("big.journey.ron");
    wayline::io::save(&wayline::generate::map(20, 3000, 42), &file).unwrap();
    let app = wayline::app::WaylineApp::with_recovery_dir(Some(&file), dir.join("recovery"));
    let mut h = egui_kittest::Harness::builder()
        .with_size(eframe::egui::Vec2::new(1400.0, 900.0))
        .build_ui_state(
            |ui, app: &mut wayline::app::WaylineApp| app.ui_root(ui),
            app,
        );
    h.run_steps(3);
    let cards = |h: &H| {
        labels(h, Role::Button)
            .iter()
            .filter(|l| l.starts_with("Card: "))
            .count()
    };
    assert_eq!(cards(&h), 0, "too small to read at this zoom");
    assert!(
        !labels(&h, Role::ColumnHeader).is_empty(),
        "stages are there"
    );
    h.state_mut().canvas.zoom_to(1.0);
    h.run_steps(3);
    let shown = cards(&h);
    assert!(shown > 0 && shown < 300, "{shown} card nodes at 100 %");
}
