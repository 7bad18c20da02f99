//! Print preview: where the pages of the next export will break, drawn over the
//! canvas as dashed sheet outlines with their labels (A1, B2…, page n of m).
//! The outlines come from `export::sheets`, the export's own page planning run
//! on the scene already on screen, so the preview lays nothing out again; it
//! runs in a job whenever the map, the scene or the options change, and the
//! last outlines stay drawn meanwhile. It follows the Export dialog's options.

use eframe::egui::{self, Align2, Color32, FontId, Stroke};

use super::WaylineApp;
use super::export_dialog::SheetsKey;
use super::i18n::tr;
use super::jobs::{Job, Poll};
use crate::scene::Point;

const INK: Color32 = Color32::from_rgb(0xc2, 0x3b, 0x8c);

/// Flips the preview on or off (the View menu's "Print preview").
pub fn toggle(app: &mut WaylineApp) {
    app.export.preview = !app.export.preview;
}

/// Takes in planned sheets and starts planning when the key changed.
fn refresh(app: &mut WaylineApp, ctx: &egui::Context) {
    let export = &mut app.export;
    if let Some((key, job)) = &mut export.planning {
        match job.poll() {
            Poll::Pending => {}
            // A lost job leaves the old outlines; the next change plans again.
            Poll::Lost => export.planning = None,
            Poll::Done(sheets) => {
                export.sheets = Some((key.clone(), sheets));
                export.planning = None;
            }
        }
    }
    let scene = app.canvas.scene();
    let key = SheetsKey {
        revision: app.doc.revision(),
        size: (scene.width, scene.height),
        options: export.options.clone(),
    };
    let planned = |k: &SheetsKey| *k == key;
    if export.sheets.as_ref().is_some_and(|(k, _)| planned(k))
        || export.planning.as_ref().is_some_and(|(k, _)| planned(k))
    {
        return;
    }
    if export.planning.is_none() {
        let (map, scene, options) = (app.doc.map.clone(), scene.clone(), key.options.clone());
        let job = Job::spawn(Some(ctx), move |_| {
            crate::export::sheets(&map, &scene, &options)
        });
        export.planning = Some((key, job));
    } else {
        // The running plan is out of date: look again once it is in.
        ctx.request_repaint_after(std::time::Duration::from_millis(30));
    }
}

/// Draws the sheet outlines when the preview is on; call after the map is painted.
pub fn paint(app: &mut WaylineApp, painter: &egui::Painter) {
    if !app.export.preview {
        return;
    }
    refresh(app, painter.ctx());
    let Some((_, sheets)) = &app.export.sheets else {
        return;
    };
    let stroke = Stroke::new(1.5, INK);
    for sheet in sheets {
        let r = sheet.rect;
        let corners = [
            app.canvas.to_screen(Point::new(r.x, r.y)),
            app.canvas.to_screen(Point::new(r.right(), r.y)),
            app.canvas.to_screen(Point::new(r.right(), r.bottom())),
            app.canvas.to_screen(Point::new(r.x, r.bottom())),
        ];
        for i in 0..4 {
            painter.extend(egui::Shape::dashed_line(
                &[corners[i], corners[(i + 1) % 4]],
                stroke,
                8.0,
                5.0,
            ));
        }
        // Kept on screen when the sheet starts above or left of the view.
        let clip = painter.clip_rect();
        let at = corners[0].max(clip.left_top()) + egui::vec2(6.0, 6.0);
        if !clip.contains(at) || at.x > corners[1].x || at.y > corners[2].y {
            continue;
        }
        // Wrapped to its sheet, so narrow sheets (a slide per stage) never
        // lay their labels over each other.
        let room = corners[1].x - at.x - 6.0;
        if room < 24.0 {
            continue;
        }
        let galley = painter.layout(sheet.label.clone(), FontId::proportional(13.0), INK, room);
        let back = egui::Rect::from_min_size(at, galley.size()).expand(3.0);
        painter.rect_filled(back, 3.0, Color32::from_white_alpha(220));
        painter.galley(at, galley, INK);
    }
    if sheets.is_empty() {
        let rect = painter.clip_rect();
        painter.text(
            rect.left_top() + egui::vec2(12.0, 12.0),
            Align2::LEFT_TOP,
            tr!("preview-invalid"),
            FontId::proportional(13.0),
            INK,
        );
    }
}
