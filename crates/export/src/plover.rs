//! PLOVER-style JSON Lines: one event per line, in analysis order, each
//! line a JSON object ending with `\n`.
//!
//! Fields, in this order: `id`; `date` (the TIMEX3 value as in the
//! analysis, which may be coarser than a day, e.g. `2024` or `2024-11`;
//! null when undated); `event_type` (the PLOVER type); `mode` (always
//! null: the analysis has no PLOVER modes); `context` (the label);
//! `actor` and `actor_country` (the first `source` actor's name and ISO
//! 3166-1 alpha-2 code); `recipient` and `recipient_country` (the first
//! `target` actor's); `location` (`{"name", "country", "lat", "lon"}`,
//! null without a place; `lat`/`lon` null when not geocoded); `evidence`
//! (the sentence); `negated`; `reported`; `doc`. Missing values are null.

use atlas_engine::Analysis;
use serde::Serialize;

use crate::lookup::{coords, Index};

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    date: Option<&'a str>,
    event_type: &'a str,
    mode: Option<&'a str>,
    context: &'a str,
    actor: Option<&'a str>,
    actor_country: Option<&'a str>,
    recipient: Option<&'a str>,
    recipient_country: Option<&'a str>,
    location: Option<Location<'a>>,
    evidence: &'a str,
    negated: bool,
    reported: bool,
    doc: &'a str,
}

#[derive(Serialize)]
struct Location<'a> {
    name: &'a str,
    country: Option<&'a str>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// Writes the events as PLOVER-style JSON Lines.
pub fn to_plover(a: &Analysis) -> String {
    let ix = Index::new(a);
    let mut out = String::new();
    for e in &a.events {
        let source = ix.with_role(e, "source").into_iter().next();
        let target = ix.with_role(e, "target").into_iter().next();
        let location = ix.event_place(e).map(|p| {
            let c = coords(p);
            Location {
                name: &p.name,
                country: p.country.as_deref(),
                lat: c.map(|c| c.0),
                lon: c.map(|c| c.1),
            }
        });
        let line = Line {
            id: &e.id,
            date: e.date.as_deref(),
            event_type: &e.kind,
            mode: None,
            context: &e.label,
            actor: source.map(|a| a.name.as_str()),
            actor_country: source.and_then(|a| a.country.as_deref()),
            recipient: target.map(|a| a.name.as_str()),
            recipient_country: target.and_then(|a| a.country.as_deref()),
            location,
            evidence: &e.evidence.text,
            negated: e.negated,
            reported: e.reported,
            doc: &e.doc,
        };
        out.push_str(&serde_json::to_string(&line).unwrap_or_default());
        out.push('\n');
    }
    out
}
