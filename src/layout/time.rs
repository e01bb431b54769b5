//! Time on the timeline: TIMEX values as intervals, a linear time scale with
//! `invert` for hit-testing, zoom and pan around a point, and ticks that adapt
//! from decades to days (events are dated to the day at best).
//!
//! Time is measured in days since 1970-01-01 (fractional for hours), so every
//! value is a plain `f64`.

use jiff::civil::Date;
use jiff::ToSpan;

/// Days since 1970-01-01 of a civil date.
pub fn day_number(d: Date) -> f64 {
    // jiff's `since` on civil dates is exact in days.
    let epoch = Date::constant(1970, 1, 1);
    match d.since((jiff::Unit::Day, epoch)) {
        Ok(span) => span.get_days() as f64,
        Err(_) => 0.0,
    }
}

/// The civil date of a day number (floored).
pub fn date_of(day: f64) -> Date {
    let epoch = Date::constant(1970, 1, 1);
    let d = day.floor().clamp(-700_000.0, 2_900_000.0) as i64;
    epoch.checked_add(d.days()).unwrap_or(epoch)
}

/// How precisely a TIMEX value pins time down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A decade (`201`).
    Decade,
    /// A year (`2015`).
    Year,
    /// A season or quarter (`2024-SU`, `2024-Q3`).
    Season,
    /// A month (`2024-11`).
    Month,
    /// An ISO week (`2024-W49`).
    Week,
    /// A day (`2024-11-27`).
    Day,
    /// A time of day (`2024-11-27T14:30`).
    Time,
}

impl Precision {
    /// Whether marks at this precision are drawn as bands rather than points.
    pub fn is_band(self) -> bool {
        self < Precision::Day
    }
}

/// The interval `[start, end)` in day numbers that a TIMEX value covers,
/// with its precision; `None` for unresolved or non-date values.
pub fn interval(value: &str) -> Option<(f64, f64, Precision)> {
    let v = value.trim();
    if let Some(d) = decade(v) {
        return Some(d);
    }
    let (date_part, time_part) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let parts: Vec<&str> = date_part.split('-').collect();
    let year: i16 = parts
        .first()?
        .parse()
        .ok()
        .filter(|_| parts[0].len() == 4)?;
    let ymd = |y: i16, m: i8, d: i8| Date::new(y, m, d).ok();
    match parts.len() {
        1 => {
            let s = day_number(ymd(year, 1, 1)?);
            Some((
                s,
                day_number(ymd(year.checked_add(1)?, 1, 1)?),
                Precision::Year,
            ))
        }
        2 => {
            let p = parts[1];
            if let Some(w) = p.strip_prefix('W') {
                let week: i8 = w.parse().ok()?;
                let wd =
                    jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday).ok()?;
                let s = day_number(wd.date());
                return Some((s, s + 7.0, Precision::Week));
            }
            let season = |m0: i8, months: i64| -> Option<(f64, f64, Precision)> {
                let s = ymd(year, m0, 1)?;
                let e = s.checked_add(months.months()).ok()?;
                Some((day_number(s), day_number(e), Precision::Season))
            };
            match p {
                "SP" => season(3, 3),
                "SU" => season(6, 3),
                "FA" | "AU" => season(9, 3),
                "WI" => season(12, 3),
                "Q1" => season(1, 3),
                "Q2" => season(4, 3),
                "Q3" => season(7, 3),
                "Q4" => season(10, 3),
                "H1" => season(1, 6),
                "H2" => season(7, 6),
                _ => {
                    let m: i8 = p.parse().ok()?;
                    let s = ymd(year, m, 1)?;
                    let e = s.checked_add(1.month()).ok()?;
                    Some((day_number(s), day_number(e), Precision::Month))
                }
            }
        }
        3 => {
            let m: i8 = parts[1].parse().ok()?;
            let d: i8 = parts[2].parse().ok()?;
            let s = day_number(ymd(year, m, d)?);
            match time_part.and_then(parse_clock) {
                Some(h) => Some((s + h, s + h + 1.0 / 24.0, Precision::Time)),
                None => Some((s, s + 1.0, Precision::Day)),
            }
        }
        _ => None,
    }
}

fn decade(v: &str) -> Option<(f64, f64, Precision)> {
    if v.len() == 3 && v.bytes().all(|b| b.is_ascii_digit()) {
        let y: i16 = v.parse::<i16>().ok()?.checked_mul(10)?;
        let s = day_number(Date::new(y, 1, 1).ok()?);
        let e = day_number(Date::new(y.checked_add(10)?, 1, 1).ok()?);
        return Some((s, e, Precision::Decade));
    }
    None
}

fn parse_clock(t: &str) -> Option<f64> {
    let (h, m) = t.split_once(':').unwrap_or((t, "0"));
    let h: f64 = h.parse().ok()?;
    let m: f64 = m.get(..2).unwrap_or(m).parse().ok()?;
    (0.0..24.0).contains(&h).then_some((h + m / 60.0) / 24.0)
}

/// A linear scale from a time domain (day numbers) to a pixel range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// Domain start (day number).
    pub d0: f64,
    /// Domain end (day number), greater than `d0`.
    pub d1: f64,
    /// Range start (pixels).
    pub r0: f64,
    /// Range end (pixels).
    pub r1: f64,
}

/// The shortest span a user can zoom to: three days (events are dated to
/// the day at best; hours on the axis would be false precision).
pub const MIN_SPAN_DAYS: f64 = 3.0;
/// The longest span: five centuries.
pub const MAX_SPAN_DAYS: f64 = 365.25 * 500.0;

impl TimeScale {
    /// A scale over `[d0, d1]` onto `[r0, r1]`; a shorter domain than
    /// [`MIN_SPAN_DAYS`] is widened to that around its middle.
    pub fn new(d0: f64, d1: f64, r0: f64, r1: f64) -> TimeScale {
        let (d0, d1) = if d1 - d0 < MIN_SPAN_DAYS {
            let mid = (d0 + d1) / 2.0;
            (mid - MIN_SPAN_DAYS / 2.0, mid + MIN_SPAN_DAYS / 2.0)
        } else {
            (d0, d1)
        };
        TimeScale { d0, d1, r0, r1 }
    }

    /// A scale fitting intervals with a margin of 4 % on both sides.
    pub fn fit(intervals: impl IntoIterator<Item = (f64, f64)>, r0: f64, r1: f64) -> TimeScale {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for (s, e) in intervals {
            lo = lo.min(s);
            hi = hi.max(e);
        }
        if !lo.is_finite() || !hi.is_finite() {
            return TimeScale::new(0.0, 365.0, r0, r1);
        }
        let span = (hi - lo).max(1.0);
        TimeScale::new(lo - span * 0.04, hi + span * 0.04, r0, r1)
    }

    /// Pixels of a day number.
    pub fn map(&self, t: f64) -> f64 {
        self.r0 + (t - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }

    /// Day number at a pixel (for hit-testing).
    pub fn invert(&self, x: f64) -> f64 {
        self.d0 + (x - self.r0) / (self.r1 - self.r0) * (self.d1 - self.d0)
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the time under pixel `x` fixed.
    pub fn zoom_at(&self, x: f64, factor: f64) -> TimeScale {
        let t = self.invert(x);
        let span = ((self.d1 - self.d0) / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let frac = (x - self.r0) / (self.r1 - self.r0);
        let d0 = t - frac * span;
        TimeScale {
            d0,
            d1: d0 + span,
            ..*self
        }
    }

    /// Pans by `dx` pixels (positive moves the content right, i.e. back in time).
    pub fn pan(&self, dx: f64) -> TimeScale {
        let dt = dx / (self.r1 - self.r0) * (self.d1 - self.d0);
        TimeScale {
            d0: self.d0 - dt,
            d1: self.d1 - dt,
            ..*self
        }
    }

    /// The same domain onto a new pixel range (after a resize).
    pub fn with_range(&self, r0: f64, r1: f64) -> TimeScale {
        TimeScale { r0, r1, ..*self }
    }
}

/// One tick of the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Day number.
    pub t: f64,
    /// Label.
    pub label: String,
    /// True for ticks that start a larger unit (a new year among months).
    pub major: bool,
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

#[derive(Debug, Clone, Copy)]
enum Step {
    Years(i16),
    Months(i8),
    Days(i32),
}

/// Ticks for the scale's domain, about one per `min_px` pixels, labelled in English.
pub fn ticks(scale: &TimeScale, min_px: f64) -> Vec<Tick> {
    let width = (scale.r1 - scale.r0).abs().max(1.0);
    let span = scale.d1 - scale.d0;
    let want = (width / min_px.max(20.0)).max(2.0);
    let per_tick = span / want;
    let step = [
        (1.0, Step::Days(1)),
        (2.0, Step::Days(2)),
        (7.0, Step::Days(7)),
        (14.0, Step::Days(14)),
        (30.4, Step::Months(1)),
        (91.0, Step::Months(3)),
        (182.0, Step::Months(6)),
        (365.25, Step::Years(1)),
        (365.25 * 2.0, Step::Years(2)),
        (365.25 * 5.0, Step::Years(5)),
        (365.25 * 10.0, Step::Years(10)),
        (365.25 * 20.0, Step::Years(20)),
        (365.25 * 50.0, Step::Years(50)),
        (365.25 * 100.0, Step::Years(100)),
    ]
    .into_iter()
    .find(|(days, _)| *days >= per_tick)
    .map(|(_, s)| s)
    .unwrap_or(Step::Years(100));
    let mut out = Vec::new();
    let start = date_of(scale.d0);
    match step {
        Step::Years(n) => {
            let n = n.max(1);
            let mut y = start.year() - start.year().rem_euclid(n);
            while let Ok(d) = Date::new(y, 1, 1) {
                let t = day_number(d);
                if t > scale.d1 {
                    break;
                }
                if t >= scale.d0 {
                    out.push(Tick {
                        t,
                        label: y.to_string(),
                        major: y % (n * 10) == 0 || n == 1,
                    });
                }
                y = match y.checked_add(n) {
                    Some(v) if v <= 9999 => v,
                    _ => break,
                };
            }
        }
        Step::Months(n) => {
            let mut d = Date::new(start.year(), 1, 1).unwrap_or(start);
            while day_number(d) <= scale.d1 && out.len() < 500 {
                let t = day_number(d);
                if t >= scale.d0 && (d.month() - 1) % n == 0 {
                    let major = d.month() == 1;
                    let label = if major {
                        d.year().to_string()
                    } else {
                        MONTHS_EN[(d.month() - 1) as usize].to_string()
                    };
                    out.push(Tick { t, label, major });
                }
                d = match d.checked_add(1.month()) {
                    Ok(v) => v,
                    Err(_) => break,
                };
            }
        }
        Step::Days(n) => {
            let first = scale.d0.floor();
            let mut t = first;
            while t <= scale.d1 && out.len() < 500 {
                let d = date_of(t);
                let ok = if n == 7 {
                    d.weekday() == jiff::civil::Weekday::Monday
                } else if n == 14 {
                    d.day() == 1 || d.day() == 15
                } else {
                    (t as i64).rem_euclid(n as i64) == 0
                };
                if ok && t >= scale.d0 {
                    let major = d.day() == 1;
                    let label = if major && d.month() == 1 {
                        d.year().to_string()
                    } else {
                        format!("{} {}", d.day(), MONTHS_EN[(d.month() - 1) as usize])
                    };
                    out.push(Tick { t, label, major });
                }
                t += 1.0;
            }
        }
    }
    out
}

/// The windows Play steps through, given the events' (start, end) days:
/// one day, month or year wide, after how far apart most events lie (the
/// middle 80 % of their starts, so one background event decades earlier
/// does not make every step a year); windows without an event are skipped,
/// so Play goes from one told moment to the next.
pub fn play_frames(spans: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut starts: Vec<f64> = spans
        .iter()
        .map(|s| s.0)
        .filter(|x| x.is_finite())
        .collect();
    if starts.is_empty() {
        return Vec::new();
    }
    starts.sort_by(f64::total_cmp);
    let pick = |q: f64| starts[((starts.len() - 1) as f64 * q).round() as usize];
    let spread = pick(0.9) - pick(0.1);
    let step = if spread > 3.0 * 365.0 {
        365.25
    } else if spread > 90.0 {
        30.5
    } else {
        1.0
    };
    let hi = spans.iter().map(|s| s.1).fold(f64::MIN, f64::max);
    let mut frames = Vec::new();
    let mut cursor = starts[0];
    while cursor <= hi && frames.len() < 10_000 {
        let end = cursor + step;
        if spans.iter().any(|&(s, t)| s < end && t > cursor) {
            frames.push((cursor, end));
        }
        // the next window with an event starting in it, or right after this one
        let next = starts.iter().copied().find(|&x| x >= end);
        // (a short one: an event of months, or "since May 2024", stepped
        // through day by day would play for minutes with nothing new; it
        // stays in view in every window it overlaps)
        let ongoing = spans
            .iter()
            .any(|&(s, t)| s < end && t > end && t - s <= 7.0 * step);
        cursor = match next {
            Some(x) if !ongoing => x,
            _ if ongoing => end,
            _ => break,
        };
    }
    frames
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn play_skips_empty_time_and_steps_by_how_close_most_events_are() {
        let day = |d: f64| (d, d + 1.0);
        // one background event decades before, the rest over three weeks
        let mut spans = vec![day(0.0)];
        for d in [18000.0, 18001.0, 18007.0, 18015.0, 18020.0] {
            spans.push(day(d));
        }
        let f = play_frames(&spans);
        assert_eq!(f.len(), 6, "one frame per day told: {f:?}");
        assert!(
            f.iter().all(|w| (w.1 - w.0 - 1.0).abs() < 1e-9),
            "day steps: {f:?}"
        );
        assert_eq!(f[0], (0.0, 1.0));
        assert_eq!(f[1], (18000.0, 18001.0));
        // events years apart: year steps, no empty years
        let years: Vec<(f64, f64)> = [0.0, 3650.0, 7300.0, 7301.0]
            .iter()
            .map(|&d| day(d))
            .collect();
        let f = play_frames(&years);
        assert!(f.iter().all(|w| (w.1 - w.0 - 365.25).abs() < 1e-9), "{f:?}");
        assert_eq!(f.len(), 3, "{f:?}");
        // a long event keeps the frames going while it lasts
        let long = [(0.0, 3.5), (10.0, 11.0)];
        let f = play_frames(&long);
        assert_eq!(
            f.iter().map(|w| w.0).collect::<Vec<_>>(),
            vec![0.0, 1.0, 2.0, 3.0, 10.0]
        );
        // a long one does not: a month-long event among days, and one
        // lasting since a year before, add no frames of their own
        let mut spans = vec![(0.0, 30.0), (-365.0, 400.0)];
        for d in [5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0] {
            spans.push(day(d));
        }
        let f = play_frames(&spans);
        assert_eq!(
            f.iter().map(|w| w.0).collect::<Vec<_>>(),
            vec![-365.0, 0.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0],
            "{f:?}"
        );
        assert!(play_frames(&[]).is_empty());
    }

    fn day(y: i16, m: i8, d: i8) -> f64 {
        day_number(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn intervals_by_precision() {
        let cases: &[(&str, &str, Option<(f64, f64, Precision)>)] = &[
            (
                "year",
                "2015",
                Some((day(2015, 1, 1), day(2016, 1, 1), Precision::Year)),
            ),
            (
                "month",
                "2024-11",
                Some((day(2024, 11, 1), day(2024, 12, 1), Precision::Month)),
            ),
            (
                "day",
                "2024-11-27",
                Some((day(2024, 11, 27), day(2024, 11, 28), Precision::Day)),
            ),
            (
                "week",
                "2024-W49",
                Some((day(2024, 12, 2), day(2024, 12, 9), Precision::Week)),
            ),
            (
                "season",
                "2024-SU",
                Some((day(2024, 6, 1), day(2024, 9, 1), Precision::Season)),
            ),
            (
                "decade",
                "201",
                Some((day(2010, 1, 1), day(2020, 1, 1), Precision::Decade)),
            ),
            (
                "time",
                "2024-12-03T12:00",
                Some((
                    day(2024, 12, 3) + 0.5,
                    day(2024, 12, 3) + 0.5 + 1.0 / 24.0,
                    Precision::Time,
                )),
            ),
            ("unresolved", "XXXX-12-03", None),
            ("duration", "P3D", None),
            ("garbage", "hello", None),
            ("bad month", "2024-13", None),
        ];
        for (name, v, want) in cases {
            let got = interval(v);
            match (got, want) {
                (Some(g), Some(w)) => {
                    assert!(
                        (g.0 - w.0).abs() < 1e-9 && (g.1 - w.1).abs() < 1e-9 && g.2 == w.2,
                        "{name}: {g:?} vs {w:?}"
                    )
                }
                (g, w) => assert_eq!(g.is_some(), w.is_some(), "{name}"),
            }
        }
    }

    #[test]
    fn scale_maps_and_inverts() {
        let s = TimeScale::new(day(2011, 1, 1), day(2025, 1, 1), 0.0, 1000.0);
        for t in [day(2011, 1, 1), day(2015, 6, 1), day(2024, 12, 4)] {
            assert!((s.invert(s.map(t)) - t).abs() < 1e-6);
        }
        assert!((s.map(day(2025, 1, 1)) - 1000.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_keeps_point_under_cursor() {
        let s = TimeScale::new(0.0, 1000.0, 0.0, 500.0);
        let z = s.zoom_at(123.0, 4.0);
        assert!((z.invert(123.0) - s.invert(123.0)).abs() < 1e-9);
        assert!(((z.d1 - z.d0) - 250.0).abs() < 1e-9);
        let back = z.zoom_at(123.0, 0.25);
        assert!((back.d0 - s.d0).abs() < 1e-6 && (back.d1 - s.d1).abs() < 1e-6);
        // Never below three days.
        let deep = s.zoom_at(10.0, 1e12);
        assert!(deep.d1 - deep.d0 >= MIN_SPAN_DAYS - 1e-12);
    }

    #[test]
    fn pan_shifts_domain() {
        let s = TimeScale::new(0.0, 100.0, 0.0, 1000.0);
        let p = s.pan(100.0);
        assert!((p.d0 + 10.0).abs() < 1e-9 && (p.d1 - 90.0).abs() < 1e-9);
    }

    #[test]
    fn ticks_adapt_from_decades_to_days_never_hours() {
        let cases = [
            (
                "decades",
                TimeScale::new(day(1900, 1, 1), day(2025, 1, 1), 0.0, 800.0),
                "1900",
            ),
            (
                "years",
                TimeScale::new(day(2011, 1, 1), day(2025, 1, 1), 0.0, 1000.0),
                "2012",
            ),
            (
                "months",
                TimeScale::new(day(2024, 6, 1), day(2024, 12, 31), 0.0, 1000.0),
                "Sep",
            ),
            (
                "days",
                TimeScale::new(day(2024, 11, 25), day(2024, 12, 5), 0.0, 1000.0),
                "3 Dec",
            ),
            (
                "half a day asked: three days shown, by the day",
                TimeScale::new(day(2024, 12, 3), day(2024, 12, 3) + 0.5, 0.0, 1000.0),
                "3 Dec",
            ),
        ];
        for (name, s, want) in cases {
            let ts = ticks(&s, 70.0);
            assert!(ts.len() >= 2, "{name}: {ts:?}");
            assert!(ts.len() <= 40, "{name}: too many ticks {}", ts.len());
            assert!(
                ts.iter().any(|t| t.label == want),
                "{name}: no '{want}' in {:?}",
                ts.iter().map(|t| &t.label).collect::<Vec<_>>()
            );
            assert!(
                ts.windows(2).all(|w| w[0].t < w[1].t),
                "{name}: ticks ordered"
            );
            assert!(
                !ts.iter().any(|t| t.label.contains(':')),
                "{name}: no hours"
            );
            assert!(
                ts.iter().all(|t| t.t >= s.d0 && t.t <= s.d1),
                "{name}: ticks in domain"
            );
        }
    }

    #[test]
    fn fit_covers_all_intervals() {
        let s = TimeScale::fit(
            [
                (day(2011, 1, 1), day(2012, 1, 1)),
                (day(2024, 12, 4), day(2024, 12, 5)),
            ],
            0.0,
            1000.0,
        );
        assert!(s.map(day(2011, 1, 1)) > 0.0 && s.map(day(2024, 12, 5)) < 1000.0);
        let empty = TimeScale::fit(std::iter::empty(), 0.0, 100.0);
        assert!(empty.d1 > empty.d0);
    }
}
