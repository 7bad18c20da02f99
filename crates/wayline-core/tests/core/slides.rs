//! The slide deck read back: every template's `--slides` PDF with each word's
//! printed size from `pdftotext -bbox-layout` (overview 14 pt or more, stage
//! slides 18 pt or more), no slide without something to read under its title,
//! every card on its stage's slides, and the emotion curve's ink in the PNG
//! where the scene put it, the neighbouring stages' part faded.

use wayline_core::export::{self, ExportOptions};
use wayline_core::scene::{Item, Page, Segment};

use crate::common::{dir, field, tool};
use crate::legible::words;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn slides() -> ExportOptions {
    ExportOptions {
        slides: true,
        ..ExportOptions::default()
    }
}

#[test]
fn every_templates_slides_print_14_pt_on_the_overview_and_18_pt_on_stage_slides() {
    let d = dir("slides", "sizes");
    let mut report = Vec::new();
    for template in wayline_core::templates::TEMPLATES {
        let map = template.map().unwrap();
        let out = d.join(format!("{}.pdf", template.name));
        let written = export::export(&map, None, &out, &slides()).unwrap();
        assert!(
            !written.warnings.iter().any(|w| w.contains("below")),
            "{}: {:?}",
            template.name,
            written.warnings
        );
        let info = tool("pdfinfo", &[out.to_str().unwrap()]);
        let pages: usize = field(&info, "Pages").parse().unwrap();
        assert_eq!(pages, written.pages);
        let words = words(&out);
        for page in 1..=pages {
            let here: Vec<_> = words.iter().filter(|w| w.page == page).collect();
            let least = if page == 1 { 14.0 } else { 18.0 };
            let smallest = here.iter().min_by(|a, b| a.size.total_cmp(&b.size));
            let smallest =
                smallest.unwrap_or_else(|| panic!("{}: slide {page} has no text", template.name));
            assert!(
                smallest.size >= least - 0.1,
                "{} slide {page}: {:?} at {:.1} pt",
                template.name,
                smallest.text,
                smallest.size
            );
            // Under the 32 pt title and number, something to read.
            assert!(
                page == 1 || here.iter().any(|w| w.size < 30.0),
                "{} slide {page} shows only its title",
                template.name
            );
        }
        // Every card with text is on a slide of its stage (emotion points are
        // named on the strip, one line each, so they may be cut short).
        let text: Vec<String> = (2..=pages)
            .map(|p| {
                squash(&tool(
                    "pdftotext",
                    &[
                        "-raw",
                        "-f",
                        &p.to_string(),
                        "-l",
                        &p.to_string(),
                        out.to_str().unwrap(),
                        "-",
                    ],
                ))
            })
            .collect();
        for card in &map.cards {
            let lane = map.lane(&card.lane).unwrap();
            if lane.hidden
                || lane.kind == wayline_core::model::LaneKind::Emotions
                || card.text.chars().count() < 4
            {
                continue;
            }
            let stage = map.stage(&card.stage).unwrap();
            let wanted = squash(&card.text);
            assert!(
                text.iter()
                    .any(|t| t.contains(&wanted) && t.starts_with(&squash(&stage.name))),
                "{}: card {:?} is on no slide of {:?}",
                template.name,
                card.text,
                stage.name
            );
        }
        let sizes: Vec<f32> = words.iter().map(|w| w.size).collect();
        report.push(format!(
            "{}: {pages} slides, overview smallest {:.1} pt, stage slides smallest {:.1} pt",
            template.name,
            words
                .iter()
                .filter(|w| w.page == 1)
                .map(|w| w.size)
                .fold(f32::INFINITY, f32::min),
            words
                .iter()
                .filter(|w| w.page > 1)
                .map(|w| w.size)
                .fold(f32::INFINITY, f32::min),
        ));
        assert!(!sizes.is_empty());
    }
    println!("{}", report.join("\n"));
    // A map with nothing in its stages is its overview alone.
    let empty = wayline_core::templates::find("empty")
        .unwrap()
        .map()
        .unwrap();
    let pages = export::plan(&empty, None, &slides()).unwrap();
    assert!(
        empty.cards.is_empty() && pages.len() == 1,
        "{}",
        pages.len()
    );
}

/// The emotion curve of a page: the stroke of the curve (3.5 pt), its points.
fn curve_points(page: &Page) -> Vec<(f32, f32)> {
    let path = page
        .scene
        .items
        .iter()
        .find_map(|item| match item {
            Item::Path(p)
                if p.fill.is_none() && p.stroke.is_some_and(|s| (s.width - 3.5).abs() < 0.01) =>
            {
                Some(p)
            }
            _ => None,
        })
        .expect("a curve");
    std::iter::once((path.start.x, path.start.y))
        .chain(path.segments.iter().map(|s| match s {
            Segment::Line(p) | Segment::Cubic(_, _, p) => (p.x, p.y),
        }))
        .collect()
}

#[test]
fn the_emotion_curve_is_inked_on_the_overview_and_stage_slides_with_neighbours_faded() {
    let d = dir("slides", "curve");
    let map = wayline_core::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    let options = ExportOptions {
        dpi: Some(72.0),
        ..slides()
    };
    export::export(&map, None, &d.join("deck.png"), &options).unwrap();
    let pages = export::plan(&map, None, &options).unwrap();
    // Slide 1 is the overview; the first slide of stage 2 is the one after
    // the first slide numbered "2 / …".
    let second = pages
        .iter()
        .position(|p| {
            p.scene
                .texts()
                .any(|t| t.plain().starts_with(&format!("2 / {}", map.stages.len())))
        })
        .unwrap();
    for (index, faded) in [(0, false), (second, true)] {
        let image = image::open(d.join(format!("deck-{}.png", index + 1)))
            .unwrap()
            .to_rgba8();
        assert_eq!((image.width(), image.height()), (960, 540));
        let points = curve_points(&pages[index]);
        let (x0, x1) = (points[0].0, points.last().unwrap().0);
        let (y0, y1) = points.iter().fold((f32::INFINITY, 0.0_f32), |(a, b), p| {
            (a.min(p.1), b.max(p.1))
        });
        // The dots are in colour, not ink: columns clear of them.
        let clear = |x: u32| points.iter().all(|p| (x as f32 - p.0).abs() > 9.0);
        let dark = |x: u32| {
            ((y0 - 12.0) as u32..(y1 + 12.0) as u32).any(|y| {
                let p = image.get_pixel(x, y).0;
                u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) < 3 * 90
            })
        };
        // On a stage slide only the middle half (the stage itself) is in full
        // ink; the quarters either side are its neighbours, faded.
        let (lit0, lit1) = if faded {
            (24.0 + 912.0 / 4.0, 24.0 + 912.0 * 0.75)
        } else {
            (x0, x1)
        };
        let columns: Vec<u32> = ((x0.max(lit0) + 4.0) as u32..(x1.min(lit1) - 4.0) as u32)
            .filter(|&x| clear(x))
            .collect();
        assert!(columns.len() > 100, "slide {}: {columns:?}", index + 1);
        let inked = columns.iter().filter(|&&x| dark(x)).count();
        assert!(
            inked * 100 >= columns.len() * 95,
            "slide {}: the curve inks {inked} of {} columns; not {:?}; points {points:?}",
            index + 1,
            columns.len(),
            columns.iter().filter(|&&x| !dark(x)).collect::<Vec<_>>()
        );
        if faded {
            let beside: Vec<u32> = ((x0 + 4.0) as u32..(lit0 - 8.0) as u32)
                .filter(|&x| clear(x))
                .collect();
            assert!(!beside.is_empty());
            assert!(
                beside.iter().all(|&x| !dark(x)),
                "the previous stage's curve is in full ink"
            );
        }
    }
}
