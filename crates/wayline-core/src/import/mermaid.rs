//! Mermaid `journey` diagrams (<https://mermaid.js.org/syntax/userJourney.html>)
//! into maps. The diagram is read line by line:
//!
//! ```text
//! ---                         optional YAML front matter; its `title:` is used
//! title: My working day
//! ---
//! journey
//!   title My working day      the map's title
//!   accTitle: …               the title too, when there is no other
//!   accDescr: …               the map's description (or accDescr { … } over lines)
//!   section Go to work        a stage
//!     Make tea: 5: Me, Cat    a task: name, score 1–5, actors
//!   %% a comment
//! ```
//!
//! Each section becomes a stage and each task a step of it, with an action card
//! (the task), a card in a "Who" lane naming its actors (when it has any), and
//! an emotion point, so the curve has one point per task, as Mermaid draws it.
//! The actor in the most tasks becomes the persona's name.
//!
//! Scores map onto Wayline's −3…+3 emotion scale, keeping their order and
//! spacing as far as whole numbers allow: 1 → −3, 2 → −2, 3 → 0, 4 → +2, 5 → +3
//! ([`emotion_of`]). [`score_of`] maps back, so the original score of every
//! imported point can be recovered (and any −3…+3 score has a nearest one).

use std::collections::HashMap;

use super::ParseError;
use super::ids::Minter;
use crate::model::{Card, Details, Lane, LaneKind, Map, Stage, Step};
use crate::model::{CardId, LaneId, StageId, StepId};

/// A parsed diagram, before it becomes a map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journey {
    pub title: Option<String>,
    /// `title:` of the YAML front matter.
    pub front_matter_title: Option<String>,
    pub acc_title: Option<String>,
    pub acc_descr: Option<String>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// Empty for tasks written before the first `section`.
    pub name: String,
    pub tasks: Vec<Task>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub name: String,
    /// 1 (worst) to 5 (best).
    pub score: u8,
    pub actors: Vec<String>,
    pub line: usize,
}

/// The emotion score (−3…+3) of a Mermaid score (1…5).
pub fn emotion_of(score: u8) -> i8 {
    match score {
        0 | 1 => -3,
        2 => -2,
        3 => 0,
        4 => 2,
        _ => 3,
    }
}

/// The Mermaid score (1…5) nearest to an emotion score; the inverse of
/// [`emotion_of`] on the scores it produces.
pub fn score_of(emotion: i8) -> u8 {
    match emotion {
        i8::MIN..=-3 => 1,
        -2 | -1 => 2,
        0 => 3,
        1 | 2 => 4,
        3.. => 5,
    }
}

/// Parses a diagram and builds its map; `fallback_title` names a diagram
/// without a title.
pub fn import(text: &str, fallback_title: &str) -> Result<Map, ParseError> {
    Ok(to_map(&parse(text)?, fallback_title))
}

/// Parses the diagram's text.
pub fn parse(text: &str) -> Result<Journey, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fenced = fenced_journey(text);
    let text = fenced.as_deref().unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l)).peekable();
    let mut journey = Journey::default();
    let error = |line: usize, message: String| ParseError {
        line,
        column: None,
        message,
    };

    // Front matter, then the `journey` keyword.
    let mut last_line = 0;
    loop {
        let Some((n, raw)) = lines.next() else {
            return Err(error(
                last_line.max(1),
                "expected `journey` (a Mermaid user-journey diagram), found the end of the file"
                    .to_string(),
            ));
        };
        last_line = n;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if line == "---" && journey.front_matter_title.is_none() && n == first_content_line(text) {
            journey.front_matter_title = front_matter(&mut lines, n)?;
            continue;
        }
        if line.eq_ignore_ascii_case("journey") {
            break;
        }
        let found = line.split_whitespace().next().unwrap_or(line);
        return Err(ParseError {
            line: n,
            column: Some(column_of(raw, line)),
            message: format!(
                "expected `journey` (Wayline imports Mermaid user-journey diagrams), found `{}`",
                shorten(if found.eq_ignore_ascii_case("journey") {
                    line
                } else {
                    found
                })
            ),
        });
    }

    // What follows a closing `}` on its line (`}title …` is valid Mermaid).
    let mut carried: Option<(usize, String)> = None;
    while let Some((n, raw)) = carried
        .take()
        .or_else(|| lines.next().map(|(n, l)| (n, l.to_string())))
    {
        let line = strip_comment(&raw).trim();
        if line.is_empty() {
            continue;
        }
        // The limit of a saved map's texts, named by line here (the map's
        // validation could only say which text).
        let max = crate::model::MAX_TEXT_CHARS;
        if line.len() > max && line.chars().count() > max {
            return Err(error(
                n,
                format!(
                    "the line is {} characters long; Wayline keeps each title, section and task under {max} characters",
                    line.chars().count()
                ),
            ));
        }
        if let Some(rest) = keyword(line, "title") {
            if rest.is_empty() {
                return Err(error(n, "expected a title after `title`".to_string()));
            }
            journey.title = Some(rest.to_string());
        } else if let Some(rest) = acc_keyword(line, "accTitle", ':') {
            journey.acc_title = Some(rest.to_string());
        } else if let Some(rest) = acc_keyword(line, "accDescr", ':') {
            journey.acc_descr = Some(rest.to_string());
        } else if let Some(rest) = acc_keyword(line, "accDescr", '{') {
            let mut parts = Vec::new();
            let mut rest = rest.to_string();
            let mut closed = n;
            loop {
                if let Some(end) = rest.find('}') {
                    parts.push(rest[..end].trim().to_string());
                    if !rest[end + 1..].trim().is_empty() {
                        carried = Some((closed, rest[end + 1..].to_string()));
                    }
                    break;
                }
                parts.push(rest.trim().to_string());
                let Some((next_n, next)) = lines.next() else {
                    return Err(error(
                        n,
                        "`accDescr {` opened here is never closed with `}`".to_string(),
                    ));
                };
                closed = next_n;
                rest = next.to_string();
            }
            let text: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
            journey.acc_descr = Some(text.join("\n"));
        } else if let Some(rest) = keyword(line, "section") {
            if rest.is_empty() {
                return Err(error(
                    n,
                    "expected a section name after `section`".to_string(),
                ));
            }
            journey.sections.push(Section {
                name: line_breaks(rest),
                tasks: Vec::new(),
            });
        } else {
            let task = task(&raw, line, n)?;
            if journey.sections.is_empty() {
                journey.sections.push(Section::default());
            }
            if let Some(section) = journey.sections.last_mut() {
                section.tasks.push(task);
            }
        }
    }
    Ok(journey)
}

/// `Task name: score: actor, actor` (the actors are optional).
/// `line` is the trimmed statement, a slice of `raw`, the whole line of the
/// file (so error columns count from the line's start).
fn task(raw: &str, line: &str, n: usize) -> Result<Task, ParseError> {
    let at = |part: &str, message: String| ParseError {
        line: n,
        column: Some(column_of(raw, part)),
        message,
    };
    let Some((name, data)) = line.split_once(':') else {
        return Err(at(
            line,
            format!(
                "expected a task (`Task name: score: actor, actor`), `section Name` or `title Text`, found `{}`",
                shorten(line)
            ),
        ));
    };
    let name = name.trim();
    if name.is_empty() {
        return Err(at(
            line,
            "expected a task name before the `:` (`Task name: score: actor, actor`)".to_string(),
        ));
    }
    let (score, actors) = data.split_once(':').unwrap_or((data, ""));
    let score = score.trim();
    let score = score
        .parse::<u8>()
        .ok()
        .filter(|s| (1..=5).contains(s))
        .ok_or_else(|| {
            at(
                score,
                format!(
                    "the score of task `{}` must be a whole number from 1 to 5, found `{}`",
                    shorten(name),
                    shorten(score)
                ),
            )
        })?;
    Ok(Task {
        name: line_breaks(name),
        score,
        actors: actors
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        line: n,
    })
}

/// The 1-based column, in characters, where `part` (a slice of `raw`) starts.
fn column_of(raw: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize)
        .saturating_sub(raw.as_ptr() as usize)
        .min(raw.len());
    raw.get(..offset).map_or(0, |before| before.chars().count()) + 1
}

/// In Markdown (a README, a wiki page, Mermaid's own documentation), the first
/// fenced ```` ```mermaid ```` block holding a journey, with every other line
/// blanked so line numbers stay those of the file. `None` when the text has no
/// such block (a plain diagram).
fn fenced_journey(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let open = lines[i].trim_start();
        let fence = ["```", "~~~"].into_iter().find(|f| open.starts_with(f));
        let Some(fence) = fence else {
            i += 1;
            continue;
        };
        let info = open.trim_start_matches(fence.chars().next().unwrap_or('`'));
        let end = lines[i + 1..]
            .iter()
            .position(|l| l.trim_start().starts_with(fence))
            .map_or(lines.len(), |k| i + 1 + k);
        let body = &lines[i + 1..end];
        if info.trim().to_ascii_lowercase().starts_with("mermaid")
            && super::Format::sniff(&body.join("\n")) == super::Format::Mermaid
        {
            let mut out: Vec<&str> = vec![""; lines.len()];
            out[i + 1..end].copy_from_slice(body);
            return Some(out.join("\n"));
        }
        i = end + 1;
    }
    None
}

/// The line number of the first line with anything but blanks on it.
fn first_content_line(text: &str) -> usize {
    text.lines()
        .position(|l| !l.trim().is_empty())
        .map_or(0, |i| i + 1)
}

/// Skips YAML front matter up to its closing `---`; returns its top-level `title`.
fn front_matter<'a>(
    lines: &mut impl Iterator<Item = (usize, &'a str)>,
    opened: usize,
) -> Result<Option<String>, ParseError> {
    let mut title = None;
    let mut top_indent = None;
    for (_, raw) in lines.by_ref() {
        let line = raw.trim();
        if line == "---" {
            return Ok(title);
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let indent = raw.len() - raw.trim_start().len();
        let top = *top_indent.get_or_insert(indent);
        if indent == top
            && let Some(value) = line.strip_prefix("title:")
        {
            let value = value.trim();
            let unquoted = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            if !unquoted.is_empty() {
                title = Some(unquoted.to_string());
            }
        }
    }
    Err(ParseError {
        line: opened,
        column: None,
        message: "the front matter opened here with `---` is never closed with `---`".to_string(),
    })
}

/// The line without its `%%` comment (a whole-line comment leaves nothing, and
/// so does a `%%{init: …}%%` directive, which only styles Mermaid's drawing).
fn strip_comment(line: &str) -> &str {
    match line.find("%%") {
        Some(i) => &line[..i],
        None => line,
    }
}

/// The rest of `line` after `word` and whitespace (case-insensitive), when the
/// line starts with that keyword.
fn keyword<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    let head = line.get(..word.len())?;
    let rest = &line[word.len()..];
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    if rest.is_empty() {
        return Some("");
    }
    rest.starts_with(char::is_whitespace).then(|| rest.trim())
}

/// The rest after `accTitle:` / `accDescr:` / `accDescr {`, spaces allowed before the mark.
fn acc_keyword<'a>(line: &'a str, word: &str, mark: char) -> Option<&'a str> {
    let head = line.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    line[word.len()..]
        .trim_start()
        .strip_prefix(mark)
        .map(str::trim)
}

/// Mermaid's `<br>` line breaks (`<br>`, `<br/>`, `<br />`) as real ones.
fn line_breaks(text: &str) -> String {
    // ASCII lowercasing keeps every byte offset, so `lower` indexes `text`.
    let lower = text.to_ascii_lowercase();
    let mut out = String::new();
    let mut i = 0;
    while let Some(found) = lower[i..].find("<br") {
        let start = i + found;
        let after = start + 3;
        match lower[after..].find('>') {
            Some(end)
                if lower[after..after + end]
                    .chars()
                    .all(|c| c.is_whitespace() || c == '/') =>
            {
                out.push_str(text[i..start].trim_end());
                out.push('\n');
                let next = after + end + 1;
                i = next + (text[next..].len() - text[next..].trim_start().len());
            }
            _ => {
                out.push_str(&text[i..after]);
                i = after;
            }
        }
    }
    out.push_str(&text[i..]);
    out
}

/// A long piece of a line cut for an error message.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

/// Builds the map: stages from sections, a step per task, and an action card,
/// a "Who" card and an emotion point per task.
pub fn to_map(journey: &Journey, fallback_title: &str) -> Map {
    let title = journey
        .title
        .clone()
        .or_else(|| journey.front_matter_title.clone())
        .or_else(|| journey.acc_title.clone())
        .unwrap_or_else(|| fallback_title.to_string());
    let mut map = Map::new(title);
    map.description = journey.acc_descr.clone().unwrap_or_default();
    let mut ids = Minter::default();

    let has_actors = journey
        .sections
        .iter()
        .flat_map(|s| &s.tasks)
        .any(|t| !t.actors.is_empty());
    let actions = LaneId(ids.mint(LaneId::PREFIX, "lane actions"));
    let who = LaneId(ids.mint(LaneId::PREFIX, "lane who"));
    let emotions = LaneId(ids.mint(LaneId::PREFIX, "lane emotions"));
    map.lanes
        .push(Lane::new(actions.clone(), "Actions", LaneKind::Actions));
    if has_actors {
        map.lanes
            .push(Lane::new(who.clone(), "Who", LaneKind::Text));
    }
    map.lanes
        .push(Lane::new(emotions.clone(), "Emotions", LaneKind::Emotions));

    for (si, section) in journey.sections.iter().enumerate() {
        let stage_id = StageId(ids.mint(StageId::PREFIX, &format!("stage {si} {}", section.name)));
        let name = if section.name.is_empty() {
            "Tasks".to_string()
        } else {
            section.name.clone()
        };
        let mut stage = Stage::new(stage_id.clone(), name);
        for (ti, task) in section.tasks.iter().enumerate() {
            let seed = format!("{si} {ti} {}", task.name);
            let step = StepId(ids.mint(StepId::PREFIX, &seed));
            stage.steps.push(Step {
                id: step.clone(),
                name: task.name.clone(),
            });
            let mut card = |kind: &str, lane: &LaneId, text: String, details: Details| {
                let id = CardId(ids.mint(CardId::PREFIX, &format!("{kind} {seed}")));
                let mut card = Card::new(id, lane.clone(), stage_id.clone(), text);
                card.step = Some(step.clone());
                card.details = details;
                map.cards.push(card);
            };
            card("action", &actions, task.name.clone(), Details::None);
            if !task.actors.is_empty() {
                card("who", &who, task.actors.join(", "), Details::None);
            }
            card(
                "emotion",
                &emotions,
                String::new(),
                Details::Emotion {
                    score: emotion_of(task.score),
                    moment: None,
                },
            );
        }
        map.stages.push(stage);
    }
    map.persona.name = main_actor(journey).unwrap_or_default();
    map
}

/// The actor in the most tasks (the first of those in a tie).
fn main_actor(journey: &Journey) -> Option<String> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (order, actor) in journey
        .sections
        .iter()
        .flat_map(|s| &s.tasks)
        .flat_map(|t| &t.actors)
        .enumerate()
    {
        let entry = counts.entry(actor).or_insert((0, order));
        entry.0 += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(_, (count, first))| (count, std::cmp::Reverse(first)))
        .map(|(actor, _)| actor.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKING_DAY: &str = "journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
";

    #[test]
    fn the_documented_example_becomes_stages_steps_and_points() {
        let map = import(WORKING_DAY, "x").unwrap();
        assert_eq!(map.title, "My working day");
        let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Go to work", "Go home"]);
        assert_eq!(map.stages[0].steps.len(), 3);
        assert_eq!(map.stages[0].steps[2].name, "Do work");
        let lanes: Vec<&str> = map.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lanes, ["Actions", "Who", "Emotions"]);
        let scores: Vec<u8> = map
            .emotion_points(&map.lanes[2].id)
            .iter()
            .map(|c| match c.details {
                Details::Emotion { score, .. } => score_of(score),
                _ => 0,
            })
            .collect();
        assert_eq!(scores, [5, 3, 1, 5, 5]);
        assert_eq!(map.persona.name, "Me");
        assert!(map.cards.iter().any(|c| c.text == "Me, Cat"));
        assert!(map.validate().is_empty(), "{:?}", map.validate());
    }

    #[test]
    fn the_same_text_gives_the_same_ids() {
        assert_eq!(import(WORKING_DAY, "x"), import(WORKING_DAY, "x"));
    }

    #[test]
    fn scores_keep_their_order_and_come_back() {
        let mapped: Vec<i8> = (1..=5).map(emotion_of).collect();
        assert_eq!(mapped, [-3, -2, 0, 2, 3]);
        for s in 1..=5 {
            assert_eq!(score_of(emotion_of(s)), s);
        }
        for e in -3..=3 {
            assert!((1..=5).contains(&score_of(e)));
        }
    }

    #[test]
    fn front_matter_comments_and_accessibility_lines_are_understood() {
        let text = "\n---\nconfig:\n  theme: forest\ntitle: \"Dzień pracy\"\n---\n%% a comment\n  JOURNEY %% trailing\n  accTitle: Zakupy\n  accDescr {\n    Pierwsza linia\n    druga linia\n  }\n  section 早上<br/>上班\n    泡茶: 4: 我 %% note\n    Tasks without actors: 2:\n";
        let journey = parse(text).unwrap();
        assert_eq!(journey.front_matter_title.as_deref(), Some("Dzień pracy"));
        assert_eq!(journey.acc_title.as_deref(), Some("Zakupy"));
        assert_eq!(
            journey.acc_descr.as_deref(),
            Some("Pierwsza linia\ndruga linia")
        );
        assert_eq!(journey.sections[0].name, "早上\n上班");
        assert_eq!(journey.sections[0].tasks[0].actors, ["我"]);
        assert!(journey.sections[0].tasks[1].actors.is_empty());
        let map = to_map(&journey, "x");
        assert_eq!(map.title, "Dzień pracy");
        assert_eq!(map.description, "Pierwsza linia\ndruga linia");
    }

    #[test]
    fn bad_lines_name_their_line_and_what_was_expected() {
        let e = parse("journey\n  section A\n  Make tea 5 Me\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, Some(3)));
        assert!(e.message.contains("expected a task"), "{}", e.message);
        let e = parse("journey\nsection A\n\n  Make tea: 7: Me\n").unwrap_err();
        assert_eq!((e.line, e.column), (4, Some(13)));
        assert!(
            e.message.contains("from 1 to 5") && e.message.contains('7'),
            "{}",
            e.message
        );
        let e = parse("journey\n\tŻółć: dużo: Ja\n").unwrap_err();
        assert_eq!(e.column, Some(8), "columns count characters, not bytes");
        let e = parse("%% c\nflowchart LR\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(
            e.message.contains("`journey`") && e.message.contains("flowchart"),
            "{}",
            e.message
        );
        let e = parse("journey\naccDescr {\n never closed\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("---\ntitle: x\njourney\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("front matter"), "{}", e.message);
        assert_eq!(parse("").unwrap_err().line, 1);
    }

    #[test]
    fn the_journey_in_a_markdown_page_is_found_with_its_line_numbers() {
        let text = "# Team wiki\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\nPodróż klienta:\n\n~~~ mermaid\njourney\n  section Zakup\n    Płatność: 2: Klient\n    Dostawa 4\n~~~\n";
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column), (14, Some(5)));
        let fixed = text.replace("Dostawa 4", "Dostawa: 4");
        let journey = parse(&fixed).unwrap();
        assert_eq!(journey.sections[0].name, "Zakup");
        assert_eq!(journey.sections[0].tasks[1].line, 14);
    }

    #[test]
    fn tasks_before_any_section_get_a_stage() {
        let map = import("journey\nWake up: 2: Me\n", "Morning").unwrap();
        assert_eq!(map.title, "Morning");
        assert_eq!(map.stages.len(), 1);
        assert_eq!(map.stages[0].name, "Tasks");
    }
}
