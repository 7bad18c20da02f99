//! Reading a user's file with limits: only regular files (a FIFO, a device
//! such as `/dev/zero`, a socket or a directory is refused, also behind a
//! symlink), and never more than a limit, whatever length the file system
//! reports. Maps, imports and pictures are all read through [`read_limited`].

use std::fs::{File, FileType};
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not a regular file: what it is instead ("a FIFO", "a device"…).
    #[error("it is {0}, not a regular file")]
    NotRegular(&'static str),
    /// Larger than the limit: `size` is what the file system reports, or
    /// `limit + 1` when the file grew past the limit while being read.
    #[error("the file is {size} bytes; the limit is {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
}

/// Reads the whole of the regular file at `path`, at most `limit` bytes.
///
/// The file's kind is checked before it is opened (opening a FIFO for reading
/// blocks until a writer comes) and again on the open handle (the path may have
/// been swapped in between); the read itself stops after `limit + 1` bytes, so a
/// file whose reported length lies (`/proc`, a growing file) still cannot
/// exhaust memory.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    regular(std::fs::metadata(path)?.file_type())?;
    let file = open_nonblocking(path)?;
    let meta = file.metadata()?;
    regular(meta.file_type())?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Opens for reading without blocking on a FIFO that appeared after the check
/// (`O_NONBLOCK`; regular files ignore the flag).
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

fn regular(kind: FileType) -> Result<(), ReadError> {
    if kind.is_file() {
        return Ok(());
    }
    Err(ReadError::NotRegular(describe(kind)))
}

fn describe(kind: FileType) -> &'static str {
    if kind.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_directories_and_oversized_files_are_refused() {
        let dir = std::env::temp_dir().join(format!("wayline-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("ten.txt");
        std::fs::write(&file, b"0123456789").unwrap();
        assert_eq!(read_limited(&file, 10).unwrap(), b"0123456789");
        assert!(matches!(
            read_limited(&file, 9),
            Err(ReadError::TooLarge { size: 10, limit: 9 })
        ));
        assert!(matches!(
            read_limited(&dir, 10),
            Err(ReadError::NotRegular("a directory"))
        ));
        #[cfg(unix)]
        {
            assert!(matches!(
                read_limited(Path::new("/dev/zero"), 10),
                Err(ReadError::NotRegular("a device"))
            ));
            let link = dir.join("zero-link");
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
            assert!(matches!(
                read_limited(&link, 10),
                Err(ReadError::NotRegular("a device"))
            ));
            // A FIFO with no writer would block a plain open for ever.
            let fifo = dir.join("pipe");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                assert!(matches!(
                    read_limited(&fifo, 10),
                    Err(ReadError::NotRegular("a FIFO (named pipe)"))
                ));
                // Opened directly, as after a swap past the check: no block.
                assert!(open_nonblocking(&fifo).is_ok());
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
