//! The cards table: the CSV columns a map's cards go to and come from, and the
//! names their values are written with. Shared by the CSV export
//! ([`crate::export::csv`]) and import ([`crate::import::csv`]) so the two can
//! never disagree; the cell syntax itself is in [`rfc4180`].
//!
//! One row per card; the first rows of an export declare the stages, steps and
//! lanes in order (a row with a stage but no lane, or a lane but no stage), so
//! empty ones and their order survive a round trip through a spreadsheet.

pub mod rfc4180;

use std::borrow::Cow;
use std::fmt::Debug;

use crate::model::{
    Details, Icon, LaneKind, MomentOfTruth, PainCategory, Presence, Priority, Severity, Status,
};

/// The columns, in the order an export writes them. An import reads them by
/// header name, in any order; only `stage`, `lane` and `text` are needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Stage,
    Step,
    Lane,
    LaneKind,
    Type,
    Text,
    Channel,
    Presence,
    Satisfaction,
    Category,
    Severity,
    Owner,
    Priority,
    Status,
    Answers,
    Score,
    Moment,
    Value,
    Target,
    Unit,
    Color,
    Icon,
    Id,
    StageId,
    StepId,
    LaneId,
}

impl Column {
    pub const ALL: [Column; 26] = [
        Column::Stage,
        Column::Step,
        Column::Lane,
        Column::LaneKind,
        Column::Type,
        Column::Text,
        Column::Channel,
        Column::Presence,
        Column::Satisfaction,
        Column::Category,
        Column::Severity,
        Column::Owner,
        Column::Priority,
        Column::Status,
        Column::Answers,
        Column::Score,
        Column::Moment,
        Column::Value,
        Column::Target,
        Column::Unit,
        Column::Color,
        Column::Icon,
        Column::Id,
        Column::StageId,
        Column::StepId,
        Column::LaneId,
    ];

    /// The header name.
    pub fn name(self) -> &'static str {
        match self {
            Column::Stage => "stage",
            Column::Step => "step",
            Column::Lane => "lane",
            Column::LaneKind => "lane_kind",
            Column::Type => "type",
            Column::Text => "text",
            Column::Channel => "channel",
            Column::Presence => "presence",
            Column::Satisfaction => "satisfaction",
            Column::Category => "category",
            Column::Severity => "severity",
            Column::Owner => "owner",
            Column::Priority => "priority",
            Column::Status => "status",
            Column::Answers => "answers",
            Column::Score => "score",
            Column::Moment => "moment",
            Column::Value => "value",
            Column::Target => "target",
            Column::Unit => "unit",
            Column::Color => "color",
            Column::Icon => "icon",
            Column::Id => "id",
            Column::StageId => "stage_id",
            Column::StepId => "step_id",
            Column::LaneId => "lane_id",
        }
    }

    /// The column a header cell names: case, spaces and hyphens do not matter
    /// (`Lane kind`, `lane-kind` and `lane_kind` are one column).
    pub fn from_header(header: &str) -> Option<Column> {
        let key = normalize(header);
        Column::ALL
            .into_iter()
            .find(|c| normalize(c.name()) == key || (*c == Column::Color && key == "colour"))
    }

    /// The columns only some card types have; the rest every row may have.
    pub fn card_type(self) -> Option<&'static [CardType]> {
        use CardType as T;
        Some(match self {
            Column::Channel | Column::Presence | Column::Satisfaction => &[T::Touchpoint],
            Column::Category | Column::Severity => &[T::Pain],
            Column::Owner => &[T::Opportunity, T::Task],
            Column::Priority | Column::Status | Column::Answers => &[T::Opportunity],
            Column::Score | Column::Moment => &[T::Emotion],
            Column::Value | Column::Target | Column::Unit => &[T::Metric],
            _ => return None,
        })
    }
}

/// What a spreadsheet takes as the start of a formula when a cell begins with
/// it (OWASP's list for CSV injection): `=`, `+`, `-`, `@`, tab and CR.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as an export writes it, so no spreadsheet runs it as a formula:
/// a text starting with a [`FORMULA_STARTS`] character gets a single quote in
/// front (`=SUM(A1)` → `'=SUM(A1)`), as OWASP advises; `rfc4180::write_row`
/// then quotes the cell.
///
/// Telling our prefix from a user's quote: a text that itself starts with one
/// or more quotes followed by a formula character (`'=x`) gets one more quote
/// (`''=x`), and [`restore`] takes exactly one quote off any cell of the form
/// `'…'` + formula character. Every other text is written as it is, so
/// `restore(&neutralize(t)) == t` for every text, and a quote that a user typed
/// in front of anything else (`'hello`) stays.
pub fn neutralize(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) || quoted_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text of a cell an export neutralised (see [`neutralize`]); a spreadsheet
/// also shows `'=x` as `=x`, so a hand-made table reads the same way.
pub fn restore(cell: &str) -> &str {
    if quoted_formula(cell) {
        &cell[1..]
    } else {
        cell
    }
}

/// One or more quotes, then a formula character.
fn quoted_formula(text: &str) -> bool {
    text.starts_with('\'') && text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A spreadsheet's column letter for a 0-based index: A … Z, AA, AB …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// What a card carries besides its text, as the `type` column names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardType {
    Plain,
    Touchpoint,
    Pain,
    Opportunity,
    Emotion,
    Task,
    Metric,
}

impl CardType {
    pub fn of(details: &Details) -> CardType {
        match details {
            Details::None => CardType::Plain,
            Details::Touchpoint { .. } => CardType::Touchpoint,
            Details::Pain { .. } => CardType::Pain,
            Details::Opportunity { .. } => CardType::Opportunity,
            Details::Emotion { .. } => CardType::Emotion,
            Details::Task { .. } => CardType::Task,
            Details::Metric { .. } => CardType::Metric,
        }
    }

    /// The type a new card in a lane of this kind gets.
    pub fn for_lane(kind: LaneKind) -> CardType {
        CardType::of(&Details::default_for(kind))
    }

    /// The lane kind a lane first seen with a card of this type most likely has.
    pub fn lane_kind(self) -> LaneKind {
        match self {
            CardType::Plain => LaneKind::Text,
            CardType::Touchpoint => LaneKind::Touchpoints,
            CardType::Pain => LaneKind::PainPoints,
            CardType::Opportunity => LaneKind::Opportunities,
            CardType::Emotion => LaneKind::Emotions,
            CardType::Task => LaneKind::Frontstage,
            CardType::Metric => LaneKind::Kpis,
        }
    }
}

/// Enumerations written by name in the table. Reading accepts the name, the
/// Rust variant name and any spelling that differs only in case, spaces,
/// hyphens or underscores (`In progress`, `InProgress`, `in_progress`), and the
/// Polish and Chinese words users write for them (`wysoka`, `高`, `punkt bólu`,
/// `痛点`). Writing always uses the English name: the CSV is for scripts too.
pub trait Choice: Copy + Debug + PartialEq + 'static {
    const ALL: &'static [Self];

    fn name(self) -> String {
        format!("{self:?}")
    }

    /// Polish and Chinese names read as this value.
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }

    fn parse(cell: &str) -> Result<Self, String> {
        let key = normalize(cell);
        Self::ALL
            .iter()
            .copied()
            .find(|v| {
                normalize(&v.name()) == key
                    || normalize(&format!("{v:?}")) == key
                    || v.aliases().iter().any(|a| normalize(a) == key)
            })
            .ok_or_else(|| {
                let names: Vec<String> = Self::ALL.iter().map(|v| v.name()).collect();
                format!("expected one of {}, found {cell:?}", names.join(", "))
            })
    }
}

impl Choice for CardType {
    const ALL: &'static [CardType] = &[
        CardType::Plain,
        CardType::Touchpoint,
        CardType::Pain,
        CardType::Opportunity,
        CardType::Emotion,
        CardType::Task,
        CardType::Metric,
    ];

    fn name(self) -> String {
        format!("{self:?}").to_lowercase()
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            CardType::Plain => &["tekst", "zwykła", "文本", "普通"],
            CardType::Touchpoint => &["punkt styku", "接触点", "触点"],
            CardType::Pain => &["punkt bólu", "痛点"],
            CardType::Opportunity => &["możliwość", "szansa", "机会"],
            CardType::Emotion => &["emocja", "emocje", "情绪"],
            CardType::Task => &["zadanie", "任务"],
            CardType::Metric => &["wskaźnik", "kpi", "指标", "关键绩效指标"],
        }
    }
}

impl Choice for LaneKind {
    const ALL: &'static [LaneKind] = &LaneKind::ALL;

    fn name(self) -> String {
        self.label().to_string()
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            LaneKind::Actions => &["działania", "działania klienta", "行为", "客户行为"],
            LaneKind::Touchpoints => &["punkty styku", "punkt styku", "接触点", "触点"],
            LaneKind::Thoughts => &["myśli", "想法"],
            LaneKind::Emotions => &["emocje", "情绪", "情感"],
            LaneKind::PainPoints => &["punkty bólu", "punkt bólu", "punkty bólowe", "痛点"],
            LaneKind::Opportunities => &["możliwości", "szanse", "rozwiązania", "机会"],
            LaneKind::Kpis => &["wskaźniki", "wskaźniki (kpi)", "关键绩效指标", "指标"],
            LaneKind::Insights => &["spostrzeżenia", "wnioski", "洞察"],
            LaneKind::Frontstage => &["front", "前台"],
            LaneKind::Backstage => &["zaplecze", "后台"],
            LaneKind::Support => &["procesy wspierające", "支持流程"],
            LaneKind::Text => &["tekst", "文本"],
        }
    }
}

impl Choice for Presence {
    const ALL: &'static [Presence] = &[Presence::Online, Presence::Offline, Presence::Both];

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Presence::Online => &["线上"],
            Presence::Offline => &["线下"],
            Presence::Both => &[
                "oba",
                "obie",
                "online + offline",
                "线上 + 线下",
                "线上线下",
                "两者",
            ],
        }
    }
}

impl Choice for PainCategory {
    const ALL: &'static [PainCategory] = &PainCategory::ALL;

    fn aliases(self) -> &'static [&'static str] {
        match self {
            PainCategory::Financial => &["finanse", "finansowy", "finansowa", "财务"],
            PainCategory::Productivity => &["produktywność", "效率"],
            PainCategory::Process => &["proces", "流程"],
            PainCategory::Support => &["wsparcie", "obsługa", "支持"],
        }
    }
}

impl Choice for Severity {
    const ALL: &'static [Severity] = &[
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Severity::Low => &["niska", "低"],
            Severity::Medium => &["średnia", "中"],
            Severity::High => &["wysoka", "高"],
            Severity::Critical => &["krytyczna", "极高", "严重"],
        }
    }
}

impl Choice for Priority {
    const ALL: &'static [Priority] = &[Priority::Low, Priority::Medium, Priority::High];

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Priority::Low => &["niski", "低"],
            Priority::Medium => &["średni", "中"],
            Priority::High => &["wysoki", "高"],
        }
    }
}

impl Choice for Status {
    const ALL: &'static [Status] = &[
        Status::Idea,
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ];

    fn name(self) -> String {
        self.label().to_string()
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Status::Idea => &["pomysł", "构想", "想法"],
            Status::Planned => &["zaplanowane", "zaplanowany", "已计划", "计划中"],
            Status::InProgress => &["w toku", "w trakcie", "进行中"],
            Status::Done => &["zrobione", "gotowe", "已完成", "完成"],
            Status::Dropped => &["porzucone", "odrzucone", "已放弃", "放弃"],
        }
    }
}

impl Choice for MomentOfTruth {
    const ALL: &'static [MomentOfTruth] = &[
        MomentOfTruth::Discovery,
        MomentOfTruth::Purchase,
        MomentOfTruth::Experience,
        MomentOfTruth::Loyalty,
    ];

    fn aliases(self) -> &'static [&'static str] {
        match self {
            MomentOfTruth::Discovery => &["odkrycie", "发现"],
            MomentOfTruth::Purchase => &["zakup", "购买"],
            MomentOfTruth::Experience => &["doświadczenie", "体验"],
            MomentOfTruth::Loyalty => &["lojalność", "忠诚"],
        }
    }
}

impl Choice for Icon {
    const ALL: &'static [Icon] = &Icon::ALL;
}

/// Lowercase with spaces, hyphens and underscores removed.
fn normalize(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Guesses a lane's kind from its name, in English, Polish or Chinese, for
/// spreadsheets without a `lane_kind` column.
pub fn guess_lane_kind(name: &str) -> Option<LaneKind> {
    let name = name.to_lowercase();
    // More specific words first: "support processes" before "process".
    const WORDS: &[(LaneKind, &[&str])] = &[
        (
            LaneKind::Frontstage,
            &["frontstage", "front stage", "front-stage", "前台"],
        ),
        (
            LaneKind::Backstage,
            &["backstage", "back stage", "back-stage", "zaplecze", "后台"],
        ),
        (LaneKind::Support, &["support", "wsparci", "支持"]),
        (
            LaneKind::Emotions,
            &[
                "emotion", "feeling", "mood", "emocj", "uczuci", "情绪", "感受",
            ],
        ),
        (LaneKind::PainPoints, &["pain", "problem", "痛点"]),
        (
            LaneKind::Opportunities,
            &["opportunit", "szans", "możliwoś", "机会"],
        ),
        (
            LaneKind::Touchpoints,
            &[
                "touchpoint",
                "touch point",
                "channel",
                "punkty styku",
                "punkt styku",
                "kanał",
                "触点",
                "渠道",
            ],
        ),
        (
            LaneKind::Thoughts,
            &["thought", "think", "quote", "myśl", "想法"],
        ),
        (LaneKind::Kpis, &["kpi", "metric", "wskaźnik", "指标"]),
        (LaneKind::Insights, &["insight", "wniosk", "洞察"]),
        (
            LaneKind::Actions,
            &[
                "action",
                "doing",
                "does",
                "behavio",
                "działani",
                "行为",
                "行动",
            ],
        ),
    ];
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| name.contains(w)))
        .map(|(kind, _)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_letters() {
        assert_eq!(Column::from_header(" Lane Kind "), Some(Column::LaneKind));
        assert_eq!(Column::from_header("STAGE_ID"), Some(Column::StageId));
        assert_eq!(Column::from_header("colour"), Some(Column::Color));
        assert_eq!(Column::from_header("severty"), None);
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }

    #[test]
    fn choices_read_every_spelling_and_write_one() {
        assert_eq!(Status::parse("in progress"), Ok(Status::InProgress));
        assert_eq!(Status::parse("InProgress"), Ok(Status::InProgress));
        assert_eq!(LaneKind::parse("Pain points"), Ok(LaneKind::PainPoints));
        assert_eq!(LaneKind::parse("support_processes"), Ok(LaneKind::Support));
        assert_eq!(LaneKind::parse("Support"), Ok(LaneKind::Support));
        assert_eq!(CardType::parse("Emotion"), Ok(CardType::Emotion));
        let e = Severity::parse("Hgh").unwrap_err();
        assert!(
            e.contains("Low, Medium, High, Critical") && e.contains("Hgh"),
            "{e}"
        );
        for kind in LaneKind::ALL {
            assert_eq!(LaneKind::parse(&kind.name()), Ok(kind));
        }
    }

    #[test]
    fn choices_read_polish_and_chinese_words() {
        assert_eq!(LaneKind::parse("痛点"), Ok(LaneKind::PainPoints));
        assert_eq!(LaneKind::parse("punkt bólu"), Ok(LaneKind::PainPoints));
        assert_eq!(LaneKind::parse("Punkty styku"), Ok(LaneKind::Touchpoints));
        assert_eq!(LaneKind::parse("关键绩效指标"), Ok(LaneKind::Kpis));
        assert_eq!(Severity::parse("wysoka"), Ok(Severity::High));
        assert_eq!(Severity::parse("高"), Ok(Severity::High));
        assert_eq!(Priority::parse("Wysoki"), Ok(Priority::High));
        assert_eq!(Status::parse("w toku"), Ok(Status::InProgress));
        assert_eq!(Status::parse("已完成"), Ok(Status::Done));
        assert_eq!(PainCategory::parse("流程"), Ok(PainCategory::Process));
        assert_eq!(Presence::parse("线上"), Ok(Presence::Online));
        assert!(MomentOfTruth::parse("真相时刻").is_err());
        assert_eq!(MomentOfTruth::parse("zakup"), Ok(MomentOfTruth::Purchase));
        assert_eq!(CardType::parse("痛点"), Ok(CardType::Pain));
        // Still written in English.
        assert_eq!(Severity::High.name(), "High");
    }

    /// No spelling of one value is a spelling of another.
    fn unambiguous<T: Choice>() {
        let mut seen: Vec<(String, T)> = Vec::new();
        for &v in T::ALL {
            let spellings = [v.name(), format!("{v:?}")]
                .into_iter()
                .chain(v.aliases().iter().map(|a| a.to_string()));
            for s in spellings {
                let key = normalize(&s);
                if let Some((_, other)) = seen.iter().find(|(k, o)| *k == key && *o != v) {
                    panic!("{s:?} names both {v:?} and {other:?}");
                }
                seen.push((key, v));
            }
        }
    }

    #[test]
    fn no_word_names_two_values() {
        unambiguous::<CardType>();
        unambiguous::<LaneKind>();
        unambiguous::<Presence>();
        unambiguous::<PainCategory>();
        unambiguous::<Severity>();
        unambiguous::<Priority>();
        unambiguous::<Status>();
        unambiguous::<MomentOfTruth>();
    }

    #[test]
    fn lane_kinds_are_guessed_from_names() {
        assert_eq!(guess_lane_kind("Customer actions"), Some(LaneKind::Actions));
        assert_eq!(guess_lane_kind("情绪曲线"), Some(LaneKind::Emotions));
        assert_eq!(guess_lane_kind("Punkty styku"), Some(LaneKind::Touchpoints));
        assert_eq!(
            guess_lane_kind("Support processes"),
            Some(LaneKind::Support)
        );
        assert_eq!(guess_lane_kind("Pain points"), Some(LaneKind::PainPoints));
        assert_eq!(guess_lane_kind("Notes"), None);
    }
}
