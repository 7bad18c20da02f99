//! Helpers shared by the app's tests: the `wayline` program, temporary
//! directories, and poppler's tools for reading exports back.

use std::path::Path;
use std::process::{Command, Output};

// Temporary folders and poppler's tools are the core's test helpers, shared
// as one file rather than copied.
#[path = "../../crates/wayline-core/tests/core/common.rs"]
mod exports;
pub use exports::{dir, field, tool};

/// Runs the `wayline` program in `cwd`, as a user at a terminal would.
pub fn wayline(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wayline"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap_or_else(|e| panic!("cannot run wayline: {e}"))
}

/// A child process (Xvfb, the editor, a bus) stopped when the test ends,
/// however it ends.
pub struct Killed(pub std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        if !matches!(self.0.try_wait(), Ok(None)) {
            return;
        }
        // TERM first so Xvfb removes its lock file and socket; then make sure.
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        std::thread::sleep(std::time::Duration::from_millis(200));
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Polls `probe` every 200 ms until it gives a value; fails after `seconds`.
pub fn wait_for<T>(what: &str, seconds: u64, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = std::time::Instant::now();
    loop {
        if let Some(v) = probe() {
            return v;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(seconds),
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

/// Runs xdotool on `display`; returns what it printed.
pub fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool is needed (apt install xdotool)");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A running Xvfb, and this test's turn at having one.
pub struct XServer {
    // Fields drop in order: the server goes before the next test may start one.
    _server: Killed,
    _turn: std::sync::MutexGuard<'static, ()>,
}

/// One X server at a time: two Xvfb started at once can both take the same
/// free display (each deletes the other's fresh lock file as stale), and then
/// one editor's "Failed to open connection to X server".
static X_TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Starts Xvfb on a display it picks itself (`-displayfd`), so stale sockets and
/// lock files of other runs cannot get in the way; returns it and ":N". The
/// tests that need a real window take turns.
pub fn start_x() -> (XServer, String) {
    use std::io::BufRead;
    // A test that failed while holding its turn still ends its server.
    let turn = X_TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1400x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("Xvfb is needed (apt install xvfb)");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("piped stdout");
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .expect("Xvfb reports its display");
    let display = format!(":{}", line.trim());
    assert!(
        line.trim().parse::<u32>().is_ok(),
        "Xvfb did not start: {line:?}"
    );
    (
        XServer {
            _server: Killed(child),
            _turn: turn,
        },
        display,
    )
}

/// Waits for a window whose title contains `title`; on a timeout, says what
/// the editor printed (`log`) and whether it still runs.
pub fn wait_for_window(display: &str, title: &str, editor: &mut Killed, log: &Path) -> String {
    let start = std::time::Instant::now();
    loop {
        let ids = xdotool(display, &["search", "--name", title]);
        if let Some(id) = ids.lines().next() {
            return id.to_string();
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "no editor window after 60 s; the editor {}; it printed:\n{}\nwindows on {display}: {}",
            match editor.0.try_wait() {
                Ok(Some(status)) => format!("exited with {status}"),
                _ => "still runs".to_string(),
            },
            std::fs::read_to_string(log).unwrap_or_default(),
            xdotool(display, &["search", "--name", "."]),
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}
