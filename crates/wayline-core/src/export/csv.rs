//! Cards to CSV, for spreadsheets: one row per card with its stage, step, lane
//! and typed fields, after rows declaring the stages, steps and lanes in order.
//! The columns are [`crate::csvio::Column`]; [`crate::import::csv`] reads the
//! result back into the same cards. Written as UTF-8 with a byte-order mark,
//! which Excel needs to show Chinese and Polish text (other programs ignore it).
//! Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
//! tab, CR first) get a single quote in front ([`crate::csvio::neutralize`]);
//! the import takes exactly that quote off again.

use crate::csvio::{CardType, Choice, Column, neutralize, rfc4180};
use crate::model::{Details, Map};

/// UTF-8 byte-order mark.
pub const BOM: &str = "\u{feff}";

/// Writes one row, every text cell neutralised; the numbers Wayline itself
/// formats (`-3`, `-1.5`) stay numbers.
fn write_row(out: &mut String, row: &[String]) {
    let cells: Vec<std::borrow::Cow<'_, str>> = Column::ALL
        .iter()
        .zip(row)
        .map(|(column, cell)| match column {
            Column::Score | Column::Value | Column::Target | Column::Satisfaction => {
                std::borrow::Cow::Borrowed(cell.as_str())
            }
            _ => neutralize(cell),
        })
        .collect();
    rfc4180::write_row(out, &cells);
}

/// The whole table as text, byte-order mark included.
pub fn to_csv(map: &Map) -> String {
    let mut out = String::from(BOM);
    rfc4180::write_row(&mut out, &Column::ALL.map(Column::name));
    let blank = || Column::ALL.map(|_| String::new());
    let set = |row: &mut [String; 26], column: Column, value: String| {
        row[column as usize] = value;
    };

    for stage in &map.stages {
        let mut row = blank();
        set(&mut row, Column::Stage, stage.name.clone());
        set(&mut row, Column::StageId, stage.id.0.clone());
        if stage.steps.is_empty() {
            write_row(&mut out, &row);
        }
        for step in &stage.steps {
            let mut row = row.clone();
            set(&mut row, Column::Step, step.name.clone());
            set(&mut row, Column::StepId, step.id.0.clone());
            write_row(&mut out, &row);
        }
    }
    for lane in &map.lanes {
        let mut row = blank();
        set(&mut row, Column::Lane, lane.name.clone());
        set(&mut row, Column::LaneKind, lane.kind.name());
        set(&mut row, Column::LaneId, lane.id.0.clone());
        write_row(&mut out, &row);
    }

    // The map's own order, not sorted: reading the table back then gives the
    // same file, so a change made in a spreadsheet is a small diff in git.
    for card in &map.cards {
        let mut row = blank();
        if let Some(stage) = map.stage(&card.stage) {
            set(&mut row, Column::Stage, stage.name.clone());
            if let Some(step) = card
                .step
                .as_ref()
                .and_then(|id| stage.steps.iter().find(|s| &s.id == id))
            {
                set(&mut row, Column::Step, step.name.clone());
            }
        }
        if let Some(lane) = map.lane(&card.lane) {
            set(&mut row, Column::Lane, lane.name.clone());
            set(&mut row, Column::LaneKind, lane.kind.name());
        }
        set(&mut row, Column::Type, CardType::of(&card.details).name());
        set(&mut row, Column::Text, card.text.clone());
        details(&mut row, &card.details);
        if let Some(color) = card.color {
            set(&mut row, Column::Color, color.to_string());
        }
        if let Some(icon) = card.icon {
            set(&mut row, Column::Icon, icon.name());
        }
        set(&mut row, Column::Id, card.id.0.clone());
        set(&mut row, Column::StageId, card.stage.0.clone());
        if let Some(step) = &card.step {
            set(&mut row, Column::StepId, step.0.clone());
        }
        set(&mut row, Column::LaneId, card.lane.0.clone());
        write_row(&mut out, &row);
    }
    out
}

fn details(row: &mut [String; 26], details: &Details) {
    let mut set = |column: Column, value: String| row[column as usize] = value;
    match details {
        Details::None => {}
        Details::Touchpoint {
            channel,
            presence,
            satisfaction,
        } => {
            set(Column::Channel, channel.clone());
            set(Column::Presence, presence.name());
            if let Some(s) = satisfaction {
                set(Column::Satisfaction, s.to_string());
            }
        }
        Details::Pain { category, severity } => {
            set(Column::Category, category.name());
            set(Column::Severity, severity.name());
        }
        Details::Opportunity {
            owner,
            priority,
            status,
            answers,
        } => {
            set(Column::Owner, owner.clone());
            set(Column::Priority, priority.name());
            set(Column::Status, status.name());
            let ids: Vec<&str> = answers.iter().map(|a| a.as_str()).collect();
            set(Column::Answers, ids.join(" "));
        }
        Details::Emotion { score, moment } => {
            set(Column::Score, score.to_string());
            if let Some(m) = moment {
                set(Column::Moment, m.name());
            }
        }
        Details::Task { owner } => set(Column::Owner, owner.clone()),
        Details::Metric {
            value,
            target,
            unit,
        } => {
            if let Some(v) = value {
                set(Column::Value, v.to_string());
            }
            if let Some(t) = target {
                set(Column::Target, t.to_string());
            }
            set(Column::Unit, unit.clone());
        }
    }
}
