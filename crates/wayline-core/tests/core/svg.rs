//! SVG exports read back: every template's page rendered by resvg (with our
//! bundled fonts and nothing else) matches our own PNG of the same page, with
//! text as text and as outlines; the file parses as XML, carries the cards'
//! Chinese and Polish text as text, and a named group per card. Headless
//! Chromium renders it too where it is installed. And the PDF's structure:
//! language, outline, lane layers.

use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb, roxmltree};
use wayline_core::export::{self, ExportOptions};
use wayline_core::model::Map;
use wayline_core::render::svg::{SvgOptions, TextMode, render_page};
use wayline_core::scene::Page;

use crate::common::{dir, tool};

fn fonts() -> Arc<fontdb::Database> {
    let mut db = fontdb::Database::new();
    let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/fonts");
    for entry in std::fs::read_dir(assets).unwrap() {
        let path = entry.unwrap().path();
        if path
            .extension()
            .is_some_and(|e| e == "ttf" || e == "ttc" || e == "otf")
        {
            db.load_font_data(std::fs::read(&path).unwrap());
        }
    }
    db.set_sans_serif_family("Noto Sans");
    Arc::new(db)
}

/// The SVG drawn by resvg at one pixel per point.
fn resvg_pixels(svg: &[u8], fonts: &Arc<fontdb::Database>) -> (u32, u32, Vec<u8>) {
    let options = usvg::Options {
        fontdb: fonts.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_data(svg, &options).unwrap();
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    (pixmap.width(), pixmap.height(), rgba)
}

/// Our PNG of the page at 72 DPI (one pixel per point), decoded.
fn our_pixels(page: &Page) -> (u32, u32, Vec<u8>) {
    let png = wayline_core::render::raster::render_page(page, 72.0).unwrap();
    let image = image::load_from_memory(&png).unwrap().to_rgba8();
    (image.width(), image.height(), image.into_raw())
}

/// The share of pixels whose colour differs by more than a quarter of the range.
fn differing(a: &(u32, u32, Vec<u8>), b: &(u32, u32, Vec<u8>)) -> f64 {
    assert_eq!((a.0, a.1), (b.0, b.1), "image sizes");
    let total = (a.0 * a.1) as usize;
    let off =
        a.2.chunks_exact(4)
            .zip(b.2.chunks_exact(4))
            .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 64))
            .count();
    off as f64 / total as f64
}

fn first_page(map: &Map) -> Page {
    let mut pages = export::plan(map, None, &ExportOptions::default()).unwrap();
    pages.swap_remove(0)
}

fn svg_of(page: &Page, map: &Map, text: TextMode) -> Vec<u8> {
    let options = SvgOptions {
        text,
        ..export::svg_options(map, export::SvgText::Text)
    };
    render_page(page, &options)
}

#[test]
fn every_template_renders_in_resvg_as_our_png_does() {
    let fonts = fonts();
    for t in wayline_core::templates::TEMPLATES {
        let map = t.map().unwrap();
        let page = first_page(&map);
        let ours = our_pixels(&page);
        for mode in [TextMode::Text, TextMode::Outlines] {
            let svg = svg_of(&page, &map, mode);
            let theirs = resvg_pixels(&svg, &fonts);
            let off = differing(&ours, &theirs);
            println!(
                "{} ({mode:?}): {:.4}% of the pixels differ",
                t.name,
                off * 100.0
            );
            assert!(
                off < 0.001,
                "{} ({mode:?}): {:.3}% of the pixels differ from our PNG",
                t.name,
                off * 100.0
            );
        }
    }
}

/// The text of every `<text>` element, one string per element.
fn texts(node: roxmltree::Node) -> Vec<String> {
    node.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect()
        })
        .collect()
}

#[test]
fn the_svg_is_xml_with_the_cards_text_and_a_group_per_card() {
    for (name, language) in [("ecommerce", "zh-CN"), ("current-state", "pl")] {
        let map = wayline_core::templates::find(name).unwrap().map().unwrap();
        let page = first_page(&map);
        let svg = String::from_utf8(svg_of(&page, &map, TextMode::Text)).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(
            root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(language),
            "{name}"
        );
        assert!(!svg.contains("foreignObject"));
        let all = texts(doc.root()).join("\n");
        let lines: Vec<String> = page
            .scene
            .texts()
            .flat_map(|t| t.plain().lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        for card in &map.cards {
            let group = doc
                .descendants()
                .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(card.id.as_str()))
                .unwrap_or_else(|| panic!("{name}: no group for {}", card.id));
            assert!(
                group.attribute("data-kind").is_some_and(|k| !k.is_empty()),
                "{name}: {} has no kind",
                card.id
            );
            // Every wrapped line of the card is a <text> inside its group.
            assert!(
                !texts(group).is_empty(),
                "{name}: {} has no <text>",
                card.id
            );
            let words: String = card.text.split_whitespace().collect();
            let drawn: String = group
                .descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .flat_map(str::split_whitespace)
                .collect();
            assert!(
                drawn.contains(&words),
                "{name}: {}'s text {words:?} is not in its group ({drawn:?})",
                card.id
            );
        }
        for line in lines.iter().filter(|l| !l.trim().is_empty()) {
            assert!(all.contains(line.trim()), "{name}: {line:?} is not text");
        }
        let lane = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(map.lanes[0].id.as_str()))
            .expect("the first lane's group");
        let first_card = map
            .cards
            .iter()
            .find(|c| c.lane == map.lanes[0].id)
            .unwrap();
        assert!(
            lane.descendants()
                .any(|n| n.attribute("id") == Some(first_card.id.as_str())),
            "{name}: the lane's group holds its cards"
        );
    }
}

#[test]
fn chinese_and_polish_card_text_is_searchable_text() {
    let zh = wayline_core::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap();
    let pl = wayline_core::templates::find("current-state")
        .unwrap()
        .map()
        .unwrap();
    for (map, sample) in [(&zh, '的'), (&pl, 'ł')] {
        let svg = String::from_utf8(svg_of(&first_page(map), map, TextMode::Text)).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let all = texts(doc.root()).join("");
        let card = map.cards.iter().find(|c| c.text.contains(sample)).unwrap();
        let first_word = card.text.split_whitespace().next().unwrap();
        assert!(all.contains(first_word), "{first_word:?} is not text");
    }
}

#[test]
fn a_photo_is_an_embedded_png_of_its_pixels() {
    use wayline_core::scene::{Image, Item, Picture, Rect, Rgba, Scene};
    let rgba = [0u8, 0, 200, 255].repeat(8 * 8);
    let picture = Arc::new(Picture::from_rgba(8, 8, rgba).unwrap());
    let scene = Scene {
        width: 40.0,
        height: 40.0,
        items: vec![Item::Image(Image {
            rect: Rect::new(0.0, 0.0, 40.0, 40.0),
            picture: Some(picture),
        })],
        ..Scene::default()
    };
    let page = Page {
        width: 40.0,
        height: 40.0,
        scale: 1.0,
        offset: (0.0, 0.0),
        background: Some(Rgba::WHITE),
        scene,
    };
    let svg = render_page(&page, &SvgOptions::default());
    let text = String::from_utf8(svg.clone()).unwrap();
    assert!(text.contains("xlink:href=\"data:image/png;base64,"));
    // usvg reads the data URL back; the PNG in it holds the picture's pixels.
    let tree = usvg::Tree::from_data(&svg, &usvg::Options::default()).unwrap();
    let image = tree
        .root()
        .children()
        .iter()
        .find_map(find_image)
        .expect("an image node");
    let usvg::ImageKind::PNG(data) = image.kind() else {
        panic!("not a PNG: {:?}", image.kind());
    };
    let decoded = image::load_from_memory(data).unwrap().to_rgba8();
    assert_eq!(decoded.dimensions(), (8, 8));
    assert_eq!(decoded.get_pixel(4, 4).0, [0, 0, 200, 255]);
    // Placed over the whole 40-point box it was laid out in.
    assert_eq!(image.abs_bounding_box().width(), 40.0);
}

fn find_image(node: &usvg::Node) -> Option<usvg::Image> {
    match node {
        usvg::Node::Image(i) => Some((**i).clone()),
        usvg::Node::Group(g) => g.children().iter().find_map(find_image),
        _ => None,
    }
}

#[test]
fn a_split_export_writes_one_svg_per_page() {
    let d = dir("svg", "split");
    let map = wayline_core::templates::find("service-blueprint")
        .unwrap()
        .map()
        .unwrap();
    let options = ExportOptions {
        page: export::PageSize::A4,
        split: true,
        ..ExportOptions::default()
    };
    let written = export::export(&map, None, &d.join("wall.svg"), &options).unwrap();
    assert!(written.pages > 1);
    assert_eq!(written.files.len(), written.pages);
    for (i, file) in written.files.iter().enumerate() {
        assert_eq!(file, &d.join(format!("wall-{}.svg", i + 1)));
        let text = std::fs::read_to_string(file).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap();
        assert_eq!(doc.root_element().attribute("width"), Some("841.89"));
    }
}

/// Headless Chromium's rendering of an SVG also matches our PNG, when it is installed.
#[test]
fn chromium_renders_the_svg_where_installed() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
    else {
        println!("skipped: no chromium on this machine (apt-get install chromium)");
        return;
    };
    let d = dir("svg", "chromium");
    let map = wayline_core::templates::find("current-state")
        .unwrap()
        .map()
        .unwrap();
    let page = first_page(&map);
    let svg_path = d.join("map.svg");
    std::fs::write(&svg_path, svg_of(&page, &map, TextMode::Outlines)).unwrap();
    let shot = d.join("shot.png");
    let ours = our_pixels(&page);
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            &format!("--window-size={},{}", ours.0, ours.1),
            &format!("--screenshot={}", shot.display()),
            &format!("file://{}", svg_path.display()),
        ])
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let image = image::open(&shot).unwrap().to_rgba8();
    let theirs = (image.width(), image.height(), image.into_raw());
    let off = differing(&ours, &theirs);
    println!("Chromium: {:.4}% of the pixels differ", off * 100.0);
    assert!(
        off < 0.02,
        "{:.3}% of Chromium's pixels differ",
        off * 100.0
    );
}

/// `qpdf --json`'s view of a PDF's catalog and outline.
fn qpdf_json(pdf: &std::path::Path) -> serde_json::Value {
    let json = tool("qpdf", &["--json", pdf.to_str().unwrap()]);
    serde_json::from_str(&json).unwrap()
}

fn outline_titles(items: &serde_json::Value, out: &mut Vec<String>) {
    for item in items.as_array().into_iter().flatten() {
        out.push(item["title"].as_str().unwrap_or_default().to_string());
        outline_titles(&item["kids"], out);
    }
}

#[test]
fn the_pdf_has_the_maps_language_an_outline_of_its_stages_and_a_layer_per_lane() {
    let d = dir("svg", "pdf-structure");
    for (name, language) in [
        ("ecommerce", "zh-CN"),
        ("current-state", "pl"),
        ("service-blueprint", "zh-CN"),
    ] {
        let map = wayline_core::templates::find(name).unwrap().map().unwrap();
        let out = d.join(format!("{name}.pdf"));
        let options = ExportOptions {
            pain_page: true,
            ..ExportOptions::default()
        };
        export::export(&map, None, &out, &options).unwrap();
        let json = qpdf_json(&out);
        let objects = json["qpdf"][1].as_object().unwrap();
        let catalog = objects
            .values()
            .map(|o| &o["value"])
            .find(|v| v["/Type"] == "/Catalog")
            .unwrap();
        assert_eq!(catalog["/Lang"], format!("u:{language}"), "{name}");
        assert_eq!(catalog["/MarkInfo"]["/Marked"], true);
        let mut titles = Vec::new();
        outline_titles(&json["outlines"], &mut titles);
        for stage in &map.stages {
            assert!(
                titles.contains(&stage.name),
                "{name}: {:?} not in {titles:?}",
                stage.name
            );
        }
        let pain = wayline_core::i18n::tr(map.language(), "bookmark-pain-page", &[]);
        assert!(titles.contains(&pain), "{name}: {pain} not in {titles:?}");
        let groups = catalog["/OCProperties"]["/OCGs"].as_array().unwrap();
        let shown = map.lanes.iter().filter(|l| !l.hidden).count();
        assert_eq!(groups.len(), shown, "{name}: one layer per lane");
        let layer_names: Vec<String> = groups
            .iter()
            .map(|r| {
                let key = format!("obj:{}", r.as_str().unwrap());
                objects[&key]["value"]["/Name"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("u:")
                    .to_string()
            })
            .collect();
        for lane in map.lanes.iter().filter(|l| !l.hidden) {
            assert!(layer_names.contains(&lane.name), "{name}: {:?}", lane.name);
        }
        tool("qpdf", &["--check", out.to_str().unwrap()]);
        // The text still reads in order with the marked content around it.
        let text = tool("pdftotext", &[out.to_str().unwrap(), "-"]);
        assert!(text.contains(&map.stages[0].name));
    }
}
