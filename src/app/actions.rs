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
            Action::ScaleUp => "action-scale-up",
            Action::ScaleDown => "action-scale-down",
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

fn paste_key() -> eframe::egui::Id {
    eframe::egui::Id::unique("wayline-paste-requested")
}

/// Edit → Paste and the right-click menu's Paste read the system clipboard,
/// as Ctrl+V does: the platform is asked for it, and its text arrives as
/// `Event::Paste` in the next frame's input.
pub fn request_paste(ctx: &eframe::egui::Context) {
    ctx.send_viewport_cmd(eframe::egui::ViewportCommand::RequestPaste);
    let frame = ctx.cumulative_frame_nr();
    ctx.data_mut(|d| d.insert_temp(paste_key(), frame));
    ctx.request_repaint();
}

/// True when a paste asked for by [`request_paste`] got nothing from the
/// platform (an empty system clipboard, or none, as under kittest): then the
/// cards copied in this window are pasted. `arrived`: the frame had a paste.
pub fn paste_fell_through(ctx: &eframe::egui::Context, arrived: bool) -> bool {
    let Some(asked) = ctx.data(|d| d.get_temp::<u64>(paste_key())) else {
        return false;
    };
    if !arrived && ctx.cumulative_frame_nr() <= asked {
        return false;
    }
    ctx.data_mut(|d| d.remove::<u64>(paste_key()));
    !arrived
}
