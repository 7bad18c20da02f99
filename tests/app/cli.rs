//! The `wayline` command line, run as a user runs it: exit codes, messages, files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn wayline(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wayline"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn new_then_check() {
    let dir = temp_dir("new");
    let out = wayline(
        &["new", "--template", "ecommerce", "-o", "a.journey.ron"],
        &dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = wayline(&["check", "a.journey.ron"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = stdout(&out);
    assert!(line.starts_with("a.journey.ron: ok, 5 stages,"), "{line}");
    assert!(
        line.contains("cards") && line.contains("pain points"),
        "{line}"
    );
}

#[test]
fn every_template_is_listed_and_writes_a_valid_map() {
    let dir = temp_dir("all");
    let out = wayline(&["templates"], &dir);
    assert!(out.status.success());
    let listing = stdout(&out);
    for template in wayline::templates::TEMPLATES {
        assert!(listing.contains(template.name), "{listing}");
        let file = format!("{}.journey.ron", template.name);
        assert!(
            wayline(&["new", "-t", template.name, "-o", &file], &dir)
                .status
                .success()
        );
        let out = wayline(&["check", &file], &dir);
        assert!(out.status.success(), "{}: {}", template.name, stderr(&out));
        assert!(
            !stdout(&out).contains("no bundled font"),
            "{}",
            stdout(&out)
        );
    }
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = temp_dir("force");
    std::fs::write(dir.join("mine.journey.ron"), "my precious notes").unwrap();
    let out = wayline(&["new", "-t", "empty", "-o", "mine.journey.ron"], &dir);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("already exists") && stderr(&out).contains("--force"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("mine.journey.ron")).unwrap(),
        "my precious notes"
    );
    let out = wayline(
        &["new", "-t", "empty", "-o", "mine.journey.ron", "--force"],
        &dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        wayline(&["check", "mine.journey.ron"], &dir)
            .status
            .success()
    );
}

#[test]
fn unknown_template_lists_the_real_ones() {
    let out = wayline(
        &["new", "-t", "nope", "-o", "x.journey.ron"],
        &temp_dir("unknown"),
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).starts_with("error: no template named \"nope\""),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("ecommerce"));
}

#[test]
fn check_reports_errors_with_position_on_stderr() {
    let dir = temp_dir("check");
    std::fs::write(
        dir.join("bad.journey.ron"),
        "(\n    version: 1,\n    title: \"x\",\n    kind: Sideways,\n)",
    )
    .unwrap();
    let out = wayline(&["check", "bad.journey.ron"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("error: bad.journey.ron:4:"), "{err}");
    assert!(stdout(&out).is_empty());

    let out = wayline(&["check", "missing.journey.ron"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("missing.journey.ron: cannot read the file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn new_empty_keeps_the_structure_without_the_content() {
    let dir = temp_dir("empty");
    let out = wayline(
        &[
            "new",
            "-t",
            "service-blueprint",
            "--empty",
            "-o",
            "blank.journey.ron",
        ],
        &dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let blank = wayline::io::load(&dir.join("blank.journey.ron"))
        .unwrap()
        .map;
    let full = wayline::templates::find("service-blueprint")
        .unwrap()
        .map()
        .unwrap();
    assert!(blank.cards.is_empty() && blank.persona.is_empty());
    assert_eq!(
        blank.stages.iter().map(|s| &s.name).collect::<Vec<_>>(),
        full.stages.iter().map(|s| &s.name).collect::<Vec<_>>()
    );
    assert_eq!(blank.lanes, full.lanes);
}
