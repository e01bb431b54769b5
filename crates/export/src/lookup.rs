//! Lookups shared by all formats: actors, places, documents and events by
//! id, an event's participants by role, a place's usable coordinates.
//!
//! Ids are unique within an analysis; should one repeat anyway, the first
//! item with that id wins, so the exports stay deterministic.

use std::collections::HashMap;

use atlas_engine::model::{Actor, Document, Event, Place};
use atlas_engine::Analysis;

/// Id → item maps over one analysis.
pub(crate) struct Index<'a> {
    actors: HashMap<&'a str, &'a Actor>,
    places: HashMap<&'a str, &'a Place>,
    documents: HashMap<&'a str, &'a Document>,
    events: HashMap<&'a str, &'a Event>,
}

fn by_id<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, &'a T> {
    let mut map = HashMap::with_capacity(items.len());
    for item in items {
        map.entry(id(item)).or_insert(item);
    }
    map
}

impl<'a> Index<'a> {
    /// Indexes an analysis.
    pub(crate) fn new(a: &'a Analysis) -> Self {
        Index {
            actors: by_id(&a.actors, |x| x.id.as_str()),
            places: by_id(&a.places, |x| x.id.as_str()),
            documents: by_id(&a.documents, |x| x.id.as_str()),
            events: by_id(&a.events, |x| x.id.as_str()),
        }
    }

    /// The actor with this id.
    pub(crate) fn actor(&self, id: &str) -> Option<&'a Actor> {
        self.actors.get(id).copied()
    }

    /// The place with this id.
    pub(crate) fn place(&self, id: &str) -> Option<&'a Place> {
        self.places.get(id).copied()
    }

    /// The document with this id.
    pub(crate) fn document(&self, id: &str) -> Option<&'a Document> {
        self.documents.get(id).copied()
    }

    /// The event with this id.
    pub(crate) fn event(&self, id: &str) -> Option<&'a Event> {
        self.events.get(id).copied()
    }

    /// The event's place, if it has one that exists.
    pub(crate) fn event_place(&self, e: &Event) -> Option<&'a Place> {
        e.place.as_deref().and_then(|p| self.place(p))
    }

    /// The event's actors with this role (`source`, `target`, …), in the
    /// event's order, each actor once; ids that name no actor are skipped.
    pub(crate) fn with_role(&self, e: &Event, role: &str) -> Vec<&'a Actor> {
        let mut out: Vec<&'a Actor> = Vec::new();
        for ea in e.actors.iter().filter(|ea| ea.role == role) {
            if let Some(actor) = self.actor(&ea.actor) {
                if !out.iter().any(|a| a.id == actor.id) {
                    out.push(actor);
                }
            }
        }
        out
    }

    /// All the event's actors whatever their role, in order, each once.
    pub(crate) fn participants(&self, e: &Event) -> Vec<&'a Actor> {
        let mut out: Vec<&'a Actor> = Vec::new();
        for ea in &e.actors {
            if let Some(actor) = self.actor(&ea.actor) {
                if !out.iter().any(|a| a.id == actor.id) {
                    out.push(actor);
                }
            }
        }
        out
    }

    /// The agency named in the dateline of a document (`AFP`).
    pub(crate) fn agency(&self, doc: &str) -> Option<&'a str> {
        self.document(doc)?
            .dateline
            .as_ref()?
            .agency
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// The place's (latitude, longitude) when both are present, finite and in
/// range; `None` otherwise.
pub(crate) fn coords(p: &Place) -> Option<(f64, f64)> {
    let (lat, lon) = (p.lat?, p.lon?);
    (lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon))
    .then_some((lat, lon))
}
