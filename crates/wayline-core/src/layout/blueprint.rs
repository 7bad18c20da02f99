//! A service blueprint's three lines, drawn between lanes across the stages:
//! the line of interaction (above the first frontstage lane: the customer's
//! side meets the staff), the line of visibility (above the first backstage
//! lane: what the customer no longer sees) and the line of internal interaction
//! (above the first support lane). Each takes a band of its own between the
//! rows, its label in the lane-header column, so no card or label is crossed.
//! Stage slides, which set each lane on its own, draw the same lines as bands
//! between their lanes ([`band`]).

use crate::i18n::Language;
use crate::model::{LaneKind, Map, MapKind};
use crate::scene::{Item, Path, Point, Scene, Stroke};

use super::grid::Grid;
use super::{Align, Builder, text_block};

/// The three lines' labels (catalogue keys), in the order they come down a blueprint.
pub const LABELS: [&str; 3] = [
    "blueprint-line-of-interaction",
    "blueprint-line-of-visibility",
    "blueprint-line-of-internal-interaction",
];

/// Which lines are still to be drawn while the lanes are laid out top to bottom.
pub(super) struct Lines {
    /// `None` for maps that are not blueprints: no lines at all.
    drawn: Option<[bool; 3]>,
    /// A lane has been laid out above (a line needs something above it).
    any_above: bool,
}

impl Lines {
    pub fn new(map: &Map) -> Lines {
        Lines {
            drawn: (map.kind == MapKind::ServiceBlueprint).then_some([false; 3]),
            any_above: false,
        }
    }

    /// Draws the line that belongs above a lane of `kind`, if it is the first
    /// such lane; returns where the lane starts.
    pub fn before(&mut self, out: &mut Builder, grid: &Grid, kind: LaneKind, top: f32) -> f32 {
        let above = std::mem::replace(&mut self.any_above, true);
        let Some(drawn) = self.drawn.as_mut() else {
            return top;
        };
        let Some(index) = line_above(kind) else {
            return top;
        };
        if drawn[index] || !above {
            return top;
        }
        drawn[index] = true;
        let label = crate::i18n::tr(out.lang, LABELS[index], &[]);
        line(out, grid, &label, top)
    }
}

/// One labelled line in a band from `top`; returns the band's bottom.
fn line(out: &mut Builder, grid: &Grid, label: &str, top: f32) -> f32 {
    let theme = out.theme;
    let style = theme.small.bold();
    let width = theme.lane_header_width - theme.gap - theme.padding;
    let text = text_block(
        label,
        &style,
        theme.blueprint_line,
        Point::new(grid.left + theme.padding, top + theme.gap / 2.0),
        width,
        Align::Left,
    );
    let bottom = text.bounds.bottom() + theme.gap;
    let y = (top + bottom) / 2.0;
    out.push(Item::Path(
        Path::line(
            Point::new(grid.left + theme.lane_header_width, y),
            Point::new(grid.right, y),
        )
        .stroked(Stroke::solid(2.0, theme.blueprint_line)),
    ));
    out.push(Item::Text(text));
    bottom
}

/// Which of the three lines goes above the first lane of `kind`.
pub fn line_above(kind: LaneKind) -> Option<usize> {
    match kind {
        LaneKind::Frontstage => Some(0),
        LaneKind::Backstage => Some(1),
        LaneKind::Support => Some(2),
        _ => None,
    }
}

/// Line `index` as a band `width` wide for a stage slide: its label (bold
/// meta, one line) at the left and the line running on from it to the right
/// edge, centred on the label; the band's height is the scene's.
pub fn band(lang: Language, index: usize, theme: &super::Theme, width: f32) -> Scene {
    let style = theme.small.bold();
    let label = crate::i18n::tr(lang, LABELS[index], &[]);
    let label = super::slide::one_line(&label, &style, width / 2.0);
    let text = text_block(
        &label,
        &style,
        theme.blueprint_line,
        Point::new(theme.padding, 0.0),
        width / 2.0,
        Align::Left,
    );
    let end = text.lines.iter().map(|l| l.width).fold(0.0, f32::max);
    let y = text.bounds.h / 2.0;
    let line = Path::line(
        Point::new(theme.padding + end + theme.gap, y),
        Point::new(width, y),
    )
    .stroked(Stroke::solid(3.0, theme.blueprint_line));
    Scene {
        width,
        height: text.bounds.h,
        items: vec![Item::Path(line), Item::Text(text)],
        ..Scene::default()
    }
}
