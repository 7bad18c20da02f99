//! The "what changed" PDF: the newer map with its changes marked (the same
//! marks as the editor's compare view, from `layout::changes`), then the changes
//! listed by group under the title "What changed: OLD → NEW". Written by the
//! editor's compare panel and by `wayline diff OLD NEW -o changes.pdf`. Its
//! headings are in the newer map's language; the change lines are diff's
//! descriptions (English, as `wayline diff` prints them).

use std::path::Path;

use crate::diff::groups::Group;
use crate::diff::groups::grouped;
use crate::diff::{Change, ChangeKind};
use crate::i18n::{Language, tr};
use crate::layout::{self, Theme, changes};
use crate::model::Map;
use crate::scene::{Boxed, Item, Page, Point, Rect, Rgba, Scene};
use crate::text::TextStyle;

/// Width of a list page in points, and its greatest height (A4 proportions).
const LIST_WIDTH: f32 = 1000.0;
const LIST_HEIGHT: f32 = 1414.0;
const MARGIN: f32 = 36.0;

pub use super::change_lines::{field_name, line, subject_in};

/// The title line both pages carry.
pub fn title(lang: Language, old_label: &str, new_label: &str) -> String {
    let args = [("old", old_label.into()), ("new", new_label.into())];
    tr(lang, "changes-title", &args)
}

/// A group's heading in the change list.
fn group_label(lang: Language, group: Group) -> String {
    let key = match group {
        Group::Map => "changes-group-map",
        Group::Stages => "changes-group-stages",
        Group::Lanes => "changes-group-lanes",
        Group::Cards => "changes-group-cards",
        Group::Emotion => "changes-group-emotion",
        Group::PainsAndOpportunities => "changes-group-pains",
        Group::Kpis => "changes-group-kpis",
    };
    tr(lang, key, &[])
}

/// The pages: the marked map, then the grouped list (more pages when long).
pub fn pages(
    old: &Map,
    new: &Map,
    old_label: &str,
    new_label: &str,
    base_dir: Option<&Path>,
) -> Vec<Page> {
    let lang = new.language();
    let theme = Theme::light().for_language(lang);
    let changes = crate::diff::diff(old, new);
    let options = layout::Options {
        photo: super::pages::persona_photo(new, base_dir),
        ..layout::Options::default()
    };
    let shown = changes::with_ghosts(old, new, &changes);
    let mut scene = layout::layout(shown.as_ref().unwrap_or(new), &theme, &options);
    let marks = changes::overlay(old, new, &mut scene, &changes, &theme);
    scene.items.extend(marks.items);
    let (conflicts, _) = changes::conflict_marks(new, &scene, &theme);
    scene.items.extend(conflicts);
    let heading = title(lang, old_label, new_label);
    let header = 64.0;
    let head = layout::text(
        &heading,
        &theme.title,
        theme.ink,
        Point::new(0.0, -header),
        scene.width,
    );
    let sub = layout::text(
        &tr(
            lang,
            "changes-key",
            &[("count", count_line(lang, changes.len()).into())],
        ),
        &theme.small,
        theme.muted,
        Point::new(0.0, head.bounds.bottom() + 4.0),
        scene.width,
    );
    scene.items.push(Item::Text(head));
    scene.items.push(Item::Text(sub));
    let map_page = Page {
        width: scene.width + 2.0 * MARGIN,
        height: scene.height + 2.0 * MARGIN + header,
        scale: 1.0,
        background: scene.background.or(Some(Rgba::WHITE)),
        offset: (MARGIN, MARGIN + header),
        scene,
    };
    let mut out = vec![map_page];
    out.extend(list_pages(lang, old, new, &changes, &heading, &theme));
    out
}

fn count_line(lang: Language, n: usize) -> String {
    tr(lang, "changes-count", &[("count", n.into())])
}

fn kind_color(kind: ChangeKind) -> Rgba {
    match kind {
        ChangeKind::Added | ChangeKind::Answered => changes::ADDED,
        ChangeKind::Removed | ChangeKind::Unanswered => changes::REMOVED,
        ChangeKind::Moved | ChangeKind::Reordered => changes::MOVED,
        ChangeKind::Renamed | ChangeKind::Edited => changes::EDITED,
    }
}

/// The change list, cut into pages of at most [`LIST_HEIGHT`]; the last page
/// is only as tall as its text.
fn list_pages(
    lang: Language,
    old: &Map,
    new: &Map,
    list: &[Change],
    heading: &str,
    theme: &Theme,
) -> Vec<Page> {
    let w = LIST_WIDTH - 2.0 * MARGIN;
    let mut scenes: Vec<Scene> = Vec::new();
    let mut scene = list_scene();
    let mut y = MARGIN;
    let push_title = |scene: &mut Scene, y: &mut f32, more: bool| {
        let text = if more {
            tr(lang, "changes-continued", &[("heading", heading.into())])
        } else {
            heading.to_string()
        };
        let t = layout::text(&text, &theme.title, theme.ink, Point::new(MARGIN, *y), w);
        *y = t.bounds.bottom() + 4.0;
        scene.items.push(Item::Text(t));
        if !more {
            let s = layout::text(
                &count_line(lang, list.len()),
                &theme.body,
                theme.muted,
                Point::new(MARGIN, *y),
                w,
            );
            *y = s.bounds.bottom();
            scene.items.push(Item::Text(s));
        }
        *y += theme.gap * 1.5;
    };
    push_title(&mut scene, &mut y, false);
    if list.is_empty() {
        let t = layout::text(
            &tr(lang, "changes-none", &[]),
            &theme.body,
            theme.ink,
            Point::new(MARGIN, y),
            w,
        );
        y = t.bounds.bottom();
        scene.items.push(Item::Text(t));
    }
    let heading_style = TextStyle {
        bold: true,
        ..theme.heading
    };
    for (group, rows) in grouped(list, old, new) {
        // A group heading never ends a page.
        if y + heading_style.line_advance() + 40.0 > LIST_HEIGHT - MARGIN {
            scene.height = LIST_HEIGHT;
            scenes.push(std::mem::replace(&mut scene, list_scene()));
            y = MARGIN;
            push_title(&mut scene, &mut y, true);
        }
        let g = layout::text(
            &format!("{} ({})", group_label(lang, group), rows.len()),
            &heading_style,
            theme.ink,
            Point::new(MARGIN, y),
            w,
        );
        y = g.bounds.bottom() + 4.0;
        scene.items.push(Item::Text(g));
        for (_, change) in rows {
            let line = line(lang, change, old, new);
            let text = layout::text(
                &line,
                &theme.body,
                theme.ink,
                Point::new(MARGIN + 16.0, y),
                w - 16.0,
            );
            if text.bounds.bottom() > LIST_HEIGHT - MARGIN {
                scene.height = LIST_HEIGHT;
                scenes.push(std::mem::replace(&mut scene, list_scene()));
                y = MARGIN;
                push_title(&mut scene, &mut y, true);
            }
            let text = layout::text(
                &line,
                &theme.body,
                theme.ink,
                Point::new(MARGIN + 16.0, y),
                w - 16.0,
            );
            let line = theme.body.line_advance();
            scene.items.push(Item::Box(Boxed {
                rect: Rect::new(MARGIN + 2.0, y + line * 0.25, 8.0, line * 0.5),
                radius: 2.0,
                fill: Some(kind_color(change.kind)),
                stroke: None,
            }));
            y = text.bounds.bottom() + 3.0;
            scene.items.push(Item::Text(text));
        }
        y += theme.gap;
    }
    scene.height = (y + MARGIN).min(LIST_HEIGHT);
    scenes.push(scene);
    scenes
        .into_iter()
        .map(|scene| Page {
            width: LIST_WIDTH,
            height: scene.height,
            scale: 1.0,
            background: scene.background.or(Some(Rgba::WHITE)),
            offset: (0.0, 0.0),
            scene,
        })
        .collect()
}

fn list_scene() -> Scene {
    Scene {
        width: LIST_WIDTH,
        height: LIST_HEIGHT,
        background: Some(Rgba::WHITE),
        ..Scene::default()
    }
}

/// The "what changed" PDF's bytes.
pub fn pdf(
    old: &Map,
    new: &Map,
    old_label: &str,
    new_label: &str,
    base_dir: Option<&Path>,
) -> Result<Vec<u8>, String> {
    let pages = pages(old, new, old_label, new_label, base_dir);
    crate::render::pdf::render(
        &pages,
        &crate::render::pdf::Metadata {
            title: title(new.language(), old_label, new_label),
            author: String::new(),
            ..super::structure::pdf_metadata(new, &pages, false)
        },
    )
}

/// Writes the "what changed" pages to `out` (atomically): one PDF, or one
/// SVG per page (`changes-1.svg`, `changes-2.svg`… when there are several).
/// Returns the files written.
pub fn write(
    old: &Map,
    new: &Map,
    (old_label, new_label): (&str, &str),
    base_dir: Option<&Path>,
    out: &Path,
) -> Result<Vec<std::path::PathBuf>, String> {
    let write = |path: &Path, bytes: &[u8]| {
        crate::io::write_atomic(path, bytes)
            .map_err(|e| format!("{}: cannot write the changes: {e}", path.display()))
    };
    match super::Format::from_path(out) {
        Some(super::Format::Pdf) => {
            write(out, &pdf(old, new, old_label, new_label, base_dir)?)?;
            Ok(vec![out.to_owned()])
        }
        Some(super::Format::Svg) => {
            let pages = pages(old, new, old_label, new_label, base_dir);
            let svg = crate::render::svg::SvgOptions {
                title: title(new.language(), old_label, new_label),
                ..super::svg_options(new, super::SvgText::Text)
            };
            let mut files = Vec::new();
            for (i, page) in pages.iter().enumerate() {
                let path = super::page_path(out, i, pages.len());
                write(&path, &crate::render::svg::render_page(page, &svg))?;
                files.push(path);
            }
            Ok(files)
        }
        _ => Err(format!(
            "{}: the changes are written as a PDF or SVG; give the output a .pdf or .svg extension",
            out.display()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_change_list_page_is_as_tall_as_its_text() {
        let old = crate::generate::map(4, 40, 3);
        let mut new = old.clone();
        new.cards.truncate(new.cards.len() - 3);
        new.cards[0].text = "Porównuje ceny — 比较价格".into();
        let pages = pages(&old, &new, "v1", "v2", None);
        assert_eq!(pages.len(), 2, "the map, then one list page");
        let list = &pages[1];
        let bottom = list
            .scene
            .texts()
            .map(|t| t.bounds.bottom())
            .fold(0.0, f32::max);
        assert!(bottom > 100.0, "the list has its lines");
        assert!(
            list.height <= bottom + 2.0 * MARGIN && list.height >= bottom,
            "a {} pt page for text ending at {bottom}",
            list.height
        );
        assert!(list.height < LIST_HEIGHT / 2.0);
    }

    #[test]
    fn a_long_change_list_fills_whole_pages_and_ends_short() {
        let old = crate::generate::map(8, 400, 3);
        let mut new = old.clone();
        for card in new.cards.iter_mut().step_by(2) {
            card.text.push_str(" (edited)");
        }
        let pages = pages(&old, &new, "v1", "v2", None);
        assert!(pages.len() > 3, "{} pages", pages.len());
        let (last, full) = pages[1..].split_last().expect("list pages");
        assert!(full.iter().all(|p| p.height == LIST_HEIGHT));
        assert!(last.height <= LIST_HEIGHT);
        for page in &pages[1..] {
            for t in page.scene.texts() {
                assert!(
                    t.bounds.bottom() <= page.height,
                    "text below the page's edge"
                );
            }
        }
    }
}
