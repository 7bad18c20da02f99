//! Hostile and damaged files: each gives a clear error (or loads with a visible
//! warning) and never a panic, a hang or a changed file on disk.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wayline"))
        .arg("check")
        .arg(path)
        .output()
        .unwrap()
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wayline-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `wayline check` fails with a message containing `expect`, and leaves the file as it was.
fn refused(path: &Path, expect: &str) {
    let before = std::fs::read(path).unwrap();
    let out = check(path);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1), "{}: {all}", path.display());
    assert!(
        all.contains(expect),
        "{}: expected {expect:?} in {all}",
        path.display()
    );
    assert!(!all.contains("panicked"), "{all}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "{} was changed",
        path.display()
    );
    // The library gives the same answer without a process boundary.
    let _ = wayline::io::load(path);
}

#[test]
fn the_corpus_of_bad_files_is_refused_with_clear_messages() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/wayline-core/tests/corpus");
    for (file, expect) in [
        ("truncated.journey.ron", "looks truncated"),
        ("wrong-type.journey.ron", ":5:11: Expected string"),
        ("missing-field.journey.ron", "missing field named `kind`"),
        (
            "unknown-field.journey.ron",
            ":5:5: Unexpected field named `theme_colour`",
        ),
        ("duplicate-ids.journey.ron", "is used more than once"),
        (
            "dangling-stage.journey.ron",
            "\"stage-that-was-deleted\", which does not exist",
        ),
        ("newer-version.journey.ron", "written by a newer Wayline"),
        ("deep-nesting.journey.ron", "deep"),
        (
            "score-out-of-range.journey.ron",
            "emotion score 9 is outside",
        ),
        ("not-utf8.journey.ron", ":7:19: the file is not UTF-8"),
        ("empty.journey.ron", ":1:1: Expected opening `(`"),
        ("not-ron.journey.ron", ":1:1:"),
    ] {
        refused(&corpus.join(file), expect);
    }
}

#[test]
fn a_50_mb_string_is_refused_before_it_is_read() {
    let d = temp("big-string");
    let path = d.join("huge.journey.ron");
    let mut text = wayline::io::to_string(&wayline::generate::map(2, 2, 1)).unwrap();
    text = text.replacen(
        "title: \"",
        &format!("title: \"{}", "x".repeat(50 * 1024 * 1024)),
        1,
    );
    std::fs::write(&path, text).unwrap();
    refused(&path, "Wayline opens map files of at most");
}

#[test]
fn a_long_text_inside_the_size_limit_is_refused_by_length() {
    let d = temp("long-text");
    let path = d.join("long.journey.ron");
    let mut map = wayline::generate::map(2, 2, 1);
    map.cards[0].text = "ż".repeat(wayline::model::MAX_TEXT_CHARS + 1);
    std::fs::write(&path, wayline::io::to_string(&map).unwrap()).unwrap();
    refused(&path, "Wayline keeps each text under");
}

#[test]
fn a_100_000_card_map_is_refused_with_the_limit() {
    let d = temp("many-cards");
    let path = d.join("many.journey.ron");
    let map = wayline::generate::map(40, 100_000, 3);
    std::fs::write(&path, wayline::io::to_string(&map).unwrap()).unwrap();
    refused(&path, "Wayline opens maps of at most 50000 cards");
}

#[test]
fn bad_persona_photos_load_with_a_warning() {
    let d = temp("photos");
    let wide = d.join("wide.png");
    image::RgbaImage::new(5000, 1).save(&wide).unwrap();
    std::fs::write(d.join("corrupt.png"), b"\x89PNG\r\n\x1a\n garbage garbage").unwrap();
    std::fs::write(d.join("notes.jpg"), "this is not a picture").unwrap();
    for (photo, expect) in [
        (
            "wide.png",
            "5000 × 1 pixels; Wayline shows pictures up to 4096",
        ),
        ("corrupt.png", "cannot read the picture"),
        ("notes.jpg", "cannot read the picture"),
        ("missing.png", "cannot read the picture"),
    ] {
        let mut map = wayline::templates::find("persona-first")
            .unwrap()
            .map()
            .unwrap();
        map.persona.photo = Some(photo.to_string());
        let path = d.join(format!("{photo}.journey.ron"));
        wayline::io::save(&map, &path).unwrap();
        refused(&path, expect);
        // The map itself loads, and exports with an empty frame where the photo was.
        let loaded = wayline::io::load(&path).unwrap().map;
        let pdf = d.join(format!("{photo}.pdf"));
        wayline::export::export(
            &loaded,
            Some(&d),
            &pdf,
            &wayline::export::ExportOptions::default(),
        )
        .unwrap();
    }
}

#[test]
fn a_good_photo_is_drawn_into_png_and_pdf() {
    let d = temp("good-photo");
    let mut img = image::RgbaImage::new(64, 64);
    for p in img.pixels_mut() {
        *p = image::Rgba([200, 20, 20, 255]);
    }
    img.save(d.join("face.png")).unwrap();
    let mut map = wayline::templates::find("persona-first")
        .unwrap()
        .map()
        .unwrap();
    map.persona.photo = Some("face.png".into());
    let path = d.join("ok.journey.ron");
    wayline::io::save(&map, &path).unwrap();
    let out = check(&path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let png = d.join("ok.png");
    let options = wayline::export::ExportOptions {
        dpi: Some(72.0),
        ..Default::default()
    };
    wayline::export::export(&map, Some(&d), &png, &options).unwrap();
    let page = &wayline::export::plan(&map, Some(&d), &options).unwrap()[0];
    let rect = page.scene.items.iter().find_map(|i| match i {
        wayline::scene::Item::Image(i) => Some(i.rect),
        _ => None,
    });
    let c = rect.unwrap().center();
    let decoded = image::open(&png).unwrap().to_rgba8();
    let p = decoded
        .get_pixel(
            (page.offset.0 + c.x * page.scale) as u32,
            (page.offset.1 + c.y * page.scale) as u32,
        )
        .0;
    assert!(p[0] > 150 && p[1] < 80, "photo pixels: {p:?}");
}
