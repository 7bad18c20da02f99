//! Slide pieces laid out at their projected size on a 960 × 540 pt slide
//! (13.33 × 7.5 in): the slide theme (no text under 18 pt), the overview
//! summary (stage names, the emotion curve, pain points and opportunities
//! counted per stage; no text under 14 pt) and a stage slide's emotion strip,
//! the curve across the stage with its neighbours faded for context, and a
//! service blueprint's lines as bands between a stage slide's lanes. Export
//! places these on pages; they are drawn at scale 1, never shrunk.

use crate::model::{Card, Details, EMOTION_RANGE, LaneKind, Map};
use crate::scene::{Boxed, Circle, Item, Path, Point, Rect, Rgba, Scene, Stroke};
use crate::text::{TextStyle, wrap};

pub use super::blueprint::{band as blueprint_band, line_above as blueprint_line_above};
use super::emotion::{CURVE_WIDTH, smooth_curve, tint_areas};
use super::{Align, Theme, text_block};

/// The least size of any text on the overview slide.
pub const OVERVIEW_MIN_PT: f32 = 14.0;
/// The least size of any text on a stage slide.
pub const STAGE_MIN_PT: f32 = 18.0;
/// A stage slide's title (the stage name) and slide number.
pub fn title() -> TextStyle {
    TextStyle::new(32.0).bold()
}
/// Height of a stage slide's emotion strip: a row of stage names over the band.
pub const STRIP_H: f32 = 104.0;

/// The theme of a stage slide's cards: the map's colours with every text at
/// [`STAGE_MIN_PT`] or more (meta 18, card text 20, lane names 22 pt), so a
/// slide reads from the back of a meeting room.
pub fn theme(base: &Theme) -> Theme {
    Theme {
        title: title(),
        stage: TextStyle::new(28.0).bold(),
        heading: TextStyle::new(22.0).bold(),
        body: TextStyle::new(20.0),
        small: TextStyle::new(STAGE_MIN_PT),
        margin: 0.0,
        gap: 8.0,
        padding: 8.0,
        radius: 8.0,
        lane_header_width: 190.0,
        min_row_height: 44.0,
        icon_size: 18.0,
        ..base.clone()
    }
}

/// `text` cut short with "…" until it fits on one line of `width` points.
pub fn one_line(text: &str, style: &TextStyle, width: f32) -> String {
    let first = text.lines().next().unwrap_or_default();
    let mut kept: Vec<char> = first.chars().collect();
    let mut out = if first.len() < text.trim_end().len() {
        format!("{first}…")
    } else {
        first.to_string()
    };
    while wrap(&out, style, width).len() > 1 && !kept.is_empty() {
        kept.pop();
        out = format!("{}…", kept.iter().collect::<String>().trim_end());
    }
    out
}

fn line(text: &str, style: TextStyle, color: Rgba, at: Point, width: f32, align: Align) -> Item {
    Item::Text(text_block(
        &one_line(text, &style, width),
        &style,
        color,
        at,
        width,
        align,
    ))
}

/// One emotion point: its stage's index, where it sits across the stage (0–1),
/// its score and card.
struct Mood<'m> {
    stage: usize,
    across: f32,
    score: i8,
    card: &'m Card,
}

/// The points of the map's first shown emotion lane, as the map draws them: a
/// slot's points spread evenly over the slot (its step, or the whole stage).
fn moods(map: &Map, hidden: bool) -> Vec<Mood<'_>> {
    let Some(lane) = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotions && (hidden || !l.hidden))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for slot in map.emotion_slots(&lane.id) {
        let Some(stage) = map.stage_index(&slot[0].stage) else {
            continue;
        };
        let steps = &map.stages[stage].steps;
        let (x, w) = slot[0]
            .step
            .as_ref()
            .and_then(|id| steps.iter().position(|s| &s.id == id))
            .map_or((0.0, 1.0), |i| {
                (i as f32 / steps.len() as f32, 1.0 / steps.len() as f32)
            });
        let n = slot.len() as f32;
        for (k, card) in slot.into_iter().enumerate() {
            if let Details::Emotion { score, .. } = card.details {
                out.push(Mood {
                    stage,
                    across: x + w * (k as f32 + 0.5) / n,
                    score: score.clamp(*EMOTION_RANGE.start(), *EMOTION_RANGE.end()),
                    card,
                });
            }
        }
    }
    out
}

/// The y of a score in a band from `top`, `h` tall (+3 at the top).
fn score_y(score: i8, top: f32, h: f32) -> f32 {
    let (lo, hi) = (
        f32::from(*EMOTION_RANGE.start()),
        f32::from(*EMOTION_RANGE.end()),
    );
    top + (hi - f32::from(score)) / (hi - lo) * h
}

/// The curve through `points` with its areas above and below `zero` tinted, and
/// a dot on every point.
fn curve(points: &[(Point, i8)], zero: f32, theme: &Theme, dot: f32) -> Vec<Item> {
    let mut items = Vec::new();
    let centers: Vec<Point> = points.iter().map(|p| p.0).collect();
    if let Some(path) = smooth_curve(&centers) {
        for (above, polygon) in tint_areas(&path, zero) {
            let color = if above {
                theme.positive
            } else {
                theme.negative
            };
            if let Some(area) = Path::polyline(&polygon, true) {
                items.push(Item::Path(area.filled(color.with_alpha(56))));
            }
        }
        items.push(Item::Path(
            path.stroked(Stroke::solid(CURVE_WIDTH * 1.4, theme.ink)),
        ));
    }
    for &(center, score) in points {
        items.push(Item::Circle(Circle {
            center,
            radius: dot,
            fill: Some(theme.score_color(score)),
            stroke: Some(Stroke::solid(2.0, theme.background)),
        }));
    }
    items
}

fn zero_line(x: f32, w: f32, y: f32, theme: &Theme) -> Item {
    Item::Path(
        Path::line(Point::new(x, y), Point::new(x + w, y)).stroked(Stroke::dashed(
            1.0,
            theme.muted,
            5.0,
            4.0,
        )),
    )
}

fn rect_item(rect: Rect, fill: Rgba, radius: f32) -> Item {
    Item::Box(Boxed {
        rect,
        radius,
        fill: Some(fill),
        stroke: None,
    })
}

/// The overview slide, `width` × `height` points with `margin` all round: the
/// map's title, a header per stage, the emotion curve across the stages, and
/// per stage how many pain points and opportunities it has. Every text is
/// [`OVERVIEW_MIN_PT`] or more; stage names shrink to 14 pt only when a map has
/// so many stages that their columns are narrow.
pub fn overview(
    map: &Map,
    base: &Theme,
    (width, height): (f32, f32),
    margin: f32,
    hidden: bool,
) -> Scene {
    let theme = base;
    let mut items = Vec::new();
    let w = width - 2.0 * margin;
    let mut y = margin;
    items.push(line(
        &map.title,
        title(),
        theme.ink,
        Point::new(margin, y),
        w,
        Align::Left,
    ));
    y += title().line_advance();
    let meta = TextStyle::new(18.0);
    if !map.description.trim().is_empty() {
        items.push(line(
            &map.description,
            meta,
            theme.muted,
            Point::new(margin, y),
            w,
            Align::Left,
        ));
        y += meta.line_advance();
    }
    y += 14.0;
    let n = map.stages.len();
    let label_w = (w * 0.2).clamp(120.0, 180.0);
    let cw = (w - label_w) / n.max(1) as f32;
    let pad = 8.0;
    let gap = 6.0;
    // Stage names at the largest size, 20 pt down to 14, at which every word
    // of every name fits its column, so no word breaks ("Świadom-ość").
    let name_w = cw - gap - 2.0 * pad;
    let fits = |style: &TextStyle| {
        map.stages.iter().all(|s| {
            s.name
                .split_whitespace()
                .all(|word| wrap(word, style, name_w).len() <= 1)
        })
    };
    let name_style = [20.0, 18.0, 16.0, 15.0]
        .into_iter()
        .map(|size| TextStyle::new(size).bold())
        .find(|style| fits(style))
        .unwrap_or_else(|| TextStyle::new(OVERVIEW_MIN_PT).bold());
    let label_style = TextStyle::new(18.0).bold();
    let x_of = |i: usize| margin + label_w + i as f32 * cw;
    let names: Vec<_> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            text_block(
                &s.name,
                &name_style,
                theme.stage_ink,
                Point::new(x_of(i) + gap / 2.0 + pad, y + pad),
                name_w,
                Align::Center,
            )
        })
        .collect();
    let header_h = names
        .iter()
        .map(|t| t.bounds.h)
        .fold(name_style.line_advance(), f32::max)
        + 2.0 * pad;
    for (i, name) in names.into_iter().enumerate() {
        let rect = Rect::new(x_of(i) + gap / 2.0, y, cw - gap, header_h);
        items.push(rect_item(rect, theme.stage_fill, 6.0));
        items.push(Item::Text(name));
    }
    y += header_h + gap;

    // Rows of counts, by lane kind, named as the map names its first such lane.
    let shown = |l: &&crate::model::Lane| hidden || !l.hidden;
    let counts: Vec<(&str, Vec<usize>, Rgba)> = [
        (LaneKind::PainPoints, theme.negative),
        (LaneKind::Opportunities, theme.positive),
    ]
    .into_iter()
    .filter_map(|(kind, color)| {
        let lanes: Vec<_> = map
            .lanes
            .iter()
            .filter(shown)
            .filter(|l| l.kind == kind)
            .collect();
        let name = lanes.first()?.name.as_str();
        let per_stage = map
            .stages
            .iter()
            .map(|s| {
                map.cards
                    .iter()
                    .filter(|c| c.stage == s.id && lanes.iter().any(|l| l.id == c.lane))
                    .count()
            })
            .collect();
        Some((name, per_stage, color))
    })
    .collect();
    let count_style = TextStyle::new(30.0).bold();
    let row_h = count_style.line_advance() + 2.0 * pad;
    let rows_h = counts.len() as f32 * (row_h + gap);

    // Stage separators down the band and rows, under the curve and counts.
    let separators = |top: f32, h: f32| {
        (1..n)
            .map(|i| {
                Item::Path(
                    Path::line(Point::new(x_of(i), top), Point::new(x_of(i), top + h))
                        .stroked(Stroke::solid(0.75, theme.grid)),
                )
            })
            .collect::<Vec<_>>()
    };
    let moods = moods(map, hidden);
    if !moods.is_empty() && n > 0 {
        let band_h = (height - margin - y - rows_h - gap).clamp(90.0, 240.0);
        let band = Rect::new(margin + label_w, y, w - label_w, band_h);
        items.push(rect_item(band, theme.band_fill, 6.0));
        items.extend(separators(band.y, band.h));
        let lane = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotions)
            .map_or("", |l| l.name.as_str());
        items.push(Item::Text(text_block(
            lane,
            &label_style,
            theme.ink,
            Point::new(margin, y + pad),
            label_w - 44.0,
            Align::Left,
        )));
        let inset = 14.0;
        let (top, h) = (band.y + inset, band.h - 2.0 * inset);
        let scale_style = TextStyle::new(OVERVIEW_MIN_PT);
        for score in [*EMOTION_RANGE.end(), 0, *EMOTION_RANGE.start()] {
            let sy = score_y(score, top, h);
            items.push(Item::Text(text_block(
                &format!("{score:+}").replace("+0", "0"),
                &scale_style,
                theme.muted,
                Point::new(band.x - 36.0, sy - scale_style.line_advance() / 2.0),
                30.0,
                Align::Center,
            )));
        }
        let zero = score_y(0, top, h);
        items.push(zero_line(band.x, band.w, zero, theme));
        let points: Vec<(Point, i8)> = moods
            .iter()
            .map(|m| {
                (
                    Point::new(x_of(m.stage) + cw * m.across, score_y(m.score, top, h)),
                    m.score,
                )
            })
            .collect();
        items.extend(curve(&points, zero, theme, 7.0));
        y += band_h + gap;
    }
    for (name, per_stage, color) in counts {
        items.push(rect_item(
            Rect::new(margin, y, w, row_h),
            theme.header_fill,
            6.0,
        ));
        items.extend(separators(y, row_h));
        items.push(Item::Text(text_block(
            name,
            &label_style,
            theme.ink,
            Point::new(margin + pad, y + (row_h - label_style.line_advance()) / 2.0),
            label_w - 2.0 * pad,
            Align::Left,
        )));
        for (i, count) in per_stage.into_iter().enumerate() {
            let ink = if count == 0 { theme.muted } else { color };
            items.push(Item::Text(text_block(
                &count.to_string(),
                &count_style,
                ink,
                Point::new(x_of(i), y + pad),
                cw,
                Align::Center,
            )));
        }
        y += row_h + gap;
    }
    let mut scene = Scene {
        width,
        height,
        background: Some(theme.background),
        items,
        ..Scene::default()
    };
    scene.missing_glyphs = super::missing_glyphs(&scene);
    scene
}

/// A stage slide's emotion strip in `rect` ([`STRIP_H`] tall): the stage in the
/// middle half, the stages before and after it in the quarters either side,
/// faded, so the room sees where this stage sits on the journey. Over the band,
/// the neighbours' names and this stage's description; on it, the curve and
/// this stage's points labelled with their text. Empty when none of the three
/// stages has a point.
pub fn emotion_strip(
    map: &Map,
    theme: &Theme,
    stage: usize,
    rect: Rect,
    hidden: bool,
) -> Vec<Item> {
    let moods: Vec<Mood> = moods(map, hidden)
        .into_iter()
        .filter(|m| m.stage + 1 >= stage && m.stage <= stage + 1)
        .collect();
    if moods.is_empty() {
        return Vec::new();
    }
    let style = theme.small;
    let quarter = rect.w / 4.0;
    // Column of stage `i` (only stage - 1 ..= stage + 1 are asked for).
    let column = |i: usize| match i.cmp(&stage) {
        std::cmp::Ordering::Less => (rect.x, quarter),
        std::cmp::Ordering::Equal => (rect.x + quarter, 2.0 * quarter),
        std::cmp::Ordering::Greater => (rect.x + 3.0 * quarter, quarter),
    };
    let mut items = Vec::new();
    let names_h = style.line_advance() + 4.0;
    for i in [stage.checked_sub(1), Some(stage + 1)]
        .into_iter()
        .flatten()
    {
        if let Some(s) = map.stages.get(i) {
            let (x, w) = column(i);
            items.push(line(
                &s.name,
                style,
                theme.muted,
                Point::new(x + 6.0, rect.y),
                w - 12.0,
                if i < stage {
                    Align::Left
                } else {
                    Align::Center
                },
            ));
        }
    }
    let (cx, cw) = column(stage);
    if let Some(s) = map.stages.get(stage) {
        items.push(line(
            &s.description,
            style,
            theme.muted,
            Point::new(cx + 6.0, rect.y),
            cw - 12.0,
            Align::Center,
        ));
    }
    let band = Rect::new(rect.x, rect.y + names_h, rect.w, rect.h - names_h);
    items.push(rect_item(band, theme.band_fill, 6.0));
    items.push(Item::Box(Boxed {
        rect: Rect::new(cx, band.y, cw, band.h),
        radius: 6.0,
        fill: None,
        stroke: Some(Stroke::solid(1.0, theme.grid)),
    }));
    let inset = 8.0;
    let (top, h) = (band.y + inset, band.h - 2.0 * inset);
    let zero = score_y(0, top, h);
    items.push(zero_line(band.x, band.w, zero, theme));
    let points: Vec<(Point, i8)> = moods
        .iter()
        .map(|m| {
            let (x, w) = column(m.stage);
            (
                Point::new(x + w * m.across, score_y(m.score, top, h)),
                m.score,
            )
        })
        .collect();
    items.extend(curve(&points, zero, theme, 7.0));
    // The neighbours fade into the background.
    let fade = theme.background.with_alpha(170);
    for i in [stage.checked_sub(1), Some(stage + 1)]
        .into_iter()
        .flatten()
    {
        let (x, w) = column(i);
        items.push(rect_item(Rect::new(x, band.y, w, band.h), fade, 0.0));
    }
    // This stage's points named: above a point at or below zero, below one
    // above it, where the band has the room.
    let here: Vec<(&Mood, Point)> = moods
        .iter()
        .zip(&points)
        .filter(|(m, _)| m.stage == stage)
        .map(|(m, p)| (m, p.0))
        .collect();
    let label_w = (cw / here.len().max(1) as f32 - 12.0).max(40.0);
    for (mood, at) in here {
        let text = one_line(&mood.card.text, &style, label_w);
        let Some(measured) = wrap(&text, &style, label_w).first().map(|l| l.width) else {
            continue;
        };
        let lh = style.line_advance();
        let ly = if mood.score <= 0 {
            at.y - 10.0 - lh
        } else {
            at.y + 10.0
        };
        let lx = at.x - measured / 2.0;
        items.push(rect_item(
            Rect::new(lx - 4.0, ly, measured + 8.0, lh),
            theme.band_fill.with_alpha(215),
            4.0,
        ));
        items.push(Item::Text(text_block(
            &text,
            &style,
            theme.ink,
            Point::new(lx, ly),
            measured + 1.0,
            Align::Left,
        )));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_shortens_only_what_does_not_fit() {
        let style = TextStyle::new(26.0).bold();
        assert_eq!(one_line("Zakup", &style, 400.0), "Zakup");
        let long = "Rozważanie ofert i porównywanie cen 顾客旅程 ".repeat(5);
        let short = one_line(&long, &style, 400.0);
        assert!(
            short.ends_with('…') && short.starts_with("Rozważanie"),
            "{short}"
        );
        assert_eq!(crate::text::wrap(&short, &style, 400.0).len(), 1);
        assert_eq!(one_line("Pierwsza\ndruga", &style, 400.0), "Pierwsza…");
    }
}
