//! What an export tells the PDF and SVG backends besides the pages: the
//! document language, the bookmarks (stages, pages, the pain-point page) and
//! the lanes' names for the PDF's layers.

use crate::model::Map;
use crate::render::pdf::{Bookmark, Metadata};
use crate::scene::{Page, Target};

/// The language, outline and lane names of `map`'s `pages` (title and author
/// are the caller's). `pain_page`: the last page lists the pain points.
pub fn pdf_metadata(map: &Map, pages: &[Page], pain_page: bool) -> Metadata {
    Metadata {
        lang: crate::model::language(map).to_string(),
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
    let stages = |i: usize, page: &Page| -> Vec<Bookmark> {
        map.stages
            .iter()
            .enumerate()
            .filter_map(|(k, stage)| {
                let rect = page.scene.hit_rect(&Target::Stage(stage.id.clone()))?;
                Some(Bookmark {
                    title: if stage.name.trim().is_empty() {
                        format!("Stage {}", k + 1)
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
            let title = if pain_page && i + 1 == total {
                "Pain points and opportunities".to_string()
            } else {
                match (children.first(), children.last()) {
                    (Some(a), Some(b)) if a.title != b.title => {
                        format!("Page {} of {total}: {} – {}", i + 1, a.title, b.title)
                    }
                    (Some(a), _) => format!("Page {} of {total}: {}", i + 1, a.title),
                    _ => format!("Page {} of {total}", i + 1),
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
