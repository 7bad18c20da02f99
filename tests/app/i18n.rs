//! The editor speaks English, Chinese and Polish: a scan of `src/app` (and
//! `src/paint.rs`) for words that reach the window without the UI catalogue,
//! the three catalogues' keys, the locale parsing, and kittest scenarios that
//! find the menus and the inspector by their Polish and Chinese names through
//! the accessibility tree and switch the language in the View menu.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use eframe::egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wayline::app::WaylineApp;
use wayline::app::i18n::{self, Language};

const EN: &str = include_str!("../../assets/i18n/ui/en.ftl");
const ZH: &str = include_str!("../../assets/i18n/ui/zh-CN.ftl");
const PL: &str = include_str!("../../assets/i18n/ui/pl.ftl");

/// The message ids of a Fluent source (terms and attributes aside).
fn keys(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let shaped = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            shaped.then(|| id.to_string())
        })
        .collect()
}

/// A string literal of the scanned sources, with what precedes it.
struct Literal {
    file: PathBuf,
    line: usize,
    text: String,
    /// The code before it (comments removed), newest last, about two lines.
    before: String,
    /// An `i18n-ok:` note on its line or the line above exempts it.
    exempt: bool,
}

/// The string literals of Rust source `src` (comments, char literals and
/// lifetimes told apart; raw and byte strings included).
fn literals(file: &Path, src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    let mut code = String::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '\'' {
            // 'x', '\n', '\u{1e}' are chars; 'a alone is a lifetime.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                code.push_str("' '");
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                code.push_str("' '");
                continue;
            }
        }
        let raw_start = (c == 'r' || (c == 'b' && next == Some('r')))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_');
        let (is_string, mut j, hashes) = if c == '"' {
            (true, i + 1, None)
        } else if c == 'b' && next == Some('"') {
            (true, i + 2, None)
        } else if raw_start {
            let mut k = i + if c == 'b' { 2 } else { 1 };
            let mut n = 0;
            while chars.get(k) == Some(&'#') {
                n += 1;
                k += 1;
            }
            if chars.get(k) == Some(&'"') {
                (true, k + 1, Some(n))
            } else {
                (false, i, None)
            }
        } else {
            (false, i, None)
        };
        if !is_string {
            if c == '\n' {
                line += 1;
            }
            code.push(c);
            i += 1;
            continue;
        }
        let start_line = line;
        let mut text = String::new();
        while let Some(&d) = chars.get(j) {
            if d == '\n' {
                line += 1;
            }
            match hashes {
                None if d == '\\' => {
                    let e = chars.get(j + 1).copied().unwrap_or(' ');
                    match e {
                        'n' => text.push('\n'),
                        '\n' => {
                            line += 1;
                            j += 2;
                            while chars.get(j).is_some_and(|w| w.is_whitespace()) {
                                if chars[j] == '\n' {
                                    line += 1;
                                }
                                j += 1;
                            }
                            continue;
                        }
                        other => text.push(other),
                    }
                    j += 2;
                    continue;
                }
                None if d == '"' => {
                    j += 1;
                    break;
                }
                Some(n) if d == '"' && (1..=n).all(|k| chars.get(j + k) == Some(&'#')) => {
                    j += 1 + n;
                    break;
                }
                _ => text.push(d),
            }
            j += 1;
        }
        let note = |n: usize| {
            lines
                .get(n.wrapping_sub(1))
                .is_some_and(|l| l.contains("i18n-ok:"))
        };
        let tail: Vec<char> = code.chars().rev().take(160).collect();
        let before: String = tail.into_iter().rev().collect();
        out.push(Literal {
            file: file.to_path_buf(),
            line: start_line,
            text,
            before: before.split_whitespace().collect::<Vec<_>>().join(" "),
            exempt: note(start_line) || note(start_line - 1),
        });
        code.push_str("\"\"");
        i = j;
    }
    out
}

/// Whether `before` ends inside the call `name(` with `literal` as the next
/// argument: other arguments before it may be plain expressions, and the
/// literal may be a `format!(` string.
fn argument_of(before: &str, name: &str) -> bool {
    let call = format!("{name}(");
    let Some(at) = before.rfind(&call) else {
        return false;
    };

    let rest = &before[at + name.len() + 1..];
    let rest = rest.strip_suffix("format!(").unwrap_or(rest).trim_end();
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    (rest.is_empty() || rest.ends_with(',')) && !rest.contains(['(', ')', ';', '{', '}'])
}

/// Where text goes onto the screen (or into a window, a tooltip, a dialog).
const WIDGETS: &[&str] = &[
    "button",
    "small_button",
    "label",
    "heading",
    "strong",
    "weak",
    "link",
    "hyperlink_to",
    "selectable_label",
    "colored_label",
    "menu_button",
    "on_hover_text",
    "on_hover_text_at_pointer",
    "on_disabled_hover_text",
    "toggle_value",
    "checkbox",
    "radio",
    "radio_value",
    "selectable_value",
    "from_label",
    "selected_text",
    "text",
    "suffix",
    "prefix",
    "hint_text",
    "RichText::new",
    "Window::new",
    "Button::new",
    "Checkbox::new",
    "CollapsingHeader::new",
    "layout",
    "layout_no_wrap",
    "labeled",
    "set_title",
    "Request::new",
    "filter",
    "Title",
    "Some",
    "Err",
    "to_owned",
];

/// Sinks that never reach a person: widget ids, storage keys, the
/// environment, other programs' arguments.
const NOT_SHOWN: &[&str] = &[
    "Id::unique",
    "Id::new",
    "from_id_salt",
    "id_salt",
    "Grid::new",
    "Panel::top",
    "Panel::left",
    "Panel::right",
    "Panel::bottom",
    "env::var",
    "env::var_os",
    "env",
    "Command::new",
    "args",
    "arg",
    "split_paths",
    "name",
];

/// Words: a letter next to another after `{…}` placeholders are removed, or
/// any letter outside ASCII (Chinese, Polish).
fn has_words(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let letters: Vec<char> = plain.chars().collect();
    letters.iter().any(|c| c.is_alphabetic() && !c.is_ascii())
        || letters
            .windows(2)
            .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic())
}

/// A sentence, not an identifier: words with spaces between them.
fn is_sentence(text: &str) -> bool {
    has_words(text)
        && (text.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) || text.trim().contains(' '))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn scanned() -> Vec<Literal> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    files.push(root.join("src/paint.rs"));
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(&file).unwrap();
        out.extend(literals(file.strip_prefix(root).unwrap(), &src));
    }
    out
}

fn is_key_call(before: &str) -> bool {
    ["tr!", "t", "t_args"].iter().any(|name| {
        before
            .strip_suffix(&format!("{name}("))
            .is_some_and(|head| !head.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

#[test]
fn the_scanner_finds_literals_as_rust_has_them() {
    let src = r####"
        // "a comment"
        let c = '"'; let l: &'static str = "one"; /* "block" */
        ui.button(r#"raw "quoted""#); ui.label(format!("Hello {name}"));
        let key = tr!("menu-file");
    "####;
    let found = literals(Path::new("x.rs"), src);
    let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        ["one", "raw \"quoted\"", "Hello {name}", "menu-file"]
    );
    assert!(argument_of(&found[1].before, "button"));
    assert!(argument_of(&found[2].before, "label"));
    assert!(is_key_call(&found[3].before));
    assert!(has_words("Hello {name}") && !has_words("{n} / {m}") && has_words("文件"));
    assert!(!has_words("+") && !has_words("×") && !has_words("●") && !has_words("{:.0}%"));
}

#[test]
fn no_word_reaches_the_window_without_the_catalogue() {
    let en = keys(EN);
    let mut problems = Vec::new();
    for lit in scanned() {
        let at = format!("{}:{}: {:?}", lit.file.display(), lit.line, lit.text);
        if is_key_call(&lit.before) {
            if !en.contains(&lit.text) {
                problems.push(format!("{at} is not a key of assets/i18n/ui/en.ftl"));
            }
            continue;
        }
        if en.contains(&lit.text) || lit.exempt {
            continue;
        }
        if NOT_SHOWN.iter().any(|sink| argument_of(&lit.before, sink)) {
            continue;
        }
        let widget = WIDGETS.iter().find(|w| argument_of(&lit.before, w));
        if let Some(widget) = widget
            && has_words(&lit.text)
        {
            problems.push(format!("{at} goes into {widget}(…) without the catalogue"));
        } else if is_sentence(&lit.text) {
            problems.push(format!("{at} is words, not a catalogue key"));
        } else if lit.text.contains('-')
            && en
                .iter()
                .any(|k| k.split('-').next() == lit.text.split('-').next())
            && lit.text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && lit.before.trim_end().ends_with("=>")
        {
            problems.push(format!("{at} looks like a key but the catalogue has none"));
        }
    }
    assert!(
        problems.is_empty(),
        "words outside the UI catalogue (use tr!, or note `i18n-ok: why` for text never shown):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_would_catch_a_literal_in_a_widget() {
    let bad = r#"
        ui.menu_button("File", |ui| {});
        ui.checkbox(&mut on, "Show hidden lanes");
        ui.label(format!("{n} cards selected"));
        let w = egui::Window::new("Merge conflicts");
        ui.add(egui::TextEdit::singleline(&mut s).hint_text("Search"));
        app.error = Some(format!("{}: saving stopped", p));
    "#;
    let found = literals(Path::new("bad.rs"), bad);
    let caught = found
        .iter()
        .filter(|l| {
            WIDGETS
                .iter()
                .any(|w| argument_of(&l.before, w) && has_words(&l.text))
        })
        .count();
    assert_eq!(caught, found.len(), "each of {bad}");
}

#[test]
fn the_three_catalogues_have_the_same_keys() {
    // The core's check: every source parses, no language lacks a message.
    if let Err(problems) = i18n::UI.check() {
        panic!("assets/i18n/ui: {problems}");
    }
    for lang in Language::ALL {
        assert_eq!(i18n::UI.keys(lang), keys(EN), "{lang:?}");
    }
    let (en, zh, pl) = (keys(EN), keys(ZH), keys(PL));
    assert!(en.len() > 300, "{} keys", en.len());
    let missing =
        |other: &BTreeSet<String>| en.symmetric_difference(other).cloned().collect::<Vec<_>>();
    assert!(missing(&zh).is_empty(), "en vs zh-CN: {:?}", missing(&zh));
    assert!(missing(&pl).is_empty(), "en vs pl: {:?}", missing(&pl));
}

#[test]
fn every_key_resolves_in_every_language_without_isolation_marks() {
    for lang in Language::ALL {
        i18n::set_language(lang);
        for key in keys(EN) {
            let text = i18n::t_args(
                &key,
                &[
                    ("count", i18n::Arg::from(2usize)),
                    ("file", i18n::Arg::from("a.journey.ron")),
                ],
            );
            assert_ne!(text, key, "{key} in {lang:?}");
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{key} in {lang:?} has Unicode isolation marks: {text:?}"
            );
        }
    }
    i18n::set_language(Language::En);
}

#[test]
fn templates_and_kinds_have_names_in_every_language() {
    let en = keys(EN);
    for template in wayline::templates::TEMPLATES {
        assert!(
            en.contains(&format!("template-{}", template.name)),
            "{}",
            template.name
        );
    }
    i18n::set_language(Language::Pl);
    let kinds: Vec<String> = wayline::model::LaneKind::ALL
        .into_iter()
        .map(i18n::lane_kind)
        .collect();
    assert!(kinds.contains(&"Punkty styku".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"Punkty bólu".to_string()), "{kinds:?}");
    i18n::set_language(Language::ZhCn);
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::Touchpoints),
        "接触点"
    );
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::PainPoints),
        "痛点"
    );
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::Opportunities),
        "机会"
    );
    assert_eq!(
        i18n::lane_kind(wayline::model::LaneKind::Kpis),
        "关键绩效指标"
    );
    assert_eq!(
        i18n::moment(wayline::model::MomentOfTruth::Purchase),
        "购买"
    );
    i18n::set_language(Language::En);
}

#[test]
fn polish_counts_cards_one_few_many_and_chinese_has_one_form() {
    let selected = |lang, n: usize| {
        i18n::set_language(lang);
        i18n::t_args("inspector-selected", &[("count", i18n::Arg::from(n))])
    };
    assert_eq!(selected(Language::Pl, 1), "1 karta zaznaczona");
    assert_eq!(selected(Language::Pl, 2), "2 karty zaznaczone");
    assert_eq!(selected(Language::Pl, 4), "4 karty zaznaczone");
    assert_eq!(selected(Language::Pl, 5), "5 kart zaznaczonych");
    assert_eq!(selected(Language::Pl, 12), "12 kart zaznaczonych");
    assert_eq!(selected(Language::Pl, 22), "22 karty zaznaczone");
    assert_eq!(selected(Language::ZhCn, 1), "已选择 1 张卡片");
    assert_eq!(selected(Language::ZhCn, 5), "已选择 5 张卡片");
    assert_eq!(selected(Language::En, 2), "2 cards selected");
    i18n::set_language(Language::En);
}

#[test]
fn a_job_speaks_the_language_of_the_thread_that_started_it() {
    i18n::set_language(Language::Pl);
    let job = wayline::app::jobs::Job::spawn(None, |_| i18n::t("menu-file"));
    i18n::set_language(Language::En);
    assert_eq!(job.wait(), Some("Plik".to_string()));
}

type H = Harness<'static, WaylineApp>;

fn editor_in(lang: Language) -> H {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("wayline-i18n-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut app = WaylineApp::with_recovery_dir(None, dir);
    app.set_language(lang);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h
}

#[test]
fn the_editor_in_polish_names_its_menus_panels_and_inspector_in_polish() {
    let mut h = editor_in(Language::Pl);
    for name in [
        "Plik",
        "Edycja",
        "Widok",
        "Wstaw",
        "Etapy i ścieżki",
        "Inspektor",
    ] {
        h.get_by_label(name);
    }
    // The inspector shows the map and its persona.
    for name in [
        "Mapa", "Tytuł", "Segment", "Opis", "Persona", "Rola", "Cytat",
    ] {
        h.get_by_label(name);
    }
    assert!(h.query_by_label("File").is_none() && h.query_by_label("Title").is_none());
    // A menu opens on Polish items.
    h.get_by_label("Plik").click();
    h.run_steps(3);
    // (A menu item's label ends with its shortcut.)
    h.get_by_label("Zapisz jako… Ctrl+Shift+S");
    h.get_by_label("Eksportuj karty do CSV…");
    h.get_by_label("Porównaj z…");
    h.key_press(eframe::egui::Key::Escape);
    h.run_steps(2);
    // A stage in the inspector, and new stages named in Polish.
    h.get_by_label("Dodaj etap").click();
    h.run_steps(3);
    let stage = h.state().doc.map.stages.last().unwrap().name.clone();
    assert!(stage.starts_with("Etap "), "{stage}");
    for name in [
        "Nazwa",
        "Kroki",
        "Dodaj krok",
        "Wskaźniki KPI",
        "Usuń etap i jego karty",
    ] {
        h.get_by_label(name);
    }
}

#[test]
fn the_editor_in_chinese_names_its_menus_and_inspector_in_chinese() {
    let mut h = editor_in(Language::ZhCn);
    for name in ["文件", "编辑", "视图", "插入", "阶段和泳道", "检查器"] {
        h.get_by_label(name);
    }
    for name in ["地图", "标题", "用户画像", "角色", "客户群"] {
        h.get_by_label(name);
    }
    h.get_by_label("视图").click();
    h.run_steps(3);
    h.get_by_label("演示 F5");
    // egui's English key names are replaced too.
    h.get_by_label("放大 Ctrl+加号");
    h.get_by_label("显示隐藏的泳道");
    h.get_by_label("语言");
    h.key_press(eframe::egui::Key::Escape);
    h.run_steps(2);
    // Several cards selected: one form for every number.
    let ids: Vec<_> = h
        .state()
        .doc
        .map
        .cards
        .iter()
        .take(3)
        .map(|c| c.id.clone())
        .collect();
    h.state_mut().selected = ids.into_iter().collect();
    h.run_steps(3);
    h.get_by_label("已选择 3 张卡片");
    h.get_by_label("删除它们");
}

#[test]
fn the_inspector_sets_the_language_the_map_is_labelled_in() {
    let mut h = editor_in(Language::Pl);
    // The sample map is Chinese; a file without a language guesses it.
    h.get_by_label("Język etykiet").click();
    h.run_steps(3);
    h.get_by_label("Polski").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.map.language, Some(Language::Pl));
    h.state_mut().doc.undo();
    h.run_steps(2);
    assert_eq!(h.state().doc.map.language, sample_language());
}

/// The sample map's own language as its file has it.
fn sample_language() -> Option<Language> {
    WaylineApp::with_recovery_dir(None, std::env::temp_dir().join("wayline-i18n-sample"))
        .doc
        .map
        .language
}

/// eframe's storage in memory.
#[derive(Default)]
struct Memory(std::collections::HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_chosen_language_is_remembered_for_the_next_run() {
    let mut storage = Memory::default();
    assert_eq!(i18n::remembered(Some(&storage)), None);
    let mut h = editor_in(Language::En);
    h.get_by_label("View").click();
    h.run_steps(3);
    h.get_by_label("Language").click();
    h.run_steps(3);
    h.get_by_label("Polski").click();
    h.run_steps(3);
    eframe::App::save(h.state_mut(), &mut storage);
    assert_eq!(i18n::remembered(Some(&storage)), Some(Language::Pl));
    assert_eq!(i18n::remembered(None), None);
}

#[test]
fn polish_plurals_show_in_the_inspector() {
    let mut h = editor_in(Language::Pl);
    for (n, heading) in [(2, "2 karty zaznaczone"), (5, "5 kart zaznaczonych")] {
        let ids: Vec<_> = h
            .state()
            .doc
            .map
            .cards
            .iter()
            .take(n)
            .map(|c| c.id.clone())
            .collect();
        h.state_mut().selected = ids.into_iter().collect();
        h.run_steps(3);
        h.get_by_label(heading);
    }
}

#[test]
fn the_view_menu_switches_the_language_at_once() {
    let mut h = editor_in(Language::En);
    h.get_by_label("File");
    h.get_by_label("View").click();
    h.run_steps(3);
    h.get_by_label("Language").click();
    h.run_steps(3);
    // Each language is named in itself.
    h.get_by_label("English");
    h.get_by_label("简体中文");
    h.get_by_label("Polski").click();
    h.run_steps(3);
    assert_eq!(h.state().language(), Language::Pl);
    h.get_by_label("Plik");
    h.get_by_label("Tytuł");
    assert!(h.query_by_label("File").is_none());
    h.get_by_label("Widok").click();
    h.run_steps(3);
    h.get_by_label("Język").click();
    h.run_steps(3);
    h.get_by_label("简体中文").click();
    h.run_steps(3);
    assert_eq!(h.state().language(), Language::ZhCn);
    h.get_by_label("文件");
    h.get_by_label("标题");
}

#[test]
fn the_presenter_speaks_polish_in_its_footers_and_key_hint() {
    let mut h = editor_in(Language::Pl);
    h.state_mut().queue(wayline::app::Action::Present);
    h.run_steps(5);
    h.get_by_label("Prezentacja");
    let captions: Vec<String> = h
        .state()
        .presentation()
        .unwrap()
        .slides()
        .iter()
        .map(|p| p.caption.clone())
        .collect();
    assert!(captions[0].starts_with("Przegląd — "), "{captions:?}");
    assert!(
        captions.iter().any(|c| c.starts_with("Etap 1 z 5 — ")),
        "{captions:?}"
    );
    assert!(
        captions.iter().any(|c| c.starts_with("Punkt bólu 1 z ")),
        "{captions:?}"
    );
    assert!(
        captions
            .iter()
            .any(|c| c.starts_with("Możliwość 1 z ") && c.contains("odpowiada na „")),
        "{captions:?}"
    );
    assert!(
        captions
            .iter()
            .all(|c| !c.contains("Stage") && !c.contains("answers"))
    );
}

#[test]
fn the_pain_point_window_in_polish() {
    let mut h = editor_in(Language::Pl);
    h.state_mut().pains = Some(Default::default());
    h.run_steps(3);
    h.get_by_label("Punkty bólu → możliwości");
    h.get_by_label("Tylko bez odpowiedzi");
    for heading in ["Etap", "Punkt bólu", "Odpowiedzi"] {
        assert!(h.query_all_by_label(heading).count() >= 1, "{heading}");
    }
    // Details in the UI language: category, severity, priority and status.
    let texts: Vec<String> = h
        .query_all_by_label_contains("priorytet: ")
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    assert!(!texts.is_empty());
    assert!(texts.iter().all(|t| !t.contains("priority")), "{texts:?}");
    assert!(h.query_all_by_label_contains(" · dotkliwość: ").count() > 0);
}

#[test]
fn numbers_in_the_inspector_take_a_decimal_comma_in_polish() {
    let mut h = editor_in(Language::Pl);
    let stage = h.state().doc.map.stages[0].clone();
    let mut changed = stage.clone();
    changed.kpis[0].value = Some(4.5);
    h.state_mut()
        .apply(wayline::edit::Command::SetStage { stage: changed });
    h.state_mut().focus = wayline::app::Focus::Stage(stage.id.clone());
    h.run_steps(3);
    h.get_by_value("4,5");
    h.get_by_value("42000,0");
    assert!(h.query_by_value("4.5").is_none());
}

#[test]
fn the_models_english_names_stay_out_of_the_window() {
    // Kinds, statuses and groups have English `label()`s in the core for
    // printing and the command line; the window names them through
    // app::i18n instead. Only the app's own actions and a commit's date and
    // hash may be labelled.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(&file).unwrap();
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let whole = |at: usize, len: usize| {
                !code[at + len..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            };
            let calls = code.match_indices("label()");
            let paths = code
                .match_indices("::label")
                .filter(|(at, m)| whole(*at, m.len()));
            for (at, _) in calls.chain(paths) {
                let head = code[..at].trim_end_matches('.');
                let receiver: String = head
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let ok = receiver == "action"
                    || receiver == "commit"
                    || receiver.starts_with("Action::")
                    || receiver.starts_with("super::Action::");
                if !ok {
                    let file = file
                        .strip_prefix(root)
                        .unwrap_or(&file)
                        .display()
                        .to_string();
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English labels from the core:\n{}",
        found.join("\n")
    );
}
