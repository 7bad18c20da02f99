//! The little XML writing the SVG backend needs: escaping (and dropping what
//! XML 1.0 forbids), compact numbers, base64 for data URLs. Written here
//! rather than pulled in: each is a few lines.

/// Whether XML 1.0 allows `c` in a document at all.
pub(super) fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// `text` escaped for element content or a double-quoted attribute, without the
/// characters XML 1.0 forbids. Line breaks and tabs in attributes are written
/// as character references, so a parser keeps them.
pub(super) fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// `name="value"` with a leading space, the value escaped.
pub(super) fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape(out, value);
    out.push('"');
}

/// A number with at most `decimals` decimals and no trailing zeros.
pub(super) fn num(out: &mut String, value: f32, decimals: usize) {
    let value = if value.is_finite() { value } else { 0.0 };
    let start = out.len();
    out.push_str(&format!("{value:.decimals$}"));
    if out[start..].contains('.') {
        let trimmed = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(trimmed);
    }
    if &out[start..] == "-0" {
        out.truncate(start);
        out.push('0');
    }
}

/// A number as a string (two decimals: a hundredth of a point).
pub(super) fn n(value: f32) -> String {
    let mut s = String::new();
    num(&mut s, value, 2);
    s
}

/// Standard base64 with padding.
pub(super) fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let v = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[(v >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// An XML name (for `id`): letters, digits, `-`, `_`, `.`; anything else
/// becomes `_`, and a name that would start with a digit gets a `_` before it.
pub(super) fn name(raw: &str) -> String {
    let mut out: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        out.insert(0, '_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_drops_what_xml_forbids() {
        let mut s = String::new();
        escape(&mut s, "a<b & \"c\"\u{1}\u{0}\u{FFFE}\n旅ż");
        assert_eq!(s, "a&lt;b &amp; &quot;c&quot;&#10;旅ż");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(n(1.0), "1");
        assert_eq!(n(1.5), "1.5");
        assert_eq!(n(-0.001), "0");
        assert_eq!(n(12.345_6), "12.35");
        assert_eq!(n(f32::NAN), "0");
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn names_are_xml_names() {
        assert_eq!(name("card-1a2b"), "card-1a2b");
        assert_eq!(name("1 x/旅"), "_1_x__");
    }
}
