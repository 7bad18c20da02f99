//! Stable identifiers for stages, steps, lanes and cards. Ids are short random
//! strings, not counters or positions, so two people adding cards on two git
//! branches do not mint the same id, and a moved card keeps its identity.

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, Hasher};

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

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
