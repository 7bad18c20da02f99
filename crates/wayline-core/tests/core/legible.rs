//! Printed type sizes read back from the PDFs: every template exported to A3 and
//! A1 with the default options, each word's size taken from `pdftotext
//! -bbox-layout` (a word's box is its face's ascent plus descent times the
//! size), so a layout or planning change that shrinks text fails here.

use std::path::Path;

use wayline_core::export::{self, ExportOptions, PageSize};
use wayline_core::model::Map;
use wayline_core::text::fonts;

use crate::common::tool;

/// One word as poppler sees it.
pub struct Word {
    pub page: usize,
    pub text: String,
    /// The printed size in points.
    pub size: f32,
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn attr(line: &str, name: &str) -> f32 {
    let key = format!("{name}=\"");
    let start = line.find(&key).unwrap() + key.len();
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

/// Every word of a PDF with its printed size.
pub fn words(pdf: &Path) -> Vec<Word> {
    let xml = tool("pdftotext", &["-bbox-layout", pdf.to_str().unwrap(), "-"]);
    let mut page = 0;
    let mut out = Vec::new();
    for line in xml.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let text = unescape(&rest[rest.find('>').unwrap() + 1..rest.rfind("</word>").unwrap()]);
        let Some(c) = text.chars().find(|c| !c.is_whitespace()) else {
            continue;
        };
        let Some((face, _)) = fonts().face_for(c, false) else {
            continue;
        };
        let loaded = fonts().face(face).unwrap();
        let h = attr(line, "yMax") - attr(line, "yMin");
        out.push(Word {
            page,
            text,
            size: h / (loaded.ascent + loaded.descent),
        });
    }
    out
}

fn median(mut v: Vec<f32>) -> Option<f32> {
    v.sort_by(f32::total_cmp);
    v.get(v.len() / 2).copied()
}

/// Sizes of the words of card texts (body) and of stage names, in points.
pub fn body_and_stage(map: &Map, words: &[Word]) -> (Option<f32>, Option<f32>) {
    let stage_words: Vec<String> = map
        .stages
        .iter()
        .flat_map(|s| s.name.split_whitespace().map(str::to_string))
        .collect();
    let card_words: Vec<String> = map
        .cards
        .iter()
        .filter(|c| map.lane(&c.lane).is_some_and(|l| !l.hidden))
        .flat_map(|c| c.text.split_whitespace().map(str::to_string))
        .filter(|w| w.chars().count() >= 4 && !stage_words.contains(w))
        .collect();
    let body = words
        .iter()
        .filter(|w| card_words.contains(&w.text))
        .map(|w| w.size)
        .collect();
    let stage = words
        .iter()
        .filter(|w| stage_words.contains(&w.text) && !card_words.contains(&w.text))
        .map(|w| w.size)
        .collect::<Vec<_>>();
    // A stage name also appears in the title or legend at other sizes; its
    // header is the biggest occurrence on a page.
    let stage = if stage.is_empty() {
        None
    } else {
        median(stage.clone()).map(|m| stage.into_iter().filter(|s| *s >= m).fold(m, f32::max))
    };
    (median(body), stage)
}

#[test]
fn every_template_prints_readable_text_on_a3_and_a1_by_default() {
    let d = crate::common::dir("legible", "templates");
    let mut report = Vec::new();
    for template in wayline_core::templates::TEMPLATES {
        let map = template.map().unwrap();
        for (page, least_body, least_any) in [(PageSize::A3, 9.0, 9.0), (PageSize::A1, 14.0, 14.0)]
        {
            let out = d.join(format!("{}-{page:?}.pdf", template.name));
            let options = ExportOptions {
                page,
                ..ExportOptions::default()
            };
            let written = export::export(&map, None, &out, &options).unwrap();
            assert!(
                !written
                    .warnings
                    .iter()
                    .any(|w| w.contains("below the readable")),
                "{} on {page:?}: {:?}",
                template.name,
                written.warnings
            );
            let words = words(&out);
            assert!(!words.is_empty(), "{}: no text", template.name);
            let smallest = words.iter().map(|w| w.size).fold(f32::INFINITY, f32::min);
            let small_word = words.iter().find(|w| w.size == smallest).unwrap();
            assert!(
                smallest >= least_any - 0.1,
                "{} on {page:?}: {:?} (page {}) prints at {smallest:.1} pt",
                template.name,
                small_word.text,
                small_word.page
            );
            let (body, stage) = body_and_stage(&map, &words);
            if let Some(body) = body {
                assert!(
                    body >= least_body - 0.1,
                    "{} on {page:?}: card text at {body:.1} pt",
                    template.name
                );
                let stage = stage.unwrap();
                assert!(
                    stage >= 1.6 * body - 0.1,
                    "{} on {page:?}: stage names at {stage:.1} pt, body {body:.1} pt",
                    template.name
                );
            }
            report.push(format!(
                "{} {page:?}: {} pages, smallest {smallest:.1} pt, body {body:.1?} pt, stage {stage:.1?} pt",
                template.name, written.pages
            ));
        }
    }
    println!("{}", report.join("\n"));
}

#[test]
fn chinese_headings_are_stroked_bold_in_the_pdf() {
    let d = crate::common::dir("legible", "bold");
    let map = wayline_core::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    let out = d.join("map.pdf");
    export::export(&map, None, &out, &ExportOptions::default()).unwrap();
    let plain = d.join("plain.pdf");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            out.to_str().unwrap(),
            plain.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&plain).unwrap();
    let content = String::from_utf8_lossy(&bytes);
    // Fill-and-stroke text (render mode 2) for the synthetic bold.
    assert!(content.contains("2 Tr"), "no stroked (bold) text");
}

/// The share of a page's printable area its map part leaves blank.
fn blank(page: &wayline_core::scene::Page, margin: f32) -> f32 {
    let area = (page.width - 2.0 * margin) * (page.height - 2.0 * margin);
    1.0 - page.scene.width * page.scene.height * page.scale * page.scale / area
}

/// A map spread over A3 pages fills them: the persona block on page 1 is a
/// short strip of balanced columns (it was as tall as its longest section,
/// 29–42 % of page 1's height, leaving room for one or two lanes; now at most
/// 25 %), the page beside it takes the lanes the persona leaves room for on
/// its own sheet, and a page with fewer stages widens them to the sheet.
/// Pages hold whole stages and lanes and the last row holds what is left, so
/// one page may stay half empty; the bounds are on the page beside the
/// persona (≤ 42 %) and on the mean over a map's pages (≤ 44 %: a shorter
/// persona block counts as less filled area, though it moves lanes forward
/// and saves a page in three templates), portrait and landscape.
#[test]
fn spread_pages_are_filled_portrait_and_landscape() {
    use wayline_core::export::Orientation;
    use wayline_core::scene::Target;
    let mut report = Vec::new();
    for template in wayline_core::templates::TEMPLATES {
        if template.name == "empty" {
            continue;
        }
        let map = template.map().unwrap();
        for orientation in [Orientation::Portrait, Orientation::Landscape] {
            let options = ExportOptions {
                page: PageSize::A3,
                orientation,
                ..ExportOptions::default()
            };
            let margin = options.margin_mm * 72.0 / 25.4;
            let pages = export::plan(&map, None, &options).unwrap();
            let blanks: Vec<f32> = pages.iter().map(|p| blank(p, margin)).collect();
            let mean = blanks.iter().sum::<f32>() / blanks.len() as f32;
            let first = &pages[0];
            let persona = first
                .scene
                .hit_rect(&Target::Persona)
                .map_or(0.0, |r| r.h * first.scale / (first.height - 2.0 * margin));
            let lanes: Vec<usize> = pages
                .iter()
                .map(|p| {
                    let lane = |h: &&wayline_core::scene::Hit| matches!(h.target, Target::Lane(_));
                    p.scene.hits.iter().filter(lane).count()
                })
                .collect();
            report.push(format!(
                "{} {orientation:?}: {} pages, blank {:?}, mean {:.0} %, persona {:.0} % of page 1, lanes {lanes:?}",
                template.name,
                pages.len(),
                blanks
                    .iter()
                    .map(|b| (b * 100.0).round())
                    .collect::<Vec<_>>(),
                mean * 100.0,
                persona * 100.0
            ));
            assert!(
                blanks.iter().all(|&b| b > -0.01),
                "{}",
                report.last().unwrap()
            );
            if pages.len() > 1 {
                assert!(persona <= 0.25, "{}", report.last().unwrap());
                assert!(blanks[1] <= 0.42, "{}", report.last().unwrap());
                assert!(mean <= 0.44, "{}", report.last().unwrap());
            }
        }
    }
    println!("{}", report.join("\n"));
}
