//! Autosave and recovery in the window: unsaved work goes to a recovery file at
//! most every 30 seconds of editing and whenever the window loses focus; at start
//! the user is offered what a crash left behind, with the time it is from.
//! Every read, write and removal of a recovery file runs in a [`Job`]; the
//! frame only starts them and takes in their results, one write at a time.

use std::path::{Path, PathBuf};
use std::time::Duration;

use eframe::egui;

use super::document::DiskStamp;
use super::jobs::{Job, Poll};
use super::{Document, WaylineApp};
use crate::io::recovery::{self, Recovery};

/// How often unsaved work is written aside while editing.
pub fn interval() -> f64 {
    std::env::var("WAYLINE_AUTOSAVE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30.0)
}

/// A recovery file found at start: where it is, what it holds, and the stamp of
/// the file it belongs to (read with it, so restoring touches no disk).
pub type Offer = (PathBuf, Recovery, Option<DiskStamp>);

/// Which recovery file belongs to a document; resolving it reads the disk
/// (the document's path is made canonical), so it is done in jobs.
#[derive(Clone, Debug)]
pub struct RecoveryFile {
    dir: PathBuf,
    original: Option<PathBuf>,
    session: u64,
}

impl RecoveryFile {
    pub fn path(&self) -> PathBuf {
        recovery::file_for(&self.dir, self.original.as_deref(), self.session)
    }
}

pub struct Autosave {
    pub dir: PathBuf,
    session: u64,
    saved_revision: Option<u64>,
    last_write: f64,
    was_focused: bool,
    /// Focus was lost while a write ran: write once it is done.
    owed: bool,
    /// A recovery file found at start, waiting for Restore or Discard.
    pub offer: Option<Offer>,
    /// Looking for a recovery file of the document opened at start.
    finding: Option<Job<Option<Offer>>>,
    /// The recovery write running, and the revision it writes.
    writing: Option<(u64, Job<Result<(), String>>)>,
    /// Recovery files being removed.
    removing: Vec<Job<()>>,
}

impl Autosave {
    /// Starts looking for what a crash left behind for `doc` (in a job).
    pub fn new(dir: PathBuf, doc: &Document) -> Autosave {
        let (look_in, original) = (dir.clone(), doc.path.clone());
        let finding = Job::spawn(None, move |_| {
            let (file, found) = recovery::find(&look_in, original.as_deref())?;
            let stamp = found.original.as_deref().and_then(DiskStamp::of);
            Some((file, found, stamp))
        });
        Autosave {
            dir,
            session: recovery::now_unix() ^ u64::from(std::process::id()) << 32,
            saved_revision: None,
            last_write: f64::NEG_INFINITY,
            was_focused: true,
            owed: false,
            offer: None,
            finding: Some(finding),
            writing: None,
            removing: Vec::new(),
        }
    }

    /// The recovery file of a document at `path` (`None`: untitled).
    pub fn file_for(&self, path: Option<&Path>) -> RecoveryFile {
        RecoveryFile {
            dir: self.dir.clone(),
            original: path.map(Path::to_path_buf),
            session: self.session,
        }
    }

    /// True while a recovery file is looked for, written or removed.
    pub fn is_busy(&self) -> bool {
        self.finding.is_some() || self.writing.is_some() || !self.removing.is_empty()
    }

    /// Hands over the running write (if any), so a save or a removal can wait
    /// for it in its own job: a later removal never races an earlier write.
    pub fn take_write(&mut self) -> Option<Job<Result<(), String>>> {
        self.writing.take().map(|(_, job)| job)
    }

    /// The recovery file no longer matters: a save removed it (or wrote over
    /// the work it held).
    pub fn forget(&mut self) {
        self.saved_revision = None;
    }

    /// Removes the document's recovery file (after a discard, a clean quit, or
    /// leaving the document), in a job that first lets a running write finish.
    pub fn clear(&mut self, doc: &Document) {
        let file = self.file_for(doc.path.as_deref());
        self.remove(move || file.path());
        self.saved_revision = None;
    }

    fn remove(&mut self, file: impl FnOnce() -> PathBuf + Send + 'static) {
        let before = self.take_write();
        self.removing.push(Job::spawn(None, move |_| {
            if let Some(write) = before {
                let _ignored = write.wait();
            }
            // Already gone is fine: there is nothing left to recover.
            let _ignored = std::fs::remove_file(file());
        }));
    }

    /// Waits for removals to finish: only when quitting, so a clean quit leaves
    /// no recovery file behind.
    pub fn finish(&mut self) {
        for job in std::mem::take(&mut self.removing) {
            let _ignored = job.wait();
        }
    }
}

/// Takes in finished recovery jobs and starts a write when due; call once per frame.
pub fn tick(app: &mut WaylineApp, ctx: &egui::Context) {
    let (now, focused) = ctx.input(|i| (i.time, i.focused));
    poll(app, now);
    let lost_focus = app.autosave.was_focused && !focused || app.autosave.owed;
    app.autosave.was_focused = focused;
    if app.autosave.is_busy() {
        app.autosave.owed = lost_focus;
        ctx.request_repaint_after(Duration::from_millis(50));
        return;
    }
    app.autosave.owed = false;
    if !app.doc.is_dirty()
        || app.autosave.saved_revision == Some(app.doc.revision())
        || app.is_saving()
    {
        return;
    }
    let due = now - app.autosave.last_write >= interval();
    if !(due || lost_focus) {
        // Come back when it is due even if nothing else wakes the window.
        ctx.request_repaint_after(Duration::from_secs_f64(
            (interval() - (now - app.autosave.last_write)).max(0.1),
        ));
        return;
    }
    let recovery = Recovery {
        original: app.doc.path.clone(),
        saved_unix: recovery::now_unix(),
        map: app.doc.map.clone(),
    };
    let file = app.autosave.file_for(app.doc.path.as_deref());
    let dir = app.autosave.dir.clone();
    let job = Job::spawn(Some(ctx), move |_| {
        recovery::write(&file.path(), &recovery)
            .map_err(|e| format!("cannot write the recovery file in {}: {e}", dir.display()))
    });
    app.autosave.writing = Some((app.doc.revision(), job));
    app.autosave.last_write = now;
}

fn poll(app: &mut WaylineApp, now: f64) {
    let autosave = &mut app.autosave;
    if let Some(job) = &mut autosave.finding {
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(offer) => {
                autosave.offer = offer;
                autosave.finding = None;
            }
            Poll::Lost => {
                autosave.finding = None;
                app.error = Some("looking for unsaved work stopped unexpectedly".into());
            }
        }
    }
    autosave
        .removing
        .retain_mut(|job| matches!(job.poll(), Poll::Pending));
    if let Some((revision, job)) = &mut autosave.writing {
        let revision = *revision;
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(Ok(())) => {
                autosave.saved_revision = Some(revision);
                autosave.writing = None;
            }
            Poll::Done(Err(e)) => {
                // Do not nag every frame: try again at the next interval.
                autosave.last_write = now;
                autosave.writing = None;
                app.error = Some(e);
            }
            Poll::Lost => {
                autosave.last_write = now;
                autosave.writing = None;
                app.error = Some("writing the recovery file stopped unexpectedly".into());
            }
        }
    }
}

/// The "restore unsaved work?" dialog.
pub fn offer_dialog(app: &mut WaylineApp, ctx: &egui::Context) {
    let Some((file, recovery, stamp)) = app.autosave.offer.clone() else {
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
                    stamp,
                ));
                app.autosave.offer = None;
                if recovery.original.is_none() {
                    // This session writes its own file for the restored work at once.
                    let file = file.clone();
                    app.autosave.remove(move || file);
                }
            }
            if ui.button("Discard").clicked() {
                let file = file.clone();
                app.autosave.remove(move || file);
                app.autosave.offer = None;
            }
        });
    });
}
