//! The inspector panel: every field of the focused card, stage, lane, or of the
//! map and its persona. Widgets edit a copy; a change becomes one edit command,
//! and typing into one field merges into one undo step.

use eframe::egui;

use super::i18n::{self, tr};
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
            ui.heading(tr!("inspector-selected", count = app.selected.len()));
            if ui.button(tr!("inspector-delete-them")).clicked() {
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
                ui.add(i18n::numbers(egui::DragValue::new(v).speed(0.1)));
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
    ui.heading(kind.map_or_else(|| tr!("inspector-card"), i18n::lane_kind));
    let owner = before.id.as_str().to_string();
    text_field(
        ui,
        &owner,
        &if matches!(card.details, Details::Emotion { .. }) {
            tr!("inspector-label")
        } else {
            tr!("inspector-text")
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
                .map_or_else(|| tr!("inspector-whole-stage"), |st| st.name.clone())
        };
        egui::ComboBox::from_label(tr!("inspector-step"))
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
        ui.checkbox(&mut custom, tr!("inspector-colour"));
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
    egui::ComboBox::from_label(tr!("inspector-icon"))
        .width(combo_width(ui))
        .selected_text(
            card.icon
                .map_or_else(|| tr!("inspector-default"), i18n::icon),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut card.icon, None, tr!("inspector-default"));
            for icon in Icon::ALL {
                ui.selectable_value(&mut card.icon, Some(icon), i18n::icon(icon));
            }
        });
    ui.separator();
    if ui.button(tr!("inspector-delete-card")).clicked() {
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
            text_field(ui, owner, &tr!("inspector-channel"), channel, false);
            ui.horizontal(|ui| {
                for p in [Presence::Online, Presence::Offline, Presence::Both] {
                    ui.radio_value(presence, p, i18n::presence(p));
                }
            });
            let mut rated = satisfaction.is_some();
            ui.checkbox(&mut rated, tr!("inspector-satisfaction"));
            match (rated, satisfaction.as_mut()) {
                (true, Some(s)) => {
                    ui.add(egui::Slider::new(s, 1..=5).text(tr!("inspector-of-five")));
                }
                (true, None) => *satisfaction = Some(3),
                (false, _) => *satisfaction = None,
            }
        }
        Details::Pain { category, severity } => {
            combo(
                ui,
                &tr!("inspector-category"),
                category,
                &PainCategory::ALL,
                i18n::pain_category,
            );
            combo(
                ui,
                &tr!("inspector-severity"),
                severity,
                &[
                    Severity::Low,
                    Severity::Medium,
                    Severity::High,
                    Severity::Critical,
                ],
                i18n::severity,
            );
        }
        Details::Opportunity {
            owner: who,
            priority,
            status,
            answers,
        } => {
            text_field(ui, owner, &tr!("inspector-owner"), who, false);
            combo(
                ui,
                &tr!("inspector-priority"),
                priority,
                &[Priority::Low, Priority::Medium, Priority::High],
                i18n::priority,
            );
            combo(
                ui,
                &tr!("inspector-status"),
                status,
                &[
                    Status::Idea,
                    Status::Planned,
                    Status::InProgress,
                    Status::Done,
                    Status::Dropped,
                ],
                i18n::status,
            );
            ui.label(tr!("inspector-answers"));
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
            ui.add(egui::Slider::new(score, -3..=3).text(tr!("inspector-score")));
            egui::ComboBox::from_label(tr!("inspector-moment"))
                .width(combo_width(ui))
                .selected_text(moment.map_or_else(|| tr!("inspector-none"), i18n::moment))
                .show_ui(ui, |ui| {
                    ui.selectable_value(moment, None, tr!("inspector-none"));
                    for m in [
                        MomentOfTruth::Discovery,
                        MomentOfTruth::Purchase,
                        MomentOfTruth::Experience,
                        MomentOfTruth::Loyalty,
                    ] {
                        ui.selectable_value(moment, Some(m), i18n::moment(m));
                    }
                });
        }
        Details::Task { owner: who } => {
            text_field(ui, owner, &tr!("inspector-owner"), who, false);
        }
        Details::Metric {
            value,
            target,
            unit,
        } => {
            number_field(ui, &tr!("inspector-value"), value);
            number_field(ui, &tr!("inspector-target"), target);
            text_field(ui, owner, &tr!("inspector-unit"), unit, false);
        }
    }
}

fn stage(app: &mut WaylineApp, ui: &mut egui::Ui, id: &crate::model::StageId) {
    let Some(before) = app.doc.map.stage(id).cloned() else {
        return;
    };
    let mut stage = before.clone();
    ui.heading(tr!("inspector-stage"));
    let owner = before.id.as_str().to_string();
    let owner = owner.as_str();
    text_field(ui, owner, &tr!("inspector-name"), &mut stage.name, false);
    text_field(
        ui,
        owner,
        &tr!("inspector-description"),
        &mut stage.description,
        true,
    );
    ui.separator();
    ui.label(tr!("inspector-steps"));
    let mut remove = None;
    for (i, step) in stage.steps.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let name = tr!("inspector-step-name");
            row_field(ui, step.id.as_str(), &name, &mut step.name, 180.0);
            let remove_step = ui.small_button("✕");
            if remove_step
                .on_hover_text(tr!("inspector-remove-step"))
                .clicked()
            {
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
            app.error = Some(tr!("error-step-has-cards"));
        } else {
            stage.steps.remove(i);
        }
    }
    if ui.button(tr!("inspector-add-step")).clicked() {
        let id = app.doc.map.ids().step();
        stage.steps.push(Step {
            id,
            name: tr!("new-step-name", number = stage.steps.len() + 1),
        });
    }
    ui.separator();
    ui.label(tr!("inspector-kpis"));
    let mut remove = None;
    for (i, kpi) in stage.kpis.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let kpi_owner = format!("{owner}/kpi-{i}");
            text_field(
                ui,
                &kpi_owner,
                &tr!("inspector-kpi-name"),
                &mut kpi.name,
                false,
            );
            number_field(ui, &tr!("inspector-value"), &mut kpi.value);
            number_field(ui, &tr!("inspector-target"), &mut kpi.target);
            text_field(ui, &kpi_owner, &tr!("inspector-unit"), &mut kpi.unit, false);
            if ui.small_button(tr!("inspector-remove-kpi")).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        stage.kpis.remove(i);
    }
    if ui.button(tr!("inspector-add-kpi")).clicked() {
        stage.kpis.push(Kpi {
            name: tr!("new-kpi-name"),
            value: None,
            target: None,
            unit: String::new(),
        });
    }
    ui.separator();
    lines_field(ui, owner, &tr!("inspector-insights"), &mut stage.insights);
    let percent = |ui: &mut egui::Ui, label: &str, v: &mut Option<f32>| {
        let mut as_f64 = v.map(f64::from);
        number_field(ui, label, &mut as_f64);
        *v = as_f64.map(|x| x.clamp(0.0, 100.0) as f32);
    };
    percent(ui, &tr!("inspector-drop-off"), &mut stage.drop_off);
    percent(
        ui,
        &tr!("inspector-goal-completion"),
        &mut stage.goal_completion,
    );
    if stage != before {
        match gesture(ui) {
            Some(g) => app.apply_in_gesture(Command::SetStage { stage }, g),
            None => app.apply(Command::SetStage { stage }),
        }
    }
    ui.separator();
    if ui.button(tr!("inspector-delete-stage")).clicked() && app.doc.map.stages.len() > 1 {
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
    ui.heading(tr!("inspector-lane"));
    text_field(
        ui,
        before.id.as_str(),
        &tr!("inspector-name"),
        &mut lane.name,
        false,
    );
    let kind = tr!("inspector-kind");
    combo(ui, &kind, &mut lane.kind, &LaneKind::ALL, i18n::lane_kind);
    ui.checkbox(&mut lane.hidden, tr!("inspector-hidden"));
    let has_cards = app.doc.map.cards.iter().any(|c| &c.lane == id);
    if lane.kind != before.kind
        && has_cards
        && (lane.kind == LaneKind::Emotions || before.kind == LaneKind::Emotions)
    {
        app.error = Some(tr!("error-lane-kind-emotions"));
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
    if ui.button(tr!("inspector-delete-lane")).clicked() {
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
    ui.heading(tr!("inspector-map"));
    text_field(ui, "map", &tr!("inspector-title"), &mut title, false);
    let kind_label = tr!("inspector-kind");
    combo(ui, &kind_label, &mut kind, &MapKind::ALL, i18n::map_kind);
    text_field(ui, "map", &tr!("inspector-segment"), &mut segment, false);
    text_field(
        ui,
        "map",
        &tr!("inspector-description"),
        &mut description,
        true,
    );
    let dates = tr!(
        "inspector-dates",
        created = m.created.to_string(),
        updated = m.updated.to_string()
    );
    ui.label(egui::RichText::new(dates).weak());
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
    map_language(app, ui);
    ui.separator();
    ui.heading(tr!("inspector-persona"));
    let before = app.doc.map.persona.clone();
    let mut p = before.clone();
    text_field(ui, "persona", &tr!("inspector-name"), &mut p.name, false);
    text_field(ui, "persona", &tr!("inspector-role"), &mut p.role, false);
    ui.horizontal(|ui| {
        let file = p
            .photo
            .clone()
            .unwrap_or_else(|| tr!("inspector-photo-none"));
        ui.label(tr!("inspector-photo", file = file));
        if ui.button(tr!("inspector-choose")).clicked() {
            let purpose = super::choose::Purpose::PersonaPhoto;
            let request = super::choose::Request::new(purpose, tr!("dialog-persona-photo"))
                .filter(tr!("filter-image"), &["png", "jpg", "jpeg"]);
            super::choose::ask(app, request);
        }
        if p.photo.is_some() && ui.button(tr!("inspector-clear")).clicked() {
            p.photo = None;
        }
    });
    text_field(ui, "persona", &tr!("inspector-quote"), &mut p.quote, true);
    text_field(ui, "persona", &tr!("inspector-about"), &mut p.bio, true);
    ui.label(tr!("inspector-demographics"));
    let mut remove = None;
    for (i, fact) in p.demographics.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let fact_owner = format!("persona/fact-{i}");
            let (label, value) = (tr!("inspector-fact-label"), tr!("inspector-fact-value"));
            row_field(ui, &fact_owner, &label, &mut fact.label, 80.0);
            row_field(ui, &fact_owner, &value, &mut fact.value, 130.0);
            let remove_fact = ui.small_button("✕");
            if remove_fact
                .on_hover_text(tr!("inspector-remove-fact"))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        p.demographics.remove(i);
    }
    if ui.button(tr!("inspector-add-fact")).clicked() {
        p.demographics.push(Fact {
            label: tr!("new-fact-label"),
            value: String::new(),
        });
    }
    lines_field(ui, "persona", &tr!("inspector-goals"), &mut p.goals);
    lines_field(ui, "persona", &tr!("inspector-needs"), &mut p.needs);
    lines_field(
        ui,
        "persona",
        &tr!("inspector-behaviours"),
        &mut p.behaviours,
    );
    lines_field(
        ui,
        "persona",
        &tr!("inspector-suggestions"),
        &mut p.suggestions,
    );
    text_field(ui, "persona", &tr!("inspector-notes"), &mut p.notes, true);
    if p != before {
        let command = Command::SetPersona { persona: p };
        match gesture(ui) {
            Some(g) => app.apply_in_gesture(command, g),
            None => app.apply(command),
        }
    }
}

/// The language the map's pages are labelled in: one chosen, or guessed from
/// its text (what a file without one gets).
fn map_language(app: &mut WaylineApp, ui: &mut egui::Ui) {
    let chosen = app.doc.map.language;
    let guessed = tr!(
        "inspector-map-language-guessed",
        language = app.doc.map.language().native_name()
    );
    let name = |l: Option<i18n::Language>| {
        l.map_or_else(|| guessed.clone(), |l| l.native_name().to_string())
    };
    let mut language = chosen;
    unwrapped(ui, |ui| {
        egui::ComboBox::from_label(tr!("inspector-map-language"))
            .width(combo_width(ui))
            .selected_text(name(chosen))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut language, None, name(None));
                for l in i18n::Language::ALL {
                    ui.selectable_value(&mut language, Some(l), name(Some(l)));
                }
            })
    })
    .response
    .on_hover_text(tr!("inspector-map-language-tip"));
    if language != chosen {
        app.apply(Command::SetLanguage { language });
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
