//! The top of the map: title, kind, segment and dates, then the persona card.

use crate::i18n::{quote, tr};
use crate::model::Map;
use crate::scene::{Image, Item, Point, Rect, Stroke, Target};

use super::labels::map_kind;
use super::{Align, Builder, Options, text_block};

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
    out.hit(Rect::new(at.x, at.y, width, bottom - at.y), Target::Title);
    out.push(Item::Text(title));
    out.push(Item::Text(sub));
    out.push(Item::Text(desc));
    bottom + theme.gap * 2.0
}

/// The persona card across the map's width; returns the y below it.
pub(super) fn persona(
    out: &mut Builder,
    map: &Map,
    options: &Options,
    total_width: f32,
    top: f32,
) -> f32 {
    let theme = out.theme;
    let p = &map.persona;
    let pad = theme.padding * 1.5;
    let left = theme.margin;
    let width = total_width - 2.0 * theme.margin;
    // The photo's room depends on the map naming one, not on it being decoded,
    // so the editor's layout does not jump when the photo arrives.
    let photo = p.photo.as_ref().map(|_| options.photo.clone());
    let photo_w = if photo.is_some() { 84.0 } else { 0.0 };

    let bullets = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("• {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let lang = out.lang;
    let heading = |key: &str| tr(lang, key, &[]);
    let mut columns: Vec<(String, String)> = Vec::new();
    let mut who = p.name.clone();
    if !p.role.is_empty() {
        who = format!("{who}\n{}", p.role);
    }
    if !p.quote.is_empty() {
        who = format!("{who}\n{}", quote(lang, &p.quote));
    }
    columns.push((heading("persona-persona"), who.trim().to_string()));
    let mut about: Vec<String> = p
        .demographics
        .iter()
        .map(|f| {
            let args = [("label", (&f.label).into()), ("value", (&f.value).into())];
            tr(lang, "fact", &args)
        })
        .collect();
    if !p.bio.is_empty() {
        about.push(p.bio.clone());
    }
    let about = about.join("\n");
    for (title, body) in [
        ("persona-about", about),
        ("persona-goals", bullets(&p.goals)),
        ("persona-needs", bullets(&p.needs)),
        ("persona-behaviours", bullets(&p.behaviours)),
        ("persona-suggestions", bullets(&p.suggestions)),
        ("persona-notes", p.notes.clone()),
    ] {
        if !body.is_empty() {
            columns.push((heading(title), body));
        }
    }
    let x0 = left + pad + if photo_w > 0.0 { photo_w + pad } else { 0.0 };
    // Compact on a narrow page: no column narrower than about 12 ems,
    // the sections flowing onto a second (third…) row instead, so the block
    // stays short and its text in readable lines.
    let room = (left + width - pad - x0).max(1.0);
    let min_col = theme.body.size * 12.0;
    let per_row = ((room / min_col).floor() as usize).clamp(1, columns.len().max(1));
    let col_w = room / per_row as f32;
    let mut bottom = top + pad + photo_w;
    let mut row_top = top + pad;
    let mut texts = Vec::new();
    for (i, (title, body)) in columns.iter().enumerate() {
        if i > 0 && i % per_row == 0 {
            row_top = bottom + pad;
        }
        let x = x0 + (i % per_row) as f32 * col_w;
        let heading = text_block(
            title,
            &theme.heading,
            theme.muted,
            Point::new(x, row_top),
            col_w - pad,
            Align::Left,
        );
        let body = text_block(
            body,
            &theme.body,
            theme.ink,
            Point::new(x, heading.bounds.bottom() + 2.0),
            col_w - pad,
            Align::Left,
        );
        bottom = bottom.max(body.bounds.bottom());
        texts.push(heading);
        texts.push(body);
    }
    let rect = Rect::new(left, top, width, bottom + pad - top);
    out.boxed(
        rect,
        Some(theme.header_fill),
        Some(Stroke::solid(1.0, theme.grid)),
        theme.radius,
    );
    if let Some(picture) = photo {
        out.push(Item::Image(Image {
            rect: Rect::new(left + pad, top + pad, photo_w, photo_w),
            picture,
        }));
    }
    for text in texts {
        out.push(Item::Text(text));
    }
    out.hit(rect, Target::Persona);
    rect.bottom() + theme.gap * 2.0
}
