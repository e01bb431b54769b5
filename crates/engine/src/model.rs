//! The analysis format `dispatch-atlas/analysis@1` as serde types.
//!
//! These types are the contract between the engine, the CLI, the app, the
//! exports and the evaluator (see `shared/spec/analysis-format.md`). Offsets
//! are UTF-8 byte offsets into a document's text, half-open, on char
//! boundaries, and every span carries the text it covers.

use serde::{Deserialize, Serialize};

/// A short string of the format, for its most numerous values (mentions,
/// time expressions, evidence spans): up to 24 bytes it is kept inline,
/// without a heap allocation.
pub type Str = compact_str::CompactString;

/// The format tag written into every analysis.
pub const FORMAT: &str = "dispatch-atlas/analysis@1";

/// Everything extracted from a set of dispatches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`FORMAT`].
    pub format: String,
    /// The dispatches, in the order they were given.
    pub documents: Vec<Document>,
    /// Actors: one per real-world actor across all documents.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Places: one per real-world place across all documents.
    #[serde(default)]
    pub places: Vec<Place>,
    /// Time expressions, in document order.
    #[serde(default)]
    pub times: Vec<Time>,
    /// Events.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Relations between actors.
    #[serde(default)]
    pub relations: Vec<Relation>,
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis {
            format: FORMAT.to_string(),
            documents: Vec::new(),
            actors: Vec::new(),
            places: Vec::new(),
            times: Vec::new(),
            events: Vec::new(),
            relations: Vec::new(),
        }
    }
}

/// One dispatch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// `d1`, `d2`, …
    pub id: String,
    /// First line or headline, shortened.
    pub title: String,
    /// ISO 639-1 code of the detected (or given) language.
    pub lang: String,
    /// Document creation time (`YYYY-MM-DD`), null if unknown.
    pub dct: Option<String>,
    /// The dateline, null when the text has none.
    pub dateline: Option<Dateline>,
    /// The full text.
    pub text: String,
}

/// A wire dateline such as `Moskau, 4. Dezember 2024 (AFP) –`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// The dateline as written.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Id of the reporting place, if it was found in the gazetteer.
    pub place: Option<String>,
    /// The place as written in the dateline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_text: Option<String>,
    /// The date written in the dateline (`YYYY-MM-DD`), if any.
    pub date: Option<String>,
    /// The agency (`AFP`, `Reuters`, …), if any.
    pub agency: Option<String>,
}

/// A span of a document's text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Document id.
    pub doc: Str,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// `text[start..end]`.
    pub text: Str,
}

/// A role a person holds: an office and whom it serves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// The office, in English (`spokesperson`, `adviser`, `president`).
    pub title: String,
    /// Id of the actor the office serves.
    pub of: Option<String>,
}

/// Kinds of actor.
pub const ACTOR_KINDS: [&str; 9] = [
    "state",
    "government",
    "military",
    "armed_group",
    "person",
    "organisation",
    "media",
    "civilians",
    "other",
];

/// Something that acts or is acted upon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// `a1`, `a2`, …
    pub id: Str,
    /// Canonical display name, in English.
    pub name: String,
    /// One of [`ACTOR_KINDS`].
    pub kind: Str,
    /// ISO 3166-1 alpha-2, if any.
    pub country: Option<Str>,
    /// Every distinct spelling seen in the texts.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Offices held (people).
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Every mention, in document order.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// Kinds of place.
pub const PLACE_KINDS: [&str; 5] = ["country", "region", "city", "locality", "site"];

/// A place on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// `p1`, `p2`, …
    pub id: Str,
    /// Canonical display name, in English.
    pub name: String,
    /// One of [`PLACE_KINDS`].
    pub kind: Str,
    /// ISO 3166-1 alpha-2, if known.
    pub country: Option<Str>,
    /// Latitude in degrees, if geocoded.
    pub lat: Option<f64>,
    /// Longitude in degrees, if geocoded.
    pub lon: Option<f64>,
    /// Every distinct spelling seen.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Every mention, in document order.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// True when the place only appears as a dateline (reporting) place.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reporting: bool,
    /// The place whose point this one is given (a village the gazetteer
    /// does not hold, placed by the town the text locates it by): its
    /// coordinates are approximate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<Str>,
}

/// A time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Time {
    /// Document id.
    pub doc: Str,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// The expression as written.
    pub text: Str,
    /// TIMEX3 value (`2024-12-03`, `2024`, `XXXX-12-03`, `P3D`).
    pub value: Str,
    /// `date`, `time`, `duration` or `set`.
    pub kind: Str,
    /// `absolute`, `dct` or `narrative`.
    pub anchor: Str,
    /// A short English explanation of how the value was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Str>,
}

/// An actor taking part in an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// Actor id.
    pub actor: String,
    /// `source`, `target`, `supporter` or `reporter`.
    pub role: String,
}

/// PLOVER's sixteen top-level event types.
pub const EVENT_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// Something that happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `e1`, `e2`, …
    pub id: String,
    /// Document id of the first report.
    pub doc: String,
    /// One of [`EVENT_TYPES`].
    #[serde(rename = "type")]
    pub kind: String,
    /// Short English gloss of the trigger.
    pub label: String,
    /// TIMEX3 value, null when the text gives none.
    pub date: Option<String>,
    /// Participants with roles.
    #[serde(default)]
    pub actors: Vec<EventActor>,
    /// Place id.
    pub place: Option<String>,
    /// The sentence reporting it.
    pub evidence: Mention,
    /// Further reports of the same event (other sentences or dispatches).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Mention>,
    /// "did not attack".
    pub negated: bool,
    /// Only claimed by someone.
    pub reported: bool,
    /// 0..1.
    pub confidence: f64,
    /// Figures given ("at least 25 killed").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Set when merged reports disagree (dates or figures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<String>,
}

impl Event {
    /// An event with its id, type, label and evidence; undated, without
    /// actors or place, asserted, confidence 1. Set the rest with struct
    /// update syntax.
    pub fn new(
        id: impl Into<String>,
        kind: impl Into<String>,
        label: impl Into<String>,
        evidence: Mention,
    ) -> Event {
        Event {
            id: id.into(),
            doc: evidence.doc.to_string(),
            kind: kind.into(),
            label: label.into(),
            date: None,
            actors: Vec::new(),
            place: None,
            evidence,
            also: Vec::new(),
            negated: false,
            reported: false,
            confidence: 1.0,
            figures: Vec::new(),
            disagreement: None,
        }
    }
}

/// A casualty or size figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// `killed`, `wounded`, `displaced`, `troops`, …
    pub what: String,
    /// The number.
    pub value: u64,
    /// "at least", "about", or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// Document id.
    pub doc: String,
    /// Span of the figure.
    pub start: usize,
    /// Span end.
    pub end: usize,
}

/// A relation between two actors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Actor id.
    pub a: String,
    /// Actor id.
    pub b: String,
    /// `supports`, `opposes`, `contact` or `affiliation`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short English label ("ally of").
    pub label: String,
    /// Event ids or sentence spans (as `d1:120-240`) that support it.
    #[serde(default)]
    pub evidence: Vec<Str>,
    /// How many times the dispatches say so.
    pub weight: u32,
}
