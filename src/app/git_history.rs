//! A map file's history in git, for "Compare with an earlier version": the
//! commits that touched the file (following renames) and the file's text at one
//! of them. Runs the `git` program in the file's directory; no git library.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::i18n::tr;

/// One commit that changed the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    /// `YYYY-MM-DD HH:MM`, the author date in the local time zone (git reads
    /// `TZ` and the system zone itself).
    pub date: String,
    pub author: String,
    pub subject: String,
    /// The file's path at that commit, relative to the repository's root.
    pub path: String,
}

impl Commit {
    pub fn short(&self) -> &str {
        self.hash.get(..7).unwrap_or(&self.hash)
    }

    /// "2026-08-14 16:20 · abc1234", how the compare view names this version.
    pub fn label(&self) -> String {
        format!("{} · {}", self.date, self.short())
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    // git's own messages in English (one is read below), UTF-8 kept.
    let out = Command::new("git")
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => tr!("git-not-installed"),
            _ => tr!(
                "git-cannot-run",
                dir = dir.display().to_string(),
                error = e.to_string()
            ),
        })?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        // i18n-ok: git's message (LC_ALL=C), read, not shown
        if err.contains("not a git repository") {
            let dir = dir.display().to_string();
            return Err(tr!("git-not-a-repository", file = dir));
        }
        // i18n-ok: the command and git's own words, as a technical detail
        return Err(format!("git {}: {}", args.join(" "), err.trim()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn dir_and_name(file: &Path) -> Result<(PathBuf, String), String> {
    let name = file
        .file_name()
        .ok_or_else(|| tr!("git-not-a-file-name", file = file.display().to_string()))?
        .to_string_lossy()
        .into_owned();
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name))
}

/// The commits that changed `file`, newest first. An error says why there are
/// none to offer: not a repository, git missing, or nothing committed yet.
pub fn log(file: &Path) -> Result<Vec<Commit>, String> {
    let (dir, name) = dir_and_name(file)?;
    let text = git(
        &dir,
        &[
            "log",
            "--follow",
            // Merge commits too (with the file as it was after the merge), so
            // a merged state can be compared with.
            "--full-history",
            "--diff-merges=first-parent",
            "--format=%x1e%H%x09%ad%x09%an%x09%s",
            // i18n-ok: git's argument: author dates in the local time zone
            "--date=format-local:%Y-%m-%d %H:%M",
            "--name-only",
            "--",
            &name,
        ],
    )?;
    let commits: Vec<Commit> = text
        .split('\u{1e}')
        .filter_map(|record| {
            let mut lines = record.lines();
            let mut head = lines.next()?.splitn(4, '\t');
            let (hash, date, author) = (head.next()?, head.next()?, head.next()?);
            let subject = head.next().unwrap_or("");
            let path = lines.map(str::trim).find(|l| !l.is_empty())?;
            Some(Commit {
                hash: hash.to_string(),
                date: date.to_string(),
                author: author.to_string(),
                subject: subject.to_string(),
                path: path.to_string(),
            })
        })
        .collect();
    if commits.is_empty() {
        let file = file.display().to_string();
        return Err(tr!("git-no-versions", file = file));
    }
    Ok(commits)
}

/// The file's text at `commit`.
pub fn show(file: &Path, commit: &Commit) -> Result<String, String> {
    let (dir, _) = dir_and_name(file)?;
    // `REV:path` with a root-relative path reads the same from any directory.
    git(&dir, &["show", &format!("{}:{}", commit.hash, commit.path)])
}
