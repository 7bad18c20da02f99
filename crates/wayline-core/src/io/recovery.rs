//! Recovery files: unsaved work written aside (never over the user's file) so a
//! crash or `kill -9` loses at most the last few seconds. One file per open
//! document, in Wayline's data directory, named by a stable hash of the
//! document's path; a clean save, a deliberate discard or a clean quit removes it.
//!
//! Each recovery entry is held by the window that writes it: a `.lock` file
//! beside it, locked with `flock` while the window lives. The OS drops the lock
//! when the process dies, however it dies, so an entry whose lock is free was
//! left by a crash and may be offered; a live window's entry never is. A second
//! window on a file already open elsewhere writes an entry of its own.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Map;

/// Unsaved work as written to a recovery file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The file the work belongs to; `None` for a map never saved.
    pub original: Option<PathBuf>,
    /// When it was written, in seconds since 1970 (UTC).
    pub saved_unix: u64,
    /// The original file as it was on disk when the work began (when it was
    /// opened or last saved), so a save after a restore notices a change made
    /// on disk since; `None` in files from before it was recorded, or when
    /// the work had no file on disk.
    #[serde(default)]
    pub base: Option<FileStamp>,
    pub map: Map,
}

/// Size and modification time of a file, as recorded in a recovery file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    /// Seconds and nanoseconds since 1970, if the filesystem keeps them.
    pub modified: Option<(u64, u32)>,
    pub len: u64,
}

/// Where recovery files live: `$WAYLINE_RECOVERY_DIR`, else
/// `$XDG_DATA_HOME/wayline/recovery`, else `~/.local/share/wayline/recovery`.
pub fn default_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("WAYLINE_RECOVERY_DIR") {
        return PathBuf::from(dir);
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    data.join("wayline").join("recovery")
}

/// The recovery file for a document: by its path, or by a session id if unsaved.
pub fn file_for(dir: &Path, original: Option<&Path>, session: u64) -> PathBuf {
    match original {
        Some(path) => {
            let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
            // FNV-1a: stable across builds and Rust versions, unlike the std hasher.
            let hash = path
                .to_string_lossy()
                .bytes()
                .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                });
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            dir.join(format!("{name}.{hash:016x}.recovery.ron"))
        }
        None => dir.join(format!("untitled.{session:016x}.recovery.ron")),
    }
}

/// The recovery file of a second window on a document already open elsewhere.
pub fn session_file_for(dir: &Path, original: Option<&Path>, session: u64) -> PathBuf {
    let primary = file_for(dir, original, session);
    let name = primary.to_string_lossy();
    let stem = name.strip_suffix(".recovery.ron").unwrap_or(&name);
    PathBuf::from(format!("{stem}.{session:016x}.recovery.ron"))
}

/// The lock file beside a recovery file.
pub fn lock_path(recovery_file: &Path) -> PathBuf {
    let name = recovery_file.to_string_lossy();
    let stem = name.strip_suffix(".recovery.ron").unwrap_or(&name);
    PathBuf::from(format!("{stem}.lock"))
}

/// A held recovery entry: the lock is released when this is dropped (or when
/// the process dies).
#[derive(Debug)]
pub struct Lock {
    /// Kept open: closing it releases the lock.
    _file: std::fs::File,
    path: PathBuf,
}

impl Lock {
    /// Takes the lock beside `recovery_file` without waiting: `Ok(None)` when
    /// another window (in this process or another) holds it.
    pub fn try_take(recovery_file: &Path) -> std::io::Result<Option<Lock>> {
        let path = lock_path(recovery_file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        // A holder that quits removes the lock file; if that happened between
        // our open and our lock, the locked file is no longer the one at the
        // path, so try again with the new one.
        for _ in 0..8 {
            let mut file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)?;
            if !try_flock(&file)? {
                return Ok(None);
            }
            if !same_file(&file, &path) {
                continue;
            }
            use std::io::{Seek, Write};
            file.set_len(0)?;
            file.seek(std::io::SeekFrom::Start(0))?;
            writeln!(file, "{}", std::process::id())?;
            return Ok(Some(Lock { _file: file, path }));
        }
        Ok(None)
    }

    /// Releases the lock and removes the lock file (the entry is done with).
    pub fn release(self) {
        // Removed while still locked, so nobody locks a file about to vanish.
        let _ignored = std::fs::remove_file(&self.path);
    }
}

#[cfg(unix)]
fn try_flock(file: &std::fs::File) -> std::io::Result<bool> {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a file descriptor we own; no memory is passed.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc == 0 {
        return Ok(true);
    }
    let err = std::io::Error::last_os_error();
    if err.kind() == std::io::ErrorKind::WouldBlock {
        Ok(false)
    } else {
        Err(err)
    }
}

#[cfg(not(unix))]
fn try_flock(file: &std::fs::File) -> std::io::Result<bool> {
    match file.try_lock() {
        Ok(()) => Ok(true),
        Err(std::fs::TryLockError::WouldBlock) => Ok(false),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(unix)]
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &std::fs::File, path: &Path) -> bool {
    path.exists()
}

/// The recovery entry a window writes its document's unsaved work to.
#[derive(Debug)]
pub struct Claim {
    pub file: PathBuf,
    pub lock: Lock,
    /// Another live window already holds the document's usual entry: the
    /// document is open twice, and this window writes an entry of its own.
    pub open_elsewhere: bool,
}

/// Takes the recovery entry for `original` (reads and locks files: run it in
/// a job): its usual entry if no live window holds it, else one of its own.
pub fn claim(dir: &Path, original: Option<&Path>, session: u64) -> std::io::Result<Claim> {
    let primary = file_for(dir, original, session);
    if let Some(lock) = Lock::try_take(&primary)? {
        return Ok(Claim {
            file: primary,
            lock,
            open_elsewhere: false,
        });
    }
    let own = session_file_for(dir, original, session);
    let lock = Lock::try_take(&own)?.ok_or_else(|| {
        std::io::Error::other(format!("{} is locked by another window", own.display()))
    })?;
    Ok(Claim {
        file: own,
        lock,
        open_elsewhere: true,
    })
}

/// The newest recovery for `original` (with `None`, the newest of all) that no
/// live window holds: a crash's leftover. `own` is the entry this window holds
/// already (its own leftover counts). The returned lock, if any, keeps other
/// windows from offering the same entry while this one does.
pub fn find_unclaimed(
    dir: &Path,
    original: Option<&Path>,
    own: Option<&Path>,
) -> Option<(PathBuf, Recovery, Option<Lock>)> {
    let wanted = original.map(|p| p.canonicalize().unwrap_or_else(|_| p.to_path_buf()));
    list(dir)
        .into_iter()
        .filter(|(_, r)| match &wanted {
            Some(w) => r
                .original
                .as_ref()
                .is_some_and(|o| o.canonicalize().unwrap_or_else(|_| o.clone()) == *w),
            None => true,
        })
        .find_map(|(file, r)| {
            if own == Some(file.as_path()) {
                return Some((file, r, None));
            }
            let lock = Lock::try_take(&file).ok()??;
            Some((file, r, Some(lock)))
        })
}

/// Writes a recovery file atomically, creating the directory if needed.
pub fn write(path: &Path, recovery: &Recovery) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::new())
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    super::write_atomic(path, text.as_bytes())
}

/// Every readable recovery file in `dir`, newest first. Unreadable ones are skipped.
pub fn list(dir: &Path) -> Vec<(PathBuf, Recovery)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, Recovery)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".recovery.ron"))
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= super::MAX_FILE_BYTES))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let recovery: Recovery = super::options().from_str(&text).ok()?;
            Some((p, recovery))
        })
        .collect();
    found.sort_by_key(|(_, r)| std::cmp::Reverse(r.saved_unix));
    found
}

/// The newest recovery for `original` (or, with `None`, the newest of all).
pub fn find(dir: &Path, original: Option<&Path>) -> Option<(PathBuf, Recovery)> {
    let wanted = original.map(|p| p.canonicalize().unwrap_or_else(|_| p.to_path_buf()));
    list(dir).into_iter().find(|(_, r)| match &wanted {
        Some(w) => r
            .original
            .as_ref()
            .is_some_and(|o| o.canonicalize().unwrap_or_else(|_| o.clone()) == *w),
        None => true,
    })
}

pub fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A Unix time as the person at this computer reads it, in the system's time
/// zone (`TZ`, else `/etc/localtime`): "2026-11-25 14:05 CET". The zone is
/// read from disk the first time: call it off the frame thread.
pub fn describe_time(unix: u64) -> String {
    describe_time_in(unix, &jiff::tz::TimeZone::system())
}

/// [`describe_time`] in a given zone; UTC's "2026-11-25 13:05 UTC" when the
/// time is out of range.
pub fn describe_time_in(unix: u64, zone: &jiff::tz::TimeZone) -> String {
    let utc = || {
        let date = crate::model::Date::from_unix(unix);
        let secs = unix % 86_400;
        format!("{date} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
    };
    let Ok(secs) = i64::try_from(unix) else {
        return utc();
    };
    match jiff::Timestamp::from_second(secs) {
        Ok(at) => at
            .to_zoned_datetime(zone.clone())
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
        Err(_) => utc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_list_find_and_names_are_stable() {
        let dir =
            std::env::temp_dir().join(format!("wayline-recovery-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let original = dir.join("a.journey.ron");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&original, "x").unwrap();
        let file = file_for(&dir, Some(&original), 1);
        assert_eq!(
            file,
            file_for(&dir, Some(&original), 2),
            "the session does not matter for saved files"
        );
        let map = crate::generate::map(2, 5, 1);
        let recovery = Recovery {
            original: Some(original.clone()),
            saved_unix: 100,
            base: None,
            map,
        };
        write(&file, &recovery).unwrap();
        std::fs::write(dir.join("junk.recovery.ron"), "not ron").unwrap();
        assert_eq!(list(&dir).len(), 1, "unreadable files are skipped");
        assert_eq!(find(&dir, Some(&original)).unwrap().1, recovery);
        assert!(find(&dir, Some(&dir.join("other.journey.ron"))).is_none());
        assert_eq!(
            describe_time_in(1_764_075_900, &jiff::tz::TimeZone::UTC),
            "2025-11-25 13:05 UTC"
        );
        let warsaw = jiff::tz::TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap();
        assert_eq!(
            describe_time_in(1_764_075_900, &warsaw),
            "2025-11-25 14:05 CET"
        );
        let summer = 1_764_075_900 - 150 * 86_400;
        assert_eq!(describe_time_in(summer, &warsaw), "2025-06-28 15:05 CEST");
    }

    #[test]
    fn a_held_entry_is_not_offered_and_a_second_claim_gets_its_own() {
        let dir =
            std::env::temp_dir().join(format!("wayline-recovery-lock-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let original = dir.join("b.journey.ron");
        std::fs::write(&original, "x").unwrap();
        let first = claim(&dir, Some(&original), 1).unwrap();
        assert!(!first.open_elsewhere);
        assert_eq!(first.file, file_for(&dir, Some(&original), 1));
        let second = claim(&dir, Some(&original), 2).unwrap();
        assert!(second.open_elsewhere, "the usual entry is held");
        assert_ne!(second.file, first.file);
        let recovery = Recovery {
            original: Some(original.clone()),
            saved_unix: 5,
            base: None,
            map: crate::generate::map(1, 1, 1),
        };
        write(&first.file, &recovery).unwrap();
        assert!(
            find_unclaimed(&dir, Some(&original), Some(&second.file)).is_none(),
            "a live window's entry is not offered to another"
        );
        let (file, _, lock) = find_unclaimed(&dir, Some(&original), Some(&first.file)).unwrap();
        assert_eq!(file, first.file, "a window's own leftover is offered to it");
        assert!(lock.is_none());
        drop(first);
        let (file, _, lock) = find_unclaimed(&dir, Some(&original), Some(&second.file)).unwrap();
        assert_eq!(
            file,
            file_for(&dir, Some(&original), 1),
            "a released entry is offered"
        );
        assert!(lock.is_some(), "and held while offered");
        assert!(claim(&dir, Some(&original), 3).unwrap().open_elsewhere);
    }
}
