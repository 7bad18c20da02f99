//! `wayline import FILE.mmd|FILE.csv -o MAP.journey.ron [--from mermaid|csv] [--force]`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::import::{self, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A Mermaid journey diagram (.mmd, .mermaid, or in a Markdown .md page) or a table of cards (.csv).
    pub file: PathBuf,
    /// The map to write (.journey.ron).
    #[arg(short, long)]
    pub output: PathBuf,
    /// The input's format, when its extension does not say.
    #[arg(long, value_enum)]
    pub from: Option<Format>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    if Format::from_path(&args.output).is_some() {
        return Err(format!(
            "{}: -o names the map to write, a .journey.ron file; this name looks like a file to import",
            args.output.display()
        ));
    }
    if args.output.exists() && !args.force {
        return Err(format!(
            "{} already exists; pass --force to overwrite it",
            args.output.display()
        ));
    }
    let imported = import::import_file(&args.file, args.from).map_err(|e| e.to_string())?;
    crate::io::save(&imported.map, &args.output).map_err(|e| e.to_string())?;
    println!(
        "wrote {} from {}: {}",
        args.output.display(),
        args.file.display(),
        super::check::summary(&imported.map)
    );
    for warning in &imported.warnings {
        println!(
            "  {}",
            crate::model::escape::printable(&warning.to_string())
        );
    }
    Ok(ExitCode::SUCCESS)
}
