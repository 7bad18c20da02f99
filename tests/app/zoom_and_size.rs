//! Zoom, interface scale and window size, through the editor's own window:
//! Ctrl+scroll and pinch zoom in small steps around the pointer, the interface
//! scale follows Ctrl+Shift+= / − and is remembered, the map is fitted again
//! when the window grows or shrinks a lot (not after the user zoomed), and a
//! window larger than its monitor is brought back onto it.

use std::collections::HashMap;

use eframe::egui::{self, Key, Modifiers, Pos2, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::WaylineApp;

fn harness(size: Vec2) -> Harness<'static, WaylineApp> {
    let dir = std::env::temp_dir().join(format!(
        "wayline-window-recovery-{}-{}",
        std::process::id(),
        size.x
    ));
    let app = WaylineApp::with_recovery_dir(None, dir);
    let mut h = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h
}

fn canvas_rect(h: &Harness<'static, WaylineApp>) -> Rect {
    h.get_by_label("Map canvas").rect()
}

fn wheel(h: &mut Harness<'static, WaylineApp>, lines: f32, modifiers: Modifiers) {
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: Vec2::new(0.0, lines),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers,
    });
    h.step();
}

#[test]
fn five_ctrl_scroll_ticks_zoom_in_small_steps_around_the_pointer() {
    let mut h = harness(Vec2::new(1400.0, 900.0));
    h.state_mut().canvas.zoom_to(1.0);
    h.run_steps(2);
    let pointer = canvas_rect(&h).center() + Vec2::new(120.0, 60.0);
    h.hover_at(pointer);
    h.run_steps(1);
    let under = h.state().canvas.view().to_map(pointer);
    for tick in 1..=5 {
        wheel(&mut h, 1.0, Modifiers::COMMAND);
        let zoom = h.state().canvas.zoom();
        assert!(
            (1.05..1.15).contains(&(zoom.powf(1.0 / tick as f32))),
            "tick {tick}: {zoom} is not about 10 % a tick"
        );
    }
    h.run_steps(2);
    let zoom = h.state().canvas.zoom();
    assert!((1.5..=1.7).contains(&zoom), "five ticks: {zoom}");
    // The zoom the menu bar shows, as a screen reader reads it.
    h.get_by_label(&format!("{:.0}%", zoom * 100.0));
    let now = h.state().canvas.to_screen(under);
    assert!(
        now.distance(pointer) <= 1.0,
        "the map point under the pointer moved from {pointer:?} to {now:?}"
    );
    // And back out: five ticks the other way return to 100 %.
    for _ in 0..5 {
        wheel(&mut h, -1.0, Modifiers::COMMAND);
    }
    assert!((h.state().canvas.zoom() - 1.0).abs() < 0.01);
    assert!(h.state().canvas.to_screen(under).distance(pointer) <= 1.0);
}

#[test]
fn a_pinch_zooms_by_its_own_factor_around_the_pointer() {
    let mut h = harness(Vec2::new(1400.0, 900.0));
    h.state_mut().canvas.zoom_to(1.0);
    h.run_steps(2);
    let pointer = canvas_rect(&h).min + Vec2::new(200.0, 150.0);
    h.hover_at(pointer);
    h.run_steps(1);
    let under = h.state().canvas.view().to_map(pointer);
    h.event(egui::Event::Zoom(1.3));
    h.step();
    assert!((h.state().canvas.zoom() - 1.3).abs() < 0.001);
    assert!(h.state().canvas.to_screen(under).distance(pointer) <= 1.0);
    // Scrolling without Ctrl pans and does not zoom.
    wheel(&mut h, 2.0, Modifiers::NONE);
    h.run_steps(20);
    assert!((h.state().canvas.zoom() - 1.3).abs() < 0.001);
}

#[test]
fn ctrl_shift_plus_and_minus_scale_the_interface_not_the_map() {
    let mut h = harness(Vec2::new(1400.0, 900.0));
    let zoom = h.state().canvas.zoom();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Plus);
    h.run_steps(3);
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 0.001);
    assert_eq!(h.state().canvas.zoom(), zoom, "the map's zoom stays");
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Interface size: 110%");
    // The item's name carries its shortcut too.
    h.get_by_label_contains("Smaller interface").click();
    h.run_steps(3);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 0.001);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Minus);
    h.run_steps(3);
    assert!((h.ctx.zoom_factor() - 0.9).abs() < 0.001);
    // Plain Ctrl+- zooms the map, not the interface.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run_steps(3);
    assert!((h.ctx.zoom_factor() - 0.9).abs() < 0.001);
    assert!(h.state().canvas.zoom() < zoom);
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_interface_scale_is_remembered_between_runs() {
    let mut storage = Memory::default();
    {
        let mut h = harness(Vec2::new(1400.0, 900.0));
        for _ in 0..2 {
            h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Plus);
            h.run_steps(2);
        }
        assert!((h.ctx.zoom_factor() - 1.25).abs() < 0.001);
        eframe::App::save(h.state_mut(), &mut storage);
    }
    let mut next = harness(Vec2::new(1400.0, 900.0));
    let ctx = next.ctx.clone();
    next.state_mut().restore(&storage, &ctx);
    next.run_steps(3);
    assert!((next.ctx.zoom_factor() - 1.25).abs() < 0.001);
    next.get_by_label("View").click();
    next.run_steps(2);
    next.get_by_label("Interface size: 125%");
}

#[test]
fn the_map_is_fitted_again_when_the_window_grows_a_lot_unless_zoomed_by_hand() {
    let mut h = harness(Vec2::new(1280.0, 720.0));
    let small = h.state().canvas.zoom();
    assert!(small < 1.0, "the sample map is wider than a small window");
    let canvas = canvas_rect(&h);
    assert!(canvas.width() >= 600.0, "canvas {canvas:?} at 1280×720");
    h.set_size(Vec2::new(2560.0, 1440.0));
    h.run_steps(4);
    let large = h.state().canvas.zoom();
    assert!(large > small * 1.3, "re-fitted: {small} → {large}");
    // A small resize keeps the zoom.
    h.set_size(Vec2::new(2400.0, 1400.0));
    h.run_steps(4);
    assert_eq!(h.state().canvas.zoom(), large);
    // Zoomed by hand: the user's zoom stays through a large resize.
    h.hover_at(canvas_rect(&h).center());
    wheel(&mut h, 1.0, Modifiers::COMMAND);
    let chosen = h.state().canvas.zoom();
    h.set_size(Vec2::new(1280.0, 720.0));
    h.run_steps(4);
    assert_eq!(h.state().canvas.zoom(), chosen);
    // Zoom to fit hands the zoom back to the window.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_steps(3);
    let fitted = h.state().canvas.zoom();
    h.set_size(Vec2::new(2560.0, 1440.0));
    h.run_steps(4);
    assert!(h.state().canvas.zoom() > fitted * 1.3);
}

#[test]
fn a_window_larger_than_its_monitor_is_brought_back_whole_onto_it() {
    use wayline::app::fit_on_monitor;
    let monitor = Vec2::new(1280.0, 720.0);
    // The default size, clamped by eframe to the monitor, plus a title bar.
    let inner = Vec2::new(1280.0, 720.0);
    let outer = Rect::from_min_size(Pos2::new(0.0, 0.0), Vec2::new(1280.0, 748.0));
    let (size, pos) = fit_on_monitor(inner, outer, monitor).expect("it does not fit");
    let whole = Rect::from_min_size(pos, size + Vec2::new(0.0, 28.0));
    assert!(
        Rect::from_min_size(Pos2::ZERO, monitor).contains_rect(whole),
        "{whole:?} on {monitor:?}"
    );
    assert!(size.y >= 600.0, "still a usable height: {size:?}");
    // A remembered position off the right of a smaller screen moves back.
    let outer = Rect::from_min_size(Pos2::new(1800.0, 900.0), Vec2::new(1000.0, 600.0));
    let (size, pos) = fit_on_monitor(outer.size(), outer, monitor).expect("off screen");
    assert_eq!(
        size,
        Vec2::new(1000.0, 600.0),
        "it fits, so it keeps its size"
    );
    assert!(Rect::from_min_size(Pos2::ZERO, monitor).contains_rect(Rect::from_min_size(pos, size)));
    // A small window on a large screen stays as it is.
    let small = Rect::from_min_size(Pos2::new(100.0, 100.0), Vec2::new(1000.0, 700.0));
    assert_eq!(
        fit_on_monitor(small.size(), small, Vec2::new(2560.0, 1440.0)),
        None
    );
}

#[test]
fn with_compare_open_a_small_window_keeps_a_usable_canvas() {
    let dir = std::env::temp_dir().join(format!("wayline-window-compare-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let map = wayline::templates::find("saas-onboarding")
        .unwrap()
        .map()
        .unwrap();
    let mut old = map.clone();
    old.cards.truncate(20);
    let (old_path, new_path) = (dir.join("old.journey.ron"), dir.join("new.journey.ron"));
    wayline::io::save(&old, &old_path).unwrap();
    wayline::io::save(&map, &new_path).unwrap();
    let app = WaylineApp::with_recovery_dir(Some(&new_path), dir.join("recovery"));
    let mut h = Harness::builder()
        .with_size(Vec2::new(1280.0, 720.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h.state_mut().compare_with_file(old_path);
    for _ in 0..500 {
        if !h.state().is_loading_comparison() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run_steps(5);
    assert!(h.state().comparison().is_some());
    let canvas = canvas_rect(&h);
    // 464 points before: the structure panel folds away for the change list.
    assert!(canvas.width() >= 600.0, "canvas {canvas:?}");
    assert!(!h.state().panels_open().0, "structure panel folded");
    h.get_by_label("Stages & lanes").click();
    h.run_steps(3);
    assert!(h.state().panels_open().0, "and the user can open it again");
}
