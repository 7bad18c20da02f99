//! Wayline's core: everything but the window.
//!
//! One data path: [`model`] → [`layout`] → [`scene`] → backends ([`render`]:
//! PNG and PDF). The model is the document; layout turns it into a
//! backend-neutral scene of positioned boxes, wrapped text, curves and decoded
//! images; the backends only draw that scene and return bytes. Around it:
//! [`io`] reads and writes map files, [`edit`] changes maps as data, [`diff`]
//! and [`merge`] compare and join versions, [`import`] and [`csvio`] read and
//! write other formats, [`export`] places scenes on paper, [`templates`] are the
//! built-in maps, [`generate`] makes big maps for benchmarks and [`i18n`]
//! holds the languages and the words printed on maps.
//!
//! Nothing here depends on eframe, egui, winit or rfd: the editor is a separate
//! crate on top.

pub mod csvio;
pub mod diff;
pub mod edit;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod io;
pub mod layout;
pub mod merge;
pub mod model;
pub mod render;
pub mod scene;
pub mod templates;
pub mod text;
