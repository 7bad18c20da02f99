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
    /// A service blueprint's lines of interaction, visibility and internal
    /// interaction.
    pub blueprint_line: Rgba,
    /// The type scale, each step clearly larger than the next so a wall print
    /// reads from a distance: title > stage names > lane names (`heading`) >
    /// card text (`body`) > meta (`small`: kinds, scores, legends).
    pub title: TextStyle,
    /// Stage names: at least 1.6 × the body, bold.
    pub stage: TextStyle,
    /// Lane names and section headings.
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
    /// Light ink on a dark ground: card tints and accents switch to their dark-room
    /// variants (see [`Theme::dark`]).
    pub dark: bool,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::light()
    }
}

impl Theme {
    /// The theme with its text set the way `lang` typesets it (Polish: no
    /// one-letter word at the end of a line). Sizes and colours stay.
    pub fn for_language(&self, lang: crate::i18n::Language) -> Theme {
        let bind = lang == crate::i18n::Language::Pl;
        let mut theme = self.clone();
        for style in [
            &mut theme.title,
            &mut theme.stage,
            &mut theme.heading,
            &mut theme.body,
            &mut theme.small,
        ] {
            style.bind_one_letter_words = bind;
        }
        theme
    }

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
            blueprint_line: Rgba::rgb(0x6d, 0x3f, 0xa8),
            title: TextStyle::new(30.0).bold(),
            stage: TextStyle::new(20.0).bold(),
            heading: TextStyle::new(15.0).bold(),
            body: TextStyle::new(12.0),
            small: TextStyle::new(10.0),
            margin: 16.0,
            gap: 6.0,
            padding: 6.0,
            radius: 6.0,
            stage_width: 200.0,
            step_width: 140.0,
            lane_header_width: 128.0,
            min_row_height: 56.0,
            emotion_band: 110.0,
            icon_size: 12.0,
            dark: false,
        }
    }

    /// For a dark room (presentation mode): light ink on near-black, deep card
    /// tints and brightened accents, every text colour at WCAG AA contrast or
    /// better on what it sits on. Sizes and spacing are the light theme's, so a
    /// map lays out to the same geometry in both.
    pub fn dark() -> Theme {
        Theme {
            background: Rgba::rgb(0x14, 0x17, 0x1c),
            ink: Rgba::rgb(0xf0, 0xf2, 0xf5),
            muted: Rgba::rgb(0xb4, 0xbc, 0xc8),
            grid: Rgba::rgb(0x3a, 0x41, 0x4c),
            stage_fill: Rgba::rgb(0x35, 0x55, 0x8c),
            stage_ink: Rgba::WHITE,
            header_fill: Rgba::rgb(0x24, 0x29, 0x31),
            band_fill: Rgba::rgb(0x1b, 0x1f, 0x26),
            positive: Rgba::rgb(0x4c, 0xc3, 0x8a),
            negative: Rgba::rgb(0xff, 0x6b, 0x6b),
            neutral: Rgba::rgb(0xf0, 0xb4, 0x29),
            highlight: Rgba::rgb(0xff, 0xc5, 0x3d),
            blueprint_line: Rgba::rgb(0xb9, 0x8c, 0xf2),
            dark: true,
            ..Theme::light()
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
        if self.dark {
            return match kind {
                LaneKind::Actions => Rgba::rgb(0x1d, 0x33, 0x50),
                LaneKind::Touchpoints => Rgba::rgb(0x16, 0x3b, 0x37),
                LaneKind::Thoughts => Rgba::rgb(0x32, 0x25, 0x4a),
                LaneKind::Emotions => self.band_fill,
                LaneKind::PainPoints => Rgba::rgb(0x4a, 0x1f, 0x23),
                LaneKind::Opportunities => Rgba::rgb(0x1a, 0x3d, 0x25),
                LaneKind::Kpis => Rgba::rgb(0x42, 0x34, 0x16),
                LaneKind::Insights => Rgba::rgb(0x3f, 0x38, 0x12),
                LaneKind::Frontstage => Rgba::rgb(0x25, 0x2a, 0x4a),
                LaneKind::Backstage => Rgba::rgb(0x2a, 0x2f, 0x36),
                LaneKind::Support => Rgba::rgb(0x38, 0x33, 0x28),
                LaneKind::Text => Rgba::rgb(0x26, 0x2b, 0x33),
            };
        }
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
        if self.dark {
            return match kind {
                LaneKind::Actions => Rgba::rgb(0x6a, 0xa6, 0xf5),
                LaneKind::Touchpoints => Rgba::rgb(0x3c, 0xc7, 0xb1),
                LaneKind::Thoughts => Rgba::rgb(0xb1, 0x8c, 0xf0),
                LaneKind::Emotions | LaneKind::Text => self.muted,
                LaneKind::PainPoints => self.negative,
                LaneKind::Opportunities => self.positive,
                LaneKind::Kpis => Rgba::rgb(0xf0, 0xb4, 0x3c),
                LaneKind::Insights => Rgba::rgb(0xe6, 0xc8, 0x2e),
                LaneKind::Frontstage => Rgba::rgb(0x8c, 0x96, 0xf0),
                LaneKind::Backstage => Rgba::rgb(0x9a, 0xa3, 0xae),
                LaneKind::Support => Rgba::rgb(0xc4, 0xb4, 0x8f),
            };
        }
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
        if self.dark {
            return match category {
                PainCategory::Financial => Rgba::rgb(0xff, 0x6b, 0x5b),
                PainCategory::Productivity => Rgba::rgb(0xff, 0x93, 0x40),
                PainCategory::Process => Rgba::rgb(0xc3, 0x8c, 0xf0),
                PainCategory::Support => Rgba::rgb(0xf0, 0x7a, 0xae),
            };
        }
        match category {
            PainCategory::Financial => Rgba::rgb(0xc0, 0x39, 0x2b),
            PainCategory::Productivity => Rgba::rgb(0xd3, 0x54, 0x00),
            PainCategory::Process => Rgba::rgb(0x8e, 0x44, 0xad),
            PainCategory::Support => Rgba::rgb(0xb0, 0x3a, 0x6e),
        }
    }

    /// Fill of a card the user gave its own colour. Users pick light tints for
    /// white paper; on a dark ground the same hue is mixed into the background so
    /// light ink stays readable.
    pub fn custom_fill(&self, color: Rgba) -> Rgba {
        if !self.dark {
            return color;
        }
        let [r, g, b, _] = color.0;
        let [br, bg, bb, _] = self.background.0;
        let mix = |c: u8, base: u8| ((u16::from(c) + u16::from(base) * 4) / 5) as u8;
        Rgba::rgb(mix(r, br), mix(g, bg), mix(b, bb))
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
