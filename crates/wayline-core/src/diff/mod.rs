//! Semantic diff of two journey maps: what a designer would say changed ("card
//! c-12 in Purchase × Pain points: text … → …"), found by matching stable ids,
//! never positions. [`diff`] returns [`Change`]s in the new map's order (header,
//! persona, stages, lanes, cards), with removed items near where they were. Each
//! change carries ids, the field, old and new values and a one-line description,
//! and serialises to JSON for tools. This module only compares; merging is
//! `crate::merge`, the command line is `crate::cli`.

pub mod fields;
pub mod groups;
pub mod order;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::model::{Card, CardId, Details, ItemRef, Kpi, Lane, Map, Stage, shorten};
use fields::{Field, Item};
use order::{Slot, interleave, kept_in_order};

/// What kind of change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Renamed,
    /// A card went to another cell (lane, stage or step).
    Moved,
    /// A card changed its place within its cell, or a stage or lane its place.
    Reordered,
    /// A field's value changed (text, score, severity, KPI, colour…).
    Edited,
    /// A pain point that no opportunity answered now has one.
    Answered,
    /// A pain point that an opportunity answered now has none.
    Unanswered,
}

/// One change between two maps.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    /// The stage, lane, card (by id), map header or persona that changed; in
    /// JSON `{"kind": "card", "id": "card-12"}`.
    #[serde(serialize_with = "item_json")]
    pub item: ItemRef,
    /// The field that changed (`text`, `score`, `name`, `cell`, `KPI Conversion`…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Old and new values, readable: text as text, cells and stages by name,
    /// other values as RON.
    pub old: Option<String>,
    pub new: Option<String>,
    /// One line for a person, naming stages and lanes by name.
    pub description: String,
}

fn item_json<S: serde::Serializer>(item: &ItemRef, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut st = s.serialize_struct("Item", 2)?;
    st.serialize_field("kind", item.kind_label())?;
    st.serialize_field("id", &item.id())?;
    st.end()
}

/// One line, safe on a terminal: names and texts inside a description keep no
/// control or bidi character (a newline in a stage name would fake a change
/// line in `git diff`, an escape sequence would drive the terminal).
impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::model::escape::printable(&self.description))
    }
}

/// The changes that turn `old` into `new`, in `new`'s order.
pub fn diff(old: &Map, new: &Map) -> Vec<Change> {
    let mut out = Vec::new();
    edited_fields(
        &mut out,
        ItemRef::Map,
        "Map",
        fields::map_fields(old),
        fields::map_fields(new),
    );
    edited_fields(
        &mut out,
        ItemRef::Persona,
        "Persona",
        fields::persona_fields(&old.persona),
        fields::persona_fields(&new.persona),
    );
    ordered(&mut out, &old.stages, &new.stages);
    ordered(&mut out, &old.lanes, &new.lanes);
    cards(&mut out, old, new);
    if old.conflicts.len() != new.conflicts.len() {
        out.push(Change {
            kind: ChangeKind::Edited,
            item: ItemRef::Map,
            field: Some("conflicts".into()),
            old: Some(old.conflicts.len().to_string()),
            new: Some(new.conflicts.len().to_string()),
            description: format!(
                "Map: unresolved merge conflicts {} → {}",
                old.conflicts.len(),
                new.conflicts.len()
            ),
        });
    }
    out
}

fn edit(item: ItemRef, field: &str, old: String, new: String, description: String) -> Change {
    Change {
        kind: ChangeKind::Edited,
        item,
        field: Some(field.to_string()),
        old: Some(old),
        new: Some(new),
        description,
    }
}

/// An `Edited` change per field whose value differs (fields matched by name).
fn edited_fields(
    out: &mut Vec<Change>,
    item: ItemRef,
    who: &str,
    old: Vec<Field>,
    new: Vec<Field>,
) {
    for n in new {
        let Some(o) = old.iter().find(|o| o.name == n.name) else {
            continue;
        };
        if o.value != n.value {
            out.push(edit(
                item.clone(),
                n.name,
                o.value.clone(),
                n.value.clone(),
                format!(
                    "{who}: {} {} → {}",
                    fields::label(n.name),
                    o.display(),
                    n.display()
                ),
            ));
        }
    }
}

/// "now first" or "now after \"Consideration\"".
fn place(names: &[String], index: usize) -> String {
    match index.checked_sub(1).and_then(|i| names.get(i)) {
        Some(before) => format!("now after {before:?}"),
        None => "now first".to_string(),
    }
}

/// A stage or lane as the diff sees it: matched by id, named, in an order the
/// designer chose.
trait Ordered: Item {
    /// `Stage` or `Lane`, as descriptions name the kind.
    const KIND: &'static str;
    /// Fields compared by [`Ordered::more`] (or by name and position), not as
    /// plain fields.
    const OWN_FIELDS: &'static [&'static str];
    fn name(&self) -> &str;
    /// `Stage "Purchase"`.
    fn label(&self) -> String {
        format!("{} {:?}", Self::KIND, self.name())
    }
    /// How an `Added` change names the item.
    fn added_label(&self) -> String {
        self.label()
    }
    /// Changes inside the item in its [`Ordered::OWN_FIELDS`], after its plain fields.
    fn more(_out: &mut Vec<Change>, _old: &Self, _new: &Self) {}
}

impl Ordered for Stage {
    const KIND: &'static str = "Stage";
    const OWN_FIELDS: &'static [&'static str] = &["name", "steps", "kpis"];
    fn name(&self) -> &str {
        &self.name
    }
    fn more(out: &mut Vec<Change>, old: &Stage, new: &Stage) {
        steps_and_kpis(out, old, new);
    }
}

impl Ordered for Lane {
    const KIND: &'static str = "Lane";
    const OWN_FIELDS: &'static [&'static str] = &["name"];
    fn name(&self) -> &str {
        &self.name
    }
    /// `Lane "Pain points" (Pain points)`: lanes say their kind when added.
    fn added_label(&self) -> String {
        format!("{} ({})", self.label(), self.kind.label())
    }
}

/// Additions, removals, renames and moves of stages or lanes, then the changes
/// inside each, in `new`'s order with removed items near where they were.
fn ordered<T: Ordered>(out: &mut Vec<Change>, old: &[T], new: &[T]) {
    let old_ids: Vec<_> = old.iter().map(Item::id).collect();
    let new_ids: Vec<_> = new.iter().map(Item::id).collect();
    let names: Vec<String> = new.iter().map(|x| x.name().to_string()).collect();
    let old_common: Vec<_> = old_ids.iter().filter(|id| new_ids.contains(id)).collect();
    let new_common: Vec<_> = new_ids.iter().filter(|id| old_ids.contains(id)).collect();
    let kept = kept_in_order(&old_common, &new_common);
    let own = |x: &T| -> Vec<Field> {
        x.fields()
            .into_iter()
            .filter(|f| !T::OWN_FIELDS.contains(&f.name))
            .collect()
    };
    for slot in interleave(&old_ids, &new_ids) {
        match slot {
            Slot::Removed(j) => {
                let x = &old[j];
                out.push(Change {
                    kind: ChangeKind::Removed,
                    item: x.item_ref(),
                    field: None,
                    old: Some(x.name().to_string()),
                    new: None,
                    description: format!("{} removed", x.label()),
                });
            }
            Slot::New(i) => {
                let x = &new[i];
                let item = x.item_ref();
                let Some(o) = old.iter().find(|o| o.id() == x.id()) else {
                    out.push(Change {
                        kind: ChangeKind::Added,
                        item,
                        field: None,
                        old: None,
                        new: Some(x.name().to_string()),
                        description: format!("{} added, {}", x.added_label(), place(&names, i)),
                    });
                    continue;
                };
                if o.name() != x.name() {
                    out.push(Change {
                        kind: ChangeKind::Renamed,
                        item: item.clone(),
                        field: Some("name".into()),
                        old: Some(o.name().to_string()),
                        new: Some(x.name().to_string()),
                        description: format!("{} renamed to {:?}", o.label(), x.name()),
                    });
                }
                if !kept.contains(&&x.id()) {
                    out.push(Change {
                        kind: ChangeKind::Reordered,
                        item: item.clone(),
                        field: Some("position".into()),
                        old: Some(
                            (old_ids.iter().position(|id| *id == x.id()).unwrap_or(0) + 1)
                                .to_string(),
                        ),
                        new: Some((i + 1).to_string()),
                        description: format!("{} moved: {}", x.label(), place(&names, i)),
                    });
                }
                edited_fields(out, item, &x.label(), own(o), own(x));
                T::more(out, o, x);
            }
        }
    }
}

/// Changes to one stage's steps (by id) and KPIs (by name).
fn steps_and_kpis(out: &mut Vec<Change>, o: &Stage, s: &Stage) {
    let item = s.item_ref();
    let who = s.label();
    // Steps, by id.
    let old_steps: Vec<_> = o.steps.iter().map(|st| &st.id).collect();
    let new_steps: Vec<_> = s.steps.iter().map(|st| &st.id).collect();
    for slot in interleave(&old_steps, &new_steps) {
        let (kind, old, new) = match slot {
            Slot::Removed(j) => (ChangeKind::Removed, Some(o.steps[j].name.clone()), None),
            Slot::New(i) => {
                let step = &s.steps[i];
                match o.steps.iter().find(|x| x.id == step.id) {
                    None => (ChangeKind::Added, None, Some(step.name.clone())),
                    Some(x) if x.name != step.name => (
                        ChangeKind::Renamed,
                        Some(x.name.clone()),
                        Some(step.name.clone()),
                    ),
                    Some(_) => continue,
                }
            }
        };
        let description = match (&old, &new) {
            (None, Some(n)) => format!("{who}: step {n:?} added"),
            (Some(o), None) => format!("{who}: step {o:?} removed"),
            (Some(o), Some(n)) => format!("{who}: step {o:?} renamed to {n:?}"),
            (None, None) => continue,
        };
        out.push(Change {
            kind,
            item: item.clone(),
            field: Some("steps".into()),
            old,
            new,
            description,
        });
    }
    let kept = kept_in_order(&old_steps, &new_steps);
    let common = old_steps.iter().filter(|id| new_steps.contains(id)).count();
    if kept.len() < common {
        out.push(edit(
            item.clone(),
            "steps",
            fields::ron_value(&o.steps),
            fields::ron_value(&s.steps),
            format!(
                "{who}: steps reordered: {}",
                s.steps
                    .iter()
                    .map(|st| st.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    // KPIs, by name.
    let kpi_text = |k: &Kpi| {
        let num = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v}{}", k.unit));
        format!("{} (target {})", num(k.value), num(k.target))
    };
    for k in &s.kpis {
        let field = Some(format!("KPI {}", k.name));
        match o.kpis.iter().find(|x| x.name == k.name) {
            None => out.push(Change {
                kind: ChangeKind::Added,
                item: item.clone(),
                field,
                old: None,
                new: Some(kpi_text(k)),
                description: format!("{who}: KPI {:?} added: {}", k.name, kpi_text(k)),
            }),
            Some(x) if x != k => out.push(Change {
                kind: ChangeKind::Edited,
                item: item.clone(),
                field,
                old: Some(kpi_text(x)),
                new: Some(kpi_text(k)),
                description: format!("{who}: KPI {:?} {} → {}", k.name, kpi_text(x), kpi_text(k)),
            }),
            Some(_) => {}
        }
    }
    for x in o
        .kpis
        .iter()
        .filter(|x| !s.kpis.iter().any(|k| k.name == x.name))
    {
        out.push(Change {
            kind: ChangeKind::Removed,
            item: item.clone(),
            field: Some(format!("KPI {}", x.name)),
            old: Some(kpi_text(x)),
            new: None,
            description: format!("{who}: KPI {:?} removed", x.name),
        });
    }
}

/// `Purchase × Actions`, or `Purchase / Pay × Actions` for a card in a step.
pub fn cell_label(map: &Map, card: &Card) -> String {
    let cell = map.cell_name(&card.lane, &card.stage);
    let step = card.step.as_ref().and_then(|step| {
        map.stage(&card.stage)?
            .steps
            .iter()
            .find(|s| &s.id == step)
            .map(|s| s.name.clone())
    });
    match step {
        Some(step) => cell.replacen(" × ", &format!(" / {step} × "), 1),
        None => cell,
    }
}

fn card_label(map: &Map, card: &Card) -> String {
    let what = if matches!(card.details, Details::Pain { .. }) {
        "Pain point"
    } else {
        "Card"
    };
    format!("{what} {} in {}", card.id, cell_label(map, card))
}

/// Each card's answering opportunities.
fn answered_by(map: &Map) -> HashMap<&CardId, Vec<&CardId>> {
    let mut by: HashMap<&CardId, Vec<&CardId>> = HashMap::new();
    for c in &map.cards {
        if let Details::Opportunity { answers, .. } = &c.details {
            for a in answers {
                by.entry(a).or_default().push(&c.id);
            }
        }
    }
    by
}

fn cards(out: &mut Vec<Change>, old: &Map, new: &Map) {
    let old_by_id: HashMap<&CardId, &Card> = old.cards.iter().map(|c| (&c.id, c)).collect();
    let old_ids: Vec<&CardId> = old.cards.iter().map(|c| &c.id).collect();
    let new_ids: Vec<&CardId> = new.cards.iter().map(|c| &c.id).collect();
    let old_answers = answered_by(old);
    let new_answers = answered_by(new);

    // Cards that stayed in their cell but not in their order within it.
    let same_cell = |c: &Card| {
        old_by_id
            .get(&c.id)
            .is_some_and(|o| o.lane == c.lane && o.stage == c.stage && o.step == c.step)
    };
    // Per cell (lane, stage, step): the staying cards in old and in new order.
    type Orders<'a> = (Vec<&'a CardId>, Vec<&'a CardId>);
    let mut cells: HashMap<(&str, &str, Option<&str>), Orders> = HashMap::new();
    for c in new.cards.iter().filter(|c| same_cell(c)) {
        cells
            .entry((
                c.lane.as_str(),
                c.stage.as_str(),
                c.step.as_ref().map(|s| s.as_str()),
            ))
            .or_default()
            .1
            .push(&c.id);
    }
    let stayed: HashSet<&CardId> = new
        .cards
        .iter()
        .filter(|c| same_cell(c))
        .map(|c| &c.id)
        .collect();
    for c in old.cards.iter().filter(|c| stayed.contains(&c.id)) {
        cells
            .entry((
                c.lane.as_str(),
                c.stage.as_str(),
                c.step.as_ref().map(|s| s.as_str()),
            ))
            .or_default()
            .0
            .push(&c.id);
    }
    let mut reordered = HashSet::new();
    for (old_order, new_order) in cells.values() {
        let kept = kept_in_order(old_order, new_order);
        reordered.extend(new_order.iter().filter(|id| !kept.contains(*id)).copied());
    }

    for slot in interleave(&old_ids, &new_ids) {
        let c = match slot {
            Slot::Removed(j) => {
                let o = &old.cards[j];
                out.push(Change {
                    kind: ChangeKind::Removed,
                    item: ItemRef::Card(o.id.clone()),
                    field: None,
                    old: Some(o.text.clone()),
                    new: None,
                    description: format!(
                        "{} removed: {}",
                        card_label(old, o),
                        shorten(&o.text, 80)
                    ),
                });
                continue;
            }
            Slot::New(i) => &new.cards[i],
        };
        let item = ItemRef::Card(c.id.clone());
        let Some(o) = old_by_id.get(&c.id) else {
            out.push(Change {
                kind: ChangeKind::Added,
                item,
                field: None,
                old: None,
                new: Some(c.text.clone()),
                description: format!("{} added: {}", card_label(new, c), shorten(&c.text, 80)),
            });
            continue;
        };
        if (&o.lane, &o.stage, &o.step) != (&c.lane, &c.stage, &c.step) {
            let (from, to) = (cell_label(old, o), cell_label(new, c));
            out.push(Change {
                kind: ChangeKind::Moved,
                item: item.clone(),
                field: Some("cell".into()),
                description: format!("Card {} moved from {from} to {to}", c.id),
                old: Some(from),
                new: Some(to),
            });
        }
        if reordered.contains(&c.id) {
            let before = |map: &Map, card: &Card| {
                map.cards_in(&card.lane, &card.stage)
                    .take_while(|x| x.id != card.id)
                    .last()
                    .map_or("first in its cell".to_string(), |x| {
                        format!("after {}", x.id)
                    })
            };
            let (from, to) = (before(old, o), before(new, c));
            out.push(Change {
                kind: ChangeKind::Reordered,
                item: item.clone(),
                field: Some("position".into()),
                description: format!(
                    "{}: order changed, now {to} (was {from})",
                    card_label(new, c)
                ),
                old: Some(from),
                new: Some(to),
            });
        }
        let who = card_label(new, c);
        let without_cell = |card: &Card| -> Vec<Field> {
            fields::card_fields(card)
                .into_iter()
                .filter(|f| f.name != "cell")
                .collect()
        };
        if fields::details_kind(&o.details) == fields::details_kind(&c.details) {
            edited_fields(out, item.clone(), &who, without_cell(o), without_cell(c));
        } else {
            let base: Vec<Field> = without_cell(o).into_iter().take(3).collect();
            let now: Vec<Field> = without_cell(c).into_iter().take(3).collect();
            edited_fields(out, item.clone(), &who, base, now);
            let (from, to) = (fields::ron_value(&o.details), fields::ron_value(&c.details));
            out.push(edit(
                item.clone(),
                "details",
                from.clone(),
                to.clone(),
                format!("{who}: details {from} → {to}"),
            ));
        }
        if matches!(c.details, Details::Pain { .. }) && matches!(o.details, Details::Pain { .. }) {
            let was = old_answers.get(&c.id).is_some_and(|v| !v.is_empty());
            let now = new_answers.get(&c.id);
            match (was, now) {
                (false, Some(by)) if !by.is_empty() => {
                    let by: Vec<&str> = by.iter().map(|id| id.as_str()).collect();
                    out.push(Change {
                        kind: ChangeKind::Answered,
                        item,
                        field: Some("answered by".into()),
                        old: None,
                        new: Some(by.join(", ")),
                        description: format!(
                            "{who}: now answered by opportunity {}",
                            by.join(", ")
                        ),
                    });
                }
                (true, None) => out.push(Change {
                    kind: ChangeKind::Unanswered,
                    item,
                    field: Some("answered by".into()),
                    old: old_answers.get(&c.id).map(|v| {
                        v.iter()
                            .map(|id| id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    }),
                    new: None,
                    description: format!("{who}: no opportunity answers it any more"),
                }),
                _ => {}
            }
        }
    }
}

/// The changes as text, one per line (what `wayline diff` prints).
pub fn to_text(changes: &[Change]) -> String {
    changes.iter().map(|c| format!("{c}\n")).collect()
}

#[cfg(test)]
mod tests;
