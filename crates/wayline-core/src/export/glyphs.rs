//! Honest glyphs: a warning for every character no bundled face has, naming
//! where it is in the map (the card, stage, lane or persona field), so a
//! designer learns before printing that it will come out as a box. Pure: it
//! reads the planned pages' `missing_glyphs` and the map, nothing else.

use crate::model::{Details, Map};
use crate::scene::Page;

/// A persona field text can be typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaField {
    Name,
    Role,
    Quote,
    Bio,
    Notes,
    Goals,
    Needs,
    Behaviours,
    Suggestions,
    Demographics,
}

impl PersonaField {
    /// The field's English name, as the command line says it.
    fn english(self) -> &'static str {
        match self {
            PersonaField::Name => "name",
            PersonaField::Role => "role",
            PersonaField::Quote => "quote",
            PersonaField::Bio => "bio",
            PersonaField::Notes => "notes",
            PersonaField::Goals => "goals",
            PersonaField::Needs => "needs",
            PersonaField::Behaviours => "behaviours",
            PersonaField::Suggestions => "suggestions",
            PersonaField::Demographics => "demographics",
        }
    }
}

/// Where in the map a character is typed; names and texts are on one line and
/// cut at 40 characters (unquoted), `cell` is "stage × lane".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GlyphPlace {
    Title,
    Persona(PersonaField),
    Card {
        text: String,
        cell: String,
    },
    Stage {
        name: String,
    },
    Lane {
        name: String,
    },
    Description,
    Segment,
    /// Printed but typed nowhere we look (a generated label).
    Map,
}

impl GlyphPlace {
    /// The place in the command line's English.
    pub fn english(&self) -> String {
        match self {
            GlyphPlace::Title => "the title".to_string(),
            GlyphPlace::Persona(field) => format!("the persona's {}", field.english()),
            GlyphPlace::Card { text, cell } => format!("card {text:?} ({cell})"),
            GlyphPlace::Stage { name } => format!("stage {name:?}"),
            GlyphPlace::Lane { name } => format!("lane {name:?}"),
            GlyphPlace::Description => "the description".to_string(),
            GlyphPlace::Segment => "the segment".to_string(),
            GlyphPlace::Map => "the map".to_string(),
        }
    }
}

/// A character no bundled face has: the first place it is typed in, and how
/// many other places have it too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingGlyph {
    pub ch: char,
    pub place: GlyphPlace,
    pub others: usize,
}

/// One English warning per missing character, in code-point order (the
/// command line's words for [`missing_glyphs`]).
pub fn missing_glyph_warnings(map: &Map, pages: &[Page]) -> Vec<String> {
    missing_glyphs(map, pages)
        .into_iter()
        .map(|MissingGlyph { ch, place, others }| {
            let also = match others {
                0 => String::new(),
                1 => " (and 1 other place)".to_string(),
                n => format!(" (and {n} other places)"),
            };
            format!(
                "{}{also}: no bundled font has {ch} (U+{:04X}); it prints as a box",
                place.english(),
                u32::from(ch)
            )
        })
        .collect()
}

/// Every missing character, in code-point order, with where it is.
pub fn missing_glyphs(map: &Map, pages: &[Page]) -> Vec<MissingGlyph> {
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
        .map(|ch| {
            let mut found = places.iter().filter(|(_, text)| text.contains(ch));
            let place = found
                .next()
                .map_or(GlyphPlace::Map, |(place, _)| place.clone());
            MissingGlyph {
                ch,
                place,
                others: found.count(),
            }
        })
        .collect()
}

/// Every piece of text the map prints, with the place a designer finds it by.
fn places(map: &Map) -> Vec<(GlyphPlace, String)> {
    use PersonaField as F;
    let mut out = vec![(GlyphPlace::Title, map.title.clone())];
    let p = &map.persona;
    for (field, text) in [
        (F::Name, &p.name),
        (F::Role, &p.role),
        (F::Quote, &p.quote),
        (F::Bio, &p.bio),
        (F::Notes, &p.notes),
    ] {
        out.push((GlyphPlace::Persona(field), text.clone()));
    }
    for (field, list) in [
        (F::Goals, &p.goals),
        (F::Needs, &p.needs),
        (F::Behaviours, &p.behaviours),
        (F::Suggestions, &p.suggestions),
    ] {
        for text in list {
            out.push((GlyphPlace::Persona(field), text.clone()));
        }
    }
    for fact in &p.demographics {
        out.push((
            GlyphPlace::Persona(F::Demographics),
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
            GlyphPlace::Card {
                text: cut(&card.text, 40),
                cell: map.cell_name(&card.lane, &card.stage),
            },
            format!("{} {extra}", card.text),
        ));
    }
    for stage in &map.stages {
        let name = cut(&stage.name, 40);
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
        out.push((GlyphPlace::Stage { name }, text));
    }
    for lane in &map.lanes {
        out.push((
            GlyphPlace::Lane {
                name: cut(&lane.name, 40),
            },
            lane.name.clone(),
        ));
    }
    out.push((GlyphPlace::Description, map.description.clone()));
    out.push((GlyphPlace::Segment, map.segment.clone()));
    out
}

/// `value` on one line, cut at `max` characters (what `model::shorten`
/// quotes).
fn cut(value: &str, max: usize) -> String {
    let one_line = value.replace('\n', " ⏎ ");
    let mut out: String = one_line.chars().take(max).collect();
    if one_line.chars().count() > max {
        out.push('…');
    }
    out
}
