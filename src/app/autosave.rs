//! Autosave and recovery in the window: unsaved work (with the text being typed
//! into a card on the canvas) goes to a recovery file about two seconds after
//! the last edit, at least every ten seconds of steady typing, and whenever the
//! window loses focus, but never while an input method is composing; at start
//! the user is offered what a crash left behind, with its local time.
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

/// How long after the last edit unsaved work is written aside (seconds).
pub fn interval() -> f64 {
    std::env::var("WAYLINE_AUTOSAVE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2.0)
}

/// Steady typing with no pause is written aside at least this often (seconds).
const LONGEST_WAIT: f64 = 10.0;
/// After a failed write, the next try waits this long (seconds).
const RETRY_AFTER: f64 = 30.0;

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
    /// When the offered work was written, in local time (reading the time
    /// zone is file I/O, so it is done here).
    when: String,
}

pub struct Autosave {
    pub dir: PathBuf,
    session: u64,
    /// What the last finished write held (see [`content_key`]).
    saved_key: Option<u64>,
    /// What the document held last frame, and since when.
    seen_key: Option<u64>,
    changed_at: f64,
    /// The first change not yet written aside.
    pending_since: Option<f64>,
    /// A write failed at this time: wait before trying again.
    failed_at: f64,
    /// An input method is composing text (its pre-edit is not text yet).
    composing: bool,
    was_focused: bool,
    /// Focus was lost while a write ran: write once it is done.
    owed: bool,
    /// A recovery file found at start, waiting for Restore or Discard.
    pub offer: Option<Offer>,
    /// When the offered work is from, in local time.
    offer_when: String,
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
    /// The recovery write running, and the content key it writes.
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
            let when = offer
                .as_ref()
                .map(|(_, r, _)| recovery::describe_time(r.saved_unix))
                .unwrap_or_default();
            Found { claim, offer, when }
        });
        Autosave {
            dir,
            session,
            saved_key: None,
            seen_key: None,
            changed_at: 0.0,
            pending_since: None,
            failed_at: f64::NEG_INFINITY,
            composing: false,
            was_focused: true,
            owed: false,
            offer: None,
            offer_when: String::new(),
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
        self.saved_key = None;
    }

    /// Removes the document's recovery file (after a discard, a clean quit, or
    /// leaving the document), in a job that first lets a running write finish.
    /// The entry stays this window's until the document's path changes.
    pub fn clear(&mut self, _doc: &Document) {
        if let Some(file) = self.own_file() {
            self.remove(file, None);
        }
        self.saved_key = None;
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
    let typing = app.canvas.typed_text();
    let key = content_key(app.doc.revision(), typing);
    if app.autosave.seen_key != Some(key) {
        app.autosave.seen_key = Some(key);
        app.autosave.changed_at = now;
        app.autosave.pending_since.get_or_insert(now);
    }
    let typed_unsaved =
        typing.is_some_and(|(id, text)| app.doc.map.card(id).is_some_and(|c| c.text != text));
    if !(app.doc.is_dirty() || typed_unsaved)
        || app.autosave.saved_key == Some(key)
        || app.is_saving()
    {
        app.autosave.pending_since = None;
        return;
    }
    app.autosave.composing = composing(ctx, app.autosave.composing);
    if app.autosave.composing {
        // The pre-edit is not text yet: look again once it is.
        ctx.request_repaint_after(Duration::from_millis(250));
        return;
    }
    let quiet = now - app.autosave.changed_at;
    let waiting = now - app.autosave.pending_since.unwrap_or(now);
    let retry = now - app.autosave.failed_at >= RETRY_AFTER;
    if !retry || !(quiet >= interval() || waiting >= LONGEST_WAIT || lost_focus) {
        // Come back when it is due even if nothing else wakes the window.
        let due = (interval() - quiet)
            .min(LONGEST_WAIT - waiting)
            .max(RETRY_AFTER - (now - app.autosave.failed_at))
            .max(0.05);
        ctx.request_repaint_after(Duration::from_secs_f64(due));
        return;
    }
    let mut map = app.doc.map.clone();
    if let Some((id, text)) = typing
        && let Some(card) = map.cards.iter_mut().find(|c| &c.id == id)
    {
        card.text = text.trim_end_matches(['\n', '\r']).to_string();
    }
    let recovery = Recovery {
        original: app.doc.path.clone(),
        saved_unix: recovery::now_unix(),
        base: app.doc.disk_stamp().map(DiskStamp::to_file_stamp),
        map,
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
    app.autosave.writing = Some((key, job));
    app.autosave.pending_since = None;
}

/// A key that changes with the document's revision and with the text being
/// typed into a card on the canvas (which is not in the map until kept).
fn content_key(revision: u64, typing: Option<(&crate::model::CardId, &str)>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    revision.hash(&mut hasher);
    typing.hash(&mut hasher);
    hasher.finish()
}

/// Whether an input method is composing in a text field, from this frame's
/// events: a non-empty pre-edit starts a composition, a commit, an empty
/// pre-edit or the input method turning off ends it, and so does the field
/// losing focus. (egui keeps its own flag private to `TextEdit`.)
fn composing(ctx: &egui::Context, was: bool) -> bool {
    let now = ctx.input(|i| {
        let mut composing = was;
        for event in &i.events {
            if let egui::Event::Ime(ime) = event {
                composing = matches!(ime, egui::ImeEvent::Preedit { text, .. } if !text.is_empty());
            }
        }
        composing
    });
    now && ctx.memory(|m| m.focused().is_some())
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
                app.autosave.offer_when = found.when;
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
                autosave.saved_key = Some(revision);
                autosave.writing = None;
            }
            Poll::Done(Err(e)) => {
                // Do not nag every frame: try again a while later.
                autosave.failed_at = now;
                autosave.writing = None;
                app.error = Some(e);
            }
            Poll::Lost => {
                autosave.failed_at = now;
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
            time = app.autosave.offer_when.as_str()
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
