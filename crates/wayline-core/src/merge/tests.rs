use super::*;
use crate::edit::Command;
use crate::model::{Severity, StageId};

fn base() -> Map {
    crate::templates::find("ecommerce").unwrap().map().unwrap()
}

fn errors(map: &Map) -> Vec<String> {
    map.validate()
        .into_iter()
        .filter(|p| p.level == crate::model::Level::Error)
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn edits_to_different_cards_and_fields_all_land() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.cards[0].text = "ours 我们".into();
    theirs.cards[1].text = "theirs ich".into();
    theirs.title = "Nowy tytuł".into();
    ours.stages[2].name = "Kasa".into();
    theirs.stages[2].description = "opis".into();
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.map.cards[0].text, "ours 我们");
    assert_eq!(merged.map.cards[1].text, "theirs ich");
    assert_eq!(merged.map.title, "Nowy tytuł");
    assert_eq!(merged.map.stages[2].name, "Kasa");
    assert_eq!(merged.map.stages[2].description, "opis");
}

#[test]
fn a_move_and_an_edit_of_one_card_combine() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let id = base.cards[0].id.clone();
    let other_stage = base.stages[3].id.clone();
    let command = Command::move_card_to(
        &ours,
        &id,
        crate::model::Slot {
            lane: base.cards[0].lane.clone(),
            stage: other_stage.clone(),
            step: None,
        },
        None,
    )
    .unwrap();
    command.apply(&mut ours).unwrap();
    theirs.card_mut(&id).unwrap().text = "edited".into();
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean());
    let card = merged.map.card(&id).unwrap();
    assert_eq!(card.stage, other_stage);
    assert_eq!(card.text, "edited");
    assert_eq!(
        merged.map.cards.iter().position(|c| c.id == id),
        ours.cards.iter().position(|c| c.id == id)
    );
}

#[test]
fn the_same_field_changed_differently_keeps_ours_and_records_both() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.cards[4].text = "ours".into();
    theirs.cards[4].text = "theirs".into();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.map.conflicts[0];
    assert_eq!(c.item, ItemRef::Card(base.cards[4].id.clone()));
    assert_eq!(c.field.as_deref(), Some("text"));
    assert_eq!(c.ours.as_deref(), Some("ours"));
    assert_eq!(c.theirs.as_deref(), Some("theirs"));
    assert_eq!(c.base.as_deref(), Some(base.cards[4].text.as_str()));
    assert_eq!(merged.map.cards[4].text, "ours");

    // The record survives the file format, and check reports it.
    let text = crate::io::to_string(&merged.map).unwrap();
    let loaded = crate::io::parse_str(&text, std::path::Path::new("m")).unwrap();
    assert_eq!(loaded.map, merged.map);
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    // The card is named by its text and cell, as a designer knows it.
    let cell = merged
        .map
        .cell_name(&base.cards[4].lane, &base.cards[4].stage);
    assert!(
        loaded.warnings[0]
            .message
            .contains(&format!("Card \"ours\" in {cell}")),
        "{}",
        loaded.warnings[0].message
    );

    // Resolving takes theirs, and undo brings ours and the record back.
    let mut map = merged.map.clone();
    let inverse = Command::resolve_conflict(&map, 0, Side::Theirs)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    assert_eq!(map.cards[4].text, "theirs");
    assert!(map.conflicts.is_empty());
    inverse.apply(&mut map).unwrap();
    assert_eq!(map, merged.map);
}

#[test]
fn typed_fields_conflict_as_ron_and_resolve() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let i = base
        .cards
        .iter()
        .position(|c| matches!(c.details, Details::Pain { .. }))
        .unwrap();
    for (map, severity) in [
        (&mut ours, Severity::Low),
        (&mut theirs, Severity::Critical),
    ] {
        if let Details::Pain { severity: s, .. } = &mut map.cards[i].details {
            *s = severity;
        }
    }
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts[0].theirs.as_deref(), Some("Critical"));
    let mut map = merged.map;
    Command::resolve_conflict(&map, 0, Side::Theirs)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    assert!(matches!(
        map.cards[i].details,
        Details::Pain {
            severity: Severity::Critical,
            ..
        }
    ));
}

#[test]
fn a_card_edited_on_one_side_and_deleted_on_the_other_stays() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let id = base.cards[7].id.clone();
    ours.cards.remove(7);
    theirs.card_mut(&id).unwrap().text = "still needed".into();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.map.card(&id).unwrap().text, "still needed");
    let c = &merged.conflicts[0];
    assert_eq!(c.deleted_by, Some(Side::Ours));
    assert!(c.describe(&merged.map).contains("deleted by ours"));
    // Taking ours deletes it; taking theirs keeps it.
    let mut gone = merged.map.clone();
    Command::resolve_conflict(&gone, 0, Side::Ours)
        .unwrap()
        .apply(&mut gone)
        .unwrap();
    assert!(gone.card(&id).is_none() && gone.conflicts.is_empty());
    let mut kept = merged.map.clone();
    Command::resolve_conflict(&kept, 0, Side::Theirs)
        .unwrap()
        .apply(&mut kept)
        .unwrap();
    assert!(kept.card(&id).is_some() && kept.conflicts.is_empty());
}

#[test]
fn a_deleted_stage_stays_while_the_other_side_added_a_card_to_it() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let stage = base.stages[1].id.clone();
    Command::remove_stage(&ours, &stage)
        .apply(&mut ours)
        .unwrap();
    let mut card = Card::new(
        CardId::new("card-new"),
        base.lanes[0].id.clone(),
        stage.clone(),
        "nowa karta",
    );
    card.details = Details::None;
    theirs.cards.push(card);
    let merged = merge(&base, &ours, &theirs);
    assert!(errors(&merged.map).is_empty(), "{:?}", errors(&merged.map));
    assert!(merged.map.card(&CardId::new("card-new")).is_some());
    assert!(merged.map.stage(&stage).is_some());
    assert_eq!(merged.map.stage_index(&stage), Some(1));
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.item == ItemRef::Stage(stage.clone())
                && c.deleted_by == Some(Side::Ours)
                && c.note.contains("card-new"))
    );
    let line = merged
        .conflicts
        .iter()
        .find(|c| c.item == ItemRef::Stage(stage.clone()))
        .unwrap()
        .describe(&merged.map);
    assert!(
        line.contains("deleted by ours, but theirs still has cards in it (card-new); kept"),
        "{line}"
    );
    // Taking ours (the deletion) removes the stage and its cards, consistently.
    let mut map = merged.map.clone();
    let index = map
        .conflicts
        .iter()
        .position(|c| c.item == ItemRef::Stage(stage.clone()))
        .unwrap();
    Command::resolve_conflict(&map, index, Side::Ours)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    assert!(map.stage(&stage).is_none());
    assert!(errors(&map).is_empty());
    assert!(map.conflicts.is_empty(), "{:?}", map.conflicts);
}

#[test]
fn additions_from_both_sides_land_near_their_neighbours() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let mut a = base.cards[2].clone();
    a.id = CardId::new("card-ours");
    ours.cards.insert(3, a);
    let mut b = base.cards[10].clone();
    b.id = CardId::new("card-theirs");
    theirs.cards.insert(11, b);
    let mut s = Stage::new(StageId::new("stage-new"), "Polecenie");
    s.description = "推荐".into();
    theirs.stages.push(s);
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean());
    let pos = |id: &str| {
        merged
            .map
            .cards
            .iter()
            .position(|c| c.id.as_str() == id)
            .unwrap()
    };
    assert_eq!(pos("card-ours"), 3);
    assert_eq!(pos("card-theirs"), 12);
    assert_eq!(merged.map.stages.last().unwrap().name, "Polecenie");
}

#[test]
fn answers_and_insights_merge_item_by_item() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.stages[0].insights.push("ours".into());
    theirs.stages[0].insights.remove(0);
    theirs.stages[0].insights.push("theirs".into());
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let mut expected = base.stages[0].insights.clone();
    expected.remove(0);
    expected.push("ours".into());
    expected.push("theirs".into());
    assert_eq!(merged.map.stages[0].insights, expected);
}

#[test]
fn later_updated_date_wins_without_a_conflict() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.updated = crate::model::Date::new(2027, 1, 2).unwrap();
    theirs.updated = crate::model::Date::new(2027, 3, 4).unwrap();
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean());
    assert_eq!(merged.map.updated, theirs.updated);
}

#[test]
fn resolve_all_takes_one_side_everywhere() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.title = "A".into();
    theirs.title = "B".into();
    ours.persona.name = "Ola".into();
    theirs.persona.name = "Ala".into();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 2);
    let mut map = merged.map.clone();
    let inverse = Command::resolve_all_conflicts(&map, Side::Theirs)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    assert_eq!(
        (map.title.as_str(), map.persona.name.as_str()),
        ("B", "Ala")
    );
    assert!(map.conflicts.is_empty());
    inverse.apply(&mut map).unwrap();
    assert_eq!(map, merged.map);
}

#[test]
fn a_card_moved_to_two_cells_names_both_cells() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let id = base.cards[0].id.clone();
    ours.card_mut(&id).unwrap().stage = base.stages[2].id.clone();
    theirs.card_mut(&id).unwrap().stage = base.stages[3].id.clone();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let line = merged.conflicts[0].describe(&merged.map);
    let lane = &base.lane(&base.cards[0].lane).unwrap().name;
    assert!(
        line.contains(&format!("ours {} × {lane}", base.stages[2].name))
            && line.contains(&format!("theirs {} × {lane}", base.stages[3].name)),
        "{line}"
    );
    let mut map = merged.map;
    Command::resolve_conflict(&map, 0, Side::Theirs)
        .unwrap()
        .apply(&mut map)
        .unwrap();
    assert_eq!(map.card(&id).unwrap().stage, base.stages[3].id);
}

#[test]
fn kpis_and_steps_of_one_stage_merge_item_by_item() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.stages[0].kpis[0].value = Some(21.0);
    theirs.stages[0].kpis[1].value = Some(50_000.0);
    theirs.stages[0].kpis.push(crate::model::Kpi {
        name: "NPS".into(),
        value: Some(31.0),
        target: None,
        unit: String::new(),
    });
    ours.stages[0].steps.push(crate::model::Step {
        id: crate::model::StepId::new("step-ours"),
        name: "Reklama".into(),
    });
    theirs.stages[0].steps.push(crate::model::Step {
        id: crate::model::StepId::new("step-theirs"),
        name: "Polecenie".into(),
    });
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let stage = &merged.map.stages[0];
    assert_eq!(stage.kpis[0].value, Some(21.0));
    assert_eq!(stage.kpis[1].value, Some(50_000.0));
    assert_eq!(stage.kpis.last().unwrap().name, "NPS");
    let steps: Vec<&str> = stage.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(steps, ["step-ours", "step-theirs"]);

    // The same KPI changed differently is a conflict on the stage's KPIs.
    theirs.stages[0].kpis[0].value = Some(19.0);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field.as_deref(), Some("kpis"));
}

/// Ours deleted a pain point; theirs made an opportunity answer it. A clean
/// merge dropped theirs' link silently: now the pain point stays with the
/// deletion recorded, and either resolution is consistent.
#[test]
fn a_new_answer_to_a_pain_point_the_other_side_deleted_is_a_conflict() {
    use crate::model::{Priority, Status};
    let mut base = base();
    let pain = base
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Pain { .. }))
        .unwrap()
        .id
        .clone();
    let opportunity = CardId::new("card-new-opportunity");
    let lane = base.cards[0].lane.clone();
    let stage = base.cards[0].stage.clone();
    base.cards.retain(|c| match &c.details {
        Details::Opportunity { answers, .. } => !answers.contains(&pain),
        _ => true,
    });
    base.cards.push(
        Card::new(opportunity.clone(), lane, stage, "Fix it").with_details(Details::Opportunity {
            owner: String::new(),
            priority: Priority::High,
            status: Status::Idea,
            answers: Vec::new(),
        }),
    );
    let mut ours = base.clone();
    ours.cards.retain(|c| c.id != pain);
    let mut theirs = base.clone();
    if let Some(Card {
        details: Details::Opportunity { answers, .. },
        ..
    }) = theirs.card_mut(&opportunity)
    {
        answers.push(pain.clone());
    }
    let merged = merge(&base, &ours, &theirs);
    assert!(!merged.is_clean(), "theirs' answer was dropped silently");
    assert!(merged.map.card(&pain).is_some(), "the pain point stays");
    assert!(errors(&merged.map).is_empty(), "{:?}", errors(&merged.map));
    let c = &merged.conflicts[0];
    assert_eq!(c.deleted_by, Some(Side::Ours));
    let described = c.describe(&merged.map);
    assert!(
        described.contains("but theirs made an opportunity answer it (card-new-opportunity)"),
        "{described}"
    );
    let answers = |m: &Map| match &m.card(&opportunity).unwrap().details {
        Details::Opportunity { answers, .. } => answers.clone(),
        _ => Vec::new(),
    };
    assert_eq!(answers(&merged.map), std::slice::from_ref(&pain));
    for (side, kept) in [(Side::Ours, false), (Side::Theirs, true)] {
        let mut map = merged.map.clone();
        Command::resolve_conflict(&map, 0, side)
            .unwrap()
            .apply(&mut map)
            .unwrap();
        assert_eq!(map.card(&pain).is_some(), kept);
        assert_eq!(answers(&map).contains(&pain), kept);
        assert!(errors(&map).is_empty());
    }
}

/// Criss-cross: git merges the two merge bases into a virtual base, which
/// carries the conflict and shows ours. Both branches had resolved it,
/// differently: the final merge must conflict again, not silently take the
/// resolution of the side the virtual base did not show.
#[test]
fn two_different_resolutions_of_a_conflict_in_a_virtual_base_conflict_again() {
    let base0 = base();
    let mut a = base0.clone();
    let mut b = base0.clone();
    a.cards[0].text = "A".into();
    b.cards[0].text = "B".into();
    a.stages[0].name = "Stage A".into();
    b.stages[0].name = "Stage B".into();
    let virtual_base = merge(&base0, &a, &b).map;
    assert_eq!(virtual_base.conflicts.len(), 2);
    let resolve = |side: Side| {
        let mut m = virtual_base.clone();
        Command::resolve_all_conflicts(&m, side)
            .unwrap()
            .apply(&mut m)
            .unwrap();
        m
    };
    // Ours kept A, theirs took B: each branch resolved, differently.
    let (ours, theirs) = (resolve(Side::Ours), resolve(Side::Theirs));
    assert_eq!(theirs.cards[0].text, "B");
    let merged = merge(&virtual_base, &ours, &theirs);
    assert!(!merged.is_clean(), "theirs' resolution was taken silently");
    assert_eq!(merged.map.cards[0].text, "A", "ours stays in place");
    assert_eq!(merged.map.stages[0].name, "Stage A");
    let texts: Vec<_> = merged
        .conflicts
        .iter()
        .map(|c| (c.field.clone(), c.ours.clone(), c.theirs.clone()))
        .collect();
    assert!(
        texts.contains(&(Some("text".into()), Some("A".into()), Some("B".into()))),
        "{texts:?}"
    );
    assert!(
        merged.conflicts[0]
            .note
            .contains("resolved an earlier conflict")
    );
    // The same resolution on both sides merges cleanly.
    let clean = merge(&virtual_base, &theirs, &theirs.clone());
    assert!(clean.is_clean(), "{:?}", clean.conflicts);
    assert_eq!(clean.map.cards[0].text, "B");
    // One side resolving while the other still has the record is no conflict.
    let one = merge(&virtual_base, &theirs, &virtual_base);
    assert!(one.is_clean(), "{:?}", one.conflicts);
    assert_eq!(one.map.cards[0].text, "B");
    assert!(one.map.conflicts.is_empty());
}
