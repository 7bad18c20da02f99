//! The emotion lane: one point per emotion card at its stage (or step), joined by
//! a smooth curve that passes through every point and never overshoots between
//! them (monotone cubic), with the area above zero tinted green and below red.

use crate::model::{Card, Details, EMOTION_RANGE, Lane, Map};
use crate::scene::{Circle, EmotionScale, Item, Path, Point, Rect, Segment, Stroke, Target};

use super::grid::Grid;
use super::{Align, Builder, icons, text_block};

/// The alpha of the backing under each point's label (the band's colour), so
/// tests can find the label boxes.
pub(super) const LABEL_BACKING_ALPHA: u8 = 215;

/// The curve's stroke width.
pub(super) const CURVE_WIDTH: f32 = 2.5;

struct Placed<'m> {
    card: &'m Card,
    score: i8,
    center: Point,
    label_width: f32,
}

/// Lays out one emotion lane from `top`; returns its bottom edge.
pub(super) fn lane(out: &mut Builder, map: &Map, grid: &Grid, lane: &Lane, top: f32) -> f32 {
    let theme = out.theme;
    // x of each point: its slot's centre, slots shared evenly by their points.
    let mut placed: Vec<Placed> = Vec::new();
    for slot in map.emotion_slots(&lane.id) {
        let n = slot.len();
        let Some(column) = grid.column(&slot[0].stage) else {
            continue;
        };
        let (x, w) = slot[0]
            .step
            .as_ref()
            .and_then(|step| column.steps.iter().find(|(id, _, _)| id == step))
            .map_or((column.x, column.w), |(_, x, w)| (*x, *w));
        for (k, card) in slot.into_iter().enumerate() {
            let Details::Emotion { score, .. } = card.details else {
                continue;
            };
            placed.push(Placed {
                card,
                score: score.clamp(*EMOTION_RANGE.start(), *EMOTION_RANGE.end()),
                center: Point::new(x + w * (k as f32 + 0.5) / n as f32, 0.0),
                label_width: (w / n as f32 - theme.gap).max(24.0),
            });
        }
    }
    // Labels sit below points at or above zero and above points below zero, so they
    // stay inside the lane; the lane leaves room for the tallest label on each side.
    let label_h = placed
        .iter()
        .map(|p| label(out, p, Point::new(0.0, 0.0)).bounds.h)
        .fold(0.0, f32::max);
    let band_top = top + theme.padding + label_h + 8.0;
    let scale = EmotionScale {
        lane: lane.id.clone(),
        rect: Rect::new(
            grid.left + theme.lane_header_width,
            band_top,
            grid.right - grid.left - theme.lane_header_width,
            theme.emotion_band,
        ),
        top_y: band_top,
        bottom_y: band_top + theme.emotion_band,
    };
    let height = theme.emotion_band + 2.0 * (theme.padding + label_h + 8.0);
    let bottom = grid.lane_frame(out, lane, top, height);
    for p in &mut placed {
        p.center.y = scale.y_for(p.score);
    }

    // Cells first: hit-testing takes the last region, so points win over cells.
    for (stage, column) in map.stages.iter().zip(&grid.columns) {
        out.hit(
            Rect::new(column.x, top, column.w, bottom - top - theme.gap / 2.0),
            Target::Cell {
                lane: lane.id.clone(),
                stage: stage.id.clone(),
                step: None,
            },
        );
    }
    let zero = scale.y_for(0);
    out.push(Item::Path(
        Path::line(
            Point::new(scale.rect.x, zero),
            Point::new(scale.rect.right(), zero),
        )
        .stroked(Stroke::dashed(0.75, theme.muted, 4.0, 3.0)),
    ));
    for score in [*EMOTION_RANGE.end(), 0, *EMOTION_RANGE.start()] {
        let y = scale.y_for(score);
        let text = text_block(
            &format!("{score:+}").replace("+0", "0"),
            &theme.small,
            theme.muted,
            Point::new(scale.rect.x - 28.0, y - theme.small.line_advance() / 2.0),
            22.0,
            Align::Center,
        );
        out.push(Item::Text(text));
    }

    let centers: Vec<Point> = placed.iter().map(|p| p.center).collect();
    let curve = smooth_curve(&centers);
    let along = curve.as_ref().map_or_else(Vec::new, |c| sample(c, 32));
    if let Some(curve) = curve {
        for (fill, polygon) in tint_areas(&curve, zero) {
            let color = if fill { theme.positive } else { theme.negative };
            if let Some(path) = Path::polyline(&polygon, true) {
                out.push(Item::Path(path.filled(color.with_alpha(48))));
            }
        }
        out.push(Item::Path(
            curve.stroked(Stroke::solid(CURVE_WIDTH, theme.ink)),
        ));
    }
    for (i, p) in placed.iter().enumerate() {
        let from = out.scene.items.len();
        let moment = match p.card.details {
            Details::Emotion { moment, .. } => moment,
            _ => None,
        };
        if moment.is_some() {
            out.push(Item::Circle(Circle {
                center: p.center,
                radius: 10.0,
                fill: None,
                stroke: Some(Stroke::solid(2.0, theme.highlight)),
            }));
            let s = theme.icon_size;
            let star = Rect::new(p.center.x + 12.0, p.center.y - s / 2.0, s, s);
            for item in icons::draw(crate::model::Icon::Star, star, theme.highlight) {
                out.push(item);
            }
        }
        out.push(Item::Circle(Circle {
            center: p.center,
            radius: 5.5,
            fill: Some(theme.score_color(p.score)),
            stroke: Some(Stroke::solid(1.5, theme.background)),
        }));
        // The label goes on the side the curve leaves empty: above a peak, below a
        // valley; on a slope, away from the zero line.
        let neighbours: Vec<f32> = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| centers.get(j))
            .map(|c| c.y)
            .collect();
        let above = match neighbours.as_slice() {
            [] => p.score < 0,
            ys => {
                let mean = ys.iter().sum::<f32>() / ys.len() as f32;
                if (mean - p.center.y).abs() < 1.0 {
                    p.score < 0
                } else {
                    p.center.y < mean
                }
            }
        };
        let measured = label(out, p, Point::new(0.0, 0.0));
        let h = measured.bounds.h;
        let w = measured.lines.iter().map(|l| l.width).fold(0.0, f32::max);
        // The label's box (with its backing) never crosses the zero line nor
        // covers the curve: the preferred side first, then the other, each
        // moved further from the point until it is clear, inside the lane.
        let clear = |y: f32| {
            let m = CURVE_WIDTH / 2.0 + 1.5;
            let r = Rect::new(
                p.center.x - w / 2.0 - 3.0 - m,
                y - m,
                w + 6.0 + 2.0 * m,
                h + 2.0 * m,
            );
            let crosses_zero = y - 0.5 < zero && zero < y + h + 0.5;
            !crosses_zero && !along.iter().any(|q| r.contains(*q))
        };
        let (lowest, highest) = (top + 2.0, bottom - theme.gap / 2.0 - 2.0 - h);
        let at = |above: bool, d: f32| {
            if above {
                p.center.y - d - h
            } else {
                p.center.y + d
            }
        };
        let y = (0..40)
            .flat_map(|k| {
                let d = 12.0 + 3.0 * k as f32;
                [at(above, d), at(!above, d)]
            })
            .filter(|&y| (lowest..=highest).contains(&y))
            .find(|&y| clear(y))
            .unwrap_or_else(|| at(above, 12.0));
        let text = label(out, p, Point::new(p.center.x - p.label_width / 2.0, y));
        // A backing in the band's colour keeps the label readable over the grid.
        if w > 0.0 {
            out.boxed(
                Rect::new(p.center.x - w / 2.0 - 3.0, y, w + 6.0, h),
                Some(theme.band_fill.with_alpha(LABEL_BACKING_ALPHA)),
                None,
                3.0,
            );
        }
        out.push(Item::Text(text));
        let r = 9.0;
        out.hit_items(
            Rect::new(p.center.x - r, p.center.y - r, 2.0 * r, 2.0 * r),
            Target::EmotionPoint(p.card.id.clone()),
            from,
            Some(lane.kind),
        );
    }
    out.scene.emotion_scales.push(scale);
    bottom
}

/// A point's label: its text, then its moment of truth if it is one.
fn label(out: &Builder, p: &Placed, at: Point) -> crate::scene::Text {
    let mut text = p.card.text.clone();
    if let Details::Emotion {
        moment: Some(m), ..
    } = p.card.details
    {
        let moment = crate::i18n::tr(
            out.lang,
            "moment-of-truth",
            &[("moment", super::labels::moment(out.lang, m).into())],
        );
        text = format!("{text}\n{moment}").trim_start().to_string();
    }
    text_block(
        &text,
        &out.theme.small,
        out.theme.ink,
        at,
        p.label_width,
        Align::Center,
    )
}

/// A monotone cubic (Fritsch–Carlson) through the points, as Bézier segments. The
/// points must be ordered by x. `None` for fewer than one point.
pub(crate) fn smooth_curve(points: &[Point]) -> Option<Path> {
    let (&first, _) = points.split_first()?;
    let n = points.len();
    let secants: Vec<f32> = points
        .windows(2)
        .map(|w| {
            let dx = w[1].x - w[0].x;
            if dx.abs() < f32::EPSILON {
                0.0
            } else {
                (w[1].y - w[0].y) / dx
            }
        })
        .collect();
    let tangents: Vec<f32> = (0..n)
        .map(
            |i| match (i.checked_sub(1).map(|j| secants[j]), secants.get(i)) {
                (None, Some(&d)) | (Some(d), None) => d,
                (Some(a), Some(&b)) if a * b > 0.0 => harmonic(a, b),
                _ => 0.0,
            },
        )
        .collect();
    let segments = points
        .windows(2)
        .enumerate()
        .map(|(i, w)| {
            let h = (w[1].x - w[0].x) / 3.0;
            Segment::Cubic(
                Point::new(w[0].x + h, w[0].y + tangents[i] * h),
                Point::new(w[1].x - h, w[1].y - tangents[i + 1] * h),
                w[1],
            )
        })
        .collect();
    Some(Path {
        start: first,
        segments,
        closed: false,
        fill: None,
        stroke: None,
    })
}

/// The weighted harmonic mean that keeps a cubic monotone between two secants of
/// the same sign.
fn harmonic(a: f32, b: f32) -> f32 {
    2.0 * a * b / (a + b)
}

/// Samples the curve and splits the area between it and the zero line into
/// polygons above zero (`true`) and below (`false`).
pub(super) fn tint_areas(curve: &Path, zero: f32) -> Vec<(bool, Vec<Point>)> {
    let samples = sample(curve, 16);
    let mut areas = Vec::new();
    let mut current: Vec<Point> = Vec::new();
    let mut above = samples.first().is_some_and(|p| p.y <= zero);
    for (i, &p) in samples.iter().enumerate() {
        let now_above = p.y <= zero;
        if i > 0 && now_above != above {
            let prev = samples[i - 1];
            let t = (zero - prev.y) / (p.y - prev.y);
            let cross = Point::new(prev.x + t * (p.x - prev.x), zero);
            current.push(cross);
            close_area(&mut areas, above, std::mem::take(&mut current), zero);
            current.push(cross);
            above = now_above;
        }
        current.push(p);
    }
    close_area(&mut areas, above, current, zero);
    areas
}

/// Points along the path: its corners, and `per_segment` points on each cubic.
fn sample(curve: &Path, per_segment: usize) -> Vec<Point> {
    let mut samples = vec![curve.start];
    let mut from = curve.start;
    for segment in &curve.segments {
        match *segment {
            Segment::Line(p) => samples.push(p),
            Segment::Cubic(c1, c2, to) => {
                for k in 1..=per_segment {
                    let t = k as f32 / per_segment as f32;
                    let u = 1.0 - t;
                    let b = |a: f32, b: f32, c: f32, d: f32| {
                        u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d
                    };
                    samples.push(Point::new(
                        b(from.x, c1.x, c2.x, to.x),
                        b(from.y, c1.y, c2.y, to.y),
                    ));
                }
            }
        }
        from = match *segment {
            Segment::Line(p) | Segment::Cubic(_, _, p) => p,
        };
    }
    samples
}

fn close_area(areas: &mut Vec<(bool, Vec<Point>)>, above: bool, mut points: Vec<Point>, zero: f32) {
    let (Some(first), Some(last)) = (points.first().copied(), points.last().copied()) else {
        return;
    };
    if (last.x - first.x).abs() < 0.5 {
        return;
    }
    points.push(Point::new(last.x, zero));
    points.insert(0, Point::new(first.x, zero));
    areas.push((above, points));
}
