//! Greedy line wrapping by Unicode line-break rules (UAX #14): Latin breaks at
//! spaces, CJK between characters but never before `，` or `。`; a word wider
//! than the line is broken between characters rather than overflowing. In
//! Polish text ([`TextStyle::bind_one_letter_words`]) a one-letter word (a, i,
//! o, u, w, z) never ends a line: it goes to the next line with its word.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::{Face, Fonts, fonts};

/// Size and weight of a piece of text, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    pub bold: bool,
    /// Line advance as a multiple of `size`.
    pub line_height: f32,
    /// Polish typesetting: no line ends with a one-letter word ("w", "i",
    /// "Z"…); it is bound to the word after it. Layout sets it for maps in
    /// Polish.
    pub bind_one_letter_words: bool,
}

impl TextStyle {
    pub fn new(size: f32) -> TextStyle {
        TextStyle {
            size,
            bold: false,
            line_height: 1.35,
            bind_one_letter_words: false,
        }
    }

    pub fn bold(self) -> TextStyle {
        TextStyle { bold: true, ..self }
    }

    pub fn line_advance(&self) -> f32 {
        self.size * self.line_height
    }

    /// Distance from the top of a line box to its baseline.
    pub fn baseline(&self) -> f32 {
        let (ascent, descent) = fonts().line_metrics();
        let half_leading = (self.line_advance() - (ascent + descent) * self.size) / 2.0;
        half_leading + ascent * self.size
    }
}

/// A stretch of one line drawn with one face.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub face: Face,
    pub text: String,
    /// Offset from the line's start.
    pub x: f32,
    pub width: f32,
    /// One glyph per character of `text`, in order, looked up and measured when
    /// the line was wrapped: backends draw these and never consult a charmap.
    pub glyphs: Vec<PlacedGlyph>,
    /// Bold asked for in a face that has no bold (the CJK face): backends draw
    /// the regular outlines with a thin stroke of the text colour as well,
    /// [`SYNTHETIC_BOLD`] of an em wide, so Chinese headings weigh what Latin
    /// ones do.
    pub embolden: bool,
}

/// Width of the outline stroke that thickens a synthetically bold glyph, in ems
/// (drawn centred on the outline, so each side grows by half of it).
pub const SYNTHETIC_BOLD: f32 = 0.04;

/// A glyph of a run: its id in the run's face and where it starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// Glyph id in the run's face (0, the missing-glyph box, for a character no
    /// bundled face has).
    pub id: u16,
    /// Offset of the glyph's origin from the run's start, in points at the
    /// text's size.
    pub x: f32,
}

/// One wrapped line, split into runs by face. The runs are shared, so a cached
/// line is copied into a scene without copying its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub runs: Arc<[Run]>,
    pub width: f32,
    /// Whether a character of the line has no glyph in any bundled face (it is
    /// drawn as the CJK face's missing-glyph box).
    pub missing: bool,
}

impl Line {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// Most wrapped texts kept per thread before the cache starts over; a map of
/// 10 000 cards needs about 25 000.
const CACHE_LIMIT: usize = 100_000;

/// Wrapped texts that share a hash, each with the text it was made from.
type Bucket = Vec<(Box<str>, Arc<[Line]>)>;

thread_local! {
    /// Wrapped text by (text, style, width): a re-layout after one edit measures
    /// only the text that changed. Keyed by hash, with the text kept to rule out
    /// collisions.
    static WRAPPED: RefCell<HashMap<u64, Bucket>> = RefCell::new(HashMap::new());
}

/// [`wrap`], remembered per thread: the same text in the same style and width is
/// measured once.
pub fn wrap_cached(text: &str, style: &TextStyle, max_width: f32) -> Arc<[Line]> {
    let mut hasher = rustc_hash::FxHasher::default();
    text.hash(&mut hasher);
    (
        style.size.to_bits(),
        style.bold,
        style.line_height.to_bits(),
        style.bind_one_letter_words,
    )
        .hash(&mut hasher);
    max_width.to_bits().hash(&mut hasher);
    let key = hasher.finish();
    let found = WRAPPED.with(|cache| {
        let cache = cache.borrow();
        cache
            .get(&key)?
            .iter()
            .find(|(t, _)| &**t == text)
            .map(|(_, lines)| lines.clone())
    });
    if let Some(lines) = found {
        return lines;
    }
    let lines: Arc<[Line]> = wrap(text, style, max_width).into();
    WRAPPED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache
            .entry(key)
            .or_default()
            .push((text.into(), lines.clone()));
    });
    lines
}

/// Forgets every wrapped text of this thread (benchmarks measure a cold layout).
pub fn clear_cache() {
    WRAPPED.with(|cache| cache.borrow_mut().clear());
}

/// Wraps `text` into lines no wider than `max_width` (except a single glyph wider
/// than the line, which cannot be helped). An empty text gives no lines.
pub fn wrap(text: &str, style: &TextStyle, max_width: f32) -> Vec<Line> {
    let fonts = fonts();
    // Every character is looked up once; wrapping and shaping work on these.
    let glyphs: Vec<Glyph> = text
        .char_indices()
        .zip(fonts.glyph_infos(text, style.bold))
        .map(|((at, c), (face, glyph, advance))| Glyph {
            at,
            c,
            face,
            id: glyph_id(glyph),
            missing: glyph.to_u32() == 0 && !c.is_whitespace() && !c.is_control(),
            advance: advance * style.size,
        })
        .collect();
    // Widths for wrapping: line breaks take no room.
    let mut prefix = Vec::with_capacity(glyphs.len() + 1);
    prefix.push(0.0_f32);
    for g in &glyphs {
        let w = if g.c == '\n' || g.c == '\r' {
            0.0
        } else {
            g.advance
        };
        prefix.push(prefix[prefix.len() - 1] + w);
    }
    let width = |from: usize, to: usize| prefix[to] - prefix[from];
    // Lines as ranges of character indices.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0.0;
    let mut segment_start = 0;
    let mut end = 0;
    for (end_byte, opportunity) in linebreaks(text) {
        let word_start = end;
        while end < glyphs.len() && glyphs[end].at < end_byte {
            end += 1;
        }
        if style.bind_one_letter_words
            && opportunity == BreakOpportunity::Allowed
            && is_one_letter_word(&glyphs, word_start, end)
        {
            // No break here: the letter and the next word are one segment.
            continue;
        }
        let start = std::mem::replace(&mut segment_start, end);
        let mut visible_end = end;
        while visible_end > start && glyphs[visible_end - 1].c.is_whitespace() {
            visible_end -= 1;
        }
        let visible_width = width(start, visible_end);
        if line_start < start && line_width + visible_width > max_width {
            lines.push((line_start, start));
            line_start = start;
            line_width = 0.0;
        }
        if line_start == start && visible_width > max_width {
            // A word longer than the line: break it between characters.
            let mut piece_width = 0.0;
            for (i, glyph) in glyphs.iter().enumerate().take(end).skip(start) {
                let w = width(i, i + 1);
                if i > line_start && piece_width + w > max_width && !glyph.c.is_whitespace() {
                    lines.push((line_start, i));
                    line_start = i;
                    piece_width = 0.0;
                }
                piece_width += w;
            }
            line_width = piece_width;
        } else {
            line_width += width(start, end);
        }
        if opportunity == BreakOpportunity::Mandatory {
            lines.push((line_start, end));
            line_start = end;
            line_width = 0.0;
        }
    }
    if line_start < glyphs.len() {
        lines.push((line_start, glyphs.len()));
    }
    // The break at the very end of the text is mandatory: drop the empty line it leaves.
    if text.is_empty() {
        lines.clear();
    }
    lines
        .into_iter()
        .map(|(start, mut end)| {
            while end > start
                && matches!(
                    glyphs[end - 1].c,
                    '\n' | '\r' | ' ' | '\t' | '\u{2028}' | '\u{2029}'
                )
            {
                end -= 1;
            }
            shape_line(fonts, &glyphs[start..end], style)
        })
        .collect()
}

/// Whether `glyphs[from..to]` is a one-letter Polish word and the spaces
/// after it, starting a word (at the text's start or after a space or an
/// opening bracket or quote).
fn is_one_letter_word(glyphs: &[Glyph], from: usize, to: usize) -> bool {
    let Some(letter) = glyphs.get(from) else {
        return false;
    };
    let spaces = &glyphs[(from + 1).min(to)..to];
    "aiouwzAIOUWZ".contains(letter.c)
        && !spaces.is_empty()
        && spaces.iter().all(|g| g.c == ' ' || g.c == '\t')
        && (from == 0
            || matches!(
                glyphs[from - 1].c,
                ' ' | '\t' | '(' | '[' | '„' | '“' | '"' | '\''
            ))
}

/// One character of a text being wrapped, looked up once.
struct Glyph {
    /// Byte offset in the text.
    at: usize,
    c: char,
    face: Face,
    /// Glyph id in `face`.
    id: u16,
    missing: bool,
    /// Advance at the text's size.
    advance: f32,
}

/// The bundled faces have fewer than 65 536 glyphs (a TrueType limit); an id
/// past it would be a bug, drawn as the missing-glyph box.
fn glyph_id(glyph: skrifa::GlyphId) -> u16 {
    u16::try_from(glyph.to_u32()).unwrap_or(0)
}

/// Splits a line into runs of one face each and measures them.
fn shape_line(fonts: &Fonts, glyphs: &[Glyph], style: &TextStyle) -> Line {
    let mut runs: Vec<Run> = Vec::new();
    let mut x = 0.0;
    let mut missing = false;
    for g in glyphs {
        missing |= g.missing;
        // Spaces join the run before them rather than starting a run of their
        // own, drawn with that face's own space (the emoji face has none: a
        // space after emoji stays in its text face).
        let joined = runs
            .last()
            .filter(|last| g.c == ' ' && last.face != g.face)
            .and_then(|last| {
                let f = fonts.face(last.face)?;
                let glyph = f.glyph(g.c)?;
                Some((last.face, glyph_id(glyph), f.advance(glyph) * style.size))
            });
        let (face, id, width) = joined.unwrap_or((g.face, g.id, g.advance));
        match runs.last_mut() {
            Some(last) if last.face == face => {
                last.text.push(g.c);
                last.glyphs.push(PlacedGlyph { id, x: last.width });
                last.width += width;
            }
            _ => runs.push(Run {
                face,
                text: g.c.to_string(),
                x,
                width,
                glyphs: vec![PlacedGlyph { id, x: 0.0 }],
                embolden: style.bold && face == Face::Cjk,
            }),
        }
        x += width;
    }
    Line {
        runs: runs.into(),
        width: x,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn lines_fit_and_keep_all_text() {
        let style = TextStyle::new(12.0);
        let text = "Klient porównuje ceny w trzech sklepach, zanim zdecyduje się na zakup. 客户在购买之前会比较三家商店的价格，然后做出决定。";
        for width in [40.0, 80.0, 150.0, 400.0] {
            let lines = wrap(text, &style, width);
            for line in &lines {
                assert!(
                    line.width <= width + 0.01 || line.text().chars().count() == 1,
                    "{} > {width}",
                    line.width
                );
            }
            let joined: String = texts(&lines).concat();
            let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squash(&joined), squash(text));
        }
    }

    #[test]
    fn polish_one_letter_words_go_to_the_next_line() {
        let text = "Klient porównuje ceny w trzech sklepach i czyta opinie o produkcie, a potem z żoną wybiera u nas W sobotę.";
        let polish = TextStyle {
            bind_one_letter_words: true,
            ..TextStyle::new(12.0)
        };
        let plain = TextStyle::new(12.0);
        let ends_with_letter = |l: &String| {
            let last = l.trim_end().rsplit(' ').next().unwrap_or("");
            last.chars().count() == 1 && "aiouwzAIOUWZ".contains(last)
        };
        let mut plain_orphans = 0;
        // From a width that fits the longest word: narrower, words break anywhere.
        for width in (90..400).step_by(3) {
            let width = width as f32;
            let lines = texts(&wrap(text, &polish, width));
            for l in &lines[..lines.len() - 1] {
                assert!(!ends_with_letter(l), "{width}: {lines:?}");
            }
            let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squash(&lines.concat()), squash(text));
            let lines = texts(&wrap(text, &plain, width));
            plain_orphans += lines[..lines.len() - 1]
                .iter()
                .filter(|l| ends_with_letter(l))
                .count();
        }
        // Without the rule the same text does leave letters at line ends.
        assert!(plain_orphans > 10, "{plain_orphans}");
    }

    #[test]
    fn chinese_never_breaks_before_comma() {
        let style = TextStyle::new(12.0);
        for width in 30..200 {
            for line in wrap(
                "我们别无选择，只能做好。消费者通过搜索和比较不同的产品和服务来做出决定。",
                &style,
                width as f32,
            ) {
                let first = line.text().chars().next();
                assert!(
                    first != Some('，') && first != Some('。'),
                    "{:?}",
                    line.text()
                );
            }
        }
    }

    #[test]
    fn runs_pick_faces_and_add_up() {
        let lines = wrap("Zakup 购买 ok", &TextStyle::new(10.0), 1000.0);
        assert_eq!(lines.len(), 1);
        let faces: Vec<Face> = lines[0].runs.iter().map(|r| r.face).collect();
        assert_eq!(faces, vec![Face::Sans, Face::Cjk, Face::Sans]);
        let sum: f32 = lines[0].runs.iter().map(|r| r.width).sum();
        assert!((sum - lines[0].width).abs() < 0.01);
        assert!((lines[0].runs[1].x - lines[0].runs[0].width).abs() < 0.01);
    }

    #[test]
    fn runs_carry_the_charmap_glyphs_at_their_advances() {
        let style = TextStyle::new(10.0);
        let lines = wrap("Zażółć 购买 ok\u{10FFFD}", &style, 1000.0);
        let fonts = fonts();
        let mut checked = 0;
        for run in lines[0].runs.iter() {
            let face = fonts.face(run.face).unwrap();
            assert_eq!(run.glyphs.len(), run.text.chars().count());
            let mut x = 0.0;
            for (c, g) in run.text.chars().zip(&run.glyphs) {
                let id = face.glyph(c).unwrap_or_default();
                assert_eq!(u32::from(g.id), id.to_u32(), "{c:?} in {:?}", run.face);
                assert!((g.x - x).abs() < 1e-4, "{c:?} at {} not {x}", g.x);
                x += face.advance(id) * style.size;
                checked += 1;
            }
            assert!((run.width - x).abs() < 1e-3);
        }
        assert_eq!(checked, "Zażółć 购买 ok\u{10FFFD}".chars().count());
        // A character no face has is the missing-glyph box.
        let last = lines[0].runs.last().unwrap();
        assert_eq!(last.glyphs.last().map(|g| g.id), Some(0));
        // Text never measured is never looked up: the cache keeps the glyphs.
        let cached = wrap_cached("Zażółć 购买 ok", &style, 1000.0);
        assert_eq!(wrap_cached("Zażółć 购买 ok", &style, 1000.0), cached);
        assert!(cached[0].runs.iter().all(|r| !r.glyphs.is_empty()));
    }

    #[test]
    fn newlines_are_kept_and_empty_text_is_empty() {
        assert!(wrap("", &TextStyle::new(10.0), 100.0).is_empty());
        assert_eq!(
            texts(&wrap("a\nb", &TextStyle::new(10.0), 100.0)),
            vec!["a", "b"]
        );
        assert_eq!(
            texts(&wrap("a\n\nb", &TextStyle::new(10.0), 100.0)),
            vec!["a", "", "b"]
        );
    }
}
