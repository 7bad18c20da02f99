//! Compare mode: the open map against another map file or an earlier git
//! version of itself. Owns choosing what to compare with (the "Compare with"
//! window: another file, or the file's commits), loading that version in the
//! background, keeping the diff and its canvas marks current while the map is
//! edited, the side panel listing the changes by group, and exporting the "what
//! changed" PDF. The marks themselves come from `layout::changes`.

use std::path::PathBuf;

use eframe::egui::{self, Color32, RichText};

use super::git_history::{self, Commit};
use super::i18n::tr;
use super::jobs::{Job, Poll};
use super::{Focus, WaylineApp};
use crate::diff::groups::{Group, grouped};
use crate::diff::{Change, ChangeKind, diff};
use crate::layout::Theme;
use crate::layout::changes::{self, Overlay};
use crate::model::{ItemRef, Map};
use crate::paint::paint as paint_scene;
use crate::scene::Scene;

/// The version being compared with, once loaded.
pub struct Compared {
    pub old: Map,
    /// "2026-08-14 · abc1234" or the other file's name.
    pub label: String,
    pub changes: Vec<Change>,
    pub overlay: Overlay,
    /// What the canvas lays out: the open map with the removed cards put back
    /// as ghosts (`None`: nothing removed, the map itself).
    pub shown: Option<Map>,
    /// The document revision the changes were computed for.
    revision: Option<u64>,
    /// Tells this comparison from the one before, for the canvas's layout key.
    pub serial: u64,
}

/// The "Compare with" window: another file, or the open file's git history.
pub struct Chooser {
    /// The file's commits, or why there are none; `None` while git runs.
    pub commits: Option<Result<Vec<Commit>, String>>,
    /// `git log` running in the background.
    reading: Option<Job<Result<Vec<Commit>, String>>>,
}

type Loading = (String, Job<Result<Map, String>>);

#[derive(Default)]
pub struct CompareState {
    pub active: Option<Compared>,
    pub chooser: Option<Chooser>,
    loading: Option<Loading>,
    exporting: Option<(PathBuf, Job<Result<(), String>>)>,
    /// The last export's result, shown in the panel.
    exported: Option<Result<PathBuf, String>>,
    serial: u64,
}

impl WaylineApp {
    /// Compare → "Compare with…": opens the chooser, listing the open file's
    /// commits (read with `git log` in a job) when it lives in a git repository.
    pub fn choose_comparison(&mut self) {
        self.compare.chooser = Some(match self.doc.path.clone() {
            Some(path) => Chooser {
                commits: None,
                reading: Some(Job::spawn(self.ctx.as_ref(), move |_| {
                    git_history::log(&path)
                })),
            },
            None => Chooser {
                commits: Some(Err(tr!("compare-not-saved"))),
                reading: None,
            },
        });
    }

    /// True while the chooser waits for the file's git history.
    pub fn is_reading_history(&self) -> bool {
        self.compare
            .chooser
            .as_ref()
            .is_some_and(|c| c.reading.is_some())
    }

    /// Compares the open map with another map file, read in the background.
    pub fn compare_with_file(&mut self, path: PathBuf) {
        let label = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let job = Job::spawn(self.ctx.as_ref(), move |_| {
            crate::io::load(&path)
                .map(|l| l.map)
                .map_err(|e| e.to_string())
        });
        self.compare.chooser = None;
        self.compare.loading = Some((label, job));
    }

    /// Compares the open map with its file as committed in `commit`, read with
    /// `git show` in the background.
    pub fn compare_with_commit(&mut self, commit: Commit) {
        let Some(file) = self.doc.path.clone() else {
            return;
        };
        let label = commit.label();
        let job = Job::spawn(self.ctx.as_ref(), move |_| {
            git_history::show(&file, &commit).and_then(|text| {
                let shown = PathBuf::from(format!("{}:{}", commit.short(), commit.path));
                crate::io::parse_str(&text, &shown)
                    .map(|l| l.map)
                    .map_err(|e| e.to_string())
            })
        });
        self.compare.chooser = None;
        self.compare.loading = Some((label, job));
    }

    pub fn is_loading_comparison(&self) -> bool {
        self.compare.loading.is_some()
    }

    /// The changes from the compared version to the open map, while comparing.
    pub fn comparison(&self) -> Option<&Compared> {
        self.compare.active.as_ref()
    }

    pub fn stop_comparing(&mut self) {
        self.compare.active = None;
        if matches!(self.focus, Focus::Removed(_)) {
            self.focus = Focus::Map;
        }
    }

    /// Writes the "what changed" PDF to `path` in the background.
    pub fn export_changes_to(&mut self, path: PathBuf) {
        let Some(c) = &self.compare.active else {
            return;
        };
        let (old, new) = (c.old.clone(), self.doc.map.clone());
        let (old_label, new_label) = (c.label.clone(), self.doc.name());
        let base = self.doc.base_dir();
        let target = path.clone();
        let job = Job::spawn(self.ctx.as_ref(), move |_| {
            if crate::export::Format::from_path(&target) == Some(crate::export::Format::Svg) {
                // One SVG per page.
                return crate::export::changes::write(
                    &old,
                    &new,
                    (&old_label, &new_label),
                    base.as_deref(),
                    &target,
                )
                .map(drop);
            }
            crate::export::changes::pdf(&old, &new, &old_label, &new_label, base.as_deref())
                .and_then(|bytes| {
                    crate::io::write_atomic(&target, &bytes).map_err(|e| {
                        tr!(
                            "compare-cannot-write",
                            file = target.display().to_string(),
                            error = e.to_string()
                        )
                    })
                })
        });
        self.compare.exporting = Some((path, job));
        self.compare.exported = None;
    }

    pub fn is_exporting_changes(&self) -> bool {
        self.compare.exporting.is_some()
    }
}

/// Takes in a finished history, load or export; call every frame.
pub fn poll(app: &mut WaylineApp, ctx: &egui::Context) {
    let mut busy = false;
    if let Some(chooser) = &mut app.compare.chooser
        && let Some(job) = &mut chooser.reading
    {
        match job.poll() {
            Poll::Pending => busy = true,
            Poll::Done(commits) => {
                chooser.commits = Some(commits);
                chooser.reading = None;
            }
            Poll::Lost => {
                chooser.commits = Some(Err(tr!("compare-history-stopped")));
                chooser.reading = None;
            }
        }
    }
    if let Some((label, job)) = &mut app.compare.loading {
        match job.poll() {
            Poll::Pending => busy = true,
            Poll::Done(Ok(old)) => {
                app.compare.serial += 1;
                app.compare.active = Some(Compared {
                    old,
                    label: label.clone(),
                    changes: Vec::new(),
                    overlay: Overlay::default(),
                    shown: None,
                    revision: None,
                    serial: app.compare.serial,
                });
                app.compare.loading = None;
            }
            Poll::Done(Err(e)) => {
                app.error = Some(super::i18n::failed("error-compare-failed", e));
                app.compare.loading = None;
            }
            Poll::Lost => {
                app.error = Some(tr!("error-loading-stopped", file = label.as_str()));
                app.compare.loading = None;
            }
        }
    }
    if let Some((path, job)) = &mut app.compare.exporting {
        match job.poll() {
            Poll::Pending => busy = true,
            Poll::Done(result) => {
                app.compare.exported = Some(result.map(|()| path.clone()));
                app.compare.exporting = None;
            }
            Poll::Lost => {
                app.compare.exported = Some(Err(tr!("compare-export-stopped")));
                app.compare.exporting = None;
            }
        }
    }
    if busy {
        ctx.request_repaint_after(std::time::Duration::from_millis(50));
    }
}

/// Recomputes the diff and the map with ghosts when the map changed; the
/// canvas calls it before it lays the map out.
pub(super) fn refresh_changes(app: &mut WaylineApp) {
    let revision = app.doc.revision();
    let Some(c) = &mut app.compare.active else {
        return;
    };
    if c.revision == Some(revision) {
        return;
    }
    c.changes = diff(&c.old, &app.doc.map);
    c.shown = changes::with_ghosts(&c.old, &app.doc.map, &c.changes);
    c.revision = Some(revision);
}

/// Places the marks on the canvas's fresh scene (the layout of
/// `Compared::shown`), which hands its ghosts' hit regions over to them.
pub(super) fn mark_scene(app: &mut WaylineApp, scene: &mut Scene) {
    if let Some(c) = &mut app.compare.active {
        c.overlay = changes::overlay(&c.old, &app.doc.map, scene, &c.changes, &Theme::default());
    }
}

/// Draws the change and conflict marks over the canvas, with hover texts; call
/// right after the map is painted.
pub fn paint(app: &mut WaylineApp, painter: &egui::Painter, response: &egui::Response) {
    let view = app.canvas.view();
    let at = response.hover_pos().map(|p| view.to_map(p));
    let mut tip = None;
    let mut marks = Scene::default();
    if let Some(c) = &app.compare.active {
        marks.items.extend(c.overlay.items.iter().cloned());
        tip = at.and_then(|p| c.overlay.mark_at(p)).map(|m| m.tip.clone());
    }
    if !app.doc.map.conflicts.is_empty() {
        let (items, conflict_marks) =
            changes::conflict_marks(&app.doc.map, app.canvas.scene(), &Theme::default());
        marks.items.extend(items);
        if let Some(p) = at
            && let Some(m) = conflict_marks.iter().find(|m| m.rect.contains(p))
        {
            tip = Some(tr!("compare-conflict-tip", detail = m.tip.as_str()));
        }
    }
    if marks.items.is_empty() {
        return;
    }
    paint_scene(painter, &marks, view, &mut Default::default());
    if let Some(tip) = tip {
        let _ = response.clone().on_hover_text_at_pointer(tip);
    }
}

/// Selects a changed card (or the stage or lane) and brings it into view; an
/// item the open map no longer has is shown read-only in the inspector, with
/// nothing selected, so no key acts on something that is not there.
pub(super) fn reveal(app: &mut WaylineApp, item: &ItemRef) {
    let map = &app.doc.map;
    app.selected.clear();
    app.focus = match item {
        ItemRef::Card(id) if map.card(id).is_some() => {
            app.selected.insert(id.clone());
            Focus::Card(id.clone())
        }
        ItemRef::Stage(id) if map.stage(id).is_some() => Focus::Stage(id.clone()),
        ItemRef::Lane(id) if map.lane(id).is_some() => Focus::Lane(id.clone()),
        ItemRef::Map | ItemRef::Persona => Focus::Map,
        gone if app.compare.active.is_some() => Focus::Removed(gone.clone()),
        _ => Focus::Map,
    };
    let rect = app
        .compare
        .active
        .as_ref()
        .and_then(|c| c.overlay.marks.iter().find(|m| &m.item == item))
        .map(|m| m.rect)
        .or_else(|| changes::item_rect(app.canvas.scene(), item));
    if let Some(r) = rect {
        app.canvas.center_on(r);
    }
}

/// The inspector for an item the compared version has and the open map
/// lacks: what it was and where, read-only.
pub(super) fn removed_item(app: &WaylineApp, ui: &mut egui::Ui, item: &ItemRef) {
    let Some(c) = &app.compare.active else {
        return;
    };
    ui.heading(tr!("compare-removed-title"));
    let intro = tr!("compare-removed-intro", label = c.label.clone());
    ui.label(RichText::new(intro).weak());
    ui.separator();
    let card = match item {
        ItemRef::Card(id) => c.old.card(id),
        _ => None,
    };
    match card {
        Some(card) => {
            ui.label(&card.text);
            let cell = c.old.cell_name(&card.lane, &card.stage);
            ui.label(RichText::new(tr!("compare-removed-was-in", cell = cell)).small());
        }
        None => {
            ui.label(item.describe(&c.old));
        }
    }
}

/// Clicks a change row as the panel does (for tests): selects and reveals it.
pub fn select_change(app: &mut WaylineApp, index: usize) {
    let item = app
        .compare
        .active
        .as_ref()
        .and_then(|c| c.changes.get(index))
        .map(|c| c.item.clone());
    if let Some(item) = item {
        reveal(app, &item);
    }
}

fn kind_color(kind: ChangeKind) -> Color32 {
    let c = match kind {
        ChangeKind::Added | ChangeKind::Answered => changes::ADDED,
        ChangeKind::Removed | ChangeKind::Unanswered => changes::REMOVED,
        ChangeKind::Moved | ChangeKind::Reordered => changes::MOVED,
        ChangeKind::Renamed | ChangeKind::Edited => changes::EDITED,
    };
    let [r, g, b, _] = c.0;
    Color32::from_rgb(r, g, b)
}

fn kind_word(kind: ChangeKind) -> String {
    super::i18n::t(match kind {
        ChangeKind::Added => "change-added",
        ChangeKind::Removed => "change-removed",
        ChangeKind::Renamed => "change-renamed",
        ChangeKind::Moved => "change-moved",
        ChangeKind::Reordered => "change-reordered",
        ChangeKind::Edited => "change-edited",
        ChangeKind::Answered => "change-answered",
        ChangeKind::Unanswered => "change-unanswered",
    })
}

fn group_name(group: Group) -> String {
    super::i18n::t(match group {
        Group::Map => "group-map",
        Group::Stages => "group-stages",
        Group::Lanes => "group-lanes",
        Group::Cards => "group-cards",
        Group::Emotion => "group-emotion",
        Group::PainsAndOpportunities => "group-pains",
        Group::Kpis => "group-kpis",
    })
}

/// The side panel listing the changes while comparing.
pub fn panel(app: &mut WaylineApp, ui: &mut egui::Ui) {
    if app.compare.active.is_none() && app.compare.loading.is_none() {
        return;
    }
    egui::Panel::right("compare")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| panel_body(app, ui));
}

fn panel_body(app: &mut WaylineApp, ui: &mut egui::Ui) {
    ui.heading(tr!("compare-title"));
    if let Some((label, _)) = &app.compare.loading {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("compare-reading", label = label.as_str()));
        });
        return;
    }
    let Some(c) = &app.compare.active else {
        return;
    };
    let count = tr!(
        "compare-count",
        count = c.changes.len(),
        label = c.label.as_str()
    );
    ui.label(RichText::new(count).strong());
    ui.label(RichText::new(tr!("compare-legend")).small().weak());
    let mut stop = false;
    let mut export = false;
    ui.horizontal(|ui| {
        stop = ui.button(tr!("compare-stop")).clicked();
        export = ui
            .add_enabled(
                app.compare.exporting.is_none(),
                egui::Button::new(tr!("compare-export")),
            )
            .clicked();
    });
    if app.compare.exporting.is_some() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("compare-writing"));
        });
    }
    match &app.compare.exported {
        Some(Ok(path)) => {
            let wrote = tr!("compare-wrote", file = path.display().to_string());
            ui.label(RichText::new(wrote).small());
        }
        Some(Err(e)) => {
            ui.colored_label(Color32::from_rgb(0xd6, 0x45, 0x45), e);
        }
        None => {}
    }
    ui.separator();
    let mut clicked = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (group, rows) in grouped(&c.changes, &c.old, &app.doc.map) {
            egui::CollapsingHeader::new(format!("{} ({})", group_name(group), rows.len()))
                .default_open(true)
                .show(ui, |ui| {
                    for (i, change) in rows {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(kind_word(change.kind))
                                    .small()
                                    .color(kind_color(change.kind)),
                            );
                            // In the UI language (English: the friendly line).
                            let text = crate::export::changes::line(
                                super::i18n::language(),
                                change,
                                &c.old,
                                &app.doc.map,
                            );
                            let link = ui.link(&text);
                            let link = match (&change.old, &change.new) {
                                (Some(o), Some(n)) => link.on_hover_text(tr!(
                                    "compare-change-tip",
                                    description = text.as_str(),
                                    old = o.as_str(),
                                    new = n.as_str()
                                )),
                                _ => link,
                            };
                            if link.clicked() {
                                clicked = Some(i);
                            }
                        });
                    }
                });
        }
    });
    if let Some(i) = clicked {
        select_change(app, i);
    }
    if stop {
        app.stop_comparing();
    }
    if export {
        let name = format!(
            "{}-changes.pdf",
            super::files::file_stem(&app.doc.map.title)
        );
        let request = super::choose::Request::new(
            super::choose::Purpose::ExportChanges,
            tr!("dialog-export-changes"),
        )
        .filter(tr!("filter-pdf"), &["pdf"])
        .filter(tr!("filter-svg-pages"), &["svg"])
        .name(name);
        super::choose::ask(app, request);
    }
}

/// The "Compare with" window: another file, or an earlier commit.
pub fn chooser(app: &mut WaylineApp, ctx: &egui::Context) {
    let Some(chooser) = &app.compare.chooser else {
        return;
    };
    let mut open = true;
    let mut pick_file = false;
    let mut pick_commit = None;
    egui::Window::new(tr!("dialog-compare-with"))
        .open(&mut open)
        .default_size([520.0, 360.0])
        .collapsible(false)
        .show(ctx, |ui| {
            ui.label(tr!("compare-with-intro"));
            pick_file = ui.button(tr!("compare-with-file")).clicked();
            ui.separator();
            match &chooser.commits {
                None => {
                    ui.label(RichText::new(tr!("compare-git")).strong());
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(tr!("compare-reading-history"));
                    });
                }
                Some(Err(why)) => {
                    ui.label(RichText::new(tr!("compare-git")).strong());
                    ui.label(RichText::new(why).weak());
                }
                Some(Ok(commits)) => {
                    ui.label(
                        RichText::new(tr!("compare-git-count", count = commits.len())).strong(),
                    );
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        egui::Grid::new("commits")
                            .num_columns(4)
                            .striped(true)
                            .spacing([10.0, 6.0])
                            .show(ui, |ui| {
                                for commit in commits {
                                    ui.label(&commit.date);
                                    ui.label(RichText::new(commit.short()).monospace());
                                    ui.label(&commit.author);
                                    if ui
                                        .link(&commit.subject)
                                        .on_hover_text(tr!("compare-commit-tip"))
                                        .clicked()
                                    {
                                        pick_commit = Some(commit.clone());
                                    }
                                    ui.end_row();
                                }
                            });
                    });
                }
            }
        });
    if !open {
        app.compare.chooser = None;
    }
    if let Some(commit) = pick_commit {
        app.compare_with_commit(commit);
    } else if pick_file {
        let request = super::choose::Request::new(
            super::choose::Purpose::CompareWith,
            tr!("dialog-compare-with"),
        )
        .filter(tr!("filter-journey-map"), &["ron"]);
        super::choose::ask(app, request);
    }
}
