//! Export from the editor: an options dialog, a native save dialog, and the
//! export itself on a background thread so the window never freezes; a spinner
//! shows while it runs and the result (or the error) is reported when it ends.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use eframe::egui;

use super::WaylineApp;
use crate::export::{self, Background, ExportOptions, Orientation, PageSize, ThemeChoice};

pub struct ExportState {
    pub open: bool,
    pub options: ExportOptions,
    running: Option<(PathBuf, Receiver<Result<export::Written, String>>)>,
    /// The last finished export, shown in the menu bar.
    pub last: Option<String>,
}

impl Default for ExportState {
    fn default() -> ExportState {
        ExportState {
            open: false,
            options: ExportOptions {
                page: PageSize::A3,
                ..ExportOptions::default()
            },
            running: None,
            last: None,
        }
    }
}

impl ExportState {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }
}

/// Starts an export to `path` in the background.
pub fn start(app: &mut WaylineApp, path: PathBuf, ctx: &egui::Context) {
    let (send, receive) = channel();
    let map = app.doc.map.clone();
    let base = app.doc.base_dir();
    let options = app.export.options.clone();
    let target = path.clone();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let result =
            export::export(&map, base.as_deref(), &target, &options).map_err(|e| e.to_string());
        let _ = send.send(result);
        ctx.request_repaint();
    });
    app.export.running = Some((path, receive));
}

/// Collects a finished export; call every frame.
pub fn poll(app: &mut WaylineApp) {
    let Some((path, receiver)) = &app.export.running else {
        return;
    };
    let Ok(result) = receiver.try_recv() else {
        return;
    };
    match result {
        Ok(written) => {
            let pages = if written.pages == 1 {
                String::new()
            } else {
                format!(" ({} pages)", written.pages)
            };
            app.export.last = Some(format!("Exported {}{pages}", path.display()));
        }
        Err(e) => app.error = Some(e),
    }
    app.export.running = None;
}

/// The status in the menu bar: a spinner while exporting, then the result.
pub fn status(app: &WaylineApp, ui: &mut egui::Ui) {
    if let Some((path, _)) = &app.export.running {
        ui.spinner();
        ui.label(format!(
            "Exporting {}…",
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ));
    } else if let Some(last) = &app.export.last {
        ui.label(egui::RichText::new(last).weak());
    }
}

pub fn dialog(app: &mut WaylineApp, ctx: &egui::Context) {
    if !app.export.open {
        return;
    }
    let mut go = false;
    egui::Modal::new(egui::Id::unique("export")).show(ctx, |ui| {
        ui.heading("Export");
        let o = &mut app.export.options;
        egui::Grid::new("export-options")
            .num_columns(2)
            .show(ui, |ui| {
                ui.label("Page");
                egui::ComboBox::from_id_salt("page")
                    .selected_text(format!("{:?}", o.page))
                    .show_ui(ui, |ui| {
                        for page in [
                            PageSize::Fit,
                            PageSize::A4,
                            PageSize::A3,
                            PageSize::A2,
                            PageSize::A1,
                            PageSize::Letter,
                            PageSize::Tabloid,
                        ] {
                            ui.selectable_value(&mut o.page, page, format!("{page:?}"));
                        }
                    });
                ui.end_row();
                ui.label("Orientation");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut o.orientation, Orientation::Auto, "Auto");
                    ui.radio_value(&mut o.orientation, Orientation::Portrait, "Portrait");
                    ui.radio_value(&mut o.orientation, Orientation::Landscape, "Landscape");
                });
                ui.end_row();
                ui.label("Margin (mm)");
                ui.add(egui::DragValue::new(&mut o.margin_mm).range(0.0..=50.0));
                ui.end_row();
                ui.label("Colours");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut o.theme, ThemeChoice::Screen, "Screen");
                    ui.radio_value(&mut o.theme, ThemeChoice::Print, "Print (less ink)");
                });
                ui.end_row();
                ui.label("PNG");
                ui.horizontal(|ui| {
                    let mut dpi = o.dpi();
                    if ui
                        .add(
                            egui::DragValue::new(&mut dpi)
                                .range(36.0..=600.0)
                                .suffix(" DPI"),
                        )
                        .changed()
                    {
                        o.dpi = Some(dpi);
                    }
                    let mut transparent = o.background == Background::Transparent;
                    ui.checkbox(&mut transparent, "Transparent");
                    o.background = if transparent {
                        Background::Transparent
                    } else {
                        Background::White
                    };
                });
                ui.end_row();
            });
        ui.add_enabled(
            o.page != PageSize::Fit,
            egui::Checkbox::new(&mut o.split, "Split over pages instead of shrinking"),
        );
        if o.page == PageSize::Fit {
            o.split = false;
        }
        ui.checkbox(&mut o.include_persona, "Persona panel");
        ui.checkbox(&mut o.include_hidden_lanes, "Hidden lanes");
        ui.checkbox(&mut o.pain_page, "Pain points → opportunities page");
        ui.horizontal(|ui| {
            if ui.button("Export…").clicked() {
                go = true;
            }
            if ui.button("Cancel").clicked() {
                app.export.open = false;
            }
        });
    });
    if go {
        app.export.open = false;
        let name = format!("{}.pdf", super::files::file_stem(&app.doc.map.title));
        let picked = rfd::FileDialog::new()
            .set_title("Export journey map")
            .add_filter("PDF", &["pdf"])
            .add_filter("PNG image", &["png"])
            .add_filter("CSV table of cards", &["csv"])
            .set_file_name(name)
            .save_file();
        if let Some(path) = picked {
            start(app, path, ctx);
        }
    }
}
