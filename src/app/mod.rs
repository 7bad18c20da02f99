//! The editor window (eframe/egui). Panels and canvas turn input into edit
//! [`Command`](crate::edit::Command)s and [`Action`]s; files go through
//! [`Document`]; geometry comes from the layout scene. No file format or layout
//! code lives here.

mod actions;
mod autosave;
mod canvas;
mod canvas_access;
mod canvas_extras;
mod choose;
mod compare;
mod conflicts;
mod document;
mod export_dialog;
mod export_warnings;
mod files;
pub mod gallery;
mod git_history;
pub mod i18n;
pub mod ime;
mod inspector;
pub mod jobs;
mod menu;
mod pains;
mod paste;
mod photo;
mod present;
mod print_preview;
mod saving;
mod selection;
mod structure;
mod window;

pub use actions::Action;
pub use canvas::CanvasState;
pub use compare::{Compared, select_change};
pub use document::Document;
pub use git_history::Commit;
pub use present::{Placed, Presenter, Slide};
pub use window::fit_on_monitor;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use eframe::egui;

use crate::edit::Command;
use crate::model::{Card, CardId, LaneId, StageId};

/// Opens the editor on `file`, or on the built-in sample map.
pub fn run(file: Option<PathBuf>) -> Result<ExitCode, String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Wayline")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0]),
        renderer: eframe::Renderer::Glow,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Wayline",
        options,
        Box::new(move |cc| {
            // A language chosen in the View menu wins over the system's.
            let language = i18n::remembered(cc.storage).unwrap_or_else(i18n::Language::system);
            i18n::set_language(language);
            let mut app = WaylineApp::new(file.as_deref());
            if let Some(storage) = cc.storage {
                app.restore(storage, &cc.egui_ctx);
            }
            Ok(Box::new(app))
        }),
    )
    // i18n-ok: printed on stderr by the command line, which stays English
    .map_err(|e| format!("cannot open the editor window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The inspector's width when it first opens: wide enough for its labels.
const INSPECTOR_WIDTH: f32 = 280.0;

/// What the inspector panel shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Focus {
    #[default]
    Map,
    Card(CardId),
    Stage(StageId),
    Lane(LaneId),
    /// An item of the compared version that the open map no longer has,
    /// shown read-only in the inspector.
    Removed(crate::model::ItemRef),
}

/// An action waiting for the answer to "save changes first?".
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    Quit,
    /// A template, and whether to start from its empty variant.
    New(&'static str, bool),
    Open(Option<PathBuf>),
    /// Import a Mermaid diagram or a CSV table (asking for the file when `None`).
    Import(Option<PathBuf>),
}

pub struct WaylineApp {
    pub doc: Document,
    pub canvas: CanvasState,
    pub selected: BTreeSet<CardId>,
    pub focus: Focus,
    pub recent: Vec<PathBuf>,
    /// A message shown in the window until dismissed.
    pub error: Option<String>,
    /// The language the window speaks (View → Language).
    language: i18n::Language,
    pub export: export_dialog::ExportState,
    pub autosave: autosave::Autosave,
    /// The file changed on disk since it was opened: ask before overwriting it.
    pub overwrite_prompt: bool,
    /// The pain-point window, open with these filters.
    pub pains: Option<crate::model::PainFilter>,
    /// A card the pain-point window chose, to bring into view beside the
    /// window (its rect on screen) once the canvas has laid it out.
    pains_reveal: Option<(CardId, Option<egui::Rect>)>,
    /// Compare mode: the version compared with and its changes.
    pub compare: compare::CompareState,
    /// The merge conflicts window.
    pub conflicts: conflicts::ConflictsState,
    /// Presentation mode (F5).
    present: present::Presenter,
    /// A file being read in the background.
    opening: Option<files::Opening>,
    /// The map being written in the background.
    saving: Option<saving::Saving>,
    /// The window's context, once the first frame has run: jobs ask it for a
    /// repaint when they finish.
    ctx: Option<egui::Context>,
    /// A file being imported in the background.
    importing: Option<files::Importing>,
    /// The cards last copied in this window, as clipboard text: what Edit →
    /// Paste pastes (a platform paste brings the system clipboard's text).
    clipboard: String,
    /// Texts the platform pasted this frame (Ctrl+V), pasted as cards.
    pasted: Vec<String>,
    queued: Vec<Action>,
    confirm: Option<Pending>,
    new_dialog: bool,
    /// The New dialog's templates and their thumbnails.
    pub gallery: gallery::Gallery,
    fonts_installed: bool,
    /// The window has been checked to be whole on its monitor.
    on_screen: bool,
    next_gesture: u64,
    /// Whether the system's file dialog can open, and the dialog on screen.
    native_dialogs: choose::Native,
    chooser: choose::Chooser,
    /// Whether the structure and the inspector panels are open (`None` until
    /// the first frame has seen the window's width).
    panels: Option<(bool, bool)>,
    /// The text field focused last frame: a new one starts a new undo step.
    last_focused: Option<egui::Id>,
    title: String,
    allow_close: bool,
}

impl WaylineApp {
    /// The app on a file, or on the sample map when there is none (or it fails to
    /// load, in which case the error is shown).
    pub fn new(file: Option<&std::path::Path>) -> WaylineApp {
        WaylineApp::with_recovery_dir(file, crate::io::recovery::default_dir())
    }

    /// As [`WaylineApp::new`], keeping recovery files in `recovery_dir`.
    pub fn with_recovery_dir(file: Option<&std::path::Path>, recovery_dir: PathBuf) -> WaylineApp {
        let mut error = None;
        let doc = match file.map(Document::open) {
            Some(Ok(doc)) => doc,
            Some(Err(e)) => {
                error = Some(i18n::failed("error-open-failed", e));
                Document::new(crate::model::Map::new(i18n::t("new-map-title")))
            }
            None => Document::new(sample_map()),
        };
        let autosave = autosave::Autosave::new(recovery_dir, &doc);
        WaylineApp {
            autosave,
            overwrite_prompt: false,
            pains: None,
            pains_reveal: None,
            compare: compare::CompareState::default(),
            conflicts: conflicts::ConflictsState::default(),
            present: present::Presenter::default(),
            opening: None,
            saving: None,
            ctx: None,
            importing: None,
            doc,
            canvas: CanvasState::default(),
            selected: BTreeSet::new(),
            focus: Focus::Map,
            recent: Vec::new(),
            error,
            language: i18n::language(),
            export: export_dialog::ExportState::default(),
            clipboard: String::new(),
            pasted: Vec::new(),
            queued: Vec::new(),
            confirm: None,
            new_dialog: false,
            gallery: gallery::Gallery::default(),
            fonts_installed: false,
            on_screen: false,
            next_gesture: 1,
            last_focused: None,
            panels: None,
            native_dialogs: choose::Native::default(),
            chooser: choose::Chooser::default(),
            title: String::new(),
            allow_close: false,
        }
    }

    /// Takes back what the last run remembered (eframe storage): recent files,
    /// the presenter's theme, the interface scale.
    pub fn restore(&mut self, storage: &dyn eframe::Storage, ctx: &egui::Context) {
        self.recent = eframe::get_value(storage, files::RECENT_KEY).unwrap_or_default();
        if let Some(dark) = eframe::get_value::<bool>(storage, present::DARK_KEY) {
            self.present.set_dark(dark);
        }
        if let Some(scale) = eframe::get_value::<f32>(storage, window::SCALE_KEY) {
            window::set_scale(ctx, scale);
        }
    }

    /// Applies an edit; a failed edit is shown, not lost silently.
    pub fn apply(&mut self, command: Command) {
        if let Err(e) = self.doc.apply(command, None) {
            self.error = Some(i18n::failed("error-edit-failed", e));
        }
    }

    /// Applies an edit that belongs to a gesture (a drag, typing into one field).
    pub fn apply_in_gesture(&mut self, command: Command, gesture: u64) {
        if let Err(e) = self.doc.apply(command, Some(gesture)) {
            self.error = Some(i18n::failed("error-edit-failed", e));
        }
    }

    fn new_gesture(&mut self) -> u64 {
        self.next_gesture += 1;
        self.next_gesture
    }

    /// Queues an app action; it runs at the start of the next frame.
    pub fn queue(&mut self, action: Action) {
        self.queued.push(action);
    }

    /// The whole window's contents. eframe calls this each frame; tests call it
    /// through egui_kittest.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        i18n::set_language(self.language);
        let ctx = ui.ctx().clone();
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        ime::expect_typing(&ctx, !self.present.is_active());
        if !self.fonts_installed {
            ctx.add_plugin(ime::Steady::default());
            canvas::install_fonts(&ctx);
            // Ctrl+= and Ctrl+- are the map's zoom; the interface's is Ctrl+Shift.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.fonts_installed = true;
        }
        if !self.on_screen {
            self.on_screen = window::keep_on_screen(&ctx);
        }
        self.read_shortcuts(&ctx);
        if actions::paste_fell_through(&ctx, !self.pasted.is_empty()) {
            self.pasted.push(self.clipboard.clone());
        }
        for action in std::mem::take(&mut self.queued) {
            self.run_action(&ctx, action);
        }
        for text in std::mem::take(&mut self.pasted) {
            self.paste(&text);
        }
        choose::check(self);
        choose::poll(self, &ctx);
        export_dialog::poll(self);
        files::poll_open(self);
        files::poll_import(self);
        saving::poll(self);
        compare::poll(self, &ctx);
        if self.opening.is_some() || self.importing.is_some() || self.saving.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        autosave::tick(self, &ctx);
        self.update_title(&ctx);
        self.handle_close(&ctx);
        if self.present.is_active() {
            present::show(self, ui);
            files::dialogs(self, &ctx);
            choose::show(self, &ctx);
            return;
        }

        if self.panels.is_none() {
            // A narrow window starts with the structure panel folded away, so
            // the canvas keeps most of the width.
            let width = ui.available_width();
            self.panels = Some((width >= 1200.0, width >= 760.0));
        }
        window::make_room_for_compare(self, &ctx);
        let (mut structure_open, mut inspector_open) = self.panels.unwrap_or((true, true));
        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui, &mut structure_open, &mut inspector_open)
        });
        autosave::notice_bar(self, ui);
        egui::Panel::left("structure")
            .resizable(true)
            .default_size(200.0)
            .size_range(160.0..=360.0)
            .show_collapsible(ui, &mut structure_open, |ui| structure::panel(self, ui));
        // The Export panel takes the inspector's place while it is open, so
        // the canvas keeps its width for the page-break preview.
        if !self.export.open {
            egui::Panel::right("inspector")
                .resizable(true)
                .default_size(INSPECTOR_WIDTH)
                .size_range(240.0..=480.0)
                .show_collapsible(ui, &mut inspector_open, |ui| inspector::panel(self, ui));
        }
        self.panels = Some((structure_open, inspector_open));
        compare::panel(self, ui);
        export_dialog::panel(self, ui);
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(egui::Color32::from_gray(0xe4)))
            .show(ui, |ui| canvas::show(self, ui));
        files::dialogs(self, &ctx);
        choose::show(self, &ctx);
        autosave::offer_dialog(self, &ctx);
        pains::window(self, &ctx);
        pains::reveal(self);
        compare::chooser(self, &ctx);
        conflicts::window(self, &ctx);
    }

    /// Starts exporting the open map to `path` in the background (what the Export
    /// dialog does after its file dialog).
    pub fn export_to(&mut self, path: PathBuf, ctx: &egui::Context) {
        export_dialog::start(self, path, ctx);
    }

    /// Opens `path` as File → Open does, asking first about unsaved changes.
    pub fn open_file(&mut self, path: PathBuf) {
        self.ask_then(Pending::Open(Some(path)));
    }

    /// Imports `path` (Mermaid or CSV) as a new untitled map, as File → Import…
    /// does, asking first about unsaved changes; a failed import leaves the open
    /// map as it was and shows the error.
    pub fn import_file(&mut self, path: PathBuf) {
        self.ask_then(Pending::Import(Some(path)));
    }

    /// The language the window speaks.
    pub fn language(&self) -> i18n::Language {
        self.language
    }

    /// Speaks `language` from the next frame on (the View menu's choice).
    pub fn set_language(&mut self, language: i18n::Language) {
        self.language = language;
        i18n::set_language(language);
        self.export.forget_messages();
    }

    /// Uses Wayline's own file dialog from now on, as on a desktop with no
    /// system dialog (for tests, and for `WAYLINE_FILE_DIALOG=builtin`).
    pub fn use_builtin_file_dialog(&mut self) {
        self.native_dialogs = choose::Native::Known(false);
    }

    /// Whether the structure and the inspector panels are open.
    pub fn panels_open(&self) -> (bool, bool) {
        self.panels.unwrap_or((true, true))
    }

    /// True while a file dialog (the system's or Wayline's) is open.
    pub fn is_choosing_file(&self) -> bool {
        !matches!(self.chooser, choose::Chooser::None)
    }

    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    /// True while the map is being written (File → Save and Save As).
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// True while a recovery file is looked for, written or removed.
    pub fn is_autosaving(&self) -> bool {
        self.autosave.is_busy()
    }

    pub fn is_importing(&self) -> bool {
        self.importing.is_some()
    }

    /// The print preview's sheet outlines as last planned (in a job), if any.
    pub fn preview_sheets(&self) -> Option<&[crate::export::Sheet]> {
        self.export
            .sheets
            .as_ref()
            .map(|(_, sheets)| sheets.as_slice())
    }

    pub fn is_exporting(&self) -> bool {
        self.export.is_running()
    }

    fn read_shortcuts(&mut self, ctx: &egui::Context) {
        // Typing into another field (or none) starts a new undo step.
        let focused = ctx.memory(|m| m.focused());
        if focused != self.last_focused {
            self.doc.seal();
            self.last_focused = focused;
        }
        let typing = ctx.memory(|m| m.focused().is_some()) && ctx.egui_wants_keyboard_input();
        let mut actions = Vec::new();
        let mut pasted = Vec::new();
        let mut moves = Vec::new();
        // Arrows, Tab, Enter and Esc move the selection only when nothing
        // else (a field, a menu, a dialog, the presentation) wants them.
        let navigating = !typing
            && !self.present.is_active()
            && self.canvas.editing().is_none()
            && !ctx.any_popup_open()
            && self.error.is_none()
            && self.confirm.is_none()
            && !self.new_dialog
            && !self.export.open
            && !self.overwrite_prompt;
        let editing_card = typing && self.canvas.editing().is_some();
        let mut into_editor = Vec::new();
        ctx.input_mut(|input| {
            ime::caret_at_end(&mut input.events);
            if editing_card {
                into_editor = paste::cards_out_of(&mut input.events);
            }
            if input.consume_shortcut(&egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND,
                egui::Key::Y,
            )) {
                actions.push(Action::Redo);
            }
            for action in Action::WITH_SHORTCUTS {
                let Some(shortcut) = action.shortcut() else {
                    continue;
                };
                // Undo and redo are the map's even in a text field: typing into
                // a field is a step of the map's history, and egui's own undo
                // of a field (kept by widget id) must never see the keys.
                let editing_keys = matches!(
                    action,
                    Action::Copy
                        | Action::Paste
                        | Action::Delete
                        | Action::SelectAll
                        | Action::Duplicate
                );
                if typing && editing_keys {
                    continue;
                }
                if input.consume_shortcut(&shortcut) {
                    actions.push(action);
                }
            }
            if !typing {
                // Platform copy and paste arrive as events, not keys.
                for event in &input.events {
                    match event {
                        egui::Event::Copy => actions.push(Action::Copy),
                        egui::Event::Paste(text) => pasted.push(text.clone()),
                        _ => {}
                    }
                }
                if input.key_pressed(egui::Key::Backspace) {
                    actions.push(Action::Delete);
                }
                if navigating {
                    selection::keys(input, &mut moves);
                }
            }
        });
        self.queued.extend(actions);
        if !into_editor.is_empty() {
            self.paste_over_editor(into_editor);
        }
        self.pasted.extend(pasted);
        if moves
            .iter()
            .any(|m| matches!(m, selection::Step::Next | selection::Step::Previous))
        {
            // Tab moves between cards here, not the keyboard focus between widgets.
            ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
        for step in moves {
            selection::apply(self, step);
        }
    }

    fn run_action(&mut self, ctx: &egui::Context, action: Action) {
        if self.present.is_active() && !present::allowed(action) {
            return;
        }
        match action {
            Action::New => self.new_dialog = true,
            Action::Open => files::open(self, None),
            Action::Save => files::save(self, false),
            Action::SaveAs => files::save(self, true),
            Action::Export => self.export.open = true,
            // The file first: "save changes?" only once there is one to open.
            Action::Import => files::import(self, None),
            Action::ExportCsv => files::export_csv(self),
            Action::Undo => {
                if !canvas::undo_typing(self) {
                    self.doc.undo();
                }
                self.forget_missing();
            }
            Action::Redo => {
                canvas::commit_inline(self);
                self.doc.redo();
                self.forget_missing();
            }
            Action::Copy => {
                let cards = self.selected_cards();
                if !cards.is_empty() {
                    let text = crate::edit::clipboard::to_text(&cards);
                    // On the system clipboard, for other windows and programs.
                    ctx.copy_text(text.clone());
                    self.clipboard = text;
                }
            }
            Action::Paste => actions::request_paste(ctx),
            Action::Duplicate => {
                let text = crate::edit::clipboard::to_text(&self.selected_cards());
                self.paste(&text);
            }
            Action::Delete => self.delete_selection(),
            Action::SelectAll => {
                self.selected = self.doc.map.cards.iter().map(|c| c.id.clone()).collect();
            }
            Action::ZoomIn => self.canvas.zoom_by_hand(1.25, None),
            Action::ZoomOut => self.canvas.zoom_by_hand(0.8, None),
            Action::ZoomFit => self.canvas.fit_next_frame(),
            Action::ZoomActual => {
                let factor = 1.0 / self.canvas.zoom();
                self.canvas.zoom_by_hand(factor, None);
            }
            Action::ScaleUp | Action::ScaleDown => {
                let up = action == Action::ScaleUp;
                window::set_scale(ctx, window::step(ctx.zoom_factor(), up));
            }
            Action::AddStage => structure::add_stage(self),
            Action::AddLane => structure::add_lane(self, crate::model::LaneKind::Actions),
            Action::Present => present::toggle(self, ctx),
            Action::PrintPreview => print_preview::toggle(self),
            Action::Compare => self.choose_comparison(),
        }
        ctx.request_repaint();
    }

    /// Drops selections of things an undo or redo removed.
    fn forget_missing(&mut self) {
        let map = &self.doc.map;
        self.selected.retain(|id| map.card(id).is_some());
        let gone = match &self.focus {
            Focus::Card(id) => map.card(id).is_none(),
            Focus::Stage(id) => map.stage(id).is_none(),
            Focus::Lane(id) => map.lane(id).is_none(),
            Focus::Map => false,
            Focus::Removed(_) => self.compare.active.is_none(),
        };
        if gone {
            self.focus = Focus::Map;
        }
    }

    fn selected_cards(&self) -> Vec<Card> {
        self.doc
            .map
            .cards
            .iter()
            .filter(|c| self.selected.contains(&c.id))
            .cloned()
            .collect()
    }

    /// Deletes the selected cards, or else the focused stage or lane with its
    /// cards: one undo step. The last stage stays (a map has at least one).
    fn delete_selection(&mut self) {
        let command = if !self.selected.is_empty() {
            Command::Batch(
                self.selected
                    .iter()
                    .map(|id| Command::RemoveCard { id: id.clone() })
                    .collect(),
            )
        } else {
            match &self.focus {
                Focus::Stage(id) if self.doc.map.stages.len() > 1 => {
                    Command::remove_stage(&self.doc.map, id)
                }
                Focus::Lane(id) => Command::remove_lane(&self.doc.map, id),
                _ => return,
            }
        };
        self.apply(command);
        self.selected.clear();
        self.focus = Focus::Map;
    }

    /// Runs `pending` now, or after asking to save when there are unsaved changes.
    fn ask_then(&mut self, pending: Pending) {
        if self.doc.is_dirty() {
            self.confirm = Some(pending);
        } else {
            self.proceed(pending);
        }
    }

    /// Replaces the open document (the caller has asked about unsaved changes).
    pub fn replace_document(&mut self, doc: Document) {
        let show_hidden = self.canvas.show_hidden_lanes;
        self.doc = doc;
        self.canvas = CanvasState::default();
        self.canvas.show_hidden_lanes = show_hidden;
        self.selected.clear();
        self.focus = Focus::Map;
        self.present.invalidate();
        // A comparison belongs to the map it was made for; so does a save's
        // bookkeeping (its file is still written).
        self.compare = compare::CompareState::default();
        self.saving = None;
    }

    fn proceed(&mut self, pending: Pending) {
        // The user chose to leave this document: its recovery file goes too.
        self.autosave.clear(&self.doc);
        match pending {
            Pending::Quit => self.allow_close = true,
            Pending::New(template, empty) => files::new_from_template(self, template, empty),
            Pending::Open(path) => files::open(self, path),
            Pending::Import(path) => files::import(self, path),
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let dirty = if self.doc.is_dirty() { "● " } else { "" };
        // i18n-ok: the program's name
        let title = format!("{dirty}{} — Wayline", self.doc.name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last set (for tests and screenshots).
    pub fn title(&self) -> &str {
        &self.title
    }

    fn handle_close(&mut self, ctx: &egui::Context) {
        if self.allow_close {
            self.autosave.finish();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.confirm = Some(Pending::Quit);
            } else {
                self.autosave.clear(&self.doc);
                self.autosave.finish();
            }
        }
    }
}

impl eframe::App for WaylineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, files::RECENT_KEY, &self.recent);
        eframe::set_value(storage, present::DARK_KEY, &self.present.is_dark());
        if let Some(ctx) = &self.ctx {
            eframe::set_value(storage, window::SCALE_KEY, &ctx.zoom_factor());
        }
        eframe::set_value(storage, i18n::LANGUAGE_KEY, &self.language);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Quitting may wait: a save or a recovery removal under way finishes.
        if let Some(saving) = self.saving.take() {
            saving.wait();
        }
        self.autosave.finish();
    }
}

/// The map shown when Wayline starts without a file.
fn sample_map() -> crate::model::Map {
    crate::templates::find(crate::templates::SAMPLE)
        .and_then(|t| t.map().ok())
        .unwrap_or_else(|| crate::model::Map::new(i18n::t("new-map-title")))
}
