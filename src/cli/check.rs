//! `wayline check FILE`: load, validate, summarise.

use std::path::Path;
use std::process::ExitCode;

use crate::model::{Details, Map};
use crate::text::fonts;

/// Exit 0 when the map is clean; 1 when it cannot be loaded or loads with
/// warnings (check is strict, so CI can rely on it).
pub fn run(path: &Path) -> Result<ExitCode, String> {
    let loaded = crate::io::load(path).map_err(|e| e.to_string())?;
    let mut warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    let missing = fonts().missing_chars(&all_text(&loaded.map));
    if !missing.is_empty() {
        let list: String = missing
            .iter()
            .map(|c| {
                let shown =
                    crate::model::escape::printable(c.encode_utf8(&mut [0; 4])).into_owned();
                format!(" {shown} (U+{:04X})", *c as u32)
            })
            .collect();
        warnings.push(format!(
            "warning: no bundled font draws these characters; they print as boxes:{list}"
        ));
    }
    if let Some(photo) = &loaded.map.persona.photo {
        let photo = crate::io::picture::resolve(photo, path.parent());
        if let Err(e) = crate::io::picture::load(&photo) {
            warnings.push(format!(
                "warning: persona photo: {e}; the map shows an empty frame instead"
            ));
        }
    }
    if warnings.is_empty() {
        println!("{}: ok, {}", path.display(), summary(&loaded.map));
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}: loads with {} warning(s), {}",
        path.display(),
        warnings.len(),
        summary(&loaded.map)
    );
    for warning in &warnings {
        println!("  {}", crate::model::escape::printable(warning));
    }
    Ok(ExitCode::FAILURE)
}

/// "5 stages, 7 lanes, 84 cards, 5 emotion points, 6 pain points (2 unanswered)".
pub fn summary(map: &Map) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let hidden = map.lanes.iter().filter(|l| l.hidden).count();
    let lanes = if hidden > 0 {
        format!("{} ({hidden} hidden)", plural(map.lanes.len(), "lane"))
    } else {
        plural(map.lanes.len(), "lane")
    };
    let count = |f: fn(&Details) -> bool| map.cards.iter().filter(|c| f(&c.details)).count();
    let emotions = count(|d| matches!(d, Details::Emotion { .. }));
    let pains = count(|d| matches!(d, Details::Pain { .. }));
    let unanswered = map.unanswered_pain_points().len();
    format!(
        "{}, {lanes}, {}, {}, {} ({unanswered} unanswered)",
        plural(map.stages.len(), "stage"),
        plural(map.cards.len() - emotions, "card"),
        plural(emotions, "emotion point"),
        plural(pains, "pain point"),
    )
}

fn all_text(map: &Map) -> String {
    let mut text = format!("{}{}{}", map.title, map.segment, map.description);
    for s in &map.stages {
        text.push_str(&s.name);
        text.push_str(&s.description);
        s.insights.iter().for_each(|i| text.push_str(i));
        s.steps.iter().for_each(|st| text.push_str(&st.name));
        s.kpis.iter().for_each(|k| text.push_str(&k.name));
    }
    map.lanes.iter().for_each(|l| text.push_str(&l.name));
    map.cards.iter().for_each(|c| text.push_str(&c.text));
    let p = &map.persona;
    for s in [&p.name, &p.role, &p.quote, &p.bio, &p.notes] {
        text.push_str(s);
    }
    for list in [&p.goals, &p.needs, &p.behaviours, &p.suggestions] {
        list.iter().for_each(|i| text.push_str(i));
    }
    text
}
