//! Stable identifiers for stages, steps, lanes and cards. Ids are short random
//! strings, not counters or positions, so two people adding cards on two git
//! branches do not mint the same id, and a moved card keeps its identity.

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, Hasher};

use serde::{Deserialize, Serialize};

/// Longest id, in characters: fresh ids are 13 (`card-1a2b3c4d`).
pub const MAX_ID_CHARS: usize = 64;

/// Whether `c` may appear in an id: ASCII letters and digits, `-`, `_` and `.`.
/// Ids appear in terminals, git diffs and file names, so nothing that a
/// terminal interprets (control characters, escapes, bidi overrides, newlines)
/// and nothing that needs quoting.
pub fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// What is wrong with `id`, worded for a message; `None` for a good id: 1 to
/// [`MAX_ID_CHARS`] characters, each one [`is_id_char`].
pub fn id_problem(id: &str) -> Option<String> {
    let shown = super::escape::shorten_escaped(id, 40);
    if id.is_empty() {
        Some("an id is empty".to_string())
    } else if id.chars().count() > MAX_ID_CHARS {
        Some(format!(
            "id {shown} is {} characters long; ids have at most {MAX_ID_CHARS}",
            id.chars().count()
        ))
    } else {
        id.chars().find(|&c| !is_id_char(c)).map(|bad| {
            format!(
                "id {shown} contains {}; ids are made of ASCII letters, digits, '-', '_' and '.'",
                super::escape::describe_char(bad)
            )
        })
    }
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        /// Refuses an id outside the safe alphabet while the file is parsed, so
        /// the error names the line and column the id is on.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let id = String::deserialize(d)?;
                match id_problem(&id) {
                    Some(problem) => Err(serde::de::Error::custom(problem)),
                    None => Ok($name(id)),
                }
            }
        }

        impl $name {
            /// The prefix fresh ids of this type start with.
            pub const PREFIX: &'static str = $prefix;

            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a stage (a column).
    StageId,
    "stage"
);
id_type!(
    /// Identifies a sub-step inside a stage.
    StepId,
    "step"
);
id_type!(
    /// Identifies a lane (a row).
    LaneId,
    "lane"
);
id_type!(
    /// Identifies a card in a cell.
    CardId,
    "card"
);

/// Mints fresh ids that do not collide with any id already in a map.
#[derive(Debug, Default)]
pub struct IdSource {
    taken: HashSet<String>,
    state: std::collections::hash_map::RandomState,
    counter: u64,
}

impl IdSource {
    pub fn for_map(map: &super::Map) -> IdSource {
        let mut taken = HashSet::new();
        for stage in &map.stages {
            taken.insert(stage.id.0.clone());
            taken.extend(stage.steps.iter().map(|s| s.id.0.clone()));
        }
        taken.extend(map.lanes.iter().map(|l| l.id.0.clone()));
        taken.extend(map.cards.iter().map(|c| c.id.0.clone()));
        IdSource {
            taken,
            ..IdSource::default()
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        loop {
            self.counter += 1;
            let mut hasher = self.state.build_hasher();
            hasher.write_u64(self.counter);
            if let Ok(now) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
                hasher.write_u128(now.as_nanos());
            }
            let id = format!("{prefix}-{:08x}", hasher.finish() as u32);
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }

    pub fn stage(&mut self) -> StageId {
        StageId(self.fresh(StageId::PREFIX))
    }

    pub fn step(&mut self) -> StepId {
        StepId(self.fresh(StepId::PREFIX))
    }

    pub fn lane(&mut self) -> LaneId {
        LaneId(self.fresh(LaneId::PREFIX))
    }

    pub fn card(&mut self) -> CardId {
        CardId(self.fresh(CardId::PREFIX))
    }
}
