//! Reading and writing `*.journey.ron` files: the format version, deterministic
//! pretty output, atomic saves, and load errors that say where and what.

mod atomic;
mod error;
pub mod picture;
mod read;
pub mod recovery;

pub use atomic::write_atomic;

/// How old a temporary file left by a killed write must be before the next
/// write of the same target removes it.
pub fn atomic_stale_after() -> std::time::Duration {
    atomic::STALE_AFTER
}
pub use error::{LoadError, SaveError};
pub use read::{ReadError, read_limited};

use std::path::Path;

use serde::Deserialize;

use crate::model::{FORMAT_VERSION, Map, Problem};

/// Files larger than this are refused before they are read: no journey map a
/// person made comes near it, and reading it would cost memory for nothing.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The file extension Wayline writes, without the leading dot.
pub const EXTENSION: &str = "journey.ron";

const HEADER: &str =
    "// Wayline journey map, written by the Wayline editor. Text, UTF-8; edit with care.\n";

/// A map as loaded, with the warnings it loaded with.
#[derive(Debug)]
pub struct Loaded {
    pub map: Map,
    pub warnings: Vec<Problem>,
}

/// Reads, parses and validates a map file. Never panics on bad input.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::Io(source) => LoadError::io(path, source),
        ReadError::NotRegular(what) => LoadError::NotRegular {
            path: path.to_owned(),
            what,
        },
        ReadError::TooLarge { size, limit } => LoadError::TooLarge {
            path: path.to_owned(),
            size,
            limit,
        },
    })?;
    parse_bytes(&bytes, path)
}

/// Parses a map from file contents; `path` only names the file in errors.
pub fn parse_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_col(bytes, e.valid_up_to());
        LoadError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })?;
    parse_str(text, path)
}

/// Parses a map from text; `path` only names the file in errors.
pub fn parse_str(text: &str, path: &Path) -> Result<Loaded, LoadError> {
    check_version(text, path)?;
    let map: Map = options()
        .from_str(text)
        .map_err(|e| LoadError::syntax(path, &e))?;
    let (errors, warnings) = map.problems();
    if !errors.is_empty() {
        return Err(LoadError::Invalid {
            path: path.to_owned(),
            problems: errors,
        });
    }
    Ok(Loaded { map, warnings })
}

/// Optional values are written bare (`drop_off: 35.0`, not `Some(35.0)`), as a
/// person editing the file would expect; `Some(..)` is accepted too.
pub(crate) fn options() -> ron::Options {
    crate::model::ron_options()
}

/// Reads only the `version` field first, so that a file from a newer Wayline is
/// refused with a message about versions rather than about unknown fields.
fn check_version(text: &str, path: &Path) -> Result<(), LoadError> {
    #[derive(Deserialize)]
    struct Probe {
        version: u32,
    }
    // A file too damaged to probe gets its real error from the full parse.
    let Ok(probe) = options().from_str::<Probe>(text) else {
        return Ok(());
    };
    if probe.version == 0 || probe.version > FORMAT_VERSION {
        return Err(LoadError::Version {
            path: path.to_owned(),
            found: probe.version,
            supported: FORMAT_VERSION,
        });
    }
    // Every version this build reads is the current one: no migrations exist yet.
    // When version 2 ships, upgrade the text (or a ron::Value) here, one step per version.
    Ok(())
}

/// The file text for a map: pretty, stable field order, same map → same bytes.
pub fn to_string(map: &Map) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .escape_strings(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(map, config).map_err(SaveError::Serialize)?;
    Ok(format!("{HEADER}{body}\n"))
}

/// The file text for a map, if Wayline would open that file again: no
/// validation errors (limits, ids, references) and at most [`MAX_FILE_BYTES`].
/// Every writer of maps goes through it (save, and so merge, import, resolve,
/// the editor), so Wayline never writes a map it then refuses to read.
pub fn to_checked_string(map: &Map, path: &Path) -> Result<String, SaveError> {
    let (errors, _) = map.problems();
    if !errors.is_empty() {
        return Err(SaveError::Invalid {
            path: path.to_owned(),
            problems: errors,
        });
    }
    let text = to_string(map)?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge {
            path: path.to_owned(),
            size: text.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(text)
}

/// Saves a map atomically: the old file stays intact if anything fails, and a
/// map that Wayline would refuse to open is refused here instead (see
/// [`to_checked_string`]).
pub fn save(map: &Map, path: &Path) -> Result<(), SaveError> {
    let text = to_checked_string(map, path)?;
    write_atomic(path, text.as_bytes()).map_err(|source| SaveError::Io {
        path: path.to_owned(),
        source,
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}
