//! Compare mode and the merge conflicts window, driven through the editor with
//! egui_kittest, and `wayline diff -o changes.pdf` read back with pdftotext.

use std::path::{Path, PathBuf};
use std::process::Command;

use eframe::egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wayline::app::{Focus, WaylineApp};
use wayline::diff::ChangeKind;
use wayline::model::{CardId, Details, ItemRef, LaneKind, Map};

fn harness(app: WaylineApp) -> Harness<'static, WaylineApp> {
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app);
    h.run_steps(3);
    h
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-compare-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app_on(file: &Path, dir: &Path) -> WaylineApp {
    WaylineApp::with_recovery_dir(Some(file), dir.join("recovery"))
}

fn step_while(h: &mut Harness<'static, WaylineApp>, busy: fn(&WaylineApp) -> bool) {
    let mut frames = 0;
    while busy(h.state()) && frames < 3000 {
        h.step();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(!busy(h.state()), "the background work finished");
    h.run_steps(3);
}

fn sample() -> Map {
    wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap()
}

fn plain_cards(map: &Map, lane_kind: LaneKind) -> Vec<CardId> {
    map.cards
        .iter()
        .filter(|c| map.lane(&c.lane).map(|l| l.kind) == Some(lane_kind))
        .map(|c| c.id.clone())
        .collect()
}

/// The sample map edited: one card's text, one card removed, one score changed.
struct Edited {
    old: Map,
    new: Map,
    edited: CardId,
    removed: CardId,
    scored: CardId,
}

fn edited() -> Edited {
    // Labelled in English so the assertions below can read them; the Chinese
    // and Polish labels are the core's tests (tests/core/localised.rs).
    let mut old = sample();
    old.language = Some(wayline::i18n::Language::En);
    let mut new = old.clone();
    let actions = plain_cards(&old, LaneKind::Actions);
    let (edited, removed) = (actions[0].clone(), actions[1].clone());
    new.cards.iter_mut().find(|c| c.id == edited).unwrap().text =
        "Porównuje ceny — 比较价格".into();
    new.cards.retain(|c| c.id != removed);
    let scored = new
        .cards
        .iter_mut()
        .find(|c| matches!(c.details, Details::Emotion { .. }))
        .unwrap();
    let Details::Emotion { score, .. } = &mut scored.details else {
        unreachable!()
    };
    *score = if *score > 0 { -3 } else { 3 };
    let scored = scored.id.clone();
    Edited {
        old,
        new,
        edited,
        removed,
        scored,
    }
}

#[test]
fn comparing_with_an_edited_copy_lists_marks_and_selects_the_changes() {
    let dir = temp_dir("file");
    let e = edited();
    let (old_path, new_path) = (dir.join("old.journey.ron"), dir.join("new.journey.ron"));
    wayline::io::save(&e.old, &old_path).unwrap();
    wayline::io::save(&e.new, &new_path).unwrap();
    let mut h = harness(app_on(&new_path, &dir));
    h.state_mut().compare_with_file(old_path.clone());
    step_while(&mut h, WaylineApp::is_loading_comparison);

    let c = h.state().comparison().expect("comparing");
    assert_eq!(c.label, "old.journey.ron");
    let kinds: Vec<(ChangeKind, ItemRef)> =
        c.changes.iter().map(|c| (c.kind, c.item.clone())).collect();
    assert!(kinds.contains(&(ChangeKind::Edited, ItemRef::Card(e.edited.clone()))));
    assert!(kinds.contains(&(ChangeKind::Removed, ItemRef::Card(e.removed.clone()))));
    assert!(kinds.contains(&(ChangeKind::Edited, ItemRef::Card(e.scored.clone()))));
    assert_eq!(c.changes.len(), 3, "{:#?}", c.changes);
    // The panel: the count, the groups, the rows.
    h.get_by_label("3 changes since old.journey.ron");
    h.get_by_label("Cards (2)");
    h.get_by_label("Emotion (1)");
    let edited_row = c
        .changes
        .iter()
        .find(|c| c.item == ItemRef::Card(e.edited.clone()))
        .unwrap();
    let edited_row = wayline::diff::groups::friendly(edited_row, &e.old, &h.state().doc.map);
    assert!(edited_row.contains("比较价格"), "{edited_row}");
    assert!(
        !edited_row.contains(e.edited.as_str()),
        "cards are named by their text: {edited_row}"
    );

    // The removed card is a ghost inside its old cell, with its old text.
    let old_card = e.old.card(&e.removed).unwrap();
    let ghost = c.overlay.ghosts().next().expect("a ghost card");
    assert_eq!(ghost.item, ItemRef::Card(e.removed.clone()));
    assert!(ghost.tip.contains(&old_card.text), "{}", ghost.tip);
    let cell = h
        .state()
        .canvas
        .scene()
        .hit_rect(&wayline::scene::Target::Cell {
            lane: old_card.lane.clone(),
            stage: old_card.stage.clone(),
            step: old_card.step.clone(),
        })
        .unwrap();
    assert!(cell.encloses(&ghost.rect, 1.0), "{cell:?} {:?}", ghost.rect);
    // It is laid out like a card, so it shows "Removed: …" (in the map's own
    // language) and covers no card.
    let removed = wayline::i18n::tr(e.new.language(), "change-removed", &[("text", "".into())]);
    let removed = removed.trim_end();
    let scene = h.state().canvas.scene();
    let ghost_text = scene.texts().any(|t| {
        ghost.rect.encloses(&t.bounds, 1.0) && t.plain().replace('\n', " ").contains(removed)
    });
    assert!(ghost_text, "the ghost shows its old text");
    for hit in &scene.hits {
        if let wayline::scene::Target::Card(id) = &hit.target {
            assert_ne!(id, &e.removed, "a ghost cannot be clicked as a card");
            assert!(!hit.rect.overlaps(&ghost.rect), "{id} under the ghost");
        }
    }
    // The score changed: the old curve is drawn, dashed.
    let lane = h.state().doc.map.card(&e.scored).unwrap().lane.clone();
    assert_eq!(c.overlay.old_curves, vec![lane]);
    assert!(c.overlay.items.iter().any(|i| matches!(
        i,
        wayline::scene::Item::Path(p) if p.stroke.is_some_and(|s| s.dash.is_some())
    )));
    // The edited card's hover text has its old text.
    let mark = c
        .overlay
        .marks
        .iter()
        .find(|m| m.item == ItemRef::Card(e.edited.clone()))
        .unwrap();
    let before = e.old.card(&e.edited).unwrap().text.clone();
    assert_eq!(mark.tip, format!("Was: {before}"));

    // Clicking a row selects its card and brings it into the middle of the canvas.
    h.get_by_label(&edited_row).click();
    h.run_steps(3);
    assert_eq!(h.state().focus, Focus::Card(e.edited.clone()));
    assert!(h.state().selected.contains(&e.edited));
    let at = h
        .state()
        .canvas
        .screen_center(&wayline::scene::Target::Card(e.edited.clone()))
        .unwrap();
    let canvas = h.get_by_label("Map canvas").rect();
    assert!(
        (at.x - canvas.center().x).abs() < 2.0 && (at.y - canvas.center().y).abs() < 2.0,
        "{at:?} {canvas:?}"
    );

    // Editing goes on while comparing, and the list follows.
    let other = plain_cards(&e.new, LaneKind::Actions)[2].clone();
    h.state_mut()
        .apply(wayline::edit::Command::RemoveCard { id: other });
    h.run_steps(3);
    assert_eq!(h.state().comparison().unwrap().changes.len(), 4);
    h.get_by_label("4 changes since old.journey.ron");

    // Export the changes page from the panel's action.
    let pdf = dir.join("changes.pdf");
    h.state_mut().export_changes_to(pdf.clone());
    step_while(&mut h, WaylineApp::is_exporting_changes);
    let text = pdftotext(&pdf);
    assert!(
        text.contains("What changed: old.journey.ron → new.journey.ron"),
        "{text}"
    );
    assert!(text.contains("比较价格"), "{text}");

    h.get_by_label("Stop comparing").click();
    h.run_steps(2);
    assert!(h.state().comparison().is_none());
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2026-08-14T10:00:00")
        .env("GIT_COMMITTER_DATE", "2026-08-14T10:00:00")
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

#[test]
fn comparing_with_an_earlier_commit_lists_the_history_and_loads_it() {
    let dir = temp_dir("git");
    let repo = dir.join("repo");
    std::fs::create_dir_all(repo.join("maps")).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["config", "user.name", "Zofia Żak"]);
    git(&repo, &["config", "user.email", "zofia@example.com"]);
    let e = edited();
    let file = repo.join("maps/journey.journey.ron");
    wayline::io::save(&e.old, &file).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "Warsztat 1: stan obecny"]);
    wayline::io::save(&e.new, &file).unwrap();
    git(&repo, &["commit", "-qam", "Workshop 2"]);
    // Renamed since: the history follows the file to its old name.
    git(
        &repo,
        &["mv", "maps/journey.journey.ron", "maps/crm.journey.ron"],
    );
    git(&repo, &["commit", "-qm", "Rename"]);
    let file = repo.join("maps/crm.journey.ron");

    let mut h = harness(app_on(&file, &dir));
    h.state_mut().queue(wayline::app::Action::Compare);
    h.run_steps(2);
    // The chooser is up while git runs; the commits come in without input.
    h.get_by_label("Compare with");
    step_while(&mut h, WaylineApp::is_reading_history);
    h.get_by_label("Earlier versions in git (3 commits)");
    assert_eq!(h.get_all_by_label("Zofia Żak").count(), 3);
    h.get_by_label("Workshop 2");
    h.get_by_label("Warsztat 1: stan obecny").click();
    h.run_steps(1);
    step_while(&mut h, WaylineApp::is_loading_comparison);
    let c = h.state().comparison().expect("comparing");
    // Committed at 10:00 local time (a date without a zone), shown as such.
    assert!(c.label.starts_with("2026-08-14 10:00 · "), "{}", c.label);
    assert_eq!(c.changes.len(), 3);
    h.get_by_label(&format!("3 changes since {}", c.label));

    // Opening another map ends the comparison: it was about this one.
    let other = dir.join("other.journey.ron");
    wayline::io::save(&sample(), &other).unwrap();
    h.state_mut().open_file(other);
    h.run_steps(1);
    step_while(&mut h, WaylineApp::is_opening);
    assert!(h.state().comparison().is_none());
}

#[test]
fn a_map_outside_git_says_why_there_is_no_history() {
    let dir = temp_dir("nogit");
    let file = dir.join("map.journey.ron");
    wayline::io::save(&sample(), &file).unwrap();
    let mut h = harness(app_on(&file, &dir));
    h.state_mut().choose_comparison();
    h.run_steps(1);
    // The chooser shows at once, and reads the history in the background.
    assert!(h.state().compare.chooser.is_some());
    step_while(&mut h, WaylineApp::is_reading_history);
    let why = h
        .state()
        .compare
        .chooser
        .as_ref()
        .unwrap()
        .commits
        .clone()
        .expect("the history was read")
        .unwrap_err();
    // A temp directory may sit inside some repository on a developer machine.
    assert!(
        why.contains("not in a git repository") || why.contains("no committed versions"),
        "{why}"
    );
    h.get_by_label("Another map file…");
}

#[test]
fn the_conflicts_window_resolves_and_undo_brings_the_conflict_back() {
    let dir = temp_dir("conflicts");
    let base = sample();
    let card = plain_cards(&base, LaneKind::Actions)[0].clone();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.cards.iter_mut().find(|c| c.id == card).unwrap().text = "Ours: szukam opinii".into();
    theirs.cards.iter_mut().find(|c| c.id == card).unwrap().text = "Theirs: 比较价格".into();
    let merged = wayline::merge::merge(&base, &ours, &theirs);
    let mut map = merged.map;
    if map.conflicts.is_empty() {
        map.conflicts = merged.conflicts;
    }
    assert_eq!(map.conflicts.len(), 1);
    let file = dir.join("merged.journey.ron");
    wayline::io::save(&map, &file).unwrap();

    let mut h = harness(app_on(&file, &dir));
    assert!(h.state().conflicts_window_open(), "opens by itself");
    h.get_by_label("1 conflict");
    assert_eq!(h.get_all_by_label("Take theirs").count(), 1);
    // Clicking the conflict selects its card.
    let name = ItemRef::Card(card.clone()).describe(&h.state().doc.map);
    h.get_by_label(&name).click();
    h.run_steps(2);
    assert_eq!(h.state().focus, Focus::Card(card.clone()));
    h.get_by_label("Take theirs").click();
    h.run_steps(3);
    assert!(h.state().doc.map.conflicts.is_empty());
    assert_eq!(
        h.state().doc.map.card(&card).unwrap().text,
        "Theirs: 比较价格"
    );
    h.state_mut().queue(wayline::app::Action::Undo);
    h.run_steps(3);
    assert_eq!(h.state().doc.map.conflicts.len(), 1);
    assert_eq!(
        h.state().doc.map.card(&card).unwrap().text,
        "Ours: szukam opinii"
    );
    assert!(
        h.state().conflicts_window_open(),
        "shown again with the conflict back"
    );
    h.get_by_label("Keep all ours").click();
    h.run_steps(3);
    assert!(h.state().doc.map.conflicts.is_empty());
    assert_eq!(
        h.state().doc.map.card(&card).unwrap().text,
        "Ours: szukam opinii"
    );
}

#[test]
fn conflict_marks_outline_the_conflicted_card() {
    let base = sample();
    let card = plain_cards(&base, LaneKind::Actions)[0].clone();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.cards.iter_mut().find(|c| c.id == card).unwrap().text = "A".into();
    theirs.cards.iter_mut().find(|c| c.id == card).unwrap().text = "B".into();
    let merged = wayline::merge::merge(&base, &ours, &theirs);
    let mut map = merged.map;
    if map.conflicts.is_empty() {
        map.conflicts = merged.conflicts;
    }
    let theme = wayline::layout::Theme::default();
    let scene = wayline::layout::layout(&map, &theme, &wayline::layout::Options::default());
    let (items, marks) = wayline::layout::changes::conflict_marks(&map, &scene, &theme);
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].item, ItemRef::Card(card.clone()));
    let rect = scene.hit_rect(&wayline::scene::Target::Card(card)).unwrap();
    assert_eq!(marks[0].rect, rect);
    assert!(items.len() >= 3, "two outlines and a badge");
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn cli_diff_writes_a_what_changed_pdf() {
    let dir = temp_dir("cli");
    let e = edited();
    let (old_path, new_path) = (dir.join("v1.journey.ron"), dir.join("v2.journey.ron"));
    wayline::io::save(&e.old, &old_path).unwrap();
    wayline::io::save(&e.new, &new_path).unwrap();
    let pdf = dir.join("changes.pdf");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_wayline"))
            .arg("diff")
            .arg(&old_path)
            .arg(&new_path)
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&["-o", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    // Still the change list on stdout.
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    assert!(info.contains("Pages:           2"), "{info}");
    let text = pdftotext(&pdf);
    let title =
        wayline::export::changes::title(e.new.language(), "v1.journey.ron", "v2.journey.ron");
    assert!(text.contains(&title), "{title:?} missing:\n{text}");
    assert!(text.contains("Porównuje ceny — 比较价格"), "{text}");
    assert!(
        text.contains("Cards (2)") && text.contains("Emotion (1)"),
        "{text}"
    );
    // Each change is on the list page, its card named by its text (wrapped
    // lines joined).
    let flat = text.replace('\n', " ");
    for change in wayline::diff::diff(&e.old, &e.new) {
        let line = wayline::diff::groups::friendly(&change, &e.old, &e.new);
        let start: String = line.chars().take(30).collect();
        assert!(flat.contains(&start), "{start} in {flat}");
    }
    // Never overwrites without --force.
    let again = run(&["-o", pdf.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(
        run(&["-o", pdf.to_str().unwrap(), "--force"]).status.code(),
        Some(1)
    );
}

#[test]
fn moved_cards_get_an_arrow_badge_and_added_stages_a_green_outline() {
    use wayline::layout::{Options, Theme, changes, layout};
    let old = sample();
    let mut new = old.clone();
    let card = plain_cards(&old, LaneKind::Actions)[0].clone();
    let target = new.stages[2].id.clone();
    let moved = new.cards.iter_mut().find(|c| c.id == card).unwrap();
    moved.stage = target;
    moved.step = None;
    let mut stage = wayline::model::Stage::new(new.ids().stage(), "Polecenie 推荐");
    stage.description = "Nowy etap".into();
    let stage_id = stage.id.clone();
    new.stages.push(stage);
    let theme = Theme::default();
    let mut scene = layout(&new, &theme, &Options::default());
    let list = wayline::diff::diff(&old, &new);
    let overlay = changes::overlay(&old, &new, &mut scene, &list, &theme);
    let mark = overlay
        .marks
        .iter()
        .find(|m| m.item == ItemRef::Card(card.clone()))
        .unwrap();
    assert_eq!(mark.kind, ChangeKind::Moved);
    let from = old.cell_name(
        &old.card(&card).unwrap().lane,
        &old.card(&card).unwrap().stage,
    );
    let tip = wayline::i18n::tr(
        old.language(),
        "change-moved-from",
        &[("cell", (&from).into())],
    );
    assert_eq!(mark.tip, tip);
    // The badge: a blue disc at the card's top right corner.
    assert!(overlay.items.iter().any(|i| matches!(
        i,
        wayline::scene::Item::Circle(c)
            if c.fill == Some(changes::MOVED) && mark.rect.shrink(-10.0).contains(c.center)
    )));
    let added = overlay
        .marks
        .iter()
        .find(|m| m.item == ItemRef::Stage(stage_id.clone()))
        .unwrap();
    assert_eq!(added.kind, ChangeKind::Added);
    assert!(overlay.items.iter().any(|i| matches!(
        i,
        wayline::scene::Item::Box(b)
            if b.stroke.is_some_and(|s| s.color == changes::ADDED) && b.rect.encloses(&added.rect, 0.0)
    )));
    assert!(overlay.old_curves.is_empty(), "no score changed");
}
