//! Text from a map made safe to print on a terminal or in a one-line list:
//! control characters (newlines, escapes, NUL), bidi overrides and other
//! invisible format characters are written as `\n`, `\u{1b}`, `\u{202e}`, so a
//! text can neither drive the terminal nor fake extra lines in `git diff`.

/// Whether `c` must be escaped before it reaches a terminal: C0 and C1
/// controls, DEL, and the Unicode format characters that reorder or hide text
/// (bidi embeddings, overrides and isolates, zero-width characters, the BOM,
/// line and paragraph separators).
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{feff}'
            | '\u{061c}'
            | '\u{fff9}'..='\u{fffb}')
}

/// `text` with every [`needs_escape`] character written as an escape (`\n`,
/// `\t`, `\r`, `\u{..}`) and backslashes doubled, so that the escaped form is
/// unambiguous.
pub fn escape(text: &str) -> String {
    if !text.chars().any(|c| needs_escape(c) || c == '\\') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        c => out.push(c),
    }
}

/// `text` with every [`needs_escape`] character escaped but backslashes left
/// alone: for a line that is already mostly escaped (Rust's `{:?}` of names
/// and texts) and must stay one line with nothing a terminal interprets.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// [`printable`] line by line: a message of several lines keeps its line
/// breaks, and nothing else reaches the terminal raw.
pub fn printable_lines(text: &str) -> String {
    text.split('\n')
        .map(printable)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` quoted, escaped and cut at `max` characters (`…` marks the cut):
/// how messages name an id or a value.
pub fn shorten_escaped(text: &str, max: usize) -> String {
    let mut out = String::from("\"");
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            c => push_escaped(&mut out, c),
        }
    }
    out.push('"');
    out
}

/// A character named for a message: `'x'`, or `U+000A` for one that must not
/// be printed as it is.
pub fn describe_char(c: char) -> String {
    if needs_escape(c) || c == ' ' {
        format!("the character U+{:04X}", c as u32)
    } else {
        format!("the character {c:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_escaped_and_plain_text_is_not() {
        assert_eq!(escape("Zażółć 客户"), "Zażółć 客户");
        assert_eq!(escape("a\nb\u{1b}[31m"), "a\\nb\\u{1b}[31m");
        assert_eq!(escape("\u{202e}evil\0"), "\\u{202e}evil\\u{0}");
        assert_eq!(escape("back\\slash"), "back\\\\slash");
        assert_eq!(shorten_escaped("ab\"\ncd", 4), "\"ab\\\"\\n…\"");
        assert!(!escape("x\u{85}y\u{2028}").chars().any(needs_escape));
        assert_eq!(printable("\"a\\nb\" \u{1b}]0;"), "\"a\\nb\" \\u{1b}]0;");
        assert_eq!(printable_lines("one\ntwo\u{7}"), "one\ntwo\\u{7}");
    }
}
