//! Autosave and recovery in the window: unsaved work goes to a recovery file at
//! most every 30 seconds of editing and whenever the window loses focus; at start
//! the user is offered what a crash left behind, with the time it is from.
//! Every read, write and removal of a recovery file runs in a [`Job`]; the
//! frame only starts them and takes in their results, one write at a time.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use eframe::egui;

use super::document::DiskStamp;
use super::i18n::tr;
use super::jobs::{Job, Poll};
use super::{Document, WaylineApp};
use crate::io::recovery::{self, Claim, Lock, Recovery};

/// How often unsaved work is written aside while editing.
pub fn interval() -> f64 {
    std::env::var("WAYLINE_AUTOSAVE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30.0)
}

/// A recovery file found at start: where it is, what it holds, and the stamp
/// the original file had when the work began (so a save after restoring
/// notices a change made on disk since).
pub type Offer = (PathBuf, Recovery, Option<DiskStamp>);

/// The recovery entry this window holds for its document.
struct Owned {
    /// The document's path the entry is for.
    for_path: Option<PathBuf>,
    file: PathBuf,
    lock: Lock,
}

/// Claiming an entry, in a job.
type ClaimJob = Job<Result<Claim, String>>;

/// What the look-up at start hands back.
struct Found {
    claim: Result<Claim, String>,
    offer: Option<(PathBuf, Recovery, Option<Lock>)>,
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
    /// The offered entry's lock, when it is not this window's own entry.
    offer_lock: Option<Lock>,
    /// A message shown in the window until dismissed (the file is open in
    /// another window too).
    pub notice: Option<String>,
    /// The entry this window writes to, once claimed.
    owned: Option<Owned>,
    /// Looking for a recovery file of the document opened at start (and
    /// claiming this window's entry).
    finding: Option<Job<Found>>,
    /// Claiming the entry for the document's new path (after Open or Save As).
    claiming: Option<(Option<PathBuf>, ClaimJob)>,
    /// The recovery write running, and the revision it writes.
    writing: Option<(u64, Job<Result<(), String>>)>,
    /// Recovery files being removed.
    removing: Vec<Job<()>>,
}

fn claim_message(dir: &Path, e: &std::io::Error) -> String {
    tr!(
        "recovery-cannot-set-up",
        dir = dir.display().to_string(),
        error = e.to_string()
    )
}

fn open_elsewhere(path: Option<&Path>) -> String {
    let name = path.and_then(Path::file_name).map_or_else(
        || tr!("recovery-this-map"),
        |n| n.to_string_lossy().into_owned(),
    );
    tr!("recovery-open-elsewhere", name = name)
}

impl Autosave {
    /// Claims this window's recovery entry and looks for what a crash left
    /// behind for `doc` (in a job).
    pub fn new(dir: PathBuf, doc: &Document) -> Autosave {
        let session = recovery::now_unix()
            ^ u64::from(std::process::id()) << 32
            ^ SESSIONS.fetch_add(1, Ordering::Relaxed);
        let (look_in, original) = (dir.clone(), doc.path.clone());
        let finding = Job::spawn(None, move |_| {
            let claim = recovery::claim(&look_in, original.as_deref(), session)
                .map_err(|e| claim_message(&look_in, &e));
            let own = claim.as_ref().ok().map(|c| c.file.as_path());
            let offer = recovery::find_unclaimed(&look_in, original.as_deref(), own);
            Found { claim, offer }
        });
        Autosave {
            dir,
            session,
            saved_revision: None,
            last_write: f64::NEG_INFINITY,
            was_focused: true,
            owed: false,
            offer: None,
            offer_lock: None,
            notice: None,
            owned: None,
            finding: Some(finding),
            claiming: None,
            writing: None,
            removing: Vec::new(),
        }
    }

    /// The recovery file this window writes its document's work to, once
    /// claimed.
    pub fn own_file(&self) -> Option<PathBuf> {
        self.owned.as_ref().map(|o| o.file.clone())
    }

    /// True while a recovery file is looked for, claimed, written or removed.
    pub fn is_busy(&self) -> bool {
        self.finding.is_some()
            || self.claiming.is_some()
            || self.writing.is_some()
            || !self.removing.is_empty()
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
    /// The entry stays this window's until the document's path changes.
    pub fn clear(&mut self, _doc: &Document) {
        if let Some(file) = self.own_file() {
            self.remove(file, None);
        }
        self.saved_revision = None;
    }

    /// Removes `file` in a job after any running write; with `lock`, releases
    /// that entry too (its lock file goes with it).
    fn remove(&mut self, file: PathBuf, lock: Option<Lock>) {
        let before = self.take_write();
        self.removing.push(Job::spawn(None, move |_| {
            if let Some(write) = before {
                let _ignored = write.wait();
            }
            // Already gone is fine: there is nothing left to recover.
            let _ignored = std::fs::remove_file(&file);
            if let Some(lock) = lock {
                lock.release();
            }
        }));
    }

    /// Lets go of an entry this window no longer writes to: its lock file is
    /// removed in a job; a recovery file in it stays (a crash's work is offered).
    fn let_go(&mut self, owned: Owned) {
        self.removing
            .push(Job::spawn(None, move |_| owned.lock.release()));
    }

    /// Waits for removals to finish: only when quitting, so a clean quit leaves
    /// no recovery file behind.
    pub fn finish(&mut self) {
        if let Some(owned) = self.owned.take() {
            self.let_go(owned);
        }
        if let Some(lock) = self.offer_lock.take() {
            self.removing
                .push(Job::spawn(None, move |_| lock.release()));
        }
        for job in std::mem::take(&mut self.removing) {
            let _ignored = job.wait();
        }
    }
}

/// Makes sessions in one process distinct (two windows started in one second).
static SESSIONS: AtomicU64 = AtomicU64::new(0);

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
    // The document moved (Open, Save As): claim the entry for its new path.
    let path = app.doc.path.clone();
    if app
        .autosave
        .owned
        .as_ref()
        .is_some_and(|o| o.for_path != path)
    {
        if let Some(old) = app.autosave.owned.take() {
            app.autosave.let_go(old);
        }
        let (dir, session, wanted) = (app.autosave.dir.clone(), app.autosave.session, path.clone());
        let job = Job::spawn(Some(ctx), move |_| {
            recovery::claim(&dir, wanted.as_deref(), session).map_err(|e| claim_message(&dir, &e))
        });
        app.autosave.claiming = Some((path, job));
        ctx.request_repaint_after(Duration::from_millis(50));
        return;
    }
    let Some(file) = app.autosave.own_file() else {
        return;
    };
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
        base: app.doc.disk_stamp().map(DiskStamp::to_file_stamp),
        map: app.doc.map.clone(),
    };
    let dir = app.autosave.dir.clone();
    let job = Job::spawn(Some(ctx), move |_| {
        recovery::write(&file, &recovery).map_err(|e| {
            tr!(
                "recovery-cannot-write",
                dir = dir.display().to_string(),
                error = e.to_string()
            )
        })
    });
    app.autosave.writing = Some((app.doc.revision(), job));
    app.autosave.last_write = now;
}

/// Takes in a claimed entry: an error is shown; a file open elsewhere is said.
fn took_claim(app: &mut WaylineApp, for_path: Option<PathBuf>, claim: Result<Claim, String>) {
    match claim {
        Ok(claim) => {
            if claim.open_elsewhere {
                app.autosave.notice = Some(open_elsewhere(for_path.as_deref()));
            }
            app.autosave.owned = Some(Owned {
                for_path,
                file: claim.file,
                lock: claim.lock,
            });
        }
        Err(e) => app.error = Some(e),
    }
}

fn poll(app: &mut WaylineApp, now: f64) {
    if let Some(job) = &mut app.autosave.finding {
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(found) => {
                app.autosave.finding = None;
                app.autosave.offer = found.offer.map(|(file, recovery, lock)| {
                    app.autosave.offer_lock = lock;
                    let stamp = offered_stamp(&recovery);
                    (file, recovery, stamp)
                });
                let path = app.doc.path.clone();
                took_claim(app, path, found.claim);
            }
            Poll::Lost => {
                app.autosave.finding = None;
                app.error = Some(tr!("recovery-looking-stopped"));
            }
        }
    }
    if let Some((_, job)) = &mut app.autosave.claiming {
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(claim) => {
                let for_path = app.autosave.claiming.take().and_then(|(p, _)| p);
                took_claim(app, for_path, claim);
            }
            Poll::Lost => {
                app.autosave.claiming = None;
                app.error = Some(tr!("recovery-setting-up-stopped"));
            }
        }
    }
    let autosave = &mut app.autosave;
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
                app.error = Some(tr!("recovery-writing-stopped"));
            }
        }
    }
}

/// The stamp a restored document expects its file to have: the one recorded
/// in the recovery file. A recovery file from before stamps were recorded
/// gives one no file has, so saving over an existing file always asks.
fn offered_stamp(recovery: &Recovery) -> Option<DiskStamp> {
    recovery.original.as_ref()?;
    Some(
        recovery
            .base
            .map_or_else(DiskStamp::unknown, DiskStamp::from_file_stamp),
    )
}

/// The "already open in another window" message, until dismissed.
pub fn notice_bar(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let Some(notice) = app.autosave.notice.clone() else {
        return;
    };
    egui::Panel::top("autosave-notice").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(notice);
            if ui.button(tr!("recovery-dismiss")).clicked() {
                app.autosave.notice = None;
            }
        });
    });
}

/// The "restore unsaved work?" dialog.
pub fn offer_dialog(app: &mut WaylineApp, ctx: &egui::Context) {
    let Some((file, recovery, stamp)) = app.autosave.offer.clone() else {
        return;
    };
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr!("recovery-title"));
        let name = recovery
            .original
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || tr!("recovery-unsaved-map"),
                |n| n.to_string_lossy().into_owned(),
            );
        ui.label(tr!(
            "recovery-body",
            name = name,
            title = recovery.map.title.as_str(),
            time = recovery::describe_time(recovery.saved_unix)
        ));
        ui.horizontal(|ui| {
            if ui.button(tr!("recovery-restore")).clicked() {
                app.replace_document(Document::recovered(
                    recovery.map.clone(),
                    recovery.original.clone(),
                    stamp,
                ));
                app.autosave.offer = None;
                if let Some(lock) = app.autosave.offer_lock.take() {
                    // Another window's leftover: the restored work goes on
                    // in that entry, which this window now holds.
                    if let Some(old) = app.autosave.owned.take() {
                        app.autosave.let_go(old);
                    }
                    app.autosave.owned = Some(Owned {
                        for_path: recovery.original.clone(),
                        file: file.clone(),
                        lock,
                    });
                }
            }
            if ui.button(tr!("recovery-discard")).clicked() {
                // Only the entry offered: never another live window's.
                let lock = app.autosave.offer_lock.take();
                app.autosave.remove(file.clone(), lock);
                app.autosave.offer = None;
            }
        });
    });
}
