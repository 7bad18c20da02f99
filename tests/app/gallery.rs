//! The New dialog's template gallery, through the accessibility tree: every
//! template with a thumbnail drawn by the PNG backend, its own title, kind and
//! size; "empty" as a blank map with a proper name; choosing opens it, with or
//! without its example content; Esc cancels; it fits a 1280×720 window.

use std::time::{Duration, Instant};

use eframe::egui::{self, Key, Modifiers, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wayline::app::WaylineApp;

fn harness(size: Vec2) -> Harness<'static, WaylineApp> {
    let dir = std::env::temp_dir().join(format!(
        "wayline-gallery-recovery-{}-{}",
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

/// Ctrl+N, then frames until the thumbnails are drawn (in a job).
fn open_gallery(h: &mut Harness<'static, WaylineApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.get_by_label("New journey map");
    let start = Instant::now();
    while h.state().gallery.is_drawing() || h.state().gallery.entries().is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "thumbnails drawn"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run_steps(3);
}

/// Scrolls the gallery to the button labelled `label`, as a user would, and
/// clicks it.
fn choose(h: &mut Harness<'static, WaylineApp>, label: &str) {
    // The gallery scrolls between the heading and the Cancel button.
    let heading = h.get_by_label("New journey map").rect();
    let view = Rect::from_x_y_ranges(
        heading.left()..=h.ctx.content_rect().right(),
        heading.bottom() + 40.0..=h.get_by_label("Cancel").rect().top() - 12.0,
    );
    let over = view.center();
    for _ in 0..60 {
        let r = h.get_by_label(label).rect();
        if view.contains_rect(r) {
            break;
        }
        h.hover_at(over);
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: Vec2::new(
                0.0,
                if r.top() > view.bottom() {
                    -120.0
                } else {
                    120.0
                },
            ),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(4);
    }
    h.get_by_label(label).click();
    h.run_steps(3);
}

/// The title the gallery shows for a template.
fn title(name: &str) -> String {
    if name == "empty" {
        return "Empty map".to_string();
    }
    wayline::templates::find(name).unwrap().map().unwrap().title
}

#[test]
fn the_gallery_lists_every_template_with_a_thumbnail_kind_and_size() {
    let mut h = harness(Vec2::new(1400.0, 900.0));
    open_gallery(&mut h);
    for template in wayline::templates::TEMPLATES {
        let title = title(template.name);
        let label = format!("{title}: preview");
        let preview = h.get_by_label(&label);
        assert_eq!(
            preview.accesskit_node().role(),
            egui::accesskit::Role::Image,
            "{title}"
        );
        h.get_by_label(&format!("Use template: {title}"));
        let entry = h
            .state()
            .gallery
            .entries()
            .iter()
            .find(|e| e.name == template.name)
            .unwrap();
        let [w, height] = entry.thumbnail_size().expect("a thumbnail");
        assert!(w >= 400 && height >= 100, "{title}: {w}×{height}");
        let map = template.map().unwrap();
        let facts = format!(
            "{} · {} stages · {} lanes",
            map.kind.label(),
            map.stages.len(),
            map.lanes.len()
        );
        assert!(
            h.query_all_by_label_contains(&facts).next().is_some(),
            "{facts}"
        );
    }
    // Titles and descriptions come from the templates themselves, in their language.
    h.get_by_label("网店服务蓝图：企业办公用品采购");
    h.get_by_label("Service blueprint: home broadband installation");
    for language in ["中文", "Polski", "English"] {
        assert!(h.query_all_by_label_contains(language).next().is_some());
    }
    // No code names.
    assert!(h.query_by_label("empty").is_none());
    assert!(h.query_by_label_contains("empty | empty").is_none());
    assert!(
        h.query_by_label("Structure only: Empty map").is_none(),
        "the empty map has nothing to strip"
    );
}

#[test]
fn thumbnails_are_the_maps_drawn_small() {
    let distinct = |name: &str| {
        let map = wayline::templates::find(name).unwrap().map().unwrap();
        let ([w, h], pixels) = wayline::app::gallery::thumbnail(&map).unwrap();
        assert_eq!(pixels.len(), w * h * 4);
        let colours: std::collections::HashSet<&[u8]> = pixels.chunks(4).collect();
        colours.len()
    };
    assert!(
        distinct("ecommerce") > 50,
        "cards, lanes and text in colour"
    );
    assert!(distinct("empty") > 3, "an empty map still shows its grid");
}

#[test]
fn choosing_a_template_opens_it_with_or_without_its_content_and_esc_cancels() {
    let mut h = harness(Vec2::new(1400.0, 900.0));
    open_gallery(&mut h);
    choose(
        &mut h,
        &format!("Use template: {}", title("saas-onboarding")),
    );
    assert!(
        h.query_by_label("New journey map").is_none(),
        "closed: {} {:?}",
        h.state().doc.map.title,
        h.state().doc.is_dirty()
    );
    let saas = wayline::templates::find("saas-onboarding")
        .unwrap()
        .map()
        .unwrap();
    assert_eq!(h.state().doc.map.title, saas.title);
    assert_eq!(h.state().doc.map.cards.len(), saas.cards.len());

    open_gallery(&mut h);
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(h.query_by_label("New journey map").is_none(), "Esc cancels");
    assert_eq!(h.state().doc.map.title, saas.title, "nothing opened");

    open_gallery(&mut h);
    choose(
        &mut h,
        &format!("Structure only: {}", title("broadband-blueprint")),
    );
    let map = &h.state().doc.map;
    assert_eq!(map.kind, wayline::model::MapKind::ServiceBlueprint);
    assert!(map.cards.is_empty() && map.stages.len() == 5);

    open_gallery(&mut h);
    choose(&mut h, "Use template: Empty map");
    assert!(h.state().doc.map.cards.is_empty());
}

#[test]
fn the_gallery_fits_a_small_window() {
    let mut h = harness(Vec2::new(1280.0, 720.0));
    open_gallery(&mut h);
    let screen = Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(1280.0, 720.0));
    for label in ["New journey map", "Cancel"] {
        let r = h.get_by_label(label).rect();
        assert!(screen.contains_rect(r), "{label} at {r:?}");
    }
    let first = h
        .get_by_label(&format!("{}: preview", title("ecommerce")))
        .rect();
    assert!(
        screen.contains_rect(first),
        "the first thumbnail is on screen"
    );
}

#[test]
fn in_polish_the_gallery_speaks_polish_and_lists_polish_templates_first() {
    let dir = std::env::temp_dir().join(format!("wayline-gallery-pl-{}", std::process::id()));
    let mut app = WaylineApp::with_recovery_dir(None, dir);
    app.set_language(wayline::app::i18n::Language::Pl);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    let start = Instant::now();
    while h.state().gallery.is_drawing() || h.state().gallery.entries().is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "thumbnails drawn"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run_steps(3);
    h.get_by_label("Nowa mapa podróży klienta");
    h.get_by_label("Użyj szablonu: Pusta mapa");
    // Polish plurals: 6 etapów, 7 wierszy; 5 etapów, 6 wierszy.
    assert!(
        h.query_all_by_label_contains("6 etapów · 7 ścieżek")
            .next()
            .is_some()
    );
    let entries = h.state().gallery.entries();
    assert_eq!(
        entries[0].language,
        wayline::app::i18n::Language::Pl,
        "the user's language first"
    );
    assert_eq!(entries.last().unwrap().name, "empty", "the empty map last");
}
