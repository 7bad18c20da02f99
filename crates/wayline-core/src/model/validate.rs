//! Consistency checks a map must pass beyond what its types guarantee: unique ids,
//! references that point at something, scores inside their range.

use std::collections::HashSet;
use std::fmt;

use super::{Details, EMOTION_RANGE, LaneKind, Map};

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
/// Longest text of one field, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

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
    let long = std::iter::once(("the title", &map.title))
        .chain(std::iter::once(("the description", &map.description)))
        .chain(map.cards.iter().map(|c| ("a card's text", &c.text)))
        .chain(map.stages.iter().map(|s| ("a stage name", &s.name)))
        .find(|(_, text)| text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS);
    if let Some((what, text)) = long {
        error(format!(
            "{what} is {} characters long; Wayline keeps each text under {MAX_TEXT_CHARS} characters",
            text.chars().count()
        ));
    }

    let mut seen = HashSet::new();
    let all_ids = map
        .stages
        .iter()
        .flat_map(|s| std::iter::once(&s.id.0).chain(s.steps.iter().map(|st| &st.id.0)))
        .chain(map.lanes.iter().map(|l| &l.id.0))
        .chain(map.cards.iter().map(|c| &c.id.0));
    for id in all_ids {
        if id.is_empty() {
            error("an id is empty".to_string());
        } else if !seen.insert(id) {
            error(format!("id {id:?} is used more than once"));
        }
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
