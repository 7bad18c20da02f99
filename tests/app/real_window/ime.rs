//! A real Chinese input method in the real window: fcitx5 with its pinyin
//! engine (the Debian packages `fcitx5 fcitx5-chinese-addons`), speaking XIM
//! to the editor as on a Chinese user's X11 desktop. The test opens the first
//! card for typing from the keyboard (Tab, Enter), switches the input method on
//! with Ctrl+Space as a user does, types the pinyin of a 31-character sentence
//! at 25 keys a second (a space after each word commits its first candidate),
//! presses Enter and Ctrl+S, and reads the file back: every character must be
//! there, in order, and no pinyin letter may have leaked in. Once on the
//! built-in sample map and once on a generated 3000-card map.
//!
//! Before the fix in `src/app/ime.rs` the sample map got the words reordered
//! in every run and the 3000-card map kept 3 to 6 of the 17 words.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wayline::model::Map;

use super::{Env, start_session_bus};
use crate::common::{Killed, start_x, wait_for, wait_for_window, xdotool};

/// The pinyin typed, and what fcitx5's pinyin makes of it with a fresh user
/// dictionary: the first candidate of each word.
const PINYIN: &str = "women jintian qu shangdian mai dongxi ranhou huijia chifan wanshang \
                      kan dianying zhongguo pengyou xuexi gongzuo xiexie ";
const CHINESE: &str = "我们今天去商店买东西然后回家吃饭晚上看电影中国朋友学习工作谢谢";

/// fcitx5's own files: a profile with pinyin after the keyboard, off until
/// switched on (as fcitx5 starts by default), pre-edit drawn by the
/// application (on the spot), as Chinese users' XIM setups have it.
fn fcitx_config(config: &Path) {
    let fcitx = config.join("fcitx5");
    std::fs::create_dir_all(fcitx.join("conf")).unwrap();
    std::fs::write(
        fcitx.join("profile"),
        "[Groups/0]\nName=Default\nDefault Layout=us\nDefaultIM=pinyin\n\n\
         [Groups/0/Items/0]\nName=keyboard-us\nLayout=\n\n\
         [Groups/0/Items/1]\nName=pinyin\nLayout=\n\n[GroupOrder]\n0=Default\n",
    )
    .unwrap();
    std::fs::write(fcitx.join("config"), "[Behavior]\nActiveByDefault=False\n").unwrap();
    std::fs::write(fcitx.join("conf/xim.conf"), "UseOnTheSpot=True\n").unwrap();
}

/// fcitx5 on the test's display and bus, once its pinyin engine is loaded.
fn start_fcitx(env: &Env, dir: &Path) -> Killed {
    let config = dir.join("config");
    fcitx_config(&config);
    let log = dir.join("fcitx5.log");
    let child = env
        .apply(&mut Command::new("fcitx5"))
        // Only what the test needs: no Wayland, no network, no other frontends.
        .arg("--disable=wayland,waylandim,cloudpinyin,ibusfrontend,fcitx4frontend")
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_DATA_HOME", dir.join("data"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("fcitx5 is needed (apt install fcitx5 fcitx5-chinese-addons)");
    let fcitx = Killed(child);
    wait_for("fcitx5 to load pinyin", 30, || {
        std::fs::read_to_string(&log)
            .ok()
            .filter(|l| l.contains("Loaded addon pinyin"))
    });
    fcitx
}

/// fcitx5's state for the focused input context: 2 when it is on.
fn fcitx_state(env: &Env) -> String {
    let out = env
        .apply(&mut Command::new("fcitx5-remote"))
        .output()
        .expect("fcitx5-remote");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Types [`PINYIN`] through fcitx5 into the first card of `map` and checks the
/// saved file: that card's text gained exactly [`CHINESE`], nothing else changed.
fn type_chinese_into(map: &Map, name: &str) {
    let dir = crate::common::dir("realwin-ime", name);
    let file = dir.join(format!("{name}.journey.ron"));
    wayline::io::save(map, &file).unwrap();
    let before = wayline::io::load(&file).unwrap().map;

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
    let _fcitx = start_fcitx(&env, &dir);
    let log = dir.join("editor.log");
    let editor = env
        .apply(&mut Command::new(env!("CARGO_BIN_EXE_wayline")))
        .arg(&file)
        .env("XMODIFIERS", "@im=fcitx")
        .env("WAYLINE_TRACE_IME", "1")
        .env("WAYLINE_RECOVERY_DIR", dir.join("recovery"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut editor = Killed(editor);
    let window = wait_for_window(&display, &format!("{name}.journey.ron"), &mut editor, &log);
    let trace = || std::fs::read_to_string(&log).unwrap_or_default();
    // The map on screen: frames are being drawn.
    wait_for("the editor's first frames", 60, || {
        (trace().matches("ime-trace").count() > 3).then_some(())
    });
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(300));
    // Tab selects the first card, Enter opens it for typing.
    xdotool(&display, &["key", "Tab"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "Return"]);
    wait_for("the card's text field to take the keyboard", 30, || {
        trace()
            .lines()
            .last()
            .filter(|l| l.contains("out=Some") && l.contains("card-text"))
            .map(|_| ())
    });
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "ctrl+space"]);
    wait_for("fcitx5 to switch on", 10, || {
        (fcitx_state(&env) == "2").then_some(())
    });

    let typing = Instant::now();
    xdotool(&display, &["type", "--delay", "40", PINYIN]);
    let typed_in = typing.elapsed();
    // Enter only once the last word has landed: pressed during a composition,
    // fcitx5 would commit the pinyin letters themselves.
    let last_word = format!("Commit(\\\"{}\\\")", "谢谢");
    wait_for("the last word's commit", 30, || {
        trace().contains(&last_word).then_some(())
    });
    let landed_in = typing.elapsed();
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "Return"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "ctrl+s"]);

    let changed = |loaded: &Map| -> Vec<(String, String)> {
        loaded
            .cards
            .iter()
            .filter_map(|c| {
                let old = before.card(&c.id)?;
                (old.text != c.text).then(|| (old.text.clone(), c.text.clone()))
            })
            .collect()
    };
    let start = Instant::now();
    let saved = loop {
        if let Ok(loaded) = wayline::io::load(&file)
            && !changed(&loaded.map).is_empty()
        {
            break loaded.map;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "nothing typed was saved; the editor printed:\n{}",
            trace()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    let log_text = trace();
    let commits: Vec<&str> = log_text
        .lines()
        .flat_map(|l| l.split("Commit(\\\"").skip(1))
        .filter_map(|s| s.split("\\\"").next())
        .collect();
    let edits = changed(&saved);
    assert_eq!(edits.len(), 1, "one card changed: {edits:?}");
    let (old, new) = &edits[0];
    assert_eq!(
        new.strip_prefix(old.as_str()),
        Some(CHINESE),
        "the card's text is its old text and the sentence; the input method committed \
         {commits:?}; typed in {typed_in:?}, all landed after {landed_in:?}"
    );
    assert_eq!(saved.cards.len(), before.cards.len(), "no card added");
    eprintln!(
        "{name}: {} characters typed as {} keys in {typed_in:?}; all {} landed after {landed_in:?}",
        CHINESE.chars().count(),
        PINYIN.len(),
        CHINESE.chars().count()
    );
}

#[test]
fn chinese_typed_through_fcitx5_pinyin_lands_in_order_on_the_sample_map() {
    let map = wayline::templates::find("ecommerce")
        .expect("the sample template")
        .map()
        .expect("it loads");
    type_chinese_into(&map, "sample");
}

#[test]
fn chinese_typed_through_fcitx5_pinyin_lands_in_order_on_a_3000_card_map() {
    let map = wayline::generate::map(20, 3000, 42);
    type_chinese_into(&map, "cards3000");
}
