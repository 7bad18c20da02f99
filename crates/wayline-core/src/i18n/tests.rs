use super::*;

#[test]
fn the_map_label_catalogues_have_the_same_keys_and_parse() {
    MAP_LABELS.check().unwrap_or_else(|e| panic!("{e}"));
    assert!(MAP_LABELS.keys(Language::Pl).len() > 50);
}

#[test]
fn check_reports_a_missing_key_and_a_syntax_error() {
    let c = Catalogue::new(&[
        (Language::En, "a = A\nb = B\n"),
        (Language::Pl, "a = A\n"),
        (Language::ZhCn, "a = A\nb = { \n"),
    ]);
    let e = c.check().unwrap_err();
    assert!(e.contains("pl lacks b"), "{e}");
    assert!(e.contains("zh-CN"), "{e}");
}

#[test]
fn lookups_fall_back_to_english_then_to_the_key() {
    let c = Catalogue::new(&[
        (Language::En, "only-en = Only { $x }\n"),
        (Language::Pl, ""),
    ]);
    assert_eq!(
        c.tr(Language::Pl, "only-en", &[("x", "here".into())]),
        "Only here"
    );
    assert_eq!(
        c.tr(Language::ZhCn, "only-en", &[("x", "here".into())]),
        "Only here"
    );
    assert_eq!(c.tr(Language::Pl, "nowhere", &[]), "nowhere");
    // A missing argument does not panic either.
    assert_eq!(c.tr(Language::En, "only-en", &[]), "Only {$x}");
}

#[test]
fn no_isolation_marks_around_placeables() {
    let s = tr(Language::En, "task-owner", &[("owner", "Ala".into())]);
    assert_eq!(s, "Owner: Ala");
    assert!(!s.contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn polish_plurals_follow_cldr() {
    let cards = Catalogue::new(&[(
        Language::Pl,
        "cards = { $n ->\n [one] { $n } karta\n [few] { $n } karty\n [many] { $n } kart\n *[other] { $n } karty\n}\n",
    )]);
    let n = |n: f64| cards.tr(Language::Pl, "cards", &[("n", n.into())]);
    assert_eq!(n(1.0), "1 karta");
    assert_eq!(n(2.0), "2 karty");
    assert_eq!(n(4.0), "4 karty");
    assert_eq!(n(5.0), "5 kart");
    assert_eq!(n(12.0), "12 kart");
    assert_eq!(n(22.0), "22 karty");
    assert_eq!(n(1.5), "1,5 karty");
    let count = |lang, n: usize| tr(lang, "changes-count", &[("count", n.into())]);
    assert_eq!(count(Language::Pl, 0), "Brak zmian");
    assert_eq!(count(Language::Pl, 3), "3 zmiany");
    assert_eq!(count(Language::Pl, 25), "25 zmian");
    assert_eq!(count(Language::En, 1), "1 change");
    assert_eq!(count(Language::ZhCn, 7), "7 处变更");
}

#[test]
fn numbers_follow_the_language() {
    assert_eq!(format_number(Language::Pl, 0.6), "0,6");
    assert_eq!(format_number(Language::En, 0.6), "0.6");
    assert_eq!(format_number(Language::ZhCn, 0.6), "0.6");
    assert_eq!(format_number(Language::En, 3.0), "3");
    assert_eq!(format_number(Language::En, 2.456), "2.46");
    assert_eq!(format_number(Language::En, -1.5), "-1.5");
    assert_eq!(format_number(Language::En, 12500.0), "12,500");
    assert_eq!(format_number(Language::En, 1250.0), "1,250");
    assert_eq!(format_number(Language::Pl, 1250.0), "1250");
    assert_eq!(format_number(Language::Pl, 12500.5), "12\u{a0}500,5");
    assert_eq!(format_percent(Language::Pl, 0.6), "0,6%");
    assert_eq!(format_percent(Language::En, 30.0), "30%");
    // Numbers placed into messages too.
    let t = tr(Language::Pl, "metric-target", &[("target", 2.5.into())]);
    assert_eq!(t, "cel 2,5");
}

#[test]
fn quantities_space_words_and_inflect_known_units() {
    assert_eq!(format_quantity(Language::Pl, 5.0, "dni"), "5\u{a0}dni");
    assert_eq!(format_quantity(Language::Pl, 1.0, "dni"), "1\u{a0}dzień");
    assert_eq!(format_quantity(Language::Pl, 0.5, "dni"), "0,5\u{a0}dnia");
    assert_eq!(
        format_quantity(Language::Pl, 3.0, "godzin"),
        "3\u{a0}godziny"
    );
    assert_eq!(format_quantity(Language::En, 1.0, "days"), "1\u{a0}day");
    assert_eq!(format_quantity(Language::En, 2.5, "h"), "2.5\u{a0}h");
    assert_eq!(format_quantity(Language::Pl, 42.0, "%"), "42%");
    assert_eq!(format_quantity(Language::ZhCn, 5.0, "天"), "5天");
    assert_eq!(format_quantity(Language::ZhCn, 3.0, "次/周"), "3次/周");
    assert_eq!(format_quantity(Language::ZhCn, 20.0, "元"), "20元");
    assert_eq!(format_quantity(Language::En, 20.0, "$"), "$20");
    assert_eq!(format_quantity(Language::En, 20.0, ""), "20");
}

#[test]
fn quotes_follow_the_language() {
    assert_eq!(quote(Language::Pl, "Tak"), "„Tak”");
    assert_eq!(quote(Language::En, "Yes"), "“Yes”");
    assert_eq!(quote(Language::ZhCn, "好"), "“好”");
}

#[test]
fn locales_parse() {
    for (s, l) in [
        ("pl", Some(Language::Pl)),
        ("pl_PL.UTF-8", Some(Language::Pl)),
        ("pl-PL", Some(Language::Pl)),
        ("zh_CN", Some(Language::ZhCn)),
        ("zh_CN.UTF-8", Some(Language::ZhCn)),
        ("zh-Hans", Some(Language::ZhCn)),
        ("zh-Hans-CN", Some(Language::ZhCn)),
        ("zh", Some(Language::ZhCn)),
        ("zh-TW", None),
        ("zh-Hant", None),
        ("en_US@euro", Some(Language::En)),
        ("C", Some(Language::En)),
        ("de_DE.UTF-8", None),
        ("", None),
    ] {
        assert_eq!(Language::parse(s), l, "{s}");
    }
    assert_eq!(
        Language::from_locales(["", "de_DE:pl_PL:en"]),
        Some(Language::Pl)
    );
    assert_eq!("zh-CN".parse::<Language>(), Ok(Language::ZhCn));
}

#[test]
fn languages_serialise_as_their_tags() {
    assert_eq!(ron::to_string(&Language::ZhCn).unwrap(), "\"zh-CN\"");
    assert_eq!(ron::from_str::<Language>("\"pl\"").unwrap(), Language::Pl);
    for l in Language::ALL {
        assert_eq!(Language::parse(l.code()), Some(l));
    }
}

#[test]
fn guesses_the_language_of_a_text() {
    assert_eq!(
        Language::guess("客户旅程地图：接触点与痛点"),
        Language::ZhCn
    );
    assert_eq!(Language::guess("Wybór CRM w małej agencji"), Language::Pl);
    assert_eq!(
        Language::guess("Klient szuka oferty i porównuje ceny"),
        Language::Pl
    );
    assert_eq!(
        Language::guess("Zakup w sklepie internetowym"),
        Language::Pl
    );
    assert_eq!(Language::guess("Online purchase of a CRM"), Language::En);
    assert_eq!(
        Language::guess("Meeting with Łukasz about the checkout"),
        Language::En
    );
    assert_eq!(Language::guess(""), Language::En);
    assert_eq!(Language::guess("Checkout: 支付"), Language::ZhCn);
}
