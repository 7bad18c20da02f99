//! The readability rule: text on paper should not print smaller than 9 pt. A
//! pure check over planned pages (scene text size × page scale), so the command
//! line can warn and the editor can say so before anything is written.

use super::{ExportOptions, PageSize};
use crate::scene::Page;

/// The smallest comfortable size for text read at arm's length, in points.
pub const MIN_PRINTED_PT: f32 = 9.0;

/// The smallest text size as printed, in points, and the (0-based) page it is on.
/// `None` when the pages hold no text.
pub fn smallest_printed_text(pages: &[Page]) -> Option<(f32, usize)> {
    pages
        .iter()
        .enumerate()
        .flat_map(|(i, page)| {
            page.scene
                .texts()
                .filter(|t| !t.lines.is_empty())
                .map(move |t| (t.size * page.scale, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
}

/// What would make the smallest text readable: the structure behind both the
/// command line's English warning and the editor's localised one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SmallTextAdvice {
    /// Slides cannot hold this much: shorten that stage's cards.
    ShortenSlides,
    /// A tiled poster: choose this bigger page for the poster.
    BiggerPoster(PageSize),
    /// A tiled poster no A-size fixes: tile the map at full size (page Fit).
    TileFullSize,
    /// Split over pages: a bigger page (or, on the command line, a larger scale).
    BiggerPage,
    /// A Fit page: a larger scale.
    LargerScale,
    /// One sheet: print on `paper`, or tile a `paper` poster over `sheet` sheets.
    BiggerPaperOrTile { paper: PageSize, sheet: PageSize },
    /// One sheet no A-size fixes: tile the map at full size over `sheet` sheets.
    TileFitOn { sheet: PageSize },
}

/// Text that prints below [`MIN_PRINTED_PT`]: its size, the (0-based) page it
/// is on when there are several, and what would help.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SmallText {
    pub size_pt: f32,
    pub page: Option<usize>,
    pub advice: SmallTextAdvice,
}

/// A warning when some text would print below [`MIN_PRINTED_PT`], naming the
/// size and what would make it bigger, in command-line terms; `None` when
/// everything is readable.
pub fn readability_warning(pages: &[Page], options: &ExportOptions) -> Option<String> {
    let small = small_text(pages, options)?;
    let name = |p: PageSize| format!("{p:?}").to_lowercase();
    let advice = match small.advice {
        SmallTextAdvice::ShortenSlides => {
            "slides cannot hold this much: shorten the cards of that stage, or print the map instead"
                .to_string()
        }
        SmallTextAdvice::BiggerPoster(p) => format!(
            "use a bigger poster (--poster {}) so the sheets carry bigger text",
            name(p)
        ),
        SmallTextAdvice::TileFullSize => {
            "tile the map at full size instead: --page fit --scale 1".to_string()
        }
        SmallTextAdvice::BiggerPage => "use a larger --scale, or a bigger --page".to_string(),
        SmallTextAdvice::LargerScale => "use a larger --scale".to_string(),
        SmallTextAdvice::BiggerPaperOrTile { paper, sheet } => format!(
            "print on bigger paper, or tile a poster over {s} sheets: --tile {s} --poster {}",
            name(paper),
            s = name(sheet)
        ),
        SmallTextAdvice::TileFitOn { sheet } => format!(
            "tile the map at full size over {s} sheets: --tile {s} --page fit --scale 1",
            s = name(sheet)
        ),
    };
    let on_page = small
        .page
        .map_or_else(String::new, |p| format!(" (page {})", p + 1));
    Some(format!(
        "the smallest text prints at {:.1} pt{on_page}, below the readable {MIN_PRINTED_PT:.0} pt; {advice}",
        small.size_pt
    ))
}

/// The small text and the advice in the Export dialog's terms (its
/// checkboxes, not flags), for the editor to word in the UI language; `None`
/// when everything is readable.
pub fn small_text(pages: &[Page], options: &ExportOptions) -> Option<SmallText> {
    // A deck's first slide is the whole map as a picture, not for reading.
    let skip = usize::from(options.slides).min(pages.len());
    let (size, page) = smallest_printed_text(&pages[skip..])?;
    let page = page + skip;
    // A hundredth of a point of rounding is not worth a warning.
    if size >= MIN_PRINTED_PT - 0.01 {
        return None;
    }
    let bigger = bigger_poster(options.page, MIN_PRINTED_PT / size);
    // Tiles are printed on office paper, whatever the poster was to be.
    let sheet = match options.page {
        PageSize::Letter => PageSize::Letter,
        _ => PageSize::A4,
    };
    let advice = if options.slides {
        SmallTextAdvice::ShortenSlides
    } else if options.tile.is_some() {
        bigger.map_or(SmallTextAdvice::TileFullSize, SmallTextAdvice::BiggerPoster)
    } else if options.split {
        SmallTextAdvice::BiggerPage
    } else if options.page == PageSize::Fit {
        SmallTextAdvice::LargerScale
    } else {
        match bigger {
            Some(paper) => SmallTextAdvice::BiggerPaperOrTile { paper, sheet },
            None => SmallTextAdvice::TileFitOn { sheet },
        }
    };
    Some(SmallText {
        size_pt: size,
        page: (pages.len() > 1).then_some(page),
        advice,
    })
}

/// How wide the sticky-note spaces print and the note they should hold, in mm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StickyNotes {
    pub printed_mm: f32,
    pub note_mm: f32,
}

/// In workshop mode, a warning when the sticky-note spaces print smaller than
/// a 76 mm note (they are 76 mm at scale 1, so any shrinking makes them
/// smaller); `None` otherwise.
pub fn sticky_note_warning(pages: &[Page], options: &ExportOptions) -> Option<String> {
    sticky_notes(pages, options).map(|StickyNotes { printed_mm, note_mm }| {
        format!(
            "the sticky-note spaces print {printed_mm:.0} mm wide, smaller than a {note_mm:.0} mm note; print bigger (a larger page or poster; at scale 1 and more they fit)"
        )
    })
}

/// The sizes behind [`sticky_note_warning`], for the editor to word.
pub fn sticky_notes(pages: &[Page], options: &ExportOptions) -> Option<StickyNotes> {
    if !options.workshop || options.slides {
        return None;
    }
    let side = crate::layout::STICKY_NOTE;
    // The pain-point page, when asked for, is last and has no cells.
    let map_pages = pages.len() - usize::from(options.pain_page && pages.len() > 1);
    let scale = pages[..map_pages]
        .iter()
        .map(|p| p.scale)
        .min_by(f32::total_cmp)?;
    let printed_mm = side * scale / super::MM;
    let note_mm = crate::layout::STICKY_NOTE / super::MM;
    (printed_mm < note_mm - 0.5).then_some(StickyNotes {
        printed_mm,
        note_mm,
    })
}

/// The smallest A-series poster at least `factor` times as wide as `page`.
fn bigger_poster(page: PageSize, factor: f32) -> Option<PageSize> {
    let width = page.mm()?.0 * factor;
    [PageSize::A3, PageSize::A2, PageSize::A1, PageSize::A0]
        .into_iter()
        .find(|p| p.mm().is_some_and(|(w, _)| w >= width * 0.999))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::{Item, Rect, Rgba, Scene, Text};

    fn page_with_text(size: f32, scale: f32) -> Page {
        let text = crate::layout::text(
            "Checkout",
            &crate::text::TextStyle::new(size),
            Rgba::rgb(0, 0, 0),
            crate::scene::Point::new(0.0, 0.0),
            200.0,
        );
        let empty = Text {
            bounds: Rect::default(),
            size: 1.0,
            color: Rgba::rgb(0, 0, 0),
            lines: Vec::new(),
        };
        Page {
            scene: Scene {
                items: vec![Item::Text(text), Item::Text(empty)],
                ..Scene::default()
            },
            width: 100.0,
            height: 100.0,
            scale,
            offset: (0.0, 0.0),
            background: None,
        }
    }

    #[test]
    fn sticky_spaces_printed_smaller_than_a_note_warn_in_workshop_mode_only() {
        let workshop = ExportOptions {
            workshop: true,
            ..ExportOptions::default()
        };
        let warning = sticky_note_warning(&[page_with_text(9.0, 0.5)], &workshop).unwrap();
        // A 76 mm space at half size.
        assert!(warning.contains("print 38 mm wide"), "{warning}");
        assert_eq!(
            sticky_note_warning(&[page_with_text(9.0, 1.0)], &workshop),
            None
        );
        assert_eq!(
            sticky_note_warning(&[page_with_text(9.0, 0.5)], &ExportOptions::default()),
            None
        );
    }

    #[test]
    fn the_smallest_text_is_its_size_times_the_page_scale() {
        let pages = [page_with_text(11.0, 1.0), page_with_text(9.0, 0.5)];
        let (size, page) = smallest_printed_text(&pages).unwrap();
        assert!((size - 4.5).abs() < 1e-4);
        assert_eq!(page, 1);
    }

    #[test]
    fn text_under_nine_points_warns_with_the_size_and_advice() {
        let options = ExportOptions {
            page: PageSize::A4,
            ..ExportOptions::default()
        };
        let warning = readability_warning(&[page_with_text(9.0, 0.6)], &options).unwrap();
        assert!(warning.contains("5.4 pt"), "{warning}");
        // 9 / 5.4 = 1.67 times as wide as A4: A2 (1.41 is not enough, 2 is).
        assert!(warning.contains("--tile a4 --poster a2"), "{warning}");
        let tiny = readability_warning(&[page_with_text(9.0, 0.1)], &options).unwrap();
        assert!(tiny.contains("--page fit --scale 1"), "{tiny}");
        let dialog = small_text(&[page_with_text(9.0, 0.6)], &options).unwrap();
        assert!((dialog.size_pt - 5.4).abs() < 1e-3, "{dialog:?}");
        assert_eq!(dialog.page, None);
        assert_eq!(
            dialog.advice,
            SmallTextAdvice::BiggerPaperOrTile {
                paper: PageSize::A2,
                sheet: PageSize::A4
            }
        );
        assert_eq!(
            readability_warning(&[page_with_text(9.0, 1.0)], &options),
            None
        );
        assert_eq!(
            readability_warning(&[page_with_text(6.0, 2.0)], &options),
            None
        );
        assert_eq!(readability_warning(&[], &options), None);
    }
}
