//! The rows of a CSV table as the importer sees them: which column is where
//! (from the header row), each cell by column, and errors that name the row and
//! the column letter and header a spreadsheet shows.

use crate::csvio::rfc4180::Record;
use crate::csvio::{Choice, Column, column_letter};
use crate::import::ParseError;

pub(super) struct Row {
    /// 1-based, counting every row the spreadsheet shows (the header is row 1).
    pub(super) number: usize,
    pub(super) record: Record,
}

/// Which column each position of the table holds.
pub(super) struct Header {
    /// By `Column as usize`: where the column is, if the table has it.
    positions: [Option<usize>; Column::ALL.len()],
    pub(super) width: usize,
}

impl Header {
    pub(super) fn read(row: &Row) -> Result<Header, ParseError> {
        let mut positions = [None; Column::ALL.len()];
        for (i, cell) in row.record.cells.iter().enumerate() {
            let at = |message: String| ParseError {
                line: row.record.line,
                column: None,
                message: format!("row {}, column {}: {message}", row.number, column_letter(i)),
            };
            if cell.trim().is_empty() {
                if row.record.cells[i..].iter().all(|c| c.trim().is_empty()) {
                    break;
                }
                return Err(at(
                    "a column without a name; the first row must name every column".to_string(),
                ));
            }
            let column = Column::from_header(cell).ok_or_else(|| {
                at(format!(
                    "unknown column {cell:?}; the first row must name the columns, from: {}",
                    Column::ALL.map(Column::name).join(", ")
                ))
            })?;
            if let Some(first) = positions[column as usize].replace(i) {
                return Err(at(format!(
                    "column {:?} appears twice (also in column {})",
                    column.name(),
                    column_letter(first)
                )));
            }
        }
        let missing: Vec<&str> = [Column::Stage, Column::Lane, Column::Text]
            .into_iter()
            .filter(|c| positions[*c as usize].is_none())
            .map(Column::name)
            .collect();
        if !missing.is_empty() {
            return Err(ParseError {
                line: row.record.line,
                column: None,
                message: format!(
                    "row {}: the header has no {} column; a table of cards needs stage, lane and text",
                    row.number,
                    missing.join(", ")
                ),
            });
        }
        let width = positions.iter().flatten().max().map_or(0, |m| m + 1);
        Ok(Header { positions, width })
    }
}

/// What a row's cells say, by column.
pub(super) struct Cells<'a> {
    pub(super) header: &'a Header,
    pub(super) row: &'a Row,
}

impl<'a> Cells<'a> {
    /// The cell as written, less the quote an export puts in front of a text
    /// a spreadsheet would run as a formula (see `csvio::neutralize`).
    pub(super) fn raw(&self, column: Column) -> &'a str {
        self.header.positions[column as usize]
            .and_then(|i| self.row.record.cells.get(i))
            .map_or("", |cell| crate::csvio::restore(cell))
    }

    /// The cell without surrounding spaces (names, ids, numbers, choices).
    pub(super) fn get(&self, column: Column) -> &'a str {
        self.raw(column).trim()
    }

    pub(super) fn error(&self, column: Column, message: impl std::fmt::Display) -> ParseError {
        let letter = self.header.positions[column as usize]
            .map_or_else(String::new, |i| format!("column {} ", column_letter(i)));
        ParseError {
            line: self.row.record.line,
            column: None,
            message: format!(
                "row {}, {letter}({}): {message}",
                self.row.number,
                column.name()
            ),
        }
    }

    pub(super) fn choice<T: Choice>(&self, column: Column) -> Result<Option<T>, ParseError> {
        let cell = self.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        T::parse(cell).map(Some).map_err(|e| self.error(column, e))
    }

    pub(super) fn number(&self, column: Column) -> Result<Option<f64>, ParseError> {
        let cell = self.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        // A decimal comma, as spreadsheets in Polish (and most of Europe) write it.
        let normal = if !cell.contains('.') && cell.matches(',').count() == 1 {
            cell.replace(',', ".")
        } else {
            cell.to_string()
        };
        normal
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(Some)
            .ok_or_else(|| self.error(column, format!("expected a number, found {cell:?}")))
    }

    pub(super) fn integer<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
        &self,
        column: Column,
        range: std::ops::RangeInclusive<T>,
    ) -> Result<Option<T>, ParseError> {
        let cell = self.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        cell.parse::<T>()
            .ok()
            .filter(|v| range.contains(v))
            .map(Some)
            .ok_or_else(|| {
                self.error(
                    column,
                    format!(
                        "expected a whole number from {} to {}, found {cell:?}",
                        range.start(),
                        range.end()
                    ),
                )
            })
    }

    /// True when the row says anything about a card.
    pub(super) fn has_card(&self) -> bool {
        Column::ALL
            .into_iter()
            .filter(|c| {
                !matches!(
                    c,
                    Column::Stage
                        | Column::Step
                        | Column::Lane
                        | Column::LaneKind
                        | Column::StageId
                        | Column::StepId
                        | Column::LaneId
                )
            })
            .any(|c| !self.get(c).is_empty())
    }
}
