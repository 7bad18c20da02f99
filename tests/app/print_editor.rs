//! Printing from the editor, driven through its UI with egui_kittest: the
//! Export dialog's tiling, slides and workshop options, the small-text warning
//! shown before exporting, and the Print preview toggle in the View menu.

use eframe::egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::WaylineApp;
use wayline::export::PageSize;

fn harness() -> Harness<'static, WaylineApp> {
    let dir = std::env::temp_dir().join(format!("wayline-print-editor-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, app: &mut WaylineApp| app.ui_root(ui),
            WaylineApp::with_recovery_dir(None, dir),
        );
    h.run_steps(3);
    h
}

/// Steps frames until the dialog shows (or stops showing) the small-text
/// warning: after a change, the check runs in the background.
fn wait_for_warning(h: &mut Harness<'static, WaylineApp>, shown: bool) {
    for _ in 0..1000 {
        h.step();
        if h.query_by_label_contains("Small text").is_some() == shown {
            // The modal re-centres a frame after its size changed.
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the small-text warning never became {shown}");
}

#[test]
fn the_export_dialog_tiles_and_warns_about_small_text_before_exporting() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(2);
    // A4 shrinks the sample map below 9 pt: the dialog says so before export.
    h.state_mut().export.options.page = PageSize::A4;
    wait_for_warning(&mut h, true);
    assert!(
        h.query_by_label_contains("below the readable 9 pt")
            .is_some()
    );

    h.get_by_label("Tile the page as a poster on sheets of")
        .click();
    h.run_steps(2);
    let tile = h.state().export.options.tile.unwrap();
    assert_eq!(tile.paper, PageSize::A4);
    assert_eq!(tile.overlap_mm, 10.0);
    // An A0 poster carries the map at a readable size: no warning.
    h.state_mut().export.options.page = PageSize::A0;
    wait_for_warning(&mut h, false);

    h.get_by_label("Slide deck: 16:9, an overview then one slide per stage")
        .click();
    h.run_steps(2);
    assert!(h.state().export.options.slides);
    // Slides make their own pages: tiling is switched off.
    assert!(h.state().export.options.tile.is_none());
    h.get_by_label("Workshop: sticky-note space in every cell and a blank notes lane")
        .click();
    h.run_steps(2);
    assert!(h.state().export.options.workshop);
}

#[test]
fn print_preview_in_the_view_menu_shows_where_the_sheets_break() {
    let mut h = harness();
    {
        let app = h.state_mut();
        app.export.options.page = PageSize::A1;
        app.export.options.tile = Some(wayline::export::Tiling {
            paper: PageSize::A4,
            overlap_mm: 10.0,
        });
    }
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Print preview (page breaks)").click();
    h.run_steps(2);
    assert!(h.state().export.preview);

    // The outlines are the export's own sheets, from the scene on screen.
    let app = h.state();
    let sheets = wayline::export::sheets(&app.doc.map, app.canvas.scene(), &app.export.options);
    let scene = app.canvas.scene();
    let grid = wayline::export::tile_grid(
        scene.width,
        scene.height,
        &app.export.options,
        app.export.options.tile.as_ref().unwrap(),
    )
    .unwrap();
    assert_eq!(sheets.len(), grid.count());
    assert!(sheets.len() > 1);
    let first = wayline::i18n::tr(
        app.doc.map.language(),
        "outline-part",
        &[
            ("title", "A1".into()),
            ("number", 1.into()),
            ("total", sheets.len().into()),
        ],
    );
    assert_eq!(sheets[0].label, first);
    // Together they cover the whole map.
    let left = sheets.iter().map(|s| s.rect.x).fold(f32::MAX, f32::min);
    let right = sheets
        .iter()
        .map(|s| s.rect.right())
        .fold(f32::MIN, f32::max);
    let top = sheets.iter().map(|s| s.rect.y).fold(f32::MAX, f32::min);
    let bottom = sheets
        .iter()
        .map(|s| s.rect.bottom())
        .fold(f32::MIN, f32::max);
    assert!(left <= 0.0 && top <= 0.0);
    assert!(right >= scene.width && bottom >= scene.height);

    // The canvas draws the same sheets, planned in a job while frames run.
    let start = std::time::Instant::now();
    while h.state().preview_sheets() != Some(sheets.as_slice()) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the preview's sheets never arrived: {:?}",
            h.state().preview_sheets().map(<[_]>::len)
        );
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }

    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Print preview (page breaks)").click();
    h.run_steps(2);
    assert!(!h.state().export.preview);
}

/// With the slide deck chosen, the preview outlines one sheet per slide, as
/// the deck splits its stages: a stage on three slides shows three outlines
/// in its column, labelled 1/3, 2/3, 3/3.
#[test]
fn print_preview_of_a_slide_deck_outlines_every_slide() {
    let mut h = harness();
    // The dialog's slide-deck box is clicked in the test above.
    h.state_mut().export.options.slides = true;
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Print preview (page breaks)").click();
    h.run_steps(2);
    assert!(h.state().export.preview);

    let app = h.state();
    let map = app.doc.map.clone();
    let deck = wayline::export::plan(&map, None, &app.export.options).unwrap();
    let expected = wayline::export::sheets(&map, app.canvas.scene(), &app.export.options);
    // Every slide but the overview.
    assert_eq!(expected.len(), deck.len() - 1);
    assert!(expected.len() > map.stages.len(), "{} slides", deck.len());
    let start = std::time::Instant::now();
    while h.state().preview_sheets() != Some(expected.as_slice()) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the preview's slide outlines never arrived: {:?}",
            h.state().preview_sheets().map(<[_]>::len)
        );
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    // A stage the deck puts on several slides has that many outlines in its
    // column, numbered in order.
    let scene = h.state().canvas.scene().clone();
    let (stage, count) = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let number = format!("{} / {}", i + 1, map.stages.len());
            let n = deck
                .iter()
                .filter(|p| p.scene.texts().any(|t| t.plain().starts_with(&number)))
                .count();
            (s, n)
        })
        .max_by_key(|(_, n)| *n)
        .unwrap();
    assert!(count > 1, "no stage on several slides");
    let column = scene
        .hit_rect(&wayline::scene::Target::Stage(stage.id.clone()))
        .unwrap();
    let outlines: Vec<_> = expected
        .iter()
        .filter(|s| (s.rect.x, s.rect.w) == (column.x, column.w))
        .collect();
    assert_eq!(outlines.len(), count, "{outlines:?}");
    for (k, sheet) in outlines.iter().enumerate() {
        assert!(
            sheet.label.contains(&stage.name)
                && sheet.label.ends_with(&format!("({}/{count})", k + 1)),
            "{}",
            sheet.label
        );
    }
}
