//! The project file: an analysis with the dispatches it came from and the
//! user's corrections, so that work can be saved and opened again.
//!
//! ```json
//! {
//!   "format": "dispatch-atlas/project@1",
//!   "analysis": { "format": "dispatch-atlas/analysis@1", … },
//!   "dispatches": [{"text": "…", "dct": "2024-12-04", "lang": "de"}],
//!   "corrections": <any JSON value, stored as it is; null for none>
//! }
//! ```
//!
//! [`from_project`] reads one back and rejects, with a [`ProjectError`]
//! whose message a user can read: an empty file, text that is not JSON
//! (or is cut off), JSON that is not an object, a missing field, a format
//! tag of another kind of file or another project version (the message
//! names the version found and the one expected), and an analysis or
//! dispatch list that does not have the expected shape. It never panics.
//! Unknown extra fields are ignored, as the analysis format asks.

use std::fmt;

use atlas_engine::Analysis;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format tag of a project file.
pub const PROJECT_FORMAT: &str = "dispatch-atlas/project@1";

const PROJECT_PREFIX: &str = "dispatch-atlas/project@";
const PROJECT_VERSION: u64 = 1;

/// One dispatch as the user gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dispatch {
    /// The full text.
    pub text: String,
    /// The document creation date given by the user (`YYYY-MM-DD`), if any.
    #[serde(default)]
    pub dct: Option<String>,
    /// The language code given by the user (`de`), if any.
    #[serde(default)]
    pub lang: Option<String>,
    /// The date of the dispatch it was split from (`YYYY-MM-DD`), used when
    /// its own text has no dated dateline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct_from: Option<String>,
}

/// A project: an analysis, its dispatches, and the user's corrections.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// The analysis.
    pub analysis: Analysis,
    /// The dispatches, in order.
    pub dispatches: Vec<Dispatch>,
    /// The user's corrections, stored as they are (null for none).
    pub corrections: Value,
}

impl Project {
    /// The project file's text (same as [`to_project`]).
    pub fn to_json(&self) -> String {
        to_project(&self.analysis, &self.dispatches, &self.corrections)
    }
}

#[derive(Serialize)]
struct ProjectOut<'a> {
    format: &'static str,
    analysis: &'a Analysis,
    dispatches: &'a [Dispatch],
    corrections: &'a Value,
}

/// Writes a project file (pretty-printed JSON ending with a newline).
pub fn to_project(analysis: &Analysis, dispatches: &[Dispatch], corrections: &Value) -> String {
    let mut out = serde_json::to_string_pretty(&ProjectOut {
        format: PROJECT_FORMAT,
        analysis,
        dispatches,
        corrections,
    })
    .unwrap_or_default();
    out.push('\n');
    out
}

/// Why a project file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectError {
    /// The file is empty or only whitespace.
    Empty,
    /// The JSON ends before it is complete (a truncated file).
    Truncated {
        /// Line where the text ended.
        line: usize,
        /// Column where the text ended.
        column: usize,
    },
    /// The text is not JSON.
    NotJson {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
        /// The parser's description.
        detail: String,
    },
    /// The JSON is not an object.
    NotAnObject,
    /// A required field is missing.
    MissingField(&'static str),
    /// The format tag names another kind of file.
    NotAProject {
        /// The tag found.
        found: String,
    },
    /// The format tag names a project version this reader does not read.
    UnsupportedVersion {
        /// The tag found.
        found: String,
        /// The version found.
        version: String,
        /// True when the version is newer than [`PROJECT_FORMAT`].
        newer: bool,
    },
    /// A field has the wrong shape.
    Invalid {
        /// The field.
        field: &'static str,
        /// What is wrong.
        detail: String,
    },
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectError::Empty => write!(f, "the project file is empty"),
            ProjectError::Truncated { line, column } => write!(
                f,
                "the project file is cut off: its JSON ends unfinished at line {line}, column {column} (was the file saved or copied completely?)"
            ),
            ProjectError::NotJson { line, column, detail } => write!(
                f,
                "this is not a Dispatch Atlas project file: it is not valid JSON ({detail} at line {line}, column {column})"
            ),
            ProjectError::NotAnObject => write!(
                f,
                "this is not a Dispatch Atlas project file: expected a JSON object with \"format\": \"{PROJECT_FORMAT}\""
            ),
            ProjectError::MissingField(field) => write!(
                f,
                "the project file has no \"{field}\" field: it is incomplete or not a Dispatch Atlas project"
            ),
            ProjectError::NotAProject { found } if found == atlas_engine::model::FORMAT => write!(
                f,
                "this is an analysis file (\"{found}\"), not a project file (\"{PROJECT_FORMAT}\"): open it as an analysis"
            ),
            ProjectError::NotAProject { found } => write!(
                f,
                "this is not a Dispatch Atlas project file: its format is \"{found}\", expected \"{PROJECT_FORMAT}\""
            ),
            ProjectError::UnsupportedVersion { found, version, newer: true } => write!(
                f,
                "this project file has format version {version} (\"{found}\"), newer than the version this Dispatch Atlas reads (version {PROJECT_VERSION}, \"{PROJECT_FORMAT}\"): update Dispatch Atlas to open it"
            ),
            ProjectError::UnsupportedVersion { found, version, newer: false } if version.parse::<u64>().is_ok() => write!(
                f,
                "this project file has format version {version} (\"{found}\"), older than the version this Dispatch Atlas reads (version {PROJECT_VERSION}, \"{PROJECT_FORMAT}\")"
            ),
            ProjectError::UnsupportedVersion { found, version, .. } => write!(
                f,
                "this project file has format version \"{version}\" (\"{found}\"), which this Dispatch Atlas cannot read: it reads version {PROJECT_VERSION} (\"{PROJECT_FORMAT}\")"
            ),
            ProjectError::Invalid { field, detail } => {
                write!(f, "the project file's \"{field}\" is damaged: {detail}")
            }
        }
    }
}

impl std::error::Error for ProjectError {}

/// One line, for messages that quote serde's description.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// serde's message without its trailing ` at line L column C`.
fn detail(e: &serde_json::Error) -> String {
    let s = e.to_string();
    let s = match s.rfind(" at line ") {
        Some(i) if e.line() > 0 => s[..i].to_string(),
        _ => s,
    };
    one_line(&s)
}

/// Reads a project file.
pub fn from_project(text: &str) -> Result<Project, ProjectError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ProjectError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => ProjectError::Truncated {
            line: e.line(),
            column: e.column(),
        },
        _ => ProjectError::NotJson {
            line: e.line(),
            column: e.column(),
            detail: detail(&e),
        },
    })?;
    let Value::Object(mut obj) = value else {
        return Err(ProjectError::NotAnObject);
    };
    let format = match obj.get("format") {
        None => return Err(ProjectError::MissingField("format")),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(ProjectError::Invalid {
                field: "format",
                detail: format!("expected a string, found {}", kind(other)),
            })
        }
    };
    if format != PROJECT_FORMAT {
        return Err(match format.strip_prefix(PROJECT_PREFIX) {
            Some(v) => ProjectError::UnsupportedVersion {
                found: format.clone(),
                version: v.to_string(),
                newer: v.parse::<u64>().is_ok_and(|n| n > PROJECT_VERSION),
            },
            None => ProjectError::NotAProject { found: format },
        });
    }
    let mut take = |field: &'static str| obj.remove(field).ok_or(ProjectError::MissingField(field));
    let analysis = take("analysis")?;
    let dispatches = take("dispatches")?;
    let corrections = take("corrections")?;

    match analysis.get("format") {
        Some(Value::String(s)) if s == atlas_engine::model::FORMAT => {}
        Some(Value::String(s)) => {
            return Err(ProjectError::Invalid {
                field: "analysis",
                detail: format!(
                    "its format is \"{s}\", expected \"{}\"",
                    atlas_engine::model::FORMAT
                ),
            })
        }
        Some(other) if analysis.is_object() => {
            return Err(ProjectError::Invalid {
                field: "analysis",
                detail: format!("its format is {}, expected a string", kind(other)),
            })
        }
        None if analysis.is_object() => {
            return Err(ProjectError::Invalid {
                field: "analysis",
                detail: "it has no \"format\" field".into(),
            })
        }
        _ => {
            return Err(ProjectError::Invalid {
                field: "analysis",
                detail: format!("expected an object, found {}", kind(&analysis)),
            })
        }
    }
    let analysis: Analysis =
        serde_json::from_value(analysis).map_err(|e| ProjectError::Invalid {
            field: "analysis",
            detail: detail(&e),
        })?;
    let dispatches: Vec<Dispatch> =
        serde_json::from_value(dispatches).map_err(|e| ProjectError::Invalid {
            field: "dispatches",
            detail: detail(&e),
        })?;
    Ok(Project {
        analysis,
        dispatches,
        corrections,
    })
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
