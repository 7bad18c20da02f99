//! The Export panel's warnings in the UI language: the core says what is
//! wrong as structure (small text and its advice, sticky-note sizes, missing
//! characters and where they are typed); this module words it from the UI
//! catalogue, numbers with the language's decimal sign.

use super::i18n::{language, tr};
use crate::export::{
    GlyphPlace, MissingGlyph, PageSize, PersonaField, SmallText, SmallTextAdvice, StickyNotes,
};

/// A number of points or millimetres rounded to `decimals`, written as the UI
/// language writes numbers ("5,4" in Polish).
fn number(value: f32, decimals: i32) -> String {
    let step = 10f64.powi(decimals);
    crate::i18n::format_number(language(), (f64::from(value) * step).round() / step)
}

/// A page size as the panel's page list names it.
pub(super) fn page_name(page: PageSize) -> String {
    match page {
        PageSize::Fit => tr!("export-page-fit"),
        PageSize::Letter => tr!("export-page-letter"),
        PageSize::Tabloid => tr!("export-page-tabloid"),
        iso => format!("{iso:?}"),
    }
}

/// "Small text: the smallest text prints at 5,4 pt …; choose A2 paper …".
pub(super) fn small_text(small: &SmallText) -> String {
    let tile = tr!("export-tile");
    let advice = match small.advice {
        SmallTextAdvice::ShortenSlides => tr!("export-advice-shorten-slides"),
        SmallTextAdvice::BiggerPoster(p) => tr!("export-advice-bigger-poster", page = page_name(p)),
        SmallTextAdvice::TileFullSize => {
            tr!(
                "export-advice-tile-full-size",
                fit = page_name(PageSize::Fit)
            )
        }
        SmallTextAdvice::BiggerPage => tr!("export-advice-bigger-page"),
        SmallTextAdvice::LargerScale => tr!("export-advice-larger-scale"),
        SmallTextAdvice::BiggerPaperOrTile { paper, sheet } => tr!(
            "export-advice-bigger-paper",
            page = page_name(paper),
            sheet = page_name(sheet),
            tile = tile
        ),
        SmallTextAdvice::TileFitOn { sheet } => tr!(
            "export-advice-tile-fit",
            fit = page_name(PageSize::Fit),
            sheet = page_name(sheet),
            tile = tile
        ),
    };
    let size = number(small.size_pt, 1);
    let min = number(crate::export::MIN_PRINTED_PT, 0);
    let detail = match small.page {
        Some(page) => tr!(
            "export-small-text-on-page",
            size = size,
            min = min,
            page = page + 1,
            advice = advice
        ),
        None => tr!(
            "export-small-text-detail",
            size = size,
            min = min,
            advice = advice
        ),
    };
    tr!("export-small-text", detail = detail)
}

/// "Sticky notes: the spaces print 38 mm wide, smaller than a 76 mm note …".
pub(super) fn sticky_notes(notes: &StickyNotes) -> String {
    let detail = tr!(
        "export-sticky-notes-detail",
        printed = number(notes.printed_mm, 0),
        note = number(notes.note_mm, 0)
    );
    tr!("export-sticky-notes", detail = detail)
}

/// "Missing characters: card “שלום” (Stage × Lane): no bundled font has ש …".
pub(super) fn missing_glyph(glyph: &MissingGlyph) -> String {
    let place = place(&glyph.place);
    let code = format!("U+{:04X}", u32::from(glyph.ch));
    let detail = tr!(
        "export-missing-detail",
        place = place,
        others = glyph.others,
        char = glyph.ch.to_string(),
        code = code
    );
    tr!("export-missing-characters", detail = detail)
}

fn place(place: &GlyphPlace) -> String {
    match place {
        GlyphPlace::Title => tr!("export-place-title"),
        GlyphPlace::Persona(field) => tr!("export-place-persona", field = persona_field(*field)),
        GlyphPlace::Card { text, cell } => tr!("export-place-card", text = text, cell = cell),
        GlyphPlace::Stage { name } => tr!("export-place-stage", name = name),
        GlyphPlace::Lane { name } => tr!("export-place-lane", name = name),
        GlyphPlace::Description => tr!("export-place-description"),
        GlyphPlace::Segment => tr!("export-place-segment"),
        GlyphPlace::Map => tr!("export-place-map"),
    }
}

/// The field as the inspector labels it.
fn persona_field(field: PersonaField) -> String {
    match field {
        PersonaField::Name => tr!("export-place-persona-name"),
        PersonaField::Role => tr!("inspector-role"),
        PersonaField::Quote => tr!("inspector-quote"),
        PersonaField::Bio => tr!("inspector-about"),
        PersonaField::Notes => tr!("inspector-notes"),
        PersonaField::Goals => tr!("export-place-persona-goals"),
        PersonaField::Needs => tr!("inspector-needs"),
        PersonaField::Behaviours => tr!("inspector-behaviours"),
        PersonaField::Suggestions => tr!("inspector-suggestions"),
        PersonaField::Demographics => tr!("inspector-demographics"),
    }
}
