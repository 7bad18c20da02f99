//! The map canvas: draws the layout scene through the egui backend, and turns
//! pointer and keyboard input into selections and edit commands. Geometry comes
//! from the scene's hit regions; this module computes no layout.

use eframe::egui::{self, Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};

use super::i18n::tr;
use super::{Focus, WaylineApp};
use crate::edit::Command;
use crate::layout::{self, Theme};
use crate::model::{Card, CardId, Details, LaneId, LaneKind, StageId};
use crate::paint::{Textures, View, paint};
use crate::scene::{Point, Scene, Target};

pub use crate::paint::install_fonts;

mod inline;
mod zoom;

use inline::{InlineEdit, inline_editor, start_inline};
pub use inline::{add_card, add_card_with};
pub(in crate::app) use inline::{
    close_for_paste, commit_inline, edit_card, flush_inline, undo_typing,
};

const MIN_ZOOM: f32 = 0.05;
const MAX_ZOOM: f32 = 8.0;
/// How long a second click may follow the first and still open nothing else.
const DOUBLE_CLICK_SECONDS: f64 = 0.5;
const SELECTION: Color32 = Color32::from_rgb(0x1e, 0x6f, 0xe8);

/// What a pointer drag is doing.
#[derive(Clone, Debug, Default, PartialEq)]
enum Drag {
    #[default]
    None,
    Pan,
    Card(CardId),
    Point {
        id: CardId,
        gesture: u64,
    },
    Stage(StageId),
    Lane(LaneId),
    Rubber(Point),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Fit {
    Width,
    All,
}

pub struct CanvasState {
    /// Map origin relative to the canvas' top-left corner, in screen points.
    offset: Vec2,
    zoom: f32,
    fit_pending: Option<Fit>,
    /// The last fit and the canvas' area then (see `zoom::refit_on_resize`).
    last_fit: Option<(Fit, f32)>,
    zoomed_by_hand: bool,
    scene: Scene,
    /// Revision, hidden lanes shown, and the id of the decoded persona photo.
    scene_key: super::canvas_access::SceneKey,
    /// Lane rows and measured text kept between edits.
    layout: layout::Cache,
    /// The persona photo, decoded in the background (the presenter uses it too).
    pub(super) photo: super::photo::PersonaPhoto,
    textures: Textures,
    drag: Drag,
    editing: Option<InlineEdit>,
    /// The last click added a card with a cell's "+": the double-click it
    /// may be the first half of adds no second card.
    added_by_click: Option<CardId>,
    /// The card added last, the map's revision right after and its index:
    /// while nothing else has changed the map, the text typed into it joins
    /// the step that added it.
    fresh: Option<(CardId, u64, usize)>,
    /// The accessible labels of the scene's items.
    labels: super::canvas_access::Labels,
    /// What the open right-click menu is for.
    context: Option<super::canvas_extras::Context>,
    /// An item to bring into view once the scene has it (a new stage, a
    /// card selected with the keyboard).
    follow: Option<Target>,
    rect: Rect,
    pub show_hidden_lanes: bool,
}

impl Default for CanvasState {
    fn default() -> CanvasState {
        CanvasState {
            offset: Vec2::splat(20.0),
            zoom: 1.0,
            fit_pending: Some(Fit::Width),
            last_fit: None,
            zoomed_by_hand: false,
            scene: Scene::default(),
            scene_key: None,
            layout: layout::Cache::default(),
            photo: super::photo::PersonaPhoto::default(),
            textures: Textures::default(),
            drag: Drag::None,
            editing: None,
            added_by_click: None,
            fresh: None,
            labels: Default::default(),
            follow: None,
            context: None,
            rect: Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0)),
            show_hidden_lanes: false,
        }
    }
}

impl CanvasState {
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// The card being typed into on the canvas, if any.
    pub fn editing(&self) -> Option<&CardId> {
        self.editing.as_ref().map(|e| &e.card)
    }

    /// The canvas on screen.
    pub fn rect(&self) -> Rect {
        self.rect
    }

    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    pub fn view(&self) -> View {
        View {
            origin: self.rect.min + self.offset,
            zoom: self.zoom,
        }
    }

    /// Scrolls `target` into view once it is laid out (next frame at the latest).
    pub fn follow(&mut self, target: Target) {
        self.follow = Some(target);
    }

    /// Scrolls the least that shows the map rectangle `r` whole (its top-left
    /// corner when it is larger than the canvas), with a margin.
    fn reveal(&mut self, r: crate::scene::Rect) {
        const MARGIN: f32 = 24.0;
        let screen = self.view().rect_to_screen(r);
        let visible = self.rect.shrink(MARGIN);
        let mut delta = Vec2::ZERO;
        if screen.right() > visible.right() {
            delta.x = visible.right() - screen.right();
        }
        if screen.left() + delta.x < visible.left() {
            delta.x = visible.left() - screen.left();
        }
        if screen.bottom() > visible.bottom() {
            delta.y = visible.bottom() - screen.bottom();
        }
        if screen.top() + delta.y < visible.top() {
            delta.y = visible.top() - screen.top();
        }
        self.offset += delta;
    }

    pub fn fit_next_frame(&mut self) {
        self.fit_pending = Some(Fit::All);
    }

    pub fn zoom_to(&mut self, zoom: f32) {
        self.zoom_by(zoom / self.zoom, None);
    }

    /// Zooms by `factor` keeping the point `around` (screen) still; the canvas
    /// centre when `None`.
    pub fn zoom_by(&mut self, factor: f32, around: Option<Pos2>) {
        let new = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let anchor = around.unwrap_or(self.rect.center()) - self.rect.min;
        self.offset = zoom::anchored_offset(self.offset, anchor, self.zoom, new);
        self.zoom = new;
    }

    /// Screen position of a scene target's centre (for tests and tooling).
    pub fn screen_center(&self, target: &Target) -> Option<Pos2> {
        self.scene
            .hit_rect(target)
            .map(|r| self.view().to_screen(r.center()))
    }

    /// Scrolls (and zooms in, if the map is too small to read) so that a map
    /// rectangle sits in the middle of the canvas.
    pub fn center_on(&mut self, r: crate::scene::Rect) {
        self.center_in(r, self.rect);
    }

    /// Pans (and zooms in from far out) so `r` is at the middle of `region`,
    /// a part of the canvas on screen (what a window over it leaves free).
    pub fn center_in(&mut self, r: crate::scene::Rect, region: Rect) {
        if self.zoom < 0.75 {
            self.zoom = 1.0;
        }
        let c = r.center();
        self.offset = region.center() - self.rect.min - Vec2::new(c.x, c.y) * self.zoom;
        self.fit_pending = None;
    }

    /// Screen position of a map point.
    pub fn to_screen(&self, p: Point) -> Pos2 {
        self.view().to_screen(p)
    }

    /// Fits the whole map; with `width_only`, fits its width (no larger than
    /// 100%) and shows its top, which keeps text readable on a first look.
    fn fit(&mut self, width_only: bool) {
        let (w, h) = (self.scene.width.max(1.0), self.scene.height.max(1.0));
        let across = (self.rect.width() - 24.0) / w;
        let zoom = if width_only {
            across.min(1.0)
        } else {
            across.min((self.rect.height() - 24.0) / h)
        };
        self.zoom = zoom.clamp(MIN_ZOOM, MAX_ZOOM);
        let kind = if width_only { Fit::Width } else { Fit::All };
        self.last_fit = Some((kind, self.rect.area()));
        self.zoomed_by_hand = false;
        self.offset = (self.rect.size() - Vec2::new(w, h) * self.zoom) / 2.0;
        if width_only || self.offset.y < 12.0 {
            self.offset.y = 12.0;
        }
    }
}

/// Re-lays the map out when it (or what is shown) changed since the last frame.
fn refresh_scene(app: &mut WaylineApp, ctx: &egui::Context) {
    app.canvas
        .photo
        .update(ctx, &app.doc.map, app.doc.base_dir().as_deref());
    let photo = app.canvas.photo.picture();
    super::compare::refresh_changes(app);
    let key = (
        app.doc.revision(),
        app.canvas.show_hidden_lanes,
        photo.as_ref().map(|p| p.id()),
        app.compare.active.as_ref().map(|c| c.serial),
    );
    if app.canvas.scene_key == Some(key) {
        return;
    }
    let options = layout::Options {
        include_persona: true,
        include_hidden_lanes: app.canvas.show_hidden_lanes,
        include_legend: true,
        photo,
        ..layout::Options::default()
    };
    // While comparing, the removed cards are laid out too, as ghosts.
    let map = app
        .compare
        .active
        .as_ref()
        .and_then(|c| c.shown.as_ref())
        .unwrap_or(&app.doc.map);
    let mut scene = app.canvas.layout.layout(map, &Theme::default(), &options);
    super::compare::mark_scene(app, &mut scene);
    app.canvas.scene = scene;
    app.canvas.scene_key = Some(key);
}

/// The canvas: all of the central panel.
pub fn show(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr!("canvas-label")));
    app.canvas.rect = rect;
    refresh_scene(app, ui.ctx());
    zoom::refit_on_resize(&mut app.canvas);
    if let Some(fit) = app.canvas.fit_pending.take() {
        app.canvas.fit(fit == Fit::Width);
    }
    navigate(app, ui, &response);
    pointer(app, ui, &response);
    // A click may have edited the map (a new card): draw, announce and open
    // the editor on the map as it is now, not as it was before the click.
    refresh_scene(app, ui.ctx());
    if let Some(target) = app.canvas.follow.take()
        && let Some(r) = app.canvas.scene.hit_rect(&target)
    {
        app.canvas.reveal(r);
    }

    let painter = ui.painter_at(rect);
    let view = app.canvas.view();
    paint(&painter, &app.canvas.scene, view, &mut app.canvas.textures);
    super::canvas_extras::paint_pinned(app, &painter);
    super::compare::paint(app, &painter, &response);
    overlays(app, &painter, &response);
    let pinned: Vec<(Target, Rect)> = super::canvas_extras::pinned(app)
        .into_iter()
        .map(|p| (p.target, p.rect))
        .collect();
    let place = |t: &Target, r: Rect| {
        pinned
            .iter()
            .find(|(p, _)| p == t)
            .map_or(r, |(_, pinned)| *pinned)
    };
    let (selected, focus) = (&app.selected, &app.focus);
    super::canvas_access::nodes(
        ui,
        ui.ctx().has_accesskit_node(response.id),
        &app.doc.map,
        &app.canvas.scene,
        app.canvas.scene_key,
        &mut app.canvas.labels,
        view,
        &place,
        &|t| match t {
            Target::Card(id) | Target::EmotionPoint(id) => selected.contains(id),
            Target::Stage(id) => focus == &Focus::Stage(id.clone()),
            Target::Lane(id) => focus == &Focus::Lane(id.clone()),
            _ => false,
        },
    );
    super::print_preview::paint(app, &painter);
    inline_editor(app, ui);
    if let Some(context) = app.canvas.context.clone() {
        let open = response
            .context_menu(|ui| super::canvas_extras::menu(app, ui, &context))
            .is_some();
        if !open {
            app.canvas.context = None;
        }
    }
}

fn navigate(app: &mut WaylineApp, ui: &egui::Ui, response: &egui::Response) {
    let (scroll, zoom, hover) = ui.input(|i| {
        (
            i.smooth_scroll_delta,
            zoom::requested(i),
            i.pointer.hover_pos(),
        )
    });
    if response.hovered() {
        if zoom != 1.0 {
            app.canvas.zoom_by_hand(zoom, hover);
        } else if scroll != Vec2::ZERO {
            app.canvas.offset += scroll;
        }
    }
    let space = ui.input(|i| i.key_down(egui::Key::Space)) && !ui.ctx().egui_wants_keyboard_input();
    if response.dragged_by(egui::PointerButton::Middle)
        || (space && response.dragged_by(egui::PointerButton::Primary))
    {
        app.canvas.offset += response.drag_delta();
        app.canvas.drag = Drag::Pan;
    }
}

fn pointer(app: &mut WaylineApp, ui: &egui::Ui, response: &egui::Response) {
    let view = app.canvas.view();
    let shift = ui.input(|i| i.modifiers.shift);
    if response.drag_started_by(egui::PointerButton::Primary) && app.canvas.drag == Drag::None {
        // Hit-test where the button went down, not where the drag was recognised.
        let start = ui
            .input(|i| i.pointer.press_origin())
            .or(response.interact_pointer_pos());
        if let Some(start) = start {
            let at = view.to_map(start);
            let pinned = super::canvas_extras::pinned_at(app, start);
            app.canvas.drag = match pinned.or_else(|| app.canvas.scene.hit_test(at).cloned()) {
                Some(Target::EmotionPoint(id)) => {
                    let gesture = app.new_gesture();
                    select_card(app, &id, false);
                    Drag::Point { id, gesture }
                }
                Some(Target::Card(id)) => {
                    if !app.selected.contains(&id) {
                        select_card(app, &id, false);
                    }
                    Drag::Card(id)
                }
                Some(Target::Stage(id)) => Drag::Stage(id),
                Some(Target::Lane(id)) => Drag::Lane(id),
                _ => Drag::Rubber(at),
            };
        }
    }
    let pos = response
        .interact_pointer_pos()
        .or(ui.input(|i| i.pointer.hover_pos()));
    if let (Drag::Point { id, gesture }, Some(pos)) = (app.canvas.drag.clone(), pos) {
        drag_point(app, &id, gesture, view.to_map(pos).y);
    }
    if response.drag_stopped() {
        let drag = std::mem::take(&mut app.canvas.drag);
        if let Some(pos) = pos {
            finish_drag(app, drag, view.to_map(pos));
        }
        app.doc.seal();
    }
    // The second click of a double-click is not a click of its own: it would
    // press a cell's "+" a second time.
    if response.clicked()
        && !response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        match super::canvas_extras::pinned_at(app, pos) {
            Some(Target::Stage(id)) => {
                app.selected.clear();
                app.focus = Focus::Stage(id);
            }
            Some(Target::Lane(id)) => {
                app.selected.clear();
                app.focus = Focus::Lane(id);
            }
            _ => click(app, view.to_map(pos), shift),
        }
    }
    if response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        double_click(app, view.to_map(pos));
    }
    if response.secondary_clicked() {
        commit_inline(app);
        if let Some(pos) = response.interact_pointer_pos() {
            let target = super::canvas_extras::pinned_at(app, pos)
                .or_else(|| app.canvas.scene.hit_test(view.to_map(pos)).cloned());
            app.canvas.context = Some(super::canvas_extras::right_click(app, target));
        }
    }
}

fn select_card(app: &mut WaylineApp, id: &CardId, toggle: bool) {
    if toggle {
        if !app.selected.remove(id) {
            app.selected.insert(id.clone());
        }
    } else {
        app.selected.clear();
        app.selected.insert(id.clone());
    }
    app.focus = Focus::Card(id.clone());
}

fn click(app: &mut WaylineApp, at: Point, shift: bool) {
    app.canvas.added_by_click = None;
    if let Some(cell) = plus_button_cell(app, at) {
        app.canvas.added_by_click = add_card(app, cell);
        return;
    }
    match app.canvas.scene.hit_test(at).cloned() {
        Some(Target::Card(id) | Target::EmotionPoint(id)) => select_card(app, &id, shift),
        Some(Target::Stage(id) | Target::Step(id, _)) => {
            app.selected.clear();
            app.focus = Focus::Stage(id);
        }
        Some(Target::Lane(id)) => {
            app.selected.clear();
            app.focus = Focus::Lane(id);
        }
        _ => {
            if !shift {
                app.selected.clear();
                app.focus = Focus::Map;
            }
        }
    }
    if let Some(edit) = &app.canvas.editing
        && !app.selected.contains(&edit.card)
    {
        commit_inline(app);
    }
}

fn double_click(app: &mut WaylineApp, at: Point) {
    if let Some(id) = app.canvas.added_by_click.take() {
        // Its first click pressed "+" and added this card; the second click
        // may have closed its editor: open it again.
        if app.canvas.editing().is_none() {
            start_inline(app, &id);
        }
        return;
    }
    match app.canvas.scene.hit_test(at).cloned() {
        Some(Target::Card(id) | Target::EmotionPoint(id)) => start_inline(app, &id),
        Some(cell @ Target::Cell { .. }) => {
            add_card(app, cell);
        }
        Some(Target::Title | Target::Persona) => app.focus = Focus::Map,
        _ => {}
    }
}

fn drag_point(app: &mut WaylineApp, id: &CardId, gesture: u64, y: f32) {
    let Some(card) = app.doc.map.card(id) else {
        return;
    };
    let Some(scale) = app
        .canvas
        .scene
        .emotion_scales
        .iter()
        .find(|s| s.lane == card.lane)
    else {
        return;
    };
    let score = scale.score_at(y);
    if let Details::Emotion { score: old, moment } = card.details
        && old != score
    {
        let mut card = card.clone();
        card.details = Details::Emotion { score, moment };
        app.apply_in_gesture(Command::SetCard { card }, gesture);
    }
}

fn finish_drag(app: &mut WaylineApp, drag: Drag, at: Point) {
    let scene = &app.canvas.scene;
    match drag {
        Drag::Card(id) => {
            let cell = scene
                .hits
                .iter()
                .rev()
                .find(|h| matches!(h.target, Target::Cell { .. }) && h.rect.contains(at))
                .map(|h| h.target.clone());
            let before = match scene.hit_test(at) {
                Some(Target::Card(other)) if other != &id => {
                    // Drop on the upper half of a card: before it; lower half: after it.
                    let r = scene.hit_rect(&Target::Card(other.clone()));
                    let upper = r.is_some_and(|r| at.y < r.center().y);
                    if upper {
                        Some(other.clone())
                    } else {
                        card_after(app, other)
                    }
                }
                _ => None,
            };
            let Some(cell) = cell else { return };
            let kinds_match = match &cell {
                Target::Cell { lane, .. } => {
                    let to = app.doc.map.lane(lane).map(|l| l.kind == LaneKind::Emotions);
                    let from = app
                        .doc
                        .map
                        .card(&id)
                        .map(|c| matches!(c.details, Details::Emotion { .. }));
                    to == from
                }
                _ => false,
            };
            if !kinds_match {
                return;
            }
            let Some(to) = cell.slot() else { return };
            // A card of a multi-selection takes the whole selection along, in
            // the map's order; only cards that fit the lane (emotion points
            // only into emotion lanes) move.
            let moving: Vec<CardId> = if app.selected.contains(&id) && app.selected.len() > 1 {
                let emotion = |c: &Card| matches!(c.details, Details::Emotion { .. });
                let dragged = app.doc.map.card(&id).map(emotion);
                app.doc
                    .map
                    .cards
                    .iter()
                    .filter(|c| app.selected.contains(&c.id) && Some(emotion(c)) == dragged)
                    .map(|c| c.id.clone())
                    .collect()
            } else {
                vec![id.clone()]
            };
            let before = before.filter(|b| !moving.contains(b));
            let mut after = app.doc.map.clone();
            let mut commands = Vec::new();
            for card in &moving {
                if let Some(command) =
                    Command::move_card_to(&after, card, to.clone(), before.as_ref())
                    && command.clone().apply(&mut after).is_ok()
                {
                    commands.push(command);
                }
            }
            if !commands.is_empty() {
                app.apply(Command::Batch(commands));
            }
        }
        Drag::Stage(id) => {
            let index = app
                .doc
                .map
                .stages
                .iter()
                .filter_map(|s| scene.hit_rect(&Target::Stage(s.id.clone())))
                .filter(|r| at.x > r.center().x)
                .count();
            if let Some(from) = app.doc.map.stage_index(&id) {
                let to = if index > from { index - 1 } else { index };
                if to != from {
                    app.apply(Command::MoveStage { id, index: to });
                }
            }
        }
        Drag::Lane(id) => {
            let index = app
                .doc
                .map
                .lanes
                .iter()
                .filter_map(|l| scene.hit_rect(&Target::Lane(l.id.clone())))
                .filter(|r| at.y > r.center().y)
                .count();
            // Hidden lanes have no rectangle: translate the visible index back.
            let visible: Vec<usize> = (0..app.doc.map.lanes.len())
                .filter(|&i| {
                    scene
                        .hit_rect(&Target::Lane(app.doc.map.lanes[i].id.clone()))
                        .is_some()
                })
                .collect();
            if let Some(from) = app.doc.map.lane_index(&id) {
                let target = visible
                    .get(index)
                    .copied()
                    .unwrap_or(app.doc.map.lanes.len());
                let to = if target > from { target - 1 } else { target };
                if to != from {
                    app.apply(Command::MoveLane { id, index: to });
                }
            }
        }
        Drag::Rubber(start) => {
            let r = crate::scene::Rect::new(
                start.x.min(at.x),
                start.y.min(at.y),
                (at.x - start.x).abs(),
                (at.y - start.y).abs(),
            );
            app.selected = scene
                .hits
                .iter()
                .filter_map(|h| match &h.target {
                    Target::Card(id) | Target::EmotionPoint(id) if h.rect.overlaps(&r) => {
                        Some(id.clone())
                    }
                    _ => None,
                })
                .collect();
            app.focus = match app.selected.iter().next() {
                Some(id) if app.selected.len() == 1 => Focus::Card(id.clone()),
                _ => Focus::Map,
            };
        }
        Drag::None | Drag::Pan | Drag::Point { .. } => {}
    }
}

/// The card after `id` in its cell, if any.
fn card_after(app: &WaylineApp, id: &CardId) -> Option<CardId> {
    let card = app.doc.map.card(id)?;
    let mut cell = app
        .doc
        .map
        .cards_in(&card.lane, &card.stage)
        .skip_while(|c| &c.id != id);
    cell.next();
    cell.next().map(|c| c.id.clone())
}

/// The cell whose "+" button is at `at`, if any. A card under the pointer wins:
/// the button is not drawn there, so it must not take the click either.
fn plus_button_cell(app: &WaylineApp, at: Point) -> Option<Target> {
    if matches!(
        app.canvas.scene.hit_test(at),
        Some(Target::Card(_) | Target::EmotionPoint(_))
    ) {
        return None;
    }
    let (cell, center) = plus_button(app, at)?;
    let d = (at.x - center.x).hypot(at.y - center.y);
    (d <= 10.0).then_some(cell)
}

/// The cell under `at` and where its "+" button sits (bottom centre of the cell).
fn plus_button(app: &WaylineApp, at: Point) -> Option<(Target, Point)> {
    let hit = app
        .canvas
        .scene
        .hits
        .iter()
        .rev()
        .find(|h| matches!(h.target, Target::Cell { .. }) && h.rect.contains(at))?;
    if let Target::Cell { lane, .. } = &hit.target
        && app
            .doc
            .map
            .lane(lane)
            .is_some_and(|l| l.kind == LaneKind::Emotions)
    {
        return None;
    }
    Some((
        hit.target.clone(),
        Point::new(hit.rect.center().x, hit.rect.bottom() - 12.0),
    ))
}

fn overlays(app: &WaylineApp, painter: &egui::Painter, response: &egui::Response) {
    let view = app.canvas.view();
    let scene = &app.canvas.scene;
    // Change and conflict marks sit up to 7 points outside an item: the
    // selection goes round them instead of over them.
    let marked = app.compare.active.is_some() || !app.doc.map.conflicts.is_empty();
    let around = if marked { 8.0 * view.zoom + 2.0 } else { 2.0 };
    for id in &app.selected {
        let rect = scene
            .hit_rect(&Target::Card(id.clone()))
            .or_else(|| scene.hit_rect(&Target::EmotionPoint(id.clone())));
        if let Some(r) = rect {
            painter.rect_stroke(
                view.rect_to_screen(r).expand(around),
                6.0,
                Stroke::new(2.5, SELECTION),
                StrokeKind::Outside,
            );
        }
    }
    let focused = match &app.focus {
        Focus::Stage(id) => scene.hit_rect(&Target::Stage(id.clone())),
        Focus::Lane(id) => scene.hit_rect(&Target::Lane(id.clone())),
        _ => None,
    };
    if let Some(r) = focused {
        painter.rect_stroke(
            view.rect_to_screen(r).expand(around),
            6.0,
            Stroke::new(2.5, SELECTION),
            StrokeKind::Outside,
        );
    }
    let Some(pointer) = response.hover_pos().or(response.interact_pointer_pos()) else {
        return;
    };
    let at = view.to_map(pointer);
    match &app.canvas.drag {
        Drag::Card(id) => {
            if let Some(r) = scene.hit_rect(&Target::Card(id.clone())) {
                let ghost = Rect::from_center_size(pointer, Vec2::new(r.w, r.h) * view.zoom);
                painter.rect(
                    ghost,
                    6.0,
                    SELECTION.gamma_multiply(0.15),
                    Stroke::new(1.5, SELECTION),
                    StrokeKind::Inside,
                );
            }
        }
        Drag::Rubber(start) => {
            let r = Rect::from_two_pos(view.to_screen(*start), pointer);
            painter.rect(
                r,
                0.0,
                SELECTION.gamma_multiply(0.08),
                Stroke::new(1.0, SELECTION),
                StrokeKind::Inside,
            );
        }
        Drag::Stage(_) => {
            painter.vline(
                pointer.x,
                response.rect.y_range(),
                Stroke::new(3.0, SELECTION),
            );
        }
        Drag::Lane(_) => {
            painter.hline(
                response.rect.x_range(),
                pointer.y,
                Stroke::new(3.0, SELECTION),
            );
        }
        Drag::None => {
            let over_card = matches!(
                scene.hit_test(at),
                Some(Target::Card(_) | Target::EmotionPoint(_))
            );
            if let (false, Some((_, center))) = (over_card, plus_button(app, at)) {
                let c = view.to_screen(center);
                let r = 10.0;
                painter.circle(c, r, SELECTION, Stroke::new(1.0, Color32::WHITE));
                painter.line_segment(
                    [c - Vec2::new(5.0, 0.0), c + Vec2::new(5.0, 0.0)],
                    Stroke::new(2.0, Color32::WHITE),
                );
                painter.line_segment(
                    [c - Vec2::new(0.0, 5.0), c + Vec2::new(0.0, 5.0)],
                    Stroke::new(2.0, Color32::WHITE),
                );
            }
        }
        Drag::Pan | Drag::Point { .. } => {}
    }
}
