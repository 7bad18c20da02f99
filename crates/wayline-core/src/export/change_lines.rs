//! The lines of the "what changed" list in the newer map's language, built
//! from each change's item, kind, field and values (English keeps diff's own
//! descriptions, as `wayline diff` prints them).

use crate::diff::groups::friendly;
use crate::diff::{Change, ChangeKind};
use crate::i18n::{Arg, Language, MAP_LABELS, format_number, quote, quote_cut, tr};
use crate::layout::labels;
use crate::model::{
    ItemRef, LaneKind, Map, MapKind, MomentOfTruth, PainCategory, Presence, Priority, Severity,
    Status,
};

/// One line of the list for `change` between `old` and `new`.
pub fn line(lang: Language, change: &Change, old: &Map, new: &Map) -> String {
    if lang == Language::En {
        return friendly(change, old, new);
    }
    // A removed or renamed item goes by its old name.
    let subject = if matches!(change.kind, ChangeKind::Removed | ChangeKind::Renamed) {
        subject(lang, &change.item, new, old)
    } else {
        subject(lang, &change.item, old, new)
    };
    let field = change.field.as_deref().unwrap_or("");
    if let Some(kpi) = field.strip_prefix("KPI ") {
        return kpi_line(lang, change, kpi, &subject, old, new);
    }
    let value = |v: &Option<String>| {
        v.as_deref().map_or_else(String::new, |v| {
            value_text(lang, change, field, v, old, new)
        })
    };
    let args = |extra: Vec<(&'static str, Arg<'static>)>| {
        let mut args: Vec<(&str, Arg)> = vec![("subject", subject.clone().into())];
        args.extend(extra);
        args
    };
    match change.kind {
        ChangeKind::Added => tr(lang, "change-line-added", &args(vec![])),
        ChangeKind::Removed => tr(lang, "change-line-removed", &args(vec![])),
        ChangeKind::Renamed => tr(
            lang,
            "change-line-renamed",
            &args(vec![(
                "new",
                quote(lang, change.new.as_deref().unwrap_or("")).into(),
            )]),
        ),
        ChangeKind::Moved => tr(
            lang,
            "change-line-moved",
            &args(vec![
                ("from", value(&change.old).into()),
                ("to", value(&change.new).into()),
            ]),
        ),
        ChangeKind::Reordered => tr(lang, "change-line-reordered", &args(vec![])),
        ChangeKind::Answered => tr(lang, "change-line-answered", &args(vec![])),
        ChangeKind::Unanswered => tr(lang, "change-line-unanswered", &args(vec![])),
        // "średnia dotkliwość → niska dotkliwość" names its field already.
        ChangeKind::Edited if matches!(field, "severity" | "priority") => tr(
            lang,
            "change-line-edited-value",
            &args(vec![
                ("old", value(&change.old).into()),
                ("new", value(&change.new).into()),
            ]),
        ),
        ChangeKind::Edited => tr(
            lang,
            "change-line-edited",
            &args(vec![
                ("field", field_name(lang, field).into()),
                ("old", value(&change.old).into()),
                ("new", value(&change.new).into()),
            ]),
        ),
    }
}

/// What changed, named as its reader knows it: a card by its text, a stage
/// or lane by its name (from `first`, else from `second`).
fn subject(lang: Language, item: &ItemRef, second: &Map, first: &Map) -> String {
    let (old, new) = (second, first);
    match item {
        ItemRef::Map => tr(lang, "change-subject-map", &[]),
        ItemRef::Persona => tr(lang, "change-subject-persona", &[]),
        ItemRef::Stage(id) => {
            let name = new
                .stage(id)
                .or_else(|| old.stage(id))
                .map(|s| s.name.as_str());
            let args = [("name", quote(lang, name.unwrap_or(&id.0)).into())];
            tr(lang, "change-subject-stage", &args)
        }
        ItemRef::Lane(id) => {
            let name = new
                .lane(id)
                .or_else(|| old.lane(id))
                .map(|l| l.name.as_str());
            let args = [("name", quote(lang, name.unwrap_or(&id.0)).into())];
            tr(lang, "change-subject-lane", &args)
        }
        ItemRef::Card(id) => {
            // Without quotation marks of its own: the language's go round it.
            let text = new.card(id).or_else(|| old.card(id)).map(|c| {
                c.text
                    .trim()
                    .trim_matches(['"', '„', '”', '“', '「', '」'])
                    .trim()
            });
            match text {
                Some(t) if !t.is_empty() => quote_cut(lang, t, 48),
                _ => id.to_string(),
            }
        }
    }
}

/// What an item is called in `lang` ("Etap „Zakup”", "卡片“…”"), by its name
/// or text in `map`: the words the change list uses, for the editor's
/// conflicts window too.
pub fn subject_in(lang: Language, item: &ItemRef, map: &Map) -> String {
    subject(lang, item, map, map)
}

/// A model field's name in `lang` ("text" → "tekst"); the name itself when
/// the catalogue has no word for it.
pub fn field_name(lang: Language, field: &str) -> String {
    let key = format!("field-{}", field.replace([' ', '_'], "-"));
    if MAP_LABELS.has(Language::En, &key) {
        tr(lang, &key, &[])
    } else {
        field.to_string()
    }
}

/// A value the map's way: enum values by their words, numbers with the
/// language's decimal sign, card details as their printed line.
fn value_text(
    lang: Language,
    change: &Change,
    field: &str,
    v: &str,
    old: &Map,
    new: &Map,
) -> String {
    fn read<T: serde::de::DeserializeOwned>(v: &str) -> Option<T> {
        crate::io::options().from_str(v).ok()
    }
    let words = match field {
        "severity" => read::<Severity>(v).map(|s| labels::severity(lang, s)),
        "priority" => read::<Priority>(v).map(|p| labels::priority(lang, p)),
        "status" => read::<Status>(v).map(|s| labels::status(lang, s)),
        "category" => read::<PainCategory>(v).map(|c| labels::pain_category(lang, c)),
        "presence" => read::<Presence>(v).map(|p| labels::presence(lang, p)),
        "moment" => read::<Option<MomentOfTruth>>(v)
            .map(|m| m.map_or_else(|| "–".to_string(), |m| labels::moment(lang, m))),
        "kind" => read::<LaneKind>(v)
            .map(|k| labels::lane_kind(lang, k))
            .or_else(|| read::<MapKind>(v).map(|k| labels::map_kind(lang, k))),
        "language" => read::<Option<Language>>(v)
            .map(|l| l.map_or_else(|| "–".to_string(), |l| l.native_name().to_string())),
        "details" => {
            let ItemRef::Card(id) = &change.item else {
                return quote_cut(lang, v, 60);
            };
            let map = if Some(v) == change.old.as_deref() {
                old
            } else {
                new
            };
            map.card(id).map(|c| labels::details(lang, c))
        }
        "hidden" => {
            read::<bool>(v).map(|b| tr(lang, if b { "value-yes" } else { "value-no" }, &[]))
        }
        _ => None,
    };
    if let Some(words) = words {
        return words;
    }
    if let Some(n) = read::<f64>(v).or_else(|| read::<Option<f64>>(v).flatten()) {
        return format_number(lang, n);
    }
    quote_cut(lang, v, 60)
}

/// A stage KPI added, changed or removed, its figures written the map's way.
fn kpi_line(
    lang: Language,
    change: &Change,
    name: &str,
    subject: &str,
    old: &Map,
    new: &Map,
) -> String {
    let ItemRef::Stage(id) = &change.item else {
        return friendly(change, old, new);
    };
    let figures = |map: &Map| {
        map.stage(id)
            .and_then(|s| s.kpis.iter().find(|k| k.name == name))
            .map(|k| {
                // The figures alone: the line names the KPI once.
                let line = labels::kpi(lang, "", k.value, k.target, &k.unit);
                line.trim_start_matches([':', '：', ' ']).to_string()
            })
    };
    let key = match change.kind {
        ChangeKind::Added => "change-line-kpi-added",
        ChangeKind::Removed => "change-line-kpi-removed",
        _ => "change-line-kpi-edited",
    };
    let args = [
        ("subject", subject.into()),
        ("name", quote(lang, name).into()),
        ("old", figures(old).unwrap_or_default().into()),
        ("new", figures(new).unwrap_or_default().into()),
    ];
    tr(lang, key, &args)
}
