//! What makes the PDF more than ink: the document language (`/Lang`), the
//! outline (bookmarks the exporter lists), an optional content group per lane
//! (the viewer's layers panel can hide a lane on every page) and a minimal
//! tagged-PDF structure: every text item is a paragraph (`P`) in the order the
//! scene draws it, which is reading order (title, persona, stage headers, then
//! each lane's header and cards), the paragraphs of a lane in a section
//! (`Sect`) titled with its name; everything else is an artifact.

use std::ops::Range;

use pdf_writer::types::{PageMode, StructRole};
use pdf_writer::writers::StructTreeRoot;
use pdf_writer::{Finish, Name, Pdf, Ref, TextStr};

use crate::model::LaneId;
use crate::scene::{Scene, Target};

use super::Doc;

/// A bookmark: a title, the page it opens (index into the pages) and how far
/// down that page, in points from its top.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
    pub y: f32,
    pub children: Vec<Bookmark>,
}

/// One lane's optional content group.
pub(super) struct Layer {
    pub lane: LaneId,
    pub group: Ref,
}

/// One page's tagged text: the page and the lane layer of each MCID in order.
pub(super) struct TaggedPage {
    pub page: Ref,
    pub texts: Vec<Option<usize>>,
}

/// The lanes' item ranges on a page, as layer indices, in drawing order.
pub(super) fn lane_spans(doc: &mut Doc, scene: &Scene) -> Vec<(Range<usize>, usize)> {
    let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
    for hit in &scene.hits {
        let Target::Lane(lane) = &hit.target else {
            continue;
        };
        if hit.items.is_empty() || hit.items.end > scene.items.len() {
            continue;
        }
        let layer = match doc.layers.iter().position(|l| &l.lane == lane) {
            Some(i) => i,
            None => {
                let group = doc.alloc();
                doc.layers.push(Layer {
                    lane: lane.clone(),
                    group,
                });
                doc.layers.len() - 1
            }
        };
        spans.push((hit.items.clone(), layer));
    }
    spans.sort_by_key(|(r, _)| r.start);
    // Lanes never nest; one that overlaps the one before is left unmarked.
    let mut end = 0;
    spans.retain(|(r, _)| {
        let keep = r.start >= end;
        if keep {
            end = r.end;
        }
        keep
    });
    spans
}

pub(super) fn layer_name(i: usize) -> String {
    format!("L{i}")
}

/// Writes the catalog's structure: language, outline, layers and tags.
pub(super) fn write(
    pdf: &mut Pdf,
    doc_alloc: &mut impl FnMut() -> Ref,
    (catalog, tree): (Ref, Ref),
    kids: &[(Ref, f32)],
    meta: &super::Metadata,
    layers: &[Layer],
    tagged: &[TaggedPage],
) {
    for layer in layers {
        let name = meta
            .lanes
            .iter()
            .find(|(id, _)| id == &layer.lane)
            .map_or_else(|| layer.lane.to_string(), |(_, n)| n.clone());
        let mut group = pdf.indirect(layer.group).dict();
        group.pair(Name(b"Type"), Name(b"OCG"));
        group.pair(Name(b"Name"), TextStr(&name));
        group.finish();
    }
    let outline = write_outline(pdf, doc_alloc, kids, &meta.outline);
    let root = doc_alloc();
    let (document, parent_tree) = write_tags(pdf, doc_alloc, root, meta, layers, tagged);
    {
        let mut tree = pdf.indirect(root).start::<StructTreeRoot>();
        tree.child(document);
        let mut nums = tree.parent_tree();
        let mut entries = nums.nums();
        for (key, array) in parent_tree.iter().enumerate() {
            entries.insert(key as i32, *array);
        }
        entries.finish();
        nums.finish();
        tree.parent_tree_next_key(parent_tree.len() as i32);
    }

    let mut c = pdf.catalog(catalog);
    c.pages(tree);
    if !meta.lang.is_empty() {
        c.lang(TextStr(&meta.lang));
    }
    if let Some(outline) = outline {
        c.outlines(outline);
        c.page_mode(PageMode::UseOutlines);
    }
    c.viewer_preferences().display_doc_title(true);
    c.mark_info().marked(true);
    c.pair(Name(b"StructTreeRoot"), root);
    if !layers.is_empty() {
        let groups: Vec<Ref> = layers.iter().map(|l| l.group).collect();
        let mut props = c.insert(Name(b"OCProperties")).dict();
        props
            .insert(Name(b"OCGs"))
            .array()
            .items(groups.iter().copied());
        let mut default = props.insert(Name(b"D")).dict();
        default
            .insert(Name(b"Order"))
            .array()
            .items(groups.iter().copied());
        default
            .insert(Name(b"ON"))
            .array()
            .items(groups.iter().copied());
    }
}

/// The outline's root, or `None` without bookmarks.
fn write_outline(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    pages: &[(Ref, f32)],
    bookmarks: &[Bookmark],
) -> Option<Ref> {
    if bookmarks.is_empty() {
        return None;
    }
    let root = alloc();
    let (first, last, count) = write_items(pdf, alloc, pages, bookmarks, root);
    let mut outline = pdf.outline(root);
    outline.first(first).last(last).count(count);
    Some(root)
}

/// Writes one level of bookmarks under `parent`: first, last, and how many
/// (open) items it holds in all.
fn write_items(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    pages: &[(Ref, f32)],
    bookmarks: &[Bookmark],
    parent: Ref,
) -> (Ref, Ref, i32) {
    let ids: Vec<Ref> = bookmarks.iter().map(|_| alloc()).collect();
    let mut count = 0;
    for (i, b) in bookmarks.iter().enumerate() {
        let children =
            (!b.children.is_empty()).then(|| write_items(pdf, alloc, pages, &b.children, ids[i]));
        let page = pages.get(b.page).or(pages.last()).copied();
        let mut item = pdf.outline_item(ids[i]);
        item.title(TextStr(&b.title)).parent(parent);
        if i > 0 {
            item.prev(ids[i - 1]);
        }
        if let Some(next) = ids.get(i + 1) {
            item.next(*next);
        }
        if let Some((first, last, n)) = children {
            item.first(first).last(last).count(n);
            count += n;
        }
        if let Some((page, height)) = page {
            // PDF measures from the bottom; a little room above the target.
            let top = (height - b.y + 12.0).min(height);
            item.dest().page(page).xyz(0.0, top, None);
        }
        count += 1;
    }
    (ids[0], ids[ids.len() - 1], count)
}

/// The structure elements: a `Document` holding, in drawing order, each
/// page's paragraphs, those of one lane in a `Sect`. Returns the document
/// element and each page's parent-tree array (its paragraphs by MCID).
fn write_tags(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    root: Ref,
    meta: &super::Metadata,
    layers: &[Layer],
    tagged: &[TaggedPage],
) -> (Ref, Vec<Ref>) {
    let document = alloc();
    // Children of the document: a paragraph, or a section with its paragraphs.
    enum Kid {
        P(Ref),
        Sect(Ref, usize, Vec<Ref>),
    }
    let mut kids: Vec<Kid> = Vec::new();
    let mut paragraphs: Vec<(Ref, Ref, i32)> = Vec::new(); // (element, page, mcid)
    let mut arrays = Vec::with_capacity(tagged.len());
    let mut parents: Vec<Ref> = Vec::new();
    for page in tagged {
        let mut by_mcid = Vec::with_capacity(page.texts.len());
        for (mcid, layer) in page.texts.iter().enumerate() {
            let p = alloc();
            by_mcid.push(p);
            paragraphs.push((p, page.page, mcid as i32));
            match (layer, kids.last_mut()) {
                (Some(l), Some(Kid::Sect(sect, sl, ps))) if sl == l => {
                    ps.push(p);
                    parents.push(*sect);
                }
                (Some(l), _) => {
                    let sect = alloc();
                    kids.push(Kid::Sect(sect, *l, vec![p]));
                    parents.push(sect);
                }
                (None, _) => {
                    kids.push(Kid::P(p));
                    parents.push(document);
                }
            }
        }
        let array = alloc();
        pdf.indirect(array).array().items(by_mcid);
        arrays.push(array);
    }
    for ((p, page, mcid), parent) in paragraphs.into_iter().zip(parents) {
        let mut e = pdf.struct_element(p);
        e.kind(StructRole::P).parent(parent).page(page);
        e.children().marked_content_id(mcid);
    }
    let mut top = Vec::with_capacity(kids.len());
    for kid in &kids {
        match kid {
            Kid::P(p) => top.push(*p),
            Kid::Sect(sect, layer, ps) => {
                top.push(*sect);
                let name = layers.get(*layer).and_then(|l| {
                    meta.lanes
                        .iter()
                        .find(|(id, _)| id == &l.lane)
                        .map(|(_, n)| n.as_str())
                });
                let mut e = pdf.struct_element(*sect);
                e.kind(StructRole::Sect).parent(document);
                if let Some(name) = name {
                    e.title(TextStr(name));
                }
                let mut children = e.children();
                for p in ps {
                    children.struct_element(*p);
                }
            }
        }
    }
    let mut e = pdf.struct_element(document);
    e.kind(StructRole::Document).parent(root);
    if !meta.title.is_empty() {
        e.title(TextStr(&meta.title));
    }
    if !meta.lang.is_empty() {
        e.lang(TextStr(&meta.lang));
    }
    let mut children = e.children();
    for kid in top {
        children.struct_element(kid);
    }
    (document, arrays)
}
