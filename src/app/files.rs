//! Opening and saving through native dialogs, recent files, and the window's
//! dialogs: new from template, "save changes?", and error messages.

use std::path::PathBuf;

use eframe::egui;

use super::{Document, Pending, WaylineApp};

pub const RECENT_KEY: &str = "recent-files";
const MAX_RECENT: usize = 10;

fn file_dialog() -> rfd::FileDialog {
    rfd::FileDialog::new()
        .add_filter("Journey map", &["ron"])
        .add_filter("All files", &["*"])
}

/// Opens a file (asking for one when `path` is `None`). Reading and parsing run
/// on a background thread, so a large file never freezes the window; the open
/// document stays as it was until the new one has loaded.
pub fn open(app: &mut WaylineApp, path: Option<PathBuf>) {
    if app.opening.is_some() {
        return;
    }
    let Some(path) = path.or_else(|| file_dialog().set_title("Open journey map").pick_file())
    else {
        return;
    };
    let (send, receive) = std::sync::mpsc::channel();
    let target = path.clone();
    std::thread::spawn(move || {
        let _ = send.send(Document::open(&target));
    });
    app.opening = Some((path, receive));
}

/// Takes in a finished open; call every frame.
pub fn poll_open(app: &mut WaylineApp) {
    let Some((path, receiver)) = &app.opening else {
        return;
    };
    let result = match receiver.try_recv() {
        Ok(result) => result,
        Err(std::sync::mpsc::TryRecvError::Empty) => return,
        Err(std::sync::mpsc::TryRecvError::Disconnected) => {
            app.error = Some(format!("{}: opening stopped unexpectedly", path.display()));
            app.opening = None;
            return;
        }
    };
    let path = path.clone();
    app.opening = None;
    match result {
        Ok(doc) => {
            app.replace_document(doc);
            remember(app, path);
        }
        // The open document stays as it was.
        Err(e) => app.error = Some(e.to_string()),
    }
}

/// An import running on a background thread: the file and where its result arrives.
pub type Importing = (
    PathBuf,
    std::sync::mpsc::Receiver<Result<crate::import::Imported, crate::import::ImportError>>,
);

/// Imports a Mermaid journey diagram or a CSV table of cards (asking for the
/// file when `path` is `None`) on a background thread, like Open; the map opens
/// as a new untitled document. On failure the open map stays and the error
/// names file and line.
pub fn import(app: &mut WaylineApp, path: Option<PathBuf>) {
    if app.importing.is_some() {
        return;
    }
    let Some(path) = path.or_else(|| {
        rfd::FileDialog::new()
            .set_title("Import a Mermaid journey diagram or a CSV table of cards")
            .add_filter("Mermaid or CSV", &["mmd", "mermaid", "md", "csv", "tsv"])
            .add_filter("Mermaid journey diagram", &["mmd", "mermaid", "md"])
            .add_filter("CSV table of cards", &["csv", "tsv"])
            .add_filter("All files", &["*"])
            .pick_file()
    }) else {
        return;
    };
    let (send, receive) = std::sync::mpsc::channel();
    let source = path.clone();
    std::thread::spawn(move || {
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
        let _ = send.send(crate::import::import_file(&source, format));
    });
    app.importing = Some((path, receive));
}

/// Takes in a finished import; call every frame.
pub fn poll_import(app: &mut WaylineApp) {
    let Some((path, receiver)) = &app.importing else {
        return;
    };
    let result = match receiver.try_recv() {
        Ok(result) => result,
        Err(std::sync::mpsc::TryRecvError::Empty) => return,
        Err(std::sync::mpsc::TryRecvError::Disconnected) => {
            app.error = Some(format!(
                "{}: importing stopped unexpectedly",
                path.display()
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
        Err(e) => app.error = Some(e.to_string()),
    }
}

/// A spinner in the menu bar while an import runs.
pub fn import_status(app: &WaylineApp, ui: &mut egui::Ui) {
    if let Some((path, _)) = &app.importing {
        ui.spinner();
        ui.label(format!("Importing {}…", path.display()));
    }
}

/// Asks where to write the cards as CSV, then exports in the background like
/// any other export.
pub fn export_csv(app: &mut WaylineApp, ctx: &egui::Context) {
    let name = format!("{}.csv", file_stem(&app.doc.map.title));
    let picked = rfd::FileDialog::new()
        .set_title("Export cards as CSV")
        .add_filter("CSV table of cards", &["csv"])
        .set_file_name(name)
        .save_file();
    if let Some(path) = picked {
        super::export_dialog::start(app, path, ctx);
    }
}

pub fn new_from_template(app: &mut WaylineApp, name: &str, empty: bool) {
    match crate::templates::find(name).map(|t| if empty { t.empty_map() } else { t.map() }) {
        Some(Ok(map)) => app.replace_document(Document::new(map)),
        Some(Err(e)) => app.error = Some(e.to_string()),
        None => app.error = Some(format!("no template named {name:?}")),
    }
}

/// Saves to the document's path, or asks for one (always, with `choose`). A file
/// changed on disk by something else is not overwritten without asking.
pub fn save(app: &mut WaylineApp, choose: bool) {
    if !choose && app.doc.path.is_some() && app.doc.changed_on_disk() {
        app.overwrite_prompt = true;
        return;
    }
    save_anyway(app, choose);
}

fn save_anyway(app: &mut WaylineApp, choose: bool) {
    let path = match (&app.doc.path, choose) {
        (Some(p), false) => Some(p.clone()),
        _ => {
            let name = format!("{}.journey.ron", file_stem(&app.doc.map.title));
            file_dialog()
                .set_title("Save journey map")
                .set_file_name(name)
                .save_file()
        }
    };
    let Some(path) = path else { return };
    let was_untitled = app.doc.path.is_none();
    let old_recovery = app.autosave.file(&app.doc);
    match app.doc.save_to(&path) {
        Ok(()) => {
            let _ = std::fs::remove_file(old_recovery);
            if was_untitled {
                app.autosave.clear_untitled();
            }
            app.autosave.clear(&app.doc);
            remember(app, path);
        }
        Err(e) => app.error = Some(e.to_string()),
    }
}

fn remember(app: &mut WaylineApp, path: PathBuf) {
    let path = path.canonicalize().unwrap_or(path);
    app.recent.retain(|p| p != &path);
    app.recent.insert(0, path);
    app.recent.truncate(MAX_RECENT);
}

/// The modal dialogs, drawn over everything.
pub fn dialogs(app: &mut WaylineApp, ctx: &egui::Context) {
    if let Some(message) = app.error.clone() {
        egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Something went wrong");
            ui.label(message);
            ui.label(egui::RichText::new("Your open map is unchanged.").weak());
            if ui.button("OK").clicked() {
                app.error = None;
            }
        });
        return;
    }
    if app.overwrite_prompt {
        egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(format!("{} changed on disk", app.doc.name()));
            ui.label("Another program (or a git checkout) changed the file since you opened it. Saving now replaces those changes with yours.");
            ui.horizontal(|ui| {
                if ui.button("Overwrite").clicked() {
                    app.overwrite_prompt = false;
                    save_anyway(app, false);
                }
                if ui.button("Save As…").clicked() {
                    app.overwrite_prompt = false;
                    save_anyway(app, true);
                }
                if ui.button("Cancel").clicked() {
                    app.overwrite_prompt = false;
                }
            });
        });
        return;
    }
    if let Some(pending) = app.confirm.clone() {
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.heading(format!("Save changes to {}?", app.doc.name()));
            ui.label("Your changes will be lost if you don't save them.");
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    app.confirm = None;
                    save(app, false);
                    if !app.doc.is_dirty() {
                        app.proceed(pending.clone());
                    }
                }
                if ui.button("Don't save").clicked() {
                    app.confirm = None;
                    app.proceed(pending.clone());
                }
                if ui.button("Cancel").clicked() {
                    app.confirm = None;
                }
            });
        });
        return;
    }
    if app.new_dialog {
        egui::Modal::new(egui::Id::unique("new")).show(ctx, |ui| {
            ui.heading("New journey map");
            ui.label("Start from a template:");
            egui::Grid::new("templates")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for template in crate::templates::TEMPLATES {
                        if ui
                            .button(template.name)
                            .on_hover_text("With its example content")
                            .clicked()
                        {
                            app.new_dialog = false;
                            app.ask_then(Pending::New(template.name, false));
                        }
                        if ui
                            .small_button("empty")
                            .on_hover_text("Same stages and lanes, no content")
                            .clicked()
                        {
                            app.new_dialog = false;
                            app.ask_then(Pending::New(template.name, true));
                        }
                        ui.label(template.summary);
                        ui.end_row();
                    }
                });
            if ui.button("Cancel").clicked() {
                app.new_dialog = false;
            }
        });
    }
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
