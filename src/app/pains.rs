//! The pain points → opportunities window: every pain point with its stage,
//! category and severity, the opportunities answering it (owner, priority,
//! status), filters, and unanswered pain points in red. Its columns share the
//! window's width and wrap their text. A click on a card selects it and pans the
//! canvas so it shows beside the window; a pain point is answered from here,
//! by an existing opportunity or a new one, each one undoable edit.

use eframe::egui::{self, Color32, RichText};

use super::i18n::{self, tr};
use super::{Focus, WaylineApp};
use crate::edit::Command;
use crate::model::{
    Card, CardId, Details, LaneKind, PainCategory, PainFilter, Status, pain_report, shorten,
};
use crate::scene::Target;

const RED: Color32 = Color32::from_rgb(0xd6, 0x45, 0x45);

/// What a click in the window asks for.
enum Ask {
    Select(CardId),
    /// Link an existing opportunity (second) to a pain point (first).
    Answer(CardId, CardId),
    /// A new opportunity answering this pain point.
    New(CardId),
}

pub fn window(app: &mut WaylineApp, ctx: &egui::Context) {
    let Some(mut filter) = app.pains.clone() else {
        return;
    };
    let mut open = true;
    let mut ask = None;
    let shown = egui::Window::new(tr!("pains-title"))
        .open(&mut open)
        .default_size([820.0, 520.0])
        .show(ctx, |ui| {
            filters(ui, &mut filter);
            let rows = pain_report(&app.doc.map, &filter);
            let unanswered = rows.iter().filter(|r| !r.is_answered()).count();
            ui.label(tr!(
                "pains-shown",
                count = rows.len(),
                unanswered = unanswered
            ));
            ui.separator();
            let opportunities: Vec<&Card> = app
                .doc
                .map
                .cards
                .iter()
                .filter(|c| matches!(c.details, Details::Opportunity { .. }))
                .collect();
            let can_add = opportunity_lane(app).is_some();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let widths = columns(ui.available_width());
                    row(ui, widths, |ui, column| {
                        let key = ["pains-stage", "pains-pain-point", "pains-answered-by"][column];
                        ui.strong(i18n::t(key));
                    });
                    for r in &rows {
                        ui.separator();
                        row(ui, widths, |ui, column| match column {
                            0 => {
                                ui.label(r.stage);
                            }
                            1 => {
                                if ui.link(&r.pain.text).clicked() {
                                    ask = Some(Ask::Select(r.pain.id.clone()));
                                }
                                let what = tr!(
                                    "pains-detail",
                                    category = i18n::pain_category(r.category),
                                    severity = i18n::severity(r.severity)
                                );
                                ui.label(RichText::new(what).small());
                            }
                            _ => {
                                if r.answers.is_empty() {
                                    let none = tr!("pains-unanswered");
                                    ui.label(RichText::new(none).color(RED).strong());
                                }
                                for o in &r.answers {
                                    if ui.link(&o.text).clicked() {
                                        ask = Some(Ask::Select(o.id.clone()));
                                    }
                                    ui.label(RichText::new(summary(o)).small().weak());
                                }
                                let others =
                                    opportunities.iter().filter(|o| !r.answers.contains(o));
                                if let Some(a) = answer(ui, &r.pain.id, others, can_add) {
                                    ask = Some(a);
                                }
                            }
                        });
                    }
                });
        });
    app.pains = open.then_some(filter);
    let covered = shown.map(|s| s.response.rect);
    match ask {
        Some(Ask::Select(id)) => select(app, &id, covered),
        Some(Ask::Answer(pain, opportunity)) => {
            if let Some(mut card) = app.doc.map.card(&opportunity).cloned()
                && let Details::Opportunity { answers, .. } = &mut card.details
            {
                answers.push(pain);
                app.apply(Command::SetCard { card });
                select(app, &opportunity, covered);
            }
        }
        Some(Ask::New(pain)) => new_opportunity(app, &pain, covered),
        None => {}
    }
}

fn filters(ui: &mut egui::Ui, filter: &mut PainFilter) {
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label(tr!("inspector-category"))
            .selected_text(
                filter
                    .category
                    .map_or_else(|| tr!("pains-all"), i18n::pain_category),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.category, None, tr!("pains-all"));
                for c in PainCategory::ALL {
                    let name = i18n::pain_category(c);
                    ui.selectable_value(&mut filter.category, Some(c), name);
                }
            });
        let l = ui.label(tr!("inspector-owner"));
        ui.add(egui::TextEdit::singleline(&mut filter.owner).desired_width(100.0))
            .labelled_by(l.id);
        egui::ComboBox::from_label(tr!("inspector-status"))
            .selected_text(filter.status.map_or_else(|| tr!("pains-any"), i18n::status))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.status, None, tr!("pains-any"));
                for s in [
                    Status::Idea,
                    Status::Planned,
                    Status::InProgress,
                    Status::Done,
                    Status::Dropped,
                ] {
                    ui.selectable_value(&mut filter.status, Some(s), i18n::status(s));
                }
            });
        ui.checkbox(&mut filter.unanswered_only, tr!("pains-unanswered-only"));
    });
}

/// "Anna · High priority · In progress" in the UI language.
fn summary(card: &Card) -> String {
    let Details::Opportunity {
        owner,
        priority,
        status,
        ..
    } = &card.details
    else {
        return String::new();
    };
    let owner = if owner.is_empty() {
        tr!("pains-no-owner")
    } else {
        owner.clone()
    };
    tr!(
        "pains-opportunity",
        owner = owner,
        priority = i18n::priority(*priority),
        status = i18n::status(*status)
    )
}

/// The three columns' widths: the stage a fifth, the pain point and its
/// answers two fifths each.
fn columns(width: f32) -> [f32; 3] {
    let gap = 12.0;
    let stage = (width * 0.2).clamp(80.0, 200.0);
    let rest = ((width - stage - 2.0 * gap) / 2.0).max(120.0);
    [stage, rest, rest]
}

/// One row: `cell` fills each column, top-aligned, its text wrapped to the column.
fn row(ui: &mut egui::Ui, widths: [f32; 3], mut cell: impl FnMut(&mut egui::Ui, usize)) {
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 12.0;
        for (column, w) in widths.into_iter().enumerate() {
            ui.allocate_ui_with_layout(
                egui::vec2(w, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(w);
                    cell(ui, column);
                },
            );
        }
    });
}

/// "Answer with…": an opportunity that does not answer it yet, or a new one.
fn answer<'a>(
    ui: &mut egui::Ui,
    pain: &CardId,
    others: impl Iterator<Item = &'a &'a Card>,
    can_add: bool,
) -> Option<Ask> {
    let mut ask = None;
    ui.push_id(("answer", pain.as_str()), |ui| {
        ui.menu_button(tr!("pains-answer-with"), |ui| {
            let new = ui
                .add_enabled(can_add, egui::Button::new(tr!("pains-new-opportunity")))
                .on_disabled_hover_text(tr!("pains-no-opportunity-lane"));
            if new.clicked() {
                ask = Some(Ask::New(pain.clone()));
            }
            ui.separator();
            for o in others {
                if ui.button(shorten(&o.text, 60)).clicked() {
                    ask = Some(Ask::Answer(pain.clone(), o.id.clone()));
                }
            }
        });
    });
    ask
}

/// The first shown Opportunities lane (a hidden one when there is no other).
fn opportunity_lane(app: &WaylineApp) -> Option<crate::model::LaneId> {
    let lanes = || {
        app.doc
            .map
            .lanes
            .iter()
            .filter(|l| l.kind == LaneKind::Opportunities)
    };
    lanes()
        .find(|l| !l.hidden)
        .or_else(|| lanes().next())
        .map(|l| l.id.clone())
}

/// Adds an opportunity answering `pain` in its stage (one undo step), selects
/// it and opens it for typing on the canvas.
fn new_opportunity(app: &mut WaylineApp, pain: &CardId, covered: Option<egui::Rect>) {
    let (Some(lane), Some(stage)) = (
        opportunity_lane(app),
        app.doc.map.card(pain).map(|c| c.stage.clone()),
    ) else {
        return;
    };
    let mut details = Details::default_for(LaneKind::Opportunities);
    if let Details::Opportunity { answers, .. } = &mut details {
        answers.push(pain.clone());
    }
    let cell = Target::Cell {
        lane,
        stage,
        step: None,
    };
    if let Some(id) = super::canvas::add_card_with(app, cell, Some(details)) {
        app.pains_reveal = Some((id, covered));
    }
}

/// Selects a card and pans the canvas to show it where the window leaves room.
fn select(app: &mut WaylineApp, id: &CardId, covered: Option<egui::Rect>) {
    app.selected.clear();
    app.selected.insert(id.clone());
    app.focus = Focus::Card(id.clone());
    app.pains_reveal = Some((id.clone(), covered));
}

/// Brings a card the window chose into view beside the window, once the scene
/// has it (a new card is laid out the next frame); call before the canvas.
pub fn reveal(app: &mut WaylineApp) {
    let Some((id, covered)) = app.pains_reveal.clone() else {
        return;
    };
    if app.doc.map.card(&id).is_none() {
        app.pains_reveal = None;
        return;
    }
    if let Some(ctx) = &app.ctx {
        ctx.request_repaint();
    }
    let target = super::selection::target_of(&app.doc.map, &id);
    let Some(r) = app.canvas.scene().hit_rect(&target) else {
        return;
    };
    app.pains_reveal = None;
    let canvas = app.canvas.rect();
    let free = covered.map_or(canvas, |w| free_part(canvas, w));
    app.canvas.center_in(r, free);
}

/// The largest part of `canvas` left of, right of, above or below `window`.
fn free_part(canvas: egui::Rect, window: egui::Rect) -> egui::Rect {
    let parts = [
        egui::Rect::from_min_max(canvas.min, egui::pos2(window.left(), canvas.bottom())),
        egui::Rect::from_min_max(egui::pos2(window.right(), canvas.top()), canvas.max),
        egui::Rect::from_min_max(canvas.min, egui::pos2(canvas.right(), window.top())),
        egui::Rect::from_min_max(egui::pos2(canvas.left(), window.bottom()), canvas.max),
    ];
    parts
        .into_iter()
        .filter(|p| p.width() > 0.0 && p.height() > 0.0)
        .max_by(|a, b| a.area().total_cmp(&b.area()))
        .unwrap_or(canvas)
}

/// Opens the window with no filter.
pub fn open(app: &mut WaylineApp) {
    app.pains = Some(PainFilter::default());
}
