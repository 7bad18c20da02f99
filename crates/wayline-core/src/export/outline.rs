//! Where the pages of an export fall on the map, for the editor's print preview:
//! sheet rectangles in scene coordinates from the same planning the export uses
//! (tile grid, single-page fit, split groups, slides), computed from the
//! scene already on screen, so the preview never lays the map out again (a
//! slide deck's split is planned at slide sizes, the deck's own planning).

use crate::i18n::tr;
use crate::model::Map;
use crate::scene::{Rect, Scene, Target};

use super::options::MM;
use super::{ExportOptions, pages, tiles};

/// One page (or tile, or slide) as it falls on the scene.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub rect: Rect,
    pub label: String,
}

/// The sheets `options` would print `scene` on; empty when the options are
/// invalid (the export dialog shows why).
pub fn sheets(map: &Map, scene: &Scene, options: &ExportOptions) -> Vec<Sheet> {
    let lang = map.language();
    if options.check().is_err() || scene.width <= 0.0 || scene.height <= 0.0 {
        return Vec::new();
    }
    if options.slides {
        return slide_sheets(map, scene, options);
    }
    if let Some(tiling) = &options.tile {
        let Ok(grid) = tiles::tile_grid(scene.width, scene.height, options, tiling) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(grid.count());
        for row in 0..grid.rows {
            for column in 0..grid.columns {
                out.push(Sheet {
                    rect: grid.trim_in_scene(row, column),
                    label: tr(
                        lang,
                        "outline-part",
                        &[
                            ("title", tiles::sheet_name(row, column).into()),
                            ("number", (out.len() + 1).into()),
                            ("total", grid.count().into()),
                        ],
                    ),
                });
            }
        }
        return out;
    }
    if options.split || pages::readable(scene, options).is_some() {
        return split_sheets(map, scene, options);
    }
    let Ok((w, h, scale, (ox, oy))) = pages::single_page(scene.width, scene.height, options) else {
        return Vec::new();
    };
    vec![Sheet {
        rect: Rect::new(-ox / scale, -oy / scale, w / scale, h / scale),
        label: tr(
            lang,
            "outline-page",
            &[("size", format!("{:?}", options.page).into())],
        ),
    }]
}

/// One outline per stage slide, as the deck splits its stages: around the
/// cards and facts the slide shows, across its stage's column
/// (a stage on three slides shows three outlines, one under the other). The
/// deck is planned again here (its pieces are laid out at the slide's sizes,
/// not the map's), in the preview's job.
fn slide_sheets(map: &Map, scene: &Scene, options: &ExportOptions) -> Vec<Sheet> {
    let lang = map.language();
    let theme = pages::theme(options.theme);
    let layout_options = crate::layout::Options {
        include_persona: false,
        include_hidden_lanes: options.include_hidden_lanes,
        workshop: options.workshop,
        ..crate::layout::Options::default()
    };
    let total = map.stages.len();
    super::slides::deck(map, &theme, &layout_options, options)
        .into_iter()
        .filter_map(|(_, shown)| {
            let shown = shown?;
            let stage = map.stages.get(shown.stage)?;
            let column = scene.hit_rect(&Target::Stage(stage.id.clone()))?;
            // Around the cards and facts; the emotion strip's points only for
            // a slide of the strip alone (on a stage's first slide they would
            // stretch its outline over the slides after it).
            let rect = |points: bool| {
                let shown = shown
                    .targets
                    .iter()
                    .filter(move |t| matches!(t, Target::EmotionPoint(_)) == points);
                union(shown.filter_map(|t| scene.hit_rect(t)))
            };
            let rows = rect(false).or_else(|| rect(true)).unwrap_or(column);
            let mut label = tr(
                lang,
                "outline-slide",
                &[
                    ("number", (shown.stage + 1).into()),
                    ("total", total.into()),
                    ("name", (&stage.name).into()),
                ],
            );
            if shown.count > 1 {
                label = format!("{label} ({}/{})", shown.part + 1, shown.count);
            }
            Some(Sheet {
                rect: Rect::new(column.x, rows.y, column.w, rows.h),
                label,
            })
        })
        .collect()
}

/// The stage and lane groups of a split export, as rectangles around them.
fn split_sheets(map: &Map, scene: &Scene, options: &ExportOptions) -> Vec<Sheet> {
    let lang = map.language();
    let Some((pw, ph)) = pages::paper(options, true) else {
        return Vec::new();
    };
    let margin = options.margin_mm * MM;
    let groups = pages::split_groups(map, scene, options, pw - 2.0 * margin, ph - 2.0 * margin);
    let total = groups.order.len();
    let mut out = Vec::with_capacity(total);
    for &(row, column) in &groups.order {
        let (stages, lanes) = (&groups.stages[column], &groups.lanes[column][row]);
        let xs = stages
            .iter()
            .filter_map(|s| scene.hit_rect(&Target::Stage(s.clone())));
        let ys = lanes
            .iter()
            .filter_map(|l| scene.hit_rect(&Target::Lane(l.clone())));
        let (Some(x), Some(y)) = (union(xs), union(ys)) else {
            continue;
        };
        out.push(Sheet {
            rect: Rect::new(x.x, y.y, x.w, y.h),
            label: tr(
                lang,
                "page-of",
                &[("number", (out.len() + 1).into()), ("total", total.into())],
            ),
        });
    }
    out
}

fn union(rects: impl Iterator<Item = Rect>) -> Option<Rect> {
    rects.reduce(|a, b| {
        let (x, y) = (a.x.min(b.x), a.y.min(b.y));
        Rect::new(
            x,
            y,
            a.right().max(b.right()) - x,
            a.bottom().max(b.bottom()) - y,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{PageSize, Tiling, plan};

    fn ecommerce() -> (Map, Scene) {
        let map = crate::templates::find("ecommerce").unwrap().map().unwrap();
        let options = crate::layout::Options {
            include_persona: false,
            ..crate::layout::Options::default()
        };
        let scene = crate::layout::layout(&map, &crate::layout::Theme::light(), &options);
        (map, scene)
    }

    #[test]
    fn one_page_is_the_sheet_around_the_whole_map() {
        let (map, scene) = ecommerce();
        // Shrunk onto one sheet on request: by default this map spreads over
        // pages to keep its text readable (see below).
        let options = ExportOptions {
            page: PageSize::A3,
            include_persona: false,
            one_page: true,
            ..ExportOptions::default()
        };
        let spread = ExportOptions {
            one_page: false,
            ..options.clone()
        };
        let planned = plan(&map, None, &spread).unwrap().len();
        assert!(planned > 1);
        assert_eq!(sheets(&map, &scene, &spread).len(), planned);
        let sheets = sheets(&map, &scene, &options);
        assert_eq!(sheets.len(), 1);
        let whole = Rect::new(0.0, 0.0, scene.width, scene.height);
        assert!(sheets[0].rect.encloses(&whole, 0.01));
        // The same page the export plans: its size over its scale.
        let page = &plan(&map, None, &options).unwrap()[0];
        assert!((sheets[0].rect.w - page.width / page.scale).abs() < 0.01);
        assert!((sheets[0].rect.h - page.height / page.scale).abs() < 0.01);
    }

    #[test]
    fn split_and_tiled_outlines_match_the_exported_page_count() {
        let (map, scene) = ecommerce();
        for options in [
            ExportOptions {
                page: PageSize::A4,
                split: true,
                scale: Some(1.0),
                include_persona: false,
                ..ExportOptions::default()
            },
            ExportOptions {
                page: PageSize::A1,
                tile: Some(Tiling {
                    paper: PageSize::A4,
                    overlap_mm: 10.0,
                }),
                include_persona: false,
                ..ExportOptions::default()
            },
        ] {
            let outlines = sheets(&map, &scene, &options);
            let pages = plan(&map, None, &options).unwrap();
            assert_eq!(outlines.len(), pages.len(), "{options:?}");
            assert!(outlines.len() > 1);
        }
    }

    #[test]
    fn slides_outline_each_slide_and_bad_options_outline_nothing() {
        let (map, scene) = ecommerce();
        let slides = ExportOptions {
            slides: true,
            ..ExportOptions::default()
        };
        let outlines = sheets(&map, &scene, &slides);
        // One per slide but the overview, in the deck's order.
        let deck = plan(&map, None, &slides).unwrap();
        assert_eq!(outlines.len(), deck.len() - 1);
        assert!(outlines.len() > map.stages.len());
        // A stage on several slides: as many outlines, numbered, one under
        // the other in its column.
        let second: Vec<&Sheet> = outlines
            .iter()
            .filter(|s| s.label.contains(&map.stages[1].name))
            .collect();
        let count = deck
            .iter()
            .filter(|p| {
                p.scene
                    .texts()
                    .any(|t| t.plain().starts_with(&format!("2 / {}", map.stages.len())))
            })
            .count();
        assert!(count > 1, "stage 2 on one slide");
        assert_eq!(second.len(), count);
        let column = scene
            .hit_rect(&Target::Stage(map.stages[1].id.clone()))
            .unwrap();
        for (k, sheet) in second.iter().enumerate() {
            assert!(
                sheet.label.ends_with(&format!("({}/{count})", k + 1)),
                "{}",
                sheet.label
            );
            assert_eq!((sheet.rect.x, sheet.rect.w), (column.x, column.w));
            assert!(sheet.rect.h > 0.0);
            if k > 0 {
                // One under the other (KPIs and insights apart on two
                // slides share the facts' rows, so the last two can overlap).
                assert!(sheet.rect.y > second[k - 1].rect.y, "{second:?}");
                if k + 1 < second.len() {
                    assert!(
                        sheet.rect.y >= second[k - 1].rect.bottom() - 0.5,
                        "{second:?}"
                    );
                }
            }
        }
        let bad = ExportOptions {
            split: true,
            ..ExportOptions::default()
        };
        assert!(sheets(&map, &scene, &bad).is_empty());
    }
}
