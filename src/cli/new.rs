//! `wayline new --template NAME -o FILE`: write a map from a built-in template.

use std::path::Path;
use std::process::ExitCode;

use crate::templates;

pub fn run(name: &str, output: &Path, force: bool, empty: bool) -> Result<ExitCode, String> {
    let template = templates::find(name).ok_or_else(|| {
        let names: Vec<&str> = templates::TEMPLATES.iter().map(|t| t.name).collect();
        format!(
            "no template named {name:?}; the templates are: {}",
            names.join(", ")
        )
    })?;
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; pass --force to overwrite it",
            output.display()
        ));
    }
    let map = if empty {
        template.empty_map()
    } else {
        template.map()
    };
    let map = map.map_err(|e| format!("template {name} is broken: {e}"))?;
    crate::io::save(&map, output).map_err(|e| e.to_string())?;
    println!("wrote {} from template {name}", output.display());
    Ok(ExitCode::SUCCESS)
}
