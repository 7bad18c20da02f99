//! Wayline: a desktop editor for customer journey maps.
//!
//! One data path: [`model`] → [`layout`] → [`scene`] → backends. The model is the
//! document; layout turns it into a backend-neutral scene of positioned boxes,
//! wrapped text and curves; the canvas and the exporters only draw that scene.

pub mod app;
pub mod cli;
pub mod csvio;
pub mod diff;
pub mod edit;
pub mod export;
pub mod generate;
pub mod import;
pub mod io;
pub mod layout;
pub mod merge;
pub mod model;
pub mod render;
pub mod scene;
pub mod templates;
pub mod text;
