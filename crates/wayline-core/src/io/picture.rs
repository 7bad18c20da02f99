//! Decoding pictures referenced by a scene (persona photos), with limits so a
//! huge or broken file cannot exhaust memory. Shared by every backend.

use std::path::Path;

/// Largest picture, in pixels per side, that will be decoded (a 4096² photo
/// takes 64 MB decoded; a persona photo needs far less).
pub const MAX_IMAGE_SIDE: u32 = 4096;
/// Largest picture file that will be read.
pub const MAX_IMAGE_BYTES: u64 = 20 * 1024 * 1024;

/// Why a picture could not be shown.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("{}: cannot read the picture: {reason}", path.display())]
    Unreadable {
        path: std::path::PathBuf,
        reason: String,
    },
    #[error("{}: the picture is {width} × {height} pixels; Wayline shows pictures up to {MAX_IMAGE_SIDE} pixels per side", path.display())]
    TooLarge {
        path: std::path::PathBuf,
        width: u32,
        height: u32,
    },
    #[error("{}: the picture file is {size} bytes; Wayline reads pictures up to {MAX_IMAGE_BYTES} bytes", path.display())]
    FileTooLarge { path: std::path::PathBuf, size: u64 },
}

/// Decodes a PNG or JPEG into straight RGBA, after checking its dimensions.
pub fn load_rgba(path: &Path) -> Result<image::RgbaImage, ImageError> {
    let unreadable = |e: &dyn std::fmt::Display| ImageError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    let size = std::fs::metadata(path).map_err(|e| unreadable(&e))?.len();
    if size > MAX_IMAGE_BYTES {
        return Err(ImageError::FileTooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let open = || {
        image::ImageReader::open(path)
            .map_err(|e| unreadable(&e))?
            .with_guessed_format()
            .map_err(|e| unreadable(&e))
    };
    let (w, h) = open()?.into_dimensions().map_err(|e| unreadable(&e))?;
    if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE {
        return Err(ImageError::TooLarge {
            path: path.to_owned(),
            width: w,
            height: h,
        });
    }
    Ok(open()?.decode().map_err(|e| unreadable(&e))?.to_rgba8())
}
