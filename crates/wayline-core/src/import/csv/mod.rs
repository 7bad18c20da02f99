//! A table of cards (CSV) into a map: the columns are [`crate::csvio::Column`],
//! read by header name in any order; only `stage`, `lane` and `text` are needed.
//! Stages, steps and lanes are created as rows first name them, in that order; a
//! lane's kind comes from `lane_kind`, else its name ("Pain points", "情绪",
//! "Punkty styku"), else the first card's `type`. Ids in the file are kept, so an
//! export read back gives the same cards; rows without ids get ids derived from
//! their content ([`super::ids`]). Any bad cell stops the import with its row,
//! column letter and header, as a spreadsheet shows them.
//!
//! Accepted: UTF-8 with or without a byte-order mark, comma, semicolon or tab
//! delimiters (judged from the header row), quoted cells with commas, quotes and
//! line breaks, blank rows, decimal commas in numbers (`0,6`).

mod cells;

use std::collections::HashMap;

use super::ParseError;
use super::ids::Minter;
use crate::csvio::rfc4180;
use crate::csvio::{CardType, Choice, Column, column_letter, guess_lane_kind};
use crate::model::{
    Card, CardId, Color, Details, EMOTION_RANGE, Icon, Lane, LaneId, LaneKind, MAX_CARDS,
    MAX_LANES, MAX_STAGES, MAX_TEXT_CHARS, Map, MomentOfTruth, PainCategory, Presence, Priority,
    Severity, Stage, StageId, Status, Step, StepId, id_problem,
};
use cells::{Cells, Header, Row};

/// Parses a table and builds its map, titled `title`.
pub fn import(text: &str, title: &str) -> Result<Map, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = rfc4180::detect_delimiter(text);
    let records = rfc4180::parse(text, delimiter).map_err(|e| ParseError {
        line: e.line,
        column: None,
        message: e.message,
    })?;
    let mut rows = records
        .into_iter()
        .enumerate()
        .map(|(i, record)| Row {
            number: i + 1,
            record,
        })
        .filter(|row| !row.record.is_blank());
    let Some(header_row) = rows.next() else {
        return Err(ParseError {
            line: 1,
            column: None,
            message: format!(
                "the file is empty; expected a header row naming the columns ({})",
                Column::ALL.map(Column::name).join(", ")
            ),
        });
    };
    let header = Header::read(&header_row)?;
    let rows: Vec<Row> = rows.collect();
    for row in &rows {
        check_shape(&header, row, delimiter)?;
    }

    let mut builder = Builder {
        header: &header,
        map: Map::new(title),
        ids: Minter::default(),
        stages_by_id: HashMap::new(),
        stages_by_name: HashMap::new(),
        lanes_by_id: HashMap::new(),
        lanes_by_name: HashMap::new(),
        first_row: HashMap::new(),
    };
    builder.reserve_ids(&rows)?;
    for row in &rows {
        builder.row(row)?;
    }
    Ok(builder.map)
}

/// Refuses rows that would be read as something else than they are: a row
/// written with another delimiter than the header (one cell holding the whole
/// row would become a stage and its cards would be lost), and a byte-order mark
/// inside the file (two files joined: the mark would make a look-alike stage).
fn check_shape(header: &Header, row: &Row, delimiter: char) -> Result<(), ParseError> {
    let error = |message: String| ParseError {
        line: row.record.line,
        column: None,
        message: format!("row {}{message}", row.number),
    };
    for (i, cell) in row.record.cells.iter().enumerate() {
        if cell.contains('\u{feff}') {
            return Err(error(format!(
                ", column {}: the cell holds a byte-order mark (U+FEFF), as where two files were joined; remove it (and a second header row, if there is one)",
                column_letter(i)
            )));
        }
    }
    // A short row holding another delimiter: split by that one, it would have
    // had more cells (`Buy;Actions;Pays, then leaves` under a comma header).
    let cells = &row.record.cells;
    if header.width > 1
        && cells.len() < header.width
        && let Some(other) = [',', ';', '\t']
            .into_iter()
            .find(|&d| d != delimiter && cells.iter().any(|c| c.contains(d)))
    {
        return Err(error(format!(
            ": the row has {} {} but has {}: the header row is split by {}, so this row would lose cells; use one delimiter in the whole file",
            if cells.len() == 1 { "no" } else { "too few" },
            rfc4180::describe_plural(delimiter),
            rfc4180::describe_plural(other),
            rfc4180::describe_plural(delimiter),
        )));
    }
    Ok(())
}

struct Builder<'a> {
    header: &'a Header,
    map: Map,
    ids: Minter,
    stages_by_id: HashMap<String, usize>,
    stages_by_name: HashMap<String, usize>,
    lanes_by_id: HashMap<String, usize>,
    lanes_by_name: HashMap<String, usize>,
    /// The row that first named each stage, step or lane id, for error messages.
    first_row: HashMap<String, usize>,
}

impl Builder<'_> {
    /// Reserves every id the file names, so minted ids never take one; two cards
    /// with one id are an error.
    fn reserve_ids(&mut self, rows: &[Row]) -> Result<(), ParseError> {
        let mut cards: HashMap<&str, usize> = HashMap::new();
        for row in rows {
            let cells = Cells {
                header: self.header,
                row,
            };
            if row.record.cells.len() > self.header.width
                && let Some(extra) = row.record.cells[self.header.width..]
                    .iter()
                    .position(|c| !c.trim().is_empty())
            {
                return Err(ParseError {
                    line: row.record.line,
                    column: None,
                    message: format!(
                        "row {}, column {}: a cell beyond the last named column; name the column in the header row or empty the cell",
                        row.number,
                        column_letter(self.header.width + extra)
                    ),
                });
            }
            let id = cells.get(Column::Id);
            if !id.is_empty()
                && let Some(first) = cards.insert(id, row.number)
            {
                return Err(cells.error(
                    Column::Id,
                    format!("card id {id:?} is used by row {first} too; ids must be unique (empty the cell to get a new id)"),
                ));
            }
            for column in [Column::Id, Column::StageId, Column::StepId, Column::LaneId] {
                let id = cells.get(column);
                if !id.is_empty() {
                    self.ids.reserve(id);
                }
            }
        }
        Ok(())
    }

    /// The limits a saved map has, checked per row so the error names it.
    fn limits(&self, cells: &Cells) -> Result<(), ParseError> {
        for column in Column::ALL {
            let cell = cells.raw(column);
            if cell.len() > MAX_TEXT_CHARS && cell.chars().count() > MAX_TEXT_CHARS {
                return Err(cells.error(
                    column,
                    format!(
                        "the cell is {} characters long; Wayline keeps each text under {MAX_TEXT_CHARS} characters",
                        cell.chars().count()
                    ),
                ));
            }
        }
        for column in [Column::Id, Column::StageId, Column::StepId, Column::LaneId] {
            let id = cells.get(column);
            if let Some(problem) = (!id.is_empty()).then(|| id_problem(id)).flatten() {
                return Err(cells.error(column, problem));
            }
        }
        for id in cells.get(Column::Answers).split_whitespace() {
            if let Some(problem) = id_problem(id) {
                return Err(cells.error(Column::Answers, problem));
            }
        }
        Ok(())
    }

    fn row(&mut self, row: &Row) -> Result<(), ParseError> {
        let cells = Cells {
            header: self.header,
            row,
        };
        self.limits(&cells)?;
        let has_stage =
            !cells.get(Column::Stage).is_empty() || !cells.get(Column::StageId).is_empty();
        let has_lane = !cells.get(Column::Lane).is_empty() || !cells.get(Column::LaneId).is_empty();
        let has_card = cells.has_card();
        if !has_stage && (has_card || !cells.get(Column::Step).is_empty() || !has_lane) {
            return Err(cells.error(
                Column::Stage,
                "expected a stage name: a card needs a stage and a lane (a row with only a stage, or only a lane, declares it)",
            ));
        }
        if !has_lane && has_card {
            return Err(cells.error(
                Column::Lane,
                "expected a lane name: a card needs a stage and a lane",
            ));
        }
        let stage = if has_stage {
            Some(self.stage(row)?)
        } else {
            None
        };
        let step = match stage {
            Some(s)
                if !cells.get(Column::Step).is_empty() || !cells.get(Column::StepId).is_empty() =>
            {
                Some(self.step(row, s)?)
            }
            _ => None,
        };
        let lane = if has_lane {
            Some(self.lane(row)?)
        } else {
            None
        };
        if let (Some(stage), Some(lane)) = (stage, lane) {
            self.card(row, stage, step, lane)?;
        }
        self.counts(&cells)
    }

    /// The first row that goes past a count limit is named in the error.
    fn counts(&self, cells: &Cells) -> Result<(), ParseError> {
        for (what, n, max) in [
            ("cards", self.map.cards.len(), MAX_CARDS),
            ("stages", self.map.stages.len(), MAX_STAGES),
            ("lanes", self.map.lanes.len(), MAX_LANES),
        ] {
            if n > max {
                return Err(cells.error(
                    Column::Stage,
                    format!(
                        "this row makes {n} {what}; Wayline opens maps of at most {max} {what}"
                    ),
                ));
            }
        }
        Ok(())
    }

    // Names are kept as written (an export read back gives the same names) but
    // matched without surrounding spaces, as a person typing a sheet expects.
    // With an id, the id says which stage, step or lane a row means; a row
    // naming a known id differently is an error, since one of the two is wrong.

    fn stage(&mut self, row: &Row) -> Result<usize, ParseError> {
        let cells = Cells {
            header: self.header,
            row,
        };
        let name = cells.raw(Column::Stage);
        let key = name.trim();
        let id = cells.get(Column::StageId);
        let existing = if id.is_empty() {
            self.stages_by_name.get(key)
        } else {
            self.stages_by_id.get(id)
        };
        if let Some(&i) = existing {
            let known = &self.map.stages[i].name;
            if !id.is_empty() && !key.is_empty() && known != name {
                return Err(cells.error(
                    Column::Stage,
                    format!(
                        "stage id {id:?} is named {known:?} in row {}, here {name:?}; one id, one stage",
                        self.first_row.get(id).copied().unwrap_or(0)
                    ),
                ));
            }
            return Ok(i);
        }
        let id = if id.is_empty() {
            self.ids.mint(StageId::PREFIX, &format!("stage {key}"))
        } else {
            id.to_string()
        };
        let i = self.map.stages.len();
        self.map.stages.push(Stage::new(StageId(id.clone()), name));
        self.stages_by_id.insert(id.clone(), i);
        self.stages_by_name.entry(key.to_string()).or_insert(i);
        self.first_row.insert(id, row.number);
        Ok(i)
    }

    fn step(&mut self, row: &Row, stage: usize) -> Result<StepId, ParseError> {
        let cells = Cells {
            header: self.header,
            row,
        };
        let name = cells.raw(Column::Step);
        let key = name.trim();
        let id = cells.get(Column::StepId);
        let steps = &self.map.stages[stage].steps;
        let existing = if id.is_empty() {
            steps.iter().find(|s| s.name.trim() == key)
        } else {
            steps.iter().find(|s| s.id.as_str() == id)
        };
        if let Some(step) = existing {
            if !id.is_empty() && !key.is_empty() && step.name != name {
                return Err(cells.error(
                    Column::Step,
                    format!(
                        "step id {id:?} is named {:?} in row {}, here {name:?}; one id, one step",
                        step.name,
                        self.first_row.get(id).copied().unwrap_or(0)
                    ),
                ));
            }
            return Ok(step.id.clone());
        }
        if !id.is_empty() && self.first_row.contains_key(id) {
            return Err(cells.error(
                Column::StepId,
                format!(
                    "step id {id:?} belongs to another stage (row {})",
                    self.first_row.get(id).copied().unwrap_or(0)
                ),
            ));
        }
        let id = if id.is_empty() {
            let stage_id = &self.map.stages[stage].id;
            self.ids
                .mint(StepId::PREFIX, &format!("step {stage_id} {key}"))
        } else {
            id.to_string()
        };
        self.map.stages[stage].steps.push(Step {
            id: StepId(id.clone()),
            name: name.to_string(),
        });
        self.first_row.insert(id.clone(), row.number);
        Ok(StepId(id))
    }

    fn lane(&mut self, row: &Row) -> Result<usize, ParseError> {
        let cells = Cells {
            header: self.header,
            row,
        };
        let name = cells.raw(Column::Lane);
        let key = name.trim();
        let id = cells.get(Column::LaneId);
        let kind: Option<LaneKind> = cells.choice(Column::LaneKind)?;
        let existing = if id.is_empty() {
            self.lanes_by_name.get(key)
        } else {
            self.lanes_by_id.get(id)
        };
        if let Some(&i) = existing {
            let lane = &self.map.lanes[i];
            let first = self.first_row.get(lane.id.as_str()).copied().unwrap_or(0);
            if !id.is_empty() && !key.is_empty() && lane.name != name {
                return Err(cells.error(
                    Column::Lane,
                    format!(
                        "lane id {id:?} is named {:?} in row {first}, here {name:?}; one id, one lane",
                        lane.name
                    ),
                ));
            }
            if let Some(kind) = kind
                && kind != lane.kind
            {
                return Err(cells.error(
                    Column::LaneKind,
                    format!(
                        "lane {:?} is of kind {} (row {first}), here {}",
                        lane.name,
                        lane.kind.name(),
                        kind.name()
                    ),
                ));
            }
            return Ok(i);
        }
        let kind = match kind {
            Some(kind) => kind,
            None => guess_lane_kind(key)
                .or_else(|| {
                    CardType::parse(cells.get(Column::Type))
                        .ok()
                        .map(CardType::lane_kind)
                })
                .unwrap_or(LaneKind::Text),
        };
        let id = if id.is_empty() {
            self.ids.mint(LaneId::PREFIX, &format!("lane {key}"))
        } else {
            id.to_string()
        };
        let i = self.map.lanes.len();
        self.map
            .lanes
            .push(Lane::new(LaneId(id.clone()), name, kind));
        self.lanes_by_id.insert(id.clone(), i);
        self.lanes_by_name.entry(key.to_string()).or_insert(i);
        self.first_row.insert(id, row.number);
        Ok(i)
    }

    fn card(
        &mut self,
        row: &Row,
        stage: usize,
        step: Option<StepId>,
        lane: usize,
    ) -> Result<(), ParseError> {
        let cells = Cells {
            header: self.header,
            row,
        };
        let lane_kind = self.map.lanes[lane].kind;
        let card_type = cells
            .choice::<CardType>(Column::Type)?
            .unwrap_or_else(|| CardType::for_lane(lane_kind));
        for column in Column::ALL {
            if let Some(types) = column.card_type()
                && !types.contains(&card_type)
                && !cells.get(column).is_empty()
            {
                return Err(cells.error(
                    column,
                    format!(
                        "a {} card has no {}; empty the cell, or set type to {}",
                        card_type.name(),
                        column.name(),
                        types[0].name()
                    ),
                ));
            }
        }
        let details = details(&cells, card_type)?;
        let color = match cells.get(Column::Color) {
            "" => None,
            c => Some(
                c.parse::<Color>()
                    .map_err(|e| cells.error(Column::Color, e))?,
            ),
        };
        let icon = cells.choice::<Icon>(Column::Icon)?;
        let text = cells.raw(Column::Text).to_string();
        let stage_id = self.map.stages[stage].id.clone();
        let lane_id = self.map.lanes[lane].id.clone();
        let id = match cells.get(Column::Id) {
            "" => self
                .ids
                .mint(CardId::PREFIX, &format!("card {stage_id} {lane_id} {text}")),
            id => id.to_string(),
        };
        self.map.cards.push(Card {
            id: CardId(id),
            lane: lane_id,
            stage: stage_id,
            step,
            text,
            color,
            icon,
            details,
        });
        Ok(())
    }
}

fn details(cells: &Cells, card_type: CardType) -> Result<Details, ParseError> {
    Ok(match card_type {
        CardType::Plain => Details::None,
        CardType::Touchpoint => Details::Touchpoint {
            channel: cells.raw(Column::Channel).to_string(),
            presence: cells
                .choice::<Presence>(Column::Presence)?
                .unwrap_or(Presence::Online),
            satisfaction: cells.integer(Column::Satisfaction, 1..=5u8)?,
        },
        CardType::Pain => Details::Pain {
            category: cells
                .choice::<PainCategory>(Column::Category)?
                .unwrap_or(PainCategory::Process),
            severity: cells
                .choice::<Severity>(Column::Severity)?
                .unwrap_or(Severity::Medium),
        },
        CardType::Opportunity => Details::Opportunity {
            owner: cells.raw(Column::Owner).to_string(),
            priority: cells
                .choice::<Priority>(Column::Priority)?
                .unwrap_or(Priority::Medium),
            status: cells
                .choice::<Status>(Column::Status)?
                .unwrap_or(Status::Idea),
            answers: cells
                .get(Column::Answers)
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .filter(|id| !id.is_empty())
                .map(|id| CardId(id.to_string()))
                .collect(),
        },
        CardType::Emotion => Details::Emotion {
            score: cells.integer(Column::Score, EMOTION_RANGE)?.unwrap_or(0),
            moment: cells.choice::<MomentOfTruth>(Column::Moment)?,
        },
        CardType::Task => Details::Task {
            owner: cells.raw(Column::Owner).to_string(),
        },
        CardType::Metric => Details::Metric {
            value: cells.number(Column::Value)?,
            target: cells.number(Column::Target)?,
            unit: cells.raw(Column::Unit).to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minimal_sheet_makes_stages_lanes_and_typed_cards() {
        let text = "Stage,Lane,Text,Score,Severity\r\nOdkrycie,Działania,Szuka w Google,,\r\nOdkrycie,Emocje,Ciekawość,2,\r\n购买,痛点,\"运费太贵, 放弃\",,High\r\n";
        let map = import(text, "Arkusz").unwrap();
        assert_eq!(map.title, "Arkusz");
        let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Odkrycie", "购买"]);
        let kinds: Vec<LaneKind> = map.lanes.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [LaneKind::Actions, LaneKind::Emotions, LaneKind::PainPoints]
        );
        assert_eq!(
            map.cards[1].details,
            Details::Emotion {
                score: 2,
                moment: None
            }
        );
        assert_eq!(map.cards[2].text, "运费太贵, 放弃");
        assert!(matches!(
            map.cards[2].details,
            Details::Pain {
                severity: Severity::High,
                ..
            }
        ));
        assert!(map.validate().is_empty(), "{:?}", map.validate());
        assert_eq!(import(text, "Arkusz"), Ok(map), "same table, same ids");
    }

    #[test]
    fn bad_cells_name_row_column_and_expectation() {
        let text = "stage,lane,text,severity\nA,Pain points,Slow,Hgh\n";
        let e = import(text, "t").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(
            e.message
                .starts_with("row 2, column D (severity): expected one of Low"),
            "{}",
            e.message
        );
        let e = import("stage,lane,text,score\nA,Actions,x,2\n", "t").unwrap_err();
        assert!(
            e.message.contains("a plain card has no score"),
            "{}",
            e.message
        );
        let e = import("stage,lane,text,score\nA,Emotions,x,5\n", "t").unwrap_err();
        assert!(e.message.contains("from -3 to 3"), "{}", e.message);
        let e = import("stage,lane,txt\n", "t").unwrap_err();
        assert!(
            e.message.contains("unknown column \"txt\""),
            "{}",
            e.message
        );
        let e = import("stage,lane,text\n,Actions,orphan\n", "t").unwrap_err();
        assert!(
            e.message.contains("row 2, column A (stage)"),
            "{}",
            e.message
        );
        let e = import("stage,lane,text,id\nA,L,x,c1\nA,L,y,c1\n", "t").unwrap_err();
        assert!(
            e.message.contains("row 3") && e.message.contains("row 2 too"),
            "{}",
            e.message
        );
    }

    #[test]
    fn semicolons_and_decimal_commas_from_a_polish_excel() {
        let text =
            "\u{feff}stage;lane;lane_kind;text;value;unit\nZakup;Wskaźniki;KPIs;Konwersja;2,5;%\n";
        let map = import(text, "t").unwrap();
        assert_eq!(
            map.cards[0].details,
            Details::Metric {
                value: Some(2.5),
                target: None,
                unit: "%".into()
            }
        );
    }
}
