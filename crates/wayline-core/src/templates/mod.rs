//! Built-in maps: realistic examples to start from, shipped as the same RON files
//! users save (`assets/templates/`), so every template is also a format test.

use std::path::Path;

use crate::io::{LoadError, parse_str};
use crate::model::{Date, Map};

pub struct Template {
    pub name: &'static str,
    pub summary: &'static str,
    source: &'static str,
}

macro_rules! template {
    ($name:literal, $summary:literal) => {
        Template {
            name: $name,
            summary: $summary,
            source: include_str!(concat!(
                "../../../../assets/templates/",
                $name,
                ".journey.ron"
            )),
        }
    };
}

pub const TEMPLATES: &[Template] = &[
    template!(
        "ecommerce",
        "5-stage e-commerce purchase journey with KPIs and insights (Chinese)"
    ),
    template!(
        "service-blueprint",
        "B2B service blueprint: frontstage, backstage, support, owners (Chinese)"
    ),
    template!(
        "awareness-to-advocacy",
        "Seven stages from awareness to advocacy with moments of truth (Chinese)"
    ),
    template!(
        "persona-first",
        "Full persona profile and pain points in four categories (Chinese)"
    ),
    template!(
        "current-state",
        "Current-state map of an online purchase (Polish)"
    ),
    template!(
        "future-state",
        "Future-state counterpart of the current-state map (Polish)"
    ),
    template!("day-in-the-life", "A customer's day, hour by hour (Polish)"),
    template!(
        "saas-onboarding",
        "SaaS onboarding: trial to paid, with KPIs, insights and owners (English)"
    ),
    template!(
        "broadband-blueprint",
        "Service blueprint of a broadband installation with owners and KPIs (English)"
    ),
    template!(
        "empty",
        "Five empty stages and the standard lanes (English)"
    ),
];

/// The template the editor opens when started without a file.
pub const SAMPLE: &str = "ecommerce";

pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

impl Template {
    /// The template's structure without its example content: the same stages,
    /// steps, lanes and KPI names, no cards, figures, insights or persona.
    pub fn empty_map(&self) -> Result<Map, LoadError> {
        let mut map = self.map()?;
        map.cards.clear();
        map.description.clear();
        map.persona = crate::model::Persona::default();
        for stage in &mut map.stages {
            stage.insights.clear();
            stage.drop_off = None;
            stage.goal_completion = None;
            for kpi in &mut stage.kpis {
                kpi.value = None;
            }
        }
        Ok(map)
    }

    /// The template's map, dated today.
    pub fn map(&self) -> Result<Map, LoadError> {
        let mut map = parse_str(self.source, Path::new(&format!("<template {}>", self.name)))?.map;
        let today = Date::today();
        map.created = today;
        map.updated = today;
        Ok(map)
    }
}
