//! TimelineJS 3 JSON: a title slide and one slide per dated event.
//!
//! - `start_date` only at the precision the date has: a day gives `year`,
//!   `month`, `day` (and `hour`, `minute` when the value has a time of
//!   day); a month `year`, `month`; a year only `year`. Numbers are
//!   written as strings without leading zeros (`"month": "12"`, `"day":
//!   "3"`).
//! - A week, quarter or season has no TimelineJS date of its own: it gets
//!   `start_date` and `end_date` of its first and last day and a
//!   `display_date` (`week 49 of 2024`, `Q1 2024`, `summer 2024`).
//! - Undated events, and events whose date is no calendar period
//!   (`XXXX-11-27`, durations), are left out: TimelineJS cannot place
//!   them.
//! - `text.headline` is the label; `text.text` the evidence sentence, the
//!   actors with their roles, and the dispatch (title and id). TimelineJS
//!   renders both as HTML, so they are HTML-escaped (`& < > " '`) and the
//!   parts are wrapped in `<p>`.
//! - `group` is the PLOVER type, `unique_id` the event id.
//!
//! Events keep the analysis order (TimelineJS sorts by date itself). The
//! text is pretty-printed JSON ending with a newline.

use atlas_engine::model::Event;
use atlas_engine::Analysis;
use serde::Serialize;

use crate::lookup::Index;
use crate::period::{Period, Precision, Ymd};

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<TlDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TlDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize, Default)]
struct TlDate {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hour: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minute: Option<String>,
}

/// HTML-escapes text for TimelineJS.
fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn day(d: Ymd) -> TlDate {
    TlDate {
        year: d.year.to_string(),
        month: Some(d.month.to_string()),
        day: Some(d.day.to_string()),
        ..TlDate::default()
    }
}

fn dates(p: &Period) -> (TlDate, Option<TlDate>, Option<String>) {
    match p.precision {
        Precision::Day => {
            let mut d = day(p.first);
            if let Some((h, m)) = p.time {
                d.hour = Some(h.to_string());
                d.minute = Some(m.to_string());
            }
            (d, None, None)
        }
        Precision::Month => (
            TlDate {
                year: p.year.to_string(),
                month: Some(p.first.month.to_string()),
                ..TlDate::default()
            },
            None,
            None,
        ),
        Precision::Year => (
            TlDate {
                year: p.year.to_string(),
                ..TlDate::default()
            },
            None,
            None,
        ),
        Precision::Week | Precision::Quarter | Precision::Season => {
            (day(p.first), Some(day(p.last)), Some(p.display()))
        }
    }
}

fn body(ix: &Index, e: &Event) -> String {
    let mut parts = Vec::new();
    if !e.evidence.text.trim().is_empty() {
        parts.push(format!("<p>{}</p>", html(e.evidence.text.trim())));
    }
    let actors: Vec<String> = e
        .actors
        .iter()
        .filter_map(|ea| {
            ix.actor(&ea.actor)
                .map(|a| format!("{} ({})", html(&a.name), html(&ea.role)))
        })
        .collect();
    if !actors.is_empty() {
        parts.push(format!("<p>Actors: {}</p>", actors.join(", ")));
    }
    let mut flags = Vec::new();
    if e.negated {
        flags.push("negated: the dispatch says it did not happen");
    }
    if e.reported {
        flags.push("reported: only claimed by a source");
    }
    if !flags.is_empty() {
        parts.push(format!("<p>{}</p>", flags.join("; ")));
    }
    let dispatch = match ix.document(&e.doc) {
        Some(d) => format!("<p>Dispatch: {} ({})</p>", html(&d.title), html(&d.id)),
        None => format!("<p>Dispatch: {}</p>", html(&e.doc)),
    };
    parts.push(dispatch);
    parts.join("")
}

/// Writes the dated events as a TimelineJS timeline.
pub fn to_timelinejs(a: &Analysis) -> String {
    let ix = Index::new(a);
    let mut events = Vec::new();
    for e in &a.events {
        let Some(p) = e.date.as_deref().and_then(Period::parse) else {
            continue;
        };
        let (start, end, display) = dates(&p);
        events.push(Slide {
            start_date: Some(start),
            end_date: end,
            display_date: display,
            text: Text {
                headline: html(&e.label),
                text: body(&ix, e),
            },
            group: Some(e.kind.clone()),
            unique_id: Some(e.id.clone()),
        });
    }
    let n = a.documents.len();
    let title = Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: Text {
            headline: "Dispatch Atlas".into(),
            text: format!(
                "<p>{} dated event{} from {} dispatch{}</p>",
                events.len(),
                if events.len() == 1 { "" } else { "s" },
                n,
                if n == 1 { "" } else { "es" }
            ),
        },
        group: None,
        unique_id: None,
    };
    let mut out = serde_json::to_string_pretty(&Timeline { title, events }).unwrap_or_default();
    out.push('\n');
    out
}
