//! Saving and autosave through the editor, with the writing done in jobs: the
//! scenario steps frames until the file on disk changes, as the window would,
//! and the unsaved marker follows the undo history's saved state.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui::{self, Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::{Action, WaylineApp};
use wayline::edit::Command;
use wayline::io::recovery;
use wayline::model::CardId;
use wayline::scene::Target;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-saving-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The editor on a copy of the e-commerce template saved in `dir`.
fn editor_on_map(dir: &Path) -> (Harness<'static, WaylineApp>, PathBuf) {
    let file = dir.join("journey.journey.ron");
    let map = wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    wayline::io::save(&map, &file).unwrap();
    let app = WaylineApp::with_recovery_dir(Some(&file), dir.join("recovery"));
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    // Nothing to restore in a fresh recovery directory; the look runs in a job.
    step_until(&mut h, "the recovery look-up", |app| !app.is_autosaving());
    (h, file)
}

/// Runs frames until `done` holds, with a timeout: jobs finish on their own
/// threads while the window keeps drawing.
fn step_until(
    h: &mut Harness<'static, WaylineApp>,
    what: &str,
    mut done: impl FnMut(&WaylineApp) -> bool,
) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn click_at(h: &mut Harness<'static, WaylineApp>, pos: Pos2) {
    for pressed in [true, false] {
        h.hover_at(pos);
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
}

/// The first card without typed fields.
fn plain_card(h: &Harness<'static, WaylineApp>) -> CardId {
    let map = &h.state().doc.map;
    map.cards
        .iter()
        .find(|c| c.details.is_none())
        .unwrap()
        .id
        .clone()
}

/// Double-clicks the card and types `text` at the end of it, then Enter.
#[track_caller]
fn type_into_card(h: &mut Harness<'static, WaylineApp>, card: &CardId, text: &str) {
    let pos = h
        .state()
        .canvas
        .screen_center(&Target::Card(card.clone()))
        .unwrap();
    // Long enough after any earlier click that these two make a double-click.
    h.run_steps(30);
    click_at(h, pos);
    click_at(h, pos);
    h.run_steps(3);
    assert!(h.state().error.is_none(), "{:?}", h.state().error);
    assert!(
        h.query_by_label("Card text").is_some(),
        "no card editor at {pos:?}: selected {:?}, focus {:?}, title {}, overwrite {}, offer {}",
        h.state().selected,
        h.state().focus,
        h.state().title(),
        h.state().overwrite_prompt,
        h.state().autosave.offer.is_some()
    );
    h.get_by_label("Card text").type_text(text);
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
}

fn text_on_disk(file: &Path, card: &CardId) -> String {
    wayline::io::load(file)
        .unwrap()
        .map
        .card(card)
        .unwrap()
        .text
        .clone()
}

fn unsaved_mark(h: &Harness<'static, WaylineApp>) -> bool {
    h.state().title().starts_with("● ")
}

#[test]
fn save_writes_in_the_background_and_the_title_loses_its_unsaved_mark() {
    let dir = temp_dir("save");
    let (mut h, file) = editor_on_map(&dir);
    let card = plain_card(&h);
    type_into_card(&mut h, &card, " — zapisane 保存");
    assert!(unsaved_mark(&h), "{}", h.state().title());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    // Whether the job is still running after one frame depends on the machine's
    // load; that the frame never waits for it is the next test's business.
    step_until(&mut h, "the file on disk to have the edit", |_| {
        text_on_disk(&file, &card).ends_with(" — zapisane 保存")
    });
    step_until(&mut h, "the save to be taken in", |app| !app.is_saving());
    h.run_steps(1);
    assert!(h.state().error.is_none(), "{:?}", h.state().error);
    assert!(!h.state().doc.is_dirty());
    assert!(!unsaved_mark(&h), "{}", h.state().title());
    assert_eq!(
        h.state().recent.first(),
        Some(&file.canonicalize().unwrap())
    );
}

#[test]
fn an_edit_made_while_the_save_writes_stays_unsaved() {
    let dir = temp_dir("edit-while-saving");
    let (mut h, file) = editor_on_map(&dir);
    let card = plain_card(&h);
    let mut edited = h.state().doc.map.card(&card).unwrap().clone();
    edited.text = "first".into();
    h.state_mut().apply(Command::SetCard {
        card: edited.clone(),
    });
    h.state_mut().queue(Action::Save);
    h.step();
    // The save took its copy of the map; its result is taken in only by a
    // later frame, so this edit lands while it is written.
    edited.text = "second".into();
    h.state_mut().apply(Command::SetCard { card: edited });
    step_until(&mut h, "the save", |app| !app.is_saving());
    h.run_steps(1);
    assert_eq!(text_on_disk(&file, &card), "first");
    assert!(h.state().doc.is_dirty(), "the second edit is not on disk");
    assert!(unsaved_mark(&h));
    h.state_mut().queue(Action::Undo);
    h.run_steps(2);
    assert!(!h.state().doc.is_dirty(), "undone back to what was saved");
    assert!(!unsaved_mark(&h), "{}", h.state().title());
}

#[test]
fn undo_and_redo_know_which_state_is_saved() {
    let dir = temp_dir("saved-point");
    let (mut h, file) = editor_on_map(&dir);
    let card = plain_card(&h);
    type_into_card(&mut h, &card, " one");
    h.state_mut().queue(Action::Save);
    h.step();
    step_until(&mut h, "the save", |app| !app.is_saving());
    h.run_steps(1);
    assert!(!unsaved_mark(&h));
    assert!(text_on_disk(&file, &card).ends_with(" one"));

    type_into_card(&mut h, &card, " two");
    assert!(unsaved_mark(&h), "edited after the save");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(
        h.state()
            .doc
            .map
            .card(&card)
            .unwrap()
            .text
            .ends_with(" one")
    );
    assert!(!h.state().doc.is_dirty(), "back at the saved state");
    assert!(!unsaved_mark(&h), "{}", h.state().title());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(
        !h.state()
            .doc
            .map
            .card(&card)
            .unwrap()
            .text
            .ends_with(" one")
    );
    assert!(h.state().doc.is_dirty(), "one step before the saved state");
    assert!(unsaved_mark(&h));
    h.state_mut().queue(Action::Redo);
    h.run_steps(2);
    assert!(!h.state().doc.is_dirty(), "redone to the saved state");
    assert!(!unsaved_mark(&h), "{}", h.state().title());

    // A new edit after undoing past the save: the saved state is gone.
    h.state_mut().queue(Action::Undo);
    h.run_steps(2);
    type_into_card(&mut h, &card, " other");
    h.state_mut().queue(Action::Undo);
    h.run_steps(2);
    assert!(
        h.state().doc.is_dirty(),
        "the map before the save is not what is on disk"
    );
}

#[test]
fn autosave_writes_the_recovery_file_in_a_job_and_never_the_map() {
    let dir = temp_dir("autosave");
    let (mut h, file) = editor_on_map(&dir);
    let original = std::fs::read(&file).unwrap();
    let card = plain_card(&h);
    type_into_card(&mut h, &card, " — autosaved");
    let rec = dir.join("recovery");
    step_until(&mut h, "a recovery file with the edit", |_| {
        recovery::find(&rec, Some(&file)).is_some_and(|(_, r)| {
            r.map
                .card(&card)
                .is_some_and(|c| c.text.ends_with(" — autosaved"))
        })
    });
    step_until(&mut h, "the write to be taken in", |app| {
        !app.is_autosaving()
    });
    assert!(h.state().error.is_none(), "{:?}", h.state().error);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        original,
        "the map is untouched"
    );
    // Saving removes the recovery file, in the save's job.
    h.state_mut().queue(Action::Save);
    h.step();
    step_until(&mut h, "the save", |app| !app.is_saving());
    assert!(
        recovery::find(&rec, Some(&file)).is_none(),
        "a clean save removes the recovery file"
    );
}

/// The editor on `file` with recovery files in `rec`, after its look-up ran.
fn window_on(file: &Path, rec: &Path) -> Harness<'static, WaylineApp> {
    let app = WaylineApp::with_recovery_dir(Some(file), rec.to_path_buf());
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    step_until(&mut h, "the recovery look-up", |app| !app.is_autosaving());
    h.run_steps(1);
    h
}

/// The texts of `card` in every recovery file in `rec`, sorted.
fn recovered_texts(rec: &Path, card: &CardId) -> Vec<String> {
    let mut texts: Vec<String> = recovery::list(rec)
        .into_iter()
        .filter_map(|(_, r)| r.map.card(card).map(|c| c.text.clone()))
        .collect();
    texts.sort();
    texts
}

#[test]
fn two_windows_on_one_file_keep_their_own_recovery_files() {
    let dir = temp_dir("two-windows");
    let (mut a, file) = editor_on_map(&dir);
    let rec = dir.join("recovery");
    let card = plain_card(&a);
    let before = a.state().doc.map.card(&card).unwrap().text.clone();
    type_into_card(&mut a, &card, " — A");
    step_until(&mut a, "window A's recovery file", |app| {
        !app.is_autosaving() && recovery_texts_has(&rec, &card, " — A")
    });
    assert!(a.state().autosave.notice.is_none(), "A is the first window");

    // A second window on the same file: no false crash offer, and told.
    let mut b = window_on(&file, &rec);
    assert!(
        b.state().autosave.offer.is_none(),
        "a live window's work is not offered as a crash's"
    );
    let notice = b.state().autosave.notice.clone();
    assert!(
        notice
            .as_deref()
            .is_some_and(|n| n.contains("already open in another Wayline window")),
        "{notice:?}"
    );
    assert!(
        b.query_by_label_contains("already open in another Wayline window")
            .is_some(),
        "the window shows it"
    );
    type_into_card(&mut b, &card, " — B");
    step_until(&mut b, "window B's recovery file", |app| {
        !app.is_autosaving() && recovery_texts_has(&rec, &card, " — B")
    });
    assert_eq!(
        recovered_texts(&rec, &card),
        vec![format!("{before} — A"), format!("{before} — B")],
        "B's autosave does not replace A's unsaved work"
    );

    // B crashes; a third window is offered B's work, not the live A's, and
    // its Discard removes only what it offered.
    drop(b);
    let mut c = window_on(&file, &rec);
    let offered = c.state().autosave.offer.clone();
    assert!(
        offered
            .as_ref()
            .is_some_and(|(_, r, _)| r.map.card(&card).is_some_and(|x| x.text.ends_with(" — B"))),
        "the crashed window's work is offered: {:?}",
        offered.map(|(f, _, _)| f)
    );
    c.get_by_label("Discard").click();
    step_until(&mut c, "the discard", |app| {
        app.autosave.offer.is_none() && !app.is_autosaving()
    });
    assert_eq!(
        recovered_texts(&rec, &card),
        vec![format!("{before} — A")],
        "the live window's recovery file is kept"
    );
    // A still writes to its own file, and a clean save removes only that.
    a.state_mut().queue(Action::Save);
    a.step();
    step_until(&mut a, "the save", |app| !app.is_saving());
    assert!(recovered_texts(&rec, &card).is_empty());
}

fn recovery_texts_has(rec: &Path, card: &CardId, end: &str) -> bool {
    recovered_texts(rec, card).iter().any(|t| t.ends_with(end))
}

#[test]
fn saving_restored_work_asks_when_the_file_changed_on_disk_after_the_crash() {
    let dir = temp_dir("restore-then-save");
    let (mut h, file) = editor_on_map(&dir);
    let rec = dir.join("recovery");
    let card = plain_card(&h);
    type_into_card(&mut h, &card, " — unsaved");
    step_until(&mut h, "the recovery file", |app| {
        !app.is_autosaving() && recovery_texts_has(&rec, &card, " — unsaved")
    });
    // The "crash": no clean quit, the recovery file stays.
    drop(h);
    // Meanwhile the file changes on disk (a git pull).
    let mut pulled = wayline::io::load(&file).unwrap().map;
    pulled.title = "Pulled from the remote, a longer title".into();
    wayline::io::save(&pulled, &file).unwrap();
    let on_disk = std::fs::read(&file).unwrap();

    let mut h = window_on(&file, &rec);
    assert!(
        h.state().autosave.offer.is_some(),
        "the crash's work is offered"
    );
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert!(text_of(&h, &card).ends_with(" — unsaved"));
    h.state_mut().queue(Action::Save);
    h.step();
    step_until(&mut h, "the save", |app| !app.is_saving());
    h.run_steps(2);
    assert!(
        h.state().overwrite_prompt,
        "the change on disk since the crash is noticed"
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        on_disk,
        "nothing is written before the user confirms"
    );
    h.get_by_label("Overwrite").click();
    h.run_steps(1);
    step_until(&mut h, "the confirmed save", |app| !app.is_saving());
    assert!(text_on_disk(&file, &card).ends_with(" — unsaved"));
}

fn text_of(h: &Harness<'static, WaylineApp>, card: &CardId) -> String {
    h.state().doc.map.card(card).unwrap().text.clone()
}
