//! Cards: the content of a lane × stage cell. Every card has text; what else it
//! carries depends on what it is ([`Details`]): a touchpoint's channel, a pain
//! point's category, an opportunity's owner, an emotion point's score.

use serde::{Deserialize, Serialize};

use super::{CardId, LaneId, LaneKind, StageId, StepId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: CardId,
    pub lane: LaneId,
    pub stage: StageId,
    /// The sub-step of the stage the card belongs to, if the stage has steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<StepId>,
    pub text: String,
    /// Fill colour as `#rrggbb`; the lane kind's colour when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<Icon>,
    #[serde(default, skip_serializing_if = "Details::is_none")]
    pub details: Details,
}

impl Card {
    pub fn new(id: CardId, lane: LaneId, stage: StageId, text: impl Into<String>) -> Card {
        Card {
            id,
            lane,
            stage,
            step: None,
            text: text.into(),
            color: None,
            icon: None,
            details: Details::None,
        }
    }

    pub fn with_details(mut self, details: Details) -> Card {
        self.details = details;
        self
    }
}

/// What a card carries besides its text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Details {
    #[default]
    None,
    Touchpoint {
        /// Web, app, e-mail, phone, store, chat…
        channel: String,
        presence: Presence,
        /// Customer satisfaction with this touchpoint, 1 (poor) to 5 (great).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        satisfaction: Option<u8>,
    },
    Pain {
        category: PainCategory,
        severity: Severity,
    },
    Opportunity {
        owner: String,
        priority: Priority,
        status: Status,
        /// The pain points this opportunity answers.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        answers: Vec<CardId>,
    },
    /// A point on the emotion curve; the card's text is its label.
    Emotion {
        /// From −3 (very negative) to +3 (very positive).
        score: i8,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        moment: Option<MomentOfTruth>,
    },
    /// Service-blueprint work with a responsible person or team.
    Task { owner: String },
    /// A measured figure placed in a KPI lane.
    Metric {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        target: Option<f64>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        unit: String,
    },
}

impl Details {
    pub fn is_none(&self) -> bool {
        matches!(self, Details::None)
    }

    /// The details a new card in a lane of this kind starts with.
    pub fn default_for(kind: LaneKind) -> Details {
        match kind {
            LaneKind::Touchpoints => Details::Touchpoint {
                channel: String::new(),
                presence: Presence::Online,
                satisfaction: None,
            },
            LaneKind::PainPoints => Details::Pain {
                category: PainCategory::Process,
                severity: Severity::Medium,
            },
            LaneKind::Opportunities => Details::Opportunity {
                owner: String::new(),
                priority: Priority::Medium,
                status: Status::Idea,
                answers: Vec::new(),
            },
            LaneKind::Emotions => Details::Emotion {
                score: 0,
                moment: None,
            },
            LaneKind::Frontstage | LaneKind::Backstage | LaneKind::Support => Details::Task {
                owner: String::new(),
            },
            LaneKind::Kpis => Details::Metric {
                value: None,
                target: None,
                unit: String::new(),
            },
            LaneKind::Actions | LaneKind::Thoughts | LaneKind::Insights | LaneKind::Text => {
                Details::None
            }
        }
    }
}

/// The lowest and highest emotion score.
pub const EMOTION_RANGE: std::ops::RangeInclusive<i8> = -3..=3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Presence {
    Online,
    Offline,
    Both,
}

/// The four kinds of customer pain point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PainCategory {
    /// Paying too much, or unclear prices.
    Financial,
    /// Wasted time and effort.
    Productivity,
    /// A confusing or complicated process.
    Process,
    /// Not enough help when it is needed.
    Support,
}

impl PainCategory {
    pub const ALL: [PainCategory; 4] = [
        PainCategory::Financial,
        PainCategory::Productivity,
        PainCategory::Process,
        PainCategory::Support,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PainCategory::Financial => "Financial",
            PainCategory::Productivity => "Productivity",
            PainCategory::Process => "Process",
            PainCategory::Support => "Support",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    Low,
    Medium,
    High,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    Idea,
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Idea => "Idea",
            Status::Planned => "Planned",
            Status::InProgress => "In progress",
            Status::Done => "Done",
            Status::Dropped => "Dropped",
        }
    }
}

/// The moments when a customer weighs everything so far and decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MomentOfTruth {
    /// First decides to engage with the brand.
    Discovery,
    /// Buys.
    Purchase,
    /// Uses the product and forms an overall impression.
    Experience,
    /// Decides to come back.
    Loyalty,
}

impl MomentOfTruth {
    pub fn label(self) -> &'static str {
        match self {
            MomentOfTruth::Discovery => "Discovery",
            MomentOfTruth::Purchase => "Purchase",
            MomentOfTruth::Experience => "Experience",
            MomentOfTruth::Loyalty => "Loyalty",
        }
    }
}

/// A small set of icons every backend can draw (layout turns them into paths).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Icon {
    Alert,
    Idea,
    Star,
    Heart,
    Flag,
    Check,
    Question,
    Money,
    Clock,
    Person,
}

impl Icon {
    pub const ALL: [Icon; 10] = [
        Icon::Alert,
        Icon::Idea,
        Icon::Star,
        Icon::Heart,
        Icon::Flag,
        Icon::Check,
        Icon::Question,
        Icon::Money,
        Icon::Clock,
        Icon::Person,
    ];
}

/// An sRGB colour, stored as `"#rrggbb"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color(pub [u8; 3]);

impl std::fmt::Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl std::str::FromStr for Color {
    type Err = String;

    fn from_str(s: &str) -> Result<Color, String> {
        let hex = s
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| format!("expected a colour as \"#rrggbb\", found {s:?}"))?;
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        Ok(Color([byte(0), byte(2), byte(4)]))
    }
}

impl Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Color, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}
