//! How each language writes numbers, percentages, quantities with a unit and
//! quotations (CLDR's decimal and grouping signs; Polish „…”, English and
//! Chinese “…”, as GB/T 15834 sets for simplified Chinese).

use super::Language;
use super::language::is_han;

/// `value` with at most two decimals and no trailing zeros, with the
/// language's decimal sign and grouping: "0.6" (en, zh-CN), "0,6" (pl);
/// "12,500" (en, zh-CN), "12 500" (pl: a no-break space, and none in
/// four-digit numbers, as CLDR's minimum grouping of 2 says).
pub fn format_number(lang: Language, value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let text = format!("{:.2}", value.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let (decimal, group, min_grouping) = match lang {
        Language::En | Language::ZhCn => ('.', ',', 4),
        Language::Pl => (',', '\u{a0}', 5),
    };
    let mut out = String::new();
    if value < 0.0 && text != "0" {
        out.push('-');
    }
    if int.len() >= min_grouping {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A percentage from a number of percent: "30%", "0,6%" (pl). CLDR writes no
/// space before the sign in all three languages.
pub fn format_percent(lang: Language, percent: f64) -> String {
    format!("{}%", format_number(lang, percent))
}

/// A number with its unit: "5 dni", "3 min", "2.5 h", "30%", "5天", "¥20".
/// A unit that is a word gets a (no-break) space; a sign (%, °, ‰) and a
/// Chinese unit after a number do not; a currency sign that users write before
/// the number ($, €, £, ¥) goes before it.
pub fn format_quantity(lang: Language, value: f64, unit: &str) -> String {
    let number = format_number(lang, value);
    let unit = inflect(lang, value, unit.trim());
    let Some(first) = unit.chars().next() else {
        return number;
    };
    if unit.chars().count() == 1 && "$€£¥".contains(first) {
        return format!("{unit}{number}");
    }
    if !first.is_alphanumeric() || is_han(first) {
        format!("{number}{unit}")
    } else {
        format!("{number}\u{a0}{unit}")
    }
}

/// `text` on one line, cut at `max` characters (with "…"), in the language's
/// quotation marks: for naming a card by its text.
pub fn quote_cut(lang: Language, text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one_line.chars().take(max).collect();
    if one_line.chars().count() > max {
        out = out.trim_end().to_string();
        out.push('…');
    }
    quote(lang, &out)
}

/// `text` in the language's quotation marks: „…” (pl), “…” (en, zh-CN).
pub fn quote(lang: Language, text: &str) -> String {
    match lang {
        Language::Pl => format!("„{text}”"),
        Language::En | Language::ZhCn => format!("“{text}”"),
    }
}

/// The CLDR plural category of `value` in `lang`: 0 one, 1 few, 2 many,
/// 3 other (fractions in Polish; everything but 1 in English).
fn plural(lang: Language, value: f64) -> usize {
    let whole = value.fract() == 0.0 && value.abs() < 1e15;
    let n = value.abs() as u64;
    match lang {
        Language::ZhCn => 3,
        Language::En => {
            if whole && n == 1 {
                0
            } else {
                3
            }
        }
        Language::Pl => {
            if !whole {
                3
            } else if n == 1 {
                0
            } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
                1
            } else {
                2
            }
        }
    }
}

/// Units whose form follows the number (one, few, many, other), so that a
/// KPI written "dni" reads "1 dzień", "5 dni", "0,5 dnia".
const UNITS: &[(Language, [&str; 4])] = &[
    (Language::Pl, ["dzień", "dni", "dni", "dnia"]),
    (Language::Pl, ["godzina", "godziny", "godzin", "godziny"]),
    (Language::Pl, ["minuta", "minuty", "minut", "minuty"]),
    (Language::Pl, ["tydzień", "tygodnie", "tygodni", "tygodnia"]),
    (
        Language::Pl,
        ["miesiąc", "miesiące", "miesięcy", "miesiąca"],
    ),
    (Language::Pl, ["osoba", "osoby", "osób", "osoby"]),
    (Language::Pl, ["klient", "klientów", "klientów", "klienta"]),
    (
        Language::Pl,
        ["zamówienie", "zamówienia", "zamówień", "zamówienia"],
    ),
    (Language::En, ["day", "days", "days", "days"]),
    (Language::En, ["hour", "hours", "hours", "hours"]),
    (Language::En, ["minute", "minutes", "minutes", "minutes"]),
    (Language::En, ["week", "weeks", "weeks", "weeks"]),
    (Language::En, ["month", "months", "months", "months"]),
    (
        Language::En,
        ["customer", "customers", "customers", "customers"],
    ),
    (Language::En, ["order", "orders", "orders", "orders"]),
];

fn inflect(lang: Language, value: f64, unit: &str) -> &str {
    let lower = unit.to_lowercase();
    UNITS
        .iter()
        .find(|(l, forms)| *l == lang && forms.contains(&lower.as_str()))
        .map_or(unit, |(_, forms)| forms[plural(lang, value)])
}
