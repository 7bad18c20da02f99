//! Page planning: which scene goes on which page, at what scale and where. A map
//! too big for its paper is shrunk to fit, or, when asked, split by whole stages
//! and lanes, each page a complete little map with its stage headers and lane
//! names, so no card is ever cut in half.

use std::path::Path;
use std::sync::Arc;

use crate::i18n::tr;
use crate::layout::{self, Theme};
use crate::model::{LaneId, Map, StageId};
use crate::scene::{Page, Picture, Rgba, Scene, Target};

use super::options::MM;
use super::{
    Background, ExportError, ExportOptions, Orientation, PageSize, ThemeChoice, slides, tiles,
};

pub(super) fn theme(choice: ThemeChoice) -> Theme {
    match choice {
        ThemeChoice::Screen => Theme::light(),
        ThemeChoice::Print => Theme::print(),
    }
}

/// Lays the map out and places it on pages. The only step of an export that
/// reads a file besides the map: the persona photo, decoded once here and shared
/// by every page (a photo that cannot be read leaves an empty frame).
pub fn plan(
    map: &Map,
    base_dir: Option<&Path>,
    options: &ExportOptions,
) -> Result<Vec<Page>, ExportError> {
    options.check().map_err(ExportError::Options)?;
    let theme = theme(options.theme);
    let layout_options = layout::Options {
        include_persona: options.include_persona,
        include_hidden_lanes: options.include_hidden_lanes,
        include_legend: true,
        photo: if options.include_persona {
            persona_photo(map, base_dir)
        } else {
            None
        },
        workshop: options.workshop,
        ..layout::Options::default()
    };
    let mut pages = if options.slides {
        slides::slide_pages(map, &theme, &layout_options, options)
    } else {
        map_pages(map, &theme, &layout_options, options)?
    };
    if options.pain_page {
        let scene = layout::pain_page(map, &theme);
        let page = match pages.first() {
            // On paper, the same sheet size as the map, in portrait if it is tall.
            Some(first) if options.page != PageSize::Fit => {
                let (w, h) = if scene.height > scene.width {
                    (first.width.min(first.height), first.width.max(first.height))
                } else {
                    (first.width, first.height)
                };
                let margin = options.margin_mm * MM;
                let fit = ((w - 2.0 * margin) / scene.width).min((h - 2.0 * margin) / scene.height);
                centered(scene, w, h, margin, fit)
            }
            _ => {
                let margin = options.margin_mm * MM;
                Page {
                    width: scene.width + 2.0 * margin,
                    height: scene.height + 2.0 * margin,
                    scale: 1.0,
                    offset: (margin, margin),
                    background: None,
                    scene,
                }
            }
        };
        pages.push(page);
    }
    for page in &mut pages {
        page.background = match options.background {
            Background::Transparent => None,
            Background::White => Some(page.scene.background.unwrap_or(Rgba::WHITE)),
        };
    }
    Ok(pages)
}

/// The map's persona photo, read and decoded; `None` when there is none or it
/// cannot be shown (`wayline check` reports why).
pub(super) fn persona_photo(map: &Map, base_dir: Option<&Path>) -> Option<Arc<Picture>> {
    let path = crate::io::picture::resolve(map.persona.photo.as_deref()?, base_dir);
    crate::io::picture::load(&path).ok().map(Arc::new)
}

fn map_pages(
    map: &Map,
    theme: &Theme,
    layout_options: &layout::Options,
    options: &ExportOptions,
) -> Result<Vec<Page>, ExportError> {
    let scene = layout::layout(map, theme, layout_options);
    if let Some(tiling) = &options.tile {
        let grid = tiles::tile_grid(scene.width, scene.height, options, tiling)
            .map_err(ExportError::Options)?;
        return Ok(tiles::tile_pages(&scene, map.language(), &map.title, &grid));
    }
    let spread = readable(&scene, options);
    let options = spread.as_ref().unwrap_or(options);
    if !options.split {
        let (width, height, scale, offset) = single_page(scene.width, scene.height, options)?;
        return Ok(vec![Page {
            scene,
            width,
            height,
            scale,
            offset,
            background: None,
        }]);
    }
    // The persona block goes on the first page only; it takes room from that
    // page's lanes. Its height at that page's width is known only once the page
    // is laid out, so a first page that overflows is planned again with room
    // for what overflowed (a few rounds at most).
    let mut persona_h = scene
        .hit_rect(&Target::Persona)
        .map_or(0.0, |r| r.h + theme.gap);
    // The title, with its "page n of m", wraps at a page's width, taller than
    // on the whole map: pages that overflow are planned again with that room
    // kept free on every page.
    let mut extra = 0.0;
    let mut pages = Vec::new();
    // A first page that overflows lays its title and persona out across the
    // whole sheet, where they are shorter.
    let mut wide_first = false;
    for _ in 0..6 {
        let (planned, first, others) = split_pages(
            map,
            theme,
            layout_options,
            options,
            (persona_h, extra),
            wide_first,
        )?;
        pages = planned;
        if first <= 0.0 && others <= 0.0 {
            break;
        }
        if first > 0.0 && !wide_first {
            wide_first = true;
            continue;
        }
        persona_h += first.max(0.0) + 1.0;
        extra += others.max(0.0) + 1.0;
    }
    if spread.is_some() {
        // Spread to stay readable: grow every page alike to what the fullest
        // page holds, so the sheets are filled and the text only gets bigger.
        let margin = options.margin_mm * MM;
        let common = pages
            .iter()
            .map(|p| {
                ((p.width - 2.0 * margin) / p.scene.width)
                    .min((p.height - 2.0 * margin) / p.scene.height)
            })
            .fold(f32::INFINITY, f32::min);
        if common.is_finite() && common > options.scale.unwrap_or(1.0) {
            pages = pages
                .into_iter()
                .map(|p| centered(p.scene, p.width, p.height, margin, common))
                .collect();
        }
    }
    Ok(pages)
}

/// The pages of a split export, and how far (in map points) the first page and
/// the others at most overflow their paper at the export's scale (other pages
/// of one lane, which cannot be split further, left out). `reserved` is the room kept
/// for the persona on the first page and for a taller title on every page.
fn split_pages(
    map: &Map,
    theme: &Theme,
    layout_options: &layout::Options,
    options: &ExportOptions,
    (persona_h, extra): (f32, f32),
    wide_first: bool,
) -> Result<(Vec<Page>, f32, f32), ExportError> {
    let margin = options.margin_mm * MM;
    let (pw, ph) = paper(options, true).unwrap_or((1.0, 1.0));
    let (printable_w, printable_h) = printable(pw, ph, margin)?;
    let scale = options.scale.unwrap_or(1.0);
    // Plan with the persona left out: only the first page carries it.
    let scene = layout::layout(
        map,
        theme,
        &layout::Options {
            include_persona: false,
            ..layout_options.clone()
        },
    );
    let lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| options.include_hidden_lanes || !l.hidden)
        .collect();
    let first_persona = if layout_options.include_persona {
        persona_h
    } else {
        0.0
    };
    let ranges = split_ranges(
        map,
        &scene,
        theme,
        options,
        (printable_w, printable_h - extra * scale),
        first_persona,
    );
    let order = ranges.order();
    let total = order.len();
    let lang = map.language();
    let mut pages = Vec::with_capacity(total);
    let (mut first_overflow, mut overflow) = (0.0_f32, 0.0_f32);
    for &(row, column) in &order {
        let stage_range = &ranges.stages[column];
        let lane_groups = ranges.lanes(column);
        let lane_range = &lane_groups[row];
        let mut part = map.clone();
        let args = [
            ("title", (&map.title).into()),
            ("number", (pages.len() + 1).into()),
            ("total", total.into()),
        ];
        part.title = tr(lang, "page-title", &args);
        part.language = Some(lang);
        if !pages.is_empty() {
            part.description.clear();
        }
        part.stages = map.stages[stage_range.clone()].to_vec();
        if row + 1 < lane_groups.len() {
            // Stage KPIs and insights go under the last lanes only.
            for stage in &mut part.stages {
                stage.kpis.clear();
                stage.insights.clear();
            }
        }
        let kept: Vec<_> = lanes[lane_range.clone()]
            .iter()
            .map(|l| l.id.clone())
            .collect();
        part.lanes.retain(|l| kept.contains(&l.id));
        part.cards
            .retain(|c| kept.contains(&c.lane) && part.stages.iter().any(|s| s.id == c.stage));
        let first = row == 0 && column == 0;
        let part_options = layout::Options {
            include_persona: layout_options.include_persona && first,
            // The legend goes under the last lanes, with the stage facts.
            include_legend: layout_options.include_legend && row + 1 == lane_groups.len(),
            min_width: if first && wide_first {
                printable_w / scale
            } else {
                0.0
            },
            ..layout_options.clone()
        };
        // A page with fewer stages than the sheet holds (five stages are
        // three and two) widens them to its width instead of leaving the side
        // of the sheet blank; the first page too, now that its persona block
        // is a short strip across the sheet.
        let steps = |s: &crate::model::Stage| s.steps.len().max(1) as f32;
        let room_w = printable_w / scale - 2.0 * theme.margin - theme.lane_header_width;
        let natural: f32 = part
            .stages
            .iter()
            .map(|s| theme.stage_width.max(steps(s) * theme.step_width))
            .sum();
        let widened;
        let page_theme = if natural > 0.0 && natural < room_w * 0.97 {
            let grow = room_w / natural;
            widened = Theme {
                stage_width: theme.stage_width * grow,
                step_width: theme.step_width * grow,
                ..theme.clone()
            };
            &widened
        } else {
            theme
        };
        let part_scene = layout::layout(&part, page_theme, &part_options);
        let over = part_scene.height - printable_h / scale;
        if first {
            first_overflow = over;
        } else if lane_range.len() > 1 {
            overflow = overflow.max(over);
        }
        // A page that still overflows (one huge stage) shrinks rather than cuts.
        let fit = (printable_w / part_scene.width).min(printable_h / part_scene.height);
        pages.push(centered(part_scene, pw, ph, margin, scale.min(fit)));
    }
    Ok((pages, first_overflow, overflow))
}

/// The printed size every text (card text, meta and legend included) keeps on
/// `page` when nothing else is asked: 9 pt at arm's length on office paper,
/// more on posters read from across a room (14 pt on A1 reads from about 2 m).
/// `None` for `Fit`.
pub fn readable_body_pt(page: PageSize) -> Option<f32> {
    match page {
        PageSize::Fit => None,
        PageSize::A4 | PageSize::A3 | PageSize::Letter | PageSize::Tabloid => Some(9.0),
        PageSize::A2 => Some(12.0),
        PageSize::A1 => Some(14.0),
        PageSize::A0 => Some(18.0),
    }
}

/// The options a default paper export really uses: when the map shrunk onto one
/// sheet would print any text below [`readable_body_pt`] (and never below
/// [`MIN_PRINTED_PT`](super::MIN_PRINTED_PT)), the map is spread over
/// pages by whole stages and lanes at the scale that keeps it readable, as
/// `--split` does. `None` when the options stand as they are: one page fits,
/// or the user chose a scale, a split, tiles, slides, a workshop wall or
/// `one_page`.
pub(super) fn readable(scene: &Scene, options: &ExportOptions) -> Option<ExportOptions> {
    // A workshop wall is one poster by design (its sticky-note warning says
    // when it prints too small).
    if options.one_page
        || options.split
        || options.slides
        || options.workshop
        || options.tile.is_some()
        || options.scale.is_some()
    {
        return None;
    }
    let body = readable_body_pt(options.page)?;
    let smallest = scene
        .texts()
        .filter(|t| !t.lines.is_empty())
        .map(|t| t.size)
        .min_by(f32::total_cmp)?;
    let needed = super::MIN_PRINTED_PT.max(body) / smallest;
    let (_, _, fit, _) = single_page(scene.width, scene.height, options).ok()?;
    (fit < needed * 0.999).then(|| ExportOptions {
        split: true,
        scale: Some(needed),
        ..options.clone()
    })
}

/// What the command line and the Export dialog say when a default export was
/// spread over pages to keep its text readable; `None` when it was not.
pub(super) fn spread_note(pages: &[Page], options: &ExportOptions) -> Option<String> {
    let spread = !(options.one_page
        || options.split
        || options.slides
        || options.workshop
        || options.tile.is_some()
        || options.scale.is_some()
        || options.page == PageSize::Fit);
    let map_pages = pages.len() - usize::from(options.pain_page && pages.len() > 1);
    if !spread || map_pages < 2 {
        return None;
    }
    let (size, _) = super::smallest_printed_text(&pages[..map_pages])?;
    Some(format!(
        "spread over {map_pages} pages by whole stages and lanes to keep text at {size:.1} pt or more; use --one-page to shrink the map onto one sheet"
    ))
}

/// The page size in points for `options.page`, turned to landscape when the map
/// is `wide` (or as `options.orientation` says); `None` for `Fit`.
pub(super) fn paper(options: &ExportOptions, wide: bool) -> Option<(f32, f32)> {
    let (w_mm, h_mm) = options.page.mm()?;
    let landscape = match options.orientation {
        Orientation::Auto => wide,
        Orientation::Portrait => false,
        Orientation::Landscape => true,
    };
    Some(if landscape {
        (h_mm * MM, w_mm * MM)
    } else {
        (w_mm * MM, h_mm * MM)
    })
}

fn printable(pw: f32, ph: f32, margin: f32) -> Result<(f32, f32), ExportError> {
    let (w, h) = (pw - 2.0 * margin, ph - 2.0 * margin);
    if w <= 0.0 || h <= 0.0 {
        return Err(ExportError::Options(
            "the margins leave no room on the page".into(),
        ));
    }
    Ok((w, h))
}

/// Where a whole scene of `w` × `h` points goes on one page: the page size, the
/// scale and the offset of the scene's origin, all in page points.
pub(super) fn single_page(
    w: f32,
    h: f32,
    options: &ExportOptions,
) -> Result<(f32, f32, f32, (f32, f32)), ExportError> {
    let margin = options.margin_mm * MM;
    let Some((pw, ph)) = paper(options, w > h) else {
        let scale = options.scale.unwrap_or(1.0);
        return Ok((
            w * scale + 2.0 * margin,
            h * scale + 2.0 * margin,
            scale,
            (margin, margin),
        ));
    };
    let (printable_w, printable_h) = printable(pw, ph, margin)?;
    let fit = (printable_w / w).min(printable_h / h);
    let scale = options.scale.unwrap_or(fit);
    if scale > fit * 1.0001 {
        return Err(ExportError::Options(format!(
            "at scale {scale} the map ({:.0} × {:.0} mm) does not fit on the page; use --split to spread it over pages, --tile to print a poster on several sheets, or a scale of at most {fit:.2}",
            w * scale / MM,
            h * scale / MM
        )));
    }
    let x = margin + (printable_w - w * scale).max(0.0) / 2.0;
    Ok((pw, ph, scale, (x, margin)))
}

/// Stage and lane groups of a split export, by id (for the print preview).
pub(super) struct SplitGroups {
    pub stages: Vec<Vec<StageId>>,
    /// Per column of pages, its lane groups top to bottom.
    pub lanes: Vec<Vec<Vec<LaneId>>>,
    /// The pages in reading order, as (row, column).
    pub order: Vec<(usize, usize)>,
}

pub(super) fn split_groups(
    map: &Map,
    scene: &Scene,
    options: &ExportOptions,
    printable_w: f32,
    printable_h: f32,
) -> SplitGroups {
    let theme = theme(options.theme);
    let spread = readable(scene, options);
    let options = spread.as_ref().unwrap_or(options);
    let persona_h = scene
        .hit_rect(&Target::Persona)
        .map_or(0.0, |r| r.h + theme.gap);
    let ranges = split_ranges(
        map,
        scene,
        &theme,
        options,
        (printable_w, printable_h),
        persona_h,
    );
    let shown: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| options.include_hidden_lanes || !l.hidden)
        .collect();
    SplitGroups {
        stages: ranges
            .stages
            .iter()
            .map(|r| map.stages[r.clone()].iter().map(|s| s.id.clone()).collect())
            .collect(),
        lanes: (0..ranges.stages.len())
            .map(|column| {
                ranges
                    .lanes(column)
                    .iter()
                    .map(|r| shown[r.clone()].iter().map(|l| l.id.clone()).collect())
                    .collect()
            })
            .collect(),
        order: ranges.order(),
    }
}

/// Index ranges of a split export: which stages go side by side, and which
/// lanes go one above the other in the first column of pages (under the
/// persona block, `first_persona` tall on the first page) and in the others
/// (with the persona's room given to lanes, so those pages are not left
/// half blank).
pub(super) struct Ranges {
    pub stages: Vec<std::ops::Range<usize>>,
    pub first_lanes: Vec<std::ops::Range<usize>>,
    pub other_lanes: Vec<std::ops::Range<usize>>,
}

impl Ranges {
    /// The lane groups of column `column`.
    pub fn lanes(&self, column: usize) -> &[std::ops::Range<usize>] {
        if column == 0 {
            &self.first_lanes
        } else {
            &self.other_lanes
        }
    }

    /// The pages in reading order, as (row, column): row by row, each row
    /// across the columns that have that many rows.
    pub fn order(&self) -> Vec<(usize, usize)> {
        let rows = self.first_lanes.len().max(if self.stages.len() > 1 {
            self.other_lanes.len()
        } else {
            0
        });
        (0..rows)
            .flat_map(|row| (0..self.stages.len()).map(move |column| (row, column)))
            .filter(|&(row, column)| row < self.lanes(column).len())
            .collect()
    }
}

/// Which stages go side by side and which lanes go one above the other on the
/// pages of a split export (see [`Ranges`]).
fn split_ranges(
    map: &Map,
    scene: &Scene,
    theme: &Theme,
    options: &ExportOptions,
    (printable_w, printable_h): (f32, f32),
    first_persona: f32,
) -> Ranges {
    let scale = options.scale.unwrap_or(1.0);
    let widths: Vec<f32> = map
        .stages
        .iter()
        .map(|s| {
            scene
                .hit_rect(&Target::Stage(s.id.clone()))
                .map_or(0.0, |r| r.w + theme.gap)
        })
        .collect();
    let stage_groups = balanced(
        &widths,
        printable_w / scale - (theme.margin * 2.0 + theme.lane_header_width),
    );
    let lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| options.include_hidden_lanes || !l.hidden)
        .collect();
    // The persona (shown in the editor, left out when planning) takes no room.
    let persona_h = scene
        .hit_rect(&Target::Persona)
        .map_or(0.0, |r| r.h + theme.gap);
    let header_h = map
        .stages
        .first()
        .and_then(|s| scene.hit_rect(&Target::Stage(s.id.clone())))
        .map_or(0.0, |r| r.bottom() - persona_h);
    let room = printable_h / scale - header_h - theme.margin;
    let heights: Vec<f32> = lanes
        .iter()
        .map(|l| {
            scene
                .hit_rect(&Target::Lane(l.id.clone()))
                .map_or(0.0, |r| r.h + theme.gap / 2.0)
        })
        .collect();
    // Under the last lanes come the stage KPIs, insights and the legend: a
    // last item that must share the last page.
    let last_bottom = lanes
        .iter()
        .filter_map(|l| scene.hit_rect(&Target::Lane(l.id.clone())))
        .map(|r| r.bottom())
        .fold(header_h + persona_h, f32::max);
    let tail = (scene.height - last_bottom - theme.margin).max(0.0);
    let n = heights.len();
    let groups = |taken: f32| {
        let mut lane_groups = chunks_after(
            heights.iter().copied().chain(std::iter::once(tail)),
            room,
            taken,
        );
        if let Some(last) = lane_groups.pop() {
            if last.start == n && n > 0 {
                // The tail alone: the last lane goes with it.
                match lane_groups.last_mut() {
                    Some(prev) if prev.len() > 1 => {
                        prev.end -= 1;
                        lane_groups.push(n - 1..n);
                    }
                    Some(prev) => prev.end = n,
                    None => lane_groups.push(0..n),
                }
            } else {
                lane_groups.push(last.start..last.end.min(n));
            }
        }
        lane_groups
    };
    Ranges {
        stages: stage_groups,
        first_lanes: groups(first_persona),
        other_lanes: groups(0.0),
    }
}

fn centered(scene: Scene, pw: f32, ph: f32, margin: f32, scale: f32) -> Page {
    let x = margin + ((pw - 2.0 * margin) - scene.width * scale).max(0.0) / 2.0;
    Page {
        width: pw,
        height: ph,
        scale,
        offset: (x, margin),
        background: None,
        scene,
    }
}

/// Greedy runs of consecutive items whose sizes add up to at most `room`; every
/// run has at least one item.
pub(super) fn chunks(sizes: impl Iterator<Item = f32>, room: f32) -> Vec<std::ops::Range<usize>> {
    chunks_after(sizes, room, 0.0)
}

/// As many runs as [`chunks`] makes, but as even as they go: five stages over
/// two pages are three and two, not four and one.
fn balanced(sizes: &[f32], room: f32) -> Vec<std::ops::Range<usize>> {
    let greedy = chunks(sizes.iter().copied(), room);
    let total: f32 = sizes.iter().sum();
    let count = greedy.len();
    if count < 2 || room <= 0.0 {
        return greedy;
    }
    let mut target = total / count as f32;
    while target < room {
        let runs = chunks(sizes.iter().copied(), target);
        if runs.len() <= count {
            return runs;
        }
        target += room / 64.0;
    }
    greedy
}

/// [`chunks`] with `taken` of the first run's room already used.
fn chunks_after(
    sizes: impl Iterator<Item = f32>,
    room: f32,
    taken: f32,
) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let (mut start, mut used) = (0, taken);
    let mut n = 0;
    for (i, size) in sizes.enumerate() {
        if i > start && used + size > room {
            runs.push(start..i);
            (start, used) = (i, 0.0);
        }
        used += size;
        n = i + 1;
    }
    if n > start {
        runs.push(start..n);
    }
    if runs.is_empty() {
        runs.push(0..0);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_fill_greedily_and_never_leave_an_item_out() {
        assert_eq!(
            chunks([3.0, 3.0, 3.0, 3.0].into_iter(), 7.0),
            vec![0..2, 2..4]
        );
        assert_eq!(chunks([10.0, 1.0].into_iter(), 5.0), vec![0..1, 1..2]);
        assert_eq!(chunks(std::iter::empty(), 5.0), vec![0..0]);
        assert_eq!(balanced(&[3.0; 5], 12.0), vec![0..3, 3..5]);
        assert_eq!(
            chunks_after([3.0, 3.0, 3.0].into_iter(), 7.0, 4.0),
            vec![0..1, 1..3]
        );
    }
}
