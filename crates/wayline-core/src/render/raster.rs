//! Scene → pixels with tiny-skia: anti-aliased shapes, text drawn from the
//! bundled fonts' outlines of the glyphs layout chose, at the positions it
//! measured, and the scene's decoded pictures.

use std::collections::HashMap;

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{GlyphId, MetadataProvider};
use tiny_skia::{
    FillRule, Paint, PathBuilder, Pixmap, PixmapPaint, PixmapRef, Stroke as SkStroke, StrokeDash,
    Transform,
};

use crate::scene::{self, Item, Page, Rect, Rgba, Scene, Segment};
use crate::text::{Face, fonts};

#[derive(Clone, Debug, PartialEq)]
pub struct RasterOptions {
    /// Pixels per point (1 pt = 1/72 in): 300 DPI is 300 / 72.
    pub scale: f32,
    /// Fill behind the scene; `None` keeps the scene's own background, and
    /// `Some(TRANSPARENT)` gives a transparent image.
    pub background: Option<Rgba>,
}

impl Default for RasterOptions {
    fn default() -> RasterOptions {
        RasterOptions {
            scale: 2.0,
            background: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    #[error("cannot encode the PNG: {0}")]
    Encode(String),
    #[error(
        "the image would be {width} × {height} pixels, more than the {MAX_PIXELS} pixels Wayline draws; lower the DPI or scale"
    )]
    TooLarge { width: u32, height: u32 },
}

/// Most pixels one image may have: 100 million (400 MB of RGBA, a 300 DPI
/// poster of 85 × 85 cm). Past it the allocation alone could exhaust memory.
pub const MAX_PIXELS: u64 = 100_000_000;

/// A pixmap of `width` × `height`, or [`RasterError::TooLarge`] past
/// [`MAX_PIXELS`] (checked before anything is allocated).
fn new_pixmap(width: u32, height: u32) -> Result<Pixmap, RasterError> {
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(RasterError::TooLarge { width, height });
    }
    Pixmap::new(width, height).ok_or(RasterError::TooLarge { width, height })
}

/// Draws the scene into a new pixmap.
pub fn render(scene: &Scene, options: &RasterOptions) -> Result<Pixmap, RasterError> {
    let width = (scene.width * options.scale).ceil().max(1.0) as u32;
    let height = (scene.height * options.scale).ceil().max(1.0) as u32;
    let mut pixmap = new_pixmap(width, height)?;
    let background = options.background.or(scene.background);
    if let Some(bg) = background {
        pixmap.fill(color(bg));
    }
    draw_into(
        &mut pixmap,
        scene,
        Transform::from_scale(options.scale, options.scale),
    );
    Ok(pixmap)
}

/// Draws the scene into an existing pixmap with a transform (map points → pixels).
pub fn draw_into(pixmap: &mut Pixmap, scene: &Scene, transform: Transform) {
    let mut glyphs = GlyphCache::default();
    for item in &scene.items {
        match item {
            Item::Box(b) => {
                if let Some(path) = rounded_rect(b.rect, b.radius) {
                    fill_and_stroke(pixmap, &path, b.fill, b.stroke.as_ref(), transform);
                }
            }
            Item::Circle(c) => {
                if let Some(path) = PathBuilder::from_circle(c.center.x, c.center.y, c.radius) {
                    fill_and_stroke(pixmap, &path, c.fill, c.stroke.as_ref(), transform);
                }
            }
            Item::Path(p) => {
                if let Some(path) = path(p) {
                    fill_and_stroke(pixmap, &path, p.fill, p.stroke.as_ref(), transform);
                }
            }
            Item::Text(t) => draw_text(pixmap, t, transform, &mut glyphs),
            Item::Image(i) => draw_image(pixmap, i, transform),
        }
    }
}

/// Renders one export page at `dpi`, on the page's background, and encodes it
/// as PNG.
pub fn render_page(page: &Page, dpi: f32) -> Result<Vec<u8>, RasterError> {
    let px_per_pt = dpi / 72.0;
    let width = (page.width * px_per_pt).round().max(1.0) as u32;
    let height = (page.height * px_per_pt).round().max(1.0) as u32;
    let mut pixmap = new_pixmap(width, height)?;
    if let Some(bg) = page.background {
        pixmap.fill(color(bg));
    }
    let transform = Transform::from_scale(px_per_pt, px_per_pt)
        .pre_translate(page.offset.0, page.offset.1)
        .pre_scale(page.scale, page.scale);
    draw_in_bands(&mut pixmap, &page.scene, transform);
    encode_png(&pixmap, dpi)
}

/// Draws a big page as horizontal bands, one per core, then stitches them:
/// a 300 DPI A3 poster is 17 million pixels, and every band is the same drawing
/// moved up, so the result is pixel-for-pixel the same.
fn draw_in_bands(pixmap: &mut Pixmap, scene: &Scene, transform: Transform) {
    let bands = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(8) as u32;
    let (width, height) = (pixmap.width(), pixmap.height());
    if bands < 2 || u64::from(width) * u64::from(height) < 2_000_000 {
        draw_into(pixmap, scene, transform);
        return;
    }
    let band_h = height.div_ceil(bands);
    let row_bytes = width as usize * 4;
    let chunks = pixmap.data_mut().chunks_mut(band_h as usize * row_bytes);
    std::thread::scope(|threads| {
        for (i, chunk) in chunks.enumerate() {
            threads.spawn(move || {
                let rows = (chunk.len() / row_bytes) as u32;
                let Some(mut band) = Pixmap::new(width, rows) else {
                    return;
                };
                band.data_mut().copy_from_slice(chunk);
                let top = (i as u32 * band_h) as f32;
                draw_into(&mut band, scene, transform.post_translate(0.0, -top));
                chunk.copy_from_slice(band.data());
            });
        }
    });
}

/// PNG bytes of a pixmap, with its resolution recorded (pHYs) for printing.
pub fn encode_png(pixmap: &Pixmap, dpi: f32) -> Result<Vec<u8>, RasterError> {
    let mut data = Vec::with_capacity(pixmap.data().len());
    for px in pixmap.pixels() {
        let c = px.demultiply();
        data.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    // zlib level 1: a 300 DPI A3 poster encodes about three times faster than at
    // the default level, for files about a quarter larger.
    encoder.set_deflate_compression(png::DeflateCompression::Level(3));
    let per_metre = (dpi / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let encoded = encoder
        .write_header()
        .and_then(|mut w| w.write_image_data(&data));
    encoded.map_err(|e| RasterError::Encode(e.to_string()))?;
    Ok(out)
}

fn color(c: Rgba) -> tiny_skia::Color {
    let [r, g, b, a] = c.0;
    tiny_skia::Color::from_rgba8(r, g, b, a)
}

fn paint(c: Rgba) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(color(c));
    paint.anti_alias = true;
    paint
}

fn fill_and_stroke(
    pixmap: &mut Pixmap,
    path: &tiny_skia::Path,
    fill: Option<Rgba>,
    stroke: Option<&scene::Stroke>,
    transform: Transform,
) {
    if let Some(fill) = fill {
        pixmap.fill_path(path, &paint(fill), FillRule::Winding, transform, None);
    }
    if let Some(s) = stroke {
        let mut sk = SkStroke {
            width: s.width,
            ..SkStroke::default()
        };
        if let Some((dash, gap)) = s.dash {
            sk.dash = StrokeDash::new(vec![dash, gap], 0.0);
        }
        pixmap.stroke_path(path, &paint(s.color), &sk, transform, None);
    }
}

/// A rectangle with corners rounded by `r` (cubic approximations of arcs).
pub(crate) fn rounded_rect(rect: Rect, r: f32) -> Option<tiny_skia::Path> {
    let r = r.min(rect.w / 2.0).min(rect.h / 2.0).max(0.0);
    let (x0, y0, x1, y1) = (rect.x, rect.y, rect.right(), rect.bottom());
    let mut b = PathBuilder::new();
    if r <= 0.0 {
        b.push_rect(tiny_skia::Rect::from_ltrb(x0, y0, x1, y1)?);
        return b.finish();
    }
    let k = r * 0.552_284_8;
    b.move_to(x0 + r, y0);
    b.line_to(x1 - r, y0);
    b.cubic_to(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
    b.line_to(x1, y1 - r);
    b.cubic_to(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
    b.line_to(x0 + r, y1);
    b.cubic_to(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
    b.line_to(x0, y0 + r);
    b.cubic_to(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
    b.close();
    b.finish()
}

fn path(p: &scene::Path) -> Option<tiny_skia::Path> {
    let mut b = PathBuilder::new();
    b.move_to(p.start.x, p.start.y);
    for s in &p.segments {
        match *s {
            Segment::Line(e) => b.line_to(e.x, e.y),
            Segment::Cubic(c1, c2, e) => b.cubic_to(c1.x, c1.y, c2.x, c2.y, e.x, e.y),
        }
    }
    if p.closed {
        b.close();
    }
    b.finish()
}

/// Glyph outlines at one unit per em, y up, built once per glyph.
#[derive(Default)]
struct GlyphCache {
    paths: HashMap<(Face, GlyphId), Option<tiny_skia::Path>>,
}

struct Pen(PathBuilder);

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.quad_to(cx0, cy0, x, y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.cubic_to(cx0, cy0, cx1, cy1, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

impl GlyphCache {
    fn get(&mut self, face: Face, glyph: GlyphId) -> Option<&tiny_skia::Path> {
        self.paths
            .entry((face, glyph))
            .or_insert_with(|| {
                let loaded = fonts().face(face)?;
                let outline = loaded.font.outline_glyphs().get(glyph)?;
                let mut pen = Pen(PathBuilder::new());
                outline
                    .draw(
                        DrawSettings::unhinted(Size::new(1.0), LocationRef::default()),
                        &mut pen,
                    )
                    .ok()?;
                pen.0.finish()
            })
            .as_ref()
    }
}

fn draw_text(
    pixmap: &mut Pixmap,
    text: &scene::Text,
    transform: Transform,
    glyphs: &mut GlyphCache,
) {
    let paint = paint(text.color);
    for line in &text.lines {
        for run in line.runs.iter() {
            let x = line.origin.x + run.x;
            // Whitespace has no ink; the missing-glyph box of anything else does.
            for (c, glyph) in run.text.chars().zip(&run.glyphs) {
                if c.is_whitespace() {
                    continue;
                }
                if let Some(path) = glyphs.get(run.face, GlyphId::new(u32::from(glyph.id))) {
                    let at = transform
                        .pre_translate(x + glyph.x, line.origin.y)
                        .pre_scale(text.size, -text.size);
                    pixmap.fill_path(path, &paint, FillRule::Winding, at, None);
                    if run.embolden {
                        let stroke = tiny_skia::Stroke {
                            width: crate::text::SYNTHETIC_BOLD,
                            line_join: tiny_skia::LineJoin::Round,
                            ..tiny_skia::Stroke::default()
                        };
                        pixmap.stroke_path(path, &paint, &stroke, at, None);
                    }
                }
            }
        }
    }
}

fn draw_image(pixmap: &mut Pixmap, image: &scene::Image, transform: Transform) {
    let picture = image
        .picture
        .as_deref()
        .and_then(|p| PixmapRef::from_bytes(p.premultiplied(), p.width(), p.height()));
    let Some(picture) = picture else {
        // A missing or unreadable photo shows as an empty frame, not as nothing.
        if let Some(path) = rounded_rect(image.rect, 4.0) {
            let stroke = scene::Stroke::dashed(1.0, Rgba::rgb(0x99, 0x99, 0x99), 3.0, 2.0);
            fill_and_stroke(pixmap, &path, None, Some(&stroke), transform);
        }
        return;
    };
    let (w, h) = (picture.width() as f32, picture.height() as f32);
    let fit = (image.rect.w / w).min(image.rect.h / h);
    let dx = image.rect.x + (image.rect.w - w * fit) / 2.0;
    let dy = image.rect.y + (image.rect.h - h * fit) / 2.0;
    let at = transform.pre_translate(dx, dy).pre_scale(fit, fit);
    let paint = PixmapPaint {
        quality: tiny_skia::FilterQuality::Bicubic,
        ..PixmapPaint::default()
    };
    pixmap.draw_pixmap(0, 0, picture, &paint, at, None);
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::scene::{Image, Picture, Text, TextLine};

    fn scene_with(item: Item) -> Scene {
        Scene {
            width: 20.0,
            height: 20.0,
            background: Some(Rgba::WHITE),
            items: vec![item],
            ..Scene::default()
        }
    }

    #[test]
    fn a_decoded_picture_is_drawn_from_the_scene_alone() {
        let rgba = [0u8, 0, 200, 255].repeat(4 * 4);
        let picture = Arc::new(Picture::from_rgba(4, 4, rgba).unwrap());
        let scene = scene_with(Item::Image(Image {
            rect: Rect::new(0.0, 0.0, 20.0, 20.0),
            picture: Some(picture),
        }));
        let pixmap = render(&scene, &RasterOptions::default()).unwrap();
        let c = pixmap.pixel(20, 20).unwrap().demultiply();
        assert_eq!((c.red(), c.green(), c.blue()), (0, 0, 200));
        // Every band of a big page draws the same shared picture.
        let page = Page {
            width: 20.0,
            height: 20.0,
            scale: 1.0,
            offset: (0.0, 0.0),
            background: Some(Rgba::WHITE),
            scene,
        };
        let png = render_page(&page, 72.0 * 80.0).unwrap();
        let decoded = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(decoded.dimensions(), (1600, 1600));
        for y in [10, 800, 1590] {
            assert_eq!(decoded.get_pixel(800, y).0, [0, 0, 200, 255], "row {y}");
        }
    }

    #[test]
    fn a_photo_not_decoded_is_an_empty_frame() {
        let scene = scene_with(Item::Image(Image {
            rect: Rect::new(2.0, 2.0, 16.0, 16.0),
            picture: None,
        }));
        let pixmap = render(&scene, &RasterOptions::default()).unwrap();
        let centre = pixmap.pixel(20, 20).unwrap().demultiply();
        assert_eq!(centre.red(), 255, "the frame is empty inside");
        let inked = (0..40).any(|x| pixmap.pixel(x, 4).unwrap().demultiply().red() < 200);
        assert!(inked, "the frame's edge is drawn");
    }

    #[test]
    fn text_is_drawn_from_the_runs_glyph_ids() {
        let text = crate::layout::text(
            "Il",
            &crate::text::TextStyle::new(16.0),
            Rgba::rgb(0, 0, 0),
            scene::Point::new(1.0, 1.0),
            100.0,
        );
        let inked = |text: &Text| {
            let pixmap = render(
                &scene_with(Item::Text(text.clone())),
                &RasterOptions::default(),
            )
            .unwrap();
            pixmap
                .pixels()
                .iter()
                .filter(|p| p.demultiply().red() < 128)
                .count()
        };
        let ink = inked(&text);
        assert!(ink > 0);
        // Swap the glyph ids and keep the characters: the drawing follows the ids.
        let mut swapped = text.clone();
        let line = &swapped.lines[0];
        let mut runs: Vec<_> = line.runs.to_vec();
        for g in &mut runs[0].glyphs {
            g.id = 0;
        }
        swapped.lines[0] = TextLine {
            runs: runs.into(),
            ..line.clone()
        };
        assert_ne!(
            inked(&swapped),
            ink,
            "the missing-glyph boxes have more ink"
        );
    }

    #[test]
    fn bold_chinese_is_drawn_heavier_than_regular() {
        let draw = |style: crate::text::TextStyle| {
            let text = crate::layout::text(
                "认知阶段",
                &style,
                Rgba::rgb(0, 0, 0),
                scene::Point::new(1.0, 1.0),
                200.0,
            );
            let mut scene = scene_with(Item::Text(text.clone()));
            scene.width = 100.0;
            let pixmap = render(&scene, &RasterOptions::default()).unwrap();
            let ink = pixmap
                .pixels()
                .iter()
                .filter(|p| p.demultiply().red() < 128)
                .count();
            (text, ink)
        };
        let (regular, thin) = draw(crate::text::TextStyle::new(16.0));
        let (bold, heavy) = draw(crate::text::TextStyle::new(16.0).bold());
        assert!(!regular.lines[0].runs[0].embolden);
        assert!(bold.lines[0].runs.iter().all(|r| r.embolden));
        assert!(
            heavy as f32 > thin as f32 * 1.15,
            "bold {heavy} px of ink against regular {thin}"
        );
        // Latin bold has its own face and is not thickened.
        let latin = crate::layout::text(
            "Stage",
            &crate::text::TextStyle::new(16.0).bold(),
            Rgba::rgb(0, 0, 0),
            scene::Point::new(1.0, 1.0),
            200.0,
        );
        assert!(latin.lines[0].runs.iter().all(|r| !r.embolden));
    }
}
