//! Atomic file replacement: write a temporary file beside the target, flush it to
//! disk, then rename it over the target. A crash or a full disk leaves either the
//! old file or the new one, never a truncated mix.
//!
//! The temporary file comes from `tempfile`: a random name created with
//! `O_EXCL`, so another user cannot predict it or plant a symlink there, and it
//! is removed when anything fails. A read-only target is refused (as editors
//! ask before overwriting one); a target that is a symlink is written through,
//! so the link stays a link and its target gets the new contents.
//!
//! A process killed between creating its temporary file and the rename
//! (`kill -9`, a power cut) leaves that file behind. The next write of the
//! same target removes such leftovers: only files beside it named as ours
//! (`.NAME.XXXXXX.tmp`), regular, and older than [`STALE_AFTER`], so a write
//! still running in another process is left alone.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many symlinks are followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// How old a leftover temporary file must be before a later write removes it.
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10);

/// Length of tempfile's random part (its default).
const RANDOM_LEN: usize = 6;

/// Removes temporary files a killed write of `name` left in `dir`. Best
/// effort: a leftover that cannot be removed does no harm.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let is_ours = file_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .is_some_and(|random| {
                random.len() == RANDOM_LEN && random.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !is_ours {
            continue;
        }
        // `entry.metadata` does not follow symlinks: a link is never ours.
        let stale = entry.metadata().is_ok_and(|meta| {
            meta.is_file()
                && meta
                    .modified()
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age >= STALE_AFTER)
        });
        if stale {
            let _ignored = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` atomically, keeping the old file's permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |file| file.write_all(bytes))
}

/// [`write_atomic`] with the writing done by `write` (tests make it fail midway).
fn write_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let target = follow_links(path)?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(meta) = &existing {
        if !meta.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "it is not a regular file, and Wayline only replaces regular files",
            ));
        }
        if meta.permissions().readonly() {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the file is read-only; make it writable first, or save under another name",
            ));
        }
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    remove_stale_temps(&dir, &name.to_string_lossy());
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(".tmp")
        .rand_bytes(RANDOM_LEN);
    #[cfg(unix)]
    {
        // A new file gets the usual 0666 less the umask, not tempfile's 0600.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    // Dropping the temporary file on any error below deletes it.
    let mut temp = builder.tempfile_in(&dir)?;
    write(temp.as_file_mut())?;
    if let Some(meta) = &existing {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|e| e.error)?;
    // Persist the rename itself; not every filesystem lets a directory be synced.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The file a path finally names, following symlinks (also dangling ones: the
/// new file is created where the link points).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!(
        "more than {MAX_LINKS} symlinks in a row"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("wayline-atomic-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_killed_writes_stale_temporary_files_are_removed_and_nothing_else() {
        let dir = temp_dir("stale");
        let path = dir.join("map.journey.ron");
        fs::write(&path, "old").unwrap();
        let old = std::time::SystemTime::now() - STALE_AFTER * 2;
        let plant = |name: &str, modified| {
            let file = File::create(dir.join(name)).unwrap();
            file.set_modified(modified).unwrap();
        };
        plant(".map.journey.ron.a1B2c3.tmp", old);
        // Another process's write still under way: too young to be stale.
        plant(".map.journey.ron.Zz9Yy8.tmp", std::time::SystemTime::now());
        // Not our pattern, or another target's: never touched.
        plant(".map.journey.ron.notours.tmp", old);
        plant(".other.journey.ron.a1B2c3.tmp", old);
        plant("map.journey.ron.a1B2c3.tmp", old);
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            names(&dir),
            [
                ".map.journey.ron.Zz9Yy8.tmp",
                ".map.journey.ron.notours.tmp",
                ".other.journey.ron.a1B2c3.tmp",
                "map.journey.ron",
                "map.journey.ron.a1B2c3.tmp",
            ]
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_write_failing_midway_leaves_the_old_file_and_no_temporary_file() {
        let dir = temp_dir("midway");
        let path = dir.join("map.journey.ron");
        fs::write(&path, "old").unwrap();
        let err = write_with(&path, |f| {
            f.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(&dir), ["map.journey.ron"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_temporary_name_is_unpredictable_and_a_planted_symlink_is_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("planted");
        let path = dir.join("map.journey.ron");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        // The name the old code used, planted as a symlink to a victim file.
        let victim = dir.join("victim");
        fs::write(&victim, "precious").unwrap();
        let planted = dir.join(format!(".map.journey.ron.tmp-{}", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "the target keeps its permissions");
        assert_eq!(
            names(&dir),
            [
                planted.file_name().unwrap().to_string_lossy().into_owned(),
                "map.journey.ron".into(),
                "victim".into()
            ]
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_target_is_refused_and_a_symlinked_one_written_through() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("targets");
        let locked = dir.join("locked.journey.ron");
        fs::write(&locked, "old").unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o444)).unwrap();
        let err = write_atomic(&locked, b"new").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(fs::read_to_string(&locked).unwrap(), "old");

        let real = dir.join("real.journey.ron");
        fs::write(&real, "old").unwrap();
        let link = dir.join("link.journey.ron");
        std::os::unix::fs::symlink("real.journey.ron", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");

        let device = write_atomic(Path::new("/dev/null"), b"x").unwrap_err();
        assert!(
            device.to_string().contains("not a regular file"),
            "{device}"
        );
        assert!(!fs::metadata("/dev/null").unwrap().is_file());
        assert_eq!(
            names(&dir),
            ["link.journey.ron", "locked.journey.ron", "real.journey.ron"]
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
