//! Layout: a pure function from a map, a theme and options to a [`Scene`]. It
//! measures every piece of text with the bundled fonts, grows cards to fit their
//! text, stacks cards in their cells and draws the emotion curve. No backend
//! lays anything out; they all draw this scene.

mod blueprint;
mod cards;
pub mod changes;
mod emotion;
mod grid;
mod header;
mod icons;
pub mod labels;
mod legend;
mod pain_page;
mod persona;
mod rows;
pub mod slide;
mod theme;
mod workshop;

pub use pain_page::pain_page;
pub use theme::Theme;
pub use workshop::STICKY_NOTE;

use std::sync::Arc;

use crate::i18n::Language;
use crate::model::{LaneKind, Map};
use crate::scene::{Boxed, Item, Picture, Point, Rect, Rgba, Scene, Stroke, Text, TextLine};
use crate::text::{TextStyle, fonts, wrap_cached};

use grid::Grid;

/// What to include in the drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub include_persona: bool,
    pub include_hidden_lanes: bool,
    /// The legend under the map (lane kinds, pain categories, emotion scale).
    pub include_legend: bool,
    /// The persona photo, already decoded (export's planning and the editor's
    /// photo job read it; layout reads no file). `None` while a photo the map
    /// names is missing, unreadable or still loading: the persona card keeps
    /// the photo's room and shows an empty frame.
    pub photo: Option<Arc<Picture>>,
    /// The title block at the top (slides draw their own title instead).
    pub include_title: bool,
    /// For a workshop wall: a dashed sticky-note space under the cards of every
    /// cell, and a blank lane at the bottom to write on.
    pub workshop: bool,
    /// The least width of the title block and the persona card, in map points:
    /// a page of a split export passes its printable width, so the persona
    /// spreads over the sheet instead of wrapping into a tall narrow block.
    pub min_width: f32,
    /// The stage header row and funnel strip above the lanes (a stage slide
    /// has its own title and leaves them out).
    pub include_stage_headers: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            include_persona: true,
            include_hidden_lanes: false,
            include_legend: true,
            photo: None,
            include_title: true,
            workshop: false,
            min_width: 0.0,
            include_stage_headers: true,
        }
    }
}

/// Lays out the whole map.
pub fn layout(map: &Map, theme: &Theme, options: &Options) -> Scene {
    layout_rows(map, theme, options, None)
}

fn layout_rows(
    map: &Map,
    theme: &Theme,
    options: &Options,
    mut rows: Option<&mut rows::Rows>,
) -> Scene {
    let lang = map.language();
    let adapted;
    let theme = if options.workshop || lang == Language::Pl {
        let widened = if options.workshop {
            workshop::theme(theme)
        } else {
            theme.clone()
        };
        adapted = widened.for_language(lang);
        &adapted
    } else {
        theme
    };
    let grid = Grid::new(map, theme);
    let mut out = Builder {
        theme,
        lang,
        workshop: options.workshop,
        scene: Scene {
            width: grid.total_width,
            background: Some(theme.background),
            ..Scene::default()
        },
    };
    let wide = grid.total_width.max(options.min_width);
    let mut y = if options.include_title {
        header::title(&mut out, map, wide)
    } else {
        theme.margin
    };
    if options.include_persona && !map.persona.is_empty() {
        y = persona::persona(&mut out, map, options, wide, y);
    }
    out.scene.width = out.scene.width.max(wide);
    if options.include_stage_headers {
        y = grid.stage_headers(&mut out, map, y);
        y = grid.funnel_strip(&mut out, map, y);
    }
    let by_lane = rows.is_some().then(|| rows::cards_by_lane(map));
    let mut lines = blueprint::Lines::new(map);
    for lane in &map.lanes {
        if lane.hidden && !options.include_hidden_lanes {
            continue;
        }
        y = lines.before(&mut out, &grid, lane.kind, y);
        y = match rows.as_deref_mut() {
            Some(rows) => {
                let cards = by_lane
                    .as_ref()
                    .and_then(|b| b.get(&lane.id))
                    .map_or(&[][..], Vec::as_slice);
                rows.lane(&mut out, map, cards, &grid, lane, y)
            }
            None => lane_row(&mut out, map, &grid, lane, y),
        };
    }
    if let Some(rows) = rows {
        rows.keep_only(&map.lanes);
    }
    if options.workshop {
        y = workshop::notes_lane(&mut out, &grid, y);
    }
    y = grid.stage_facts(&mut out, map, y);
    if options.include_legend {
        y = legend::legend(
            &mut out,
            map,
            grid.left,
            grid.right - grid.left,
            y + theme.gap,
        );
    }
    out.scene.height = y + theme.margin;
    out.scene.missing_glyphs = missing_glyphs(&out.scene);
    out.scene
}

/// Lays out one lane's row from `top`; returns its bottom edge.
fn lane_row(out: &mut Builder, map: &Map, grid: &Grid, lane: &crate::model::Lane, top: f32) -> f32 {
    let from = out.scene.items.len();
    let bottom = if lane.kind == LaneKind::Emotions {
        emotion::lane(out, map, grid, lane, top)
    } else {
        let workshop = out.workshop;
        cards::lane(out, map, grid, lane, top, workshop)
    };
    out.lane_items(lane, from);
    bottom
}

/// Characters no bundled face has, from the lines measuring flagged.
pub(crate) fn missing_glyphs(scene: &Scene) -> Vec<char> {
    let fonts = fonts();
    let mut missing: Vec<char> = scene
        .texts()
        .flat_map(|t| t.lines.iter())
        .filter(|l| l.missing)
        .flat_map(|l| l.runs.iter())
        .flat_map(|r| r.text.chars())
        .filter(|&c| !c.is_whitespace() && !c.is_control())
        .filter(|&c| fonts.glyph_info(c, false).1.to_u32() == 0)
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// The editor's layout: re-lays the map out after an edit, reusing every lane
/// row whose lane, cards and columns did not change (moved up or down when a row
/// above changed height). Text measuring is cached per string, style and width,
/// so only text that changed is measured. The scene is the same as [`layout`]'s.
#[derive(Default)]
pub struct Cache {
    inputs: Option<(Theme, Options)>,
    rows: rows::Rows,
}

impl Cache {
    pub fn layout(&mut self, map: &Map, theme: &Theme, options: &Options) -> Scene {
        if self
            .inputs
            .as_ref()
            .is_none_or(|(t, o)| t != theme || o != options)
        {
            self.rows = rows::Rows::default();
            self.inputs = Some((theme.clone(), options.clone()));
        }
        layout_rows(map, theme, options, Some(&mut self.rows))
    }
}

/// Collects items and hit regions while the parts of the map are laid out.
struct Builder<'t> {
    theme: &'t Theme,
    /// The map's language: every label's words and the way numbers are written.
    lang: Language,
    scene: Scene,
    /// Workshop print: card cells keep room for a sticky note.
    workshop: bool,
}

/// Horizontal alignment of text in its box.
#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Center,
}

impl Builder<'_> {
    fn push(&mut self, item: Item) {
        self.scene.items.push(item);
    }

    fn boxed(&mut self, rect: Rect, fill: Option<Rgba>, stroke: Option<Stroke>, radius: f32) {
        self.push(Item::Box(Boxed {
            rect,
            radius,
            fill,
            stroke,
        }));
    }

    /// A region that draws nothing of its own (a cell).
    fn hit(&mut self, rect: Rect, target: crate::scene::Target) {
        let at = self.scene.items.len();
        self.hit_items(rect, target, at, None);
    }

    /// A region whose drawing is the items pushed since index `from`.
    fn hit_items(
        &mut self,
        rect: Rect,
        target: crate::scene::Target,
        from: usize,
        kind: Option<LaneKind>,
    ) {
        let items = from.min(self.scene.items.len())..self.scene.items.len();
        self.scene.hits.push(crate::scene::Hit {
            rect,
            target,
            items,
            kind,
        });
    }

    /// Marks the items since `from` as the lane's (its frame, cards and curve).
    fn lane_items(&mut self, lane: &crate::model::Lane, from: usize) {
        let end = self.scene.items.len();
        let target = crate::scene::Target::Lane(lane.id.clone());
        if let Some(hit) = self
            .scene
            .hits
            .iter_mut()
            .rev()
            .find(|h| h.target == target)
        {
            hit.items = from..end;
            hit.kind = Some(lane.kind);
        }
    }
}

/// A left-aligned wrapped text block at `at`, for what export draws around the
/// map (sheet labels, slide numbers), so it is measured like the map's own text.
pub fn text(text: &str, style: &TextStyle, color: Rgba, at: Point, width: f32) -> Text {
    text_block(text, style, color, at, width, Align::Left)
}

/// Wraps `text` into a block whose top-left corner is `at`, no wider than `width`.
fn text_block(
    text: &str,
    style: &TextStyle,
    color: Rgba,
    at: Point,
    width: f32,
    align: Align,
) -> Text {
    let advance = style.line_advance();
    let baseline = style.baseline();
    let lines: Vec<TextLine> = wrap_cached(text, style, width)
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let dx = match align {
                Align::Left => 0.0,
                Align::Center => ((width - line.width) / 2.0).max(0.0),
            };
            TextLine {
                origin: Point::new(at.x + dx, at.y + i as f32 * advance + baseline),
                width: line.width,
                runs: line.runs.clone(),
                missing: line.missing,
            }
        })
        .collect();
    Text {
        bounds: Rect::new(at.x, at.y, width, lines.len() as f32 * advance),
        size: style.size,
        color,
        lines,
    }
}

#[cfg(test)]
mod tests;
