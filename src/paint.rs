//! Scene → egui shapes for the editor canvas. Draws only what is visible, at the
//! positions layout computed (text runs are placed at their measured x, so a line
//! never re-wraps), and falls back to grey bars for text too small to read.

use std::collections::HashMap;

use eframe::egui::{
    self, Color32, CornerRadius, FontFamily, FontId, Mesh, Painter, Pos2, Rect, Shape, StrokeKind,
    TextureHandle, Vec2,
};
use eframe::epaint::{CubicBezierShape, PathShape, RectShape};

use crate::scene::{self, Item, Point, Rgba, Scene, Segment};
use crate::text::Face;

/// Pan and zoom: where the map's origin is on screen and how many screen points
/// one map point takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub origin: Pos2,
    pub zoom: f32,
}

impl View {
    pub fn to_screen(&self, p: Point) -> Pos2 {
        Pos2::new(
            self.origin.x + p.x * self.zoom,
            self.origin.y + p.y * self.zoom,
        )
    }

    pub fn to_map(&self, p: Pos2) -> Point {
        Point::new(
            (p.x - self.origin.x) / self.zoom,
            (p.y - self.origin.y) / self.zoom,
        )
    }

    pub fn rect_to_screen(&self, r: scene::Rect) -> Rect {
        Rect::from_min_size(
            self.to_screen(Point::new(r.x, r.y)),
            Vec2::new(r.w, r.h) * self.zoom,
        )
    }
}

/// Registers the bundled faces with egui, by [`Face::name`], and puts them first in
/// the proportional family so panels show Chinese, Polish and emoji too.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for face in Face::ALL {
        let (bytes, index) = face.data();
        let mut data = egui::FontData::from_static(bytes);
        data.index = index;
        fonts
            .font_data
            .insert(face.name().to_owned(), std::sync::Arc::new(data));
        // The face, then the Chinese face, then the emoji face: as layout picks.
        let mut family = vec![face.name().to_owned()];
        for fallback in [Face::Cjk, Face::Emoji] {
            if face != fallback {
                family.push(fallback.name().to_owned());
            }
        }
        fonts
            .families
            .insert(FontFamily::Name(face.name().into()), family);
    }
    // Panels and text fields (the inspector) draw like the canvas: our faces
    // first, the bundled emoji face before egui's own.
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        for face in [Face::Emoji, Face::Cjk, Face::Sans] {
            proportional.insert(0, face.name().to_owned());
        }
    }
    // Commit hashes and other monospace text may sit beside Chinese words.
    if let Some(monospace) = fonts.families.get_mut(&FontFamily::Monospace) {
        monospace.push(Face::Cjk.name().to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Most textures kept: a scene has one persona photo, so this only bounds what
/// old photos leave behind.
const MAX_TEXTURES: usize = 8;

/// The scene's decoded pictures uploaded as textures, once per picture (by its
/// id), not once per frame.
#[derive(Default)]
pub struct Textures {
    loaded: HashMap<u64, TextureHandle>,
}

fn color(c: Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

fn stroke(s: Option<&scene::Stroke>, zoom: f32) -> egui::Stroke {
    s.map_or(egui::Stroke::NONE, |s| {
        egui::Stroke::new(s.width * zoom, color(s.color))
    })
}

/// Draws the parts of the scene that fall inside `painter`'s clip rectangle.
pub fn paint(painter: &Painter, scene: &Scene, view: View, textures: &mut Textures) {
    let clip = painter.clip_rect();
    if let Some(bg) = scene.background {
        let page = view.rect_to_screen(scene::Rect::new(0.0, 0.0, scene.width, scene.height));
        painter.rect_filled(page, 0.0, color(bg));
    }
    for item in &scene.items {
        if !bounds(item, view).intersects(clip) {
            continue;
        }
        match item {
            Item::Box(b) => {
                let r = (b.radius * view.zoom).round().clamp(0.0, 255.0) as u8;
                painter.add(RectShape::new(
                    view.rect_to_screen(b.rect),
                    CornerRadius::same(r),
                    b.fill.map_or(Color32::TRANSPARENT, color),
                    stroke(b.stroke.as_ref(), view.zoom),
                    StrokeKind::Inside,
                ));
            }
            Item::Circle(c) => {
                let center = view.to_screen(c.center);
                let r = c.radius * view.zoom;
                if let Some(fill) = c.fill {
                    painter.circle_filled(center, r, color(fill));
                }
                if c.stroke.is_some() {
                    painter.circle_stroke(center, r, stroke(c.stroke.as_ref(), view.zoom));
                }
            }
            Item::Path(p) => paint_path(painter, p, view),
            Item::Text(t) => paint_text(painter, t, view),
            Item::Image(i) => paint_image(painter, i, view, textures),
        }
    }
}

fn bounds(item: &Item, view: View) -> Rect {
    let r = match item {
        Item::Box(b) => b.rect,
        Item::Text(t) => t.bounds,
        Item::Circle(c) => scene::Rect::new(
            c.center.x - c.radius,
            c.center.y - c.radius,
            2.0 * c.radius,
            2.0 * c.radius,
        ),
        Item::Image(i) => i.rect,
        Item::Path(p) => {
            let points = std::iter::once(p.start).chain(p.segments.iter().flat_map(|s| match *s {
                Segment::Line(e) => vec![e],
                Segment::Cubic(a, b, e) => vec![a, b, e],
            }));
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for q in points {
                (x0, y0, x1, y1) = (x0.min(q.x), y0.min(q.y), x1.max(q.x), y1.max(q.y));
            }
            scene::Rect::new(x0, y0, (x1 - x0).max(1.0), (y1 - y0).max(1.0))
        }
    };
    view.rect_to_screen(r).expand(4.0)
}

/// The path as screen points, curves flattened.
fn flatten(p: &scene::Path, view: View) -> Vec<Pos2> {
    let mut points = vec![view.to_screen(p.start)];
    let mut from = p.start;
    for s in &p.segments {
        match *s {
            Segment::Line(e) => {
                points.push(view.to_screen(e));
                from = e;
            }
            Segment::Cubic(a, b, e) => {
                let bezier = CubicBezierShape::from_points_stroke(
                    [
                        view.to_screen(from),
                        view.to_screen(a),
                        view.to_screen(b),
                        view.to_screen(e),
                    ],
                    false,
                    Color32::TRANSPARENT,
                    egui::Stroke::NONE,
                );
                points.extend(bezier.flatten(Some(0.25)).into_iter().skip(1));
                from = e;
            }
        }
    }
    points
}

fn paint_path(painter: &Painter, p: &scene::Path, view: View) {
    let points = flatten(p, view);
    if let Some(fill) = p.fill {
        if is_convex(&points) {
            painter.add(PathShape::convex_polygon(
                points.clone(),
                color(fill),
                egui::Stroke::NONE,
            ));
        } else {
            painter.add(Shape::mesh(fill_mesh(&points, color(fill))));
        }
    }
    let Some(s) = &p.stroke else { return };
    let line = stroke(Some(s), view.zoom);
    match s.dash {
        Some((dash, gap)) => {
            painter.extend(Shape::dashed_line(
                &points,
                line,
                dash * view.zoom,
                gap * view.zoom,
            ));
        }
        None if p.closed => {
            painter.add(PathShape::closed_line(points, line));
        }
        None => {
            painter.add(PathShape::line(points, line));
        }
    }
}

fn is_convex(points: &[Pos2]) -> bool {
    let n = points.len();
    let mut sign = 0.0_f32;
    for i in 0..n {
        let (a, b, c) = (points[i], points[(i + 1) % n], points[(i + 2) % n]);
        let cross = (b - a).x * (c - b).y - (b - a).y * (c - b).x;
        if cross.abs() > 1e-3 {
            if sign != 0.0 && cross.signum() != sign {
                return false;
            }
            sign = cross.signum();
        }
    }
    true
}

/// Triangulates a simple polygon by ear clipping (egui fills only convex shapes).
fn fill_mesh(points: &[Pos2], fill: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    for &p in points {
        mesh.colored_vertex(p, fill);
    }
    let area: f32 = (0..points.len())
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % points.len()]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    let ccw = area > 0.0;
    let mut remaining: Vec<usize> = (0..points.len()).collect();
    let mut guard = 0;
    while remaining.len() > 3 && guard < points.len() * points.len() {
        guard += 1;
        let n = remaining.len();
        let ear = (0..n).find(|&i| {
            let (ia, ib, ic) = (
                remaining[(i + n - 1) % n],
                remaining[i],
                remaining[(i + 1) % n],
            );
            let (a, b, c) = (points[ia], points[ib], points[ic]);
            let cross = (b - a).x * (c - b).y - (b - a).y * (c - b).x;
            if (cross > 0.0) != ccw || cross.abs() < 1e-6 {
                return false;
            }
            !remaining
                .iter()
                .any(|&j| j != ia && j != ib && j != ic && in_triangle(points[j], a, b, c))
        });
        match ear {
            Some(i) => {
                let n = remaining.len();
                mesh.add_triangle(
                    remaining[(i + n - 1) % n] as u32,
                    remaining[i] as u32,
                    remaining[(i + 1) % n] as u32,
                );
                remaining.remove(i);
            }
            None => {
                // Degenerate input: drop a vertex rather than loop forever.
                remaining.remove(0);
            }
        }
    }
    if remaining.len() == 3 {
        mesh.add_triangle(
            remaining[0] as u32,
            remaining[1] as u32,
            remaining[2] as u32,
        );
    }
    mesh
}

fn in_triangle(p: Pos2, a: Pos2, b: Pos2, c: Pos2) -> bool {
    let s = |p1: Pos2, p2: Pos2, p3: Pos2| {
        (p1.x - p3.x) * (p2.y - p3.y) - (p2.x - p3.x) * (p1.y - p3.y)
    };
    let (d1, d2, d3) = (s(p, a, b), s(p, b, c), s(p, c, a));
    let neg = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let pos = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(neg && pos)
}

fn paint_text(painter: &Painter, text: &scene::Text, view: View) {
    let size = text.size * view.zoom;
    let ink = color(text.color);
    if size < 4.0 {
        // Too small to read: a grey bar per line keeps the map's texture.
        for line in &text.lines {
            let start = view.to_screen(line.origin.offset(0.0, -text.size * 0.35));
            let bar = Rect::from_min_size(
                start,
                Vec2::new(line.width * view.zoom, (size * 0.6).max(0.5)),
            );
            painter.rect_filled(bar, 0.0, ink.gamma_multiply(0.35));
        }
        return;
    }
    for line in &text.lines {
        for run in line.runs.iter() {
            let font = FontId::new(size, FontFamily::Name(run.face.name().into()));
            let galley = painter.layout_no_wrap(run.text.clone(), font, ink);
            let baseline = galley
                .rows
                .first()
                .and_then(|row| row.row.glyphs.first().map(|g| row.pos.y + g.pos.y))
                .unwrap_or(size * 0.8);
            let at = view.to_screen(line.origin.offset(run.x, 0.0));
            if run.embolden {
                // Synthetic bold, as the PDF and PNG draw it: egui cannot stroke
                // glyphs, so the run is drawn a second time a stroke's width over.
                let dx = crate::text::SYNTHETIC_BOLD * size;
                painter.galley(Pos2::new(at.x + dx, at.y - baseline), galley.clone(), ink);
            }
            painter.galley(Pos2::new(at.x, at.y - baseline), galley, ink);
        }
    }
}

fn paint_image(painter: &Painter, image: &scene::Image, view: View, textures: &mut Textures) {
    let rect = view.rect_to_screen(image.rect);
    let texture = image.picture.as_deref().map(|picture| {
        if !textures.loaded.contains_key(&picture.id()) && textures.loaded.len() >= MAX_TEXTURES {
            textures.loaded.clear();
        }
        textures.loaded.entry(picture.id()).or_insert_with(|| {
            let size = [picture.width() as usize, picture.height() as usize];
            let pixels = egui::ColorImage::from_rgba_unmultiplied(size, picture.rgba());
            painter.ctx().load_texture(
                format!("picture-{:016x}", picture.id()),
                pixels,
                egui::TextureOptions::LINEAR,
            )
        })
    });
    match texture {
        Some(t) => {
            let [w, h] = t.size().map(|v| v as f32);
            let fit = (rect.width() / w).min(rect.height() / h);
            let shown = Rect::from_center_size(rect.center(), Vec2::new(w, h) * fit);
            painter.image(
                t.id(),
                shown,
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                Color32::WHITE,
            );
        }
        None => {
            painter.rect_stroke(
                rect,
                4.0,
                egui::Stroke::new(1.0, Color32::GRAY),
                StrokeKind::Inside,
            );
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                crate::app::i18n::t("canvas-no-photo"),
                FontId::proportional(10.0),
                Color32::GRAY,
            );
        }
    }
}
