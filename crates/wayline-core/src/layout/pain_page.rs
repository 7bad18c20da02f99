//! The pain-point page for workshops: every pain point, where it hurts, how bad
//! it is, and the opportunities (with owner, priority and status) that answer it.
//! Unanswered pain points stand out in red.

use crate::i18n::tr;
use crate::model::{Map, PainFilter, pain_report};
use crate::scene::{Rect, Scene, Stroke};

use super::labels::{opportunity_summary, pain_facts};
use super::{Align, Builder, Item, Point, Theme, text_block};

/// Width of the page's table, in points (an A4 landscape page at a little over 1:1).
const WIDTH: f32 = 1000.0;

/// A scene of its own, exported as an extra page after the map.
pub fn pain_page(map: &Map, theme: &Theme) -> Scene {
    let lang = map.language();
    let theme = &theme.for_language(lang);
    let mut out = Builder {
        theme,
        lang,
        workshop: false,
        scene: Scene {
            width: WIDTH,
            background: Some(theme.background),
            ..Scene::default()
        },
    };
    let m = theme.margin;
    let rows = pain_report(map, &PainFilter::default());
    let unanswered = rows.iter().filter(|r| !r.is_answered()).count();
    let title = text_block(
        &tr(lang, "pain-page-title", &[("title", (&map.title).into())]),
        &theme.title,
        theme.ink,
        Point::new(m, m),
        WIDTH - 2.0 * m,
        Align::Left,
    );
    let sub = text_block(
        &tr(
            lang,
            "pain-page-summary",
            &[
                ("count", rows.len().into()),
                ("answered", (rows.len() - unanswered).into()),
                ("unanswered", unanswered.into()),
            ],
        ),
        &theme.body,
        if unanswered > 0 {
            theme.negative
        } else {
            theme.muted
        },
        Point::new(m, title.bounds.bottom() + 2.0),
        WIDTH - 2.0 * m,
        Align::Left,
    );
    let mut y = sub.bounds.bottom() + theme.gap * 2.0;
    out.push(Item::Text(title));
    out.push(Item::Text(sub));
    let columns = [
        (m, 150.0, tr(lang, "pain-page-stage", &[])),
        (m + 150.0, 380.0, tr(lang, "pain-page-pain-point", &[])),
        (
            m + 530.0,
            WIDTH - 2.0 * m - 530.0,
            tr(lang, "pain-page-answered-by", &[]),
        ),
    ];
    let pad = theme.padding;
    let head_h = theme.heading.line_advance() + 2.0 * pad;
    out.boxed(
        Rect::new(m, y, WIDTH - 2.0 * m, head_h),
        Some(theme.stage_fill),
        None,
        theme.radius,
    );
    for (x, w, label) in &columns {
        let (x, w) = (*x, *w);
        out.push(Item::Text(text_block(
            label,
            &theme.heading,
            theme.stage_ink,
            Point::new(x + pad, y + pad),
            w - 2.0 * pad,
            Align::Left,
        )));
    }
    y += head_h + 2.0;
    for row in &rows {
        let stage = text_block(
            row.stage,
            &theme.body,
            theme.ink,
            Point::new(columns[0].0 + pad, y + pad),
            columns[0].1 - 2.0 * pad,
            Align::Left,
        );
        let pain = text_block(
            &row.pain.text,
            &theme.body,
            theme.ink,
            Point::new(columns[1].0 + pad, y + pad),
            columns[1].1 - 2.0 * pad,
            Align::Left,
        );
        let facts = text_block(
            &pain_facts(lang, row.category, row.severity),
            &theme.small,
            theme.pain_accent(row.category),
            Point::new(columns[1].0 + pad, pain.bounds.bottom() + 2.0),
            columns[1].1 - 2.0 * pad,
            Align::Left,
        );
        let answers_text = if row.answers.is_empty() {
            tr(lang, "pain-page-unanswered", &[])
        } else {
            row.answers
                .iter()
                .map(|o| format!("• {}\n  {}", o.text, opportunity_summary(lang, o)))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let answers = text_block(
            &answers_text,
            &theme.body,
            if row.answers.is_empty() {
                theme.negative
            } else {
                theme.ink
            },
            Point::new(columns[2].0 + pad, y + pad),
            columns[2].1 - 2.0 * pad,
            Align::Left,
        );
        let bottom = [
            stage.bounds.bottom(),
            facts.bounds.bottom(),
            answers.bounds.bottom(),
        ]
        .into_iter()
        .fold(y, f32::max)
            + pad;
        let fill = if row.answers.is_empty() {
            theme.negative.with_alpha(28)
        } else {
            theme.band_fill
        };
        let from = out.scene.items.len();
        out.boxed(
            Rect::new(m, y, WIDTH - 2.0 * m, bottom - y),
            Some(fill),
            Some(Stroke::solid(0.75, theme.grid)),
            0.0,
        );
        for t in [stage, pain, facts, answers] {
            out.push(Item::Text(t));
        }
        out.hit_items(
            Rect::new(m, y, WIDTH - 2.0 * m, bottom - y),
            crate::scene::Target::Card(row.pain.id.clone()),
            from,
            Some(crate::model::LaneKind::PainPoints),
        );
        y = bottom + 2.0;
    }
    if rows.is_empty() {
        out.push(Item::Text(text_block(
            &tr(lang, "pain-page-none", &[]),
            &theme.body,
            theme.muted,
            Point::new(m, y + pad),
            400.0,
            Align::Left,
        )));
        y += 40.0;
    }
    out.scene.height = y + m;
    out.scene
}
