//! The pain points → opportunities window: every pain point with its stage,
//! category and severity, the opportunities answering it (owner, priority,
//! status), filters, and unanswered pain points in red. A click selects the card.

use eframe::egui::{self, Color32, RichText};

use super::i18n::{self, tr};
use super::{Focus, WaylineApp};
use crate::model::{Card, Details, PainCategory, PainFilter, Status, pain_report};

const RED: Color32 = Color32::from_rgb(0xd6, 0x45, 0x45);

pub fn window(app: &mut WaylineApp, ctx: &egui::Context) {
    let Some(mut filter) = app.pains.clone() else {
        return;
    };
    let mut open = true;
    let mut select = None;
    egui::Window::new(tr!("pains-title"))
        .open(&mut open)
        .default_size([640.0, 480.0])
        .show(ctx, |ui| {
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
            let rows = pain_report(&app.doc.map, &filter);
            let unanswered = rows.iter().filter(|r| !r.is_answered()).count();
            ui.label(tr!(
                "pains-shown",
                count = rows.len(),
                unanswered = unanswered
            ));
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("pain-rows")
                    .num_columns(3)
                    .striped(true)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        ui.strong(tr!("pains-stage"));
                        ui.strong(tr!("pains-pain-point"));
                        ui.strong(tr!("pains-answered-by"));
                        ui.end_row();
                        for row in &rows {
                            ui.label(row.stage);
                            ui.vertical(|ui| {
                                if ui.link(&row.pain.text).clicked() {
                                    select = Some(row.pain.id.clone());
                                }
                                ui.label(
                                    RichText::new(tr!(
                                        "pains-detail",
                                        category = i18n::pain_category(row.category),
                                        severity = i18n::severity(row.severity)
                                    ))
                                    .small(),
                                );
                            });
                            ui.vertical(|ui| {
                                if row.answers.is_empty() {
                                    ui.label(
                                        RichText::new(tr!("pains-unanswered")).color(RED).strong(),
                                    );
                                }
                                for o in &row.answers {
                                    if ui.link(&o.text).clicked() {
                                        select = Some(o.id.clone());
                                    }
                                    ui.label(RichText::new(summary(o)).small().weak());
                                }
                            });
                            ui.end_row();
                        }
                    });
            });
        });
    if let Some(id) = select {
        app.selected.clear();
        app.selected.insert(id.clone());
        app.focus = Focus::Card(id);
    }
    app.pains = open.then_some(filter);
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

/// Opens the window with no filter.
pub fn open(app: &mut WaylineApp) {
    app.pains = Some(PainFilter::default());
}
