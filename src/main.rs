//! `wayline`: parse the command line and hand off; nothing else lives here.

use std::process::ExitCode;

use clap::Parser;
use wayline::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(command) => run(command),
        None => wayline::app::run(cli.file),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            // Messages quote names, texts and paths from files: nothing in
            // them may drive the terminal.
            eprintln!(
                "error: {}",
                wayline::model::escape::printable_lines(&message)
            );
            ExitCode::FAILURE
        }
    }
}
