//! Colours, type sizes and spacing of a drawn map. Layout reads them; the model
//! does not know them.

use crate::model::{LaneKind, PainCategory};
use crate::scene::Rgba;
use crate::text::TextStyle;

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub background: Rgba,
    pub ink: Rgba,
    pub muted: Rgba,
    pub grid: Rgba,
    pub stage_fill: Rgba,
    pub stage_ink: Rgba,
    pub header_fill: Rgba,
    pub band_fill: Rgba,
    pub positive: Rgba,
    pub negative: Rgba,
    pub neutral: Rgba,
    pub highlight: Rgba,
    pub title: TextStyle,
    pub heading: TextStyle,
    pub body: TextStyle,
    pub small: TextStyle,
    pub margin: f32,
    pub gap: f32,
    pub padding: f32,
    pub radius: f32,
    pub stage_width: f32,
    pub step_width: f32,
    pub lane_header_width: f32,
    pub min_row_height: f32,
    /// Height of the emotion curve's score band (+3 at its top, −3 at its bottom).
    pub emotion_band: f32,
    pub icon_size: f32,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::light()
    }
}

impl Theme {
    /// The screen and print theme: dark ink on white, tinted cards.
    pub fn light() -> Theme {
        Theme {
            background: Rgba::WHITE,
            ink: Rgba::rgb(0x1f, 0x23, 0x28),
            muted: Rgba::rgb(0x5b, 0x63, 0x6e),
            grid: Rgba::rgb(0xd8, 0xdc, 0xe2),
            stage_fill: Rgba::rgb(0x2b, 0x3a, 0x55),
            stage_ink: Rgba::WHITE,
            header_fill: Rgba::rgb(0xee, 0xf1, 0xf5),
            band_fill: Rgba::rgb(0xf7, 0xf8, 0xfa),
            positive: Rgba::rgb(0x2e, 0x9e, 0x5b),
            negative: Rgba::rgb(0xd6, 0x45, 0x45),
            neutral: Rgba::rgb(0xe0, 0xa1, 0x1b),
            highlight: Rgba::rgb(0xc8, 0x8a, 0x00),
            title: TextStyle::new(24.0).bold(),
            heading: TextStyle::new(13.0).bold(),
            body: TextStyle::new(11.0),
            small: TextStyle::new(9.0),
            margin: 24.0,
            gap: 8.0,
            padding: 8.0,
            radius: 6.0,
            stage_width: 220.0,
            step_width: 150.0,
            lane_header_width: 150.0,
            min_row_height: 56.0,
            emotion_band: 110.0,
            icon_size: 12.0,
        }
    }

    /// For paper: white rows and lane headers, so only cards take ink.
    pub fn print() -> Theme {
        Theme {
            header_fill: Rgba::rgb(0xf4, 0xf5, 0xf7),
            band_fill: Rgba::WHITE,
            ..Theme::light()
        }
    }

    /// Card fill for a lane kind.
    pub fn lane_fill(&self, kind: LaneKind) -> Rgba {
        match kind {
            LaneKind::Actions => Rgba::rgb(0xe3, 0xee, 0xfb),
            LaneKind::Touchpoints => Rgba::rgb(0xe6, 0xf4, 0xf1),
            LaneKind::Thoughts => Rgba::rgb(0xf3, 0xec, 0xfa),
            LaneKind::Emotions => self.band_fill,
            LaneKind::PainPoints => Rgba::rgb(0xfd, 0xe4, 0xe1),
            LaneKind::Opportunities => Rgba::rgb(0xe2, 0xf5, 0xe3),
            LaneKind::Kpis => Rgba::rgb(0xfd, 0xf3, 0xd8),
            LaneKind::Insights => Rgba::rgb(0xfe, 0xf6, 0xc9),
            LaneKind::Frontstage => Rgba::rgb(0xe8, 0xea, 0xf6),
            LaneKind::Backstage => Rgba::rgb(0xec, 0xee, 0xf1),
            LaneKind::Support => Rgba::rgb(0xf1, 0xef, 0xea),
            LaneKind::Text => Rgba::rgb(0xf4, 0xf5, 0xf7),
        }
    }

    /// Accent (border, icon) for a lane kind.
    pub fn lane_accent(&self, kind: LaneKind) -> Rgba {
        match kind {
            LaneKind::Actions => Rgba::rgb(0x3b, 0x7d, 0xd8),
            LaneKind::Touchpoints => Rgba::rgb(0x1f, 0x93, 0x82),
            LaneKind::Thoughts => Rgba::rgb(0x84, 0x5e, 0xc2),
            LaneKind::Emotions => self.muted,
            LaneKind::PainPoints => self.negative,
            LaneKind::Opportunities => self.positive,
            LaneKind::Kpis => Rgba::rgb(0xc7, 0x8b, 0x12),
            LaneKind::Insights => Rgba::rgb(0xb5, 0x94, 0x00),
            LaneKind::Frontstage => Rgba::rgb(0x4a, 0x55, 0xa8),
            LaneKind::Backstage => Rgba::rgb(0x5b, 0x63, 0x6e),
            LaneKind::Support => Rgba::rgb(0x7a, 0x6e, 0x55),
            LaneKind::Text => self.muted,
        }
    }

    /// Accent of a pain point by category, so the four kinds read apart.
    pub fn pain_accent(&self, category: PainCategory) -> Rgba {
        match category {
            PainCategory::Financial => Rgba::rgb(0xc0, 0x39, 0x2b),
            PainCategory::Productivity => Rgba::rgb(0xd3, 0x54, 0x00),
            PainCategory::Process => Rgba::rgb(0x8e, 0x44, 0xad),
            PainCategory::Support => Rgba::rgb(0xb0, 0x3a, 0x6e),
        }
    }

    /// Colour of an emotion score: red below zero, amber at zero, green above.
    pub fn score_color(&self, score: i8) -> Rgba {
        match score {
            s if s < 0 => self.negative,
            0 => self.neutral,
            _ => self.positive,
        }
    }
}
