//! The map projection: Equal Earth (Šavrič, Patterson & Jenny 2018), an
//! equal-area world projection, as raw maths apart from the viewport
//! (scale and translate), with inverses for hit-testing.

use std::f64::consts::PI;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
const M: f64 = 0.866_025_403_784_438_6; // sqrt(3) / 2

/// Raw Equal Earth: radians (λ, φ) → unit plane (x right, y up).
pub fn equal_earth(lambda: f64, phi: f64) -> (f64, f64) {
    let theta = (M * phi.sin()).clamp(-1.0, 1.0).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// Inverse of [`equal_earth`] (Newton's method on θ).
pub fn equal_earth_invert(x: f64, y: f64) -> (f64, f64) {
    let mut theta = y;
    for _ in 0..12 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let fy = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        let fpy = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let delta = fy / fpy;
        theta -= delta;
        if delta.abs() < 1e-12 {
            break;
        }
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let lambda = M * x * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)) / theta.cos();
    let phi = (theta.sin() / M).clamp(-1.0, 1.0).asin();
    (lambda, phi)
}

/// Degrees (lon, lat) → unit plane.
pub fn project_deg(lon: f64, lat: f64) -> (f64, f64) {
    equal_earth(
        lon.clamp(-180.0, 180.0) * PI / 180.0,
        lat.clamp(-90.0, 90.0) * PI / 180.0,
    )
}

/// A viewport: unit plane → screen pixels (`y` down), with zoom and pan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Pixels per unit.
    pub k: f64,
    /// Screen x of the plane's origin.
    pub tx: f64,
    /// Screen y of the plane's origin.
    pub ty: f64,
    /// Screen width.
    pub width: f64,
    /// Screen height.
    pub height: f64,
}

/// Zoom limits relative to the whole world in view.
pub const MIN_ZOOM: f64 = 0.5;
/// Zoom limits: about a city district.
pub const MAX_ZOOM: f64 = 400.0;

impl Viewport {
    /// The whole world, fitted into `width` × `height`.
    pub fn world(width: f64, height: f64) -> Viewport {
        // the globe is widest at the equator: fit its ends there, and the
        // latitudes kept north and south
        Viewport::fit(
            &[(-180.0, 0.0), (180.0, 0.0), (0.0, -60.0), (0.0, 84.0)],
            width,
            height,
            8.0,
        )
    }

    /// Fits the points (lon, lat) into the screen with `pad` pixels of margin;
    /// a single point or a tiny cluster gets a regional view around it.
    pub fn fit(points: &[(f64, f64)], width: f64, height: f64, pad: f64) -> Viewport {
        Viewport::fit_with_labels(points, width, height, pad, 0.0)
    }

    /// [`Viewport::fit`] leaving `label_room` pixels more on the right,
    /// where markers put their labels: the easternmost label is not cut off.
    pub fn fit_with_labels(
        points: &[(f64, f64)],
        width: f64,
        height: f64,
        pad: f64,
        label_room: f64,
    ) -> Viewport {
        Viewport::fit_with_room(points, width, height, pad, label_room, 0.0)
    }

    /// [`Viewport::fit_with_labels`] keeping `bottom_room` pixels free at
    /// the bottom too, where a legend lies over the map.
    pub fn fit_with_room(
        points: &[(f64, f64)],
        width: f64,
        height: f64,
        pad: f64,
        label_room: f64,
        bottom_room: f64,
    ) -> Viewport {
        let (w, h) = (width.max(10.0), height.max(10.0));
        // a narrow view keeps at least half its width for the points, a low
        // one half its height
        let room = label_room.min((w - 2.0 * pad) / 2.0).max(0.0);
        let below = bottom_room.min((h - 2.0 * pad) / 2.0).max(0.0);
        if points.is_empty() {
            return Viewport::world(w, h);
        }
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for &(lon, lat) in points {
            let (x, y) = project_deg(lon, lat);
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        // At least about 6 degrees across, so a single city shows its region.
        let min_extent = 0.1;
        let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        let ex = (x1 - x0).max(min_extent);
        let ey = (y1 - y0).max(min_extent);
        let k = ((w - 2.0 * pad - room).max(1.0) / ex).min((h - 2.0 * pad - below).max(1.0) / ey);
        Viewport {
            k,
            tx: (w - room) / 2.0 - cx * k,
            ty: (h - below) / 2.0 + cy * k,
            width: w,
            height: h,
        }
    }

    /// Screen position of (lon, lat).
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = project_deg(lon, lat);
        (self.tx + x * self.k, self.ty - y * self.k)
    }

    /// (lon, lat) under a screen position, `None` outside the globe.
    pub fn invert(&self, sx: f64, sy: f64) -> Option<(f64, f64)> {
        let (x, y) = ((sx - self.tx) / self.k, (self.ty - sy) / self.k);
        let (l, p) = equal_earth_invert(x, y);
        let (lon, lat) = (l * 180.0 / PI, p * 180.0 / PI);
        if !lon.is_finite()
            || !lat.is_finite()
            || lon.abs() > 180.0 + 1e-6
            || lat.abs() > 90.0 + 1e-6
        {
            return None;
        }
        Some((lon, lat))
    }

    /// Zooms by `factor` around the screen point (sx, sy), within limits.
    pub fn zoom_at(&self, sx: f64, sy: f64, factor: f64) -> Viewport {
        let world = Viewport::world(self.width, self.height).k;
        let k = (self.k * factor).clamp(world * MIN_ZOOM, world * MAX_ZOOM);
        let f = k / self.k;
        Viewport {
            k,
            tx: sx - (sx - self.tx) * f,
            ty: sy - (sy - self.ty) * f,
            ..*self
        }
    }

    /// Pans by (dx, dy) pixels.
    pub fn pan(&self, dx: f64, dy: f64) -> Viewport {
        Viewport {
            tx: self.tx + dx,
            ty: self.ty + dy,
            ..*self
        }
    }

    /// How far zoomed in, relative to the whole world.
    pub fn zoom_level(&self) -> f64 {
        self.k / Viewport::world(self.width, self.height).k
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_whole_world_fits_a_narrow_and_a_wide_pane() {
        for (w, h) in [(345.0, 480.0), (800.0, 300.0), (1000.0, 1000.0)] {
            let v = super::Viewport::world(w, h);
            for lat in [-60.0, -30.0, 0.0, 30.0, 60.0, 84.0] {
                for lon in [-180.0, 180.0] {
                    let (x, y) = v.project(lon, lat);
                    assert!(x >= 0.0 && x <= w, "({lon}, {lat}) at x {x} outside 0..{w}");
                    assert!(y >= 0.0 && y <= h, "({lon}, {lat}) at y {y} outside 0..{h}");
                }
            }
            // and it uses the pane: the equator spans all but the margins of a narrow one
            if w < h {
                let (x0, _) = v.project(-180.0, 0.0);
                let (x1, _) = v.project(180.0, 0.0);
                assert!(x1 - x0 >= w - 20.0, "{x0}..{x1} of {w}");
            }
        }
    }

    use super::*;

    #[test]
    fn known_points() {
        // Reference values of the raw Equal Earth projection (as in d3-geo's geoEqualEarthRaw).
        let (x, y) = equal_earth(0.0, 0.0);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        let (x, _) = equal_earth(PI, 0.0);
        assert!((x - 2.7066).abs() < 1e-3, "x at 180°E on the equator: {x}");
        let (_, y) = equal_earth(0.0, PI / 2.0);
        assert!((y - 1.3173).abs() < 1e-3, "y at the pole: {y}");
    }

    #[test]
    fn round_trips() {
        for (lon, lat) in [
            (37.1343, 36.2021),
            (36.7578, 35.1318),
            (37.6173, 55.7558),
            (-72.3, 18.5),
            (179.0, -80.0),
            (0.0, 0.0),
        ] {
            let (x, y) = project_deg(lon, lat);
            let (l, p) = equal_earth_invert(x, y);
            assert!(
                (l * 180.0 / PI - lon).abs() < 1e-6 && (p * 180.0 / PI - lat).abs() < 1e-6,
                "{lon},{lat}"
            );
            let v = Viewport::fit(&[(35.0, 32.0), (42.0, 37.5)], 800.0, 500.0, 20.0);
            let (sx, sy) = v.project(lon, lat);
            let (l2, p2) = v.invert(sx, sy).expect("on the globe");
            assert!((l2 - lon).abs() < 1e-6 && (p2 - lat).abs() < 1e-6);
        }
    }

    #[test]
    fn fit_leaves_room_for_labels_on_the_right() {
        let pts = [(37.13, 36.20), (36.76, 35.13), (37.62, 55.76), (30.5, 50.4)];
        let v = Viewport::fit_with_labels(&pts, 600.0, 400.0, 20.0, 90.0);
        for (lon, lat) in pts {
            let (x, y) = v.project(lon, lat);
            assert!(
                (19.0..=491.0).contains(&x) && (19.0..=381.0).contains(&y),
                "{lon},{lat} → {x},{y}: 90 px kept free on the right"
            );
        }
        // a narrow view still gives the points half its width
        let v = Viewport::fit_with_labels(&pts, 120.0, 400.0, 10.0, 90.0);
        let xs: Vec<f64> = pts
            .iter()
            .map(|&(lon, lat)| v.project(lon, lat).0)
            .collect();
        assert!(xs.iter().all(|x| (9.0..=61.0).contains(x)), "{xs:?}");
    }

    #[test]
    fn fit_keeps_the_points_above_the_legend() {
        // Cairo to Khartoum, a tall story: nothing under the 50 px legend band
        let pts = [(31.24, 30.04), (32.53, 15.59), (32.54, 15.60)];
        let v = Viewport::fit_with_room(&pts, 360.0, 440.0, 40.0, 80.0, 50.0);
        for (lon, lat) in pts {
            let (x, y) = v.project(lon, lat);
            assert!(
                (39.0..=281.0).contains(&x) && (39.0..=351.0).contains(&y),
                "{lon},{lat} → {x},{y}: 50 px kept free at the bottom"
            );
        }
        // without the room, the southernmost point is lower than that
        let v = Viewport::fit_with_labels(&pts, 360.0, 440.0, 40.0, 80.0);
        assert!(v.project(32.53, 15.59).1 > 351.0);
    }

    #[test]
    fn fit_puts_points_inside_and_north_up() {
        let v = Viewport::fit(
            &[(37.13, 36.20), (36.76, 35.13), (37.62, 55.76)],
            600.0,
            400.0,
            20.0,
        );
        for (lon, lat) in [(37.13, 36.20), (36.76, 35.13), (37.62, 55.76)] {
            let (x, y) = v.project(lon, lat);
            assert!(
                (19.0..=581.0).contains(&x) && (19.0..=381.0).contains(&y),
                "{lon},{lat} → {x},{y}"
            );
        }
        let (_, y_moscow) = v.project(37.62, 55.76);
        let (_, y_hama) = v.project(36.76, 35.13);
        assert!(y_moscow < y_hama, "north is up");
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let v = Viewport::world(800.0, 400.0);
        let before = v.invert(500.0, 150.0).expect("on globe");
        let z = v.zoom_at(500.0, 150.0, 3.0);
        let after = z.invert(500.0, 150.0).expect("on globe");
        assert!((before.0 - after.0).abs() < 1e-6 && (before.1 - after.1).abs() < 1e-6);
        assert!((z.zoom_level() - 3.0 * v.zoom_level()).abs() < 1e-9);
        let far = v.zoom_at(0.0, 0.0, 1e9);
        assert!(far.zoom_level() <= MAX_ZOOM + 1e-9);
    }

    #[test]
    fn invert_off_globe_is_none() {
        let v = Viewport::world(800.0, 400.0);
        assert!(v.invert(-5000.0, 200.0).is_none());
    }
}
