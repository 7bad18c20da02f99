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

/// What names a scene (`CanvasState::scene_key`: it changes with every edit).
pub type SceneKey = Option<(u64, bool, Option<u64>, Option<u64>)>;

/// The labels of a scene's items, worked out once per scene and language.
#[derive(Default)]
pub struct Labels {
    key: Option<(SceneKey, super::i18n::Language)>,
    /// By the item's index in `scene.hits`; `None` until first in view.
    labels: Vec<Option<Option<(Role, String)>>>,
}

/// Adds one node per canvas item in view, placed where it is drawn; nothing
/// while AccessKit is off (`on`). `scene_key` names the scene (it changes
/// with every edit).
#[allow(clippy::too_many_arguments)]
pub fn nodes(
    ui: &egui::Ui,
    on: bool,
    map: &Map,
    scene: &Scene,
    scene_key: SceneKey,
    labels: &mut Labels,
    view: View,
    place: &dyn Fn(&Target, egui::Rect) -> egui::Rect,
    selected: &dyn Fn(&Target) -> bool,
) {
    if !on {
        return;
    }
    let key = Some((scene_key, super::i18n::language()));
    if labels.key != key || labels.labels.len() != scene.hits.len() {
        labels.key = key;
        labels.labels = vec![None; scene.hits.len()];
    }
    let visible = ui.clip_rect();
    // Cards whose text is drawn as grey bars (under 4 px, see `paint`) are
    // not read out one by one at that zoom; their cells, lanes and stages are.
    let cards_readable = crate::layout::Theme::default().body.size * view.zoom >= 4.0;
    for (hit, label) in scene.hits.iter().zip(labels.labels.iter_mut()) {
        if !cards_readable && matches!(hit.target, Target::Card(_) | Target::EmotionPoint(_)) {
            continue;
        }
        // Where it is seen: a header pinned to the canvas edge is there.
        let rect = place(&hit.target, view.rect_to_screen(hit.rect));
        if !rect.intersects(visible) {
            continue;
        }
        let Some((role, label)) = label.get_or_insert_with(|| describe(map, &hit.target)) else {
            continue;
        };
        let id = egui::Id::unique(("canvas-item", format!("{:?}", hit.target)));
        let response = ui.interact(rect, id, Sense::hover());
        let on = selected(&hit.target);
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(*role, true, label.as_str());
            info.selected = Some(on);
            info
        });
    }
}
