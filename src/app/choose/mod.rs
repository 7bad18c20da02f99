//! Choosing a file for Open, Save As, Import, Export and the rest, never
//! silently failing and never freezing the canvas.
//!
//! The system's dialog (rfd: the XDG desktop portal or zenity) runs in a
//! [`Job`], so the window keeps drawing while it is open; on macOS, where
//! AppKit dialogs must be made on the main thread, rfd's async dialog is made
//! on the window's thread and its answer polled each frame ([`Waiting`]). Whether one can open
//! at all is found out once, in a job at start-up (zenity on `PATH`, the
//! portal's name on the session bus). Where none can, or where rfd answers
//! "cancelled" faster than anyone could click (it returns `None` at once when
//! it cannot show a dialog), the editor says so and opens its own small
//! dialog (`builtin`), whose directory listings are read in jobs too.
//! `WAYLINE_FILE_DIALOG=builtin` (or `native`) overrides the check.

mod builtin;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::{Duration, Instant};

use eframe::egui;

use super::WaylineApp;
use super::i18n::tr;
use super::jobs::{Job, Poll};

pub use builtin::Builtin;

/// An answer from the system dialog sooner than this is its failure to open,
/// not a person pressing Cancel.
const TOO_FAST: Duration = Duration::from_millis(250);

/// What the chosen file is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    Open,
    /// Save As; with `check_disk`, a file changed on disk is not overwritten
    /// without asking.
    Save {
        check_disk: bool,
    },
    Import,
    /// Export through the Export dialog's options (PDF, PNG or CSV by name).
    Export,
    ExportCsv,
    ExportChanges,
    CompareWith,
    PersonaPhoto,
}

impl Purpose {
    fn saves(&self) -> bool {
        matches!(
            self,
            Purpose::Save { .. } | Purpose::Export | Purpose::ExportCsv | Purpose::ExportChanges
        )
    }
}

/// A file to ask for.
#[derive(Clone, Debug)]
pub struct Request {
    pub purpose: Purpose,
    /// The dialog's title, in the UI language.
    pub title: String,
    /// Named groups of extensions; the first is the one shown first.
    pub filters: Vec<(String, &'static [&'static str])>,
    /// The suggested file name when saving.
    pub name: Option<String>,
    /// The folder to start in.
    pub dir: Option<PathBuf>,
}

impl Request {
    pub fn new(purpose: Purpose, title: String) -> Request {
        Request {
            purpose,
            title,
            filters: Vec::new(),
            name: None,
            dir: None,
        }
    }

    pub fn filter(mut self, name: String, extensions: &'static [&'static str]) -> Request {
        self.filters.push((name, extensions));
        self
    }

    pub fn name(mut self, name: String) -> Request {
        self.name = Some(name);
        self
    }

    fn native_async(&self) -> rfd::AsyncFileDialog {
        let mut dialog = rfd::AsyncFileDialog::new().set_title(&self.title);
        for (name, extensions) in &self.filters {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(name) = &self.name {
            dialog = dialog.set_file_name(name);
        }
        if let Some(dir) = &self.dir {
            dialog = dialog.set_directory(dir);
        }
        dialog
    }

    fn native(&self) -> rfd::FileDialog {
        let mut dialog = rfd::FileDialog::new().set_title(&self.title);
        for (name, extensions) in &self.filters {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(name) = &self.name {
            dialog = dialog.set_file_name(name);
        }
        if let Some(dir) = &self.dir {
            dialog = dialog.set_directory(dir);
        }
        dialog
    }
}

/// Whether the system's file dialog can open: unknown until the start-up
/// check has answered.
#[derive(Default)]
pub enum Native {
    #[default]
    Unchecked,
    Checking(Job<bool>),
    Known(bool),
}

/// The file dialog on screen, if any.
#[derive(Default)]
pub enum Chooser {
    #[default]
    None,
    /// The system dialog, open since `Instant`.
    Native(Request, Waiting, Instant),
    Builtin(Box<Builtin>),
}

/// The system dialog's answer, waited for without stopping the window.
pub enum Waiting {
    /// rfd's blocking dialog, in a job (Linux, Windows).
    Job(Job<Option<PathBuf>>),
    /// rfd's async dialog, made on the window's thread (the main thread, as
    /// macOS wants) and polled each frame.
    Async(Pin<Box<dyn Future<Output = Option<rfd::FileHandle>>>>),
}

impl Waiting {
    /// Opens the system dialog for `request`; `on_main_thread`: the async way.
    fn open(request: &Request, ctx: Option<&egui::Context>, on_main_thread: bool) -> Waiting {
        let saves = request.purpose.saves();
        if on_main_thread {
            let dialog = request.native_async();
            return Waiting::Async(if saves {
                Box::pin(dialog.save_file())
            } else {
                Box::pin(dialog.pick_file())
            });
        }
        let dialog = request.native();
        Waiting::Job(Job::spawn(ctx, move |_| {
            if saves {
                dialog.save_file()
            } else {
                dialog.pick_file()
            }
        }))
    }

    fn poll(&mut self, ctx: &egui::Context) -> Poll<Option<PathBuf>> {
        match self {
            Waiting::Job(job) => job.poll(),
            Waiting::Async(answer) => {
                let waker = std::task::Waker::from(std::sync::Arc::new(Repaint(ctx.clone())));
                match answer
                    .as_mut()
                    .poll(&mut std::task::Context::from_waker(&waker))
                {
                    std::task::Poll::Pending => Poll::Pending,
                    std::task::Poll::Ready(file) => {
                        Poll::Done(file.map(|f| f.path().to_path_buf()))
                    }
                }
            }
        }
    }
}

/// Wakes the window when the async dialog answers.
struct Repaint(egui::Context);

impl std::task::Wake for Repaint {
    fn wake(self: std::sync::Arc<Self>) {
        self.0.request_repaint();
    }
}

/// Is a system file dialog there to open? Runs in a job: it looks at `PATH`
/// and asks the session bus.
fn native_available() -> bool {
    match std::env::var("WAYLINE_FILE_DIALOG").as_deref() {
        Ok("builtin") => return false,
        Ok("native") => return true,
        _ => {}
    }
    if cfg!(not(target_os = "linux")) {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    };
    if on_path("zenity") {
        return true;
    }
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return false;
    }
    // The portal is running or can be started by the bus.
    ["ListNames", "ListActivatableNames"].iter().any(|method| {
        std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                &format!("org.freedesktop.DBus.{method}"),
            ])
            .output()
            .is_ok_and(|out| {
                String::from_utf8_lossy(&out.stdout).contains("org.freedesktop.portal.Desktop")
            })
    })
}

/// Starts the start-up check (once).
pub fn check(app: &mut WaylineApp) {
    if matches!(app.native_dialogs, Native::Unchecked) {
        app.native_dialogs = Native::Checking(Job::spawn(app.ctx.as_ref(), |_| native_available()));
    }
}

/// Asks for a file: the system's dialog when there is one, else ours.
pub fn ask(app: &mut WaylineApp, mut request: Request) {
    if !matches!(app.chooser, Chooser::None) {
        return;
    }
    if request.dir.is_none() {
        // Absolute: a map opened as `wayline shop.journey.ron` has the
        // parent "", which names no folder to list.
        request.dir = app
            .doc
            .base_dir()
            .and_then(|dir| match dir.as_os_str().is_empty() {
                true => std::env::current_dir().ok(),
                false => std::path::absolute(dir).ok(),
            });
    }
    let native = match &app.native_dialogs {
        Native::Known(known) => *known,
        // Still checking: try it; a dialog that cannot open is noticed below.
        Native::Unchecked | Native::Checking(_) => true,
    };
    if native {
        let waiting = Waiting::open(&request, app.ctx.as_ref(), cfg!(target_os = "macos"));
        app.chooser = Chooser::Native(request, waiting, Instant::now());
    } else {
        let why = tr!("choose-no-native");
        app.chooser = Chooser::Builtin(Box::new(Builtin::new(request, why, app.ctx.as_ref())));
    }
}

/// Takes in the start-up check and a closed dialog; call every frame.
pub fn poll(app: &mut WaylineApp, ctx: &egui::Context) {
    if let Native::Checking(job) = &mut app.native_dialogs {
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(known) => app.native_dialogs = Native::Known(known),
            Poll::Lost => app.native_dialogs = Native::Known(false),
        }
    }
    let Chooser::Native(request, job, since) = &mut app.chooser else {
        return;
    };
    let picked = match job.poll(ctx) {
        Poll::Pending => return,
        Poll::Done(picked) => picked,
        Poll::Lost => None,
    };
    let (request, quick) = (request.clone(), since.elapsed() < TOO_FAST);
    app.chooser = Chooser::None;
    match picked {
        Some(path) => finish(app, request.purpose, path, ctx),
        None if quick => {
            // rfd gives up at once when it has no dialog to show.
            app.native_dialogs = Native::Known(false);
            let why = tr!("choose-native-failed");
            app.chooser = Chooser::Builtin(Box::new(Builtin::new(request, why, Some(ctx))));
        }
        None => {}
    }
}

/// Does what the file was chosen for.
pub fn finish(app: &mut WaylineApp, purpose: Purpose, path: PathBuf, ctx: &egui::Context) {
    match purpose {
        // Asked only now, so cancelling the file dialog asks nothing.
        Purpose::Open => app.open_file(path),
        Purpose::Save { check_disk } => super::saving::start(app, path, check_disk),
        Purpose::Import => app.import_file(path),
        Purpose::Export | Purpose::ExportCsv => super::export_dialog::start(app, path, ctx),
        Purpose::ExportChanges => app.export_changes_to(path),
        Purpose::CompareWith => app.compare_with_file(path),
        Purpose::PersonaPhoto => super::inspector::set_photo(app, path),
    }
}

/// The built-in dialog, when it is open; and a note in the menu bar while the
/// system's dialog is.
pub fn show(app: &mut WaylineApp, ctx: &egui::Context) {
    let Chooser::Builtin(dialog) = &mut app.chooser else {
        return;
    };
    match dialog.show(ctx) {
        builtin::Outcome::Open => {}
        builtin::Outcome::Cancelled => app.chooser = Chooser::None,
        builtin::Outcome::Chosen(purpose, path) => {
            app.chooser = Chooser::None;
            finish(app, purpose, path, ctx);
        }
    }
}

/// "Choosing a file…" while the system dialog is open.
pub fn status(app: &WaylineApp, ui: &mut egui::Ui) {
    if let Chooser::Native(request, ..) = &app.chooser {
        ui.spinner();
        ui.label(format!("{}…", request.title));
    }
}
