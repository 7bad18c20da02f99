//! Text: the bundled fonts, per-character font fallback, measuring and line
//! wrapping. Layout measures with exactly the faces and advances that every
//! backend draws with, so text that fits on screen fits on paper.

mod fonts;
mod wrap;

pub use fonts::{Face, Fonts, fonts};
pub use wrap::{Line, Run, TextStyle, wrap};
