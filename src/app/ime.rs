//! Input-method events, straightened out before any text field reads them.
//!
//! Under X11 (XIM, as fcitx5 and ibus speak it), winit reports the caret of a
//! pre-edit text at its start whatever the input method says, so egui drew the
//! caret before "ni hao" while the letters went in after it. Pinyin and most
//! input methods type at the end of their pre-edit: a caret reported at the
//! very start of a non-empty pre-edit is moved to its end.

use eframe::egui::{Event, ImeEvent};

/// Moves a pre-edit caret reported at the start of its text to its end.
pub fn caret_at_end(events: &mut [Event]) {
    if !cfg!(target_os = "linux") {
        return;
    }
    for event in events {
        if let Event::Ime(ImeEvent::Preedit {
            text,
            active_range_chars: Some(range),
        }) = event
            && range.start == 0
            && range.end == 0
            && !text.is_empty()
        {
            let end = text.chars().count();
            *range = end..end;
        }
    }
}
