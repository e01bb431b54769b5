//! # atlas-export
//!
//! The export formats of Dispatch Atlas. Each format is a pure,
//! deterministic function of an [`Analysis`] (the same analysis always
//! gives the same bytes); the library does no I/O, so it runs natively and
//! in WebAssembly alike.
//!
//! | [`Format`] | function | what |
//! |---|---|---|
//! | `csv` | [`csv::to_csv`] | events in ACLED's codebook columns, with the PLOVER → ACLED type table |
//! | `geojson` | [`geojson::to_geojson`] | RFC 7946 points of events and reporting places |
//! | `gexf` | [`gexf::to_gexf`] | GEXF 1.3 dynamic actor network (Gephi) |
//! | `graphml` | [`graphml::to_graphml`] | GraphML actor network |
//! | `timelinejs` | [`timelinejs::to_timelinejs`] | TimelineJS 3 JSON of the dated events |
//! | `plover` | [`plover::to_plover`] | PLOVER-style JSON Lines, one event a line |
//! | `json` | — | the analysis itself (`dispatch-atlas/analysis@1`) |
//!
//! The project file (analysis + dispatches + corrections) is in
//! [`project`]: [`project::to_project`] and [`project::from_project`].
//!
//! ```
//! use atlas_export::{export, Format};
//! let analysis = atlas_engine::Analysis::default();
//! let format = Format::from_name("csv").unwrap();
//! assert!(export(&analysis, format).starts_with("event_id_cnty,event_date,"));
//! assert_eq!(format.extension(), "csv");
//! ```
#![deny(missing_docs)]

pub use atlas_engine::Analysis;

pub mod countries;
pub mod csv;
pub mod geojson;
pub mod gexf;
pub mod graphml;
mod lookup;
mod network;
pub mod period;
pub mod plover;
pub mod project;
pub mod timelinejs;
mod xml;

pub use project::{from_project, to_project, Dispatch, Project, ProjectError, PROJECT_FORMAT};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// ACLED-style CSV.
    Csv,
    /// GeoJSON FeatureCollection.
    GeoJson,
    /// GEXF 1.3 actor network.
    Gexf,
    /// GraphML actor network.
    GraphMl,
    /// TimelineJS JSON.
    TimelineJs,
    /// PLOVER-style JSON Lines.
    Plover,
    /// The analysis JSON itself.
    Json,
}

impl Format {
    /// Every format, in the order menus show them.
    pub const ALL: [Format; 7] = [
        Format::Csv,
        Format::GeoJson,
        Format::Gexf,
        Format::GraphMl,
        Format::TimelineJs,
        Format::Plover,
        Format::Json,
    ];

    /// The format with this name (`csv`, `geojson`, `gexf`, `graphml`,
    /// `timelinejs`, `plover`, `json`), ignoring ASCII case.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The name [`Format::from_name`] accepts.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::GeoJson => "geojson",
            Format::Gexf => "gexf",
            Format::GraphMl => "graphml",
            Format::TimelineJs => "timelinejs",
            Format::Plover => "plover",
            Format::Json => "json",
        }
    }

    /// A short description for menus.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV (ACLED columns)",
            Format::GeoJson => "GeoJSON (map)",
            Format::Gexf => "GEXF (Gephi network)",
            Format::GraphMl => "GraphML (network)",
            Format::TimelineJs => "TimelineJS (timeline)",
            Format::Plover => "PLOVER JSON Lines",
            Format::Json => "Analysis JSON",
        }
    }

    /// The file extension, without the dot. TimelineJS files are JSON and
    /// get `json`; name them e.g. `timeline.json`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::GeoJson => "geojson",
            Format::Gexf => "gexf",
            Format::GraphMl => "graphml",
            Format::TimelineJs => "json",
            Format::Plover => "jsonl",
            Format::Json => "json",
        }
    }

    /// The media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8; header=present",
            Format::GeoJson => "application/geo+json",
            Format::Gexf => "application/gexf+xml",
            Format::GraphMl => "application/graphml+xml",
            Format::TimelineJs => "application/json",
            Format::Plover => "application/jsonl",
            Format::Json => "application/json",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Exports an analysis in a format. Every text ends with a newline.
pub fn export(analysis: &Analysis, format: Format) -> String {
    match format {
        Format::Csv => csv::to_csv(analysis),
        Format::GeoJson => geojson::to_geojson(analysis),
        Format::Gexf => gexf::to_gexf(analysis),
        Format::GraphMl => graphml::to_graphml(analysis),
        Format::TimelineJs => timelinejs::to_timelinejs(analysis),
        Format::Plover => plover::to_plover(analysis),
        Format::Json => {
            let mut out = serde_json::to_string_pretty(analysis).unwrap_or_default();
            out.push('\n');
            out
        }
    }
}
