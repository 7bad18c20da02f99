fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let what = std::env::args().nth(2).unwrap_or("pdf".into());
    let map = wayline_core::generate::map(20, n, 42);
    let opts = wayline_core::export::ExportOptions {
        page: wayline_core::export::PageSize::A3,
        ..Default::default()
    };
    let t = std::time::Instant::now();
    let pages = wayline_core::export::plan(&map, None, &opts).unwrap();
    eprintln!("plan {:?}", t.elapsed());
    let t = std::time::Instant::now();
    if what == "pdf" {
        let meta = wayline_core::render::pdf::Metadata {
            title: "x".into(),
            author: "y".into(),
            ..Default::default()
        };
        let b = wayline_core::render::pdf::render(&pages, &meta).unwrap();
        eprintln!("pdf {:?} {} bytes", t.elapsed(), b.len());
        std::fs::write("/tmp/prof.pdf", b).unwrap();
    } else {
        let b = wayline_core::render::raster::render_page(&pages[0], 300.0).unwrap();
        eprintln!("png {:?} {} bytes", t.elapsed(), b.len());
    }
}
