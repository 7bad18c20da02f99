//! Printing for workshops, checked as a user would: tiled posters, slide decks,
//! workshop mode and the small-text warning, through the command line, with the
//! PDFs read back by pdfinfo, pdftotext and pdftoppm.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use wayline::export::{self, ExportOptions, MM, PageSize, Tiling};
use wayline::model::Map;

use crate::common::{field, tool};

fn dir(name: &str) -> PathBuf {
    crate::common::dir("print", name)
}

fn wayline(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wayline"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A template written to `d` the way a user would make one.
fn new_map(d: &Path, template: &str) -> (PathBuf, Map) {
    let file = d.join(format!("{template}.journey.ron"));
    let out = wayline(
        &["new", "--template", template, "-o", file.to_str().unwrap()],
        d,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let map = wayline::io::load(&file).unwrap().map;
    (file, map)
}

fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    tool(
        "pdftotext",
        &["-f", &n, "-l", &n, "-raw", pdf.to_str().unwrap(), "-"],
    )
}

#[test]
fn an_a1_poster_tiled_over_a4_has_the_expected_sheets_labels_and_crop_marks() {
    let d = dir("tiles");
    let (file, map) = new_map(&d, "ecommerce");
    let out = wayline(
        &[
            "export",
            file.to_str().unwrap(),
            "-o",
            "wall.pdf",
            "--tile",
            "a4",
            "--poster",
            "a1",
        ],
        &d,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // An A1 poster prints at a readable size: no warning.
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));

    // The expected count, worked out here from the poster and sheet sizes.
    let scene = wayline::layout::layout(
        &map,
        &wayline::layout::Theme::light(),
        &wayline::layout::Options::default(),
    );
    let (w, h) = (scene.width, scene.height);
    let (poster_w, poster_h) = if w > h {
        (821.0, 574.0)
    } else {
        (574.0, 821.0)
    };
    let scale = (poster_w * MM / w).min(poster_h * MM / h);
    let (mm_w, mm_h) = (w * scale / MM, h * scale / MM);
    // A4 less 10 mm margins on both sides less the 10 mm overlap.
    let sheets = |cw: f32, ch: f32| ((mm_w / cw).ceil() * (mm_h / ch).ceil()) as usize;
    let portrait = sheets(180.0, 267.0);
    let landscape = sheets(267.0, 180.0);
    let expected = portrait.min(landscape);

    let pdf = d.join("wall.pdf");
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert_eq!(field(&info, "Pages"), expected.to_string());
    let size = if portrait <= landscape {
        "595.276 x 841.89 pts (A4)"
    } else {
        "841.89 x 595.276 pts (A4)"
    };
    assert_eq!(field(&info, "Page size"), size);
    let grid = wayline::export::tile_grid(
        w,
        h,
        &ExportOptions {
            page: PageSize::A1,
            ..ExportOptions::default()
        },
        &Tiling {
            paper: PageSize::A4,
            overlap_mm: 10.0,
        },
    )
    .unwrap();
    assert_eq!(grid.count(), expected);
    for page in 1..=expected {
        let text = page_text(&pdf, page);
        let (row, column) = ((page - 1) / grid.columns, (page - 1) % grid.columns);
        // The sheet's label in the map's own language, up to its first " · ".
        let label = wayline::i18n::tr(
            map.language(),
            "sheet-label",
            &[
                (
                    "sheet",
                    wayline::export::sheet_name(row, column).as_str().into(),
                ),
                ("row", (row + 1).into()),
                ("column", (column + 1).into()),
                ("title", "".into()),
                ("number", page.into()),
                ("total", expected.into()),
            ],
        );
        let name = label.split('·').next().unwrap().trim().to_string();
        assert!(
            text.contains(&name),
            "page {page}: {name:?} missing:\n{text}"
        );
        let count = label.rsplit('·').next().unwrap().trim();
        assert!(text.contains(count), "page {page}: {count:?} missing");
        assert!(text.contains(&map.title), "page {page}: title missing");
    }

    // Crop marks on the first sheet: dark pixels in line with the trim lines,
    // in the margin; paper white beside them.
    let png = d.join("sheet");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "144",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
    let image = image::open(d.join("sheet.png")).unwrap().to_rgba8();
    let px = |pt: f32| (pt * 2.0).round() as u32;
    let trim = grid.trim_on_sheet();
    // A 0.5 pt line is one anti-aliased pixel at 144 DPI: look at the neighbours.
    let dark = |x: u32, y: u32| {
        (x.saturating_sub(1)..=x + 1)
            .any(|x| (y.saturating_sub(1)..=y + 1).any(|y| image.get_pixel(x, y).0[0] < 160))
    };
    // Halfway along the mark above the top-left trim corner, and left of it.
    let above = px(grid.margin - 2.0 - 3.0 * MM);
    assert!(
        dark(px(trim.x), above),
        "no crop mark above the trim corner"
    );
    assert!(
        dark(px(trim.right()), above),
        "no crop mark above the top-right trim corner"
    );
    let left = px(grid.margin - 2.0 - 3.0 * MM);
    assert!(
        dark(left, px(trim.y)),
        "no crop mark left of the trim corner"
    );
    assert!(
        dark(left, px(trim.bottom())),
        "no crop mark at the bottom-left trim corner"
    );
    assert!(
        !dark(px(trim.x) + 12, above),
        "the margin beside the mark is not blank"
    );
}

#[test]
fn tiled_png_export_writes_one_numbered_file_per_sheet() {
    let d = dir("tiles-png");
    let (file, _) = new_map(&d, "ecommerce");
    let out = wayline(
        &[
            "export",
            file.to_str().unwrap(),
            "-o",
            "wall.png",
            "--tile",
            "letter",
            "--poster",
            "a2",
            "--overlap",
            "15",
            "--dpi",
            "36",
        ],
        &d,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let n: usize = stdout
        .lines()
        .find_map(|l| l.strip_suffix(" pages"))
        .unwrap()
        .parse()
        .unwrap();
    assert!(n > 1);
    for i in 1..=n {
        let image = image::open(d.join(format!("wall-{i}.png"))).unwrap();
        // Letter at 36 DPI: 8.5 × 11 in, either way round.
        let dims = (image.width(), image.height());
        assert!(dims == (306, 396) || dims == (396, 306), "{dims:?}");
    }
    assert!(!d.join(format!("wall-{}.png", n + 1)).exists());
}

#[test]
fn slides_have_an_overview_then_each_stages_16_by_9_slides_in_order() {
    let d = dir("slides");
    let (file, map) = new_map(&d, "ecommerce");
    let out = wayline(
        &[
            "export",
            file.to_str().unwrap(),
            "-o",
            "deck.pdf",
            "--slides",
        ],
        &d,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = d.join("deck.pdf");
    let info = tool("pdfinfo", &["-f", "1", "-l", "99", pdf.to_str().unwrap()]);
    let pages: usize = field(&info, "Pages").parse().unwrap();
    let stages = map.stages.len();
    // Every stage of the sample has cards; each takes one slide or more.
    assert!(pages > stages, "{pages} pages");
    for page in 1..=pages {
        let size = field(&info, &format!("Page {page:>4} size"));
        assert_eq!(size, "960 x 540 pts", "page {page}");
    }
    assert!((960.0_f32 / 540.0 - 16.0 / 9.0).abs() < 1e-6);
    // Stage slides are for reading from the back: bigger text than the
    // overview summary, which is itself 14 pt or more.
    let options = ExportOptions {
        slides: true,
        ..ExportOptions::default()
    };
    let planned = export::plan(&map, None, &options).unwrap();
    assert_eq!(planned.len(), pages);
    let smallest = |i: usize| export::smallest_printed_text(&planned[i..=i]).unwrap().0;
    assert!(smallest(0) >= 14.0 - 0.01, "overview at {} pt", smallest(0));
    for i in 1..pages {
        assert!(
            smallest(i) >= 18.0 - 0.01,
            "slide {}: {} pt",
            i + 1,
            smallest(i)
        );
    }
    let overview = page_text(&pdf, 1);
    assert!(overview.contains(&map.title));
    for stage in &map.stages {
        assert!(
            overview.contains(&stage.name),
            "overview lacks {}",
            stage.name
        );
    }
    // Then the stages in order, each slide titled with its stage and number,
    // showing that stage's cards and no other stage's.
    let mut seen = 0;
    for page in 2..=pages {
        let text = page_text(&pdf, page);
        let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let (i, stage) = map
            .stages
            .iter()
            .enumerate()
            .find(|(i, s)| {
                squashed.starts_with(&s.name.replace(' ', ""))
                    && squashed.contains(&format!("{}/{stages}", i + 1))
            })
            .unwrap_or_else(|| panic!("slide {page} names no stage: {text}"));
        assert!(i + 1 >= seen, "slide {page}: stage {} after {seen}", i + 1);
        seen = i + 1;
        for card in map.cards.iter().filter(|c| c.stage != stage.id) {
            let lane = map.lane(&card.lane).unwrap();
            if lane.kind == wayline::model::LaneKind::Emotions || card.text.chars().count() < 6 {
                continue;
            }
            let t: String = card.text.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(!squashed.contains(&t), "slide {page}: card {:?}", card.text);
        }
    }
    assert_eq!(seen, stages);
}

#[test]
fn workshop_mode_adds_a_blank_notes_lane_and_room_in_every_cell() {
    let d = dir("workshop");
    let (file, map) = new_map(&d, "ecommerce");
    for (flag, out) in [(None, "plain.pdf"), (Some("--workshop"), "wall.pdf")] {
        let mut args = vec!["export", file.to_str().unwrap(), "-o", out, "--page", "a0"];
        args.extend(flag);
        let run = wayline(&args, &d);
        assert!(run.status.success(), "{}", stderr(&run));
    }
    let plain = tool("pdftotext", &[d.join("plain.pdf").to_str().unwrap(), "-"]);
    let wall = tool("pdftotext", &[d.join("wall.pdf").to_str().unwrap(), "-"]);
    // The ecommerce template is Chinese: the notes lane is named in Chinese
    // (a card already mentions a 笔记本电脑, a laptop).
    assert_eq!(
        wall.matches("笔记").count(),
        plain.matches("笔记").count() + 1,
        "{wall}"
    );

    let options = |workshop| ExportOptions {
        page: PageSize::A0,
        workshop,
        ..ExportOptions::default()
    };
    let plain = &export::plan(&map, None, &options(false)).unwrap()[0];
    let wall = &export::plan(&map, None, &options(true)).unwrap()[0];
    assert!(wall.scene.height > plain.scene.height + 200.0);
    let dashed = |scene: &wayline::scene::Scene| {
        scene
            .items
            .iter()
            .filter(|i| {
                matches!(i, wayline::scene::Item::Box(b)
                    if b.fill.is_none() && b.stroke.is_some_and(|s| s.dash.is_some()))
            })
            .count()
    };
    let card_lanes = map
        .lanes
        .iter()
        .filter(|l| !l.hidden && l.kind != wayline::model::LaneKind::Emotions)
        .count();
    assert_eq!(
        dashed(&wall.scene) - dashed(&plain.scene),
        card_lanes * map.stages.len()
    );
}

#[test]
fn workshop_warns_when_sticky_spaces_print_smaller_than_a_note() {
    let d = dir("sticky");
    let (file, _) = new_map(&d, "ecommerce");
    let f = file.to_str().unwrap();
    let a1 = wayline(
        &["export", f, "-o", "a1.pdf", "--page", "a1", "--workshop"],
        &d,
    );
    assert!(a1.status.success(), "{}", stderr(&a1));
    assert!(
        stderr(&a1).contains("sticky-note spaces print") && stderr(&a1).contains("76 mm note"),
        "{}",
        stderr(&a1)
    );
    // At full size, tiled over A4, the spaces are a full 76 mm note.
    let full = wayline(
        &[
            "export",
            f,
            "-o",
            "wall.pdf",
            "--tile",
            "a4",
            "--page",
            "fit",
            "--scale",
            "1",
            "--workshop",
        ],
        &d,
    );
    assert!(full.status.success(), "{}", stderr(&full));
    assert_eq!(stderr(&full), "");
}

#[test]
fn small_text_warns_on_a4_but_not_on_a1() {
    let d = dir("readable");
    let (file, _) = new_map(&d, "ecommerce");
    // Shrunk onto one sheet on request (by default it spreads over pages).
    let a4 = wayline(
        &[
            "export",
            file.to_str().unwrap(),
            "-o",
            "a4.pdf",
            "--page",
            "a4",
            "--one-page",
        ],
        &d,
    );
    assert!(a4.status.success(), "{}", stderr(&a4));
    let warning = stderr(&a4);
    assert!(
        warning.starts_with("warning: the smallest text prints at "),
        "{warning}"
    );
    assert!(warning.contains("below the readable 9 pt"), "{warning}");
    assert!(warning.contains("--tile a4 --poster a1"), "{warning}");
    let a1 = wayline(
        &[
            "export",
            file.to_str().unwrap(),
            "-o",
            "a1.pdf",
            "--page",
            "a1",
        ],
        &d,
    );
    assert!(a1.status.success(), "{}", stderr(&a1));
    assert!(
        !stderr(&a1).contains("below the readable"),
        "{}",
        stderr(&a1)
    );
    let spread = wayline(
        &[
            "export",
            file.to_str().unwrap(),
            "-o",
            "a3.pdf",
            "--page",
            "A3",
        ],
        &d,
    );
    assert!(spread.status.success(), "{}", stderr(&spread));
    assert!(
        stderr(&spread).starts_with("warning: spread over ")
            && stderr(&spread).contains("--one-page"),
        "{}",
        stderr(&spread)
    );
    assert!(
        !stderr(&spread).contains("below the readable"),
        "{}",
        stderr(&spread)
    );
}

#[test]
fn conflicting_print_options_are_refused_with_a_reason() {
    let d = dir("refuse");
    let (file, _) = new_map(&d, "ecommerce");
    let f = file.to_str().unwrap();
    for (args, expected) in [
        (
            vec!["--tile", "a4", "--page", "a1", "--split"],
            "do not go together",
        ),
        (vec!["--slides", "--tile", "a4"], "--slides"),
        (vec!["--tile", "fit"], "paper size"),
        (vec!["--tile", "a4", "--overlap", "80"], "overlap"),
    ] {
        let mut all = vec!["export", f, "-o", "x.pdf"];
        all.extend(args.iter().copied());
        let out = wayline(&all, &d);
        assert!(!out.status.success(), "{args:?} was accepted");
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(!d.join("x.pdf").exists());
    }
}

#[test]
fn a_big_tiled_poster_carries_only_what_shows_on_each_sheet() {
    let d = dir("big");
    let map = wayline::generate::map(20, 1200, 5);
    let one = d.join("one.pdf");
    let wall = d.join("wall.pdf");
    let poster = ExportOptions {
        page: PageSize::A0,
        ..ExportOptions::default()
    };
    let start = std::time::Instant::now();
    export::export(&map, None, &one, &poster).unwrap();
    let single = start.elapsed();
    let start = std::time::Instant::now();
    let written = export::export(
        &map,
        None,
        &wall,
        &ExportOptions {
            tile: Some(Tiling {
                paper: PageSize::A4,
                overlap_mm: 10.0,
            }),
            ..poster
        },
    )
    .unwrap();
    let tiled = start.elapsed();
    eprintln!(
        "A0 page: {single:?}; {} A4 sheets: {tiled:?}",
        written.pages
    );
    // An A0 poster is 16 A4 sheets when the map fills it both ways; this wide
    // map leaves a row or two of them out.
    assert!(written.pages >= 12, "{} sheets", written.pages);
    // Each sheet holds its share of the map, not the whole map again.
    let one_size = std::fs::metadata(&one).unwrap().len();
    let wall_size = std::fs::metadata(&wall).unwrap().len();
    assert!(
        wall_size < one_size * written.pages as u64 / 3,
        "{wall_size} bytes for {} sheets against {one_size} for one page",
        written.pages
    );
}
