//! Lanes: the ordered rows of a map. A lane's kind says what its cards are and
//! how they are drawn (the emotion lane draws a curve, not boxes).

use serde::{Deserialize, Serialize};

use super::LaneId;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    pub id: LaneId,
    pub name: String,
    pub kind: LaneKind,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

impl Lane {
    pub fn new(id: LaneId, name: impl Into<String>, kind: LaneKind) -> Lane {
        Lane {
            id,
            name: name.into(),
            kind,
            hidden: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// What the customer does.
    Actions,
    /// Where the customer meets the business: channel, online/offline, satisfaction.
    Touchpoints,
    /// What the customer thinks or says (quotes).
    Thoughts,
    /// The emotion curve: one score per stage or step.
    Emotions,
    PainPoints,
    Opportunities,
    Kpis,
    Insights,
    /// Service blueprint: what staff do in front of the customer.
    Frontstage,
    /// Service blueprint: what staff do out of the customer's sight.
    Backstage,
    /// Service blueprint: systems and processes that support the staff.
    Support,
    /// Free text.
    Text,
}

impl LaneKind {
    pub const ALL: [LaneKind; 12] = [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Kpis,
        LaneKind::Insights,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::Support,
        LaneKind::Text,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Actions => "Actions",
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::Thoughts => "Thoughts",
            LaneKind::Emotions => "Emotions",
            LaneKind::PainPoints => "Pain points",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Kpis => "KPIs",
            LaneKind::Insights => "Insights",
            LaneKind::Frontstage => "Frontstage",
            LaneKind::Backstage => "Backstage",
            LaneKind::Support => "Support processes",
            LaneKind::Text => "Text",
        }
    }
}
