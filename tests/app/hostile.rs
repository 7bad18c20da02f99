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
        (
            "escape-in-id.journey.ron",
            ":11:29: id \"stage\\u{1b}[31m-a\" contains the character U+001B",
        ),
        (
            "newline-in-id.journey.ron",
            ":24:26: id \"card-a\\n+ Card fake added\" contains the character U+000A",
        ),
        (
            "bidi-in-id.journey.ron",
            ":24:18: id \"card-\\u{202e}gnp.exe\"",
        ),
        ("long-id.journey.ron", ":17:18: id \"llll"),
        (
            "long-lane-name.journey.ron",
            "lane lane-a: the name is 20001 characters long",
        ),
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

/// Runs `wayline args…` in `dir`, killed after `secs` seconds: a command that
/// reads forever or blocks on a FIFO fails the test instead of hanging it.
fn run_with_timeout(args: &[&str], dir: &Path, secs: u64) -> Output {
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_wayline"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("wayline {args:?} did not finish within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn all_output(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `/dev/zero`, a FIFO and symlinks to devices, as maps, imports and photos:
/// each is refused at once with a message naming the path, never read until
/// memory runs out and never waited on.
#[cfg(unix)]
#[test]
fn special_files_are_refused_at_once_by_every_command() {
    let d = temp("special");
    let fifo = d.join("pipe.journey.ron");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo is needed");
    let csv_fifo = d.join("pipe.csv");
    assert!(
        Command::new("mkfifo")
            .arg(&csv_fifo)
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.journey.ron")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", d.join("random.csv")).unwrap();
    let good = d.join("good.journey.ron");
    wayline::io::save(&wayline::generate::map(2, 3, 1), &good).unwrap();
    let good = good.to_str().unwrap();
    for (args, path) in [
        (vec!["check", "/dev/zero"], "/dev/zero"),
        (vec!["check", "zero.journey.ron"], "zero.journey.ron"),
        (vec!["check", "pipe.journey.ron"], "pipe.journey.ron"),
        (vec!["diff", "/dev/zero", good], "/dev/zero"),
        (vec!["diff", good, "pipe.journey.ron"], "pipe.journey.ron"),
        (vec!["export", "/dev/zero", "-o", "x.png"], "/dev/zero"),
        (
            vec!["export", "pipe.journey.ron", "-o", "x.pdf"],
            "pipe.journey.ron",
        ),
        (
            vec![
                "import",
                "/dev/zero",
                "--from",
                "csv",
                "-o",
                "a.journey.ron",
            ],
            "/dev/zero",
        ),
        (
            vec!["import", "random.csv", "-o", "b.journey.ron"],
            "random.csv",
        ),
        (
            vec!["import", "pipe.csv", "-o", "c.journey.ron"],
            "pipe.csv",
        ),
        (vec!["textconv", "/dev/zero"], "/dev/zero"),
        (vec!["textconv", "pipe.journey.ron"], "pipe.journey.ron"),
        (vec!["resolve", "/dev/zero", "--take", "ours"], "/dev/zero"),
        (
            vec!["merge", good, good, "/dev/zero", "-o", "m.journey.ron"],
            "/dev/zero",
        ),
    ] {
        let out = run_with_timeout(&args, &d, 30);
        let all = all_output(&out);
        assert!(!out.status.success(), "{args:?} succeeded: {all}");
        assert!(
            all.contains(path) && all.contains("not a regular file"),
            "{args:?}: {all}"
        );
        assert!(!all.contains("panicked"), "{all}");
    }
    for written in ["a", "b", "c", "m"] {
        assert!(!d.join(format!("{written}.journey.ron")).exists());
    }
    // Persona photos: a symlink to /dev/zero or /dev/urandom, a FIFO.
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.png")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", d.join("random.jpg")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(d.join("pipe.png"))
            .status()
            .unwrap()
            .success()
    );
    for photo in ["zero.png", "random.jpg", "pipe.png"] {
        let mut map = wayline::generate::map(2, 3, 1);
        map.persona.photo = Some(photo.into());
        let path = d.join(format!("with-{photo}.journey.ron"));
        wayline::io::save(&map, &path).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        let out = run_with_timeout(&["check", name], &d, 30);
        let all = all_output(&out);
        assert_eq!(out.status.code(), Some(1), "{all}");
        assert!(
            all.contains(photo) && all.contains("not a regular file"),
            "{photo}: {all}"
        );
        let pdf = format!("{photo}.pdf");
        let out = run_with_timeout(&["export", name, "-o", &pdf], &d, 60);
        assert!(out.status.success(), "{photo}: {}", all_output(&out));
    }
}

/// A map that is a symlink is saved through the link, a read-only map is not
/// replaced, and nothing is left behind.
#[cfg(unix)]
#[test]
fn saving_keeps_symlinks_and_refuses_read_only_maps() {
    use std::os::unix::fs::PermissionsExt;
    let d = temp("save-targets");
    let real = d.join("real.journey.ron");
    let mut map = wayline::generate::map(2, 3, 1);
    map.conflicts.push(wayline::model::Conflict {
        item: wayline::model::ItemRef::Map,
        field: Some("title".into()),
        base: None,
        ours: Some(map.title.clone()),
        theirs: Some("Theirs".into()),
        deleted_by: None,
        note: String::new(),
    });
    wayline::io::save(&map, &real).unwrap();
    std::os::unix::fs::symlink("real.journey.ron", d.join("link.journey.ron")).unwrap();
    let out = run_with_timeout(&["resolve", "link.journey.ron", "--take", "theirs"], &d, 30);
    assert!(out.status.success(), "{}", all_output(&out));
    let link = std::fs::symlink_metadata(d.join("link.journey.ron")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(wayline::io::load(&real).unwrap().map.title, "Theirs");

    let locked = d.join("locked.journey.ron");
    wayline::io::save(&map, &locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&locked).unwrap();
    let out = run_with_timeout(
        &["resolve", "locked.journey.ron", "--take", "theirs"],
        &d,
        30,
    );
    let all = all_output(&out);
    assert!(!out.status.success(), "{all}");
    assert!(
        all.contains("locked.journey.ron") && all.contains("read-only"),
        "{all}"
    );
    assert_eq!(std::fs::read(&locked).unwrap(), before);
    let mode = std::fs::metadata(&locked).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
    let leftovers: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Wayline never writes a map it would refuse to open: merge, import and
/// resolve refuse with a clear error and write nothing.
#[test]
fn merge_import_and_resolve_never_write_a_map_check_refuses() {
    let d = temp("produced");
    // Two sides adding 26 000 cards each: 52 000 merged, over MAX_CARDS.
    let base = wayline::generate::map(3, 0, 1);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let (lane, stage) = (base.lanes[0].id.clone(), base.stages[0].id.clone());
    for i in 0..26_000 {
        for (side, map) in [("o", &mut ours), ("t", &mut theirs)] {
            map.cards.push(wayline::model::Card::new(
                wayline::model::CardId(format!("{side}{i}")),
                lane.clone(),
                stage.clone(),
                "x",
            ));
        }
    }
    for (name, map) in [("base", &base), ("ours", &ours), ("theirs", &theirs)] {
        wayline::io::save(map, &d.join(format!("{name}.journey.ron"))).unwrap();
    }
    let out = run_with_timeout(
        &[
            "merge",
            "base.journey.ron",
            "ours.journey.ron",
            "theirs.journey.ron",
            "-o",
            "merged.journey.ron",
        ],
        &d,
        120,
    );
    let all = all_output(&out);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(
        all.contains("merged.journey.ron: not saved")
            && all.contains("at most 50000 cards")
            && all.contains("left as it was"),
        "{all}"
    );
    assert!(!d.join("merged.journey.ron").exists());

    // A 7.6 MB table whose control characters RON writes as \u{1}: 38 MB of map.
    let mut csv = String::from("stage,lane,text\n");
    let text = "\u{1}".repeat(19_000);
    for _ in 0..400 {
        csv.push_str(&format!("S,L,{text}\n"));
    }
    std::fs::write(d.join("big.csv"), &csv).unwrap();
    let out = run_with_timeout(&["import", "big.csv", "-o", "big.journey.ron"], &d, 120);
    let all = all_output(&out);
    assert!(!out.status.success(), "{all}");
    assert!(
        all.contains("the imported map would be") && all.contains("at most 33554432 bytes"),
        "{all}"
    );
    assert!(!d.join("big.journey.ron").exists());

    // A conflict record whose theirs value is longer than any text may be.
    let mut map = wayline::generate::map(2, 3, 1);
    let card = map.cards[0].id.clone();
    map.conflicts.push(wayline::model::Conflict {
        item: wayline::model::ItemRef::Card(card),
        field: Some("text".into()),
        base: None,
        ours: Some("ours".into()),
        theirs: Some("t".repeat(wayline::model::MAX_TEXT_CHARS + 1)),
        deleted_by: None,
        note: String::new(),
    });
    let path = d.join("conflicted.journey.ron");
    wayline::io::save(&map, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let out = run_with_timeout(
        &["resolve", "conflicted.journey.ron", "--take", "theirs"],
        &d,
        30,
    );
    let all = all_output(&out);
    assert!(!out.status.success(), "{all}");
    assert!(all.contains("would make the map invalid"), "{all}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Names and texts with newlines, terminal escapes and bidi overrides are
/// printed escaped: one change per line, nothing a terminal interprets.
#[test]
fn diff_and_textconv_print_no_control_characters() {
    let d = temp("escapes");
    let old = wayline::generate::map(2, 3, 1);
    let mut new = old.clone();
    new.stages[0].name = "Buy\n+ Card fake added".into();
    new.cards[0].text = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}txt".into();
    new.lanes[0].name = "lane\r\u{0}".into();
    wayline::io::save(&old, &d.join("old.journey.ron")).unwrap();
    wayline::io::save(&new, &d.join("new.journey.ron")).unwrap();
    let diff = run_with_timeout(&["diff", "old.journey.ron", "new.journey.ron"], &d, 30);
    assert_eq!(diff.status.code(), Some(1), "{}", all_output(&diff));
    let text = String::from_utf8(diff.stdout).unwrap();
    let changes = wayline::diff::diff(&old, &new).len();
    assert_eq!(text.lines().count(), changes, "{text}");
    let textconv = run_with_timeout(&["textconv", "new.journey.ron"], &d, 30);
    let listing = String::from_utf8(textconv.stdout).unwrap();
    for out in [&text, &listing] {
        assert!(
            !out.chars()
                .any(|c| c != '\n' && wayline::model::escape::needs_escape(c)),
            "{out:?}"
        );
        assert!(!out.lines().any(|l| l.starts_with("+ Card fake")), "{out}");
    }
    assert!(listing.contains("\\u{1b}[2J"), "{listing}");
}

/// Defect 13: PDF export took about 170 KB a card (10 000 cards: 1.7 GB). Run
/// under an address-space limit of 1 GB, which that would break many times
/// over, a 10 000-card map still exports to A3 and to a tiled poster.
#[test]
fn a_10_000_card_map_exports_to_pdf_in_bounded_memory() {
    let d = temp("pdf-memory");
    let map = wayline::generate::map(20, 10_000, 7);
    wayline::io::save(&map, &d.join("big.journey.ron")).unwrap();
    let bin = env!("CARGO_BIN_EXE_wayline");
    for (out, args) in [
        ("big.pdf", "--page a3 --one-page"),
        ("wall.pdf", "--tile a4 --poster a1"),
    ] {
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -v 1000000 && exec '{bin}' export big.journey.ron -o {out} {args}"
            ))
            .current_dir(&d)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{out} under 1 GB: {}",
            all_output(&status)
        );
        let bytes = std::fs::read(d.join(out)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{out} is a PDF");
    }
}
