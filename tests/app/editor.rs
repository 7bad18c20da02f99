//! The editor driven through its UI with egui_kittest: clicks, typing, drags and
//! shortcuts, with the model and the saved file checked afterwards.

use eframe::egui::{self, Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::{Focus, WaylineApp};
use wayline::model::Details;
use wayline::scene::Target;

mod access;
mod autosave;
mod file_dialog;
mod panels;
mod scenario;
mod typing;

fn harness(app: WaylineApp) -> Harness<'static, WaylineApp> {
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h
}

/// The app with its own empty recovery directory, so no leftover recovery file
/// from another run puts a dialog in front of the canvas.
fn app(file: Option<&std::path::Path>) -> WaylineApp {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!(
        "wayline-editor-recovery-{}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    WaylineApp::with_recovery_dir(file, dir)
}

fn sample() -> Harness<'static, WaylineApp> {
    harness(app(None))
}

fn click_at(h: &mut Harness<'static, WaylineApp>, pos: Pos2) {
    h.hover_at(pos);
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
}

/// The first card without typed fields, and where it is on screen.
fn first_plain_card(h: &Harness<'static, WaylineApp>) -> (wayline::model::CardId, Pos2) {
    let state = h.state();
    let card = state
        .doc
        .map
        .cards
        .iter()
        .find(|c| c.details.is_none())
        .unwrap()
        .id
        .clone();
    let pos = state
        .canvas
        .screen_center(&Target::Card(card.clone()))
        .unwrap();
    (card, pos)
}

/// Steps frames while `busy` says the app is still working in the background.
fn step_while(h: &mut Harness<'static, WaylineApp>, busy: fn(&WaylineApp) -> bool) {
    let mut frames = 0;
    while busy(h.state()) && frames < 2000 {
        h.step();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(!busy(h.state()), "the background work finished");
}

#[test]
fn starts_on_the_sample_map() {
    let h = sample();
    assert_eq!(h.state().doc.map.stages.len(), 5);
    assert!(
        !h.state().canvas.scene().hits.is_empty(),
        "the canvas laid the map out"
    );
    assert!(
        h.state().title().contains("Untitled — Wayline"),
        "{}",
        h.state().title()
    );
}

#[test]
fn add_a_stage_and_name_it() {
    let mut h = sample();
    h.get_by_label("Add stage").click();
    h.run_steps(2);
    let stages = &h.state().doc.map.stages;
    assert_eq!(stages.len(), 6);
    let id = stages[5].id.clone();
    assert_eq!(h.state().focus, Focus::Stage(id.clone()));
    let name = h.get_by_label("Name");
    name.focus();
    name.type_text(" Polecenie 推荐");
    h.run_steps(2);
    assert_eq!(
        h.state().doc.map.stage(&id).unwrap().name,
        "Stage 6 Polecenie 推荐"
    );
    // Typing into one field is one undo step; the stage itself is another.
    h.state_mut().queue(wayline::app::Action::Undo);
    h.run_steps(2);
    assert_eq!(h.state().doc.map.stage(&id).unwrap().name, "Stage 6");
    h.state_mut().queue(wayline::app::Action::Undo);
    h.run_steps(2);
    assert_eq!(h.state().doc.map.stages.len(), 5);
}

#[test]
fn double_click_a_card_and_type_into_it() {
    let mut h = sample();
    let (card, pos) = first_plain_card(&h);
    click_at(&mut h, pos);
    click_at(&mut h, pos);
    h.run_steps(3);
    let field = h.get_by_label("Card text");
    field.type_text(" — Zażółć 旅程");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let text = &h.state().doc.map.card(&card).unwrap().text;
    assert!(text.ends_with(" — Zażółć 旅程"), "{text}");
    assert!(
        h.state().title().starts_with("● "),
        "unsaved mark: {}",
        h.state().title()
    );
}

#[test]
fn drag_an_emotion_point_up_then_undo() {
    let mut h = sample();
    let (id, before) = h
        .state()
        .doc
        .map
        .cards
        .iter()
        .find_map(|c| match c.details {
            Details::Emotion { score, .. } if score < 2 => Some((c.id.clone(), score)),
            _ => None,
        })
        .unwrap();
    // At 100 % the emotion lane is below the window: bring the point into view
    // as selecting it from the keyboard does.
    h.state_mut()
        .canvas
        .follow(Target::EmotionPoint(id.clone()));
    h.run_steps(30);
    let start = h
        .state()
        .canvas
        .screen_center(&Target::EmotionPoint(id.clone()))
        .unwrap();
    assert!(
        start.y > 0.0 && start.y < 900.0 && start.x > 250.0 && start.x < 1050.0,
        "point on the canvas: {start:?}"
    );
    h.hover_at(start);
    h.drag_at(start);
    h.step();
    for dy in [10.0, 25.0, 40.0] {
        h.hover_at(start - Vec2::new(0.0, dy));
        h.step();
    }
    h.drop_at(start - Vec2::new(0.0, 40.0));
    h.run_steps(2);
    let Details::Emotion { score: after, .. } = h.state().doc.map.card(&id).unwrap().details else {
        panic!()
    };
    assert!(
        after > before,
        "dragging up raises the score: {before} -> {after}"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let Details::Emotion { score: undone, .. } = h.state().doc.map.card(&id).unwrap().details
    else {
        panic!()
    };
    assert_eq!(undone, before, "the whole drag is one undo step");
}

#[test]
fn delete_with_the_keyboard_and_save_with_ctrl_s() {
    let dir = std::env::temp_dir().join(format!("wayline-editor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("edited.journey.ron");
    let mut map = wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    map.title = "Mapa podróży — test".into();
    wayline::io::save(&map, &path).unwrap();

    let mut h = harness(app(Some(&path)));
    assert!(
        h.state().title().starts_with("edited.journey.ron"),
        "{}",
        h.state().title()
    );
    let (card, pos) = first_plain_card(&h);
    click_at(&mut h, pos);
    h.run_steps(2);
    assert!(h.state().selected.contains(&card));
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert!(h.state().doc.map.card(&card).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    step_while(&mut h, WaylineApp::is_saving);
    assert!(!h.state().doc.is_dirty());
    let saved = wayline::io::load(&path).unwrap().map;
    assert!(
        saved.card(&card).is_none(),
        "the saved file lost the deleted card"
    );
    assert_eq!(saved.cards.len(), map.cards.len() - 1);
    assert_eq!(saved.title, "Mapa podróży — test");
}

#[test]
fn a_broken_file_shows_an_error_and_opens_nothing_in_its_place() {
    let dir = std::env::temp_dir().join(format!("wayline-editor-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.journey.ron");
    std::fs::write(&path, "(version: 1, title: 3)").unwrap();
    let h = harness(app(Some(&path)));
    let error = h.state().error.clone().unwrap();
    assert!(error.contains("bad.journey.ron:1:"), "{error}");
    h.get_by_label("Something went wrong");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(version: 1, title: 3)"
    );
}

#[test]
fn ctrl_e_opens_export_and_exports_in_the_background() {
    let mut h = sample();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(2);
    h.get_by_label("Split over pages instead of shrinking");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().export.open);

    let dir = std::env::temp_dir().join(format!("wayline-editor-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("sample.pdf");
    let ctx = h.ctx.clone();
    h.state_mut().export_to(out.clone(), &ctx);
    // The window keeps drawing frames while the export runs.
    step_while(&mut h, WaylineApp::is_exporting);
    assert!(h.state().error.is_none(), "{:?}", h.state().error);
    assert!(
        h.state()
            .export
            .last
            .as_deref()
            .unwrap()
            .starts_with("Exported")
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let dir = std::env::temp_dir().join(format!("wayline-editor-external-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("shared.journey.ron");
    let map = wayline::templates::find("current-state")
        .unwrap()
        .map()
        .unwrap();
    wayline::io::save(&map, &path).unwrap();
    let mut h = harness(WaylineApp::with_recovery_dir(
        Some(&path),
        dir.join("recovery"),
    ));
    h.get_by_label("Add stage").click();
    h.run_steps(2);
    // Someone else (a git checkout) rewrites the file.
    let mut theirs = map.clone();
    theirs.title = "Zmienione przez kogoś innego".into();
    std::thread::sleep(std::time::Duration::from_millis(20));
    wayline::io::save(&theirs, &path).unwrap();
    let on_disk = std::fs::read(&path).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    // The save's job finds the file changed and writes nothing.
    step_while(&mut h, WaylineApp::is_saving);
    h.run_steps(2);
    assert!(h.state().overwrite_prompt, "asks before overwriting");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "cancel leaves their version"
    );
    assert!(h.state().doc.is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    step_while(&mut h, WaylineApp::is_saving);
    h.run_steps(2);
    h.get_by_label("Overwrite").click();
    h.run_steps(2);
    step_while(&mut h, WaylineApp::is_saving);
    let saved = wayline::io::load(&path).unwrap().map;
    assert_eq!(
        saved.stages.len(),
        map.stages.len() + 1,
        "ours replaced theirs only when asked"
    );
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn the_pain_point_window_lists_filters_and_selects() {
    let mut h = harness(app(None));
    let unanswered = h.state().doc.map.unanswered_pain_points().len();
    let label = if unanswered > 0 {
        format!("Pain points ({unanswered} unanswered)")
    } else {
        "Pain points".to_string()
    };
    h.get_by_label(&label).click();
    h.run_steps(2);
    assert!(h.state().pains.is_some());
    let pain = wayline::model::pain_report(&h.state().doc.map, &Default::default())[0]
        .pain
        .clone();
    h.get_by_label(&pain.text).click();
    h.run_steps(2);
    assert_eq!(h.state().focus, Focus::Card(pain.id.clone()));
    h.get_by_label("Unanswered only").click();
    h.run_steps(2);
    assert!(h.state().pains.as_ref().unwrap().unanswered_only);
}

#[test]
fn changing_a_lane_kind_gives_its_plain_cards_the_new_fields() {
    let mut h = sample();
    let lane = h
        .state()
        .doc
        .map
        .lanes
        .iter()
        .find(|l| l.kind == wayline::model::LaneKind::Actions)
        .unwrap()
        .clone();
    let plain = h
        .state()
        .doc
        .map
        .cards
        .iter()
        .filter(|c| c.lane == lane.id)
        .count();
    assert!(plain > 0);
    h.state_mut().focus = Focus::Lane(lane.id.clone());
    h.run_steps(2);
    h.get_by_label("Kind").click();
    h.run_steps(2);
    h.get_all_by_label("Touchpoints").last().unwrap().click();
    h.run_steps(2);
    let map = &h.state().doc.map;
    assert_eq!(
        map.lane(&lane.id).unwrap().kind,
        wayline::model::LaneKind::Touchpoints
    );
    let converted = map
        .cards
        .iter()
        .filter(|c| c.lane == lane.id && matches!(c.details, Details::Touchpoint { .. }))
        .count();
    assert_eq!(converted, plain);
    // One undo step puts the lane and its cards back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let map = &h.state().doc.map;
    assert_eq!(
        map.lane(&lane.id).unwrap().kind,
        wayline::model::LaneKind::Actions
    );
    assert!(
        map.cards
            .iter()
            .filter(|c| c.lane == lane.id)
            .all(|c| c.details.is_none())
    );
}

#[test]
fn opening_a_file_reads_it_in_the_background_and_keeps_the_map_on_failure() {
    let dir = std::env::temp_dir().join(format!("wayline-editor-open-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("dzien.journey.ron");
    wayline::io::save(
        &wayline::templates::find("day-in-the-life")
            .unwrap()
            .map()
            .unwrap(),
        &good,
    )
    .unwrap();
    let bad = dir.join("broken.journey.ron");
    std::fs::write(&bad, "(version: 1, title: ").unwrap();

    let mut h = sample();
    let before = h.state().doc.map.title.clone();
    h.state_mut().open_file(bad.clone());
    step_while(&mut h, WaylineApp::is_opening);
    h.run_steps(2);
    assert!(
        h.state()
            .error
            .as_deref()
            .unwrap()
            .contains("broken.journey.ron:1:"),
        "{:?}",
        h.state().error
    );
    assert_eq!(h.state().doc.map.title, before, "the open map is kept");
    h.state_mut().error = None;

    h.state_mut().open_file(good.clone());
    step_while(&mut h, WaylineApp::is_opening);
    h.run_steps(2);
    assert_eq!(h.state().doc.path.as_deref(), Some(good.as_path()));
    assert_eq!(
        h.state().doc.map.kind,
        wayline::model::MapKind::DayInTheLife
    );
    assert!(h.state().title().starts_with("dzien.journey.ron"));
}

#[test]
fn import_opens_a_mermaid_diagram_as_a_new_map_and_keeps_the_map_on_failure() {
    let dir = std::env::temp_dir().join(format!("wayline-editor-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("broken.mmd");
    std::fs::write(&bad, "journey\n  section Rano\n    Kawa: dużo: Ja\n").unwrap();
    let good = dir.join("dzien.mmd");
    std::fs::write(
        &good,
        "journey\n  title Mój dzień 我的一天\n  section Rano\n    Kawa: 5: Ja\n    Dojazd: 2: Ja, Pies\n  section Praca\n    Spotkanie: 1: Ja\n",
    )
    .unwrap();

    let mut h = sample();
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Import…");
    h.get_by_label("Export cards as CSV…");
    h.key_press(Key::Escape);
    h.run_steps(2);

    // The File → Import… menu item calls this after its file dialog.
    let before = h.state().doc.map.clone();
    h.state_mut().import_file(bad);
    step_while(&mut h, WaylineApp::is_importing);
    h.run_steps(2);
    let error = h.state().error.clone().unwrap_or_default();
    assert!(
        error.contains("broken.mmd:3:") && error.contains("from 1 to 5"),
        "{error}"
    );
    assert_eq!(h.state().doc.map, before, "the open map is kept");
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().error.is_none());

    h.state_mut().import_file(good);
    step_while(&mut h, WaylineApp::is_importing);
    h.run_steps(3);
    let state = h.state();
    assert!(state.error.is_none(), "{:?}", state.error);
    let map = &state.doc.map;
    assert_eq!(map.title, "Mój dzień 我的一天");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Rano", "Praca"]);
    let emotions = map
        .lanes
        .iter()
        .find(|l| l.kind == wayline::model::LaneKind::Emotions)
        .unwrap();
    let scores: Vec<u8> = map
        .emotion_points(&emotions.id)
        .iter()
        .map(|c| match c.details {
            Details::Emotion { score, .. } => wayline::import::mermaid::score_of(score),
            _ => 0,
        })
        .collect();
    assert_eq!(scores, [5, 2, 1]);
    assert!(state.doc.path.is_none(), "a new, untitled document");
    assert!(state.doc.is_dirty(), "not saved as a map yet");
    assert!(state.title().starts_with("● Untitled"), "{}", state.title());
    let first = map.cards[0].id.clone();
    assert!(
        state.canvas.screen_center(&Target::Card(first)).is_some(),
        "the canvas shows the imported map"
    );
}

#[test]
fn import_tells_a_diagram_from_a_table_by_content_when_the_name_does_not_say() {
    let dir = std::env::temp_dir().join(format!(
        "wayline-editor-import-sniff-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let diagram = dir.join("notes.txt");
    std::fs::write(
        &diagram,
        "%% from a wiki\njourney\n  section 购买\n    付款: 2: 我\n",
    )
    .unwrap();
    let mut h = sample();
    h.state_mut().import_file(diagram);
    step_while(&mut h, WaylineApp::is_importing);
    h.run_steps(2);
    assert!(h.state().error.is_none(), "{:?}", h.state().error);
    assert_eq!(h.state().doc.map.stages[0].name, "购买");
    assert_eq!(h.state().doc.map.title, "notes");
}
