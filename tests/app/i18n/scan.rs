//! A scan of `src/app/**/*.rs` and `src/paint.rs` for words that reach the
//! window without the UI catalogue: a small Rust lexer finds the string
//! literals (comments, chars, lifetimes and raw strings told apart) and what
//! precedes each; widget calls, sentences and unknown keys fail.

use std::path::{Path, PathBuf};

use super::{EN, keys};

/// A string literal of the scanned sources, with what precedes it.
struct Literal {
    file: PathBuf,
    line: usize,
    text: String,
    /// The code before it (comments removed), newest last, about two lines.
    before: String,
    /// An `i18n-ok:` note on its line or the line above exempts it.
    exempt: bool,
}

/// The string literals of Rust source `src` (comments, char literals and
/// lifetimes told apart; raw and byte strings included).
fn literals(file: &Path, src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    let mut code = String::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '\'' {
            // 'x', '\n', '\u{1e}' are chars; 'a alone is a lifetime.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                code.push_str("' '");
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                code.push_str("' '");
                continue;
            }
        }
        let raw_start = (c == 'r' || (c == 'b' && next == Some('r')))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_');
        let (is_string, mut j, hashes) = if c == '"' {
            (true, i + 1, None)
        } else if c == 'b' && next == Some('"') {
            (true, i + 2, None)
        } else if raw_start {
            let mut k = i + if c == 'b' { 2 } else { 1 };
            let mut n = 0;
            while chars.get(k) == Some(&'#') {
                n += 1;
                k += 1;
            }
            if chars.get(k) == Some(&'"') {
                (true, k + 1, Some(n))
            } else {
                (false, i, None)
            }
        } else {
            (false, i, None)
        };
        if !is_string {
            if c == '\n' {
                line += 1;
            }
            code.push(c);
            i += 1;
            continue;
        }
        let start_line = line;
        let mut text = String::new();
        while let Some(&d) = chars.get(j) {
            if d == '\n' {
                line += 1;
            }
            match hashes {
                None if d == '\\' => {
                    let e = chars.get(j + 1).copied().unwrap_or(' ');
                    match e {
                        'n' => text.push('\n'),
                        '\n' => {
                            line += 1;
                            j += 2;
                            while chars.get(j).is_some_and(|w| w.is_whitespace()) {
                                if chars[j] == '\n' {
                                    line += 1;
                                }
                                j += 1;
                            }
                            continue;
                        }
                        other => text.push(other),
                    }
                    j += 2;
                    continue;
                }
                None if d == '"' => {
                    j += 1;
                    break;
                }
                Some(n) if d == '"' && (1..=n).all(|k| chars.get(j + k) == Some(&'#')) => {
                    j += 1 + n;
                    break;
                }
                _ => text.push(d),
            }
            j += 1;
        }
        let note = |n: usize| {
            lines
                .get(n.wrapping_sub(1))
                .is_some_and(|l| l.contains("i18n-ok:"))
        };
        let tail: Vec<char> = code.chars().rev().take(160).collect();
        let before: String = tail.into_iter().rev().collect();
        out.push(Literal {
            file: file.to_path_buf(),
            line: start_line,
            text,
            before: before.split_whitespace().collect::<Vec<_>>().join(" "),
            exempt: note(start_line) || note(start_line - 1),
        });
        code.push_str("\"\"");
        i = j;
    }
    out
}

/// Whether `before` ends inside the call `name(` with `literal` as the next
/// argument: other arguments before it may be plain expressions, and the
/// literal may be a `format!(` string.
fn argument_of(before: &str, name: &str) -> bool {
    let call = format!("{name}(");
    let Some(at) = before.rfind(&call) else {
        return false;
    };

    let rest = &before[at + name.len() + 1..];
    let rest = rest.strip_suffix("format!(").unwrap_or(rest).trim_end();
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    (rest.is_empty() || rest.ends_with(',')) && !rest.contains(['(', ')', ';', '{', '}'])
}

/// Where text goes onto the screen (or into a window, a tooltip, a dialog).
const WIDGETS: &[&str] = &[
    "button",
    "small_button",
    "label",
    "heading",
    "strong",
    "weak",
    "link",
    "hyperlink_to",
    "selectable_label",
    "colored_label",
    "menu_button",
    "on_hover_text",
    "on_hover_text_at_pointer",
    "on_disabled_hover_text",
    "toggle_value",
    "checkbox",
    "radio",
    "radio_value",
    "selectable_value",
    "from_label",
    "selected_text",
    "text",
    "suffix",
    "prefix",
    "hint_text",
    "RichText::new",
    "Window::new",
    "Button::new",
    "Checkbox::new",
    "CollapsingHeader::new",
    "layout",
    "layout_no_wrap",
    "labeled",
    "set_title",
    "Request::new",
    "filter",
    "Title",
    "Some",
    "Err",
    "to_owned",
];

/// Sinks that never reach a person: widget ids, storage keys, the
/// environment, other programs' arguments.
const NOT_SHOWN: &[&str] = &[
    "Id::unique",
    "Id::new",
    "from_id_salt",
    "id_salt",
    "Grid::new",
    "Panel::top",
    "Panel::left",
    "Panel::right",
    "Panel::bottom",
    "env::var",
    "env::var_os",
    "env",
    "Command::new",
    "args",
    "arg",
    "split_paths",
    "name",
    // stderr and panics: for developers, not the window
    "eprintln!",
    "println!",
    "panic!",
    "unreachable!",
    "expect",
];

/// Words: a letter next to another after `{…}` placeholders are removed, or
/// any letter outside ASCII (Chinese, Polish).
fn has_words(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let letters: Vec<char> = plain.chars().collect();
    letters.iter().any(|c| c.is_alphabetic() && !c.is_ascii())
        || letters
            .windows(2)
            .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic())
}

/// A sentence, not an identifier: words with spaces between them.
fn is_sentence(text: &str) -> bool {
    has_words(text)
        && (text.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) || text.trim().contains(' '))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn scanned() -> Vec<Literal> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    files.push(root.join("src/paint.rs"));
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(&file).unwrap();
        out.extend(literals(file.strip_prefix(root).unwrap(), &src));
    }
    out
}

fn is_key_call(before: &str) -> bool {
    ["tr!", "t", "t_args"].iter().any(|name| {
        before
            .strip_suffix(&format!("{name}("))
            .is_some_and(|head| !head.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

#[test]
fn the_scanner_finds_literals_as_rust_has_them() {
    let src = r####"
        // "a comment"
        let c = '"'; let l: &'static str = "one"; /* "block" */
        ui.button(r#"raw "quoted""#); ui.label(format!("Hello {name}"));
        let key = tr!("menu-file");
    "####;
    let found = literals(Path::new("x.rs"), src);
    let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        ["one", "raw \"quoted\"", "Hello {name}", "menu-file"]
    );
    assert!(argument_of(&found[1].before, "button"));
    assert!(argument_of(&found[2].before, "label"));
    assert!(is_key_call(&found[3].before));
    assert!(has_words("Hello {name}") && !has_words("{n} / {m}") && has_words("文件"));
    assert!(!has_words("+") && !has_words("×") && !has_words("●") && !has_words("{:.0}%"));
}

#[test]
fn no_word_reaches_the_window_without_the_catalogue() {
    let en = keys(EN);
    let mut problems = Vec::new();
    for lit in scanned() {
        let at = format!("{}:{}: {:?}", lit.file.display(), lit.line, lit.text);
        if is_key_call(&lit.before) {
            if !en.contains(&lit.text) {
                problems.push(format!("{at} is not a key of assets/i18n/ui/en.ftl"));
            }
            continue;
        }
        if en.contains(&lit.text) || lit.exempt {
            continue;
        }
        if NOT_SHOWN.iter().any(|sink| argument_of(&lit.before, sink)) {
            continue;
        }
        let widget = WIDGETS.iter().find(|w| argument_of(&lit.before, w));
        if let Some(widget) = widget
            && has_words(&lit.text)
        {
            problems.push(format!("{at} goes into {widget}(…) without the catalogue"));
        } else if is_sentence(&lit.text) {
            problems.push(format!("{at} is words, not a catalogue key"));
        } else if lit.text.contains('-')
            && en
                .iter()
                .any(|k| k.split('-').next() == lit.text.split('-').next())
            && lit.text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && lit.before.trim_end().ends_with("=>")
        {
            problems.push(format!("{at} looks like a key but the catalogue has none"));
        }
    }
    assert!(
        problems.is_empty(),
        "words outside the UI catalogue (use tr!, or note `i18n-ok: why` for text never shown):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_would_catch_a_literal_in_a_widget() {
    let bad = r#"
        ui.menu_button("File", |ui| {});
        ui.checkbox(&mut on, "Show hidden lanes");
        ui.label(format!("{n} cards selected"));
        let w = egui::Window::new("Merge conflicts");
        ui.add(egui::TextEdit::singleline(&mut s).hint_text("Search"));
        app.error = Some(format!("{}: saving stopped", p));
    "#;
    let found = literals(Path::new("bad.rs"), bad);
    let caught = found
        .iter()
        .filter(|l| {
            WIDGETS
                .iter()
                .any(|w| argument_of(&l.before, w) && has_words(&l.text))
        })
        .count();
    assert_eq!(caught, found.len(), "each of {bad}");
}

#[test]
fn the_models_english_names_stay_out_of_the_window() {
    // Kinds, statuses and groups have English `label()`s in the core for
    // printing and the command line; the window names them through
    // app::i18n instead. Only the app's own actions and a commit's date and
    // hash may be labelled.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(&file).unwrap();
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let whole = |at: usize, len: usize| {
                !code[at + len..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            };
            let calls = code.match_indices("label()");
            let paths = code
                .match_indices("::label")
                .filter(|(at, m)| whole(*at, m.len()));
            for (at, _) in calls.chain(paths) {
                let head = code[..at].trim_end_matches('.');
                let receiver: String = head
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let ok = receiver == "action"
                    || receiver == "commit"
                    || receiver.starts_with("Action::")
                    || receiver.starts_with("super::Action::");
                if !ok {
                    let file = file
                        .strip_prefix(root)
                        .unwrap_or(&file)
                        .display()
                        .to_string();
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English labels from the core:\n{}",
        found.join("\n")
    );
}
