//! Maps in a real git repository with Wayline's merge and diff drivers
//! configured as the README says: branches that edit different cards merge
//! cleanly (where git's line merge would conflict), the same card edited on both
//! branches is a recorded conflict that keeps both texts, and `git diff` prints
//! the change list.

use std::path::PathBuf;
use std::process::{Command, Output};

use wayline::model::{Card, CardId, Map};

const FILE: &str = "shop.journey.ron";

struct Repo {
    dir: PathBuf,
}

impl Repo {
    fn new(name: &str) -> Repo {
        let dir = std::env::temp_dir().join(format!("wayline-git-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let repo = Repo { dir };
        repo.ok(&["init", "-q", "-b", "main"]);
        repo.ok(&["config", "user.name", "Wayline Test"]);
        repo.ok(&["config", "user.email", "test@wayline.invalid"]);
        let bin = env!("CARGO_BIN_EXE_wayline");
        repo.ok(&["config", "merge.wayline.name", "Wayline journey map merge"]);
        repo.ok(&[
            "config",
            "merge.wayline.driver",
            &format!("'{bin}' merge %O %A %B -o %A --name %P"),
        ]);
        repo.ok(&[
            "config",
            "diff.wayline.command",
            &format!("'{bin}' git-diff"),
        ]);
        repo.ok(&[
            "config",
            "diff.wayline.textconv",
            &format!("'{bin}' textconv"),
        ]);
        std::fs::write(
            repo.dir.join(".gitattributes"),
            "*.journey.ron merge=wayline diff=wayline\n",
        )
        .unwrap();
        repo
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(&self.dir)
            // Only this repository's configuration counts.
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_PAGER", "cat")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.git(args);
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    }

    fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    fn save(&self, map: &Map) {
        wayline::io::save(map, &self.path()).unwrap();
    }

    fn load(&self) -> Map {
        wayline::io::load(&self.path()).unwrap().map
    }

    fn commit(&self, message: &str) {
        self.ok(&["add", "-A"]);
        self.ok(&["commit", "-q", "-m", message]);
    }

    fn wayline(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_wayline"))
            .args(args)
            .current_dir(&self.dir)
            .output()
            .unwrap()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn template() -> Map {
    wayline::templates::find("ecommerce")
        .unwrap()
        .map()
        .unwrap()
}

/// A repository with the template committed on `main` and a branch `other`.
fn started(name: &str) -> (Repo, Map) {
    let repo = Repo::new(name);
    let base = template();
    repo.save(&base);
    repo.commit("base map");
    repo.ok(&["branch", "other"]);
    (repo, base)
}

fn appended(map: &mut Map, id: &str, text: &str) {
    let model = map.cards[0].clone();
    map.cards
        .push(Card::new(CardId::new(id), model.lane, model.stage, text));
}

#[test]
fn branches_editing_different_cards_merge_cleanly() {
    let (repo, base) = started("clean");
    let ids = (base.cards[0].id.clone(), base.cards[1].id.clone());

    repo.ok(&["checkout", "-q", "other"]);
    let mut theirs = base.clone();
    theirs.card_mut(&ids.0).unwrap().text = "Zofia porównuje ceny 比较价格".into();
    appended(&mut theirs, "card-from-other", "dodana na gałęzi");
    repo.save(&theirs);
    repo.commit("other: edit the first card, add one");

    repo.ok(&["checkout", "-q", "main"]);
    let mut ours = base.clone();
    ours.card_mut(&ids.1).unwrap().text = "Asks a friend first".into();
    appended(&mut ours, "card-from-main", "added on main");
    repo.save(&ours);
    repo.commit("main: edit the second card, add one");

    // Both branches appended a card at the same place: a line merge conflicts
    // there, the map merge does not.
    let out = repo.git(&["merge", "-q", "--no-edit", "other"]);
    assert!(
        out.status.success(),
        "git merge failed: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let merged = repo.load();
    assert_eq!(
        merged.card(&ids.0).unwrap().text,
        "Zofia porównuje ceny 比较价格"
    );
    assert_eq!(merged.card(&ids.1).unwrap().text, "Asks a friend first");
    let n = merged.cards.len();
    assert_eq!(merged.cards[n - 2].id.as_str(), "card-from-main");
    assert_eq!(merged.cards[n - 1].id.as_str(), "card-from-other");
    assert!(merged.conflicts.is_empty());

    let check = repo.wayline(&["check", FILE]);
    assert!(check.status.success(), "{}", text(&check.stdout));
}

#[test]
fn the_same_card_edited_on_both_branches_is_a_recorded_conflict() {
    let (repo, base) = started("conflict");
    let id = base.cards[3].id.clone();

    repo.ok(&["checkout", "-q", "other"]);
    let mut theirs = base.clone();
    theirs.card_mut(&id).unwrap().text = "Their text: żółta kartka".into();
    repo.save(&theirs);
    repo.commit("other: reword");

    repo.ok(&["checkout", "-q", "main"]);
    let mut ours = base.clone();
    ours.card_mut(&id).unwrap().text = "Our text: 我们的文字".into();
    repo.save(&ours);
    repo.commit("main: reword");

    let out = repo.git(&["merge", "--no-edit", "other"]);
    assert!(
        !out.status.success(),
        "the merge should stop on the conflict"
    );
    let stderr = text(&out.stderr) + &text(&out.stdout);
    assert!(stderr.contains("1 conflict"), "{stderr}");
    let unmerged = repo.ok(&["diff", "--name-only", "--diff-filter=U"]);
    assert_eq!(unmerged.trim(), FILE);

    // The file loads, shows ours, and keeps both texts in its conflict record.
    let raw = std::fs::read_to_string(repo.path()).unwrap();
    assert!(raw.contains("Their text: żółta kartka") && raw.contains("Our text: 我们的文字"));
    let merged = repo.load();
    assert_eq!(merged.card(&id).unwrap().text, "Our text: 我们的文字");
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].theirs.as_deref(),
        Some("Their text: żółta kartka")
    );
    let check = repo.wayline(&["check", FILE]);
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check.stdout).contains("unresolved merge conflict"));

    // Resolve taking theirs, then finish the merge.
    let out = repo.wayline(&["resolve", FILE, "--take", "theirs"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        repo.load().card(&id).unwrap().text,
        "Their text: żółta kartka"
    );
    assert!(repo.wayline(&["check", FILE]).status.success());
    repo.commit("merge other");
}

#[test]
fn git_diff_prints_the_change_list() {
    let (repo, base) = started("diff");
    let mut edited = base.clone();
    edited.stages[2].name = "Kasa".into();
    edited.cards[5].text = "nowy tekst".into();
    repo.save(&edited);
    let out = repo.ok(&["diff"]);
    let card = &base.cards[5];
    let lane = base.lane(&card.lane).unwrap().name.clone();
    assert!(out.contains(&format!("wayline diff {FILE}")), "{out}");
    assert!(
        out.contains(&format!(
            "Stage {:?} renamed to \"Kasa\"",
            base.stages[2].name
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("Card {} in ", card.id)) && out.contains(&lane),
        "{out}"
    );
    assert!(out.contains("→ \"nowy tekst\""), "{out}");
    assert_eq!(out.lines().count(), 3, "{out}");

    // A new file and a deleted one.
    let second = repo.dir.join("second.journey.ron");
    wayline::io::save(&base, &second).unwrap();
    repo.ok(&["add", "second.journey.ron"]);
    let out = repo.ok(&["diff", "--cached"]);
    assert!(out.contains("new map"), "{out}");
    repo.commit("second map");
    std::fs::remove_file(&second).unwrap();
    let out = repo.ok(&["diff", "--", "second.journey.ron"]);
    assert!(out.contains("map deleted"), "{out}");
}

#[test]
fn the_same_map_added_on_both_branches_merges_against_an_empty_base() {
    let repo = Repo::new("addadd");
    std::fs::write(repo.dir.join("README"), "maps\n").unwrap();
    repo.commit("start");
    repo.ok(&["branch", "other"]);
    let map = template();
    repo.save(&map);
    repo.commit("main: add the map");
    repo.ok(&["checkout", "-q", "other"]);
    let mut theirs = map.clone();
    appended(&mut theirs, "card-their-extra", "tylko u nich");
    repo.save(&theirs);
    repo.commit("other: add the map with one more card");
    repo.ok(&["checkout", "-q", "main"]);
    let out = repo.git(&["merge", "--no-edit", "other"]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let merged = repo.load();
    assert_eq!(merged.cards.len(), map.cards.len() + 1);
    assert!(merged.conflicts.is_empty());
}

#[test]
fn git_diff_falls_back_to_text_for_a_file_that_is_not_a_map() {
    let (repo, _) = started("fallback");
    std::fs::write(repo.path(), "(\n    version: 1,\n    title: 12,\n").unwrap();
    let out = repo.ok(&["diff"]);
    assert!(out.contains(&format!("{FILE}:3:")), "{out}");
    assert!(out.contains("showing the text diff instead"), "{out}");
    assert!(out.contains("+    title: 12,"), "{out}");
}

#[test]
fn git_log_shows_readable_lines_through_textconv() {
    let (repo, base) = started("textconv");
    let mut edited = base.clone();
    edited.cards[2].text = "Porównuje trzy sklepy".into();
    repo.save(&edited);
    repo.commit("reword a card");
    let log = repo.ok(&["log", "-p", "-1"]);
    let card = &base.cards[2];
    let line = format!(
        "+Card {} in {} × {}: text \"Porównuje trzy sklepy\"",
        card.id,
        base.stage(&card.stage).unwrap().name,
        base.lane(&card.lane).unwrap().name
    );
    assert!(log.contains(&line), "{log}");
    assert_eq!(
        log.lines()
            .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
            .count(),
        1,
        "{log}"
    );
}
