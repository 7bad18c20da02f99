//! The inspector panel: every field of the focused card, stage, lane, or of the
//! map and its persona. Widgets edit a copy; a change becomes one edit command,
//! and typing into one field merges into one undo step.

use eframe::egui;

use super::{Focus, WaylineApp};
use crate::edit::Command;
use crate::model::{
    Card, Color, Details, Fact, Icon, Kpi, LaneKind, MapKind, MomentOfTruth, PainCategory,
    Presence, Priority, Severity, Status, Step,
};

pub fn panel(app: &mut WaylineApp, ui: &mut egui::Ui) {
    // The panel keeps its width whatever is selected: contents wrap or are cut
    // to it, never widen it.
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width());
            contents(app, ui);
        });
}

fn contents(app: &mut WaylineApp, ui: &mut egui::Ui) {
    match app.focus.clone() {
        Focus::Card(id) if app.selected.len() <= 1 => card(app, ui, &id),
        Focus::Stage(id) => stage(app, ui, &id),
        Focus::Lane(id) => lane(app, ui, &id),
        Focus::Removed(item) => super::compare::removed_item(app, ui, &item),
        _ if app.selected.len() > 1 => {
            ui.heading(format!("{} cards selected", app.selected.len()));
            if ui.button("Delete them").clicked() {
                app.queue(super::Action::Delete);
            }
        }
        _ => map(app, ui),
    }
}

/// Runs `add` with labels that never wrap inside a word: a control's label
/// ("Category") stays whole beside it.
fn unwrapped<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.scope(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        add(ui)
    })
    .inner
}

/// The width of a combo box beside its label.
fn combo_width(ui: &egui::Ui) -> f32 {
    (ui.available_width() - 120.0).max(90.0)
}

/// The undo gesture of the widget being edited: typing into one field merges.
fn gesture(ui: &egui::Ui) -> Option<u64> {
    ui.ctx().memory(|m| m.focused()).map(|id| id.value())
}

/// The id of the field `field` of the item `owner` (a card, stage or lane id,
/// or "map"): egui keeps a text field's cursor, IME and undo state by widget
/// id, so fields of different items must never share one.
fn field_id(owner: &str, field: &str) -> egui::Id {
    egui::Id::unique(("inspector", owner, field))
}

/// A single-line field's text never holds a line break (Enter, or a paste).
fn one_line(value: &mut String) {
    if value.contains(['\n', '\r']) {
        *value = value
            .split(['\n', '\r'])
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
}

fn text_field(ui: &mut egui::Ui, owner: &str, label: &str, value: &mut String, multiline: bool) {
    let l = ui.label(label);
    let field = if multiline {
        egui::TextEdit::multiline(value).desired_rows(2)
    } else {
        egui::TextEdit::singleline(value)
    };
    let field = field
        .id(field_id(owner, label))
        .desired_width(f32::INFINITY);
    let response = ui.add(field).labelled_by(l.id);
    // Only what was typed now: showing an old file's text changes nothing.
    if !multiline && response.changed() {
        one_line(value);
    }
}

/// A single-line field without a label of its own (a row of a list).
fn row_field(ui: &mut egui::Ui, owner: &str, field: &str, value: &mut String, width: f32) {
    let response = ui
        .add(
            egui::TextEdit::singleline(value)
                .id(field_id(owner, field))
                .desired_width(width),
        )
        .on_hover_text(field);
    if response.changed() {
        one_line(value);
    }
}

/// A list of strings edited as lines of text.
fn lines_field(ui: &mut egui::Ui, owner: &str, label: &str, items: &mut Vec<String>) {
    let mut text = items.join("\n");
    let l = ui.label(label);
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .id(field_id(owner, label))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    if response.changed() {
        *items = text.lines().map(str::to_string).collect();
        if text.ends_with('\n') {
            items.push(String::new());
        }
    }
}

fn combo<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[T],
    name: impl Fn(T) -> String,
) {
    unwrapped(ui, |ui| {
        egui::ComboBox::from_label(label)
            .width(combo_width(ui))
            .selected_text(name(*value))
            .show_ui(ui, |ui| {
                for &option in options {
                    ui.selectable_value(value, option, name(option));
                }
            })
    });
}

fn number_field(ui: &mut egui::Ui, label: &str, value: &mut Option<f64>) {
    ui.horizontal(|ui| {
        let mut on = value.is_some();
        ui.checkbox(&mut on, label);
        match (on, value.as_mut()) {
            (true, Some(v)) => {
                ui.add(egui::DragValue::new(v).speed(0.1));
            }
            (true, None) => *value = Some(0.0),
            (false, _) => *value = None,
        }
    });
}

fn card(app: &mut WaylineApp, ui: &mut egui::Ui, id: &crate::model::CardId) {
    let Some(before) = app.doc.map.card(id).cloned() else {
        return;
    };
    let kind = app.doc.map.lane(&before.lane).map(|l| l.kind);
    let mut card = before.clone();
    ui.heading(kind.map_or("Card", LaneKind::label));
    let owner = before.id.as_str().to_string();
    text_field(
        ui,
        &owner,
        if matches!(card.details, Details::Emotion { .. }) {
            "Label"
        } else {
            "Text"
        },
        &mut card.text,
        true,
    );
    details(app, ui, &mut card);
    ui.separator();
    if let Some(stage) = app.doc.map.stage(&card.stage)
        && !stage.steps.is_empty()
    {
        let mut options: Vec<Option<crate::model::StepId>> = vec![None];
        options.extend(stage.steps.iter().map(|s| Some(s.id.clone())));
        let name = |s: &Option<crate::model::StepId>| {
            s.as_ref()
                .and_then(|id| stage.steps.iter().find(|st| &st.id == id))
                .map_or("Whole stage".to_string(), |st| st.name.clone())
        };
        egui::ComboBox::from_label("Step")
            .width(combo_width(ui))
            .selected_text(name(&card.step))
            .show_ui(ui, |ui| {
                for option in options {
                    let label = name(&option);
                    ui.selectable_value(&mut card.step, option, label);
                }
            });
    }
    ui.horizontal(|ui| {
        let mut custom = card.color.is_some();
        ui.checkbox(&mut custom, "Colour");
        match (custom, card.color) {
            (true, Some(Color(rgb))) => {
                let mut c = rgb;
                if ui.color_edit_button_srgb(&mut c).changed() {
                    card.color = Some(Color(c));
                }
            }
            (true, None) => card.color = Some(Color([0xff, 0xf2, 0xa8])),
            (false, _) => card.color = None,
        }
    });
    egui::ComboBox::from_label("Icon")
        .width(combo_width(ui))
        .selected_text(
            card.icon
                .map_or("Default".to_string(), |i| format!("{i:?}")),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut card.icon, None, "Default");
            for icon in Icon::ALL {
                ui.selectable_value(&mut card.icon, Some(icon), format!("{icon:?}"));
            }
        });
    ui.separator();
    if ui.button("Delete card").clicked() {
        app.queue(super::Action::Delete);
    }
    if card != before {
        let g = gesture(ui);
        match g {
            Some(g) => app.apply_in_gesture(Command::SetCard { card }, g),
            None => app.apply(Command::SetCard { card }),
        }
    }
}

fn details(app: &WaylineApp, ui: &mut egui::Ui, card: &mut Card) {
    let owner = card.id.as_str().to_string();
    let owner = owner.as_str();
    match &mut card.details {
        Details::None => {}
        Details::Touchpoint {
            channel,
            presence,
            satisfaction,
        } => {
            text_field(ui, owner, "Channel", channel, false);
            ui.horizontal(|ui| {
                ui.radio_value(presence, Presence::Online, "Online");
                ui.radio_value(presence, Presence::Offline, "Offline");
                ui.radio_value(presence, Presence::Both, "Both");
            });
            let mut rated = satisfaction.is_some();
            ui.checkbox(&mut rated, "Satisfaction");
            match (rated, satisfaction.as_mut()) {
                (true, Some(s)) => {
                    ui.add(egui::Slider::new(s, 1..=5).text("of 5"));
                }
                (true, None) => *satisfaction = Some(3),
                (false, _) => *satisfaction = None,
            }
        }
        Details::Pain { category, severity } => {
            combo(ui, "Category", category, &PainCategory::ALL, |c| {
                c.label().to_string()
            });
            combo(
                ui,
                "Severity",
                severity,
                &[
                    Severity::Low,
                    Severity::Medium,
                    Severity::High,
                    Severity::Critical,
                ],
                |s| format!("{s:?}"),
            );
        }
        Details::Opportunity {
            owner: who,
            priority,
            status,
            answers,
        } => {
            text_field(ui, owner, "Owner", who, false);
            combo(
                ui,
                "Priority",
                priority,
                &[Priority::Low, Priority::Medium, Priority::High],
                |p| format!("{p:?}"),
            );
            combo(
                ui,
                "Status",
                status,
                &[
                    Status::Idea,
                    Status::Planned,
                    Status::InProgress,
                    Status::Done,
                    Status::Dropped,
                ],
                |s| s.label().to_string(),
            );
            ui.label("Answers these pain points:");
            for pain in app
                .doc
                .map
                .cards
                .iter()
                .filter(|c| matches!(c.details, Details::Pain { .. }))
            {
                let mut on = answers.contains(&pain.id);
                let stage = app
                    .doc
                    .map
                    .stage(&pain.stage)
                    .map_or("", |s| s.name.as_str());
                if ui
                    .checkbox(&mut on, format!("{stage}: {}", pain.text))
                    .changed()
                {
                    if on {
                        answers.push(pain.id.clone());
                    } else {
                        answers.retain(|a| a != &pain.id);
                    }
                }
            }
        }
        Details::Emotion { score, moment } => {
            ui.add(egui::Slider::new(score, -3..=3).text("Score"));
            egui::ComboBox::from_label("Moment of truth")
                .width(combo_width(ui))
                .selected_text(moment.map_or("None", MomentOfTruth::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(moment, None, "None");
                    for m in [
                        MomentOfTruth::Discovery,
                        MomentOfTruth::Purchase,
                        MomentOfTruth::Experience,
                        MomentOfTruth::Loyalty,
                    ] {
                        ui.selectable_value(moment, Some(m), m.label());
                    }
                });
        }
        Details::Task { owner: who } => text_field(ui, owner, "Owner", who, false),
        Details::Metric {
            value,
            target,
            unit,
        } => {
            number_field(ui, "Value", value);
            number_field(ui, "Target", target);
            text_field(ui, owner, "Unit", unit, false);
        }
    }
}

fn stage(app: &mut WaylineApp, ui: &mut egui::Ui, id: &crate::model::StageId) {
    let Some(before) = app.doc.map.stage(id).cloned() else {
        return;
    };
    let mut stage = before.clone();
    ui.heading("Stage");
    let owner = before.id.as_str().to_string();
    let owner = owner.as_str();
    text_field(ui, owner, "Name", &mut stage.name, false);
    text_field(ui, owner, "Description", &mut stage.description, true);
    ui.separator();
    ui.label("Steps");
    let mut remove = None;
    for (i, step) in stage.steps.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            row_field(ui, step.id.as_str(), "Step name", &mut step.name, 180.0);
            if ui.small_button("✕").on_hover_text("Remove step").clicked() {
                remove = Some(i);
            }
        });
    }
    let step_has_cards = |i: usize| {
        app.doc
            .map
            .cards
            .iter()
            .any(|c| c.step.as_ref() == Some(&before.steps[i].id))
    };
    if let Some(i) = remove {
        if i < before.steps.len() && step_has_cards(i) {
            app.error = Some("This step still has cards; move them to another step first.".into());
        } else {
            stage.steps.remove(i);
        }
    }
    if ui.button("Add step").clicked() {
        let id = app.doc.map.ids().step();
        stage.steps.push(Step {
            id,
            name: format!("Step {}", stage.steps.len() + 1),
        });
    }
    ui.separator();
    ui.label("KPIs");
    let mut remove = None;
    for (i, kpi) in stage.kpis.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let kpi_owner = format!("{owner}/kpi-{i}");
            text_field(ui, &kpi_owner, "KPI name", &mut kpi.name, false);
            number_field(ui, "Value", &mut kpi.value);
            number_field(ui, "Target", &mut kpi.target);
            text_field(ui, &kpi_owner, "Unit", &mut kpi.unit, false);
            if ui.small_button("Remove KPI").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        stage.kpis.remove(i);
    }
    if ui.button("Add KPI").clicked() {
        stage.kpis.push(Kpi {
            name: "New KPI".into(),
            value: None,
            target: None,
            unit: String::new(),
        });
    }
    ui.separator();
    lines_field(ui, owner, "Insights (one per line)", &mut stage.insights);
    let percent = |ui: &mut egui::Ui, label: &str, v: &mut Option<f32>| {
        let mut as_f64 = v.map(f64::from);
        number_field(ui, label, &mut as_f64);
        *v = as_f64.map(|x| x.clamp(0.0, 100.0) as f32);
    };
    percent(ui, "Drop-off %", &mut stage.drop_off);
    percent(ui, "Goal completion %", &mut stage.goal_completion);
    if stage != before {
        match gesture(ui) {
            Some(g) => app.apply_in_gesture(Command::SetStage { stage }, g),
            None => app.apply(Command::SetStage { stage }),
        }
    }
    ui.separator();
    if ui.button("Delete stage and its cards").clicked() && app.doc.map.stages.len() > 1 {
        let command = Command::remove_stage(&app.doc.map, id);
        app.apply(command);
        app.focus = Focus::Map;
    }
}

fn lane(app: &mut WaylineApp, ui: &mut egui::Ui, id: &crate::model::LaneId) {
    let Some(before) = app.doc.map.lane(id).cloned() else {
        return;
    };
    let mut lane = before.clone();
    ui.heading("Lane");
    text_field(ui, before.id.as_str(), "Name", &mut lane.name, false);
    combo(ui, "Kind", &mut lane.kind, &LaneKind::ALL, |k| {
        k.label().to_string()
    });
    ui.checkbox(&mut lane.hidden, "Hidden");
    let has_cards = app.doc.map.cards.iter().any(|c| &c.lane == id);
    if lane.kind != before.kind
        && has_cards
        && (lane.kind == LaneKind::Emotions || before.kind == LaneKind::Emotions)
    {
        app.error = Some("A lane with cards cannot switch to or from an emotion lane: emotion points and cards are different things.".into());
        lane.kind = before.kind;
    }
    if lane.kind != before.kind {
        // Plain cards of a lane that becomes, say, a pain-point lane gain the new
        // kind's fields; cards that already carry details keep them.
        let mut commands = vec![Command::SetLane { lane: lane.clone() }];
        for card in app
            .doc
            .map
            .cards
            .iter()
            .filter(|c| &c.lane == id && c.details.is_none())
        {
            let mut card = card.clone();
            card.details = Details::default_for(lane.kind);
            commands.push(Command::SetCard { card });
        }
        app.apply(Command::Batch(commands));
    } else if lane != before {
        match gesture(ui) {
            Some(g) => app.apply_in_gesture(Command::SetLane { lane }, g),
            None => app.apply(Command::SetLane { lane }),
        }
    }
    ui.separator();
    if ui.button("Delete lane and its cards").clicked() {
        let command = Command::remove_lane(&app.doc.map, id);
        app.apply(command);
        app.focus = Focus::Map;
    }
}

fn map(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let m = &app.doc.map;
    let (mut title, mut kind, mut segment, mut description) = (
        m.title.clone(),
        m.kind,
        m.segment.clone(),
        m.description.clone(),
    );
    ui.heading("Map");
    text_field(ui, "map", "Title", &mut title, false);
    combo(ui, "Kind", &mut kind, &MapKind::ALL, |k| {
        k.label().to_string()
    });
    text_field(ui, "map", "Segment", &mut segment, false);
    text_field(ui, "map", "Description", &mut description, true);
    ui.label(egui::RichText::new(format!("Created {} · updated {}", m.created, m.updated)).weak());
    if (&title, kind, &segment, &description) != (&m.title, m.kind, &m.segment, &m.description) {
        let command = Command::SetHeader {
            title,
            kind,
            segment,
            description,
        };
        match gesture(ui) {
            Some(g) => app.apply_in_gesture(command, g),
            None => app.apply(command),
        }
    }
    ui.separator();
    ui.heading("Persona");
    let before = app.doc.map.persona.clone();
    let mut p = before.clone();
    text_field(ui, "persona", "Name", &mut p.name, false);
    text_field(ui, "persona", "Role", &mut p.role, false);
    ui.horizontal(|ui| {
        ui.label(format!("Photo: {}", p.photo.as_deref().unwrap_or("none")));
        if ui.button("Choose…").clicked() {
            let request =
                super::choose::Request::new(super::choose::Purpose::PersonaPhoto, "Persona photo")
                    .filter("Image", &["png", "jpg", "jpeg"]);
            super::choose::ask(app, request);
        }
        if p.photo.is_some() && ui.button("Clear").clicked() {
            p.photo = None;
        }
    });
    text_field(ui, "persona", "Quote", &mut p.quote, true);
    text_field(ui, "persona", "About", &mut p.bio, true);
    ui.label("Demographics");
    let mut remove = None;
    for (i, fact) in p.demographics.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let fact_owner = format!("persona/fact-{i}");
            row_field(ui, &fact_owner, "Label", &mut fact.label, 80.0);
            row_field(ui, &fact_owner, "Value", &mut fact.value, 130.0);
            if ui.small_button("✕").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        p.demographics.remove(i);
    }
    if ui.button("Add fact").clicked() {
        p.demographics.push(Fact {
            label: "Age".into(),
            value: String::new(),
        });
    }
    lines_field(ui, "persona", "Goals (one per line)", &mut p.goals);
    lines_field(ui, "persona", "Needs & problems", &mut p.needs);
    lines_field(ui, "persona", "Behaviours", &mut p.behaviours);
    lines_field(ui, "persona", "Suggestions", &mut p.suggestions);
    text_field(ui, "persona", "Notes", &mut p.notes, true);
    if p != before {
        let command = Command::SetPersona { persona: p };
        match gesture(ui) {
            Some(g) => app.apply_in_gesture(command, g),
            None => app.apply(command),
        }
    }
}

/// Sets the persona's photo to a chosen file: relative to the map file when
/// it sits beside it, so the pair can move together.
pub fn set_photo(app: &mut WaylineApp, path: std::path::PathBuf) {
    let relative = app
        .doc
        .base_dir()
        .and_then(|dir| path.strip_prefix(dir).ok().map(|r| r.to_path_buf()));
    let mut persona = app.doc.map.persona.clone();
    persona.photo = Some(relative.unwrap_or(path).to_string_lossy().into_owned());
    app.apply(Command::SetPersona { persona });
}
