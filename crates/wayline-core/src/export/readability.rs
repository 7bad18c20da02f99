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

/// A warning when some text would print below [`MIN_PRINTED_PT`], naming the
/// size and what would make it bigger, in command-line terms; `None` when
/// everything is readable.
pub fn readability_warning(pages: &[Page], options: &ExportOptions) -> Option<String> {
    warning(pages, options, Words::CommandLine)
}

/// The same warning in the Export dialog's terms (its checkboxes, not flags).
pub fn readability_warning_for_dialog(pages: &[Page], options: &ExportOptions) -> Option<String> {
    warning(pages, options, Words::Dialog)
}

#[derive(Clone, Copy, PartialEq)]
enum Words {
    CommandLine,
    Dialog,
}

fn warning(pages: &[Page], options: &ExportOptions, words: Words) -> Option<String> {
    // A deck's first slide is the whole map as a picture, not for reading.
    let skip = usize::from(options.slides).min(pages.len());
    let (size, page) = smallest_printed_text(&pages[skip..])?;
    let page = page + skip;
    // A hundredth of a point of rounding is not worth a warning.
    if size >= MIN_PRINTED_PT - 0.01 {
        return None;
    }
    let cli = words == Words::CommandLine;
    let name = |p: PageSize| {
        let n = format!("{p:?}");
        if cli { n.to_lowercase() } else { n }
    };
    let bigger = bigger_poster(options.page, MIN_PRINTED_PT / size);
    // Tiles are printed on office paper, whatever the poster was to be.
    let sheet = match options.page {
        PageSize::Letter => PageSize::Letter,
        _ => PageSize::A4,
    };
    let advice = if options.slides {
        "slides cannot hold this much: shorten the cards of that stage, or print the map instead"
            .to_string()
    } else if options.tile.is_some() {
        match (bigger, cli) {
            (Some(p), true) => format!(
                "use a bigger poster (--poster {}) so the sheets carry bigger text",
                name(p)
            ),
            (Some(p), false) => format!("choose a bigger page ({}) for the poster", name(p)),
            (None, true) => "tile the map at full size instead: --page fit --scale 1".to_string(),
            (None, false) => "tile the map at full size instead: page Fit".to_string(),
        }
    } else if options.split {
        if cli {
            "use a larger --scale, or a bigger --page".to_string()
        } else {
            "choose a bigger page".to_string()
        }
    } else if options.page == PageSize::Fit {
        if cli {
            "use a larger --scale".to_string()
        } else {
            "export at a larger scale".to_string()
        }
    } else {
        match (bigger, cli) {
            (Some(p), true) => format!(
                "print on bigger paper, or tile a poster over {s} sheets: --tile {s} --poster {}",
                name(p),
                s = name(sheet)
            ),
            (Some(p), false) => format!(
                "choose {} paper, or tick \"Tile the page as a poster\" with page {} on {} sheets",
                name(p),
                name(p),
                name(sheet)
            ),
            (None, true) => format!(
                "tile the map at full size over {s} sheets: --tile {s} --page fit --scale 1",
                s = name(sheet)
            ),
            (None, false) => format!(
                "tick \"Tile the page as a poster\" with page Fit on {} sheets (the map at full size)",
                name(sheet)
            ),
        }
    };
    let on_page = if pages.len() > 1 {
        format!(" (page {})", page + 1)
    } else {
        String::new()
    };
    Some(format!(
        "the smallest text prints at {size:.1} pt{on_page}, below the readable {MIN_PRINTED_PT:.0} pt; {advice}"
    ))
}

/// In workshop mode, a warning when the sticky-note spaces print smaller than
/// a 76 mm note (they are 76 mm at scale 1, so any shrinking makes them
/// smaller); `None` otherwise.
pub fn sticky_note_warning(pages: &[Page], options: &ExportOptions) -> Option<String> {
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
    let printed = side * scale / super::MM;
    let note = crate::layout::STICKY_NOTE / super::MM;
    (printed < note - 0.5).then(|| {
        format!(
            "the sticky-note spaces print {printed:.0} mm wide, smaller than a {note:.0} mm note; print bigger (a larger page or poster; at scale 1 and more they fit)"
        )
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
        let dialog = readability_warning_for_dialog(&[page_with_text(9.0, 0.6)], &options).unwrap();
        assert!(dialog.contains("5.4 pt"), "{dialog}");
        assert!(dialog.contains("choose A2 paper"), "{dialog}");
        assert!(!dialog.contains("--"), "{dialog}");
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
