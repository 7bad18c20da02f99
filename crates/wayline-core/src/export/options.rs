//! Export options, shared by the command line and the editor's Export dialog.

use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Png,
    Pdf,
    /// One SVG document per page, for designers' tools.
    Svg,
    /// The cards as a table ([`super::csv`]); page options do not apply.
    Csv,
}

impl Format {
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            "svg" => Some(Format::Svg),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Paper sizes, or `Fit`: one page exactly the size of the map plus margins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PageSize {
    Fit,
    A4,
    A3,
    A2,
    A1,
    A0,
    Letter,
    Tabloid,
}

impl PageSize {
    /// Portrait width and height in millimetres; `None` for `Fit`.
    pub fn mm(self) -> Option<(f32, f32)> {
        match self {
            PageSize::Fit => None,
            PageSize::A4 => Some((210.0, 297.0)),
            PageSize::A3 => Some((297.0, 420.0)),
            PageSize::A2 => Some((420.0, 594.0)),
            PageSize::A1 => Some((594.0, 841.0)),
            PageSize::A0 => Some((841.0, 1189.0)),
            PageSize::Letter => Some((215.9, 279.4)),
            PageSize::Tabloid => Some((279.4, 431.8)),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Orientation {
    /// Landscape when the map is wider than tall, which journey maps usually are.
    #[default]
    Auto,
    Portrait,
    Landscape,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Background {
    #[default]
    White,
    Transparent,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeChoice {
    /// The editor's colours.
    #[default]
    Screen,
    /// Lighter fills and no row shading: less ink on paper.
    Print,
}

/// How an SVG writes text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SvgText {
    /// Real, editable text naming the bundled fonts (Noto Sans, WenQuanYi Micro Hei).
    #[default]
    Text,
    /// Glyph outlines: identical everywhere, even without those fonts, but not editable as text.
    Outlines,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    pub page: PageSize,
    pub orientation: Orientation,
    /// Margin on every side, in millimetres.
    pub margin_mm: f32,
    /// PNG resolution; `None` means 300 on paper sizes and 144 (2× screen) for `Fit`.
    pub dpi: Option<f32>,
    /// Map points per page point; `None` scales the map to fit the page.
    pub scale: Option<f32>,
    /// Split a map too big for the page across pages (by whole stages and lanes)
    /// instead of shrinking it.
    pub split: bool,
    /// Shrink the map onto one sheet even when its text then prints too small
    /// to read (by default such a map is spread over pages instead; see
    /// `pages::readable`).
    pub one_page: bool,
    pub theme: ThemeChoice,
    pub background: Background,
    pub include_persona: bool,
    pub include_hidden_lanes: bool,
    /// Add a page listing every pain point and the opportunities answering it.
    pub pain_page: bool,
    /// Print the poster (`page`, or the map at `scale` for `Fit`) on several
    /// smaller sheets to tape together.
    pub tile: Option<Tiling>,
    /// A 16:9 slide deck instead of paper pages: an overview, then one slide per stage.
    pub slides: bool,
    /// Leave room for sticky notes in every cell and add a blank notes lane.
    pub workshop: bool,
    /// SVG text as text or as outlines.
    pub svg_text: SvgText,
}

/// Poster tiling: the sheet paper and how much neighbouring sheets overlap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tiling {
    pub paper: PageSize,
    /// Printed on both neighbouring sheets, so one can be trimmed and glued over
    /// the other; the trim line runs through its middle.
    pub overlap_mm: f32,
}

impl Tiling {
    pub const DEFAULT_OVERLAP_MM: f32 = 10.0;
}

impl Default for ExportOptions {
    fn default() -> ExportOptions {
        ExportOptions {
            page: PageSize::Fit,
            orientation: Orientation::Auto,
            margin_mm: 10.0,
            dpi: None,
            scale: None,
            split: false,
            one_page: false,
            theme: ThemeChoice::Screen,
            background: Background::White,
            include_persona: true,
            include_hidden_lanes: false,
            pain_page: false,
            tile: None,
            slides: false,
            workshop: false,
            svg_text: SvgText::Text,
        }
    }
}

impl ExportOptions {
    pub fn dpi(&self) -> f32 {
        self.dpi.unwrap_or(if self.page == PageSize::Fit {
            144.0
        } else {
            300.0
        })
    }

    /// Checks ranges; the message says what is allowed.
    pub fn check(&self) -> Result<(), String> {
        if !(0.0..=100.0).contains(&self.margin_mm) {
            return Err(format!("margin {} mm is outside 0–100 mm", self.margin_mm));
        }
        if let Some(dpi) = self.dpi
            && !(18.0..=1200.0).contains(&dpi)
        {
            return Err(format!("DPI {dpi} is outside 18–1200"));
        }
        if let Some(scale) = self.scale
            && !(0.05..=20.0).contains(&scale)
        {
            return Err(format!("scale {scale} is outside 0.05–20"));
        }
        if self.one_page && (self.split || self.tile.is_some() || self.slides) {
            return Err(
                "--one-page shrinks the map onto one sheet; leave out --split, --tile and --slides"
                    .into(),
            );
        }
        if self.split && self.page == PageSize::Fit {
            return Err("--split needs a paper size (--page a4, a3, …): a fitted page never needs splitting".into());
        }
        if let Some(tile) = &self.tile {
            if tile.paper == PageSize::Fit {
                return Err("--tile needs a paper size such as a4 or letter".into());
            }
            if !(0.0..=50.0).contains(&tile.overlap_mm) {
                return Err(format!("overlap {} mm is outside 0–50 mm", tile.overlap_mm));
            }
            if self.split {
                return Err(
                    "--tile and --split do not go together: tiling cuts one poster into sheets, --split makes separate pages".into(),
                );
            }
        }
        if self.slides && (self.split || self.tile.is_some()) {
            return Err("--slides makes its own 16:9 pages; leave out --split and --tile".into());
        }
        Ok(())
    }
}

/// Points per millimetre (the scene's unit is the point).
pub use crate::scene::MM;
