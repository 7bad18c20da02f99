//! The pain-point window: wide wrapped columns, a click that selects a card
//! and pans the canvas to it beside the window, and a pain point answered from
//! the window by an existing or a new opportunity, each undone in one step.

use egui_kittest::kittest::Queryable;
use wayline::model::{Details, PainFilter, pain_report, shorten};

use super::*;

const LONG: &str = "Koszty dostawy widać dopiero przy kasie, więc klient porzuca koszyk — 运费到结账时才显示，顾客因此放弃购物车";

/// The sample map with its first pain point answered by nothing, and long.
fn with_an_unanswered_pain(dir: &Path) -> PathBuf {
    let mut map = sample();
    let rows = pain_report(&map, &PainFilter::default());
    let pain = rows[0].pain.id.clone();
    map.card_mut(&pain).unwrap().text = LONG.into();
    for card in &mut map.cards {
        if let Details::Opportunity { answers, .. } = &mut card.details {
            answers.retain(|a| a != &pain);
        }
    }
    let file = dir.join("shop.journey.ron");
    wayline::io::save(&map, &file).unwrap();
    file
}

fn unanswered(h: &H) -> usize {
    h.state().doc.map.unanswered_pain_points().len()
}

fn open_window(h: &mut H) {
    let n = unanswered(h);
    h.get_by_label(&format!("Pain points ({n} unanswered)"))
        .click();
    h.run_steps(3);
    h.get_by_label("Pain points → opportunities");
}

/// The `i`th row's "Answer with…" menu, opened.
fn answer_menu(h: &mut H, row: usize) {
    h.get_all_by_label("Answer with…").nth(row).unwrap().click();
    h.run_steps(2);
}

fn answers(h: &H, opportunity: &CardId) -> Vec<CardId> {
    match &h.state().doc.map.card(opportunity).unwrap().details {
        Details::Opportunity { answers, .. } => answers.clone(),
        _ => panic!("an opportunity"),
    }
}

#[test]
fn a_pain_point_is_found_shown_and_answered_from_the_window() {
    let dir = temp_dir("pains");
    let file = with_an_unanswered_pain(&dir);
    let mut h = harness(app_on(Some(&file), &dir));
    open_window(&mut h);
    let map = h.state().doc.map.clone();
    let rows = pain_report(&map, &PainFilter::default());
    let window = h.get_by_label("Pain points → opportunities").rect();

    // The pain-point column is two fifths of the window, and long texts wrap in it.
    let link = h.get_by_label(LONG).rect();
    assert!(
        link.width() > window.width() * 0.3,
        "{link:?} in {window:?}"
    );
    assert!(
        link.width() < window.width() * 0.5,
        "{link:?} in {window:?}"
    );
    assert!(
        link.height() > 30.0 && link.height() < 100.0,
        "wrapped: {link:?}"
    );

    // A click on a pain point selects it and pans the canvas so it shows
    // beside the window, not under it.
    let state = h.state();
    let hidden = |id: &CardId| {
        let at = state
            .canvas
            .screen_center(&wayline::scene::Target::Card(id.clone()));
        at.is_none_or(|at| window.contains(at) || !state.canvas.rect().contains(at))
    };
    let far = rows
        .iter()
        .map(|r| r.pain.id.clone())
        .filter(|id| window.contains(h.get_by_label(&map.card(id).unwrap().text).rect().center()))
        .find(|id| hidden(id))
        .expect("a pain point listed whose card the window hides");
    h.get_by_label(&map.card(&far).unwrap().text).click();
    h.run_steps(4);
    assert!(h.state().selected.contains(&far) && h.state().selected.len() == 1);
    let at = h
        .state()
        .canvas
        .screen_center(&wayline::scene::Target::Card(far.clone()))
        .unwrap();
    let canvas = h.get_by_label("Map canvas").rect();
    assert!(canvas.contains(at), "{at:?} in {canvas:?}");
    assert!(!window.contains(at), "{at:?} not under {window:?}");

    // Answer the first unanswered pain point with an existing opportunity.
    let (row, pain) = rows
        .iter()
        .enumerate()
        .find(|(_, r)| !r.is_answered())
        .map(|(i, r)| (i, r.pain.id.clone()))
        .expect("the sample has an unanswered pain point");
    let before = unanswered(&h);
    let opportunity = map
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Opportunity { .. }))
        .unwrap();
    answer_menu(&mut h, row);
    h.get_all_by_label(&shorten(&opportunity.text, 60))
        .last()
        .unwrap()
        .click();
    h.run_steps(3);
    assert!(answers(&h, &opportunity.id).contains(&pain));
    assert_eq!(unanswered(&h), before - 1);
    h.get_by_label(&match before - 1 {
        0 => "Pain points".to_string(),
        n => format!("Pain points ({n} unanswered)"),
    });
    h.state_mut().queue(wayline::app::Action::Undo);
    h.run_steps(3);
    assert!(!answers(&h, &opportunity.id).contains(&pain));
    assert_eq!(h.state().doc.map, map, "undo restores the map");

    // Or with a new opportunity in the pain point's stage, typed on the canvas.
    answer_menu(&mut h, row);
    h.get_by_label("New opportunity").click();
    h.run_steps(4);
    let added: Vec<&wayline::model::Card> = h
        .state()
        .doc
        .map
        .cards
        .iter()
        .filter(|c| map.card(&c.id).is_none())
        .collect();
    assert_eq!(added.len(), 1);
    let new = added[0].id.clone();
    assert_eq!(answers(&h, &new), vec![pain.clone()]);
    assert_eq!(added[0].stage, map.card(&pain).unwrap().stage);
    assert_eq!(h.state().canvas.editing(), Some(&new), "open for typing");
    assert_eq!(unanswered(&h), before - 1);
    h.state_mut().queue(wayline::app::Action::Undo);
    h.run_steps(3);
    assert_eq!(h.state().doc.map, map, "one undo takes it away");
}
