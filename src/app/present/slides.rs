//! The slide list of presentation mode: the overview, each stage (split when
//! tall), then each pain point with the opportunities that answer it. Pure
//! geometry from the hit regions of a laid-out scene; no drawing, no input.

use crate::app::i18n::tr;
use crate::layout::Theme;
use crate::model::{CardId, Details, StageId};
use crate::scene::{self, Scene, Target};

/// The most lines of body text a slide is tall: body text is then at least 1/45
/// of the screen's height (17 px on a 900 px screen, 21 px at 1080).
const MAX_LINES: f32 = 45.0;

/// What one slide shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Slide {
    /// The whole map.
    Overview,
    /// One stage's column, header to last lane.
    Stage(StageId),
    /// A pain-point card in its cell.
    Pain(CardId),
    /// An opportunity card in its cell.
    Opportunity(CardId),
}

/// A slide with where it is on the map (map points).
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub slide: Slide,
    /// What the camera fits on screen.
    pub target: scene::Rect,
    /// What stays lit; everything else is dimmed. `None` lights the whole map.
    pub spotlight: Option<scene::Rect>,
    /// The footer's words, e.g. "Stage 2 of 5 — Consideration".
    pub caption: String,
    /// The most the camera zooms in for this slide.
    pub max_zoom: f32,
}

/// The slides of a map: the overview, each stage, then each pain point followed
/// by the opportunities that answer it, then the opportunities that answer none.
///
/// Pain points lead because a meeting follows "here is what hurts, here is what we
/// will do about it": each answer comes right after its problem, and a pain point
/// with nothing after it is visibly unanswered. An opportunity answering several
/// pain points comes after the first of them only.
pub fn slides(map: &crate::model::Map, scene: &Scene) -> Vec<Placed> {
    let mut out = vec![Placed {
        slide: Slide::Overview,
        target: whole(scene),
        spotlight: None,
        caption: tr!("slide-overview", title = map.title.as_str()),
        max_zoom: 4.0,
    }];
    let stages: Vec<(&crate::model::Stage, scene::Rect)> = map
        .stages
        .iter()
        .filter_map(|s| Some((s, stage_column(scene, &s.id)?)))
        .collect();
    for (i, (stage, column)) in stages.iter().enumerate() {
        let parts = with_content(scene, stage, split_column(scene, &stage.id, *column));
        for (j, part) in parts.iter().enumerate() {
            let of_parts = if parts.len() > 1 {
                format!(" ({}/{})", j + 1, parts.len())
            } else {
                String::new()
            };
            out.push(Placed {
                slide: Slide::Stage(stage.id.clone()),
                target: *part,
                spotlight: Some(*part),
                caption: tr!(
                    "slide-stage",
                    number = i + 1,
                    total = stages.len(),
                    name = stage.name.as_str()
                ) + &of_parts,
                // Every part of every stage at about the same type size.
                max_zoom: 3.0,
            });
        }
    }

    // Cards in map order: by stage, then top to bottom.
    let in_order = |pick: fn(&Details) -> bool| {
        let mut cards: Vec<(&crate::model::Card, usize, scene::Rect)> = map
            .cards
            .iter()
            .filter(|c| pick(&c.details))
            .filter_map(|c| {
                let rect = scene.hit_rect(&Target::Card(c.id.clone()))?;
                Some((c, map.stage_index(&c.stage)?, rect))
            })
            .collect();
        cards.sort_by(|a, b| {
            (a.1, a.2.y, a.2.x)
                .partial_cmp(&(b.1, b.2.y, b.2.x))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        cards
    };
    let pains = in_order(|d| matches!(d, Details::Pain { .. }));
    let opportunities = in_order(|d| matches!(d, Details::Opportunity { .. }));
    let answers = |o: &crate::model::Card, pain: &CardId| matches!(&o.details, Details::Opportunity { answers, .. } if answers.contains(pain));
    let mut shown: std::collections::HashSet<&CardId> = std::collections::HashSet::new();
    let mut order = Vec::new();
    for (pain, _, _) in &pains {
        order.push((true, *pain));
        for (o, _, _) in &opportunities {
            if answers(o, &pain.id) && shown.insert(&o.id) {
                order.push((false, *o));
            }
        }
    }
    for (o, _, _) in &opportunities {
        if shown.insert(&o.id) {
            order.push((false, *o));
        }
    }
    let (mut pain_n, mut opportunity_n) = (0, 0);
    for (is_pain, card) in order {
        let Some(rect) = scene.hit_rect(&Target::Card(card.id.clone())) else {
            continue;
        };
        let stage = map.stage(&card.stage).map_or("", |s| s.name.as_str());
        let (slide, caption) = if is_pain {
            pain_n += 1;
            (
                Slide::Pain(card.id.clone()),
                tr!(
                    "slide-pain",
                    number = pain_n,
                    total = pains.len(),
                    stage = stage
                ),
            )
        } else {
            opportunity_n += 1;
            (
                Slide::Opportunity(card.id.clone()),
                tr!(
                    "slide-opportunity",
                    number = opportunity_n,
                    total = opportunities.len(),
                    stage = stage
                ) + &answering(map, card),
            )
        };
        out.push(Placed {
            slide,
            target: card_frame(scene, rect),
            spotlight: Some(rect),
            caption,
            max_zoom: 3.5,
        });
    }
    out
}

/// " · answers “…”" naming the first pain point an opportunity answers, so the
/// room hears which problem it is for.
fn answering(map: &crate::model::Map, card: &crate::model::Card) -> String {
    let Details::Opportunity { answers, .. } = &card.details else {
        return String::new();
    };
    let mut pains = answers.iter().filter_map(|id| map.card(id));
    let Some(first) = pains.next() else {
        return String::new();
    };
    let text: String = first.text.lines().next().unwrap_or_default().to_owned();
    let short = if text.chars().count() > 48 {
        format!("{}…", text.chars().take(47).collect::<String>())
    } else {
        text
    };
    let answers = tr!("slide-answers", pain = short, more = pains.count());
    format!(" · {answers}")
}

/// The whole map.
pub(super) fn whole(scene: &Scene) -> scene::Rect {
    scene::Rect::new(0.0, 0.0, scene.width.max(1.0), scene.height.max(1.0))
}

/// A stage's column: its header down to the bottom of its last lane (or of its
/// KPI and insight rows).
pub fn stage_column(scene: &Scene, id: &StageId) -> Option<scene::Rect> {
    let header = scene.hit_rect(&Target::Stage(id.clone()))?;
    let bottom = scene
        .hits
        .iter()
        .filter(|h| match &h.target {
            Target::Cell { stage, .. } | Target::Facts(stage) => stage == id,
            _ => false,
        })
        .map(|h| h.rect.bottom())
        .fold(header.bottom(), f32::max);
    Some(scene::Rect::new(
        header.x,
        header.y,
        header.w,
        bottom - header.y,
    ))
}

/// A column cut at lane boundaries into parts short enough to read: a whole
/// column of a real map fitted to a screen puts its text at a few pixels, so a
/// stage takes as many slides as it needs for [`MAX_LINES`] lines of body text.
fn split_column(scene: &Scene, id: &StageId, column: scene::Rect) -> Vec<scene::Rect> {
    let max_h = MAX_LINES * Theme::light().body.size;

    let mut cuts: Vec<f32> = scene
        .hits
        .iter()
        .filter_map(|h| match &h.target {
            Target::Lane(_) => Some(h.rect.y),
            Target::Facts(stage) if stage == id => Some(h.rect.y),
            _ => None,
        })
        .filter(|&y| y > column.y + 1.0 && y < column.bottom() - 1.0)
        .collect();
    cuts.sort_by(f32::total_cmp);
    cuts.push(column.bottom());
    let mut parts = Vec::new();
    let mut top = column.y;
    while top < column.bottom() - 1.0 {
        // The furthest lane boundary that still fits, or a cut inside a lane taller
        // than a screen.
        let end = cuts
            .iter()
            .copied()
            .rfind(|&y| y > top + 1.0 && y - top <= max_h)
            .unwrap_or((top + max_h).min(column.bottom()));
        parts.push(scene::Rect::new(column.x, top, column.w, end - top));
        top = end;
    }
    parts
}

/// A column's parts with a part that shows no card or emotion point (the empty
/// lower lanes of a small map, KPI names without values) joined to the part
/// above it, or, at the top, to the part below: it is no slide of its own, and
/// what little it shows stays in view.
fn with_content(
    scene: &Scene,
    stage: &crate::model::Stage,
    parts: Vec<scene::Rect>,
) -> Vec<scene::Rect> {
    // KPI names and targets without a value yet are a plan, not findings.
    let facts = !stage.insights.is_empty() || stage.kpis.iter().any(|k| k.value.is_some());
    let shows = |part: &scene::Rect| {
        scene.hits.iter().any(|h| {
            let content = match h.target {
                Target::Card(_) | Target::EmotionPoint(_) => true,
                Target::Facts(_) => facts,
                _ => false,
            };
            content && h.rect.overlaps(part)
        })
    };
    let mut kept: Vec<scene::Rect> = Vec::new();
    // Leading parts with nothing to show (the stage header above a lane too
    // tall to go with it) wait for the first part that has something.
    let mut pending: Option<scene::Rect> = None;
    for part in parts {
        let part = match pending.take() {
            Some(above) => scene::Rect::new(part.x, above.y, part.w, part.bottom() - above.y),
            None => part,
        };
        if shows(&part) {
            kept.push(part);
        } else if let Some(last) = kept.last_mut() {
            *last = scene::Rect::new(last.x, last.y, last.w, part.bottom() - last.y);
        } else {
            pending = Some(part);
        }
    }
    // A stage with nothing at all is one slide of its header.
    kept.extend(pending);
    kept
}

/// What the camera shows of a card: its cell, trimmed to a band around the card
/// when the cell is tall, so the card's text comes out large.
fn card_frame(scene: &Scene, card: scene::Rect) -> scene::Rect {
    let cell = scene
        .hits
        .iter()
        .find(|h| matches!(h.target, Target::Cell { .. }) && h.rect.encloses(&card, 1.0))
        .map_or(card, |h| h.rect);
    let context = card.h.max(60.0);
    let top = cell.y.max(card.y - context);
    let bottom = cell.bottom().min(card.bottom() + context);
    scene::Rect::new(cell.x, top, cell.w, bottom - top)
}
