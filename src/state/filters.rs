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

/// What the filters leave of the current analysis, computed once for every
/// view and the export menu (provided by the app).
#[derive(Clone, Copy)]
pub struct Shown(pub Memo<std::sync::Arc<Visible>>);

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

/// A text as searched: folded (case, diacritics: "Hisbollah", "Ḥizbullāh")
/// and doubled letters single, so spellings of one name meet ("Asad" finds
/// "Assad", "Hezbolah" finds "Hezbollah").
fn search_key(s: &str) -> String {
    let folded = atlas_engine::gazetteer::fold(s);
    let mut out = String::with_capacity(folded.len());
    let mut prev = None;
    for c in folded.chars() {
        if Some(c) != prev || !c.is_alphabetic() {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// What the search box asks for: its key, and whether it must start a word
/// (short ones: "HTS" is not in "rights", "UN" not in "Sunday").
struct Needle {
    key: String,
    word_start: bool,
}

impl Needle {
    fn new(search: &str) -> Needle {
        let key = search_key(search.trim());
        let word_start = key.chars().count() <= 3;
        Needle { key, word_start }
    }

    fn is_empty(&self) -> bool {
        self.key.is_empty()
    }
}

fn contains_folded(hay: &str, needle: &Needle) -> bool {
    let hay = search_key(hay);
    if !needle.word_start {
        return hay.contains(&needle.key);
    }
    hay.match_indices(&needle.key).any(|(i, _)| {
        hay[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Applies the filters to an analysis.
///
/// Actors and places stay visible when they match kind, document and search
/// filters; a time window additionally keeps only the actors, places and
/// relations evidenced by an event inside it. A search matches events by
/// their label, evidence, actors' names and place's name, and keeps the
/// actors and places of the events it matches (searching "Hama" keeps who
/// fought there, not an empty actor map).
pub fn visible(a: &Analysis, f: &FilterState) -> Visible {
    let needle = Needle::new(&f.search);
    let actor_kind: HashMap<&str, &str> = a
        .actors
        .iter()
        .map(|x| (x.id.as_str(), x.kind.as_str()))
        .collect();
    let actor_ok = |x: &atlas_engine::model::Actor| {
        !f.hidden_kinds.contains(x.kind.as_str())
            && (x.mentions.is_empty()
                || x.mentions
                    .iter()
                    .any(|m| !f.hidden_docs.contains(m.doc.as_str())))
            && (needle.is_empty()
                || contains_folded(&x.name, &needle)
                || x.aliases.iter().any(|al| contains_folded(al, &needle)))
    };
    // Kind and document filters alone (the search aside).
    let actor_kept = |x: &atlas_engine::model::Actor| {
        !f.hidden_kinds.contains(x.kind.as_str())
            && (x.mentions.is_empty()
                || x.mentions
                    .iter()
                    .any(|m| !f.hidden_docs.contains(m.doc.as_str())))
    };
    let search_places: HashSet<&str> = if needle.is_empty() {
        HashSet::new()
    } else {
        a.places
            .iter()
            .filter(|p| contains_folded(&p.name, &needle))
            .map(|p| p.id.as_str())
            .collect()
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
            && !e
                .place
                .as_deref()
                .is_some_and(|p| search_places.contains(p))
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
    let searching = !needle.is_empty();
    for x in &a.actors {
        let involved = in_events_actor.contains(x.id.as_str());
        let shown = actor_ok(x) || (searching && actor_kept(x) && involved);
        if shown && (!windowed || involved) {
            out.actors.insert(x.id.to_string());
        }
    }
    for p in &a.places {
        let doc_ok = p.mentions.is_empty()
            || p.mentions
                .iter()
                .any(|m| !f.hidden_docs.contains(m.doc.as_str()));
        let search_ok = needle.is_empty()
            || contains_folded(&p.name, &needle)
            || in_events_place.contains(p.id.as_str());
        if doc_ok && search_ok && (!windowed || in_events_place.contains(p.id.as_str())) {
            out.places.insert(p.id.to_string());
        }
    }
    // Events the class and document chips hide: a relation that only they
    // evidence goes with them (one said in a phrase of its own stays).
    let chip_hidden: HashSet<&str> = a
        .events
        .iter()
        .filter(|e| {
            f.hidden_docs.contains(&e.doc) || f.hidden_classes.contains(&EventClass::of(&e.kind))
        })
        .map(|e| e.id.as_str())
        .collect();
    for (i, r) in a.relations.iter().enumerate() {
        if f.hidden_relations.contains(&r.kind)
            || !out.actors.contains(&r.a)
            || !out.actors.contains(&r.b)
        {
            continue;
        }
        if !chip_hidden.is_empty()
            && !r.evidence.is_empty()
            && r.evidence
                .iter()
                .all(|ev| chip_hidden.contains(ev.as_str()))
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

/// The part of an analysis the filters show (`v`, see [`visible`]), for an
/// export of what the user sees: its events and relations, the actors and
/// places they name and those shown alone; every document and time.
pub fn subset(a: &Analysis, v: &Visible) -> Analysis {
    let events: Vec<_> = a
        .events
        .iter()
        .filter(|e| v.events.contains(&e.id))
        .cloned()
        .collect();
    let relations: Vec<_> = a
        .relations
        .iter()
        .enumerate()
        .filter(|(i, _)| v.relations.contains(i))
        .map(|(_, r)| r.clone())
        .collect();
    let named_actor = |id: &str| {
        v.actors.contains(id)
            || events
                .iter()
                .any(|e| e.actors.iter().any(|x| x.actor == id))
            || relations.iter().any(|r| r.a == id || r.b == id)
    };
    let named_place =
        |id: &str| v.places.contains(id) || events.iter().any(|e| e.place.as_deref() == Some(id));
    Analysis {
        actors: a
            .actors
            .iter()
            .filter(|x| named_actor(&x.id))
            .cloned()
            .collect(),
        places: a
            .places
            .iter()
            .filter(|p| named_place(&p.id))
            .cloned()
            .collect(),
        events,
        relations,
        ..a.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_engine::model::{Actor, Event, EventActor, Mention, Place, Relation};

    #[test]
    fn the_export_of_what_the_filters_show() {
        let a = analysis();
        let f = FilterState {
            hidden_classes: [EventClass::of("CONSULT")].into_iter().collect(),
            ..Default::default()
        };
        let v = visible(&a, &f);
        let s = subset(&a, &v);
        let names = |xs: Vec<&str>| xs.join(",");
        assert_eq!(
            names(s.events.iter().map(|e| e.id.as_str()).collect()),
            "e1"
        );
        // the places and actors the views still show, and those of its events
        let shown = |set: &HashSet<String>, of_e1: &[&str]| {
            let mut v: Vec<&str> = set
                .iter()
                .map(String::as_str)
                .chain(of_e1.iter().copied())
                .collect();
            v.sort();
            v.dedup();
            v.join(",")
        };
        assert_eq!(
            names(s.places.iter().map(|p| p.id.as_str()).collect()),
            shown(&v.places, &["p1"])
        );
        assert_eq!(
            names(s.actors.iter().map(|x| x.id.as_str()).collect()),
            shown(&v.actors, &["a1", "a2"])
        );
        // a search narrows the actors too
        let only = subset(&a, &visible(&a, &search("Moscow")));
        assert_eq!(
            names(only.events.iter().map(|e| e.id.as_str()).collect()),
            "e2"
        );
        assert!(only.actors.iter().all(|x| x.id != "a1"));
        assert_eq!(s.relations.len(), 1);
        assert_eq!(s.documents, a.documents);
        // nothing filtered: everything
        let all = subset(&a, &visible(&a, &FilterState::default()));
        assert_eq!(
            (all.events.len(), all.actors.len(), all.places.len()),
            (2, 4, 2)
        );
    }

    fn mention() -> Mention {
        Mention {
            doc: "d1".into(),
            start: 0,
            end: 0,
            text: Default::default(),
        }
    }

    /// Rebels assault the government at Hama; Russia and Iran talk in Moscow.
    fn analysis() -> Analysis {
        let mut a = Analysis::default();
        for (id, name) in [
            ("a1", "Rebels"),
            ("a2", "Syrian government"),
            ("a3", "Russia"),
            ("a4", "Iran"),
        ] {
            a.actors.push(Actor {
                id: id.into(),
                name: name.into(),
                kind: "state".into(),
                country: None,
                aliases: vec![],
                roles: vec![],
                mentions: vec![mention()],
            });
        }
        for (id, name) in [("p1", "Hama"), ("p2", "Moscow")] {
            a.places.push(Place {
                id: id.into(),
                name: name.into(),
                kind: "city".into(),
                country: None,
                lat: None,
                lon: None,
                aliases: vec![],
                mentions: vec![],
                reporting: false,
                near: None,
            });
        }
        let event = |id: &str, kind: &str, actors: [&str; 2], place: &str| Event {
            actors: actors
                .iter()
                .map(|x| EventActor {
                    actor: x.to_string(),
                    role: "source".into(),
                })
                .collect(),
            place: Some(place.into()),
            date: Some("2024-12-03".into()),
            ..Event::new(id, kind, "something", mention())
        };
        a.events.push(event("e1", "ASSAULT", ["a1", "a2"], "p1"));
        a.events.push(event("e2", "CONSULT", ["a3", "a4"], "p2"));
        a.relations.push(Relation {
            a: "a1".into(),
            b: "a2".into(),
            kind: "opposes".into(),
            label: String::new(),
            evidence: vec!["e1".into()],
            weight: 1,
        });
        a
    }

    fn search(q: &str) -> FilterState {
        FilterState {
            search: q.into(),
            ..Default::default()
        }
    }

    fn ids(s: &HashSet<String>) -> Vec<&str> {
        let mut v: Vec<&str> = s.iter().map(String::as_str).collect();
        v.sort();
        v
    }

    #[test]
    fn hiding_a_class_hides_the_relations_only_its_events_evidence() {
        let mut a = analysis();
        // an affiliation said in a phrase, and one evidenced by both a
        // hidden assault and a phrase
        a.relations.push(Relation {
            a: "a3".into(),
            b: "a4".into(),
            kind: "supports".into(),
            label: String::new(),
            evidence: vec!["d1:0-10".into()],
            weight: 1,
        });
        a.relations.push(Relation {
            a: "a1".into(),
            b: "a3".into(),
            kind: "opposes".into(),
            label: String::new(),
            evidence: vec!["e1".into(), "d1:20-30".into()],
            weight: 2,
        });
        let f = FilterState {
            hidden_classes: [EventClass::of("ASSAULT")].into_iter().collect(),
            ..Default::default()
        };
        let v = visible(&a, &f);
        assert_eq!(ids(&v.events), vec!["e2"]);
        let mut rels: Vec<usize> = v.relations.iter().copied().collect();
        rels.sort();
        assert_eq!(
            rels,
            vec![1, 2],
            "the assault's own relation goes; phrases keep theirs"
        );
        // hiding the dispatch hides its events' relations too
        let f = FilterState {
            hidden_docs: ["d1".to_string()].into_iter().collect(),
            ..Default::default()
        };
        assert!(!visible(&a, &f).relations.contains(&0));
        // no chip: every relation
        assert_eq!(visible(&a, &FilterState::default()).relations.len(), 3);
    }

    #[test]
    fn a_search_meets_other_spellings_and_short_ones_start_a_word() {
        let n = |q: &str| Needle::new(q);
        assert!(contains_folded("Bashar al-Assad", &n("Asad")));
        assert!(contains_folded("Bachar al-Assad", &n("assad")));
        assert!(contains_folded("Hisbollah", &n("hisbolah")));
        assert!(contains_folded("Ḥamā", &n("Hama")));
        assert!(contains_folded("Hayat Tahrir al-Sham (HTS)", &n("HTS")));
        assert!(
            !contains_folded("Syrian Observatory for Human Rights", &n("HTS")),
            "not inside a word"
        );
        assert!(!contains_folded("on Sunday", &n("un")));
        assert!(contains_folded("the UN Security Council", &n("UN")));
        assert!(
            contains_folded("Kharkiv", &n("kharki")),
            "longer ones anywhere"
        );
        assert!(Needle::new("  ").is_empty());
        // through `visible`: the same actor under either spelling
        let mut a = analysis();
        a.actors[1].name = "Bashar al-Assad".into();
        assert_eq!(
            ids(&visible(&a, &search("Asad")).actors),
            ids(&visible(&a, &search("Assad")).actors)
        );
        assert!(visible(&a, &search("Asad")).actors.contains("a2"));
    }

    #[test]
    fn searching_a_place_keeps_the_actors_of_its_events() {
        let a = analysis();
        let v = visible(&a, &search("hama"));
        assert_eq!(ids(&v.events), vec!["e1"], "the event at Hama");
        assert_eq!(ids(&v.places), vec!["p1"]);
        assert_eq!(ids(&v.actors), vec!["a1", "a2"], "who fought there");
        assert_eq!(v.relations.len(), 1, "and their relation");
    }

    #[test]
    fn searching_an_actor_keeps_it_and_its_counterparts() {
        let a = analysis();
        let v = visible(&a, &search("Russia"));
        assert_eq!(ids(&v.events), vec!["e2"]);
        assert_eq!(ids(&v.actors), vec!["a3", "a4"]);
        assert_eq!(ids(&v.places), vec!["p2"]);
        // Nothing matches: nothing shows.
        let none = visible(&a, &search("Atlantis"));
        assert!(none.events.is_empty() && none.actors.is_empty() && none.places.is_empty());
        // No search: everything.
        assert_eq!(visible(&a, &FilterState::default()).actors.len(), 4);
    }

    #[test]
    fn a_search_does_not_bring_back_hidden_kinds() {
        let a = analysis();
        let mut f = search("hama");
        f.hidden_kinds.insert("state".into());
        let v = visible(&a, &f);
        assert!(v.actors.is_empty());
    }
}
