//! Honest glyphs: a warning for every character no bundled face has, naming
//! where it is in the map (the card, stage, lane or persona field), so a
//! designer learns before printing that it will come out as a box. Pure: it
//! reads the planned pages' `missing_glyphs` and the map, nothing else.

use crate::model::{Details, Map, shorten};
use crate::scene::Page;

/// One warning per missing character, in code-point order: the first place it
/// is typed in, and how many other places have it too.
pub fn missing_glyph_warnings(map: &Map, pages: &[Page]) -> Vec<String> {
    let mut missing: Vec<char> = pages
        .iter()
        .flat_map(|p| p.scene.missing_glyphs.iter().copied())
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return Vec::new();
    }
    let places = places(map);
    missing
        .into_iter()
        .map(|c| {
            let mut found = places.iter().filter(|(_, text)| text.contains(c));
            let place = found
                .next()
                .map_or_else(|| "the map".to_string(), |(name, _)| name.clone());
            let others = found.count();
            let also = match others {
                0 => String::new(),
                1 => " (and 1 other place)".to_string(),
                n => format!(" (and {n} other places)"),
            };
            format!(
                "{place}{also}: no bundled font has {c} (U+{:04X}); it prints as a box",
                u32::from(c)
            )
        })
        .collect()
}

/// Every piece of text the map prints, with a name a designer finds it by.
fn places(map: &Map) -> Vec<(String, String)> {
    let mut out = vec![("the title".to_string(), map.title.clone())];
    let p = &map.persona;
    for (field, text) in [
        ("name", &p.name),
        ("role", &p.role),
        ("quote", &p.quote),
        ("bio", &p.bio),
        ("notes", &p.notes),
    ] {
        out.push((format!("the persona's {field}"), text.clone()));
    }
    for (field, list) in [
        ("goals", &p.goals),
        ("needs", &p.needs),
        ("behaviours", &p.behaviours),
        ("suggestions", &p.suggestions),
    ] {
        for text in list {
            out.push((format!("the persona's {field}"), text.clone()));
        }
    }
    for fact in &p.demographics {
        out.push((
            "the persona's demographics".to_string(),
            format!("{} {}", fact.label, fact.value),
        ));
    }
    for card in &map.cards {
        let extra = match &card.details {
            Details::Touchpoint { channel, .. } => channel.as_str(),
            Details::Opportunity { owner, .. } | Details::Task { owner } => owner.as_str(),
            Details::Metric { unit, .. } => unit.as_str(),
            _ => "",
        };
        out.push((
            format!(
                "card {} ({})",
                shorten(&card.text, 40),
                map.cell_name(&card.lane, &card.stage)
            ),
            format!("{} {extra}", card.text),
        ));
    }
    for stage in &map.stages {
        let name = format!("stage {}", shorten(&stage.name, 40));
        let mut text = format!("{} {}", stage.name, stage.description);
        for step in &stage.steps {
            text.push(' ');
            text.push_str(&step.name);
        }
        for kpi in &stage.kpis {
            text.push_str(&format!(" {} {}", kpi.name, kpi.unit));
        }
        for insight in &stage.insights {
            text.push(' ');
            text.push_str(insight);
        }
        out.push((name, text));
    }
    for lane in &map.lanes {
        out.push((
            format!("lane {}", shorten(&lane.name, 40)),
            lane.name.clone(),
        ));
    }
    out.push(("the description".to_string(), map.description.clone()));
    out.push(("the segment".to_string(), map.segment.clone()));
    out
}
