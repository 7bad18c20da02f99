//! `wayline import` and CSV export from the command line.

use std::path::Path;

use crate::common::wayline;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/crates/wayline-core/tests/corpus/mermaid"
);

fn temp_dir(name: &str) -> std::path::PathBuf {
    crate::common::dir("import", name)
}

#[test]
fn the_command_line_imports_exports_and_refuses_to_overwrite() {
    let dir = temp_dir("cli");
    let mmd = Path::new(CORPUS).join("docs-my-working-day.mmd");
    let mmd = mmd.to_str().unwrap();
    let out = wayline(&["import", mmd, "-o", "day.journey.ron"], &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 stages"));
    assert!(
        wayline(&["check", "day.journey.ron"], &dir)
            .status
            .success()
    );

    let again = wayline(&["import", mmd, "-o", "day.journey.ron"], &dir);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = wayline(&["import", mmd, "-o", "day.journey.ron", "--force"], &dir);
    assert!(forced.status.success());

    let out = wayline(&["export", "day.journey.ron", "-o", "day.csv"], &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = wayline(&["import", "day.csv", "-o", "back.journey.ron"], &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = wayline::io::load(&dir.join("day.journey.ron")).unwrap().map;
    let b = wayline::io::load(&dir.join("back.journey.ron"))
        .unwrap()
        .map;
    assert_eq!(a.cards, b.cards);

    std::fs::write(dir.join("bad.mmd"), "journey\nsection A\n  Make tea 5 Me\n").unwrap();
    let out = wayline(&["import", "bad.mmd", "-o", "bad.journey.ron"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: bad.mmd:3:3: expected a task"),
        "{err}"
    );
    assert!(
        !dir.join("bad.journey.ron").exists(),
        "nothing written on error"
    );

    std::fs::copy(mmd, dir.join("diagram.txt")).unwrap();
    let out = wayline(&["import", "diagram.txt", "-o", "d.journey.ron"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--from"));
    let out = wayline(
        &[
            "import",
            "diagram.txt",
            "--from",
            "mermaid",
            "-o",
            "d.journey.ron",
        ],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = wayline(&["import", "day.csv", "-o", "day.csv", "--force"], &dir);
    assert_eq!(
        out.status.code(),
        Some(1),
        "never writes a map over the input"
    );
    assert!(
        String::from_utf8_lossy(&std::fs::read(dir.join("day.csv")).unwrap())
            .contains("stage,step,lane")
    );
}
