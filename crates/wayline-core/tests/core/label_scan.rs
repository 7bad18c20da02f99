//! No word reaches a map's page without the catalogue: a scan of the string
//! literals in `layout/` and `export/` (outside comments and test code). A
//! literal with letters in it must be a key of the map-label catalogue, or be
//! on the allow-list below, which says why it is not a printed label.

use std::path::Path;

use wayline_core::i18n::{Language, MAP_LABELS};

/// (file, start of the literal, why it is no label on a page).
const ALLOWED: &[(&str, &str, &str)] = &[
    // Messages to the command line and the export dialog, not printed on maps.
    (
        "export/options.rs",
        "",
        "option names and their error messages",
    ),
    (
        "export/readability.rs",
        "",
        "readability warnings (command line, dialog)",
    ),
    (
        "export/glyphs.rs",
        "",
        "missing-glyph warnings (command line, dialog)",
    ),
    ("export/csv.rs", "", "CSV columns and cell syntax (csvio)"),
    (
        "export/mod.rs",
        "page {number}: at {dpi} DPI",
        "a PNG size warning",
    ),
    (
        "export/mod.rs",
        "Wayline",
        "the PDF's author field, a product name",
    ),
    ("export/mod.rs", "{}: cannot", "export errors"),
    (
        "export/changes.rs",
        "{}: cannot",
        "export errors (command line)",
    ),
    (
        "export/changes.rs",
        "{}: the changes are written",
        "an output-format error (command line)",
    ),
    ("export/mod.rs", "{stem}-{n}{ext}", "a file name"),
    ("export/pages.rs", "spread over", "a readability warning"),
    (
        "export/pages.rs",
        "the margins leave no room",
        "an export error",
    ),
    ("export/pages.rs", "at scale", "an export error"),
    (
        "export/tiles.rs",
        "the margins leave no room",
        "an export error",
    ),
    ("export/tiles.rs", "at scale", "an export error"),
    ("export/tiles.rs", "--tile needs", "an export error"),
    (
        "export/tiles.rs",
        "{:?} sheets leave no room",
        "an export error",
    ),
    (
        "export/tiles.rs",
        "{letters}",
        "a sheet name: letters and a number",
    ),
    (
        "export/change_lines.rs",
        "KPI ",
        "diff's field name for a KPI",
    ),
    (
        "export/change_lines.rs",
        "field-{}",
        "a catalogue key made from a diff field",
    ),
    ("export/change_lines.rs", "severity", "a diff field name"),
    ("export/change_lines.rs", "priority", "a diff field name"),
    ("export/change_lines.rs", "status", "a diff field name"),
    ("export/change_lines.rs", "presence", "a diff field name"),
    ("export/change_lines.rs", "language", "a diff field name"),
    ("export/change_lines.rs", "details", "a diff field name"),
    ("export/change_lines.rs", "hidden", "a diff field name"),
    (
        "export/slides.rs",
        "slide-column-",
        "a step id of a slide's column",
    ),
    ("layout/changes.rs", "conflicts", "a diff field name"),
    ("layout/changes.rs", "text", "a diff field name"),
];

/// The string literals of `src` outside comments, with their text.
fn literals(src: &str) -> Vec<String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('"', '\'', 'x') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !ident_before(&chars, i) {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start = j + 1;
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let rest: String = chars[start..].iter().collect();
            let end = rest.find(&close).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            i = start + rest[..end].chars().count() + close.chars().count();
        } else if c == '"' {
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    text.push(ch);
                }
                i += 1;
            }
            i += 1;
            out.push(text);
        } else {
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The part of a file before its tests.
fn before_tests(src: &str) -> &str {
    let mut end = 0;
    for line in src.split_inclusive('\n') {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        end += line.len();
    }
    &src[..end]
}

/// Whether a literal has words in it: two letters in a row outside `{…}`
/// placeholders.
fn has_words(literal: &str) -> bool {
    let mut depth = 0;
    let mut run = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 && c.is_alphabetic() => {
                run += 1;
                if run >= 2 {
                    return true;
                }
                continue;
            }
            _ => {}
        }
        run = 0;
    }
    false
}

/// The names of the catalogue's arguments (`{ $count }` → "count").
fn argument_names() -> Vec<String> {
    let source = include_str!("../../../../assets/i18n/map/en.ftl");
    let mut names: Vec<String> = source
        .split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

fn unexplained(root: &Path, files: &[String]) -> Vec<String> {
    let mut keys = MAP_LABELS.keys(Language::En);
    keys.extend(argument_names());
    let mut out = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(root.join(file)).unwrap();
        for literal in literals(before_tests(&src)) {
            if !has_words(&literal) || keys.contains(&literal) {
                continue;
            }
            let allowed = ALLOWED
                .iter()
                .any(|(f, start, _)| f == file && literal.starts_with(start));
            if !allowed {
                out.push(format!("{file}: {literal:?}"));
            }
        }
    }
    out
}

fn sources(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["layout", "export"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".rs") && name != "tests.rs" {
                files.push(format!("{dir}/{name}"));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_word_layout_and_export_print_comes_from_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&root);
    assert!(files.len() > 20, "{files:?}");
    let found = unexplained(&root, &files);
    assert!(
        found.is_empty(),
        "literals that would print without the catalogue (use i18n::tr, or allow-list them in tests/core/label_scan.rs):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_a_label_written_in_code() {
    let dir = crate::common::dir("label-scan", "fake");
    std::fs::create_dir_all(dir.join("layout")).unwrap();
    std::fs::write(
        dir.join("layout/fake.rs"),
        "// \"Commented\" is no use\nfn f() { text_block(\"Moment of truth\", s); tr(l, \"legend\", &[]); let c = '\"'; let r = r#\"Raw words\"#; }\n#[cfg(test)]\nmod tests { const T: &str = \"Test words\"; }\n",
    )
    .unwrap();
    let found = unexplained(&dir, &["layout/fake.rs".to_string()]);
    assert_eq!(
        found,
        [
            "layout/fake.rs: \"Moment of truth\"",
            "layout/fake.rs: \"Raw words\""
        ]
    );
}

#[test]
fn every_catalogue_key_the_code_names_exists() {
    // Literals that look like keys (kebab-case words) are keys the catalogue has.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let keys = MAP_LABELS.keys(Language::En);
    let mut missing = Vec::new();
    for file in sources(&root) {
        let src = std::fs::read_to_string(root.join(&file)).unwrap();
        for literal in literals(before_tests(&src)) {
            let kebab = literal.contains('-')
                && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !literal.starts_with('-');
            if kebab && !keys.contains(&literal) {
                missing.push(format!("{file}: {literal}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}
