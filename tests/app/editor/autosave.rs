//! When unsaved work is written aside: about two seconds after the last key
//! (the text still being typed into a card included), not at every key, and
//! never while an input method is composing.

use std::time::{Duration, Instant};

use eframe::egui::{Event, ImeEvent, Key};
use wayline::io::recovery;

use super::access::*;

/// The texts of the cards in this window's recovery file, if it has one.
fn written_aside(h: &H) -> Option<Vec<String>> {
    let file = h.state().autosave.own_file()?;
    recovery::list(&h.state().autosave.dir)
        .into_iter()
        .find(|(f, _)| *f == file)
        .map(|(_, r)| r.map.cards.iter().map(|c| c.text.clone()).collect())
}

/// Runs `seconds` of frames (the editor's clock), letting jobs finish.
fn frames(h: &mut H, seconds: f32) {
    for _ in 0..(seconds * 60.0) as usize {
        h.step();
    }
    let start = Instant::now();
    while h.state().is_autosaving() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
}

fn new_card_for_typing(h: &mut H) {
    let cell = rect_of(h, "Cell: Awareness × Actions");
    double_click_at(
        h,
        cell.center() - eframe::egui::vec2(0.0, cell.height() / 4.0),
    );
    assert!(h.state().canvas.editing().is_some());
}

#[test]
fn typing_is_written_aside_two_seconds_after_the_last_key() {
    let mut h = empty();
    frames(&mut h, 0.1);
    assert!(h.state().autosave.own_file().is_some(), "entry claimed");
    new_card_for_typing(&mut h);
    // Steady typing, a key every half second: nothing is written meanwhile.
    for word in ["Gy", "m ", "me", "mb", "er", "sh", "ip"] {
        type_text(&mut h, word);
        frames(&mut h, 0.5);
    }
    let before = written_aside(&h);
    assert!(
        before
            .as_ref()
            .is_none_or(|cards| !cards.iter().any(|t| t.contains("Gym membership"))),
        "written while typing: {before:?}"
    );
    // A pause of two seconds: what was typed (not yet kept with Enter) is aside.
    frames(&mut h, 2.2);
    assert_eq!(
        written_aside(&h),
        Some(vec!["Gym membership".to_string()]),
        "the text typed so far"
    );
    assert!(
        h.state().canvas.editing().is_some(),
        "autosave does not close the card's editor"
    );
}

#[test]
fn nothing_is_written_aside_while_an_input_method_is_composing() {
    let mut h = empty();
    frames(&mut h, 0.1);
    new_card_for_typing(&mut h);
    type_text(&mut h, "下单");
    frames(&mut h, 2.5);
    assert_eq!(written_aside(&h), Some(vec!["下单".to_string()]));
    // Pinyin being composed: its letters are in the field but are not text yet.
    for pinyin in ["f", "fu", "fuk", "fukuan"] {
        h.event(Event::Ime(ImeEvent::Preedit {
            text: pinyin.into(),
            active_range_chars: Some(pinyin.len()..pinyin.len()),
        }));
        frames(&mut h, 0.2);
    }
    frames(&mut h, 3.0);
    assert_eq!(
        written_aside(&h),
        Some(vec!["下单".to_string()]),
        "no half-composed pinyin is written aside"
    );
    h.event(Event::Ime(ImeEvent::Preedit {
        text: String::new(),
        active_range_chars: None,
    }));
    h.event(Event::Ime(ImeEvent::Commit("付款".into())));
    frames(&mut h, 2.5);
    assert_eq!(written_aside(&h), Some(vec!["下单付款".to_string()]));
    key(&mut h, Key::Enter);
    assert_eq!(texts(&h), ["下单付款"]);
}
