//! Speed goals (BENCHMARKS.md): load, save, layout, re-layout after one edit,
//! one canvas frame, and PNG/PDF export, on generated maps of 50 to 10 000 cards
//! with mixed Chinese, Polish and English text and a persona photo.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::egui;
use wayline::edit::Command;
use wayline::export::{ExportOptions, PageSize, plan};
use wayline::layout::{self, Theme};
use wayline::model::Map;
use wayline::paint::{Textures, View, install_fonts, paint};
use wayline::{generate, io};

/// The sizes the issue names: (stages, cards).
const SIZES: &[(usize, usize)] = &[(8, 50), (8, 500), (20, 2000), (40, 10_000)];

/// A generated map with its persona photo written beside it.
fn fixture(stages: usize, cards: usize) -> (Map, PathBuf) {
    let dir = std::env::temp_dir().join("wayline-bench");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut map = generate::map(stages, cards, 42);
    generate::persona_photo(&dir.join("persona.jpg")).expect("photo");
    map.persona.photo = Some("persona.jpg".into());
    (map, dir)
}

/// Layout options with the fixture's photo decoded, as the editor and export
/// hand it to layout.
fn options(dir: &Path) -> layout::Options {
    let photo = wayline::io::picture::load(&dir.join("persona.jpg")).expect("photo");
    layout::Options {
        photo: Some(std::sync::Arc::new(photo)),
        ..layout::Options::default()
    }
}

fn label(stages: usize, cards: usize) -> String {
    format!("{stages}x{cards}")
}

fn files(c: &mut Criterion) {
    let mut group = c.benchmark_group("file");
    for &(stages, cards) in SIZES {
        let (map, _) = fixture(stages, cards);
        let text = io::to_string(&map).expect("save");
        let path = Path::new("bench.journey.ron");
        group.bench_with_input(
            BenchmarkId::new("load", label(stages, cards)),
            &text,
            |b, text| b.iter(|| io::parse_str(black_box(text), path).expect("load")),
        );
        group.bench_with_input(
            BenchmarkId::new("save", label(stages, cards)),
            &map,
            |b, map| b.iter(|| io::to_string(black_box(map)).expect("save")),
        );
    }
    group.finish();
}

fn layouts(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    let theme = Theme::default();
    for &(stages, cards) in SIZES {
        let (map, dir) = fixture(stages, cards);
        let opts = options(&dir);
        group.bench_with_input(
            BenchmarkId::new("full", label(stages, cards)),
            &map,
            |b, map| b.iter(|| layout::layout(black_box(map), &theme, &opts)),
        );
        group.bench_with_input(
            BenchmarkId::new("full-cold", label(stages, cards)),
            &map,
            |b, map| {
                b.iter(|| {
                    wayline::text::clear_caches();
                    layout::layout(black_box(map), &theme, &opts)
                })
            },
        );
        // One edit (a card's text), then the editor's re-layout through its cache.
        let mut cache = layout::Cache::default();
        let mut edited = map.clone();
        let target = edited.cards[edited.cards.len() / 2].clone();
        let mut flip = false;
        cache.layout(&edited, &theme, &opts);
        group.bench_function(BenchmarkId::new("after-edit", label(stages, cards)), |b| {
            b.iter(|| {
                flip = !flip;
                let mut card = target.clone();
                card.text = if flip {
                    format!("{} — zmiana 修改", target.text)
                } else {
                    target.text.clone()
                };
                Command::SetCard { card }
                    .apply(&mut edited)
                    .expect("edit applies");
                black_box(cache.layout(&edited, &theme, &opts));
            })
        });
    }
    group.finish();
}

/// One editor frame without a window: egui builds the canvas shapes for what is
/// visible and tessellates them, as eframe would before handing them to the GPU.
fn canvas(c: &mut Criterion) {
    let mut group = c.benchmark_group("canvas-frame");
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 900.0));
    for &(stages, cards) in SIZES {
        let (map, dir) = fixture(stages, cards);
        let scene = layout::layout(&map, &Theme::default(), &options(&dir));
        let fit = screen.width() / scene.width;
        for (name, zoom) in [("100%", 1.0), ("fit", fit)] {
            let view = View {
                origin: egui::pos2(0.0, -scene.height * zoom / 3.0),
                zoom,
            };
            let mut textures = Textures::default();
            let mut frame = || {
                let input = egui::RawInput {
                    screen_rect: Some(screen),
                    ..Default::default()
                };
                let output = ctx.run_ui(input, |ui| {
                    paint(ui.painter(), &scene, view, &mut textures);
                });
                ctx.tessellate(output.shapes, output.pixels_per_point)
            };
            frame(); // fonts and textures
            group.bench_function(BenchmarkId::new(name, label(stages, cards)), |b| {
                b.iter(|| black_box(frame()))
            });
        }
    }
    group.finish();
}

/// A frame while a card's text is being typed on a 3000-card map: one
/// character more (or less) in the card, the editor's re-layout through
/// `layout::Cache` (only the edited lane is laid out again), then the canvas
/// frame at 100% as in `canvas-frame`. `full-layout` is the same frame with the
/// whole map laid out again, for comparison.
fn typing(c: &mut Criterion) {
    let mut group = c.benchmark_group("typing");
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 900.0));
    let (stages, cards) = (20, 3000);
    let (map, dir) = fixture(stages, cards);
    let opts = options(&dir);
    let theme = Theme::default();
    let target = map.cards[map.cards.len() / 2].clone();
    for (name, cached) in [("frame", true), ("frame-full-layout", false)] {
        let mut edited = map.clone();
        let mut cache = layout::Cache::default();
        let scene = cache.layout(&edited, &theme, &opts);
        // The edited card on screen, as while typing into it.
        let at = scene
            .hit_rect(&wayline::scene::Target::Card(target.id.clone()))
            .expect("the card is laid out");
        let view = View {
            origin: egui::pos2(-at.x + 400.0, -at.y + 300.0),
            zoom: 1.0,
        };
        let mut textures = Textures::default();
        let mut typed = 0usize;
        let mut frame = |edited: &mut Map, cache: &mut layout::Cache| {
            // Typing "zmiana 修改" one character at a time, then starting over.
            let tail: String = "zmiana 修改".chars().take(typed % 10).collect();
            typed += 1;
            let mut card = target.clone();
            card.text = format!("{} {tail}", target.text);
            Command::SetCard { card }
                .apply(edited)
                .expect("edit applies");
            let scene = if cached {
                cache.layout(edited, &theme, &opts)
            } else {
                layout::layout(edited, &theme, &opts)
            };
            let input = egui::RawInput {
                screen_rect: Some(screen),
                ..Default::default()
            };
            let output = ctx.run_ui(input, |ui| {
                paint(ui.painter(), &scene, view, &mut textures);
            });
            ctx.tessellate(output.shapes, output.pixels_per_point)
        };
        frame(&mut edited, &mut cache); // fonts and textures
        group.bench_function(BenchmarkId::new(name, label(stages, cards)), |b| {
            b.iter(|| black_box(frame(&mut edited, &mut cache)))
        });
    }
    group.finish();
}

/// A whole editor frame (menus, panels, canvas, inspector) on the 3000-card
/// map, as a screen reader sees it (AccessKit on: one
/// node per canvas item in view) and without one.
fn editor_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor-frame");
    group.sample_size(20);
    let (map, dir) = fixture(20, 3000);
    let file = dir.join("editor-frame.journey.ron");
    io::save(&map, &file).expect("save");
    for accesskit in [false, true] {
        let mut app =
            wayline::app::WaylineApp::with_recovery_dir(Some(&file), dir.join("recovery"));
        let ctx = egui::Context::default();
        if accesskit {
            ctx.enable_accesskit();
        }
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
        let frame = |app: &mut wayline::app::WaylineApp| {
            let input = egui::RawInput {
                screen_rect: Some(screen),
                ..Default::default()
            };
            let output = ctx.run_ui(input, |ui| app.ui_root(ui));
            black_box(output.platform_output.accesskit_update);
        };
        for _ in 0..5 {
            frame(&mut app); // fonts, layout, the photo
        }
        let name = if accesskit {
            "accesskit-on"
        } else {
            "accesskit-off"
        };
        group.bench_function(BenchmarkId::new(name, label(20, 3000)), |b| {
            b.iter(|| frame(&mut app))
        });
    }
    group.finish();
}

fn exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    for &(stages, cards) in &SIZES[..3] {
        let (map, dir) = fixture(stages, cards);
        let a3 = ExportOptions {
            page: PageSize::A3,
            ..ExportOptions::default()
        };
        let meta = wayline::render::pdf::Metadata {
            title: map.title.clone(),
            author: "bench".into(),
            ..Default::default()
        };
        group.bench_function(BenchmarkId::new("pdf-a3", label(stages, cards)), |b| {
            b.iter(|| {
                let pages = plan(&map, Some(&dir), &a3).expect("plan");
                wayline::render::pdf::render(&pages, &meta).expect("pdf")
            })
        });
        group.bench_function(
            BenchmarkId::new("png-a3-300dpi", label(stages, cards)),
            |b| {
                b.iter(|| {
                    let pages = plan(&map, Some(&dir), &a3).expect("plan");
                    wayline::render::raster::render_page(&pages[0], 300.0).expect("png")
                })
            },
        );
    }
    group.finish();
}

criterion_group!(
    benches,
    files,
    layouts,
    canvas,
    typing,
    editor_frames,
    exports
);
criterion_main!(benches);
