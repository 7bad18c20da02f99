//! Exports read back as a user would check them: pdfinfo, pdftotext and pdffonts
//! on the PDF, the PNG decoded, and the PNG compared with a rasterised PDF.

use std::path::PathBuf;

use wayline_core::export::{self, ExportOptions, PageSize};
use wayline_core::model::Map;
use wayline_core::scene::Target;

use crate::common::{field, tool};

fn dir(name: &str) -> PathBuf {
    crate::common::dir("export", name)
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn template(name: &str) -> Map {
    wayline_core::templates::find(name).unwrap().map().unwrap()
}

fn visible_card_texts(map: &Map) -> Vec<String> {
    map.cards
        .iter()
        .filter(|c| map.lane(&c.lane).is_some_and(|l| !l.hidden))
        .filter(|c| !c.text.is_empty())
        .map(|c| squash(&c.text))
        .collect()
}

#[test]
fn pdf_has_the_page_size_real_text_and_subset_fonts() {
    let d = dir("pdf");
    for name in ["ecommerce", "day-in-the-life", "service-blueprint"] {
        let map = template(name);
        let out = d.join(format!("{name}.pdf"));
        let options = ExportOptions {
            page: PageSize::A3,
            orientation: export::Orientation::Landscape,
            // One sheet (the default spreads these maps to stay readable).
            one_page: true,
            ..ExportOptions::default()
        };
        export::export(&map, None, &out, &options).unwrap();
        let info = tool("pdfinfo", &[out.to_str().unwrap()]);
        assert_eq!(field(&info, "Page size"), "1190.55 x 841.89 pts (A3)");
        assert_eq!(field(&info, "Pages"), "1");
        assert_eq!(field(&info, "Title"), map.title);
        let text = squash(&tool("pdftotext", &["-raw", out.to_str().unwrap(), "-"]));
        for card in visible_card_texts(&map) {
            assert!(
                text.contains(&card),
                "{name}: {card:?} missing from the PDF text"
            );
        }
        for stage in &map.stages {
            assert!(
                text.contains(&squash(&stage.name)),
                "{name}: stage {}",
                stage.name
            );
        }
        let fonts = tool("pdffonts", &[out.to_str().unwrap()]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        for row in rows {
            assert!(
                row.contains("yes yes yes"),
                "font not embedded as a subset: {row}"
            );
        }
        let size = std::fs::metadata(&out).unwrap().len();
        assert!(
            size < 400_000,
            "{name}: {size} bytes; CJK fonts must be subset"
        );
    }
}

#[test]
fn png_has_the_page_size_at_the_dpi_and_cards_where_layout_put_them() {
    let d = dir("png");
    let map = template("ecommerce");
    let out = d.join("a4.png");
    let options = ExportOptions {
        page: PageSize::A4,
        orientation: export::Orientation::Portrait,
        dpi: Some(150.0),
        // One sheet (the default spreads these maps to stay readable).
        one_page: true,
        ..ExportOptions::default()
    };
    export::export(&map, None, &out, &options).unwrap();
    let image = image::open(&out).unwrap().to_rgba8();
    // A4 at 150 DPI: 210 mm × 297 mm.
    assert_eq!((image.width(), image.height()), (1240, 1754));
    let page = &export::plan(&map, None, &options).unwrap()[0];
    let px = 150.0 / 72.0;
    let to_px = |x: f32, y: f32| {
        (
            ((page.offset.0 + x * page.scale) * px) as u32,
            ((page.offset.1 + y * page.scale) * px) as u32,
        )
    };
    let mut checked = 0;
    for card in map.cards.iter().filter(|c| c.details.is_none()) {
        let r = page.scene.hit_rect(&Target::Card(card.id.clone())).unwrap();
        // Just inside the card's left edge, below its text: the card's fill.
        let (x, y) = to_px(r.x + 3.0, r.bottom() - 3.0);
        let p = image.get_pixel(x, y).0;
        assert!(
            p[3] == 255 && (p[0], p[1], p[2]) != (255, 255, 255),
            "card {} at {x},{y} is {p:?}",
            card.id
        );
        checked += 1;
    }
    assert!(checked > 10);
    // Outside the map, in the margin: white.
    assert_eq!(image.get_pixel(5, 5).0, [255, 255, 255, 255]);
}

#[test]
fn png_matches_the_rasterised_pdf() {
    let d = dir("compare");
    let map = template("persona-first");
    let options = ExportOptions {
        page: PageSize::A3,
        dpi: Some(72.0),
        // One sheet (the default spreads these maps to stay readable).
        one_page: true,
        ..ExportOptions::default()
    };
    let png = d.join("map.png");
    let pdf = d.join("map.pdf");
    export::export(&map, None, &png, &options).unwrap();
    export::export(&map, None, &pdf, &options).unwrap();
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "72",
            "-singlefile",
            pdf.to_str().unwrap(),
            d.join("from-pdf").to_str().unwrap(),
        ],
    );
    let ours = image::open(&png).unwrap().to_rgba8();
    let theirs = image::open(d.join("from-pdf.png")).unwrap().to_rgba8();
    assert!(
        (ours.width() as i32 - theirs.width() as i32).abs() <= 1
            && (ours.height() as i32 - theirs.height() as i32).abs() <= 1
    );
    let page = &export::plan(&map, None, &options).unwrap()[0];
    let mut compared = 0;
    for hit in &page.scene.hits {
        let Target::Card(_) = hit.target else {
            continue;
        };
        let r = hit.rect;
        // Sample the card fill inside its left, right and bottom edges, clear of
        // text, stroke and rounded corners, in both images.
        let c = r.center();
        for (x, y) in [
            (r.x + 4.0, c.y),
            (r.right() - 4.0, c.y),
            (c.x, r.bottom() - 3.5),
        ] {
            let (px, py) = (
                (page.offset.0 + x * page.scale) as u32,
                (page.offset.1 + y * page.scale) as u32,
            );
            let (a, b) = (ours.get_pixel(px, py).0, theirs.get_pixel(px, py).0);
            let diff = (0..3)
                .map(|i| (a[i] as i32 - b[i] as i32).abs())
                .max()
                .unwrap();
            assert!(diff < 48, "card fill at {px},{py}: PNG {a:?} vs PDF {b:?}");
            compared += 1;
        }
    }
    assert!(compared > 30, "{compared}");
}

#[test]
fn big_maps_split_by_whole_stages_with_headers_on_every_page() {
    let d = dir("split");
    let map = wayline_core::generate::map(20, 400, 9);
    let out = d.join("wall.pdf");
    let options = ExportOptions {
        page: PageSize::A3,
        orientation: export::Orientation::Landscape,
        scale: Some(1.0),
        split: true,
        ..ExportOptions::default()
    };
    let pages = export::plan(&map, None, &options).unwrap();
    assert!(pages.len() > 2, "{} pages", pages.len());
    export::export(&map, None, &out, &options).unwrap();
    let info = tool("pdfinfo", &[out.to_str().unwrap()]);
    assert_eq!(field(&info, "Pages"), pages.len().to_string());
    let text = squash(&tool("pdftotext", &["-raw", out.to_str().unwrap(), "-"]));
    for card in visible_card_texts(&map) {
        assert!(text.contains(&card));
    }
    for page in &pages {
        let stages = page
            .scene
            .hits
            .iter()
            .filter(|h| matches!(h.target, Target::Stage(_)))
            .count();
        assert!(stages >= 1, "every page carries stage headers");
        // Everything fits the paper: nothing is cut at the edge.
        assert!(page.scene.width * page.scale <= page.width + 0.01);
        assert!(page.scene.height * page.scale <= page.height + 0.01);
    }
    let stage_pages = pages
        .iter()
        .flat_map(|p| p.scene.hits.iter())
        .filter(|h| matches!(h.target, Target::Stage(_)))
        .count();
    assert!(stage_pages >= 20, "each stage appears on at least one page");
}

#[test]
fn hidden_lanes_are_left_out_unless_asked_for() {
    let d = dir("hidden");
    let mut map = template("ecommerce");
    let lane = map
        .lanes
        .iter()
        .position(|l| {
            map.cards
                .iter()
                .any(|c| c.lane == l.id && c.details.is_none())
        })
        .unwrap();
    map.lanes[lane].hidden = true;
    let card = map
        .cards
        .iter()
        .find(|c| c.lane == map.lanes[lane].id)
        .unwrap()
        .text
        .clone();
    let out = d.join("map.pdf");
    export::export(&map, None, &out, &ExportOptions::default()).unwrap();
    assert!(
        !squash(&tool("pdftotext", &["-raw", out.to_str().unwrap(), "-"])).contains(&squash(&card))
    );
    export::export(
        &map,
        None,
        &out,
        &ExportOptions {
            include_hidden_lanes: true,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    assert!(
        squash(&tool("pdftotext", &["-raw", out.to_str().unwrap(), "-"])).contains(&squash(&card))
    );
}

/// Indices of the cards drawn on the map (in a visible lane, not a detail).
fn visible_cards(map: &Map) -> Vec<usize> {
    (0..map.cards.len())
        .filter(|&i| {
            let c = &map.cards[i];
            c.details.is_none() && map.lane(&c.lane).is_some_and(|l| !l.hidden)
        })
        .collect()
}

#[test]
fn pdf_text_gives_back_polish_chinese_and_unknown_characters_exactly() {
    let d = dir("unicode");
    let mut map = template("ecommerce");
    let texts = [
        "Zażółć gęślą jaźń",
        "ŻÓŁW źle łapie ęą ś",
        "顾客在结账时放弃购物车",
        // No bundled font has these: both are drawn with the missing-glyph box,
        // yet each must read back as itself.
        "x\u{13000}\u{13001}y",
    ];
    let cards = visible_cards(&map);
    for (&i, text) in cards.iter().zip(texts) {
        map.cards[i].text = text.to_string();
    }
    let out = d.join("map.pdf");
    export::export(&map, None, &out, &ExportOptions::default()).unwrap();
    let text = squash(&tool("pdftotext", &["-raw", out.to_str().unwrap(), "-"]));
    for t in texts {
        assert!(text.contains(&squash(t)), "{t:?} not in {text}");
    }
    for c in ['ż', 'ł', 'ę', 'ą', 'ś', 'ź', 'Ż', 'Ó', 'Ł'] {
        assert!(text.contains(c), "{c}");
    }
}

#[test]
fn a_photo_shows_its_pixels_in_the_rasterised_pdf() {
    let d = dir("photo");
    // Left half red, right half blue, the bottom quarter fully transparent.
    let mut img = image::RgbaImage::new(40, 40);
    for (x, y, p) in img.enumerate_pixels_mut() {
        *p = match (x < 20, y >= 30) {
            (_, true) => image::Rgba([0, 255, 0, 0]),
            (true, false) => image::Rgba([220, 20, 20, 255]),
            (false, false) => image::Rgba([20, 20, 220, 255]),
        };
    }
    img.save(d.join("face.png")).unwrap();
    let mut map = template("persona-first");
    map.persona.photo = Some("face.png".into());
    let options = ExportOptions {
        dpi: Some(72.0),
        ..ExportOptions::default()
    };
    let (png, pdf) = (d.join("map.png"), d.join("map.pdf"));
    export::export(&map, Some(&d), &png, &options).unwrap();
    export::export(&map, Some(&d), &pdf, &options).unwrap();
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "72",
            "-singlefile",
            pdf.to_str().unwrap(),
            d.join("from-pdf").to_str().unwrap(),
        ],
    );
    let ours = image::open(&png).unwrap().to_rgba8();
    let theirs = image::open(d.join("from-pdf.png")).unwrap().to_rgba8();
    let page = &export::plan(&map, Some(&d), &options).unwrap()[0];
    let r = page
        .scene
        .items
        .iter()
        .find_map(|i| match i {
            wayline_core::scene::Item::Image(i) if i.picture.is_some() => Some(i.rect),
            _ => None,
        })
        .expect("the photo is in the scene");
    let at = |fx: f32, fy: f32| {
        let (x, y) = (r.x + r.w * fx, r.y + r.h * fy);
        (
            (page.offset.0 + x * page.scale) as u32,
            (page.offset.1 + y * page.scale) as u32,
        )
    };
    let (rx, ry) = at(0.25, 0.35);
    let red = theirs.get_pixel(rx, ry).0;
    assert!(red[0] > 180 && red[1] < 70 && red[2] < 70, "red: {red:?}");
    let (bx, by) = at(0.75, 0.35);
    let blue = theirs.get_pixel(bx, by).0;
    assert!(
        blue[2] > 180 && blue[0] < 70 && blue[1] < 70,
        "blue: {blue:?}"
    );
    // Where the photo is transparent, both show what is behind it, not green.
    let (tx, ty) = at(0.5, 0.9);
    let (a, b) = (ours.get_pixel(tx, ty).0, theirs.get_pixel(tx, ty).0);
    assert!(
        b[1] < 200 || b[0] > 200,
        "transparent part drawn green: {b:?}"
    );
    let diff = (0..3).map(|i| (a[i] as i32 - b[i] as i32).abs()).max();
    assert!(diff < Some(24), "behind the photo: PNG {a:?} vs PDF {b:?}");
}

#[test]
fn a_2000_card_map_makes_a_small_valid_pdf() {
    let d = dir("big");
    let map = wayline_core::generate::map(20, 2000, 42);
    let out = d.join("big.pdf");
    let options = ExportOptions {
        page: PageSize::A3,
        ..ExportOptions::default()
    };
    export::export(&map, None, &out, &options).unwrap();
    let size = std::fs::metadata(&out).unwrap().len();
    assert!(size < 1_500_000, "{size} bytes");
    let info = tool("pdfinfo", &[out.to_str().unwrap()]);
    assert_eq!(
        field(&info, "Pages"),
        export::plan(&map, None, &options)
            .unwrap()
            .len()
            .to_string()
    );
    // qpdf checks the structure and decodes every stream; it exits non-zero on
    // any warning.
    let check = tool("qpdf", &["--check", out.to_str().unwrap()]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    let fonts = tool("pdffonts", &[out.to_str().unwrap()]);
    for row in fonts.lines().skip(2) {
        assert!(row.contains("yes yes yes"), "{row}");
        let name = row.split_whitespace().next().unwrap_or("");
        assert!(
            name.len() > 7
                && name.as_bytes()[6] == b'+'
                && name[..6].bytes().all(|b| b.is_ascii_uppercase()),
            "subset name: {name}"
        );
    }
}

/// A `fit` page of a huge map would need tens of gigabytes of pixels: the
/// default DPI is lowered under the pixel cap with a warning, a chosen DPI is
/// refused with the highest one that fits, and nothing is allocated first.
#[test]
fn png_pages_are_capped_in_pixels() {
    use wayline_core::export::{ExportOptions, PageSize, png_dpi};
    use wayline_core::render::raster::MAX_PIXELS;
    // 40 000 × 20 000 pt: at 144 DPI 80 000 × 40 000 = 3.2 billion pixels.
    let page = wayline_core::scene::Page {
        scene: Default::default(),
        width: 40_000.0,
        height: 20_000.0,
        scale: 1.0,
        offset: (0.0, 0.0),
        background: None,
    };
    let fit = ExportOptions {
        page: PageSize::Fit,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let dpi = png_dpi(&page, &fit, 1, &mut warnings).unwrap();
    let px = |dpi: f32| {
        ((page.width * dpi / 72.0).round() as u64) * ((page.height * dpi / 72.0).round() as u64)
    };
    assert!(px(dpi) <= MAX_PIXELS && px(dpi + 1.0) > MAX_PIXELS, "{dpi}");
    assert_eq!(dpi, 25.0);
    assert!(
        warnings[0].contains("at 144 DPI the PNG would be 80000 × 40000 pixels; written at 25 DPI"),
        "{warnings:?}"
    );
    let chosen = ExportOptions {
        dpi: Some(300.0),
        ..fit.clone()
    };
    let err = png_dpi(&page, &chosen, 2, &mut Vec::new())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("page 2: at 300 DPI") && err.contains("use --dpi 25 or less"),
        "{err}"
    );
    // The backend refuses too, before allocating.
    let err = wayline_core::render::raster::render_page(&page, 300.0).unwrap_err();
    assert!(
        err.to_string().contains("more than the 100000000 pixels"),
        "{err}"
    );
    // A page that fits keeps its DPI and warns of nothing.
    let small = wayline_core::scene::Page {
        width: 800.0,
        height: 600.0,
        ..page
    };
    let mut warnings = Vec::new();
    assert_eq!(png_dpi(&small, &fit, 1, &mut warnings).unwrap(), 144.0);
    assert!(warnings.is_empty());
}

/// The y (in scene points) of every straight path stroked in `color`.
fn lines_in(
    scene: &wayline_core::scene::Scene,
    color: wayline_core::scene::Rgba,
) -> Vec<(f32, f32, f32)> {
    use wayline_core::scene::{Item, Segment};
    scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Path(p) if p.stroke.is_some_and(|s| s.color == color) => match p.segments[..] {
                [Segment::Line(b)] if b.y == p.start.y => Some((p.start.y, p.start.x, b.x)),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

#[test]
fn a_service_blueprint_draws_its_three_labelled_lines_across_the_stages() {
    let d = dir("blueprint");
    let map = template("service-blueprint");
    let color = wayline_core::layout::Theme::light().blueprint_line;
    let options = ExportOptions {
        page: PageSize::Fit,
        dpi: Some(72.0),
        ..ExportOptions::default()
    };
    let pages = export::plan(&map, None, &options).unwrap();
    assert_eq!(pages.len(), 1);
    let page = &pages[0];
    let lines = lines_in(&page.scene, color);
    assert_eq!(lines.len(), 3, "{lines:?}");
    let png = d.join("blueprint.png");
    export::export(&map, None, &png, &options).unwrap();
    let image = image::open(&png).unwrap().to_rgba8();
    let to_px = |v: f32, o: f32| (o + v * page.scale).round() as u32;
    for &(y, x0, x1) in &lines {
        // The line spans the stage columns, not just a corner of them.
        assert!(x1 - x0 > 0.6 * page.scene.width, "{x0}..{x1}");
        let py = to_px(y, page.offset.1);
        let (px0, px1) = (to_px(x0, page.offset.0) + 2, to_px(x1, page.offset.0) - 2);
        let near =
            |p: [u8; 4]| (0..3).all(|i| (i32::from(p[i]) - i32::from(color.0[i])).abs() < 40);
        let hits = (px0..px1)
            .filter(|&x| (py.saturating_sub(1)..=py + 1).any(|y| near(image.get_pixel(x, y).0)))
            .count();
        assert!(
            hits as f32 >= 0.98 * (px1 - px0) as f32,
            "line at y {py}: {hits} of {} pixels",
            px1 - px0
        );
    }
    // No lane row or card is drawn across a line.
    for &(y, x0, x1) in &lines {
        for hit in &page.scene.hits {
            let r = hit.rect;
            assert!(
                !(r.y < y && r.bottom() > y && r.x < x1 && r.right() > x0),
                "{:?} crosses the line at {y}",
                hit.target
            );
        }
    }
    let pdf = d.join("blueprint.pdf");
    export::export(&map, None, &pdf, &options).unwrap();
    let text = tool("pdftotext", &["-raw", pdf.to_str().unwrap(), "-"]);
    // In the map's language (the blueprint template is Chinese).
    for key in [
        "blueprint-line-of-interaction",
        "blueprint-line-of-visibility",
        "blueprint-line-of-internal-interaction",
    ] {
        let label = wayline_core::i18n::tr(map.language(), key, &[]);
        assert!(
            squash(&text).contains(&squash(&label)),
            "{label:?} not in the PDF"
        );
    }
    // A journey map is not a blueprint: no such lines.
    let journey = export::plan(&template("current-state"), None, &options).unwrap();
    assert!(lines_in(&journey[0].scene, color).is_empty());
}

/// Wayline does not write PDF/X (no output intent, RGB colour, transparency),
/// so its PDFs must not claim to be: no `GTS_PDFXVersion` anywhere, in the raw
/// bytes nor in any stream once qpdf has uncompressed them.
#[test]
fn pdfs_do_not_claim_pdf_x() {
    let d = dir("no-pdfx");
    let map = template("service-blueprint");
    for (name, options) in [
        ("default", ExportOptions::default()),
        (
            "slides",
            ExportOptions {
                slides: true,
                ..ExportOptions::default()
            },
        ),
    ] {
        let out = d.join(format!("{name}.pdf"));
        export::export(&map, None, &out, &options).unwrap();
        let raw = std::fs::read(&out).unwrap();
        assert!(raw.starts_with(b"%PDF-"), "{name}: not a PDF");
        let open = d.join(format!("{name}-qdf.pdf"));
        let status = std::process::Command::new("qpdf")
            .args(["--qdf", "--object-streams=disable"])
            .arg(&out)
            .arg(&open)
            .status()
            .unwrap();
        assert!(status.success(), "{name}: qpdf failed");
        let expanded = std::fs::read(&open).unwrap();
        // The uncompressed file really shows what is inside: the fonts' names.
        assert!(
            expanded.windows(9).any(|w| w == b"/FontName"),
            "{name}: qpdf did not expand the file"
        );
        for (what, bytes) in [("raw", &raw), ("expanded", &expanded)] {
            assert!(
                !bytes.windows(8).any(|w| w == b"GTS_PDFX"),
                "{name} ({what}): claims PDF/X"
            );
        }
    }
}

/// 👍 😀 ⭐ on a card come from the bundled emoji face: no missing-glyph
/// warning, the PDF's text gives them back, and the PNG has ink where layout
/// put them.
#[test]
fn emoji_draw_in_the_png_and_read_back_from_the_pdf() {
    let d = dir("emoji");
    let mut map = template("ecommerce");
    let i = map.cards.iter().position(|c| c.details.is_none()).unwrap();
    map.cards[i].text = "👍😀⭐ Świetnie".into();
    let options = ExportOptions {
        one_page: true,
        dpi: Some(150.0),
        ..ExportOptions::default()
    };
    let pdf = d.join("m.pdf");
    let written = export::export(&map, None, &pdf, &options).unwrap();
    assert!(
        !written
            .warnings
            .iter()
            .any(|w| w.contains("no bundled font")),
        "{:?}",
        written.warnings
    );
    let text = squash(&tool("pdftotext", &["-raw", pdf.to_str().unwrap(), "-"]));
    assert!(text.contains("👍😀⭐Świetnie"), "emoji not in the PDF text");

    let png = d.join("m.png");
    export::export(&map, None, &png, &options).unwrap();
    let image = image::open(&png).unwrap().to_rgba8();
    let page = &export::plan(&map, None, &options).unwrap()[0];
    let line = page
        .scene
        .texts()
        .flat_map(|t| t.lines.iter())
        .find(|l| l.runs.iter().any(|r| r.text.contains('👍')))
        .unwrap();
    let run = line.runs.iter().find(|r| r.text.contains('👍')).unwrap();
    assert_eq!(run.face, wayline_core::text::Face::Emoji);
    // The emoji run's box: its width, the body size tall above the baseline.
    let px = 150.0 / 72.0;
    let to_px = |x: f32, y: f32| {
        (
            ((page.offset.0 + x * page.scale) * px) as u32,
            ((page.offset.1 + y * page.scale) * px) as u32,
        )
    };
    let size = 12.0;
    assert!(
        !run.text.contains(' '),
        "{:?}: a space drawn with the emoji face",
        run.text
    );
    assert!(run.width > 2.5 * size, "{} pt for three emoji", run.width);
    // Each emoji's box: ink, and not the same ink as the others (three
    // missing-glyph boxes would be alike).
    let dark = |x: u32, y: u32| {
        let p = image.get_pixel(x, y).0;
        u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) < 3 * 100
    };
    let masks: Vec<Vec<bool>> = run
        .glyphs
        .iter()
        .map(|g| {
            let (x0, y0) = to_px(line.origin.x + run.x + g.x, line.origin.y - size);
            let (x1, y1) = to_px(line.origin.x + run.x + g.x + size, line.origin.y);
            (y0..y1)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .map(|(x, y)| dark(x, y))
                .collect()
        })
        .collect();
    assert_eq!(masks.len(), 3);
    for mask in &masks {
        let ink = mask.iter().filter(|&&d| d).count();
        assert!(ink * 20 > mask.len(), "{ink} dark pixels of {}", mask.len());
    }
    for (a, b) in [(0, 1), (1, 2), (0, 2)] {
        let differ = masks[a]
            .iter()
            .zip(&masks[b])
            .filter(|(p, q)| p != q)
            .count();
        assert!(differ * 20 > masks[a].len(), "emoji {a} and {b} look alike");
    }
}

/// The README's word on slide numbers: a stage's slides read "3 / 5" on the
/// third of five stages (the overview first is not counted).
#[test]
fn stage_slides_are_numbered_among_the_stages() {
    let map = template("ecommerce");
    assert_eq!(map.stages.len(), 5);
    let out = dir("slide-numbers").join("deck.pdf");
    let options = ExportOptions {
        slides: true,
        ..ExportOptions::default()
    };
    export::export(&map, None, &out, &options).unwrap();
    let text = squash(&tool("pdftotext", &[out.to_str().unwrap(), "-"]));
    for n in 1..=5 {
        assert!(text.contains(&format!("{n}/5")), "stage {n} of 5: {text}");
    }
    assert!(!text.contains("/6"), "counted out of six: {text}");
}
