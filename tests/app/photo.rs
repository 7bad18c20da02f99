//! The persona photo in the editor: decoded off the frame thread, handed to
//! layout when it arrives, and uploaded to the GPU once per picture.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui::{self, Vec2};
use egui_kittest::Harness;
use wayline::app::WaylineApp;
use wayline::paint::{Textures, View, paint};
use wayline::scene::{Image, Item, Picture, Rect, Scene};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wayline-photo-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn the_image(scene: &Scene) -> Option<Image> {
    scene.items.iter().find_map(|i| match i {
        Item::Image(image) => Some(image.clone()),
        _ => None,
    })
}

/// Steps frames (letting the photo job run between them) until `done`.
fn step_until(h: &mut Harness<'static, WaylineApp>, done: impl Fn(&WaylineApp) -> bool) {
    for _ in 0..400 {
        h.step();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the photo never arrived");
}

fn editor_on(file: &Path, dir: &Path) -> Harness<'static, WaylineApp> {
    let app = WaylineApp::with_recovery_dir(Some(file), dir.join("recovery"));
    Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut WaylineApp| app.ui_root(ui), app)
}

fn picture_of(app: &WaylineApp) -> Option<Arc<Picture>> {
    the_image(app.canvas.scene()).and_then(|i| i.picture)
}

#[test]
fn the_editor_decodes_the_photo_in_the_background_and_lays_it_out() {
    let d = temp("editor");
    image::RgbaImage::from_pixel(64, 48, image::Rgba([200, 20, 20, 255]))
        .save(d.join("face.png"))
        .unwrap();
    let mut map = wayline::templates::find("persona-first")
        .unwrap()
        .map()
        .unwrap();
    map.persona.photo = Some("face.png".into());
    let file = d.join("photo.journey.ron");
    wayline::io::save(&map, &file).unwrap();

    let mut h = editor_on(&file, &d);
    step_until(&mut h, |app| picture_of(app).is_some());
    let picture = picture_of(h.state()).unwrap();
    assert_eq!((picture.width(), picture.height()), (64, 48));
    assert_eq!(&picture.rgba()[..4], &[200, 20, 20, 255]);
    // The picture is kept: later frames neither decode nor upload it again.
    let textures = h.ctx.tex_manager().read().num_allocated();
    h.run_steps(10);
    assert!(Arc::ptr_eq(&picture_of(h.state()).unwrap(), &picture));
    assert_eq!(h.ctx.tex_manager().read().num_allocated(), textures);

    // Another photo that cannot be read: the frame stays, empty.
    let rect = the_image(h.state().canvas.scene()).unwrap().rect;
    h.state_mut().doc.map.persona.photo = Some("missing.png".into());
    step_until(&mut h, |app| {
        the_image(app.canvas.scene()).is_some_and(|i| i.picture.is_none())
    });
    h.run_steps(20);
    let image = the_image(h.state().canvas.scene()).unwrap();
    assert_eq!(image.picture, None);
    assert_eq!(image.rect, rect);
}

#[test]
fn the_canvas_uploads_a_picture_once_however_often_it_is_drawn() {
    let ctx = egui::Context::default();
    let picture = Arc::new(Picture::from_rgba(2, 2, vec![200; 16]).unwrap());
    let scene = Scene {
        width: 100.0,
        height: 100.0,
        items: vec![Item::Image(Image {
            rect: Rect::new(10.0, 10.0, 50.0, 50.0),
            picture: Some(picture),
        })],
        ..Scene::default()
    };
    let view = View {
        origin: egui::Pos2::ZERO,
        zoom: 1.0,
    };
    let mut textures = Textures::default();
    let mut frame = || {
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            paint(ui.painter(), &scene, view, &mut textures);
        });
        output.textures_delta.clear();
        ctx.tex_manager().read().num_allocated()
    };
    let first = frame();
    let (second, third) = (frame(), frame());
    assert_eq!((second, third), (first, first));
    // Without the picture nothing is uploaded for it.
    let before = {
        let ctx = egui::Context::default();
        let mut textures = Textures::default();
        let empty = Scene::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            paint(ui.painter(), &empty, view, &mut textures);
        });
        output.textures_delta.clear();
        ctx.tex_manager().read().num_allocated()
    };
    assert_eq!(first, before + 1, "one texture for the picture");
}
