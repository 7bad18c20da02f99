//! A service blueprint's three lines, drawn between lanes across the stages:
//! the line of interaction (above the first frontstage lane: the customer's
//! side meets the staff), the line of visibility (above the first backstage
//! lane: what the customer no longer sees) and the line of internal interaction
//! (above the first support lane). Each takes a band of its own between the
//! rows, its label in the lane-header column, so no card or label is crossed.

use crate::model::{LaneKind, Map, MapKind};
use crate::scene::{Item, Path, Point, Stroke};

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
        let index = match kind {
            LaneKind::Frontstage => 0,
            LaneKind::Backstage => 1,
            LaneKind::Support => 2,
            _ => return top,
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
