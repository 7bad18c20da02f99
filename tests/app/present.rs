//! Presentation mode driven through the editor with egui_kittest: F5 enters, keys
//! and clicks step through the overview, the stages, the pain points and the
//! opportunities, the camera lands on each slide, Esc gives the editor back, and
//! nothing can be edited meanwhile.

use std::collections::HashSet;

use eframe::egui::{self, Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::{Action, Slide, WaylineApp};
use wayline::model::{CardId, Details};
use wayline::scene::Target;

fn harness() -> Harness<'static, WaylineApp> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!(
        "wayline-present-recovery-{}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let app = WaylineApp::with_recovery_dir(None, dir);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1600.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h
}

/// Presses `key` and lets the camera arrive (0.4 s at 60 frames a second).
fn press(h: &mut Harness<'static, WaylineApp>, key: Key) {
    h.key_press(key);
    h.run_steps(26);
    assert!(
        !h.state().presentation().is_some_and(|p| p.is_moving()),
        "the camera arrived"
    );
}

fn slide(h: &Harness<'static, WaylineApp>) -> Slide {
    h.state().presentation_step().cloned().expect("presenting")
}

fn click_at(h: &mut Harness<'static, WaylineApp>, pos: Pos2, button: egui::PointerButton) {
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
}

/// The camera shows the slide's target whole and as large as the screen allows:
/// it fills the room's width or height, or the slide's zoom limit stops it.
fn assert_camera_on_target(h: &Harness<'static, WaylineApp>) {
    let p = h.state().presentation().unwrap();
    let placed = p.current().unwrap();
    let on_screen = p.view().rect_to_screen(placed.target);
    let area = p.stage_area();
    assert!(
        area.expand(1.0).contains_rect(on_screen),
        "{:?}: {on_screen:?} inside {area:?}",
        placed.slide
    );
    let fills =
        on_screen.width() >= area.width() - 60.0 || on_screen.height() >= area.height() - 60.0;
    assert!(
        fills || p.view().zoom >= placed.max_zoom - 0.01,
        "{:?}: {on_screen:?} fills {area:?} (zoom {})",
        placed.slide,
        p.view().zoom
    );
}

#[test]
fn f5_presents_the_overview_full_screen_without_the_editor_panels() {
    let mut h = harness();
    assert!(h.query_by_label("Add stage").is_some());
    h.state_mut().queue(Action::Present);
    h.step();
    let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Fullscreen(true)),
        "{commands:?}"
    );
    h.run_steps(3);
    assert_eq!(slide(&h), Slide::Overview);
    assert!(
        h.query_by_label("Add stage").is_none(),
        "structure panel hidden"
    );
    assert!(
        h.query_by_label("Map canvas").is_none(),
        "editor canvas hidden"
    );
    assert!(h.query_by_label("File").is_none(), "menu hidden");
    h.get_by_label("Presentation");
    assert_camera_on_target(&h);
    let p = h.state().presentation().unwrap();
    assert_eq!(p.current().unwrap().target.w, p.scene().width);

    // One key-down frame, so the output read is the frame that handled it.
    h.event(egui::Event::Key {
        key: Key::Escape,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Fullscreen(false)),
        "{commands:?}"
    );
    h.run_steps(2);
    assert!(h.state().presentation().is_none());
    h.get_by_label("Add stage");
    h.get_by_label("Map canvas");
}

#[test]
fn arrows_step_through_stages_then_pain_points_and_opportunities() {
    let mut h = harness();
    let view_before = h.state().canvas.view();
    h.key_press(Key::F5);
    h.run_steps(3);
    assert_eq!(slide(&h), Slide::Overview);

    // → walks the stages in map order; each slide is a band of its stage's column.
    let map = h.state().doc.map.clone();
    let mut stages_seen = Vec::new();
    loop {
        press(&mut h, Key::ArrowRight);
        let Slide::Stage(id) = slide(&h) else { break };
        assert_camera_on_target(&h);
        let p = h.state().presentation().unwrap();
        let placed = p.current().unwrap();
        let header = p.scene().hit_rect(&Target::Stage(id.clone())).unwrap();
        assert_eq!((placed.target.x, placed.target.w), (header.x, header.w));
        assert_eq!(placed.spotlight, Some(placed.target));
        assert!(
            placed.target.h <= 45.0 * wayline::layout::Theme::light().body.size + 0.5,
            "short enough to read: {}",
            placed.target.h
        );
        let stage = map.stage(&id).unwrap();
        let n = map.stage_index(&id).unwrap() + 1;
        assert!(
            placed.caption.starts_with(&format!(
                "Stage {n} of {} — {}",
                map.stages.len(),
                stage.name
            )),
            "{}",
            placed.caption
        );
        if stages_seen.last() != Some(&id) {
            // A new stage starts at its header.
            assert_eq!(placed.target.y, header.y);
            stages_seen.push(id);
        }
    }
    let ids: Vec<_> = map.stages.iter().map(|s| s.id.clone()).collect();
    assert_eq!(stages_seen, ids, "every stage, in order, once");

    // After the last stage: the pain points, each followed by its answers.
    let mut pains = Vec::new();
    let mut opportunities: Vec<CardId> = Vec::new();
    let last = h.state().presentation().unwrap().slides().len() - 1;
    loop {
        match slide(&h) {
            Slide::Pain(id) => pains.push(id),
            Slide::Opportunity(id) => {
                let card = map.card(&id).unwrap();
                let Details::Opportunity { answers, .. } = &card.details else {
                    panic!("an opportunity slide shows an opportunity")
                };
                if let Some(first) = answers.iter().find_map(|a| map.card(a)) {
                    let caption = &h.state().presentation().unwrap().current().unwrap().caption;
                    let head: String = first.text.chars().take(20).collect();
                    assert!(caption.contains(&format!("answers “{head}")), "{caption}");
                }
                if !answers.is_empty() {
                    assert!(
                        answers.iter().any(|a| pains.contains(a)),
                        "{id:?} comes after a pain point it answers"
                    );
                }
                opportunities.push(id);
            }
            other => panic!("only cards after the stages: {other:?}"),
        }
        assert_camera_on_target(&h);
        let p = h.state().presentation().unwrap();
        let placed = p.current().unwrap();
        let card = placed.spotlight.unwrap();
        assert!(placed.target.encloses(&card, 0.5), "the card is in view");
        if p.index() == last {
            break;
        }
        press(&mut h, Key::ArrowRight);
    }
    let of = |pick: fn(&Details) -> bool| -> HashSet<CardId> {
        map.cards
            .iter()
            .filter(|c| pick(&c.details))
            .map(|c| c.id.clone())
            .collect()
    };
    assert!(!pains.is_empty() && !opportunities.is_empty());
    assert_eq!(
        pains.iter().cloned().collect::<HashSet<_>>(),
        of(|d| matches!(d, Details::Pain { .. }))
    );
    assert_eq!(pains.len(), pains.iter().collect::<HashSet<_>>().len());
    assert_eq!(
        opportunities.iter().cloned().collect::<HashSet<_>>(),
        of(|d| matches!(d, Details::Opportunity { .. }))
    );
    assert!(
        h.state()
            .presentation()
            .unwrap()
            .current()
            .unwrap()
            .caption
            .starts_with("Opportunity")
            || h.state()
                .presentation()
                .unwrap()
                .current()
                .unwrap()
                .caption
                .starts_with("Pain point")
    );

    // → at the end stays; ← goes back one; Home and End jump.
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presentation().unwrap().index(), last);
    press(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presentation().unwrap().index(), last - 1);
    press(&mut h, Key::Home);
    assert_eq!(slide(&h), Slide::Overview);
    press(&mut h, Key::ArrowLeft);
    assert_eq!(slide(&h), Slide::Overview);
    press(&mut h, Key::End);
    assert_eq!(h.state().presentation().unwrap().index(), last);
    press(&mut h, Key::PageUp);
    assert_eq!(h.state().presentation().unwrap().index(), last - 1);
    press(&mut h, Key::Home);
    press(&mut h, Key::Space);
    press(&mut h, Key::PageDown);
    assert_eq!(h.state().presentation().unwrap().index(), 2);

    // Number keys jump to a stage's first slide, P to the first pain point.
    press(&mut h, Key::Num3);
    assert_eq!(slide(&h), Slide::Stage(map.stages[2].id.clone()));
    press(&mut h, Key::Num1);
    assert_eq!(slide(&h), Slide::Stage(map.stages[0].id.clone()));
    press(&mut h, Key::P);
    assert!(matches!(slide(&h), Slide::Pain(_)), "{:?}", slide(&h));
    press(&mut h, Key::Num9);
    assert!(matches!(slide(&h), Slide::Pain(_)), "no stage 9: stays");
    press(&mut h, Key::Home);
    press(&mut h, Key::Space);
    press(&mut h, Key::PageDown);

    // A click goes forward, a right click back.
    let centre = h.state().presentation().unwrap().stage_area().center();
    click_at(&mut h, centre, egui::PointerButton::Primary);
    h.run_steps(30);
    assert_eq!(h.state().presentation().unwrap().index(), 3);
    click_at(&mut h, centre, egui::PointerButton::Secondary);
    h.run_steps(30);
    assert_eq!(h.state().presentation().unwrap().index(), 2);

    // Esc: the editor as it was.
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(h.state().presentation().is_none());
    h.get_by_label("Add stage");
    assert_eq!(
        h.state().canvas.view(),
        view_before,
        "the editor's view is kept"
    );
}

#[test]
fn the_camera_moves_smoothly_between_slides() {
    let mut h = harness();
    h.key_press(Key::F5);
    h.run_steps(3);
    let start = h.state().presentation().unwrap().view().zoom;
    h.key_press(Key::ArrowRight);
    h.run_steps(8);
    let p = h.state().presentation().unwrap();
    assert!(p.is_moving(), "still on its way after a few frames");
    let middle = p.view().zoom;
    h.run_steps(30);
    let end = h.state().presentation().unwrap().view().zoom;
    assert!(
        start < middle && middle < end,
        "zooms in gradually: {start} < {middle} < {end}"
    );
}

#[test]
fn nothing_can_be_edited_while_presenting() {
    let mut h = harness();
    // Something to undo, and a selected card to delete, paste or duplicate.
    h.get_by_label("Add stage").click();
    h.run_steps(2);
    let card = h
        .state()
        .doc
        .map
        .cards
        .iter()
        .find(|c| c.details.is_none())
        .unwrap()
        .id
        .clone();
    h.state_mut().selected.insert(card.clone());
    h.state_mut().queue(Action::Copy);
    h.run_steps(2);
    let map = h.state().doc.map.clone();
    let revision = h.state().doc.revision();

    h.key_press(Key::F5);
    h.run_steps(3);
    for (mods, key) in [
        (Modifiers::COMMAND, Key::Z),
        (Modifiers::COMMAND, Key::Y),
        (Modifiers::COMMAND, Key::V),
        (Modifiers::COMMAND, Key::D),
        (Modifiers::COMMAND, Key::A),
        (Modifiers::NONE, Key::Delete),
        (Modifiers::NONE, Key::Backspace),
        (Modifiers::COMMAND, Key::N),
    ] {
        h.key_press_modifiers(mods, key);
        h.run_steps(2);
    }
    h.state_mut().queue(Action::AddStage);
    h.state_mut().queue(Action::Paste);
    h.run_steps(2);
    // Clicking and double-clicking a card in the overview does not select or open it.
    let p = h.state().presentation().unwrap();
    let rect = p.scene().hit_rect(&Target::Card(card.clone())).unwrap();
    let pos = p.view().to_screen(rect.center());
    click_at(&mut h, pos, egui::PointerButton::Primary);
    click_at(&mut h, pos, egui::PointerButton::Primary);
    h.run_steps(30);
    assert!(h.state().canvas.editing().is_none());
    h.key_press(Key::A);
    h.run_steps(2);

    assert!(h.state().presentation().is_some());
    assert_eq!(h.state().doc.revision(), revision);
    assert_eq!(h.state().doc.map, map);
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(h.state().presentation().is_none());
    assert_eq!(h.state().doc.map, map);
}

#[test]
fn t_switches_between_a_dark_and_a_light_room() {
    let mut h = harness();
    h.key_press(Key::F5);
    h.run_steps(3);
    press(&mut h, Key::ArrowRight);
    let p = h.state().presentation().unwrap();
    assert!(p.is_dark());
    let dark_ground = p.scene().background;
    let hits = p.scene().hits.clone();
    let index = p.index();
    h.key_press(Key::T);
    h.run_steps(3);
    let p = h.state().presentation().unwrap();
    assert!(!p.is_dark());
    assert_ne!(p.scene().background, dark_ground);
    assert_eq!(p.scene().hits, hits, "same geometry in both");
    assert_eq!(p.index(), index, "stays on the slide");
    // The choice holds for the next presentation.
    h.key_press(Key::Escape);
    h.run_steps(2);
    h.key_press(Key::F5);
    h.run_steps(3);
    assert!(!h.state().presentation().unwrap().is_dark());
}

#[test]
fn each_stage_is_covered_by_its_slides_down_to_its_kpi_rows() {
    let mut h = harness();
    h.key_press(Key::F5);
    h.run_steps(3);
    let p = h.state().presentation().unwrap();
    let scene = p.scene();
    for stage in &h.state().doc.map.stages {
        let header = scene.hit_rect(&Target::Stage(stage.id.clone())).unwrap();
        let bottom = scene
            .hits
            .iter()
            .filter(|hit| match &hit.target {
                Target::Cell { stage: s, .. } | Target::Facts(s) => s == &stage.id,
                _ => false,
            })
            .map(|hit| hit.rect.bottom())
            .fold(header.bottom(), f32::max);
        assert!(
            scene
                .hits
                .iter()
                .any(|hit| hit.target == Target::Facts(stage.id.clone())),
            "the sample map has KPI rows"
        );
        let parts: Vec<_> = p
            .slides()
            .iter()
            .filter(|s| s.slide == Slide::Stage(stage.id.clone()))
            .map(|s| s.target)
            .collect();
        assert!(!parts.is_empty());
        // Contiguous, top to bottom, nothing left out.
        assert_eq!(parts[0].y, header.y);
        for pair in parts.windows(2) {
            assert!((pair[0].bottom() - pair[1].y).abs() < 0.01);
        }
        let last = parts.last().unwrap();
        assert!(
            (last.bottom() - bottom).abs() < 0.01,
            "{} vs {bottom}",
            last.bottom()
        );
    }
}

#[test]
fn a_map_without_stages_presents_its_overview_only() {
    let mut h = harness();
    h.state_mut()
        .replace_document(wayline::app::Document::new(wayline::model::Map::new(
            "Pusta mapa 空",
        )));
    h.run_steps(2);
    h.key_press(Key::F5);
    h.run_steps(3);
    let p = h.state().presentation().unwrap();
    assert_eq!(p.slides().len(), 1);
    assert_eq!(p.current().unwrap().caption, "Overview — Pusta mapa 空");
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::End);
    assert_eq!(slide(&h), Slide::Overview);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.state().presentation().is_none());
}

/// A small map's stage is one slide: no "(2/2)" slide of empty lanes.
#[test]
fn a_small_maps_stages_have_no_empty_slides() {
    let mut h = harness();
    let map = wayline::templates::find("ecommerce")
        .unwrap()
        .empty_map()
        .unwrap();
    h.state_mut()
        .replace_document(wayline::app::Document::new(map.clone()));
    let lane = map.lanes[0].id.clone();
    let stage = map.stages[3].id.clone();
    let card = wayline::model::Card::new(CardId::new("card-one"), lane, stage, "Jedyna karta");
    h.state_mut()
        .apply(wayline::edit::Command::AddCard { card, index: 0 });
    h.run_steps(2);
    h.key_press(Key::F5);
    h.run_steps(3);
    let slides = h.state().presentation().unwrap().slides().to_vec();
    let stage_slides: Vec<&str> = slides
        .iter()
        .filter(|p| matches!(p.slide, Slide::Stage(_)))
        .map(|p| p.caption.as_str())
        .collect();
    assert_eq!(stage_slides.len(), map.stages.len(), "{stage_slides:?}");
    assert!(
        stage_slides.iter().all(|c| !c.contains("/2)")),
        "{stage_slides:?}"
    );
}

/// What a stage slide lights that the room reads: cards, emotion points, or
/// KPI and insight rows.
fn content_in(scene: &wayline::scene::Scene, lit: &wayline::scene::Rect) -> usize {
    scene
        .hits
        .iter()
        .filter(|hit| {
            matches!(
                hit.target,
                Target::Card(_) | Target::EmotionPoint(_) | Target::Facts(_)
            )
        })
        .filter(|hit| {
            let top = hit.rect.y.max(lit.y);
            let bottom = hit.rect.bottom().min(lit.bottom());
            bottom - top > 4.0 && hit.rect.x < lit.right() && lit.x < hit.rect.right()
        })
        .count()
}

/// Every slide of every template, and of a map whose first lane is taller
/// than a screen, shows something to read: no slide of a stage header alone
/// above lanes that start on the next slide.
#[test]
fn no_slide_is_empty_in_any_template_or_a_map_with_a_tall_first_lane() {
    let mut maps: Vec<(String, wayline::model::Map)> = wayline::templates::TEMPLATES
        .iter()
        .filter(|t| t.name != "empty")
        .map(|t| (t.name.to_string(), t.map().unwrap()))
        .collect();
    let mut tall = wayline::templates::find("ecommerce")
        .unwrap()
        .empty_map()
        .unwrap();
    let (lane, stage) = (tall.lanes[0].id.clone(), tall.stages[1].id.clone());
    for i in 0..60 {
        tall.cards.push(wayline::model::Card::new(
            CardId::new(format!("tall-{i}")),
            lane.clone(),
            stage.clone(),
            format!("Karta {i}: porównać oferty i ceny"),
        ));
    }
    maps.push(("tall first lane".into(), tall));
    for (name, map) in maps {
        let mut h = harness();
        h.state_mut()
            .replace_document(wayline::app::Document::new(map.clone()));
        h.run_steps(2);
        h.key_press(Key::F5);
        h.run_steps(3);
        let p = h.state().presentation().unwrap();
        let scene = p.scene();
        let mut checked = 0;
        for placed in p.slides() {
            let Slide::Stage(id) = &placed.slide else {
                continue;
            };
            let stage = map.stage(id).unwrap();
            let has_any = map.cards.iter().any(|c| &c.stage == id)
                || !stage.insights.is_empty()
                || stage.kpis.iter().any(|k| k.value.is_some());
            if !has_any {
                continue;
            }
            checked += 1;
            assert!(
                content_in(scene, &placed.target) > 0,
                "{name}: {:?} lights {:?} and nothing in it",
                placed.caption,
                placed.target
            );
        }
        assert!(checked > 0, "{name}: no stage slide checked");
    }
}
