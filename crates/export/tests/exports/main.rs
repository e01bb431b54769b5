//! Tests of every export format, each read back with an independent
//! parser (the `csv` crate, `serde_json`, `roxmltree`).

mod fixture;

mod csv_format;
mod formats;
mod geojson;
mod graphs;
mod plover;
mod project;
mod timelinejs;
