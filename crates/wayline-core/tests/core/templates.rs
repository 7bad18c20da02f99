//! Every built-in template: its content matches the source material it came from,
//! it lays out, and its PDF carries its text, legend and pain-point page.

use std::collections::HashSet;
use std::process::Command;

use wayline_core::export::{self, ExportOptions, PageSize};
use wayline_core::model::*;

fn template(name: &str) -> Map {
    wayline_core::templates::find(name).unwrap().map().unwrap()
}

fn kinds(map: &Map) -> HashSet<LaneKind> {
    map.lanes.iter().map(|l| l.kind).collect()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn pdf_text(map: &Map, name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("wayline-templates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(format!("{name}.pdf"));
    let options = ExportOptions {
        page: PageSize::A3,
        pain_page: true,
        ..ExportOptions::default()
    };
    export::export(map, None, &out, &options).unwrap();
    let text = Command::new("pdftotext")
        .args(["-raw", out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    squash(&String::from_utf8_lossy(&text.stdout))
}

#[test]
fn ecommerce_has_five_stages_with_behaviour_touchpoints_kpis_and_insights() {
    let map = template("ecommerce");
    let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["认知", "考虑", "购买", "留存", "忠诚"]);
    assert!(!map.segment.is_empty());
    for kind in [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Kpis,
    ] {
        assert!(kinds(&map).contains(&kind), "{kind:?}");
    }
    for stage in &map.stages {
        assert!(
            !stage.kpis.is_empty() && !stage.insights.is_empty(),
            "{} has KPIs and insights",
            stage.name
        );
        assert!(
            stage.kpis.iter().all(|k| k.target.is_some()),
            "targets to compare against"
        );
    }
    assert!(map.cards.iter().any(|c| matches!(
        c.details,
        Details::Touchpoint {
            satisfaction: Some(_),
            ..
        }
    )));
}

#[test]
fn service_blueprint_has_front_back_and_support_lanes_with_owners() {
    let map = template("service-blueprint");
    assert_eq!(map.kind, MapKind::ServiceBlueprint);
    for kind in [LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support] {
        assert!(kinds(&map).contains(&kind), "{kind:?}");
    }
    for card in &map.cards {
        match &card.details {
            Details::Task { owner } | Details::Opportunity { owner, .. } => {
                assert!(!owner.is_empty(), "{} has an owner", card.id)
            }
            _ => {}
        }
    }
}

#[test]
fn awareness_to_advocacy_has_seven_stages_and_all_moments_of_truth() {
    let map = template("awareness-to-advocacy");
    assert_eq!(map.stages.len(), 7);
    let moments: HashSet<MomentOfTruth> = map
        .cards
        .iter()
        .filter_map(|c| match c.details {
            Details::Emotion { moment, .. } => moment,
            _ => None,
        })
        .collect();
    assert_eq!(
        moments.len(),
        4,
        "discovery, purchase, experience and loyalty"
    );
    let presences: HashSet<Presence> = map
        .cards
        .iter()
        .filter_map(|c| match c.details {
            Details::Touchpoint { presence, .. } => Some(presence),
            _ => None,
        })
        .collect();
    assert!(presences.contains(&Presence::Online) && presences.contains(&Presence::Offline));
}

#[test]
fn persona_first_has_the_full_profile_and_all_four_pain_categories() {
    let map = template("persona-first");
    let p = &map.persona;
    assert!(!p.name.is_empty() && !p.bio.is_empty() && !p.quote.is_empty());
    assert!(
        !p.demographics.is_empty()
            && !p.goals.is_empty()
            && !p.needs.is_empty()
            && !p.behaviours.is_empty()
            && !p.suggestions.is_empty()
    );
    let categories: HashSet<PainCategory> = pain_report(&map, &PainFilter::default())
        .iter()
        .map(|r| r.category)
        .collect();
    assert_eq!(categories.len(), 4);
    assert!(
        !map.unanswered_pain_points().is_empty(),
        "some pain points are left to answer"
    );
}

#[test]
fn current_and_future_state_are_a_pair() {
    let current = template("current-state");
    let future = template("future-state");
    assert_eq!(
        (current.kind, future.kind),
        (MapKind::CurrentState, MapKind::FutureState)
    );
    let ids = |m: &Map| m.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&current), ids(&future), "same stages, same ids");
    let mean = |m: &Map| {
        let scores: Vec<f32> = m
            .cards
            .iter()
            .filter_map(|c| match c.details {
                Details::Emotion { score, .. } => Some(f32::from(score)),
                _ => None,
            })
            .collect();
        scores.iter().sum::<f32>() / scores.len() as f32
    };
    assert!(
        mean(&future) > mean(&current),
        "the future state feels better"
    );
    assert!(
        current.title.contains("ó")
            || current.title.contains("ł")
            || current.title.chars().any(|c| "ąćęłńóśźż".contains(c))
    );
}

#[test]
fn day_in_the_life_is_polish_and_hour_by_hour() {
    let map = template("day-in-the-life");
    assert_eq!(map.kind, MapKind::DayInTheLife);
    assert!(
        map.stages
            .iter()
            .all(|s| s.name.chars().next().is_some_and(|c| c.is_ascii_digit())),
        "stages are times of day"
    );
    assert!(
        map.cards
            .iter()
            .any(|c| c.text.chars().any(|c| "ąćęłńóśźż".contains(c)))
    );
}

#[test]
fn every_template_exports_its_text_legend_and_pain_page() {
    for t in wayline_core::templates::TEMPLATES {
        let map = t.map().unwrap();
        let text = pdf_text(&map, t.name);
        for stage in &map.stages {
            assert!(
                text.contains(&squash(&stage.name)),
                "{}: {}",
                t.name,
                stage.name
            );
        }
        // In the map's language.
        let lang = map.language();
        let word = |key: &str| squash(&wayline_core::i18n::tr(lang, key, &[]));
        let pain_title = wayline_core::i18n::tr(lang, "pain-page-title", &[("title", "".into())]);
        let moment = wayline_core::i18n::tr(lang, "moment-of-truth", &[("moment", "".into())]);
        let moment = squash(&moment);
        assert!(
            text.contains(&word("legend")) && text.contains(moment.trim_end_matches([':', '：'])),
            "{}: legend",
            t.name
        );
        assert!(text.contains(&squash(&pain_title)), "{}: pain page", t.name);
        for row in pain_report(&map, &PainFilter::default()) {
            assert!(
                text.contains(&squash(&row.pain.text)),
                "{}: {}",
                t.name,
                row.pain.text
            );
        }
    }
}

/// Every text a reader sees in a map: title, description, persona, stages,
/// lanes and cards.
fn all_text(map: &Map) -> String {
    let p = &map.persona;
    let mut text = vec![
        map.title.clone(),
        map.description.clone(),
        map.segment.clone(),
        p.name.clone(),
        p.role.clone(),
        p.quote.clone(),
        p.bio.clone(),
    ];
    text.extend(map.stages.iter().map(|s| s.name.clone()));
    text.extend(map.lanes.iter().map(|l| l.name.clone()));
    text.extend(map.cards.iter().map(|c| c.text.clone()));
    text.join("\n")
}

/// Written in English: no Chinese and no Polish letters.
fn is_english(map: &Map) -> bool {
    all_text(map)
        .chars()
        .all(|c| !('\u{4e00}'..='\u{9fff}').contains(&c) && !"ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c))
}

/// What makes a template worth starting from, checked the same way for every
/// language: a full persona, KPIs with targets and research insights in every
/// stage, touchpoints with channels and satisfaction, an emotion point per
/// stage with moments of truth, pain points in every category, each answered
/// by an opportunity, every opportunity with an owner.
fn assert_rich(name: &str) {
    let map = template(name);
    let p = &map.persona;
    assert!(
        !p.name.is_empty()
            && !p.bio.is_empty()
            && !p.quote.is_empty()
            && !map.description.is_empty(),
        "{name}: persona and description"
    );
    assert!(
        p.demographics.len() >= 3 && p.goals.len() >= 2 && !p.needs.is_empty(),
        "{name}: persona profile"
    );
    assert!(map.stages.len() >= 5, "{name}: stages");
    for stage in &map.stages {
        assert!(
            !stage.kpis.is_empty()
                && stage
                    .kpis
                    .iter()
                    .all(|k| k.target.is_some() && k.value.is_some()),
            "{name}: {} has KPIs with values and targets",
            stage.name
        );
        assert!(
            !stage.insights.is_empty(),
            "{name}: {} has insights",
            stage.name
        );
        let emotions = map
            .cards
            .iter()
            .filter(|c| c.stage == stage.id && matches!(c.details, Details::Emotion { .. }))
            .count();
        assert!(
            emotions >= 1,
            "{name}: {} is on the emotion curve",
            stage.name
        );
    }
    assert!(map.cards.len() >= 60, "{name}: {} cards", map.cards.len());
    let mut presences = HashSet::new();
    for card in &map.cards {
        match &card.details {
            Details::Touchpoint {
                channel,
                presence,
                satisfaction,
            } => {
                assert!(
                    !channel.is_empty() && satisfaction.is_some(),
                    "{name}: {}",
                    card.text
                );
                presences.insert(*presence);
            }
            Details::Opportunity { owner, .. } => {
                assert!(!owner.is_empty(), "{name}: {}", card.text)
            }
            Details::Task { owner } => assert!(!owner.is_empty(), "{name}: {}", card.text),
            _ => {}
        }
    }
    assert!(presences.contains(&Presence::Online) && presences.contains(&Presence::Offline));
    let moments: HashSet<MomentOfTruth> = map
        .cards
        .iter()
        .filter_map(|c| match c.details {
            Details::Emotion { moment, .. } => moment,
            _ => None,
        })
        .collect();
    assert!(moments.len() >= 3, "{name}: moments of truth {moments:?}");
    let scores: HashSet<i8> = map
        .cards
        .iter()
        .filter_map(|c| match c.details {
            Details::Emotion { score, .. } => Some(score),
            _ => None,
        })
        .collect();
    assert!(
        scores.iter().any(|s| *s <= -1) && scores.iter().any(|s| *s >= 2),
        "{name}: the curve has lows and highs"
    );
    assert!(
        map.unanswered_pain_points().is_empty(),
        "{name}: every pain point answered"
    );
}

#[test]
fn the_english_onboarding_journey_is_as_rich_as_the_chinese_purchase_journey() {
    let map = template("saas-onboarding");
    assert!(is_english(&map), "written in English");
    assert_eq!(map.kind, MapKind::CurrentState);
    assert_rich("saas-onboarding");
    let categories: HashSet<PainCategory> = pain_report(&map, &PainFilter::default())
        .iter()
        .map(|r| r.category)
        .collect();
    assert_eq!(categories.len(), 4, "pain points in all four categories");
    assert!(
        map.stages.iter().any(|s| !s.steps.is_empty())
            && map.stages.iter().any(|s| s.drop_off.is_some()),
        "a stage broken into steps, a drop-off figure"
    );
    assert!(!template("ecommerce").cards.is_empty());
}

#[test]
fn the_english_service_blueprint_has_owners_for_every_task_and_lane() {
    let map = template("broadband-blueprint");
    assert!(is_english(&map), "written in English");
    assert_eq!(map.kind, MapKind::ServiceBlueprint);
    for kind in [LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support] {
        assert!(kinds(&map).contains(&kind), "{kind:?}");
        for stage in &map.stages {
            assert!(
                map.cards.iter().any(|c| c.stage == stage.id
                    && map.lane(&c.lane).is_some_and(|l| l.kind == kind)
                    && matches!(&c.details, Details::Task { owner } if !owner.is_empty())),
                "{kind:?} work with an owner in {}",
                stage.name
            );
        }
    }
    assert_rich("broadband-blueprint");
}

#[test]
fn the_chinese_templates_pass_the_same_richness_checks_as_the_english_ones() {
    // The bar the English templates are held to is the Chinese ones' own.
    assert_rich("ecommerce");
}
