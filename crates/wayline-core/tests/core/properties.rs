//! Properties over random input: any map round-trips through the file format
//! unchanged, and no damaged file makes the loader panic.
//!
//! CI runs a few thousand cases. The long run (100 000 loader cases) is:
//! `PROPTEST_CASES=100000 cargo test --release --test properties`.

use std::path::Path;

use proptest::prelude::*;
use wayline_core::model::*;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Text as users write it, plus what breaks naive writers: quotes, backslashes,
/// newlines, `r#"`, emoji and control characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,20}",
        "[żółćęśąźńŁ客户旅程痛点机会，。“”]{0,12}",
        any::<String>(),
        Just("r#\"quoted\"# \\ \n\t end".to_string()),
    ]
}

fn details(pains: Vec<CardId>) -> impl Strategy<Value = Details> {
    let finite = prop_oneof![Just(None), (-1.0e9..1.0e9f64).prop_map(Some)];
    prop_oneof![
        Just(Details::None),
        (text(), 0..3usize, proptest::option::of(1u8..=5)).prop_map(
            |(channel, p, satisfaction)| Details::Touchpoint {
                channel,
                presence: [Presence::Online, Presence::Offline, Presence::Both][p],
                satisfaction
            }
        ),
        (0..4usize, 0..4usize).prop_map(|(c, s)| Details::Pain {
            category: PainCategory::ALL[c],
            severity: [
                Severity::Low,
                Severity::Medium,
                Severity::High,
                Severity::Critical
            ][s]
        }),
        (
            text(),
            0..3usize,
            0..5usize,
            proptest::sample::subsequence(pains.clone(), 0..=pains.len())
        )
            .prop_map(|(owner, p, s, answers)| {
                Details::Opportunity {
                    owner,
                    priority: [Priority::Low, Priority::Medium, Priority::High][p],
                    status: [
                        Status::Idea,
                        Status::Planned,
                        Status::InProgress,
                        Status::Done,
                        Status::Dropped,
                    ][s],
                    answers,
                }
            }),
        (-3i8..=3, proptest::option::of(0..4usize)).prop_map(|(score, m)| Details::Emotion {
            score,
            moment: m.map(|m| [
                MomentOfTruth::Discovery,
                MomentOfTruth::Purchase,
                MomentOfTruth::Experience,
                MomentOfTruth::Loyalty
            ][m])
        }),
        text().prop_map(|owner| Details::Task { owner }),
        (finite.clone(), finite, text()).prop_map(|(value, target, unit)| Details::Metric {
            value,
            target,
            unit
        }),
    ]
}

fn map() -> impl Strategy<Value = Map> {
    (
        text(),
        proptest::collection::vec((text(), text(), proptest::option::of(0.0f32..100.0)), 1..6),
        proptest::collection::vec((text(), 0..12usize, any::<bool>()), 1..6),
        0..40usize,
        any::<u64>(),
    )
        .prop_flat_map(|(title, stages, lanes, n_cards, seed)| {
            let pains: Vec<CardId> = (0..n_cards)
                .filter(|i| i % 3 == 0)
                .map(|i| CardId(format!("card-{i}")))
                .collect();
            let cards = proptest::collection::vec(
                (
                    text(),
                    details(pains),
                    proptest::option::of(any::<[u8; 3]>()),
                    proptest::option::of(0..10usize),
                ),
                n_cards,
            );
            (Just((title, stages, lanes, seed)), cards)
        })
        .prop_map(|((title, stages, lanes, seed), cards)| {
            let mut map = Map::new(title);
            map.stages = stages
                .into_iter()
                .enumerate()
                .map(|(i, (name, description, drop))| {
                    let mut s = Stage::new(StageId(format!("stage-{i}")), name);
                    s.description = description;
                    s.drop_off = drop;
                    s.kpis.push(Kpi {
                        name: "K".into(),
                        value: Some(seed as f64 / 7.0),
                        target: None,
                        unit: "%".into(),
                    });
                    s
                })
                .collect();
            map.lanes = lanes
                .into_iter()
                .enumerate()
                .map(|(i, (name, kind, hidden))| Lane {
                    id: LaneId(format!("lane-{i}")),
                    name,
                    kind: LaneKind::ALL[kind],
                    hidden,
                })
                .collect();
            map.cards = cards
                .into_iter()
                .enumerate()
                .map(|(i, (text, details, color, icon))| {
                    let mut c = Card::new(
                        CardId(format!("card-{i}")),
                        map.lanes[i % map.lanes.len()].id.clone(),
                        map.stages[i % map.stages.len()].id.clone(),
                        text,
                    )
                    .with_details(details);
                    c.color = color.map(Color);
                    c.icon = icon.map(|k| Icon::ALL[k]);
                    c
                })
                .collect();
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(300)))]

    #[test]
    fn any_map_round_trips_through_the_file_format(map in map()) {
        let text = wayline_core::io::to_string(&map).unwrap();
        // Validation may warn (an opportunity answering a non-pain card), never refuse.
        let back = ron_back(&text);
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(wayline_core::io::to_string(&back).unwrap(), text, "saving again gives the same bytes");
    }
}

fn ron_back(text: &str) -> Map {
    match wayline_core::io::parse_str(text, Path::new("prop")) {
        Ok(loaded) => loaded.map,
        Err(e) => panic!("{e}\n{text}"),
    }
}

/// One damage to a file: flip, delete, insert, duplicate a span, or cut.
#[derive(Clone, Debug)]
enum Damage {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Repeat(usize, usize),
    Cut(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Damage::Flip(at, b)),
        (any::<usize>(), 0..64usize).prop_map(|(at, n)| Damage::Delete(at, n)),
        (
            any::<usize>(),
            proptest::collection::vec(
                prop_oneof![any::<u8>(), Just(b'('), Just(b'['), Just(b'"'), Just(b':')],
                0..32
            )
        )
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        (any::<usize>(), 0..200usize).prop_map(|(at, n)| Damage::Repeat(at, n)),
        any::<usize>().prop_map(Damage::Cut),
    ]
}

fn apply(bytes: &mut Vec<u8>, d: &Damage) {
    let len = bytes.len().max(1);
    match d {
        Damage::Flip(at, b) => {
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] ^= b;
            }
        }
        Damage::Delete(at, n) => {
            let i = at % len;
            let end = (i + n).min(bytes.len());
            if i < end {
                bytes.drain(i..end);
            }
        }
        Damage::Insert(at, new) => {
            let i = (at % len).min(bytes.len());
            bytes.splice(i..i, new.iter().copied());
        }
        Damage::Repeat(at, n) => {
            let i = at % len;
            let end = (i + n).min(bytes.len());
            if i < end {
                let span = bytes[i..end].to_vec();
                bytes.splice(i..i, span);
            }
        }
        Damage::Cut(at) => bytes.truncate(at % len),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(3000)))]

    #[test]
    fn damaged_files_never_panic_the_loader(template in 0..wayline_core::templates::TEMPLATES.len(), damages in proptest::collection::vec(damage(), 1..6)) {
        let map = wayline_core::templates::TEMPLATES[template].map().unwrap();
        let mut bytes = wayline_core::io::to_string(&map).unwrap().into_bytes();
        for d in &damages {
            apply(&mut bytes, d);
        }
        match wayline_core::io::parse_bytes(&bytes, Path::new("damaged.journey.ron")) {
            Ok(loaded) => {
                // Whatever loads must also lay out and save: save's checks
                // (limits, ids, size) accept everything load accepts.
                let _ = wayline_core::layout::layout(&loaded.map, &Default::default(), &Default::default());
                prop_assert!(wayline_core::io::to_string(&loaded.map).is_ok());
                let checked = wayline_core::io::to_checked_string(&loaded.map, Path::new("again"));
                prop_assert!(checked.is_ok(), "{:?}", checked.err());
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(300)))]

    /// Cards, stage and lane names and ids come back from CSV as they were (a
    /// line break written CRLF inside a cell is read as LF, as Wayline writes
    /// line breaks).
    #[test]
    fn any_maps_cards_round_trip_through_csv(map in map()) {
        let csv = wayline_core::export::csv::to_csv(&map);
        let back = match wayline_core::import::import_bytes(csv.as_bytes(), wayline_core::import::Format::Csv, Path::new("prop.csv")) {
            Ok(imported) => imported.map,
            Err(e) => panic!("{e}\n{csv}"),
        };
        let lf = |s: &str| s.replace("\r\n", "\n");
        let mut expected = map.cards.clone();
        for card in &mut expected {
            card.text = lf(&card.text);
            match &mut card.details {
                Details::Touchpoint { channel: t, .. }
                | Details::Opportunity { owner: t, .. }
                | Details::Task { owner: t }
                | Details::Metric { unit: t, .. } => *t = lf(t),
                _ => {}
            }
        }
        prop_assert_eq!(&back.cards, &expected);
        let stages = |m: &Map| m.stages.iter().map(|s| (s.id.clone(), lf(&s.name))).collect::<Vec<_>>();
        prop_assert_eq!(stages(&back), stages(&map));
        let lanes = |m: &Map| m.lanes.iter().map(|l| (l.id.clone(), lf(&l.name), l.kind)).collect::<Vec<_>>();
        prop_assert_eq!(lanes(&back), lanes(&map));
    }

    /// Damaged CSV tables and Mermaid diagrams give an error, never a panic.
    #[test]
    fn damaged_imports_never_panic(template in 0..wayline_core::templates::TEMPLATES.len(), damages in proptest::collection::vec(damage(), 1..6), mermaid in any::<bool>()) {
        let (mut bytes, format) = if mermaid {
            (b"---\ntitle: x\n---\njourney\n  title T\n  accDescr {\n a\n }\n  section S<br/>2\n    A: 5: Me, You %% c\n    B: 1:\n".to_vec(), wayline_core::import::Format::Mermaid)
        } else {
            let map = wayline_core::templates::TEMPLATES[template].map().unwrap();
            (wayline_core::export::csv::to_csv(&map).into_bytes(), wayline_core::import::Format::Csv)
        };
        for d in &damages {
            apply(&mut bytes, d);
        }
        match wayline_core::import::import_bytes(&bytes, format, Path::new("damaged")) {
            Ok(imported) => {
                let checked = wayline_core::io::to_checked_string(&imported.map, Path::new("imported"));
                prop_assert!(checked.is_ok(), "an import produced a map save refuses: {:?}", checked.err());
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

/// Ids as hostile files carry them: control characters, bidi overrides,
/// newlines, spaces, quotes, and lengths around the limit.
fn hostile_id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9._-]{1,64}",
        "[a-zA-Z0-9._-]{60,70}",
        "[a-z]{0,5}[\\x00-\\x1f\\x7f\\u{202a}-\\u{202e}\\u{2066}-\\u{2069} \"\\\\/:ż]{1,3}[a-z]{0,5}",
        any::<String>(),
    ]
}

/// Texts around the length limit.
fn long_text() -> impl Strategy<Value = String> {
    (
        MAX_TEXT_CHARS - 2..MAX_TEXT_CHARS + 3,
        prop_oneof![Just('x'), Just('ż'), Just('\u{1}')],
    )
        .prop_map(|(n, c)| std::iter::repeat_n(c, n).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(300)))]

    /// One set of limits: a map with a hostile id or a text around the limit is
    /// either refused by save or written and read back unchanged; load never
    /// refuses what save wrote, and save never writes what load refuses.
    #[test]
    fn save_writes_exactly_the_maps_load_reads(map in map(), id in hostile_id(), long in long_text(), which in 0..6usize) {
        let mut map = map;
        match which {
            0 => {
                let id = StageId(id);
                for c in &mut map.cards {
                    if c.stage == map.stages[0].id {
                        c.stage = id.clone();
                    }
                }
                map.stages[0].id = id;
            }
            1 => {
                let id = LaneId(id);
                for c in &mut map.cards {
                    if c.lane == map.lanes[0].id {
                        c.lane = id.clone();
                    }
                }
                map.lanes[0].id = id;
            }
            2 => map.lanes[0].name = long,
            3 => map.persona.needs.push(long),
            4 => map.stages[0].insights.push(long),
            _ => map.persona.demographics.push(Fact { label: id, value: long }),
        }
        let text = wayline_core::io::to_string(&map).unwrap();
        let saved = wayline_core::io::to_checked_string(&map, Path::new("prop"));
        let loaded = wayline_core::io::parse_str(&text, Path::new("prop"));
        match (&saved, &loaded) {
            (Ok(saved), Ok(loaded)) => {
                prop_assert_eq!(saved, &text);
                prop_assert_eq!(&loaded.map, &map);
            }
            (Err(_), Err(_)) => {}
            (Ok(_), Err(e)) => prop_assert!(false, "save wrote a map load refuses: {}", e),
            (Err(e), Ok(_)) => prop_assert!(false, "save refused a map load reads: {}", e),
        }
    }
}
