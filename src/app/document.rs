//! The open document: the map, where it lives on disk, its undo history and
//! whether it has unsaved changes. No UI here, so tests drive it directly.

use std::path::{Path, PathBuf};

use crate::edit::{Command, EditError, History, State};
use crate::io::recovery::FileStamp;
use crate::io::{self, LoadError, SaveError};
use crate::model::{Date, Map, Problem};

pub struct Document {
    pub map: Map,
    pub path: Option<PathBuf>,
    /// Warnings the file loaded with, shown until the user dismisses them.
    pub warnings: Vec<Problem>,
    history: History,
    revision: u64,
    /// The file as it was when opened or last saved, to notice changes by others.
    disk: Option<DiskStamp>,
}

/// Size and modification time of a file: enough to notice another program's write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

impl DiskStamp {
    /// Reads the file's metadata: call it in a job, not in a frame.
    pub fn of(path: &Path) -> Option<DiskStamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(DiskStamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }

    /// A stamp no file has: for work whose file's state is not known.
    pub fn unknown() -> DiskStamp {
        DiskStamp {
            modified: None,
            len: u64::MAX,
        }
    }

    /// As recorded in a recovery file.
    pub fn to_file_stamp(self) -> FileStamp {
        FileStamp {
            modified: self
                .modified
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| (d.as_secs(), d.subsec_nanos())),
            len: self.len,
        }
    }

    /// As read back from a recovery file.
    pub fn from_file_stamp(stamp: FileStamp) -> DiskStamp {
        DiskStamp {
            modified: stamp
                .modified
                .map(|(secs, nanos)| std::time::UNIX_EPOCH + std::time::Duration::new(secs, nanos)),
            len: stamp.len,
        }
    }
}

/// A save taken from the document in a frame (a copy of the map and where it
/// goes), to be written by [`SaveRequest::write`] in a job.
pub struct SaveRequest {
    pub map: Map,
    pub path: PathBuf,
    /// The history state saved: what is on disk once the write succeeds, even
    /// if the user edits on while it is written.
    state: State,
    /// Refuse to write when the file no longer has this stamp (another program
    /// changed it); `None` writes in any case.
    expect: Option<DiskStamp>,
}

/// What a finished save found.
#[derive(Debug)]
pub enum SaveOutcome {
    /// Written; the file's new stamp.
    Saved(Option<DiskStamp>),
    /// Not written: the file changed on disk since it was opened or saved.
    ChangedOnDisk,
}

impl SaveRequest {
    /// Checks the file on disk, then writes the map atomically (off the frame thread).
    pub fn write(&self) -> Result<SaveOutcome, SaveError> {
        if let Some(expected) = self.expect
            && DiskStamp::of(&self.path).is_some_and(|now| now != expected)
        {
            return Ok(SaveOutcome::ChangedOnDisk);
        }
        io::save(&self.map, &self.path)?;
        Ok(SaveOutcome::Saved(DiskStamp::of(&self.path)))
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
            disk: None,
        }
    }

    /// Work restored from a recovery file: unsaved until the user saves it.
    /// `disk` is the original file's stamp when the work began, as the
    /// recovery file recorded it: a save asks if the file changed since.
    pub fn recovered(map: Map, original: Option<PathBuf>, disk: Option<DiskStamp>) -> Document {
        Document {
            path: original,
            disk,
            revision: 1,
            history: History::unsaved(),
            ..Document::new(map)
        }
    }

    /// A map imported from another format: untitled and unsaved, so closing it
    /// asks to save it as a map.
    pub fn imported(map: Map, warnings: Vec<Problem>) -> Document {
        Document {
            warnings,
            revision: 1,
            history: History::unsaved(),
            ..Document::new(map)
        }
    }

    /// The file's stamp when it was opened or last saved.
    pub fn disk_stamp(&self) -> Option<DiskStamp> {
        self.disk
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

    /// Undoes the last step and forgets it (no redo): see `History::retract`.
    pub fn retract(&mut self) -> bool {
        let done = self.history.retract(&mut self.map);
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

    /// True when the map is not what is on disk: undoing back to the saved
    /// state makes it clean again.
    pub fn is_dirty(&self) -> bool {
        !self.history.is_saved()
    }

    /// Takes a save to `path` out of the document (the map stamped with today's
    /// date as its update date). With `check_disk`, the write is refused if the
    /// file changed on disk since it was opened or saved. Ends the current
    /// gesture, so edits made while it is written are a step of their own.
    pub fn save_request(&mut self, path: &Path, check_disk: bool) -> SaveRequest {
        self.history.seal();
        let mut map = self.map.clone();
        map.updated = Date::today();
        SaveRequest {
            map,
            path: path.to_owned(),
            state: self.history.state(),
            expect: if check_disk { self.disk } else { None },
        }
    }

    /// Takes in a successful save: the saved state is on disk at its path.
    pub fn saved(&mut self, request: &SaveRequest, stamp: Option<DiskStamp>) {
        self.map.updated = request.map.updated;
        self.path = Some(request.path.clone());
        self.history.mark_saved(request.state);
        self.disk = stamp;
    }

    /// The file name, or "Untitled" for a document never saved.
    pub fn name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || super::i18n::t("document-untitled"),
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
