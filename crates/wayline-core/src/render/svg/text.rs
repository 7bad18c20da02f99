//! Text in an SVG: real `<text>` (one per wrapped line, a `<tspan>` per face
//! run, an x for every glyph, so no viewer's own kerning moves anything), or
//! the bundled fonts' glyph outlines, each glyph defined once in `<defs>` and
//! placed with `<use>`.

use std::collections::HashMap;

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{GlyphId, MetadataProvider};

use crate::scene::Text;
use crate::text::{Face, SYNTHETIC_BOLD, fonts};

use super::xml::{self, attr, n};
use super::{paint, xml_num};

/// The font-family list of a face: the bundled family first, then what
/// usually stands in for it, then a generic family.
pub(super) fn family(face: Face) -> &'static str {
    match face {
        Face::Sans | Face::SansBold => "'Noto Sans', 'WenQuanYi Micro Hei', sans-serif",
        Face::Cjk => {
            "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
        }
        Face::Emoji => {
            "'Noto Emoji', 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif"
        }
    }
}

/// The outline stroke of synthetic bold (the CJK face has no bold), as the
/// PNG backend draws it; `width` is in the units the glyphs are drawn in.
fn embolden(out: &mut String, text: &Text, width: f32) {
    paint(out, "stroke", Some(text.color));
    attr(out, "stroke-width", &xml_num(width, 3));
    attr(out, "stroke-linejoin", "round");
}

pub(super) fn as_text(out: &mut String, text: &Text) {
    for line in &text.lines {
        if line.runs.iter().all(|r| r.text.trim().is_empty()) {
            continue;
        }
        out.push_str("<text");
        attr(out, "y", &n(line.origin.y));
        attr(out, "font-size", &n(text.size));
        paint(out, "fill", Some(text.color));
        attr(out, "xml:space", "preserve");
        out.push('>');
        for run in line.runs.iter() {
            let mut xs = String::new();
            let mut chars = String::new();
            for (c, glyph) in run.text.chars().zip(&run.glyphs) {
                if !xml::allowed(c) || c.is_control() {
                    continue;
                }
                if !xs.is_empty() {
                    xs.push(' ');
                }
                xs.push_str(&n(line.origin.x + run.x + glyph.x));
                chars.push(c);
            }
            if chars.is_empty() {
                continue;
            }
            out.push_str("<tspan");
            attr(out, "x", &xs);
            attr(out, "font-family", family(run.face));
            if run.face == Face::SansBold {
                attr(out, "font-weight", "bold");
            }
            if run.embolden {
                embolden(out, text, SYNTHETIC_BOLD * text.size);
            }
            out.push('>');
            xml::escape(out, &chars);
            out.push_str("</tspan>");
        }
        out.push_str("</text>\n");
    }
}

pub(super) fn as_outlines(out: &mut String, text: &Text, glyphs: &mut Glyphs) {
    for line in &text.lines {
        let words: String = line.runs.iter().map(|r| r.text.as_str()).collect();
        if words.trim().is_empty() {
            continue;
        }
        out.push_str("<g");
        attr(out, "role", "img");
        attr(out, "aria-label", &words);
        paint(out, "fill", Some(text.color));
        out.push_str(">\n");
        for run in line.runs.iter() {
            let Some(upm) = glyphs.units_per_em(run.face) else {
                continue;
            };
            let k = text.size / upm;
            out.push_str("<g");
            attr(
                out,
                "transform",
                &format!(
                    "translate({} {}) scale({} {})",
                    n(line.origin.x + run.x),
                    n(line.origin.y),
                    xml_num(k, 6),
                    xml_num(-k, 6)
                ),
            );
            if run.embolden {
                embolden(out, text, SYNTHETIC_BOLD * upm);
            }
            out.push('>');
            for (c, glyph) in run.text.chars().zip(&run.glyphs) {
                // Whitespace has no ink; the missing-glyph box of anything else does.
                if c.is_whitespace() {
                    continue;
                }
                let Some(id) = glyphs.id(run.face, glyph.id) else {
                    continue;
                };
                out.push_str("<use");
                attr(out, "xlink:href", &format!("#{id}"));
                if glyph.x != 0.0 {
                    attr(out, "x", &xml_num(glyph.x / k, 1));
                }
                out.push_str("/>");
            }
            out.push_str("</g>\n");
        }
        out.push_str("</g>\n");
    }
}

/// The glyph outlines a document uses, in font units with y up, each made once.
#[derive(Default)]
pub(super) struct Glyphs {
    /// Path data by face and glyph; `None` for a glyph that has no outline.
    ids: HashMap<(Face, u16), Option<String>>,
    /// In the order first used: `(id, path data)`.
    defs: Vec<(String, String)>,
}

impl Glyphs {
    fn units_per_em(&self, face: Face) -> Option<f32> {
        let loaded = fonts().face(face)?;
        let m =
            skrifa::metrics::Metrics::new(&loaded.font, Size::unscaled(), LocationRef::default());
        Some(f32::from(m.units_per_em.max(1)))
    }

    fn id(&mut self, face: Face, glyph: u16) -> Option<String> {
        let defs = &mut self.defs;
        self.ids
            .entry((face, glyph))
            .or_insert_with(|| {
                let loaded = fonts().face(face)?;
                let outline = loaded
                    .font
                    .outline_glyphs()
                    .get(GlyphId::new(glyph.into()))?;
                let mut pen = Pen(String::new());
                outline
                    .draw(
                        DrawSettings::unhinted(Size::unscaled(), LocationRef::default()),
                        &mut pen,
                    )
                    .ok()?;
                if pen.0.is_empty() {
                    return None;
                }
                let index = Face::ALL.iter().position(|&f| f == face).unwrap_or(0);
                let id = format!("g{index}-{glyph}");
                defs.push((id.clone(), pen.0));
                Some(id)
            })
            .clone()
    }

    /// `<path id=… d=…/>` of every glyph used, one a line.
    pub(super) fn defs(&self) -> String {
        let mut out = String::new();
        for (id, d) in &self.defs {
            out.push_str("<path");
            attr(&mut out, "id", id);
            attr(&mut out, "d", d);
            out.push_str("/>\n");
        }
        out
    }
}

/// Writes an outline as SVG path data, a tenth of a font unit precise.
struct Pen(String);

impl Pen {
    fn pair(&mut self, x: f32, y: f32) {
        xml::num(&mut self.0, x, 1);
        self.0.push(' ');
        xml::num(&mut self.0, y, 1);
    }
}

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push('M');
        self.pair(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push('L');
        self.pair(x, y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.push('Q');
        self.pair(cx0, cy0);
        self.0.push(' ');
        self.pair(x, y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.push('C');
        self.pair(cx0, cy0);
        self.0.push(' ');
        self.pair(cx1, cy1);
        self.0.push(' ');
        self.pair(x, y);
    }
    fn close(&mut self) {
        self.0.push('Z');
    }
}
