//! The menu bar: every menu item is an [`Action`] with its label, shortcut and
//! whether it can run now; choosing one queues the action for the frame.

use eframe::egui;

use super::i18n::{self, Language, tr};
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
            ui.toggle_value(structure, tr!("menu-structure"))
                .on_hover_text(tr!("menu-structure-tip"));
            ui.menu_button(tr!("menu-file"), |ui| {
                self.menu_item(ui, Action::New);
                self.menu_item(ui, Action::Open);
                ui.menu_button(tr!("menu-open-recent"), |ui| {
                    if self.recent.is_empty() {
                        ui.label(tr!("menu-no-recent"));
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
                if ui.button(tr!("menu-quit")).clicked() {
                    self.ask_then(Pending::Quit);
                    ui.close();
                }
            });
            ui.menu_button(tr!("menu-edit"), |ui| {
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
            ui.menu_button(tr!("menu-view"), |ui| {
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
                ui.checkbox(
                    &mut self.canvas.show_hidden_lanes,
                    tr!("menu-show-hidden-lanes"),
                );
                let mut preview = self.export.preview;
                if ui
                    .checkbox(&mut preview, Action::PrintPreview.label())
                    .on_hover_text(tr!("menu-print-preview-tip"))
                    .clicked()
                {
                    self.queue(Action::PrintPreview);
                }
                if ui.button(tr!("menu-pains-window")).clicked() {
                    pains::open(self);
                    ui.close();
                }
                ui.separator();
                self.language_menu(ui);
            });
            ui.menu_button(tr!("menu-insert"), |ui| {
                self.menu_item(ui, Action::AddStage);
                ui.menu_button(tr!("menu-lane"), |ui| {
                    for kind in crate::model::LaneKind::ALL {
                        if ui.button(i18n::lane_kind(kind)).clicked() {
                            structure::add_lane(self, kind);
                            ui.close();
                        }
                    }
                });
            });
            ui.separator();
            ui.toggle_value(inspector, tr!("menu-inspector"))
                .on_hover_text(tr!("menu-inspector-tip"));
            let undo = ui.add_enabled(self.doc.can_undo(), egui::Button::new(tr!("menu-undo")));
            if undo.clicked() {
                self.queue(Action::Undo);
            }
            let redo = ui.add_enabled(self.doc.can_redo(), egui::Button::new(tr!("menu-redo")));
            if redo.clicked() {
                self.queue(Action::Redo);
            }
            let unanswered = self.doc.map.unanswered_pain_points().len();
            let label = if unanswered > 0 {
                tr!("menu-pains-unanswered", count = unanswered)
            } else {
                tr!("menu-pains")
            };
            if ui
                .button(label)
                .on_hover_text(tr!("menu-pains-tip"))
                .clicked()
            {
                pains::open(self);
            }
            if ui
                .button(tr!("menu-fit"))
                .on_hover_text(tr!("menu-fit-tip"))
                .clicked()
            {
                self.queue(Action::ZoomFit);
            }
            ui.label(format!("{:.0}%", self.canvas.zoom() * 100.0));
            ui.separator();
            export_dialog::status(self, ui);
            if let Some((path, _)) = &self.opening {
                ui.spinner();
                ui.label(tr!("status-opening", file = path.display().to_string()));
            }
            saving::status(self, ui);
            choose::status(self, ui);
            files::import_status(self, ui);
            conflicts::status(self, ui);
        });
    }

    /// View → Language: each language named in itself, applied at once and
    /// remembered (eframe's storage) for the next run.
    fn language_menu(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(tr!("menu-language"), |ui| {
            for language in Language::ALL {
                if ui
                    .radio(self.language() == language, language.native_name())
                    .clicked()
                {
                    self.set_language(language);
                    ui.close();
                }
            }
        });
    }

    pub(super) fn menu_item(&mut self, ui: &mut egui::Ui, action: Action) {
        let mut button = egui::Button::new(action.label());
        if let Some(shortcut) = action.shortcut() {
            // egui names two keys in English words.
            let text = ui
                .ctx()
                .format_shortcut(&shortcut)
                .replace("Plus", &tr!("key-plus"))
                .replace("Minus", &tr!("key-minus"));
            button = button.shortcut_text(text);
        }
        let enabled = match action {
            Action::Undo => self.doc.can_undo(),
            Action::Redo => self.doc.can_redo(),
            Action::Copy | Action::Duplicate => !self.selected.is_empty(),
            Action::Delete => {
                !self.selected.is_empty() || matches!(self.focus, Focus::Stage(_) | Focus::Lane(_))
            }
            _ => true,
        };
        if ui.add_enabled(enabled, button).clicked() {
            self.queue(action);
            ui.close();
        }
    }
}
