//! The fonts shipped in `assets/fonts` (with their licences): Noto Sans for Latin,
//! Polish and other European text, WenQuanYi Micro Hei for Chinese and as the
//! fallback for anything Noto Sans lacks, and a subset of the monochrome Noto
//! Emoji (faces, hands, hearts, stars, checks and the like) as the last
//! fallback, so 👍 😀 ⭐ draw. Nothing depends on the user's fonts.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};

/// A bundled typeface. Backends map each to the same font file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Sans,
    SansBold,
    Cjk,
    /// Monochrome emoji, drawn in the text's colour like any glyph.
    Emoji,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Sans, Face::SansBold, Face::Cjk, Face::Emoji];

    /// The font file's bytes and the face's index inside it (for collections).
    pub fn data(self) -> (&'static [u8], u32) {
        match self {
            Face::Sans => (
                include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf"),
                0,
            ),
            Face::SansBold => (
                include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf"),
                0,
            ),
            Face::Cjk => (
                include_bytes!("../../../../assets/fonts/wqy-microhei.ttc"),
                0,
            ),
            Face::Emoji => (
                include_bytes!("../../../../assets/fonts/NotoEmoji-Subset.ttf"),
                0,
            ),
        }
    }

    /// A stable name backends can register the face under.
    pub fn name(self) -> &'static str {
        match self {
            Face::Sans => "Noto Sans",
            Face::SansBold => "Noto Sans Bold",
            Face::Cjk => "WenQuanYi Micro Hei",
            Face::Emoji => "Noto Emoji",
        }
    }
}

/// A parsed face: its glyph map and advances at one unit per em.
pub struct LoadedFace {
    pub font: FontRef<'static>,
    /// Parsed once: building a charmap per lookup dominated layout time.
    charmap: skrifa::charmap::Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    /// Ascent and descent per em (descent positive, below the baseline).
    pub ascent: f32,
    pub descent: f32,
}

impl LoadedFace {
    fn load(face: Face) -> Option<LoadedFace> {
        let (bytes, index) = face.data();
        let font = FontRef::from_index(bytes, index).ok()?;
        let size = Size::new(1.0);
        let metrics = font.metrics(size, LocationRef::default());
        Some(LoadedFace {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(size, LocationRef::default()),
            ascent: metrics.ascent,
            descent: -metrics.descent,
            font,
        })
    }

    pub fn glyph(&self, c: char) -> Option<GlyphId> {
        self.charmap.map(c).filter(|g| g.to_u32() != 0)
    }

    /// Advance of a glyph at a font size of 1, in whole thousandths of an em:
    /// the widths a PDF font carries. Measuring with them puts every glyph of a
    /// PDF text run exactly where layout put it, with no per-glyph corrections.
    pub fn advance(&self, glyph: GlyphId) -> f32 {
        let per_mille = self.metrics.advance_width(glyph).unwrap_or(0.0) * 1000.0;
        // The PDF writer truncates; a float a hair under a whole number is that number.
        let whole = if (per_mille - per_mille.round()).abs() < 1e-3 {
            per_mille.round()
        } else {
            per_mille.trunc()
        };
        whole / 1000.0
    }
}

/// The face that draws a character, its glyph, and its advance per em.
pub type GlyphInfo = (Face, GlyphId, f32);

/// Characters of the Basic Multilingual Plane: the cached ones.
const BMP: usize = 0x1_0000;

/// All bundled faces, parsed once.
pub struct Fonts {
    faces: Vec<(Face, LoadedFace)>,
}

/// The process-wide bundled fonts.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        faces: Face::ALL
            .iter()
            .filter_map(|&f| LoadedFace::load(f).map(|l| (f, l)))
            .collect(),
    })
}

impl Fonts {
    pub fn face(&self, face: Face) -> Option<&LoadedFace> {
        self.faces.iter().find(|(f, _)| *f == face).map(|(_, l)| l)
    }

    /// The face that draws `c`: the preferred Latin face when it has the glyph,
    /// otherwise the CJK face, otherwise the emoji face; `None` when no bundled
    /// face has it.
    pub fn face_for(&self, c: char, bold: bool) -> Option<(Face, GlyphId)> {
        let preferred = if bold { Face::SansBold } else { Face::Sans };
        [preferred, Face::Cjk, Face::Emoji]
            .into_iter()
            .find_map(|f| Some((f, self.face(f)?.glyph(c)?)))
    }

    /// The face, glyph and advance (per em) that draw `c`, cached per thread in a
    /// table indexed by code point: layout asks for the same few hundred characters
    /// hundreds of thousands of times, and charmap lookups dominated its time.
    pub fn glyph_info(&self, c: char, bold: bool) -> GlyphInfo {
        self.with_table(|table| self.cached(table, c, bold))
    }

    /// [`Fonts::glyph_info`] of every character of `text`, with one look at the
    /// per-thread table for the whole text.
    pub fn glyph_infos(&self, text: &str, bold: bool) -> Vec<GlyphInfo> {
        self.with_table(|table| text.chars().map(|c| self.cached(table, c, bold)).collect())
    }

    fn with_table<R>(&self, f: impl FnOnce(&mut Vec<Option<GlyphInfo>>) -> R) -> R {
        thread_local! {
            static TABLE: std::cell::RefCell<Vec<Option<GlyphInfo>>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        TABLE.with(|table| {
            let mut table = table.borrow_mut();
            if table.is_empty() {
                table.resize(BMP * 2, None);
            }
            f(&mut table)
        })
    }

    fn cached(&self, table: &mut [Option<GlyphInfo>], c: char, bold: bool) -> GlyphInfo {
        let lookup = || {
            // A character no face has is drawn (and measured) as the CJK face's missing-glyph box.
            let (face, glyph) = self
                .face_for(c, bold)
                .unwrap_or((Face::Cjk, GlyphId::new(0)));
            (
                face,
                glyph,
                self.face(face).map_or(0.0, |f| f.advance(glyph)),
            )
        };
        match table.get_mut(c as usize * 2 + usize::from(bold)) {
            Some(slot) => *slot.get_or_insert_with(lookup),
            None => lookup(),
        }
    }

    /// Characters of `text` that no bundled face can draw (whitespace excluded).
    pub fn missing_chars(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .filter(|&c| self.glyph_info(c, false).1.to_u32() == 0)
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }

    /// Ascent and descent (per em) that fit every text face, so mixed lines
    /// align. The emoji face's glyphs sit inside the em and leave it out, so
    /// lines keep their height with or without it.
    pub fn line_metrics(&self) -> (f32, f32) {
        self.faces
            .iter()
            .filter(|(face, _)| *face != Face::Emoji)
            .fold((0.0_f32, 0.0_f32), |(a, d), (_, f)| {
                (a.max(f.ascent), d.max(f.descent))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_loads() {
        for face in Face::ALL {
            assert!(fonts().face(face).is_some(), "{face:?} did not load");
        }
    }

    #[test]
    fn chinese_and_polish_have_faces() {
        let f = fonts();
        assert_eq!(f.face_for('ż', false).map(|x| x.0), Some(Face::Sans));
        assert_eq!(f.face_for('Ł', true).map(|x| x.0), Some(Face::SansBold));
        assert_eq!(f.face_for('旅', false).map(|x| x.0), Some(Face::Cjk));
        assert_eq!(f.face_for('，', false).map(|x| x.0), Some(Face::Cjk));
        assert!(
            f.missing_chars("客户旅程 Zażółć gęślą jaźń — “x” → 5%")
                .is_empty()
        );
        assert_eq!(f.missing_chars("a\u{10FFFD}b"), vec!['\u{10FFFD}']);
    }

    #[test]
    fn emoji_fall_back_to_the_emoji_face_last() {
        let f = fonts();
        for c in ['👍', '😀', '⭐', '❤', '✅', '🚀'] {
            assert_eq!(f.face_for(c, false).map(|x| x.0), Some(Face::Emoji), "{c}");
            assert_eq!(f.face_for(c, true).map(|x| x.0), Some(Face::Emoji), "{c}");
        }
        // What a text face has stays in the text face.
        assert_eq!(f.face_for('A', false).map(|x| x.0), Some(Face::Sans));
        assert!(f.missing_chars("Świetnie 👍😀⭐️ 好").is_empty());
    }
}
