//! App-level actions (New, Open, Save, Undo, Zoom…) as one table: each knows its
//! label and shortcut, so menus and the keyboard read the same list.

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
    /// The whole interface larger or smaller (egui's zoom factor), remembered.
    ScaleUp,
    ScaleDown,
    AddStage,
    AddLane,
    Present,
    PrintPreview,
    Compare,
}

impl Action {
    /// Actions with a keyboard shortcut, checked every frame.
    /// (Ctrl+Shift+= before Ctrl++: a shortcut ignores an extra Shift.)
    pub const WITH_SHORTCUTS: [Action; 19] = [
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
        Action::ScaleUp,
        Action::ScaleDown,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomFit,
        Action::ZoomActual,
        Action::Present,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Action::New => "New…",
            Action::Open => "Open…",
            Action::Save => "Save",
            Action::SaveAs => "Save As…",
            Action::Export => "Export…",
            Action::Import => "Import…",
            Action::ExportCsv => "Export cards as CSV…",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::Copy => "Copy",
            Action::Paste => "Paste",
            Action::Duplicate => "Duplicate",
            Action::Delete => "Delete",
            Action::SelectAll => "Select all",
            Action::ZoomIn => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::ZoomFit => "Zoom to fit",
            Action::ZoomActual => "Actual size",
            Action::ScaleUp => "Larger interface",
            Action::ScaleDown => "Smaller interface",
            Action::AddStage => "Add stage",
            Action::AddLane => "Add lane",
            Action::Present => "Present",
            Action::PrintPreview => "Print preview (page breaks)",
            Action::Compare => "Compare with…",
        }
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
            // Shift+= types "+"; Shift+- has no key of its own and arrives as Minus.
            Action::ScaleUp => (cmd_shift, Key::Plus),
            Action::ScaleDown => (cmd_shift, Key::Minus),
            Action::Present => (Modifiers::NONE, Key::F5),
            Action::AddStage | Action::AddLane | Action::PrintPreview => return None,
            Action::Import | Action::ExportCsv | Action::Compare => return None,
        };
        Some(KeyboardShortcut::new(mods, key))
    }
}
