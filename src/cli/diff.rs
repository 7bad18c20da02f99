//! `wayline diff OLD NEW` (exit 0 same, 1 different, 2 trouble, like `diff`) and
//! `wayline git-diff`, the external diff driver git calls with seven arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::diff::{Change, diff, to_text};
use crate::model::Map;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The older map.
    pub old: PathBuf,
    /// The newer map.
    pub new: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also write a "what changed" PDF (or SVG, one file per page): the newer
    /// map with its changes marked, then the changes listed by group.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Overwrite the output if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per change.
    Text,
    /// `{"old": …, "new": …, "changes": [{kind, item, field, old, new, description}]}`.
    Json,
}

/// Exit code for "could not compare", as `diff` uses it.
fn trouble(message: &str) -> ExitCode {
    eprintln!("error: {}", crate::model::escape::printable_lines(message));
    ExitCode::from(2)
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let old = match crate::io::load(&args.old) {
        Ok(l) => l.map,
        Err(e) => return Ok(trouble(&e.to_string())),
    };
    let new = match crate::io::load(&args.new) {
        Ok(l) => l.map,
        Err(e) => return Ok(trouble(&e.to_string())),
    };
    let changes = diff(&old, &new);
    if let Some(out) = &args.output {
        match write_changes(args, out, &old, &new) {
            Err(e) => return Ok(trouble(&e)),
            Ok(files) => {
                for file in files {
                    eprintln!("wrote {} ({} changes)", file.display(), changes.len());
                }
            }
        }
    }
    match args.format {
        Format::Text => print!("{}", to_text(&changes)),
        Format::Json => match json(&args.old, &args.new, &changes) {
            Ok(text) => println!("{text}"),
            Err(e) => return Ok(trouble(&e)),
        },
    }
    Ok(if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The "what changed" PDF or SVG, labelled with the two files' names.
fn write_changes(args: &Args, out: &Path, old: &Map, new: &Map) -> Result<Vec<PathBuf>, String> {
    if !matches!(
        crate::export::Format::from_path(out),
        Some(crate::export::Format::Pdf | crate::export::Format::Svg)
    ) {
        return Err(format!(
            "{}: the changes page is a PDF or SVG; give the output a .pdf or .svg extension",
            out.display()
        ));
    }
    if out.exists() && !args.force {
        return Err(format!(
            "{} already exists; use --force to overwrite it",
            out.display()
        ));
    }
    let label = |p: &Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    crate::export::changes::write(
        old,
        new,
        (&label(&args.old), &label(&args.new)),
        args.new.parent(),
        out,
    )
}

fn json(old: &Path, new: &Path, changes: &[Change]) -> Result<String, String> {
    #[derive(serde::Serialize)]
    struct Report<'a> {
        old: String,
        new: String,
        changes: &'a [Change],
    }
    serde_json::to_string_pretty(&Report {
        old: old.display().to_string(),
        new: new.display().to_string(),
        changes,
    })
    .map_err(|e| format!("cannot write JSON: {e}"))
}

/// git's external diff protocol: `path old-file old-hex old-mode new-file
/// new-hex new-mode`, plus `new-path similarity` for a rename. A side that does
/// not exist (added or deleted file) is `/dev/null`. Always exits 0 unless git
/// passed the wrong arguments: a non-zero exit makes git stop the whole diff.
pub fn run_git(args: &[PathBuf]) -> Result<ExitCode, String> {
    if args.len() != 7 && args.len() != 9 {
        return Err(format!(
            "git-diff expects the 7 (or 9) arguments git passes an external diff driver, got {}; \
             set it up with: git config diff.wayline.command \"wayline git-diff\"",
            args.len()
        ));
    }
    let path = &args[0];
    let shown = args.get(7).unwrap_or(path);
    let (old_file, new_file) = (&args[1], &args[4]);
    let read = |file: &Path| -> Result<Option<Map>, String> {
        if file == Path::new("/dev/null") {
            return Ok(None);
        }
        crate::io::load(file).map(|l| Some(l.map)).map_err(|e| {
            e.to_string()
                .replacen(&file.display().to_string(), &path.display().to_string(), 1)
        })
    };
    let (old, new) = match (read(old_file), read(new_file)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            // Not a map git can compare by meaning: show the ordinary text diff.
            println!(
                "wayline: {}; showing the text diff instead",
                crate::model::escape::printable_lines(&e)
            );
            return text_diff(old_file, new_file);
        }
    };
    if path == shown {
        println!("wayline diff {}", path.display());
    } else {
        println!("wayline diff {} → {}", path.display(), shown.display());
    }
    match (old, new) {
        (None, Some(new)) => println!("  new map {:?}: {}", new.title, super::check::summary(&new)),
        (Some(old), None) => println!(
            "  map deleted (was {:?}: {})",
            old.title,
            super::check::summary(&old)
        ),
        (Some(old), Some(new)) => {
            let changes = diff(&old, &new);
            if changes.is_empty() {
                println!("  no change to the map (only the file's formatting differs)");
            }
            for change in changes {
                println!("  {change}");
            }
        }
        (None, None) => {}
    }
    Ok(ExitCode::SUCCESS)
}

fn text_diff(old: &Path, new: &Path) -> Result<ExitCode, String> {
    let status = std::process::Command::new("git")
        .args(["diff", "--no-index", "--no-ext-diff", "--no-textconv", "--"])
        .arg(old)
        .arg(new)
        .status()
        .map_err(|e| format!("cannot run git for the text diff: {e}"))?;
    // `git diff --no-index` exits 1 when the files differ. Anything else has
    // printed its own message; a non-zero exit here would stop git's whole diff.
    if !matches!(status.code(), Some(0 | 1)) {
        println!("wayline: the text diff failed too");
    }
    Ok(ExitCode::SUCCESS)
}
