//! What the canvas adds around the drawn map: stage and lane headers pinned
//! to the canvas' edges when the map scrolls under them (so a big map keeps
//! its bearings), and the right-click menu. The pinned headers are drawn from
//! the scene's hit regions and the map's names; clicks on them go to the
//! stage or lane they stand for.

use eframe::egui::{self, Color32, Pos2, Rect, Vec2};

use super::i18n::tr;
use super::{Action, Focus, WaylineApp};
use crate::layout::Theme;
use crate::scene::Target;

/// A header pinned to the canvas edge: what it stands for and where it is on
/// screen.
pub struct Pinned {
    pub target: Target,
    pub rect: Rect,
    pub name: String,
}

/// The headers that have scrolled out of view while their column or row is
/// still on the canvas.
pub fn pinned(app: &WaylineApp) -> Vec<Pinned> {
    let canvas = app.canvas.rect();
    let view = app.canvas.view();
    let map = &app.doc.map;
    let mut out = Vec::new();
    let mut stage_band = 0.0f32;
    for hit in &app.canvas.scene().hits {
        match &hit.target {
            Target::Stage(id) => {
                let r = view.rect_to_screen(hit.rect);
                let column_bottom = app
                    .canvas
                    .scene()
                    .hits
                    .iter()
                    .filter(|h| matches!(&h.target, Target::Cell { stage, .. } if stage == id))
                    .map(|h| view.rect_to_screen(h.rect).bottom())
                    .fold(r.bottom(), f32::max);
                let across = r.right() > canvas.left() && r.left() < canvas.right();
                if across && r.top() < canvas.top() && column_bottom > canvas.top() + r.height() {
                    let rect = Rect::from_min_size(Pos2::new(r.left(), canvas.top()), r.size());
                    stage_band = stage_band.max(r.height());
                    out.push(Pinned {
                        target: hit.target.clone(),
                        rect,
                        name: map.stage(id).map_or_else(String::new, |s| s.name.clone()),
                    });
                }
            }
            Target::Lane(id) => {
                let r = view.rect_to_screen(hit.rect);
                let row_right = app
                    .canvas
                    .scene()
                    .hits
                    .iter()
                    .filter(|h| matches!(&h.target, Target::Cell { lane, .. } if lane == id))
                    .map(|h| view.rect_to_screen(h.rect).right())
                    .fold(r.right(), f32::max);
                let along = r.bottom() > canvas.top() && r.top() < canvas.bottom();
                if along && r.left() < canvas.left() && row_right > canvas.left() + r.width() {
                    let rect = Rect::from_min_size(Pos2::new(canvas.left(), r.top()), r.size());
                    out.push(Pinned {
                        target: hit.target.clone(),
                        rect,
                        name: map.lane(id).map_or_else(String::new, |l| l.name.clone()),
                    });
                }
            }
            _ => {}
        }
    }
    // Lane headers pass under the pinned stage band, not over it.
    let top = canvas.top() + stage_band;
    out.retain(|p| !matches!(p.target, Target::Lane(_)) || p.rect.bottom() > top);
    // Lanes first, so stage headers are drawn (and hit) on top.
    out.sort_by_key(|p| matches!(p.target, Target::Stage(_)));
    out
}

/// The pinned header under a screen point, if any.
pub fn pinned_at(app: &WaylineApp, pos: Pos2) -> Option<Target> {
    pinned(app)
        .into_iter()
        .rev()
        .find(|p| p.rect.contains(pos))
        .map(|p| p.target)
}

fn color(c: crate::scene::Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// Draws the pinned headers over the map.
pub fn paint_pinned(app: &WaylineApp, painter: &egui::Painter) {
    let theme = Theme::default();
    let zoom = app.canvas.zoom();
    for p in pinned(app) {
        let (fill, ink) = match p.target {
            Target::Stage(_) => (color(theme.stage_fill), color(theme.stage_ink)),
            _ => (color(theme.header_fill), color(theme.ink)),
        };
        painter.rect_filled(p.rect, 4.0 * zoom, fill);
        let size = (theme.heading.size * zoom).clamp(9.0, 28.0);
        let galley = painter.layout(
            p.name,
            egui::FontId::proportional(size),
            ink,
            (p.rect.width() - 12.0 * zoom).max(10.0),
        );
        painter
            .with_clip_rect(p.rect)
            .galley(p.rect.min + Vec2::splat(6.0 * zoom), galley, ink);
    }
}

/// What was right-clicked, for the menu.
#[derive(Clone, Debug, PartialEq)]
pub enum Context {
    Cards,
    Stage(crate::model::StageId),
    Lane(crate::model::LaneId),
    Cell(Target),
    Map,
}

/// Selects what the right-click hit, as a whiteboard does, and remembers it.
pub fn right_click(app: &mut WaylineApp, target: Option<Target>) -> Context {
    match target {
        Some(Target::Card(id) | Target::EmotionPoint(id)) => {
            if !app.selected.contains(&id) {
                app.selected.clear();
                app.selected.insert(id.clone());
                app.focus = Focus::Card(id);
            }
            Context::Cards
        }
        Some(Target::Stage(id) | Target::Step(id, _)) => {
            app.selected.clear();
            app.focus = Focus::Stage(id.clone());
            Context::Stage(id)
        }
        Some(Target::Lane(id)) => {
            app.selected.clear();
            app.focus = Focus::Lane(id.clone());
            Context::Lane(id)
        }
        Some(cell @ Target::Cell { .. }) => Context::Cell(cell),
        _ => Context::Map,
    }
}

/// The right-click menu's items for what was clicked.
pub fn menu(app: &mut WaylineApp, ui: &mut egui::Ui, context: &Context) {
    let item = |ui: &mut egui::Ui, label: String| {
        let clicked = ui.button(label).clicked();
        if clicked {
            ui.close();
        }
        clicked
    };
    match context {
        Context::Cards => {
            if app.selected.len() == 1
                && item(ui, tr!("canvas-edit-text"))
                && let Some(id) = app.selected.iter().next().cloned()
            {
                super::canvas::edit_card(app, &id);
            }
            for action in [Action::Copy, Action::Duplicate, Action::Delete] {
                if item(ui, action.label()) {
                    app.queue(action);
                }
            }
        }
        Context::Stage(_) => {
            if item(ui, tr!("canvas-add-stage-after")) {
                app.queue(Action::AddStage);
            }
            if item(ui, tr!("canvas-delete-stage")) {
                app.queue(Action::Delete);
            }
        }
        Context::Lane(_) => {
            if item(ui, tr!("canvas-add-lane-below")) {
                app.queue(Action::AddLane);
            }
            if item(ui, tr!("canvas-delete-lane")) {
                app.queue(Action::Delete);
            }
        }
        Context::Cell(cell) => {
            if item(ui, tr!("canvas-add-card-here")) {
                super::canvas::add_card(app, cell.clone());
            }
        }
        Context::Map => {}
    }
    ui.separator();
    if item(ui, Action::Paste.label()) {
        app.queue(Action::Paste);
    }
    if item(ui, Action::SelectAll.label()) {
        app.queue(Action::SelectAll);
    }
    if item(ui, Action::ZoomFit.label()) {
        app.queue(Action::ZoomFit);
    }
}
