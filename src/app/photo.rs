//! The persona photo in the editor: read and decoded off the frame thread by a
//! [`Job`] whenever the photo's path (resolved against the document's
//! directory) changes, and kept decoded for layout. Until it arrives (or when it
//! cannot be read) layout draws the photo's empty frame. Owns no texture: the
//! canvas backend uploads one per decoded picture.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui;

use super::jobs::{Job, Poll};
use crate::io::picture;
use crate::model::Map;
use crate::scene::Picture;

#[derive(Default)]
pub struct PersonaPhoto {
    /// The file the picture (or the running job) is for.
    path: Option<PathBuf>,
    job: Option<Job<Option<Arc<Picture>>>>,
    picture: Option<Arc<Picture>>,
}

impl PersonaPhoto {
    /// Call once per frame (before layout): starts decoding when the map names
    /// another photo, and takes in a decoded one. Never waits.
    pub fn update(&mut self, ctx: &egui::Context, map: &Map, base_dir: Option<&Path>) {
        let wanted = map
            .persona
            .photo
            .as_deref()
            .map(|photo| picture::resolve(photo, base_dir));
        if wanted != self.path {
            self.picture = None;
            // Dropping the old job cancels it.
            self.job = wanted.clone().map(|path| {
                Job::spawn(Some(ctx), move |_| picture::load(&path).ok().map(Arc::new))
            });
            self.path = wanted;
        }
        if let Some(job) = &mut self.job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(picture) => {
                    self.picture = picture;
                    self.job = None;
                }
                // A decoder that panicked: show the empty frame, as for a bad file.
                Poll::Lost => self.job = None,
            }
        }
    }

    /// The decoded photo, if it has arrived.
    pub fn picture(&self) -> Option<Arc<Picture>> {
        self.picture.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Updates once per "frame" until the job is done (a few seconds at most).
    fn settle(photo: &mut PersonaPhoto, ctx: &egui::Context, map: &Map, dir: &Path) {
        for _ in 0..500 {
            photo.update(ctx, map, Some(dir));
            if photo.job.is_none() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the photo job never finished");
    }

    #[test]
    fn the_photo_is_decoded_in_the_background_and_follows_its_path() {
        let dir = std::env::temp_dir().join(format!("wayline-photo-job-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        image::RgbaImage::from_pixel(3, 5, image::Rgba([1, 2, 3, 255]))
            .save(dir.join("face.png"))
            .unwrap();
        let ctx = egui::Context::default();
        let mut map = Map::new("Photo");
        map.persona.photo = Some("face.png".into());
        let mut photo = PersonaPhoto::default();
        settle(&mut photo, &ctx, &map, &dir);
        let picture = photo.picture().expect("decoded");
        assert_eq!((picture.width(), picture.height()), (3, 5));
        // The same path is not read again.
        photo.update(&ctx, &map, Some(&dir));
        assert!(photo.job.is_none());
        assert!(Arc::ptr_eq(&photo.picture().unwrap(), &picture));
        // Another photo, unreadable: the old picture goes, an empty frame stays.
        map.persona.photo = Some("missing.png".into());
        photo.update(&ctx, &map, Some(&dir));
        assert!(photo.picture().is_none());
        settle(&mut photo, &ctx, &map, &dir);
        assert!(photo.picture().is_none());
        map.persona.photo = None;
        photo.update(&ctx, &map, Some(&dir));
        assert!(photo.job.is_none() && photo.picture().is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
