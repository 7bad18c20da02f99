//! The editor speaks English, Chinese and Polish: the three UI catalogues'
//! keys and plurals, the language a job speaks, a scan of the sources for
//! words that bypass the catalogue (`scan`), and kittest scenarios in Polish
//! and Chinese through the accessibility tree (`editor`).

use std::collections::BTreeSet;

use wayline::app::i18n::{self, Language};

mod editor;
mod scan;

const EN: &str = include_str!("../../assets/i18n/ui/en.ftl");
const ZH: &str = include_str!("../../assets/i18n/ui/zh-CN.ftl");
const PL: &str = include_str!("../../assets/i18n/ui/pl.ftl");

/// The message ids of a Fluent source (terms and attributes aside).
fn keys(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let shaped = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            shaped.then(|| id.to_string())
        })
        .collect()
}

#[test]
fn the_three_catalogues_have_the_same_keys() {
    // The core's check: every source parses, no language lacks a message.
    if let Err(problems) = i18n::UI.check() {
        panic!("assets/i18n/ui: {problems}");
    }
    for lang in Language::ALL {
        assert_eq!(i18n::UI.keys(lang), keys(EN), "{lang:?}");
    }
    let (en, zh, pl) = (keys(EN), keys(ZH), keys(PL));
    assert!(en.len() > 300, "{} keys", en.len());
    let missing =
        |other: &BTreeSet<String>| en.symmetric_difference(other).cloned().collect::<Vec<_>>();
    assert!(missing(&zh).is_empty(), "en vs zh-CN: {:?}", missing(&zh));
    assert!(missing(&pl).is_empty(), "en vs pl: {:?}", missing(&pl));
}

#[test]
fn every_key_resolves_in_every_language_without_isolation_marks() {
    for lang in Language::ALL {
        i18n::set_language(lang);
        for key in keys(EN) {
            let text = i18n::t_args(
                &key,
                &[
                    ("count", i18n::Arg::from(2usize)),
                    ("file", i18n::Arg::from("a.journey.ron")),
                ],
            );
            assert_ne!(text, key, "{key} in {lang:?}");
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{key} in {lang:?} has Unicode isolation marks: {text:?}"
            );
        }
    }
    i18n::set_language(Language::En);
}

#[test]
fn templates_and_kinds_have_names_in_every_language() {
    let en = keys(EN);
    for template in wayline::templates::TEMPLATES {
        assert!(
            en.contains(&format!("template-{}", template.name)),
            "{}",
            template.name
        );
    }
    i18n::set_language(Language::Pl);
    let kinds: Vec<String> = wayline::model::LaneKind::ALL
        .into_iter()
        .map(i18n::lane_kind)
        .collect();
    assert!(kinds.contains(&"Punkty styku".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"Punkty bólu".to_string()), "{kinds:?}");
    i18n::set_language(Language::ZhCn);
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::Touchpoints),
        "接触点"
    );
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::PainPoints),
        "痛点"
    );
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::Opportunities),
        "机会"
    );
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::Kpis),
        "关键绩效指标"
    );
    assert_eq!(
        i18n::moment(wayline::model::MomentOfTruth::Purchase),
        "购买"
    );
    i18n::set_language(Language::En);
}

#[test]
fn polish_counts_cards_one_few_many_and_chinese_has_one_form() {
    let selected = |lang, n: usize| {
        i18n::set_language(lang);
        i18n::t_args("inspector-selected", &[("count", i18n::Arg::from(n))])
    };
    assert_eq!(selected(Language::Pl, 1), "1 karta zaznaczona");
    assert_eq!(selected(Language::Pl, 2), "2 karty zaznaczone");
    assert_eq!(selected(Language::Pl, 4), "4 karty zaznaczone");
    assert_eq!(selected(Language::Pl, 5), "5 kart zaznaczonych");
    assert_eq!(selected(Language::Pl, 12), "12 kart zaznaczonych");
    assert_eq!(selected(Language::Pl, 22), "22 karty zaznaczone");
    assert_eq!(selected(Language::ZhCn, 1), "已选择 1 张卡片");
    assert_eq!(selected(Language::ZhCn, 5), "已选择 5 张卡片");
    assert_eq!(selected(Language::En, 2), "2 cards selected");
    i18n::set_language(Language::En);
}

#[test]
fn a_job_speaks_the_language_of_the_thread_that_started_it() {
    i18n::set_language(Language::Pl);
    let job = wayline::app::jobs::Job::spawn(None, |_| i18n::t("menu-file"));
    i18n::set_language(Language::En);
    assert_eq!(job.wait(), Some("Plik".to_string()));
}

/// The lane kinds' keys come from the core (`layout::labels::lane_kind_key`),
/// not from a literal in the app, so the source scan cannot see them: every one
/// is in the UI catalogue, and the window's word is not the key.
#[test]
fn every_lane_kind_key_of_the_core_is_in_the_ui_catalogue() {
    let en = keys(EN);
    i18n::set_language(Language::Pl);
    for kind in wayline::model::LaneKind::ALL {
        let key = wayline::layout::labels::lane_kind_key(kind);
        assert!(en.contains(key), "{key} missing from the UI catalogue");
        assert_ne!(i18n::lane_kind(kind), key, "{kind:?} has a word");
    }
    i18n::set_language(Language::En);
}
