//! How the canvas zooms from the pointer and the touchpad, and when it fits the
//! map again by itself. A Ctrl+scroll tick (one wheel line) is a 10 % step, a
//! pinch is taken as the platform reports it; both keep the map point under
//! the pointer where it is. The map is fitted again when the canvas changes
//! size a lot (the window was resized or moved to another screen), unless the
//! user has zoomed by hand since the last fit.

use eframe::egui::{self, Event, MouseWheelUnit, Vec2};

use super::CanvasState;

/// The zoom step of one wheel line with Ctrl held.
pub const TICK: f32 = 1.1;
/// Points of a pixel-precise (touchpad) scroll that count as one wheel line:
/// egui's own line height for scrolling.
const POINTS_PER_LINE: f32 = 40.0;
/// A change of the canvas' area by more than this share re-fits the map.
const REFIT_AREA_CHANGE: f32 = 0.3;

/// The zoom factor this frame's input asks for: Ctrl (⌘) + scroll as 10 % a
/// wheel line, pinch gestures as reported. 1.0 when there is none.
pub fn requested(input: &egui::InputState) -> f32 {
    if let Some(touch) = input.multi_touch() {
        return touch.zoom_delta;
    }
    // egui's default zoom modifier: Ctrl, or ⌘ on a Mac.
    let zoom_modifier = egui::Modifiers::COMMAND;
    let mut factor = 1.0;
    for event in &input.events {
        match event {
            Event::MouseWheel {
                unit,
                delta,
                modifiers,
                ..
            } if modifiers.matches_any(zoom_modifier) => {
                let amount = delta.x + delta.y;
                let lines = match unit {
                    MouseWheelUnit::Line => amount,
                    MouseWheelUnit::Point => amount / POINTS_PER_LINE,
                    // A page is a big jump; one page is three lines here.
                    MouseWheelUnit::Page => amount * 3.0,
                };
                factor *= TICK.powf(lines);
            }
            Event::Zoom(pinch) => factor *= pinch,
            _ => {}
        }
    }
    factor
}

impl CanvasState {
    /// Whether the user has zoomed (wheel, pinch, keys, menu) since the map was
    /// last fitted to the canvas.
    pub fn zoomed_by_hand(&self) -> bool {
        self.zoomed_by_hand
    }

    /// A zoom the user asked for: it keeps the point `around` still, and stops
    /// the canvas from re-fitting the map when the window is resized.
    pub fn zoom_by_hand(&mut self, factor: f32, around: Option<egui::Pos2>) {
        if factor != 1.0 {
            self.zoom_by(factor, around);
            self.zoomed_by_hand = true;
        }
    }
}

/// Fits the map again when the canvas' area changed by more than 30 % since
/// the last fit (a window resized a lot, moved to a larger screen), unless the
/// user has zoomed by hand since. Call after the canvas' rectangle is known.
pub fn refit_on_resize(canvas: &mut CanvasState) {
    let area = canvas.rect.area();
    let Some((fit, fitted_area)) = canvas.last_fit else {
        return;
    };
    if canvas.zoomed_by_hand || fitted_area <= 0.0 {
        return;
    }
    if ((area - fitted_area) / fitted_area).abs() > REFIT_AREA_CHANGE {
        canvas.fit(fit == super::Fit::Width);
    }
}

/// The canvas point that stays put when zooming with `factor` around `anchor`
/// (both in canvas coordinates): the new offset.
pub fn anchored_offset(offset: Vec2, anchor: Vec2, old_zoom: f32, new_zoom: f32) -> Vec2 {
    anchor - (anchor - offset) * (new_zoom / old_zoom)
}
