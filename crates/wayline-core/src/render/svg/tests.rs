use super::*;
use crate::scene::{Boxed, Rect, Scene};

fn page(scene: Scene) -> Page {
    Page {
        width: scene.width,
        height: scene.height,
        scale: 1.0,
        offset: (0.0, 0.0),
        background: Some(Rgba::WHITE),
        scene,
    }
}

fn text(s: &str) -> Item {
    Item::Text(crate::layout::text(
        s,
        &crate::text::TextStyle::new(12.0),
        Rgba::rgb(0, 0, 0),
        scene::Point::new(2.0, 2.0),
        400.0,
    ))
}

fn svg(scene: Scene, mode: TextMode) -> String {
    let options = SvgOptions {
        text: mode,
        ..SvgOptions::default()
    };
    String::from_utf8(render_page(&page(scene), &options)).unwrap()
}

#[test]
fn a_cards_items_are_one_group_named_by_its_id() {
    let card = crate::model::CardId::new("card-1");
    let boxed = Item::Box(Boxed {
        rect: Rect::new(1.0, 1.0, 50.0, 20.0),
        radius: 3.0,
        fill: Some(Rgba::rgb(200, 200, 255)),
        stroke: None,
    });
    let scene = Scene {
        width: 100.0,
        height: 50.0,
        items: vec![text("before"), boxed, text("Zażółć <&>")],
        hits: vec![Hit {
            rect: Rect::new(1.0, 1.0, 50.0, 20.0),
            target: Target::Card(card),
            items: 1..3,
            kind: Some(crate::model::LaneKind::PainPoints),
        }],
        ..Scene::default()
    };
    let s = svg(scene, TextMode::Text);
    let group = s
        .split(
            "<g id=\"card-1\" data-kind=\"pain-points\" data-id=\"card-1\" inkscape:label=\"Zażółć &lt;&amp;&gt;\">",
        )
        .nth(1)
        .expect("the card's group");
    let inside = group.split("</g>").next().unwrap();
    assert!(inside.contains("<rect"));
    assert!(inside.contains("Zażółć &lt;&amp;&gt;"));
    assert!(!inside.contains("before"));
    assert!(!s.contains("foreignObject"));
}

#[test]
fn outlines_define_each_glyph_once() {
    let scene = Scene {
        width: 100.0,
        height: 50.0,
        items: vec![text("aaa 旅旅")],
        ..Scene::default()
    };
    let s = svg(scene, TextMode::Outlines);
    assert_eq!(s.matches("<use").count(), 5, "{s}");
    assert_eq!(s.matches("<path id=").count(), 2, "{s}");
    assert!(s.contains("aria-label=\"aaa 旅旅\""));
    assert!(!s.contains("<text"));
}
