//! The command line: argument definitions and one module per subcommand. Each
//! subcommand returns `Result<ExitCode, String>`; `main` prints errors.

mod check;
mod diff;
mod export;
mod import;
mod merge;
mod new;
mod resolve;
mod textconv;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "wayline",
    version,
    about = "Customer journey maps: edit, check, export"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Map file to open in the editor (a built-in sample map when omitted).
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a map file and print a one-line summary.
    Check { file: PathBuf },
    /// Export a map to PNG, PDF or CSV (the format follows the output's extension).
    Export(export::Args),
    /// Make a map from a Mermaid journey diagram (.mmd) or a CSV table of cards.
    Import(import::Args),
    /// List the built-in templates.
    Templates,
    /// Write a new map from a template.
    New {
        /// Template name (see `wayline templates`).
        #[arg(long, short)]
        template: String,
        /// Where to write the map.
        #[arg(long, short)]
        output: PathBuf,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
        /// Keep the template's stages, lanes and KPI names but none of its example content.
        #[arg(long)]
        empty: bool,
    },
    /// List what changed between two maps (exit 0 same, 1 different, 2 error).
    Diff(diff::Args),
    /// Three-way merge of maps; also git's merge driver (see README, "Maps in git").
    Merge(merge::Args),
    /// List a merged map's conflicts, or resolve them taking one side.
    Resolve(resolve::Args),
    /// The map as one line per field, for git: `git config diff.wayline.textconv "wayline textconv"`.
    Textconv { file: PathBuf },
    /// git's external diff driver: `git config diff.wayline.command "wayline git-diff"`.
    #[command(name = "git-diff")]
    GitDiff {
        /// The arguments git passes: path old-file old-hex old-mode new-file new-hex new-mode.
        #[arg(num_args = 0.., allow_hyphen_values = true)]
        args: Vec<PathBuf>,
    },
}

/// Runs a subcommand; `Err` carries the message for stderr.
pub fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Check { file } => check::run(&file),
        Command::Export(args) => export::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Templates => {
            for t in crate::templates::TEMPLATES {
                println!("{:<24}{}", t.name, t.summary);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::New {
            template,
            output,
            force,
            empty,
        } => new::run(&template, &output, force, empty),
        Command::Diff(args) => diff::run(&args),
        Command::Merge(args) => merge::run(&args),
        Command::Resolve(args) => resolve::run(&args),
        Command::GitDiff { args } => diff::run_git(&args),
        Command::Textconv { file } => textconv::run(&file),
    }
}
