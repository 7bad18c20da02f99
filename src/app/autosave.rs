//! Autosave and recovery in the window: unsaved work goes to a recovery file at
//! most every 30 seconds of editing and whenever the window loses focus; at start
//! the user is offered what a crash left behind, with the time it is from.

use std::path::PathBuf;

use eframe::egui;

use super::{Document, WaylineApp};
use crate::io::recovery::{self, Recovery};

/// How often unsaved work is written aside while editing.
pub fn interval() -> f64 {
    std::env::var("WAYLINE_AUTOSAVE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30.0)
}

pub struct Autosave {
    pub dir: PathBuf,
    session: u64,
    saved_revision: Option<u64>,
    last_write: f64,
    was_focused: bool,
    /// A recovery file found at start, waiting for Restore or Discard.
    pub offer: Option<(PathBuf, Recovery)>,
}

impl Autosave {
    pub fn new(dir: PathBuf, doc: &Document) -> Autosave {
        let offer = recovery::find(&dir, doc.path.as_deref());
        Autosave {
            dir,
            session: recovery::now_unix() ^ u64::from(std::process::id()) << 32,
            saved_revision: None,
            last_write: f64::NEG_INFINITY,
            was_focused: true,
            offer,
        }
    }

    /// The recovery file of the open document.
    pub fn file(&self, doc: &Document) -> PathBuf {
        recovery::file_for(&self.dir, doc.path.as_deref(), self.session)
    }

    /// Removes the document's recovery file (after a save, a discard, a clean quit).
    pub fn clear(&mut self, doc: &Document) {
        let _ = std::fs::remove_file(self.file(doc));
        self.saved_revision = None;
    }

    /// Forgets an untitled document's recovery file when it gets a path.
    pub fn clear_untitled(&self) {
        let _ = std::fs::remove_file(recovery::file_for(&self.dir, None, self.session));
    }
}

/// Writes the recovery file when due; call once per frame.
pub fn tick(app: &mut WaylineApp, ctx: &egui::Context) {
    let (now, focused) = ctx.input(|i| (i.time, i.focused));
    let lost_focus = app.autosave.was_focused && !focused;
    app.autosave.was_focused = focused;
    if !app.doc.is_dirty() || app.autosave.saved_revision == Some(app.doc.revision()) {
        return;
    }
    let due = now - app.autosave.last_write >= interval();
    if !(due || lost_focus) {
        // Come back when it is due even if nothing else wakes the window.
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
            (interval() - (now - app.autosave.last_write)).max(0.1),
        ));
        return;
    }
    let recovery = Recovery {
        original: app.doc.path.clone(),
        saved_unix: recovery::now_unix(),
        map: app.doc.map.clone(),
    };
    match recovery::write(&app.autosave.file(&app.doc), &recovery) {
        Ok(()) => {
            app.autosave.saved_revision = Some(app.doc.revision());
            app.autosave.last_write = now;
        }
        Err(e) => {
            // Do not nag every frame: try again at the next interval.
            app.autosave.last_write = now;
            app.error = Some(format!(
                "cannot write the recovery file in {}: {e}",
                app.autosave.dir.display()
            ));
        }
    }
}

/// The "restore unsaved work?" dialog.
pub fn offer_dialog(app: &mut WaylineApp, ctx: &egui::Context) {
    let Some((file, recovery)) = app.autosave.offer.clone() else {
        return;
    };
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Restore unsaved work?");
        let name = recovery
            .original
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || "an unsaved map".to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
        ui.label(format!(
            "Wayline did not close cleanly. It kept unsaved changes to {name} (“{}”) from {}.",
            recovery.map.title,
            recovery::describe_time(recovery.saved_unix)
        ));
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                app.replace_document(Document::recovered(
                    recovery.map.clone(),
                    recovery.original.clone(),
                ));
                app.autosave.offer = None;
                if recovery.original.is_none() {
                    // This session writes its own file for the restored work at once.
                    let _ = std::fs::remove_file(&file);
                }
            }
            if ui.button("Discard").clicked() {
                let _ = std::fs::remove_file(&file);
                app.autosave.offer = None;
            }
        });
    });
}
