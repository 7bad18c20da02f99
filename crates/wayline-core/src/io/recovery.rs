//! Recovery files: unsaved work written aside (never over the user's file) so a
//! crash or `kill -9` loses at most the last few seconds. One file per open
//! document, in Wayline's data directory, named by a stable hash of the
//! document's path; a clean save, a deliberate discard or a clean quit removes it.

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
    pub map: Map,
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

/// "2026-11-25 13:05 UTC".
pub fn describe_time(unix: u64) -> String {
    let date = crate::model::Date::from_unix(unix);
    let secs = unix % 86_400;
    format!("{date} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
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
            map,
        };
        write(&file, &recovery).unwrap();
        std::fs::write(dir.join("junk.recovery.ron"), "not ron").unwrap();
        assert_eq!(list(&dir).len(), 1, "unreadable files are skipped");
        assert_eq!(find(&dir, Some(&original)).unwrap().1, recovery);
        assert!(find(&dir, Some(&dir.join("other.journey.ron"))).is_none());
        assert_eq!(describe_time(1_764_075_900), "2025-11-25 13:05 UTC");
    }
}
