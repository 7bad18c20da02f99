//! Opening and saving through native dialogs, recent files, and the window's
//! dialogs: new from template (the gallery is in `gallery`), "save changes?", and error messages. Files are
//! read in [`Job`]s; the writing of a save is in `saving`.

use std::path::PathBuf;

use eframe::egui;

use super::choose::{self, Purpose, Request};
use super::i18n::{self, tr};
use super::jobs::{Job, Poll};
use super::{Document, WaylineApp};

pub const RECENT_KEY: &str = "recent-files";
const MAX_RECENT: usize = 10;

fn map_request(purpose: Purpose, title: String) -> Request {
    Request::new(purpose, title)
        .filter(tr!("filter-journey-map"), &["ron"])
        .filter(tr!("filter-all-files"), &["*"])
}

/// Opens a file (asking for one when `path` is `None`). Reading and parsing run
/// in a job, so a large file never freezes the window; the open document stays
/// as it was until the new one has loaded.
pub fn open(app: &mut WaylineApp, path: Option<PathBuf>) {
    if app.opening.is_some() {
        return;
    }
    let Some(path) = path else {
        choose::ask(app, map_request(Purpose::Open, tr!("dialog-open")));
        return;
    };
    let target = path.clone();
    let job = Job::spawn(app.ctx.as_ref(), move |_| {
        let doc = Document::open(&target);
        (doc, target.canonicalize().unwrap_or(target))
    });
    app.opening = Some((path, job));
}

/// An open running in a job: the file, and the document with the file's
/// canonical path (for the recent-files list).
pub type Opening = (
    PathBuf,
    Job<(Result<Document, crate::io::LoadError>, PathBuf)>,
);

/// Takes in a finished open; call every frame.
pub fn poll_open(app: &mut WaylineApp) {
    let Some((path, job)) = &mut app.opening else {
        return;
    };
    let (result, canonical) = match job.poll() {
        Poll::Pending => return,
        Poll::Done(done) => done,
        Poll::Lost => {
            app.error = Some(tr!(
                "error-opening-stopped",
                file = path.display().to_string()
            ));
            app.opening = None;
            return;
        }
    };
    app.opening = None;
    match result {
        Ok(doc) => {
            app.replace_document(doc);
            remember(app, canonical);
        }
        // The open document stays as it was.
        Err(e) => app.error = Some(i18n::failed("error-open-failed", e)),
    }
}

/// An import running in a job: the file and its result.
pub type Importing = (
    PathBuf,
    Job<Result<crate::import::Imported, crate::import::ImportError>>,
);

/// Imports a Mermaid journey diagram or a CSV table of cards (asking for the
/// file when `path` is `None`) in a job, like Open; the map opens as a new
/// untitled document. On failure the open map stays and the error names file
/// and line.
pub fn import(app: &mut WaylineApp, path: Option<PathBuf>) {
    if app.importing.is_some() {
        return;
    }
    let Some(path) = path else {
        let request = Request::new(Purpose::Import, tr!("dialog-import"))
            .filter(
                tr!("filter-mermaid-or-csv"),
                &["mmd", "mermaid", "md", "csv", "tsv"],
            )
            .filter(tr!("filter-mermaid"), &["mmd", "mermaid", "md"])
            .filter(tr!("filter-csv"), &["csv", "tsv"])
            .filter(tr!("filter-all-files"), &["*"]);
        choose::ask(app, request);
        return;
    };
    let source = path.clone();
    let job = Job::spawn(app.ctx.as_ref(), move |_| {
        // A file picked under "All files" may have any name: look inside.
        let format = crate::import::Format::from_path(&source).or_else(|| {
            use std::io::Read;
            let mut head = Vec::new();
            let file = std::fs::File::open(&source).ok()?;
            file.take(64 * 1024).read_to_end(&mut head).ok()?;
            Some(crate::import::Format::sniff(&String::from_utf8_lossy(
                &head,
            )))
        });
        crate::import::import_file(&source, format)
    });
    app.importing = Some((path, job));
}

/// Takes in a finished import; call every frame.
pub fn poll_import(app: &mut WaylineApp) {
    let Some((path, job)) = &mut app.importing else {
        return;
    };
    let result = match job.poll() {
        Poll::Pending => return,
        Poll::Done(result) => result,
        Poll::Lost => {
            app.error = Some(tr!(
                "error-importing-stopped",
                file = path.display().to_string()
            ));
            app.importing = None;
            return;
        }
    };
    app.importing = None;
    match result {
        Ok(imported) => {
            app.replace_document(Document::imported(imported.map, imported.warnings));
            app.canvas.fit_next_frame();
        }
        // The open document stays as it was.
        Err(e) => app.error = Some(i18n::failed("error-import-failed", e)),
    }
}

/// A spinner in the menu bar while an import runs.
pub fn import_status(app: &WaylineApp, ui: &mut egui::Ui) {
    if let Some((path, _)) = &app.importing {
        ui.spinner();
        ui.label(tr!("status-importing", file = path.display().to_string()));
    }
}

/// Asks where to write the cards as CSV, then exports in the background like
/// any other export.
pub fn export_csv(app: &mut WaylineApp) {
    let name = format!("{}.csv", file_stem(&app.doc.map.title));
    let request = Request::new(Purpose::ExportCsv, tr!("dialog-export-csv"))
        .filter(tr!("filter-csv"), &["csv"])
        .name(name);
    choose::ask(app, request);
}

pub fn new_from_template(app: &mut WaylineApp, name: &str, empty: bool) {
    match crate::templates::find(name).map(|t| if empty { t.empty_map() } else { t.map() }) {
        Some(Ok(map)) => app.replace_document(Document::new(map)),
        Some(Err(e)) => app.error = Some(i18n::failed("error-template-failed", e)),
        None => app.error = Some(tr!("error-no-template", name = name)),
    }
}

/// Saves to the document's path, or asks for one (always, with `choose`), in a
/// job. A file changed on disk by something else is not overwritten without
/// asking: the job checks before it writes.
pub fn save(app: &mut WaylineApp, choose: bool) {
    // What is typed into a card on the canvas is saved too.
    super::canvas::flush_inline(app);
    let check_disk = !choose && app.doc.path.is_some();
    save_anyway(app, choose, check_disk);
}

fn save_anyway(app: &mut WaylineApp, choose: bool, check_disk: bool) {
    if app.saving.is_some() {
        return;
    }
    match (&app.doc.path, choose) {
        (Some(p), false) => {
            let path = p.clone();
            super::saving::start(app, path, check_disk);
        }
        _ => {
            let name = format!("{}.journey.ron", file_stem(&app.doc.map.title));
            let request = map_request(Purpose::Save { check_disk }, tr!("dialog-save")).name(name);
            choose::ask(app, request);
        }
    }
}

/// Puts a file (its canonical path, found in a job) first in the recent files.
pub fn remember(app: &mut WaylineApp, path: PathBuf) {
    app.recent.retain(|p| p != &path);
    app.recent.insert(0, path);
    app.recent.truncate(MAX_RECENT);
}

/// The modal dialogs, drawn over everything.
pub fn dialogs(app: &mut WaylineApp, ctx: &egui::Context) {
    if let Some(message) = app.error.clone() {
        egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr!("error-title"));
            ui.label(message);
            ui.label(egui::RichText::new(tr!("error-map-unchanged")).weak());
            if ui.button(tr!("button-ok")).clicked() {
                app.error = None;
            }
        });
        return;
    }
    if app.overwrite_prompt {
        egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr!("changed-on-disk-title", file = app.doc.name()));
            ui.label(tr!("changed-on-disk-body"));
            ui.horizontal(|ui| {
                if ui.button(tr!("button-overwrite")).clicked() {
                    app.overwrite_prompt = false;
                    save_anyway(app, false, false);
                }
                if ui.button(super::Action::SaveAs.label()).clicked() {
                    app.overwrite_prompt = false;
                    save_anyway(app, true, false);
                }
                if ui.button(tr!("button-cancel")).clicked() {
                    app.overwrite_prompt = false;
                }
            });
        });
        return;
    }
    if let Some(pending) = app.confirm.clone() {
        let asked = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.heading(tr!("unsaved-title", file = app.doc.name()));
            ui.label(tr!("unsaved-body"));
            ui.horizontal(|ui| {
                if ui.button(tr!("button-save")).clicked() {
                    app.confirm = None;
                    save(app, false);
                    // Goes on once the save has written the map.
                    if let Some(saving) = &mut app.saving {
                        saving.then = Some(pending.clone());
                    }
                }
                if ui.button(tr!("button-dont-save")).clicked() {
                    app.confirm = None;
                    app.proceed(pending.clone());
                }
                if ui.button(tr!("button-cancel")).clicked() {
                    app.confirm = None;
                }
            });
        });
        // Esc (or a click beside it) is Cancel.
        if asked.should_close() {
            app.confirm = None;
        }
        return;
    }
    super::gallery::dialog(app, ctx);
}

/// A file name from a map title: path separators and control characters removed.
pub fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    let stem = stem.trim().trim_matches('.').to_string();
    if stem.is_empty() {
        "journey".to_string()
    } else {
        stem
    }
}
