//! The editor and the command line, in one test binary (a module per topic):
//! kittest scenarios through the accessibility tree, the `wayline` program run
//! as a user runs it, and the real window under Xvfb. One binary, because each
//! test binary links the whole GUI stack again.

mod cli;
mod common;
mod compare;
mod crash_recovery;
mod diff;
mod editor;
mod export_cli;
mod gallery;
mod git;
mod hostile;
mod i18n;
mod import_cli;
mod jobs;
mod killed_writes;
mod photo;
mod present;
mod print;
mod print_editor;
mod real_window;
mod saving;
mod windows;
mod zoom_and_size;
