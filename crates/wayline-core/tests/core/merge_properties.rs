//! Properties of the three-way merge over random maps and random edits made
//! with the editor's own commands: merging nothing changes nothing, a one-sided
//! change merges to that side exactly, and any two sides merge into a map that
//! validates without errors, survives the file format, keeps every card either
//! side added or changed, and can be resolved either way.
//!
//! CI runs a few hundred cases; more with `PROPTEST_CASES=5000 cargo test
//! --release --test merge_properties`.

use std::collections::HashSet;
use std::path::Path;

use proptest::prelude::*;
use wayline_core::edit::Command;
use wayline_core::merge::merge;
use wayline_core::model::*;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// One edit a person makes; indices are taken modulo the map's lists.
#[derive(Clone, Debug)]
enum Op {
    Text(usize, String),
    Score(usize, i8),
    Severity(usize),
    Move(usize, usize, usize),
    RemoveCard(usize),
    AddCard(usize, usize, usize, String),
    RenameStage(usize, String),
    MoveStage(usize, usize),
    RemoveStage(usize),
    AddStage(usize, usize),
    RenameLane(usize, String),
    MoveLane(usize, usize),
    RemoveLane(usize),
    Title(String),
    PersonaName(String),
    Insight(usize, String),
    Answer(usize, usize),
    AddStep(usize, usize),
    RemoveSteps(usize),
    Color(usize, u8),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{1,12}",
        "[żółćęśąźńŁ客户旅程痛点，。]{1,8}",
        Just("line\nbreak \"quoted\"".to_string()),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let i = || 0..1000usize;
    prop_oneof![
        (i(), text()).prop_map(|(a, t)| Op::Text(a, t)),
        (i(), -3i8..=3).prop_map(|(a, s)| Op::Score(a, s)),
        i().prop_map(Op::Severity),
        (i(), i(), i()).prop_map(|(a, b, c)| Op::Move(a, b, c)),
        i().prop_map(Op::RemoveCard),
        (i(), i(), 0..5usize, text()).prop_map(|(a, b, n, t)| Op::AddCard(a, b, n, t)),
        (i(), text()).prop_map(|(a, t)| Op::RenameStage(a, t)),
        (i(), i()).prop_map(|(a, b)| Op::MoveStage(a, b)),
        i().prop_map(Op::RemoveStage),
        (i(), 0..3usize).prop_map(|(a, n)| Op::AddStage(a, n)),
        (i(), text()).prop_map(|(a, t)| Op::RenameLane(a, t)),
        (i(), i()).prop_map(|(a, b)| Op::MoveLane(a, b)),
        i().prop_map(Op::RemoveLane),
        text().prop_map(Op::Title),
        text().prop_map(Op::PersonaName),
        (i(), text()).prop_map(|(a, t)| Op::Insight(a, t)),
        (i(), i()).prop_map(|(a, b)| Op::Answer(a, b)),
        (i(), i()).prop_map(|(a, b)| Op::AddStep(a, b)),
        i().prop_map(Op::RemoveSteps),
        (i(), any::<u8>()).prop_map(|(a, c)| Op::Color(a, c)),
    ]
}

/// The command for an op on this map (None when it does not apply).
fn command(map: &Map, op: &Op, side: &str) -> Option<Command> {
    let card = |i: usize| map.cards.get(i % map.cards.len().max(1)).cloned();
    let stage = |i: usize| map.stages.get(i % map.stages.len().max(1)).cloned();
    let lane = |i: usize| map.lanes.get(i % map.lanes.len().max(1)).cloned();
    Some(match op {
        Op::Text(i, t) => {
            let mut c = card(*i)?;
            c.text = t.clone();
            Command::SetCard { card: c }
        }
        Op::Score(i, s) => {
            let mut c = map
                .cards
                .iter()
                .filter(|c| matches!(c.details, Details::Emotion { .. }))
                .nth(*i % 8)?
                .clone();
            if let Details::Emotion { score, .. } = &mut c.details {
                *score = *s;
            }
            Command::SetCard { card: c }
        }
        Op::Severity(i) => {
            let mut c = card(*i)?;
            match &mut c.details {
                Details::Pain { severity, .. } => *severity = Severity::Critical,
                Details::Opportunity { status, .. } => *status = Status::Done,
                _ => c.icon = Some(Icon::Alert),
            }
            Command::SetCard { card: c }
        }
        Op::Move(i, s, before) => {
            let c = card(*i)?;
            let to = stage(*s)?;
            let before = card(*before).map(|b| b.id);
            Command::move_card_to(
                map,
                &c.id,
                Slot {
                    lane: c.lane.clone(),
                    stage: to.id,
                    step: None,
                },
                before.as_ref(),
            )?
        }
        Op::RemoveCard(i) => Command::RemoveCard { id: card(*i)?.id },
        Op::AddCard(s, l, n, t) => {
            let lane = lane(*l)?;
            let c = Card::new(
                CardId(format!("card-{side}-{n}")),
                lane.id.clone(),
                stage(*s)?.id,
                t.clone(),
            )
            .with_details(Details::default_for(lane.kind));
            if map.card(&c.id).is_some() {
                return None;
            }
            Command::AddCard {
                card: c,
                index: *s % (map.cards.len() + 1),
            }
        }
        Op::RenameStage(i, t) => {
            let mut s = stage(*i)?;
            s.name = t.clone();
            Command::SetStage { stage: s }
        }
        Op::MoveStage(i, to) => Command::MoveStage {
            id: stage(*i)?.id,
            index: *to % map.stages.len(),
        },
        Op::RemoveStage(i) => {
            if map.stages.len() < 2 {
                return None;
            }
            Command::remove_stage(map, &stage(*i)?.id)
        }
        Op::AddStage(i, n) => {
            let id = StageId(format!("stage-{side}-{n}"));
            if map.stage(&id).is_some() {
                return None;
            }
            Command::AddStage {
                stage: Stage::new(id, format!("Etap {side}")),
                index: *i % (map.stages.len() + 1),
            }
        }
        Op::RenameLane(i, t) => {
            let mut l = lane(*i)?;
            l.name = t.clone();
            Command::SetLane { lane: l }
        }
        Op::MoveLane(i, to) => Command::MoveLane {
            id: lane(*i)?.id,
            index: *to % map.lanes.len(),
        },
        Op::RemoveLane(i) => {
            if map.lanes.len() < 2 {
                return None;
            }
            Command::remove_lane(map, &lane(*i)?.id)
        }
        Op::Title(t) => Command::SetHeader {
            title: t.clone(),
            kind: map.kind,
            segment: map.segment.clone(),
            description: map.description.clone(),
        },
        Op::PersonaName(t) => {
            let mut persona = map.persona.clone();
            persona.name = t.clone();
            persona.goals.push(format!("{side}: {t}"));
            Command::SetPersona { persona }
        }
        Op::Insight(i, t) => {
            let mut s = stage(*i)?;
            s.insights.push(t.clone());
            Command::SetStage { stage: s }
        }
        Op::Answer(o, p) => {
            let pains: Vec<&Card> = map
                .cards
                .iter()
                .filter(|c| matches!(c.details, Details::Pain { .. }))
                .collect();
            let pain = pains.get(*p % pains.len().max(1))?.id.clone();
            let mut opp = map
                .cards
                .iter()
                .filter(|c| matches!(c.details, Details::Opportunity { .. }))
                .nth(*o % 4)?
                .clone();
            if let Details::Opportunity { answers, .. } = &mut opp.details
                && !answers.contains(&pain)
            {
                answers.push(pain);
            }
            Command::SetCard { card: opp }
        }
        Op::AddStep(s, c) => {
            let mut st = stage(*s)?;
            let used: HashSet<&str> = map
                .stages
                .iter()
                .flat_map(|s| s.steps.iter().map(|x| x.id.as_str()))
                .collect();
            let n = (0..).find(|n| !used.contains(format!("step-{side}-{n}").as_str()))?;
            let step = Step {
                id: StepId(format!("step-{side}-{n}")),
                name: format!("Krok {side}"),
            };
            st.steps.push(step.clone());
            let mut commands = vec![Command::SetStage { stage: st.clone() }];
            if let Some(mut card) = map
                .cards
                .iter()
                .filter(|x| x.stage == st.id)
                .nth(*c % 3)
                .cloned()
            {
                card.step = Some(step.id);
                commands.push(Command::SetCard { card });
            }
            Command::Batch(commands)
        }
        Op::RemoveSteps(s) => {
            let mut st = stage(*s)?;
            st.steps.clear();
            let mut commands: Vec<Command> = map
                .cards
                .iter()
                .filter(|c| c.stage == st.id && c.step.is_some())
                .map(|c| {
                    let mut c = c.clone();
                    c.step = None;
                    Command::SetCard { card: c }
                })
                .collect();
            commands.push(Command::SetStage { stage: st });
            Command::Batch(commands)
        }
        Op::Color(i, v) => {
            let mut c = card(*i)?;
            c.color = Some(Color([*v, 0x80, 0x40]));
            Command::SetCard { card: c }
        }
    })
}

fn edited(base: &Map, ops: &[Op], side: &str) -> Map {
    let mut map = base.clone();
    for op in ops {
        if let Some(c) = command(&map, op, side) {
            c.apply(&mut map).unwrap();
        }
    }
    map
}

fn base() -> impl Strategy<Value = Map> {
    prop_oneof![
        (1..6usize, 0..30usize, any::<u64>())
            .prop_map(|(s, c, seed)| wayline_core::generate::map(s, c, seed)),
        (0..wayline_core::templates::TEMPLATES.len())
            .prop_map(|t| wayline_core::templates::TEMPLATES[t].map().unwrap()),
    ]
}

fn errors(map: &Map) -> Vec<String> {
    map.validate()
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .map(|p| p.message)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(200)))]

    #[test]
    fn merging_nothing_changes_nothing(base in base()) {
        let merged = merge(&base, &base, &base);
        prop_assert!(merged.is_clean());
        prop_assert!(merged.map == base);
    }

    #[test]
    fn a_one_sided_change_merges_to_that_side(base in base(), ops in proptest::collection::vec(op(), 1..12)) {
        let side = edited(&base, &ops, "t");
        let theirs = merge(&base, &base, &side);
        prop_assert!(theirs.is_clean(), "{:?}", theirs.conflicts);
        prop_assert!(theirs.map == side, "merged differs from theirs: {:#?}", wayline_core::diff::diff(&side, &theirs.map));
        let ours = merge(&base, &side, &base);
        prop_assert!(ours.is_clean(), "{:?}", ours.conflicts);
        prop_assert!(ours.map == side, "merged differs from ours: {:#?}", wayline_core::diff::diff(&side, &ours.map));
    }

    #[test]
    fn any_two_sides_merge_into_a_valid_map_that_loses_no_card(
        base in base(),
        ours_ops in proptest::collection::vec(op(), 0..10),
        theirs_ops in proptest::collection::vec(op(), 0..10),
    ) {
        let ours = edited(&base, &ours_ops, "o");
        let theirs = edited(&base, &theirs_ops, "t");
        let merged = merge(&base, &ours, &theirs);
        let map = &merged.map;
        prop_assert!(errors(map).is_empty(), "{:?}", errors(map));

        // Every card a side added or changed is there; a card is gone only if a
        // side deleted it and the other left it as it was.
        for (side, other) in [(&ours, &theirs), (&theirs, &ours)] {
            for card in &side.cards {
                let unchanged = base.card(&card.id) == Some(card);
                let deleted_by_other = other.card(&card.id).is_none() && base.card(&card.id).is_some();
                if !(unchanged && deleted_by_other) {
                    prop_assert!(map.card(&card.id).is_some(), "card {} lost", card.id);
                }
            }
        }
        // No text appears from nowhere: each card's text is one side's.
        for card in &map.cards {
            let texts: HashSet<&str> = [&ours, &theirs]
                .iter()
                .filter_map(|m| m.card(&card.id))
                .map(|c| c.text.as_str())
                .collect();
            prop_assert!(texts.contains(card.text.as_str()));
        }

        // The conflicts survive the file format; check warns about each.
        let text = wayline_core::io::to_string(map).unwrap();
        let loaded = wayline_core::io::parse_str(&text, Path::new("merged.journey.ron")).unwrap();
        prop_assert!(&loaded.map == map, "{:#?}", wayline_core::diff::diff(map, &loaded.map));
        let warned = loaded.warnings.iter().filter(|w| w.message.contains("merge conflict")).count();
        prop_assert_eq!(warned, map.conflicts.len());

        // Either side resolves everything into a valid map; undo restores it.
        for side in [Side::Ours, Side::Theirs] {
            let mut resolved = map.clone();
            let inverse = Command::resolve_all_conflicts(&resolved, side)
                .unwrap()
                .apply(&mut resolved)
                .unwrap();
            prop_assert!(resolved.conflicts.is_empty());
            prop_assert!(errors(&resolved).is_empty(), "{:?}", errors(&resolved));
            inverse.apply(&mut resolved).unwrap();
            prop_assert!(&resolved == map, "{:#?}", wayline_core::diff::diff(map, &resolved));
        }
    }
}
