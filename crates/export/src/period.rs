//! TIMEX3 date values as calendar periods.
//!
//! Event dates in an analysis are TIMEX3 values at the precision the text
//! gives. The exports need three things from them: the precision, the
//! first and last day of the period, and the parts (year, month, day) to
//! write. This module reads the values that denote one calendar period:
//!
//! | value                  | precision | first day .. last day        |
//! |------------------------|-----------|------------------------------|
//! | `2024-12-03`           | day       | that day                     |
//! | `2024-12-03T14:30`     | day (+ time of day kept) | that day      |
//! | `2024-W49`             | week      | ISO week: Monday .. Sunday   |
//! | `2024-12`              | month     | 1st .. last day of the month |
//! | `2024-Q1` (`Q1`..`Q4`) | quarter   | Jan 1 .. Mar 31, …           |
//! | `2024-SP` `SU` `FA`/`AU` `WI` | season | meteorological, northern hemisphere: Mar–May, Jun–Aug, Sep–Nov, Dec–Feb (winter runs into the next year) |
//! | `2024`                 | year      | Jan 1 .. Dec 31              |
//!
//! Anything else (`XXXX-11-27` with the year unknown, durations `P3D`,
//! sets, `PRESENT_REF`, decades) is not a period: [`Period::parse`] gives
//! `None` and the exports treat the event as undated.

use std::fmt;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year (0..=9999).
    pub year: i32,
    /// Month, 1..=12.
    pub month: u32,
    /// Day of the month, 1..=31.
    pub day: u32,
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// One day (possibly with a time of day).
    Day,
    /// One ISO week.
    Week,
    /// One month.
    Month,
    /// A season (three months).
    Season,
    /// A quarter (three months).
    Quarter,
    /// One year.
    Year,
}

/// A TIMEX3 date value read as a calendar period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// How precise the value is.
    pub precision: Precision,
    /// The year.
    pub year: i32,
    /// The month, for day and month precision.
    pub month: Option<u32>,
    /// The day, for day precision.
    pub day: Option<u32>,
    /// Hour and minute, when the value had a time of day.
    pub time: Option<(u32, u32)>,
    /// The ISO week number, for week precision.
    pub week: Option<u32>,
    /// The season or quarter code (`SU`, `Q1`), for those precisions.
    pub code: Option<&'static str>,
    /// First day of the period.
    pub first: Ymd,
    /// Last day of the period.
    pub last: Ymd,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in a month.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(d: Ymd) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Ymd { year, month, day }
}

/// Monday of ISO week 1 of `year`, in days since the epoch.
fn iso_week1_monday(year: i32) -> i64 {
    let jan4 = days_from_civil(Ymd {
        year,
        month: 1,
        day: 4,
    });
    // 1970-01-01 was a Thursday: weekday 0 = Monday.
    let weekday = (jan4 + 3).rem_euclid(7);
    jan4 - weekday
}

fn iso_weeks_in_year(year: i32) -> u32 {
    ((iso_week1_monday(year + 1) - iso_week1_monday(year)) / 7) as u32
}

fn num(s: &str, len: usize) -> Option<u32> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

impl Period {
    /// Reads a TIMEX3 date value; `None` when it is not one calendar period.
    pub fn parse(value: &str) -> Option<Period> {
        let v = value.trim();
        let year = num(v.get(0..4)?, 4)? as i32;
        let rest = &v[4..];
        let whole_year = |precision, code, first: (u32, u32), last: (i32, u32, u32)| Period {
            precision,
            year,
            month: None,
            day: None,
            time: None,
            week: None,
            code,
            first: Ymd {
                year,
                month: first.0,
                day: first.1,
            },
            last: Ymd {
                year: last.0,
                month: last.1,
                day: last.2,
            },
        };
        if rest.is_empty() {
            return Some(whole_year(Precision::Year, None, (1, 1), (year, 12, 31)));
        }
        let rest = rest.strip_prefix('-')?;
        if let Some(w) = rest
            .strip_prefix('W')
            .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
        {
            let week = num(w, 2)?;
            if week == 0 || week > iso_weeks_in_year(year) {
                return None;
            }
            let monday = iso_week1_monday(year) + 7 * i64::from(week - 1);
            return Some(Period {
                precision: Precision::Week,
                year,
                month: None,
                day: None,
                time: None,
                week: Some(week),
                code: None,
                first: civil_from_days(monday),
                last: civil_from_days(monday + 6),
            });
        }
        let season = |code, m1, m2| {
            let last_year = if m2 < m1 { year + 1 } else { year };
            let last_day = days_in_month(last_year, m2);
            Some(whole_year(
                Precision::Season,
                Some(code),
                (m1, 1),
                (last_year, m2, last_day),
            ))
        };
        let quarter = |code, q: u32| {
            let (m1, m2) = (3 * q - 2, 3 * q);
            Some(whole_year(
                Precision::Quarter,
                Some(code),
                (m1, 1),
                (year, m2, days_in_month(year, m2)),
            ))
        };
        match rest {
            "SP" => return season("SP", 3, 5),
            "SU" => return season("SU", 6, 8),
            "FA" => return season("FA", 9, 11),
            "AU" => return season("AU", 9, 11),
            "WI" => return season("WI", 12, 2),
            "Q1" => return quarter("Q1", 1),
            "Q2" => return quarter("Q2", 2),
            "Q3" => return quarter("Q3", 3),
            "Q4" => return quarter("Q4", 4),
            _ => {}
        }
        let month = num(rest.get(0..2)?, 2)?;
        if !(1..=12).contains(&month) {
            return None;
        }
        let rest = &rest[2..];
        if rest.is_empty() {
            let last = days_in_month(year, month);
            return Some(Period {
                precision: Precision::Month,
                year,
                month: Some(month),
                day: None,
                time: None,
                week: None,
                code: None,
                first: Ymd {
                    year,
                    month,
                    day: 1,
                },
                last: Ymd {
                    year,
                    month,
                    day: last,
                },
            });
        }
        let rest = rest.strip_prefix('-')?;
        let day = num(rest.get(0..2)?, 2)?;
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let rest = &rest[2..];
        let time = if rest.is_empty() {
            None
        } else {
            // `T14:30`, `T14:30:00`, or TIMEX parts of day (`TMO`, `TEV`): the
            // day stands; a clock time is kept when there is one.
            let t = rest.strip_prefix('T')?;
            match (
                t.get(0..2).and_then(|h| num(h, 2)),
                t.get(2..3),
                t.get(3..5).and_then(|m| num(m, 2)),
            ) {
                (Some(h), Some(":"), Some(m)) if h < 24 && m < 60 => Some((h, m)),
                _ => None,
            }
        };
        let d = Ymd { year, month, day };
        Some(Period {
            precision: Precision::Day,
            year,
            month: Some(month),
            day: Some(day),
            time,
            week: None,
            code: None,
            first: d,
            last: d,
        })
    }

    /// A human-readable rendering (`3 December 2024`, `week 49 of 2024`,
    /// `December 2024`, `summer 2024`, `2024`).
    pub fn display(&self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month_name = |m: u32| MONTHS[(m as usize).saturating_sub(1) % 12];
        match self.precision {
            Precision::Day => {
                let mut s = format!(
                    "{} {} {}",
                    self.first.day,
                    month_name(self.first.month),
                    self.year
                );
                if let Some((h, m)) = self.time {
                    s.push_str(&format!(", {h:02}:{m:02}"));
                }
                s
            }
            Precision::Week => format!("week {} of {}", self.week.unwrap_or(0), self.year),
            Precision::Month => format!("{} {}", month_name(self.first.month), self.year),
            Precision::Season => {
                let name = match self.code {
                    Some("SP") => "spring",
                    Some("SU") => "summer",
                    Some("WI") => "winter",
                    _ => "autumn",
                };
                format!("{name} {}", self.year)
            }
            Precision::Quarter => format!("{} {}", self.code.unwrap_or("Q"), self.year),
            Precision::Year => self.year.to_string(),
        }
    }
}

/// Merges overlapping periods (inclusive day ranges) into a sorted list of
/// disjoint ranges; repeated or nested dates collapse into one.
pub fn merge_ranges(mut ranges: Vec<(Ymd, Ymd)>) -> Vec<(Ymd, Ymd)> {
    ranges.sort();
    let mut out: Vec<(Ymd, Ymd)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match out.last_mut() {
            Some(last) if start <= last.1 => {
                if end > last.1 {
                    last.1 = end;
                }
            }
            _ => out.push((start, end)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(s: &str) -> Ymd {
        let p = Period::parse(s).unwrap();
        assert_eq!(p.precision, Precision::Day);
        p.first
    }

    #[test]
    fn precisions_and_bounds() {
        let d = Period::parse("2024-12-03").unwrap();
        assert_eq!(
            (d.precision, d.first.to_string(), d.last.to_string()),
            (Precision::Day, "2024-12-03".into(), "2024-12-03".into())
        );
        let m = Period::parse("2024-02").unwrap();
        assert_eq!(
            (m.first.to_string(), m.last.to_string()),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        let y = Period::parse("2015").unwrap();
        assert_eq!(
            (y.precision, y.first.to_string(), y.last.to_string()),
            (Precision::Year, "2015-01-01".into(), "2015-12-31".into())
        );
        let t = Period::parse("2024-11-27T14:30").unwrap();
        assert_eq!((t.precision, t.time), (Precision::Day, Some((14, 30))));
        let wi = Period::parse("2024-WI").unwrap();
        assert_eq!(
            (wi.first.to_string(), wi.last.to_string()),
            ("2024-12-01".into(), "2025-02-28".into())
        );
        let q = Period::parse("2023-Q4").unwrap();
        assert_eq!(
            (q.first.to_string(), q.last.to_string()),
            ("2023-10-01".into(), "2023-12-31".into())
        );
    }

    #[test]
    fn iso_weeks() {
        // 2024-W49 is Monday 2 December .. Sunday 8 December 2024.
        let w = Period::parse("2024-W49").unwrap();
        assert_eq!(
            (w.first.to_string(), w.last.to_string()),
            ("2024-12-02".into(), "2024-12-08".into())
        );
        // 2021-W01 starts on 4 January 2021; 2020 has 53 weeks, 2021 has 52.
        assert_eq!(
            Period::parse("2021-W01").unwrap().first.to_string(),
            "2021-01-04"
        );
        assert_eq!(
            Period::parse("2020-W53").unwrap().last.to_string(),
            "2021-01-03"
        );
        assert!(Period::parse("2021-W53").is_none());
    }

    #[test]
    fn not_periods() {
        for v in [
            "",
            "XXXX-11-27",
            "P3D",
            "PRESENT_REF",
            "202X",
            "2024-13",
            "2023-02-29",
            "2024-00-10",
            "2024-W00",
            "24-12-03",
            "2024-12-3",
        ] {
            assert!(Period::parse(v).is_none(), "{v}");
        }
        assert_eq!(ymd("2024-02-29").day, 29);
    }

    #[test]
    fn civil_round_trip() {
        for s in ["1970-01-01", "2000-02-29", "2024-12-31", "1999-03-01"] {
            let d = ymd(s);
            assert_eq!(civil_from_days(days_from_civil(d)), d);
        }
    }

    #[test]
    fn merging() {
        let d = |s| ymd(s);
        let merged = merge_ranges(vec![
            (d("2024-12-03"), d("2024-12-03")),
            (d("2024-12-01"), d("2024-12-31")),
            (d("2025-01-05"), d("2025-01-05")),
            (d("2025-01-05"), d("2025-01-05")),
        ]);
        assert_eq!(
            merged,
            vec![
                (d("2024-12-01"), d("2024-12-31")),
                (d("2025-01-05"), d("2025-01-05"))
            ]
        );
    }
}
