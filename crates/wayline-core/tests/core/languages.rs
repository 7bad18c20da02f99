//! A map's language: saved as a tag, absent in older files (then guessed from
//! the text), set by templates and import, changed with an undoable edit.

use std::path::Path;

use wayline_core::edit::Command;
use wayline_core::i18n::Language;
use wayline_core::{import, io, templates};

#[test]
fn every_template_names_the_language_its_text_is_written_in() {
    for t in templates::TEMPLATES {
        let map = t.map().unwrap();
        let named = map
            .language
            .unwrap_or_else(|| panic!("{} names no language", t.name));
        assert_eq!(named, map.guess_language(), "{}", t.name);
        let expected = if t.summary.contains("(Chinese)") {
            Language::ZhCn
        } else if t.summary.contains("(Polish)") {
            Language::Pl
        } else {
            Language::En
        };
        assert_eq!(named, expected, "{}", t.name);
        // `wayline new --empty` keeps the stage and lane names, and the language.
        assert_eq!(t.empty_map().unwrap().language(), expected, "{}", t.name);
    }
}

#[test]
fn a_file_without_a_language_loads_guesses_it_and_saves_as_it_was() {
    let mut map = templates::find("current-state").unwrap().map().unwrap();
    map.language = None;
    let old = io::to_string(&map).unwrap();
    assert!(
        !old.contains("language"),
        "an unset language is not written"
    );
    let loaded = io::parse_str(&old, Path::new("old.journey.ron"))
        .unwrap()
        .map;
    assert_eq!(loaded.language, None);
    assert_eq!(loaded.language(), Language::Pl);
    assert_eq!(io::to_string(&loaded).unwrap(), old, "byte for byte");
}

#[test]
fn a_named_language_round_trips_as_its_tag() {
    for lang in Language::ALL {
        let mut map = templates::find("empty").unwrap().map().unwrap();
        map.language = Some(lang);
        let text = io::to_string(&map).unwrap();
        assert!(
            text.contains(&format!("    language: \"{}\",\n", lang.code())),
            "{text}"
        );
        let back = io::parse_str(&text, Path::new("m.journey.ron"))
            .unwrap()
            .map;
        assert_eq!(back, map);
        assert_eq!(io::to_string(&back).unwrap(), text);
    }
    // A locale form written by hand reads too.
    let text = io::to_string(&templates::find("empty").unwrap().map().unwrap())
        .unwrap()
        .replace("language: \"en\"", "language: \"pl_PL.UTF-8\"");
    let map = io::parse_str(&text, Path::new("m.journey.ron"))
        .unwrap()
        .map;
    assert_eq!(map.language, Some(Language::Pl));
    let bad = text.replace("pl_PL.UTF-8", "tlh");
    let err = io::parse_str(&bad, Path::new("m.journey.ron"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown language \"tlh\""), "{err}");
}

#[test]
fn setting_the_language_is_an_undoable_edit() {
    let mut map = templates::find("ecommerce").unwrap().map().unwrap();
    let before = map.clone();
    let undo = Command::SetLanguage {
        language: Some(Language::Pl),
    }
    .apply(&mut map)
    .unwrap();
    assert_eq!(map.language(), Language::Pl);
    undo.apply(&mut map).unwrap();
    assert_eq!(map, before);
    // The diff names the change as a map field.
    let mut changed = before.clone();
    changed.language = Some(Language::En);
    let changes = wayline_core::diff::diff(&before, &changed);
    assert!(
        changes
            .iter()
            .any(|c| c.field.as_deref() == Some("language")),
        "{changes:?}"
    );
}

#[test]
fn imports_name_the_language_of_their_text() {
    let cases = [
        (
            "journey\n  title 在线购物\n  section 认知\n    看到广告: 3: 顾客\n  section 购买\n    结账支付: 2: 顾客\n",
            import::Format::Mermaid,
            Language::ZhCn,
        ),
        (
            "journey\n  title Zakup w sklepie\n  section Wybór\n    Porównuje ceny i opinie: 3: Klient\n",
            import::Format::Mermaid,
            Language::Pl,
        ),
        (
            "journey\n  title Buying online\n  section Choose\n    Compares prices: 3: Customer\n",
            import::Format::Mermaid,
            Language::En,
        ),
        (
            "stage,lane,text\nWybór,Działania,Klient porównuje oferty i czyta opinie\n",
            import::Format::Csv,
            Language::Pl,
        ),
    ];
    for (text, format, expected) in cases {
        let imported = import::import_bytes(text.as_bytes(), format, Path::new("x.mmd")).unwrap();
        assert_eq!(imported.map.language, Some(expected), "{text}");
    }
}

#[test]
fn csv_import_reads_polish_and_chinese_values() {
    use wayline_core::model::{Details, LaneKind, PainCategory, Severity};
    let csv = "stage,lane,lane_kind,type,text,category,severity\n\
               购买,问题,痛点,痛点,结账步骤太多,流程,高\n\
               Zakup,Bóle,punkt bólu,punkt bólu,Za dużo kroków,proces,wysoka\n";
    let map = import::import_bytes(csv.as_bytes(), import::Format::Csv, Path::new("t.csv"))
        .unwrap()
        .map;
    assert_eq!(map.lanes.len(), 2);
    assert!(map.lanes.iter().all(|l| l.kind == LaneKind::PainPoints));
    assert_eq!(map.cards.len(), 2);
    for card in &map.cards {
        assert_eq!(
            card.details,
            Details::Pain {
                category: PainCategory::Process,
                severity: Severity::High
            },
            "{}",
            card.text
        );
    }
    // Exported again, the values are English (the CSV is for scripts too).
    let out = wayline_core::export::csv::to_csv(&map);
    assert!(out.contains("Pain points") && out.contains("High"), "{out}");
}

#[test]
fn the_what_changed_list_speaks_the_maps_language() {
    use wayline_core::export::changes;
    use wayline_core::model::{Details, Severity};
    let old = templates::find("current-state").unwrap().map().unwrap();
    let mut new = old.clone();
    let pain = new
        .cards
        .iter_mut()
        .find(|c| matches!(c.details, Details::Pain { .. }))
        .unwrap();
    let text = pain.text.trim_matches('"').to_string();
    if let Details::Pain { severity, .. } = &mut pain.details {
        *severity = if *severity == Severity::Low {
            Severity::Critical
        } else {
            Severity::Low
        };
    }
    new.stages[0].name = "Świadomość marki".into();
    let first_kpi = new.stages.iter_mut().find(|s| !s.kpis.is_empty()).unwrap();
    first_kpi.kpis[0].target = Some(2.5);
    let pages = changes::pages(&old, &new, "v1", "v2", None);
    let texts: Vec<String> = pages
        .iter()
        .skip(1)
        .flat_map(|p| p.scene.texts().map(|t| t.plain().replace('\n', " ")))
        .collect();
    let all = texts.join("\n");
    assert!(all.contains("Co się zmieniło: v1 → v2"), "{all}");
    assert!(
        all.contains("niska dotkliwość") || all.contains("krytyczna dotkliwość"),
        "{all}"
    );
    assert!(
        all.contains(&format!("„{}", &text.chars().take(20).collect::<String>())),
        "{all}"
    );
    let renamed = format!(
        "Etap „{}”: nowa nazwa „Świadomość marki”",
        old.stages[0].name
    );
    assert!(all.contains(&renamed), "{all}");
    assert!(all.contains("cel 2,5"), "{all}");
    for english in [
        "renamed", "Card ", "severity", "target", "Low", "High", "KPI \"",
    ] {
        assert!(!all.contains(english), "{english:?} in {all}");
    }
}
