//! The editor's frame around the canvas: panels that fold away (a narrow
//! window starts with more canvas), an inspector that keeps its width, stage
//! and lane headers pinned when a big map scrolls, and the right-click menu.

use eframe::egui::{self, Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::{Focus, WaylineApp};
use wayline::model::Details;

use super::access::*;

fn sized(width: f32, height: f32) -> H {
    let mut h = Harness::builder()
        .with_size(Vec2::new(width, height))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), super::app(None));
    h.run_steps(3);
    h
}

#[test]
fn at_1024_by_700_the_canvas_has_most_of_the_width_and_both_panels_fold() {
    let mut h = sized(1024.0, 700.0);
    let canvas = rect_of(&h, "Map canvas");
    assert!(
        canvas.width() >= 0.7 * 1024.0,
        "canvas {:.0} of 1024",
        canvas.width()
    );
    assert_eq!(h.state().panels_open(), (false, true));
    // The inspector folds away…
    h.get_by_label("Inspector").click();
    h.run_steps(20);
    assert_eq!(h.state().panels_open(), (false, false));
    let wider = rect_of(&h, "Map canvas");
    assert!(wider.width() > canvas.width() + 200.0, "{wider:?}");
    // …and the structure panel opens when asked.
    h.get_by_label("Stages & lanes").click();
    h.run_steps(20);
    assert_eq!(h.state().panels_open(), (true, false));
    h.get_by_label("Add stage");
}

#[test]
fn the_inspector_keeps_its_width_whatever_is_selected() {
    let mut h = sized(1400.0, 900.0);
    let edge = |h: &H| rect_of(h, "Map canvas").right();
    let first = edge(&h);
    let map = h.state().doc.map.clone();
    let pain = map
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Pain { .. }))
        .unwrap();
    let opportunity = map
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Opportunity { .. }))
        .unwrap();
    let emotion = map
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Emotion { .. }))
        .unwrap();
    for focus in [
        Focus::Card(pain.id.clone()),
        Focus::Card(opportunity.id.clone()),
        Focus::Card(emotion.id.clone()),
        Focus::Stage(map.stages[0].id.clone()),
        Focus::Lane(map.lanes[0].id.clone()),
        Focus::Map,
    ] {
        h.state_mut().focus = focus.clone();
        h.run_steps(3);
        assert_eq!(edge(&h), first, "{focus:?}");
    }
    // A control's label stays on one line beside it.
    h.state_mut().focus = Focus::Card(pain.id.clone());
    h.run_steps(3);
    let category = h.get_by_label("Category").rect();
    let severity = h.get_by_label("Severity").rect();
    assert!(category.height() < 30.0, "{category:?}");
    assert!(severity.top() >= category.bottom() - 1.0, "one row each");
}

#[test]
fn right_click_menu_deletes_a_card_and_adds_one_to_a_cell() {
    let mut h = empty();
    h.get_by_label("Cell: Purchase × Pain points")
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Add card here").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.map.cards.len(), 1);
    type_text(&mut h, "Za drogo");
    key(&mut h, Key::Enter);
    assert!(matches!(
        h.state().doc.map.cards[0].details,
        Details::Pain { .. }
    ));
    let label = "Card: Za drogo — Purchase × Pain points";
    h.get_by_label(label).click_secondary();
    h.run_steps(2);
    assert_eq!(h.state().selected.len(), 1, "right-click selects");
    h.get_by_label("Edit text");
    h.get_by_label("Delete").click();
    h.run_steps(3);
    assert!(h.state().doc.map.cards.is_empty());
    assert!(h.query_by_label(label).is_none());
    ctrl(&mut h, Key::Z);
    h.get_by_label(label);
    // A stage's menu.
    h.get_by_label("Stage: Loyalty").click_secondary();
    h.run_steps(2);
    h.get_by_label("Delete stage").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.map.stages.len(), 4);
}

#[test]
fn stage_and_lane_headers_stay_in_view_when_a_big_map_scrolls() {
    let mut h = sized(1400.0, 900.0);
    h.state_mut().canvas.zoom_to(1.5);
    h.run_steps(2);
    let canvas = rect_of(&h, "Map canvas");
    // Scroll down and right with the wheel, over the canvas.
    h.hover_at(canvas.center());
    for _ in 0..4 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: Vec2::new(-150.0, -300.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(2);
    }
    h.run_steps(30);
    // A stage whose column is in view.
    let stage = h
        .state()
        .doc
        .map
        .stages
        .iter()
        .find(|s| {
            // Items out of view have no node.
            h.query_by_label(&format!("Stage: {}", s.name))
                .is_some_and(|n| {
                    let r = n.rect();
                    r.left() > canvas.left() + 150.0 && r.right() < canvas.right()
                })
        })
        .cloned()
        .unwrap();
    let label = format!("Stage: {}", stage.name);
    let pinned = rect_of(&h, &label);
    // Where the header is drawn in the map: scrolled out above the canvas.
    let in_map = h
        .state()
        .canvas
        .screen_center(&wayline::scene::Target::Stage(stage.id.clone()))
        .unwrap();
    assert!(in_map.y < canvas.top(), "scrolled away: {in_map:?}");
    assert!(
        (pinned.top() - canvas.top()).abs() < 1.0,
        "the header is pinned to the top: {pinned:?} in {canvas:?}"
    );
    // A lane header pinned to the left edge.
    let lanes: Vec<String> = labels(&h, egui::accesskit::Role::RowHeader);
    let left = lanes
        .iter()
        .map(|l| rect_of(&h, l))
        .filter(|r| r.top() > canvas.top() + 40.0 && r.bottom() < canvas.bottom())
        .map(|r| r.left())
        .fold(f32::MAX, f32::min);
    assert!(
        (left - canvas.left()).abs() < 1.0,
        "{left} vs {}",
        canvas.left()
    );
    // Clicking the pinned header selects its stage.
    h.get_by_label(&label).click();
    h.run_steps(2);
    assert_eq!(h.state().focus, Focus::Stage(stage.id.clone()));
}
