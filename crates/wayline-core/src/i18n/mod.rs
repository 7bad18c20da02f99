//! The languages Wayline speaks and its catalogues of words: which languages
//! there are ([`Language`], parsed from locale strings and guessed from a map's
//! text), Fluent catalogues built from `.ftl` sources embedded in the binary
//! ([`Catalogue`], also used by the editor for its own UI catalogue), lookup
//! with English fallback that never panics ([`tr`]), CLDR plural rules (through
//! Fluent), and how numbers, percentages, quantities and quotations are written
//! in each language ([`format`]).
//!
//! The map-label catalogue ([`tr`], `assets/i18n/map/*.ftl`) holds every word
//! layout and export print on a map's pages; the map's `language` chooses it.
//! Uses nothing else of the crate, so the model may name a [`Language`].

mod catalogue;
pub mod format;
mod language;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

pub use catalogue::{Arg, Catalogue};
pub use format::{format_number, format_percent, format_quantity, quote, quote_cut};
pub use language::Language;

/// The catalogue of the words printed on maps (headings, legends, detail
/// lines, sheet labels, slide footers, the "what changed" PDF).
pub static MAP_LABELS: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::new(&[
        (
            Language::En,
            include_str!("../../../../assets/i18n/map/en.ftl"),
        ),
        (
            Language::ZhCn,
            include_str!("../../../../assets/i18n/map/zh-CN.ftl"),
        ),
        (
            Language::Pl,
            include_str!("../../../../assets/i18n/map/pl.ftl"),
        ),
    ])
});

/// A map label in `lang`: the message `key` of the map-label catalogue with
/// `args` filled in, falling back to English and then to the key itself.
pub fn tr(lang: Language, key: &str, args: &[(&str, Arg)]) -> String {
    MAP_LABELS.tr(lang, key, args)
}
