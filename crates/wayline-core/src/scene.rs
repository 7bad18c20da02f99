//! The scene: what layout produces and every backend draws. Positioned boxes,
//! wrapped text (already broken into lines and face runs, each run with its
//! glyph ids), paths and decoded pictures, in points with the origin at the top
//! left and y growing downwards; and the pages export places scenes on. A
//! backend needs nothing else: it reads no file and lays nothing out. If the
//! canvas and a PDF differ, the bug is in a backend.

use crate::model::{CardId, LaneId, Slot, StageId, StepId};
use crate::text::Face;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    pub fn center(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }

    /// True when the two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// True when `other` lies inside `self`, allowing `slack` for rounding.
    pub fn encloses(&self, other: &Rect, slack: f32) -> bool {
        other.x >= self.x - slack
            && other.y >= self.y - slack
            && other.right() <= self.right() + slack
            && other.bottom() <= self.bottom() + slack
    }

    pub fn shrink(&self, by: f32) -> Rect {
        Rect::new(
            self.x + by,
            self.y + by,
            (self.w - 2.0 * by).max(0.0),
            (self.h - 2.0 * by).max(0.0),
        )
    }
}

/// Straight sRGB with alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    pub const WHITE: Rgba = Rgba([255, 255, 255, 255]);
    pub const TRANSPARENT: Rgba = Rgba([0, 0, 0, 0]);

    pub const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
        Rgba([r, g, b, 255])
    }

    pub const fn with_alpha(self, a: u8) -> Rgba {
        let [r, g, b, _] = self.0;
        Rgba([r, g, b, a])
    }
}

impl From<crate::model::Color> for Rgba {
    fn from(c: crate::model::Color) -> Rgba {
        let [r, g, b] = c.0;
        Rgba::rgb(r, g, b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub color: Rgba,
    /// Dash and gap lengths; solid when `None`.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    pub const fn solid(width: f32, color: Rgba) -> Stroke {
        Stroke {
            width,
            color,
            dash: None,
        }
    }

    pub const fn dashed(width: f32, color: Rgba, dash: f32, gap: f32) -> Stroke {
        Stroke {
            width,
            color,
            dash: Some((dash, gap)),
        }
    }
}

/// A rectangle, optionally rounded, filled and/or outlined.
#[derive(Clone, Debug, PartialEq)]
pub struct Boxed {
    pub rect: Rect,
    pub radius: f32,
    pub fill: Option<Rgba>,
    pub stroke: Option<Stroke>,
}

/// One line of a text block: runs of one face each, positioned from `origin`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// Start of the baseline.
    pub origin: Point,
    pub runs: std::sync::Arc<[crate::text::Run]>,
    pub width: f32,
    /// Whether the line has a character no bundled face can draw.
    pub missing: bool,
}

/// Wrapped text: the lines are final; backends draw them as they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The box the text was measured to fit.
    pub bounds: Rect,
    pub size: f32,
    pub color: Rgba,
    pub lines: Vec<TextLine>,
}

impl Text {
    /// All the text, one line per line.
    pub fn plain(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn faces(&self) -> impl Iterator<Item = Face> + '_ {
        self.lines
            .iter()
            .flat_map(|l| l.runs.iter().map(|r| r.face))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Segment {
    Line(Point),
    /// Cubic Bézier: two control points, then the end point.
    Cubic(Point, Point, Point),
}

/// A path of lines and cubic curves.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    pub start: Point,
    pub segments: Vec<Segment>,
    pub closed: bool,
    pub fill: Option<Rgba>,
    pub stroke: Option<Stroke>,
}

impl Path {
    /// A polyline (closed into a polygon when `closed`).
    pub fn polyline(points: &[Point], closed: bool) -> Option<Path> {
        let (&start, rest) = points.split_first()?;
        Some(Path {
            start,
            segments: rest.iter().map(|&p| Segment::Line(p)).collect(),
            closed,
            fill: None,
            stroke: None,
        })
    }

    /// A straight line from `a` to `b`.
    pub fn line(a: Point, b: Point) -> Path {
        Path {
            start: a,
            segments: vec![Segment::Line(b)],
            closed: false,
            fill: None,
            stroke: None,
        }
    }

    pub fn filled(mut self, fill: Rgba) -> Path {
        self.fill = Some(fill);
        self
    }

    pub fn stroked(mut self, stroke: Stroke) -> Path {
        self.stroke = Some(stroke);
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    pub center: Point,
    pub radius: f32,
    pub fill: Option<Rgba>,
    pub stroke: Option<Stroke>,
}

/// A decoded picture (a persona photo): straight sRGB RGBA rows, top row first.
/// Decoded once, where files are read ([`crate::io::picture`]), and shared by
/// `Arc` between scenes, bands of a PNG and the editor's texture cache.
#[derive(Clone, PartialEq, Eq)]
pub struct Picture {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
    /// A hash of the size and pixels: equal pictures have equal ids, so a
    /// backend can cache what it made of one (a texture) by id.
    id: u64,
    /// The same pixels with alpha premultiplied (what tiny-skia draws), made
    /// the first time a backend asks.
    premultiplied: std::sync::OnceLock<Vec<u8>>,
}

impl Picture {
    /// A picture from straight RGBA bytes; `None` when the size is zero or does
    /// not match the bytes.
    pub fn from_rgba(width: u32, height: u32, rgba: Vec<u8>) -> Option<Picture> {
        let expected = (width as usize)
            .checked_mul(height as usize)?
            .checked_mul(4)?;
        if width == 0 || height == 0 || rgba.len() != expected {
            return None;
        }
        use std::hash::{Hash, Hasher};
        let mut hasher = rustc_hash::FxHasher::default();
        (width, height).hash(&mut hasher);
        rgba.hash(&mut hasher);
        Some(Picture {
            width,
            height,
            id: hasher.finish(),
            rgba,
            premultiplied: std::sync::OnceLock::new(),
        })
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Straight (not premultiplied) RGBA, four bytes a pixel.
    pub fn rgba(&self) -> &[u8] {
        &self.rgba
    }

    pub fn id(&self) -> u64 {
        self.id
    }

    /// RGBA with each colour multiplied by its alpha, computed once.
    pub fn premultiplied(&self) -> &[u8] {
        self.premultiplied.get_or_init(|| {
            let mut data = self.rgba.clone();
            for px in data.chunks_exact_mut(4) {
                let a = u16::from(px[3]);
                for c in &mut px[..3] {
                    *c = ((u16::from(*c) * a + 127) / 255) as u8;
                }
            }
            data
        })
    }
}

impl std::fmt::Debug for Picture {
    // The pixels would flood any test failure.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Picture")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("id", &format_args!("{:016x}", self.id))
            .finish_non_exhaustive()
    }
}

/// A picture placed in `rect` (scaled to fit, centred). `None` is a photo the
/// map names but that is not decoded (unreadable, or still loading in the
/// editor): backends draw an empty frame there.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub rect: Rect,
    pub picture: Option<std::sync::Arc<Picture>>,
}

/// One thing to draw. Items are drawn in order: later items on top.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Box(Boxed),
    Text(Text),
    Path(Path),
    Circle(Circle),
    Image(Image),
}

/// What a region of the scene stands for, so the editor can hit-test clicks.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Title,
    Persona,
    Stage(StageId),
    Step(StageId, StepId),
    Lane(LaneId),
    Cell {
        lane: LaneId,
        stage: StageId,
        step: Option<StepId>,
    },
    Card(CardId),
    EmotionPoint(CardId),
    /// A stage's KPI or insight bullets in the rows under the lanes.
    Facts(StageId),
}

impl Target {
    /// The cell a card dropped on this target goes to.
    pub fn slot(&self) -> Option<Slot> {
        match self {
            Target::Cell { lane, stage, step } => Some(Slot {
                lane: lane.clone(),
                stage: stage.clone(),
                step: step.clone(),
            }),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub rect: Rect,
    pub target: Target,
    /// The items drawn for this target (indices into [`Scene::items`]), so a
    /// backend can keep them together: an SVG group, a PDF layer. Empty for
    /// regions that draw nothing of their own (cells). Ranges nest (a lane's
    /// holds its cards') or do not meet. Whoever drops or reorders items must
    /// remap these (see [`Scene::filtered`]).
    pub items: std::ops::Range<usize>,
    /// The kind of lane the target belongs to (lanes, their cards and points).
    pub kind: Option<crate::model::LaneKind>,
}

/// Where an emotion lane draws its scores, so a drag can turn y back into a score.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionScale {
    pub lane: LaneId,
    pub rect: Rect,
    /// y of the highest and of the lowest score.
    pub top_y: f32,
    pub bottom_y: f32,
}

impl EmotionScale {
    pub fn y_for(&self, score: i8) -> f32 {
        let (lo, hi) = (
            *crate::model::EMOTION_RANGE.start(),
            *crate::model::EMOTION_RANGE.end(),
        );
        let t = f32::from(hi - score) / f32::from(hi - lo);
        self.top_y + t * (self.bottom_y - self.top_y)
    }

    /// The score nearest to a y position, clamped to the range.
    pub fn score_at(&self, y: f32) -> i8 {
        let (lo, hi) = (
            *crate::model::EMOTION_RANGE.start(),
            *crate::model::EMOTION_RANGE.end(),
        );
        let t = ((y - self.top_y) / (self.bottom_y - self.top_y)).clamp(0.0, 1.0);
        (f32::from(hi) - t * f32::from(hi - lo)).round() as i8
    }
}

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// One page of an export: a scene, the page size in points, where the scene
/// lands on it and what fills the sheet behind it. Export plans pages; the PNG
/// and PDF backends only draw them.
#[derive(Clone, Debug)]
pub struct Page {
    pub scene: Scene,
    pub width: f32,
    pub height: f32,
    /// Page points per scene point.
    pub scale: f32,
    /// Where the scene's origin lands on the page, in page points from the top left.
    pub offset: (f32, f32),
    /// The fill of the whole sheet of a PNG, margins included; `None` leaves it
    /// transparent. A PDF sheet takes the scene's own background (a PDF has no
    /// transparent paper).
    pub background: Option<Rgba>,
}

/// A laid-out map, ready for any backend.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub background: Option<Rgba>,
    pub items: Vec<Item>,
    pub hits: Vec<Hit>,
    pub emotion_scales: Vec<EmotionScale>,
    /// Characters in the map that no bundled font can draw.
    pub missing_glyphs: Vec<char>,
}

impl Scene {
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    pub fn hit_rect(&self, target: &Target) -> Option<Rect> {
        self.hits
            .iter()
            .find(|h| &h.target == target)
            .map(|h| h.rect)
    }

    /// The most specific target under a point: cards and points before cells,
    /// cells before lanes and stages.
    pub fn hit_test(&self, p: Point) -> Option<&Target> {
        self.hits
            .iter()
            .rev()
            .find(|h| h.rect.contains(p))
            .map(|h| &h.target)
    }
}

impl Scene {
    /// A copy with only the items `keep` says yes to, in order, and the hits
    /// of `keep_hit`, their item ranges moved to the kept items they covered.
    pub fn filtered(
        &self,
        mut keep: impl FnMut(&Item) -> bool,
        mut keep_hit: impl FnMut(&Hit) -> bool,
    ) -> Scene {
        // kept_before[i]: how many items before index i are kept.
        let mut kept_before = Vec::with_capacity(self.items.len() + 1);
        let mut items = Vec::new();
        for item in &self.items {
            kept_before.push(items.len());
            if keep(item) {
                items.push(item.clone());
            }
        }
        kept_before.push(items.len());
        let at = |i: usize| kept_before.get(i).copied().unwrap_or(items.len());
        let hits = self
            .hits
            .iter()
            .filter(|h| keep_hit(h))
            .map(|h| Hit {
                items: at(h.items.start)..at(h.items.end),
                ..h.clone()
            })
            .collect();
        Scene {
            width: self.width,
            height: self.height,
            background: self.background,
            hits,
            emotion_scales: Vec::new(),
            missing_glyphs: self.missing_glyphs.clone(),
            items,
        }
    }

    /// Appends another scene's items and hits moved by `(dx, dy)`, keeping the
    /// hits' item ranges pointing at the same items.
    pub fn append(&mut self, other: Scene, dx: f32, dy: f32) {
        let base = self.items.len();
        self.items.extend(other.items.into_iter().map(|mut item| {
            item.translate(dx, dy);
            item
        }));
        self.hits.extend(other.hits.into_iter().map(|hit| Hit {
            rect: hit.rect.offset(dx, dy),
            items: hit.items.start + base..hit.items.end + base,
            ..hit
        }));
    }
}

impl Point {
    pub fn offset(self, dx: f32, dy: f32) -> Point {
        Point::new(self.x + dx, self.y + dy)
    }
}

impl Segment {
    fn offset(self, dx: f32, dy: f32) -> Segment {
        match self {
            Segment::Line(p) => Segment::Line(p.offset(dx, dy)),
            Segment::Cubic(a, b, c) => {
                Segment::Cubic(a.offset(dx, dy), b.offset(dx, dy), c.offset(dx, dy))
            }
        }
    }
}

impl Rect {
    pub fn offset(self, dx: f32, dy: f32) -> Rect {
        Rect::new(self.x + dx, self.y + dy, self.w, self.h)
    }
}

impl Item {
    /// Moves the item by `(dx, dy)` points.
    pub fn translate(&mut self, dx: f32, dy: f32) {
        match self {
            Item::Box(b) => b.rect = b.rect.offset(dx, dy),
            Item::Text(t) => {
                t.bounds = t.bounds.offset(dx, dy);
                for line in &mut t.lines {
                    line.origin = line.origin.offset(dx, dy);
                }
            }
            Item::Path(p) => {
                p.start = p.start.offset(dx, dy);
                for s in &mut p.segments {
                    *s = s.offset(dx, dy);
                }
            }
            Item::Circle(c) => c.center = c.center.offset(dx, dy),
            Item::Image(i) => i.rect = i.rect.offset(dx, dy),
        }
    }
}
