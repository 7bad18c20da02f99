//! The editor's words: the UI catalogue (`assets/i18n/ui/*.ftl`, loaded by the
//! core's [`Catalogue`](crate::i18n::Catalogue)) and the language the window
//! speaks now. Every word a widget shows comes through [`t`], [`t_args`] or the
//! [`tr!`] macro; `tests/app/i18n/scan.rs` reads the sources for literals that do not.
//! The window starts in the language remembered from the last run, else the
//! system's ([`Language::system`]: `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
//! The kinds get names of their own here (a combo box says "Medium", where a
//! printed map says "Medium severity" from the map catalogue).
//!
//! The language is per thread: the app sets it at the start of each frame from
//! its own field, and [`Job`](super::jobs::Job) carries it into the job's
//! thread, so messages built in the background speak it too, and two editors
//! in one test process never speak each other's language.

use std::cell::Cell;
use std::sync::LazyLock;

use crate::i18n::Catalogue;
pub use crate::i18n::{Arg, Language};
use crate::model::{
    Icon, LaneKind, MapKind, MomentOfTruth, PainCategory, Presence, Priority, Severity, Status,
};

/// Where eframe keeps the chosen UI language between runs.
pub const LANGUAGE_KEY: &str = "ui-language";

/// The editor's catalogue, in every language it speaks.
pub static UI: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::new(&[
        (Language::En, include_str!("../../assets/i18n/ui/en.ftl")),
        (
            Language::ZhCn,
            include_str!("../../assets/i18n/ui/zh-CN.ftl"),
        ),
        (Language::Pl, include_str!("../../assets/i18n/ui/pl.ftl")),
    ])
});

/// The language chosen in the View menu in an earlier run, if any (what
/// [`eframe::App::save`] wrote).
pub fn remembered(storage: Option<&dyn eframe::Storage>) -> Option<Language> {
    storage.and_then(|s| eframe::get_value(s, LANGUAGE_KEY))
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
}

/// The language this thread's UI speaks.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// Makes this thread's UI speak `lang` from now on.
pub fn set_language(lang: Language) {
    CURRENT.with(|c| c.set(lang));
}

/// The message `key` in the current language (English, then the key itself,
/// when it is missing).
pub fn t(key: &str) -> String {
    UI.tr(language(), key, &[])
}

/// The message `key` with its placeables filled in from `args`.
pub fn t_args(key: &str, args: &[(&str, Arg)]) -> String {
    UI.tr(language(), key, args)
}

/// `drag` writing and reading numbers with the UI language's decimal sign
/// (the core's: "4,5" in Polish); egui's own precision is kept.
pub fn numbers(drag: eframe::egui::DragValue<'_>) -> eframe::egui::DragValue<'_> {
    let sign = crate::i18n::format_number(language(), 1.5)
        .chars()
        .nth(1)
        .unwrap_or('.');
    if sign == '.' {
        return drag;
    }
    drag.custom_formatter(move |n, decimals| {
        eframe::egui::emath::format_with_decimals_in_range(n, decimals)
            .replace('.', &sign.to_string())
    })
    .custom_parser(move |text| {
        let text: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .map(|c| if c == sign { '.' } else { c })
            .collect();
        text.parse().ok()
    })
}

/// A sentence in the UI language saying what failed, then the core's
/// technical detail as it is (a file:line:col message stays English).
pub fn failed(key: &str, detail: impl std::fmt::Display) -> String {
    format!("{}\n{detail}", t(key))
}

/// `tr!("key")` or `tr!("key", name = value, …)`: the message in the current
/// UI language. Values are anything an [`Arg`] is made from (text, numbers).
macro_rules! tr {
    ($key:literal) => {
        $crate::app::i18n::t($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::app::i18n::t_args(
            $key,
            &[$((stringify!($name), $crate::app::i18n::Arg::from($value))),+],
        )
    };
}
pub(crate) use tr;

pub fn lane_kind(kind: LaneKind) -> String {
    t(crate::layout::labels::lane_kind_key(kind))
}

pub fn map_kind(kind: MapKind) -> String {
    t(match kind {
        MapKind::CurrentState => "map-kind-current-state",
        MapKind::FutureState => "map-kind-future-state",
        MapKind::DayInTheLife => "map-kind-day-in-the-life",
        MapKind::ServiceBlueprint => "map-kind-service-blueprint",
    })
}

pub fn presence(p: Presence) -> String {
    t(match p {
        Presence::Online => "presence-online",
        Presence::Offline => "presence-offline",
        Presence::Both => "presence-both",
    })
}

pub fn pain_category(c: PainCategory) -> String {
    t(match c {
        PainCategory::Financial => "pain-category-financial",
        PainCategory::Productivity => "pain-category-productivity",
        PainCategory::Process => "pain-category-process",
        PainCategory::Support => "pain-category-support",
    })
}

pub fn severity(s: Severity) -> String {
    t(match s {
        Severity::Low => "severity-low",
        Severity::Medium => "severity-medium",
        Severity::High => "severity-high",
        Severity::Critical => "severity-critical",
    })
}

pub fn priority(p: Priority) -> String {
    t(match p {
        Priority::Low => "priority-low",
        Priority::Medium => "priority-medium",
        Priority::High => "priority-high",
    })
}

pub fn status(s: Status) -> String {
    t(match s {
        Status::Idea => "status-idea",
        Status::Planned => "status-planned",
        Status::InProgress => "status-in-progress",
        Status::Done => "status-done",
        Status::Dropped => "status-dropped",
    })
}

pub fn moment(m: MomentOfTruth) -> String {
    t(match m {
        MomentOfTruth::Discovery => "moment-discovery",
        MomentOfTruth::Purchase => "moment-purchase",
        MomentOfTruth::Experience => "moment-experience",
        MomentOfTruth::Loyalty => "moment-loyalty",
    })
}

pub fn icon(i: Icon) -> String {
    t(match i {
        Icon::Alert => "icon-alert",
        Icon::Idea => "icon-idea",
        Icon::Star => "icon-star",
        Icon::Heart => "icon-heart",
        Icon::Flag => "icon-flag",
        Icon::Check => "icon-check",
        Icon::Question => "icon-question",
        Icon::Money => "icon-money",
        Icon::Clock => "icon-clock",
        Icon::Person => "icon-person",
    })
}

/// A built-in template's one-line summary.
pub fn template_summary(template: &crate::templates::Template) -> String {
    let key = format!("template-{}", template.name);
    if UI.has(Language::En, &key) {
        t(&key)
    } else {
        template.summary.to_string()
    }
}
