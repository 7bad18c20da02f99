//! Layout invariants, checked on every template and on generated maps.

use super::*;
use crate::model::Details;
use crate::scene::{Item, Segment, Target};

/// Checks every invariant layout promises; returns what broke.
fn check(map: &Map, scene: &Scene) -> Result<(), String> {
    let cards: Vec<(&crate::model::CardId, Rect)> = scene
        .hits
        .iter()
        .filter_map(|h| match &h.target {
            Target::Card(id) => Some((id, h.rect)),
            _ => None,
        })
        .collect();
    let visible = map
        .cards
        .iter()
        .filter(|c| !matches!(c.details, Details::Emotion { .. }))
        .filter(|c| map.lane(&c.lane).is_some_and(|l| !l.hidden))
        .count();
    if cards.len() != visible {
        return Err(format!(
            "{} card boxes for {visible} visible cards",
            cards.len()
        ));
    }
    // No two cards overlap (sweep by x to stay fast on big maps).
    let mut sorted = cards.clone();
    sorted.sort_by(|a, b| a.1.x.total_cmp(&b.1.x));
    for (i, (id, rect)) in sorted.iter().enumerate() {
        for (other, r) in sorted[i + 1..]
            .iter()
            .take_while(|(_, r)| r.x < rect.right())
        {
            if rect.overlaps(r) {
                return Err(format!("cards {id} and {other} overlap: {rect:?} {r:?}"));
            }
        }
    }
    // Every text inside a card lies within that card, and each line within its box.
    for text in scene.texts() {
        for line in &text.lines {
            if line.width > text.bounds.w + 0.01
                && line
                    .runs
                    .iter()
                    .map(|r| r.text.chars().count())
                    .sum::<usize>()
                    > 1
            {
                return Err(format!(
                    "line {:?} is {} wide in a {} box",
                    text.plain(),
                    line.width,
                    text.bounds.w
                ));
            }
        }
        let c = text.bounds.center();
        for (id, rect) in &cards {
            if rect.contains(c) && !rect.encloses(&text.bounds, 0.01) {
                return Err(format!("text {:?} spills out of card {id}", text.plain()));
            }
        }
    }
    // Stages keep their order, and every card and cell of a stage is in its column.
    let mut last_x = f32::MIN;
    for stage in &map.stages {
        let rect = scene
            .hit_rect(&Target::Stage(stage.id.clone()))
            .ok_or("a stage has no header")?;
        if rect.x <= last_x {
            return Err(format!("stage {} is out of order", stage.name));
        }
        last_x = rect.x;
        let column = Rect::new(rect.x - 8.0, 0.0, rect.w + 16.0, scene.height);
        for card in map.cards.iter().filter(|c| c.stage == stage.id) {
            if let Some(r) = scene.hit_rect(&Target::Card(card.id.clone()))
                && !column.encloses(&r, 0.01)
            {
                return Err(format!("card {} is outside its stage's column", card.id));
            }
        }
        let cells: Vec<Rect> = scene
            .hits
            .iter()
            .filter(|h| matches!(&h.target, Target::Cell { stage: s, step: None, .. } if s == &stage.id))
            .map(|h| h.rect)
            .collect();
        if cells
            .windows(2)
            .any(|w| w[0].x != w[1].x || w[0].w != w[1].w)
        {
            return Err(format!(
                "cells of stage {} are not in one column",
                stage.name
            ));
        }
    }
    // The emotion curve passes through each point.
    let nodes: Vec<Point> = scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Path(p) if p.fill.is_none() => Some(p),
            _ => None,
        })
        .flat_map(|p| {
            std::iter::once(p.start).chain(p.segments.iter().map(|s| match *s {
                Segment::Line(e) | Segment::Cubic(_, _, e) => e,
            }))
        })
        .collect();
    for lane in map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Emotions && !l.hidden)
    {
        let points = map.emotion_points(&lane.id);
        if points.len() < 2 {
            continue;
        }
        for point in points {
            let r = scene
                .hit_rect(&Target::EmotionPoint(point.id.clone()))
                .ok_or("an emotion point has no marker")?;
            let c = r.center();
            if !nodes
                .iter()
                .any(|n| (n.x - c.x).abs() < 0.01 && (n.y - c.y).abs() < 0.01)
            {
                return Err(format!("the curve misses emotion point {}", point.id));
            }
        }
    }
    Ok(())
}

#[test]
fn every_template_keeps_the_invariants() {
    for template in crate::templates::TEMPLATES {
        let map = template
            .map()
            .unwrap_or_else(|e| panic!("{}: {e}", template.name));
        let scene = layout(&map, &Theme::default(), &Options::default());
        check(&map, &scene).unwrap_or_else(|e| panic!("{}: {e}", template.name));
        assert!(
            scene.missing_glyphs.is_empty(),
            "{}: {:?}",
            template.name,
            scene.missing_glyphs
        );
    }
}

#[test]
fn generated_maps_keep_the_invariants() {
    for (stages, cards) in [(8, 50), (20, 500), (8, 2000), (40, 2000)] {
        let map = crate::generate::map(stages, cards, 7);
        let scene = layout(&map, &Theme::default(), &Options::default());
        check(&map, &scene).unwrap_or_else(|e| panic!("{stages}x{cards}: {e}"));
    }
}

#[test]
fn cards_grow_with_their_text() {
    let mut map = crate::generate::map(3, 0, 1);
    let lane = map.lanes[0].id.clone();
    let stage = map.stages[0].id.clone();
    let short = crate::model::Card::new(
        crate::model::CardId::new("short"),
        lane.clone(),
        stage.clone(),
        "Krótko",
    );
    let long = crate::model::Card::new(
        crate::model::CardId::new("long"),
        lane,
        stage,
        "Klient porównuje ceny w trzech sklepach, czyta opinie i pyta znajomych, zanim zdecyduje się na zakup. 客户在购买之前会比较三家商店的价格。",
    );
    map.cards.extend([short, long]);
    let scene = layout(&map, &Theme::default(), &Options::default());
    check(&map, &scene).unwrap();
    let h = |id: &str| {
        scene
            .hit_rect(&Target::Card(crate::model::CardId::new(id)))
            .unwrap()
            .h
    };
    assert!(
        h("long") > 2.5 * h("short"),
        "{} vs {}",
        h("long"),
        h("short")
    );
}

#[test]
fn hidden_lanes_are_left_out_unless_asked_for() {
    let mut map = crate::generate::map(4, 60, 3);
    map.lanes[0].hidden = true;
    let lane = Target::Lane(map.lanes[0].id.clone());
    let without = layout(&map, &Theme::default(), &Options::default());
    assert!(without.hit_rect(&lane).is_none());
    check(&map, &without).unwrap();
    let with = layout(
        &map,
        &Theme::default(),
        &Options {
            include_hidden_lanes: true,
            ..Options::default()
        },
    );
    assert!(with.hit_rect(&lane).is_some());
    assert!(with.height > without.height);
}

#[test]
fn emotion_scale_maps_scores_both_ways() {
    let map = crate::generate::map(5, 10, 2);
    let scene = layout(&map, &Theme::default(), &Options::default());
    let scale = &scene.emotion_scales[0];
    for score in -3..=3 {
        assert_eq!(scale.score_at(scale.y_for(score)), score);
    }
    assert!(scale.y_for(3) < scale.y_for(-3));
    assert_eq!(scale.score_at(scale.top_y - 100.0), 3);
}

#[test]
fn missing_glyphs_are_reported() {
    let mut map = crate::generate::map(2, 0, 1);
    map.title = "Map \u{1F600}\u{10FFFD}".to_string();
    let scene = layout(&map, &Theme::default(), &Options::default());
    assert!(scene.missing_glyphs.contains(&'\u{10FFFD}'));
}

#[test]
fn smooth_curve_passes_through_points_without_overshoot() {
    let points = [
        Point::new(0.0, 50.0),
        Point::new(100.0, 0.0),
        Point::new(200.0, 0.0),
        Point::new(300.0, 100.0),
    ];
    let curve = emotion::smooth_curve(&points).unwrap();
    assert_eq!(curve.start, points[0]);
    for (segment, point) in curve.segments.iter().zip(&points[1..]) {
        let Segment::Cubic(c1, c2, end) = *segment else {
            panic!("not a cubic")
        };
        assert_eq!(end, *point);
        // Control points stay within the y range of their segment's ends: no overshoot.
        for c in [c1, c2] {
            assert!(c.y >= -0.01 && c.y <= 100.01, "{c:?}");
        }
    }
}

#[test]
fn hit_testing_prefers_cards_and_points_over_their_cells() {
    let map = crate::templates::find("ecommerce").unwrap().map().unwrap();
    let scene = layout(&map, &Theme::default(), &Options::default());
    for hit in &scene.hits {
        if matches!(hit.target, Target::Card(_) | Target::EmotionPoint(_)) {
            assert_eq!(scene.hit_test(hit.rect.center()), Some(&hit.target));
        }
    }
}

/// The editor's cached layout draws exactly what a fresh layout draws, whatever
/// was edited (rows reused are only moved, so positions agree to rounding).
#[test]
fn cached_layout_matches_a_fresh_layout_after_edits() {
    use crate::edit::Command;
    let same = |a: &Scene, b: &Scene| same_but_rounding(&format!("{a:?}"), &format!("{b:?}"));
    let mut map = crate::generate::map(4, 80, 9);
    let theme = Theme::default();
    let mut options = Options::default();
    let mut cache = Cache::default();
    assert!(same(
        &cache.layout(&map, &theme, &options),
        &layout(&map, &theme, &options)
    ));
    let first_lane_card = map
        .cards
        .iter()
        .find(|c| c.lane == map.lanes[0].id)
        .unwrap()
        .clone();
    let mut longer = first_lane_card.clone();
    longer.text = "Bardzo długi tekst, który zawija się w kilka linii 很长的文本 ".repeat(4);
    let mut moved = map.cards.last().unwrap().clone();
    moved.lane = map.lanes[1].id.clone();
    let mut renamed = map.lanes[2].clone();
    renamed.name = "Punkty styku 接触点".into();
    let mut hidden = map.lanes[5].clone();
    hidden.hidden = true;
    let stage = crate::model::Stage::new(crate::model::StageId("s-new".into()), "Nowy 新");
    let edits = vec![
        Command::SetCard { card: longer },
        Command::SetCard { card: moved },
        Command::SetLane { lane: renamed },
        Command::RemoveCard {
            id: map.cards[10].id.clone(),
        },
        Command::AddStage { stage, index: 1 },
        Command::SetLane { lane: hidden },
    ];
    for edit in edits {
        let label = format!("{edit:?}");
        edit.apply(&mut map).unwrap();
        let cached = cache.layout(&map, &theme, &options);
        assert!(
            same(&cached, &layout(&map, &theme, &options)),
            "after {label}"
        );
        check(&map, &cached).unwrap();
    }
    options.include_hidden_lanes = true;
    let print = Theme::print();
    assert!(same(
        &cache.layout(&map, &print, &options),
        &layout(&map, &print, &options)
    ));
}

/// Whether two debug dumps are the same, numbers within 0.01 of each other.
fn same_but_rounding(a: &str, b: &str) -> bool {
    fn tokens(s: &str) -> Vec<Result<f64, String>> {
        let mut out = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            let numeric = |c: char| c.is_ascii_digit() || c == '.' || c == '-';
            let n = rest.find(|c: char| !numeric(c)).unwrap_or(rest.len());
            if n > 0 && rest[..n].parse::<f64>().is_ok() {
                out.push(Ok(rest[..n].parse().unwrap()));
                rest = &rest[n..];
            } else {
                let n = rest[1..].find(numeric).map_or(rest.len(), |i| i + 1);
                out.push(Err(rest[..n].to_string()));
                rest = &rest[n..];
            }
        }
        out
    }
    let (a, b) = (tokens(a), tokens(b));
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| match (x, y) {
            (Ok(x), Ok(y)) => (x - y).abs() < 0.01,
            _ => x == y,
        })
}

#[test]
fn the_dark_theme_lays_out_the_same_geometry() {
    for template in crate::templates::TEMPLATES {
        let map = template.map().unwrap();
        let light = layout(&map, &Theme::light(), &Options::default());
        let dark = layout(&map, &Theme::dark(), &Options::default());
        assert_eq!(light.hits, dark.hits, "{}", template.name);
        assert_eq!((light.width, light.height), (dark.width, dark.height));
        check(&map, &dark).unwrap_or_else(|e| panic!("{}: {e}", template.name));
    }
}

/// WCAG contrast ratio of two opaque colours.
fn contrast(a: Rgba, b: Rgba) -> f32 {
    let luminance = |c: Rgba| {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b, _] = c.0;
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn dark_theme_text_reads_from_the_back_of_the_room() {
    let theme = Theme::dark();
    let mut grounds = vec![theme.background, theme.header_fill, theme.band_fill];
    grounds.extend(LaneKind::ALL.iter().map(|&k| theme.lane_fill(k)));
    // A user's pale tint, mixed for the dark ground.
    grounds.push(theme.custom_fill(Rgba::rgb(0xff, 0xf3, 0xb0)));
    for ground in grounds {
        let ink = contrast(theme.ink, ground);
        let muted = contrast(theme.muted, ground);
        assert!(ink >= 7.0, "ink on {ground:?}: {ink:.1}");
        assert!(muted >= 4.5, "muted on {ground:?}: {muted:.1}");
    }
    let stage = contrast(theme.stage_ink, theme.stage_fill);
    assert!(stage >= 4.5, "stage names: {stage:.1}");
    for kind in LaneKind::ALL {
        let accent = contrast(theme.lane_accent(kind), theme.lane_fill(kind));
        assert!(accent >= 3.0, "{kind:?} accent: {accent:.1}");
    }
}

#[test]
fn the_decoded_persona_photo_goes_into_the_scene() {
    let mut map = crate::templates::find("persona-first")
        .unwrap()
        .map()
        .unwrap();
    map.persona.photo = Some("no-such-file-is-ever-read.png".into());
    let picture = Arc::new(crate::scene::Picture::from_rgba(2, 2, vec![9; 16]).unwrap());
    let image = |options: &Options| {
        let scene = layout(&map, &Theme::default(), options);
        scene
            .items
            .iter()
            .find_map(|i| match i {
                Item::Image(image) => Some(image.clone()),
                _ => None,
            })
            .unwrap()
    };
    let with = image(&Options {
        photo: Some(picture.clone()),
        ..Options::default()
    });
    assert!(Arc::ptr_eq(with.picture.as_ref().unwrap(), &picture));
    // Not decoded (yet): the same room, an empty frame.
    let without = image(&Options::default());
    assert_eq!(without.picture, None);
    assert_eq!(without.rect, with.rect);
    // The editor's cache lays out again when the photo arrives.
    let mut cache = Cache::default();
    cache.layout(&map, &Theme::default(), &Options::default());
    let arrived = cache.layout(
        &map,
        &Theme::default(),
        &Options {
            photo: Some(picture.clone()),
            ..Options::default()
        },
    );
    assert!(
        arrived
            .items
            .iter()
            .any(|i| matches!(i, Item::Image(i) if i.picture.is_some()))
    );
}

/// The strip boxes under each stage header: (strip, bar) pairs, the bar being
/// the tinted box that starts where its strip starts.
fn funnel_bars(scene: &Scene, theme: &Theme) -> Vec<(Rect, Rect, Rgba)> {
    let boxes: Vec<&crate::scene::Boxed> = scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Box(b) => Some(b),
            _ => None,
        })
        .collect();
    let tints = [theme.positive, theme.negative].map(|c| c.with_alpha(grid::FUNNEL_BAR_ALPHA));
    boxes
        .iter()
        .filter(|b| b.fill == Some(theme.header_fill))
        .filter_map(|strip| {
            let bar = boxes.iter().find(|b| {
                b.fill.is_some_and(|f| tints.contains(&f))
                    && b.rect.x == strip.rect.x
                    && b.rect.y == strip.rect.y
                    && b.rect.h == strip.rect.h
            })?;
            Some((strip.rect, bar.rect, bar.fill?))
        })
        .collect()
}

#[test]
fn the_goal_completion_bar_fills_the_completed_share() {
    let theme = Theme::default();
    let mut map = crate::templates::find("service-blueprint")
        .unwrap()
        .map()
        .unwrap();
    let shares = [
        (Some(93.0), Some(7.0)),
        (Some(30.0), None),
        (None, Some(64.0)),
    ];
    for (stage, (done, drop)) in map.stages.iter_mut().zip(shares) {
        stage.goal_completion = done;
        stage.drop_off = drop;
    }
    map.stages.truncate(shares.len());
    let scene = layout(&map, &theme, &Options::default());
    let bars = funnel_bars(&scene, &theme);
    assert_eq!(bars.len(), shares.len(), "{bars:?}");
    for ((strip, bar, fill), (done, drop)) in bars.iter().zip(shares) {
        let (share, color) = match done {
            Some(done) => (done, theme.positive),
            None => (drop.unwrap(), theme.negative),
        };
        assert!(
            (bar.w / strip.w - share / 100.0).abs() < 1e-4,
            "{share} %: the bar fills {} of {}",
            bar.w,
            strip.w
        );
        assert_eq!(*fill, color.with_alpha(grid::FUNNEL_BAR_ALPHA));
    }
}

/// Points along a path, 32 per cubic segment.
fn samples(path: &crate::scene::Path) -> Vec<Point> {
    let mut out = vec![path.start];
    let mut from = path.start;
    for segment in &path.segments {
        match *segment {
            Segment::Line(to) => {
                out.extend((1..=32).map(|k| {
                    let t = k as f32 / 32.0;
                    Point::new(from.x + t * (to.x - from.x), from.y + t * (to.y - from.y))
                }));
                from = to;
            }
            Segment::Cubic(c1, c2, to) => {
                out.extend((1..=32).map(|k| {
                    let t = k as f32 / 32.0;
                    let u = 1.0 - t;
                    let b = |a: f32, b: f32, c: f32, d: f32| {
                        u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d
                    };
                    Point::new(b(from.x, c1.x, c2.x, to.x), b(from.y, c1.y, c2.y, to.y))
                }));
                from = to;
            }
        }
    }
    out
}

/// Where an emotion label box meets its lane's curve or zero line, if it does.
fn emotion_label_clashes(scene: &Scene, theme: &Theme, seen: &mut usize) -> Vec<String> {
    let backing = theme.band_fill.with_alpha(emotion::LABEL_BACKING_ALPHA);
    let mut clashes = Vec::new();
    for scale in &scene.emotion_scales {
        let zero = scale.y_for(0);
        let inside = |r: &Rect| {
            r.y < scale.rect.y + scale.rect.h + 200.0 && r.bottom() > scale.rect.y - 200.0
        };
        let labels: Vec<Rect> = scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Box(b) if b.fill == Some(backing) && inside(&b.rect) => Some(b.rect),
                _ => None,
            })
            .collect();
        let curves: Vec<Vec<Point>> = scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Path(p)
                    if p.stroke.is_some_and(|s| {
                        s.color == theme.ink && s.width == emotion::CURVE_WIDTH
                    }) && scale.rect.contains(p.start) =>
                {
                    Some(samples(p))
                }
                _ => None,
            })
            .collect();
        if labels.is_empty() {
            continue;
        }
        assert!(!curves.is_empty(), "labels but no curve");
        *seen += labels.len();
        let half = emotion::CURVE_WIDTH / 2.0;
        for r in &labels {
            if r.y < zero && zero < r.bottom() {
                clashes.push(format!("{r:?} crosses the zero line at {zero}"));
            }
            let grown = Rect::new(r.x - half, r.y - half, r.w + 2.0 * half, r.h + 2.0 * half);
            if let Some(p) = curves.iter().flatten().find(|p| grown.contains(**p)) {
                clashes.push(format!("{r:?} covers the curve at {p:?}"));
            }
        }
    }
    clashes
}

#[test]
fn emotion_labels_keep_clear_of_the_curve_and_the_zero_line() {
    let theme = Theme::default();
    let mut seen = 0;
    let mut clashes = Vec::new();
    for template in crate::templates::TEMPLATES {
        let map = template.map().unwrap();
        let scene = layout(&map, &theme, &Options::default());
        clashes.extend(
            emotion_label_clashes(&scene, &theme, &mut seen)
                .into_iter()
                .map(|c| format!("{}: {c}", template.name)),
        );
    }
    assert!(seen >= 20, "only {seen} emotion labels");
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}
