use super::*;
use crate::model::{Severity, StageId};

fn sample() -> Map {
    crate::templates::find("ecommerce").unwrap().map().unwrap()
}

#[test]
fn equal_maps_have_no_changes() {
    let map = sample();
    assert!(diff(&map, &map).is_empty());
}

#[test]
fn a_text_edit_names_the_cell_and_both_texts() {
    let old = sample();
    let mut new = old.clone();
    let card = new
        .cards
        .iter_mut()
        .find(|c| matches!(c.details, Details::Pain { .. }))
        .unwrap();
    card.text = "太贵了 — za drogo".into();
    if let Details::Pain { severity, .. } = &mut card.details {
        *severity = Severity::Critical;
    }
    let id = card.id.clone();
    let changes = diff(&old, &new);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert_eq!(changes[0].kind, ChangeKind::Edited);
    assert_eq!(changes[0].item, ItemRef::Card(id.clone()));
    assert_eq!(changes[0].field.as_deref(), Some("text"));
    assert_eq!(changes[0].new.as_deref(), Some("太贵了 — za drogo"));
    let cell = cell_label(&new, new.card(&id).unwrap());
    assert!(
        changes[0]
            .description
            .starts_with(&format!("Pain point {id} in {cell}: text \"")),
        "{}",
        changes[0].description
    );
    assert!(changes[0].description.ends_with("→ \"太贵了 — za drogo\""));
    assert_eq!(changes[1].field.as_deref(), Some("severity"));
    assert_eq!(changes[1].new.as_deref(), Some("Critical"));
}

#[test]
fn removed_cards_are_listed_where_they_were() {
    let old = sample();
    let mut new = old.clone();
    let gone = new.cards.remove(5);
    let mut added = new.cards[0].clone();
    added.id = CardId::new("card-new");
    new.cards.push(added);
    let changes = diff(&old, &new);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert_eq!(changes[0].kind, ChangeKind::Removed);
    assert_eq!(changes[0].item, ItemRef::Card(gone.id));
    assert_eq!(changes[1].kind, ChangeKind::Added);
}

#[test]
fn one_card_moved_within_its_cell_is_one_change() {
    let mut old = sample();
    let mut second = old.cards[0].clone();
    second.id = CardId::new("card-second");
    old.cards.insert(1, second);
    let mut new = old.clone();
    new.cards.swap(0, 1);
    let changes = diff(&old, &new);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].kind, ChangeKind::Reordered);
}

#[test]
fn stage_reorder_and_rename_use_names() {
    let old = sample();
    let mut new = old.clone();
    let first = new.stages.remove(0);
    new.stages.push(first);
    new.stages[0].name = "Poznanie".into();
    let changes = diff(&old, &new);
    let text = to_text(&changes);
    assert_eq!(changes.len(), 2, "{text}");
    assert!(text.contains("renamed to \"Poznanie\""), "{text}");
    assert!(text.contains("moved: now after"), "{text}");
    assert!(
        matches!(&changes[0].item, ItemRef::Stage(id) if id == &StageId::new("stage-consideration"))
    );
}

#[test]
fn answering_a_pain_point_is_reported_on_the_pain() {
    let old = sample();
    let mut new = old.clone();
    let pain = new.unanswered_pain_points().first().map(|c| c.id.clone());
    let Some(pain) = pain else { return };
    let opp = new
        .cards
        .iter_mut()
        .find(|c| matches!(c.details, Details::Opportunity { .. }))
        .unwrap();
    if let Details::Opportunity { answers, .. } = &mut opp.details {
        answers.push(pain.clone());
    }
    let changes = diff(&old, &new);
    assert!(
        changes
            .iter()
            .any(|c| c.kind == ChangeKind::Answered && c.item == ItemRef::Card(pain.clone()))
    );
    assert!(
        changes
            .iter()
            .any(|c| c.field.as_deref() == Some("answers"))
    );
    let back = diff(&new, &old);
    assert!(back.iter().any(|c| c.kind == ChangeKind::Unanswered));
}

#[test]
fn kpis_are_matched_by_name() {
    let old = sample();
    let mut new = old.clone();
    new.stages[0].kpis[0].value = Some(99.0);
    let changes = diff(&old, &new);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert!(
        changes[0].description.contains("KPI"),
        "{}",
        changes[0].description
    );
    assert!(
        changes[0].description.contains("99%"),
        "{}",
        changes[0].description
    );
}
