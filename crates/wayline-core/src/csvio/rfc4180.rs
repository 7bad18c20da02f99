//! CSV cells as RFC 4180 writes them: cells split by a delimiter, quoted with `"`
//! when they hold a delimiter, a quote or a line break, `""` for a quote inside
//! quotes. Reading is as lenient as spreadsheets are (CRLF or LF, a stray quote
//! inside an unquoted cell is text) and strict only where data would be lost: a
//! quoted cell that never ends, or text after a closing quote. Knows nothing of
//! maps or columns.

/// One row of cells, with the line of the file it starts on (1-based; a quoted
/// line break makes a row span several lines).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

impl Record {
    /// True for a row with no text in any cell (spreadsheets keep such rows).
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// A syntax error: the line it was found on and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// The delimiter of a file, judged from its first row: a comma unless the row
/// has more semicolons (Excel in Polish, German or French locales writes `;`) or
/// tabs (text pasted from a spreadsheet) outside quotes.
pub fn detect_delimiter(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(entry) = counts.iter_mut().find(|(d, _)| *d == c) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    // The first maximum wins, so a row with no delimiter at all reads as commas.
    counts
        .iter()
        .fold(
            (',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// Splits `text` into rows of cells. Line breaks inside quoted cells become `\n`.
pub fn parse(text: &str, delimiter: char) -> Result<Vec<Record>, SyntaxError> {
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut started = false;
    let mut at_cell_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        started = true;
        match c {
            '"' if at_cell_start => {
                let opened = line;
                loop {
                    match chars.next() {
                        None => {
                            return Err(SyntaxError {
                                line: opened,
                                message:
                                    "a quoted cell opened here never ends: a closing \" is missing"
                                        .to_string(),
                            });
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        Some('"') => break,
                        Some('\r') if chars.peek() == Some(&'\n') => {
                            chars.next();
                            line += 1;
                            cell.push('\n');
                        }
                        Some('\n') => {
                            line += 1;
                            cell.push('\n');
                        }
                        Some(other) => cell.push(other),
                    }
                }
                match chars.peek() {
                    None | Some('\r' | '\n') => {}
                    Some(&d) if d == delimiter => {}
                    Some(&other) => {
                        return Err(SyntaxError {
                            line,
                            message: format!(
                                "after the closing quote of a cell expected {} or the end of the row, found {other:?}; write a quote inside a quoted cell as \"\"",
                                describe(delimiter)
                            ),
                        });
                    }
                }
                at_cell_start = false;
            }
            d if d == delimiter => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(std::mem::take(&mut cell));
                records.push(Record {
                    line: record_line,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                record_line = line;
                started = false;
                at_cell_start = true;
            }
            other => {
                cell.push(other);
                at_cell_start = false;
            }
        }
    }
    if started {
        cells.push(cell);
        records.push(Record {
            line: record_line,
            cells,
        });
    }
    Ok(records)
}

fn describe(delimiter: char) -> &'static str {
    match delimiter {
        ',' => "a comma",
        ';' => "a semicolon",
        '\t' => "a tab",
        _ => "the delimiter",
    }
}

/// A delimiter named in the plural, for messages: "commas", "semicolons", "tabs".
pub fn describe_plural(delimiter: char) -> &'static str {
    match delimiter {
        ',' => "commas",
        ';' => "semicolons",
        '\t' => "tabs",
        _ => "delimiters",
    }
}

/// Appends one row, quoting only the cells that need it, ended by CRLF as RFC
/// 4180 asks.
pub fn write_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = cell.as_ref();
        // A leading quote is how a neutralised formula starts (see
        // `csvio::neutralize`); quoting the cell too is what OWASP advises.
        let needs_quotes = cell.contains([',', '"', '\n', '\r', ';'])
            || cell.starts_with([' ', '\t', '\''])
            || cell.ends_with([' ', '\t']);
        if needs_quotes {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Vec<String>> {
        parse(text, detect_delimiter(text))
            .unwrap()
            .into_iter()
            .map(|r| r.cells)
            .collect()
    }

    #[test]
    fn quoted_cells_keep_commas_quotes_and_line_breaks() {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\n";
        assert_eq!(
            cells(text),
            vec![
                vec!["a", "b", "c"],
                vec!["x, y", "say \"hi\"", "two\nlines"],
                vec!["last", "", ""],
            ]
        );
        let records = parse(text, ',').unwrap();
        assert_eq!(
            records.iter().map(|r| r.line).collect::<Vec<_>>(),
            [1, 2, 4]
        );
    }

    #[test]
    fn written_rows_read_back_the_same() {
        let rows = [
            vec!["顾客", "Żółć, gęślą", "\"quoted\""],
            vec!["  padded ", "a\nb", ""],
            vec!["semi;colon", "tab\there", "end"],
        ];
        let mut out = String::new();
        for row in &rows {
            write_row(&mut out, row);
        }
        assert_eq!(
            cells(&out),
            rows.map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
                .to_vec()
        );
    }

    #[test]
    fn semicolons_and_tabs_are_detected() {
        assert_eq!(detect_delimiter("stage;lane;text\n"), ';');
        assert_eq!(detect_delimiter("stage\tlane\ttext"), '\t');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), ',');
        assert_eq!(detect_delimiter("text\n"), ',');
        assert_eq!(cells("a;\"b;c\"\n"), vec![vec!["a", "b;c"]]);
    }

    #[test]
    fn a_stray_quote_in_an_unquoted_cell_is_text() {
        assert_eq!(cells("5\" screen,x"), vec![vec!["5\" screen", "x"]]);
    }

    #[test]
    fn an_unclosed_quote_names_the_line_it_opened_on() {
        let e = parse("a,b\n\"open,\nstill open\n", ',').unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("never ends"), "{}", e.message);
        let e = parse("a\n\"x\"y,z\n", ',').unwrap_err();
        assert_eq!(e.line, 2);
        assert!(
            e.message.contains("after the closing quote"),
            "{}",
            e.message
        );
    }
}
