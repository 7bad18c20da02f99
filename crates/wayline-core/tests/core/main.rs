//! The core crate's integration tests, in one binary (a module per topic), built
//! without the GUI stack. Tests that need the `wayline` program or the window
//! live in the top crate's `tests/app`.

mod architecture;
mod common;
mod export;
mod file_format;
mod import;
mod label_scan;
mod languages;
mod legible;
mod localised;
mod merge_properties;
mod properties;
mod slides;
mod svg;
mod templates;
