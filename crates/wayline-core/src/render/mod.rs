//! Backends: each draws a [`Scene`](crate::scene::Scene) (or export's planned
//! [`Page`](crate::scene::Page)s) as it is and does no layout of its own, reads
//! no file (pictures come decoded in the scene) and knows nothing of export.
//! They return pixels or bytes; callers write files.

pub mod pdf;
pub mod raster;
pub mod svg;
