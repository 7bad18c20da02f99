//! Reading pictures a map refers to (the persona photo) into a decoded
//! [`Picture`], with limits so a huge or broken file cannot exhaust memory. The
//! only place a picture file is read: export's planning, the editor's photo job
//! and `wayline check` call it; layout and the backends get the decoded pixels.

use std::path::{Path, PathBuf};

use crate::scene::Picture;

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

/// Where a photo path of the map points: relative paths are read from
/// `base_dir` (the map file's directory).
pub fn resolve(photo: &str, base_dir: Option<&Path>) -> PathBuf {
    let path = Path::new(photo);
    match base_dir {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path.to_path_buf(),
    }
}

/// Reads and decodes a PNG or JPEG, after checking its file size and dimensions.
pub fn load(path: &Path) -> Result<Picture, ImageError> {
    let rgba = load_rgba(path)?;
    let (width, height) = rgba.dimensions();
    Picture::from_rgba(width, height, rgba.into_raw()).ok_or_else(|| ImageError::Unreadable {
        path: path.to_owned(),
        reason: "the picture has no pixels".into(),
    })
}

/// Decodes a PNG or JPEG into straight RGBA, after checking its dimensions.
fn load_rgba(path: &Path) -> Result<image::RgbaImage, ImageError> {
    let unreadable = |e: &dyn std::fmt::Display| ImageError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    // Read once, bounded, and only from a regular file: a photo that is a
    // symlink to /dev/zero or a FIFO is refused instead of read forever.
    let bytes = super::read_limited(path, MAX_IMAGE_BYTES).map_err(|e| match e {
        super::ReadError::TooLarge { size, .. } => ImageError::FileTooLarge {
            path: path.to_owned(),
            size,
        },
        other => unreadable(&other),
    })?;
    let open = || {
        image::ImageReader::new(std::io::Cursor::new(&bytes[..]))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_photos_are_read_beside_the_map() {
        let dir = Path::new("/maps");
        assert_eq!(resolve("face.png", Some(dir)), dir.join("face.png"));
        assert_eq!(resolve("face.png", None), PathBuf::from("face.png"));
        let absolute = std::env::temp_dir().join("face.png");
        let absolute_str = absolute.to_string_lossy().into_owned();
        assert_eq!(resolve(&absolute_str, Some(dir)), absolute);
    }

    #[test]
    fn a_decoded_picture_keeps_its_pixels_and_is_identified_by_them() {
        let dir = std::env::temp_dir().join(format!("wayline-picture-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("dot.png");
        let mut img = image::RgbaImage::new(3, 2);
        img.put_pixel(1, 1, image::Rgba([10, 20, 30, 128]));
        img.save(&path).unwrap();
        let picture = load(&path).unwrap();
        assert_eq!((picture.width(), picture.height()), (3, 2));
        assert_eq!(&picture.rgba()[16..20], &[10, 20, 30, 128]);
        assert_eq!(&picture.premultiplied()[16..20], &[5, 10, 15, 128]);
        assert_eq!(load(&path).unwrap().id(), picture.id());
        img.put_pixel(0, 0, image::Rgba([1, 1, 1, 255]));
        img.save(&path).unwrap();
        assert_ne!(load(&path).unwrap().id(), picture.id());
        assert!(matches!(
            load(&dir.join("missing.png")),
            Err(ImageError::Unreadable { .. })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
