//! The open document: the map, where it lives on disk, its undo history and
//! whether it has unsaved changes. No UI here, so tests drive it directly.

use std::path::{Path, PathBuf};

use crate::edit::{Command, EditError, History};
use crate::io::{self, LoadError, SaveError};
use crate::model::{Date, Map, Problem};

pub struct Document {
    pub map: Map,
    pub path: Option<PathBuf>,
    /// Warnings the file loaded with, shown until the user dismisses them.
    pub warnings: Vec<Problem>,
    history: History,
    revision: u64,
    saved_revision: u64,
    /// The file as it was when opened or last saved, to notice changes by others.
    disk: Option<DiskStamp>,
}

/// Size and modification time of a file: enough to notice another program's write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DiskStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

impl DiskStamp {
    fn of(path: &Path) -> Option<DiskStamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(DiskStamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

impl Document {
    /// An unsaved document (a template or the sample map).
    pub fn new(map: Map) -> Document {
        Document {
            map,
            path: None,
            warnings: Vec::new(),
            history: History::default(),
            revision: 0,
            saved_revision: 0,
            disk: None,
        }
    }

    /// Work restored from a recovery file: unsaved until the user saves it.
    pub fn recovered(map: Map, original: Option<PathBuf>) -> Document {
        let disk = original.as_deref().and_then(DiskStamp::of);
        Document {
            path: original,
            disk,
            revision: 1,
            ..Document::new(map)
        }
    }

    /// A map imported from another format: untitled and unsaved, so closing it
    /// asks to save it as a map.
    pub fn imported(map: Map, warnings: Vec<Problem>) -> Document {
        Document {
            warnings,
            revision: 1,
            ..Document::new(map)
        }
    }

    pub fn open(path: &Path) -> Result<Document, LoadError> {
        let loaded = io::load(path)?;
        Ok(Document {
            path: Some(path.to_owned()),
            warnings: loaded.warnings,
            disk: DiskStamp::of(path),
            ..Document::new(loaded.map)
        })
    }

    /// Applies an edit as an undo step (merged with the previous step of the same gesture).
    pub fn apply(&mut self, command: Command, gesture: Option<u64>) -> Result<(), EditError> {
        self.history.apply(&mut self.map, command, gesture)?;
        self.revision += 1;
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.map);
        self.revision += u64::from(done);
        done
    }

    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.map);
        self.revision += u64::from(done);
        done
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Ends the current gesture: the next edit is a new undo step.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Changes with every edit, undo and redo: a key for caches such as the layout.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision || self.path.is_none() && self.revision > 0
    }

    /// Saves to `path` (atomically), stamping today's date as the update date.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        let mut map = self.map.clone();
        map.updated = Date::today();
        io::save(&map, path)?;
        self.map.updated = map.updated;
        self.path = Some(path.to_owned());
        self.saved_revision = self.revision;
        self.disk = DiskStamp::of(path);
        Ok(())
    }

    /// True when the document's file was changed on disk by something else since
    /// it was opened or saved (another editor, a git checkout).
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.disk) {
            (Some(path), Some(stamp)) => DiskStamp::of(path).is_some_and(|now| now != *stamp),
            _ => false,
        }
    }

    /// The file name, or "Untitled" for a document never saved.
    pub fn name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The directory relative paths in the map are read from.
    pub fn base_dir(&self) -> Option<PathBuf> {
        self.path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
    }
}
