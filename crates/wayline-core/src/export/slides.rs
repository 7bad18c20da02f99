//! The slide deck: 16:9 pages (13.333 × 7.5 in, what presentation software
//! uses), an overview of the whole map first, then one slide per stage showing
//! that stage's cards in every lane that has some, with the stage name as the
//! title and "3 / 6" in the corner. A stage slide is the layout of a one-stage
//! sub-map, its column widened until the slide is best filled, so text is as
//! large as the slide allows.

use crate::i18n::tr;
use crate::layout::{self, Theme};
use crate::model::{LaneKind, Map, Stage};
use crate::scene::{Page, Rect, Scene};
use crate::text::{TextStyle, wrap};

use super::ExportOptions;
use super::options::MM;
use super::overlay::{self, Place};

/// 13.333 × 7.5 inches, in points.
pub const SLIDE_W: f32 = 960.0;
pub const SLIDE_H: f32 = 540.0;
const TITLE_PT: f32 = 26.0;
/// Small stages are not blown up beyond this; cards at 2× already read from afar.
const MAX_SCALE: f32 = 2.0;
/// Stage column widths tried for a stage slide, in map points.
const WIDTHS: [f32; 9] = [
    220.0, 280.0, 340.0, 420.0, 500.0, 600.0, 720.0, 860.0, 1000.0,
];

pub fn slide_pages(
    map: &Map,
    theme: &Theme,
    layout_options: &layout::Options,
    options: &ExportOptions,
) -> Vec<Page> {
    let margin = options.margin_mm * MM;
    let mut pages = Vec::with_capacity(map.stages.len() + 1);
    let overview = layout::layout(map, theme, layout_options);
    let area = Rect::new(
        margin,
        margin,
        SLIDE_W - 2.0 * margin,
        SLIDE_H - 2.0 * margin,
    );
    pages.push(fitted(overview, area, f32::INFINITY));
    let title_h = TextStyle::new(TITLE_PT).bold().line_advance() + 8.0;
    let area = Rect::new(
        margin,
        margin + title_h,
        SLIDE_W - 2.0 * margin,
        SLIDE_H - 2.0 * margin - title_h,
    );
    let stage_options = layout::Options {
        include_persona: false,
        include_legend: false,
        include_title: false,
        // Sticky-note space is for paper on a wall, not for a projector.
        workshop: false,
        ..layout_options.clone()
    };
    let total = map.stages.len();
    for (i, stage) in map.stages.iter().enumerate() {
        let part = stage_map(map, stage);
        let mut best: Option<(f32, Scene)> = None;
        // Lanes in one, two or three side-by-side groups, at several column
        // widths: whichever fills the 16:9 area with the largest text.
        for groups in 1..=3.min(part.lanes.len().max(1)) {
            for &w in &WIDTHS {
                let widened = Theme {
                    stage_width: w,
                    step_width: w / stage.steps.len().max(1) as f32,
                    // The slide has its own margins; runs sit close together.
                    margin: theme.gap,
                    lane_header_width: theme.lane_header_width * 0.8,
                    ..theme.clone()
                };
                let scene = side_by_side(&part, groups, &widened, &stage_options);
                let scale = fit(&scene, area);
                if best.as_ref().is_none_or(|(b, _)| scale > *b) {
                    best = Some((scale, scene));
                }
            }
        }
        let scene = best.map(|(_, s)| s).unwrap_or_default();
        let mut page = fitted(scene, area, MAX_SCALE);
        title(
            &mut page,
            &stage.name,
            &tr(
                map.language(),
                "slide-number",
                &[("number", (i + 1).into()), ("total", total.into())],
            ),
            &map.title,
            theme,
            margin,
        );
        pages.push(page);
    }
    pages
}

/// The map cut down to one stage, with only the lanes that have cards in it.
fn stage_map(map: &Map, stage: &Stage) -> Map {
    let mut part = map.clone();
    // A slide speaks the whole map's language, not a guess from one stage.
    part.language = Some(map.language());
    part.stages = vec![stage.clone()];
    if !stage.description.is_empty() {
        // The slide's title carries the name; the header keeps the description.
        part.stages[0].name.clear();
    }
    part.cards.retain(|c| c.stage == stage.id);
    part.lanes.retain(|l| {
        l.kind == LaneKind::Emotions && part.cards.iter().any(|c| c.lane == l.id)
            || part.cards.iter().any(|c| c.lane == l.id)
    });
    part
}

/// Lays the one-stage map out with its lanes in `groups` runs placed side by
/// side, each under its own copy of the stage header; KPIs and insights go under
/// the last run only.
fn side_by_side(part: &Map, groups: usize, theme: &Theme, options: &layout::Options) -> Scene {
    let whole = layout::layout(part, theme, options);
    if groups <= 1 {
        return whole;
    }
    // Runs of about equal height, by the lanes' heights in the single run.
    let heights: Vec<f32> = part
        .lanes
        .iter()
        .map(|l| {
            whole
                .hit_rect(&crate::scene::Target::Lane(l.id.clone()))
                .map_or(0.0, |r| r.h)
        })
        .collect();
    let total: f32 = heights.iter().sum();
    let room = (total / groups as f32).max(heights.iter().copied().fold(0.0, f32::max));
    let runs: Vec<_> = super::pages::chunks(heights.into_iter(), room)
        .into_iter()
        .map(|r| &part.lanes[r])
        .collect();
    let mut out = Scene::default();
    for (i, lanes) in runs.iter().enumerate() {
        let mut run = part.clone();
        run.lanes = lanes.to_vec();
        if i + 1 < runs.len() {
            for stage in &mut run.stages {
                stage.kpis.clear();
                stage.insights.clear();
            }
        }
        let scene = layout::layout(&run, theme, options);
        let dx = out.width;
        out.items.extend(scene.items.into_iter().map(|mut item| {
            item.translate(dx, 0.0);
            item
        }));
        out.width += scene.width;
        out.height = out.height.max(scene.height);
        out.background = scene.background;
        out.missing_glyphs.extend(scene.missing_glyphs);
    }
    out
}

fn fit(scene: &Scene, area: Rect) -> f32 {
    (area.w / scene.width.max(1.0)).min(area.h / scene.height.max(1.0))
}

/// The scene scaled to fit `area` (at most `max_scale`) and centred in it.
fn fitted(scene: Scene, area: Rect, max_scale: f32) -> Page {
    let scale = fit(&scene, area).min(max_scale);
    let x = area.x + (area.w - scene.width * scale) / 2.0;
    let y = area.y + (area.h - scene.height * scale) / 2.0;
    Page {
        width: SLIDE_W,
        height: SLIDE_H,
        scale,
        offset: (x, y),
        background: None,
        scene,
    }
}

/// The slide's title, number and, at the bottom, the map it comes from.
fn title(page: &mut Page, name: &str, number: &str, map_title: &str, theme: &Theme, margin: f32) {
    let place = Place::of(page);
    let style = TextStyle::new(TITLE_PT).bold();
    let number_w = wrap(number, &style, SLIDE_W)
        .first()
        .map_or(0.0, |l| l.width);
    let muted = theme.muted;
    let name_w = SLIDE_W - 2.0 * margin - number_w - 24.0;
    let footer = TextStyle::new(10.0);
    let items = [
        place.text(
            &overlay::one_line(name, &style, name_w),
            style,
            theme.ink,
            margin,
            margin,
            name_w,
        ),
        place.text(
            number,
            style,
            muted,
            SLIDE_W - margin - number_w,
            margin,
            number_w + 1.0,
        ),
        place.text(
            &overlay::one_line(map_title, &footer, SLIDE_W - 2.0 * margin),
            footer,
            muted,
            margin,
            SLIDE_H - margin + 6.0,
            SLIDE_W - 2.0 * margin,
        ),
    ];
    page.scene.items.extend(items);
}
