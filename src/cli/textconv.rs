//! `wayline textconv FILE`: the map as one line per field of every item, for
//! git's `diff.wayline.textconv`, so that `git log -p` and `git show` (which do
//! not run external diff drivers unless given `--ext-diff`) show readable lines
//! that name stages and lanes instead of RON.

use std::path::Path;
use std::process::ExitCode;

use crate::diff::{cell_label, fields};
use crate::model::{Kpi, Map};

/// A file that does not load is printed as it is (git then diffs its lines):
/// a failing textconv would stop `git log -p` altogether.
pub fn run(path: &Path) -> Result<ExitCode, String> {
    match crate::io::load(path) {
        Ok(loaded) => print!("{}", listing(&loaded.map)),
        Err(_) => {
            let bytes = crate::io::read_limited(path, crate::io::MAX_FILE_BYTES)
                .map_err(|e| format!("{}: cannot read the file: {e}", path.display()))?;
            std::io::Write::write_all(&mut std::io::stdout(), &bytes)
                .map_err(|e| format!("cannot write to stdout: {e}"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Appends `line` and a line break, escaping whatever in it a terminal would
/// interpret, line breaks included.
fn push(out: &mut String, line: String) {
    out.push_str(&crate::model::escape::printable(&line));
    out.push('\n');
}

/// One line per field, items in the map's order; equal maps give equal text.
/// Each line is made [`printable`](crate::model::escape::printable): a name
/// with a newline or a terminal escape cannot fake a line or drive the
/// terminal of whoever runs `git log -p`.
pub fn listing(map: &Map) -> String {
    let mut out = String::new();
    // Empty values are left out; lists go one item per line, so that adding an
    // insight or a KPI is a one-line change.
    let mut line = |who: &str, f: fields::Field| {
        let name = fields::label(f.name);
        if f.is_text {
            if !f.value.is_empty() {
                push(&mut out, format!("{who}: {name} {:?}", f.value));
            }
            return;
        }
        if f.value == "None" || f.value == "[]" {
            return;
        }
        let options = crate::model::ron_options();
        if let Ok(items) = options.from_str::<Vec<String>>(&f.value) {
            for item in items {
                push(&mut out, format!("{who}: {name} {item:?}"));
            }
        } else if let Ok(kpis) = options.from_str::<Vec<Kpi>>(&f.value) {
            for k in kpis {
                let value = fields::ron_value(&(k.value, k.target, &k.unit));
                push(&mut out, format!("{who}: KPI {:?} {value}", k.name));
            }
        } else {
            push(&mut out, format!("{who}: {name} {}", f.value));
        }
    };
    fields::map_fields(map)
        .into_iter()
        .for_each(|f| line("Map", f));
    fields::persona_fields(&map.persona)
        .into_iter()
        .for_each(|f| line("Persona", f));
    for s in &map.stages {
        let who = format!("Stage {}", s.id);
        fields::stage_fields(s)
            .into_iter()
            .for_each(|f| line(&who, f));
    }
    for l in &map.lanes {
        let who = format!("Lane {}", l.id);
        fields::lane_fields(l)
            .into_iter()
            .for_each(|f| line(&who, f));
    }
    for c in &map.cards {
        let who = format!("Card {} in {}", c.id, cell_label(map, c));
        fields::card_fields(c)
            .into_iter()
            .filter(|f| f.name != "cell")
            .for_each(|f| line(&who, f));
    }
    for c in &map.conflicts {
        push(&mut out, format!("Conflict: {}", c.describe(map)));
    }
    out
}
