//! `wayline diff` on two versions of every template: six edits a designer makes
//! in a quarter (rename a stage, reword a card, change an emotion score, move a
//! card, delete one, add one) are listed exactly, no more and no less, by the
//! library, by `wayline diff` and by `wayline diff --format json`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use wayline::diff::{ChangeKind, diff};
use wayline::edit::Command as Edit;
use wayline::model::Slot;
use wayline::model::{Card, CardId, Details, ItemRef, LaneKind, Map};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-diff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The template, with enough cards for the edits (the empty template has none).
fn base(template: &wayline::templates::Template) -> Map {
    let mut map = template.map().unwrap();
    let plain = |m: &Map| {
        m.cards
            .iter()
            .filter(|c| !matches!(c.details, Details::Emotion { .. }))
            .count()
    };
    let mut n = 0;
    while plain(&map) < 3 {
        let lane = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Actions)
            .unwrap_or(&map.lanes[0])
            .clone();
        let stage = map.stages[n % map.stages.len()].id.clone();
        map.cards.push(
            Card::new(
                CardId(format!("card-extra-{n}")),
                lane.id,
                stage,
                "Szuka 搜索",
            )
            .with_details(Details::default_for(lane.kind)),
        );
        n += 1;
    }
    if !map
        .cards
        .iter()
        .any(|c| matches!(c.details, Details::Emotion { .. }))
    {
        let lane = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotions)
            .expect("every template has an emotion lane")
            .id
            .clone();
        let stage = map.stages[0].id.clone();
        map.cards.push(
            Card::new(CardId::new("card-extra-emotion"), lane, stage, "Ciekawość").with_details(
                Details::Emotion {
                    score: 1,
                    moment: None,
                },
            ),
        );
    }
    map
}

type Expected = BTreeSet<(String, String, Option<String>)>;

/// Applies the six edits; returns the edited map and the changes they make.
fn edit(base: &Map) -> (Map, Expected) {
    let mut map = base.clone();
    let mut expected = Expected::new();
    let mut expect = |kind: &str, item: &ItemRef, field: Option<&str>| {
        expected.insert((
            kind.to_string(),
            format!("{item:?}"),
            field.map(str::to_string),
        ));
    };

    let stage = map.stages[1 % map.stages.len()].clone();
    let mut renamed = stage.clone();
    renamed.name = "Zakup 购买 (renamed)".into();
    Edit::SetStage { stage: renamed }.apply(&mut map).unwrap();
    expect("Renamed", &ItemRef::Stage(stage.id.clone()), Some("name"));

    let plain: Vec<Card> = map
        .cards
        .iter()
        .filter(|c| !matches!(c.details, Details::Emotion { .. }))
        .cloned()
        .collect();
    // The card to delete answers nothing, so no pain point changes status.
    let deleted = plain
        .iter()
        .rev()
        .find(|c| !matches!(c.details, Details::Opportunity { .. }))
        .unwrap()
        .clone();
    let mut others = plain.iter().filter(|c| c.id != deleted.id);
    let reworded = others.next().unwrap().clone();
    let moved = others.next().unwrap().clone();

    let mut card = reworded.clone();
    card.text = "Przeczytała regulamin dwa razy — 读了两遍".into();
    Edit::SetCard { card }.apply(&mut map).unwrap();
    expect("Edited", &ItemRef::Card(reworded.id.clone()), Some("text"));

    let emotion = map
        .cards
        .iter()
        .find(|c| matches!(c.details, Details::Emotion { .. }))
        .unwrap()
        .clone();
    let mut card = emotion.clone();
    if let Details::Emotion { score, .. } = &mut card.details {
        *score = if *score < 3 { *score + 1 } else { *score - 1 };
    }
    Edit::SetCard { card }.apply(&mut map).unwrap();
    expect("Edited", &ItemRef::Card(emotion.id.clone()), Some("score"));

    let from = map.stage_index(&moved.stage).unwrap();
    let to = map.stages[(from + 1) % map.stages.len()].id.clone();
    Edit::move_card_to(
        &map,
        &moved.id,
        Slot {
            lane: moved.lane.clone(),
            stage: to,
            step: None,
        },
        None,
    )
    .unwrap()
    .apply(&mut map)
    .unwrap();
    expect("Moved", &ItemRef::Card(moved.id.clone()), Some("cell"));

    Edit::RemoveCard {
        id: deleted.id.clone(),
    }
    .apply(&mut map)
    .unwrap();
    expect("Removed", &ItemRef::Card(deleted.id.clone()), None);

    let lane = map.lanes[0].clone();
    let added = Card::new(
        CardId::new("card-added-in-q3"),
        lane.id,
        map.stages[0].id.clone(),
        "Nowa karta: dzwoni na infolinię 打电话",
    )
    .with_details(Details::default_for(lane.kind));
    Edit::AddCard {
        card: added.clone(),
        index: 0,
    }
    .apply(&mut map)
    .unwrap();
    expect("Added", &ItemRef::Card(added.id), None);
    (map, expected)
}

#[test]
fn six_edits_to_every_template_are_listed_exactly() {
    let dir = temp_dir("templates");
    for template in wayline::templates::TEMPLATES {
        let old = base(template);
        let (new, expected) = edit(&old);
        let changes = diff(&old, &new);
        let found: Expected = changes
            .iter()
            .map(|c| {
                (
                    format!("{:?}", c.kind),
                    format!("{:?}", c.item),
                    c.field.clone(),
                )
            })
            .collect();
        let listing: Vec<&str> = changes.iter().map(|c| c.description.as_str()).collect();
        assert_eq!(
            found,
            expected,
            "{}:\n{}",
            template.name,
            listing.join("\n")
        );
        assert_eq!(
            changes.len(),
            6,
            "{}:\n{}",
            template.name,
            listing.join("\n")
        );
        assert_eq!(
            changes[0].kind,
            ChangeKind::Renamed,
            "the stage comes first"
        );
        assert!(diff(&new, &new).is_empty());

        // The same through the command line, as text and as JSON.
        let (a, b) = (
            dir.join(format!("{}-q2.journey.ron", template.name)),
            dir.join(format!("{}-q3.journey.ron", template.name)),
        );
        wayline::io::save(&old, &a).unwrap();
        wayline::io::save(&new, &b).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_wayline"))
            .arg("diff")
            .args([&a, &b])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", template.name);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            stdout.lines().collect::<Vec<_>>(),
            listing,
            "{}",
            template.name
        );
        assert!(
            stdout.contains("renamed to \"Zakup 购买 (renamed)\""),
            "{stdout}"
        );
        let out = Command::new(env!("CARGO_BIN_EXE_wayline"))
            .args(["diff", "--format", "json"])
            .args([&a, &b])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let list = json["changes"].as_array().unwrap();
        assert_eq!(list.len(), 6);
        assert_eq!(list[0]["kind"], "renamed");
        assert_eq!(list[0]["item"]["kind"], "stage");
        assert_eq!(list[0]["new"], "Zakup 购买 (renamed)");
        let kinds: BTreeSet<&str> = list.iter().filter_map(|c| c["kind"].as_str()).collect();
        assert_eq!(
            kinds,
            ["added", "edited", "moved", "removed", "renamed"]
                .into_iter()
                .collect()
        );
    }
}

#[test]
fn exit_codes_follow_diff() {
    let dir = temp_dir("exit");
    let map = wayline::templates::find("current-state")
        .unwrap()
        .map()
        .unwrap();
    let a = dir.join("a.journey.ron");
    wayline::io::save(&map, &a).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_wayline"))
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let same = run(&["diff", "a.journey.ron", "a.journey.ron"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(same.stdout.is_empty());
    let json = run(&["diff", "--format", "json", "a.journey.ron", "a.journey.ron"]);
    assert_eq!(json.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["changes"].as_array().unwrap().len(), 0);

    std::fs::write(
        dir.join("bad.journey.ron"),
        "(\n    version: 1,\n    title: 12,\n",
    )
    .unwrap();
    let bad = run(&["diff", "a.journey.ron", "bad.journey.ron"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("bad.journey.ron:3:"), "{err}");
    let missing = run(&["diff", "a.journey.ron", "none.journey.ron"]);
    assert_eq!(missing.status.code(), Some(2));
}
