//! Named fields of every item kind, read and written as strings: text fields as
//! the text itself, other fields as RON (`High`, `35.0`, `["a", "b"]`). The diff
//! compares these values, the merge merges them field by field, and conflict
//! resolution writes a chosen value back. One table, so the three always agree on
//! what a field is called and how its value reads. [`Item`] is that table seen
//! from a stage, lane or card, for code that treats the three alike.

use std::hash::Hash;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::model::{Card, CardId, Details, ItemRef, Lane, LaneId, Map, Persona, Stage, StageId};

/// A stage, lane or card: matched by its id, read and written by its fields.
/// The diff and the merge both walk items through this.
pub trait Item: Clone + PartialEq + Serialize {
    type Id: Eq + Hash + Clone + Ord + std::fmt::Display;
    fn id(&self) -> &Self::Id;
    fn item_ref(&self) -> ItemRef;
    fn fields(&self) -> Vec<Field>;
    fn set(&mut self, name: &str, value: &str) -> Result<(), String>;
}

impl Item for Stage {
    type Id = StageId;
    fn id(&self) -> &StageId {
        &self.id
    }
    fn item_ref(&self) -> ItemRef {
        ItemRef::Stage(self.id.clone())
    }
    fn fields(&self) -> Vec<Field> {
        stage_fields(self)
    }
    fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        set_stage_field(self, name, value)
    }
}

impl Item for Lane {
    type Id = LaneId;
    fn id(&self) -> &LaneId {
        &self.id
    }
    fn item_ref(&self) -> ItemRef {
        ItemRef::Lane(self.id.clone())
    }
    fn fields(&self) -> Vec<Field> {
        lane_fields(self)
    }
    fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        set_lane_field(self, name, value)
    }
}

impl Item for Card {
    type Id = CardId;
    fn id(&self) -> &CardId {
        &self.id
    }
    fn item_ref(&self) -> ItemRef {
        ItemRef::Card(self.id.clone())
    }
    fn fields(&self) -> Vec<Field> {
        card_fields(self)
    }
    fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        set_card_field(self, name, value)
    }
}

/// One field's current value.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: &'static str,
    /// The text itself for text fields, RON for the others.
    pub value: String,
    /// Whether `value` is free text (shown quoted) rather than RON.
    pub is_text: bool,
}

impl Field {
    fn text(name: &'static str, value: &str) -> Field {
        Field {
            name,
            value: value.to_string(),
            is_text: true,
        }
    }

    fn typed(name: &'static str, value: &impl Serialize) -> Field {
        Field {
            name,
            value: ron_value(value),
            is_text: false,
        }
    }

    /// The value for a one-line message: text quoted and cut, RON as it is.
    pub fn display(&self) -> String {
        display_value(&self.value, self.is_text)
    }
}

/// A value for a one-line message: text quoted and cut at 80 characters.
pub fn display_value(value: &str, is_text: bool) -> String {
    if is_text {
        crate::model::shorten(value, 80)
    } else {
        value.to_string()
    }
}

/// A value as compact RON, optional values bare (as the file writes them).
pub fn ron_value(value: &impl Serialize) -> String {
    crate::io::options()
        .to_string(value)
        .unwrap_or_else(|e| format!("<{e}>"))
}

fn parse<T: DeserializeOwned>(field: &str, value: &str) -> Result<T, String> {
    crate::io::options()
        .from_str(value)
        .map_err(|e| format!("field {field}: cannot read {value:?}: {e}"))
}

fn unknown(what: &str, field: &str) -> String {
    format!("a {what} has no field {field:?}")
}

pub fn map_fields(map: &Map) -> Vec<Field> {
    vec![
        Field::text("title", &map.title),
        Field::typed("kind", &map.kind),
        Field::typed("language", &map.language),
        Field::text("segment", &map.segment),
        Field::text("description", &map.description),
        Field::typed("created", &map.created),
        Field::typed("updated", &map.updated),
    ]
}

pub fn set_map_field(map: &mut Map, name: &str, value: &str) -> Result<(), String> {
    match name {
        "title" => map.title = value.to_string(),
        "kind" => map.kind = parse(name, value)?,
        "language" => map.language = parse(name, value)?,
        "segment" => map.segment = value.to_string(),
        "description" => map.description = value.to_string(),
        "created" => map.created = parse(name, value)?,
        "updated" => map.updated = parse(name, value)?,
        _ => return Err(unknown("map", name)),
    }
    Ok(())
}

pub fn persona_fields(p: &Persona) -> Vec<Field> {
    vec![
        Field::text("name", &p.name),
        Field::text("role", &p.role),
        Field::typed("photo", &p.photo),
        Field::text("quote", &p.quote),
        Field::text("bio", &p.bio),
        Field::typed("demographics", &p.demographics),
        Field::typed("goals", &p.goals),
        Field::typed("needs", &p.needs),
        Field::typed("behaviours", &p.behaviours),
        Field::typed("suggestions", &p.suggestions),
        Field::text("notes", &p.notes),
    ]
}

pub fn set_persona_field(p: &mut Persona, name: &str, value: &str) -> Result<(), String> {
    match name {
        "name" => p.name = value.to_string(),
        "role" => p.role = value.to_string(),
        "photo" => p.photo = parse(name, value)?,
        "quote" => p.quote = value.to_string(),
        "bio" => p.bio = value.to_string(),
        "demographics" => p.demographics = parse(name, value)?,
        "goals" => p.goals = parse(name, value)?,
        "needs" => p.needs = parse(name, value)?,
        "behaviours" => p.behaviours = parse(name, value)?,
        "suggestions" => p.suggestions = parse(name, value)?,
        "notes" => p.notes = value.to_string(),
        _ => return Err(unknown("persona", name)),
    }
    Ok(())
}

pub fn stage_fields(s: &Stage) -> Vec<Field> {
    vec![
        Field::text("name", &s.name),
        Field::text("description", &s.description),
        Field::typed("steps", &s.steps),
        Field::typed("kpis", &s.kpis),
        Field::typed("insights", &s.insights),
        Field::typed("drop_off", &s.drop_off),
        Field::typed("goal_completion", &s.goal_completion),
    ]
}

pub fn set_stage_field(s: &mut Stage, name: &str, value: &str) -> Result<(), String> {
    match name {
        "name" => s.name = value.to_string(),
        "description" => s.description = value.to_string(),
        "steps" => s.steps = parse(name, value)?,
        "kpis" => s.kpis = parse(name, value)?,
        "insights" => s.insights = parse(name, value)?,
        "drop_off" => s.drop_off = parse(name, value)?,
        "goal_completion" => s.goal_completion = parse(name, value)?,
        _ => return Err(unknown("stage", name)),
    }
    Ok(())
}

pub fn lane_fields(l: &Lane) -> Vec<Field> {
    vec![
        Field::text("name", &l.name),
        Field::typed("kind", &l.kind),
        Field::typed("hidden", &l.hidden),
    ]
}

pub fn set_lane_field(l: &mut Lane, name: &str, value: &str) -> Result<(), String> {
    match name {
        "name" => l.name = value.to_string(),
        "kind" => l.kind = parse(name, value)?,
        "hidden" => l.hidden = parse(name, value)?,
        _ => return Err(unknown("lane", name)),
    }
    Ok(())
}

/// The variant of a card's details: `None`, `Touchpoint`, `Pain`…
pub fn details_kind(d: &Details) -> &'static str {
    match d {
        Details::None => "None",
        Details::Touchpoint { .. } => "Touchpoint",
        Details::Pain { .. } => "Pain",
        Details::Opportunity { .. } => "Opportunity",
        Details::Emotion { .. } => "Emotion",
        Details::Task { .. } => "Task",
        Details::Metric { .. } => "Metric",
    }
}

/// A card's fields: `text`, `cell` (lane, stage, step), `color`, `icon`, then the
/// fields of its details' variant (`channel`, `severity`, `score`, `answers`…).
/// Whole details, when their variant differs, are the field `details`.
pub fn card_fields(c: &Card) -> Vec<Field> {
    let mut fields = vec![
        Field::text("text", &c.text),
        Field::typed("cell", &(&c.lane, &c.stage, &c.step)),
        Field::typed("color", &c.color),
        Field::typed("icon", &c.icon),
    ];
    fields.extend(details_fields(&c.details));
    fields
}

/// A card's fields with its details as one field, `details` (RON), for
/// comparing cards whose details are of different kinds.
pub fn card_fields_whole_details(c: &Card) -> Vec<Field> {
    let mut fields: Vec<Field> = card_fields(c).into_iter().take(4).collect();
    fields.push(Field::typed("details", &c.details));
    fields
}

pub fn details_fields(d: &Details) -> Vec<Field> {
    match d {
        Details::None => vec![],
        Details::Touchpoint {
            channel,
            presence,
            satisfaction,
        } => vec![
            Field::text("channel", channel),
            Field::typed("presence", presence),
            Field::typed("satisfaction", satisfaction),
        ],
        Details::Pain { category, severity } => vec![
            Field::typed("category", category),
            Field::typed("severity", severity),
        ],
        Details::Opportunity {
            owner,
            priority,
            status,
            answers,
        } => vec![
            Field::text("owner", owner),
            Field::typed("priority", priority),
            Field::typed("status", status),
            Field::typed("answers", answers),
        ],
        Details::Emotion { score, moment } => {
            vec![Field::typed("score", score), Field::typed("moment", moment)]
        }
        Details::Task { owner } => vec![Field::text("owner", owner)],
        Details::Metric {
            value,
            target,
            unit,
        } => vec![
            Field::typed("value", value),
            Field::typed("target", target),
            Field::text("unit", unit),
        ],
    }
}

pub fn set_card_field(c: &mut Card, name: &str, value: &str) -> Result<(), String> {
    match name {
        "text" => c.text = value.to_string(),
        "cell" => (c.lane, c.stage, c.step) = parse(name, value)?,
        "color" => c.color = parse(name, value)?,
        "icon" => c.icon = parse(name, value)?,
        "details" => c.details = parse(name, value)?,
        _ => set_details_field(&mut c.details, name, value)?,
    }
    Ok(())
}

fn set_details_field(d: &mut Details, name: &str, value: &str) -> Result<(), String> {
    match (name, d) {
        ("channel", Details::Touchpoint { channel, .. }) => *channel = value.to_string(),
        ("presence", Details::Touchpoint { presence, .. }) => *presence = parse(name, value)?,
        ("satisfaction", Details::Touchpoint { satisfaction, .. }) => {
            *satisfaction = parse(name, value)?
        }
        ("category", Details::Pain { category, .. }) => *category = parse(name, value)?,
        ("severity", Details::Pain { severity, .. }) => *severity = parse(name, value)?,
        ("owner", Details::Opportunity { owner, .. } | Details::Task { owner }) => {
            *owner = value.to_string()
        }
        ("priority", Details::Opportunity { priority, .. }) => *priority = parse(name, value)?,
        ("status", Details::Opportunity { status, .. }) => *status = parse(name, value)?,
        ("answers", Details::Opportunity { answers, .. }) => *answers = parse(name, value)?,
        ("score", Details::Emotion { score, .. }) => *score = parse(name, value)?,
        ("moment", Details::Emotion { moment, .. }) => *moment = parse(name, value)?,
        ("value", Details::Metric { value: v, .. }) => *v = parse(name, value)?,
        ("target", Details::Metric { target, .. }) => *target = parse(name, value)?,
        ("unit", Details::Metric { unit, .. }) => *unit = value.to_string(),
        (name, d) => {
            return Err(format!(
                "a card with {} details has no field {name:?}",
                details_kind(d)
            ));
        }
    }
    Ok(())
}

/// A human label for a field name: `drop_off` → `drop-off`, `kpis` → `KPIs`.
pub fn label(name: &str) -> String {
    match name {
        "kpis" => "KPIs".to_string(),
        "goal_completion" => "goal completion".to_string(),
        "drop_off" => "drop-off".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fields_are_the_ones_the_conflict_record_calls_text() {
        let map = crate::templates::find("ecommerce").unwrap().map().unwrap();
        let all = map_fields(&map)
            .into_iter()
            .chain(persona_fields(&map.persona))
            .chain(map.stages.iter().flat_map(stage_fields))
            .chain(map.lanes.iter().flat_map(lane_fields))
            .chain(map.cards.iter().flat_map(card_fields));
        for f in all {
            assert_eq!(
                f.is_text,
                crate::model::TEXT_FIELDS.contains(&f.name),
                "{}",
                f.name
            );
        }
    }

    #[test]
    fn every_card_field_reads_back_through_its_setter() {
        for t in crate::templates::TEMPLATES {
            let map = t.map().unwrap();
            for card in &map.cards {
                let mut copy = card.clone();
                copy.text.clear();
                copy.color = None;
                for f in card_fields(card) {
                    set_card_field(&mut copy, f.name, &f.value).unwrap();
                }
                assert_eq!(&copy, card);
            }
            let mut stage_copy = map.stages[0].clone();
            for f in stage_fields(&map.stages[0]) {
                set_stage_field(&mut stage_copy, f.name, &f.value).unwrap();
            }
            assert_eq!(stage_copy, map.stages[0]);
            let mut persona = Persona::default();
            for f in persona_fields(&map.persona) {
                set_persona_field(&mut persona, f.name, &f.value).unwrap();
            }
            assert_eq!(persona, map.persona);
        }
    }
}
