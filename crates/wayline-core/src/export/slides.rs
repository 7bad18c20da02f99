//! The slide deck: 16:9 pages (13.333 × 7.5 in, what presentation software
//! uses) set for projection, every page at scale 1 so text is the size the
//! slide theme says. First an overview summary (stage names, the emotion curve,
//! pain points and opportunities per stage; no text under 14 pt), then each
//! stage: its name as the only header, the emotion strip (the curve across the
//! stage, its neighbours faded) and its lanes stacked down the slide, cards
//! flowed into one to three columns per lane, text 18 pt or more. A stage that
//! does not fit goes on as many slides as it needs, cut between lanes or
//! between rows of cards, never shrunk. A service blueprint's lines of
//! interaction, visibility and internal interaction run as labelled bands
//! between the lanes they part. A stage with nothing to show (no card,
//! point or finding) gets no slide; the overview still names it.

use crate::i18n::tr;
use crate::layout::{self, Theme, slide};
use crate::model::{Card, LaneKind, Map, MapKind, Stage, Step, StepId};
use crate::scene::{Item, Page, Point, Rect, Scene, Target};

use super::ExportOptions;
use super::options::MM;

/// 13.333 × 7.5 inches, in points.
pub const SLIDE_W: f32 = 960.0;
pub const SLIDE_H: f32 = 540.0;
/// Room between the title, the strip and the lanes, and between lanes.
const GAP: f32 = 10.0;

/// What a stage slide shows, for the print preview's outlines: its stage (an
/// index), which of the stage's `count` slides it is, and the map's cards,
/// emotion points and facts on it.
pub(super) struct Shown {
    pub stage: usize,
    pub part: usize,
    pub count: usize,
    pub targets: Vec<Target>,
}

pub fn slide_pages(
    map: &Map,
    theme: &Theme,
    layout_options: &layout::Options,
    options: &ExportOptions,
) -> Vec<Page> {
    deck(map, theme, layout_options, options)
        .into_iter()
        .map(|(page, _)| page)
        .collect()
}

/// The deck's pages, each stage slide with what it shows (the overview with
/// `None`).
pub(super) fn deck(
    map: &Map,
    theme: &Theme,
    layout_options: &layout::Options,
    options: &ExportOptions,
) -> Vec<(Page, Option<Shown>)> {
    // The slide's own margin: a projector shows the whole slide.
    let margin = (options.margin_mm * MM).clamp(12.0, 24.0);
    let hidden = layout_options.include_hidden_lanes;
    let mut pages = vec![(
        page(slide::overview(
            map,
            theme,
            (SLIDE_W, SLIDE_H),
            margin,
            hidden,
        )),
        None,
    )];
    let slide_theme = slide::theme(theme);
    let stage_options = layout::Options {
        include_persona: false,
        include_legend: false,
        include_title: false,
        include_stage_headers: false,
        // Sticky-note space is for paper on a wall, not for a projector.
        workshop: false,
        min_width: 0.0,
        ..layout_options.clone()
    };
    let width = SLIDE_W - 2.0 * margin;
    let title_h = slide::title().line_advance();
    let total = map.stages.len();
    let mut base = map.clone();
    base.cards.clear();
    base.lanes.clear();
    base.stages.clear();
    // A slide speaks the whole map's language, not a guess from one stage.
    base.language = Some(map.language());
    let fit = Fit {
        base: &base,
        theme: &slide_theme,
        options: &stage_options,
        width,
    };
    for (i, stage) in map.stages.iter().enumerate() {
        let top = margin + title_h + GAP;
        let strip_rect = Rect::new(margin, top, width, slide::STRIP_H);
        let strip = slide::emotion_strip(map, &slide_theme, i, strip_rect, hidden);
        let cards_top = if strip.is_empty() {
            top
        } else {
            strip_rect.bottom() + GAP
        };
        // The strip goes on a stage's first slide; the ones after it give its
        // room to cards.
        let rooms = (SLIDE_H - margin - cards_top, SLIDE_H - margin - top);
        let plans = fit.plans(map, stage, hidden);
        let here = !strip.is_empty()
            && map.cards.iter().any(|c| {
                c.stage == stage.id
                    && map
                        .lane(&c.lane)
                        .is_some_and(|l| l.kind == LaneKind::Emotions)
            });
        if plans.is_empty() && !here {
            continue;
        }
        let mut parts = fit.slides(stage, plans, rooms);
        if parts.is_empty() {
            // Only the emotion strip: one slide of it.
            parts.push(Vec::new());
        }
        let count = parts.len();
        for (j, part) in parts.into_iter().enumerate() {
            let mut items: Vec<Item> = Vec::new();
            let mut number = tr(
                map.language(),
                "slide-number",
                &[("number", (i + 1).into()), ("total", total.into())],
            );
            if count > 1 {
                number = format!("{number} ({}/{count})", j + 1);
            }
            items.extend(title_items(&stage.name, &number, theme, margin));
            let mut y = top;
            let mut targets: Vec<Target> = Vec::new();
            if j == 0 {
                items.extend(strip.iter().cloned());
                y = cards_top;
                if !strip.is_empty() {
                    targets.extend(
                        map.cards
                            .iter()
                            .filter(|c| {
                                c.stage == stage.id
                                    && map
                                        .lane(&c.lane)
                                        .is_some_and(|l| l.kind == LaneKind::Emotions)
                            })
                            .map(|c| Target::EmotionPoint(c.id.clone())),
                    );
                }
            }
            let mut scene = Scene {
                width: SLIDE_W,
                height: SLIDE_H,
                background: Some(theme.background),
                items,
                ..Scene::default()
            };
            for unit in part {
                targets.extend(
                    unit.hits
                        .iter()
                        .filter(|h| matches!(h.target, Target::Card(_) | Target::Facts(_)))
                        .map(|h| h.target.clone()),
                );
                let h = unit.height;
                // Hits come along, so backends still group each card and lane.
                scene.append(unit, margin, y);
                y += h + GAP;
            }
            scene.missing_glyphs = layout::missing_glyphs(&scene);
            // Only a single card taller than a whole slide overflows; that
            // slide alone shrinks to show it whole.
            let over = (y - GAP + margin) / SLIDE_H;
            let mut page = page(scene);
            if over > 1.0 {
                page.scale = 1.0 / over;
                page.offset = ((SLIDE_W - SLIDE_W * page.scale) / 2.0, 0.0);
            }
            let shown = Shown {
                stage: i,
                part: j,
                count,
                targets,
            };
            pages.push((page, Some(shown)));
        }
    }
    pages
}

fn page(scene: Scene) -> Page {
    Page {
        width: SLIDE_W,
        height: SLIDE_H,
        scale: 1.0,
        offset: (0.0, 0.0),
        background: None,
        scene,
    }
}

/// What lays out the pieces of a stage slide: the map's fields without its
/// stages, lanes and cards, the slide theme and options, the slide's width.
struct Fit<'a> {
    base: &'a Map,
    theme: &'a Theme,
    options: &'a layout::Options,
    width: f32,
}

impl Fit<'_> {
    /// One lane's `cards` of `stage` flowed into `columns` columns (row by row,
    /// so they read left to right), or, with no lane, the stage's KPIs and
    /// insights; laid out `width` wide, its top at 0.
    fn piece(
        &self,
        stage: &Stage,
        lane: Option<&crate::model::Lane>,
        cards: &[&Card],
        columns: usize,
    ) -> Scene {
        let mut part = self.base.clone();
        let mut stage = stage.clone();
        stage.name.clear();
        stage.description.clear();
        stage.steps = if columns > 1 {
            (0..columns)
                .map(|c| Step {
                    id: StepId::new(format!("slide-column-{c}")),
                    name: String::new(),
                })
                .collect()
        } else {
            Vec::new()
        };
        if lane.is_some() {
            stage.kpis.clear();
            stage.insights.clear();
        }
        part.cards = cards
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let mut card = (*c).clone();
                card.step = stage.steps.get(k % columns).map(|s| s.id.clone());
                card
            })
            .collect();
        part.stages = vec![stage];
        part.lanes = lane.into_iter().cloned().collect();
        let column = self.width - self.theme.lane_header_width;
        let theme = Theme {
            stage_width: column,
            step_width: column / columns as f32,
            ..self.theme.clone()
        };
        layout::layout(&part, &theme, self.options)
    }

    /// How a stage's lanes are set: each lane with cards in the stage, its
    /// cards in whichever of one to three columns makes it shortest; then the
    /// KPIs and insights (`lane` `None`).
    fn plans<'m>(&self, map: &'m Map, stage: &Stage, hidden: bool) -> Vec<Plan<'m>> {
        let mut out: Vec<Plan> = Vec::new();
        // A blueprint's lines, as the map draws them: above the first lane of
        // their kind with a lane above it.
        let mut drawn = (map.kind == MapKind::ServiceBlueprint).then_some([false; 3]);
        for lane in map
            .lanes
            .iter()
            .filter(|l| l.kind != LaneKind::Emotions && (hidden || !l.hidden))
        {
            let cards: Vec<&Card> = map
                .cards
                .iter()
                .filter(|c| c.lane == lane.id && c.stage == stage.id)
                .collect();
            let mut best: Option<(usize, f32)> = None;
            for columns in 1..=3.min(cards.len()) {
                let h = self.piece(stage, Some(lane), &cards, columns).height;
                if best.is_none_or(|(_, b)| h < b - 0.5) {
                    best = Some((columns, h));
                }
            }
            if let Some((columns, _)) = best {
                let line = match (drawn.as_mut(), slide::blueprint_line_above(lane.kind)) {
                    (Some(drawn), Some(i)) if !drawn[i] && !out.is_empty() => {
                        drawn[i] = true;
                        Some(i)
                    }
                    _ => None,
                };
                out.push(Plan {
                    lane: Some(lane),
                    cards,
                    columns,
                    line,
                });
            }
        }
        if !stage.insights.is_empty() || !stage.kpis.is_empty() {
            out.push(Plan {
                lane: None,
                cards: Vec::new(),
                columns: 1,
                line: None,
            });
        }
        out
    }

    /// A stage's lanes onto slides `rooms.0` tall for the first slide and
    /// `rooms.1` for the others, in order: each slide takes
    /// as many whole rows of cards as it has room for, and a lane that goes
    /// on to the next slide repeats its name there. KPIs and insights go
    /// together, or apart when together they do not fit what is left.
    fn slides(&self, stage: &Stage, plans: Vec<Plan>, rooms: (f32, f32)) -> Vec<Vec<Scene>> {
        let mut deck = Deck {
            rooms,
            slides: Vec::new(),
            current: Vec::new(),
            used: 0.0,
        };
        for plan in plans {
            let Some(lane) = plan.lane else {
                let facts = self.piece(stage, None, &[], 1);
                let left = deck.room() - deck.used;
                let apart =
                    facts.height > left && !stage.kpis.is_empty() && !stage.insights.is_empty();
                if !apart {
                    deck.place(facts);
                } else {
                    let (mut kpis, mut insights) = (stage.clone(), stage.clone());
                    kpis.insights.clear();
                    insights.kpis.clear();
                    deck.place(self.piece(&kpis, None, &[], 1));
                    deck.place(self.piece(&insights, None, &[], 1));
                }
                continue;
            };
            let (cards, columns) = (&plan.cards, plan.columns);
            let band = plan
                .line
                .map(|i| slide::blueprint_band(self.base.language(), i, self.theme, self.width));
            let mut start = 0;
            while start < cards.len() {
                let left = deck.room() - deck.used;
                let rows = (cards.len() - start).div_ceil(columns);
                let lay = |rows: usize| {
                    let end = (start + rows * columns).min(cards.len());
                    let piece = self.piece(stage, Some(lane), &cards[start..end], columns);
                    // The line goes above the lane's first row, with it.
                    match band.as_ref().filter(|_| start == 0) {
                        Some(band) => (end, banded(band, piece)),
                        None => (end, piece),
                    }
                };
                let (mut end, mut piece) = lay(rows);
                if piece.height > left {
                    // The most rows that fit in what is left of the slide.
                    (end, piece) = lay(1);
                    let (mut lo, mut hi) = (1, rows - 1);
                    while lo < hi {
                        let mid = (lo + hi).div_ceil(2);
                        let (e, p) = lay(mid);
                        if p.height <= left {
                            lo = mid;
                            (end, piece) = (e, p);
                        } else {
                            hi = mid - 1;
                        }
                    }
                    if piece.height > left && !deck.current.is_empty() {
                        // Not one row fits under what is there: a new slide.
                        deck.next();
                        continue;
                    }
                }
                deck.place(piece);
                start = end;
            }
        }
        deck.next();
        deck.slides
    }
}

/// How one lane of a stage is set on its slides.
struct Plan<'m> {
    /// `None`: the stage's KPIs and insights.
    lane: Option<&'m crate::model::Lane>,
    cards: Vec<&'m Card>,
    columns: usize,
    /// The blueprint line above the lane (0 interaction, 1 visibility, 2
    /// internal interaction).
    line: Option<usize>,
}

/// `piece` with a blueprint line's band above it (its hits moved with it).
fn banded(band: &Scene, piece: Scene) -> Scene {
    let down = band.height + GAP;
    let mut out = Scene {
        height: piece.height + down,
        width: piece.width,
        items: band.items.clone(),
        ..Scene::default()
    };
    out.append(piece, 0.0, down);
    out
}

/// Pieces going onto slides, top to bottom: the first slide `rooms.0` tall,
/// the others `rooms.1`.
struct Deck {
    rooms: (f32, f32),
    slides: Vec<Vec<Scene>>,
    current: Vec<Scene>,
    used: f32,
}

impl Deck {
    fn room(&self) -> f32 {
        if self.slides.is_empty() {
            self.rooms.0
        } else {
            self.rooms.1
        }
    }

    /// Ends the current slide, if it has anything.
    fn next(&mut self) {
        if !self.current.is_empty() {
            self.slides.push(std::mem::take(&mut self.current));
        }
        self.used = 0.0;
    }

    /// Puts `piece` under what the slide has, or on a new slide when it does
    /// not fit there.
    fn place(&mut self, piece: Scene) {
        if self.used + piece.height > self.room() + 0.5 {
            self.next();
        }
        self.used += piece.height + GAP;
        self.current.push(piece);
    }
}

/// The slide's title (the stage's name) and its number at the right.
fn title_items(name: &str, number: &str, theme: &Theme, margin: f32) -> Vec<Item> {
    let style = slide::title();
    let number_w = crate::text::wrap(number, &style, SLIDE_W)
        .first()
        .map_or(0.0, |l| l.width);
    let name_w = SLIDE_W - 2.0 * margin - number_w - 24.0;
    vec![
        Item::Text(layout::text(
            &slide::one_line(name, &style, name_w),
            &style,
            theme.ink,
            Point::new(margin, margin),
            name_w,
        )),
        Item::Text(layout::text(
            number,
            &style,
            theme.muted,
            Point::new(SLIDE_W - margin - number_w, margin),
            number_w + 1.0,
        )),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_go_on_slides_in_order_as_many_as_fit() {
        let unit = |h: f32| Scene {
            height: h,
            ..Scene::default()
        };
        let mut deck = Deck {
            rooms: (200.0, 300.0),
            slides: Vec::new(),
            current: Vec::new(),
            used: 0.0,
        };
        for h in [100.0, 80.0, 100.0, 250.0, 50.0] {
            deck.place(unit(h));
        }
        deck.next();
        let heights: Vec<Vec<f32>> = deck
            .slides
            .iter()
            .map(|s| s.iter().map(|u| u.height).collect())
            .collect();
        assert_eq!(
            heights,
            vec![vec![100.0, 80.0], vec![100.0], vec![250.0], vec![50.0]]
        );
    }
}
