//! Card lanes: cards stacked in their cells, each grown to fit its text, with the
//! typed details (channel, category, owner…) on a line of their own.

use crate::i18n::{Language, format_quantity, tr};
use crate::model::{Card, Details, Icon, Lane, Map};
use crate::scene::{Boxed, Item, Point, Rect, Stroke, Target};

use super::grid::Grid;
use super::{Align, Builder, icons, labels, text_block};

/// Lays out one lane of cards starting at `top`; returns the lane's bottom edge.
pub(super) fn lane(
    out: &mut Builder,
    map: &Map,
    grid: &Grid,
    lane: &Lane,
    top: f32,
    workshop: bool,
) -> f32 {
    let theme = out.theme;
    let gap = theme.gap;
    let mut placed: Vec<(Vec<Item>, Target, Rect)> = Vec::new();
    // This lane's cards by stage, in order: one pass instead of one per cell.
    let mut cells: std::collections::HashMap<&crate::model::StageId, Vec<&Card>> =
        std::collections::HashMap::new();
    for card in map.cards.iter().filter(|c| c.lane == lane.id) {
        cells.entry(&card.stage).or_default().push(card);
    }
    let mut cell_hits: Vec<(Rect, Target)> = Vec::new();
    let mut notes: Vec<Item> = Vec::new();
    let mut bottom = top + theme.min_row_height;
    for (stage, column) in map.stages.iter().zip(&grid.columns) {
        let cards: &[&Card] = cells.get(&stage.id).map_or(&[], Vec::as_slice);
        // Cards without a (known) step span the stage; the rest go in step columns.
        let mut y = top + gap;
        for card in cards.iter().filter(|c| step_slot(column, c).is_none()) {
            let rect = card_items(
                out,
                lane,
                card,
                Point::new(column.x + gap, y),
                column.w - 2.0 * gap,
                &mut placed,
            );
            y = rect.bottom() + gap;
        }
        let spanning_bottom = y;
        cell_hits.push((
            Rect::new(column.x, top, column.w, 0.0),
            Target::Cell {
                lane: lane.id.clone(),
                stage: stage.id.clone(),
                step: None,
            },
        ));
        bottom = bottom.max(y);
        let mut column_bottom = spanning_bottom;
        for (step, x, w) in &column.steps {
            let mut y = spanning_bottom;
            for card in cards.iter().filter(|c| c.step.as_ref() == Some(step)) {
                let rect = card_items(
                    out,
                    lane,
                    card,
                    Point::new(x + gap / 2.0, y),
                    w - gap,
                    &mut placed,
                );
                y = rect.bottom() + gap;
            }
            cell_hits.push((
                Rect::new(*x, spanning_bottom, *w, 0.0),
                Target::Cell {
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                    step: Some(step.clone()),
                },
            ));
            bottom = bottom.max(y);
            column_bottom = column_bottom.max(y);
        }
        if workshop {
            let note = super::workshop::sticky_space(theme, column.x, column.w, column_bottom);
            bottom = bottom.max(note.bottom() + gap);
            notes.push(super::workshop::sticky_item(theme, note));
        }
    }
    let row_bottom = grid.lane_frame(out, lane, top, bottom - top);
    for (rect, target) in cell_hits {
        // Cells reach to the row's bottom, so the empty space below cards is clickable.
        let h = row_bottom - theme.gap / 2.0 - rect.y;
        out.hit(Rect { h, ..rect }, target);
    }
    for note in notes {
        out.push(note);
    }
    for (items, target, rect) in placed {
        let from = out.scene.items.len();
        for item in items {
            out.push(item);
        }
        out.hit_items(rect, target, from, Some(lane.kind));
    }
    row_bottom
}

/// The column a card goes in when its stage has steps; `None` spans the stage.
fn step_slot<'c>(column: &'c super::grid::Column, card: &Card) -> Option<&'c crate::model::StepId> {
    let step = card.step.as_ref()?;
    column
        .steps
        .iter()
        .find(|(id, _, _)| id == step)
        .map(|(id, _, _)| id)
}

/// Builds one card's items at `at`, `width` wide; returns its rectangle.
fn card_items(
    out: &Builder,
    lane: &Lane,
    card: &Card,
    at: Point,
    width: f32,
    placed: &mut Vec<(Vec<Item>, Target, Rect)>,
) -> Rect {
    let theme = out.theme;
    let pad = theme.padding;
    let (fill, accent) = match (&card.details, card.color) {
        (_, Some(color)) => (
            theme.custom_fill(color.into()),
            theme.lane_accent(lane.kind),
        ),
        (Details::Pain { category, .. }, None) => {
            (theme.lane_fill(lane.kind), theme.pain_accent(*category))
        }
        _ => (theme.lane_fill(lane.kind), theme.lane_accent(lane.kind)),
    };
    let icon = card.icon.or(match card.details {
        Details::Pain { .. } => Some(Icon::Alert),
        Details::Opportunity { .. } => Some(Icon::Idea),
        _ => None,
    });
    let indent = if icon.is_some() {
        theme.icon_size + 4.0
    } else {
        0.0
    };
    let inner_w = (width - 2.0 * pad - indent).max(1.0);
    let text = text_block(
        &card.text,
        &theme.body,
        theme.ink,
        Point::new(at.x + pad + indent, at.y + pad),
        inner_w,
        Align::Left,
    );
    let mut bottom = text
        .bounds
        .bottom()
        .max(at.y + pad + theme.body.line_advance());
    let details = details_text(out.lang, card);
    let details = (!details.is_empty()).then(|| {
        let block = text_block(
            &details,
            &theme.small,
            theme.muted,
            Point::new(at.x + pad, bottom + 3.0),
            width - 2.0 * pad,
            Align::Left,
        );
        bottom = block.bounds.bottom();
        block
    });
    let rect = Rect::new(at.x, at.y, width, bottom + pad - at.y);
    let mut items = vec![Item::Box(Boxed {
        rect,
        radius: theme.radius,
        fill: Some(fill),
        stroke: Some(Stroke::solid(1.0, accent)),
    })];
    if let Some(icon) = icon {
        let s = theme.icon_size;
        let icon_rect = Rect::new(
            at.x + pad,
            at.y + pad + (theme.body.line_advance() - s) / 2.0,
            s,
            s,
        );
        items.extend(icons::draw(icon, icon_rect, accent));
    }
    items.push(Item::Text(text));
    if let Some(details) = details {
        items.push(Item::Text(details));
    }
    placed.push((items, Target::Card(card.id.clone()), rect));
    rect
}

/// The typed fields of a card, as the line printed under its text, in `lang`.
pub(super) fn details_text(lang: Language, card: &Card) -> String {
    match &card.details {
        Details::None | Details::Emotion { .. } => String::new(),
        Details::Touchpoint {
            channel,
            presence,
            satisfaction,
        } => {
            let mut parts: Vec<String> = Vec::new();
            if !channel.is_empty() {
                parts.push(channel.clone());
            }
            parts.push(labels::presence(lang, *presence));
            if let Some(s) = satisfaction {
                let s = usize::from((*s).min(5));
                parts.push(format!("{}{}", "★".repeat(s), "☆".repeat(5 - s)));
            }
            parts.join(" · ")
        }
        Details::Pain { category, severity } => labels::pain_facts(lang, *category, *severity),
        Details::Opportunity {
            owner,
            priority,
            status,
            answers,
        } => {
            let mut parts = Vec::new();
            if !owner.is_empty() {
                parts.push(owner.clone());
            }
            parts.push(labels::priority(lang, *priority));
            parts.push(labels::status(lang, *status));
            if !answers.is_empty() {
                parts.push(tr(
                    lang,
                    "answers-pain-points",
                    &[("count", answers.len().into())],
                ));
            }
            parts.join(" · ")
        }
        Details::Task { owner } if owner.is_empty() => String::new(),
        Details::Task { owner } => tr(lang, "task-owner", &[("owner", owner.into())]),
        Details::Metric {
            value,
            target,
            unit,
        } => {
            let value = value.map(|v| format_quantity(lang, v, unit));
            let target = target.map(|t| labels::target_text(lang, t, unit));
            [value, target]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" / ")
        }
    }
}
