//! Degrees to screen points: equirectangular with longitude scaled by cos(latitude), so Chongqing keeps its
//! shape at this size, fitted and centred in a rectangle. No tiles, no network.

use super::labels::ScreenRect;

/// A fitted projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    lon0: f64,
    lat_max: f64,
    cos_lat: f64,
    /// Screen points per degree of latitude.
    pub scale: f64,
    origin: [f64; 2],
}

impl Projection {
    /// The projection that shows `bbox` (west, south, east, north) as large as fits in `rect`, centred.
    pub fn fit(rect: ScreenRect, bbox: [f64; 4]) -> Self {
        let [west, south, east, north] = bbox;
        let cos_lat = ((south + north) / 2.0).to_radians().cos();
        let width_deg = ((east - west) * cos_lat).max(1e-9);
        let height_deg = (north - south).max(1e-9);
        let scale = (rect.width() / width_deg).min(rect.height() / height_deg);
        let used = [width_deg * scale, height_deg * scale];
        let centre = rect.centre();
        Self {
            lon0: west,
            lat_max: north,
            cos_lat,
            scale,
            origin: [centre[0] - used[0] / 2.0, centre[1] - used[1] / 2.0],
        }
    }

    /// Screen position of a point given as `[lon, lat]`.
    pub fn to_screen(&self, point: [f64; 2]) -> [f64; 2] {
        [
            self.origin[0] + (point[0] - self.lon0) * self.cos_lat * self.scale,
            self.origin[1] + (self.lat_max - point[1]) * self.scale,
        ]
    }

    /// `[lon, lat]` of a screen position (for hover and click).
    pub fn to_degrees(&self, screen: [f64; 2]) -> [f64; 2] {
        [
            self.lon0 + (screen[0] - self.origin[0]) / (self.cos_lat * self.scale),
            self.lat_max - (screen[1] - self.origin[1]) / self.scale,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_fits_inside() {
        let rect = ScreenRect::new([10.0, 20.0], [810.0, 620.0]);
        let projection = Projection::fit(rect, [105.0, 28.0, 110.0, 32.0]);
        for corner in [[105.0, 28.0], [110.0, 32.0], [107.5, 30.0]] {
            let screen = projection.to_screen(corner);
            assert!(rect.expand(1e-6).contains(screen), "{screen:?}");
            let back = projection.to_degrees(screen);
            assert!((back[0] - corner[0]).abs() < 1e-9 && (back[1] - corner[1]).abs() < 1e-9);
        }
    }
}
