//! Maps print in their own language: every Chinese and Polish template's A3
//! export (with its pain-point page) read back with pdftotext has none of the
//! English label words and has the localised ones, writes numbers with the
//! language's decimal sign, and (Polish) ends no line on a one-letter word.

use std::collections::BTreeSet;

use wayline_core::export::{self, ExportOptions, PageSize};
use wayline_core::i18n::{Language, MAP_LABELS, format_number, tr};
use wayline_core::layout::{self, Theme};
use wayline_core::model::{Details, Map};
use wayline_core::templates::TEMPLATES;

use crate::common::{dir, tool};

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn localised_templates() -> Vec<(&'static str, Map)> {
    TEMPLATES
        .iter()
        .map(|t| (t.name, t.map().unwrap()))
        .filter(|(_, m)| m.language() != Language::En)
        .collect()
}

/// The A3 export with its pain page, as pdftotext reads it (raw order).
fn pdf_text(test: &str, name: &str, map: &Map) -> String {
    let out = dir("localised", &format!("{test}-{name}")).join(format!("{name}.pdf"));
    let options = ExportOptions {
        page: PageSize::A3,
        pain_page: true,
        ..ExportOptions::default()
    };
    export::export(map, None, &out, &options).unwrap();
    tool("pdftotext", &["-raw", out.to_str().unwrap(), "-"])
}

/// The literal words of every English map label (placeables and separators
/// cut out), at least four letters long.
fn english_fragments() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for key in MAP_LABELS.keys(Language::En) {
        let text = tr(Language::En, &key, &[]);
        let mut rest = text.as_str();
        let mut pieces = Vec::new();
        // Placeables print as "{$name}" when no argument is given.
        while let Some(start) = rest.find('{') {
            pieces.push(&rest[..start]);
            rest = rest[start..].split_once('}').map_or("", |(_, r)| r);
        }
        pieces.push(rest);
        for piece in pieces {
            for part in piece.split(['·', '(', ')', ':', ',', '.', '—', '→', '+', '×', ';']) {
                let part = part.trim();
                if part.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                    out.insert((key.clone(), part.to_string()));
                }
            }
        }
    }
    out
}

/// Everything the map's author wrote (English words in it are theirs).
fn user_text(map: &Map) -> String {
    squash(&wayline_core::io::to_string(map).unwrap())
}

#[test]
fn chinese_and_polish_exports_print_no_english_label_words() {
    let test = "english";
    let fragments = english_fragments();
    assert!(fragments.len() > 80, "{}", fragments.len());
    let templates = localised_templates();
    assert_eq!(templates.len(), 7);
    for (name, map) in &templates {
        let lang = map.language();
        let text = squash(&pdf_text(test, name, map));
        let own = user_text(map);
        let mut english = Vec::new();
        for (key, fragment) in &fragments {
            let fragment = squash(fragment);
            // "Persona", "Segment", "online" are Polish words too.
            let same_word =
                MAP_LABELS.has(lang, key) && squash(&tr(lang, key, &[])).contains(&fragment);
            if text.contains(&fragment) && !same_word && !own.contains(&fragment) {
                english.push(format!("{fragment:?} ({key})"));
            }
        }
        assert!(
            english.is_empty(),
            "{name} ({lang}) prints English: {english:?}"
        );
    }
    // The check finds English where there is some: a Polish map set to English.
    let mut map = templates_map("current-state");
    map.language = Some(Language::En);
    let text = squash(&pdf_text(test, "current-state-en", &map));
    let found = fragments
        .iter()
        .filter(|(_, f)| text.contains(&squash(f)) && !user_text(&map).contains(&squash(f)))
        .count();
    assert!(found > 20, "{found}");
}

fn templates_map(name: &str) -> Map {
    wayline_core::templates::find(name).unwrap().map().unwrap()
}

#[test]
fn chinese_and_polish_exports_print_their_own_label_words() {
    let test = "own";
    for (name, map) in &localised_templates() {
        let lang = map.language();
        let text = squash(&pdf_text(test, name, map));
        let mut keys = vec![
            "legend",
            "legend-opportunity",
            "pain-page-stage",
            "pain-page-pain-point",
            "pain-page-answered-by",
        ];
        if !map.persona.goals.is_empty() {
            keys.push("persona-goals");
        }
        if map.stages.iter().any(|s| !s.kpis.is_empty()) {
            keys.push("row-stage-kpis");
        }
        for key in keys {
            let word = squash(&tr(lang, key, &[]));
            assert_ne!(
                word,
                squash(&tr(Language::En, key, &[])),
                "{key} is not translated"
            );
            assert!(text.contains(&word), "{name}: no {word:?} ({key})");
        }
        // Details: the first pain point's severity and the targets' word.
        let severity = map.cards.iter().find_map(|c| match c.details {
            Details::Pain { severity, .. } => Some(severity),
            _ => None,
        });
        if let Some(s) = severity {
            let word = squash(&layout::labels::severity(lang, s));
            assert!(text.contains(&word), "{name}: no {word:?}");
        }
        let target = tr(lang, "metric-target", &[("target", "".into())]);
        if map
            .stages
            .iter()
            .flat_map(|s| &s.kpis)
            .any(|k| k.target.is_some())
        {
            assert!(text.contains(&squash(&target)), "{name}: no {target:?}");
        }
    }
}

/// Every KPI figure with a fraction: stage KPIs and metric cards.
fn fractions(map: &Map) -> Vec<f64> {
    let stage = map
        .stages
        .iter()
        .flat_map(|s| &s.kpis)
        .flat_map(|k| [k.value, k.target]);
    let cards = map.cards.iter().flat_map(|c| match c.details {
        Details::Metric { value, target, .. } => [value, target],
        _ => [None, None],
    });
    stage
        .chain(cards)
        .flatten()
        .filter(|v| v.fract() != 0.0)
        .collect()
}

#[test]
fn numbers_print_with_the_languages_decimal_sign() {
    let test = "numbers";
    let mut checked = 0;
    for (name, map) in &localised_templates() {
        let lang = map.language();
        let text = squash(&pdf_text(test, name, map));
        let own = user_text(map);
        for v in fractions(map) {
            let local = format_number(lang, v);
            assert!(
                text.contains(&local),
                "{name}: {v} is not printed as {local}"
            );
            let english = format_number(Language::En, v);
            if lang == Language::Pl && !own.contains(&english) {
                assert!(
                    !text.contains(&english),
                    "{name}: {english} printed with a point"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 5, "{checked}");
}

/// A line (of a paragraph going on) ends with a one-letter Polish word.
fn ends_on_one_letter(line: &str) -> bool {
    let last = line.trim_end().rsplit([' ', '\u{a0}']).next().unwrap_or("");
    last.chars().count() == 1 && "aiouwzAIOUWZ".contains(last)
}

#[test]
fn no_polish_line_ends_with_a_one_letter_word() {
    let test = "lines";
    let polish: Vec<_> = localised_templates()
        .into_iter()
        .filter(|(_, m)| m.language() == Language::Pl)
        .collect();
    assert_eq!(polish.len(), 3);
    for (name, map) in &polish {
        // The layout invariant: in every text block, on the map (also as a
        // workshop wall) and on the pain page.
        let theme = Theme::light();
        let scenes = [
            layout::layout(map, &theme, &layout::Options::default()),
            layout::layout(
                map,
                &theme,
                &layout::Options {
                    workshop: true,
                    ..layout::Options::default()
                },
            ),
            layout::pain_page(map, &theme),
        ];
        let mut lines = 0;
        for scene in &scenes {
            for text in scene.texts() {
                let plain = text.plain();
                let block: Vec<&str> = plain.lines().collect();
                for line in block.iter().take(block.len().saturating_sub(1)) {
                    lines += 1;
                    assert!(!ends_on_one_letter(line), "{name}: {line:?} in {plain:?}");
                }
            }
        }
        assert!(lines > 100, "{name}: {lines} wrapped lines");
        // And what a reader of the PDF gets.
        let text = pdf_text(test, name, map);
        let orphans: Vec<&str> = text.lines().filter(|l| ends_on_one_letter(l)).collect();
        assert!(orphans.is_empty(), "{name}: {orphans:?}");
    }
}

#[test]
fn without_the_rule_the_polish_templates_would_leave_one_letter_words() {
    // The test above can fail: the same maps laid out as English text do.
    let mut orphans = 0;
    for (_, mut map) in localised_templates() {
        if map.language() != Language::Pl {
            continue;
        }
        map.language = Some(Language::En);
        let scene = layout::layout(&map, &Theme::light(), &layout::Options::default());
        for text in scene.texts() {
            let plain = text.plain();
            let block: Vec<&str> = plain.lines().collect();
            orphans += block
                .iter()
                .take(block.len().saturating_sub(1))
                .filter(|l| ends_on_one_letter(l))
                .count();
        }
    }
    assert!(orphans >= 9, "{orphans}");
}
