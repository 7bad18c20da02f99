//! The core's module graph, read from its source: which top-level module uses
//! which (`crate::<module>` in `use` lines and paths, outside comments, strings
//! and test code). The graph must have no cycle, and the data path keeps its
//! direction: model at the bottom, scene on model and text, layout never
//! reaching a backend or the exporter, the backends drawing scenes only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The core's top-level modules.
const MODULES: &[&str] = &[
    "model",
    "io",
    "text",
    "layout",
    "scene",
    "render",
    "export",
    "edit",
    "diff",
    "merge",
    "import",
    "csvio",
    "templates",
    "generate",
    "i18n",
];

/// What each module may use, for the modules whose place is fixed: `Some(list)`
/// allows only the list, and `forbidden` lists arrows never allowed.
fn allowed(from: &str) -> Option<&'static [&'static str]> {
    match from {
        "model" => Some(&["i18n"]),
        "i18n" => Some(&[]),
        "scene" => Some(&["model", "text"]),
        "render" => Some(&["scene", "text", "model"]),
        _ => None,
    }
}

const FORBIDDEN: &[(&str, &str)] = &[
    ("layout", "render"),
    ("layout", "export"),
    ("render", "export"),
    ("render", "layout"),
    ("render", "io"),
];

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The source with comments and the contents of string and character literals
/// blanked out, so that only code is left (line breaks kept).
fn code_only(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !ident_char_before(&chars, i)
        {
            // A raw string r"…", r#"…"#: no escapes, ends at a quote and as many #.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                out.push(blank(chars[j]));
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    out.push(blank(ch));
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' {
            // A character literal ('a', '\n', '\u{..}') or a lifetime ('a).
            if next == Some('\\') {
                i += 3; // past the quote, the backslash and the escaped character
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                out.push_str("' '");
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                out.push_str("' '");
                i += 3;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_char_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The part of a file that is not test code: all before the first
/// `#[cfg(test)]` line.
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

fn leading_ident(s: &str) -> &str {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The top-level modules a piece of code names as `crate::<module>`, including
/// each branch of `crate::{a, b::c}`.
fn used_modules(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `foo_crate::`, not our crate.
        }
        let after = rest.trim_start();
        let names: Vec<&str> = if let Some(group) = after.strip_prefix('{') {
            // Top-level branches of the group, split at commas outside braces.
            let mut depth = 0;
            let mut start = 0;
            let mut names = Vec::new();
            for (k, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        names.push(leading_ident(&group[start..k]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.push(leading_ident(&group[start..k]));
                        start = k + 1;
                    }
                    _ => {}
                }
            }
            names
        } else {
            vec![leading_ident(after)]
        };
        used.extend(
            names
                .into_iter()
                .filter(|n| MODULES.contains(n))
                .map(str::to_string),
        );
    }
    used
}

/// The module a source file belongs to (`layout/cards.rs` → `layout`), if it
/// is one of [`MODULES`].
fn module_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    MODULES.contains(&name).then(|| name.to_string())
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The graph of a set of sources: (path relative to src, text).
fn graph_of(files: &[(std::path::PathBuf, String)]) -> Graph {
    let mut graph: Graph = MODULES
        .iter()
        .map(|m| (m.to_string(), BTreeSet::new()))
        .collect();
    for (path, text) in files {
        if path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let Some(from) = module_of(path) else {
            continue;
        };
        let uses = used_modules(&code_only(before_tests(text)));
        let arrows = graph.entry(from.clone()).or_default();
        arrows.extend(uses.into_iter().filter(|m| *m != from));
    }
    graph
}

fn core_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths.sort();
    let files: Vec<_> = paths
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.strip_prefix(&src).unwrap().to_path_buf(), text)
        })
        .collect();
    graph_of(&files)
}

/// A cycle (`a → b → … → a`) if the graph has one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &Graph,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        marks.insert(node.to_string(), Mark::Open);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match marks.get(next).copied().unwrap_or(Mark::New) {
                Mark::Open => {
                    let start = path.iter().position(|p| p == next).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(cycle) = visit(next, graph, marks, path) {
                        return Some(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks.insert(node.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for node in graph.keys() {
        if marks.get(node).copied().unwrap_or(Mark::New) == Mark::New
            && let Some(cycle) = visit(node, graph, &mut marks, &mut Vec::new())
        {
            return Some(cycle);
        }
    }
    None
}

/// Arrows that break the fixed places of model, scene, layout and render.
fn misplaced(graph: &Graph) -> Vec<String> {
    let mut wrong = Vec::new();
    for (from, arrows) in graph {
        for to in arrows {
            let not_allowed = allowed(from).is_some_and(|ok| !ok.contains(&to.as_str()));
            if not_allowed || FORBIDDEN.contains(&(from.as_str(), to.as_str())) {
                wrong.push(format!("{from} → {to}"));
            }
        }
    }
    wrong
}

fn describe(graph: &Graph) -> String {
    graph
        .iter()
        .map(|(from, to)| {
            let to: Vec<&str> = to.iter().map(String::as_str).collect();
            format!("{from} → {}\n", to.join(", "))
        })
        .collect()
}

#[test]
fn the_modules_form_no_cycle() {
    let graph = core_graph();
    println!("{}", describe(&graph));
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "the core's modules form a cycle: {}\n\nthe graph:\n{}",
            cycle.join(" → "),
            describe(&graph)
        );
    }
}

#[test]
fn the_data_path_keeps_its_direction() {
    let graph = core_graph();
    let wrong = misplaced(&graph);
    assert!(
        wrong.is_empty(),
        "arrows that must not be: {}\n\nthe graph:\n{}",
        wrong.join(", "),
        describe(&graph)
    );
}

// The checks themselves, on made-up sources, so that they can be seen to fail.

fn files(sources: &[(&str, &str)]) -> Vec<(std::path::PathBuf, String)> {
    sources
        .iter()
        .map(|(p, t)| (std::path::PathBuf::from(p), t.to_string()))
        .collect()
}

#[test]
fn a_cycle_between_two_modules_is_found() {
    let graph = graph_of(&files(&[
        ("io/mod.rs", "use crate::{model::Map, generate::big};\n"),
        ("generate.rs", "fn f() { crate::io::write_atomic(p, b); }\n"),
    ]));
    let cycle = find_cycle(&graph).expect("io → generate → io");
    assert_eq!(cycle.first(), cycle.last());
    assert!(cycle.contains(&"io".to_string()) && cycle.contains(&"generate".to_string()));
}

#[test]
fn comments_strings_and_tests_are_not_uses() {
    let graph = graph_of(&files(&[
        (
            "model/mod.rs",
            "//! Uses crate::layout in prose.\n/// see crate::scene\nconst S: &str = \"crate::io\";\nconst R: &str = r#\"crate::edit\"#;\nfn f<'a>(c: char) -> bool { c == '\"' } /* crate::diff */\n#[cfg(test)]\nmod tests { use crate::templates; }\n",
        ),
        ("model/tests.rs", "use crate::merge;\n"),
        (
            "scene.rs",
            "use crate::model::Map; // crate::layout\nfn g() -> crate::text::Font { todo!() }\n",
        ),
    ]));
    assert_eq!(graph["model"], BTreeSet::new());
    assert_eq!(
        graph["scene"],
        ["model", "text"].iter().map(|s| s.to_string()).collect()
    );
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn a_backend_reaching_layout_is_misplaced() {
    let graph = graph_of(&files(&[("render/png.rs", "use crate::layout::layout;\n")]));
    assert_eq!(misplaced(&graph), vec!["render → layout".to_string()]);
}
