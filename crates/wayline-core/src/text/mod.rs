//! Text: the bundled fonts, per-character font fallback, measuring and line
//! wrapping. Layout measures with exactly the faces and advances that every
//! backend draws with, so text that fits on screen fits on paper.

mod fonts;
mod wrap;

pub use fonts::{Face, Fonts, fonts};
pub use wrap::{Line, PlacedGlyph, Run, SYNTHETIC_BOLD, TextStyle, wrap, wrap_cached};

/// Forgets this thread's measured text, so the next layout starts cold.
pub fn clear_caches() {
    wrap::clear_cache();
}
