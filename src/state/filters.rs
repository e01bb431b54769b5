//! One set of filters shared by every view, and the pure function that
//! decides what is visible.

use std::collections::{BTreeSet, HashMap, HashSet};

use atlas_engine::Analysis;
use leptos::prelude::*;

use crate::layout::colors::EventClass;
use crate::layout::time::interval;

/// The filters the user set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterState {
    /// Only events overlapping this window of day numbers.
    pub window: Option<(f64, f64)>,
    /// Hidden actor kinds.
    pub hidden_kinds: BTreeSet<String>,
    /// Hidden event classes.
    pub hidden_classes: BTreeSet<EventClass>,
    /// Hidden relation types.
    pub hidden_relations: BTreeSet<String>,
    /// Hidden documents.
    pub hidden_docs: BTreeSet<String>,
    /// Free-text search (names, labels, evidence).
    pub search: String,
}

impl FilterState {
    /// Whether any filter is active.
    pub fn is_active(&self) -> bool {
        self.window.is_some()
            || !self.hidden_kinds.is_empty()
            || !self.hidden_classes.is_empty()
            || !self.hidden_relations.is_empty()
            || !self.hidden_docs.is_empty()
            || !self.search.trim().is_empty()
    }
}

/// The filter context.
#[derive(Debug, Clone, Copy)]
pub struct Filters(pub RwSignal<FilterState>);

/// Provides empty filters.
pub fn provide_filters() -> Filters {
    let f = Filters(RwSignal::new(FilterState::default()));
    provide_context(f);
    f
}

/// The filters of the surrounding app.
pub fn use_filters() -> Filters {
    expect_context::<Filters>()
}

/// What passes the filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Visible {
    /// Event ids.
    pub events: HashSet<String>,
    /// Actor ids.
    pub actors: HashSet<String>,
    /// Place ids.
    pub places: HashSet<String>,
    /// Relation indices into `analysis.relations`.
    pub relations: HashSet<usize>,
}

fn contains_folded(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(needle)
}

/// Applies the filters to an analysis.
///
/// Actors and places stay visible when they match kind, document and search
/// filters; a time window additionally keeps only the actors, places and
/// relations evidenced by an event inside it.
pub fn visible(a: &Analysis, f: &FilterState) -> Visible {
    let needle = f.search.trim().to_lowercase();
    let actor_kind: HashMap<&str, &str> = a
        .actors
        .iter()
        .map(|x| (x.id.as_str(), x.kind.as_str()))
        .collect();
    let actor_ok = |x: &atlas_engine::model::Actor| {
        !f.hidden_kinds.contains(&x.kind)
            && (x.mentions.is_empty() || x.mentions.iter().any(|m| !f.hidden_docs.contains(m.doc.as_str())))
            && (needle.is_empty()
                || contains_folded(&x.name, &needle)
                || x.aliases.iter().any(|al| contains_folded(al, &needle)))
    };
    let mut out = Visible::default();
    let search_actors: HashSet<&str> = a
        .actors
        .iter()
        .filter(|x| actor_ok(x))
        .map(|x| x.id.as_str())
        .collect();
    for e in &a.events {
        if f.hidden_docs.contains(&e.doc) || f.hidden_classes.contains(&EventClass::of(&e.kind)) {
            continue;
        }
        if let Some((w0, w1)) = f.window {
            match e.date.as_deref().and_then(interval) {
                Some((s, t, _)) if s < w1 && t > w0 => {}
                _ => continue,
            }
        }
        if e.actors.iter().any(|p| {
            actor_kind
                .get(p.actor.as_str())
                .is_some_and(|k| f.hidden_kinds.contains(*k))
        }) && e.actors.iter().all(|p| {
            actor_kind
                .get(p.actor.as_str())
                .is_some_and(|k| f.hidden_kinds.contains(*k))
        }) {
            continue;
        }
        if !needle.is_empty()
            && !contains_folded(&e.label, &needle)
            && !contains_folded(&e.evidence.text, &needle)
            && !e
                .actors
                .iter()
                .any(|p| search_actors.contains(p.actor.as_str()))
        {
            continue;
        }
        out.events.insert(e.id.clone());
    }
    let windowed = f.window.is_some();
    let in_events_actor: HashSet<&str> = a
        .events
        .iter()
        .filter(|e| out.events.contains(&e.id))
        .flat_map(|e| e.actors.iter().map(|p| p.actor.as_str()))
        .collect();
    let in_events_place: HashSet<&str> = a
        .events
        .iter()
        .filter(|e| out.events.contains(&e.id))
        .filter_map(|e| e.place.as_deref())
        .collect();
    for x in &a.actors {
        if actor_ok(x) && (!windowed || in_events_actor.contains(x.id.as_str())) {
            out.actors.insert(x.id.clone());
        }
    }
    for p in &a.places {
        let doc_ok =
            p.mentions.is_empty() || p.mentions.iter().any(|m| !f.hidden_docs.contains(m.doc.as_str()));
        let search_ok = needle.is_empty()
            || contains_folded(&p.name, &needle)
            || in_events_place.contains(p.id.as_str());
        if doc_ok && search_ok && (!windowed || in_events_place.contains(p.id.as_str())) {
            out.places.insert(p.id.clone());
        }
    }
    for (i, r) in a.relations.iter().enumerate() {
        if f.hidden_relations.contains(&r.kind)
            || !out.actors.contains(&r.a)
            || !out.actors.contains(&r.b)
        {
            continue;
        }
        if windowed {
            // Keep relations evidenced by a visible event; relations evidenced only
            // by phrases (no event) have no date and drop out of a time window.
            if !r.evidence.iter().any(|ev| out.events.contains(ev.as_str())) {
                continue;
            }
        }
        out.relations.insert(i);
    }
    out
}
