//! Input methods (fcitx5, ibus: how Chinese is typed): their events
//! straightened out before any text field reads them, and what each frame
//! tells them held steady ([`Steady`]), so every character typed lands, in
//! order, at any map size.
//!
//! Under X11 (XIM), winit may report the caret of a pre-edit text at its start
//! whatever the input method says, so egui drew the caret before "ni hao"
//! while the letters went in after it. Pinyin and most input methods type at
//! the end of their pre-edit: a caret reported at the very start of a
//! non-empty pre-edit is moved to its end.
//!
//! With `WAYLINE_TRACE_IME` set, each frame's keyboard and input-method events
//! and what the frame told the input method are printed to stderr (the
//! real-window IME test reads them to say what went wrong).

use eframe::egui::{self, Event, ImeEvent};

/// How long the keyboard must rest before the input method hears where the
/// caret went.
const SETTLE_SECONDS: f64 = 0.6;

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

/// Keeps what each frame tells the platform's input method steady: an egui
/// plugin, so it sees the frame's raw input before the frame and its output
/// after egui's own last word on it (`ctx.add_plugin(Steady::default())`).
///
/// On X11 winit speaks XIM through Xlib, and three things egui-winit does with
/// egui's output lost and reordered typed characters there:
/// - It passes every new caret position on (`set_ime_cursor_area`), which is
///   `XSetICValues`, a round trip to the input method. While Xlib waits for the
///   answer it takes in the input method's pending messages and keeps their
///   committed strings last-in first-out (`_XimRegCommitInfo`), so words
///   committed meanwhile land swapped; on a big map, whose slow frames let more
///   messages wait, most were lost. With on-the-spot pre-edit the caret moves
///   at every key. So the caret position is held while the user types and
///   catches up once the keyboard has rested for [`SETTLE_SECONDS`].
/// - It turns the input method off when no text field has the keyboard and on
///   again when one takes it (`set_ime_allowed`). winit does that by destroying
///   the input context and making a new one, once the next X event has come
///   in: that event's key went to the old context and was lost (Ctrl+S right
///   after Enter closed a card lost its S), or, switching on, skipped the input
///   method and landed as a Latin letter; and the new context starts with the
///   input method off, so it had to be switched on again in every card. So
///   while [`expect_typing`] says so it stays on, pointed at the last field.
/// - Every `request_focus` asks it to interrupt the composition, which it does
///   by turning the input method off and on: the same new context. Only a
///   composition under way is interrupted here.
#[derive(Default)]
pub struct Steady {
    /// The field the input method was last told about, and what it was told.
    field: Option<egui::Id>,
    told: Option<egui::output::IMEOutput>,
    /// When the keyboard or the input method last spoke (egui's clock).
    last_input: Option<f64>,
    /// The frame's input had keys or input-method events.
    spoke: bool,
    /// A pre-edit is shown: the input method is composing.
    composing: bool,
}

fn typing_key() -> egui::Id {
    egui::Id::unique("wayline-expect-typing")
}

/// Whether the input method stays on while no text field has the keyboard:
/// yes in the map editor, no in a presentation, whose single-letter keys must
/// not go through an input method. Called each frame.
pub fn expect_typing(ctx: &egui::Context, expect: bool) {
    ctx.data_mut(|d| d.insert_temp(typing_key(), expect));
}

impl egui::Plugin for Steady {
    fn debug_name(&self) -> &'static str {
        "wayline-ime"
    }

    fn input_hook(&mut self, _ctx: &egui::Context, input: &mut egui::RawInput) {
        for event in &input.events {
            match event {
                Event::Ime(ImeEvent::Preedit { text, .. }) => self.composing = !text.is_empty(),
                Event::Ime(ImeEvent::Commit(_)) => self.composing = false,
                Event::Text(_) | Event::Key { .. } => {}
                _ => continue,
            }
            self.spoke = true;
        }
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let now = ctx.input(|i| i.time);
        if std::mem::take(&mut self.spoke) {
            self.last_input = Some(now);
        }
        let focus = ctx.memory(|m| m.focused());
        let keep = ctx.data(|d| d.get_temp(typing_key())).unwrap_or(false);
        let out = &mut output.platform_output.ime;
        match out {
            None if keep => {
                *out = self.told.or_else(|| {
                    let nowhere =
                        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1.0, 16.0));
                    Some(egui::output::IMEOutput {
                        purpose: egui::IMEPurpose::Normal,
                        rect: nowhere,
                        cursor_rect: nowhere,
                        should_interrupt_composition: false,
                    })
                });
                self.field = None;
            }
            None => {
                self.field = None;
                self.told = None;
            }
            Some(ime) => {
                if !self.composing {
                    ime.should_interrupt_composition = false;
                }
                let resting = self.last_input.is_none_or(|t| now - t >= SETTLE_SECONDS);
                match &self.told {
                    Some(told) if self.field == focus && !resting => {
                        ime.cursor_rect = told.cursor_rect;
                        ime.rect = told.rect;
                    }
                    _ => {
                        self.field = focus;
                        self.told = Some(egui::output::IMEOutput {
                            should_interrupt_composition: false,
                            ..*ime
                        });
                    }
                }
            }
        }
        trace(ctx, &output.platform_output);
    }
}

/// Prints the frame's keyboard and input-method events and what the input
/// method is told, with `WAYLINE_TRACE_IME` set.
fn trace(ctx: &egui::Context, output: &egui::PlatformOutput) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if !*ON.get_or_init(|| std::env::var_os("WAYLINE_TRACE_IME").is_some()) {
        return;
    }
    let (time, events) = ctx.input(|i| {
        let events: Vec<String> = i
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Ime(ime) => Some(format!("{ime:?}")),
                // i18n-ok: a trace on stderr for tests, never shown
                Event::Text(t) => Some(format!("Text({t:?})")),
                Event::Key {
                    key, pressed: true, ..
                    // i18n-ok: a trace on stderr for tests, never shown
                } => Some(format!("Key({key:?})")),
                _ => None,
            })
            .collect();
        (i.time, events)
    });
    let ime = output
        .ime
        .as_ref()
        .map(|i| (i.cursor_rect.min, i.should_interrupt_composition));
    let focus = ctx.memory(|m| m.focused());
    // i18n-ok: a trace on stderr for tests, never shown
    eprintln!("ime-trace {time:.3} {events:?} out={ime:?} focus={focus:?}");
}
