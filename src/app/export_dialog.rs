//! Export from the editor: an options dialog, a native save dialog, and the
//! export itself in a job so the window never freezes; a spinner shows while it
//! runs and the result (or the error) is reported when it ends. Planning the
//! pages for the dialog's warnings and for the print preview's outlines runs in
//! jobs too, keyed by what they were planned for; the last answer stays shown
//! while a new one is worked out.

use std::path::PathBuf;

use eframe::egui;

use super::WaylineApp;
use super::export_warnings::{self as words, page_name};
use super::i18n::tr;
use super::jobs::{Job, Poll};
use crate::export::{
    self, Background, ExportOptions, Orientation, PageSize, SvgText, ThemeChoice, Tiling,
};

pub struct ExportState {
    pub open: bool,
    pub options: ExportOptions,
    /// Page breaks of `options` drawn over the canvas (see `print_preview`).
    pub preview: bool,
    /// What planning `options` for the map at a revision said: a readability
    /// warning, or why the options cannot work. Shown before exporting.
    check: Option<(u64, ExportOptions, Checked)>,
    /// A check running in the background (planning a big map takes a moment,
    /// and the dialog must stay smooth while a value is dragged).
    checking: Option<(u64, ExportOptions, Job<Checked>)>,
    /// The print preview's sheet outlines and what they were planned for.
    pub(super) sheets: Option<(SheetsKey, Vec<export::Sheet>)>,
    /// Sheets being planned in the background.
    pub(super) planning: Option<(SheetsKey, Job<Vec<export::Sheet>>)>,
    running: Option<(PathBuf, Job<Result<export::Written, String>>)>,
    /// The last finished export, shown in the menu bar.
    pub last: Option<String>,
    /// When `last` came (frame time) and the revision it was for: it goes
    /// after a few seconds, or as soon as the map is edited.
    last_since: (f64, u64),
}

impl Default for ExportState {
    fn default() -> ExportState {
        ExportState {
            open: false,
            options: ExportOptions {
                page: PageSize::A3,
                ..ExportOptions::default()
            },
            preview: false,
            check: None,
            checking: None,
            sheets: None,
            planning: None,
            running: None,
            last: None,
            last_since: (0.0, 0),
        }
    }
}

/// Warnings to show, or why the options cannot work.
type Checked = Result<Vec<String>, String>;

/// What print preview sheets were planned for: the document revision, the
/// scene's size (it changes with hidden lanes) and the options.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct SheetsKey {
    pub revision: u64,
    pub size: (f32, f32),
    pub options: ExportOptions,
}

impl ExportState {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Forgets the planning's messages (and a planning under way), so they
    /// are worded again: the UI language changed.
    pub fn forget_messages(&mut self) {
        self.check = None;
        self.checking = None;
    }

    /// The print preview's sheets and the options they were planned for.
    pub fn preview_sheets(&self) -> Option<(&ExportOptions, &[export::Sheet])> {
        self.sheets
            .as_ref()
            .map(|(k, s)| (&k.options, s.as_slice()))
    }

    /// True while the print preview's sheets are being planned.
    pub fn is_planning(&self) -> bool {
        self.planning.is_some() || self.checking.is_some()
    }
}

/// Starts an export to `path` in the background.
pub fn start(app: &mut WaylineApp, path: PathBuf, ctx: &egui::Context) {
    let map = app.doc.map.clone();
    let base = app.doc.base_dir();
    let options = app.export.options.clone();
    let target = path.clone();
    let job = Job::spawn(Some(ctx), move |_| {
        export::export(&map, base.as_deref(), &target, &options).map_err(|e| e.to_string())
    });
    app.export.running = Some((path, job));
}

/// How long "Exported …" stays in the menu bar, in seconds.
const LAST_SHOWN: f64 = 8.0;

/// Collects a finished export, and lets an old result go; call every frame.
pub fn poll(app: &mut WaylineApp) {
    let now = app.ctx.as_ref().map_or(0.0, |c| c.input(|i| i.time));
    let (since, revision) = app.export.last_since;
    if app.export.last.is_some() && (now - since > LAST_SHOWN || revision != app.doc.revision()) {
        app.export.last = None;
    }
    let Some((path, job)) = &mut app.export.running else {
        return;
    };
    match job.poll() {
        Poll::Pending => return,
        Poll::Done(Ok(written)) => {
            app.export.last = Some(tr!(
                "status-exported",
                file = path.display().to_string(),
                pages = written.pages
            ));
            app.export.last_since = (now, app.doc.revision());
            if let Some(ctx) = &app.ctx {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(LAST_SHOWN + 0.1));
            }
        }
        Poll::Done(Err(e)) => app.error = Some(super::i18n::failed("error-export-failed", e)),
        Poll::Lost => {
            app.error = Some(tr!(
                "error-export-stopped",
                file = path.display().to_string()
            ));
        }
    }
    app.export.running = None;
}

/// The status in the menu bar: a spinner while exporting, then the result.
pub fn status(app: &WaylineApp, ui: &mut egui::Ui) {
    if let Some((path, _)) = &app.export.running {
        ui.spinner();
        let file = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        ui.label(tr!("status-exporting", file = file));
    } else if let Some(last) = &app.export.last {
        ui.label(egui::RichText::new(last).weak());
    }
}

/// The Export options as a panel beside the canvas (File → Export…, Ctrl+E):
/// not modal, so the map and its page-break preview stay in sight and usable
/// while options change, and docked, so a message that grows it below the
/// buttons never moves a control under the pointer. Call before the canvas.
pub fn panel(app: &mut WaylineApp, ui: &mut egui::Ui) {
    if !app.export.open {
        return;
    }
    // Esc closes the panel, as it cancels a dialog; not while a field or a
    // drop-down has it.
    let ctx = ui.ctx().clone();
    if ctx.memory(|m| m.focused().is_none())
        && !ctx.any_popup_open()
        && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
    {
        app.export.open = false;
        return;
    }
    let mut go = false;
    egui::Panel::right("export")
        .resizable(true)
        .default_size(380.0)
        .size_range(320.0..=560.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| go = options(app, ui));
        });
    if go {
        app.export.open = false;
        let name = format!("{}.pdf", super::files::file_stem(&app.doc.map.title));
        let request =
            super::choose::Request::new(super::choose::Purpose::Export, tr!("dialog-export"))
                .filter(tr!("filter-pdf"), &["pdf"])
                .filter(tr!("filter-png"), &["png"])
                .filter(tr!("filter-svg"), &["svg"])
                .filter(tr!("filter-csv"), &["csv"])
                .name(name);
        super::choose::ask(app, request);
    }
}

/// The panel's options and buttons; true when Export… was clicked.
fn options(app: &mut WaylineApp, ui: &mut egui::Ui) -> bool {
    let mut go = false;
    ui.heading(tr!("export-title"));
    // The buttons first: an option that adds a line never moves them.
    let (valid, messages) = check_options(app, ui.ctx());
    ui.horizontal(|ui| {
        if ui
            .add_enabled(valid, egui::Button::new(super::Action::Export.label()))
            .clicked()
        {
            go = true;
        }
        if ui.button(tr!("button-cancel")).clicked() {
            app.export.open = false;
        }
    });
    ui.separator();
    let o = &mut app.export.options;
    egui::Grid::new("export-options")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(tr!("export-page"));
            egui::ComboBox::from_id_salt("page")
                .selected_text(page_name(o.page))
                .show_ui(ui, |ui| {
                    for page in [
                        PageSize::Fit,
                        PageSize::A4,
                        PageSize::A3,
                        PageSize::A2,
                        PageSize::A1,
                        PageSize::A0,
                        PageSize::Letter,
                        PageSize::Tabloid,
                    ] {
                        ui.selectable_value(&mut o.page, page, page_name(page));
                    }
                });
            ui.end_row();
            ui.label(tr!("export-orientation"));
            ui.horizontal(|ui| {
                for (value, key) in [
                    (Orientation::Auto, "export-orientation-auto"),
                    (Orientation::Portrait, "export-orientation-portrait"),
                    (Orientation::Landscape, "export-orientation-landscape"),
                ] {
                    ui.radio_value(&mut o.orientation, value, super::i18n::t(key));
                }
            });
            ui.end_row();
            ui.label(tr!("export-margin"));
            let margin = egui::DragValue::new(&mut o.margin_mm).range(0.0..=50.0);
            ui.add(super::i18n::numbers(margin));
            ui.end_row();
            ui.label(tr!("export-colours"));
            ui.horizontal(|ui| {
                let screen = tr!("export-colours-screen");
                ui.radio_value(&mut o.theme, ThemeChoice::Screen, screen);
                let print = tr!("export-colours-print");
                ui.radio_value(&mut o.theme, ThemeChoice::Print, print);
            });
            ui.end_row();
            ui.label(tr!("export-png"));
            ui.horizontal(|ui| {
                let mut dpi = o.dpi();
                if ui
                    .add(
                        egui::DragValue::new(&mut dpi)
                            .range(36.0..=600.0)
                            .suffix(format!(" {}", tr!("unit-dpi"))),
                    )
                    .changed()
                {
                    o.dpi = Some(dpi);
                }
                let mut transparent = o.background == Background::Transparent;
                ui.checkbox(&mut transparent, tr!("export-transparent"));
                o.background = if transparent {
                    Background::Transparent
                } else {
                    Background::White
                };
            });
            ui.end_row();
        });
    ui.add_enabled(
        o.page != PageSize::Fit && o.tile.is_none() && !o.slides,
        egui::Checkbox::new(&mut o.split, tr!("export-split")),
    );
    if o.page == PageSize::Fit || o.tile.is_some() || o.slides {
        o.split = false;
    }
    tiling(ui, o);
    ui.checkbox(&mut o.slides, tr!("export-slides"));
    if o.slides {
        o.tile = None;
    }
    ui.checkbox(&mut o.workshop, tr!("export-workshop"));
    ui.checkbox(&mut o.include_persona, tr!("export-persona"));
    ui.checkbox(&mut o.include_hidden_lanes, tr!("export-hidden-lanes"));
    ui.checkbox(&mut o.pain_page, tr!("export-pain-page"));
    let mut outlines = o.svg_text == SvgText::Outlines;
    ui.checkbox(&mut outlines, tr!("export-svg-outlines"));
    o.svg_text = if outlines {
        SvgText::Outlines
    } else {
        SvgText::Text
    };
    ui.checkbox(&mut app.export.preview, tr!("export-show-breaks"));
    for (error, message) in messages {
        let color = if error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.colored_label(color, message);
    }
    go
}

/// Poster tiling: on/off, the sheet paper and the overlap.
fn tiling(ui: &mut egui::Ui, o: &mut ExportOptions) {
    ui.horizontal_wrapped(|ui| {
        let mut on = o.tile.is_some();
        ui.add_enabled(!o.slides, egui::Checkbox::new(&mut on, tr!("export-tile")))
            .on_hover_text(tr!("export-tile-tip"));
        if on && o.tile.is_none() {
            o.tile = Some(Tiling {
                paper: PageSize::A4,
                overlap_mm: Tiling::DEFAULT_OVERLAP_MM,
            });
        } else if !on {
            o.tile = None;
        }
        let Some(tile) = &mut o.tile else {
            return;
        };
        egui::ComboBox::from_id_salt("tile-paper")
            .selected_text(page_name(tile.paper))
            .show_ui(ui, |ui| {
                for paper in [PageSize::A4, PageSize::Letter, PageSize::A3] {
                    ui.selectable_value(&mut tile.paper, paper, page_name(paper));
                }
            });
        ui.label(tr!("export-overlap"));
        ui.add(
            super::i18n::numbers(egui::DragValue::new(&mut tile.overlap_mm))
                .range(0.0..=30.0)
                .suffix(format!(" {}", tr!("unit-mm"))),
        );
    });
}

/// What planning the current options says (small text, or why they cannot
/// work) as messages (true: an error), planning in the background whenever the
/// options or the map changed. The flag is false when the options cannot work.
fn check_options(app: &mut WaylineApp, ctx: &egui::Context) -> (bool, Vec<(bool, String)>) {
    let revision = app.doc.revision();
    let options = app.export.options.clone();
    if let Some((r, o, job)) = &mut app.export.checking {
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(result) => {
                app.export.check = Some((*r, o.clone(), result));
                app.export.checking = None;
            }
            Poll::Lost => {
                app.export.check = Some((*r, o.clone(), Err(tr!("export-planning-stopped"))));
                app.export.checking = None;
            }
        }
    }
    // Range errors are instant; only planning goes to the background.
    if let Err(e) = options.check() {
        return (false, vec![(true, e.to_string())]);
    }
    let fresh = app
        .export
        .check
        .as_ref()
        .is_some_and(|(r, o, _)| *r == revision && *o == options);
    if !fresh && app.export.checking.is_none() {
        // Options or the map changed (a value being dragged): check in the
        // background and show the previous answer meanwhile.
        let map = app.doc.map.clone();
        let base = app.doc.base_dir();
        let planned = options.clone();
        let job = Job::spawn(Some(ctx), move |_| checked(&map, base, &planned));
        app.export.checking = Some((revision, options.clone(), job));
    }
    match app.export.check.as_ref().map(|(_, _, result)| result) {
        Some(Ok(warnings)) => (true, warnings.iter().map(|w| (false, w.clone())).collect()),
        Some(Err(e)) => (false, vec![(true, e.clone())]),
        None => (true, Vec::new()),
    }
}

fn checked(map: &crate::model::Map, base: Option<PathBuf>, options: &ExportOptions) -> Checked {
    export::plan(map, base.as_deref(), options)
        .map(|pages| {
            let small = export::small_text(&pages, options).map(|s| words::small_text(&s));
            let notes = export::sticky_notes(&pages, options).map(|n| words::sticky_notes(&n));
            let glyphs = export::missing_glyphs(map, &pages)
                .into_iter()
                .map(|g| words::missing_glyph(&g));
            small.into_iter().chain(notes).chain(glyphs).collect()
        })
        .map_err(|e| e.to_string())
}
