//! What export draws on a sheet around the map (crop marks, sheet labels, the
//! assembly diagram, slide numbers), as ordinary scene items, so every backend
//! draws them with no special case. Geometry is given in page points and turned
//! into the page scene's own coordinates here; nothing else is laid out.

use crate::scene::{Boxed, Item, Path, Point, Rect, Rgba, Stroke};
use crate::text::TextStyle;

use crate::scene::Page;

/// Turns page points into the scene coordinates of one page.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    scale: f32,
    dx: f32,
    dy: f32,
}

impl Place {
    pub fn of(page: &Page) -> Place {
        Place {
            scale: page.scale,
            dx: page.offset.0,
            dy: page.offset.1,
        }
    }

    pub fn point(&self, x: f32, y: f32) -> Point {
        Point::new((x - self.dx) / self.scale, (y - self.dy) / self.scale)
    }

    pub fn len(&self, l: f32) -> f32 {
        l / self.scale
    }

    pub fn rect(&self, r: Rect) -> Rect {
        let p = self.point(r.x, r.y);
        Rect::new(p.x, p.y, self.len(r.w), self.len(r.h))
    }

    /// A filled (and optionally outlined) rectangle given in page points.
    pub fn boxed(&self, r: Rect, fill: Option<Rgba>, stroke: Option<Stroke>) -> Item {
        Item::Box(Boxed {
            rect: self.rect(r),
            radius: 0.0,
            fill,
            stroke: stroke.map(|s| Stroke {
                width: self.len(s.width),
                ..s
            }),
        })
    }

    /// A straight line between two page points.
    pub fn line(&self, a: (f32, f32), b: (f32, f32), width: f32, color: Rgba) -> Item {
        Item::Path(
            Path::line(self.point(a.0, a.1), self.point(b.0, b.1))
                .stroked(Stroke::solid(self.len(width), color)),
        )
    }

    /// Text of `size` page points whose box starts at page point `(x, y)`.
    pub fn text(&self, text: &str, style: TextStyle, color: Rgba, x: f32, y: f32, w: f32) -> Item {
        let style = TextStyle {
            size: self.len(style.size),
            ..style
        };
        Item::Text(crate::layout::text(
            text,
            &style,
            color,
            self.point(x, y),
            self.len(w),
        ))
    }
}

/// Crop marks at the four corners of `trim` (page points): short lines in line
/// with each trim edge, drawn outside the printed area `image` so they survive
/// the cut and show where to cut.
pub fn crop_marks(place: &Place, trim: Rect, image: Rect, length: f32) -> Vec<Item> {
    let ink = Rgba::rgb(0, 0, 0);
    let width = 0.5;
    let gap = 2.0;
    let mut items = Vec::new();
    for x in [trim.x, trim.right()] {
        let top = image.y - gap;
        let bottom = image.bottom() + gap;
        items.push(place.line((x, top), (x, top - length), width, ink));
        items.push(place.line((x, bottom), (x, bottom + length), width, ink));
    }
    for y in [trim.y, trim.bottom()] {
        let left = image.x - gap;
        let right = image.right() + gap;
        items.push(place.line((left, y), (left - length, y), width, ink));
        items.push(place.line((right, y), (right + length, y), width, ink));
    }
    items
}

/// Covers the page outside `image` with `paper`, so the map, which continues
/// beyond this sheet, does not print into the margins where labels go.
pub fn mask_outside(
    place: &Place,
    image: Rect,
    page_w: f32,
    page_h: f32,
    paper: Rgba,
) -> Vec<Item> {
    // A point of bleed past the page edge, so no anti-aliased seam shows.
    let b = 1.0;
    [
        Rect::new(-b, -b, page_w + 2.0 * b, image.y + b),
        Rect::new(
            -b,
            image.bottom(),
            page_w + 2.0 * b,
            page_h - image.bottom() + b,
        ),
        Rect::new(-b, image.y, image.x + b, image.h),
        Rect::new(image.right(), image.y, page_w - image.right() + b, image.h),
    ]
    .into_iter()
    .map(|r| place.boxed(r, Some(paper), None))
    .collect()
}

/// A small map of the whole poster: one box per sheet, this one filled, so the
/// sheets can be laid out in order. `at` is its top-left corner in page points.
pub fn assembly_diagram(
    place: &Place,
    at: (f32, f32),
    cell: f32,
    rows: usize,
    columns: usize,
    this: (usize, usize),
) -> Vec<Item> {
    let ink = Rgba::rgb(0x1f, 0x23, 0x28);
    let mut items = Vec::with_capacity(rows * columns);
    for row in 0..rows {
        for column in 0..columns {
            let r = Rect::new(
                at.0 + column as f32 * cell,
                at.1 + row as f32 * cell,
                cell,
                cell,
            );
            let fill = if (row, column) == this {
                Some(ink)
            } else {
                Some(Rgba::WHITE)
            };
            items.push(place.boxed(r, fill, Some(Stroke::solid(0.4, ink))));
        }
    }
    items
}
