//! Pasting on the canvas: copied cards (the `wayline-cards 1` text) or plain
//! text (a card per line) into the selected card's cell, the focused stage or
//! lane. Copied cards pasted while a card's text is being typed become cards
//! in that card's cell, never the RON text typed into the card.

use eframe::egui;

use super::{Focus, WaylineApp, canvas};

/// Takes the pastes of copied cards out of this frame's events, so the card's
/// text field never sees them; plain text stays for the field.
pub(super) fn cards_out_of(events: &mut Vec<egui::Event>) -> Vec<String> {
    let mut cards = Vec::new();
    events.retain(|event| match event {
        egui::Event::Paste(text) if is_cards(text) => {
            cards.push(text.clone());
            false
        }
        _ => true,
    });
    cards
}

fn is_cards(text: &str) -> bool {
    matches!(
        crate::edit::clipboard::from_text(text),
        crate::edit::clipboard::Clip::Cards(_)
    )
}

impl WaylineApp {
    /// Pastes copied cards taken out of the card editor's input: the editor
    /// closes (a new empty card goes away) and the cards go into its cell.
    pub(super) fn paste_over_editor(&mut self, texts: Vec<String>) {
        let Some(slot) = canvas::close_for_paste(self) else {
            return;
        };
        for text in texts {
            self.paste_into(&text, Some(slot.clone()));
        }
    }

    /// Pastes clipboard text (copied cards, or plain text as one card per
    /// line) into the last selected card's cell, the focused stage or lane, or
    /// the cards' own cells; the pasted cards become the selection.
    pub(super) fn paste(&mut self, text: &str) {
        self.paste_into(text, None);
    }

    /// [`Self::paste`] into `into` when given (the cell of the card whose
    /// editor the cards were pasted into).
    fn paste_into(&mut self, text: &str, into: Option<crate::model::Slot>) {
        if text.trim().is_empty() {
            return;
        }
        let map = &self.doc.map;
        let first_lane = |stage: &crate::model::StageId| {
            map.lanes
                .iter()
                .find(|l| !l.hidden && l.kind != crate::model::LaneKind::Emotions)
                .map(|l| crate::model::Slot {
                    lane: l.id.clone(),
                    stage: stage.clone(),
                    step: None,
                })
        };
        let target = into.or_else(|| match &self.focus {
            Focus::Stage(stage) => first_lane(stage),
            Focus::Lane(lane) => map.stages.first().map(|s| crate::model::Slot {
                lane: lane.clone(),
                stage: s.id.clone(),
                step: None,
            }),
            _ => self
                .selected
                .iter()
                .next_back()
                .and_then(|id| map.card(id))
                .map(|c| crate::model::Slot {
                    lane: c.lane.clone(),
                    stage: c.stage.clone(),
                    step: c.step.clone(),
                }),
        });
        let clip = crate::edit::clipboard::from_text(text);
        let (command, ids) = crate::edit::clipboard::paste(map, clip, target.as_ref());
        if let Some(command) = command {
            self.apply(command);
            self.selected = ids.into_iter().collect();
            self.focus = match self.selected.iter().next() {
                Some(id) if self.selected.len() == 1 => Focus::Card(id.clone()),
                _ => Focus::Map,
            };
            if let Some(id) = self.selected.iter().next() {
                self.canvas.follow(crate::scene::Target::Card(id.clone()));
            }
        }
    }
}
