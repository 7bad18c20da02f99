//! The menu bar: every menu item is an [`Action`] with its label, shortcut and
//! whether it can run now; choosing one queues the action for the frame.

use eframe::egui;

use super::{
    Action, Focus, Pending, WaylineApp, choose, conflicts, export_dialog, files, pains, saving,
    structure,
};

impl WaylineApp {
    pub(super) fn menu_bar(
        &mut self,
        ui: &mut egui::Ui,
        structure: &mut bool,
        inspector: &mut bool,
    ) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.toggle_value(structure, "Stages & lanes")
                .on_hover_text("Show or hide the structure panel");
            ui.menu_button("File", |ui| {
                self.menu_item(ui, Action::New);
                self.menu_item(ui, Action::Open);
                ui.menu_button("Open recent", |ui| {
                    if self.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for path in self.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.ask_then(Pending::Open(Some(path)));
                            ui.close();
                        }
                    }
                });
                self.menu_item(ui, Action::Import);
                ui.separator();
                self.menu_item(ui, Action::Save);
                self.menu_item(ui, Action::SaveAs);
                self.menu_item(ui, Action::Export);
                self.menu_item(ui, Action::ExportCsv);
                ui.separator();
                self.menu_item(ui, Action::Compare);
                ui.separator();
                if ui.button("Quit").clicked() {
                    self.ask_then(Pending::Quit);
                    ui.close();
                }
            });
            ui.menu_button("Edit", |ui| {
                self.menu_item(ui, Action::Undo);
                self.menu_item(ui, Action::Redo);
                ui.separator();
                for action in [
                    Action::Copy,
                    Action::Paste,
                    Action::Duplicate,
                    Action::Delete,
                    Action::SelectAll,
                ] {
                    self.menu_item(ui, action);
                }
            });
            ui.menu_button("View", |ui| {
                for action in [
                    Action::ZoomIn,
                    Action::ZoomOut,
                    Action::ZoomFit,
                    Action::ZoomActual,
                ] {
                    self.menu_item(ui, action);
                }
                ui.separator();
                super::window::scale_menu(self, ui);
                ui.separator();
                self.menu_item(ui, Action::Present);
                ui.checkbox(&mut self.canvas.show_hidden_lanes, "Show hidden lanes");
                let mut preview = self.export.preview;
                if ui
                    .checkbox(&mut preview, Action::PrintPreview.label())
                    .on_hover_text("Page breaks of the Export dialog's current options")
                    .clicked()
                {
                    self.queue(Action::PrintPreview);
                }
                if ui.button("Pain points → opportunities").clicked() {
                    pains::open(self);
                    ui.close();
                }
            });
            ui.menu_button("Insert", |ui| {
                self.menu_item(ui, Action::AddStage);
                ui.menu_button("Lane", |ui| {
                    for kind in crate::model::LaneKind::ALL {
                        if ui.button(kind.label()).clicked() {
                            structure::add_lane(self, kind);
                            ui.close();
                        }
                    }
                });
            });
            ui.separator();
            ui.toggle_value(inspector, "Inspector")
                .on_hover_text("Show or hide the inspector panel");
            let undo = ui.add_enabled(self.doc.can_undo(), egui::Button::new("↶ Undo"));
            if undo.clicked() {
                self.queue(Action::Undo);
            }
            let redo = ui.add_enabled(self.doc.can_redo(), egui::Button::new("↷ Redo"));
            if redo.clicked() {
                self.queue(Action::Redo);
            }
            let unanswered = self.doc.map.unanswered_pain_points().len();
            let label = if unanswered > 0 {
                format!("Pain points ({unanswered} unanswered)")
            } else {
                "Pain points".to_string()
            };
            if ui
                .button(label)
                .on_hover_text("Pain points and the opportunities that answer them")
                .clicked()
            {
                pains::open(self);
            }
            if ui
                .button("Fit")
                .on_hover_text("Zoom to fit (Ctrl+0)")
                .clicked()
            {
                self.queue(Action::ZoomFit);
            }
            ui.label(format!("{:.0}%", self.canvas.zoom() * 100.0));
            ui.separator();
            export_dialog::status(self, ui);
            if let Some((path, _)) = &self.opening {
                ui.spinner();
                ui.label(format!("Opening {}…", path.display()));
            }
            saving::status(self, ui);
            choose::status(self, ui);
            files::import_status(self, ui);
            conflicts::status(self, ui);
        });
    }

    pub(super) fn menu_item(&mut self, ui: &mut egui::Ui, action: Action) {
        let mut button = egui::Button::new(action.label());
        if let Some(shortcut) = action.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        let enabled = match action {
            Action::Undo => self.doc.can_undo(),
            Action::Redo => self.doc.can_redo(),
            Action::Copy | Action::Duplicate => !self.selected.is_empty(),
            Action::Delete => {
                !self.selected.is_empty() || matches!(self.focus, Focus::Stage(_) | Focus::Lane(_))
            }
            Action::Paste => !self.clipboard.is_empty(),
            _ => true,
        };
        if ui.add_enabled(enabled, button).clicked() {
            self.queue(action);
            ui.close();
        }
    }
}
