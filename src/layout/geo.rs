//! Map markers: places with their visible events, projected, clustered when
//! crowded (clusters split as the user zooms in), labels without overlaps.

use std::collections::{HashMap, HashSet};

use atlas_engine::Analysis;

use crate::layout::colors::EventClass;
use crate::layout::projection::Viewport;

/// A marker on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Place ids in this marker (one unless clustered).
    pub places: Vec<String>,
    /// Label (the biggest place's name, or "N places").
    pub label: String,
    /// Screen position.
    pub x: f64,
    /// Screen position.
    pub y: f64,
    /// Latitude of the first place.
    pub lat: f64,
    /// Longitude of the first place.
    pub lon: f64,
    /// Visible events at these places.
    pub count: usize,
    /// Event class that dominates (for the colour); `None` without events.
    pub class: Option<EventClass>,
    /// Only a dateline (reporting) place, no events.
    pub reporting: bool,
    /// Every place in it has an approximate point (borrowed from the place
    /// the text locates it by).
    pub approx: bool,
    /// Whether its label is drawn.
    pub show_label: bool,
    /// The label is drawn left of the pin (the right side was taken).
    pub label_left: bool,
}

/// How an approximately placed place (a village the gazetteer lacks) sits
/// relative to the place that placed it, in words: "at Djugu", "about 100
/// km north-east of Maiduguri".
pub fn placed_by_words(p: &atlas_engine::model::Place, by: &atlas_engine::model::Place) -> String {
    let (Some(la), Some(lo), Some(bla), Some(blo)) = (p.lat, p.lon, by.lat, by.lon) else {
        return format!("by {}", by.name);
    };
    let km = atlas_engine::gazetteer::km(bla, blo, la, lo);
    if km < 3.0 {
        return format!("at {}", by.name);
    }
    // the compass point of the bearing from `by` to `p`
    let dy = la - bla;
    let dx = (lo - blo) * bla.to_radians().cos();
    let deg = dx.atan2(dy).to_degrees().rem_euclid(360.0);
    const POINTS: [&str; 8] = [
        "north",
        "north-east",
        "east",
        "south-east",
        "south",
        "south-west",
        "west",
        "north-west",
    ];
    let point = POINTS[((deg + 22.5) / 45.0) as usize % 8];
    let round = if km < 20.0 {
        km.round()
    } else {
        (km / 5.0).round() * 5.0
    };
    format!("about {round:.0} km {point} of {}", by.name)
}

/// Screen distance under which markers merge.
pub const CLUSTER_PX: f64 = 16.0;

/// Marker radius for `count` events.
pub fn marker_radius(count: usize, reporting: bool) -> f64 {
    if reporting && count == 0 {
        6.0
    } else {
        6.0 + (count as f64).sqrt() * 3.0
    }
}

/// The places the map fits its view to: where events happen (only the
/// events passing the filters, when `shown` gives them), else every place
/// but countries (only those passing). When the filters leave nothing to
/// fit, the unfiltered choice.
pub fn fit_places(
    a: &Analysis,
    shown: Option<(&HashSet<String>, &HashSet<String>)>,
) -> HashSet<String> {
    let pick = |events: &dyn Fn(&str) -> bool, places: &dyn Fn(&str) -> bool| {
        let event_places: Vec<&str> = a
            .events
            .iter()
            .filter(|e| events(&e.id))
            .filter_map(|e| e.place.as_deref())
            .collect();
        if !event_places.is_empty() {
            return story_core(a, &event_places);
        }
        a.places
            .iter()
            .filter(|p| p.kind != "country" && places(&p.id))
            .map(|p| p.id.to_string())
            .collect()
    };
    if let Some((events, places)) = shown {
        let narrowed = pick(&|id| events.contains(id), &|id| places.contains(id));
        if !narrowed.is_empty() {
            return narrowed;
        }
    }
    pick(&|_| true, &|_| true)
}

/// How far from the place with the most events another event's place still
/// belongs to the view the map opens on.
pub const CORE_REACH_KM: f64 = 2500.0;

/// The places of `event_places` (one entry per event) the map opens on:
/// all but the far places of a single event (farther than
/// [`CORE_REACH_KM`] from the place with the most events), when the rest
/// hold two thirds of the events or more. A lone far event (the Security
/// Council meeting in New York of a story in Goma) is left out of the view,
/// not off the map; a second story of several events stays in view.
fn story_core(a: &Analysis, event_places: &[&str]) -> HashSet<String> {
    let all: HashSet<String> = event_places.iter().map(|p| p.to_string()).collect();
    let at = |id: &str| {
        a.places
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| Some((p.lat?, p.lon?)))
    };
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for &p in event_places {
        match counts.iter_mut().find(|(q, _)| *q == p) {
            Some(c) => c.1 += 1,
            None => counts.push((p, 1)),
        }
    }
    // the heaviest place with a point (the first named on a tie)
    let Some((lat0, lon0)) = counts
        .iter()
        .filter(|(p, _)| at(p).is_some())
        .max_by(|x, y| x.1.cmp(&y.1).then(std::cmp::Ordering::Greater))
        .and_then(|(p, _)| at(p))
    else {
        return all;
    };
    // (a far place with two events or more is a second story, kept)
    let count = |p: &str| counts.iter().find(|(q, _)| *q == p).map_or(0, |c| c.1);
    let near = |p: &str| {
        count(p) >= 2
            || at(p).is_none_or(|(lat, lon)| {
                atlas_engine::gazetteer::km(lat, lon, lat0, lon0) <= CORE_REACH_KM
            })
    };
    let kept = event_places.iter().filter(|p| near(p)).count();
    if kept * 3 >= event_places.len() * 2 {
        all.into_iter().filter(|p| near(p)).collect()
    } else {
        all
    }
}

/// How far from a place with events a place only named still belongs to
/// the story's region (El Fasher and Jeddah in a Khartoum story, not Moscow
/// in a Syrian one).
pub const STORY_REACH_KM: f64 = 1500.0;

/// The places of the story: `core` (where events happen) and every other
/// shown place but countries that lies within [`STORY_REACH_KM`] of one of
/// them (all of them when `core` has none with coordinates).
pub fn story_places(
    a: &Analysis,
    shown: &HashSet<String>,
    core: &HashSet<String>,
) -> HashSet<String> {
    let centres: Vec<(f64, f64)> = a
        .places
        .iter()
        .filter(|p| core.contains(p.id.as_str()))
        .filter_map(|p| Some((p.lat?, p.lon?)))
        .collect();
    let mut out = core.clone();
    for p in &a.places {
        if p.kind == "country" || !shown.contains(p.id.as_str()) {
            continue;
        }
        let (Some(lat), Some(lon)) = (p.lat, p.lon) else {
            continue;
        };
        let near = centres.is_empty()
            || centres.iter().any(|&(clat, clon)| {
                atlas_engine::gazetteer::km(lat, lon, clat, clon) <= STORY_REACH_KM
            });
        if near {
            out.insert(p.id.to_string());
        }
    }
    out
}

/// The points (lon, lat) of the visible places, for fitting the view.
pub fn points(a: &Analysis, visible: &HashSet<String>) -> Vec<(f64, f64)> {
    a.places
        .iter()
        .filter(|p| visible.contains(p.id.as_str()))
        .filter_map(|p| Some((p.lon?, p.lat?)))
        .collect()
}

/// Markers for the visible places in the viewport.
pub fn markers(
    a: &Analysis,
    visible_places: &HashSet<String>,
    visible_events: &HashSet<String>,
    vp: &Viewport,
) -> Vec<Marker> {
    let dateline_places: HashSet<&str> = a
        .documents
        .iter()
        .filter_map(|d| d.dateline.as_ref().and_then(|dl| dl.place.as_deref()))
        .collect();
    let mut per_place: HashMap<&str, (usize, HashMap<EventClass, usize>)> = HashMap::new();
    for e in a.events.iter().filter(|e| visible_events.contains(&e.id)) {
        if let Some(p) = e.place.as_deref() {
            let entry = per_place.entry(p).or_default();
            entry.0 += 1;
            *entry.1.entry(EventClass::of(&e.kind)).or_default() += 1;
        }
    }
    // Single markers, biggest first so clusters centre on the busiest place.
    let mut singles: Vec<Marker> = a
        .places
        .iter()
        .filter(|p| visible_places.contains(p.id.as_str()))
        .filter_map(|p| {
            let (lat, lon) = (p.lat?, p.lon?);
            let (count, classes) = per_place.get(p.id.as_str()).cloned().unwrap_or_default();
            let reporting = count == 0 && (p.reporting || dateline_places.contains(p.id.as_str()));
            if count == 0 && !reporting && p.kind == "country" {
                // Countries only named in passing would cover the map with dots.
                return None;
            }
            let class = classes
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|c| c.0);
            let (x, y) = vp.project(lon, lat);
            Some(Marker {
                places: vec![p.id.to_string()],
                label: p.name.clone(),
                x,
                y,
                lat,
                lon,
                count,
                class,
                reporting,
                approx: p.near.is_some(),
                show_label: false,
                label_left: false,
            })
        })
        .collect();
    singles.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
    let mut out: Vec<Marker> = Vec::new();
    for m in singles {
        match out
            .iter_mut()
            .find(|c| (c.x - m.x).hypot(c.y - m.y) < CLUSTER_PX && c.reporting == m.reporting)
        {
            Some(c) => {
                c.places.extend(m.places);
                c.count += m.count;
                c.class = c.class.or(m.class);
                c.approx &= m.approx;
                c.label = format!("{} places", c.places.len());
            }
            None => out.push(m),
        }
    }
    place_labels(&mut out, vp.width);
    out
}

/// Where the zoom buttons zoom in a `width` × `height` view: its middle
/// while a marker lies in the central half of it (the reader framed the
/// view), else the busiest marker in view (the story, not the empty land
/// or sea a wide view centres on), else the middle.
pub fn zoom_anchor(markers: &[Marker], width: f64, height: f64) -> (f64, f64) {
    let mid = (width / 2.0, height / 2.0);
    let within = |m: &Marker, part: f64| {
        (m.x - mid.0).abs() <= width * part / 2.0 && (m.y - mid.1).abs() <= height * part / 2.0
    };
    if markers.iter().any(|m| within(m, 0.5)) {
        return mid;
    }
    markers
        .iter()
        .filter(|m| within(m, 1.0))
        .max_by(|a, b| a.count.cmp(&b.count).then(b.label.cmp(&a.label)))
        .map_or(mid, |m| (m.x, m.y))
}

/// Chooses which labels to draw and on which side: biggest first (the
/// order of `markers`), right of the pin, else left of it, skipped where
/// both would cover another label or another pin ("Moscow" under the pin
/// of Russia) or run past the map's left or right edge (`width`).
pub fn place_labels(out: &mut [Marker], width: f64) {
    let pins: Vec<Box2> = out.iter().map(pin_box).collect();
    let mut boxes: Vec<Box2> = Vec::new();
    for (i, m) in out.iter_mut().enumerate() {
        let clear = |b: &Box2| {
            b.0 >= 0.0
                && b.2 <= width
                && boxes.iter().all(|o| !overlaps(b, o))
                && pins
                    .iter()
                    .enumerate()
                    .all(|(j, o)| j == i || !overlaps(b, o))
        };
        for left in [false, true] {
            let b = label_box(m, left);
            if clear(&b) {
                boxes.push(b);
                m.show_label = true;
                m.label_left = left;
                break;
            }
        }
    }
}

fn overlaps(a: &Box2, b: &Box2) -> bool {
    !(a.2 <= b.0 || a.0 >= b.2 || a.3 <= b.1 || a.1 >= b.3)
}

/// The circle of a marker's pin, as a box.
fn pin_box(m: &Marker) -> Box2 {
    let r = marker_radius(m.count, m.reporting);
    (m.x - r, m.y - r, m.x + r, m.y + r)
}

/// Width of a character of a pin's label: 11 px semi-bold text with a
/// 3 px halo measures about 7 px a character in the fonts the app uses.
const LABEL_CHAR_PX: f64 = 7.2;

/// Where a marker's label goes: beside its pin, on the right or the left.
pub fn label_box(m: &Marker, left: bool) -> Box2 {
    let w = m.label.chars().count() as f64 * LABEL_CHAR_PX + 2.0;
    let r = marker_radius(m.count, m.reporting);
    if left {
        (m.x - r - 3.0 - w, m.y - 7.0, m.x - r - 3.0, m.y + 7.0)
    } else {
        (m.x + r + 3.0, m.y - 7.0, m.x + r + 3.0 + w, m.y + 7.0)
    }
}

/// A box on screen: left, top, right, bottom.
pub type Box2 = (f64, f64, f64, f64);

/// What the markers cover on screen: each pin, and its label when drawn.
pub fn marker_boxes(markers: &[Marker]) -> Vec<Box2> {
    let mut out = Vec::with_capacity(markers.len() * 2);
    for m in markers {
        out.push(pin_box(m));
        if m.show_label {
            out.push(label_box(m, m.label_left));
        }
    }
    out
}

/// Whether a country's name centred at (`x`, `y`) (10 px capitals) stays
/// clear of everything in `taken`: a country name under a pin or a pin's
/// label makes both unreadable ("DR CO⑤NGO"), and the pin matters more.
pub fn country_label_clear(name: &str, x: f64, y: f64, taken: &[Box2]) -> bool {
    let b = country_label_box(name, x, y);
    taken
        .iter()
        .all(|o| b.2 <= o.0 || b.0 >= o.2 || b.3 <= o.1 || b.1 >= o.3)
}

/// The box a country name centred at (`x`, `y`) covers (capitals, spaced).
fn country_label_box(name: &str, x: f64, y: f64) -> Box2 {
    let half = name.chars().count() as f64 * 7.2 / 2.0 + 2.0;
    (x - half, y - 10.0, x + half, y + 3.0)
}

/// The country names to draw, from candidates (name, x, y, size on screen):
/// biggest countries first, each whole inside the `width` × `height` map,
/// clear of what is `taken` (pins, their labels, the legend) and of the
/// names placed before it ("ARGENTINA" keeps its place, "CHILE" waits).
pub fn place_country_labels(
    candidates: &[(String, f64, f64, f64)],
    taken: &[Box2],
    width: f64,
    height: f64,
) -> Vec<(String, f64, f64)> {
    let mut order: Vec<&(String, f64, f64, f64)> = candidates.iter().collect();
    order.sort_by(|a, b| b.3.total_cmp(&a.3).then_with(|| a.0.cmp(&b.0)));
    let mut taken = taken.to_vec();
    let mut out = Vec::new();
    for (name, x, y, _) in order {
        let b = country_label_box(name, *x, *y);
        let inside = b.0 >= 2.0 && b.2 <= width - 2.0 && b.1 >= 2.0 && b.3 <= height - 2.0;
        if inside && country_label_clear(name, *x, *y, &taken) {
            taken.push(b);
            out.push((name.clone(), *x, *y));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_engine::model::{Event, EventActor, Mention, Place};

    #[test]
    fn country_names_never_overlap_or_leave_the_map() {
        let c = |n: &str, x: f64, y: f64, size: f64| (n.to_string(), x, y, size);
        let cands = vec![
            c("ARGENTINA", 100.0, 100.0, 300.0),
            c("CHILE", 90.0, 104.0, 120.0),
            c("CANADA", 10.0, 50.0, 500.0),
            c("BRAZIL", 150.0, 60.0, 400.0),
            c("PERU", 100.0, 200.0, 100.0),
        ];
        let placed = place_country_labels(&cands, &[], 400.0, 300.0);
        let names: Vec<&str> = placed.iter().map(|p| p.0.as_str()).collect();
        assert!(names.contains(&"ARGENTINA"), "{names:?}");
        assert!(
            !names.contains(&"CHILE"),
            "CHILE would overlap ARGENTINA: {names:?}"
        );
        assert!(
            !names.contains(&"CANADA"),
            "CANADA would be cut by the left edge: {names:?}"
        );
        assert!(
            names.contains(&"BRAZIL") && names.contains(&"PERU"),
            "{names:?}"
        );
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                let (p, q) = (
                    country_label_box(&a.0, a.1, a.2),
                    country_label_box(&b.0, b.1, b.2),
                );
                assert!(
                    p.2 <= q.0 || p.0 >= q.2 || p.3 <= q.1 || p.1 >= q.3,
                    "{a:?} overlaps {b:?}"
                );
            }
        }
        // what is taken (a pin) keeps a name away
        let placed =
            place_country_labels(&cands[4..], &[(80.0, 190.0, 120.0, 210.0)], 400.0, 300.0);
        assert!(placed.is_empty());
    }

    #[test]
    fn country_names_give_way_to_pins_and_their_labels() {
        let m = Marker {
            places: vec!["p1".into()],
            label: "5 places".into(),
            x: 100.0,
            y: 100.0,
            lat: 0.0,
            lon: 0.0,
            count: 5,
            class: None,
            reporting: false,
            approx: false,
            show_label: true,
            label_left: false,
        };
        let taken = marker_boxes(std::slice::from_ref(&m));
        assert_eq!(taken.len(), 2, "the pin and its label");
        // "DR CONGO" centred a little left of the pin: under it.
        assert!(!country_label_clear("DR CONGO", 80.0, 104.0, &taken));
        // Under the pin's label ("5 places" right of the pin).
        assert!(!country_label_clear("IRAN", 140.0, 104.0, &taken));
        // Well away from both.
        assert!(country_label_clear("CHAD", 100.0, 160.0, &taken));
        assert!(country_label_clear("CHAD", 20.0, 104.0, &taken));
        // Without a drawn label only the pin counts.
        let quiet = Marker {
            show_label: false,
            ..m
        };
        assert!(country_label_clear(
            "IRAN",
            140.0,
            104.0,
            &marker_boxes(&[quiet])
        ));
    }

    fn place(id: &str, name: &str, lat: f64, lon: f64) -> Place {
        Place {
            id: id.into(),
            name: name.into(),
            kind: "city".into(),
            country: None,
            lat: Some(lat),
            lon: Some(lon),
            aliases: vec![],
            mentions: vec![],
            reporting: false,
            near: None,
        }
    }

    fn ev(id: &str, place: &str) -> Event {
        let evidence = Mention {
            doc: "d1".into(),
            start: 0,
            end: 0,
            text: Default::default(),
        };
        Event {
            actors: vec![EventActor {
                actor: "a1".into(),
                role: "source".into(),
            }],
            place: Some(place.into()),
            ..Event::new(id, "ASSAULT", "", evidence)
        }
    }

    fn seedlike() -> Analysis {
        let mut a = Analysis::default();
        a.places = vec![
            place("p1", "Aleppo", 36.2021, 37.1343),
            place("p2", "Hama", 35.1318, 36.7578),
            place("p3", "Moscow", 55.7558, 37.6173),
        ];
        a.places[2].reporting = true;
        a.events = vec![ev("e1", "p1"), ev("e2", "p1"), ev("e3", "p2")];
        a
    }

    #[test]
    fn the_view_fits_what_the_filters_leave() {
        let a = seedlike();
        let ids = |v: &[&str]| -> HashSet<String> { v.iter().map(|s| s.to_string()).collect() };
        // unfiltered: the event places, not the reporting place
        assert_eq!(fit_places(&a, None), ids(&["p1", "p2"]));
        // a search that leaves Hama's event: Hama alone
        let (ev, pl) = (ids(&["e3"]), ids(&["p2"]));
        assert_eq!(fit_places(&a, Some((&ev, &pl))), ids(&["p2"]));
        // no event left, a place left: that place
        let (ev, pl) = (ids(&[]), ids(&["p3"]));
        assert_eq!(fit_places(&a, Some((&ev, &pl))), ids(&["p3"]));
        // nothing left: the unfiltered view rather than the whole world
        let (ev, pl) = (ids(&[]), ids(&[]));
        assert_eq!(fit_places(&a, Some((&ev, &pl))), ids(&["p1", "p2"]));
    }

    #[test]
    fn the_view_leaves_out_a_lone_far_event_but_not_a_second_story() {
        let mut a = seedlike();
        let ids = |v: &[&str]| -> HashSet<String> { v.iter().map(|s| s.to_string()).collect() };
        let before = fit_places(&a, None);
        // a Security Council meeting in New York among the Syrian events
        a.places.push(place("p9", "New York", 40.71, -74.0));
        let mut meeting = a.events[0].clone();
        meeting.id = "e9".into();
        meeting.place = Some("p9".into());
        a.events.push(meeting);
        assert_eq!(
            fit_places(&a, None),
            before,
            "New York is left out of the view"
        );
        // a second event there: a second story, in view
        let mut again = a.events[0].clone();
        again.id = "e10".into();
        again.place = Some("p9".into());
        a.events.push(again);
        let mut both = before.clone();
        both.extend(ids(&["p9"]));
        assert_eq!(fit_places(&a, None), both);
    }

    #[test]
    fn fit_shows_the_story_region_not_far_away_places() {
        let mut a = seedlike();
        a.places.push(place("p4", "Damascus", 33.5138, 36.2765));
        a.places.push(place("p5", "Syria", 35.0, 38.0));
        a.places[4].kind = "country".into();
        let ids = |v: &[&str]| -> HashSet<String> { v.iter().map(|s| s.to_string()).collect() };
        let all: HashSet<String> = a.places.iter().map(|p| p.id.to_string()).collect();
        let core = fit_places(&a, None);
        // Damascus, only named, is near Aleppo and Hama; Moscow is not; the country is no point
        assert_eq!(story_places(&a, &all, &core), ids(&["p1", "p2", "p4"]));
        // a place the filters hide stays out
        let shown = ids(&["p1", "p2"]);
        assert_eq!(story_places(&a, &shown, &core), ids(&["p1", "p2"]));
        // no event place: every shown place but countries
        assert_eq!(
            story_places(&a, &all, &HashSet::new()),
            ids(&["p1", "p2", "p3", "p4"])
        );
    }

    #[test]
    fn markers_sit_where_their_coordinates_project() {
        let a = seedlike();
        let vp = Viewport::fit(
            &points(&a, &a.places.iter().map(|p| p.id.to_string()).collect()),
            800.0,
            500.0,
            30.0,
        );
        let vis_p: HashSet<String> = a.places.iter().map(|p| p.id.to_string()).collect();
        let vis_e: HashSet<String> = a.events.iter().map(|e| e.id.clone()).collect();
        let ms = markers(&a, &vis_p, &vis_e, &vp);
        let aleppo = ms
            .iter()
            .find(|m| m.places.contains(&"p1".to_string()))
            .unwrap();
        let (x, y) = vp.project(37.1343, 36.2021);
        assert!((aleppo.x - x).abs() < 1e-9 && (aleppo.y - y).abs() < 1e-9);
        assert_eq!(aleppo.count, 2);
        assert!(ms
            .iter()
            .any(|m| m.reporting && m.places == vec!["p3".to_string()]));
    }

    #[test]
    fn an_approximately_placed_village_has_an_approximate_marker_until_it_clusters() {
        let mut a = seedlike();
        // a village placed 20 km from Hama, by Hama
        a.places.push(place("p4", "Tayyibat al-Imam", 35.2, 36.6));
        a.places[3].near = Some("p2".into());
        a.events.push(ev("e4", "p4"));
        let all_p: HashSet<String> = a.places.iter().map(|p| p.id.to_string()).collect();
        let all_e: HashSet<String> = a.events.iter().map(|e| e.id.clone()).collect();
        let marker_of = |ms: &[Marker], id: &str| {
            ms.iter()
                .find(|m| m.places.contains(&id.to_string()))
                .map(|m| (m.approx, m.places.len()))
        };
        // zoomed in: its own marker, approximate; Hama's is not
        let close = Viewport::fit(&points(&a, &all_p), 4000.0, 3000.0, 30.0);
        let ms = markers(&a, &all_p, &all_e, &close);
        assert_eq!(marker_of(&ms, "p4"), Some((true, 1)));
        assert_eq!(marker_of(&ms, "p2"), Some((false, 1)));
        // zoomed out, in one cluster with Hama: the cluster is not approximate
        let far = Viewport::fit(&points(&a, &all_p), 200.0, 150.0, 10.0);
        let ms = markers(&a, &all_p, &all_e, &far);
        let (approx, n) = marker_of(&ms, "p4").unwrap();
        assert!(n > 1 && !approx);
    }

    #[test]
    fn an_approximate_place_says_where_it_was_placed_from() {
        let town = place("p1", "Maiduguri", 11.8469, 13.1571);
        // 100 km north-east, as "about 100 kilometers northeast of Maiduguri" put it
        let marte = place("p2", "Marte", 12.4839, 13.808);
        assert_eq!(
            placed_by_words(&marte, &town),
            "about 100 km north-east of Maiduguri"
        );
        // at the town itself (placed by the town of its sentence)
        let rhoe = place("p3", "Rhoe", 11.8469, 13.1571);
        assert_eq!(placed_by_words(&rhoe, &town), "at Maiduguri");
        // due south, 75 km
        let komanda = place("p4", "Komanda", 11.8469 - 75.0 / 111.0, 13.1571);
        assert_eq!(
            placed_by_words(&komanda, &town),
            "about 75 km south of Maiduguri"
        );
    }

    /// A one-place marker named `label` at (x, y) with `count` events.
    fn pin(label: &str, x: f64, y: f64, count: usize) -> Marker {
        Marker {
            places: vec![label.to_lowercase()],
            label: label.into(),
            x,
            y,
            lat: 0.0,
            lon: 0.0,
            count,
            class: None,
            reporting: false,
            approx: false,
            show_label: false,
            label_left: false,
        }
    }

    #[test]
    fn a_label_goes_left_of_its_pin_when_a_pin_sits_on_its_right() {
        // Moscow with two events, Russia's pin 30 px to its right
        let mut ms = vec![
            pin("Moscow", 100.0, 100.0, 2),
            pin("Russia", 130.0, 98.0, 1),
        ];
        place_labels(&mut ms, 800.0);
        assert!(
            ms[0].show_label && ms[0].label_left,
            "Moscow's label moves left"
        );
        assert!(
            ms[1].show_label && !ms[1].label_left,
            "Russia keeps the right side"
        );
        let boxes = marker_boxes(&ms);
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!overlaps(a, b), "{a:?} overlaps {b:?}");
            }
        }
        // alone, a label sits on the right
        let mut one = vec![pin("Moscow", 100.0, 100.0, 2)];
        place_labels(&mut one, 800.0);
        assert!(one[0].show_label && !one[0].label_left);
        // hemmed in on both sides: no label rather than one over a pin
        let mut hemmed = vec![
            pin("Moscow", 100.0, 100.0, 2),
            pin("Tver", 130.0, 100.0, 1),
            pin("Tula", 70.0, 100.0, 1),
        ];
        place_labels(&mut hemmed, 800.0);
        assert!(!hemmed[0].show_label);
        // at the map's right edge the label goes left rather than off the map
        let mut edge = vec![pin("El Fasher", 780.0, 100.0, 1)];
        place_labels(&mut edge, 800.0);
        assert!(edge[0].show_label && edge[0].label_left);
        let b = label_box(&edge[0], true);
        assert!(b.0 >= 0.0 && b.2 <= 800.0);
        // at the left edge it stays right
        let mut left = vec![pin("El Fasher", 12.0, 100.0, 1)];
        place_labels(&mut left, 800.0);
        assert!(left[0].show_label && !left[0].label_left);
    }

    #[test]
    fn zoom_buttons_zoom_on_the_story_when_the_middle_is_empty() {
        let at = pin;
        // a marker in the central half: the middle of the view
        let framed = [at("Aleppo", 210.0, 160.0, 3), at("Goma", 380.0, 20.0, 9)];
        assert_eq!(zoom_anchor(&framed, 400.0, 300.0), (200.0, 150.0));
        // none there: the busiest marker in view (not the one off the view)
        let edges = [
            at("Goma", 380.0, 280.0, 2),
            at("Aleppo", 30.0, 20.0, 5),
            at("Kyiv", 500.0, 150.0, 40),
        ];
        assert_eq!(zoom_anchor(&edges, 400.0, 300.0), (30.0, 20.0));
        // nothing in view: the middle
        assert_eq!(
            zoom_anchor(&[at("Kyiv", -50.0, 10.0, 4)], 400.0, 300.0),
            (200.0, 150.0)
        );
        assert_eq!(zoom_anchor(&[], 400.0, 300.0), (200.0, 150.0));
    }

    #[test]
    fn crowded_markers_cluster_and_split_on_zoom() {
        let a = seedlike();
        let vis_p: HashSet<String> = ["p1", "p2"].iter().map(|s| s.to_string()).collect();
        let vis_e: HashSet<String> = a.events.iter().map(|e| e.id.clone()).collect();
        let world = Viewport::world(800.0, 400.0);
        let ms = markers(&a, &vis_p, &vis_e, &world);
        assert_eq!(ms.len(), 1, "Aleppo and Hama merge at world scale");
        assert_eq!(ms[0].count, 3);
        let syria = Viewport::fit(&[(35.7, 32.3), (42.4, 37.3)], 800.0, 500.0, 20.0);
        assert_eq!(
            markers(&a, &vis_p, &vis_e, &syria).len(),
            2,
            "they split when zoomed to Syria"
        );
    }
}
