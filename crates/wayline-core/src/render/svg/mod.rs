//! Scene → SVG, for designers' tools (Figma, Illustrator, Inkscape, Keynote,
//! web pages). One page is one SVG document whose user unit is the page point.
//!
//! Every title, persona, stage header, step, lane and card the scene's hits
//! name becomes a named group (`<g id="card-…" data-kind="pain-points">`, ids
//! from the model, so they are stable between exports), nested as the hits'
//! item ranges nest (a lane holds its cards). Text is real `<text>`, one per
//! wrapped line, every glyph at the x layout measured; or, with
//! [`TextMode::Outlines`], the bundled fonts' glyph outlines, each defined once
//! and placed with `<use>`, so the file looks the same where the fonts are not
//! installed. Photos are PNG data URLs. No `<foreignObject>`.
//!
//! Like the other backends it draws only: no layout, no files.

mod text;
mod xml;

use std::collections::HashSet;

use crate::scene::{self, Hit, Item, Page, Rgba, Segment, Target};

use xml::{attr, escape, n};

/// How text is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextMode {
    /// `<text>` elements naming the bundled fonts (then a generic family):
    /// editable and searchable; looks right where those fonts are installed.
    #[default]
    Text,
    /// Glyph outlines: looks identical everywhere, but is no longer text
    /// (each line keeps its words in an `aria-label`).
    Outlines,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SvgOptions {
    pub text: TextMode,
    /// The document's language (`xml:lang`), e.g. `pl`; empty leaves it out.
    pub lang: String,
    /// The document's `<title>`; empty leaves it out.
    pub title: String,
}

/// One page as an SVG document's bytes (UTF-8).
pub fn render_page(page: &Page, options: &SvgOptions) -> Vec<u8> {
    let mut w = Writer {
        out: String::with_capacity(64 * 1024),
        glyphs: text::Glyphs::default(),
        mode: options.text,
        ids: HashSet::new(),
    };
    let mut body = String::new();
    std::mem::swap(&mut w.out, &mut body);
    w.page(page);
    std::mem::swap(&mut w.out, &mut body);

    let out = &mut w.out;
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg");
    attr(out, "xmlns", "http://www.w3.org/2000/svg");
    attr(out, "xmlns:xlink", "http://www.w3.org/1999/xlink");
    attr(
        out,
        "xmlns:inkscape",
        "http://www.inkscape.org/namespaces/inkscape",
    );
    attr(out, "version", "1.1");
    attr(out, "width", &n(page.width));
    attr(out, "height", &n(page.height));
    attr(
        out,
        "viewBox",
        &format!("0 0 {} {}", n(page.width), n(page.height)),
    );
    if !options.lang.is_empty() {
        attr(out, "xml:lang", &options.lang);
    }
    out.push_str(">\n");
    if !options.title.is_empty() {
        out.push_str("<title>");
        escape(out, &options.title);
        out.push_str("</title>\n");
    }
    let defs = w.glyphs.defs();
    if !defs.is_empty() {
        out.push_str("<defs>\n");
        out.push_str(&defs);
        out.push_str("</defs>\n");
    }
    out.push_str(&body);
    out.push_str("</svg>\n");
    w.out.into_bytes()
}

struct Writer {
    out: String,
    glyphs: text::Glyphs,
    mode: TextMode,
    /// Group ids written so far: a repeated one gets a number.
    ids: HashSet<String>,
}

impl Writer {
    fn page(&mut self, page: &Page) {
        if let Some(bg) = page.background {
            self.out.push_str("<rect");
            attr(&mut self.out, "id", "paper");
            attr(&mut self.out, "width", &n(page.width));
            attr(&mut self.out, "height", &n(page.height));
            paint(&mut self.out, "fill", Some(bg));
            self.out.push_str("/>\n");
        }
        self.out.push_str("<g");
        attr(&mut self.out, "id", "map");
        let (dx, dy) = page.offset;
        attr(
            &mut self.out,
            "transform",
            &format!(
                "translate({} {}) scale({})",
                n(dx),
                n(dy),
                xml_num(page.scale, 5)
            ),
        );
        self.out.push_str(">\n");
        self.items(&page.scene);
        self.out.push_str("</g>\n");
    }

    /// The items in order, each group of a hit opened before its first item
    /// and closed after its last.
    fn items(&mut self, scene: &scene::Scene) {
        let count = scene.items.len();
        let mut groups: Vec<&Hit> = scene
            .hits
            .iter()
            .filter(|h| h.items.start < h.items.end && h.items.end <= count)
            .filter(|h| group_name(h).is_some())
            .collect();
        groups.sort_by_key(|h| (h.items.start, std::cmp::Reverse(h.items.end)));
        let mut open: Vec<usize> = Vec::new();
        let mut next = groups.iter().peekable();
        for (i, item) in scene.items.iter().enumerate() {
            while open.last().is_some_and(|&end| end <= i) {
                open.pop();
                self.out.push_str("</g>\n");
            }
            while let Some(hit) = next.next_if(|h| h.items.start == i) {
                // A range that straddles the open group's end cannot nest: drawn ungrouped.
                if open.last().is_some_and(|&end| hit.items.end > end) {
                    continue;
                }
                self.open_group(hit, label(&scene.items[hit.items.clone()]));
                open.push(hit.items.end);
            }
            self.item(item);
        }
        for _ in open {
            self.out.push_str("</g>\n");
        }
    }

    fn open_group(&mut self, hit: &Hit, label: String) {
        let Some((prefix, raw, kind)) = group_name(hit) else {
            return;
        };
        let base = if raw.is_empty() {
            prefix.to_string()
        } else if raw.starts_with(&format!("{prefix}-")) {
            xml::name(raw)
        } else {
            xml::name(&format!("{prefix}-{raw}"))
        };
        let mut id = base.clone();
        let mut k = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        self.out.push_str("<g");
        attr(&mut self.out, "id", &id);
        attr(&mut self.out, "data-kind", &kind);
        if !raw.is_empty() {
            attr(&mut self.out, "data-id", raw);
        }
        // What Inkscape's Objects panel calls the group: its first words.
        if !label.is_empty() {
            attr(&mut self.out, "inkscape:label", &label);
        }
        self.out.push_str(">\n");
    }

    fn item(&mut self, item: &Item) {
        match item {
            Item::Box(b) => self.rect(b.rect, b.radius, b.fill, b.stroke.as_ref()),
            Item::Circle(c) => {
                let out = &mut self.out;
                out.push_str("<circle");
                attr(out, "cx", &n(c.center.x));
                attr(out, "cy", &n(c.center.y));
                attr(out, "r", &n(c.radius));
                fill_stroke(out, c.fill, c.stroke.as_ref());
                out.push_str("/>\n");
            }
            Item::Path(p) => {
                let out = &mut self.out;
                out.push_str("<path");
                attr(out, "d", &path_data(p));
                fill_stroke(out, p.fill, p.stroke.as_ref());
                out.push_str("/>\n");
            }
            Item::Text(t) => match self.mode {
                TextMode::Text => text::as_text(&mut self.out, t),
                TextMode::Outlines => text::as_outlines(&mut self.out, t, &mut self.glyphs),
            },
            Item::Image(i) => self.image(i),
        }
    }

    fn rect(
        &mut self,
        r: scene::Rect,
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<&scene::Stroke>,
    ) {
        let out = &mut self.out;
        out.push_str("<rect");
        attr(out, "x", &n(r.x));
        attr(out, "y", &n(r.y));
        attr(out, "width", &n(r.w.max(0.0)));
        attr(out, "height", &n(r.h.max(0.0)));
        let radius = radius.min(r.w / 2.0).min(r.h / 2.0).max(0.0);
        if radius > 0.0 {
            attr(out, "rx", &n(radius));
        }
        fill_stroke(out, fill, stroke);
        out.push_str("/>\n");
    }

    fn image(&mut self, image: &scene::Image) {
        let Some(picture) = image.picture.as_deref() else {
            // A missing or unreadable photo shows as an empty frame, as in the PNG.
            let stroke = scene::Stroke::dashed(1.0, Rgba::rgb(0x99, 0x99, 0x99), 3.0, 2.0);
            self.rect(image.rect, 4.0, None, Some(&stroke));
            return;
        };
        let Some(png) = png(picture) else {
            return;
        };
        let out = &mut self.out;
        out.push_str("<image");
        attr(out, "x", &n(image.rect.x));
        attr(out, "y", &n(image.rect.y));
        attr(out, "width", &n(image.rect.w));
        attr(out, "height", &n(image.rect.h));
        // Scaled to fit and centred, as the other backends place it.
        attr(out, "preserveAspectRatio", "xMidYMid meet");
        out.push_str(" xlink:href=\"data:image/png;base64,");
        out.push_str(&xml::base64(&png));
        out.push_str("\"/>\n");
    }
}

/// The first line of a group's first text, at most 40 characters.
fn label(items: &[Item]) -> String {
    let first = items.iter().find_map(|i| match i {
        Item::Text(t) => t.lines.first(),
        _ => None,
    });
    let Some(line) = first else {
        return String::new();
    };
    let text: String = line.runs.iter().map(|r| r.text.as_str()).collect();
    let text = text.trim();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(39).collect::<String>().trim_end())
    } else {
        text.to_string()
    }
}

fn xml_num(value: f32, decimals: usize) -> String {
    let mut s = String::new();
    xml::num(&mut s, value, decimals);
    s
}

/// The group's id prefix, the model id and `data-kind` of a hit's target;
/// `None` for targets that are not drawn as groups (cells, stage facts).
fn group_name(hit: &Hit) -> Option<(&'static str, &str, String)> {
    let kind = || hit.kind.map_or_else(String::new, lane_kind_name);
    Some(match &hit.target {
        Target::Title => ("title", "", "title".into()),
        Target::Persona => ("persona", "", "persona".into()),
        Target::Stage(id) => ("stage", id.as_str(), "stage".into()),
        Target::Step(_, id) => ("step", id.as_str(), "step".into()),
        Target::Lane(id) => ("lane", id.as_str(), kind()),
        Target::Card(id) | Target::EmotionPoint(id) => ("card", id.as_str(), kind()),
        Target::Cell { .. } | Target::Facts(_) => return None,
    })
}

/// `PainPoints` → `pain-points`.
pub fn lane_kind_name(kind: crate::model::LaneKind) -> String {
    let mut out = String::new();
    for c in format!("{kind:?}").chars() {
        if c.is_ascii_uppercase() && !out.is_empty() {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// `fill="#rrggbb"` (plus its opacity when translucent), or `fill="none"`.
fn paint(out: &mut String, what: &str, color: Option<Rgba>) {
    match color {
        Some(Rgba([r, g, b, a])) if a > 0 => {
            attr(out, what, &format!("#{r:02x}{g:02x}{b:02x}"));
            if a < 255 {
                attr(
                    out,
                    &format!("{what}-opacity"),
                    &xml_num(f32::from(a) / 255.0, 3),
                );
            }
        }
        _ => attr(out, what, "none"),
    }
}

fn fill_stroke(out: &mut String, fill: Option<Rgba>, stroke: Option<&scene::Stroke>) {
    paint(out, "fill", fill);
    let Some(s) = stroke.filter(|s| s.width > 0.0 && s.color.0[3] > 0) else {
        return;
    };
    paint(out, "stroke", Some(s.color));
    attr(out, "stroke-width", &n(s.width));
    if let Some((dash, gap)) = s.dash {
        attr(out, "stroke-dasharray", &format!("{} {}", n(dash), n(gap)));
    }
}

fn path_data(p: &scene::Path) -> String {
    let mut d = format!("M{} {}", n(p.start.x), n(p.start.y));
    for s in &p.segments {
        match *s {
            Segment::Line(e) => d.push_str(&format!("L{} {}", n(e.x), n(e.y))),
            Segment::Cubic(a, b, e) => d.push_str(&format!(
                "C{} {} {} {} {} {}",
                n(a.x),
                n(a.y),
                n(b.x),
                n(b.y),
                n(e.x),
                n(e.y)
            )),
        }
    }
    if p.closed {
        d.push('Z');
    }
    d
}

/// The picture as PNG bytes (straight RGBA, as the scene holds it).
fn png(picture: &scene::Picture) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, picture.width(), picture.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(picture.rgba()).ok()?;
    writer.finish().ok()?;
    Some(out)
}

#[cfg(test)]
mod tests;
