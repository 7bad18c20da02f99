//! Saving in the editor: the map is copied in the frame and written in a
//! [`Job`], after any running recovery write, with the "changed on disk" check
//! done there too. The saved history state is the one the save started from, so
//! edits made while it writes stay unsaved. One save runs at a time.

use std::path::PathBuf;

use eframe::egui;

use super::document::{SaveOutcome, SaveRequest};
use super::i18n::tr;
use super::jobs::{Job, Poll};
use super::{Pending, WaylineApp};

/// A save being written.
pub struct Saving {
    job: Job<Written>,
    path: PathBuf,
    /// What to do once the map is saved (the "save changes?" dialog's Save).
    pub then: Option<Pending>,
}

/// What the job hands back: the request, what happened, and the path as the
/// recent-files list keeps it.
struct Written {
    request: SaveRequest,
    result: Result<SaveOutcome, String>,
    canonical: PathBuf,
}

impl Saving {
    /// Waits for the write: only when quitting.
    pub fn wait(self) {
        let _written = self.job.wait();
    }
}

/// Starts writing the open map to `path`; with `check_disk`, a file changed on
/// disk since it was opened is left alone and the user is asked instead.
pub fn start(app: &mut WaylineApp, path: PathBuf, check_disk: bool) {
    let request = app.doc.save_request(&path, check_disk);
    // A saved map needs no recovery file: this window's own goes (never
    // another window's, which holds work of its own).
    let stale = app.autosave.own_file();
    let before = app.autosave.take_write();
    let job = Job::spawn(app.ctx.as_ref(), move |_| {
        if let Some(write) = before {
            // Its result no longer matters: the save supersedes it.
            let _ignored = write.wait();
        }
        let result = request.write().map_err(|e| e.to_string());
        if matches!(result, Ok(SaveOutcome::Saved(_)))
            && let Some(file) = &stale
        {
            // Already gone is fine.
            let _ignored = std::fs::remove_file(file);
        }
        let canonical = request
            .path
            .canonicalize()
            .unwrap_or_else(|_| request.path.clone());
        Written {
            request,
            result,
            canonical,
        }
    });
    app.saving = Some(Saving {
        job,
        path,
        then: None,
    });
}

/// Takes in a finished save; call every frame.
pub fn poll(app: &mut WaylineApp) {
    let Some(saving) = &mut app.saving else {
        return;
    };
    let written = match saving.job.poll() {
        Poll::Pending => return,
        Poll::Done(written) => written,
        Poll::Lost => {
            app.error = Some(tr!(
                "error-saving-stopped",
                file = saving.path.display().to_string()
            ));
            app.saving = None;
            return;
        }
    };
    let then = app.saving.take().and_then(|s| s.then);
    match written.result {
        Ok(SaveOutcome::Saved(stamp)) => {
            app.doc.saved(&written.request, stamp);
            app.autosave.forget();
            super::files::remember(app, written.canonical);
            if let Some(pending) = then
                && !app.doc.is_dirty()
            {
                app.proceed(pending);
            }
        }
        Ok(SaveOutcome::ChangedOnDisk) => app.overwrite_prompt = true,
        Err(e) => app.error = Some(super::i18n::failed("error-save-failed", e)),
    }
}

/// A spinner in the menu bar while saving.
pub fn status(app: &WaylineApp, ui: &mut egui::Ui) {
    if let Some(saving) = &app.saving {
        ui.spinner();
        ui.label(tr!(
            "status-saving",
            file = saving.path.display().to_string()
        ));
    }
}
