//! The real editor window, driven as a user would: the test finds an empty
//! cell through the accessibility tree (AT-SPI, as a screen reader sees it),
//! double-clicks it with xdotool, types a card's text with the keyboard,
//! presses Enter and Ctrl+S, and reads the saved file back.
//!
//! Needs Xvfb, xdotool, dbus, at-spi2-core and python3-pyatspi (`.ci/run`
//! installs them). The script `atspi_extents.py` beside this file runs with
//! Debian's /usr/bin/python3, which sees python3-pyatspi.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wayline::model::{LaneKind, Map};

use crate::common::{Killed, start_x, wait_for, wait_for_window, xdotool};

mod ime;

/// A private session bus: its address is what the editor, the accessibility
/// bus launcher and the script share.
fn start_session_bus() -> (Killed, String) {
    use std::io::BufRead;
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon is needed (apt install dbus)");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("piped stdout");
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .expect("dbus-daemon reports its address");
    let address = line.trim().to_string();
    assert!(
        address.starts_with("unix:"),
        "dbus-daemon did not start: {line:?}"
    );
    (Killed(child), address)
}

/// The environment every process of the test shares.
struct Env {
    display: String,
    bus: String,
    runtime: PathBuf,
}

impl Env {
    fn apply<'a>(&self, cmd: &'a mut Command) -> &'a mut Command {
        // English whatever the machine's locale, and no language (or other
        // setting) remembered from a run of the editor by hand.
        cmd.env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("XDG_DATA_HOME", self.runtime.join("data"))
            .env("LC_ALL", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("WAYLAND_DISPLAY")
    }
}

/// Starts the accessibility bus (at-spi2-core) on the session bus and turns
/// accessibility on, as a running screen reader does; AccessKit in the editor
/// then publishes its tree there.
fn start_accessibility(env: &Env) -> Killed {
    let launcher = [
        "/usr/libexec/at-spi-bus-launcher",
        "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
    .expect("at-spi-bus-launcher is needed (apt install at-spi2-core)");
    let child = env
        .apply(&mut Command::new(launcher))
        .arg("--launch-immediately")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("at-spi-bus-launcher starts");
    let launcher = Killed(child);
    for property in ["IsEnabled", "ScreenReaderEnabled"] {
        // `--type=method_call`: dbus-send sends a signal otherwise, which sets nothing.
        wait_for("the accessibility bus", 10, || {
            env.apply(&mut Command::new("dbus-send"))
                .args([
                    "--session",
                    "--type=method_call",
                    "--print-reply",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set",
                    "string:org.a11y.Status",
                    &format!("string:{property}"),
                    "variant:boolean:true",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .ok()
                .filter(|s| s.success())
        });
    }
    launcher
}

/// The screen rectangle (x, y, width, height) of the accessible node named
/// `name`, read through AT-SPI.
fn extents(env: &Env, name: &str) -> (i32, i32, i32, i32) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/app/atspi_extents.py");
    let out = env
        .apply(&mut Command::new("/usr/bin/python3"))
        .arg(&script)
        .args([name, "20"])
        .output()
        .expect("Debian's python3 is needed (apt install python3-pyatspi)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{} found no {name:?}: {}{}",
        script.display(),
        text,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Vec<i32> = text
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect();
    assert_eq!(v.len(), 4, "x y width height, got {text:?}");
    (v[0], v[1], v[2], v[3])
}

/// A cell of a plain card lane in a stage without steps, with no cards: the
/// first one the map has, or the first such cell emptied.
fn empty_cell(map: &mut Map) -> (wayline::model::LaneId, wayline::model::StageId) {
    let plain = |k: LaneKind| {
        matches!(
            k,
            LaneKind::Actions | LaneKind::Thoughts | LaneKind::PainPoints | LaneKind::Text
        )
    };
    let cells: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| plain(l.kind))
        .flat_map(|l| {
            map.stages
                .iter()
                .filter(|s| s.steps.is_empty())
                .map(move |s| (l.id.clone(), s.id.clone()))
        })
        .collect();
    assert!(!cells.is_empty(), "the template has a plain card lane");
    if let Some(cell) = cells
        .iter()
        .find(|(lane, stage)| map.cards_in(lane, stage).next().is_none())
    {
        return cell.clone();
    }
    let (lane, stage) = cells[0].clone();
    map.cards.retain(|c| !(c.lane == lane && c.stage == stage));
    (lane, stage)
}

#[test]
fn double_click_an_empty_cell_type_and_save_in_the_real_window() {
    let dir = crate::common::dir("realwin", "type");
    let file = dir.join("real-window.journey.ron");
    let mut map = wayline::templates::find("ecommerce")
        .expect("the ecommerce template")
        .map()
        .expect("it loads");
    let (lane, stage) = empty_cell(&mut map);
    wayline::io::save(&map, &file).unwrap();
    let label = format!("Cell: {}", map.cell_name(&lane, &stage));

    let (_x, display) = start_x();
    // The Polish typists' layout has ż on a key of its own (no AltGr), so
    // xdotool finds it in the keymap. Otherwise it remaps a spare key for it
    // while the editor reads the keymap, which races: the letter is lost.
    let layout = Command::new("setxkbmap")
        .args(["-display", &display, "-layout", "pl", "-variant", "qwertz"])
        .status()
        .expect("setxkbmap is needed (x11-xkb-utils, which xvfb depends on)");
    assert!(layout.success(), "setxkbmap pl qwertz: {layout}");
    let (_bus, bus) = start_session_bus();
    let runtime = dir.join("xdg");
    std::fs::create_dir_all(&runtime).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let env = Env {
        display: display.clone(),
        bus,
        runtime,
    };
    let _a11y = start_accessibility(&env);
    let log = dir.join("editor.log");
    let editor = env
        .apply(&mut Command::new(env!("CARGO_BIN_EXE_wayline")))
        .arg(&file)
        .env("WAYLINE_RECOVERY_DIR", dir.join("recovery"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut editor = Killed(editor);
    let window = wait_for_window(&display, "real-window.journey.ron", &mut editor, &log);
    xdotool(&display, &["windowfocus", "--sync", &window]);

    // Where a screen reader says the cell is; double-click its upper half,
    // away from the "+" at its foot (a single click there adds a card too).
    let (x, y, w, h) = extents(&env, &label);
    let (cx, cy) = (x + w / 2, y + h / 4);
    xdotool(
        &display,
        &["mousemove", "--sync", &cx.to_string(), &cy.to_string()],
    );
    std::thread::sleep(Duration::from_millis(200));
    xdotool(&display, &["click", "--repeat", "2", "--delay", "80", "1"]);
    std::thread::sleep(Duration::from_millis(400));
    // No click into the new card: it is open for typing at once.
    xdotool(&display, &["type", "--delay", "30", "Nowa karta "]);
    // A Polish letter by its keysym, held 50 ms: pressed and released at
    // once (xdotool's default), it was lost in about half of the runs.
    std::thread::sleep(Duration::from_millis(500));
    xdotool(&display, &["key", "--delay", "100", "zabovedot"]);
    std::thread::sleep(Duration::from_millis(500));
    xdotool(&display, &["type", "--delay", "30", " ok"]);
    xdotool(&display, &["key", "Return"]);
    std::thread::sleep(Duration::from_millis(200));
    xdotool(&display, &["key", "ctrl+s"]);

    let want = "Nowa karta ż ok";
    let start = Instant::now();
    let mut seen = Vec::new();
    loop {
        if let Ok(loaded) = wayline::io::load(&file) {
            seen = loaded
                .map
                .cards_in(&lane, &stage)
                .map(|c| c.text.clone())
                .collect();
            if seen.iter().any(|t| t == want) {
                break;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the saved file has no card {want:?} in {label}; it has {seen:?}; the editor printed:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(seen, [want], "exactly one new card in the cell");
    let loaded = wayline::io::load(&file).unwrap().map;
    assert_eq!(
        loaded.cards.len(),
        map.cards.len() + 1,
        "one card added, nothing else"
    );
}

/// Clicks the middle of the accessible node named `name`.
fn click_named(env: &Env, display: &str, name: &str) {
    let (x, y, w, h) = extents(env, name);
    let (cx, cy) = ((x + w / 2).to_string(), (y + h / 2).to_string());
    xdotool(display, &["mousemove", "--sync", &cx, &cy]);
    std::thread::sleep(Duration::from_millis(150));
    xdotool(display, &["click", "1"]);
    std::thread::sleep(Duration::from_millis(300));
}

#[test]
fn the_real_window_speaks_the_locales_language_and_remembers_the_menus_choice() {
    let dir = crate::common::dir("realwin", "language");
    let file = dir.join("jezyk.journey.ron");
    let map = wayline::templates::find("current-state")
        .expect("the current-state template")
        .map()
        .expect("it loads");
    wayline::io::save(&map, &file).unwrap();
    let (_x, display) = start_x();
    let (_bus, bus) = start_session_bus();
    let runtime = dir.join("xdg");
    std::fs::create_dir_all(&runtime).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let env = Env {
        display: display.clone(),
        bus,
        runtime,
    };
    let _a11y = start_accessibility(&env);
    let log = dir.join("editor.log");
    // A Polish desktop: LANG says so, nothing overrides it.
    let start = || {
        let child = env
            .apply(&mut Command::new(env!("CARGO_BIN_EXE_wayline")))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "pl_PL.UTF-8")
            .arg(&file)
            .env("WAYLINE_RECOVERY_DIR", dir.join("recovery"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        Killed(child)
    };
    let mut editor = start();
    let window = wait_for_window(&display, "jezyk.journey.ron", &mut editor, &log);
    xdotool(&display, &["windowfocus", "--sync", &window]);
    // What a screen reader reads: the menus in Polish.
    extents(&env, "Plik");
    extents(&env, "Etapy i ścieżki");
    // View → Language → English, at once.
    click_named(&env, &display, "Widok");
    click_named(&env, &display, "Język");
    click_named(&env, &display, "English");
    extents(&env, "File");
    extents(&env, "Stages & lanes");
    // Quit from the menu; the choice is saved with the window's state.
    click_named(&env, &display, "File");
    click_named(&env, &display, "Quit");
    let quit = Instant::now();
    while editor.0.try_wait().unwrap().is_none() {
        assert!(
            quit.elapsed() < Duration::from_secs(15),
            "the editor did not quit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Started again on the same Polish desktop, it speaks English.
    let mut editor = start();
    let window = wait_for_window(&display, "jezyk.journey.ron", &mut editor, &log);
    xdotool(&display, &["windowfocus", "--sync", &window]);
    extents(&env, "Stages & lanes");
    extents(&env, "File");
}
