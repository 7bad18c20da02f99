//! The New dialog's template gallery: for each built-in template a thumbnail
//! drawn by the PNG backend (layout → scene → `render::raster`, in a job, kept
//! as textures for the session), its own title and description (in the
//! template's language), what kind of map it is and how many stages and lanes
//! it has. Choosing one asks about unsaved changes, then opens it.

use eframe::egui::{self, Vec2};

use super::i18n::{self, Language, tr};
use super::jobs::{Job, Poll};
use super::{Pending, WaylineApp};
use crate::layout::{self, Theme};
use crate::model::Map;

/// Thumbnail width in pixels (drawn at twice the shown size for sharpness).
pub const THUMB_PIXELS: f32 = 480.0;
/// The size a thumbnail is shown at, in points.
const THUMB_SIZE: Vec2 = Vec2::new(240.0, 140.0);
const CARD_WIDTH: f32 = 256.0;

/// A template as the gallery shows it.
pub struct Entry {
    pub name: &'static str,
    pub title: String,
    pub description: String,
    /// The language the template is written in.
    pub language: Language,
    pub kind: crate::model::MapKind,
    pub stages: usize,
    pub lanes: usize,
    /// Premultiplied RGBA pixels of the thumbnail, width × height.
    pixels: Option<([usize; 2], Vec<u8>)>,
    texture: Option<egui::TextureHandle>,
}

impl Entry {
    /// The thumbnail's size in pixels, once drawn.
    pub fn thumbnail_size(&self) -> Option<[usize; 2]> {
        self.texture
            .as_ref()
            .map(|t| t.size())
            .or(self.pixels.as_ref().map(|(size, _)| *size))
    }
}

#[derive(Default)]
pub struct Gallery {
    entries: Vec<Entry>,
    job: Option<Job<Vec<Entry>>>,
}

impl Gallery {
    /// The templates with their thumbnails, once the job has drawn them.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_drawing(&self) -> bool {
        self.job.is_some()
    }
}

/// The template's language, from its text: Chinese, Polish or English.
fn language(map: &Map) -> Language {
    let text = format!("{} {}", map.title, map.description);
    // i18n-ok: Polish letters to look for, never shown
    let polish = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    if text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        Language::ZhCn
    } else if text.chars().any(|c| polish.contains(c)) {
        Language::Pl
    } else {
        Language::En
    }
}

/// A map drawn small by the PNG backend: the title block and the lanes,
/// without the persona and the legend, `THUMB_PIXELS` wide.
pub fn thumbnail(map: &Map) -> Option<([usize; 2], Vec<u8>)> {
    let options = layout::Options {
        include_persona: false,
        include_legend: false,
        ..layout::Options::default()
    };
    let scene = layout::layout(map, &Theme::default(), &options);
    // Wide maps are cut at the thumbnail's shape rather than shrunk to a line.
    let scale = THUMB_PIXELS / scene.width.clamp(1.0, 2400.0);
    let raster = crate::render::raster::RasterOptions {
        scale,
        background: None,
    };
    let pixmap = crate::render::raster::render(&scene, &raster).ok()?;
    let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
    let tall = (w as f32 * THUMB_SIZE.y / THUMB_SIZE.x) as usize;
    let rows = h.min(tall.max(1));
    let row = w.min(THUMB_PIXELS as usize);
    let mut pixels = Vec::with_capacity(row * rows * 4);
    for y in 0..rows {
        let start = y * w * 4;
        pixels.extend_from_slice(&pixmap.data()[start..start + row * 4]);
    }
    Some(([row, rows], pixels))
}

/// Reads every template and draws its thumbnail (in a job, which speaks the
/// window's language). Templates in the UI language come first; the empty map
/// is always last.
fn build() -> Vec<Entry> {
    let mine = i18n::language();
    let mut entries: Vec<Entry> = crate::templates::TEMPLATES
        .iter()
        .filter_map(|t| {
            let mut map = t.map().ok()?;
            let empty = t.name == "empty";
            if empty {
                // Its thumbnail shows the title a new map gets in this language.
                map.title = tr!("new-map-title");
            }
            Some(Entry {
                name: t.name,
                title: if empty {
                    tr!("new-empty-map")
                } else {
                    map.title.clone()
                },
                description: if empty {
                    tr!("new-empty-map-description")
                } else {
                    map.description.clone()
                },
                language: language(&map),
                kind: map.kind,
                stages: map.stages.len(),
                lanes: map.lanes.iter().filter(|l| !l.hidden).count(),
                pixels: thumbnail(&map),
                texture: None,
            })
        })
        .collect();
    entries.sort_by_key(|e| (e.name == "empty", e.language != mine));
    entries
}

/// Starts drawing the thumbnails the first time the dialog opens; takes in
/// the finished job and turns its pixels into textures.
fn poll(app: &mut WaylineApp, ctx: &egui::Context) {
    let gallery = &mut app.gallery;
    if gallery.entries.is_empty() && gallery.job.is_none() {
        gallery.job = Some(Job::spawn(Some(ctx), |_| build()));
    }
    if let Some(job) = &mut gallery.job {
        match job.poll() {
            Poll::Pending => ctx.request_repaint_after(std::time::Duration::from_millis(50)),
            Poll::Done(entries) => {
                gallery.entries = entries;
                gallery.job = None;
            }
            Poll::Lost => {
                gallery.job = None;
                app.error = Some(tr!("new-previews-failed"));
            }
        }
    }
    for entry in &mut app.gallery.entries {
        if entry.texture.is_none()
            && let Some((size, pixels)) = entry.pixels.take()
        {
            let image = egui::ColorImage::from_rgba_premultiplied(size, &pixels);
            entry.texture = Some(ctx.load_texture(
                format!("template-{}", entry.name),
                image,
                egui::TextureOptions::LINEAR,
            ));
        }
    }
}

/// Shortens a description to about three lines of the card.
fn shorten(text: &str) -> String {
    const MOST: usize = 170;
    if text.chars().count() <= MOST {
        return text.to_string();
    }
    let cut: String = text.chars().take(MOST).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The New dialog: the gallery in a scrolling grid that fits the window.
pub fn dialog(app: &mut WaylineApp, ctx: &egui::Context) {
    if !app.new_dialog {
        return;
    }
    poll(app, ctx);
    let screen = ctx.content_rect().size();
    let width = (screen.x - 80.0).clamp(CARD_WIDTH + 40.0, 4.0 * (CARD_WIDTH + 16.0));
    let columns = ((width / (CARD_WIDTH + 16.0)) as usize).max(1);
    let mut chosen = None;
    let modal = egui::Modal::new(egui::Id::unique("new-from-template")).show(ctx, |ui| {
        ui.set_width(columns as f32 * (CARD_WIDTH + 16.0));
        ui.heading(tr!("new-title"));
        ui.label(tr!("new-gallery-intro"));
        ui.add_space(6.0);
        if app.gallery.entries.is_empty() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!("new-drawing-previews"));
            });
        }
        let tall = (screen.y - 220.0).max(200.0);
        egui::ScrollArea::vertical()
            .max_height(tall)
            .min_scrolled_height(tall)
            .show(ui, |ui| {
                egui::Grid::new("template-gallery")
                    .spacing(Vec2::splat(12.0))
                    .show(ui, |ui| {
                        for (i, entry) in app.gallery.entries.iter().enumerate() {
                            if let Some(choice) = card(ui, entry) {
                                chosen = Some(choice);
                            }
                            if (i + 1) % columns == 0 {
                                ui.end_row();
                            }
                        }
                    });
            });
        ui.add_space(6.0);
        if ui.button(tr!("button-cancel")).clicked() {
            app.new_dialog = false;
        }
    });
    if modal.should_close() {
        app.new_dialog = false;
    }
    if let Some((name, empty)) = chosen {
        app.new_dialog = false;
        app.ask_then(Pending::New(name, empty));
    }
}

/// One template: its thumbnail (click to use it), title, kind and size,
/// description, and the buttons. Returns the choice made.
fn card(ui: &mut egui::Ui, entry: &Entry) -> Option<(&'static str, bool)> {
    let mut chosen = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(CARD_WIDTH - 16.0);
        ui.vertical(|ui| {
            let preview = tr!("new-preview", title = entry.title.as_str());
            let response = match &entry.texture {
                Some(texture) => ui.add(
                    egui::Image::new(texture)
                        .fit_to_exact_size(THUMB_SIZE)
                        .maintain_aspect_ratio(true)
                        .alt_text(preview)
                        .sense(egui::Sense::click()),
                ),
                None => ui.allocate_response(THUMB_SIZE, egui::Sense::click()),
            };
            if response.on_hover_text(tr!("new-template-tip")).clicked() {
                chosen = Some((entry.name, false));
            }
            ui.add(egui::Label::new(egui::RichText::new(&entry.title).strong()).wrap());
            let facts = tr!(
                "new-template-facts",
                kind = i18n::map_kind(entry.kind),
                stages = entry.stages,
                lanes = entry.lanes,
                language = entry.language.native_name()
            );
            ui.label(egui::RichText::new(facts).small());
            ui.add(
                egui::Label::new(
                    egui::RichText::new(shorten(&entry.description))
                        .weak()
                        .small(),
                )
                .wrap(),
            );
            ui.horizontal(|ui| {
                let empty = entry.name == "empty";
                let open = ui.button(if empty {
                    tr!("new-blank")
                } else {
                    tr!("new-use")
                });
                let label = tr!("new-use-named", title = entry.title.as_str());
                open.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone())
                });
                if open.clicked() {
                    chosen = Some((entry.name, false));
                }
                if !empty {
                    let bare = ui
                        .small_button(tr!("new-structure-only"))
                        .on_hover_text(tr!("new-empty-tip"));
                    let label = tr!("new-structure-only-named", title = entry.title.as_str());
                    bare.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone())
                    });
                    if bare.clicked() {
                        chosen = Some((entry.name, true));
                    }
                }
            });
        });
    });
    chosen
}
