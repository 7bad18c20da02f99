//! Three-way merge of journey maps by id, for teams that keep maps in git.
//!
//! [`merge`]`(base, ours, theirs)` merges field by field: edits to different
//! cards, stages, lanes or fields from both sides all land; a move and an edit of
//! the same card combine; additions from both sides land next to their
//! neighbours; a deletion applies when the other side left the item unchanged.
//! Lists of texts (insights, goals, the pain points an opportunity answers) and
//! of records (KPIs by name, steps by id, persona facts by label) merge item by
//! item.
//!
//! A true conflict never loses either side: the merged map keeps our value in
//! place and records a [`Conflict`] in `Map::conflicts` with the base, our and
//! their values, which the file keeps until someone resolves it
//! (`edit::Command::resolve_conflict`). An item edited on one side and deleted on
//! the other stays, with the deletion recorded; a stage or lane the other side
//! deleted stays while a merged card is still in it. The result always
//! validates without errors: no card is dropped, no reference dangles.
//!
//! This module only computes; `crate::cli` reads and writes the files.

mod order;

pub use order::merge_order;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::diff::fields::{self, Field, Item};
use crate::model::{
    Card, CardId, Conflict, Details, Fact, ItemRef, Kpi, Lane, LaneId, Map, Side, Stage, StageId,
    Step,
};

/// The merged map and the conflicts this merge found (also in `map.conflicts`,
/// after any the inputs already carried).
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub map: Map,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Fields holding lists of texts or ids, merged item by item rather than whole.
const LIST_FIELDS: &[&str] = &[
    "answers",
    "insights",
    "goals",
    "needs",
    "behaviours",
    "suggestions",
];

/// Merges `ours` and `theirs`, both descended from `base`.
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Merged {
    let mut conflicts = Vec::new();
    let mut map = ours.clone();
    map.version = ours.version.max(theirs.version);

    // The header; `updated` takes the later date rather than conflicting.
    let mut header = merge_fields(
        ItemRef::Map,
        &fields::map_fields(base),
        &fields::map_fields(ours),
        &fields::map_fields(theirs),
    );
    header
        .conflicts
        .retain(|c| c.field.as_deref() != Some("updated"));
    for (name, value) in &header.take {
        if let Err(e) = fields::set_map_field(&mut map, name, value) {
            conflicts.push(unreadable(ItemRef::Map, name, e));
        }
    }
    if ours.updated != base.updated && theirs.updated != base.updated {
        map.updated = ours.updated.max(theirs.updated);
    }
    conflicts.extend(header.conflicts);

    let persona = merge_fields(
        ItemRef::Persona,
        &fields::persona_fields(&base.persona),
        &fields::persona_fields(&ours.persona),
        &fields::persona_fields(&theirs.persona),
    );
    for (name, value) in &persona.take {
        if let Err(e) = fields::set_persona_field(&mut map.persona, name, value) {
            conflicts.push(unreadable(ItemRef::Persona, name, e));
        }
    }
    conflicts.extend(persona.conflicts);

    // Cards first: the stages and lanes they end up in must stay. A pain
    // point one side deleted stays while the other side newly links an
    // opportunity to it (the link would otherwise vanish in a clean merge).
    map.cards = merge_items(
        &base.cards,
        &ours.cards,
        &theirs.cards,
        &new_answers_to_deleted(base, ours, theirs),
        Uses::Answers,
        &mut conflicts,
    );
    let mut stage_users: HashMap<StageId, Vec<CardId>> = HashMap::new();
    let mut lane_users: HashMap<LaneId, Vec<CardId>> = HashMap::new();
    for c in &map.cards {
        stage_users
            .entry(c.stage.clone())
            .or_default()
            .push(c.id.clone());
        lane_users
            .entry(c.lane.clone())
            .or_default()
            .push(c.id.clone());
    }
    // A conflicting cell must stay possible to take: keep its stage and lane too.
    for c in &conflicts {
        let (ItemRef::Card(id), Some("cell")) = (&c.item, c.field.as_deref()) else {
            continue;
        };
        for value in [&c.ours, &c.theirs].into_iter().flatten() {
            type Cell = (LaneId, StageId, Option<crate::model::StepId>);
            if let Ok((lane, stage, _)) = crate::io::options().from_str::<Cell>(value) {
                stage_users.entry(stage).or_default().push(id.clone());
                lane_users.entry(lane).or_default().push(id.clone());
            }
        }
    }
    map.stages = merge_items(
        &base.stages,
        &ours.stages,
        &theirs.stages,
        &stage_users,
        Uses::Cards,
        &mut conflicts,
    );
    map.lanes = merge_items(
        &base.lanes,
        &ours.lanes,
        &theirs.lanes,
        &lane_users,
        Uses::Cards,
        &mut conflicts,
    );
    repair(&mut map, [base, ours, theirs]);
    both_resolved_differently(base, ours, theirs, &mut map, &mut conflicts);

    // Conflicts the inputs carried: kept unless one side resolved them.
    let had = |m: &Map, c: &Conflict| m.conflicts.contains(c);
    let mut recorded: Vec<Conflict> = Vec::new();
    for c in ours.conflicts.iter().chain(&theirs.conflicts) {
        let resolved = had(base, c) && !(had(ours, c) && had(theirs, c));
        if !resolved && !recorded.contains(c) {
            recorded.push(c.clone());
        }
    }
    recorded.extend(conflicts.iter().cloned());
    map.conflicts = recorded;
    Merged { map, conflicts }
}

/// A base that carries conflict records (git's virtual base in a criss-cross
/// merge is itself a merge, and shows one side's value where it conflicted)
/// makes a field look unchanged on the side whose value it shows: when both
/// sides resolved such a record, differently, the field merge would silently
/// take the other side's resolution. Such a field conflicts again, with our
/// value in place.
fn both_resolved_differently(
    base: &Map,
    ours: &Map,
    theirs: &Map,
    map: &mut Map,
    conflicts: &mut Vec<Conflict>,
) {
    for c in &base.conflicts {
        if ours.conflicts.contains(c) || theirs.conflicts.contains(c) {
            // A side that still has the record did not resolve it.
            continue;
        }
        let field = c.field.as_deref();
        let (Some(o), Some(t)) = (
            value_of(ours, &c.item, field),
            value_of(theirs, &c.item, field),
        ) else {
            continue;
        };
        if o == t
            || conflicts
                .iter()
                .any(|x| x.item == c.item && x.field == c.field)
        {
            continue;
        }
        if put_ours(map, ours, &c.item, field, &o).is_err() {
            continue;
        }
        conflicts.push(Conflict {
            item: c.item.clone(),
            field: c.field.clone(),
            base: c.base.clone(),
            ours: Some(o),
            theirs: Some(t),
            deleted_by: None,
            note: "both sides resolved an earlier conflict, differently".to_string(),
        });
    }
}

/// The value of one field of an item (the whole item as RON without a
/// field); `None` when the map lacks the item or the field.
fn value_of(map: &Map, item: &ItemRef, field: Option<&str>) -> Option<String> {
    let pick = |fields: Vec<Field>| {
        fields
            .into_iter()
            .find(|f| Some(f.name) == field)
            .map(|f| f.value)
    };
    match (item, field) {
        (ItemRef::Map, Some(_)) => pick(fields::map_fields(map)),
        (ItemRef::Persona, Some(_)) => pick(fields::persona_fields(&map.persona)),
        (ItemRef::Stage(id), Some(_)) => pick(fields::stage_fields(map.stage(id)?)),
        (ItemRef::Lane(id), Some(_)) => pick(fields::lane_fields(map.lane(id)?)),
        (ItemRef::Card(id), Some(_)) => {
            let card = map.card(id)?;
            pick(fields::card_fields(card))
                .or_else(|| pick(fields::card_fields_whole_details(card)))
        }
        (ItemRef::Stage(id), None) => whole(map.stage(id)),
        (ItemRef::Lane(id), None) => whole(map.lane(id)),
        (ItemRef::Card(id), None) => whole(map.card(id)),
        (ItemRef::Map | ItemRef::Persona, None) => None,
    }
}

/// Puts our value of a field (or our whole item) back in the merged map.
fn put_ours(
    map: &mut Map,
    ours: &Map,
    item: &ItemRef,
    field: Option<&str>,
    value: &str,
) -> Result<(), String> {
    let missing = || "the merged map lacks the item".to_string();
    match (item, field) {
        (ItemRef::Map, Some(f)) => fields::set_map_field(map, f, value),
        (ItemRef::Persona, Some(f)) => fields::set_persona_field(&mut map.persona, f, value),
        (ItemRef::Stage(id), Some(f)) => {
            let stage = map
                .stages
                .iter_mut()
                .find(|s| &s.id == id)
                .ok_or_else(missing)?;
            fields::set_stage_field(stage, f, value)
        }
        (ItemRef::Lane(id), Some(f)) => {
            let lane = map
                .lanes
                .iter_mut()
                .find(|l| &l.id == id)
                .ok_or_else(missing)?;
            fields::set_lane_field(lane, f, value)
        }
        (ItemRef::Card(id), Some(f)) => {
            fields::set_card_field(map.card_mut(id).ok_or_else(missing)?, f, value)
        }
        (ItemRef::Stage(id), None) => {
            let ours = ours.stage(id).ok_or_else(missing)?.clone();
            *map.stages
                .iter_mut()
                .find(|s| &s.id == id)
                .ok_or_else(missing)? = ours;
            Ok(())
        }
        (ItemRef::Lane(id), None) => {
            let ours = ours.lane(id).ok_or_else(missing)?.clone();
            *map.lanes
                .iter_mut()
                .find(|l| &l.id == id)
                .ok_or_else(missing)? = ours;
            Ok(())
        }
        (ItemRef::Card(id), None) => {
            let ours = ours.card(id).ok_or_else(missing)?.clone();
            *map.card_mut(id).ok_or_else(missing)? = ours;
            Ok(())
        }
        (ItemRef::Map | ItemRef::Persona, None) => Err("nothing to put back".to_string()),
    }
}

/// Per pain point that one side deleted and the other kept: the opportunities
/// of the keeping side that answer it and did not in base (a link that side
/// made).
fn new_answers_to_deleted(base: &Map, ours: &Map, theirs: &Map) -> HashMap<CardId, Vec<CardId>> {
    let answers = |c: &Card| match &c.details {
        Details::Opportunity { answers, .. } => answers.clone(),
        _ => Vec::new(),
    };
    let base_cards: HashMap<&CardId, &Card> = base.cards.iter().map(|c| (&c.id, c)).collect();
    let mut out: HashMap<CardId, Vec<CardId>> = HashMap::new();
    for (side, other) in [(ours, theirs), (theirs, ours)] {
        let other_ids: HashSet<&CardId> = other.cards.iter().map(|c| &c.id).collect();
        // A pain point both sides deleted stays deleted, whatever still links to it.
        let side_ids: HashSet<&CardId> = side.cards.iter().map(|c| &c.id).collect();
        for card in &side.cards {
            let before = base_cards
                .get(&card.id)
                .map(|b| answers(b))
                .unwrap_or_default();
            for pain in answers(card) {
                if !before.contains(&pain)
                    && base_cards.contains_key(&pain)
                    && side_ids.contains(&pain)
                    && !other_ids.contains(&pain)
                {
                    out.entry(pain).or_default().push(card.id.clone());
                }
            }
        }
    }
    out
}

/// What `in_use` of [`merge_items`] records, for the wording of a deletion.
#[derive(Clone, Copy)]
enum Uses {
    /// Merged cards in a stage or lane.
    Cards,
    /// Opportunities that answer a pain point.
    Answers,
}

fn unreadable(item: ItemRef, field: &str, error: String) -> Conflict {
    Conflict {
        item,
        field: Some(field.to_string()),
        base: None,
        ours: None,
        theirs: None,
        deleted_by: None,
        note: error,
    }
}

/// What a field-by-field merge decided: values to take from theirs, conflicts.
struct FieldMerge {
    take: Vec<(&'static str, String)>,
    conflicts: Vec<Conflict>,
}

/// Three-way merge of one item's fields (matched by name). Ours is the starting
/// point: `take` lists the fields to set to their value.
fn merge_fields(item: ItemRef, base: &[Field], ours: &[Field], theirs: &[Field]) -> FieldMerge {
    let mut out = FieldMerge {
        take: Vec::new(),
        conflicts: Vec::new(),
    };
    for o in ours {
        let (Some(b), Some(t)) = (
            base.iter().find(|f| f.name == o.name),
            theirs.iter().find(|f| f.name == o.name),
        ) else {
            continue;
        };
        if o.value == t.value || t.value == b.value {
            continue;
        }
        if o.value == b.value {
            out.take.push((o.name, t.value.clone()));
            continue;
        }
        if LIST_FIELDS.contains(&o.name)
            && let Some(list) = merge_list(&b.value, &o.value, &t.value)
        {
            out.take.push((o.name, list));
            continue;
        }
        let keyed = match o.name {
            "kpis" => merge_keyed(&b.value, &o.value, &t.value, |k: &Kpi| k.name.clone()),
            "steps" => merge_keyed(&b.value, &o.value, &t.value, |s: &Step| s.id.0.clone()),
            "demographics" => merge_keyed(&b.value, &o.value, &t.value, |f: &Fact| f.label.clone()),
            _ => None,
        };
        if let Some(list) = keyed {
            out.take.push((o.name, list));
            continue;
        }
        out.conflicts.push(Conflict {
            item: item.clone(),
            field: Some(o.name.to_string()),
            base: Some(b.value.clone()),
            ours: Some(o.value.clone()),
            theirs: Some(t.value.clone()),
            deleted_by: None,
            note: String::new(),
        });
    }
    out
}

/// Item-by-item merge of a RON list of unique strings; `None` if any side is
/// not such a list.
fn merge_list(base: &str, ours: &str, theirs: &str) -> Option<String> {
    let read = |s: &str| -> Option<Vec<String>> {
        let list: Vec<String> = crate::io::options().from_str(s).ok()?;
        let unique: HashSet<&String> = list.iter().collect();
        (unique.len() == list.len()).then_some(list)
    };
    let (b, o, t) = (read(base)?, read(ours)?, read(theirs)?);
    let removed = |side: &[String]| -> HashSet<String> {
        b.iter().filter(|x| !side.contains(x)).cloned().collect()
    };
    let (gone_o, gone_t) = (removed(&o), removed(&t));
    let keep: HashSet<String> = o
        .iter()
        .chain(&t)
        .filter(|x| !gone_o.contains(*x) && !gone_t.contains(*x))
        .cloned()
        .collect();
    Some(fields::ron_value(&merge_order(&b, &o, &t, &keep)))
}

/// Item-by-item merge of a RON list of records with a unique key (KPIs by name,
/// steps by id, persona facts by label): each record merges whole; `None` when
/// both sides changed the same record differently, or one changed what the
/// other removed (then the whole list is one conflict).
fn merge_keyed<T>(base: &str, ours: &str, theirs: &str, key: fn(&T) -> String) -> Option<String>
where
    T: Serialize + serde::de::DeserializeOwned + PartialEq + Clone,
{
    let read = |s: &str| -> Option<HashMap<String, T>> {
        let list: Vec<T> = crate::io::options().from_str(s).ok()?;
        let n = list.len();
        let by_key: HashMap<String, T> = list.into_iter().map(|x| (key(&x), x)).collect();
        (by_key.len() == n).then_some(by_key)
    };
    let order = |s: &str| -> Vec<String> {
        crate::io::options()
            .from_str::<Vec<T>>(s)
            .map(|l| l.iter().map(key).collect())
            .unwrap_or_default()
    };
    let (b, o, t) = (read(base)?, read(ours)?, read(theirs)?);
    let mut merged: HashMap<String, T> = HashMap::new();
    for k in o.keys().chain(t.keys()).chain(b.keys()) {
        let item = match (b.get(k), o.get(k), t.get(k)) {
            (Some(b), Some(o), Some(t)) if t == b || o == t => o.clone(),
            (Some(b), Some(o), Some(t)) if o == b => t.clone(),
            (Some(_), Some(_), Some(_)) => return None,
            (Some(b), None, Some(x)) | (Some(b), Some(x), None) => {
                if x == b {
                    continue;
                }
                return None;
            }
            (None, Some(o), Some(t)) if o != t => return None,
            (None, Some(x), _) | (None, None, Some(x)) => x.clone(),
            (Some(_), None, None) | (None, None, None) => continue,
        };
        merged.insert(k.clone(), item);
    }
    let keep: HashSet<String> = merged.keys().cloned().collect();
    let list: Vec<T> = merge_order(&order(base), &order(ours), &order(theirs), &keep)
        .into_iter()
        .filter_map(|k| merged.remove(&k))
        .collect();
    Some(fields::ron_value(&list))
}

/// A stage, lane or card as the merge sees it: which fields of the three
/// sides to merge against each other.
trait Merge: Item {
    /// The fields of base, ours and theirs to merge, aligned by name.
    fn merge_fields(b: &Self, o: &Self, t: &Self) -> [Vec<Field>; 3] {
        [b.fields(), o.fields(), t.fields()]
    }
}

impl Merge for Stage {}

impl Merge for Lane {}

impl Merge for Card {
    /// Details merge field by field while all three have the same kind of
    /// details; otherwise the details are one field.
    fn merge_fields(b: &Card, o: &Card, t: &Card) -> [Vec<Field>; 3] {
        let kind = |c: &Card| fields::details_kind(&c.details);
        if kind(b) == kind(o) && kind(b) == kind(t) {
            return [b.fields(), o.fields(), t.fields()];
        }
        [b, o, t].map(fields::card_fields_whole_details)
    }
}

/// Merges one item present on all three sides.
fn merge_item<T: Merge>(b: &T, o: &T, t: &T, conflicts: &mut Vec<Conflict>) -> T {
    let mut out = o.clone();
    if t == b || o == t {
        return out;
    }
    if o == b {
        return t.clone();
    }
    let [bf, of, tf] = T::merge_fields(b, o, t);
    let merged = merge_fields(o.item_ref(), &bf, &of, &tf);
    for (name, value) in &merged.take {
        if let Err(e) = out.set(name, value) {
            conflicts.push(unreadable(o.item_ref(), name, e));
        }
    }
    conflicts.extend(merged.conflicts);
    out
}

fn whole<T: Item>(item: Option<&T>) -> Option<String> {
    item.map(fields::ron_value)
}

/// Merges a list of items by id. `in_use` lists, per id, merged cards that need
/// the item (cards in a stage or lane), which keeps it even if a side deleted it.
fn merge_items<T: Merge>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    in_use: &HashMap<T::Id, Vec<CardId>>,
    uses: Uses,
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    let index = |list: &'_ [T]| -> HashMap<T::Id, usize> {
        list.iter()
            .enumerate()
            .map(|(i, x)| (x.id().clone(), i))
            .collect()
    };
    let (bi, oi, ti) = (index(base), index(ours), index(theirs));
    let mut kept: HashMap<T::Id, T> = HashMap::new();
    let mut seen = HashSet::new();
    let ids: Vec<T::Id> = ours
        .iter()
        .chain(theirs)
        .chain(base)
        .map(|x| x.id().clone())
        .filter(|id| seen.insert(id.clone()))
        .collect();
    for id in ids {
        let b = bi.get(&id).map(|&i| &base[i]);
        let o = oi.get(&id).map(|&i| &ours[i]);
        let t = ti.get(&id).map(|&i| &theirs[i]);
        let users = in_use.get(&id).filter(|u| !u.is_empty());
        // How the record reads after "deleted by <side>, ".
        let note = |side: Side, edited: bool| {
            let other = side.other().label();
            let (still, and, consequence) = match uses {
                Uses::Cards => (
                    format!("but {other} still has cards in it"),
                    ", and merged cards are in it".to_string(),
                    "removes them too",
                ),
                Uses::Answers => (
                    format!("but {other} made an opportunity answer it"),
                    format!(", and an opportunity of {other} answers it"),
                    "drops the answer",
                ),
            };
            let mut note = if edited {
                format!("edited by {other}")
            } else {
                still
            };
            if let Some(u) = users {
                let cards: Vec<&str> = u.iter().map(|c| c.as_str()).collect();
                if edited {
                    note.push_str(&and);
                }
                note.push_str(&format!(
                    " ({}); kept; taking {} {consequence}",
                    cards.join(", "),
                    side.label()
                ));
            }
            note
        };
        let item = match (b, o, t) {
            (Some(b), Some(o), Some(t)) => merge_item(b, o, t, conflicts),
            (Some(b), None, Some(kept_side)) | (Some(b), Some(kept_side), None) => {
                let deleted_by = if o.is_none() {
                    Side::Ours
                } else {
                    Side::Theirs
                };
                if kept_side == b && users.is_none() {
                    continue;
                }
                conflicts.push(Conflict {
                    item: kept_side.item_ref(),
                    field: None,
                    base: whole(Some(b)),
                    ours: whole(o),
                    theirs: whole(t),
                    deleted_by: Some(deleted_by),
                    note: note(deleted_by, kept_side != b),
                });
                kept_side.clone()
            }
            (None, Some(o), Some(t)) => {
                if o != t {
                    conflicts.push(Conflict {
                        item: o.item_ref(),
                        field: None,
                        base: None,
                        ours: whole(Some(o)),
                        theirs: whole(Some(t)),
                        deleted_by: None,
                        note: String::new(),
                    });
                }
                o.clone()
            }
            (None, Some(x), None) | (None, None, Some(x)) => x.clone(),
            (Some(b), None, None) => {
                if users.is_none() {
                    continue;
                }
                b.clone()
            }
            (None, None, None) => continue,
        };
        kept.insert(id, item);
    }
    let ids = |list: &[T]| -> Vec<T::Id> { list.iter().map(|x| x.id().clone()).collect() };
    let keep: HashSet<T::Id> = kept.keys().cloned().collect();
    merge_order(&ids(base), &ids(ours), &ids(theirs), &keep)
        .into_iter()
        .filter_map(|id| kept.remove(&id))
        .collect()
}

/// Makes every reference point at something: a card in a step the merged stage
/// lost gets the step back (or leaves the step if no side has it), a card in a
/// stage or lane no side has moves to the first one, answers to deleted pain
/// points are dropped.
fn repair(map: &mut Map, sides: [&Map; 3]) {
    for i in 0..map.cards.len() {
        let card = &map.cards[i];
        let (stage_id, step) = (card.stage.clone(), card.step.clone());
        if map.stage(&stage_id).is_none()
            && let Some(first) = map.stages.first()
        {
            map.cards[i].stage = first.id.clone();
            map.cards[i].step = None;
        }
        let lane_ok = map.lane(&map.cards[i].lane).is_some();
        if !lane_ok && let Some(first) = map.lanes.first() {
            map.cards[i].lane = first.id.clone();
        }
        let Some(step) = step else { continue };
        let Some(si) = map.stage_index(&map.cards[i].stage) else {
            continue;
        };
        if map.stages[si].steps.iter().any(|s| s.id == step) {
            continue;
        }
        let found = sides
            .iter()
            .filter_map(|m| m.stage(&map.stages[si].id))
            .flat_map(|s| s.steps.iter())
            .find(|s| s.id == step)
            .cloned();
        match found {
            Some(s) => map.stages[si].steps.push(s),
            None => map.cards[i].step = None,
        }
    }
    if map.stages.is_empty() || map.lanes.is_empty() {
        // Cards with nowhere to go: a stage or lane to hold them, named so.
        let mut ids = map.ids();
        if map.stages.is_empty() && !map.cards.is_empty() {
            let stage = Stage::new(ids.stage(), "Merged cards");
            map.cards
                .iter_mut()
                .for_each(|c| c.stage = stage.id.clone());
            map.stages.push(stage);
        }
        if map.lanes.is_empty() && !map.cards.is_empty() {
            let lane = Lane::new(ids.lane(), "Merged cards", crate::model::LaneKind::Text);
            map.cards.iter_mut().for_each(|c| c.lane = lane.id.clone());
            map.lanes.push(lane);
        }
    }
    // An answer the merge left pointing at nothing goes; one that a side already
    // had pointing at nothing stays, as that side had it.
    let existing: HashSet<CardId> = map.cards.iter().map(|c| c.id.clone()).collect();
    let answers_in = |side: &Map, opportunity: &CardId, pain: &CardId| {
        side.card(opportunity).is_some_and(|c| {
            matches!(&c.details, Details::Opportunity { answers, .. } if answers.contains(pain))
        })
    };
    for card in &mut map.cards {
        let id = card.id.clone();
        if let Details::Opportunity { answers, .. } = &mut card.details {
            answers.retain(|a| {
                existing.contains(a)
                    || sides[1..]
                        .iter()
                        .any(|side| answers_in(side, &id, a) && side.card(a).is_none())
            });
        }
    }
}

#[cfg(test)]
mod tests;
