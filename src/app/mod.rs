//! The editor window. (Arrives with the editor issue.)

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the editor on `file`, or on the built-in sample map.
pub fn run(file: Option<PathBuf>) -> Result<ExitCode, String> {
    let what = file.map_or_else(|| "the sample map".to_string(), |f| f.display().to_string());
    Err(format!(
        "the editor window is not built yet; cannot open {what}. Try `wayline check` or `wayline templates`."
    ))
}
