//! Nothing lost: the real editor, killed with SIGKILL after an edit, leaves a
//! recovery file with the edit; the next start offers it and restores it. The
//! user's own file is never written by autosave.
//!
//! Needs Xvfb and xdotool (`.ci/run` installs them).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::WaylineApp;
use wayline::io::recovery;

use crate::common::{Killed, start_x, wait_for, wait_for_window, xdotool};

/// Runs frames until `done` holds, as the window would while jobs run.
fn step_until(h: &mut Harness<'static, WaylineApp>, what: &str, done: fn(&WaylineApp) -> bool) {
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

#[test]
fn sigkill_after_an_edit_then_restore_on_next_start() {
    let dir = std::env::temp_dir().join(format!("wayline-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file: PathBuf = dir.join("crash-test.journey.ron");
    let map = wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    wayline::io::save(&map, &file).unwrap();
    let original = std::fs::read(&file).unwrap();
    let rec = dir.join("recovery");

    let (_x, display) = start_x();
    let runtime = dir.join("xdg");
    std::fs::create_dir_all(&runtime).unwrap();
    let editor = Command::new(env!("CARGO_BIN_EXE_wayline"))
        .arg(&file)
        .env("DISPLAY", &display)
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("XDG_DATA_HOME", runtime.join("data"))
        .env("LC_ALL", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("WAYLAND_DISPLAY")
        .env("WAYLINE_RECOVERY_DIR", &rec)
        .env("WAYLINE_AUTOSAVE_SECS", "1")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("editor.log")).unwrap())
        .spawn()
        .unwrap();
    let mut editor = Killed(editor);
    let window = wait_for_window(
        &display,
        "crash-test.journey.ron",
        &mut editor,
        &dir.join("editor.log"),
    );
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["windowfocus", "--sync", &window]);
    // The edit: select every card and delete them.
    xdotool(&display, &["key", "ctrl+a"]);
    std::thread::sleep(Duration::from_millis(500));
    xdotool(&display, &["key", "Delete"]);

    let recovered = wait_for("a recovery file with the edit", 30, || {
        recovery::find(&rec, Some(&file)).filter(|(_, r)| r.map.cards.is_empty())
    });
    assert_eq!(
        recovered
            .1
            .original
            .as_deref()
            .map(|p| p.canonicalize().unwrap()),
        Some(file.canonicalize().unwrap())
    );

    // kill -9: no chance to clean up.
    editor.0.kill().unwrap();
    editor.0.wait().unwrap();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        original,
        "autosave never touches the user's file"
    );
    assert!(
        recovery::find(&rec, Some(&file)).is_some(),
        "the recovery file survives the kill"
    );

    // The next start offers the recovered work, with its time, and restores it.
    let app = WaylineApp::with_recovery_dir(Some(&file), rec.clone());
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    // The recovery file is looked for in the background: frames run meanwhile.
    step_until(&mut h, "the restore offer", |app| {
        app.autosave.offer.is_some()
    });
    h.run_steps(2);
    h.get_by_label("Restore unsaved work?");
    assert_eq!(
        h.state().doc.map.cards.len(),
        map.cards.len(),
        "nothing is restored without asking"
    );
    h.get_by_label("Restore").click();
    h.run_steps(3);
    assert!(h.state().doc.map.cards.is_empty(), "the edit is back");
    assert!(
        h.state().doc.is_dirty(),
        "restored work is unsaved until saved"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    step_until(&mut h, "the save", |app| {
        !app.is_saving() && !app.is_autosaving()
    });
    assert!(wayline::io::load(&file).unwrap().map.cards.is_empty());
    assert!(
        recovery::find(&rec, Some(&file)).is_none(),
        "a clean save removes the recovery file"
    );
}

/// Typing into a card in the real window, then SIGKILL three seconds after the
/// last key (with the default autosave delay): the next start restores every
/// letter typed, though the card's editor was still open and nothing was kept
/// with Enter.
#[test]
fn sigkill_three_seconds_after_typing_loses_nothing_typed() {
    let dir = std::env::temp_dir().join(format!("wayline-crash-typing-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file: PathBuf = dir.join("typing-test.journey.ron");
    let map = wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    wayline::io::save(&map, &file).unwrap();
    let rec = dir.join("recovery");

    let (_x, display) = start_x();
    let runtime = dir.join("xdg");
    std::fs::create_dir_all(&runtime).unwrap();
    let editor = Command::new(env!("CARGO_BIN_EXE_wayline"))
        .arg(&file)
        .env("DISPLAY", &display)
        .env("XDG_RUNTIME_DIR", &runtime)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLINE_AUTOSAVE_SECS")
        .env("WAYLINE_RECOVERY_DIR", &rec)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("editor.log")).unwrap())
        .spawn()
        .unwrap();
    let mut editor = Killed(editor);
    let window = wait_for_window(
        &display,
        "typing-test.journey.ron",
        &mut editor,
        &dir.join("editor.log"),
    );
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["windowfocus", "--sync", &window]);
    // Tab selects the first card, Enter opens it for typing (caret at the end).
    xdotool(&display, &["key", "Tab"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "Return"]);
    std::thread::sleep(Duration::from_millis(500));
    let typed = " then a gym membership";
    xdotool(&display, &["type", "--delay", "40", typed]);
    std::thread::sleep(Duration::from_secs(3));
    // kill -9 three seconds after the last key: no chance to clean up.
    editor.0.kill().unwrap();
    editor.0.wait().unwrap();
    let (_, recovered) = recovery::find(&rec, Some(&file)).expect("a recovery file");
    let card = recovered
        .map
        .cards
        .iter()
        .find(|c| c.text.ends_with(typed))
        .unwrap_or_else(|| panic!("no card ends with {typed:?}"));
    let first = map.card(&card.id).unwrap();
    assert_eq!(
        card.text,
        format!("{}{typed}", first.text),
        "every letter typed"
    );

    // The next start restores it.
    let app = WaylineApp::with_recovery_dir(Some(&file), rec.clone());
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    step_until(&mut h, "the restore offer", |app| {
        app.autosave.offer.is_some()
    });
    h.run_steps(2);
    h.get_by_label("Restore").click();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.map.card(&first.id).unwrap().text,
        format!("{}{typed}", first.text)
    );
}
