//! The merge conflicts window: opens by itself when the open map has unresolved
//! conflicts (after a git merge with the wayline driver), lists each with both
//! values side by side, and resolves them through `Command::resolve_conflict`,
//! so every choice is one undo step. Also the "2 conflicts" status button.
//! Its layout holds still: the window keeps its size as conflicts go, and each
//! conflict's buttons sit at the top of its row, so after a choice the next
//! conflict's button is where the last one was; the second click of a
//! double-click is ignored, so a double-click resolves one conflict.

use eframe::egui::{self, Color32, RichText};

use super::WaylineApp;
use super::i18n::tr;
use crate::edit::Command;
use crate::model::{Conflict, Side, shorten};

const RED: Color32 = Color32::from_rgb(0xc6, 0x1f, 0x3a);

/// Whether the window shows; it opens again when the number of conflicts grows.
#[derive(Default)]
pub struct ConflictsState {
    pub open: bool,
    seen: usize,
}

impl WaylineApp {
    /// Takes one side for conflict `index`, as the window's buttons do.
    pub fn resolve_conflict(&mut self, index: usize, side: Side) {
        match Command::resolve_conflict(&self.doc.map, index, side) {
            Ok(command) => self.apply(command),
            Err(e) => self.error = Some(super::i18n::failed("error-edit-failed", e)),
        }
    }

    /// Takes one side for every conflict (one undo step).
    pub fn resolve_all_conflicts(&mut self, side: Side) {
        match Command::resolve_all_conflicts(&self.doc.map, side) {
            Ok(command) => self.apply(command),
            Err(e) => self.error = Some(super::i18n::failed("error-edit-failed", e)),
        }
    }

    pub fn conflicts_window_open(&self) -> bool {
        self.conflicts.open
    }
}

/// "2 conflicts" in the menu bar while the map has any; a click shows the window.
pub fn status(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let n = app.doc.map.conflicts.len();
    if n == 0 {
        return;
    }
    let label = tr!("conflicts-count", count = n);
    if ui
        .button(RichText::new(label).color(RED).strong())
        .on_hover_text(tr!("conflicts-tip"))
        .clicked()
    {
        app.conflicts.open = true;
    }
}

fn value_text(conflict: &Conflict, side: Side) -> (String, String) {
    match conflict.value(side) {
        None => (tr!("conflicts-deleted"), tr!("conflicts-deleted-tip")),
        Some(v) if conflict.is_text() => (shorten(v, 60), v.to_string()),
        Some(v) => (v.chars().take(60).collect(), v.to_string()),
    }
}

pub fn window(app: &mut WaylineApp, ctx: &egui::Context) {
    let n = app.doc.map.conflicts.len();
    if n > app.conflicts.seen {
        app.conflicts.open = true;
    }
    app.conflicts.seen = n;
    if n == 0 || !app.conflicts.open {
        return;
    }
    let mut open = true;
    let mut take = None;
    let mut take_all = None;
    let mut select = None;
    egui::Window::new(tr!("conflicts-title"))
        .open(&mut open)
        .default_size([640.0, 360.0])
        // Bottom right, clear of the lanes at the top where cards usually are.
        .default_pos(ctx.content_rect().right_bottom() - egui::vec2(980.0, 400.0))
        .show(ctx, |ui| {
            ui.label(tr!("conflicts-intro", count = n));
            ui.horizontal(|ui| {
                if once(ui.button(tr!("conflicts-keep-all-ours"))) {
                    take_all = Some(Side::Ours);
                }
                if once(ui.button(tr!("conflicts-take-all-theirs"))) {
                    take_all = Some(Side::Theirs);
                }
            });
            ui.separator();
            // Fills the window whatever is left, so the window never shrinks.
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for (i, conflict) in app.doc.map.conflicts.iter().enumerate() {
                        if let Some(item) = row(ui, app, i, conflict, &mut take) {
                            select = Some(item);
                        }
                        ui.separator();
                    }
                });
        });
    app.conflicts.open = open;
    if let Some(item) = select {
        super::compare::reveal(app, &item);
    }
    if let Some((i, side)) = take {
        app.resolve_conflict(i, side);
    } else if let Some(side) = take_all {
        app.resolve_all_conflicts(side);
    }
}

/// A click that is not the second half of a double-click.
fn once(response: egui::Response) -> bool {
    response.clicked() && !response.double_clicked()
}

/// One conflict: a one-line heading (a click selects the item), then each
/// side's title and button on one line, and its value under them.
fn row(
    ui: &mut egui::Ui,
    app: &WaylineApp,
    i: usize,
    conflict: &Conflict,
    take: &mut Option<(usize, Side)>,
) -> Option<crate::model::ItemRef> {
    let mut select = None;
    // English keeps the core's fuller description; other languages name the
    // item and field with the change list's words.
    let lang = super::i18n::language();
    let map = &app.doc.map;
    let (heading, field, describe) = if lang == crate::i18n::Language::En {
        (
            conflict.item.describe(map),
            conflict.field.clone(),
            conflict.describe(map),
        )
    } else {
        let heading = crate::export::changes::subject_in(lang, &conflict.item, map);
        let field = conflict
            .field
            .as_deref()
            .map(|f| crate::export::changes::field_name(lang, f));
        let describe = match &field {
            Some(f) => format!("{heading}: {f}"),
            None => heading.clone(),
        };
        (heading, field, describe)
    };
    ui.horizontal(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        ui.label(RichText::new(format!("{}.", i + 1)).strong());
        if ui.link(heading).on_hover_text(&describe).clicked() {
            select = Some(conflict.item.clone());
        }
        if let Some(field) = field {
            ui.label(RichText::new(field).weak());
        }
    });
    ui.columns(2, |columns| {
        for (column, side) in columns.iter_mut().zip([Side::Ours, Side::Theirs]) {
            let (short, full) = value_text(conflict, side);
            let (title, button) = match side {
                Side::Ours => (tr!("conflicts-ours"), tr!("conflicts-keep-ours")),
                Side::Theirs => (tr!("conflicts-theirs"), tr!("conflicts-take-theirs")),
            };
            column.horizontal(|ui| {
                ui.label(RichText::new(title).small().strong());
                if once(ui.button(button)) {
                    *take = Some((i, side));
                }
            });
            column.label(short).on_hover_text(full);
        }
    });
    select
}
