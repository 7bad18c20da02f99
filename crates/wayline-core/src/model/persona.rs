//! The persona a map belongs to: the profile headings UX teams fill in
//! (general information, demographics, behaviour, goals, problems, suggestions).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Persona {
    pub name: String,
    /// Role or one-line description, e.g. "Office manager, buys for a team of 12".
    pub role: String,
    /// Path of a photo, relative to the map file or absolute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
    pub quote: String,
    /// General information in free prose.
    pub bio: String,
    /// Labelled facts: age, location, income, device…
    pub demographics: Vec<Fact>,
    pub goals: Vec<String>,
    /// Needs and problems the persona has.
    pub needs: Vec<String>,
    pub behaviours: Vec<String>,
    /// What the persona suggests or wishes for.
    pub suggestions: Vec<String>,
    pub notes: String,
}

/// One labelled fact about a persona, e.g. `Age: 34`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Persona {
    pub fn is_empty(&self) -> bool {
        self == &Persona::default()
    }
}
