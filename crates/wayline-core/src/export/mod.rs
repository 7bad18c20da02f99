//! Export: lays the map out once (or once per page when split, once per stage
//! for slides), places each scene on paper (`pages`, cut into poster sheets by
//! `tiles`, 16:9 slides by `slides`, sheet marks from `overlay`), checks the
//! printed text size (`readability`), and hands the pages to the PDF or PNG
//! backend. `outline` tells the editor's print preview where the pages fall.
//! The bytes are written atomically, so a failed export never leaves half a
//! file behind.

mod change_lines;
pub mod changes;
pub mod csv;
mod glyphs;
mod options;
mod outline;
mod overlay;
mod pages;
mod readability;
mod slides;
mod structure;
mod tiles;

pub use glyphs::{GlyphPlace, MissingGlyph, PersonaField, missing_glyph_warnings, missing_glyphs};
pub use options::{
    Background, ExportOptions, Format, MM, Orientation, PageSize, SvgText, ThemeChoice, Tiling,
};
pub use outline::{Sheet, sheets};
pub use pages::{plan, readable_body_pt};
pub use readability::{
    MIN_PRINTED_PT, SmallText, SmallTextAdvice, StickyNotes, readability_warning, small_text,
    smallest_printed_text, sticky_note_warning, sticky_notes,
};
pub use structure::{outline, pdf_metadata};
pub use tiles::{TileGrid, sheet_name, tile_grid};

use std::path::{Path, PathBuf};

use crate::model::Map;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}: cannot tell the format from the extension; use .png, .pdf, .svg or .csv", .0.display())]
    UnknownFormat(PathBuf),
    #[error("{0}")]
    Options(String),
    #[error("{0}")]
    Render(String),
    #[error("{}: cannot write the export: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What an export wrote.
#[derive(Debug)]
pub struct Written {
    pub files: Vec<PathBuf>,
    pub pages: usize,
    /// Text that prints too small to read (see [`readability_warning`]),
    /// sticky-note spaces smaller than a note ([`sticky_note_warning`]),
    /// characters no bundled font has ([`missing_glyph_warnings`]).
    pub warnings: Vec<String>,
}

/// Renders `map` to `out` (PDF: all pages in one file; PNG and SVG: one file
/// per page, numbered `-1`, `-2`… when there is more than one; CSV: the cards
/// as a table).
pub fn export(
    map: &Map,
    base_dir: Option<&Path>,
    out: &Path,
    options: &ExportOptions,
) -> Result<Written, ExportError> {
    let format =
        Format::from_path(out).ok_or_else(|| ExportError::UnknownFormat(out.to_owned()))?;
    let write = |path: &Path, bytes: &[u8]| {
        crate::io::write_atomic(path, bytes).map_err(|source| ExportError::Write {
            path: path.to_owned(),
            source,
        })
    };
    if format == Format::Csv {
        write(out, csv::to_csv(map).as_bytes())?;
        return Ok(Written {
            files: vec![out.to_owned()],
            pages: 1,
            warnings: Vec::new(),
        });
    }
    let pages = plan(map, base_dir, options)?;
    let mut warnings: Vec<String> = [
        pages::spread_note(&pages, options),
        readability_warning(&pages, options),
        sticky_note_warning(&pages, options),
    ]
    .into_iter()
    .flatten()
    .collect();
    warnings.extend(missing_glyph_warnings(map, &pages));
    match format {
        // CSV returned above.
        Format::Pdf | Format::Csv => {
            let meta = crate::render::pdf::Metadata {
                title: map.title.clone(),
                author: if map.persona.name.is_empty() {
                    "Wayline".to_string()
                } else {
                    format!("Wayline — {}", map.persona.name)
                },
                ..pdf_metadata(map, &pages, options.pain_page)
            };
            let bytes = crate::render::pdf::render(&pages, &meta).map_err(ExportError::Render)?;
            write(out, &bytes)?;
            Ok(Written {
                files: vec![out.to_owned()],
                pages: pages.len(),
                warnings,
            })
        }
        Format::Svg => {
            let svg = svg_options(map, options.svg_text);
            let mut files = Vec::new();
            for (i, page) in pages.iter().enumerate() {
                let path = page_path(out, i, pages.len());
                write(&path, &crate::render::svg::render_page(page, &svg))?;
                files.push(path);
            }
            Ok(Written {
                files,
                pages: pages.len(),
                warnings,
            })
        }
        Format::Png => {
            let mut files = Vec::new();
            for (i, page) in pages.iter().enumerate() {
                let path = page_path(out, i, pages.len());
                let dpi = png_dpi(page, options, i + 1, &mut warnings)?;
                let bytes = crate::render::raster::render_page(page, dpi)
                    .map_err(|e| ExportError::Render(e.to_string()))?;
                write(&path, &bytes)?;
                files.push(path);
            }
            Ok(Written {
                files,
                pages: pages.len(),
                warnings,
            })
        }
    }
}

/// The DPI a PNG page is drawn at: the options' one, unless the image would
/// have more than [`crate::render::raster::MAX_PIXELS`] pixels. Then a chosen
/// DPI is refused with the highest one that fits, and the default DPI is
/// lowered to that one with a warning (a `fit` page of a 5000-card map would
/// otherwise take tens of gigabytes).
pub fn png_dpi(
    page: &crate::scene::Page,
    options: &ExportOptions,
    number: usize,
    warnings: &mut Vec<String>,
) -> Result<f32, ExportError> {
    use crate::render::raster::MAX_PIXELS;
    let dpi = options.dpi();
    let pixels = |dpi: f32| {
        let px = dpi / 72.0;
        let w = (page.width * px).round().max(1.0) as u64;
        let h = (page.height * px).round().max(1.0) as u64;
        (w, h)
    };
    let (w, h) = pixels(dpi);
    if w.saturating_mul(h) <= MAX_PIXELS {
        return Ok(dpi);
    }
    // The highest whole DPI whose image fits.
    let area = f64::from(page.width) * f64::from(page.height);
    let mut fitting = (72.0 * (MAX_PIXELS as f64 / area).sqrt()).floor() as f32;
    while fitting > 1.0 && {
        let (w, h) = pixels(fitting);
        w.saturating_mul(h) > MAX_PIXELS
    } {
        fitting -= 1.0;
    }
    if options.dpi.is_some() || fitting < 1.0 {
        return Err(ExportError::Render(format!(
            "page {number}: at {dpi} DPI the PNG would be {w} × {h} pixels, more than the {MAX_PIXELS} pixels Wayline draws; use --dpi {fitting} or less, or a page size that splits the map (--page a3)"
        )));
    }
    let (fw, fh) = pixels(fitting);
    warnings.push(format!(
        "page {number}: at {dpi} DPI the PNG would be {w} × {h} pixels; written at {fitting} DPI ({fw} × {fh}) instead, Wayline draws at most {MAX_PIXELS} pixels"
    ));
    Ok(fitting)
}

/// The SVG backend's options for `map`: its language and title.
pub fn svg_options(map: &Map, text: SvgText) -> crate::render::svg::SvgOptions {
    crate::render::svg::SvgOptions {
        text: match text {
            SvgText::Text => crate::render::svg::TextMode::Text,
            SvgText::Outlines => crate::render::svg::TextMode::Outlines,
        },
        lang: map.language().code().to_string(),
        title: map.title.clone(),
    }
}

/// Page `i` of `count` goes to `out`, or numbered when there are several.
pub fn page_path(out: &Path, i: usize, count: usize) -> PathBuf {
    if count == 1 {
        out.to_owned()
    } else {
        numbered(out, i + 1)
    }
}

/// `wall.png` → `wall-2.png`.
fn numbered(path: &Path, n: usize) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    path.with_file_name(format!("{stem}-{n}{ext}"))
}
