//! The structure panel: the map's stages and lanes as lists to select, add,
//! rename, reorder, hide and delete. Every change is an edit command.

use eframe::egui;

use super::i18n::{self, tr};
use super::{Focus, WaylineApp};
use crate::edit::Command;
use crate::model::{Lane, LaneKind, Stage};

pub fn add_stage(app: &mut WaylineApp) {
    let id = app.doc.map.ids().stage();
    let n = app.doc.map.stages.len();
    let stage = Stage::new(id.clone(), tr!("new-stage-name", number = n + 1));
    // After the focused stage, or at the end.
    let index = match &app.focus {
        Focus::Stage(s) => app.doc.map.stage_index(s).map_or(n, |i| i + 1),
        _ => n,
    };
    app.apply(Command::AddStage { stage, index });
    app.selected.clear();
    app.canvas.follow(crate::scene::Target::Stage(id.clone()));
    app.focus = Focus::Stage(id);
}

pub fn add_lane(app: &mut WaylineApp, kind: LaneKind) {
    let id = app.doc.map.ids().lane();
    let n = app.doc.map.lanes.len();
    let index = match &app.focus {
        Focus::Lane(l) => app.doc.map.lane_index(l).map_or(n, |i| i + 1),
        _ => n,
    };
    app.apply(Command::AddLane {
        lane: Lane::new(id.clone(), i18n::lane_kind(kind), kind),
        index,
    });
    app.selected.clear();
    app.canvas.follow(crate::scene::Target::Lane(id.clone()));
    app.focus = Focus::Lane(id);
}

pub fn panel(app: &mut WaylineApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(tr!("structure-stages"));
        let unnamed = tr!("structure-unnamed");
        let stages: Vec<Stage> = app.doc.map.stages.clone();
        for (i, stage) in stages.iter().enumerate() {
            ui.horizontal(|ui| {
                let selected = app.focus == Focus::Stage(stage.id.clone());
                let name = if stage.name.is_empty() {
                    &unnamed
                } else {
                    &stage.name
                };
                if row_label(ui, selected, format!("{}. {name}", i + 1)).clicked() {
                    app.focus = Focus::Stage(stage.id.clone());
                    app.selected.clear();
                    app.canvas
                        .follow(crate::scene::Target::Stage(stage.id.clone()));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .add_enabled(i + 1 < stages.len(), egui::Button::new("→").small())
                        .on_hover_text(tr!("structure-move-right"))
                        .clicked()
                    {
                        app.apply(Command::MoveStage {
                            id: stage.id.clone(),
                            index: i + 1,
                        });
                    }
                    if ui
                        .add_enabled(i > 0, egui::Button::new("←").small())
                        .on_hover_text(tr!("structure-move-left"))
                        .clicked()
                    {
                        app.apply(Command::MoveStage {
                            id: stage.id.clone(),
                            index: i - 1,
                        });
                    }
                });
            });
        }
        if ui.button(super::Action::AddStage.label()).clicked() {
            add_stage(app);
        }
        ui.separator();
        ui.heading(tr!("structure-lanes"));
        let lanes: Vec<Lane> = app.doc.map.lanes.clone();
        for (i, lane) in lanes.iter().enumerate() {
            ui.horizontal(|ui| {
                let mut shown = !lane.hidden;
                if ui
                    .checkbox(&mut shown, "")
                    .on_hover_text(if shown {
                        tr!("structure-hide-lane")
                    } else {
                        tr!("structure-show-lane")
                    })
                    .changed()
                {
                    let mut changed = lane.clone();
                    changed.hidden = !shown;
                    app.apply(Command::SetLane { lane: changed });
                }
                let selected = app.focus == Focus::Lane(lane.id.clone());
                let text = egui::RichText::new(if lane.name.is_empty() {
                    &unnamed
                } else {
                    &lane.name
                });
                let text = if lane.hidden { text.weak() } else { text };
                if row_label(ui, selected, text)
                    .on_hover_text(i18n::lane_kind(lane.kind))
                    .clicked()
                {
                    app.focus = Focus::Lane(lane.id.clone());
                    app.selected.clear();
                    app.canvas
                        .follow(crate::scene::Target::Lane(lane.id.clone()));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .add_enabled(i + 1 < lanes.len(), egui::Button::new("↓").small())
                        .on_hover_text(tr!("structure-move-down"))
                        .clicked()
                    {
                        app.apply(Command::MoveLane {
                            id: lane.id.clone(),
                            index: i + 1,
                        });
                    }
                    if ui
                        .add_enabled(i > 0, egui::Button::new("↑").small())
                        .on_hover_text(tr!("structure-move-up"))
                        .clicked()
                    {
                        app.apply(Command::MoveLane {
                            id: lane.id.clone(),
                            index: i - 1,
                        });
                    }
                });
            });
        }
        ui.menu_button(super::Action::AddLane.label(), |ui| {
            for kind in LaneKind::ALL {
                if ui.button(i18n::lane_kind(kind)).clicked() {
                    add_lane(app, kind);
                    ui.close();
                }
            }
        });
        ui.separator();
        ui.label(egui::RichText::new(tr!("structure-help")).small().weak());
    });
}

/// A selectable row name, cut with "…" so the row's buttons stay in view.
fn row_label(
    ui: &mut egui::Ui,
    selected: bool,
    text: impl Into<egui::WidgetText>,
) -> egui::Response {
    let width = (ui.available_width() - 56.0).max(40.0);
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Button::selectable(selected, text).truncate())
    })
    .inner
}
