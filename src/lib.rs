//! Wayline: a desktop editor for customer journey maps.
//!
//! This crate is the window and the command line on top of [`wayline_core`],
//! which owns the one data path: model → layout → scene → backends. The editor
//! ([`app`]) and its egui backend ([`paint`]) only draw scenes and turn input
//! into edits; the command line ([`cli`]) reads files, calls the core and writes
//! the results. The core's modules are re-exported so both read `crate::model`,
//! `crate::layout` and so on.

pub use wayline_core::{
    csvio, diff, edit, export, generate, i18n, import, io, layout, merge, model, render, scene,
    templates, text,
};

pub mod app;
pub mod cli;
pub mod paint;
