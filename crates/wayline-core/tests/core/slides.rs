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

const KEYS: [&str; 3] = [
    "blueprint-line-of-interaction",
    "blueprint-line-of-visibility",
    "blueprint-line-of-internal-interaction",
];

/// A service blueprint's stage slides draw its three lines between the lanes
/// they part, as on the map: in the PNG a run of the line's colour across most
/// of the slide at the height the scene put it, with frontstage, backstage or
/// support cards below it and other cards above; each label in the PDF text,
/// in the map's language, on a stage slide (not only the overview). A journey
/// map's slides have no such line.
#[test]
fn blueprint_lines_part_the_lanes_on_stage_slides() {
    use wayline_core::layout::Theme;
    use wayline_core::model::LaneKind;
    let d = dir("slides", "blueprint");
    let map = wayline_core::templates::find("service-blueprint")
        .unwrap()
        .map()
        .unwrap();
    let options = ExportOptions {
        dpi: Some(72.0),
        ..slides()
    };
    let color = Theme::print().blueprint_line;
    assert_eq!(color, Theme::light().blueprint_line);
    let lines = |page: &Page| -> Vec<(f32, f32, f32)> {
        page.scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Path(p)
                    if p.stroke.as_ref().is_some_and(|s| s.color == color)
                        && matches!(p.segments.as_slice(), [Segment::Line(e)] if (e.y - p.start.y).abs() < 0.1) =>
                {
                    let Segment::Line(end) = p.segments[0] else {
                        unreachable!()
                    };
                    Some((p.start.y, p.start.x, end.x))
                }
                _ => None,
            })
            .collect()
    };
    export::export(&map, None, &d.join("deck.png"), &options).unwrap();
    let pages = export::plan(&map, None, &options).unwrap();
    let banded: Vec<usize> = (1..pages.len())
        .filter(|&i| !lines(&pages[i]).is_empty())
        .collect();
    assert!(!banded.is_empty(), "no stage slide has a blueprint line");
    assert!(lines(&pages[0]).is_empty(), "lines on the overview");
    let mut seen = 0;
    for &index in &banded {
        let image = image::open(d.join(format!("deck-{}.png", index + 1)))
            .unwrap()
            .to_rgba8();
        for (y, x0, x1) in lines(&pages[index]) {
            assert!(x1 - x0 > 0.6 * 960.0, "a short line: {x0}..{x1}");
            // Within a pixel of the line's centre, nearly every column is in
            // the line's colour.
            let near =
                |p: [u8; 4]| (0..3).all(|c| (i32::from(p[c]) - i32::from(color.0[c])).abs() < 40);
            let inked = (x0 as u32 + 2..x1 as u32 - 2)
                .filter(|&x| {
                    ((y - 1.5) as u32..=(y + 1.5) as u32).any(|y| near(image.get_pixel(x, y).0))
                })
                .count();
            let width = (x1 - x0) as usize - 4;
            assert!(
                inked * 100 >= width * 95,
                "slide {}: line at {y} inked over {inked} of {width} px",
                index + 1
            );
            seen += 1;
        }
    }
    assert!(seen >= 3, "{seen} lines drawn over the deck");
    // On every slide the lines come in their order down the slide, each with
    // its label beside it, and a card's text is below the lines above its
    // lane in the map and above the others: frontstage under the line of
    // interaction and over the line of visibility, and so on.
    let label = |k: usize| wayline_core::i18n::tr(map.language(), KEYS[k], &[]);
    // Where each line's side starts in the map's lane order.
    let kinds = [LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support];
    let starts = kinds.map(|kind| map.lanes.iter().position(|l| l.kind == kind).unwrap());
    let position = |id: &wayline_core::model::LaneId| map.lanes.iter().position(|l| &l.id == id);
    for &index in &banded {
        let page = &pages[index];
        let mut found: Vec<(f32, usize)> = lines(page)
            .into_iter()
            .map(|(y, _, _)| {
                let k = (0..3)
                    .find(|&k| {
                        page.scene.texts().any(|t| {
                            t.plain() == label(k) && t.bounds.y < y && t.bounds.bottom() > y
                        })
                    })
                    .unwrap_or_else(|| {
                        panic!("slide {}: a line at {y} without its label", index + 1)
                    });
                (y, k)
            })
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert!(found.windows(2).all(|w| w[0].1 < w[1].1), "{found:?}");
        for card in &map.cards {
            let (Some(lane), Some(at)) = (map.lane(&card.lane), position(&card.lane)) else {
                continue;
            };
            let first = card.text.lines().next().unwrap_or_default();
            let Some(t) = page
                .scene
                .texts()
                .find(|t| !first.is_empty() && squash(&t.plain()) == squash(first))
            else {
                continue;
            };
            for &(y, k) in &found {
                let below = t.bounds.y > y;
                assert_eq!(
                    below,
                    at >= starts[k],
                    "slide {}: {first:?} ({:?}) against {:?}",
                    index + 1,
                    lane.kind,
                    label(k)
                );
            }
        }
    }
    let pdf = d.join("deck.pdf");
    export::export(&map, None, &pdf, &slides()).unwrap();
    for key in KEYS {
        let label = wayline_core::i18n::tr(map.language(), key, &[]);
        let on = banded.iter().any(|&i| {
            let page = (i + 1).to_string();
            let text = tool(
                "pdftotext",
                &["-f", &page, "-l", &page, pdf.to_str().unwrap(), "-"],
            );
            squash(&text).contains(&squash(&label))
        });
        assert!(on, "{label:?} on no stage slide");
    }
    let journey = wayline_core::templates::find("current-state")
        .unwrap()
        .map()
        .unwrap();
    let plain = export::plan(&journey, None, &slides()).unwrap();
    assert!(plain.iter().all(|p| lines(p).is_empty()));
}
