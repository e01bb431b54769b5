//! Timeline layout: events into lanes (per actor, place or event type),
//! marks positioned by a [`TimeScale`], stacked so they never overlap, and
//! crowded points clustered.

use std::collections::{BTreeMap, HashMap, HashSet};

use atlas_engine::Analysis;

use crate::layout::colors::{event_type_label, EventClass};
use crate::layout::lanes::stack;
use crate::layout::time::{interval, Precision, TimeScale};

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LaneMode {
    /// One lane per actor (an event appears in each of its actors' lanes).
    Actor,
    /// One lane per place.
    Place,
    /// One lane per event type.
    Type,
}

impl LaneMode {
    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            LaneMode::Actor => "actor",
            LaneMode::Place => "place",
            LaneMode::Type => "type",
        }
    }
}

/// Pixel sizes of the layout.
pub const ROW_H: f64 = 20.0;
/// Room above a lane's first row of marks (its title sits beside that row,
/// in the gutter, not above it).
pub const LANE_HEAD: f64 = 2.0;
/// The baseline of a lane's title, from the lane's top: level with the
/// middle of its first row.
pub const TITLE_BASELINE: f64 = LANE_HEAD + ROW_H / 2.0 + 4.0;
/// Width given to a point mark when stacking.
pub const POINT_W: f64 = 12.0;
/// A group of at least this many points within `CLUSTER_PX` becomes one cluster.
pub const CLUSTER_MIN: usize = 4;
/// Points closer than this to their neighbour chain into a cluster (at most four times this wide).
pub const CLUSTER_PX: f64 = 10.0;

/// A lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Key (actor id, place id or type).
    pub key: String,
    /// Title.
    pub label: String,
    /// Top in pixels.
    pub y: f64,
    /// Height in pixels.
    pub height: f64,
    /// Number of events in the lane.
    pub count: usize,
    /// Collapsed lanes show only their title.
    pub collapsed: bool,
}

/// A mark: one event (or a cluster of events) in one lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The events it stands for (one unless clustered).
    pub events: Vec<String>,
    /// The lane key.
    pub lane: String,
    /// Left edge (bands) or centre (points), pixels.
    pub x0: f64,
    /// Right edge, pixels (equal to `x0` for points).
    pub x1: f64,
    /// Centre line, pixels.
    pub y: f64,
    /// Drawn as a band (year, month … precision).
    pub band: bool,
    /// The event class (of the first event).
    pub class: EventClass,
    /// PLOVER type (of the first event).
    pub kind: String,
    /// TIMEX value (of the first event).
    pub date: String,
    /// Place id (of the first event).
    pub place: Option<String>,
    /// Every event carries the first one's date: zooming in cannot split
    /// the mark (a click lists a cluster of them instead).
    pub one_date: bool,
    /// Every event of it is negated in the text ("did not attack"): drawn
    /// hollow, as what did not happen.
    pub negated: bool,
}

/// The whole timeline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineLayout {
    /// Lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// Marks.
    pub marks: Vec<Mark>,
    /// Events with no resolvable date: listed apart.
    pub undated: Vec<String>,
    /// Total height in pixels.
    pub height: f64,
}

/// The full extent (day numbers) of the dated events, for "fit all".
pub fn extent<'a>(
    a: &'a Analysis,
    visible: &'a HashSet<String>,
) -> impl Iterator<Item = (f64, f64)> + 'a {
    a.events
        .iter()
        .filter(|e| visible.contains(&e.id))
        .filter_map(|e| e.date.as_deref().and_then(interval))
        .map(|(s, t, _)| (s, t))
}

/// The span the timeline opens on: the news of the dispatches, not decades
/// of background. `events` are the visible events' intervals (day numbers),
/// `anchors` the dispatches' dates.
///
/// The core is the span of the dispatches' dates (or, without them or when
/// no news lies near them, the shortest span holding a quarter of the
/// events); it grows by every event within `max(FOCUS_REACH_DAYS, half the
/// core)` of it. The focus is that group's extent, padded. `None` (show
/// everything) when the group holds less than a quarter of the events, when
/// there are too few events to judge, or when everything would fit in
/// little more room anyway.
pub fn focus_span(events: &[(f64, f64)], anchors: &[f64]) -> Option<(f64, f64)> {
    let ok: Vec<(f64, f64)> = events
        .iter()
        .copied()
        .filter(|(s, t)| s.is_finite() && t.is_finite() && t >= s)
        .collect();
    if ok.len() < FOCUS_MIN_EVENTS {
        return None;
    }
    let lo = ok.iter().map(|e| e.0).fold(f64::INFINITY, f64::min);
    let hi = ok.iter().map(|e| e.1).fold(f64::NEG_INFINITY, f64::max);
    let anchors: Vec<f64> = anchors.iter().copied().filter(|a| a.is_finite()).collect();
    let mut centres: Vec<f64> = ok.iter().map(|(s, t)| (s + t) / 2.0).collect();
    centres.sort_by(f64::total_cmp);
    // A group needs a quarter of the events (and at least three).
    let need = centres.len().div_ceil(4).max(3);
    // The shortest span holding that many events (the latest of equals: news is recent).
    let shortest = || -> (f64, f64) {
        let mut best = (centres[0], centres[centres.len() - 1]);
        for i in 0..=centres.len() - need {
            let (a, b) = (centres[i], centres[i + need - 1]);
            if b - a <= best.1 - best.0 {
                best = (a, b);
            }
        }
        best
    };
    let grow = |core: (f64, f64)| -> Option<(f64, f64)> {
        let reach = FOCUS_REACH_DAYS.max((core.1 - core.0) / 2.0);
        let (w0, w1) = (core.0 - reach, core.1 + reach);
        let inside: Vec<&(f64, f64)> = ok
            .iter()
            .filter(|(s, t)| (s + t) / 2.0 >= w0 && (s + t) / 2.0 <= w1)
            .collect();
        if inside.len() < need {
            return None;
        }
        // Long intervals (a year, a decade) count by their centre only.
        let ends = |&&(s, t): &&(f64, f64)| {
            if t - s > 2.0 * reach {
                ((s + t) / 2.0, (s + t) / 2.0)
            } else {
                (s, t)
            }
        };
        let f0 = inside.iter().map(ends).map(|e| e.0).fold(core.0, f64::min);
        let f1 = inside.iter().map(ends).map(|e| e.1).fold(core.1, f64::max);
        Some((f0, f1))
    };
    let group = if anchors.is_empty() {
        grow(shortest())
    } else {
        let a0 = anchors.iter().copied().fold(f64::INFINITY, f64::min);
        let a1 = anchors.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        // A dispatch's date is the end of its day.
        grow((a0, a1 + 1.0)).or_else(|| grow(shortest()))
    }?;
    let span = (group.1 - group.0).max(1.0);
    let pad = (span * 0.06).max(1.0);
    let focus = (group.0 - pad, group.1 + pad);
    // Worth it only when it shows the news several times larger.
    if (hi - lo) < FOCUS_GAIN * (focus.1 - focus.0) {
        return None;
    }
    Some(focus)
}

/// Fewer dated events than this: the timeline shows them all.
pub const FOCUS_MIN_EVENTS: usize = 4;
/// Events within this many days of the core join the focus.
pub const FOCUS_REACH_DAYS: f64 = 14.0;
/// The focus is used only if everything spans at least this many times more.
pub const FOCUS_GAIN: f64 = 3.0;

/// The focus of the visible events of an analysis ([`focus_span`] with the
/// dispatches' dates as anchors).
pub fn focus(a: &Analysis, visible: &HashSet<String>) -> Option<(f64, f64)> {
    let events: Vec<(f64, f64)> = extent(a, visible).collect();
    let anchors: Vec<f64> = a
        .documents
        .iter()
        .filter_map(|d| d.dct.as_deref().and_then(interval))
        .map(|(s, _, _)| s)
        .collect();
    focus_span(&events, &anchors)
}

/// How many of the events lie wholly before and wholly after the domain
/// `[d0, d1]`: the cue that there is more outside the view.
pub fn outside(events: impl IntoIterator<Item = (f64, f64)>, d0: f64, d1: f64) -> (usize, usize) {
    let (mut before, mut after) = (0, 0);
    for (s, t) in events {
        if t <= d0 {
            before += 1;
        } else if s >= d1 {
            after += 1;
        }
    }
    (before, after)
}

/// The events of one lane: (event index, start, end, precision).
type LaneItems = Vec<(usize, f64, f64, Precision)>;

/// The visible events grouped into lanes (key → title and events), and the
/// undated ones. With `actors`, an actor lane is drawn only for the actors
/// it holds (the others are filtered out: "hide people" hides their lanes,
/// not the events they share with others).
fn group(
    a: &Analysis,
    visible: &HashSet<String>,
    actors: Option<&HashSet<String>>,
    mode: LaneMode,
) -> (BTreeMap<String, (String, LaneItems)>, Vec<String>) {
    let actor_name: HashMap<&str, &str> = a
        .actors
        .iter()
        .map(|x| (x.id.as_str(), x.name.as_str()))
        .collect();
    let place_name: HashMap<&str, &str> = a
        .places
        .iter()
        .map(|x| (x.id.as_str(), x.name.as_str()))
        .collect();
    let mut undated = Vec::new();
    // lane key → (label, [(event index, start, end, precision)])
    let mut lanes: BTreeMap<String, (String, LaneItems)> = BTreeMap::new();
    for (i, e) in a.events.iter().enumerate() {
        if !visible.contains(&e.id) {
            continue;
        }
        let Some((s, t, p)) = e.date.as_deref().and_then(interval) else {
            undated.push(e.id.clone());
            continue;
        };
        let keys: Vec<(String, String)> = match mode {
            LaneMode::Actor => {
                // who takes part, not who reports it ("Reuters" gets no lane
                // of assaults), unless the event names nobody else
                let reported_only = e.actors.iter().all(|p| p.role == "reporter");
                let mut ks: Vec<(String, String)> = e
                    .actors
                    .iter()
                    .filter(|p| reported_only || p.role != "reporter")
                    .filter(|p| actors.is_none_or(|shown| shown.contains(&p.actor)))
                    .map(|p| {
                        (
                            p.actor.clone(),
                            actor_name.get(p.actor.as_str()).unwrap_or(&"?").to_string(),
                        )
                    })
                    .collect();
                ks.dedup();
                if ks.is_empty() && !e.actors.is_empty() {
                    // every participant is filtered out
                    continue;
                }
                if ks.is_empty() {
                    ks.push(("_none".into(), "No actor".into()));
                }
                ks
            }
            LaneMode::Place => match e.place.as_deref() {
                Some(p) => vec![(p.to_string(), place_name.get(p).unwrap_or(&"?").to_string())],
                None => vec![("_none".into(), "No place".into())],
            },
            LaneMode::Type => vec![(e.kind.clone(), event_type_label(&e.kind))],
        };
        for (k, label) in keys {
            lanes
                .entry(k)
                .or_insert_with(|| (label, Vec::new()))
                .1
                .push((i, s, t, p));
        }
    }
    (lanes, undated)
}

/// Each lane's title and number of events, as [`lay_out`] will make them
/// (in no particular order): what the gutter must hold, whatever the scale.
pub fn lane_heads(a: &Analysis, visible: &HashSet<String>, mode: LaneMode) -> Vec<(String, usize)> {
    lane_heads_among(a, visible, None, mode)
}

/// [`lane_heads`] of the lanes [`lay_out_among`] makes.
pub fn lane_heads_among(
    a: &Analysis,
    visible: &HashSet<String>,
    actors: Option<&HashSet<String>>,
    mode: LaneMode,
) -> Vec<(String, usize)> {
    group(a, visible, actors, mode)
        .0
        .into_values()
        .map(|(label, items)| (label, items.len()))
        .collect()
}

/// Where a lane's title starts (after its open/close toggle).
pub const TITLE_X: f64 = 18.0;
/// Room between the longest lane title and the plot.
pub const TITLE_GAP: f64 = 14.0;
/// The narrowest gutter.
pub const GUTTER_MIN: f64 = 100.0;
/// The widest gutter, and its largest share of the timeline's width.
pub const GUTTER_MAX: f64 = 260.0;
/// See [`GUTTER_MAX`].
pub const GUTTER_SHARE: f64 = 0.4;

/// A lane's title as shown: its label and its count, `Aleppo (3)`.
pub fn lane_title(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// The width of the gutter left of the plot for a timeline `width` wide
/// whose lane titles measure `title_widths`: the widest title plus
/// [`TITLE_X`] and [`TITLE_GAP`], within [`GUTTER_MIN`] and the smaller of
/// [`GUTTER_MAX`] and [`GUTTER_SHARE`] of the width (longer titles are
/// shortened by [`fit_title`]).
pub fn gutter(title_widths: impl IntoIterator<Item = f64>, width: f64) -> f64 {
    let widest = title_widths
        .into_iter()
        .filter(|w| w.is_finite())
        .fold(0.0f64, f64::max);
    let most = (width * GUTTER_SHARE).clamp(GUTTER_MIN, GUTTER_MAX);
    (widest + TITLE_X + TITLE_GAP).clamp(GUTTER_MIN, most)
}

/// A lane's title shortened (an ellipsis ends its label; the count stays)
/// to fit a gutter `gutter` wide by `measure`.
pub fn fit_title(label: &str, count: usize, gutter: f64, measure: impl Fn(&str) -> f64) -> String {
    let room = gutter - TITLE_X - TITLE_GAP;
    let full = lane_title(label, count);
    if measure(&full) <= room {
        return full;
    }
    let chars: Vec<char> = label.chars().collect();
    let cut = |n: usize| {
        let head: String = chars[..n].iter().collect();
        lane_title(&format!("{}…", head.trim_end()), count)
    };
    // the longest head that fits: a title widens with its head, so a binary
    // search finds it in a few measurements (each a call into the browser)
    let (mut lo, mut hi) = (0, chars.len().saturating_sub(1));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if measure(&cut(mid)) <= room {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo >= 1 {
        cut(lo)
    } else {
        lane_title("…", count)
    }
}

/// How many of the most active lanes are open; the others start collapsed
/// (their heads list them, a click opens one): a timeline of hundreds of
/// open lanes is neither readable nor quick to draw.
pub const OPEN_LANES: usize = 40;

/// Lays out the visible events. `toggled` holds the lanes the user opened
/// or closed against their default (the [`OPEN_LANES`] most active open).
pub fn lay_out(
    a: &Analysis,
    visible: &HashSet<String>,
    mode: LaneMode,
    scale: &TimeScale,
    toggled: &HashSet<String>,
) -> TimelineLayout {
    lay_out_among(a, visible, None, mode, scale, toggled)
}

/// [`lay_out`] with actor lanes only for the `actors` shown (all when `None`).
pub fn lay_out_among(
    a: &Analysis,
    visible: &HashSet<String>,
    actors: Option<&HashSet<String>>,
    mode: LaneMode,
    scale: &TimeScale,
    toggled: &HashSet<String>,
) -> TimelineLayout {
    let (lanes, undated) = group(a, visible, actors, mode);
    let mut out = TimelineLayout {
        undated,
        ..TimelineLayout::default()
    };
    // Most active first, then by label for a stable order.
    let mut order: Vec<(String, String, Vec<(usize, f64, f64, Precision)>)> =
        lanes.into_iter().map(|(k, (l, v))| (k, l, v)).collect();
    order.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then_with(|| a.1.cmp(&b.1)));
    let mut y = 0.0;
    for (rank, (key, label, items)) in order.into_iter().enumerate() {
        let is_collapsed = (rank >= OPEN_LANES) != toggled.contains(&key);
        if is_collapsed {
            out.lanes.push(Lane {
                key,
                label,
                y,
                height: LANE_HEAD + ROW_H + 2.0,
                count: items.len(),
                collapsed: true,
            });
            y += LANE_HEAD + ROW_H + 2.0;
            continue;
        }
        // Pixel extents; points get a fixed width for stacking.
        let mut spans: Vec<(usize, f64, f64, bool)> = items
            .iter()
            .map(|&(i, s, t, p)| {
                if p.is_band() {
                    let (x0, x1) = (scale.map(s), scale.map(t));
                    (i, x0, x1.max(x0 + 3.0), true)
                } else {
                    let x = scale.map((s + t) / 2.0);
                    (i, x, x, false)
                }
            })
            .collect();
        spans.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        // Cluster crowded points.
        let mut groups: Vec<(Vec<usize>, f64, f64, bool)> = Vec::new();
        let mut pending: Vec<(usize, f64)> = Vec::new();
        let flush = |pending: &mut Vec<(usize, f64)>,
                     groups: &mut Vec<(Vec<usize>, f64, f64, bool)>| {
            if pending.len() >= CLUSTER_MIN {
                let x = pending.iter().map(|p| p.1).sum::<f64>() / pending.len() as f64;
                groups.push((pending.iter().map(|p| p.0).collect(), x, x, false));
            } else {
                for &(i, x) in pending.iter() {
                    groups.push((vec![i], x, x, false));
                }
            }
            pending.clear();
        };
        for &(i, x0, x1, band) in &spans {
            if band {
                groups.push((vec![i], x0, x1, true));
                continue;
            }
            let breaks = match (pending.first(), pending.last()) {
                (Some(f), Some(l)) => x0 - l.1 > CLUSTER_PX || x0 - f.1 > 4.0 * CLUSTER_PX,
                _ => false,
            };
            if breaks {
                flush(&mut pending, &mut groups);
            }
            pending.push((i, x0));
        }
        flush(&mut pending, &mut groups);
        let extents: Vec<(f64, f64)> = groups
            .iter()
            .map(|g| {
                if g.3 {
                    (g.1, g.2)
                } else {
                    (g.1 - POINT_W / 2.0, g.1 + POINT_W / 2.0)
                }
            })
            .collect();
        let (rows, n_rows) = stack(&extents, 2.0);
        let height = LANE_HEAD + n_rows.max(1) as f64 * ROW_H + 4.0;
        for (g, row) in groups.into_iter().zip(rows) {
            let first = &a.events[g.0[0]];
            out.marks.push(Mark {
                events: g.0.iter().map(|&i| a.events[i].id.clone()).collect(),
                lane: key.clone(),
                x0: g.1,
                x1: g.2,
                y: y + LANE_HEAD + row as f64 * ROW_H + ROW_H / 2.0,
                band: g.3,
                class: EventClass::of(&first.kind),
                kind: first.kind.clone(),
                date: first.date.clone().unwrap_or_default(),
                place: first.place.clone(),
                one_date: !zoom_splits(
                    &g.0.iter()
                        .map(|&i| a.events[i].date.as_deref())
                        .collect::<Vec<_>>(),
                ),
                negated: g.0.iter().all(|&i| a.events[i].negated),
            });
        }
        out.lanes.push(Lane {
            key,
            label,
            y,
            height,
            count: items.len(),
            collapsed: false,
        });
        y += height;
    }
    out.height = y;
    out
}

/// What a screen reader says of a mark: "Assault, 3 Dec 2024, Hama" (the
/// type's human label, the date as given, the place when known); a cluster
/// says how many events it holds and what a click does: zoom in, or list
/// them when they share one date (`one_date`).
pub fn describe_mark(
    kind: &str,
    date: &str,
    place: Option<&str>,
    events: usize,
    one_date: bool,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if events > 1 {
        parts.push(format!(
            "{events} events, the first {}",
            event_type_label(kind)
        ));
    } else {
        parts.push(event_type_label(kind));
    }
    if !date.trim().is_empty() {
        parts.push(date.trim().to_string());
    }
    if let Some(p) = place.map(str::trim).filter(|p| !p.is_empty()) {
        parts.push(p.to_string());
    }
    let mut out = parts.join(", ");
    if events > 1 && one_date {
        out.push_str(" (click to list them)");
    } else if events > 1 {
        out.push_str(" (click to zoom in)");
    }
    out
}

/// Vertical links between the marks of one event drawn in several lanes:
/// (x, top y, bottom y) per event, in layout pixels.
pub fn links(l: &TimelineLayout) -> Vec<(f64, f64, f64)> {
    let mut by_event: BTreeMap<&str, (f64, f64, f64, usize)> = BTreeMap::new();
    for m in l.marks.iter().filter(|m| m.events.len() == 1 && !m.band) {
        let e = by_event.entry(m.events[0].as_str()).or_insert((
            m.x0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0,
        ));
        e.1 = e.1.min(m.y);
        e.2 = e.2.max(m.y);
        e.3 += 1;
    }
    by_event
        .into_values()
        .filter(|v| v.3 > 1)
        .map(|(x, y0, y1, _)| (x, y0, y1))
        .collect()
}

/// Above this many marks the timeline draws them on a canvas instead of as
/// SVG elements (thousands of SVG nodes make every pan and zoom repaint slow).
pub const DENSE_MARKS: usize = 400;

/// How far (pixels) from a point mark's centre a pointer still hits it.
pub const HIT_RADIUS: f64 = 8.0;

/// The index of the mark under the point (`x`, `y`) in layout pixels (the
/// plot's x, the lanes' y): the nearest one within reach, or `None`. A
/// cluster is hit like a slightly larger point, a band anywhere along it.
pub fn hit(marks: &[Mark], x: f64, y: f64) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, m) in marks.iter().enumerate() {
        let dy = (y - m.y).abs();
        let d = if m.band {
            if x < m.x0 - 2.0 || x > m.x1.max(m.x0 + 3.0) + 2.0 || dy > 7.0 {
                continue;
            }
            dy
        } else {
            let reach = if m.events.len() > 1 {
                HIT_RADIUS + 2.0
            } else {
                HIT_RADIUS
            };
            let d = (x - m.x0).hypot(dy);
            if d > reach {
                continue;
            }
            d
        };
        if best.is_none_or(|(_, b)| d < b) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

/// The main actors of an event as one short line, "Rebels → Syrian army":
/// its sources, an arrow, its targets (at most `max` names a side, then "+n");
/// without a source or a target, the other participants joined by commas.
/// `actors` holds (name, role) pairs in the event's order; names repeat at most once.
pub fn actor_line(actors: &[(&str, &str)], max: usize) -> String {
    fn names<'a>(actors: &[(&'a str, &str)], pick: impl Fn(&str) -> bool) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        for (n, r) in actors {
            if pick(r) && !out.contains(n) {
                out.push(n);
            }
        }
        out
    }
    fn side(v: &[&str], max: usize) -> String {
        let max = max.max(1);
        let shown = v.iter().take(max).copied().collect::<Vec<_>>().join(", ");
        if v.len() > max {
            format!("{shown} +{}", v.len() - max)
        } else {
            shown
        }
    }
    let src = names(actors, |r| r == "source");
    let tgt = names(actors, |r| r == "target");
    if !src.is_empty() && !tgt.is_empty() {
        format!("{} → {}", side(&src, max), side(&tgt, max))
    } else {
        side(&names(actors, |r| r != "reporter"), max.max(1) * 2)
    }
}

/// Whether zooming in can tell the events of a cluster apart: not when they
/// all carry the same date (a click then lists them). `dates` holds the
/// events' TIMEX values; an empty cluster is not one.
pub fn zoom_splits(dates: &[Option<&str>]) -> bool {
    match dates.first() {
        Some(first) => dates.iter().any(|d| d != first),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_splits_only_clusters_of_several_dates() {
        let cases: &[(&str, &[Option<&str>], bool)] = &[
            (
                "one day",
                &[Some("2024-12-08"), Some("2024-12-08"), Some("2024-12-08")],
                false,
            ),
            ("two days", &[Some("2024-12-08"), Some("2024-12-09")], true),
            (
                "a month and a day in it",
                &[Some("2024-12"), Some("2024-12-08")],
                true,
            ),
            ("one event", &[Some("2024-12-08")], false),
            ("empty", &[], false),
        ];
        for (name, dates, want) in cases {
            assert_eq!(zoom_splits(dates), *want, "{name}");
        }
    }

    #[test]
    fn actor_line_reads_source_to_target() {
        let a = [
            ("Rebels", "source"),
            ("Syrian army", "target"),
            ("SOHR", "reporter"),
        ];
        assert_eq!(actor_line(&a, 2), "Rebels → Syrian army");
        let many = [
            ("A", "source"),
            ("B", "source"),
            ("C", "source"),
            ("D", "target"),
            ("A", "source"),
        ];
        assert_eq!(actor_line(&many, 2), "A, B +1 → D");
        // Without a target: the participants, reporters left out.
        let talks = [
            ("Russia", "source"),
            ("Iran", "supporter"),
            ("AFP", "reporter"),
        ];
        assert_eq!(actor_line(&talks, 2), "Russia, Iran");
        assert_eq!(actor_line(&[], 2), "");
        assert_eq!(actor_line(&[("X", "reporter")], 2), "");
    }
    use atlas_engine::model::{Actor, Event, EventActor, Mention};

    fn analysis(events: &[(&str, Option<&str>, &[&str])]) -> Analysis {
        let mut a = Analysis::default();
        for id in ["a1", "a2", "a3"] {
            a.actors.push(Actor {
                id: id.into(),
                name: format!("Actor {id}"),
                kind: "state".into(),
                country: None,
                aliases: vec![],
                roles: vec![],
                mentions: vec![],
            });
        }
        for (id, date, actors) in events {
            let evidence = Mention {
                doc: "d1".into(),
                start: 0,
                end: 0,
                text: Default::default(),
            };
            a.events.push(Event {
                date: date.map(str::to_string),
                actors: actors
                    .iter()
                    .map(|x| EventActor {
                        actor: x.to_string(),
                        role: "source".into(),
                    })
                    .collect(),
                ..Event::new(*id, "ASSAULT", "attacked", evidence)
            });
        }
        a
    }

    fn all(a: &Analysis) -> HashSet<String> {
        a.events.iter().map(|e| e.id.clone()).collect()
    }

    /// 7 px a character: a stand-in for the browser's measure.
    fn seven(s: &str) -> f64 {
        s.chars().count() as f64 * 7.0
    }

    #[test]
    fn the_gutter_holds_the_widest_lane_title_clear_of_the_plot() {
        let mut a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1", "a2"]),
            ("e2", Some("2024-12-04"), &["a2"]),
        ]);
        a.actors[1].name = "Hayat Tahrir al-Sham".into();
        let vis = all(&a);
        let mut heads = lane_heads(&a, &vis, LaneMode::Actor);
        heads.sort();
        assert_eq!(
            heads,
            vec![
                ("Actor a1".to_string(), 1),
                ("Hayat Tahrir al-Sham".to_string(), 2)
            ]
        );
        // The heads are the lanes' own.
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 1000.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        let mut laid: Vec<(String, usize)> =
            l.lanes.iter().map(|x| (x.label.clone(), x.count)).collect();
        laid.sort();
        assert_eq!(laid, heads);
        let widths: Vec<f64> = heads
            .iter()
            .map(|(l, n)| seven(&lane_title(l, *n)))
            .collect();
        // "Hayat Tahrir al-Sham (2)": 24 characters, 168 px, plus its margins.
        let g = gutter(widths.clone(), 1000.0);
        assert_eq!(g, 168.0 + TITLE_X + TITLE_GAP);
        for (label, n) in &heads {
            let t = fit_title(label, *n, g, seven);
            assert_eq!(&t, &lane_title(label, *n), "fits whole");
            assert!(
                TITLE_X + seven(&t) + TITLE_GAP <= g,
                "{t} ends {TITLE_GAP} px before the plot"
            );
        }
        // Short titles: the narrowest gutter.
        assert_eq!(gutter([30.0], 1000.0), GUTTER_MIN);
        assert_eq!(gutter(Vec::<f64>::new(), 1000.0), GUTTER_MIN);
        assert_eq!(gutter([f64::NAN], 1000.0), GUTTER_MIN);
    }

    /// The search for the longest head that fits finds what trying every
    /// head from the longest down finds, for every room.
    #[test]
    fn shortened_titles_are_the_longest_that_fit() {
        let linear = |label: &str, count: usize, g: f64| -> String {
            let room = g - TITLE_X - TITLE_GAP;
            let full = lane_title(label, count);
            if seven(&full) <= room {
                return full;
            }
            let chars: Vec<char> = label.chars().collect();
            for n in (1..chars.len()).rev() {
                let head: String = chars[..n].iter().collect();
                let t = lane_title(&format!("{}…", head.trim_end()), count);
                if seven(&t) <= room {
                    return t;
                }
            }
            lane_title("…", count)
        };
        for label in [
            "Hayat Tahrir al-Sham and allied factions",
            "Forces de défense et de sécurité",
            "M23",
            "a b  c",
            "",
        ] {
            for g in (0..60).map(|k| 20.0 + k as f64 * 7.0) {
                assert_eq!(
                    fit_title(label, 7, g, seven),
                    linear(label, 7, g),
                    "{label:?} in {g} px"
                );
            }
        }
    }

    #[test]
    fn a_narrow_timeline_shortens_long_titles_and_keeps_their_counts() {
        let long = "Hayat Tahrir al-Sham and allied factions";
        let w = seven(&lane_title(long, 12));
        // At most 40 % of a 400 px timeline.
        let g = gutter([w], 400.0);
        assert_eq!(g, 160.0);
        let t = fit_title(long, 12, g, seven);
        assert!(t.ends_with("… (12)"), "{t}");
        assert!(t.starts_with("Hayat T"), "{t}");
        assert!(TITLE_X + seven(&t) + TITLE_GAP <= g, "{t}");
        // Never wider than GUTTER_MAX, however wide the timeline.
        assert_eq!(gutter([2000.0], 5000.0), GUTTER_MAX);
        // A gutter too small for anything: the count alone.
        assert_eq!(fit_title(long, 3, 40.0, seven), "… (3)");
    }

    #[test]
    fn lanes_per_actor_most_active_first_and_multi_actor_events_in_each() {
        let a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1", "a2"]),
            ("e2", Some("2015"), &["a2"]),
            ("e3", None, &["a3"]),
        ]);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 1000.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        let keys: Vec<&str> = l.lanes.iter().map(|x| x.key.as_str()).collect();
        assert_eq!(keys, vec!["a2", "a1"]);
        assert_eq!(
            l.marks
                .iter()
                .filter(|m| m.events == vec!["e1".to_string()])
                .count(),
            2
        );
        assert_eq!(l.undated, vec!["e3".to_string()]);
        let band = l.marks.iter().find(|m| m.events[0] == "e2").unwrap();
        assert!(
            band.band && band.x1 - band.x0 > 10.0,
            "a year is a band: {band:?}"
        );
    }

    #[test]
    fn who_reports_an_event_gets_no_lane_of_it_unless_nobody_else_is_named() {
        let mut a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1", "a3"]),
            ("e2", Some("2024-12-04"), &["a3"]),
        ]);
        a.events[0].actors[1].role = "reporter".into();
        a.events[1].actors[0].role = "reporter".into();
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 1000.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        let lane_of = |e: &str| -> Vec<&str> {
            l.marks
                .iter()
                .filter(|m| m.events.iter().any(|x| x == e))
                .map(|m| m.lane.as_str())
                .collect()
        };
        assert_eq!(lane_of("e1"), ["a1"], "the reporter a3 has no mark of e1");
        assert_eq!(
            lane_of("e2"),
            ["a3"],
            "reported only: in its reporter's lane"
        );
    }

    #[test]
    fn marks_in_a_lane_never_overlap() {
        let dates: Vec<String> = (1..=28).map(|d| format!("2024-11-{d:02}")).collect();
        let evs: Vec<(String, Option<&str>, &[&str])> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| (format!("e{i}"), Some(d.as_str()), &["a1"][..]))
            .collect();
        let refs: Vec<(&str, Option<&str>, &[&str])> =
            evs.iter().map(|(i, d, a)| (i.as_str(), *d, *a)).collect();
        let a = analysis(&refs);
        let vis = all(&a);
        for width in [200.0, 2000.0] {
            let scale = TimeScale::fit(extent(&a, &vis), 0.0, width);
            let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
            let covered: usize = l.marks.iter().map(|m| m.events.len()).sum();
            assert_eq!(covered, 28, "every event is drawn or clustered");
            for (i, m) in l.marks.iter().enumerate() {
                for n in &l.marks[i + 1..] {
                    if (m.y - n.y).abs() < 1e-9 {
                        let (a0, a1) = (m.x0 - POINT_W / 2.0, m.x1 + POINT_W / 2.0);
                        let (b0, b1) = (n.x0 - POINT_W / 2.0, n.x1 + POINT_W / 2.0);
                        assert!(
                            a1 <= b0 || b1 <= a0,
                            "overlap at width {width}: {m:?} {n:?}"
                        );
                    }
                }
            }
            if width == 200.0 {
                assert!(
                    l.marks.iter().any(|m| m.events.len() >= CLUSTER_MIN),
                    "crowded points cluster"
                );
            } else {
                assert!(
                    l.marks.iter().all(|m| m.events.len() == 1),
                    "zoomed in, clusters split"
                );
            }
        }
    }

    #[test]
    fn a_cluster_of_one_day_says_so_and_a_cluster_of_days_does_not() {
        // four events on 8 Dec and, far away, four on 1-4 Nov, one actor
        let a = analysis(&[
            ("e1", Some("2024-12-08"), &["a1"]),
            ("e2", Some("2024-12-08"), &["a1"]),
            ("e3", Some("2024-12-08"), &["a1"]),
            ("e4", Some("2024-12-08"), &["a1"]),
            ("e5", Some("2024-11-01"), &["a1"]),
            ("e6", Some("2024-11-02"), &["a1"]),
            ("e7", Some("2024-11-03"), &["a1"]),
            ("e8", Some("2024-11-04"), &["a1"]),
        ]);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 200.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        let day = l
            .marks
            .iter()
            .find(|m| m.events.contains(&"e1".to_string()));
        let day = day.expect("e1 is drawn");
        assert_eq!(day.events.len(), 4, "{:?}", l.marks);
        assert!(day.one_date);
        let days = l
            .marks
            .iter()
            .find(|m| m.events.contains(&"e5".to_string()));
        let days = days.expect("e5 is drawn");
        assert!(days.events.len() > 1, "{:?}", l.marks);
        assert!(!days.one_date);
        // a mark of one event has one date
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 4000.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        let single = l
            .marks
            .iter()
            .find(|m| m.events == ["e5"])
            .expect("e5 alone");
        assert!(single.one_date);
    }

    #[test]
    fn a_mark_of_what_did_not_happen_says_so() {
        let mut a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1"]),
            ("e2", Some("2024-12-09"), &["a1"]),
        ]);
        a.events[0].negated = true;
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 800.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        let of = |id: &str| l.marks.iter().find(|m| m.events == [id.to_string()]);
        assert!(of("e1").is_some_and(|m| m.negated), "{:?}", l.marks);
        assert!(of("e2").is_some_and(|m| !m.negated));
    }

    #[test]
    fn lanes_of_filtered_actors_are_not_drawn() {
        let a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1", "a2"]),
            ("e2", Some("2024-12-04"), &["a2"]),
        ]);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 800.0);
        let shown: HashSet<String> = ["a1".to_string()].into_iter().collect();
        let l = lay_out_among(
            &a,
            &vis,
            Some(&shown),
            LaneMode::Actor,
            &scale,
            &HashSet::new(),
        );
        let keys: Vec<&str> = l.lanes.iter().map(|x| x.key.as_str()).collect();
        assert_eq!(keys, ["a1"], "only the shown actor's lane");
        assert!(l.marks.iter().all(|m| m.lane == "a1"));
        let heads = lane_heads_among(&a, &vis, Some(&shown), LaneMode::Actor);
        assert_eq!(heads.len(), 1);
        // without a filter, both lanes
        assert_eq!(
            lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new())
                .lanes
                .len(),
            2
        );
        // places and types are not actor lanes
        let by_type = lay_out_among(
            &a,
            &vis,
            Some(&shown),
            LaneMode::Type,
            &scale,
            &HashSet::new(),
        );
        assert_eq!(
            by_type.marks.iter().map(|m| m.events.len()).sum::<usize>(),
            2
        );
    }

    #[test]
    fn collapsed_lane_has_no_marks_and_type_mode_groups_by_type() {
        let a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1"]),
            ("e2", Some("2024-12-04"), &["a2"]),
        ]);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 800.0);
        let collapsed: HashSet<String> = ["a1".to_string()].into();
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &collapsed);
        assert!(l.marks.iter().all(|m| m.lane != "a1"));
        assert!(l.lanes.iter().any(|x| x.key == "a1" && x.collapsed));
        let t = lay_out(&a, &vis, LaneMode::Type, &scale, &HashSet::new());
        assert_eq!(t.lanes.len(), 1);
        assert_eq!(t.lanes[0].key, "ASSAULT");
    }

    #[test]
    fn lanes_past_the_most_active_start_collapsed_and_open_when_toggled() {
        // Actor i takes part in 100 - i events: lanes sort by activity.
        let owned: Vec<(String, Vec<String>)> = (0..OPEN_LANES + 5)
            .flat_map(|i| (0..(100 - i)).map(move |j| (format!("e{i}-{j}"), vec![format!("a{i}")])))
            .collect();
        let rows: Vec<(&str, Option<&str>, Vec<&str>)> = owned
            .iter()
            .map(|(id, actors)| {
                (
                    id.as_str(),
                    Some("2024-12-03"),
                    actors.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        let refs: Vec<(&str, Option<&str>, &[&str])> = rows
            .iter()
            .map(|(i, d, a)| (*i, *d, a.as_slice()))
            .collect();
        let a = analysis(&refs);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 800.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        assert_eq!(l.lanes.len(), OPEN_LANES + 5);
        let open: Vec<&str> = l
            .lanes
            .iter()
            .filter(|x| !x.collapsed)
            .map(|x| x.key.as_str())
            .collect();
        assert_eq!(open.len(), OPEN_LANES);
        assert_eq!(open[0], "a0", "the most active lane first");
        assert!(l.marks.iter().all(|m| open.contains(&m.lane.as_str())));
        let last = format!("a{}", OPEN_LANES + 4);
        let first = "a0".to_string();
        let t = lay_out(
            &a,
            &vis,
            LaneMode::Actor,
            &scale,
            &[last.clone(), first.clone()].into(),
        );
        assert!(
            t.lanes.iter().any(|x| x.key == last && !x.collapsed),
            "a toggled tail lane opens"
        );
        assert!(
            t.lanes.iter().any(|x| x.key == first && x.collapsed),
            "a toggled head lane closes"
        );
        assert!(t.marks.iter().any(|m| m.lane == last));
    }

    #[test]
    fn hit_finds_the_nearest_mark_within_reach() {
        let a = analysis(&[
            ("e1", Some("2024-12-03"), &["a1"]),
            ("e2", Some("2015"), &["a2"]),
            ("e3", Some("2011-03-15"), &["a1"]),
        ]);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 1000.0);
        let l = lay_out(&a, &vis, LaneMode::Actor, &scale, &HashSet::new());
        for (i, m) in l.marks.iter().enumerate() {
            let x = if m.band { (m.x0 + m.x1) / 2.0 } else { m.x0 };
            assert_eq!(hit(&l.marks, x, m.y), Some(i), "centre of {m:?}");
            assert_eq!(hit(&l.marks, x + 3.0, m.y - 3.0), Some(i), "near {m:?}");
        }
        let p = l.marks.iter().find(|m| !m.band).unwrap();
        assert_eq!(
            hit(&l.marks, p.x0 + HIT_RADIUS + 1.0, p.y),
            None,
            "just out of reach"
        );
        assert_eq!(hit(&l.marks, -50.0, -50.0), None);
        assert_eq!(hit(&[], 0.0, 0.0), None);
    }

    fn d(y: i16, m: i8, dd: i8) -> f64 {
        crate::layout::time::day_number(jiff::civil::Date::new(y, m, dd).unwrap())
    }

    fn year(y: i16) -> (f64, f64) {
        (d(y, 1, 1), d(y + 1, 1, 1))
    }

    fn day(y: i16, m: i8, dd: i8) -> (f64, f64) {
        (d(y, m, dd), d(y, m, dd) + 1.0)
    }

    /// The seed's shape: background years from decades ago, the news in one week.
    fn seedlike() -> Vec<(f64, f64)> {
        vec![
            year(1974),
            year(2011),
            year(2012),
            year(2015),
            year(2016),
            year(2020),
            day(2024, 11, 27),
            day(2024, 12, 3),
            day(2024, 12, 3),
            day(2024, 12, 4),
        ]
    }

    #[test]
    fn focus_opens_on_the_news_not_the_background() {
        let ev = seedlike();
        for anchors in [vec![d(2024, 12, 4)], vec![]] {
            let (f0, f1) = focus_span(&ev, &anchors).expect("a focus");
            assert!(
                f0 <= d(2024, 11, 27) && f1 >= d(2024, 12, 5),
                "holds the news: {anchors:?}"
            );
            assert!(
                f0 > d(2024, 10, 1) && f1 < d(2025, 1, 15),
                "and little else: {f0} {f1}"
            );
            // Earlier events lie outside it, and are counted.
            assert_eq!(outside(ev.iter().copied(), f0, f1), (6, 0));
        }
    }

    #[test]
    fn focus_spans_every_dispatch_date() {
        // Four dispatches over two months (the example bundle).
        let mut ev = seedlike();
        ev.extend([
            day(2024, 12, 8),
            day(2024, 12, 9),
            day(2025, 1, 26),
            day(2025, 1, 27),
        ]);
        let anchors = [
            d(2024, 12, 4),
            d(2024, 12, 8),
            d(2024, 12, 9),
            d(2025, 1, 27),
        ];
        let (f0, f1) = focus_span(&ev, &anchors).unwrap();
        assert!(f0 <= d(2024, 11, 27) && f1 >= d(2025, 1, 28), "{f0} {f1}");
        assert!(f0 > d(2024, 6, 1), "background left out: {f0}");
    }

    #[test]
    fn no_focus_when_there_is_nothing_to_gain() {
        // Too few events.
        assert_eq!(focus_span(&[year(1990), day(2024, 12, 3)], &[]), None);
        // Events spread evenly: no dense span.
        let even: Vec<(f64, f64)> = (0..20).map(|i| day(2000 + i, 6, 1)).collect();
        assert_eq!(focus_span(&even, &[]), None);
        // All in one week already.
        let week: Vec<(f64, f64)> = (1..=7).map(|i| day(2024, 12, i)).collect();
        assert_eq!(focus_span(&week, &[d(2024, 12, 7)]), None);
        // Garbage does not panic.
        assert_eq!(
            focus_span(&[(f64::NAN, 1.0), (3.0, f64::INFINITY)], &[f64::NAN]),
            None
        );
        assert_eq!(focus_span(&[], &[]), None);
    }

    #[test]
    fn a_historical_dispatch_focuses_on_its_history_not_its_date() {
        // A dispatch of 2024 about the 1980s: its date holds no events.
        let mut ev: Vec<(f64, f64)> = (1..=8).map(|i| day(1982, 6, i)).collect();
        ev.extend([year(1950), year(2024)]);
        let (f0, f1) = focus_span(&ev, &[d(2024, 12, 4)]).expect("a focus");
        assert!(
            f0 <= d(1982, 6, 1) && f1 >= d(1982, 6, 9) && f1 < d(1983, 1, 1),
            "{f0} {f1}"
        );
    }

    #[test]
    fn outside_counts_events_wholly_beyond_the_view() {
        let ev = [
            (0.0, 1.0),
            (5.0, 6.0),
            (9.0, 12.0),
            (20.0, 21.0),
            (21.0, 22.0),
        ];
        assert_eq!(outside(ev, 4.0, 10.0), (1, 2));
        assert_eq!(outside(ev, -10.0, 100.0), (0, 0));
    }

    #[test]
    fn marks_are_described_in_words_not_codes() {
        assert_eq!(
            describe_mark("ASSAULT", "3 Dec 2024", Some("Hama"), 1, true),
            "Assault, 3 Dec 2024, Hama"
        );
        assert_eq!(
            describe_mark("COERCE", "2015", None, 1, true),
            "Coercion, 2015"
        );
        assert_eq!(
            describe_mark("CONSULT", "4 Dec 2024", Some(" "), 5, false),
            "5 events, the first Consultation, 4 Dec 2024 (click to zoom in)"
        );
        assert_eq!(
            describe_mark("CONSULT", "4 Dec 2024", None, 3, true),
            "3 events, the first Consultation, 4 Dec 2024 (click to list them)"
        );
        // An unknown code is shown as it is, never dropped.
        assert_eq!(describe_mark("FOO", "", None, 1, true), "FOO");
    }

    #[test]
    fn type_lanes_are_titled_in_words() {
        let a = analysis(&[("e1", Some("2024-12-03"), &["a1"])]);
        let vis = all(&a);
        let scale = TimeScale::fit(extent(&a, &vis), 0.0, 1000.0);
        let l = lay_out(&a, &vis, LaneMode::Type, &scale, &HashSet::new());
        assert_eq!(l.lanes[0].key, "ASSAULT");
        assert_eq!(l.lanes[0].label, "Assault");
    }
}
