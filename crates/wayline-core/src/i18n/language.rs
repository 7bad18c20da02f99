//! The languages: their codes, parsing from locale strings, and guessing the
//! language a text is written in.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language Wayline has catalogues for. Files hold it as its tag, a string
/// ("en", "zh-CN", "pl"); reading also takes locale forms ("pl_PL", "zh-Hans").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    En,
    /// Simplified Chinese, as written in mainland China.
    ZhCn,
    Pl,
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        let tag = String::deserialize(d)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::ZhCn, Language::Pl];

    /// The BCP-47 tag: "en", "zh-CN", "pl" (also the file and serde form).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
            Language::Pl => "pl",
        }
    }

    /// The language's own name for itself, for a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::ZhCn => "简体中文",
            Language::Pl => "Polski",
        }
    }

    /// A language from a BCP-47 tag or a POSIX locale: "pl", "pl-PL",
    /// "pl_PL.UTF-8", "zh_CN", "zh-Hans", "zh-Hans-CN", "en_US@euro", "C".
    /// `None` for a language Wayline has no catalogue for (Traditional Chinese
    /// included: "zh-TW", "zh-Hant").
    pub fn parse(locale: &str) -> Option<Language> {
        let locale = locale.trim();
        // POSIX: language[_territory][.codeset][@modifier]
        let locale = locale.split(['.', '@']).next().unwrap_or("");
        let mut parts = locale.split(['-', '_']).filter(|p| !p.is_empty());
        let language = parts.next()?.to_ascii_lowercase();
        let rest: Vec<String> = parts.map(|p| p.to_ascii_lowercase()).collect();
        match language.as_str() {
            "en" | "c" | "posix" => Some(Language::En),
            "pl" => Some(Language::Pl),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.iter().any(|p| p == "hans");
                (simplified || !traditional).then_some(Language::ZhCn)
            }
            _ => None,
        }
    }

    /// The first of `locales` (most preferred first) that Wayline speaks, e.g.
    /// from `LC_ALL`, `LC_MESSAGES`, `LANG` and `LANGUAGE` (colon-separated).
    pub fn from_locales<'a>(locales: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        locales
            .into_iter()
            .flat_map(|l| l.split(':'))
            .find_map(Language::parse)
    }

    /// The system's language from the environment (`LANGUAGE`, `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, in that order), English when it names none
    /// Wayline speaks.
    pub fn system() -> Language {
        let vars: Vec<String> = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .collect();
        Language::from_locales(vars.iter().map(String::as_str)).unwrap_or_default()
    }

    /// The language `text` is written in: Chinese when it has Han characters
    /// for a good part of its words, Polish when it has Polish letters or common
    /// Polish words, else English.
    pub fn guess(text: &str) -> Language {
        let mut han = 0usize;
        let mut polish_letters = 0usize;
        for c in text.chars() {
            if is_han(c) {
                han += 1;
            } else if "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c) {
                polish_letters += 1;
            }
        }
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic() || is_han(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        // A Han character carries about a word's meaning.
        if han >= 2 && han * 2 >= words.len() {
            return Language::ZhCn;
        }
        let polish_words = words
            .iter()
            .filter(|w| POLISH_WORDS.contains(&w.as_str()))
            .count();
        let score = polish_letters + 2 * polish_words;
        if score >= 3 && score * 8 >= words.len() {
            Language::Pl
        } else {
            Language::En
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Language, String> {
        Language::parse(s).ok_or_else(|| format!("unknown language \"{s}\": use en, zh-CN or pl"))
    }
}

/// A CJK unified ideograph (the basic block and extension A, and the
/// compatibility block).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// Frequent Polish words that are not English words.
const POLISH_WORDS: &[&str] = &[
    "i",
    "w",
    "z",
    "na",
    "nie",
    "się",
    "jest",
    "że",
    "jak",
    "po",
    "od",
    "dla",
    "oraz",
    "lub",
    "czy",
    "przez",
    "ze",
    "są",
    "już",
    "bez",
    "przy",
    "klient",
    "klienta",
    "zakup",
    "etap",
    "etapy",
    "punkt",
    "styku",
    "bólu",
    "mapa",
    "podróży",
    "szansa",
];
