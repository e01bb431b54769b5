//! GeoJSON (RFC 7946): a FeatureCollection of the events that have a place
//! with coordinates, then of the reporting places (datelines).
//!
//! - Geometry: a `Point` with `[longitude, latitude]` (longitude first, as
//!   RFC 7946 §3.1.1 says), WGS 84, rounded to 6 decimals (about 0.1 m);
//!   no `crs` member (RFC 7946 §4 removed it), no altitude.
//! - Event features: `id` = the event id; properties `role` (`"event"`),
//!   `id`, `type` (PLOVER), `label`, `date` (the TIMEX3 value or null),
//!   `actors` (names of all participants, each once, in the event's
//!   order, reporters too), `sources`, `targets`, `supporters` and
//!   `reporters` (the same names by role: who did it, to whom, who backed
//!   it, who told of it), `place`, `place_kind`, `country` (code or null),
//!   `placed_by` (the place whose point an approximately placed village or
//!   camp borrows, else null), `doc`, `evidence` (the sentence), `negated`,
//!   `reported`.
//! - Reporting features, one per dispatch whose dateline place has
//!   coordinates: `id` = `dateline-<doc>`; properties `role`
//!   (`"reporting"`), `place`, `place_kind`, `country`, `doc`, `title`,
//!   `dateline` (as written), `date` (the dateline's, else the dispatch's
//!   creation date), `agency`.
//! - Events without place, with an unknown place id or without valid
//!   coordinates (missing, not finite, out of range) are left out.
//!
//! The text is pretty-printed JSON ending with a newline.

use atlas_engine::Analysis;
use serde::Serialize;

use crate::lookup::{coords, Index};

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    geometry: Point,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
#[serde(untagged)]
enum Properties<'a> {
    Event(EventProps<'a>),
    Reporting(ReportingProps<'a>),
}

#[derive(Serialize)]
struct EventProps<'a> {
    role: &'static str,
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    label: &'a str,
    date: Option<&'a str>,
    actors: Vec<&'a str>,
    sources: Vec<&'a str>,
    targets: Vec<&'a str>,
    supporters: Vec<&'a str>,
    reporters: Vec<&'a str>,
    place: &'a str,
    place_kind: &'a str,
    country: Option<&'a str>,
    placed_by: Option<&'a str>,
    doc: &'a str,
    evidence: &'a str,
    negated: bool,
    reported: bool,
}

#[derive(Serialize)]
struct ReportingProps<'a> {
    role: &'static str,
    place: &'a str,
    place_kind: &'a str,
    country: Option<&'a str>,
    doc: &'a str,
    title: &'a str,
    dateline: &'a str,
    date: Option<&'a str>,
    agency: Option<&'a str>,
}

fn round6(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 {
        0.0 // no "-0.0"
    } else {
        r
    }
}

fn point(lat: f64, lon: f64) -> Point {
    Point {
        kind: "Point",
        coordinates: [round6(lon), round6(lat)],
    }
}

/// Writes the events and reporting places as a GeoJSON FeatureCollection.
pub fn to_geojson(a: &Analysis) -> String {
    let ix = Index::new(a);
    let mut features = Vec::new();
    for e in &a.events {
        let Some(place) = ix.event_place(e) else {
            continue;
        };
        let Some((lat, lon)) = coords(place) else {
            continue;
        };
        features.push(Feature {
            kind: "Feature",
            id: e.id.clone(),
            geometry: point(lat, lon),
            properties: Properties::Event(EventProps {
                role: "event",
                id: &e.id,
                kind: &e.kind,
                label: &e.label,
                date: e.date.as_deref(),
                actors: ix.participants(e).iter().map(|a| a.name.as_str()).collect(),
                sources: names(ix.with_role(e, "source")),
                targets: names(ix.with_role(e, "target")),
                supporters: names(ix.with_role(e, "supporter")),
                reporters: names(ix.with_role(e, "reporter")),
                place: &place.name,
                place_kind: &place.kind,
                country: place.country.as_deref(),
                placed_by: place
                    .near
                    .as_deref()
                    .and_then(|n| ix.place(n))
                    .map(|n| n.name.as_str()),
                doc: &e.doc,
                evidence: &e.evidence.text,
                negated: e.negated,
                reported: e.reported,
            }),
        });
    }
    for d in &a.documents {
        let Some(dl) = &d.dateline else { continue };
        let Some(place) = dl.place.as_deref().and_then(|p| ix.place(p)) else {
            continue;
        };
        let Some((lat, lon)) = coords(place) else {
            continue;
        };
        features.push(Feature {
            kind: "Feature",
            id: format!("dateline-{}", d.id),
            geometry: point(lat, lon),
            properties: Properties::Reporting(ReportingProps {
                role: "reporting",
                place: &place.name,
                place_kind: &place.kind,
                country: place.country.as_deref(),
                doc: &d.id,
                title: &d.title,
                dateline: &dl.text,
                date: dl.date.as_deref().or(d.dct.as_deref()),
                agency: dl.agency.as_deref(),
            }),
        });
    }
    let mut out = serde_json::to_string_pretty(&Collection {
        kind: "FeatureCollection",
        features,
    })
    .unwrap_or_default();
    out.push('\n');
    out
}

fn names(actors: Vec<&atlas_engine::model::Actor>) -> Vec<&str> {
    actors.into_iter().map(|a| a.name.as_str()).collect()
}
