//! Workshop mode: room to work on a printed wall. Stage columns at least wide
//! enough for a 76 mm sticky note at scale 1, a dashed square of that size under
//! the cards of every card cell, and a blank lane at the bottom to write on,
//! named in the map's language.

use crate::i18n::tr;
use crate::scene::{Boxed, Item, Rect, Stroke};

use super::grid::Grid;
use super::{Builder, Theme};

/// A 76 mm (3 in) sticky note, in points.
pub const STICKY_NOTE: f32 = 76.0 * 72.0 / 25.4;

/// The theme with stage columns wide enough for a sticky note and its gaps.
pub(super) fn theme(theme: &Theme) -> Theme {
    Theme {
        stage_width: theme.stage_width.max(STICKY_NOTE + 2.0 * theme.gap),
        ..theme.clone()
    }
}

/// The sticky-note space of a stage column whose cards end at `top`.
pub(super) fn sticky_space(theme: &Theme, column_x: f32, column_w: f32, top: f32) -> Rect {
    let side = (column_w - 2.0 * theme.gap).clamp(0.0, STICKY_NOTE);
    Rect::new(column_x + theme.gap, top, side, side)
}

pub(super) fn sticky_item(theme: &Theme, rect: Rect) -> Item {
    Item::Box(Boxed {
        rect,
        radius: theme.radius / 2.0,
        fill: None,
        stroke: Some(Stroke::dashed(1.0, theme.muted, 6.0, 4.0)),
    })
}

/// The blank lane under the others, named in the map's language; returns its
/// bottom edge.
pub(super) fn notes_lane(out: &mut Builder, grid: &Grid, top: f32) -> f32 {
    let title = tr(out.lang, "notes-lane", &[]);
    let subtitle = tr(out.lang, "notes-lane-subtitle", &[]);
    let height = STICKY_NOTE.max(out.theme.min_row_height * 3.0);
    grid.row_frame(out, &title, &subtitle, top, height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Options, layout};
    use crate::scene::{Scene, Target};

    fn sticky_boxes(scene: &Scene) -> Vec<Rect> {
        scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Box(b) if b.fill.is_none() && b.stroke.is_some_and(|s| s.dash.is_some()) => {
                    Some(b.rect)
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_card_cell_gets_an_empty_sticky_space_below_its_cards() {
        for name in ["ecommerce", "current-state", "empty"] {
            let map = crate::templates::find(name).unwrap().map().unwrap();
            let theme = Theme::light();
            let options = Options {
                workshop: true,
                ..Options::default()
            };
            let scene = layout(&map, &theme, &options);
            let notes = sticky_boxes(&scene);
            let card_lanes: Vec<_> = map
                .lanes
                .iter()
                .filter(|l| !l.hidden && l.kind != crate::model::LaneKind::Emotions)
                .collect();
            assert_eq!(notes.len(), card_lanes.len() * map.stages.len(), "{name}");
            for note in &notes {
                // A full-size note at scale 1, square.
                assert!((note.w - STICKY_NOTE).abs() < 1e-3 && (note.w - note.h).abs() < 1e-3);
                for hit in &scene.hits {
                    if let Target::Card(id) = &hit.target {
                        assert!(!hit.rect.overlaps(note), "{name}: card {id} on a note");
                    }
                }
                // Inside its lane's row.
                let row = scene
                    .hits
                    .iter()
                    .filter(|h| matches!(h.target, Target::Lane(_)))
                    .find(|h| h.rect.y <= note.y && h.rect.bottom() >= note.y)
                    .unwrap();
                assert!(note.bottom() <= row.rect.bottom() + 1e-3, "{name}");
            }
            let labels: Vec<String> = scene.texts().map(|t| t.plain()).collect();
            let expected = match name {
                "ecommerce" => "笔记",
                "current-state" => "Notatki",
                _ => "Notes",
            };
            assert!(
                labels.iter().any(|l| l == expected),
                "{name}: no {expected} lane"
            );
            let plain = layout(&map, &theme, &Options::default());
            assert!(sticky_boxes(&plain).is_empty());
            assert!(!plain.texts().any(|t| t.plain() == expected));
        }
    }
}
