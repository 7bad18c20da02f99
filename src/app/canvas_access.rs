//! The canvas' items in the accessibility tree: every stage, lane, cell, card
//! and emotion point the scene has a hit region for becomes an AccessKit node
//! with a role, a label and its place on screen, so a screen reader (and a
//! kittest scenario) finds "Card: Search — Awareness × Actions" by name. The
//! nodes only sense hover: clicks and drags still go to the canvas, which
//! hit-tests them itself.

use eframe::egui::{self, Role, Sense, WidgetInfo};

use super::i18n::tr;
use crate::model::Map;
use crate::paint::View;
use crate::scene::{Scene, Target};

/// The longest card text a label repeats before it is cut with "…".
const LABEL_CHARS: usize = 40;

/// The accessible role and label of a canvas item (`None`: not announced).
pub fn describe(map: &Map, target: &Target) -> Option<(Role, String)> {
    let stage_name = |id| map.stage(id).map_or_else(String::new, |s| s.name.clone());
    match target {
        Target::Stage(id) => Some((
            Role::ColumnHeader,
            tr!("access-stage", name = stage_name(id)),
        )),
        Target::Lane(id) => {
            let lane = map.lane(id)?;
            Some((
                Role::RowHeader,
                tr!("access-lane", name = lane.name.as_str()),
            ))
        }
        Target::Cell { lane, stage, step } => {
            let step = step
                .as_ref()
                .and_then(|s| map.stage(stage)?.steps.iter().find(|st| &st.id == s))
                .map_or_else(String::new, |s| format!(" / {}", s.name));
            let cell = map.cell_name(lane, stage);
            let (stage_part, lane_part) = cell.split_once(" × ").unwrap_or((&cell, ""));
            Some((
                Role::Cell,
                tr!(
                    "access-cell",
                    stage = stage_part,
                    step = step,
                    lane = lane_part
                ),
            ))
        }
        Target::Card(id) => {
            let card = map.card(id)?;
            Some((
                Role::Button,
                tr!(
                    "access-card",
                    text = short(&card.text),
                    cell = map.cell_name(&card.lane, &card.stage)
                ),
            ))
        }
        Target::EmotionPoint(id) => {
            let card = map.card(id)?;
            let score = match card.details {
                crate::model::Details::Emotion { score, .. } => score,
                _ => 0,
            };
            Some((
                Role::Button,
                tr!(
                    "access-emotion",
                    text = short(&card.text),
                    score = format!("{score:+}"),
                    stage = stage_name(&card.stage)
                ),
            ))
        }
        Target::Title | Target::Persona | Target::Step(..) | Target::Facts(_) => None,
    }
}

/// A card's text for a label: its first line, cut after [`LABEL_CHARS`].
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.is_empty() {
        return tr!("access-empty");
    }
    let mut out: String = line.chars().take(LABEL_CHARS).collect();
    if line.chars().count() > LABEL_CHARS || text.trim().lines().count() > 1 {
        out.push('…');
    }
    out
}

/// Adds one node per canvas item, placed where it is drawn.
pub fn nodes(
    ui: &egui::Ui,
    map: &Map,
    scene: &Scene,
    view: View,
    place: &dyn Fn(&Target, egui::Rect) -> egui::Rect,
    selected: &dyn Fn(&Target) -> bool,
) {
    for hit in &scene.hits {
        let Some((role, label)) = describe(map, &hit.target) else {
            continue;
        };
        // Where it is seen: a header pinned to the canvas edge is there.
        let rect = place(&hit.target, view.rect_to_screen(hit.rect));
        let id = egui::Id::unique(("canvas-item", format!("{:?}", hit.target)));
        let response = ui.interact(rect, id, Sense::hover());
        let on = selected(&hit.target);
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(role, true, &label);
            info.selected = Some(on);
            info
        });
    }
}
