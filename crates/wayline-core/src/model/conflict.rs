//! Merge conflicts recorded inside the map itself, so they survive saving,
//! loading and committing until someone resolves them. A [`Conflict`] names the
//! item and field both sides changed and keeps the base, our and their values;
//! the map meanwhile shows our value. Producing conflicts is `crate::merge`'s job,
//! resolving them is `crate::edit::Command::resolve_conflict`'s; this module only
//! holds the record and words it for people.
//!
//! For a user interface:
//! - list: `map.conflicts`, each worded by [`Conflict::describe`]; the item it is
//!   about is [`Conflict::item`] (select it with its id), the two values are
//!   [`Conflict::value`]`(Side::Ours | Side::Theirs)` (`None`: that side deleted
//!   the item), text when [`Conflict::is_text`], RON otherwise;
//! - resolve: apply `Command::resolve_conflict(&map, index, side)` through the
//!   history like any edit (one undo step), or `Command::resolve_all_conflicts`;
//! - `Map::validate` warns once per unresolved conflict, so `wayline check` fails
//!   until all are resolved.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{CardId, LaneId, Map, StageId};

/// Fields whose values are stored as the text itself (the others are RON);
/// `crate::diff::fields` is the table that reads and writes them.
pub const TEXT_FIELDS: &[&str] = &[
    "title",
    "segment",
    "description",
    "name",
    "role",
    "quote",
    "bio",
    "notes",
    "text",
    "channel",
    "owner",
    "unit",
];

/// Which side of a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// The branch being merged into (git's `%A`, "ours").
    Ours,
    /// The branch being merged in (git's `%B`, "theirs").
    Theirs,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Ours => "ours",
            Side::Theirs => "theirs",
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Ours => Side::Theirs,
            Side::Theirs => Side::Ours,
        }
    }
}

/// One thing in a map, addressed by id (never by position).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemRef {
    /// The map's header: title, kind, segment, description, dates.
    Map,
    Persona,
    Stage(StageId),
    Lane(LaneId),
    Card(CardId),
}

impl ItemRef {
    /// "card card-12", "stage stage-buy", "the map", "the persona".
    pub fn kind_label(&self) -> &'static str {
        match self {
            ItemRef::Map => "map",
            ItemRef::Persona => "persona",
            ItemRef::Stage(_) => "stage",
            ItemRef::Lane(_) => "lane",
            ItemRef::Card(_) => "card",
        }
    }

    pub fn id(&self) -> Option<&str> {
        match self {
            ItemRef::Map | ItemRef::Persona => None,
            ItemRef::Stage(id) => Some(id.as_str()),
            ItemRef::Lane(id) => Some(id.as_str()),
            ItemRef::Card(id) => Some(id.as_str()),
        }
    }

    /// Names the item for a designer: `Card "Compares prices…" in Purchase × Pain points`,
    /// `Stage "Purchase" (stage-buy)`, `Lane "Pain points" (lane-pain)`.
    pub fn describe(&self, map: &Map) -> String {
        match self {
            ItemRef::Map => "Map".to_string(),
            ItemRef::Persona => "Persona".to_string(),
            ItemRef::Stage(id) => match map.stage(id) {
                Some(s) => format!("Stage {:?} ({id})", s.name),
                None => format!("Stage {id}"),
            },
            ItemRef::Lane(id) => match map.lane(id) {
                Some(l) => format!("Lane {:?} ({id})", l.name),
                None => format!("Lane {id}"),
            },
            ItemRef::Card(id) => match map.card(id) {
                Some(c) if !c.text.trim().is_empty() => format!(
                    "Card {} in {}",
                    shorten(c.text.trim(), 40),
                    map.cell_name(&c.lane, &c.stage)
                ),
                Some(c) => format!("Card {id} in {}", map.cell_name(&c.lane, &c.stage)),
                None => format!("Card {id}"),
            },
        }
    }
}

/// A change both sides of a merge made differently, or an edit on one side to
/// something the other side deleted. The map shows our value until resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub item: ItemRef,
    /// The field both sides changed (`"text"`, `"severity"`, `"name"`…); absent
    /// when the whole item is in conflict (edited on one side, deleted on the
    /// other, or added by both with different content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The values: text fields as the text itself, other fields (and whole items)
    /// as RON. Absent where the item did not exist (added, or deleted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<String>,
    /// For an edit on one side and a deletion on the other: who deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_by: Option<Side>,
    /// More words for people: for a deletion, what the other side did and why
    /// the item stayed ("edited by theirs", "but theirs still has cards in it …").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Conflict {
    /// The value one side wants; `None` means that side wants the item gone.
    pub fn value(&self, side: Side) -> Option<&str> {
        match side {
            Side::Ours => self.ours.as_deref(),
            Side::Theirs => self.theirs.as_deref(),
        }
    }

    /// Whether the values are free text (show them as text, perhaps side by
    /// side) rather than RON (an enum, a number, a list, a whole item).
    pub fn is_text(&self) -> bool {
        self.field
            .as_deref()
            .is_some_and(|f| TEXT_FIELDS.contains(&f))
    }

    /// One line for a person: what conflicts, and both values; control and
    /// bidi characters escaped (it is printed on terminals).
    pub fn describe(&self, map: &Map) -> String {
        super::escape::printable(&self.describe_raw(map)).into_owned()
    }

    fn describe_raw(&self, map: &Map) -> String {
        let item = self.item.describe(map);
        let text = self.is_text();
        let short = |v: Option<&str>| match v {
            Some(v) if text => shorten(v, 80),
            Some(v) => v.chars().take(120).collect(),
            None => "deleted".to_string(),
        };
        if let Some(side) = self.deleted_by {
            return if self.note.is_empty() {
                format!(
                    "{item}: deleted by {}, edited by {}",
                    side.label(),
                    side.other().label()
                )
            } else {
                format!("{item}: deleted by {}, {}", side.label(), self.note)
            };
        }
        match &self.field {
            Some(field) if field == "cell" => {
                let cell = |v: Option<&str>| {
                    type Cell = (LaneId, StageId, Option<super::StepId>);
                    match v.map(|v| super::ron_options().from_str::<Cell>(v)) {
                        Some(Ok((lane, stage, _))) => map.cell_name(&lane, &stage),
                        _ => short(v),
                    }
                };
                format!(
                    "{item}: moved to different cells: ours {}, theirs {}",
                    cell(self.ours.as_deref()),
                    cell(self.theirs.as_deref())
                )
            }
            Some(field) => format!(
                "{item}: {field} changed on both sides: ours {}, theirs {}",
                short(self.ours.as_deref()),
                short(self.theirs.as_deref())
            ),
            None => format!(
                "{item}: added on both sides with different content{}",
                if self.note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", self.note)
                }
            ),
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Quotes a value for a one-line message and cuts it at `max` characters.
pub fn shorten(value: &str, max: usize) -> String {
    let one_line = value.replace('\n', " ⏎ ");
    let mut out: String = one_line.chars().take(max).collect();
    if one_line.chars().count() > max {
        out.push('…');
    }
    format!("{out:?}")
}
