//! The window itself: the interface scale (View → Larger / Smaller interface,
//! Ctrl+Shift+= and Ctrl+Shift+−, remembered between runs) and keeping the
//! window whole on the screen it opens on (a remembered or default size larger
//! than the monitor is shrunk, a position off the monitor is moved back).

use eframe::egui::{self, Pos2, Rect, Vec2};

/// Where the interface scale is remembered (eframe storage).
pub const SCALE_KEY: &str = "ui-scale";
/// The scales offered, as browsers offer them.
const SCALES: [f32; 9] = [0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0];
/// Room left for a taskbar and the window's title bar, in points.
const SCREEN_MARGIN: Vec2 = Vec2::new(0.0, 64.0);

/// The next larger (`up`) or smaller scale after `current`.
pub fn step(current: f32, up: bool) -> f32 {
    let next = if up {
        SCALES.iter().find(|s| **s > current + 0.001)
    } else {
        SCALES.iter().rev().find(|s| **s < current - 0.001)
    };
    next.copied().unwrap_or(current)
}

/// A scale read back from storage, kept within what the menu offers.
pub fn sane(scale: f32) -> f32 {
    if scale.is_finite() {
        scale.clamp(SCALES[0], SCALES[SCALES.len() - 1])
    } else {
        1.0
    }
}

/// Sets the interface scale (takes effect next frame).
pub fn set_scale(ctx: &egui::Context, scale: f32) {
    ctx.set_zoom_factor(sane(scale));
}

/// The window's new inner size and outer position so that all of it is on a
/// monitor of `monitor` points (with room for a taskbar), or `None` when it
/// already is. `outer` is the whole window, decorations included; `inner` its
/// contents.
pub fn fit_on_monitor(inner: Vec2, outer: Rect, monitor: Vec2) -> Option<(Vec2, Pos2)> {
    if monitor.x <= 0.0 || monitor.y <= 0.0 {
        return None;
    }
    let decorations = (outer.size() - inner).max(Vec2::ZERO);
    let room = (monitor - SCREEN_MARGIN - decorations).max(Vec2::splat(200.0));
    let size = inner.min(room);
    let whole = size + decorations;
    let max = (monitor - whole).max(Vec2::ZERO);
    let pos = Pos2::new(outer.min.x.clamp(0.0, max.x), outer.min.y.clamp(0.0, max.y));
    if size == inner && pos == outer.min {
        None
    } else {
        Some((size, pos))
    }
}

/// Once the platform has said how large the monitor is, shrinks and moves the
/// window onto it if it does not fit; true once done (nothing left to do).
pub fn keep_on_screen(ctx: &egui::Context) -> bool {
    let info = ctx.input(|i| i.viewport().clone());
    let (Some(monitor), Some(inner), Some(outer)) =
        (info.monitor_size, info.inner_rect, info.outer_rect)
    else {
        return false;
    };
    if let Some((size, pos)) = fit_on_monitor(inner.size(), outer, monitor) {
        ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(pos));
    }
    true
}

/// The View menu's interface-scale items: the scale now, larger, smaller.
pub fn scale_menu(app: &mut super::WaylineApp, ui: &mut egui::Ui) {
    let scale = ui.ctx().zoom_factor();
    let percent = (scale * 100.0).round() as i64;
    ui.label(super::i18n::tr!("view-interface-size", percent = percent));
    for action in [super::Action::ScaleUp, super::Action::ScaleDown] {
        app.menu_item(ui, action);
    }
    if (scale - 1.0).abs() > 0.001
        && ui
            .button(super::i18n::tr!("view-interface-normal"))
            .clicked()
    {
        set_scale(ui.ctx(), 1.0);
        ui.close();
    }
}

/// Below this window width, starting a comparison folds the structure panel
/// away: the inspector, the change list and the canvas share the rest.
const ROOM_FOR_COMPARE: f32 = 1500.0;

/// When a comparison starts in a narrow window, folds the structure panel so
/// the canvas keeps a usable width (at 1280 points it was 460 wide).
pub fn make_room_for_compare(app: &mut super::WaylineApp, ctx: &egui::Context) {
    let id = egui::Id::unique("compare-was-open");
    let open = app.comparison().is_some();
    let was = ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    if open
        && !was
        && ctx.content_rect().width() < ROOM_FOR_COMPARE
        && let Some((structure, _)) = &mut app.panels
    {
        *structure = false;
    }
    ctx.data_mut(|d| d.insert_temp(id, open));
}
