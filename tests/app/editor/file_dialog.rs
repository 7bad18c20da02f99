//! File dialogs never fail silently: on a desktop without the XDG portal or
//! zenity the editor says so and offers its own dialog, which lists folders
//! in the background and saves and opens like the system one.

use eframe::egui::Key;
use egui_kittest::kittest::Queryable;
use wayline::app::WaylineApp;

use super::access::*;

fn settle(h: &mut H, busy: fn(&WaylineApp) -> bool) {
    let mut frames = 0;
    while busy(h.state()) && frames < 2000 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
        frames += 1;
    }
    assert!(!busy(h.state()), "the background work finished");
    h.run_steps(3);
}

/// Types `path` into the dialog's folder field and lists it.
fn go_to(h: &mut H, dir: &std::path::Path) {
    let folder = h.get_by_label("Folder");
    folder.focus();
    h.run_steps(1);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    type_text(h, &dir.display().to_string());
    h.get_by_label("Go").click();
    // The listing is read in a job.
    for _ in 0..200 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

#[test]
fn without_a_system_dialog_save_as_and_open_use_the_built_in_one_and_say_why() {
    let dir = crate::common::dir("editor", "builtin-dialog");
    std::fs::write(dir.join("notes.txt"), "not a map").unwrap();
    let mut h = super::sample();
    h.state_mut().use_builtin_file_dialog();
    // Save As on the unsaved sample map.
    h.key_press_modifiers(
        eframe::egui::Modifiers::COMMAND | eframe::egui::Modifiers::SHIFT,
        Key::S,
    );
    h.run_steps(3);
    assert!(h.state().is_choosing_file(), "a dialog opened");
    h.get_by_label_contains("No system file dialog is available here");
    go_to(&mut h, &dir);
    // The map filter hides the text file; "Show all files" shows it.
    assert!(h.query_by_label("notes.txt").is_none());
    h.get_by_label("Show all files, not only Journey map")
        .click();
    h.run_steps(2);
    h.get_by_label("notes.txt");
    let name = h.get_by_label("File name");
    name.focus();
    h.run_steps(1);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::A);
    type_text(&mut h, "mapa zakupów.journey.ron");
    h.get_by_label("Save here").click();
    h.run_steps(2);
    assert!(!h.state().is_choosing_file());
    settle(&mut h, WaylineApp::is_saving);
    let path = dir.join("mapa zakupów.journey.ron");
    let saved = wayline::io::load(&path).unwrap().map;
    assert_eq!(saved.cards.len(), h.state().doc.map.cards.len());
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
    assert!(!h.state().doc.is_dirty());

    // Open it again from a fresh editor, picking it from the listing.
    let mut h = super::sample();
    h.state_mut().use_builtin_file_dialog();
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    go_to(&mut h, &dir);
    h.get_by_label("mapa zakupów.journey.ron").click();
    h.run_steps(2);
    h.get_by_label("Choose").click();
    h.run_steps(2);
    settle(&mut h, WaylineApp::is_opening);
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(h.state().doc.map, saved);
}

#[test]
fn the_built_in_dialog_will_not_open_a_file_that_is_not_there_and_cancel_changes_nothing() {
    let dir = crate::common::dir("editor", "builtin-missing");
    let mut h = super::sample();
    h.state_mut().use_builtin_file_dialog();
    let before = h.state().doc.map.clone();
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    go_to(&mut h, &dir);
    h.get_by_label("File name").focus();
    h.run_steps(1);
    type_text(&mut h, "brak.journey.ron");
    h.get_by_label_contains("There is no file");
    h.get_by_label("Choose").click();
    h.run_steps(2);
    assert!(h.state().is_choosing_file(), "still open: nothing to open");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().is_choosing_file());
    assert!(!h.state().is_opening());
    assert_eq!(h.state().doc.map, before);
}

/// Where rfd has no dialog to show, it answers "cancelled" at once; the
/// editor takes that for what it is. (Only checkable where neither the portal
/// nor zenity is there, as on this test machine.)
#[test]
fn a_system_dialog_that_cannot_open_is_noticed_and_the_built_in_one_offered() {
    let zenity = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    if zenity || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        eprintln!("skipped: this desktop has a system file dialog");
        return;
    }
    let mut h = super::sample();
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::O);
    let mut frames = 0;
    while h.query_by_label_contains("Wayline shows its own").is_none() && frames < 500 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
        frames += 1;
    }
    h.get_by_label_contains("Wayline shows its own");
    assert!(h.state().is_choosing_file());
    h.get_by_label("Folder");
}
