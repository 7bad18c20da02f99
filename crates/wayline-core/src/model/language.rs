//! The language a map is written in, as a BCP 47 tag (`zh-CN`, `pl`, `en`):
//! what a PDF's `/Lang`, an SVG's `xml:lang` and the workshop's notes lane
//! say. Maps do not record it yet, so it is guessed from their text; when they
//! do, this one function reads the field instead.

use super::Map;

/// Chinese when Han characters are at least as common as Polish letters,
/// Polish when it has any of Polish's own letters, otherwise English.
pub fn language(map: &Map) -> &'static str {
    let text = map
        .stages
        .iter()
        .map(|s| s.name.as_str())
        .chain(map.lanes.iter().map(|l| l.name.as_str()))
        .chain(map.cards.iter().map(|c| c.text.as_str()))
        .chain([map.title.as_str(), map.description.as_str()]);
    let (mut cjk, mut polish) = (0, 0);
    for c in text.flat_map(str::chars) {
        if ('\u{4e00}'..='\u{9fff}').contains(&c) {
            cjk += 1;
        } else if "ąćęłńśźżĄĆĘŁŃŚŹŻ".contains(c) {
            polish += 1;
        }
    }
    if cjk > 0 && cjk >= polish {
        "zh-CN"
    } else if polish > 0 {
        "pl"
    } else {
        "en"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str) -> Map {
        let mut map = Map::new(title);
        map.stages.clear();
        map.lanes.clear();
        map.cards.clear();
        map
    }

    #[test]
    fn the_language_follows_the_text() {
        assert_eq!(language(&titled("Checkout journey")), "en");
        assert_eq!(language(&titled("Ścieżka klienta")), "pl");
        assert_eq!(language(&titled("电商购买旅程")), "zh-CN");
        // Chinese with a Polish word in it is still Chinese.
        assert_eq!(language(&titled("电商购买旅程 łąka")), "zh-CN");
        assert_eq!(language(&titled("")), "en");
    }
}
