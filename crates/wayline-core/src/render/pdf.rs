//! Scene → PDF with printpdf: vector boxes and curves, and real text shown as
//! the glyph ids layout chose, each with its character for the ToUnicode map, at
//! the positions layout measured (so it is selectable, searchable and exactly
//! where the screen shows it). Fonts are embedded as subsets; pictures are
//! embedded from the scene's decoded pixels.

use std::collections::HashMap;

use printpdf::{
    Codepoint, Color, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId, Line,
    LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Polygon, PolygonRing, Pt, RawImage, RawImageData, RawImageFormat, Rgb,
    TextItem, TextMatrix, WindingOrder, XObjectTransform,
};

use crate::scene::{self, Item, MM, Page, Point, Rgba, Segment};
use crate::text::Face;

/// Document information written into the PDF.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    pub title: String,
    pub author: String,
}

/// Cubic-Bézier approximation of a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// Maps scene points to PDF points (origin bottom left, y up).
#[derive(Clone, Copy)]
struct Place {
    scale: f32,
    dx: f32,
    dy: f32,
    page_h: f32,
}

impl Place {
    fn pt(&self, p: Point) -> printpdf::Point {
        printpdf::Point {
            x: Pt(self.dx + p.x * self.scale),
            y: Pt(self.page_h - (self.dy + p.y * self.scale)),
        }
    }
}

struct Writer<'d> {
    doc: &'d mut PdfDocument,
    fonts: HashMap<Face, FontId>,
    alphas: HashMap<(u8, u8), ExtendedGraphicsStateId>,
    ops: Vec<Op>,
}

/// Renders the pages into one PDF file's bytes.
pub fn render(pages: &[Page], meta: &Metadata) -> Result<Vec<u8>, String> {
    let mut doc = PdfDocument::new(&meta.title);
    doc.metadata.info.author = meta.author.clone();
    doc.metadata.info.creator = "Wayline".to_string();
    doc.metadata.info.producer = "Wayline".to_string();
    let now = printpdf::OffsetDateTime::now_utc();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    let mut font_ids = HashMap::new();
    for face in Face::ALL {
        let (bytes, index) = face.data();
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, index as usize, &mut warnings)
            .ok_or_else(|| format!("cannot read the bundled font {}", face.name()))?;
        font_ids.insert(face, doc.add_font(&parsed));
    }
    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let mut w = Writer {
            doc: &mut doc,
            fonts: font_ids.clone(),
            alphas: HashMap::new(),
            ops: Vec::new(),
        };
        let place = Place {
            scale: page.scale,
            dx: page.offset.0,
            dy: page.offset.1,
            page_h: page.height,
        };
        if let Some(bg) = page.scene.background {
            // The whole sheet, so margins match the map's background.
            let sheet = scene::Rect::new(0.0, 0.0, page.width, page.height);
            w.rect(
                sheet,
                0.0,
                Some(bg),
                None,
                Place {
                    scale: 1.0,
                    dx: 0.0,
                    dy: 0.0,
                    page_h: page.height,
                },
            );
        }
        for item in &page.scene.items {
            w.item(item, place);
        }
        pdf_pages.push(PdfPage::new(
            Mm(page.width / MM),
            Mm(page.height / MM),
            w.ops,
        ));
    }
    doc.pages = pdf_pages;
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        subset_fonts: true,
        optimize: true,
        ..PdfSaveOptions::default()
    };
    Ok(doc.save(&options, &mut warnings))
}

fn color(c: Rgba) -> Color {
    let [r, g, b, _] = c.0;
    Color::Rgb(Rgb {
        r: f32::from(r) / 255.0,
        g: f32::from(g) / 255.0,
        b: f32::from(b) / 255.0,
        icc_profile: None,
    })
}

impl Writer<'_> {
    fn item(&mut self, item: &Item, place: Place) {
        match item {
            Item::Box(b) => self.rect(b.rect, b.radius, b.fill, b.stroke.as_ref(), place),
            Item::Circle(c) => {
                let points = circle(c.center, c.radius);
                self.shape(points, true, c.fill, c.stroke.as_ref(), place);
            }
            Item::Path(p) => {
                let mut points = vec![LinePoint {
                    p: place.pt(p.start),
                    bezier: false,
                }];
                for s in &p.segments {
                    match *s {
                        Segment::Line(e) => points.push(LinePoint {
                            p: place.pt(e),
                            bezier: false,
                        }),
                        Segment::Cubic(a, b, e) => {
                            points.push(LinePoint {
                                p: place.pt(a),
                                bezier: true,
                            });
                            points.push(LinePoint {
                                p: place.pt(b),
                                bezier: true,
                            });
                            points.push(LinePoint {
                                p: place.pt(e),
                                bezier: false,
                            });
                        }
                    }
                }
                self.shape_points(points, p.closed, p.fill, p.stroke.as_ref(), place.scale);
            }
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
        let k = radius * KAPPA;
        let on = |x, y| (Point::new(x, y), false);
        let ctl = |x, y| (Point::new(x, y), true);
        let points = if radius <= 0.0 {
            vec![on(x0, y0), on(x1, y0), on(x1, y1), on(x0, y1)]
        } else {
            vec![
                on(x0 + radius, y0),
                on(x1 - radius, y0),
                ctl(x1 - radius + k, y0),
                ctl(x1, y0 + radius - k),
                on(x1, y0 + radius),
                on(x1, y1 - radius),
                ctl(x1, y1 - radius + k),
                ctl(x1 - radius + k, y1),
                on(x1 - radius, y1),
                on(x0 + radius, y1),
                ctl(x0 + radius - k, y1),
                ctl(x0, y1 - radius + k),
                on(x0, y1 - radius),
                on(x0, y0 + radius),
                ctl(x0, y0 + radius - k),
                ctl(x0 + radius - k, y0),
                on(x0 + radius, y0),
            ]
        };
        self.shape(points, true, fill, stroke, place);
    }

    fn shape(
        &mut self,
        points: Vec<(Point, bool)>,
        closed: bool,
        fill: Option<Rgba>,
        stroke: Option<&scene::Stroke>,
        place: Place,
    ) {
        let points = points
            .into_iter()
            .map(|(p, bezier)| LinePoint {
                p: place.pt(p),
                bezier,
            })
            .collect();
        self.shape_points(points, closed, fill, stroke, place.scale);
    }

    fn shape_points(
        &mut self,
        points: Vec<LinePoint>,
        closed: bool,
        fill: Option<Rgba>,
        stroke: Option<&scene::Stroke>,
        scale: f32,
    ) {
        let fill = fill.filter(|f| f.0[3] > 0);
        let stroke = stroke.filter(|s| s.color.0[3] > 0 && s.width > 0.0);
        if fill.is_none() && stroke.is_none() {
            return;
        }
        self.ops.push(Op::SaveGraphicsState);
        let alpha = (
            fill.map_or(255, |f| f.0[3]),
            stroke.map_or(255, |s| s.color.0[3]),
        );
        if alpha != (255, 255) {
            let doc = &mut *self.doc;
            let gs = self.alphas.entry(alpha).or_insert_with(|| {
                doc.add_graphics_state(
                    ExtendedGraphicsState::default()
                        .with_current_fill_alpha(f32::from(alpha.0) / 255.0)
                        .with_current_stroke_alpha(f32::from(alpha.1) / 255.0),
                )
            });
            self.ops.push(Op::LoadGraphicsState { gs: gs.clone() });
        }
        if let Some(f) = fill {
            self.ops.push(Op::SetFillColor { col: color(f) });
        }
        if let Some(s) = stroke {
            self.ops.push(Op::SetOutlineColor {
                col: color(s.color),
            });
            self.ops.push(Op::SetOutlineThickness {
                pt: Pt(s.width * scale),
            });
            if let Some((dash, gap)) = s.dash {
                self.ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::new(0.0, &[dash * scale, gap * scale]),
                });
            }
        }
        match (fill.is_some(), stroke.is_some(), closed) {
            (true, _, _) | (false, true, true) => {
                let mode = match (fill.is_some(), stroke.is_some()) {
                    (true, true) => PaintMode::FillStroke,
                    (true, false) => PaintMode::Fill,
                    _ => PaintMode::Stroke,
                };
                self.ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
            _ => self.ops.push(Op::DrawLine {
                line: Line {
                    points,
                    is_closed: false,
                },
            }),
        }
        self.ops.push(Op::RestoreGraphicsState);
    }

    fn text(&mut self, text: &scene::Text, place: Place) {
        if text.lines.is_empty() {
            return;
        }
        let size = text.size * place.scale;
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFillColor {
            col: color(text.color),
        });
        for line in &text.lines {
            for run in line.runs.iter() {
                let Some(font) = self.fonts.get(&run.face) else {
                    continue;
                };
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font.clone()),
                    size: Pt(size),
                });
                // One text matrix per run: layout measured with the font's own
                // widths in thousandths of an em, which are the widths the PDF
                // carries, so the viewer advances each glyph exactly as layout did.
                let at = place.pt(Point::new(line.origin.x + run.x, line.origin.y));
                self.ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(at.x, at.y),
                });
                let glyphs = run
                    .text
                    .chars()
                    .zip(&run.glyphs)
                    .map(|(c, glyph)| Codepoint::with_cid(glyph.id, 0.0, c.to_string()))
                    .collect();
                self.ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(glyphs)],
                });
            }
        }
        self.ops.push(Op::EndTextSection);
    }

    fn image(&mut self, image: &scene::Image, place: Place) {
        let Some(picture) = image.picture.as_deref() else {
            let stroke = scene::Stroke::dashed(1.0, Rgba::rgb(0x99, 0x99, 0x99), 3.0, 2.0);
            self.rect(image.rect, 4.0, None, Some(&stroke), place);
            return;
        };
        let (w, h) = (picture.width() as f32, picture.height() as f32);
        let fit = (image.rect.w / w).min(image.rect.h / h);
        let (dw, dh) = (w * fit, h * fit);
        let x = image.rect.x + (image.rect.w - dw) / 2.0;
        let y = image.rect.y + (image.rect.h - dh) / 2.0;
        let raw = RawImage {
            width: picture.width() as usize,
            height: picture.height() as usize,
            pixels: RawImageData::U8(picture.rgba().to_vec()),
            data_format: RawImageFormat::RGBA8,
            tag: Vec::new(),
        };
        let id = self.doc.add_image(&raw);
        let bottom_left = place.pt(Point::new(x, y + dh));
        self.ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                no_auto_scale: true,
                scale_x: Some(dw * place.scale),
                scale_y: Some(dh * place.scale),
                translate_x: Some(bottom_left.x),
                translate_y: Some(bottom_left.y),
                ..XObjectTransform::default()
            },
        });
    }
}

fn circle(c: Point, r: f32) -> Vec<(Point, bool)> {
    let k = r * KAPPA;
    let on = |x, y| (Point::new(x, y), false);
    let ctl = |x, y| (Point::new(x, y), true);
    vec![
        on(c.x + r, c.y),
        ctl(c.x + r, c.y + k),
        ctl(c.x + k, c.y + r),
        on(c.x, c.y + r),
        ctl(c.x - k, c.y + r),
        ctl(c.x - r, c.y + k),
        on(c.x - r, c.y),
        ctl(c.x - r, c.y - k),
        ctl(c.x - k, c.y - r),
        on(c.x, c.y - r),
        ctl(c.x + k, c.y - r),
        ctl(c.x + r, c.y - k),
        on(c.x + r, c.y),
    ]
}
