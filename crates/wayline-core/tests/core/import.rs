//! Import from Mermaid journey diagrams and CSV card tables, and CSV export:
//! Mermaid's own examples come in with the sections, tasks and scores Mermaid
//! reads from them; every template goes to CSV and back to the same cards; bad
//! input named by file and line.

use std::path::{Path, PathBuf};

use wayline_core::import::{self, Format, ImportError, mermaid};
use wayline_core::model::{Card, Details, LaneKind, Map};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/mermaid");

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The map as the `.expected` files list it: title, description, then each
/// section and its tasks as `name | score | actors`, scores read back from the
/// emotion points.
fn outline(map: &Map) -> String {
    let esc = |s: &str| s.replace('\n', "\\n");
    let lane = |kind: LaneKind, name: &str| {
        map.lanes
            .iter()
            .find(|l| l.kind == kind && l.name == name)
            .map(|l| l.id.clone())
    };
    let (actions, who, emotions) = (
        lane(LaneKind::Actions, "Actions"),
        lane(LaneKind::Text, "Who"),
        lane(LaneKind::Emotions, "Emotions"),
    );
    let mut out = format!("title: {}\n", map.title);
    if !map.description.is_empty() {
        out += &format!("description: {}\n", esc(&map.description));
    }
    for stage in &map.stages {
        out += &format!("section: {}\n", esc(&stage.name));
        for step in &stage.steps {
            let in_lane = |lane: &Option<_>| -> Option<&Card> {
                map.cards
                    .iter()
                    .find(|c| Some(&c.lane) == lane.as_ref() && c.step.as_ref() == Some(&step.id))
            };
            let action = in_lane(&actions).map_or("?", |c| c.text.as_str());
            assert_eq!(action, step.name, "the action card names the task");
            let score = match in_lane(&emotions).map(|c| &c.details) {
                Some(Details::Emotion { score, .. }) => mermaid::score_of(*score).to_string(),
                _ => "?".to_string(),
            };
            let actors = in_lane(&who).map_or("", |c| c.text.as_str());
            out += format!("task: {} | {score} | {actors}", esc(&step.name)).trim_end();
            out.push('\n');
        }
    }
    out
}

#[test]
fn mermaid_documentation_examples_keep_their_sections_tasks_and_scores() {
    let mut checked = 0;
    for entry in std::fs::read_dir(CORPUS).unwrap() {
        // Each example is a diagram (.mmd) or a Markdown page (.md) beside what
        // Mermaid reads from it (.expected).
        let expected_path = entry.unwrap().path();
        if expected_path.extension().and_then(|e| e.to_str()) != Some("expected") {
            continue;
        }
        let path = ["mmd", "md"]
            .map(|ext| expected_path.with_extension(ext))
            .into_iter()
            .find(|p| p.exists())
            .unwrap();
        let imported =
            import::import_file(&path, None).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        assert_eq!(outline(&imported.map), expected, "{}", path.display());
        // Every task is one point on the curve, in order.
        let emotions = imported
            .map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotions)
            .unwrap();
        let steps: usize = imported.map.stages.iter().map(|s| s.steps.len()).sum();
        assert_eq!(imported.map.emotion_points(&emotions.id).len(), steps);
        checked += 1;
    }
    assert_eq!(checked, 8, "all corpus diagrams were read");
}

#[test]
fn a_bad_mermaid_line_is_reported_with_file_and_line() {
    let dir = temp_dir("bad-mermaid");
    let file = dir.join("trip.mmd");
    std::fs::write(
        &file,
        "journey\n  title Trip\n  section Book\n    Pick a seat: 4: Me\n    Pay: five: Me\n",
    )
    .unwrap();
    let e = import::import_file(&file, None).unwrap_err();
    assert_eq!(e.line(), Some(5));
    let message = e.to_string();
    assert!(
        message.starts_with(&format!("{}:5:10: ", file.display()))
            && message.contains("from 1 to 5")
            && message.contains("five"),
        "{message}"
    );
}

#[test]
fn every_template_goes_to_csv_and_back_to_the_same_cards() {
    for template in wayline_core::templates::TEMPLATES {
        let map = template.map().unwrap();
        let csv = wayline_core::export::csv::to_csv(&map);
        assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
        let back = import::import_bytes(
            csv.as_bytes(),
            Format::Csv,
            Path::new(&format!("{}.csv", template.name)),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", template.name))
        .map;
        assert_eq!(back.title, template.name);
        assert_eq!(back.stages.len(), map.stages.len(), "{}", template.name);
        for (a, b) in map.stages.iter().zip(&back.stages) {
            assert_eq!((&a.id, &a.name, &a.steps), (&b.id, &b.name, &b.steps));
        }
        assert_eq!(back.lanes, map.lanes, "{}", template.name);
        // The same cards in the same order (so the emotion curve and every cell too).
        assert_eq!(back.cards, map.cards, "{}", template.name);
        // And a second trip writes the very same table.
        assert_eq!(
            wayline_core::export::csv::to_csv(&back),
            csv,
            "{}",
            template.name
        );
    }
}

#[test]
fn typed_fields_and_chinese_polish_text_survive_the_round_trip() {
    let map = wayline_core::templates::find("current-state")
        .unwrap()
        .map()
        .unwrap();
    let kinds: std::collections::HashSet<_> = map
        .cards
        .iter()
        .map(|c| std::mem::discriminant(&c.details))
        .collect();
    assert!(kinds.len() >= 5, "the template has many typed cards");
    assert!(
        map.cards
            .iter()
            .any(|c| c.text.contains(['ą', 'ę', 'ł', 'ż', 'ś']))
    );
    let chinese = wayline_core::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    let csv = wayline_core::export::csv::to_csv(&chinese);
    assert!(csv.contains("痛点"), "lane names in Chinese");
    let back = import::import_bytes(csv.as_bytes(), Format::Csv, Path::new("x.csv"))
        .unwrap()
        .map;
    assert!(back.cards.iter().any(|c| {
        c.text
            .chars()
            .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
    }));
}

#[test]
fn a_csv_as_excel_writes_it_imports() {
    // BOM, CRLF, a quoted cell with a line break and quotes, a blank row, columns
    // in another order and a lane kind guessed from its name.
    let text = "\u{feff}Text,Lane,Stage,Score,Type\r\n\"Szukam \"\"najtańszej\"\" dostawy,\r\nporównuję ceny\",Działania,Zakup,,\r\n,,,,\r\n付款失败,情绪,Zakup,-2,\r\n";
    let dir = temp_dir("excel");
    let file = dir.join("arkusz.csv");
    std::fs::write(&file, text).unwrap();
    let map = import::import_file(&file, None).unwrap().map;
    assert_eq!(map.title, "arkusz");
    assert_eq!(map.stages.len(), 1);
    assert_eq!(map.lanes[0].kind, LaneKind::Actions);
    assert_eq!(map.lanes[1].kind, LaneKind::Emotions);
    assert_eq!(
        map.cards[0].text,
        "Szukam \"najtańszej\" dostawy,\nporównuję ceny"
    );
    assert_eq!(
        map.cards[1].details,
        Details::Emotion {
            score: -2,
            moment: None
        }
    );
    // Same file, same ids: re-importing gives the same map.
    assert_eq!(import::import_file(&file, None).unwrap().map, map);
}

#[test]
fn a_bad_csv_cell_is_reported_with_row_and_column() {
    let dir = temp_dir("bad-csv");
    let file = dir.join("cards.csv");
    std::fs::write(
        &file,
        "stage,lane,lane_kind,text,severity\nA,Problems,Pain points,\"two\nlines\",High\nB,Problems,,Slow,Urgent\n",
    )
    .unwrap();
    let e = import::import_file(&file, None).unwrap_err();
    assert!(matches!(e, ImportError::Syntax { line: 4, .. }), "{e}");
    let message = e.to_string();
    assert!(
        message.contains("row 3, column E (severity)") && message.contains("Urgent"),
        "{message}"
    );
    std::fs::write(&file, b"stage,lane,text\nZakup,Dzia\xb3ania,x\n").unwrap();
    let e = import::import_file(&file, None).unwrap_err().to_string();
    assert!(e.contains(":2:") && e.contains("UTF-8"), "{e}");
}

/// OWASP CSV injection: a text a spreadsheet would run as a formula is written
/// with a single quote in front, in a quoted cell, and reads back as it was;
/// a quote the user typed stays.
#[test]
fn csv_export_neutralises_formulas_and_import_reads_the_text_back() {
    let mut map = wayline_core::generate::map(2, 0, 1);
    let texts = [
        "=HYPERLINK(\"http://evil\",\"x\")",
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\tcmd",
        "\r=1",
        "'=already quoted",
        "''+two quotes",
        "'hello",
        "plain = text",
    ];
    let (lane, stage) = (map.lanes[0].id.clone(), map.stages[0].id.clone());
    for (i, text) in texts.iter().enumerate() {
        map.cards.push(wayline_core::model::Card::new(
            wayline_core::model::CardId(format!("c{i}")),
            lane.clone(),
            stage.clone(),
            *text,
        ));
    }
    map.lanes[0].name = "=lane".into();
    let csv = wayline_core::export::csv::to_csv(&map);
    let rows = wayline_core::csvio::rfc4180::parse(&csv[3..], ',').unwrap();
    let text_column = 5;
    let written: Vec<&str> = rows[rows.len() - texts.len()..]
        .iter()
        .map(|r| r.cells[text_column].as_str())
        .collect();
    assert_eq!(
        written,
        [
            "'=HYPERLINK(\"http://evil\",\"x\")",
            "'+1+2",
            "'-2+3",
            "'@SUM(A1)",
            "'\tcmd",
            "'\r=1",
            "''=already quoted",
            "'''+two quotes",
            "'hello",
            "plain = text",
        ]
    );
    assert!(
        csv.contains("\"'@SUM(A1)\""),
        "neutralised cells are quoted"
    );
    for line in csv.lines() {
        for cell in line.split(',') {
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "a cell starts as a formula: {line}"
            );
        }
    }
    let back = wayline_core::import::import_bytes(
        csv.as_bytes(),
        wayline_core::import::Format::Csv,
        Path::new("x.csv"),
    )
    .unwrap()
    .map;
    let read: Vec<&str> = back.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(read[read.len() - texts.len()..], texts);
    assert_eq!(back.lanes[0].name, "=lane");
}

/// Rows written with another delimiter than the header, or a byte-order mark
/// in the middle of the file, are refused with their row and line instead of
/// becoming stage names and look-alike stages while the cards are dropped.
#[test]
fn mixed_delimiters_and_a_bom_inside_the_file_are_refused_with_the_row() {
    let import = |text: &str| {
        import::import_bytes(text.as_bytes(), Format::Csv, Path::new("t.csv"))
            .map(|i| i.map)
            .map_err(|e| e.to_string())
    };
    let ok = import("stage,lane,text\nBuy,Actions,Pays; then leaves\n").unwrap();
    assert_eq!(ok.cards.len(), 1);
    let err = import("stage,lane,text\nBuy,Actions,Pays\nLeave;Actions;Goes\n").unwrap_err();
    assert!(
        err.contains("t.csv:3: row 3: the row has no commas but has semicolons"),
        "{err}"
    );
    let err = import("stage,lane,text\nLeave;Actions;Goes, then waves\n").unwrap_err();
    assert!(
        err.contains(":2: row 2: the row has too few commas but has semicolons"),
        "{err}"
    );
    let err = import("stage;lane;text\nBuy\tActions\tPays\n").unwrap_err();
    assert!(
        err.contains(":2: row 2: the row has no semicolons but has tabs"),
        "{err}"
    );
    let joined = "\u{feff}stage,lane,text\nBuy,Actions,Pays\n\u{feff}Buy,Actions,Again\n";
    let err = import(joined).unwrap_err();
    assert!(
        err.contains(":3: row 3, column A: the cell holds a byte-order mark"),
        "{err}"
    );
}

/// An import over a limit names the line and row (and column) where it is,
/// not just "a card's text is … long".
#[test]
fn import_limit_errors_name_the_line_and_row() {
    use wayline_core::model::MAX_TEXT_CHARS;
    let import = |text: &str, format: Format| {
        import::import_bytes(text.as_bytes(), format, Path::new("t"))
            .map(|i| i.map)
            .map_err(|e| e.to_string())
    };
    let long = "y".repeat(MAX_TEXT_CHARS + 1);
    let csv = format!("stage,lane,text,owner\nBuy,Actions,ok,\nBuy,Tasks,ok,{long}\n");
    let err = import(&csv, Format::Csv).unwrap_err();
    assert!(
        err.contains("t:3: row 3, column D (owner): the cell is 20001 characters long"),
        "{err}"
    );
    let csv = "stage,lane,text,id\nBuy,Actions,ok,bad\u{202e}id\n";
    let err = import(csv, Format::Csv).unwrap_err();
    assert!(
        err.contains(
            "t:2: row 2, column D (id): id \"bad\\u{202e}id\" contains the character U+202E"
        ),
        "{err}"
    );
    let mut csv = String::from("stage,lane,text\n");
    for i in 0..=wayline_core::model::MAX_STAGES {
        csv.push_str(&format!("S{i},L,x\n"));
    }
    let err = import(&csv, Format::Csv).unwrap_err();
    assert!(
        err.contains("t:1002: row 1002, column A (stage): this row makes 1001 stages"),
        "{err}"
    );
    let mermaid = format!("journey\n  title T\n  section S\n    {long}: 5: Me\n");
    let err = import(&mermaid, Format::Mermaid).unwrap_err();
    assert!(
        err.contains("t:4: the line is 20008 characters long"),
        "{err}"
    );
}
