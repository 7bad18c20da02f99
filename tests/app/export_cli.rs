//! `wayline export` from the command line: it writes what the library writes and
//! refuses bad requests cleanly.

use std::path::PathBuf;

use crate::common::{tool, wayline};

fn dir(name: &str) -> PathBuf {
    crate::common::dir("export-cli", name)
}

#[test]
fn command_line_exports_and_refuses_bad_requests_cleanly() {
    let d = dir("cli");
    assert!(
        wayline(
            &["new", "-t", "awareness-to-advocacy", "-o", "m.journey.ron"],
            &d
        )
        .status
        .success()
    );
    let ok = wayline(
        &[
            "export",
            "m.journey.ron",
            "-o",
            "m.pdf",
            "--page",
            "a2",
            "--theme",
            "print",
        ],
        &d,
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(tool("pdfinfo", &[d.join("m.pdf").to_str().unwrap()]).contains("(A2)"));
    let ok = wayline(
        &[
            "export",
            "m.journey.ron",
            "-o",
            "m.png",
            "--background",
            "transparent",
            "--dpi",
            "36",
        ],
        &d,
    );
    assert!(ok.status.success());
    let png = image::open(d.join("m.png")).unwrap().to_rgba8();
    assert_eq!(png.get_pixel(1, 1).0[3], 0, "transparent background");

    for (args, expect) in [
        (
            vec!["export", "m.journey.ron", "-o", "m.tiff"],
            "unknown output format",
        ),
        (
            vec!["export", "m.journey.ron", "-o", "no/such/dir/m.pdf"],
            "cannot write the export",
        ),
        (
            vec![
                "export",
                "m.journey.ron",
                "-o",
                "x.pdf",
                "--page",
                "a4",
                "--scale",
                "3",
            ],
            "does not fit on the page",
        ),
        (
            vec!["export", "m.journey.ron", "-o", "x.pdf", "--split"],
            "--split needs a paper size",
        ),
        (
            vec!["export", "m.journey.ron", "-o", "x.png", "--dpi", "5000"],
            "DPI 5000 is outside",
        ),
        (
            vec!["export", "missing.journey.ron", "-o", "x.pdf"],
            "cannot read the file",
        ),
    ] {
        let out = wayline(&args, &d);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expect), "{args:?}: {err}");
    }
    let leftovers: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("x.") || n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "half-written files: {leftovers:?}");
}

#[test]
fn paper_names_are_accepted_as_printed_on_the_pack() {
    let d = dir("paper-names");
    assert!(
        wayline(&["new", "-t", "ecommerce", "-o", "m.journey.ron"], &d)
            .status
            .success()
    );
    let upper = wayline(
        &["export", "m.journey.ron", "-o", "a3.pdf", "--page", "A3"],
        &d,
    );
    assert!(
        upper.status.success(),
        "--page A3: {}",
        String::from_utf8_lossy(&upper.stderr)
    );
    assert!(tool("pdfinfo", &[d.join("a3.pdf").to_str().unwrap()]).contains("(A3)"));
    let tiled = wayline(
        &[
            "export",
            "m.journey.ron",
            "-o",
            "tiles.pdf",
            "--tile",
            "A4",
            "--poster",
            "A1",
            "--theme",
            "Print",
        ],
        &d,
    );
    assert!(
        tiled.status.success(),
        "--tile A4 --poster A1: {}",
        String::from_utf8_lossy(&tiled.stderr)
    );
    assert!(tool("pdfinfo", &[d.join("tiles.pdf").to_str().unwrap()]).contains("(A4)"));
    let wrong = wayline(
        &["export", "m.journey.ron", "-o", "x.pdf", "--page", "A7"],
        &d,
    );
    assert!(!wrong.status.success(), "an unknown paper is still refused");
}

/// Characters no bundled face has are exported (as boxes, and as themselves in
/// the PDF text), and the command line names each one and the card it is in;
/// emoji the bundled emoji face has draw and are not named.
#[test]
fn export_warns_about_each_character_no_font_has_and_names_its_card() {
    let d = dir("missing-glyphs");
    let mut map = wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    let visible: Vec<usize> = (0..map.cards.len())
        .filter(|&i| {
            let c = &map.cards[i];
            c.details.is_none() && map.lane(&c.lane).is_some_and(|l| !l.hidden)
        })
        .collect();
    let texts = ["Great 👍😀⭐", "Gothic \u{10300} letter", "שלום world"];
    let mut cells = Vec::new();
    for (&i, text) in visible.iter().zip(texts) {
        map.cards[i].text = text.to_string();
        let card = &map.cards[i];
        cells.push(map.cell_name(&card.lane, &card.stage));
    }
    wayline::io::save(&map, &d.join("m.journey.ron")).unwrap();
    let out = wayline(&["export", "m.journey.ron", "-o", "m.pdf"], &d);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    for c in ['👍', '😀', '⭐'] {
        assert!(
            !err.contains(&format!("U+{:04X}", u32::from(c))),
            "{c}: {err}"
        );
    }
    for ((text, cell), c) in texts[1..].iter().zip(&cells[1..]).zip(['\u{10300}', 'ש']) {
        let expect = format!(
            "card {text:?} ({cell}): no bundled font has {c} (U+{:04X}); it prints as a box",
            u32::from(c)
        );
        assert!(err.contains(&expect), "{expect:?} not in:\n{err}");
    }
    // Every Hebrew letter is named, not just the first.
    for c in "לום".chars() {
        assert!(
            err.contains(&format!("U+{:04X}", u32::from(c))),
            "{c}: {err}"
        );
    }
    let text: String = tool(
        "pdftotext",
        &["-raw", d.join("m.pdf").to_str().unwrap(), "-"],
    )
    .chars()
    .filter(|c| !c.is_whitespace())
    .collect();
    for t in &texts[..2] {
        let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(text.contains(&t), "{t:?} not in the PDF text");
    }
    // poppler puts right-to-left runs in visual order between bidi marks, so
    // the Hebrew word reads back reversed; each letter must still be itself.
    let hebrew: String = "שלום".chars().rev().collect();
    assert!(text.contains(&hebrew), "{hebrew:?} not in the PDF text");
    assert!(text.contains("world"));
}

#[test]
fn svg_exports_one_file_per_page_and_the_changes_as_svg() {
    let d = dir("svg");
    let made = wayline(&["new", "-t", "current-state", "-o", "m.journey.ron"], &d);
    assert!(made.status.success());
    let out = wayline(
        &[
            "export",
            "m.journey.ron",
            "-o",
            "m.svg",
            "--pain-page",
            "--svg-text",
            "outlines",
        ],
        &d,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("wrote") && stdout.contains("m-2.svg"),
        "{stdout}"
    );
    let map = std::fs::read_to_string(d.join("m-1.svg")).unwrap();
    assert!(map.starts_with("<?xml"));
    assert!(map.contains("xml:lang=\"pl\""));
    assert!(
        map.contains("<use") && !map.contains("<text"),
        "outlines, not text"
    );
    assert!(map.contains("data-kind=\"pain-points\""));

    let mut newer = wayline::io::load(&d.join("m.journey.ron")).unwrap().map;
    newer.cards[0].text = "Zmieniona karta".into();
    wayline::io::save(&newer, &d.join("n.journey.ron")).unwrap();
    let diff = wayline(
        &[
            "diff",
            "m.journey.ron",
            "n.journey.ron",
            "-o",
            "changes.svg",
        ],
        &d,
    );
    assert_eq!(diff.status.code(), Some(1), "{diff:?}");
    let marked = std::fs::read_to_string(d.join("changes-1.svg")).unwrap();
    assert!(
        marked.contains("Zmieniona karta"),
        "the changed card is text"
    );
    let list = std::fs::read_to_string(d.join("changes-2.svg")).unwrap();
    let title = wayline::export::changes::title(newer.language(), "m.journey.ron", "n.journey.ron");
    assert!(list.contains(&title), "{title} in the list page");
}
