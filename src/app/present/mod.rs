//! Presentation mode (F5): the map full screen, stepped through slide by slide for
//! a meeting room. Owns the animated camera, the spotlight that dims everything
//! but the slide's subject, the footer and the keys that step; the slide list is
//! [`slides`].
//!
//! The slides come from the hit regions of a scene laid out by the one
//! [`layout`](crate::layout::layout) (in the light or the dark theme, which share
//! their geometry), and the map is drawn by the one egui backend,
//! [`paint`](crate::paint). Nothing here edits the map: while
//! presenting, the editor's panels are gone and only [`allowed`] actions run.

use eframe::egui::{self, Color32, CornerRadius, FontId, Key, Pos2, Rect, Sense, Stroke, Vec2};

use super::i18n::tr;
use super::{Action, WaylineApp};
use crate::layout::{self, Theme};
use crate::paint::{Textures, View, paint};
use crate::scene::{self, Scene, Target};

mod slides;

use slides::whole;
pub use slides::{Placed, Slide, slides};

/// Where eframe keeps the light/dark choice between runs.
pub const DARK_KEY: &str = "present-dark";
/// How long the camera takes from one slide to the next.
const MOVE_SECONDS: f32 = 0.4;
/// How long the key hint stays after entering or after the pointer moved.
const HINT_SECONDS: f64 = 4.0;
/// Room kept free at the bottom of the screen for the footer.
const FOOTER_HEIGHT: f32 = 64.0;
/// Breathing room around a slide's subject, in screen points.
const MARGIN: f32 = 28.0;
/// A camera move in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Move {
    from: View,
    /// The spotlight when the move started (map points).
    from_light: scene::Rect,
    /// When the move started (egui's clock); set on its first frame.
    started: Option<f64>,
    /// 0 at the start, 1 when done.
    progress: f32,
}

/// Presentation state. Inactive until [`toggle`] starts it; it keeps its
/// light/dark choice between presentations.
pub struct Presenter {
    active: bool,
    dark: bool,
    slides: Vec<Placed>,
    index: usize,
    scene: Scene,
    /// Revision, dark theme, and the id of the decoded persona photo.
    scene_key: Option<(u64, bool, Option<u64>)>,
    textures: Textures,
    moving: Option<Move>,
    view: View,
    screen: Rect,
    was_fullscreen: bool,
    hint_until: f64,
    pointer: Option<Pos2>,
}

impl Default for Presenter {
    fn default() -> Presenter {
        Presenter {
            active: false,
            dark: true,
            slides: Vec::new(),
            index: 0,
            scene: Scene::default(),
            scene_key: None,
            textures: Textures::default(),
            moving: None,
            view: View {
                origin: Pos2::ZERO,
                zoom: 1.0,
            },
            screen: Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0)),
            was_fullscreen: false,
            hint_until: 0.0,
            pointer: None,
        }
    }
}

impl Presenter {
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// Dark ground (true) or light.
    pub fn is_dark(&self) -> bool {
        self.dark
    }

    /// Chooses the ground for the next frame (and presentation).
    pub fn set_dark(&mut self, dark: bool) {
        self.dark = dark;
    }

    /// Every slide in order (the overview first).
    pub fn slides(&self) -> &[Placed] {
        &self.slides
    }

    /// The index of the slide shown.
    pub fn index(&self) -> usize {
        self.index
    }

    pub fn current(&self) -> Option<&Placed> {
        self.slides.get(self.index)
    }

    /// The camera as drawn last frame.
    pub fn view(&self) -> View {
        self.view
    }

    /// The part of the screen slides are fitted into (above the footer).
    pub fn stage_area(&self) -> Rect {
        slide_area(self.screen)
    }

    /// True while the camera is still moving to the current slide.
    pub fn is_moving(&self) -> bool {
        self.moving.is_some()
    }

    /// The scene being shown (laid out in the presentation's theme).
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// Forgets the laid-out scene, so the next frame lays the map out again.
    pub fn invalidate(&mut self) {
        self.scene_key = None;
    }

    /// Goes to slide `index` (clamped), moving the camera there.
    fn go(&mut self, index: usize) {
        let index = index.min(self.slides.len().saturating_sub(1));
        if index == self.index && self.moving.is_none() {
            return;
        }
        self.moving = Some(Move {
            from: self.view,
            from_light: self.light_now(),
            started: None,
            progress: 0.0,
        });
        self.index = index;
    }

    /// The spotlight as drawn now (the whole map when nothing is singled out).
    fn light_now(&self) -> scene::Rect {
        let target = self.lit(self.index);
        match self.moving {
            Some(m) => lerp_rect(m.from_light, target, ease(m.progress)),
            None => target,
        }
    }

    fn lit(&self, index: usize) -> scene::Rect {
        self.slides
            .get(index)
            .and_then(|s| s.spotlight)
            .unwrap_or_else(|| whole(&self.scene))
    }
}

impl WaylineApp {
    /// The presentation, when presenting.
    pub fn presentation(&self) -> Option<&Presenter> {
        self.present.is_active().then_some(&self.present)
    }

    /// The slide shown, when presenting.
    pub fn presentation_step(&self) -> Option<&Slide> {
        self.presentation()
            .and_then(Presenter::current)
            .map(|p| &p.slide)
    }
}

/// What may run while presenting: nothing that edits the map or moves the view
/// from under the presenter. Saving is harmless and stays.
pub fn allowed(action: Action) -> bool {
    matches!(action, Action::Present | Action::Save)
}

/// F5: starts presenting (full screen, from the overview), or stops.
pub fn toggle(app: &mut WaylineApp, ctx: &egui::Context) {
    if app.present.active {
        leave(app, ctx);
        return;
    }
    // Keep what was being typed on the canvas; nothing is edited while presenting.
    super::canvas::commit_inline(app);
    app.doc.seal();
    // A field of a hidden panel keeps no keyboard focus: keys are for stepping.
    ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    let p = &mut app.present;
    p.active = true;
    p.index = 0;
    p.moving = None;
    p.scene_key = None;
    p.was_fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
    p.hint_until = ctx.input(|i| i.time) + HINT_SECONDS;
    if !p.was_fullscreen {
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }
}

/// Esc: back to the editor, its panels and its view as they were.
fn leave(app: &mut WaylineApp, ctx: &egui::Context) {
    let p = &mut app.present;
    p.active = false;
    p.moving = None;
    if !p.was_fullscreen {
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }
    ctx.set_cursor_icon(egui::CursorIcon::Default);
}

/// Lays the map out for presenting when it or the theme changed, and lists the
/// slides again from the scene's hit regions.
fn refresh(app: &mut WaylineApp, ctx: &egui::Context) {
    app.canvas
        .photo
        .update(ctx, &app.doc.map, app.doc.base_dir().as_deref());
    let photo = app.canvas.photo.picture();
    let key = (
        app.doc.revision(),
        app.present.dark,
        photo.as_ref().map(|p| p.id()),
    );
    if app.present.scene_key == Some(key) {
        return;
    }
    let theme = if app.present.dark {
        Theme::dark()
    } else {
        Theme::light()
    };
    // Hidden lanes are the team's working notes: never shown to an audience.
    let options = layout::Options {
        include_persona: true,
        include_hidden_lanes: false,
        include_legend: true,
        photo,
        ..layout::Options::default()
    };
    let p = &mut app.present;
    p.scene = layout::layout(&app.doc.map, &theme, &options);
    p.scene_key = Some(key);
    p.slides = slides(&app.doc.map, &p.scene);
    p.index = p.index.min(p.slides.len().saturating_sub(1));
}

/// The screen minus the footer band.
fn slide_area(screen: Rect) -> Rect {
    Rect::from_min_max(
        screen.min,
        Pos2::new(
            screen.max.x,
            (screen.max.y - FOOTER_HEIGHT).max(screen.min.y + 1.0),
        ),
    )
}

/// The camera that shows `target` as large as fits in `area`, centred.
fn fit(target: scene::Rect, area: Rect, max_zoom: f32) -> View {
    let room = area.shrink(MARGIN);
    let zoom = (room.width() / target.w.max(1.0))
        .min(room.height() / target.h.max(1.0))
        .clamp(0.02, max_zoom);
    let c = target.center();
    View {
        origin: area.center() - Vec2::new(c.x, c.y) * zoom,
        zoom,
    }
}

/// Ease-in-out (cubic): slow start, slow stop.
fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// Between two cameras: zoom on a log scale (so zooming in feels even), and the map
/// point under the centre of `area` in a straight line.
fn lerp_view(a: View, b: View, t: f32, area: Rect) -> View {
    let centre = |v: View| v.to_map(area.center());
    let (ca, cb) = (centre(a), centre(b));
    let zoom = (a.zoom.ln() + (b.zoom.ln() - a.zoom.ln()) * t).exp();
    let c = scene::Point::new(ca.x + (cb.x - ca.x) * t, ca.y + (cb.y - ca.y) * t);
    View {
        origin: area.center() - Vec2::new(c.x, c.y) * zoom,
        zoom,
    }
}

fn lerp_rect(a: scene::Rect, b: scene::Rect, t: f32) -> scene::Rect {
    let l = |x: f32, y: f32| x + (y - x) * t;
    scene::Rect::new(l(a.x, b.x), l(a.y, b.y), l(a.w, b.w), l(a.h, b.h))
}

/// The keys and clicks that step; `None` when nothing was pressed.
fn stepping(ui: &egui::Ui, response: &egui::Response, p: &Presenter) -> Option<usize> {
    let last = p.slides.len().saturating_sub(1);
    let mut to = None;
    ui.input_mut(|i| {
        let mut press = |key: Key| i.consume_key(egui::Modifiers::NONE, key);
        if press(Key::ArrowRight)
            || press(Key::Space)
            || press(Key::PageDown)
            || press(Key::ArrowDown)
            || press(Key::Enter)
        {
            to = Some((p.index + 1).min(last));
        } else if press(Key::ArrowLeft)
            || press(Key::PageUp)
            || press(Key::ArrowUp)
            || press(Key::Backspace)
        {
            to = Some(p.index.saturating_sub(1));
        } else if press(Key::Home) {
            to = Some(0);
        } else if press(Key::End) {
            to = Some(last);
        } else if press(Key::P) {
            to = p
                .slides
                .iter()
                .position(|s| matches!(s.slide, Slide::Pain(_) | Slide::Opportunity(_)));
        } else {
            const DIGITS: [Key; 9] = [
                Key::Num1,
                Key::Num2,
                Key::Num3,
                Key::Num4,
                Key::Num5,
                Key::Num6,
                Key::Num7,
                Key::Num8,
                Key::Num9,
            ];
            if let Some(n) = DIGITS.into_iter().position(&mut press) {
                to = stage_slide(&p.slides, n);
            }
        }
    });
    if response.clicked() {
        to = Some((p.index + 1).min(last));
    } else if response.secondary_clicked() {
        to = Some(p.index.saturating_sub(1));
    }
    to
}

/// The first slide of the `n`-th stage (from 0) that has slides.
fn stage_slide(slides: &[Placed], n: usize) -> Option<usize> {
    let mut seen: Vec<&crate::model::StageId> = Vec::new();
    for (i, placed) in slides.iter().enumerate() {
        if let Slide::Stage(id) = &placed.slide
            && !seen.contains(&id)
        {
            if seen.len() == n {
                return Some(i);
            }
            seen.push(id);
        }
    }
    None
}

/// The presentation: the whole window. Called instead of the editor's panels.
pub fn show(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    refresh(app, &ctx);
    let modal = app.error.is_some() || app.confirm.is_some() || app.overwrite_prompt;
    let surround = if app.present.dark {
        Color32::from_rgb(0x0b, 0x0d, 0x10)
    } else {
        Color32::from_rgb(0xe4, 0xe6, 0xea)
    };
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE.fill(surround))
        .show(ui, |ui| {
            let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr!("present-label"))
            });
            app.present.screen = rect;
            if !modal {
                if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape)) {
                    leave(app, &ctx);
                    ctx.request_repaint();
                    return;
                }
                if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::T)) {
                    app.present.dark = !app.present.dark;
                    refresh(app, &ctx);
                }
                if let Some(to) = stepping(ui, &response, &app.present) {
                    app.present.go(to);
                }
            }
            camera(&mut app.present, ui);
            draw(&mut app.present, ui, rect);
            hint(&mut app.present, ui, rect);
        });
}

/// Moves the camera one frame along, or holds it on the slide.
fn camera(p: &mut Presenter, ui: &egui::Ui) {
    let area = slide_area(p.screen);
    let Some(placed) = p.slides.get(p.index) else {
        return;
    };
    let to = fit(placed.target, area, placed.max_zoom);
    p.view = match &mut p.moving {
        Some(m) => {
            // By the clock, not by frames: a slow machine skips frames, not time.
            let now = ui.input(|i| i.time);
            let started = *m.started.get_or_insert(now);
            m.progress = ((now - started) as f32 / MOVE_SECONDS).min(1.0);
            let view = lerp_view(m.from, to, ease(m.progress), area);
            if m.progress >= 1.0 {
                p.moving = None;
            } else {
                ui.ctx().request_repaint();
            }
            view
        }
        None => to,
    };
}

fn draw(p: &mut Presenter, ui: &egui::Ui, rect: Rect) {
    let painter = ui.painter_at(rect);
    paint(&painter, &p.scene, p.view, &mut p.textures);

    // The spotlight: a veil over everything but the slide's subject.
    let light = p.light_now();
    let hole = p.view.rect_to_screen(light).expand(6.0);
    let lit_all = hole.contains_rect(rect);
    if !lit_all {
        let veil = if p.dark {
            Color32::from_black_alpha(190)
        } else {
            Color32::from_white_alpha(205)
        };
        for part in around(rect, hole) {
            painter.rect_filled(part, 0.0, veil);
        }
        if matches!(
            p.current().map(|s| &s.slide),
            Some(Slide::Pain(_) | Slide::Opportunity(_))
        ) {
            let ring = if p.dark {
                Color32::from_rgb(0xff, 0xc5, 0x3d)
            } else {
                Color32::from_rgb(0xc8, 0x8a, 0x00)
            };
            painter.rect_stroke(
                hole,
                CornerRadius::same(8),
                Stroke::new(3.0, ring),
                egui::StrokeKind::Outside,
            );
        }
    }
    lane_names(p, ui, rect, hole);
    footer(p, &painter, rect);
}

/// On a stage slide, draws the lane headers un-dimmed, level with their rows, and
/// pinned to the screen's left edge when they would be off screen (the same scene
/// and zoom, shifted sideways), so the room always sees which row is which.
fn lane_names(p: &mut Presenter, ui: &egui::Ui, rect: Rect, hole: Rect) {
    if !matches!(p.current().map(|s| &s.slide), Some(Slide::Stage(_))) {
        return;
    }
    let Some(headers) = lane_headers(&p.scene) else {
        return;
    };
    let zoom = p.view.zoom;
    let on_screen = p.view.rect_to_screen(headers);
    let pinned = on_screen.min.x < rect.min.x + 8.0;
    let left = on_screen.min.x.max(rect.min.x + 8.0);
    let width = headers.w * zoom;
    let strip = Rect::from_min_max(
        Pos2::new(
            if pinned { rect.min.x } else { left },
            on_screen.min.y.max(rect.min.y),
        ),
        Pos2::new(
            (left + width).min(hole.min.x),
            on_screen.max.y.min(rect.max.y),
        ),
    );
    if !strip.is_positive() || strip.max.x - left < width * 0.5 {
        return;
    }
    let shifted = View {
        origin: Pos2::new(left - headers.x * zoom, p.view.origin.y),
        zoom,
    };
    let painter = ui.painter_at(strip);
    if pinned {
        let ground = if p.dark {
            Color32::from_rgb(0x0b, 0x0d, 0x10)
        } else {
            Color32::from_rgb(0xe4, 0xe6, 0xea)
        };
        painter.rect_filled(strip, 0.0, ground);
    }
    paint(&painter, &p.scene, shifted, &mut p.textures);
}

/// The lane-header column of the map (left of the first stage, lanes only).
fn lane_headers(scene: &Scene) -> Option<scene::Rect> {
    let lanes: Vec<scene::Rect> = scene
        .hits
        .iter()
        .filter(|h| matches!(h.target, Target::Lane(_)))
        .map(|h| h.rect)
        .collect();
    let first = lanes.first()?;
    // The KPI and insight rows have headers in the same column.
    let bottom = scene
        .hits
        .iter()
        .filter(|h| matches!(h.target, Target::Facts(_)))
        .map(|h| h.rect.bottom())
        .chain(lanes.iter().map(scene::Rect::bottom))
        .fold(first.y, f32::max);
    Some(scene::Rect::new(
        first.x,
        first.y,
        first.w,
        bottom - first.y,
    ))
}

/// The parts of `screen` outside `hole`: up to four rectangles.
fn around(screen: Rect, hole: Rect) -> Vec<Rect> {
    let hole = hole.intersect(screen);
    if !hole.is_positive() {
        return vec![screen];
    }
    vec![
        Rect::from_min_max(screen.min, Pos2::new(screen.max.x, hole.min.y)),
        Rect::from_min_max(Pos2::new(screen.min.x, hole.max.y), screen.max),
        Rect::from_min_max(
            Pos2::new(screen.min.x, hole.min.y),
            Pos2::new(hole.min.x, hole.max.y),
        ),
        Rect::from_min_max(
            Pos2::new(hole.max.x, hole.min.y),
            Pos2::new(screen.max.x, hole.max.y),
        ),
    ]
    .into_iter()
    .filter(|r| r.is_positive())
    .collect()
}

/// "Stage 2 of 5 — Consideration" and "3 / 19", at the bottom.
fn footer(p: &Presenter, painter: &egui::Painter, rect: Rect) {
    let Some(placed) = p.current() else { return };
    let (ink, ground) = if p.dark {
        (Color32::from_gray(0xf0), Color32::from_black_alpha(240))
    } else {
        (Color32::from_gray(0x1f), Color32::from_white_alpha(245))
    };
    let galley = painter.layout(
        placed.caption.clone(),
        FontId::proportional(22.0),
        ink,
        (rect.width() - 200.0).max(200.0),
    );
    let centre = Pos2::new(rect.center().x, rect.max.y - FOOTER_HEIGHT / 2.0);
    let pill = Rect::from_center_size(centre, galley.size() + Vec2::new(32.0, 14.0));
    painter.rect_filled(pill, CornerRadius::same(12), ground);
    painter.galley(pill.min + Vec2::new(16.0, 7.0), galley, ink);
    let count = painter.layout_no_wrap(
        format!("{} / {}", p.index + 1, p.slides.len()),
        FontId::proportional(16.0),
        ink.gamma_multiply(0.7),
    );
    let badge = Rect::from_min_size(
        Pos2::new(
            rect.max.x - 24.0 - count.size().x - 16.0,
            centre.y - count.size().y / 2.0 - 5.0,
        ),
        count.size() + Vec2::new(16.0, 10.0),
    );
    painter.rect_filled(badge, CornerRadius::same(8), ground);
    painter.galley(badge.min + Vec2::new(8.0, 5.0), count, ink);
}

/// The keys, faint in the top-right corner (clear of a long footer) for a few
/// seconds after entering or after the pointer moves; the pointer hides with it.
fn hint(p: &mut Presenter, ui: &egui::Ui, rect: Rect) {
    let (now, pointer) = ui.input(|i| (i.time, i.pointer.hover_pos()));
    if pointer.is_some() && pointer != p.pointer {
        if p.pointer.is_some() {
            p.hint_until = p.hint_until.max(now + HINT_SECONDS);
        }
        p.pointer = pointer;
    }
    let left = p.hint_until - now;
    if left <= 0.0 {
        ui.ctx().set_cursor_icon(egui::CursorIcon::None);
        return;
    }
    let fade = (left / 0.5).min(1.0) as f32;
    let (ink, ground) = if p.dark {
        (Color32::from_gray(0xd0), Color32::from_black_alpha(200))
    } else {
        (Color32::from_gray(0x30), Color32::from_white_alpha(220))
    };
    let painter = ui.painter();
    let text = painter.layout_no_wrap(
        tr!("present-keys"),
        FontId::proportional(14.0),
        ink.gamma_multiply(fade),
    );
    let badge = Rect::from_min_size(
        Pos2::new(rect.max.x - 16.0 - text.size().x - 20.0, rect.min.y + 16.0),
        text.size() + Vec2::new(20.0, 12.0),
    );
    painter.rect_filled(badge, CornerRadius::same(8), ground.gamma_multiply(fade));
    painter.galley(badge.min + Vec2::new(10.0, 6.0), text, ink);
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64(
            left.min(0.5) / 2.0 + 0.01,
        ));
}
