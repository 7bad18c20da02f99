//! `kill -9` during a write, over and over: `wayline merge -o`, `export -o
//! x.pdf`, `export -o x.csv` and `new --force` are started onto an existing
//! target and killed after a short, varying delay. After each kill the target
//! is either the old file or the complete new one, and a temporary file the
//! kill left (between creating it and the rename) is removed by the next write
//! once it is stale.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use crate::common;

const OLD: &[u8] = b"the old file, which must survive whole\n";

/// One command writing `target` in `dir`.
struct Writer {
    args: Vec<String>,
    target: PathBuf,
    reference: Vec<u8>,
}

fn run(dir: &Path, args: &[String]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_wayline"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run wayline: {e}"))
}

/// The file with a PDF's creation and modification times blanked: the only
/// bytes that differ between two exports of one map.
fn normalised(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut i = 0;
    while let Some(at) = out[i..].windows(3).position(|w| w == b"(D:") {
        let start = i + at + 3;
        let end = (start + 14).min(out.len());
        if out[start..end].iter().all(u8::is_ascii_digit) {
            out[start..end].fill(b'0');
        }
        i = start;
    }
    out
}

/// Temporary files of ours beside `target`.
fn temps(target: &Path) -> Vec<PathBuf> {
    let name = target.file_name().unwrap().to_string_lossy().into_owned();
    let prefix = format!(".{name}.");
    std::fs::read_dir(target.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with(&prefix) && n.ends_with(".tmp")
        })
        .collect()
}

/// Makes a leftover look as old as one from a run killed a while ago.
fn age(file: &Path) {
    let old = SystemTime::now() - wayline::io::atomic_stale_after() * 2;
    std::fs::File::options()
        .write(true)
        .open(file)
        .unwrap()
        .set_modified(old)
        .unwrap();
}

#[test]
fn sigkill_during_writes_leaves_the_old_or_the_new_file_and_stale_temps_are_removed() {
    let started = Instant::now();
    let dir = common::dir("killed-writes", "loop");
    let map = wayline::generate::map(20, 2000, 7);
    wayline::io::save(&map, &dir.join("big.journey.ron")).unwrap();
    let mut ours = map.clone();
    ours.title = "Ours".into();
    wayline::io::save(&ours, &dir.join("ours.journey.ron")).unwrap();
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let mut writers: Vec<Writer> = [
        (
            s(&[
                "merge",
                "big.journey.ron",
                "ours.journey.ron",
                "big.journey.ron",
                "-o",
                "merged.journey.ron",
            ]),
            "merged.journey.ron",
        ),
        (s(&["export", "big.journey.ron", "-o", "x.pdf"]), "x.pdf"),
        (s(&["export", "big.journey.ron", "-o", "x.csv"]), "x.csv"),
        (
            s(&["new", "-t", "ecommerce", "--force", "-o", "new.journey.ron"]),
            "new.journey.ron",
        ),
    ]
    .into_iter()
    .map(|(args, target)| {
        let target = dir.join(target);
        let status = run(&dir, &args).wait().unwrap();
        assert!(status.success(), "{args:?} without a kill");
        let reference = normalised(&std::fs::read(&target).unwrap());
        Writer {
            args,
            target,
            reference,
        }
    })
    .collect();
    for w in &writers {
        assert!(
            temps(&w.target).is_empty(),
            "a finished write leaves no temp"
        );
    }

    let iterations = 32;
    let (mut killed, mut left_temps) = (0, 0);
    for i in 0..iterations {
        let w = &mut writers[i % 4];
        std::fs::write(&w.target, OLD).unwrap();
        // 0 to 300 ms, in a spread that does not repeat per command.
        let delay = Duration::from_millis((i as u64 * 97) % 301);
        let mut child = run(&dir, &w.args);
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        }
        // SIGKILL (a no-op if it finished already).
        child.kill().unwrap();
        child.wait().unwrap();
        let now = std::fs::read(&w.target).unwrap();
        assert!(
            now == OLD || normalised(&now) == w.reference,
            "{:?} killed after {delay:?}: the target is neither the old file nor the new \
             one ({} bytes)",
            w.args,
            now.len()
        );
        for temp in temps(&w.target) {
            left_temps += 1;
            age(&temp);
        }
    }
    assert!(
        killed >= iterations / 4,
        "only {killed} runs were killed mid-way"
    );

    // A leftover of a run killed long ago, planted in case no kill left one.
    for w in &writers {
        let name = w.target.file_name().unwrap().to_string_lossy().into_owned();
        let planted = dir.join(format!(".{name}.k1LLed.tmp"));
        std::fs::write(&planted, b"half a file").unwrap();
        age(&planted);
    }
    // The next write of each target removes the stale leftovers.
    for w in &writers {
        assert!(run(&dir, &w.args).wait().unwrap().success());
        assert_eq!(normalised(&std::fs::read(&w.target).unwrap()), w.reference);
        assert!(
            temps(&w.target).is_empty(),
            "stale temps left beside {}: {:?}",
            w.target.display(),
            temps(&w.target)
        );
    }
    eprintln!(
        "{iterations} runs, {killed} killed mid-way, {left_temps} temps left by kills, {:?}",
        started.elapsed()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
