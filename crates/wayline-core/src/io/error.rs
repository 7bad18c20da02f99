//! Errors of loading and saving a map file, worded for the person who owns it.

use std::path::{Path, PathBuf};

use crate::model::Problem;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: the file is {size} bytes; Wayline opens map files of at most {limit} bytes",
        path.display()
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{}: cannot read the file: {what}, not a regular file (a journey map is a .journey.ron file)", path.display())]
    NotRegular { path: PathBuf, what: &'static str },
    #[error(
        "{}:{line}:{column}: the file is not UTF-8 text (a journey map is a UTF-8 .journey.ron file)",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{}: format version {found} is not one this Wayline reads (it reads versions 1 to {supported}); {}",
        path.display(),
        if *found > *supported { "the file was written by a newer Wayline: update Wayline to open it" } else { "the version field is wrong" }
    )]
    Version {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}: the map is inconsistent:\n  {}", path.display(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

impl LoadError {
    pub(super) fn io(path: &Path, source: std::io::Error) -> LoadError {
        LoadError::Io {
            path: path.to_owned(),
            source,
        }
    }

    pub(super) fn syntax(path: &Path, error: &ron::error::SpannedError) -> LoadError {
        LoadError::Syntax {
            path: path.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: explain(&error.code),
        }
    }

    /// Line and column the error points at, when it points at one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Syntax { line, column, .. } | LoadError::NotUtf8 { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }
}

/// ron's messages, with a hint where the bare message is cryptic.
fn explain(code: &ron::Error) -> String {
    match code {
        ron::Error::Eof => "the file ends too early: it looks truncated".to_string(),
        ron::Error::ExceededRecursionLimit => {
            "values are nested too deeply (a journey map nests only a few levels)".to_string()
        }
        other => other.to_string(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write the map as text: {0}")]
    Serialize(ron::Error),
    #[error(
        "{}: not saved: Wayline would refuse to open the result:\n  {}\nthe file on disk was left as it was",
        path.display(),
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  ")
    )]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    #[error(
        "{}: not saved: the map would be {size} bytes, and Wayline opens map files of at most {limit} bytes; the file on disk was left as it was",
        path.display()
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{}: cannot save: {source}; the file on disk was left as it was", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}
