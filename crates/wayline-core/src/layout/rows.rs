//! Lane rows kept between layouts for the editor: a row is reused, only moved
//! up or down, while its lane, its cards and the stage columns are unchanged.
//! Nothing else in a row depends on the rest of the map but its language.

use std::collections::HashMap;

use crate::i18n::Language;
use crate::model::{Card, Lane, LaneId, Map};
use crate::scene::{EmotionScale, Hit, Item};

use super::grid::{Column, Grid};
use super::{Builder, lane_row};

/// What one lane's row was laid out from, and what it produced.
struct Row {
    /// The map's language: the words of the kind, details and moments.
    lang: Language,
    lane: Lane,
    cards: Vec<Card>,
    columns: Vec<Column>,
    top: f32,
    bottom: f32,
    /// Where the row's items started in the scene it was laid out in (its
    /// hits' item ranges count from the scene's start).
    first_item: usize,
    items: Vec<Item>,
    hits: Vec<Hit>,
    scales: Vec<EmotionScale>,
}

impl Row {
    fn still_valid(&self, lang: Language, cards: &[&Card], grid: &Grid, lane: &Lane) -> bool {
        self.lang == lang
            && self.lane == *lane
            && self.columns == grid.columns
            && self.cards.len() == cards.len()
            && self.cards.iter().zip(cards).all(|(a, b)| a == *b)
    }
}

#[derive(Default)]
pub(super) struct Rows {
    rows: HashMap<LaneId, Row>,
}

/// The map's cards by lane, in map order: one pass over the cards per layout.
pub(super) fn cards_by_lane(map: &Map) -> HashMap<&LaneId, Vec<&Card>> {
    let mut by_lane: HashMap<&LaneId, Vec<&Card>> = HashMap::new();
    for card in &map.cards {
        by_lane.entry(&card.lane).or_default().push(card);
    }
    by_lane
}

impl Rows {
    /// Lays out (or reuses) one lane's row from `top`; returns its bottom edge.
    pub fn lane(
        &mut self,
        out: &mut Builder,
        map: &Map,
        cards: &[&Card],
        grid: &Grid,
        lane: &Lane,
        top: f32,
    ) -> f32 {
        if let Some(row) = self.rows.get(&lane.id)
            && row.still_valid(out.lang, cards, grid, lane)
        {
            let dy = top - row.top;
            let base = out.scene.items.len();
            out.scene.items.extend(row.items.iter().map(|item| {
                let mut item = item.clone();
                item.translate(0.0, dy);
                item
            }));
            out.scene.hits.extend(row.hits.iter().map(|hit| Hit {
                rect: hit.rect.offset(0.0, dy),
                target: hit.target.clone(),
                items: hit.items.start - row.first_item + base
                    ..hit.items.end - row.first_item + base,
                kind: hit.kind,
            }));
            out.scene
                .emotion_scales
                .extend(row.scales.iter().map(|s| EmotionScale {
                    lane: s.lane.clone(),
                    rect: s.rect.offset(0.0, dy),
                    top_y: s.top_y + dy,
                    bottom_y: s.bottom_y + dy,
                }));
            return row.bottom + dy;
        }
        let (items, hits, scales) = (
            out.scene.items.len(),
            out.scene.hits.len(),
            out.scene.emotion_scales.len(),
        );
        let bottom = lane_row(out, map, grid, lane, top);
        let row = Row {
            lang: out.lang,
            lane: lane.clone(),
            cards: cards.iter().map(|&c| c.clone()).collect(),
            columns: grid.columns.clone(),
            top,
            bottom,
            first_item: items,
            items: out.scene.items[items..].to_vec(),
            hits: out.scene.hits[hits..].to_vec(),
            scales: out.scene.emotion_scales[scales..].to_vec(),
        };
        self.rows.insert(lane.id.clone(), row);
        bottom
    }

    /// Forgets the rows of lanes that are gone.
    pub fn keep_only(&mut self, lanes: &[Lane]) {
        self.rows.retain(|id, _| lanes.iter().any(|l| &l.id == id));
    }
}
