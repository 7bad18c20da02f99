//! The top of the map: title, kind, segment and dates (the persona block
//! under it is `persona.rs`).

use crate::i18n::tr;
use crate::model::Map;
use crate::scene::{Item, Point, Rect, Target};

use super::labels::map_kind;
use super::{Align, Builder, text_block};

/// Title block; returns the y where the next part starts.
pub(super) fn title(out: &mut Builder, map: &Map, total_width: f32) -> f32 {
    let theme = out.theme;
    let width = total_width - 2.0 * theme.margin;
    let at = Point::new(theme.margin, theme.margin);
    let title = text_block(&map.title, &theme.title, theme.ink, at, width, Align::Left);
    let lang = out.lang;
    let mut facts = vec![map_kind(lang, map.kind)];
    if !map.segment.is_empty() {
        facts.push(tr(
            lang,
            "header-segment",
            &[("segment", (&map.segment).into())],
        ));
    }
    let updated = map.updated.to_string();
    facts.push(tr(lang, "header-updated", &[("date", updated.into())]));
    let sub = text_block(
        &facts.join("  ·  "),
        &theme.body,
        theme.muted,
        Point::new(at.x, title.bounds.bottom() + 2.0),
        width,
        Align::Left,
    );
    let desc = text_block(
        &map.description,
        &theme.body,
        theme.ink,
        Point::new(at.x, sub.bounds.bottom() + 4.0),
        width.min(900.0),
        Align::Left,
    );
    let bottom = desc.bounds.bottom().max(sub.bounds.bottom());
    let from = out.scene.items.len();
    out.push(Item::Text(title));
    out.push(Item::Text(sub));
    out.push(Item::Text(desc));
    let rect = Rect::new(at.x, at.y, width, bottom - at.y);
    out.hit_items(rect, Target::Title, from, None);
    bottom + theme.gap * 2.0
}
