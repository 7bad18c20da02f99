//! The PDF's fonts: every bundled face a document uses, embedded as a subset
//! made by typst's subsetter, as a CID font (Type0 over CIDFontType2 with a
//! CIDToGIDMap, Identity-H) whose CIDs are handed out per (glyph, character)
//! pair, so the ToUnicode map gives each glyph back the very character it was
//! drawn for.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Rect, Ref, Str};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;
use subsetter::GlyphRemapper;

use crate::text::Face;

use super::{Doc, deflate};

const SYSTEM_INFO: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// One face as this document uses it: the glyphs drawn and the CID of each
/// (glyph, character) pair, CID 0 being left to `.notdef`.
pub(super) struct FontUse {
    pub(super) face: Face,
    pub(super) font: Ref,
    /// Keyed by glyph id and the character drawn with it.
    pub(super) cids: HashMap<(u16, char), u16>,
    /// Glyph id and character of CID `i + 1`.
    pub(super) pairs: Vec<(u16, char)>,
}

impl FontUse {
    pub(super) fn cid(&mut self, glyph: u16, c: char) -> Result<u16, String> {
        if let Some(&cid) = self.cids.get(&(glyph, c)) {
            return Ok(cid);
        }
        let cid = u16::try_from(self.pairs.len() + 1)
            .ok()
            .filter(|&cid| cid < u16::MAX)
            .ok_or_else(|| format!("more than 65 534 glyphs of {}", self.face.name()))?;
        self.pairs.push((glyph, c));
        self.cids.insert((glyph, c), cid);
        Ok(cid)
    }
}

impl Doc {
    /// Embeds every face used, subset to the glyphs drawn.
    pub(super) fn write_fonts(&mut self) -> Result<(), String> {
        for font in std::mem::take(&mut self.fonts).into_iter().flatten() {
            self.write_font(&font)?;
        }
        Ok(())
    }

    fn write_font(&mut self, used: &FontUse) -> Result<(), String> {
        let face = used.face;
        let cannot = |what: &str| format!("cannot {what} the bundled font {}", face.name());
        let (data, index) = face.data();
        let font = skrifa::FontRef::from_index(data, index).map_err(|_| cannot("read"))?;
        let loaded = crate::text::fonts()
            .face(face)
            .ok_or_else(|| cannot("load"))?;
        let mut remapper = GlyphRemapper::new();
        for &(glyph, _) in &used.pairs {
            remapper.remap(glyph);
        }
        if font.cff().is_ok() {
            // Every bundled face has TrueType outlines (a test checks): a CFF
            // face would need CIDFontType0, addressed by the subset's glyph ids.
            return Err(cannot("embed (CFF outlines)"));
        }
        let subset = subsetter::subset(data, index, &remapper)
            .map_err(|e| format!("cannot subset the bundled font {}: {e}", face.name()))?;

        let base = format!(
            "{}+{}",
            subset_tag(face, &used.pairs),
            postscript_name(&font, face)
        );
        let (cid_ref, descriptor_ref, cmap_ref, file_ref) =
            (self.alloc(), self.alloc(), self.alloc(), self.alloc());
        self.pdf
            .type0_font(used.font)
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid_ref)
            .to_unicode(cmap_ref);

        // Widths in thousandths of an em: the whole numbers layout measured with.
        let widths: Vec<f32> = used
            .pairs
            .iter()
            .map(|&(glyph, _)| {
                (loaded.advance(skrifa::GlyphId::new(glyph.into())) * 1000.0).round()
            })
            .collect();
        let gid_map_ref = self.alloc();
        let mut cid = self.pdf.cid_font(cid_ref);
        cid.subtype(CidFontType::Type2)
            .base_font(Name(base.as_bytes()))
            .system_info(SYSTEM_INFO)
            .font_descriptor(descriptor_ref)
            .default_width(0.0)
            .cid_to_gid_map_stream(gid_map_ref);
        cid.widths().consecutive(1, widths);
        cid.finish();

        // CID → glyph id in the subset, two bytes each; CID 0 is `.notdef`.
        let mut gid_map = vec![0, 0];
        for &(glyph, _) in &used.pairs {
            let new = remapper.get(glyph).unwrap_or(0);
            gid_map.extend_from_slice(&new.to_be_bytes());
        }
        self.pdf
            .stream(gid_map_ref, &deflate(&gid_map))
            .filter(Filter::FlateDecode);

        let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
        for (i, &(_, c)) in used.pairs.iter().enumerate() {
            cmap.pair(i as u16 + 1, c);
        }
        self.pdf
            .cmap(cmap_ref, &deflate(&cmap.finish()))
            .filter(Filter::FlateDecode);

        self.pdf
            .stream(file_ref, &deflate(&subset))
            .filter(Filter::FlateDecode);

        let m = skrifa::metrics::Metrics::new(&font, Size::unscaled(), LocationRef::default());
        let per_mille = 1000.0 / f32::from(m.units_per_em.max(1));
        let bbox = m.bounds.map_or(Rect::new(0.0, 0.0, 0.0, 0.0), |b| {
            Rect::new(
                b.x_min * per_mille,
                b.y_min * per_mille,
                b.x_max * per_mille,
                b.y_max * per_mille,
            )
        });
        let mut flags = FontFlags::SYMBOLIC;
        flags.set(FontFlags::FIXED_PITCH, m.is_monospace);
        flags.set(FontFlags::ITALIC, m.italic_angle != 0.0);
        let weight = font.attributes().weight.value();
        let mut descriptor = self.pdf.font_descriptor(descriptor_ref);
        descriptor
            .name(Name(base.as_bytes()))
            .flags(flags)
            .bbox(bbox)
            .italic_angle(m.italic_angle)
            .ascent(m.ascent * per_mille)
            .descent(m.descent * per_mille)
            .cap_height(m.cap_height.unwrap_or(m.ascent) * per_mille)
            .stem_v(10.0 + 0.244 * (weight - 50.0))
            .font_file2(file_ref);
        Ok(())
    }
}

/// The font's PostScript name, or its name without spaces.
fn postscript_name(font: &skrifa::FontRef, face: Face) -> String {
    let name: String = font
        .localized_strings(skrifa::string::StringId::POSTSCRIPT_NAME)
        .english_or_first()
        .map(|s| s.to_string())
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_graphic() && !"[](){}<>/%#".contains(*c))
        .take(100)
        .collect();
    if name.is_empty() {
        face.name().replace(' ', "")
    } else {
        name
    }
}

/// Six capital letters naming this subset, from the glyphs in it (a PDF marks
/// a subset font by such a prefix).
fn subset_tag(face: Face, pairs: &[(u16, char)]) -> String {
    let mut hasher = rustc_hash::FxHasher::default();
    face.name().hash(&mut hasher);
    pairs.hash(&mut hasher);
    let mut hash = Hasher::finish(&hasher);
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (hash % 26) as u8);
            hash /= 26;
            letter
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_face_subsets_as_truetype() {
        for face in Face::ALL {
            let (data, index) = face.data();
            let font = skrifa::FontRef::from_index(data, index).unwrap();
            assert!(font.cff().is_err(), "{}", face.name());
            let mut remapper = GlyphRemapper::new();
            remapper.remap(3);
            let subset = subsetter::subset(data, index, &remapper).unwrap();
            assert!(subset.len() < 100_000, "{}: {}", face.name(), subset.len());
        }
    }

    #[test]
    fn one_glyph_drawn_for_two_characters_gets_two_cids() {
        let mut font = FontUse {
            face: Face::Cjk,
            font: Ref::new(1),
            cids: HashMap::new(),
            pairs: Vec::new(),
        };
        let a = font.cid(0, '\u{10FFFF}').unwrap();
        let b = font.cid(0, '\u{E000}').unwrap();
        assert_ne!(a, b);
        assert_eq!(font.cid(0, '\u{10FFFF}').unwrap(), a);
        assert_eq!(font.pairs, vec![(0, '\u{10FFFF}'), (0, '\u{E000}')]);
    }
}
