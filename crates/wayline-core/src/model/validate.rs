//! Consistency checks a map must pass beyond what its types guarantee: unique ids,
//! references that point at something, scores inside their range.

use std::collections::HashSet;
use std::fmt;

use super::{Details, EMOTION_RANGE, LaneKind, Map, id_problem};

/// How bad a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// The map can be shown and edited; the user should know.
    Warning,
    /// The map cannot be edited safely as it is.
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub level: Level,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Warning => "warning",
            Level::Error => "error",
        };
        write!(f, "{level}: {}", self.message)
    }
}

/// Most cards a map may have: far beyond any workshop, low enough that the editor
/// stays responsive.
pub const MAX_CARDS: usize = 50_000;
/// Most stages and lanes.
pub const MAX_STAGES: usize = 1_000;
pub const MAX_LANES: usize = 200;
/// Longest text of one field, in characters: every string of the map (titles,
/// names, card texts, persona fields, owners, channels, units, the photo path).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest value of a conflict record: a whole item written as RON, whose
/// texts may each be [`MAX_TEXT_CHARS`] long and escaped.
pub const MAX_CONFLICT_VALUE_CHARS: usize = 10 * MAX_TEXT_CHARS;
/// How many over-long texts are listed one by one before the rest are counted.
const LISTED: usize = 5;

/// `f(who, value, limit)` for every string field of the map; `who` names the
/// field for a message, built only when asked (most texts are short).
fn each_string(map: &Map, f: &mut impl FnMut(&dyn Fn() -> String, &str, usize)) {
    f(&|| String::from("the title"), &map.title, MAX_TEXT_CHARS);
    f(
        &|| String::from("the segment"),
        &map.segment,
        MAX_TEXT_CHARS,
    );
    f(
        &|| String::from("the description"),
        &map.description,
        MAX_TEXT_CHARS,
    );
    let p = &map.persona;
    for (field, value) in [
        ("name", &p.name),
        ("role", &p.role),
        ("quote", &p.quote),
        ("bio", &p.bio),
        ("notes", &p.notes),
    ] {
        f(&|| format!("the persona's {field}"), value, MAX_TEXT_CHARS);
    }
    if let Some(photo) = &p.photo {
        f(
            &|| String::from("the persona's photo path"),
            photo,
            MAX_TEXT_CHARS,
        );
    }
    for fact in &p.demographics {
        f(
            &|| String::from("a persona fact's label"),
            &fact.label,
            MAX_TEXT_CHARS,
        );
        f(
            &|| String::from("a persona fact's value"),
            &fact.value,
            MAX_TEXT_CHARS,
        );
    }
    for (field, list) in [
        ("goal", &p.goals),
        ("need", &p.needs),
        ("behaviour", &p.behaviours),
        ("suggestion", &p.suggestions),
    ] {
        for item in list {
            f(&|| format!("a persona {field}"), item, MAX_TEXT_CHARS);
        }
    }
    for s in &map.stages {
        f(
            &|| format!("stage {}: the name", s.id),
            &s.name,
            MAX_TEXT_CHARS,
        );
        f(
            &|| format!("stage {}: the description", s.id),
            &s.description,
            MAX_TEXT_CHARS,
        );
        for step in &s.steps {
            f(
                &|| format!("step {}: the name", step.id),
                &step.name,
                MAX_TEXT_CHARS,
            );
        }
        for kpi in &s.kpis {
            f(
                &|| format!("stage {}: a KPI name", s.id),
                &kpi.name,
                MAX_TEXT_CHARS,
            );
            f(
                &|| format!("stage {}: a KPI unit", s.id),
                &kpi.unit,
                MAX_TEXT_CHARS,
            );
        }
        for insight in &s.insights {
            f(
                &|| format!("stage {}: an insight", s.id),
                insight,
                MAX_TEXT_CHARS,
            );
        }
    }
    for l in &map.lanes {
        f(
            &|| format!("lane {}: the name", l.id),
            &l.name,
            MAX_TEXT_CHARS,
        );
    }
    for c in &map.cards {
        f(
            &|| format!("card {}: the text", c.id),
            &c.text,
            MAX_TEXT_CHARS,
        );
        match &c.details {
            Details::Touchpoint { channel, .. } => {
                f(
                    &|| format!("card {}: the channel", c.id),
                    channel,
                    MAX_TEXT_CHARS,
                );
            }
            Details::Opportunity { owner, .. } | Details::Task { owner } => {
                f(
                    &|| format!("card {}: the owner", c.id),
                    owner,
                    MAX_TEXT_CHARS,
                );
            }
            Details::Metric { unit, .. } => {
                f(&|| format!("card {}: the unit", c.id), unit, MAX_TEXT_CHARS);
            }
            _ => {}
        }
    }
    for (i, c) in map.conflicts.iter().enumerate() {
        let who = |what: &str| format!("conflict {}: {what}", i + 1);
        if let Some(field) = &c.field {
            f(&|| who("the field name"), field, MAX_TEXT_CHARS);
        }
        f(&|| who("the note"), &c.note, MAX_TEXT_CHARS);
        for (side, value) in [("base", &c.base), ("ours", &c.ours), ("theirs", &c.theirs)] {
            if let Some(value) = value {
                f(
                    &|| who(&format!("the {side} value")),
                    value,
                    MAX_CONFLICT_VALUE_CHARS,
                );
            }
        }
    }
}

/// One error per over-long string (the first few named, the rest counted).
fn length_problems(map: &Map, error: &mut impl FnMut(String)) {
    // `len()` bounds the character count from above: most strings pass
    // without being counted.
    let mut long: Vec<(String, usize, usize)> = Vec::new();
    each_string(map, &mut |who, value, max| {
        if value.len() > max && value.chars().count() > max {
            long.push((who(), value.chars().count(), max));
        }
    });
    for (who, n, max) in long.iter().take(LISTED) {
        error(format!(
            "{who} is {n} characters long; Wayline keeps each text under {max} characters"
        ));
    }
    if long.len() > LISTED {
        error(format!(
            "{} more texts are longer than Wayline keeps",
            long.len() - LISTED
        ));
    }
}

pub(super) fn validate(map: &Map) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut error = |message: String| {
        problems.push(Problem {
            level: Level::Error,
            message,
        })
    };
    for (what, n, max) in [
        ("cards", map.cards.len(), MAX_CARDS),
        ("stages", map.stages.len(), MAX_STAGES),
        ("lanes", map.lanes.len(), MAX_LANES),
    ] {
        if n > max {
            error(format!(
                "the map has {n} {what}; Wayline opens maps of at most {max} {what}"
            ));
        }
    }
    length_problems(map, &mut error);

    let mut seen = HashSet::new();
    let all_ids = map
        .stages
        .iter()
        .flat_map(|s| std::iter::once(&s.id.0).chain(s.steps.iter().map(|st| &st.id.0)))
        .chain(map.lanes.iter().map(|l| &l.id.0))
        .chain(map.cards.iter().map(|c| &c.id.0));
    for id in all_ids {
        if let Some(problem) = id_problem(id) {
            error(problem);
        } else if !seen.insert(id) {
            error(format!("id {id:?} is used more than once"));
        }
    }
    // References and conflict records carry ids too; a bad one is refused
    // even where it names nothing.
    let references = map
        .cards
        .iter()
        .flat_map(|c| {
            let answers: &[super::CardId] = match &c.details {
                Details::Opportunity { answers, .. } => answers,
                _ => &[],
            };
            [
                Some(&c.lane.0),
                Some(&c.stage.0),
                c.step.as_ref().map(|s| &s.0),
            ]
            .into_iter()
            .flatten()
            .chain(answers.iter().map(|a| &a.0))
        })
        .chain(map.conflicts.iter().filter_map(|c| match &c.item {
            super::ItemRef::Stage(id) => Some(&id.0),
            super::ItemRef::Lane(id) => Some(&id.0),
            super::ItemRef::Card(id) => Some(&id.0),
            super::ItemRef::Map | super::ItemRef::Persona => None,
        }));
    if let Some(problem) = references.filter_map(|id| id_problem(id)).next() {
        error(problem);
    }

    for card in &map.cards {
        let Some(stage) = map.stage(&card.stage) else {
            error(format!(
                "card {} is in stage {:?}, which does not exist",
                card.id, card.stage.0
            ));
            continue;
        };
        if map.lane(&card.lane).is_none() {
            error(format!(
                "card {} is in lane {:?}, which does not exist",
                card.id, card.lane.0
            ));
        }
        if let Some(step) = &card.step
            && !stage.steps.iter().any(|s| &s.id == step)
        {
            error(format!(
                "card {} is in step {:?}, which stage {:?} does not have",
                card.id, step.0, stage.name
            ));
        }
        match &card.details {
            Details::Emotion { score, .. } if !EMOTION_RANGE.contains(score) => error(format!(
                "card {}: emotion score {score} is outside {}..={}",
                card.id,
                EMOTION_RANGE.start(),
                EMOTION_RANGE.end()
            )),
            Details::Touchpoint {
                satisfaction: Some(s),
                ..
            } if !(1..=5).contains(s) => error(format!(
                "card {}: satisfaction {s} is outside 1..=5",
                card.id
            )),
            _ => {}
        }
    }

    let mut warn = |message: String| {
        problems.push(Problem {
            level: Level::Warning,
            message,
        })
    };
    let by_id: std::collections::HashMap<&str, &super::Card> =
        map.cards.iter().map(|c| (c.id.as_str(), c)).collect();
    for card in &map.cards {
        if let Details::Opportunity { answers, .. } = &card.details {
            for answered in answers {
                match by_id.get(answered.as_str()) {
                    None => warn(format!(
                        "opportunity {} answers {:?}, which does not exist",
                        card.id, answered.0
                    )),
                    Some(c) if !matches!(c.details, Details::Pain { .. }) => warn(format!(
                        "opportunity {} answers {:?}, which is not a pain point",
                        card.id, answered.0
                    )),
                    Some(_) => {}
                }
            }
        }
        let lane_kind = map.lane(&card.lane).map(|l| l.kind);
        if matches!(card.details, Details::Emotion { .. })
            != (lane_kind == Some(LaneKind::Emotions))
            && lane_kind.is_some()
        {
            warn(format!(
                "card {}: emotion points belong in an emotion lane, and only they do",
                card.id
            ));
        }
    }
    for conflict in &map.conflicts {
        warn(format!(
            "unresolved merge conflict: {}; keep one side with `wayline resolve` or in the editor",
            conflict.describe(map)
        ));
    }
    problems
}
