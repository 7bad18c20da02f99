//! Change marks drawn over a laid-out map while comparing it with an older
//! version: added items outlined green, edited ones amber, moved cards with an
//! arrow badge, removed cards as faded ghost cards with a dashed red outline in
//! their old cell, and the old emotion curve dashed under the new one. A ghost
//! is a card of the map laid out ([`with_ghosts`]), so layout makes room for it
//! as for any card and it never covers one. Also the
//! conflict marks (red double outline and "!" badge) of a merged map. All of it
//! is ordinary scene items placed from the new scene's hit regions, so the canvas
//! and the "what changed" PDF draw the same marks. The hover texts for the
//! editor come with them as [`Mark`]s.

use std::collections::HashSet;

use crate::diff::{Change, ChangeKind};
use crate::i18n::{Language, quote_cut, tr};
use crate::model::{Card, CardId, Details, ItemRef, LaneId, Map};
use crate::scene::{Boxed, Circle, Item, Path, Point, Rect, Rgba, Scene, Stroke, Target};

use super::emotion::smooth_curve;
use super::{Align, Theme, text_block};

pub const ADDED: Rgba = Rgba::rgb(0x2e, 0x9e, 0x4f);
pub const REMOVED: Rgba = Rgba::rgb(0xd6, 0x45, 0x45);
pub const EDITED: Rgba = Rgba::rgb(0xe0, 0x9b, 0x1a);
pub const MOVED: Rgba = Rgba::rgb(0x3b, 0x6f, 0xd6);
pub const CONFLICT: Rgba = Rgba::rgb(0xc6, 0x1f, 0x3a);

/// A marked region and what a pointer hovering it should read.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub rect: Rect,
    pub item: ItemRef,
    pub kind: ChangeKind,
    /// "Was: …", "Moved from Purchase × Actions", "Removed: …".
    pub tip: String,
}

/// What the compare view draws over the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overlay {
    pub items: Vec<Item>,
    /// Hover regions, ghosts (kind `Removed`) included.
    pub marks: Vec<Mark>,
    /// Emotion lanes whose old curve is drawn (a score or point changed).
    pub old_curves: Vec<LaneId>,
}

impl Overlay {
    /// The ghost cards: removed cards drawn in their old cell.
    pub fn ghosts(&self) -> impl Iterator<Item = &Mark> {
        self.marks.iter().filter(|m| m.kind == ChangeKind::Removed)
    }

    /// The mark under a point, ghosts first.
    pub fn mark_at(&self, p: Point) -> Option<&Mark> {
        self.ghosts()
            .find(|m| m.rect.contains(p))
            .or_else(|| self.marks.iter().rev().find(|m| m.rect.contains(p)))
    }
}

/// The map the compare view lays out: `new` with every removed card put back
/// in its old cell, after the card that came before it there, its text marked
/// "Removed: …". Layout then makes room for it as for any card. Emotion points
/// are left out (the old curve shows them), and so are cards whose lane or
/// stage is gone. `None` when there is no ghost to show.
pub fn with_ghosts(old: &Map, new: &Map, changes: &[Change]) -> Option<Map> {
    let removed: HashSet<&CardId> = removed_cards(changes).collect();
    let mut map = new.clone();
    let mut any = false;
    for (i, card) in old.cards.iter().enumerate() {
        if !removed.contains(&card.id)
            || matches!(card.details, Details::Emotion { .. })
            || new.lane(&card.lane).is_none()
            || new.stage(&card.stage).is_none()
        {
            continue;
        }
        let same_cell = |c: &Card| c.lane == card.lane && c.stage == card.stage;
        let index = old.cards[..i]
            .iter()
            .rev()
            .filter(|c| same_cell(c))
            .find_map(|c| map.cards.iter().position(|m| m.id == c.id))
            .map(|p| p + 1)
            .or_else(|| map.cards.iter().position(same_cell))
            .unwrap_or(map.cards.len());
        let mut ghost = card.clone();
        let lang = new.language();
        let text = quote_cut(lang, &card.text, 60);
        ghost.text = tr(lang, "change-removed", &[("text", text.into())]);
        map.cards.insert(index, ghost);
        any = true;
    }
    any.then_some(map)
}

fn removed_cards(changes: &[Change]) -> impl Iterator<Item = &CardId> {
    changes.iter().filter_map(|c| match (c.kind, &c.item) {
        (ChangeKind::Removed, ItemRef::Card(id)) => Some(id),
        _ => None,
    })
}

/// Marks for the changes from `old` to `new` (`changes` is `diff(old, new)`),
/// placed on `scene`, the layout of [`with_ghosts`] (or of `new` when that is
/// `None`). The ghosts' hit regions leave the scene and become marks, so no
/// click on the canvas selects a card the open map does not have.
pub fn overlay(
    old: &Map,
    new: &Map,
    scene: &mut Scene,
    changes: &[Change],
    theme: &Theme,
) -> Overlay {
    let mut out = Overlay::default();
    // One mark per item: its strongest kind and all its lines of explanation.
    let lang = new.language();
    let mut per_item: Vec<(ItemRef, ChangeKind, Vec<String>, bool)> = Vec::new();
    let mut removed_cards = Vec::new();
    for c in changes {
        if let (ChangeKind::Removed, ItemRef::Card(id)) = (c.kind, &c.item) {
            removed_cards.push(id.clone());
            continue;
        }
        if c.field.as_deref() == Some("conflicts") {
            continue;
        }
        let line = tip_line(lang, c, old);
        let moved = matches!(c.kind, ChangeKind::Moved | ChangeKind::Reordered);
        match per_item.iter_mut().find(|(i, _, _, _)| *i == c.item) {
            Some((_, kind, lines, any_moved)) => {
                *kind = stronger(*kind, c.kind);
                lines.push(line);
                *any_moved |= moved;
            }
            None => per_item.push((c.item.clone(), c.kind, vec![line], moved)),
        }
    }
    for (item, kind, lines, moved) in per_item {
        let Some(rect) = item_rect(scene, &item) else {
            continue;
        };
        let color = match kind {
            ChangeKind::Added => ADDED,
            ChangeKind::Moved | ChangeKind::Reordered => MOVED,
            _ => EDITED,
        };
        out.items.push(outline(rect.shrink(-3.0), color, 2.5, None));
        if moved {
            out.items.extend(arrow_badge(rect));
        }
        out.marks.push(Mark {
            rect,
            item,
            kind,
            tip: lines.join("\n"),
        });
    }
    ghosts(&mut out, lang, old, scene, &removed_cards, theme);
    old_curves(&mut out, old, new, scene, theme);
    out
}

/// Which kind the single mark of an item with several changes shows.
fn stronger(a: ChangeKind, b: ChangeKind) -> ChangeKind {
    let rank = |k| match k {
        ChangeKind::Added => 3,
        ChangeKind::Moved => 2,
        ChangeKind::Reordered => 1,
        _ => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// One line of hover text for a change.
fn tip_line(lang: Language, c: &Change, old: &Map) -> String {
    match (c.kind, &c.item) {
        (ChangeKind::Added, _) => tr(lang, "change-added", &[]),
        (ChangeKind::Moved, ItemRef::Card(id)) => match old.card(id) {
            Some(card) => {
                let cell = old.cell_name(&card.lane, &card.stage);
                tr(lang, "change-moved-from", &[("cell", cell.into())])
            }
            None => tr(lang, "change-moved", &[]),
        },
        (ChangeKind::Reordered, _) => tr(lang, "change-moved-within", &[]),
        (_, _) if c.field.as_deref() == Some("text") => {
            let was = c.old.as_deref().unwrap_or("");
            tr(lang, "change-was", &[("old", was.into())])
        }
        _ => c.description.clone(),
    }
}

/// Where an item is drawn in the scene (cards also as emotion points).
pub fn item_rect(scene: &Scene, item: &ItemRef) -> Option<Rect> {
    match item {
        ItemRef::Map => scene.hit_rect(&Target::Title),
        ItemRef::Persona => scene.hit_rect(&Target::Persona),
        ItemRef::Stage(id) => scene.hit_rect(&Target::Stage(id.clone())),
        ItemRef::Lane(id) => scene.hit_rect(&Target::Lane(id.clone())),
        ItemRef::Card(id) => scene
            .hit_rect(&Target::Card(id.clone()))
            .or_else(|| scene.hit_rect(&Target::EmotionPoint(id.clone()))),
    }
}

fn outline(rect: Rect, color: Rgba, width: f32, dash: Option<(f32, f32)>) -> Item {
    Item::Box(Boxed {
        rect,
        radius: 6.0,
        fill: None,
        stroke: Some(Stroke { width, color, dash }),
    })
}

/// A small blue disc with a white arrow at the top right of `rect`.
fn arrow_badge(rect: Rect) -> Vec<Item> {
    let c = Point::new(rect.right() - 2.0, rect.y + 2.0);
    let white = Rgba::WHITE;
    let stroke = Stroke::solid(1.6, white);
    vec![
        Item::Circle(Circle {
            center: c,
            radius: 8.0,
            fill: Some(MOVED),
            stroke: Some(Stroke::solid(1.0, white)),
        }),
        Item::Path(Path::line(c.offset(-4.5, 0.0), c.offset(4.5, 0.0)).stroked(stroke)),
        Item::Path(
            Path::polyline(
                &[c.offset(1.0, -3.5), c.offset(4.5, 0.0), c.offset(1.0, 3.5)],
                false,
            )
            .unwrap_or_else(|| Path::line(c, c))
            .stroked(stroke),
        ),
    ]
}

/// Removed cards as ghosts: a faded wash and a dashed red outline over the
/// ghost cards [`with_ghosts`] put in the scene, whose hit regions they take.
fn ghosts(
    out: &mut Overlay,
    lang: Language,
    old: &Map,
    scene: &mut Scene,
    removed: &[CardId],
    theme: &Theme,
) {
    let removed: HashSet<&CardId> = removed.iter().collect();
    let mut kept = Vec::with_capacity(scene.hits.len());
    for hit in std::mem::take(&mut scene.hits) {
        let card = match &hit.target {
            Target::Card(id) if removed.contains(id) => old.card(id),
            _ => None,
        };
        let Some(card) = card else {
            kept.push(hit);
            continue;
        };
        out.items.push(Item::Box(Boxed {
            rect: hit.rect,
            radius: theme.radius,
            fill: Some(Rgba::WHITE.with_alpha(170)),
            stroke: Some(Stroke::dashed(1.5, REMOVED, 5.0, 3.0)),
        }));
        let cell = old.cell_name(&card.lane, &card.stage);
        out.marks.push(Mark {
            rect: hit.rect,
            item: ItemRef::Card(card.id.clone()),
            kind: ChangeKind::Removed,
            tip: format!(
                "{}\n{}",
                tr(lang, "change-removed-from", &[("cell", cell.into())]),
                card.text
            ),
        });
    }
    scene.hits = kept;
}

/// The points of an emotion lane of `map` placed on `scene`'s columns and scale.
fn curve_points(map: &Map, scene: &Scene, lane: &LaneId, gap: f32) -> Vec<Point> {
    let Some(scale) = scene.emotion_scales.iter().find(|s| &s.lane == lane) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for slot in map.emotion_slots(lane) {
        let n = slot.len();
        let (stage, step) = (&slot[0].stage, &slot[0].step);
        let column = step
            .as_ref()
            .and_then(|step| scene.hit_rect(&Target::Step(stage.clone(), step.clone())))
            .map(|r| (r.x - 2.0, r.w + 4.0))
            .or_else(|| {
                scene
                    .hit_rect(&Target::Stage(stage.clone()))
                    .map(|r| (r.x - gap / 2.0, r.w + gap))
            });
        if let Some((x, w)) = column {
            for (k, card) in slot.into_iter().enumerate() {
                if let Details::Emotion { score, .. } = card.details {
                    out.push(Point::new(
                        x + w * (k as f32 + 0.5) / n as f32,
                        scale.y_for(score.clamp(
                            *crate::model::EMOTION_RANGE.start(),
                            *crate::model::EMOTION_RANGE.end(),
                        )),
                    ));
                }
            }
        }
    }
    out.sort_by(|a, b| a.x.total_cmp(&b.x));
    out
}

/// The old curve, dashed, for each emotion lane whose points changed.
fn old_curves(out: &mut Overlay, old: &Map, new: &Map, scene: &Scene, theme: &Theme) {
    let gap = theme.gap;
    for scale in &scene.emotion_scales {
        let before = curve_points(old, scene, &scale.lane, gap);
        let now = curve_points(new, scene, &scale.lane, gap);
        if before == now || before.is_empty() {
            continue;
        }
        // Under the new curve: the new scene's curve is drawn already, so the
        // dashed line stays thin and light enough to read both.
        if let Some(curve) = smooth_curve(&before) {
            out.items.push(Item::Path(curve.stroked(Stroke::dashed(
                2.0,
                REMOVED.with_alpha(190),
                6.0,
                4.0,
            ))));
        }
        for p in &before {
            out.items.push(Item::Circle(Circle {
                center: *p,
                radius: 4.0,
                fill: Some(Rgba::WHITE),
                stroke: Some(Stroke::solid(1.5, REMOVED.with_alpha(190))),
            }));
        }
        out.old_curves.push(scale.lane.clone());
    }
}

/// Red double outlines and a "!" badge on every item with an unresolved merge
/// conflict, with the conflict's description as the hover text.
pub fn conflict_marks(map: &Map, scene: &Scene, theme: &Theme) -> (Vec<Item>, Vec<Mark>) {
    let mut items = Vec::new();
    let mut marks = Vec::new();
    for conflict in &map.conflicts {
        let Some(rect) = item_rect(scene, &conflict.item) else {
            continue;
        };
        items.push(outline(rect.shrink(-2.0), CONFLICT, 2.0, None));
        items.push(outline(rect.shrink(-6.0), CONFLICT, 1.5, None));
        let c = Point::new(rect.right() + 2.0, rect.y - 2.0);
        items.push(Item::Circle(Circle {
            center: c,
            radius: 9.0,
            fill: Some(CONFLICT),
            stroke: Some(Stroke::solid(1.0, Rgba::WHITE)),
        }));
        let style = crate::text::TextStyle {
            bold: true,
            ..theme.body
        };
        let text = text_block(
            "!",
            &style,
            Rgba::WHITE,
            Point::new(c.x - 8.0, c.y - style.line_advance() / 2.0),
            16.0,
            Align::Center,
        );
        items.push(Item::Text(text));
        marks.push(Mark {
            rect,
            item: conflict.item.clone(),
            kind: ChangeKind::Edited,
            tip: conflict.describe(map),
        });
    }
    (items, marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::Hit;

    /// The maps to compare with: every template, and a big generated map.
    fn maps() -> Vec<Map> {
        let mut maps: Vec<Map> = crate::templates::TEMPLATES
            .iter()
            .map(|t| t.map().expect("a template loads"))
            .collect();
        maps.push(crate::generate::map(6, 300, 5));
        maps
    }

    fn card_hits(scene: &Scene) -> impl Iterator<Item = &Hit> {
        scene
            .hits
            .iter()
            .filter(|h| matches!(h.target, Target::Card(_)))
    }

    #[test]
    fn no_ghost_overlaps_a_card_or_another_ghost() {
        let theme = Theme::default();
        for old in maps().into_iter().filter(|m| !m.cards.is_empty()) {
            // Every other card of a cell goes (first, last and runs of two
            // included), and a few whole cells.
            let mut new = old.clone();
            let mut seen: HashSet<(LaneId, crate::model::StageId)> = HashSet::new();
            let mut n = 0;
            new.cards.retain(|c| {
                n += 1;
                let first = seen.insert((c.lane.clone(), c.stage.clone()));
                !first && n % 3 != 0
            });
            let changes = crate::diff::diff(&old, &new);
            let shown = with_ghosts(&old, &new, &changes).expect("cards were removed");
            let mut scene = super::super::layout(&shown, &theme, &Default::default());
            let overlay = overlay(&old, &new, &mut scene, &changes, &theme);
            let expected = removed_cards(&changes)
                .filter_map(|id| old.card(id))
                .filter(|c| !matches!(c.details, Details::Emotion { .. }))
                .filter(|c| old.lane(&c.lane).is_some_and(|l| !l.hidden))
                .count();
            let ghosts: Vec<&Mark> = overlay.ghosts().collect();
            assert_eq!(
                ghosts.len(),
                expected,
                "{}: a ghost per removed card",
                old.title
            );
            for (i, ghost) in ghosts.iter().enumerate() {
                let ItemRef::Card(id) = &ghost.item else {
                    panic!("a ghost of a card")
                };
                let card = old.card(id).expect("the old map has it");
                for hit in card_hits(&scene) {
                    assert!(
                        !hit.rect.overlaps(&ghost.rect),
                        "{}: the ghost of {id} covers {:?}",
                        old.title,
                        hit.target
                    );
                }
                for other in &ghosts[i + 1..] {
                    assert!(
                        !other.rect.overlaps(&ghost.rect),
                        "{}: ghosts overlap",
                        old.title
                    );
                }
                let cell = scene
                    .hits
                    .iter()
                    .find(|h| {
                        h.target
                            == Target::Cell {
                                lane: card.lane.clone(),
                                stage: card.stage.clone(),
                                step: None,
                            }
                    })
                    .expect("its cell is still there");
                assert!(
                    cell.rect.x <= ghost.rect.x && ghost.rect.right() <= cell.rect.right(),
                    "{}: the ghost of {id} is in its old stage",
                    old.title
                );
            }
            // The ghosts are no cards of the open map: none can be clicked.
            for hit in card_hits(&scene) {
                if let Target::Card(id) = &hit.target {
                    assert!(new.card(id).is_some(), "{}: {id} can be clicked", old.title);
                }
            }
        }
    }

    #[test]
    fn a_removed_card_comes_back_after_its_old_neighbour() {
        let old = crate::generate::map(3, 90, 2);
        let in_cell = |lane: &LaneId, stage: &crate::model::StageId| -> Vec<CardId> {
            old.cards
                .iter()
                .filter(|c| &c.lane == lane && &c.stage == stage)
                .map(|c| c.id.clone())
                .collect()
        };
        let (lane, stage, cell) = old
            .cards
            .iter()
            .map(|c| (c.lane.clone(), c.stage.clone(), in_cell(&c.lane, &c.stage)))
            .max_by_key(|(_, _, cell)| cell.len())
            .expect("cards");
        assert!(cell.len() >= 3, "a cell of three cards");
        let mut new = old.clone();
        new.cards.retain(|c| c.id != cell[1]);
        let changes = crate::diff::diff(&old, &new);
        let shown = with_ghosts(&old, &new, &changes).expect("one removed");
        let order: Vec<&CardId> = shown
            .cards
            .iter()
            .filter(|c| c.lane == lane && c.stage == stage)
            .map(|c| &c.id)
            .collect();
        assert_eq!(order, cell.iter().collect::<Vec<_>>());
        let ghost = shown.card(&cell[1]).expect("the ghost");
        let removed = tr(new.language(), "change-removed", &[("text", "".into())]);
        assert!(ghost.text.starts_with(removed.trim_end()), "{}", ghost.text);
        assert!(with_ghosts(&old, &old, &[]).is_none());
    }
}
