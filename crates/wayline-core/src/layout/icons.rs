//! Card icons as plain paths in a square, so every backend draws them the same.

use crate::model::Icon;
use crate::scene::{Circle, Item, Path, Point, Rect, Rgba, Segment, Stroke};

/// The items that draw `icon` inside `rect` in `color`.
pub(super) fn draw(icon: Icon, rect: Rect, color: Rgba) -> Vec<Item> {
    let s = rect.w.min(rect.h);
    let p = |x: f32, y: f32| Point::new(rect.x + x * s, rect.y + y * s);
    let line_w = (s / 8.0).max(1.0);
    let stroke = Stroke::solid(line_w, color);
    let poly = |pts: &[Point], closed: bool| Path::polyline(pts, closed).map(Item::Path);
    let filled =
        |pts: &[Point]| Path::polyline(pts, true).map(|path| Item::Path(path.filled(color)));
    let stroked =
        |pts: &[Point]| Path::polyline(pts, false).map(|path| Item::Path(path.stroked(stroke)));
    let ring = |cx: f32, cy: f32, r: f32| {
        Item::Circle(Circle {
            center: p(cx, cy),
            radius: r * s,
            fill: None,
            stroke: Some(stroke),
        })
    };
    let dot = |cx: f32, cy: f32, r: f32| {
        Item::Circle(Circle {
            center: p(cx, cy),
            radius: r * s,
            fill: Some(color),
            stroke: None,
        })
    };
    let items: Vec<Option<Item>> = match icon {
        Icon::Alert => vec![
            filled(&[p(0.5, 0.02), p(1.0, 0.95), p(0.0, 0.95)]),
            poly(&[p(0.5, 0.33), p(0.5, 0.63)], false)
                .map(|i| recolor(i, Rgba::WHITE, line_w * 1.2)),
            Some(Item::Circle(Circle {
                center: p(0.5, 0.8),
                radius: s * 0.07,
                fill: Some(Rgba::WHITE),
                stroke: None,
            })),
        ],
        Icon::Idea => vec![
            Some(dot(0.5, 0.4, 0.34)),
            filled(&[p(0.33, 0.7), p(0.67, 0.7), p(0.62, 0.85), p(0.38, 0.85)]),
            stroked(&[p(0.4, 0.95), p(0.6, 0.95)]),
        ],
        Icon::Star => {
            let pts: Vec<Point> = (0..10)
                .map(|k| {
                    let r = if k % 2 == 0 { 0.5 } else { 0.2 };
                    let a = std::f32::consts::PI * (k as f32 / 5.0 - 0.5);
                    p(0.5 + r * a.cos(), 0.54 + r * a.sin())
                })
                .collect();
            vec![filled(&pts)]
        }
        Icon::Heart => vec![Some(Item::Path(
            Path {
                start: p(0.5, 0.95),
                segments: vec![
                    Segment::Cubic(p(0.1, 0.65), p(-0.1, 0.25), p(0.28, 0.12)),
                    Segment::Cubic(p(0.42, 0.08), p(0.5, 0.25), p(0.5, 0.3)),
                    Segment::Cubic(p(0.5, 0.25), p(0.58, 0.08), p(0.72, 0.12)),
                    Segment::Cubic(p(1.1, 0.25), p(0.9, 0.65), p(0.5, 0.95)),
                ],
                closed: true,
                fill: None,
                stroke: None,
            }
            .filled(color),
        ))],
        Icon::Flag => vec![
            stroked(&[p(0.2, 0.05), p(0.2, 0.98)]),
            filled(&[p(0.2, 0.08), p(0.9, 0.28), p(0.2, 0.5)]),
        ],
        Icon::Check => vec![stroked(&[p(0.1, 0.55), p(0.4, 0.85), p(0.92, 0.2)])],
        Icon::Question => vec![
            Some(ring(0.5, 0.5, 0.45)),
            stroked(&[
                p(0.36, 0.38),
                p(0.45, 0.26),
                p(0.6, 0.28),
                p(0.63, 0.4),
                p(0.5, 0.52),
                p(0.5, 0.62),
            ]),
            Some(dot(0.5, 0.76, 0.06)),
        ],
        Icon::Money => vec![
            Some(ring(0.5, 0.5, 0.45)),
            stroked(&[
                p(0.62, 0.3),
                p(0.4, 0.3),
                p(0.36, 0.42),
                p(0.62, 0.56),
                p(0.58, 0.7),
                p(0.36, 0.7),
            ]),
            stroked(&[p(0.5, 0.18), p(0.5, 0.82)]),
        ],
        Icon::Clock => vec![
            Some(ring(0.5, 0.5, 0.45)),
            stroked(&[p(0.5, 0.2), p(0.5, 0.5), p(0.72, 0.62)]),
        ],
        Icon::Person => vec![
            Some(dot(0.5, 0.3, 0.2)),
            Some(Item::Path(
                Path {
                    start: p(0.1, 0.98),
                    segments: vec![Segment::Cubic(p(0.1, 0.5), p(0.9, 0.5), p(0.9, 0.98))],
                    closed: true,
                    fill: None,
                    stroke: None,
                }
                .filled(color),
            )),
        ],
    };
    items.into_iter().flatten().collect()
}

fn recolor(item: Item, color: Rgba, width: f32) -> Item {
    match item {
        Item::Path(path) => Item::Path(path.stroked(Stroke::solid(width, color))),
        other => other,
    }
}
