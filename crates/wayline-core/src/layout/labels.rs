//! The map's own vocabulary in its language: the names of kinds, categories,
//! severities, priorities, statuses and moments, and the detail lines built
//! from them. Every word comes from the map-label catalogue
//! (`assets/i18n/map/*.ftl`); export and the editor's inspector use these too.

use crate::i18n::{Arg, Language, format_quantity, tr};
use crate::model::{
    Card, Details, LaneKind, MapKind, MomentOfTruth, PainCategory, Presence, Priority, Severity,
    Status,
};

pub fn map_kind(lang: Language, kind: MapKind) -> String {
    tr(
        lang,
        match kind {
            MapKind::CurrentState => "map-kind-current-state",
            MapKind::FutureState => "map-kind-future-state",
            MapKind::DayInTheLife => "map-kind-day-in-the-life",
            MapKind::ServiceBlueprint => "map-kind-service-blueprint",
        },
        &[],
    )
}

pub fn lane_kind(lang: Language, kind: LaneKind) -> String {
    tr(lang, lane_kind_key(kind), &[])
}

/// The catalogue key of a lane kind's word: the map-label catalogue and the
/// editor's UI catalogue both name lane kinds by it.
pub fn lane_kind_key(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Actions => "lane-kind-actions",
        LaneKind::Touchpoints => "lane-kind-touchpoints",
        LaneKind::Thoughts => "lane-kind-thoughts",
        LaneKind::Emotions => "lane-kind-emotions",
        LaneKind::PainPoints => "lane-kind-pain-points",
        LaneKind::Opportunities => "lane-kind-opportunities",
        LaneKind::Kpis => "lane-kind-kpis",
        LaneKind::Insights => "lane-kind-insights",
        LaneKind::Frontstage => "lane-kind-frontstage",
        LaneKind::Backstage => "lane-kind-backstage",
        LaneKind::Support => "lane-kind-support",
        LaneKind::Text => "lane-kind-text",
    }
}

pub fn pain_category(lang: Language, category: PainCategory) -> String {
    tr(
        lang,
        match category {
            PainCategory::Financial => "pain-category-financial",
            PainCategory::Productivity => "pain-category-productivity",
            PainCategory::Process => "pain-category-process",
            PainCategory::Support => "pain-category-support",
        },
        &[],
    )
}

/// "Medium severity", "średnia dotkliwość", "严重度：中".
pub fn severity(lang: Language, severity: Severity) -> String {
    tr(
        lang,
        match severity {
            Severity::Low => "severity-low",
            Severity::Medium => "severity-medium",
            Severity::High => "severity-high",
            Severity::Critical => "severity-critical",
        },
        &[],
    )
}

/// "High priority", "Wysoki priorytet", "高优先级".
pub fn priority(lang: Language, priority: Priority) -> String {
    tr(
        lang,
        match priority {
            Priority::Low => "priority-low",
            Priority::Medium => "priority-medium",
            Priority::High => "priority-high",
        },
        &[],
    )
}

pub fn status(lang: Language, status: Status) -> String {
    tr(
        lang,
        match status {
            Status::Idea => "status-idea",
            Status::Planned => "status-planned",
            Status::InProgress => "status-in-progress",
            Status::Done => "status-done",
            Status::Dropped => "status-dropped",
        },
        &[],
    )
}

pub fn moment(lang: Language, moment: MomentOfTruth) -> String {
    tr(
        lang,
        match moment {
            MomentOfTruth::Discovery => "moment-discovery",
            MomentOfTruth::Purchase => "moment-purchase",
            MomentOfTruth::Experience => "moment-experience",
            MomentOfTruth::Loyalty => "moment-loyalty",
        },
        &[],
    )
}

pub fn presence(lang: Language, presence: Presence) -> String {
    tr(
        lang,
        match presence {
            Presence::Online => "presence-online",
            Presence::Offline => "presence-offline",
            Presence::Both => "presence-both",
        },
        &[],
    )
}

/// "Process · Medium severity".
pub fn pain_facts(lang: Language, category: PainCategory, sev: Severity) -> String {
    format!(
        "{} · {}",
        pain_category(lang, category),
        severity(lang, sev)
    )
}

/// A KPI's value and target with their unit: "5 dni (cel 1 dzień)".
pub fn kpi(
    lang: Language,
    name: &str,
    value: Option<f64>,
    target: Option<f64>,
    unit: &str,
) -> String {
    let value = value.map(|v| format_quantity(lang, v, unit));
    let target = target.map(|t| target_text(lang, t, unit));
    let arg = |s: &Option<String>| Arg::from(s.clone().unwrap_or_default());
    let args = [
        ("name", Arg::from(name)),
        ("value", arg(&value)),
        ("target", arg(&target)),
    ];
    match (&value, &target) {
        (Some(_), Some(_)) => tr(lang, "kpi-value-target", &args),
        (Some(_), None) => tr(lang, "kpi-value", &args),
        (None, Some(_)) => tr(lang, "kpi-target", &args),
        (None, None) => name.to_string(),
    }
}

/// "target 1 day", "cel 1 dzień", "目标 1天".
pub fn target_text(lang: Language, target: f64, unit: &str) -> String {
    let target = format_quantity(lang, target, unit);
    tr(lang, "metric-target", &[("target", target.into())])
}

/// An opportunity's owner, priority and status, for the pain-point page.
pub fn opportunity_summary(lang: Language, card: &Card) -> String {
    match &card.details {
        Details::Opportunity {
            owner,
            priority: p,
            status: s,
            ..
        } => {
            let owner = if owner.is_empty() {
                tr(lang, "no-owner", &[])
            } else {
                owner.clone()
            };
            format!("{owner} · {} · {}", priority(lang, *p), status(lang, *s))
        }
        _ => String::new(),
    }
}

/// A card's detail line, as printed under its text ("Proces · średnia dotkliwość").
pub fn details(lang: Language, card: &Card) -> String {
    super::cards::details_text(lang, card)
}
