//! A Fluent catalogue: one bundle per language, built from `.ftl` sources the
//! caller embeds (`include_str!`), with lookups that fall back to English and
//! never panic. Numbers placed into messages are written the language's way.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::Language;
use super::format::format_number;

/// A value placed into a message: text, or a number (which also chooses the
/// plural form: `{ $n -> [one] … [few] … *[other] … }`).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(f64, f32, i8, i16, i32, i64, u8, u16, u32, u64, usize);

struct Entry_ {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    keys: BTreeSet<String>,
    errors: Vec<String>,
}

/// Catalogues of one set of messages in every [`Language`].
pub struct Catalogue {
    entries: Vec<Entry_>,
}

impl Catalogue {
    /// A catalogue from `(language, ftl source)` pairs. Syntax errors do not
    /// stop it (the messages that parsed are kept); [`Catalogue::check`]
    /// reports them, and a test calls it for every catalogue.
    pub fn new(sources: &[(Language, &str)]) -> Catalogue {
        let entries = sources
            .iter()
            .map(|&(language, source)| build(language, source))
            .collect();
        Catalogue { entries }
    }

    fn entry(&self, lang: Language) -> Option<&Entry_> {
        self.entries.iter().find(|e| e.language == lang)
    }

    /// The message `key` in `lang` with `args` placed in; English when `lang`
    /// lacks it, the key itself when English lacks it too.
    pub fn tr(&self, lang: Language, key: &str, args: &[(&str, Arg)]) -> String {
        let args = fluent_args(args);
        [lang, Language::En]
            .into_iter()
            .find_map(|l| self.format(l, key, &args))
            .unwrap_or_else(|| key.to_string())
    }

    /// Whether `lang` has its own message `key` (not through the fallback).
    pub fn has(&self, lang: Language, key: &str) -> bool {
        self.entry(lang).is_some_and(|e| e.keys.contains(key))
    }

    fn format(&self, lang: Language, key: &str, args: &FluentArgs) -> Option<String> {
        let entry = self.entry(lang)?;
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let message = entry.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = entry
            .bundle
            .format_pattern(pattern, Some(args), &mut errors);
        Some(text.into_owned())
    }

    /// The message keys of `lang` (attributes as `message.attribute`).
    pub fn keys(&self, lang: Language) -> BTreeSet<String> {
        self.entry(lang).map(|e| e.keys.clone()).unwrap_or_default()
    }

    /// `Err` with a readable list when a language is missing, a source has a
    /// syntax error or a message that another language lacks.
    pub fn check(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        for lang in Language::ALL {
            if self.entry(lang).is_none() {
                problems.push(format!("no {lang} catalogue"));
            }
        }
        let all: BTreeSet<String> = self.entries.iter().flat_map(|e| e.keys.clone()).collect();
        for e in &self.entries {
            for error in &e.errors {
                problems.push(format!("{}: {error}", e.language));
            }
            let missing: Vec<&str> = all.difference(&e.keys).map(String::as_str).collect();
            if !missing.is_empty() {
                problems.push(format!("{} lacks {}", e.language, missing.join(", ")));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }
}

fn build(language: Language, source: &str) -> Entry_ {
    let mut errors = Vec::new();
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, parse_errors)) => {
            errors.extend(parse_errors.iter().map(|e| format!("{e:?}")));
            r
        }
    };
    let mut keys = BTreeSet::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            if m.value.is_some() {
                keys.insert(m.id.name.to_string());
            }
            for a in &m.attributes {
                keys.insert(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    let id = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around placeables would print in PDFs.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter(language)));
    if let Err(e) = bundle.add_resource(resource) {
        errors.extend(e.iter().map(|e| format!("{e:?}")));
    }
    Entry_ {
        language,
        bundle,
        keys,
        errors,
    }
}

type Formatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

/// Fluent writes numbers Rust's way ("0.6"); these write them the language's.
fn formatter(language: Language) -> Formatter {
    fn number(lang: Language, value: &FluentValue) -> Option<String> {
        match value {
            FluentValue::Number(FluentNumber { value, .. }) => Some(format_number(lang, *value)),
            _ => None,
        }
    }
    match language {
        Language::En => |v, _| number(Language::En, v),
        Language::ZhCn => |v, _| number(Language::ZhCn, v),
        Language::Pl => |v, _| number(Language::Pl, v),
    }
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(s) => out.set(*name, FluentValue::String(Cow::Borrowed(s.as_ref()))),
            Arg::Number(n) => out.set(*name, FluentValue::from(*n)),
        }
    }
    out
}
