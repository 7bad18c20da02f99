//! Import: maps made from files other tools write — Mermaid `journey` diagrams
//! ([`mermaid`]) and card tables from spreadsheets ([`csv`]). Each parser turns
//! text into a [`Map`] or a [`ParseError`] with the line and what was expected;
//! this module reads the file (size limit, UTF-8, byte-order mark), picks the
//! parser, validates the result and names the file in errors. Nothing is written
//! here: the caller saves the map (the CLI) or opens it as a new document (the
//! editor).

pub mod csv;
mod ids;
pub mod mermaid;

use std::path::{Path, PathBuf};

use crate::io::{MAX_FILE_BYTES, ReadError};
use crate::model::{Map, Problem};

/// The formats Wayline imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Mermaid `journey` diagram (`.mmd`, `.mermaid`), or the first one in a
    /// Markdown file's mermaid code blocks (`.md`).
    Mermaid,
    /// A table of cards (`.csv`, `.tsv`), as `wayline export … -o cards.csv` writes.
    Csv,
}

impl Format {
    /// The format a file name's extension says, if it says one.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "mmd" | "mermaid" | "md" | "markdown" => Some(Format::Mermaid),
            "csv" | "tsv" => Some(Format::Csv),
            _ => None,
        }
    }
}

impl Format {
    /// The format of a text whose file name does not say: Mermaid when its first
    /// line with anything on it (past comments) is `journey` or opens front
    /// matter, else CSV.
    pub fn sniff(text: &str) -> Format {
        let first = text
            .trim_start_matches('\u{feff}')
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("%%"));
        let fenced = text.lines().any(|l| {
            let l = l.trim_start();
            (l.starts_with("```") || l.starts_with("~~~"))
                && l[3..]
                    .trim_start_matches(['`', '~'])
                    .trim()
                    .starts_with("mermaid")
        });
        match first {
            Some(l) if l == "---" || l.eq_ignore_ascii_case("journey") => Format::Mermaid,
            _ if fenced => Format::Mermaid,
            _ => Format::Csv,
        }
    }
}

/// A parse error inside a file: its 1-based line (and column, in characters,
/// where one is meaningful) and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: the file is {size} bytes; Wayline imports files of at most {limit} bytes",
        path.display()
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{}: cannot read the file: {what}, not a regular file", path.display())]
    NotRegular { path: PathBuf, what: &'static str },
    /// The map would be larger than Wayline opens: importing it would write a
    /// file `wayline check` refuses.
    #[error(
        "{}: the imported map would be {size} bytes; Wayline opens map files of at most {limit} bytes: split the table into smaller files",
        path.display()
    )]
    MapTooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error(
        "{}: cannot tell the format from the file name; name it .mmd (Mermaid) or .csv, or choose the format (--from mermaid|csv)",
        .0.display()
    )]
    UnknownFormat(PathBuf),
    #[error(
        "{}:{line}:{column}: the file is not UTF-8 text; save it as UTF-8 (in Excel: \"CSV UTF-8\")",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}:{line}{}: {message}", path.display(), column.map_or_else(String::new, |c| format!(":{c}")))]
    Syntax {
        path: PathBuf,
        line: usize,
        column: Option<usize>,
        message: String,
    },
    #[error("{}: the imported map is inconsistent:\n  {}", path.display(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

impl ImportError {
    /// The line the error points at, when it points at one.
    pub fn line(&self) -> Option<usize> {
        match self {
            ImportError::Syntax { line, .. } | ImportError::NotUtf8 { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// An imported map and the warnings it passed validation with.
#[derive(Debug)]
pub struct Imported {
    pub map: Map,
    pub warnings: Vec<Problem>,
}

/// Reads and imports `path`, in `format` or the one its extension names.
pub fn import_file(path: &Path, format: Option<Format>) -> Result<Imported, ImportError> {
    let format = format
        .or_else(|| Format::from_path(path))
        .ok_or_else(|| ImportError::UnknownFormat(path.to_owned()))?;
    let io = |source| ImportError::Io {
        path: path.to_owned(),
        source,
    };
    let bytes = crate::io::read_limited(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::Io(source) => io(source),
        ReadError::NotRegular(what) => ImportError::NotRegular {
            path: path.to_owned(),
            what,
        },
        ReadError::TooLarge { size, limit } => ImportError::TooLarge {
            path: path.to_owned(),
            size,
            limit,
        },
    })?;
    import_bytes(&bytes, format, path)
}

/// Imports file contents; `path` names the file in errors and gives the title of
/// a map whose source has none.
pub fn import_bytes(bytes: &[u8], format: Format, path: &Path) -> Result<Imported, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = crate::io::line_col(bytes, e.valid_up_to());
        ImportError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })?;
    // Excel and Notepad start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let title = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Imported journey".to_string());
    let parsed = match format {
        Format::Mermaid => mermaid::import(text, &title),
        Format::Csv => csv::import(text, &title),
    };
    let mut map = parsed.map_err(|e| ImportError::Syntax {
        path: path.to_owned(),
        line: e.line,
        column: e.column,
        message: e.message,
    })?;
    // Neither Mermaid nor our CSV names a language: the text tells, and the
    // saved map names it from then on.
    map.language = Some(map.guess_language());
    let (errors, warnings) = map.problems();
    if !errors.is_empty() {
        return Err(ImportError::Invalid {
            path: path.to_owned(),
            problems: errors,
        });
    }
    // The size the map will have on disk, checked now so that the caller never
    // writes (or opens as a document) a map it cannot save.
    // Serialising costs as much as the import itself, so only a map that may be
    // too large is measured: each input byte is written at most a few times
    // (a text in a card and a conflict-free copy), escaped to at most 6 bytes
    // (`\u{1f}`), and each item adds its ids and field names.
    let items = (map.cards.len() + map.stages.len() + map.lanes.len()) as u64;
    let bound = (bytes.len() as u64).saturating_mul(20) + items * 1_000 + 10_000;
    let size = if bound <= MAX_FILE_BYTES {
        0
    } else {
        crate::io::to_string(&map).map_or(0, |t| t.len() as u64)
    };
    if size > MAX_FILE_BYTES {
        return Err(ImportError::MapTooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(Imported { map, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_by_content() {
        assert_eq!(Format::from_path(Path::new("a.MMD")), Some(Format::Mermaid));
        assert_eq!(Format::from_path(Path::new("a.csv")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!(Format::sniff("%% x\n\n  journey\n"), Format::Mermaid);
        assert_eq!(
            Format::sniff("\u{feff}---\ntitle: x\n---\n"),
            Format::Mermaid
        );
        assert_eq!(Format::sniff("stage,lane,text\n"), Format::Csv);
        assert_eq!(
            Format::sniff("# Notes\n\n```mermaid\njourney\n```\n"),
            Format::Mermaid
        );
    }
}
