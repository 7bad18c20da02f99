//! Cards on the clipboard as text, so a copy pastes in the same window,
//! another window or another program, and plain text pastes as cards.
//!
//! The form is documented for people too: a first line `wayline-cards 1`,
//! then the cards as a RON list in the file format's card syntax. Any other
//! text is read as plain text, one card per non-empty line. Pasting never
//! reuses an id: every pasted card gets a fresh one.

use super::Command;
use crate::model::{Card, CardId, Details, LaneKind, Map, Slot};

/// The first line of copied cards.
pub const HEADER: &str = "wayline-cards 1";

/// What a clipboard text holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Clip {
    /// Cards copied from a Wayline map (any window, any map).
    Cards(Vec<Card>),
    /// Plain text: one new card per line.
    Lines(Vec<String>),
}

/// The clipboard text of `cards`.
pub fn to_text(cards: &[Card]) -> String {
    let body = crate::model::ron_options()
        .to_string_pretty(&cards, ron::ser::PrettyConfig::default())
        .unwrap_or_default();
    format!("{HEADER}\n{body}\n")
}

/// Reads clipboard text: copied cards, or plain lines (a header with a body
/// that does not parse is plain text too, so nothing pasted is lost).
pub fn from_text(text: &str) -> Clip {
    let text = text.replace("\r\n", "\n");
    if let Some(body) = text.strip_prefix(HEADER)
        && let Ok(cards) = crate::model::ron_options().from_str::<Vec<Card>>(body.trim())
    {
        return Clip::Cards(cards);
    }
    Clip::Lines(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// Whether a card with these details may sit in a lane of `kind`: emotion
/// points only in emotion lanes, cards only outside them.
fn fits(details: &Details, kind: LaneKind) -> bool {
    matches!(details, Details::Emotion { .. }) == (kind == LaneKind::Emotions)
}

/// The commands that paste `clip` into `map` (one batch, so one undo step)
/// and the ids of the new cards. Cards go to `target` when they fit its lane,
/// else to their own cell when this map has it, else to the first lane they
/// fit in the target's (or the first) stage; cards that fit no lane are left
/// out. Plain lines become cards of the target's lane (or the first lane that
/// is not an emotion lane).
pub fn paste(map: &Map, clip: Clip, target: Option<&Slot>) -> (Option<Command>, Vec<CardId>) {
    let mut ids = map.ids();
    let stage = target
        .map(|t| t.stage.clone())
        .or_else(|| map.stages.first().map(|s| s.id.clone()));
    let Some(stage) = stage else {
        return (None, Vec::new());
    };
    let cards: Vec<Card> = match clip {
        Clip::Cards(cards) => cards,
        Clip::Lines(lines) => {
            let lane = target
                .and_then(|t| map.lane(&t.lane))
                .filter(|l| l.kind != LaneKind::Emotions)
                .or_else(|| map.lanes.iter().find(|l| l.kind != LaneKind::Emotions));
            let Some(lane) = lane else {
                return (None, Vec::new());
            };
            let step = target
                .filter(|t| t.lane == lane.id)
                .and_then(|t| t.step.clone());
            lines
                .into_iter()
                .map(|line| {
                    let mut card = Card::new(ids.card(), lane.id.clone(), stage.clone(), line)
                        .with_details(Details::default_for(lane.kind));
                    card.step = step.clone();
                    card
                })
                .collect()
        }
    };
    let mut commands = Vec::new();
    let mut pasted = Vec::new();
    for mut card in cards {
        let into_target = target.filter(|t| {
            map.lane(&t.lane)
                .is_some_and(|l| fits(&card.details, l.kind))
        });
        let own = map
            .lane(&card.lane)
            .filter(|l| fits(&card.details, l.kind))
            .is_some()
            && map.stage(&card.stage).is_some();
        if let Some(t) = into_target {
            (card.lane, card.stage, card.step) = (t.lane.clone(), t.stage.clone(), t.step.clone());
        } else if !own {
            let Some(lane) = map.lanes.iter().find(|l| fits(&card.details, l.kind)) else {
                continue;
            };
            (card.lane, card.stage, card.step) = (lane.id.clone(), stage.clone(), None);
        }
        // A step of another stage (or map) does not come along.
        if card.step.as_ref().is_some_and(|s| {
            map.stage(&card.stage)
                .is_none_or(|st| !st.steps.iter().any(|x| &x.id == s))
        }) {
            card.step = None;
        }
        card.id = ids.card();
        pasted.push(card.id.clone());
        commands.push(Command::AddCard {
            card,
            index: usize::MAX,
        });
    }
    if commands.is_empty() {
        (None, pasted)
    } else {
        (Some(Command::Batch(commands)), pasted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> Map {
        crate::generate::map(4, 40, 5)
    }

    #[test]
    fn copied_cards_read_back_as_the_same_cards() {
        let m = map();
        let cards: Vec<Card> = m.cards.iter().take(3).cloned().collect();
        let text = to_text(&cards);
        assert!(text.starts_with("wayline-cards 1\n"), "{text}");
        assert_eq!(from_text(&text), Clip::Cards(cards.clone()));
        // Windows line ends from another program's clipboard.
        assert_eq!(from_text(&text.replace('\n', "\r\n")), Clip::Cards(cards));
    }

    #[test]
    fn plain_text_is_one_card_per_line_and_a_broken_copy_is_plain_text() {
        assert_eq!(
            from_text("Szukam butów\n\n  比价  \r\nKupuję\n"),
            Clip::Lines(vec!["Szukam butów".into(), "比价".into(), "Kupuję".into()])
        );
        assert_eq!(
            from_text("wayline-cards 1\n[(broken"),
            Clip::Lines(vec!["wayline-cards 1".into(), "[(broken".into()])
        );
    }

    #[test]
    fn pasting_gives_fresh_ids_fits_cards_to_lanes_and_undoes_in_one_step() {
        let mut m = map();
        let before = m.clone();
        let emotion = m
            .cards
            .iter()
            .find(|c| matches!(c.details, Details::Emotion { .. }))
            .cloned()
            .unwrap();
        let plain = m
            .cards
            .iter()
            .find(|c| c.details.is_none())
            .cloned()
            .unwrap();
        let target = Slot {
            lane: plain.lane.clone(),
            stage: m.stages[1].id.clone(),
            step: None,
        };
        let (command, ids) = paste(
            &m,
            Clip::Cards(vec![plain.clone(), emotion.clone()]),
            Some(&target),
        );
        let inverse = command.unwrap().apply(&mut m).unwrap();
        assert_eq!(ids.len(), 2);
        let a = m.card(&ids[0]).unwrap();
        assert_ne!(a.id, plain.id);
        assert_eq!(
            (&a.lane, &a.stage, &a.text),
            (&target.lane, &target.stage, &plain.text)
        );
        // The emotion point does not fit an actions lane: it keeps its own cell.
        let b = m.card(&ids[1]).unwrap();
        assert_eq!((&b.lane, &b.stage), (&emotion.lane, &emotion.stage));
        inverse.apply(&mut m).unwrap();
        assert_eq!(m, before);
    }

    #[test]
    fn lines_paste_into_the_target_or_the_first_card_lane() {
        let m = map();
        let (command, ids) = paste(&m, Clip::Lines(vec!["a".into(), "b".into()]), None);
        let mut after = m.clone();
        command.unwrap().apply(&mut after).unwrap();
        let first = m
            .lanes
            .iter()
            .find(|l| l.kind != LaneKind::Emotions)
            .unwrap();
        for (id, text) in ids.iter().zip(["a", "b"]) {
            let card = after.card(id).unwrap();
            assert_eq!(
                (card.text.as_str(), &card.lane, &card.stage),
                (text, &first.id, &m.stages[0].id)
            );
        }
    }
}
