//! Writes a generated map, for measuring the exporter on big maps:
//! `cargo run --release -p wayline-core --example write_map -- STAGES CARDS SEED OUT`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [stages, cards, seed, out] = args.as_slice() else {
        eprintln!("usage: write_map STAGES CARDS SEED OUT");
        return ExitCode::from(2);
    };
    let (Ok(stages), Ok(cards), Ok(seed)) = (stages.parse(), cards.parse(), seed.parse()) else {
        eprintln!("error: STAGES, CARDS and SEED are numbers");
        return ExitCode::from(2);
    };
    let map = wayline_core::generate::map(stages, cards, seed);
    match wayline_core::io::save(&map, std::path::Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
