//! `wayline resolve FILE`: list a merged map's conflicts, or resolve them by
//! taking our or their side (`--take ours|theirs [--conflict N]`).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::edit::Command;
use crate::model::Side;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A map with merge conflicts (from `wayline merge` or git's merge driver).
    pub file: PathBuf,
    /// Resolve by taking this side's value; without it, only list the conflicts.
    #[arg(long, value_enum)]
    pub take: Option<Take>,
    /// Resolve only conflict N (as numbered in the list); default: all of them.
    #[arg(long, value_name = "N")]
    pub conflict: Option<usize>,
    /// Write the result here instead of back to FILE.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Take {
    Ours,
    Theirs,
}

/// Exit 0 when no conflict is left, 1 when some are.
pub fn run(args: &Args) -> Result<ExitCode, String> {
    let mut map = crate::io::load(&args.file).map_err(|e| e.to_string())?.map;
    let name = args.file.display();
    let Some(take) = args.take else {
        if map.conflicts.is_empty() {
            println!("{name}: no merge conflicts");
            return Ok(ExitCode::SUCCESS);
        }
        println!("{name}: {} merge conflict(s):", map.conflicts.len());
        for (i, c) in map.conflicts.iter().enumerate() {
            println!("  {}. {}", i + 1, c.describe(&map));
        }
        return Ok(ExitCode::FAILURE);
    };
    let side = match take {
        Take::Ours => Side::Ours,
        Take::Theirs => Side::Theirs,
    };
    let command = match args.conflict {
        Some(n) if n == 0 || n > map.conflicts.len() => {
            return Err(format!(
                "{name}: there is no conflict {n}; the map has {} (numbered from 1)",
                map.conflicts.len()
            ));
        }
        Some(n) => Command::resolve_conflict(&map, n - 1, side),
        None => Command::resolve_all_conflicts(&map, side),
    }
    .map_err(|e| format!("{name}: {e}"))?;
    let before = map.conflicts.len();
    command
        .apply(&mut map)
        .map_err(|e| format!("{name}: {e}"))?;
    let output = args.output.as_ref().unwrap_or(&args.file);
    crate::io::save(&map, output).map_err(|e| e.to_string())?;
    println!(
        "{}: resolved {} conflict(s) taking {}; {} left",
        output.display(),
        before - map.conflicts.len(),
        side.label(),
        map.conflicts.len()
    );
    Ok(if map.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
