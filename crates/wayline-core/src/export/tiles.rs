//! Poster tiling: the map is scaled to the poster, the poster is cut into a grid
//! of trim cells, and each cell goes on a sheet of the tile paper with half the
//! overlap printed beyond each trim line, crop marks at the trim lines, and a
//! label in the margin (sheet name, row and column, map title, page number, a
//! small assembly diagram). The grid geometry is shared with the editor's print
//! preview; this module lays nothing out.

use crate::i18n::{Language, tr};
use crate::scene::{Item, Page, Rect, Rgba, Scene};
use crate::text::TextStyle;

use super::options::MM;
use super::overlay::{self, Place};
use super::{ExportOptions, Orientation, Tiling};

/// Sheets narrower than this (after margins and overlap) are refused.
const MIN_CELL_MM: f32 = 20.0;
/// Labels need room: the sheet margin is at least this, whatever `--margin` says.
const MIN_SHEET_MARGIN_MM: f32 = 8.0;
/// Sheet labels print at this size, the readable minimum.
const LABEL_PT: f32 = 9.0;

/// How a poster is cut into sheets. Lengths in page points.
#[derive(Clone, Debug, PartialEq)]
pub struct TileGrid {
    pub rows: usize,
    pub columns: usize,
    /// Sheet size, in the orientation that needs the fewest sheets.
    pub sheet_w: f32,
    pub sheet_h: f32,
    pub margin: f32,
    pub overlap: f32,
    /// The part of the poster each sheet owns, between its trim lines.
    pub cell_w: f32,
    pub cell_h: f32,
    /// Poster points per scene point.
    pub scale: f32,
    /// Where the scene's origin lands in the grid of cells (the map is centred).
    pub origin: (f32, f32),
}

impl TileGrid {
    pub fn count(&self) -> usize {
        self.rows * self.columns
    }

    /// Where the scene's origin lands on the sheet of `row`, `column`.
    pub fn offset(&self, row: usize, column: usize) -> (f32, f32) {
        let inset = self.margin + self.overlap / 2.0;
        (
            inset + self.origin.0 - column as f32 * self.cell_w,
            inset + self.origin.1 - row as f32 * self.cell_h,
        )
    }

    /// The trim rectangle of a sheet on its page, in page points.
    pub fn trim_on_sheet(&self) -> Rect {
        let inset = self.margin + self.overlap / 2.0;
        Rect::new(inset, inset, self.cell_w, self.cell_h)
    }

    /// The printed part of a sheet (trim plus the overlap), in page points.
    pub fn image_on_sheet(&self) -> Rect {
        Rect::new(
            self.margin,
            self.margin,
            self.cell_w + self.overlap,
            self.cell_h + self.overlap,
        )
    }

    /// The trim rectangle of a sheet in scene coordinates.
    pub fn trim_in_scene(&self, row: usize, column: usize) -> Rect {
        Rect::new(
            (column as f32 * self.cell_w - self.origin.0) / self.scale,
            (row as f32 * self.cell_h - self.origin.1) / self.scale,
            self.cell_w / self.scale,
            self.cell_h / self.scale,
        )
    }
}

/// The sheet's name on the wall: a row letter and a column number ("B2").
pub fn sheet_name(row: usize, column: usize) -> String {
    let mut letters = String::new();
    let mut n = row + 1;
    while n > 0 {
        let d = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + d as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", column + 1)
}

/// Scale of the map on the poster: fitted to the poster paper (`options.page`),
/// or `options.scale` (which must fit); for `Fit`, the scale, default 1.
fn poster_scale(scene_w: f32, scene_h: f32, options: &ExportOptions) -> Result<f32, String> {
    let Some((w_mm, h_mm)) = options.page.mm() else {
        return Ok(options.scale.unwrap_or(1.0));
    };
    let landscape = match options.orientation {
        Orientation::Auto => scene_w > scene_h,
        Orientation::Portrait => false,
        Orientation::Landscape => true,
    };
    let (mut pw, mut ph) = (w_mm * MM, h_mm * MM);
    if landscape {
        (pw, ph) = (ph, pw);
    }
    let margin = options.margin_mm * MM;
    let fit = ((pw - 2.0 * margin) / scene_w).min((ph - 2.0 * margin) / scene_h);
    if fit <= 0.0 {
        return Err("the margins leave no room on the poster".into());
    }
    let scale = options.scale.unwrap_or(fit);
    if scale > fit * 1.0001 {
        return Err(format!(
            "at scale {scale} the map does not fit on a {:?} poster; use a scale of at most {fit:.2} or a bigger poster",
            options.page
        ));
    }
    Ok(scale)
}

/// Plans the sheets for a scene of `scene_w` × `scene_h` points.
pub fn tile_grid(
    scene_w: f32,
    scene_h: f32,
    options: &ExportOptions,
    tiling: &Tiling,
) -> Result<TileGrid, String> {
    let Some((w_mm, h_mm)) = tiling.paper.mm() else {
        return Err("--tile needs a paper size such as a4 or letter".into());
    };
    let scale = poster_scale(scene_w.max(1.0), scene_h.max(1.0), options)?;
    let (poster_w, poster_h) = (scene_w * scale, scene_h * scale);
    let margin = options.margin_mm.max(MIN_SHEET_MARGIN_MM) * MM;
    let overlap = tiling.overlap_mm * MM;
    let mut best: Option<TileGrid> = None;
    for (sheet_w, sheet_h) in [(w_mm * MM, h_mm * MM), (h_mm * MM, w_mm * MM)] {
        let cell_w = sheet_w - 2.0 * margin - overlap;
        let cell_h = sheet_h - 2.0 * margin - overlap;
        if cell_w < MIN_CELL_MM * MM || cell_h < MIN_CELL_MM * MM {
            continue;
        }
        // A hair of tolerance, so a poster exactly n cells wide needs n sheets.
        let columns = ((poster_w / cell_w) - 1e-3).ceil().max(1.0) as usize;
        let rows = ((poster_h / cell_h) - 1e-3).ceil().max(1.0) as usize;
        let grid = TileGrid {
            rows,
            columns,
            sheet_w,
            sheet_h,
            margin,
            overlap,
            cell_w,
            cell_h,
            scale,
            origin: (
                (columns as f32 * cell_w - poster_w) / 2.0,
                (rows as f32 * cell_h - poster_h) / 2.0,
            ),
        };
        // Fewest sheets; on a tie, the least paper left blank is the same, so
        // keep the first (portrait).
        if best.as_ref().is_none_or(|b| grid.count() < b.count()) {
            best = Some(grid);
        }
    }
    best.ok_or_else(|| {
        format!(
            "{:?} sheets leave no room for the map after {:.0} mm margins and a {:.0} mm overlap",
            tiling.paper,
            margin / MM,
            tiling.overlap_mm
        )
    })
}

/// One page per sheet, row by row, each with the whole map placed so that its
/// cell shows, plus masks, crop marks and the label.
pub fn tile_pages(scene: &Scene, lang: Language, title: &str, grid: &TileGrid) -> Vec<Page> {
    let total = grid.count();
    let paper = scene.background.unwrap_or(Rgba::WHITE);
    let mut pages = Vec::with_capacity(total);
    for row in 0..grid.rows {
        for column in 0..grid.columns {
            let mut page = Page {
                scene: Scene::default(),
                width: grid.sheet_w,
                height: grid.sheet_h,
                scale: grid.scale,
                offset: grid.offset(row, column),
                background: None,
            };
            let place = Place::of(&page);
            let image = grid.image_on_sheet();
            let visible = place.rect(image);
            // Only what shows on this sheet, so a 20-sheet PDF is not 20 maps;
            // the hits of what shows stay (backends group items by them).
            let mut sheet = scene.filtered(
                |i| bounds(i).is_none_or(|b| b.overlaps(&visible)),
                |h| h.rect.overlaps(&visible),
            );
            sheet.items.extend(overlay::mask_outside(
                &place,
                image,
                grid.sheet_w,
                grid.sheet_h,
                paper,
            ));
            let trim = grid.trim_on_sheet();
            let mark = (grid.margin - 4.0).clamp(4.0, 8.0 * MM);
            sheet
                .items
                .extend(overlay::crop_marks(&place, trim, image, mark));
            sheet.items.extend(label(
                &place,
                grid,
                lang,
                title,
                (row, column),
                pages.len() + 1,
            ));
            page.scene = sheet;
            pages.push(page);
        }
    }
    pages
}

/// The sheet's label in the bottom margin, the cutting hint in the top margin,
/// and the assembly diagram at the bottom right.
fn label(
    place: &Place,
    grid: &TileGrid,
    lang: Language,
    title: &str,
    (row, column): (usize, usize),
    number: usize,
) -> Vec<Item> {
    let ink = Rgba::rgb(0x1f, 0x23, 0x28);
    let muted = Rgba::rgb(0x5b, 0x63, 0x6e);
    let style = TextStyle::new(LABEL_PT);
    let trim = grid.trim_on_sheet();
    let image = grid.image_on_sheet();
    let inset = 3.0 * MM;
    let diagram_h = (grid.margin - 3.0 * MM).max(2.0 * MM);
    let cell = (diagram_h / grid.rows.max(grid.columns) as f32).min(3.0 * MM);
    let diagram_w = cell * grid.columns as f32;
    let text_y = image.bottom() + (grid.margin - style.line_advance()) / 2.0;
    let text_w = trim.w - 2.0 * inset - diagram_w - inset;
    let line = |title: &str| {
        let args = [
            ("sheet", sheet_name(row, column).into()),
            ("row", (row + 1).into()),
            ("column", (column + 1).into()),
            ("title", title.into()),
            ("number", number.into()),
            ("total", grid.count().into()),
        ];
        tr(lang, "sheet-label", &args)
    };
    // One line in the margin: a long title is shortened, never wrapped off the sheet.
    let mut text = line(title);
    let mut kept: Vec<char> = title.chars().collect();
    while crate::text::wrap(&text, &style.bold(), text_w).len() > 1 && !kept.is_empty() {
        kept.pop();
        text = line(&format!("{}…", kept.iter().collect::<String>().trim_end()));
    }
    let mut items = vec![place.text(&text, style.bold(), ink, trim.x + inset, text_y, text_w)];
    items.push(place.text(
        &tr(
            lang,
            "sheet-cutting-hint",
            &[
                ("overlap", (grid.overlap / MM).round().into()),
                ("count", grid.count().into()),
                ("rows", grid.rows.into()),
                ("columns", grid.columns.into()),
            ],
        ),
        style,
        muted,
        trim.x + inset,
        (grid.margin - style.line_advance()) / 2.0,
        trim.w - 2.0 * inset,
    ));
    let diagram_y = image.bottom() + (grid.margin - cell * grid.rows as f32) / 2.0;
    items.extend(overlay::assembly_diagram(
        place,
        (trim.right() - inset - diagram_w, diagram_y),
        cell,
        grid.rows,
        grid.columns,
        (row, column),
    ));
    items
}

/// The area an item can paint, when it is cheap to tell (paths are always kept).
fn bounds(item: &Item) -> Option<Rect> {
    match item {
        Item::Box(b) => Some(b.rect.shrink(-b.stroke.map_or(0.0, |s| s.width))),
        Item::Text(t) => Some(t.bounds.shrink(-t.size)),
        Item::Circle(c) => {
            let r = c.radius + c.stroke.map_or(0.0, |s| s.width);
            Some(Rect::new(c.center.x - r, c.center.y - r, 2.0 * r, 2.0 * r))
        }
        Item::Image(i) => Some(i.rect),
        Item::Path(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::PageSize;

    fn options(page: PageSize) -> ExportOptions {
        ExportOptions {
            page,
            ..ExportOptions::default()
        }
    }

    fn a4() -> Tiling {
        Tiling {
            paper: PageSize::A4,
            overlap_mm: 10.0,
        }
    }

    #[test]
    fn sheet_names_are_row_letters_and_column_numbers() {
        assert_eq!(sheet_name(0, 0), "A1");
        assert_eq!(sheet_name(1, 1), "B2");
        assert_eq!(sheet_name(25, 2), "Z3");
        assert_eq!(sheet_name(26, 0), "AA1");
    }

    #[test]
    fn an_a1_poster_over_a4_needs_the_fewest_sheets_that_cover_it() {
        // A landscape map filling an A1 poster (841 × 594 mm less 10 mm margins).
        let grid = tile_grid(2000.0, 1400.0, &options(PageSize::A1), &a4()).unwrap();
        let (poster_w, poster_h) = (2000.0 * grid.scale, 1400.0 * grid.scale);
        let (w_mm, h_mm) = (poster_w / MM, poster_h / MM);
        assert!(w_mm <= 821.01 && h_mm <= 574.01, "{w_mm} × {h_mm}");
        assert!(821.0 - w_mm < 1.0 || 574.0 - h_mm < 1.0, "{w_mm} × {h_mm}");
        // Cells: A4 less 2 × 10 mm margins less the 10 mm overlap.
        let cells = [(180.0, 267.0), (267.0, 180.0)];
        let count =
            |(w, h): (f32, f32)| ((poster_w / MM / w).ceil() * (poster_h / MM / h).ceil()) as usize;
        let fewest = cells.into_iter().map(count).min().unwrap();
        assert_eq!(grid.count(), fewest);
        assert!(grid.columns as f32 * grid.cell_w >= poster_w);
        assert!(grid.rows as f32 * grid.cell_h >= poster_h);
        // One sheet fewer in either direction would not cover it.
        assert!((grid.columns - 1) as f32 * grid.cell_w < poster_w);
        assert!((grid.rows - 1) as f32 * grid.cell_h < poster_h);
    }

    #[test]
    fn neighbouring_sheets_meet_at_the_trim_lines_and_overlap() {
        let grid = tile_grid(2000.0, 1400.0, &options(PageSize::A2), &a4()).unwrap();
        let a = grid.trim_in_scene(0, 0);
        let b = grid.trim_in_scene(0, 1);
        assert!((a.right() - b.x).abs() < 1e-3);
        // What sheet A1 prints right of its trim line, B… prints left of its own.
        let (ox0, _) = grid.offset(0, 0);
        let (ox1, _) = grid.offset(0, 1);
        assert!((ox0 - ox1 - grid.cell_w).abs() < 1e-3);
        assert!(grid.image_on_sheet().w - grid.trim_on_sheet().w - grid.overlap < 1e-3);
    }

    #[test]
    fn every_sheet_has_crop_marks_at_its_trim_corners_and_a_label() {
        let map = crate::templates::find("ecommerce").unwrap().map().unwrap();
        let scene = crate::layout::layout(
            &map,
            &crate::layout::Theme::light(),
            &crate::layout::Options::default(),
        );
        let grid = tile_grid(scene.width, scene.height, &options(PageSize::A1), &a4()).unwrap();
        let pages = tile_pages(&scene, Language::En, &map.title, &grid);
        assert_eq!(pages.len(), grid.count());
        let trim = grid.trim_on_sheet();
        for (n, page) in pages.iter().enumerate() {
            let place = Place::of(page);
            // Mark lines in line with each trim edge, outside the printed area.
            let marks: Vec<_> = page
                .scene
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Path(p) if p.stroke.is_some_and(|s| s.color == Rgba::rgb(0, 0, 0)) => {
                        Some(p)
                    }
                    _ => None,
                })
                .collect();
            for x in [trim.x, trim.right()] {
                let sx = place.point(x, 0.0).x;
                let on_line = marks
                    .iter()
                    .filter(|p| (p.start.x - sx).abs() < 1e-2)
                    .count();
                assert_eq!(on_line, 2, "page {n}: marks on the trim line x = {x}");
            }
            for y in [trim.y, trim.bottom()] {
                let sy = place.point(0.0, y).y;
                let on_line = marks
                    .iter()
                    .filter(|p| (p.start.y - sy).abs() < 1e-2)
                    .count();
                assert_eq!(on_line, 2, "page {n}: marks on the trim line y = {y}");
            }
            let text: String = page.scene.texts().map(|t| t.plain()).collect();
            let (row, column) = (n / grid.columns, n % grid.columns);
            assert!(text.contains(&format!(
                "{} — row {}, column {}",
                sheet_name(row, column),
                row + 1,
                column + 1
            )));
            assert!(text.contains(&format!("page {} of {}", n + 1, grid.count())));
            // Labels print at the readable minimum, not scaled with the map.
            let label = page
                .scene
                .texts()
                .find(|t| t.plain().contains("— row"))
                .unwrap();
            assert!((label.size * page.scale - LABEL_PT).abs() < 1e-3);
        }
    }

    #[test]
    fn a_long_title_is_shortened_to_keep_the_label_on_one_line() {
        let mut map = crate::templates::find("ecommerce").unwrap().map().unwrap();
        map.title = "Zażółć gęślą jaźń, 顾客旅程 ".repeat(20);
        let scene = crate::layout::layout(
            &map,
            &crate::layout::Theme::light(),
            &crate::layout::Options::default(),
        );
        let grid = tile_grid(scene.width, scene.height, &options(PageSize::A2), &a4()).unwrap();
        let pages = tile_pages(&scene, Language::En, &map.title, &grid);
        let label = pages[0]
            .scene
            .texts()
            .find(|t| t.plain().contains("— row"))
            .unwrap();
        assert_eq!(label.lines.len(), 1);
        let text = label.plain();
        assert!(text.contains("Zażółć gęślą jaźń"), "{text}");
        assert!(text.contains("…") && text.ends_with(&format!("page 1 of {}", grid.count())));
    }

    #[test]
    fn tiles_that_would_be_all_margin_are_refused() {
        let err = tile_grid(
            2000.0,
            1400.0,
            &ExportOptions {
                margin_mm: 80.0,
                ..options(PageSize::A1)
            },
            &Tiling {
                paper: PageSize::A4,
                overlap_mm: 50.0,
            },
        )
        .unwrap_err();
        assert!(err.contains("no room"), "{err}");
    }
}
