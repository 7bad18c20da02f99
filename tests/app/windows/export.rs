//! The Export panel beside the canvas: options change while the map and its
//! page-break preview stay in sight, and the canvas still takes clicks.

use egui_kittest::kittest::{NodeT, Queryable};
use wayline::export::Sheet;
use wayline::scene::Target;

use super::*;

/// Waits for the preview's sheets of the current options; returns them.
fn sheets(h: &mut H) -> Vec<Sheet> {
    for _ in 0..2000 {
        h.step();
        let state = h.state();
        if !state.export.is_planning()
            && let Some((options, sheets)) = state.export.preview_sheets()
            && *options == state.export.options
        {
            return sheets.to_vec();
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    panic!("the preview was never planned for the current options");
}

#[test]
fn options_change_while_the_page_break_preview_stays_in_view() {
    let dir = temp_dir("export-panel");
    let mut h = harness(app_on(None, &dir));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run_steps(2);
    assert!(h.state().export.open);
    h.get_by_label("Show page breaks on the canvas").click();
    h.run_steps(2);
    assert!(h.state().export.preview);
    let first = sheets(&mut h);
    assert!(!first.is_empty());

    // The panel sits beside the canvas, which keeps most of the window.
    let export = h.get_by_label("Export…").rect();
    let canvas = h.get_by_label("Map canvas").rect();
    assert!(
        export.left() >= canvas.right(),
        "{export:?} beside {canvas:?}"
    );
    assert!(canvas.width() > 600.0, "{canvas:?}");

    // A slide deck: one sheet per slide (the overview aside), numbered among
    // the stages, in stage order.
    h.get_by_label("Slide deck: 16:9, an overview then one slide per stage")
        .click();
    h.run_steps(2);
    assert!(h.state().export.options.slides);
    let slides = sheets(&mut h);
    let (map, options) = (&h.state().doc.map, &h.state().export.options);
    let deck = wayline::export::plan(map, None, options).unwrap();
    assert_eq!(slides.len(), deck.len() - 1);
    let stages = &map.stages;
    let mut at = 0;
    for sheet in &slides {
        // "Slide 1 / 5: 认知", "… (2/3)" when the stage takes three slides,
        // in the map's own language.
        while !sheet.label.contains(&stages[at].name) {
            at += 1;
        }
        let number = format!("{} / {}", at + 1, stages.len());
        assert!(sheet.label.contains(&number), "{}", sheet.label);
    }
    assert_eq!(
        h.get_by_label("Export…").rect(),
        export,
        "the button stayed put"
    );

    // Landscape and a poster over A4 sheets: the preview follows each change.
    h.get_by_label("Slide deck: 16:9, an overview then one slide per stage")
        .click();
    h.get_by_label("Landscape").click();
    h.get_by_label("Tile the page as a poster on sheets of")
        .click();
    h.run_steps(2);
    let o = &h.state().export.options;
    assert!(!o.slides && o.tile.is_some());
    assert_eq!(o.orientation, wayline::export::Orientation::Landscape);
    let tiles = sheets(&mut h);
    assert!(tiles.len() > 1, "{} sheets", tiles.len());
    let count = tiles.len().to_string();
    assert!(tiles[0].label.contains(&count), "{}", tiles[0].label);
    assert!(h.state().export.preview, "the preview stayed on");
    assert_eq!(h.get_by_label("Export…").rect(), export);
    assert_eq!(h.get_by_label("Map canvas").rect(), canvas);

    // Not modal: a click on the map selects a card with the panel open.
    let state = h.state();
    let (card, at) = state
        .doc
        .map
        .cards
        .iter()
        .filter_map(|c| {
            let at = state.canvas.screen_center(&Target::Card(c.id.clone()))?;
            canvas.shrink(20.0).contains(at).then(|| (c.id.clone(), at))
        })
        .next()
        .expect("a card in view");
    click_at(&mut h, at);
    assert!(
        h.state().selected.contains(&card),
        "the click reached the map"
    );
    assert!(h.state().export.open, "the panel stays open");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().export.open);
    assert!(h.get_by_label("Map canvas").rect().width() > canvas.width());
}

#[test]
fn the_exported_message_goes_after_a_few_seconds_or_the_next_edit() {
    let dir = temp_dir("export-last");
    let mut h = harness(app_on(None, &dir));
    let ctx = h.ctx.clone();
    let export = |h: &mut H| {
        h.state_mut().export_to(dir.join("shop.pdf"), &ctx);
        step_while(h, WaylineApp::is_exporting);
        let last = h.state().export.last.clone().expect("a result to show");
        assert!(last.starts_with("Exported "), "{last}");
        h.get_by_label(&last);
    };
    export(&mut h);
    // 60 frames a second: five seconds on it is still there, ten and it is gone.
    h.run_steps(300);
    assert!(h.state().export.last.is_some());
    h.run_steps(300);
    assert!(h.state().export.last.is_none());
    assert!(h.query_by_label_contains("Exported ").is_none());

    export(&mut h);
    let mut card = h.state().doc.map.cards[0].clone();
    card.text = "Nowy tekst 新".into();
    h.state_mut()
        .apply(wayline::edit::Command::SetCard { card });
    h.run_steps(2);
    assert!(h.state().export.last.is_none(), "an edit makes it old news");
}

/// Esc closes the panel like Cancel; the map is untouched.
#[test]
fn esc_closes_the_export_panel() {
    let dir = temp_dir("export-esc");
    let mut h = harness(app_on(None, &dir));
    let before = h.state().doc.map.clone();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run_steps(2);
    assert!(h.state().export.open);
    assert!(h.query_by_label("Export…").is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(!h.state().export.open, "Esc closed the panel");
    assert!(h.query_by_label("Show page breaks on the canvas").is_none());
    assert_eq!(h.state().doc.map, before);
}

/// Steps frames until some nodes' labels contain `text`; those labels.
fn labels_with(h: &mut H, text: &str) -> Vec<String> {
    for _ in 0..1000 {
        h.run_steps(1);
        // A label's text is its AccessKit value.
        let found: Vec<String> = h
            .query_all_by_label_contains(text)
            .filter_map(|node| {
                let node = node.accesskit_node();
                node.value().or(node.label())
            })
            .collect();
        if !found.is_empty() {
            return found;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("no label with {text:?}");
}

#[test]
fn the_panels_warnings_speak_polish_with_a_decimal_comma_and_the_cards_name() {
    let dir = temp_dir("export-polish-warnings");
    // Twenty stages on one A3 sheet print small; no bundled face has Hebrew.
    let mut map = wayline::generate::map(20, 200, 7);
    map.cards[0].text = "שלום".to_string();
    let file = dir.join("wide.journey.ron");
    wayline::io::save(&map, &file).unwrap();
    let mut app = app_on(Some(&file), &dir);
    app.set_language(wayline::app::i18n::Language::Pl);
    // The canvas draws the Hebrew card as boxes too, on purpose here.
    let mut h = egui_kittest::Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.state_mut().export.options.page = wayline::export::PageSize::A3;
    h.state_mut().export.options.one_page = true;
    h.state_mut().export.open = true;

    let small = labels_with(&mut h, "Mały tekst: ").concat();
    assert!(small.contains("najmniejszy tekst drukuje się"), "{small}");
    assert!(small.contains("czytelnych 9 pt"), "{small}");
    // "5,4 pt": the size before the first unit has a decimal comma.
    let before = small.split(" pt").next().unwrap_or_default();
    let size = before.rsplit(' ').next().unwrap_or_default();
    let (whole, tenths) = size.split_once(',').unwrap_or_default();
    assert!(
        !whole.is_empty()
            && tenths.len() == 1
            && whole
                .chars()
                .chain(tenths.chars())
                .all(|c| c.is_ascii_digit()),
        "{small}"
    );
    // The advice quotes the tiling checkbox by its Polish label.
    assert!(
        small.contains("„Podziel stronę na plakat z arkuszy A4”"),
        "{small}"
    );

    let glyphs = labels_with(&mut h, "Brakujące znaki: ");
    // One warning a letter, each naming the card and its cell.
    assert_eq!(glyphs.len(), 4, "{glyphs:?}");
    let glyphs = glyphs.join("\n");
    assert!(
        glyphs.contains("żadna dołączona czcionka nie ma znaku"),
        "{glyphs}"
    );
    assert!(glyphs.contains("karta „שלום”"), "{glyphs}");
    assert!(
        glyphs.contains(&map.cell_name(&map.cards[0].lane, &map.cards[0].stage)),
        "{glyphs}"
    );
    assert!(glyphs.contains("znaku ש (U+05E9)"), "{glyphs}");
    // Four letters in one card: no other place has them.
    assert!(!glyphs.contains("inne"), "{glyphs}");
    for english in [
        "prints at",
        "no bundled font",
        "prints as a box",
        "card ",
        "choose",
        "tick",
    ] {
        assert!(
            !small.contains(english) && !glyphs.contains(english),
            "{english}: {small} / {glyphs}"
        );
    }
    // "And N other places" in Polish plurals.
    for (others, words) in [
        (1, "(i 1 inne miejsce)"),
        (3, "(i 3 inne miejsca)"),
        (5, "(i 5 innych miejsc)"),
    ] {
        let line = wayline::app::i18n::t_args(
            "export-missing-detail",
            &[
                ("place", "tytuł".into()),
                ("others", others.into()),
                ("char", "ש".into()),
                ("code", "U+05E9".into()),
            ],
        );
        assert!(line.starts_with(&format!("tytuł {words}:")), "{line}");
    }
    wayline::app::i18n::set_language(wayline::app::i18n::Language::En);
}
