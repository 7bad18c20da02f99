//! Stages: the ordered columns of a journey, with optional sub-steps and the
//! figures a team tracks per stage (KPIs, insights, funnel drop-off).

use serde::{Deserialize, Serialize};

use super::{StageId, StepId};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Sub-steps, shown as sub-columns of the stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Customer insights gathered for this stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub insights: Vec<String>,
    /// Share of customers, in percent, who leave the journey during this stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop_off: Option<f32>,
    /// Share of customers, in percent, who complete this stage's goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_completion: Option<f32>,
}

impl Stage {
    pub fn new(id: StageId, name: impl Into<String>) -> Stage {
        Stage {
            id,
            name: name.into(),
            description: String::new(),
            steps: Vec::new(),
            kpis: Vec::new(),
            insights: Vec::new(),
            drop_off: None,
            goal_completion: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: StepId,
    pub name: String,
}

/// A key performance indicator: what is measured, where it stands, where it should be.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Unit shown after the numbers, e.g. "%", "s", "PLN".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
}
