//! The grid: stage columns (split into sub-step columns), the stage header row,
//! the funnel strip, the per-stage KPI and insight rows, and lane row frames.

use crate::i18n::{format_percent, tr};
use crate::model::{Lane, Map, StageId, StepId};
use crate::scene::{Point, Rect, Stroke, Target};

use super::{Align, Builder, Item, Theme, labels, text_block};

/// One stage column and its sub-step columns, in map points.
#[derive(Clone, PartialEq)]
pub(super) struct Column {
    pub stage: StageId,
    pub x: f32,
    pub w: f32,
    pub steps: Vec<(StepId, f32, f32)>,
}

pub(super) struct Grid {
    pub columns: Vec<Column>,
    /// Left edge of the lane header column.
    pub left: f32,
    /// Right edge of the last stage.
    pub right: f32,
    pub total_width: f32,
}

impl Grid {
    pub fn new(map: &Map, theme: &Theme) -> Grid {
        let left = theme.margin;
        let mut x = left + theme.lane_header_width;
        let columns = map
            .stages
            .iter()
            .map(|stage| {
                let w = theme
                    .stage_width
                    .max(stage.steps.len() as f32 * theme.step_width);
                let step_w = if stage.steps.is_empty() {
                    0.0
                } else {
                    w / stage.steps.len() as f32
                };
                let steps = stage
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s.id.clone(), x + i as f32 * step_w, step_w))
                    .collect();
                let column = Column {
                    stage: stage.id.clone(),
                    x,
                    w,
                    steps,
                };
                x += w;
                column
            })
            .collect();
        let right = x.max(left + theme.lane_header_width + theme.stage_width);
        Grid {
            columns,
            left,
            right,
            total_width: right + theme.margin,
        }
    }

    pub fn column(&self, stage: &StageId) -> Option<&Column> {
        self.columns.iter().find(|c| &c.stage == stage)
    }

    /// Stage names (and descriptions) over their columns, then the step names.
    pub fn stage_headers(&self, out: &mut Builder, map: &Map, top: f32) -> f32 {
        let theme = out.theme;
        let pad = theme.padding;
        let mut blocks = Vec::new();
        for (stage, column) in map.stages.iter().zip(&self.columns) {
            let inner = column.w - 2.0 * pad - theme.gap;
            let name = text_block(
                &stage.name,
                &theme.stage,
                theme.stage_ink,
                Point::new(column.x + theme.gap / 2.0 + pad, top + pad),
                inner,
                Align::Left,
            );
            let desc = text_block(
                &stage.description,
                &theme.small,
                theme.stage_ink,
                Point::new(column.x + theme.gap / 2.0 + pad, name.bounds.bottom() + 2.0),
                inner,
                Align::Left,
            );
            blocks.push((name, desc));
        }
        let bottom = blocks
            .iter()
            .map(|(n, d)| {
                if d.lines.is_empty() {
                    n.bounds.bottom()
                } else {
                    d.bounds.bottom()
                }
            })
            .fold(top + theme.min_row_height / 1.5, f32::max)
            + pad;
        for ((name, desc), column) in blocks.into_iter().zip(&self.columns) {
            let rect = Rect::new(
                column.x + theme.gap / 2.0,
                top,
                column.w - theme.gap,
                bottom - top,
            );
            let from = out.scene.items.len();
            out.boxed(rect, Some(theme.stage_fill), None, theme.radius);
            out.push(Item::Text(name));
            out.push(Item::Text(desc));
            out.hit_items(rect, Target::Stage(column.stage.clone()), from, None);
        }
        let mut y = bottom + theme.gap / 2.0;
        if map.stages.iter().any(|s| !s.steps.is_empty()) {
            let row_h = theme.small.line_advance() * 2.0 + pad;
            for (stage, column) in map.stages.iter().zip(&self.columns) {
                for (step, (id, x, w)) in stage.steps.iter().zip(&column.steps) {
                    let rect = Rect::new(x + 2.0, y, w - 4.0, row_h);
                    let from = out.scene.items.len();
                    out.boxed(rect, Some(theme.header_fill), None, theme.radius / 2.0);
                    let text = text_block(
                        &step.name,
                        &theme.small,
                        theme.ink,
                        Point::new(rect.x + 4.0, y + pad / 2.0),
                        rect.w - 8.0,
                        Align::Center,
                    );
                    out.push(Item::Text(text));
                    let target = Target::Step(stage.id.clone(), id.clone());
                    out.hit_items(rect, target, from, None);
                }
            }
            y += row_h + theme.gap / 2.0;
        }
        y
    }

    /// Drop-off and goal completion under each stage, when the map has them.
    pub fn funnel_strip(&self, out: &mut Builder, map: &Map, top: f32) -> f32 {
        if map
            .stages
            .iter()
            .all(|s| s.drop_off.is_none() && s.goal_completion.is_none())
        {
            return top;
        }
        let theme = out.theme;
        let h = theme.small.line_advance() + 6.0;
        for (stage, column) in map.stages.iter().zip(&self.columns) {
            let mut parts = Vec::new();
            let lang = out.lang;
            let percent = |p: f32| format_percent(lang, f64::from(p));
            if let Some(done) = stage.goal_completion {
                let args = [("percent", percent(done).into())];
                parts.push(tr(lang, "funnel-goal-completion", &args));
            }
            if let Some(drop) = stage.drop_off {
                let args = [("percent", percent(drop).into())];
                parts.push(tr(lang, "funnel-drop-off", &args));
            }
            if parts.is_empty() {
                continue;
            }
            let rect = Rect::new(column.x + theme.gap / 2.0, top, column.w - theme.gap, h);
            out.boxed(rect, Some(theme.header_fill), None, 2.0);
            // A bar whose length is the share the first figure names: of the
            // customers who complete the stage's goal, or else of those lost.
            let bar = match (stage.goal_completion, stage.drop_off) {
                (Some(done), _) => Some((done, theme.positive)),
                (None, Some(drop)) => Some((drop, theme.negative)),
                (None, None) => None,
            };
            if let Some((share, color)) = bar {
                let w = rect.w * (share / 100.0).clamp(0.0, 1.0);
                out.boxed(
                    Rect::new(rect.x, rect.y, w, h),
                    Some(color.with_alpha(FUNNEL_BAR_ALPHA)),
                    None,
                    2.0,
                );
            }
            let text = text_block(
                &parts.join(" · "),
                &theme.small,
                theme.ink,
                Point::new(rect.x + 4.0, top + 3.0),
                rect.w - 8.0,
                Align::Center,
            );
            out.push(Item::Text(text));
        }
        top + h + theme.gap / 2.0
    }

    /// KPI and insight rows under the lanes, from each stage's own figures.
    pub fn stage_facts(&self, out: &mut Builder, map: &Map, top: f32) -> f32 {
        let lang = out.lang;
        let kpis = map.stages.iter().map(|s| {
            s.kpis
                .iter()
                .map(|k| labels::kpi(lang, &k.name, k.value, k.target, &k.unit))
                .collect::<Vec<_>>()
        });
        let kpis: Vec<Vec<String>> = kpis.collect();
        let insights: Vec<Vec<String>> = map.stages.iter().map(|s| s.insights.clone()).collect();
        let mut y = top;
        for (title, rows) in [("row-stage-kpis", kpis), ("row-insights", insights)] {
            if rows.iter().all(Vec::is_empty) {
                continue;
            }
            y = self.text_row(out, &tr(lang, title, &[]), &rows, y);
        }
        y
    }

    /// A row of plain bullet lists, one per stage, under a row title.
    fn text_row(&self, out: &mut Builder, title: &str, rows: &[Vec<String>], top: f32) -> f32 {
        let theme = out.theme;
        let pad = theme.padding;
        let texts: Vec<_> = rows
            .iter()
            .zip(&self.columns)
            .map(|(items, column)| {
                let joined = items
                    .iter()
                    .map(|i| format!("• {i}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                text_block(
                    &joined,
                    &theme.small,
                    theme.ink,
                    Point::new(column.x + pad, top + pad),
                    column.w - 2.0 * pad,
                    Align::Left,
                )
            })
            .collect();
        let content = texts
            .iter()
            .map(|t| t.bounds.bottom() + pad)
            .fold(top + theme.min_row_height * 0.6, f32::max);
        let bottom = self.row_frame(out, title, "", top, content - top);
        for text in texts {
            out.push(Item::Text(text));
        }
        for column in &self.columns {
            let rect = Rect::new(column.x, top, column.w, bottom - top - theme.gap / 2.0);
            out.hit(rect, Target::Facts(column.stage.clone()));
        }
        bottom
    }

    /// Draws a lane's row: the header box at the left, a band across the stages and
    /// the stage separators. Returns the row's bottom edge.
    pub fn lane_frame(&self, out: &mut Builder, lane: &Lane, top: f32, height: f32) -> f32 {
        // The kind under the name, unless the name already says it.
        let lang = out.lang;
        let label = labels::lane_kind(lang, lane.kind);
        // A name that is the kind's word, in the map's language or in English.
        let says_kind = [label.as_str(), lane.kind.label()]
            .iter()
            .any(|l| lane.name.trim().to_lowercase() == l.to_lowercase());
        let kind = match (lane.hidden, says_kind) {
            (true, true) => tr(lang, "lane-hidden", &[]),
            (true, false) => tr(lang, "lane-kind-hidden", &[("kind", label.into())]),
            (false, true) => String::new(),
            (false, false) => label,
        };
        let bottom = self.row_frame(out, &lane.name, &kind, top, height);
        out.hit(
            Rect::new(self.left, top, out.theme.lane_header_width, height),
            Target::Lane(lane.id.clone()),
        );
        bottom
    }

    pub(super) fn row_frame(
        &self,
        out: &mut Builder,
        title: &str,
        subtitle: &str,
        top: f32,
        height: f32,
    ) -> f32 {
        let theme = out.theme;
        let header_w = theme.lane_header_width - theme.gap;
        let name = text_block(
            title,
            &theme.heading,
            theme.ink,
            Point::new(self.left + theme.padding, top + theme.padding),
            header_w - 2.0 * theme.padding,
            Align::Left,
        );
        let kind = text_block(
            subtitle,
            &theme.small,
            theme.muted,
            Point::new(self.left + theme.padding, name.bounds.bottom() + 2.0),
            header_w - 2.0 * theme.padding,
            Align::Left,
        );
        let height = height.max(kind.bounds.bottom() + theme.padding - top);
        let header = Rect::new(self.left, top, header_w, height);
        out.boxed(header, Some(theme.header_fill), None, theme.radius);
        out.boxed(
            Rect::new(
                self.left + theme.lane_header_width,
                top,
                self.right - self.left - theme.lane_header_width,
                height,
            ),
            Some(theme.band_fill),
            None,
            0.0,
        );
        for column in self.columns.iter().skip(1) {
            out.push(Item::Path(
                crate::scene::Path::line(
                    Point::new(column.x, top),
                    Point::new(column.x, top + height),
                )
                .stroked(Stroke::solid(0.75, theme.grid)),
            ));
        }
        out.push(Item::Text(name));
        out.push(Item::Text(kind));
        top + height + theme.gap / 2.0
    }
}

/// How strongly the funnel strip's bar tints the strip.
pub(super) const FUNNEL_BAR_ALPHA: u8 = 60;
