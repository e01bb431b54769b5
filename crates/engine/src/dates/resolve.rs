//! Resolving: turns scanned expressions into TIMEX3 values, using the
//! document creation time (dct), the tense of the clause and the date most
//! recently mentioned (the narrative anchor), and explains each value in a
//! short English sentence.

use jiff::civil::Date;
use jiff::Span;

use super::lexicon::{Part, Pod, Season, Unit, MONTH_NAMES, WEEKDAY_NAMES};
use super::scan::{Cand, Dir, Scan, Sem, Tense};
use super::{Anchor, TimeExpr, TimeKind};

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const SHORT_DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// "Wed 4 Dec 2024".
pub(crate) fn fmt_date(d: Date) -> String {
    let wd = d.weekday().to_monday_one_offset() as usize;
    let m = d.month() as usize;
    format!(
        "{} {} {} {}",
        SHORT_DAYS.get(wd.wrapping_sub(1)).unwrap_or(&"?"),
        d.day(),
        SHORT_MONTHS.get(m.wrapping_sub(1)).unwrap_or(&"?"),
        d.year()
    )
}

fn ymd(d: Date) -> String {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return format!("{:04}-{:02}-{:02}", y, d.month(), d.day());
    }
    // "YYYY-MM-DD" digit by digit: the same text as the format above
    let (y, m, day) = (y as u32, d.month() as u32, d.day() as u32);
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut s = String::with_capacity(10);
    s.extend([digit(y / 1000), digit(y / 100), digit(y / 10), digit(y)]);
    s.push('-');
    s.extend([digit(m / 10), digit(m)]);
    s.push('-');
    s.extend([digit(day / 10), digit(day)]);
    s
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().days(n)).ok()
}

fn week_value(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn month_name(m: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

fn weekday_name(wd: u8) -> &'static str {
    WEEKDAY_NAMES
        .get(usize::from(wd).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

fn part_word(p: Part) -> &'static str {
    match p {
        Part::Early => "early",
        Part::Mid => "mid",
        Part::Late => "late",
    }
}

fn season_code(s: Season) -> (&'static str, &'static str) {
    match s {
        Season::Spring => ("SP", "spring"),
        Season::Summer => ("SU", "summer"),
        Season::Autumn => ("FA", "autumn"),
        Season::Winter => ("WI", "winter"),
    }
}

fn pod_word(p: Pod) -> &'static str {
    match p {
        Pod::Morning => "morning",
        Pod::Afternoon => "afternoon",
        Pod::Evening => "evening",
        Pod::Night => "night",
    }
}

fn unit_word(u: Unit, n: i64) -> String {
    let w = match u {
        Unit::Minute => "minute",
        Unit::Hour => "hour",
        Unit::Day => "day",
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Year => "year",
        Unit::Decade => "decade",
        Unit::Century => "century",
    };
    if n.abs() == 1 {
        w.to_string()
    } else if u == Unit::Century {
        "centuries".to_string()
    } else {
        format!("{w}s")
    }
}

fn tense_word(t: Tense) -> &'static str {
    match t {
        Tense::Past => "past tense",
        Tense::Future | Tense::WeakFuture => "future tense",
        Tense::Until => "an end ('until'), the nearest",
        Tense::Unknown => "no clear tense",
    }
}

fn month_shift(y: i32, m: i32, off: i32) -> (i32, i32) {
    let idx = y * 12 + (m - 1) + off;
    (idx.div_euclid(12), idx.rem_euclid(12) + 1)
}

fn make_date(y: i32, m: u8, d: u8) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    Date::new(y, m as i8, d as i8).ok()
}

/// What the resolver produced for one candidate.
struct Out {
    value: String,
    kind: TimeKind,
    anchor: Anchor,
    why: String,
    day: Option<Date>,
}

/// The resolver's state while walking a document.
pub(crate) struct Resolver<'s, 'a> {
    scan: &'s Scan<'a>,
    dct: Option<Date>,
    /// [`Resolver::dct_desc`], made once.
    desc: String,
    /// The day-precision date mentioned last, with its sentence.
    narr: Option<(Date, u32)>,
    /// The year (and month) of the date mentioned last, any precision.
    narr_ym: Option<(i32, Option<u8>)>,
    /// Sentence of the candidate being resolved.
    cur_sent: u32,
}

impl<'s, 'a> Resolver<'s, 'a> {
    pub fn new(scan: &'s Scan<'a>, dct: Option<Date>, desc: Option<String>) -> Self {
        Resolver {
            scan,
            dct,
            desc: desc.unwrap_or_else(|| "no document date".to_string()),
            narr: None,
            narr_ym: None,
            cur_sent: 0,
        }
    }

    /// "the document date Wed 4 Dec 2024" (or "no document date").
    fn dct_desc(&self) -> &str {
        &self.desc
    }

    /// Resolves all candidates in order.
    pub fn run(mut self, cands: &[Cand]) -> Vec<TimeExpr> {
        let mut outs: Vec<Option<Out>> = Vec::with_capacity(cands.len());
        for c in cands {
            self.cur_sent = self.scan.toks.get(c.s).map_or(0, |t| t.sent);
            let o = if matches!(c.sem, Sem::Time { .. }) {
                None
            } else {
                self.one(c)
            };
            if let Some(o) = &o {
                if let Some(d) = o.day {
                    self.narr = Some((d, self.cur_sent));
                }
                if o.kind == TimeKind::Date {
                    if let Some(ym) = year_month_of(&o.value) {
                        self.narr_ym = Some(ym);
                    }
                }
            }
            outs.push(o);
        }
        // Clock times, attached to a neighbouring resolved day.
        for (idx, c) in cands.iter().enumerate() {
            if let Sem::Time { h, min } = c.sem {
                let t = format!("T{h:02}:{min:02}");
                let mut attached = None;
                let prev = idx
                    .checked_sub(1)
                    .and_then(|p| cands.get(p).zip(outs.get(p)));
                if let Some((pc, Some(po))) = prev {
                    if po.day.is_some()
                        && c.s >= pc.e
                        && c.s - pc.e <= 3
                        && self.same_sentence(pc.e.saturating_sub(1), c.s)
                    {
                        attached = po.day;
                    }
                }
                if attached.is_none() {
                    if let Some((nc, Some(no))) = cands.get(idx + 1).zip(outs.get(idx + 1)) {
                        if no.day.is_some()
                            && nc.s >= c.e
                            && nc.s - c.e <= 3
                            && self.same_sentence(c.e.saturating_sub(1), nc.s)
                        {
                            attached = no.day;
                        }
                    }
                }
                let o = match attached {
                    Some(d) => Out {
                        value: format!("{}{}", ymd(d), t),
                        kind: TimeKind::Time,
                        anchor: Anchor::Absolute,
                        why: format!(
                            "clock time {h:02}:{min:02} on the day named next to it, {}",
                            fmt_date(d)
                        ),
                        day: None,
                    },
                    None => Out {
                        value: t,
                        kind: TimeKind::Time,
                        anchor: Anchor::Absolute,
                        why: format!("clock time {h:02}:{min:02}, day not given"),
                        day: None,
                    },
                };
                if let Some(slot) = outs.get_mut(idx) {
                    *slot = Some(o);
                }
            }
        }
        let mut res = Vec::with_capacity(cands.len());
        for (c, o) in cands.iter().zip(outs) {
            let Some(o) = o else { continue };
            let (start, end) = self.scan.span(c);
            let text = self.scan.text.get(start..end).unwrap_or("");
            if start >= end {
                continue;
            }
            // "{text} → {value}: {why}", without the formatting machinery
            let mut explanation =
                String::with_capacity(text.len() + o.value.len() + o.why.len() + 7);
            explanation.push_str(text);
            explanation.push_str(" → ");
            explanation.push_str(&o.value);
            explanation.push_str(": ");
            explanation.push_str(&o.why);
            res.push(TimeExpr {
                start,
                end,
                value: o.value,
                kind: o.kind,
                anchor: o.anchor,
                explanation,
            });
        }
        res
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.scan.toks.get(a), self.scan.toks.get(b)) {
            (Some(x), Some(y)) => x.sent == y.sent && x.line == y.line,
            _ => false,
        }
    }

    /// The clause tense, with weak future hints counted as unknown.
    fn tense(&self, c: &Cand) -> Tense {
        match self.scan.tense(c.s, c.e) {
            Tense::WeakFuture => Tense::Unknown,
            t => t,
        }
    }

    fn one(&self, c: &Cand) -> Option<Out> {
        let dct = self.dct;
        let abs = |value: String, why: String, day: Option<Date>| Out {
            value,
            kind: TimeKind::Date,
            anchor: Anchor::Absolute,
            why,
            day,
        };
        let rel = |value: String, why: String, day: Option<Date>| Out {
            value,
            kind: TimeKind::Date,
            anchor: Anchor::Dct,
            why,
            day,
        };
        match c.sem {
            Sem::Date {
                y: Some(y),
                m: Some(m),
                d: Some(d),
                wd,
                ..
            } => {
                let date = make_date(y, m, d)?;
                let mut why = "a full date as written".to_string();
                if let Some(w) = wd {
                    if date.weekday().to_monday_one_offset() as u8 != w {
                        why = format!(
                            "a full date as written (the text says {}, the calendar says {})",
                            weekday_name(w),
                            fmt_date(date)
                        );
                    }
                }
                Some(abs(ymd(date), why, Some(date)))
            }
            Sem::Date {
                y: Some(y),
                m: Some(m),
                d: None,
                ..
            } => Some(abs(
                format!("{y:04}-{m:02}"),
                format!("{} {y} as written", month_name(m)),
                None,
            )),
            Sem::Date {
                y: Some(y),
                m: None,
                ..
            } => Some(abs(
                format!("{y:04}"),
                "a year as written".to_string(),
                None,
            )),
            Sem::Date {
                y: None,
                m: Some(m),
                d: Some(d),
                yrel,
                ..
            } => {
                let Some(dct) = dct else {
                    return Some(rel(
                        format!("XXXX-{m:02}-{d:02}"),
                        format!(
                            "day and month as written; {}, so the year is unknown",
                            self.dct_desc()
                        ),
                        None,
                    ));
                };
                let dy = i32::from(dct.year());
                if let Some(r) = yrel {
                    let date = make_date(dy + r, m, d)?;
                    let which = match r {
                        -1 => "last year",
                        0 => "this year",
                        _ => "next year",
                    };
                    return Some(rel(
                        ymd(date),
                        format!(
                            "{d} {} of {which}, counted from {}",
                            month_name(m),
                            self.dct_desc()
                        ),
                        Some(date),
                    ));
                }
                let t = self.tense(c);
                let cands: Vec<Date> = [dy - 1, dy, dy + 1]
                    .iter()
                    .filter_map(|&y| make_date(y, m, d))
                    .collect();
                let pick = match t {
                    Tense::Past => cands.iter().rev().find(|x| **x <= dct).copied(),
                    Tense::Future => cands.iter().find(|x| **x >= dct).copied(),
                    _ => {
                        // past unless a future date is much nearer (within 60 days)
                        let past = cands.iter().rev().find(|x| **x <= dct).copied();
                        let fut = cands.iter().find(|x| **x > dct).copied();
                        match (past, fut) {
                            (Some(p), Some(f)) => {
                                let (dp, df) = (span_days(p, dct), span_days(dct, f));
                                if df <= 60 && df < dp {
                                    Some(f)
                                } else {
                                    Some(p)
                                }
                            }
                            (p, f) => p.or(f),
                        }
                    }
                }?;
                let how = match t {
                    Tense::Past => format!(
                        "the most recent {d} {} on or before {}, past tense",
                        month_name(m),
                        self.dct_desc()
                    ),
                    Tense::Future => format!(
                        "the next {d} {} on or after {}, future tense",
                        month_name(m),
                        self.dct_desc()
                    ),
                    _ => format!(
                        "the {d} {} nearest to {} (past unless the coming one is close)",
                        month_name(m),
                        self.dct_desc()
                    ),
                };
                Some(rel(
                    ymd(pick),
                    format!("day and month as written; {how}"),
                    Some(pick),
                ))
            }
            Sem::Date {
                y: None,
                m: Some(m),
                d: None,
                yrel,
                dir,
                ..
            } => {
                let Some(dct) = dct else {
                    return Some(rel(
                        format!("XXXX-{m:02}"),
                        format!(
                            "{} without a year; {}, so the year is unknown",
                            month_name(m),
                            self.dct_desc()
                        ),
                        None,
                    ));
                };
                let (y, why) = self.month_year(c, dct, m, yrel, dir);
                Some(rel(
                    format!("{y:04}-{m:02}"),
                    format!("{} {why}", month_name(m)),
                    None,
                ))
            }
            Sem::Date {
                y: None,
                m: None,
                d: Some(d),
                ..
            } => {
                let Some(dct) = dct else {
                    return Some(rel(
                        format!("XXXX-XX-{d:02}"),
                        format!("day {d} of a month not named; {}", self.dct_desc()),
                        None,
                    ));
                };
                let t = self.tense(c);
                let (y, m) = (i32::from(dct.year()), i32::from(dct.month()));
                let pick = if t == Tense::Future {
                    (0..3)
                        .filter_map(|o| {
                            let (yy, mm) = month_shift(y, m, o);
                            make_date(yy, mm as u8, d)
                        })
                        .find(|x| *x >= dct)
                } else {
                    (0..3)
                        .filter_map(|o| {
                            let (yy, mm) = month_shift(y, m, -o);
                            make_date(yy, mm as u8, d)
                        })
                        .find(|x| *x <= dct)
                }?;
                let how = if t == Tense::Future {
                    "the next"
                } else {
                    "the most recent"
                };
                Some(rel(
                    ymd(pick),
                    format!("{how} day {d} of a month, counted from {}", self.dct_desc()),
                    Some(pick),
                ))
            }
            Sem::Date { .. } => None,
            Sem::Part {
                part,
                y,
                m,
                yrel,
                unit,
                dir,
            } => {
                let pw = part_word(part);
                match (y, m) {
                    (Some(y), Some(m)) => Some(abs(format!("{y:04}-{m:02}"), format!("{pw} {} {y}: the value is the month, the text narrows it to its {pw} part", month_name(m)), None)),
                    (Some(y), None) => Some(abs(format!("{y:04}"), format!("{pw} {y}: the value is the year, the text narrows it to its {pw} part"), None)),
                    (None, Some(m)) => {
                        let Some(dct) = dct else {
                            return Some(rel(format!("XXXX-{m:02}"), format!("{pw} {}: the value is the month; {}, so the year is unknown", month_name(m), self.dct_desc()), None));
                        };
                        let (y, why) = self.month_year(c, dct, m, yrel, dir);
                        Some(rel(format!("{y:04}-{m:02}"), format!("{pw} {} {why}: the value is the month, narrowed to its {pw} part", month_name(m)), None))
                    }
                    (None, None) => {
                        let off = yrel.unwrap_or(0);
                        let Some(dct) = dct else {
                            let v = if unit == Unit::Month { "XXXX-XX" } else { "XXXX" };
                            return Some(rel(v.to_string(), format!("{pw} part of a {} relative to the document date; {}", unit_word(unit, 1), self.dct_desc()), None));
                        };
                        if unit == Unit::Month {
                            let (yy, mm) = month_shift(i32::from(dct.year()), i32::from(dct.month()), off);
                            Some(rel(format!("{yy:04}-{mm:02}"), format!("{pw} part of {} {}", rel_word(off, "month"), self.dct_desc()), None))
                        } else {
                            let yy = i32::from(dct.year()) + off;
                            Some(rel(format!("{yy:04}"), format!("{pw} part of {} {}", rel_word(off, "year"), self.dct_desc()), None))
                        }
                    }
                }
            }
            Sem::Decade(d) => Some(abs(
                format!("{d:03}"),
                format!("the decade {}0–{}9", d, d),
                None,
            )),
            Sem::Century(cc) => Some(abs(
                format!("{cc:02}"),
                format!("the century {}00–{}99", cc, cc),
                None,
            )),
            Sem::Season { s, y, yrel, dir } => {
                let (code, name) = season_code(s);
                if let Some(y) = y {
                    return Some(abs(
                        format!("{y:04}-{code}"),
                        format!("{name} {y} as written"),
                        None,
                    ));
                }
                let Some(dct) = dct else {
                    return Some(rel(
                        format!("XXXX-{code}"),
                        format!("{name} without a year; {}", self.dct_desc()),
                        None,
                    ));
                };
                let dy = i32::from(dct.year());
                let dm = i32::from(dct.month());
                let start = match s {
                    Season::Spring => 3,
                    Season::Summer => 6,
                    Season::Autumn => 9,
                    Season::Winter => 12,
                };
                let (yy, why) = if let Some(r) = yrel {
                    (
                        dy + r,
                        format!("{name} of {} {}", rel_word(r, "year"), self.dct_desc()),
                    )
                } else {
                    // The season's year as the year it starts in; winter in Jan/Feb belongs to the year before.
                    let current = if s == Season::Winter && dm <= 2 {
                        dy - 1
                    } else {
                        dy
                    };
                    let begun = if s == Season::Winter {
                        dm >= 12 || dm <= 2
                    } else {
                        dm >= start
                    };
                    match dir {
                        Dir::Last => (
                            if begun && dm > start + 2 {
                                current
                            } else {
                                current - 1
                            },
                            format!("the last {name} before {}", self.dct_desc()),
                        ),
                        Dir::Next => (
                            if begun { current + 1 } else { current },
                            format!("the next {name} after {}", self.dct_desc()),
                        ),
                        Dir::This => (
                            current,
                            format!("this {name}, the one of {}", self.dct_desc()),
                        ),
                        Dir::Auto => {
                            let t = self.tense(c);
                            if t == Tense::Past && !begun {
                                (
                                    current - 1,
                                    format!(
                                        "the most recent {name} before {}, past tense",
                                        self.dct_desc()
                                    ),
                                )
                            } else {
                                (
                                    current,
                                    format!("the {name} of the year of {}", self.dct_desc()),
                                )
                            }
                        }
                    }
                };
                Some(rel(format!("{yy:04}-{code}"), why, None))
            }
            Sem::Quarter {
                q,
                y,
                yrel,
                dir,
                half,
            } => {
                let (letter, name) = if half {
                    ('H', "half")
                } else {
                    ('Q', "quarter")
                };
                if let Some(y) = y {
                    return Some(abs(
                        format!("{y:04}-{letter}{q}"),
                        format!("{name} {q} of {y} as written"),
                        None,
                    ));
                }
                let Some(dct) = dct else {
                    return Some(rel(
                        format!("XXXX-{letter}{q}"),
                        format!("{name} {q} without a year; {}", self.dct_desc()),
                        None,
                    ));
                };
                let dy = i32::from(dct.year());
                let cur_q = if half {
                    (i32::from(dct.month()) - 1) / 6 + 1
                } else {
                    (i32::from(dct.month()) - 1) / 3 + 1
                };
                let yy = match (yrel, dir) {
                    (Some(r), _) => dy + r,
                    (None, Dir::Last) => {
                        if i32::from(q) < cur_q {
                            dy
                        } else {
                            dy - 1
                        }
                    }
                    (None, Dir::Next) => {
                        if i32::from(q) > cur_q {
                            dy
                        } else {
                            dy + 1
                        }
                    }
                    _ => {
                        if self.tense(c) == Tense::Past && i32::from(q) > cur_q {
                            dy - 1
                        } else {
                            dy
                        }
                    }
                };
                Some(rel(
                    format!("{yy:04}-{letter}{q}"),
                    format!("{name} {q}, year from {}", self.dct_desc()),
                    None,
                ))
            }
            Sem::RelDay { off, pod } => {
                let what = match off {
                    0 => "today".to_string(),
                    -1 => "yesterday".to_string(),
                    1 => "tomorrow".to_string(),
                    -2 => "the day before yesterday".to_string(),
                    2 => "the day after tomorrow".to_string(),
                    n => format!("{n} days from the document date"),
                };
                let pw = pod
                    .map(|p| format!(" ({})", pod_word(p)))
                    .unwrap_or_default();
                let Some(dct) = dct else {
                    return Some(rel(
                        "XXXX-XX-XX".to_string(),
                        format!("{what}{pw}; {}, so the day is unknown", self.dct_desc()),
                        None,
                    ));
                };
                let d = add_days(dct, i64::from(off))?;
                Some(rel(
                    ymd(d),
                    format!("{what}{pw}, counted from {}", self.dct_desc()),
                    Some(d),
                ))
            }
            Sem::Weekday {
                wd,
                dir,
                pod,
                night,
                week_off,
            } => {
                let name = weekday_name(wd);
                let pw = match (night, pod) {
                    (true, _) => format!(" (the night before {name})"),
                    (false, Some(p)) => format!(" ({})", pod_word(p)),
                    _ => String::new(),
                };
                let Some(dct) = dct else {
                    return Some(rel(
                        format!("XXXX-WXX-{wd}"),
                        format!("a {name}{pw}; {}, so the week is unknown", self.dct_desc()),
                        None,
                    ));
                };
                let dwd = dct.weekday().to_monday_one_offset() as i64;
                let w = i64::from(wd);
                let back = (dwd - w).rem_euclid(7);
                let fwd = (w - dwd).rem_euclid(7);
                let (d, why) = if let Some(o) = week_off {
                    // "Friday last week": the weekday in the week o weeks from the dct's ISO week.
                    let monday = add_days(dct, -(dwd - 1) + 7 * i64::from(o))?;
                    let d = add_days(monday, w - 1)?;
                    (
                        d,
                        format!("the {name} of {} {}", rel_word(o, "week"), self.dct_desc()),
                    )
                } else {
                    match dir {
                        Dir::Last => {
                            let b = if back == 0 { 7 } else { back };
                            (
                                add_days(dct, -b)?,
                                format!("the last {name} before {}", self.dct_desc()),
                            )
                        }
                        Dir::Next => {
                            let f = if fwd == 0 { 7 } else { fwd };
                            (
                                add_days(dct, f)?,
                                format!("the next {name} after {}", self.dct_desc()),
                            )
                        }
                        Dir::This | Dir::Auto => {
                            let t = self.scan.tense(c.s, c.e);
                            if matches!(t, Tense::Future | Tense::WeakFuture) {
                                (
                                    add_days(dct, fwd)?,
                                    format!(
                                        "the {name} on or after {}, {}",
                                        self.dct_desc(),
                                        tense_word(t)
                                    ),
                                )
                            } else if back == 0 {
                                (dct, format!("{} is itself a {name}", self.dct_desc()))
                            } else if t == Tense::Until && fwd < back {
                                // "extended until Thursday" in a Wednesday's report
                                (
                                    add_days(dct, fwd)?,
                                    format!(
                                        "the {name} nearest to {}, {}",
                                        self.dct_desc(),
                                        tense_word(t)
                                    ),
                                )
                            } else {
                                (
                                    add_days(dct, -back)?,
                                    format!(
                                        "the {name} before {}, {}",
                                        self.dct_desc(),
                                        tense_word(t)
                                    ),
                                )
                            }
                        }
                    }
                };
                Some(rel(ymd(d), format!("{why}{pw}"), Some(d)))
            }
            Sem::RelUnit { unit, off, note } => {
                let Some(dct) = dct else {
                    let v = match unit {
                        Unit::Week => "XXXX-WXX",
                        Unit::Month => "XXXX-XX",
                        _ => "XXXX",
                    };
                    return Some(rel(
                        v.to_string(),
                        format!(
                            "{} the document date; {}",
                            rel_word(off, unit_word(unit, 1).as_str()),
                            self.dct_desc()
                        ),
                        None,
                    ));
                };
                let note = if note.is_empty() {
                    String::new()
                } else {
                    format!(" ({note})")
                };
                match unit {
                    Unit::Week => {
                        let d = add_days(dct, 7 * i64::from(off))?;
                        Some(rel(
                            week_value(d),
                            format!(
                                "{} {}{note} (ISO week)",
                                rel_word(off, "week"),
                                self.dct_desc()
                            ),
                            None,
                        ))
                    }
                    Unit::Month => {
                        let (y, m) =
                            month_shift(i32::from(dct.year()), i32::from(dct.month()), off);
                        Some(rel(
                            format!("{y:04}-{m:02}"),
                            format!("{} {}{note}", rel_word(off, "month"), self.dct_desc()),
                            None,
                        ))
                    }
                    _ => {
                        let y = i32::from(dct.year()) + off;
                        Some(rel(
                            format!("{y:04}"),
                            format!("{} {}{note}", rel_word(off, "year"), self.dct_desc()),
                            None,
                        ))
                    }
                }
            }
            Sem::Weekend { dir } => {
                let Some(dct) = dct else {
                    return Some(rel(
                        "XXXX-WXX-WE".to_string(),
                        format!("a weekend; {}", self.dct_desc()),
                        None,
                    ));
                };
                let dwd = dct.weekday().to_monday_one_offset() as i64;
                let in_weekend = dwd >= 6;
                let off = match dir {
                    // the weekend before this one, even on a Saturday or Sunday
                    Dir::Last => -1,
                    Dir::Next => {
                        if in_weekend {
                            1
                        } else {
                            0
                        }
                    }
                    Dir::This => 0,
                    Dir::Auto => {
                        if self.tense(c) == Tense::Future || in_weekend {
                            0
                        } else {
                            -1
                        }
                    }
                };
                let d = add_days(dct, 7 * off)?;
                Some(rel(
                    format!("{}-WE", week_value(d)),
                    format!(
                        "the weekend of {} {}",
                        rel_word(off as i32, "week"),
                        self.dct_desc()
                    ),
                    None,
                ))
            }
            Sem::Ago { n, unit, sign } => {
                let n = i64::from(n);
                let dir_w = if sign < 0 { "ago" } else { "ahead" };
                let Some(dct) = dct else {
                    let v = match unit {
                        Unit::Day => "XXXX-XX-XX",
                        Unit::Week => "XXXX-WXX",
                        Unit::Month => "XXXX-XX",
                        _ => "XXXX",
                    };
                    return Some(rel(
                        v.to_string(),
                        format!("{n} {} {dir_w}; {}", unit_word(unit, n), self.dct_desc()),
                        None,
                    ));
                };
                let why = format!(
                    "{n} {} {dir_w}, counted from {}",
                    unit_word(unit, n),
                    self.dct_desc()
                );
                match unit {
                    Unit::Day => {
                        let d = add_days(dct, i64::from(sign) * n)?;
                        Some(rel(ymd(d), why, Some(d)))
                    }
                    Unit::Week => {
                        let d = add_days(dct, i64::from(sign) * 7 * n)?;
                        Some(rel(week_value(d), why, None))
                    }
                    Unit::Month => {
                        let (y, m) = month_shift(
                            i32::from(dct.year()),
                            i32::from(dct.month()),
                            sign * n as i32,
                        );
                        Some(rel(format!("{y:04}-{m:02}"), why, None))
                    }
                    Unit::Year => Some(rel(
                        format!("{:04}", i32::from(dct.year()) + sign * n as i32),
                        why,
                        None,
                    )),
                    _ => None,
                }
            }
            Sem::Narr { n, unit } => {
                // "la veille", "am Vortag", "the day before": the narrative date only
                // when it was named in the same sentence; otherwise the day before the dct.
                let narr_day = match self.narr {
                    Some((d, sent))
                        if !(n == -1
                            && unit == Unit::Day
                            && sent != self.cur_sent
                            && dct.is_some()) =>
                    {
                        Some(d)
                    }
                    _ => None,
                };
                let unresolved = |unit: Unit| {
                    let v = match unit {
                        Unit::Day => "XXXX-XX-XX",
                        Unit::Week => "XXXX-WXX",
                        Unit::Month => "XXXX-XX",
                        _ => "XXXX",
                    };
                    Some(Out { value: v.to_string(), kind: TimeKind::Date, anchor: Anchor::Narrative, why: "relative to an earlier date, but the text gives none and there is no document date".to_string(), day: None })
                };
                let what = match n {
                    0 => format!("the same {} as", unit_word(unit, 1)),
                    1 => format!("the {} after", unit_word(unit, 1)),
                    -1 => format!("the {} before", unit_word(unit, 1)),
                    n if n > 0 => format!("{n} {} after", unit_word(unit, i64::from(n))),
                    n => format!("{} {} before", -n, unit_word(unit, i64::from(n))),
                };
                match unit {
                    Unit::Day | Unit::Week => {
                        let (base, anchor, from) = match (narr_day, dct) {
                            (Some(d), _) => (
                                d,
                                Anchor::Narrative,
                                format!("the date mentioned before it, {}", fmt_date(d)),
                            ),
                            (None, Some(d)) => (d, Anchor::Dct, self.dct_desc().to_string()),
                            (None, None) => return unresolved(unit),
                        };
                        let why = format!("{what} {from}");
                        if unit == Unit::Day {
                            let d = add_days(base, i64::from(n))?;
                            Some(Out {
                                value: ymd(d),
                                kind: TimeKind::Date,
                                anchor,
                                why,
                                day: Some(d),
                            })
                        } else {
                            let d = add_days(base, 7 * i64::from(n))?;
                            Some(Out {
                                value: week_value(d),
                                kind: TimeKind::Date,
                                anchor,
                                why,
                                day: None,
                            })
                        }
                    }
                    Unit::Month | Unit::Year => {
                        let base: Option<(i32, Option<u8>, Anchor, String)> =
                            match (self.narr_ym, narr_day, dct) {
                                (Some((y, m)), _, _) => Some((
                                    y,
                                    m,
                                    Anchor::Narrative,
                                    "the date mentioned before it".to_string(),
                                )),
                                (None, Some(d), _) => Some((
                                    i32::from(d.year()),
                                    Some(d.month() as u8),
                                    Anchor::Narrative,
                                    format!("the date mentioned before it, {}", fmt_date(d)),
                                )),
                                (None, None, Some(d)) => Some((
                                    i32::from(d.year()),
                                    Some(d.month() as u8),
                                    Anchor::Dct,
                                    self.dct_desc().to_string(),
                                )),
                                _ => None,
                            };
                        let Some((y, m, anchor, from)) = base else {
                            return unresolved(unit);
                        };
                        let why = format!("{what} {from}");
                        if unit == Unit::Year {
                            Some(Out {
                                value: format!("{:04}", y + n),
                                kind: TimeKind::Date,
                                anchor,
                                why,
                                day: None,
                            })
                        } else {
                            let m = m?;
                            let (yy, mm) = month_shift(y, i32::from(m), n);
                            Some(Out {
                                value: format!("{yy:04}-{mm:02}"),
                                kind: TimeKind::Date,
                                anchor,
                                why,
                                day: None,
                            })
                        }
                    }
                    _ => None,
                }
            }
            Sem::Time { .. } => None,
            Sem::Duration { n, unit } => {
                let q = n.map_or("X".to_string(), |n| n.to_string());
                let v = match unit {
                    Unit::Minute => format!("PT{q}M"),
                    Unit::Hour => format!("PT{q}H"),
                    Unit::Day => format!("P{q}D"),
                    Unit::Week => format!("P{q}W"),
                    Unit::Month => format!("P{q}M"),
                    Unit::Year => format!("P{q}Y"),
                    Unit::Decade => format!("P{q}DE"),
                    Unit::Century => format!("P{q}CE"),
                };
                let why = match n {
                    Some(n) => format!("a duration of {n} {}", unit_word(unit, i64::from(n))),
                    None => format!("a duration of several {}", unit_word(unit, 2)),
                };
                Some(Out {
                    value: v,
                    kind: TimeKind::Duration,
                    anchor: Anchor::Absolute,
                    why,
                    day: None,
                })
            }
            Sem::Set { n, unit, wd } => {
                if let Some(w) = wd {
                    return Some(Out {
                        value: format!("XXXX-WXX-{w}"),
                        kind: TimeKind::Set,
                        anchor: Anchor::Absolute,
                        why: format!("every {}", weekday_name(w)),
                        day: None,
                    });
                }
                let v = match unit {
                    Unit::Minute => format!("PT{n}M"),
                    Unit::Hour => format!("PT{n}H"),
                    Unit::Day => format!("P{n}D"),
                    Unit::Week => format!("P{n}W"),
                    Unit::Month => format!("P{n}M"),
                    Unit::Year => format!("P{n}Y"),
                    Unit::Decade => format!("P{n}DE"),
                    Unit::Century => format!("P{n}CE"),
                };
                let why = if n == 1 {
                    format!("every {}", unit_word(unit, 1))
                } else {
                    format!("every {n} {}", unit_word(unit, i64::from(n)))
                };
                Some(Out {
                    value: v,
                    kind: TimeKind::Set,
                    anchor: Anchor::Absolute,
                    why,
                    day: None,
                })
            }
        }
    }

    /// The year of a month named without one.
    fn month_year(&self, c: &Cand, dct: Date, m: u8, yrel: Option<i32>, dir: Dir) -> (i32, String) {
        let dy = i32::from(dct.year());
        let dm = dct.month() as u8;
        if let Some(r) = yrel {
            return (
                dy + r,
                format!("{}: {} {}", dy + r, rel_word(r, "year"), self.dct_desc()),
            );
        }
        match dir {
            Dir::Last => {
                let y = if m < dm { dy } else { dy - 1 };
                (
                    y,
                    format!("{y}: the last {} before {}", month_name(m), self.dct_desc()),
                )
            }
            Dir::Next => {
                let y = if m > dm { dy } else { dy + 1 };
                (
                    y,
                    format!("{y}: the next {} after {}", month_name(m), self.dct_desc()),
                )
            }
            Dir::This => (dy, format!("{dy}: the year of {}", self.dct_desc())),
            Dir::Auto => {
                let t = self.tense(c);
                let y = match t {
                    Tense::Past => {
                        if m <= dm {
                            dy
                        } else {
                            dy - 1
                        }
                    }
                    Tense::Future => {
                        if m >= dm {
                            dy
                        } else {
                            dy + 1
                        }
                    }
                    _ => {
                        // past, unless the month is at most two months ahead
                        let diff = i32::from(m) - i32::from(dm);
                        if diff <= 2 {
                            dy
                        } else {
                            dy - 1
                        }
                    }
                };
                let how = match t {
                    Tense::Past => format!(
                        "the most recent {} up to {}, past tense",
                        month_name(m),
                        self.dct_desc()
                    ),
                    Tense::Future => format!(
                        "the next {} from {}, future tense",
                        month_name(m),
                        self.dct_desc()
                    ),
                    _ => format!(
                        "the {} nearest to {} (past unless at most two months ahead)",
                        month_name(m),
                        self.dct_desc()
                    ),
                };
                (y, format!("{y}: {how}"))
            }
        }
    }
}

/// "the month of", "the year before that of", "2 weeks after that of".
fn rel_word(off: i32, unit: &str) -> String {
    let unit = if unit.is_empty() { "period" } else { unit };
    match off {
        0 => format!("the {unit} of"),
        -1 => format!("the {unit} before that of"),
        1 => format!("the {unit} after that of"),
        n if n < 0 => format!("{} {unit}s before that of", -n),
        n => format!("{n} {unit}s after that of"),
    }
}

/// Year and month of a TIMEX value such as `2024`, `2024-11` or `2024-11-27`.
fn year_month_of(v: &str) -> Option<(i32, Option<u8>)> {
    let y: i32 = v.get(0..4)?.parse().ok()?;
    if v.len() == 4 {
        return Some((y, None));
    }
    if v.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    let m: Option<u8> = v
        .get(5..7)
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m));
    Some((y, m))
}

fn span_days(a: Date, b: Date) -> i64 {
    // days from a to b
    let f = |d: Date| -> i64 {
        // days since civil epoch (Howard Hinnant's algorithm)
        let y = i64::from(d.year()) - i64::from(d.month() <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(d.month());
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day()) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    };
    f(b) - f(a)
}
