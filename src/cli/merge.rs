//! `wayline merge BASE OURS THEIRS -o OUT`: three-way merge of map files, also
//! git's merge driver (`wayline merge %O %A %B -o %A`). Exit 0 clean, 1 merged
//! with conflicts recorded in OUT, 2 nothing written (a file did not load).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::merge::merge;
use crate::model::Map;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The common ancestor (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A).
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
    /// Where to write the merged map (may be OURS; written atomically).
    #[arg(short, long)]
    pub output: PathBuf,
    /// The name to use in messages (git's %P), instead of OUT.
    #[arg(long)]
    pub name: Option<String>,
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    let mut maps = Vec::with_capacity(3);
    for path in [&args.ours, &args.theirs] {
        match crate::io::load(path) {
            Ok(loaded) => maps.push(loaded.map),
            Err(e) => {
                eprintln!(
                    "error: {}\nwayline merge: nothing written",
                    crate::model::escape::printable_lines(&e.to_string())
                );
                return Ok(ExitCode::from(2));
            }
        }
    }
    // git passes an empty base when both branches added the file: merge against
    // a map with nothing in it, so equal items merge and different ones conflict.
    let base = if std::fs::metadata(&args.base).is_ok_and(|m| m.is_file() && m.len() == 0) {
        empty_like(&maps[0])
    } else {
        match crate::io::load(&args.base) {
            Ok(loaded) => loaded.map,
            Err(e) => {
                eprintln!(
                    "error: {}\nwayline merge: nothing written",
                    crate::model::escape::printable_lines(&e.to_string())
                );
                return Ok(ExitCode::from(2));
            }
        }
    };
    let merged = merge(&base, &maps[0], &maps[1]);
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| args.output.display().to_string());
    if let Err(e) = crate::io::save(&merged.map, &args.output) {
        eprintln!(
            "error: {}",
            crate::model::escape::printable_lines(&e.to_string())
        );
        return Ok(ExitCode::from(2));
    }
    if merged.is_clean() {
        return Ok(ExitCode::SUCCESS);
    }
    // Numbered as `wayline resolve --conflict N` counts them, which includes
    // any the inputs already carried.
    let n = merged.map.conflicts.len();
    eprintln!(
        "wayline merge: {name}: {n} conflict{} (our values are in place; both sides are recorded in the file):",
        if n == 1 { "" } else { "s" }
    );
    for (i, c) in merged.map.conflicts.iter().enumerate() {
        eprintln!("  {}. {}", i + 1, c.describe(&merged.map));
    }
    eprintln!(
        "  resolve with: wayline resolve {name} --take ours|theirs [--conflict N], or in the editor"
    );
    Ok(ExitCode::from(1))
}

/// A map with no content and `like`'s dates: the base of two independent adds.
fn empty_like(like: &Map) -> Map {
    let mut map = Map::new("");
    map.created = like.created;
    map.updated = like.updated;
    map
}
