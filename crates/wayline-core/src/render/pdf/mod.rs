//! Scene → PDF, written directly with typst's pdf-writer: vector boxes and
//! curves, pictures from the scene's decoded pixels, and real text shown as the
//! glyph ids layout chose, at the positions layout measured (so it is
//! selectable, searchable and exactly where the PNG shows it).
//!
//! Every face a document uses is embedded as a subset made by typst's
//! subsetter, as a CID font (Type0 over CIDFontType2 with a CIDToGIDMap, Identity-H) whose CIDs
//! are handed out per (glyph, character) pair: the ToUnicode map then gives
//! each glyph back the very character it was drawn for, even where one glyph
//! (the missing-glyph box) stands for several characters.
//!
//! This module draws; it does no layout, reads no file and knows nothing of
//! export. Content streams, pictures and fonts are deflated.

mod fonts;
mod structure;

use std::collections::{BTreeSet, HashMap};

use pdf_writer::{Content, Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use fonts::FontUse;

use crate::scene::{self, Item, Page, Point, Rgba, Segment};
use crate::text::{Face, Run};

pub use structure::Bookmark;

/// Document information and structure written into the PDF.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    /// The document language, a BCP 47 tag (`/Lang`); empty leaves it out.
    pub lang: String,
    /// The bookmarks, in order.
    pub outline: Vec<Bookmark>,
    /// Lane names, for the layers panel and the lanes' tagged sections (a
    /// lane's items become an optional content group named after it).
    pub lanes: Vec<(crate::model::LaneId, String)>,
}

/// Cubic-Bézier approximation of a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// Deflate level for streams: 6 is zlib's default, a good size for its time.
const DEFLATE_LEVEL: u8 = 6;

/// Glyph positions closer than this (in thousandths of an em) to where the
/// font's own advances put them are not adjusted.
const POSITION_SLACK: f32 = 0.05;

/// Renders the pages into one PDF file's bytes.
pub fn render(pages: &[Page], meta: &Metadata) -> Result<Vec<u8>, String> {
    let mut doc = Doc::default();
    let catalog = doc.alloc();
    let tree = doc.alloc();
    let info = doc.alloc();
    let mut kids = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        kids.push((doc.page(page, tree, i as i32), page.height));
    }
    doc.write_fonts()?;
    let layers = std::mem::take(&mut doc.layers);
    let tagged = std::mem::take(&mut doc.tagged);
    let mut last_ref = doc.last_ref;
    let mut pdf = doc.pdf;
    let mut alloc = || {
        last_ref += 1;
        Ref::new(last_ref)
    };
    structure::write(
        &mut pdf,
        &mut alloc,
        (catalog, tree),
        &kids,
        meta,
        &layers,
        &tagged,
    );
    pdf.pages(tree)
        .count(kids.len() as i32)
        .kids(kids.iter().map(|k| k.0));
    let now = utc_now();
    pdf.document_info(info)
        .title(TextStr(&meta.title))
        .author(TextStr(&meta.author))
        .creator(TextStr("Wayline"))
        .producer(TextStr("Wayline"))
        .creation_date(now)
        .modified_date(now);
    Ok(pdf.finish())
}

/// Maps scene points to PDF points (origin bottom left, y up).
#[derive(Clone, Copy)]
struct Place {
    scale: f32,
    dx: f32,
    dy: f32,
    page_h: f32,
}

impl Place {
    fn pt(&self, p: Point) -> (f32, f32) {
        (
            self.dx + p.x * self.scale,
            self.page_h - (self.dy + p.y * self.scale),
        )
    }
}

/// Resources one page refers to, by index into the document's tables.
#[derive(Default)]
struct PageResources {
    fonts: BTreeSet<usize>,
    states: BTreeSet<usize>,
    images: BTreeSet<usize>,
    layers: BTreeSet<usize>,
}

struct Doc {
    pdf: Pdf,
    last_ref: i32,
    /// By position in [`Face::ALL`].
    fonts: Vec<Option<FontUse>>,
    /// Graphics states by (fill alpha, stroke alpha), shared by all pages.
    states: Vec<((u8, u8), Ref)>,
    /// Image XObjects by picture id: a photo shown twice is stored once.
    images: Vec<(u64, Ref)>,
    /// One optional content group per lane, shared by all pages.
    layers: Vec<structure::Layer>,
    /// Each page's tagged text, in order.
    tagged: Vec<structure::TaggedPage>,
}

impl Default for Doc {
    fn default() -> Doc {
        Doc {
            pdf: Pdf::new(),
            last_ref: 0,
            fonts: Vec::new(),
            states: Vec::new(),
            images: Vec::new(),
            layers: Vec::new(),
            tagged: Vec::new(),
        }
    }
}

impl Doc {
    fn alloc(&mut self) -> Ref {
        self.last_ref += 1;
        Ref::new(self.last_ref)
    }

    fn page(&mut self, page: &Page, tree: Ref, struct_parents: i32) -> Ref {
        let mut w = PageWriter {
            doc: self,
            content: Content::new(),
            used: PageResources::default(),
        };
        if let Some(bg) = page.scene.background {
            // The whole sheet, so margins match the map's background.
            let sheet = scene::Rect::new(0.0, 0.0, page.width, page.height);
            let place = Place {
                scale: 1.0,
                dx: 0.0,
                dy: 0.0,
                page_h: page.height,
            };
            w.content.begin_marked_content(Name(b"Artifact"));
            w.rect(sheet, 0.0, Some(bg), None, place);
            w.content.end_marked_content();
        }
        let place = Place {
            scale: page.scale,
            dx: page.offset.0,
            dy: page.offset.1,
            page_h: page.height,
        };
        // Each lane in its layer; text as tagged paragraphs, the rest artifacts
        // (a run of them in one artifact section).
        let spans = structure::lane_spans(w.doc, &page.scene);
        let mut spans = spans.iter().peekable();
        let mut open: Option<(usize, usize)> = None;
        let mut artifact = false;
        let mut texts = Vec::new();
        for (i, item) in page.scene.items.iter().enumerate() {
            let closing = open.is_some_and(|(end, _)| end <= i);
            let opening = spans.peek().is_some_and(|(r, _)| r.start == i);
            let text = matches!(item, Item::Text(t) if !t.lines.is_empty());
            if artifact && (closing || opening || text) {
                w.content.end_marked_content();
                artifact = false;
            }
            if closing {
                w.content.end_marked_content();
                open = None;
            }
            if let Some((range, layer)) = spans.next_if(|(r, _)| r.start == i) {
                let name = structure::layer_name(*layer);
                w.content
                    .begin_marked_content_with_properties(Name(b"OC"))
                    .properties_named(Name(name.as_bytes()));
                w.used.layers.insert(*layer);
                open = Some((range.end, *layer));
            }
            if text {
                w.content
                    .begin_marked_content_with_properties(Name(b"P"))
                    .properties()
                    .identify(texts.len() as i32);
                texts.push(open.map(|(_, layer)| layer));
                w.item(item, place);
                w.content.end_marked_content();
            } else {
                if !artifact {
                    w.content.begin_marked_content(Name(b"Artifact"));
                    artifact = true;
                }
                w.item(item, place);
            }
        }
        if artifact {
            w.content.end_marked_content();
        }
        if open.is_some() {
            w.content.end_marked_content();
        }
        let PageWriter { content, used, .. } = w;
        let content = deflate(&content.finish());
        let (page_ref, content_ref) = (self.alloc(), self.alloc());
        self.pdf
            .stream(content_ref, &content)
            .filter(Filter::FlateDecode);
        let mut p = self.pdf.page(page_ref);
        p.media_box(Rect::new(0.0, 0.0, page.width, page.height))
            .parent(tree)
            .contents(content_ref)
            .struct_parents(struct_parents);
        let mut resources = p.resources();
        {
            let mut fonts = resources.fonts();
            for &i in &used.fonts {
                if let Some(f) = &self.fonts[i] {
                    fonts.pair(Name(font_name(i).as_bytes()), f.font);
                }
            }
        }
        {
            let mut states = resources.ext_g_states();
            for &i in &used.states {
                states.pair(Name(state_name(i).as_bytes()), self.states[i].1);
            }
        }
        {
            let mut images = resources.x_objects();
            for &i in &used.images {
                images.pair(Name(image_name(i).as_bytes()), self.images[i].1);
            }
        }
        if !used.layers.is_empty() {
            let mut properties = resources.insert(Name(b"Properties")).dict();
            for &i in &used.layers {
                let name = structure::layer_name(i);
                properties.pair(Name(name.as_bytes()), self.layers[i].group);
            }
        }
        resources.finish();
        p.finish();
        self.tagged.push(structure::TaggedPage {
            page: page_ref,
            texts,
        });
        page_ref
    }

    fn font(&mut self, face: Face) -> usize {
        let i = Face::ALL.iter().position(|&f| f == face).unwrap_or(0);
        if self.fonts.len() <= i {
            self.fonts.resize_with(i + 1, || None);
        }
        if self.fonts[i].is_none() {
            let font = self.alloc();
            self.fonts[i] = Some(FontUse {
                face,
                font,
                cids: HashMap::new(),
                pairs: Vec::new(),
            });
        }
        i
    }

    fn state(&mut self, alpha: (u8, u8)) -> usize {
        if let Some(i) = self.states.iter().position(|s| s.0 == alpha) {
            return i;
        }
        let id = self.alloc();
        self.pdf
            .ext_graphics(id)
            .non_stroking_alpha(f32::from(alpha.0) / 255.0)
            .stroking_alpha(f32::from(alpha.1) / 255.0);
        self.states.push((alpha, id));
        self.states.len() - 1
    }

    /// The picture as an image XObject: deflated RGB, with its alpha as a soft
    /// mask when it has any.
    fn image(&mut self, picture: &scene::Picture) -> usize {
        if let Some(i) = self.images.iter().position(|im| im.0 == picture.id()) {
            return i;
        }
        let id = self.alloc();
        let rgba = picture.rgba();
        let rgb: Vec<u8> = rgba
            .chunks_exact(4)
            .flat_map(|px| [px[0], px[1], px[2]])
            .collect();
        let mask = rgba.chunks_exact(4).any(|px| px[3] < 255).then(|| {
            let alpha: Vec<u8> = rgba.chunks_exact(4).map(|px| px[3]).collect();
            (self.alloc(), deflate(&alpha))
        });
        let (w, h) = (picture.width() as i32, picture.height() as i32);
        let data = deflate(&rgb);
        let mut image = self.pdf.image_xobject(id, &data);
        image
            .width(w)
            .height(h)
            .bits_per_component(8)
            .interpolate(true)
            .filter(Filter::FlateDecode);
        image.color_space().device_rgb();
        if let Some((mask_id, _)) = &mask {
            image.s_mask(*mask_id);
        }
        image.finish();
        if let Some((mask_id, alpha)) = &mask {
            let mut s_mask = self.pdf.image_xobject(*mask_id, alpha);
            s_mask
                .width(w)
                .height(h)
                .bits_per_component(8)
                .interpolate(true)
                .filter(Filter::FlateDecode);
            s_mask.color_space().device_gray();
        }
        self.images.push((picture.id(), id));
        self.images.len() - 1
    }
}

struct PageWriter<'d> {
    doc: &'d mut Doc,
    content: Content,
    used: PageResources,
}

fn font_name(i: usize) -> String {
    format!("F{i}")
}

fn state_name(i: usize) -> String {
    format!("G{i}")
}

fn image_name(i: usize) -> String {
    format!("I{i}")
}

fn unit(c: u8) -> f32 {
    f32::from(c) / 255.0
}

impl PageWriter<'_> {
    fn item(&mut self, item: &Item, place: Place) {
        match item {
            Item::Box(b) => self.rect(b.rect, b.radius, b.fill, b.stroke.as_ref(), place),
            Item::Circle(c) => {
                let (start, segments) = circle(c.center, c.radius);
                self.shape(start, &segments, true, c.fill, c.stroke.as_ref(), place);
            }
            Item::Path(p) => self.shape(
                p.start,
                &p.segments,
                p.closed,
                p.fill,
                p.stroke.as_ref(),
                place,
            ),
            Item::Text(t) => self.text(t, place),
            Item::Image(i) => self.image(i, place),
        }
    }

    fn rect(
        &mut self,
        r: scene::Rect,
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<&scene::Stroke>,
        place: Place,
    ) {
        let radius = radius.min(r.w / 2.0).min(r.h / 2.0).max(0.0);
        let (x0, y0, x1, y1) = (r.x, r.y, r.right(), r.bottom());
        let p = Point::new;
        let line = |x, y| Segment::Line(p(x, y));
        let segments = if radius <= 0.0 {
            vec![line(x1, y0), line(x1, y1), line(x0, y1)]
        } else {
            let k = radius * KAPPA;
            let (r0, r1) = (radius, radius - k);
            vec![
                line(x1 - r0, y0),
                Segment::Cubic(p(x1 - r1, y0), p(x1, y0 + r1), p(x1, y0 + r0)),
                line(x1, y1 - r0),
                Segment::Cubic(p(x1, y1 - r1), p(x1 - r1, y1), p(x1 - r0, y1)),
                line(x0 + r0, y1),
                Segment::Cubic(p(x0 + r1, y1), p(x0, y1 - r1), p(x0, y1 - r0)),
                line(x0, y0 + r0),
                Segment::Cubic(p(x0, y0 + r1), p(x0 + r1, y0), p(x0 + r0, y0)),
            ]
        };
        self.shape(p(x0 + radius, y0), &segments, true, fill, stroke, place);
    }

    /// Fills and/or strokes one path, as the PNG backend does: the fill
    /// closes it, the stroke follows it open unless it is closed.
    fn shape(
        &mut self,
        start: Point,
        segments: &[Segment],
        closed: bool,
        fill: Option<Rgba>,
        stroke: Option<&scene::Stroke>,
        place: Place,
    ) {
        let fill = fill.filter(|f| f.0[3] > 0);
        let stroke = stroke.filter(|s| s.color.0[3] > 0 && s.width > 0.0);
        if fill.is_none() && stroke.is_none() {
            return;
        }
        let alpha = (
            fill.map_or(255, |f| f.0[3]),
            stroke.map_or(255, |s| s.color.0[3]),
        );
        self.content.save_state();
        self.alpha(alpha);
        if let Some(Rgba([r, g, b, _])) = fill {
            self.content.set_fill_rgb(unit(r), unit(g), unit(b));
        }
        if let Some(s) = stroke {
            let [r, g, b, _] = s.color.0;
            self.content.set_stroke_rgb(unit(r), unit(g), unit(b));
            self.content.set_line_width(s.width * place.scale);
            if let Some((dash, gap)) = s.dash {
                self.content
                    .set_dash_pattern([dash * place.scale, gap * place.scale], 0.0);
            }
        }
        let (x, y) = place.pt(start);
        self.content.move_to(x, y);
        for s in segments {
            match *s {
                Segment::Line(e) => {
                    let (x, y) = place.pt(e);
                    self.content.line_to(x, y);
                }
                Segment::Cubic(a, b, e) => {
                    let ((ax, ay), (bx, by), (ex, ey)) = (place.pt(a), place.pt(b), place.pt(e));
                    self.content.cubic_to(ax, ay, bx, by, ex, ey);
                }
            }
        }
        if closed {
            self.content.close_path();
        }
        match (fill.is_some(), stroke.is_some()) {
            (true, true) => self.content.fill_nonzero_and_stroke(),
            (true, false) => self.content.fill_nonzero(),
            _ => self.content.stroke(),
        };
        self.content.restore_state();
    }

    /// Sets the graphics state for translucent paint; opaque needs none.
    fn alpha(&mut self, alpha: (u8, u8)) {
        if alpha != (255, 255) {
            let i = self.doc.state(alpha);
            self.used.states.insert(i);
            self.content.set_parameters(Name(state_name(i).as_bytes()));
        }
    }

    fn text(&mut self, text: &scene::Text, place: Place) {
        if text.lines.is_empty() || text.color.0[3] == 0 {
            return;
        }
        let size = text.size * place.scale;
        let [r, g, b, a] = text.color.0;
        self.content.save_state();
        self.alpha((a, 255));
        self.content.begin_text();
        self.content.set_fill_rgb(unit(r), unit(g), unit(b));
        let emboldened = text.lines.iter().any(|l| l.runs.iter().any(|r| r.embolden));
        if emboldened {
            // Synthetic bold: the outline stroked in the text colour as well.
            self.content.set_stroke_rgb(unit(r), unit(g), unit(b));
            self.content
                .set_line_width(crate::text::SYNTHETIC_BOLD * size);
            self.content
                .set_line_join(pdf_writer::types::LineJoinStyle::RoundJoin);
        }
        for line in &text.lines {
            for run in line.runs.iter() {
                let (x, y) = place.pt(Point::new(line.origin.x + run.x, line.origin.y));
                if emboldened {
                    self.content.set_text_rendering_mode(if run.embolden {
                        pdf_writer::types::TextRenderingMode::FillStroke
                    } else {
                        pdf_writer::types::TextRenderingMode::Fill
                    });
                }
                self.run(run, text.size, size, (x, y));
            }
        }
        self.content.end_text();
        self.content.restore_state();
    }

    /// One run in one text object: the font's widths are the advances layout
    /// measured with, so glyphs need an adjustment only where layout put one
    /// elsewhere.
    fn run(&mut self, run: &Run, layout_size: f32, size: f32, at: (f32, f32)) {
        if run.glyphs.is_empty() || layout_size <= 0.0 {
            return;
        }
        let i = self.doc.font(run.face);
        self.used.fonts.insert(i);
        let Some(font) = self.doc.fonts[i].as_mut() else {
            return;
        };
        let loaded = crate::text::fonts().face(run.face);
        // Pieces of the TJ array: CIDs (two bytes each), then an adjustment in
        // thousandths of an em before the next piece.
        let mut pieces: Vec<(Vec<u8>, f32)> = vec![(Vec::new(), 0.0)];
        let mut pen = 0.0_f32;
        for (glyph, c) in run.glyphs.iter().zip(run.text.chars()) {
            let Ok(cid) = font.cid(glyph.id, c) else {
                continue;
            };
            let want = glyph.x / layout_size * 1000.0;
            let off = want - pen;
            if off.abs() > POSITION_SLACK {
                pieces.push((Vec::new(), -off));
                pen = want;
            }
            if let Some(last) = pieces.last_mut() {
                last.0.extend_from_slice(&cid.to_be_bytes());
            }
            pen += loaded.map_or(0.0, |l| {
                (l.advance(skrifa::GlyphId::new(glyph.id.into())) * 1000.0).round()
            });
        }
        self.content.set_font(Name(font_name(i).as_bytes()), size);
        self.content
            .set_text_matrix([1.0, 0.0, 0.0, 1.0, at.0, at.1]);
        if pieces.len() == 1 {
            self.content.show(Str(&pieces[0].0));
            return;
        }
        let mut shown = self.content.show_positioned();
        let mut items = shown.items();
        for (glyphs, adjust) in &pieces {
            if *adjust != 0.0 {
                items.adjust(*adjust);
            }
            if !glyphs.is_empty() {
                items.show(Str(glyphs));
            }
        }
    }

    fn image(&mut self, image: &scene::Image, place: Place) {
        let Some(picture) = image.picture.as_deref() else {
            // A missing or unreadable photo shows as an empty frame, not as nothing.
            let stroke = scene::Stroke::dashed(1.0, Rgba::rgb(0x99, 0x99, 0x99), 3.0, 2.0);
            self.rect(image.rect, 4.0, None, Some(&stroke), place);
            return;
        };
        let (w, h) = (picture.width() as f32, picture.height() as f32);
        let fit = (image.rect.w / w).min(image.rect.h / h);
        let (dw, dh) = (w * fit, h * fit);
        let x = image.rect.x + (image.rect.w - dw) / 2.0;
        let y = image.rect.y + (image.rect.h - dh) / 2.0;
        let i = self.doc.image(picture);
        self.used.images.insert(i);
        let (left, bottom) = place.pt(Point::new(x, y + dh));
        self.content.save_state();
        self.content
            .transform([dw * place.scale, 0.0, 0.0, dh * place.scale, left, bottom]);
        self.content.x_object(Name(image_name(i).as_bytes()));
        self.content.restore_state();
    }
}

fn circle(c: Point, r: f32) -> (Point, Vec<Segment>) {
    let k = r * KAPPA;
    let p = Point::new;
    let segments = vec![
        Segment::Cubic(p(c.x + r, c.y + k), p(c.x + k, c.y + r), p(c.x, c.y + r)),
        Segment::Cubic(p(c.x - k, c.y + r), p(c.x - r, c.y + k), p(c.x - r, c.y)),
        Segment::Cubic(p(c.x - r, c.y - k), p(c.x - k, c.y - r), p(c.x, c.y - r)),
        Segment::Cubic(p(c.x + k, c.y - r), p(c.x + r, c.y - k), p(c.x + r, c.y)),
    ];
    (p(c.x + r, c.y), segments)
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, DEFLATE_LEVEL)
}

/// Now, in UTC, as a PDF date.
fn utc_now() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    Date::new(u16::try_from(year).unwrap_or(9999))
        .month(month)
        .day(day)
        .hour((rest / 3600) as u8)
        .minute((rest / 60 % 60) as u8)
        .second((rest % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_819), (2027, 1, 1));
    }
}
