//! Helpers that drive the editor as a designer and a screen reader do: canvas
//! items found by their accessibility label, clicked where they are drawn.

use eframe::egui::{self, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wayline::app::WaylineApp;

pub type H = Harness<'static, WaylineApp>;

/// The editor on the empty template (its stages and lanes, no cards).
pub fn empty() -> H {
    let map = wayline::templates::find("empty")
        .unwrap()
        .empty_map()
        .unwrap();
    let mut h = super::harness(super::app(None));
    h.state_mut()
        .replace_document(wayline::app::Document::new(map));
    h.run_steps(3);
    h
}

/// Every label of the nodes with `role`, in tree order.
pub fn labels(h: &H, role: egui::accesskit::Role) -> Vec<String> {
    h.query_all_by_role(role)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

/// The screen rectangle of the node labelled `label`.
pub fn rect_of(h: &H, label: &str) -> egui::Rect {
    h.get_by_label(label).rect()
}

/// A press and release at `pos`, one frame each.
pub fn click_at(h: &mut H, pos: Pos2, modifiers: Modifiers) {
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
        h.step();
    }
}

/// Two clicks in quick succession: a double-click.
pub fn double_click_at(h: &mut H, pos: Pos2) {
    // Far enough from any earlier click not to make it a triple-click.
    h.run_steps(30);
    click_at(h, pos, Modifiers::NONE);
    click_at(h, pos, Modifiers::NONE);
    h.run_steps(3);
}

/// Clicks the canvas item labelled `label` (with `modifiers`).
pub fn click_item(h: &mut H, label: &str, modifiers: Modifiers) {
    let pos = rect_of(h, label).center();
    click_at(h, pos, modifiers);
    h.run_steps(2);
}

/// Types `text` as the keyboard does: text events into whatever has focus.
pub fn type_text(h: &mut H, text: &str) {
    h.event(egui::Event::Text(text.to_string()));
    h.run_steps(2);
}

pub fn key(h: &mut H, key: Key) {
    h.key_press(key);
    h.run_steps(2);
}

pub fn ctrl(h: &mut H, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run_steps(2);
}

/// The texts of the map's cards, in the map's order.
pub fn texts(h: &H) -> Vec<String> {
    h.state()
        .doc
        .map
        .cards
        .iter()
        .map(|c| c.text.clone())
        .collect()
}
