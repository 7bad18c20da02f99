//! What an export tells the PDF and SVG backends besides the pages: the
//! document language, the bookmarks (stages, pages, the pain-point page) and
//! the lanes' names for the PDF's layers.

use crate::i18n::tr;
use crate::model::Map;
use crate::render::pdf::{Bookmark, Metadata};
use crate::scene::{Page, Target};

/// The language, outline and lane names of `map`'s `pages` (title and author
/// are the caller's). `pain_page`: the last page lists the pain points.
pub fn pdf_metadata(map: &Map, pages: &[Page], pain_page: bool) -> Metadata {
    Metadata {
        lang: map.language().code().to_string(),
        outline: outline(map, pages, pain_page),
        lanes: map
            .lanes
            .iter()
            .map(|l| (l.id.clone(), l.name.clone()))
            .collect(),
        ..Metadata::default()
    }
}

/// One page: its stages. More pages: one bookmark per page (named by its
/// first and last stage) holding its stages; the pain-point page by its name.
pub fn outline(map: &Map, pages: &[Page], pain_page: bool) -> Vec<Bookmark> {
    let lang = map.language();
    let stages = |i: usize, page: &Page| -> Vec<Bookmark> {
        map.stages
            .iter()
            .enumerate()
            .filter_map(|(k, stage)| {
                let rect = page.scene.hit_rect(&Target::Stage(stage.id.clone()))?;
                Some(Bookmark {
                    title: if stage.name.trim().is_empty() {
                        tr(lang, "bookmark-stage", &[("number", (k + 1).into())])
                    } else {
                        stage.name.clone()
                    },
                    page: i,
                    y: page.offset.1 + rect.y * page.scale,
                    children: Vec::new(),
                })
            })
            .collect()
    };
    if pages.len() == 1 {
        return stages(0, &pages[0]);
    }
    let total = pages.len();
    pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let children = stages(i, page);
            let (number, of) = (("number", (i + 1).into()), ("total", total.into()));
            let title = if pain_page && i + 1 == total {
                tr(lang, "bookmark-pain-page", &[])
            } else {
                match (children.first(), children.last()) {
                    (Some(a), Some(b)) if a.title != b.title => tr(
                        lang,
                        "bookmark-page-stages",
                        &[
                            number,
                            of,
                            ("first", a.title.as_str().into()),
                            ("last", b.title.as_str().into()),
                        ],
                    ),
                    (Some(a), _) => tr(
                        lang,
                        "bookmark-page-stage",
                        &[number, of, ("stage", a.title.as_str().into())],
                    ),
                    _ => tr(lang, "bookmark-page", &[number, of]),
                }
            };
            Bookmark {
                title,
                page: i,
                y: 0.0,
                children,
            }
        })
        .collect()
}
