//! Typing into a card on the canvas: adding a card and opening it for typing at
//! once, the text field laid over the card, and committing its text as one
//! undo step.

use super::*;

/// A card whose text is being typed on the canvas.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct InlineEdit {
    pub(super) card: CardId,
    pub(super) text: String,
    /// Still opening: the field has not had focus yet with the buttons up.
    pub(super) opened: bool,
    /// When it opened (egui's clock): for a double-click's time the second
    /// click does not close it.
    pub(super) since: Option<f64>,
}

/// Undo while a card is typed into: first the typing, then (with the editor
/// closed) the map's steps. True when it only took back the typing.
pub(in crate::app) fn undo_typing(app: &mut WaylineApp) -> bool {
    let Some(edit) = &mut app.canvas.editing else {
        return false;
    };
    match app.doc.map.card(&edit.card) {
        Some(card) if card.text != edit.text => {
            edit.text = card.text.clone();
            true
        }
        _ => {
            app.canvas.editing = None;
            false
        }
    }
}

/// Adds a card to a cell (an emotion point in an emotion lane) and starts
/// typing into it; the new card's id.
pub fn add_card(app: &mut WaylineApp, cell: Target) -> Option<CardId> {
    add_card_with(app, cell, None)
}

/// [`add_card`] with the new card's typed fields (the lane's defaults when
/// `None`): the pain-point window adds an opportunity that answers a pain.
pub fn add_card_with(
    app: &mut WaylineApp,
    cell: Target,
    details: Option<Details>,
) -> Option<CardId> {
    let Target::Cell { lane, stage, step } = cell else {
        return None;
    };
    let kind = app.doc.map.lane(&lane).map(|l| l.kind)?;
    let id = app.doc.map.ids().card();
    let details = details.unwrap_or_else(|| Details::default_for(kind));
    let mut card = Card::new(id.clone(), lane, stage, "").with_details(details);
    card.step = step;
    // After the cell's last card, so the new card appears at the bottom of the cell.
    let index = app
        .doc
        .map
        .cards
        .iter()
        .rposition(|c| c.lane == card.lane && c.stage == card.stage)
        .map_or(app.doc.map.cards.len(), |i| i + 1);
    app.apply(Command::AddCard { card, index });
    app.canvas.fresh = Some((id.clone(), app.doc.revision(), index));
    select_card(app, &id, false);
    app.canvas.follow(if kind == LaneKind::Emotions {
        Target::EmotionPoint(id.clone())
    } else {
        Target::Card(id.clone())
    });
    start_inline(app, &id);
    if kind == LaneKind::Emotions {
        app.canvas.editing = None;
    }
    Some(id)
}

impl super::CanvasState {
    /// The card being typed into on the canvas and its text so far (not in
    /// the map until kept): autosave keeps it aside too.
    pub fn typed_text(&self) -> Option<(&CardId, &str)> {
        self.editing.as_ref().map(|e| (&e.card, e.text.as_str()))
    }
}

/// Opens the canvas editor on a card (Enter or F2 on a selected card).
pub(in crate::app) fn edit_card(app: &mut WaylineApp, id: &CardId) {
    app.canvas
        .follow(crate::app::selection::target_of(&app.doc.map, id));
    start_inline(app, id);
}

pub(super) fn start_inline(app: &mut WaylineApp, id: &CardId) {
    commit_inline(app);
    if let Some(card) = app.doc.map.card(id) {
        app.canvas.editing = Some(InlineEdit {
            card: id.clone(),
            text: card.text.clone(),
            opened: true,
            since: None,
        });
    }
}

/// Writes the inline editor's text to its card (one undo step) and closes it.
pub(in crate::app) fn commit_inline(app: &mut WaylineApp) {
    flush_inline(app);
    app.canvas.editing = None;
}

/// Writes the inline editor's text to its card as one undo step, leaving the
/// editor open: a save takes the text on screen, also when Enter and Ctrl+S
/// come in one frame (the save runs first). Typed into a card just added, with
/// nothing else done since, the text joins the step that added the card: one
/// Ctrl+Z takes the new card away, and redo brings it back with its text.
pub(in crate::app) fn flush_inline(app: &mut WaylineApp) {
    let Some(edit) = &app.canvas.editing else {
        return;
    };
    // Enter keeps the text: a line break typed at its end is not part of it.
    let text = edit.text.trim_end_matches(['\n', '\r']).to_string();
    let Some(card) = app.doc.map.card(&edit.card).filter(|c| c.text != text) else {
        return;
    };
    let mut card = card.clone();
    card.text = text;
    match app.canvas.fresh.take() {
        Some((id, revision, index)) if id == card.id && revision == app.doc.revision() => {
            // Take back the empty card and add it again with its text.
            app.doc.undo();
            app.apply(Command::AddCard { card, index });
        }
        _ => app.apply(Command::SetCard { card }),
    }
}

/// Closes the inline editor without keeping its text. A card just added, with
/// nothing else done since, goes away with it: Esc on a new card leaves no
/// empty card behind (and nothing to redo).
fn cancel_inline(app: &mut WaylineApp) {
    let Some(edit) = app.canvas.editing.take() else {
        return;
    };
    if let Some((id, revision, _)) = app.canvas.fresh.take()
        && id == edit.card
        && revision == app.doc.revision()
    {
        app.doc.retract();
        app.selected.remove(&id);
        if app.focus == crate::app::Focus::Card(id) {
            app.focus = crate::app::Focus::Map;
        }
    }
}

/// Closes the inline editor because copied cards were pasted into it: a card
/// just added and still empty goes away (the cards take its place), any other
/// keeps what was typed. Returns the cell the cards go to.
pub(in crate::app) fn close_for_paste(app: &mut WaylineApp) -> Option<crate::model::Slot> {
    let edit = app.canvas.editing.as_ref()?;
    let card = app.doc.map.card(&edit.card)?;
    let slot = crate::model::Slot {
        lane: card.lane.clone(),
        stage: card.stage.clone(),
        step: card.step.clone(),
    };
    if edit.text.trim().is_empty() {
        cancel_inline(app);
    } else {
        commit_inline(app);
    }
    Some(slot)
}

/// Puts a text field's caret after its text. A field focused from code has no
/// caret until a click or a key gives it one, and egui tells the platform's
/// input method about a field only once it has a caret: without this the first
/// key typed into a new card skipped the IME and landed as a Latin letter.
fn caret_at_end(ctx: &egui::Context, id: egui::Id, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    if state.cursor.char_range().is_none() {
        let end = egui::text::CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ctx, id);
    }
}

/// The text field over a card being edited: Enter keeps, Shift+Enter breaks the
/// line, Escape cancels, clicking elsewhere keeps.
pub(super) fn inline_editor(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let Some(edit) = &app.canvas.editing else {
        return;
    };
    let scene = &app.canvas.scene;
    let id = edit.card.clone();
    let Some(rect) = scene
        .hit_rect(&Target::Card(id.clone()))
        .or_else(|| scene.hit_rect(&Target::EmotionPoint(id.clone())))
    else {
        app.canvas.editing = None;
        return;
    };
    let view = app.canvas.view();
    let screen = view.rect_to_screen(rect);
    let width = screen.width().max(180.0);
    let (enter, escape) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::Enter) && !i.modifiers.shift,
            i.key_pressed(egui::Key::Escape),
        )
    });
    let mut commit = false;
    let mut cancel = false;
    // Keyed by the card: egui keeps a text field's cursor and IME state by id,
    // and one card's must never carry over into another's.
    egui::Area::new(egui::Id::unique(("inline-editor", id.as_str())))
        .fixed_pos(screen.min)
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                let Some(edit) = &mut app.canvas.editing else {
                    return;
                };
                let label = ui.label(tr!("canvas-card-text"));
                let field_id = egui::Id::unique(("card-text", edit.card.as_str()));
                if edit.opened {
                    caret_at_end(ui.ctx(), field_id, &edit.text);
                }
                let field = egui::TextEdit::multiline(&mut edit.text)
                    .id(field_id)
                    .desired_width(width)
                    .desired_rows(3)
                    .font(egui::FontId::proportional(
                        (11.0 * view.zoom).clamp(12.0, 28.0),
                    ))
                    .return_key(egui::KeyboardShortcut::new(
                        egui::Modifiers::SHIFT,
                        egui::Key::Enter,
                    ));
                let response = ui.add(field).labelled_by(label.id);
                // The click that opened the editor may still be under way, and
                // a click outside a field takes its focus away: ask again until
                // the field has it with the buttons up.
                let now = ui.input(|i| i.time);
                let since = *edit.since.get_or_insert(now);
                let opening = edit.opened || now - since < DOUBLE_CLICK_SECONDS;
                if opening {
                    // Only when it lacks focus: every request interrupts the
                    // input method (egui-winit turns it off and on), and a key
                    // typed meanwhile skipped it.
                    if !response.has_focus() {
                        response.request_focus();
                    }
                    let pointer_busy = ui.input(|i| i.pointer.any_down() || i.pointer.any_click());
                    if response.has_focus() && !pointer_busy {
                        edit.opened = false;
                    }
                }
                ui.label(
                    egui::RichText::new(tr!("canvas-editing-hint"))
                        .small()
                        .weak(),
                );
                if response.has_focus() || (response.lost_focus() && !opening) {
                    commit = enter;
                    cancel = escape;
                }
                if response.lost_focus() && !enter && !escape && !opening {
                    commit = true;
                }
            });
        });
    if cancel {
        cancel_inline(app);
    } else if commit {
        commit_inline(app);
    }
}
