//! The persona block under the title: the photo, then the persona's sections
//! (who, about, goals, needs, …) flowed like a newspaper into balanced columns
//! across the map's width, so the block is as short as its width allows and a
//! long biography does not make the block as tall as itself. Type sizes are
//! the map's (headings and body); only the arrangement is compact.

use std::ops::Range;

use crate::i18n::{quote, tr};
use crate::model::Map;
use crate::scene::{Image, Item, Point, Rect, Stroke, Target, Text};

use super::{Align, Builder, Options, text_block};

/// One section: its heading and its body's wrapped lines, measured at the
/// column width with their top at y = 0.
struct Section {
    heading: Text,
    body: Text,
    /// Per body line: whether it begins a paragraph (a bullet, a fact, the
    /// bio), where a column break reads best.
    starts: Vec<bool>,
}

/// A run of one section's body lines in one column; `heading` on its first run.
#[derive(Debug, PartialEq)]
struct Run {
    section: usize,
    column: usize,
    /// Top of the run (its heading, if it has one) below the block's top padding.
    y: f32,
    heading: bool,
    lines: Range<usize>,
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
    let from = out.scene.items.len();
    let pad = theme.padding * 1.5;
    let left = theme.margin;
    let width = total_width - 2.0 * theme.margin;
    // The photo's room depends on the map naming one, not on it being decoded,
    // so the editor's layout does not jump when the photo arrives.
    let photo = map.persona.photo.as_ref().map(|_| options.photo.clone());
    let photo_w = if photo.is_some() { 84.0 } else { 0.0 };
    let sections = sections(out.lang, map);

    let x0 = left + pad + if photo_w > 0.0 { photo_w + pad } else { 0.0 };
    // No column narrower than about 12 ems, and no more columns than
    // sections, so a wide map gets wide columns rather than many slivers.
    let room = (left + width - pad - x0).max(1.0);
    let min_col = theme.body.size * 12.0;
    let columns = ((room / min_col).floor() as usize).clamp(1, sections.len().max(1));
    let col_w = room / columns as f32;
    let measured: Vec<Section> = sections
        .iter()
        .map(|(title, body)| {
            let heading = text_block(
                title,
                &theme.heading,
                theme.muted,
                Point::new(0.0, 0.0),
                col_w - pad,
                Align::Left,
            );
            let text = body;
            let body = text_block(
                text,
                &theme.body,
                theme.ink,
                Point::new(0.0, heading.bounds.bottom() + 2.0),
                col_w - pad,
                Align::Left,
            );
            let starts = paragraph_starts(text, &theme.body, col_w - pad);
            let starts = if starts.len() == body.lines.len() {
                starts
            } else {
                vec![true; body.lines.len()]
            };
            Section {
                heading,
                body,
                starts,
            }
        })
        .collect();
    let advance = theme.body.line_advance();
    let (runs, text_h) = balanced(&measured, columns, advance, theme.padding * 2.0, photo_w);

    let mut texts = Vec::new();
    for run in &runs {
        let section = &measured[run.section];
        let x = x0 + run.column as f32 * col_w;
        let mut y = top + pad + run.y;
        if run.heading {
            let mut heading = section.heading.clone();
            shift(&mut heading, x, y);
            y = heading.bounds.bottom() + 2.0;
            texts.push(heading);
        }
        if run.lines.is_empty() {
            continue;
        }
        let body = &section.body;
        let skip = run.lines.start as f32 * advance;
        let lines = body.lines[run.lines.clone()]
            .iter()
            .map(|l| {
                let mut line = l.clone();
                line.origin = Point::new(x + l.origin.x, y + l.origin.y - body.bounds.y - skip);
                line
            })
            .collect();
        texts.push(Text {
            bounds: Rect::new(x, y, body.bounds.w, run.lines.len() as f32 * advance),
            lines,
            ..body.clone()
        });
    }
    let rect = Rect::new(left, top, width, text_h.max(photo_w) + 2.0 * pad);
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
    out.hit_items(rect, Target::Persona, from, None);
    rect.bottom() + theme.gap * 2.0
}

/// Moves a text measured at the origin so its top-left corner is at (x, y).
fn shift(text: &mut Text, x: f32, y: f32) {
    let (dx, dy) = (x - text.bounds.x, y - text.bounds.y);
    text.bounds.x = x;
    text.bounds.y = y;
    for line in &mut text.lines {
        line.origin = Point::new(line.origin.x + dx, line.origin.y + dy);
    }
}

/// Per wrapped line of `text`: whether it begins one of its paragraphs.
fn paragraph_starts(text: &str, style: &crate::text::TextStyle, width: f32) -> Vec<bool> {
    text.split('\n')
        .flat_map(|paragraph| {
            let lines = crate::text::wrap_cached(paragraph, style, width)
                .len()
                .max(1);
            (0..lines).map(|i| i == 0)
        })
        .collect()
}

/// The persona's sections, heading and body, in reading order; the empty ones
/// left out.
fn sections(lang: crate::i18n::Language, map: &Map) -> Vec<(String, String)> {
    let p = &map.persona;
    let bullets = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("• {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let heading = |key: &str| tr(lang, key, &[]);
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut who = p.name.clone();
    if !p.role.is_empty() {
        who = format!("{who}\n{}", p.role);
    }
    if !p.quote.is_empty() {
        who = format!("{who}\n{}", quote(lang, &p.quote));
    }
    sections.push((heading("persona-persona"), who.trim().to_string()));
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
            sections.push((heading(title), body));
        }
    }
    sections
}

/// The runs of the sections flowed into at most `columns` columns, as short
/// as they go but never shorter than `least` (the photo beside them), and the
/// height of the tallest column. Heights are tried upwards in half lines from
/// the least the columns could hold (a greedy flow with sections kept
/// together is not monotonic in the height, so no bisection).
fn balanced(
    sections: &[Section],
    columns: usize,
    advance: f32,
    gap: f32,
    least: f32,
) -> (Vec<Run>, f32) {
    let total: f32 = sections
        .iter()
        .map(|s| s.body.bounds.bottom() + gap)
        .sum::<f32>();
    let tallest_piece = sections
        .iter()
        .map(|s| s.body.bounds.y + s.body.lines.len().min(2) as f32 * advance)
        .fold(0.0, f32::max);
    let step = (advance / 2.0).max(1.0);
    let mut limit = (total / columns.max(1) as f32)
        .max(tallest_piece)
        .max(least);
    loop {
        let tried = flow(sections, limit, advance, gap);
        let fits = tried.0.iter().all(|r| r.column < columns) && tried.1 <= limit + 0.01;
        if fits || limit >= total {
            return tried;
        }
        limit += step;
    }
}

/// The sections flowed down columns of height `limit`: a section starts a
/// new column when its heading and first two lines do not fit, and breaks
/// between columns only with two lines or more on either side. Returns the
/// runs and the tallest column (above `limit` when a section could not break).
fn flow(sections: &[Section], limit: f32, advance: f32, gap: f32) -> (Vec<Run>, f32) {
    let mut runs = Vec::new();
    let (mut column, mut y, mut tallest) = (0, 0.0_f32, 0.0_f32);
    for (index, section) in sections.iter().enumerate() {
        let n = section.body.lines.len();
        let head = section.body.bounds.y;
        let keep = if n < 4 { n } else { 2 };
        let before = if y > 0.0 { gap } else { 0.0 };
        if y > 0.0 && y + before + head + keep as f32 * advance > limit + 0.01 {
            column += 1;
            y = 0.0;
        } else {
            y += before;
        }
        let mut run = Run {
            section: index,
            column,
            y,
            heading: true,
            lines: 0..0,
        };
        y += head;
        let mut start = 0;
        loop {
            let room = ((limit + 0.01 - y) / advance).floor().max(0.0) as usize;
            // The break leaves two lines or more for the next column, and
            // falls between paragraphs or with two lines of the paragraph
            // on either side.
            let good = |at: usize| {
                section.starts[at] || (!section.starts[at - 1] && !section.starts[at + 1])
            };
            let mut at = (start + room).min(n.saturating_sub(2));
            while at >= start + 2 && !good(at) {
                at -= 1;
            }
            if n - start <= room || n < 4 || at < start + 2 {
                run.lines = start..n;
                y += (n - start) as f32 * advance;
                break;
            }
            run.lines = start..at;
            tallest = tallest.max(y + (at - start) as f32 * advance);
            column += 1;
            runs.push(std::mem::replace(
                &mut run,
                Run {
                    section: index,
                    column,
                    y: 0.0,
                    heading: false,
                    lines: at..at,
                },
            ));
            (start, y) = (at, 0.0);
        }
        tallest = tallest.max(y);
        runs.push(run);
    }
    (runs, tallest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Theme, layout};

    fn texts_in(scene: &crate::scene::Scene, rect: Rect) -> Vec<Text> {
        scene
            .texts()
            .filter(|t| {
                t.bounds.x >= rect.x - 0.5
                    && t.bounds.right() <= rect.right() + 0.5
                    && t.bounds.y >= rect.y - 0.5
                    && t.bounds.bottom() <= rect.bottom() + 0.5
            })
            .cloned()
            .collect()
    }

    /// A long biography flows on into the next columns instead of making the
    /// block as tall as itself: the columns come out within a few lines of
    /// each other, every section's words are there once and in order, and no
    /// two texts overlap.
    #[test]
    fn the_persona_flows_into_balanced_columns() {
        let mut map = crate::templates::find("current-state")
            .unwrap()
            .map()
            .unwrap();
        map.persona.bio = "Długi życiorys persony, zdanie po zdaniu. ".repeat(30);
        let theme = Theme::print();
        for min_width in [0.0, 2400.0, 4000.0] {
            let scene = layout(
                &map,
                &theme,
                &Options {
                    min_width,
                    ..Options::default()
                },
            );
            let block = scene.hit_rect(&Target::Persona).unwrap();
            let texts = texts_in(&scene, block);
            let mut bottoms: Vec<(i32, f32)> = Vec::new();
            for t in &texts {
                let key = t.bounds.x.round() as i32;
                match bottoms.iter_mut().find(|(x, _)| *x == key) {
                    Some((_, b)) => *b = b.max(t.bounds.bottom()),
                    None => bottoms.push((key, t.bounds.bottom())),
                }
            }
            let top = block.y;
            let tallest = bottoms.iter().map(|b| b.1 - top).fold(0.0, f32::max);
            let mean = bottoms.iter().map(|b| b.1 - top).sum::<f32>() / bottoms.len() as f32;
            assert!(bottoms.len() >= 2, "{min_width}: {bottoms:?}");
            // Balanced: no column is taller than the mean by more than a
            // section's worth of lines (a heading and four body lines); the
            // last column holds what is left and may be short.
            let slack = theme.heading.line_advance() + 4.0 * theme.body.line_advance();
            assert!(
                tallest <= mean + slack,
                "{min_width}: columns end at {bottoms:?}"
            );
            for (i, a) in texts.iter().enumerate() {
                for b in &texts[i + 1..] {
                    assert!(
                        !a.bounds.overlaps(&b.bounds),
                        "{min_width}: {:?} over {:?}",
                        a.plain(),
                        b.plain()
                    );
                }
            }
            let all = texts.iter().map(Text::plain).collect::<Vec<_>>().join("\n");
            let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
            assert_eq!(
                words(&all).iter().filter(|w| *w == "życiorys").count(),
                30,
                "{min_width}"
            );
            assert!(words(&all).contains(&map.persona.name.split(' ').next().unwrap().into()));
        }
        // The wider the block, the shorter it is.
        let height = |min_width: f32| {
            let options = Options {
                min_width,
                ..Options::default()
            };
            layout(&map, &theme, &options)
                .hit_rect(&Target::Persona)
                .unwrap()
                .h
        };
        assert!(height(4000.0) < height(2400.0) && height(2400.0) < height(0.0));
    }

    #[test]
    fn a_section_breaks_only_with_two_lines_on_either_side() {
        let text = |lines: usize| Text {
            bounds: Rect::new(0.0, 20.0, 100.0, lines as f32 * 10.0),
            size: 10.0,
            color: crate::scene::Rgba::WHITE,
            lines: vec![
                crate::scene::TextLine {
                    origin: Point::new(0.0, 0.0),
                    runs: std::sync::Arc::from(Vec::new()),
                    width: 0.0,
                    missing: false,
                };
                lines
            ],
        };
        let section = |lines| Section {
            heading: text(1),
            body: text(lines),
            starts: vec![true; lines],
        };
        let sections = [section(9), section(3)];
        // 20 heading + 9 lines = 110 over two columns of 60: 20 + 4 lines,
        // then 5 lines; the 3-line section does not break and goes on below.
        let (runs, tallest) = flow(&sections, 60.0, 10.0, 5.0);
        assert_eq!(runs[0].lines, 0..4);
        assert_eq!((runs[1].column, runs[1].lines.clone()), (1, 4..9));
        assert_eq!((runs[2].column, runs[2].heading), (2, true));
        assert!(tallest <= 60.0);
        // Paragraphs of 2, 3, 2 and 2 lines: the break that would leave one
        // line of the second paragraph on the next column (after line 4) goes
        // back to the paragraph's start.
        let starts = [true, false, true, false, false, true, false, true, false];
        let bullets = [Section {
            starts: starts.to_vec(),
            ..section(9)
        }];
        let (runs, _) = flow(&bullets, 60.0, 10.0, 5.0);
        assert_eq!(runs[0].lines, 0..2, "{runs:?}");
        let (runs, height) = balanced(&sections, 2, 10.0, 5.0, 0.0);
        assert!(runs.iter().all(|r| r.column < 2), "{runs:?}");
        assert!(height < 110.0, "{height}");
    }
}
