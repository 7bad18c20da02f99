//! The legend under the map: the lane kinds used, the four pain categories, the
//! emotion scale with the moment-of-truth mark, and whose map it is and when.

use std::collections::HashSet;

use crate::model::{Icon, LaneKind, Map, PainCategory};
use crate::scene::{Circle, Item, Point, Rect, Stroke};

use crate::i18n::tr;

use super::labels::{lane_kind, map_kind, pain_category};
use super::{Align, Builder, icons, text_block};

/// Lays the legend out from `top`, `width` wide; returns its bottom edge.
pub(super) fn legend(out: &mut Builder, map: &Map, left: f32, width: f32, top: f32) -> f32 {
    let theme = out.theme;
    let lang = out.lang;
    let pad = theme.padding;
    let mut items: Vec<Item> = Vec::new();
    let title = text_block(
        &tr(lang, "legend", &[]),
        &theme.heading,
        theme.ink,
        Point::new(left + pad, top + pad),
        120.0,
        Align::Left,
    );
    let line_h = theme.small.line_advance().max(14.0);
    let x0 = left + pad + 90.0;
    let mut flow = Flow {
        x: x0,
        y: top + pad + 2.0,
        x0,
        right: left + width - pad,
        line_h,
    };
    let used: HashSet<LaneKind> = map
        .lanes
        .iter()
        .filter(|l| !l.hidden)
        .map(|l| l.kind)
        .collect();
    for kind in LaneKind::ALL
        .into_iter()
        .filter(|k| used.contains(k) && *k != LaneKind::Emotions)
    {
        flow.entry(out, &mut items, &lane_kind(lang, kind), &|r| {
            vec![Item::Box(crate::scene::Boxed {
                rect: r,
                radius: 3.0,
                fill: Some(theme.lane_fill(kind)),
                stroke: Some(Stroke::solid(1.0, theme.lane_accent(kind))),
            })]
        });
    }
    flow.newline();
    for category in PainCategory::ALL {
        flow.entry(
            out,
            &mut items,
            &tr(
                lang,
                "legend-pain",
                &[("category", pain_category(lang, category).into())],
            ),
            &|r| icons::draw(Icon::Alert, r, theme.pain_accent(category)),
        );
    }
    flow.entry(
        out,
        &mut items,
        &tr(lang, "legend-opportunity", &[]),
        &|r| icons::draw(Icon::Idea, r, theme.positive),
    );
    flow.newline();
    for (score, label) in [
        (-3, "legend-negative"),
        (0, "legend-neutral"),
        (3, "legend-positive"),
    ] {
        flow.entry(out, &mut items, &tr(lang, label, &[]), &|r| {
            vec![Item::Circle(Circle {
                center: r.center(),
                radius: 5.0,
                fill: Some(theme.score_color(score)),
                stroke: None,
            })]
        });
    }
    flow.entry(
        out,
        &mut items,
        &tr(lang, "legend-moment-of-truth", &[]),
        &|r| {
            let mut marks = vec![Item::Circle(Circle {
                center: r.center(),
                radius: 6.0,
                fill: None,
                stroke: Some(Stroke::solid(1.5, theme.highlight)),
            })];
            marks.extend(icons::draw(
                Icon::Star,
                Rect::new(r.x + 7.0, r.y - 5.0, 8.0, 8.0),
                theme.highlight,
            ));
            marks
        },
    );
    flow.newline();
    let (right, y) = (flow.right, flow.y);
    let mut whose = Vec::new();
    if !map.persona.name.is_empty() {
        let args = [("name", (&map.persona.name).into())];
        whose.push(tr(lang, "legend-persona", &args));
    }
    if !map.segment.is_empty() {
        let args = [("segment", (&map.segment).into())];
        whose.push(tr(lang, "legend-segment", &args));
    }
    let args = [
        ("kind", map_kind(lang, map.kind).into()),
        ("date", map.updated.to_string().into()),
    ];
    whose.push(tr(lang, "legend-kind-updated", &args));
    let whose = text_block(
        &whose.join("  ·  "),
        &theme.small,
        theme.muted,
        Point::new(x0, y),
        right - x0,
        Align::Left,
    );
    let bottom = whose.bounds.bottom() + pad;
    out.boxed(
        Rect::new(left, top, width, bottom - top),
        Some(theme.background),
        Some(Stroke::solid(1.0, theme.grid)),
        theme.radius,
    );
    out.push(Item::Text(title));
    for item in items {
        out.push(item);
    }
    out.push(Item::Text(whose));
    bottom
}

/// Entries placed left to right, wrapping to a new line at the right edge.
struct Flow {
    x: f32,
    y: f32,
    x0: f32,
    right: f32,
    line_h: f32,
}

impl Flow {
    /// One entry: a mark drawn by `mark` in a 12 pt square, then its label.
    fn entry(
        &mut self,
        out: &Builder,
        items: &mut Vec<Item>,
        label: &str,
        mark: &dyn Fn(Rect) -> Vec<Item>,
    ) {
        let theme = out.theme;
        let measured = text_block(
            label,
            &theme.small,
            theme.ink,
            Point::new(0.0, 0.0),
            1000.0,
            Align::Left,
        );
        let text_w = measured.lines.first().map_or(0.0, |l| l.width);
        let w = 18.0 + text_w + 14.0;
        if self.x + w > self.right && self.x > self.x0 {
            self.newline();
        }
        items.extend(mark(Rect::new(
            self.x,
            self.y + (self.line_h - 12.0) / 2.0,
            12.0,
            12.0,
        )));
        items.push(Item::Text(text_block(
            label,
            &theme.small,
            theme.ink,
            Point::new(self.x + 18.0, self.y),
            text_w + 1.0,
            Align::Left,
        )));
        self.x += w;
    }

    fn newline(&mut self) {
        self.x = self.x0;
        self.y += self.line_h + 6.0;
    }
}
