//! The "save changes?" prompt: Esc is Cancel, and Import (like Open) asks it
//! only once a file was picked, so cancelling the file dialog asks nothing.

use eframe::egui::Key;
use egui_kittest::kittest::Queryable;
use wayline::app::Action;

use super::*;

fn asking(h: &H) -> bool {
    h.query_by_label_contains("Save changes to").is_some()
}

/// Lists `dir` in the built-in file dialog.
fn go_to(h: &mut H, dir: &Path) {
    h.get_by_label("Folder").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text(dir.display().to_string()));
    h.run_steps(2);
    h.get_by_label("Go").click();
    for _ in 0..200 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

#[test]
fn import_asks_about_saving_after_the_file_is_picked_and_esc_cancels() {
    let dir = temp_dir("prompts");
    std::fs::write(
        dir.join("dzień.mmd"),
        "journey\n  title Dzień klienta 顾客\n  section Rano\n    Kawa: 5: Ola\n",
    )
    .unwrap();
    let mut h = harness(app_on(None, &dir));
    h.state_mut().use_builtin_file_dialog();
    let card = h.state().doc.map.cards[0].clone();
    let mut edited = card.clone();
    edited.text = "Zmieniona karta 改过".into();
    h.state_mut()
        .apply(wayline::edit::Command::SetCard { card: edited });
    h.run_steps(2);
    assert!(h.state().doc.is_dirty());
    let map = h.state().doc.map.clone();

    // Import: the file dialog comes first, and cancelling it asks nothing.
    h.state_mut().queue(Action::Import);
    h.run_steps(3);
    assert!(h.state().is_choosing_file());
    assert!(!asking(&h), "no question before a file is picked");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(!h.state().is_choosing_file() && !asking(&h));
    assert_eq!(h.state().doc.map, map);

    // Picked: now it asks, and Esc is Cancel.
    h.state_mut().queue(Action::Import);
    h.run_steps(3);
    go_to(&mut h, &dir);
    h.get_by_label("dzień.mmd").click();
    h.run_steps(2);
    h.get_by_label("Choose").click();
    h.run_steps(3);
    assert!(asking(&h), "asks once the file is picked");
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(!asking(&h), "Esc dismissed it");
    assert!(!h.state().is_importing());
    assert_eq!(h.state().doc.map, map, "nothing imported, nothing lost");
    assert!(h.state().doc.is_dirty());

    // Open asks after the pick too; "Don't save" goes on.
    h.state_mut().queue(Action::Open);
    h.run_steps(3);
    assert!(h.state().is_choosing_file() && !asking(&h));
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(!asking(&h));
    h.state_mut().import_file(dir.join("dzień.mmd"));
    h.run_steps(2);
    assert!(asking(&h));
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    assert!(!asking(&h));
    step_while(&mut h, WaylineApp::is_importing);
    assert_eq!(h.state().error, None);
    assert_eq!(h.state().doc.map.title, "Dzień klienta 顾客");
}
