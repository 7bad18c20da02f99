//! App-level actions (New, Open, Save, Undo, Zoom…) as one table: each knows its
//! label (a catalogue key) and shortcut, so menus and the keyboard read the
//! same list.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Export,
    Import,
    ExportCsv,
    Undo,
    Redo,
    Copy,
    Paste,
    Duplicate,
    Delete,
    SelectAll,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomActual,
    AddStage,
    AddLane,
    Present,
    PrintPreview,
    Compare,
}

impl Action {
    /// Actions with a keyboard shortcut, checked every frame.
    pub const WITH_SHORTCUTS: [Action; 17] = [
        Action::New,
        Action::Export,
        Action::Open,
        Action::SaveAs,
        Action::Save,
        Action::Redo,
        Action::Undo,
        Action::Copy,
        Action::Paste,
        Action::Duplicate,
        Action::Delete,
        Action::SelectAll,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomFit,
        Action::ZoomActual,
        Action::Present,
    ];

    /// The action's name in the menus, in the UI language.
    pub fn label(self) -> String {
        super::i18n::t(match self {
            Action::New => "action-new",
            Action::Open => "action-open",
            Action::Save => "action-save",
            Action::SaveAs => "action-save-as",
            Action::Export => "action-export",
            Action::Import => "action-import",
            Action::ExportCsv => "action-export-csv",
            Action::Undo => "action-undo",
            Action::Redo => "action-redo",
            Action::Copy => "action-copy",
            Action::Paste => "action-paste",
            Action::Duplicate => "action-duplicate",
            Action::Delete => "action-delete",
            Action::SelectAll => "action-select-all",
            Action::ZoomIn => "action-zoom-in",
            Action::ZoomOut => "action-zoom-out",
            Action::ZoomFit => "action-zoom-fit",
            Action::ZoomActual => "action-zoom-actual",
            Action::AddStage => "action-add-stage",
            Action::AddLane => "action-add-lane",
            Action::Present => "action-present",
            Action::PrintPreview => "action-print-preview",
            Action::Compare => "action-compare",
        })
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let (mods, key) = match self {
            Action::New => (cmd, Key::N),
            Action::Open => (cmd, Key::O),
            Action::Save => (cmd, Key::S),
            Action::SaveAs => (cmd_shift, Key::S),
            Action::Export => (cmd, Key::E),
            Action::Undo => (cmd, Key::Z),
            Action::Redo => (cmd_shift, Key::Z),
            Action::Copy => (cmd, Key::C),
            Action::Paste => (cmd, Key::V),
            Action::Duplicate => (cmd, Key::D),
            Action::Delete => (Modifiers::NONE, Key::Delete),
            Action::SelectAll => (cmd, Key::A),
            Action::ZoomIn => (cmd, Key::Plus),
            Action::ZoomOut => (cmd, Key::Minus),
            Action::ZoomFit => (cmd, Key::Num0),
            Action::ZoomActual => (cmd, Key::Num1),
            Action::Present => (Modifiers::NONE, Key::F5),
            Action::AddStage | Action::AddLane | Action::PrintPreview => return None,
            Action::Import | Action::ExportCsv | Action::Compare => return None,
        };
        Some(KeyboardShortcut::new(mods, key))
    }
}
