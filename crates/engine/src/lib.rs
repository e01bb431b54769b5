//! # atlas-engine
//!
//! The pure-Rust extraction engine of Dispatch Atlas. It reads news
//! dispatches in German, English, French and Spanish and produces one
//! [`Analysis`] (the shared `dispatch-atlas/analysis@1` format): documents
//! with their language, dateline and creation date; time expressions;
//! actors; places; events and relations.
//!
//! The engine is deterministic and never reads the clock: the document
//! creation date comes from the dateline or is passed in.
//!
//! ```
//! use atlas_engine::{analyze, Input};
//! let analysis = analyze(&[Input::new("Moskau, 4. Dezember 2024 (AFP) – Die Rebellen rücken vor.")]);
//! assert_eq!(analysis.documents[0].lang, "de");
//! ```
#![deny(missing_docs)]

pub mod dateline;
pub mod dates;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod hash;
pub mod lang;
pub mod model;
pub mod par;
pub mod pipeline;
pub mod text;
pub mod wordlist;

pub use dates::{find_times, Anchor, TimeExpr, TimeKind};
pub use lang::Lang;
pub use model::Analysis;
pub use pipeline::{
    analyze, analyze_cached, analyze_cached_on, analyze_entities, analyze_on, prepare, Cache,
    Input, Prepared, YearFrom,
};

/// A calendar date (re-exported from `jiff`).
pub type Date = jiff::civil::Date;

/// Parses `YYYY-MM-DD` into a [`Date`].
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i16 = s.get(0..4)?.parse().ok()?;
    let m: i8 = s.get(5..7)?.parse().ok()?;
    let d: i8 = s.get(8..10)?.parse().ok()?;
    Date::new(y, m, d).ok()
}
