//! Wayline's own small file dialog, for desktops without a system one: a
//! folder field, the folder's listing (read in a [`Job`], never in a frame),
//! a file name field and one button. It says why it is shown.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::{Purpose, Request};
use crate::app::i18n::tr;
use crate::app::jobs::{Job, Poll};

/// One row of a folder listing.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    /// Folders sort first.
    file: bool,
    name: String,
}

/// What the dialog did this frame.
pub enum Outcome {
    Open,
    Cancelled,
    Chosen(Purpose, PathBuf),
}

pub struct Builtin {
    request: Request,
    why: String,
    /// The folder field, as typed.
    folder: String,
    /// The folder listed (or being listed).
    listed: PathBuf,
    listing: Option<Job<Result<Vec<Entry>, String>>>,
    entries: Vec<Entry>,
    problem: Option<String>,
    name: String,
    /// Show every file, not only the request's first filter.
    all_files: bool,
    ctx: Option<egui::Context>,
}

fn list(dir: &Path) -> Result<Vec<Entry>, String> {
    let read = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let file = !e.file_type().ok()?.is_dir();
            (!name.starts_with('.')).then_some(Entry { file, name })
        })
        .collect();
    entries.sort();
    Ok(entries)
}

impl Builtin {
    pub fn new(request: Request, why: String, ctx: Option<&egui::Context>) -> Builtin {
        let dir = request
            .dir
            .clone()
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("/"));
        let mut dialog = Builtin {
            name: request.name.clone().unwrap_or_default(),
            request,
            why,
            folder: dir.display().to_string(),
            listed: dir.clone(),
            listing: None,
            entries: Vec::new(),
            problem: None,
            all_files: false,
            ctx: ctx.cloned(),
        };
        dialog.go(dir);
        dialog
    }

    /// Lists `dir` in a job.
    fn go(&mut self, dir: PathBuf) {
        self.folder = dir.display().to_string();
        self.listed = dir.clone();
        self.problem = None;
        self.listing = Some(Job::spawn(self.ctx.as_ref(), move |_| list(&dir)));
    }

    fn shown(&self, entry: &Entry) -> bool {
        if !entry.file || self.all_files {
            return true;
        }
        let Some((_, extensions)) = self.request.filters.first() else {
            return true;
        };
        let lower = entry.name.to_lowercase();
        extensions
            .iter()
            .any(|x| *x == "*" || lower.ends_with(&format!(".{x}")))
    }

    fn poll(&mut self) {
        let Some(job) = &mut self.listing else { return };
        match job.poll() {
            Poll::Pending => {
                if let Some(ctx) = &self.ctx {
                    ctx.request_repaint_after(std::time::Duration::from_millis(30));
                }
            }
            Poll::Done(Ok(entries)) => {
                self.entries = entries;
                self.listing = None;
            }
            Poll::Done(Err(e)) => {
                self.entries.clear();
                self.problem = Some(e);
                self.listing = None;
            }
            Poll::Lost => {
                self.problem = Some(tr!("builtin-listing-stopped"));
                self.listing = None;
            }
        }
    }

    /// The chosen path, or why it cannot be taken.
    fn chosen(&self) -> Result<PathBuf, String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(tr!("builtin-type-name"));
        }
        let path = if Path::new(name).is_absolute() {
            PathBuf::from(name)
        } else {
            self.listed.join(name)
        };
        let listed_here = path.parent() == Some(self.listed.as_path())
            && self.entries.iter().any(|e| e.file && e.name == name);
        if !self.request.purpose.saves() && !listed_here && !Path::new(name).is_absolute() {
            return Err(tr!("builtin-no-such-file", name = name));
        }
        Ok(path)
    }

    pub fn show(&mut self, ctx: &egui::Context) -> Outcome {
        self.poll();
        let mut outcome = Outcome::Open;
        let saves = self.request.purpose.saves();
        egui::Modal::new(egui::Id::unique("builtin-file-dialog")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(&self.request.title);
            ui.label(egui::RichText::new(&self.why).weak());
            ui.separator();
            let mut go = None;
            ui.horizontal(|ui| {
                let label = ui.label(tr!("builtin-folder"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.folder)
                            .id(egui::Id::unique("builtin-file-dialog-folder"))
                            .desired_width(380.0),
                    )
                    .labelled_by(label.id);
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    go = Some(PathBuf::from(self.folder.trim()));
                }
                if ui.button(tr!("builtin-go")).clicked() {
                    go = Some(PathBuf::from(self.folder.trim()));
                }
                if ui.button(tr!("builtin-up")).clicked()
                    && let Some(parent) = self.listed.parent()
                {
                    go = Some(parent.to_path_buf());
                }
            });
            egui::ScrollArea::vertical()
                .max_height(280.0)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if self.listing.is_some() {
                        ui.spinner();
                    }
                    if let Some(problem) = &self.problem {
                        ui.colored_label(ui.visuals().error_fg_color, problem);
                    }
                    let shown: Vec<Entry> = self
                        .entries
                        .iter()
                        .filter(|e| self.shown(e))
                        .cloned()
                        .collect();
                    for entry in &shown {
                        // A folder ends in "/", as in a shell listing.
                        let text = if entry.file {
                            entry.name.clone()
                        } else {
                            format!("{}/", entry.name)
                        };
                        let selected = entry.file && entry.name == self.name;
                        let row = ui.selectable_label(selected, text);
                        if row.clicked() {
                            if entry.file {
                                self.name = entry.name.clone();
                            } else {
                                go = Some(self.listed.join(&entry.name));
                            }
                        }
                        if row.double_clicked() && entry.file && !saves {
                            outcome = Outcome::Chosen(
                                self.request.purpose.clone(),
                                self.listed.join(&entry.name),
                            );
                        }
                    }
                });
            if let Some((name, _)) = self.request.filters.first() {
                let label = tr!("builtin-show-all", filter = name.as_str());
                ui.checkbox(&mut self.all_files, label);
            }
            ui.horizontal(|ui| {
                let label = ui.label(tr!("builtin-file-name"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.name)
                        .id(egui::Id::unique("builtin-file-dialog-name"))
                        .desired_width(400.0),
                )
                .labelled_by(label.id);
            });
            let exists = saves
                && self
                    .entries
                    .iter()
                    .any(|e| e.file && e.name == self.name.trim());
            if exists {
                ui.colored_label(ui.visuals().warn_fg_color, tr!("builtin-will-replace"));
            }
            let chosen = self.chosen();
            if let Err(why) = &chosen
                && !self.name.trim().is_empty()
            {
                ui.label(egui::RichText::new(why).weak());
            }
            ui.horizontal(|ui| {
                let verb = if saves {
                    tr!("builtin-save-here")
                } else {
                    tr!("builtin-choose")
                };
                if ui
                    .add_enabled(chosen.is_ok(), egui::Button::new(verb))
                    .clicked()
                    && let Ok(path) = chosen
                {
                    outcome = Outcome::Chosen(self.request.purpose.clone(), path);
                }
                if ui.button(tr!("button-cancel")).clicked() {
                    outcome = Outcome::Cancelled;
                }
            });
            if let Some(dir) = go {
                self.go(dir);
            }
        });
        outcome
    }
}
