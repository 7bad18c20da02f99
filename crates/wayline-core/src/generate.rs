//! Realistic generated maps for tests and benchmarks: any number of stages and
//! cards, the usual eight lanes, mixed Chinese, Polish and English text of
//! realistic lengths. Deterministic for a given seed.

use crate::model::{
    Card, Date, Details, Fact, Lane, LaneKind, Map, MapKind, MomentOfTruth, PainCategory, Persona,
    Presence, Priority, Severity, Stage, Status,
};
use crate::model::{CardId, LaneId, StageId};

const PHRASES: &[&str] = &[
    "Szuka opinii o produkcie na forum i w mediach społecznościowych",
    "Porównuje ceny w trzech sklepach",
    "客户在购买之前会比较三家商店的价格",
    "看到社交媒体上的广告，点击进入商品详情页",
    "Reads the delivery terms twice before paying",
    "Abandons the cart when shipping costs appear",
    "结帐流程太复杂，需要填写太多信息",
    "Dostaje e-mail z potwierdzeniem zamówienia i numerem przesyłki",
    "Asks a friend who already owns one",
    "联系在线客服询问保修政策",
    "Zwrot towaru wymaga wydrukowania etykiety — brak drukarki",
    "Leaves a five-star review and shares a photo",
];

/// A tiny xorshift generator: enough for varied test data, no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A map with `stages` stages, the eight usual lanes and about `cards` cards
/// (plus one emotion point per stage).
pub fn map(stages: usize, cards: usize, seed: u64) -> Map {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let day = Date::new(2026, 11, 25).unwrap_or_else(Date::today);
    let lanes: Vec<Lane> = [
        ("Actions", LaneKind::Actions),
        ("Touchpoints", LaneKind::Touchpoints),
        ("Myśli / 想法", LaneKind::Thoughts),
        ("Emotions", LaneKind::Emotions),
        ("Pain points", LaneKind::PainPoints),
        ("Opportunities", LaneKind::Opportunities),
        ("KPIs", LaneKind::Kpis),
        ("Backstage", LaneKind::Backstage),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (name, kind))| Lane::new(LaneId(format!("lane-{i}")), name, kind))
    .collect();
    let stages: Vec<Stage> = (0..stages)
        .map(|i| {
            let mut stage = Stage::new(
                StageId(format!("stage-{i}")),
                format!("Etap {} 阶段", i + 1),
            );
            stage.description = PHRASES[i % PHRASES.len()].to_string();
            stage.drop_off = Some((10 + i * 7 % 40) as f32);
            stage
        })
        .collect();
    let mut all = Vec::new();
    for (i, stage) in stages.iter().enumerate() {
        let moment = [
            None,
            Some(MomentOfTruth::Discovery),
            None,
            Some(MomentOfTruth::Purchase),
        ][i % 4];
        all.push(
            Card::new(
                CardId(format!("emo-{i}")),
                lanes[3].id.clone(),
                stage.id.clone(),
                "Nastrój 心情",
            )
            .with_details(Details::Emotion {
                score: (rng.below(7) as i8) - 3,
                moment,
            }),
        );
    }
    let card_lanes: Vec<&Lane> = lanes
        .iter()
        .filter(|l| l.kind != LaneKind::Emotions)
        .collect();
    let mut pains = Vec::new();
    for n in 0..cards {
        let lane = card_lanes[rng.below(card_lanes.len())];
        let stage = &stages[rng.below(stages.len())];
        let words = 1 + rng.below(3);
        let text: Vec<&str> = (0..words)
            .map(|_| PHRASES[rng.below(PHRASES.len())])
            .collect();
        let id = CardId(format!("card-{n}"));
        let details = match lane.kind {
            LaneKind::Touchpoints => Details::Touchpoint {
                channel: ["Web", "App", "E-mail", "Sklep 门店"][rng.below(4)].to_string(),
                presence: [Presence::Online, Presence::Offline, Presence::Both][rng.below(3)],
                satisfaction: Some(1 + rng.below(5) as u8),
            },
            LaneKind::PainPoints => {
                pains.push(id.clone());
                Details::Pain {
                    category: PainCategory::ALL[rng.below(4)],
                    severity: [
                        Severity::Low,
                        Severity::Medium,
                        Severity::High,
                        Severity::Critical,
                    ][rng.below(4)],
                }
            }
            LaneKind::Opportunities => Details::Opportunity {
                owner: "Anna Kowalska".to_string(),
                priority: [Priority::Low, Priority::Medium, Priority::High][rng.below(3)],
                status: Status::Planned,
                answers: pains.last().cloned().into_iter().collect(),
            },
            LaneKind::Backstage => Details::Task {
                owner: "物流团队".to_string(),
            },
            LaneKind::Kpis => Details::Metric {
                value: Some(rng.below(100) as f64),
                target: Some(80.0),
                unit: "%".into(),
            },
            _ => Details::None,
        };
        all.push(
            Card::new(id, lane.id.clone(), stage.id.clone(), text.join(" ")).with_details(details),
        );
    }
    Map {
        version: crate::model::FORMAT_VERSION,
        title: format!("Generated map: {} stages, {cards} cards", stages.len()),
        kind: MapKind::CurrentState,
        language: Some(crate::i18n::Language::Pl),
        segment: "Nowi klienci 新客户".to_string(),
        description: String::new(),
        created: day,
        updated: day,
        persona: Persona {
            name: "Zofia Wąsowicz 王丽".to_string(),
            role: "Kierowniczka biura".to_string(),
            quote: "Chcę kupić szybko i bez niespodzianek.".to_string(),
            demographics: vec![Fact {
                label: "Wiek".into(),
                value: "34".into(),
            }],
            goals: vec!["Zamówić sprzęt dla zespołu".into()],
            needs: vec!["Jasne koszty dostawy".into()],
            ..Persona::default()
        },
        stages,
        lanes,
        cards: all,
        conflicts: Vec::new(),
    }
}

/// Writes a synthetic 480×480 JPEG portrait (a head and shoulders on a gradient)
/// to `path`, so generated maps can carry a persona photo like real ones.
pub fn persona_photo(path: &std::path::Path) -> std::io::Result<()> {
    let size = 480u32;
    let img = image::RgbImage::from_fn(size, size, |x, y| {
        let (fx, fy) = (x as f32 / size as f32, y as f32 / size as f32);
        let head = (fx - 0.5).powi(2) + (fy - 0.4).powi(2) < 0.03;
        let shoulders = fy > 0.7 && (fx - 0.5).powi(2) + (fy - 1.05).powi(2) < 0.16;
        if head {
            image::Rgb([226, 184, 150])
        } else if shoulders {
            image::Rgb([52, 90, 160])
        } else {
            image::Rgb([
                (200.0 - 60.0 * fy) as u8,
                (215.0 - 40.0 * fx) as u8,
                (235.0 - 30.0 * fy) as u8,
            ])
        }
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(&img)
        .map_err(std::io::Error::other)?;
    crate::io::write_atomic(path, &bytes)
}
