//! The editor in Polish and Chinese through egui_kittest: menus, panels and
//! the inspector found by their localised names in the accessibility tree,
//! switching and remembering the language, plurals, the presenter, the
//! pain-point window and decimal commas.

use eframe::egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wayline::app::WaylineApp;
use wayline::app::i18n::{self, Language};

type H = Harness<'static, WaylineApp>;

fn editor_in(lang: Language) -> H {
    sized_editor_in(lang, Vec2::new(1400.0, 900.0))
}

fn sized_editor_in(lang: Language, size: Vec2) -> H {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("wayline-i18n-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut app = WaylineApp::with_recovery_dir(None, dir);
    app.set_language(lang);
    let mut h = Harness::builder()
        .with_size(size)
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
    // Typed with a comma, read as a number.
    h.get_by_value("4,5").click();
    h.run_steps(2);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    let field = h
        .query_all_by_value("4,5")
        .find(|n| n.accesskit_node().role() == eframe::egui::accesskit::Role::SpinButton)
        .expect("the number as a text field");
    field.type_text("7,25");
    h.key_press(eframe::egui::Key::Enter);
    h.run_steps(3);
    let value = h.state().doc.map.stages[0].kpis[0].value;
    assert_eq!(value, Some(7.25));
}

#[test]
fn a_narrow_window_keeps_the_whole_menu_bar_in_every_language() {
    // The words differ in length (Polish is the longest): at 1024 px the menu
    // bar's buttons, up to the zoom fit button, stay inside the window.
    for (lang, last) in [
        (Language::En, "Fit"),
        (Language::Pl, "Dopasuj"),
        (Language::ZhCn, "适合窗口"),
    ] {
        let h = sized_editor_in(lang, Vec2::new(1024.0, 700.0));
        let right = h.get_by_label(last).rect().right();
        assert!(right <= 1024.0, "{lang:?}: {last:?} ends at {right}");
    }
}

/// Steps frames (and waits a little) until a node's label contains `text`.
fn wait_for_text(h: &mut H, text: &str) -> bool {
    for _ in 0..300 {
        h.run_steps(1);
        if h.query_by_label_contains(text).is_some() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    false
}

#[test]
fn the_export_dialogs_warnings_are_worded_again_in_a_new_language() {
    let mut h = editor_in(Language::En);
    h.state_mut().export.options.page = wayline::export::PageSize::A4;
    h.state_mut().export.open = true;
    assert!(wait_for_text(&mut h, "Small text: "), "an English warning");
    h.state_mut().set_language(Language::Pl);
    assert!(
        wait_for_text(&mut h, "Mały tekst: "),
        "the warning in Polish"
    );
    assert!(h.query_by_label_contains("Small text: ").is_none());
    h.get_by_label("Eksport");
}
