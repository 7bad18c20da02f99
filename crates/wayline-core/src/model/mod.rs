//! The journey-map document: what a user owns and saves. Plain data with serde
//! derives; it knows nothing of layout, files or any UI. Everything is addressed by
//! stable ids, never by position, so that diffs and merges work on saved files.

mod card;
mod conflict;
mod date;
pub mod escape;
mod ids;
mod lane;
mod persona;
mod report;
mod stage;
mod validate;

pub use card::{
    Card, Color, Details, EMOTION_RANGE, Icon, MomentOfTruth, PainCategory, Presence, Priority,
    Severity, Status,
};
pub use conflict::{Conflict, ItemRef, Side, TEXT_FIELDS, shorten};
pub use date::Date;
pub use ids::{CardId, IdSource, LaneId, MAX_ID_CHARS, StageId, StepId, id_problem, is_id_char};
pub use lane::{Lane, LaneKind};
pub use persona::{Fact, Persona};
pub use report::{PainFilter, PainRow, opportunity_summary, pain_report};
pub use stage::{Kpi, Stage, Step};
pub use validate::{
    Level, MAX_CARDS, MAX_CONFLICT_VALUE_CHARS, MAX_LANES, MAX_STAGES, MAX_TEXT_CHARS, Problem,
};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// Where a card sits: a lane × stage cell, and the step within the stage when the
/// stage has steps.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    pub lane: LaneId,
    pub stage: StageId,
    pub step: Option<StepId>,
}

/// The options every reader of saved maps parses with (`Some` may be left out).
/// They belong to the model's serialised form, so the model and `io` share them.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The newest file-format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole journey map: one persona's (or segment's) path through ordered stages,
/// shown across ordered lanes, with cards in the lane × stage cells.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Map {
    /// File-format version, checked before anything else is read.
    pub version: u32,
    pub title: String,
    pub kind: MapKind,
    /// The language the map is written in, which chooses the words printed on
    /// its pages ("Persona", "Moment of truth", …) and how numbers are written.
    /// Absent in files from before it existed (and in maps nobody chose one
    /// for): then [`Map::language`] guesses it from the text, so those files
    /// still save byte for byte as they were read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// The customer segment the map is drawn for, e.g. "first-time buyers".
    #[serde(default)]
    pub segment: String,
    #[serde(default)]
    pub description: String,
    pub created: Date,
    pub updated: Date,
    #[serde(default)]
    pub persona: Persona,
    pub stages: Vec<Stage>,
    pub lanes: Vec<Lane>,
    /// All cards. The order of cards that share a cell is their order in this list.
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Unresolved merge conflicts (see [`Conflict`]); absent from files without any,
    /// so those save exactly as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// What a map describes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapKind {
    #[default]
    CurrentState,
    FutureState,
    DayInTheLife,
    ServiceBlueprint,
}

impl MapKind {
    pub const ALL: [MapKind; 4] = [
        MapKind::CurrentState,
        MapKind::FutureState,
        MapKind::DayInTheLife,
        MapKind::ServiceBlueprint,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MapKind::CurrentState => "Current state",
            MapKind::FutureState => "Future state",
            MapKind::DayInTheLife => "Day in the life",
            MapKind::ServiceBlueprint => "Service blueprint",
        }
    }
}

impl Map {
    /// An empty map with the given title, dated today.
    pub fn new(title: impl Into<String>) -> Map {
        let today = Date::today();
        Map {
            version: FORMAT_VERSION,
            title: title.into(),
            kind: MapKind::default(),
            language: None,
            segment: String::new(),
            description: String::new(),
            created: today,
            updated: today,
            persona: Persona::default(),
            stages: Vec::new(),
            lanes: Vec::new(),
            cards: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The map's language: the one it names, else the one its text is
    /// written in (see [`Language::guess`]).
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(|| self.guess_language())
    }

    /// The language of the map's own text: title, segment, description,
    /// persona, stage and lane names and card texts.
    pub fn guess_language(&self) -> Language {
        let p = &self.persona;
        let mut text = String::new();
        let parts = [
            &self.title,
            &self.segment,
            &self.description,
            &p.role,
            &p.quote,
            &p.bio,
        ]
        .into_iter()
        .chain(p.goals.iter().chain(&p.needs).chain(&p.behaviours))
        .chain(self.stages.iter().map(|s| &s.name))
        .chain(self.lanes.iter().map(|l| &l.name))
        .chain(self.cards.iter().map(|c| &c.text));
        for part in parts {
            // Enough text to tell; a huge map need not be read to its end.
            if text.len() > 20_000 {
                break;
            }
            text.push_str(part);
            text.push('\n');
        }
        Language::guess(&text)
    }

    pub fn stage(&self, id: &StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| &s.id == id)
    }

    pub fn stage_index(&self, id: &StageId) -> Option<usize> {
        self.stages.iter().position(|s| &s.id == id)
    }

    pub fn lane(&self, id: &LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| &l.id == id)
    }

    pub fn lane_index(&self, id: &LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| &l.id == id)
    }

    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.cards.iter().find(|c| &c.id == id)
    }

    pub fn card_mut(&mut self, id: &CardId) -> Option<&mut Card> {
        self.cards.iter_mut().find(|c| &c.id == id)
    }

    /// A cell named for people: `Purchase × Pain points` (ids where a name is missing).
    pub fn cell_name(&self, lane: &LaneId, stage: &StageId) -> String {
        let stage = self
            .stage(stage)
            .map_or(stage.as_str(), |s| s.name.as_str());
        let lane = self.lane(lane).map_or(lane.as_str(), |l| l.name.as_str());
        format!("{stage} × {lane}")
    }

    /// The cards of one lane × stage cell, in their order.
    pub fn cards_in<'a>(
        &'a self,
        lane: &'a LaneId,
        stage: &'a StageId,
    ) -> impl Iterator<Item = &'a Card> + 'a {
        self.cards
            .iter()
            .filter(move |c| &c.lane == lane && &c.stage == stage)
    }

    /// All emotion points of one lane, ordered along the journey: by stage, then by
    /// step within the stage, then by their order in the file.
    pub fn emotion_points<'a>(&'a self, lane: &'a LaneId) -> Vec<&'a Card> {
        let mut points: Vec<(usize, usize, usize, &Card)> = self
            .cards
            .iter()
            .enumerate()
            .filter(|(_, c)| &c.lane == lane && matches!(c.details, Details::Emotion { .. }))
            .filter_map(|(order, c)| {
                let stage_index = self.stage_index(&c.stage)?;
                let stage = &self.stages[stage_index];
                let step_index = c
                    .step
                    .as_ref()
                    .and_then(|s| stage.steps.iter().position(|st| &st.id == s))
                    .map_or(0, |i| i + 1);
                Some((stage_index, step_index, order, c))
            })
            .collect();
        points.sort_by_key(|&(stage, step, order, _)| (stage, step, order));
        points.into_iter().map(|(_, _, _, c)| c).collect()
    }

    /// [`Map::emotion_points`] grouped by the slot (stage, and step if any) they
    /// share: a slot's points are spread evenly across its width.
    pub fn emotion_slots<'a>(&'a self, lane: &'a LaneId) -> Vec<Vec<&'a Card>> {
        let mut slots: Vec<Vec<&Card>> = Vec::new();
        for card in self.emotion_points(lane) {
            match slots.last_mut() {
                Some(slot) if (&slot[0].stage, &slot[0].step) == (&card.stage, &card.step) => {
                    slot.push(card);
                }
                _ => slots.push(vec![card]),
            }
        }
        slots
    }

    /// Validation problems split into errors (the map cannot be used) and
    /// warnings.
    pub fn problems(&self) -> (Vec<Problem>, Vec<Problem>) {
        self.validate()
            .into_iter()
            .partition(|p| p.level == Level::Error)
    }

    /// Pain-point cards that no opportunity answers.
    pub fn unanswered_pain_points(&self) -> Vec<&Card> {
        let answered: std::collections::HashSet<&CardId> = self
            .cards
            .iter()
            .filter_map(|c| match &c.details {
                Details::Opportunity { answers, .. } => Some(answers.iter()),
                _ => None,
            })
            .flatten()
            .collect();
        self.cards
            .iter()
            .filter(|c| matches!(c.details, Details::Pain { .. }) && !answered.contains(&c.id))
            .collect()
    }

    /// Checks references and ranges; see [`Problem`].
    pub fn validate(&self) -> Vec<Problem> {
        validate::validate(self)
    }

    /// An id source that never repeats an id already used in this map.
    pub fn ids(&self) -> IdSource {
        IdSource::for_map(self)
    }
}
