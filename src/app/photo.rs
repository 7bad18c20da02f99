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
