//! Sorts changes into the groups a designer scans a change list by: stages,
//! lanes, cards, the emotion curve, pain points and opportunities, KPIs, and the
//! map's header and persona. Used by the editor's compare panel and the "what
//! changed" PDF page, so both group alike, and words card changes by the
//! cards' text rather than their ids ([`friendly`]).

use crate::model::{ItemRef, LaneKind, Map};

use super::{Change, ChangeKind};

/// A group of changes, in the order they are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Map,
    Stages,
    Lanes,
    Cards,
    Emotion,
    PainsAndOpportunities,
    Kpis,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Map,
        Group::Stages,
        Group::Lanes,
        Group::Cards,
        Group::Emotion,
        Group::PainsAndOpportunities,
        Group::Kpis,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Group::Map => "Map and persona",
            Group::Stages => "Stages",
            Group::Lanes => "Lanes",
            Group::Cards => "Cards",
            Group::Emotion => "Emotion",
            Group::PainsAndOpportunities => "Pain points and opportunities",
            Group::Kpis => "KPIs",
        }
    }
}

/// The group of one change between `old` and `new`.
pub fn group(change: &Change, old: &Map, new: &Map) -> Group {
    if change
        .field
        .as_deref()
        .is_some_and(|f| f.starts_with("KPI"))
    {
        return Group::Kpis;
    }
    match &change.item {
        ItemRef::Map | ItemRef::Persona => Group::Map,
        ItemRef::Stage(_) => Group::Stages,
        ItemRef::Lane(_) => Group::Lanes,
        ItemRef::Card(id) => {
            if matches!(change.kind, ChangeKind::Answered | ChangeKind::Unanswered) {
                return Group::PainsAndOpportunities;
            }
            let kind = new
                .card(id)
                .and_then(|c| new.lane(&c.lane))
                .or_else(|| old.card(id).and_then(|c| old.lane(&c.lane)))
                .map(|l| l.kind);
            match kind {
                Some(LaneKind::Emotions) => Group::Emotion,
                Some(LaneKind::PainPoints | LaneKind::Opportunities) => {
                    Group::PainsAndOpportunities
                }
                Some(LaneKind::Kpis) => Group::Kpis,
                _ => Group::Cards,
            }
        }
    }
}

/// The changes by group, groups in [`Group::ALL`] order, empty groups left out;
/// each change keeps its index into `changes`.
pub fn grouped<'c>(
    changes: &'c [Change],
    old: &Map,
    new: &Map,
) -> Vec<(Group, Vec<(usize, &'c Change)>)> {
    let mut out: Vec<(Group, Vec<(usize, &Change)>)> =
        Group::ALL.iter().map(|&g| (g, Vec::new())).collect();
    for (i, c) in changes.iter().enumerate() {
        let g = group(c, old, new);
        if let Some((_, list)) = out.iter_mut().find(|(x, _)| *x == g) {
            list.push((i, c));
        }
    }
    out.retain(|(_, list)| !list.is_empty());
    out
}

/// The change's description with card ids replaced by the start of the card's
/// text (`Card card-12 in …` → `Card "Compares prices…" in …`), for people who
/// know their cards by what they say. Stages and lanes are already named.
pub fn friendly(change: &Change, old: &Map, new: &Map) -> String {
    let ItemRef::Card(id) = &change.item else {
        return change.description.clone();
    };
    let Some(card) = new.card(id).or_else(|| old.card(id)) else {
        return change.description.clone();
    };
    // These already quote the card's text: the id just goes.
    if matches!(change.kind, ChangeKind::Added | ChangeKind::Removed)
        || change.field.as_deref() == Some("text")
    {
        return change.description.replacen(&format!(" {id}"), "", 1);
    }
    let text = if card.text.trim().is_empty() {
        id.to_string()
    } else {
        crate::model::shorten(card.text.trim(), 32)
    };
    change
        .description
        .replacen(&format!(" {id}"), &format!(" {text}"), 1)
}
