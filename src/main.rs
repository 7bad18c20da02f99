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
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
