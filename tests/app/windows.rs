//! The editor's secondary windows as a designer uses them, through kittest and
//! the accessibility tree: compare's change rows, the merge conflicts window,
//! the export dialog beside its page-break preview, the pain-point window and
//! the "save changes?" prompt. Each scenario checks the map after every step.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use wayline::app::WaylineApp;
use wayline::model::{CardId, LaneKind, Map};

mod compare_rows;
mod conflicts;
mod export;
mod pains;
mod prompts;

type H = Harness<'static, WaylineApp>;

fn harness(app: WaylineApp) -> H {
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h
}

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-windows-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The editor on `file` (or the sample map), with its own recovery folder.
fn app_on(file: Option<&Path>, dir: &Path) -> WaylineApp {
    WaylineApp::with_recovery_dir(file, dir.join("recovery"))
}

fn step_while(h: &mut H, busy: fn(&WaylineApp) -> bool) {
    let mut frames = 0;
    while busy(h.state()) && frames < 3000 {
        h.step();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(!busy(h.state()), "the background work finished");
    h.run_steps(3);
}

fn sample() -> Map {
    wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap()
}

fn cards_in(map: &Map, kind: LaneKind) -> Vec<CardId> {
    map.cards
        .iter()
        .filter(|c| map.lane(&c.lane).map(|l| l.kind) == Some(kind))
        .map(|c| c.id.clone())
        .collect()
}

/// A press and release at `pos`, as a mouse does; then half a second passes,
/// longer than a double-click, so the next click is a click of its own.
fn click_at(h: &mut H, pos: Pos2) {
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(30);
}
