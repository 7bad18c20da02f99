//! `wayline export FILE -o OUT.png|OUT.pdf|OUT.svg|OUT.csv [options]`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::export::{
    self, Background, ExportOptions, Orientation, PageSize, SvgText, ThemeChoice, Tiling,
};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map to export.
    pub file: PathBuf,
    /// Output file: .pdf, .png, .svg (one file per page, like PNG), or .csv (the
    /// cards as a table; page options do not apply).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Paper size, or "fit" for one page the size of the map. With --tile, the
    /// size of the poster the sheets add up to (--poster says the same).
    #[arg(long, visible_alias = "poster", value_enum, ignore_case = true, default_value_t = PageSize::Fit)]
    pub page: PageSize,
    /// Print the poster on sheets of this paper to tape together, with crop
    /// marks and a label on each sheet (for example --tile a4 --poster a1).
    #[arg(long, value_enum, ignore_case = true, value_name = "PAPER")]
    pub tile: Option<PageSize>,
    /// How far neighbouring tiled sheets overlap, in millimetres.
    #[arg(long, value_name = "MM", default_value_t = Tiling::DEFAULT_OVERLAP_MM, requires = "tile")]
    pub overlap: f32,
    /// A 16:9 slide deck (13.333 × 7.5 in, so --page is not used): an overview,
    /// then one slide per stage.
    #[arg(long)]
    pub slides: bool,
    /// Workshop wall: sticky-note space in every cell and a blank notes lane.
    #[arg(long)]
    pub workshop: bool,
    #[arg(long, value_enum, ignore_case = true, default_value_t = Orientation::Auto)]
    pub orientation: Orientation,
    /// Margin on each side, in millimetres.
    #[arg(long, default_value_t = 10.0)]
    pub margin: f32,
    /// PNG resolution (default: 300 on paper, 144 for "fit").
    #[arg(long)]
    pub dpi: Option<f32>,
    /// Fixed scale (1 = map points at their size); default: fit the page.
    #[arg(long)]
    pub scale: Option<f32>,
    /// Spread a map too big for the paper over several pages, by whole stages and
    /// lanes, with the stage headers on every page.
    #[arg(long)]
    pub split: bool,
    /// Shrink the map onto one sheet of --page, however small its text gets (by
    /// default a map that would print below a readable size is spread over
    /// pages, as --split does).
    #[arg(long, visible_alias = "fit-one-page", conflicts_with_all = ["split", "tile", "slides"])]
    pub one_page: bool,
    #[arg(long, value_enum, ignore_case = true, default_value_t = ThemeChoice::Screen)]
    pub theme: ThemeChoice,
    /// PNG background.
    #[arg(long, value_enum, ignore_case = true, default_value_t = Background::White)]
    pub background: Background,
    /// Leave out the persona panel.
    #[arg(long)]
    pub no_persona: bool,
    /// Include hidden lanes.
    #[arg(long)]
    pub hidden_lanes: bool,
    /// Add a page listing pain points and the opportunities answering them.
    #[arg(long)]
    pub pain_page: bool,
    /// SVG text: real text naming the bundled fonts, or glyph outlines that
    /// look the same where those fonts are not installed.
    #[arg(long, value_enum, ignore_case = true, default_value_t = SvgText::Text)]
    pub svg_text: SvgText,
}

pub fn run(args: &Args) -> Result<ExitCode, String> {
    if export::Format::from_path(&args.output).is_none() {
        return Err(format!(
            "{}: unknown output format; use a .png, .pdf, .svg or .csv file name",
            args.output.display()
        ));
    }
    let loaded = crate::io::load(&args.file).map_err(|e| e.to_string())?;
    let options = ExportOptions {
        page: args.page,
        orientation: args.orientation,
        margin_mm: args.margin,
        dpi: args.dpi,
        scale: args.scale,
        split: args.split,
        one_page: args.one_page,
        theme: args.theme,
        background: args.background,
        include_persona: !args.no_persona,
        include_hidden_lanes: args.hidden_lanes,
        pain_page: args.pain_page,
        tile: args.tile.map(|paper| Tiling {
            paper,
            overlap_mm: args.overlap,
        }),
        slides: args.slides,
        workshop: args.workshop,
        svg_text: args.svg_text,
    };
    let base = args.file.parent().map(std::path::Path::to_path_buf);
    let written = export::export(&loaded.map, base.as_deref(), &args.output, &options)
        .map_err(|e| e.to_string())?;
    for file in &written.files {
        println!("wrote {}", file.display());
    }
    if written.pages > 1 {
        println!("{} pages", written.pages);
    }
    for warning in &written.warnings {
        eprintln!(
            "warning: {}",
            crate::model::escape::printable(&warning.to_string())
        );
    }
    Ok(ExitCode::SUCCESS)
}
