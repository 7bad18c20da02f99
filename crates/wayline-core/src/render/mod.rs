//! Backends: each draws a [`Scene`](crate::scene::Scene) as it is and does no
//! layout of its own. They return pixels or bytes; callers write files.

pub mod images;
pub mod pdf;
pub mod raster;
