//! The analyst's corrections: a list of operations keyed by stable
//! identities (names the engine gave, dispatch ids and the text a span
//! covers), re-applied to every fresh analysis, so adding a dispatch or
//! re-analysing keeps them. Applying is a pure function.

use std::collections::HashMap;

use atlas_engine::model::{Actor, Event, EventActor, Mention, Relation};
use atlas_engine::Analysis;
use serde::{Deserialize, Serialize};

/// Where a span sits, independent of transient ids: the dispatch's local id,
/// the byte offset and the text covered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpanKey {
    /// The dispatch's local id.
    pub dispatch: u64,
    /// Byte offset in the dispatch's text.
    pub start: usize,
    /// The text covered (so an edited text no longer matches).
    pub text: String,
}

/// An event's identity: its evidence sentence and the engine's label; its
/// date tells apart two events one sentence gives with the same label ("M23
/// occupied Goma in November 2012 and again in 2021").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EventKey {
    /// The evidence sentence.
    pub evidence: SpanKey,
    /// The engine's label.
    pub label: String,
    /// The event's date when the key was taken (absent in projects saved
    /// before it was kept; used only to choose between events that share
    /// the sentence and the label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// One correction. Fields name their targets by stable identities: actors
/// and places by the name the engine gave them, spans by [`SpanKey`],
/// events by [`EventKey`].
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// Rename an actor (keyed by the engine's name).
    RenameActor { actor: String, name: String },
    /// Change an actor's kind.
    SetActorKind { actor: String, kind: String },
    /// Change an actor's country.
    SetActorCountry {
        actor: String,
        country: Option<String>,
    },
    /// Merge `from` into `into`.
    MergeActors { from: String, into: String },
    /// Split an alias off into its own actor.
    SplitAlias { actor: String, alias: String },
    /// Delete an actor (and its part in events and relations).
    DeleteActor { actor: String },
    /// Re-geocode or rename a place.
    SetPlace {
        place: String,
        name: Option<String>,
        kind: Option<String>,
        country: Option<String>,
        lat: f64,
        lon: f64,
    },
    /// Delete a place.
    DeletePlace { place: String },
    /// Change the value of a time expression.
    SetTime { time: SpanKey, value: String },
    /// Change an event's type.
    SetEventType { event: EventKey, kind: String },
    /// Change an event's date.
    SetEventDate {
        event: EventKey,
        date: Option<String>,
    },
    /// Change an event's place (by place name), or clear it.
    SetEventPlace {
        event: EventKey,
        place: Option<String>,
    },
    /// Replace an event's actors (by actor names, with roles).
    SetEventActors {
        event: EventKey,
        actors: Vec<(String, String)>,
    },
    /// Delete an event.
    DeleteEvent { event: EventKey },
    /// Add an event from a sentence.
    AddEvent {
        evidence: SpanKey,
        end: usize,
        kind: String,
        label: String,
        date: Option<String>,
        actors: Vec<(String, String)>,
        place: Option<String>,
    },
    /// Add a relation between two actors (by name).
    AddRelation { a: String, b: String, kind: String },
    /// Change a relation's type.
    RetypeRelation {
        a: String,
        b: String,
        from: String,
        to: String,
    },
    /// Delete a relation.
    DeleteRelation { a: String, b: String, kind: String },
}

impl Op {
    /// Whether this operation makes `prev` pointless when it comes right
    /// after it: it sets, to an absolute value, the same thing of the same
    /// item (an event's type twice in a row, its actors, a date…). The
    /// second then replaces the first: stepping through a type list with
    /// the arrow keys, or changing one's mind, leaves one correction, not
    /// one per step (each is still its own undo step).
    pub fn supersedes(&self, prev: &Op) -> bool {
        match (self, prev) {
            (Op::SetEventType { event: a, .. }, Op::SetEventType { event: b, .. })
            | (Op::SetEventDate { event: a, .. }, Op::SetEventDate { event: b, .. })
            | (Op::SetEventPlace { event: a, .. }, Op::SetEventPlace { event: b, .. })
            | (Op::SetEventActors { event: a, .. }, Op::SetEventActors { event: b, .. }) => a == b,
            (Op::SetActorKind { actor: a, .. }, Op::SetActorKind { actor: b, .. })
            | (Op::SetActorCountry { actor: a, .. }, Op::SetActorCountry { actor: b, .. }) => {
                a == b
            }
            (Op::SetTime { time: a, .. }, Op::SetTime { time: b, .. }) => a == b,
            _ => false,
        }
    }

    /// A one-line description for the changes panel.
    pub fn describe(&self) -> String {
        match self {
            Op::RenameActor { actor, name } => format!("Renamed “{actor}” to “{name}”"),
            Op::SetActorKind { actor, kind } => format!("“{actor}” is a {kind}"),
            Op::SetActorCountry { actor, country } => format!(
                "“{actor}” country: {}",
                country.as_deref().unwrap_or("none")
            ),
            Op::MergeActors { from, into } => format!("Merged “{from}” into “{into}”"),
            Op::SplitAlias { actor, alias } => format!("Split “{alias}” off “{actor}”"),
            Op::DeleteActor { actor } => format!("Deleted actor “{actor}”"),
            Op::SetPlace {
                place,
                lat,
                lon,
                name,
                ..
            } => format!(
                "Placed “{}” at {lat:.3}, {lon:.3}",
                name.as_deref().unwrap_or(place)
            ),
            Op::DeletePlace { place } => format!("Deleted place “{place}”"),
            Op::SetTime { time, value } => format!("Date “{}” is {value}", time.text),
            Op::SetEventType { event, kind } => format!(
                "Event “{}” is of type {}",
                event.label,
                crate::layout::colors::event_type_label(kind)
            ),
            Op::SetEventDate { event, date } => format!(
                "Event “{}” dated {}",
                event.label,
                date.as_deref().unwrap_or("none")
            ),
            Op::SetEventPlace { event, place } => format!(
                "Event “{}” at {}",
                event.label,
                place.as_deref().unwrap_or("no place")
            ),
            Op::SetEventActors { event, .. } => format!("Changed the actors of “{}”", event.label),
            Op::DeleteEvent { event } => format!("Deleted event “{}”", event.label),
            Op::AddEvent { label, .. } => format!("Added event “{label}”"),
            Op::AddRelation { a, b, kind } => format!("Added {kind}: {a} — {b}"),
            Op::RetypeRelation { a, b, from, to } => format!("{a} — {b}: {from} → {to}"),
            Op::DeleteRelation { a, b, kind } => format!("Deleted {kind}: {a} — {b}"),
        }
    }
}

fn same_pair(r: &Relation, a: &str, b: &str) -> bool {
    (r.a == a && r.b == b) || (r.a == b && r.b == a)
}

/// The stable key of an event of `a`; `dispatches[i]` is the local id of document `d{i+1}`.
pub fn event_key(a: &Analysis, e: &Event, dispatches: &[u64]) -> Option<EventKey> {
    let dispatch = doc_dispatch(&e.evidence.doc, dispatches)?;
    let _ = a;
    Some(EventKey {
        evidence: SpanKey {
            dispatch,
            start: e.evidence.start,
            text: e.evidence.text.to_string(),
        },
        label: e.label.clone(),
        date: e.date.clone(),
    })
}

/// Checks a date typed into a correction editor. `Ok` holds the value to
/// store (trimmed; `None` clears the date when `allow_empty`); `Err` holds the
/// message shown next to the field. Durations (`P3D`) pass when
/// `allow_duration` (a time expression can be one).
pub fn check_date(
    input: &str,
    allow_empty: bool,
    allow_duration: bool,
) -> Result<Option<String>, String> {
    let v = input.trim();
    if v.is_empty() {
        return if allow_empty {
            Ok(None)
        } else {
            Err("Type a date: 2024-12-03, 2024-12, 2024 or 2024-W49.".to_string())
        };
    }
    let duration = allow_duration
        && v.len() > 1
        && v.starts_with('P')
        && v[1..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.');
    if duration || crate::layout::time::interval(v).is_some() {
        Ok(Some(v.to_string()))
    } else {
        Err(format!(
            "“{v}” is not a date: use 2024-12-03, 2024-12, 2024 or 2024-W49."
        ))
    }
}

/// The local dispatch id of a document id (`d3` → `dispatches[2]`).
pub fn doc_dispatch(doc: &str, dispatches: &[u64]) -> Option<u64> {
    let i: usize = doc.strip_prefix('d')?.parse().ok()?;
    dispatches.get(i.checked_sub(1)?).copied()
}

/// Applies the operations in order to a fresh analysis. Operations whose
/// target no longer exists are skipped (and reported by [`stale`]).
pub fn apply(raw: &Analysis, ops: &[Op], dispatches: &[u64]) -> Analysis {
    let mut a = raw.clone();
    for op in ops {
        apply_one(&mut a, op, dispatches);
    }
    a
}

/// Which operations found nothing to act on in `raw` (applied in order).
pub fn stale(raw: &Analysis, ops: &[Op], dispatches: &[u64]) -> Vec<bool> {
    if ops.is_empty() {
        return Vec::new(); // and no copy of the analysis
    }
    let mut a = raw.clone();
    ops.iter()
        .map(|op| !apply_one(&mut a, op, dispatches))
        .collect()
}

/// The relations an event implies between its participants, as the engine
/// draws them (without its finer exceptions): (a, b, type, label). A
/// fight, a threat or an accusation sets its sources against its targets;
/// talks and agreements put them in contact; support and aid go from source
/// to target; a supporter backs the sources.
fn implied_relations(e: &Event) -> Vec<(String, String, &'static str, &'static str)> {
    let with = |role: &str| -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        for x in e.actors.iter().filter(|x| x.role == role) {
            if !v.contains(&x.actor.as_str()) {
                v.push(x.actor.as_str());
            }
        }
        v
    };
    let (src, tgt, sup) = (with("source"), with("target"), with("supporter"));
    let (kind, label) = match e.kind.as_str() {
        "ASSAULT" => ("opposes", "fights"),
        "COERCE" => ("opposes", "coerces"),
        "THREATEN" => ("opposes", "threatens"),
        "ACCUSE" => ("opposes", "accuses"),
        "SANCTION" => ("opposes", "sanctions"),
        "PROTEST" => ("opposes", "protests against"),
        "CONSULT" => ("contact", "in contact with"),
        "AGREE" => ("contact", "agreed with"),
        "COOPERATE" => ("contact", "cooperates with"),
        "SUPPORT" => ("supports", "supports"),
        "AID" => ("supports", "aids"),
        _ => ("", ""),
    };
    let mut out = Vec::new();
    if e.negated {
        return out;
    }
    if !kind.is_empty() {
        for s in &src {
            for t in tgt.iter().filter(|t| *t != s) {
                out.push((s.to_string(), t.to_string(), kind, label));
            }
        }
    }
    for p in &sup {
        for s in src.iter().filter(|s| *s != p) {
            out.push((p.to_string(), s.to_string(), "supports", "backs"));
        }
    }
    out
}

/// Takes event `id` out of the relations' evidence: a relation it alone
/// supported goes, the others weigh one report less.
fn drop_evidence(a: &mut Analysis, id: &str) {
    a.relations.retain_mut(|r| {
        let before = r.evidence.len();
        r.evidence.retain(|e| e != id);
        if r.evidence.len() == before {
            return true;
        }
        r.weight = r.weight.saturating_sub(1).max(1);
        !r.evidence.is_empty()
    });
}

/// Draws again the relations of event `i` after its type or its actors were
/// corrected: those it alone supported go, those its new reading implies
/// come (or gain its report).
fn redraw_relations(a: &mut Analysis, i: usize) {
    let id = a.events[i].id.clone();
    drop_evidence(a, &id);
    for (x, y, kind, label) in implied_relations(&a.events[i]) {
        let directed = kind == "supports";
        let same = |r: &Relation| {
            r.kind == kind && (r.a == x && r.b == y || !directed && r.a == y && r.b == x)
        };
        match a.relations.iter_mut().find(|r| same(r)) {
            Some(r) => {
                if !r.evidence.iter().any(|e| e == &id) {
                    r.evidence.push(id.as_str().into());
                    r.weight += 1;
                }
            }
            None => a.relations.push(Relation {
                a: x,
                b: y,
                kind: kind.to_string(),
                label: label.to_string(),
                evidence: vec![id.as_str().into()],
                weight: 1,
            }),
        }
    }
}

fn actor_id_by_name(a: &Analysis, name: &str) -> Option<String> {
    a.actors
        .iter()
        .find(|x| x.name == name || x.aliases.iter().any(|al| al == name))
        .map(|x| x.id.to_string())
}

fn place_id_by_name(a: &Analysis, name: &str) -> Option<String> {
    a.places
        .iter()
        .find(|x| x.name == name || x.aliases.iter().any(|al| al == name))
        .map(|x| x.id.to_string())
}

fn find_event(a: &Analysis, key: &EventKey, dispatches: &[u64]) -> Option<usize> {
    let mut same = a.events.iter().enumerate().filter(|(_, e)| {
        doc_dispatch(&e.evidence.doc, dispatches) == Some(key.evidence.dispatch)
            && e.evidence.start == key.evidence.start
            && e.evidence.text == key.evidence.text
            && e.label == key.label
    });
    let first = same.next()?.0;
    // (two events of one sentence with one label: the one of the key's
    // date; else the first, as when the date has changed since)
    Some(
        std::iter::once(first)
            .chain(same.map(|(i, _)| i))
            .find(|&i| key.date.is_some() && a.events[i].date == key.date)
            .unwrap_or(first),
    )
}

fn next_id(prefix: char, taken: impl Iterator<Item = String>) -> String {
    let n = taken
        .filter_map(|id| id.strip_prefix(prefix).and_then(|s| s.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", n + 1)
}

/// Applies one operation; returns whether it found its target.
fn apply_one(a: &mut Analysis, op: &Op, dispatches: &[u64]) -> bool {
    match op {
        Op::RenameActor { actor, name } => match a.actors.iter_mut().find(|x| &x.name == actor) {
            Some(x) => {
                if !x.aliases.contains(&x.name) {
                    x.aliases.push(x.name.clone());
                }
                x.name = name.clone();
                true
            }
            None => false,
        },
        Op::SetActorKind { actor, kind } => a
            .actors
            .iter_mut()
            .find(|x| &x.name == actor)
            .map(|x| x.kind = kind.as_str().into())
            .is_some(),
        Op::SetActorCountry { actor, country } => a
            .actors
            .iter_mut()
            .find(|x| &x.name == actor)
            .map(|x| x.country = country.as_deref().map(Into::into))
            .is_some(),
        Op::MergeActors { from, into } => {
            let (Some(f), Some(t)) = (actor_id_by_name(a, from), actor_id_by_name(a, into)) else {
                return false;
            };
            if f == t {
                return false;
            }
            let Some(fi) = a.actors.iter().position(|x| x.id == f) else {
                return false;
            };
            let gone = a.actors.remove(fi);
            if let Some(target) = a.actors.iter_mut().find(|x| x.id == t) {
                for al in std::iter::once(gone.name.clone()).chain(gone.aliases) {
                    if al != target.name && !target.aliases.contains(&al) {
                        target.aliases.push(al);
                    }
                }
                target.mentions.extend(gone.mentions);
                target.mentions.sort();
                target.mentions.dedup();
                target.roles.extend(gone.roles);
            }
            for e in &mut a.events {
                for p in &mut e.actors {
                    if p.actor == f {
                        p.actor = t.clone();
                    }
                }
                let mut seen = Vec::new();
                e.actors.retain(|p| {
                    let k = (p.actor.clone(), p.role.clone());
                    let fresh = !seen.contains(&k);
                    seen.push(k);
                    fresh
                });
            }
            for r in &mut a.relations {
                if r.a == f {
                    r.a = t.clone();
                }
                if r.b == f {
                    r.b = t.clone();
                }
            }
            a.relations.retain(|r| r.a != r.b);
            merge_duplicate_relations(&mut a.relations);
            for x in &mut a.actors {
                for role in &mut x.roles {
                    if role.of.as_deref() == Some(f.as_str()) {
                        role.of = Some(t.clone());
                    }
                }
            }
            true
        }
        Op::SplitAlias { actor, alias } => {
            let Some(x) = a.actors.iter_mut().find(|x| &x.name == actor) else {
                return false;
            };
            let moved: Vec<Mention> = x
                .mentions
                .iter()
                .filter(|m| &m.text == alias)
                .cloned()
                .collect();
            if moved.is_empty() && !x.aliases.contains(alias) {
                return false;
            }
            x.mentions.retain(|m| &m.text != alias);
            x.aliases.retain(|al| al != alias);
            let kind = x.kind.clone();
            let country = x.country.clone();
            let id = next_id('a', a.actors.iter().map(|x| x.id.to_string()));
            a.actors.push(Actor {
                id: id.into(),
                name: alias.clone(),
                kind,
                country,
                aliases: vec![],
                roles: vec![],
                mentions: moved,
            });
            true
        }
        Op::DeleteActor { actor } => {
            let Some(id) = a
                .actors
                .iter()
                .find(|x| &x.name == actor)
                .map(|x| x.id.clone())
            else {
                return false;
            };
            a.actors.retain(|x| x.id != id);
            for e in &mut a.events {
                e.actors.retain(|p| p.actor != id);
            }
            a.relations.retain(|r| r.a != id && r.b != id);
            true
        }
        Op::SetPlace {
            place,
            name,
            kind,
            country,
            lat,
            lon,
        } => match a.places.iter_mut().find(|p| &p.name == place) {
            Some(p) => {
                p.lat = Some(*lat);
                p.lon = Some(*lon);
                // placed by hand: no longer borrowed from a nearby place
                p.near = None;
                if let Some(n) = name {
                    if !p.aliases.contains(&p.name) {
                        p.aliases.push(p.name.clone());
                    }
                    p.name = n.clone();
                }
                if let Some(k) = kind {
                    p.kind = k.as_str().into();
                }
                if country.is_some() {
                    p.country = country.as_deref().map(Into::into);
                }
                true
            }
            None => false,
        },
        Op::DeletePlace { place } => {
            let Some(id) = a
                .places
                .iter()
                .find(|p| &p.name == place)
                .map(|p| p.id.clone())
            else {
                return false;
            };
            a.places.retain(|p| p.id != id);
            // a village placed by the deleted place keeps its point, not the link
            for p in &mut a.places {
                if p.near.as_deref() == Some(id.as_str()) {
                    p.near = None;
                }
            }
            for e in &mut a.events {
                if e.place.as_deref() == Some(id.as_str()) {
                    e.place = None;
                }
            }
            for d in &mut a.documents {
                if let Some(dl) = &mut d.dateline {
                    if dl.place.as_deref() == Some(id.as_str()) {
                        dl.place = None;
                    }
                }
            }
            true
        }
        Op::SetTime { time, value } => {
            let Some(t) = a.times.iter_mut().find(|t| {
                doc_dispatch(&t.doc, dispatches) == Some(time.dispatch)
                    && t.start == time.start
                    && t.text == time.text
            }) else {
                return false;
            };
            let old = std::mem::replace(&mut t.value, value.as_str().into());
            t.anchor = "absolute".into();
            t.explanation = Some(format!("set by the analyst (the engine read {old})").into());
            let (doc, s, e) = (t.doc.to_string(), t.start, t.end);
            // Events dated by this expression follow it.
            for ev in &mut a.events {
                if ev.doc == doc
                    && ev.evidence.start <= s
                    && e <= ev.evidence.end
                    && ev.date.as_deref() == Some(old.as_str())
                {
                    ev.date = Some(value.clone());
                }
            }
            true
        }
        Op::SetEventType { event, kind } => match find_event(a, event, dispatches) {
            Some(i) => {
                a.events[i].kind = kind.clone();
                redraw_relations(a, i);
                true
            }
            None => false,
        },
        Op::SetEventDate { event, date } => match find_event(a, event, dispatches) {
            Some(i) => {
                a.events[i].date = date.clone();
                true
            }
            None => false,
        },
        Op::SetEventPlace { event, place } => {
            let Some(i) = find_event(a, event, dispatches) else {
                return false;
            };
            let pid = place.as_deref().and_then(|p| place_id_by_name(a, p));
            a.events[i].place = pid;
            true
        }
        Op::SetEventActors { event, actors } => {
            let Some(i) = find_event(a, event, dispatches) else {
                return false;
            };
            let list: Vec<EventActor> = actors
                .iter()
                .filter_map(|(n, role)| {
                    actor_id_by_name(a, n).map(|id| EventActor {
                        actor: id,
                        role: role.clone(),
                    })
                })
                .collect();
            a.events[i].actors = list;
            redraw_relations(a, i);
            true
        }
        Op::DeleteEvent { event } => match find_event(a, event, dispatches) {
            Some(i) => {
                let id = a.events.remove(i).id;
                drop_evidence(a, &id);
                true
            }
            None => false,
        },
        Op::AddEvent {
            evidence,
            end,
            kind,
            label,
            date,
            actors,
            place,
        } => {
            let Some(di) = dispatches.iter().position(|d| *d == evidence.dispatch) else {
                return false;
            };
            let doc = format!("d{}", di + 1);
            let Some(text) = a
                .documents
                .iter()
                .find(|d| d.id == doc)
                .and_then(|d| d.text.get(evidence.start..*end))
            else {
                return false;
            };
            if text != evidence.text {
                return false;
            }
            let id = next_id('e', a.events.iter().map(|e| e.id.clone()));
            let actors = actors
                .iter()
                .filter_map(|(n, role)| {
                    actor_id_by_name(a, n).map(|id| EventActor {
                        actor: id,
                        role: role.clone(),
                    })
                })
                .collect();
            let place = place.as_deref().and_then(|p| place_id_by_name(a, p));
            let span = Mention {
                doc: doc.into(),
                start: evidence.start,
                end: *end,
                text: evidence.text.as_str().into(),
            };
            a.events.push(Event {
                date: date.clone(),
                actors,
                place,
                ..Event::new(id, kind.as_str(), label.as_str(), span)
            });
            redraw_relations(a, a.events.len() - 1);
            true
        }
        Op::AddRelation { a: an, b: bn, kind } => {
            let (Some(x), Some(y)) = (actor_id_by_name(a, an), actor_id_by_name(a, bn)) else {
                return false;
            };
            if x == y {
                return false;
            }
            match a
                .relations
                .iter_mut()
                .find(|r| same_pair(r, &x, &y) && &r.kind == kind)
            {
                Some(r) => r.weight += 1,
                None => a.relations.push(Relation {
                    a: x,
                    b: y,
                    kind: kind.clone(),
                    label: "set by the analyst".into(),
                    evidence: vec![],
                    weight: 1,
                }),
            }
            true
        }
        Op::RetypeRelation {
            a: an,
            b: bn,
            from,
            to,
        } => {
            let (Some(x), Some(y)) = (actor_id_by_name(a, an), actor_id_by_name(a, bn)) else {
                return false;
            };
            let Some(r) = a
                .relations
                .iter_mut()
                .find(|r| same_pair(r, &x, &y) && &r.kind == from)
            else {
                return false;
            };
            r.kind = to.clone();
            merge_duplicate_relations(&mut a.relations);
            true
        }
        Op::DeleteRelation { a: an, b: bn, kind } => {
            let (Some(x), Some(y)) = (actor_id_by_name(a, an), actor_id_by_name(a, bn)) else {
                return false;
            };
            let before = a.relations.len();
            a.relations
                .retain(|r| !(same_pair(r, &x, &y) && &r.kind == kind));
            a.relations.len() != before
        }
    }
}

fn merge_duplicate_relations(rels: &mut Vec<Relation>) {
    let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
    let mut out: Vec<Relation> = Vec::with_capacity(rels.len());
    for r in rels.drain(..) {
        let (p, q) = if r.a <= r.b {
            (r.a.clone(), r.b.clone())
        } else {
            (r.b.clone(), r.a.clone())
        };
        match seen.get(&(p.clone(), q.clone(), r.kind.clone())) {
            Some(&i) => {
                out[i].weight += r.weight;
                out[i].evidence.extend(r.evidence);
            }
            None => {
                seen.insert((p, q, r.kind.clone()), out.len());
                out.push(r);
            }
        }
    }
    *rels = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::colors::event_type_label;

    #[test]
    fn check_date_accepts_dates_and_explains_the_rest() {
        assert_eq!(
            check_date(" 2024-12-03 ", true, false),
            Ok(Some("2024-12-03".into()))
        );
        assert_eq!(
            check_date("2024-W49", false, false),
            Ok(Some("2024-W49".into()))
        );
        assert_eq!(check_date("  ", true, false), Ok(None));
        assert!(check_date("", false, false).is_err());
        let e = check_date("3rd of Dec", true, false).unwrap_err();
        assert!(e.contains("“3rd of Dec” is not a date"), "{e}");
        assert!(check_date("2024-13-45", true, false).is_err());
        assert_eq!(check_date("P3D", false, true), Ok(Some("P3D".into())));
        assert!(check_date("P3D", false, false).is_err());
        assert!(check_date("P", false, true).is_err());
        assert!(check_date("P<b>", false, true).is_err());
    }

    use crate::state::fixture::m;

    fn sample() -> Analysis {
        let text = "Das Regime eroberte 2016 Aleppo zurück.";
        let mut a = crate::state::fixture::sample(text, ("government", "government", "state"));
        a.events.push(Event {
            date: Some("2016".into()),
            actors: vec![EventActor {
                actor: "a2".into(),
                role: "source".into(),
            }],
            place: Some("p1".into()),
            confidence: 0.8,
            ..Event::new("e1", "ASSAULT", "recaptured", m("d1", 0, text))
        });
        a.relations.push(Relation {
            a: "a3".into(),
            b: "a2".into(),
            kind: "supports".into(),
            label: String::new(),
            evidence: vec!["e1".into()],
            weight: 1,
        });
        a.relations.push(Relation {
            a: "a3".into(),
            b: "a1".into(),
            kind: "supports".into(),
            label: String::new(),
            evidence: vec![],
            weight: 1,
        });
        a
    }

    /// An aid of Ukraine to its minister and NATO, Russia backing; the
    /// relations the engine drew from it.
    fn aid() -> Analysis {
        let text = "Die Ukraine beriet mit der Nato über Militärhilfe.";
        let mut a = crate::state::fixture::sample(text, ("state", "person", "state"));
        a.actors[2].name = "NATO".into();
        a.events.push(Event {
            actors: ["a1:source", "a2:target", "a3:target"]
                .iter()
                .map(|s| {
                    let (actor, role) = s.split_once(':').unwrap();
                    EventActor {
                        actor: actor.into(),
                        role: role.into(),
                    }
                })
                .collect(),
            ..Event::new("e1", "AID", "aid", m("d1", 0, text))
        });
        for (x, y) in [("a1", "a2"), ("a1", "a3")] {
            a.relations.push(Relation {
                a: x.into(),
                b: y.into(),
                kind: "supports".into(),
                label: "aids".into(),
                evidence: vec!["e1".into()],
                weight: 1,
            });
        }
        // an alliance the text states apart from the event
        a.relations.push(Relation {
            a: "a1".into(),
            b: "a3".into(),
            kind: "contact".into(),
            label: "in contact with".into(),
            evidence: vec!["d1:0-10".into()],
            weight: 1,
        });
        a
    }

    fn pairs(a: &Analysis) -> Vec<(String, String, String, u32)> {
        a.relations
            .iter()
            .map(|r| (r.a.clone(), r.b.clone(), r.kind.clone(), r.weight))
            .collect()
    }

    #[test]
    fn a_retyped_event_draws_its_relations_again() {
        let a = aid();
        let key = event_key(&a, &a.events[0], &[7]).unwrap();
        let talks = apply(
            &a,
            &[Op::SetEventType {
                event: key.clone(),
                kind: "CONSULT".into(),
            }],
            &[7],
        );
        // the support it alone gave is gone; its talks join the contact the text states
        assert_eq!(
            pairs(&talks),
            vec![
                ("a1".into(), "a3".into(), "contact".into(), 2),
                ("a1".into(), "a2".into(), "contact".into(), 1),
            ]
        );
        let ev = &talks.relations[0].evidence;
        assert!(ev.iter().any(|e| e == "e1") && ev.iter().any(|e| e == "d1:0-10"));
        // a fight sets them against each other
        let fight = apply(
            &a,
            &[Op::SetEventType {
                event: key.clone(),
                kind: "ASSAULT".into(),
            }],
            &[7],
        );
        assert!(pairs(&fight).contains(&("a1".into(), "a3".into(), "opposes".into(), 1)));
        assert!(!pairs(&fight).iter().any(|p| p.2 == "supports"));
        // an event type that implies none leaves only what the text states
        let other = apply(
            &a,
            &[Op::SetEventType {
                event: key.clone(),
                kind: "MOBILIZE".into(),
            }],
            &[7],
        );
        assert_eq!(
            pairs(&other),
            vec![("a1".into(), "a3".into(), "contact".into(), 1)]
        );
        // new actors, new relations: the minister only
        let fewer = apply(
            &a,
            &[Op::SetEventActors {
                event: key,
                actors: vec![
                    ("Syrian government".into(), "source".into()),
                    ("Regime".into(), "target".into()),
                ],
            }],
            &[7],
        );
        assert!(pairs(&fewer).contains(&("a1".into(), "a2".into(), "supports".into(), 1)));
        assert!(!pairs(&fewer).contains(&("a1".into(), "a3".into(), "supports".into(), 1)));
    }

    #[test]
    fn a_deleted_event_takes_the_relations_it_alone_supported() {
        let a = aid();
        let key = event_key(&a, &a.events[0], &[7]).unwrap();
        let gone = apply(&a, &[Op::DeleteEvent { event: key }], &[7]);
        assert_eq!(
            pairs(&gone),
            vec![("a1".into(), "a3".into(), "contact".into(), 1)]
        );
    }

    #[test]
    fn deleting_one_of_two_events_of_a_sentence_with_one_label_deletes_that_one() {
        let mut a = sample();
        let mut later = a.events[0].clone();
        later.id = "e2".into();
        later.date = Some("2021".into());
        a.events.push(later);
        let key = event_key(&a, &a.events[1], &[7]).unwrap();
        let gone = apply(&a, &[Op::DeleteEvent { event: key }], &[7]);
        let dates: Vec<Option<String>> = gone.events.iter().map(|e| e.date.clone()).collect();
        assert_eq!(dates, vec![Some("2016".into())]);
        // a key saved without a date (older projects) takes the first
        let mut old = event_key(&a, &a.events[1], &[7]).unwrap();
        old.date = None;
        let gone = apply(&a, &[Op::DeleteEvent { event: old }], &[7]);
        let dates: Vec<Option<String>> = gone.events.iter().map(|e| e.date.clone()).collect();
        assert_eq!(dates, vec![Some("2021".into())]);
        // and an old project file without the field still reads
        let json = r#"{"evidence":{"dispatch":7,"start":0,"text":"x"},"label":"y"}"#;
        let k: EventKey = serde_json::from_str(json).unwrap();
        assert_eq!(k.date, None);
    }

    fn ekey(a: &Analysis) -> EventKey {
        event_key(a, &a.events[0], &[7]).unwrap()
    }

    #[test]
    fn a_second_setting_of_the_same_thing_replaces_the_first() {
        let a = sample();
        let k = ekey(&a);
        let ty = |kind: &str| Op::SetEventType {
            event: k.clone(),
            kind: kind.into(),
        };
        assert!(ty("PROTEST").supersedes(&ty("COERCE")));
        let actors = |n: &str| Op::SetEventActors {
            event: k.clone(),
            actors: vec![(n.into(), "source".into())],
        };
        assert!(actors("Russia").supersedes(&actors("Regime")));
        // Another thing of the same event, or the same thing of another
        // actor: both stay.
        assert!(!actors("Russia").supersedes(&ty("COERCE")));
        let kind = |x: &str| Op::SetActorKind {
            actor: x.into(),
            kind: "state".into(),
        };
        assert!(kind("Russia").supersedes(&kind("Russia")));
        assert!(!kind("Russia").supersedes(&kind("Regime")));
        // A rename is no setting: two renames both count (the second is
        // keyed by the first's new name).
        let rename = Op::RenameActor {
            actor: "Regime".into(),
            name: "Assad government".into(),
        };
        assert!(!rename.supersedes(&rename));
        // Replacing gives what applying both gives.
        let both = apply(&a, &[ty("COERCE"), ty("PROTEST")], &[7]);
        let last = apply(&a, &[ty("PROTEST")], &[7]);
        assert_eq!(both, last);
    }

    #[test]
    fn merge_moves_mentions_events_and_relations() {
        let a = sample();
        let out = apply(
            &a,
            &[Op::MergeActors {
                from: "Regime".into(),
                into: "Syrian government".into(),
            }],
            &[7],
        );
        assert_eq!(out.actors.len(), 2);
        let gov = out
            .actors
            .iter()
            .find(|x| x.name == "Syrian government")
            .unwrap();
        assert!(gov.aliases.contains(&"Regime".to_string()));
        assert_eq!(gov.mentions.len(), 2);
        assert_eq!(out.events[0].actors[0].actor, "a1");
        assert_eq!(out.relations.len(), 1, "duplicate supports relations merge");
        assert_eq!(out.relations[0].weight, 2);
    }

    #[test]
    fn ops_survive_reanalysis_and_adding_a_dispatch() {
        let a = sample();
        let ops = vec![
            Op::SetEventDate {
                event: ekey(&a),
                date: Some("2016-12".into()),
            },
            Op::SetPlace {
                place: "Aleppo".into(),
                name: None,
                kind: None,
                country: None,
                lat: 36.21,
                lon: 37.16,
            },
            Op::RenameActor {
                actor: "Russia".into(),
                name: "Russian Federation".into(),
            },
        ];
        // A new analysis with a second document put first keeps dispatch 7 as d2.
        let mut b = sample();
        for e in &mut b.events {
            e.doc = "d2".into();
            e.evidence.doc = "d2".into();
        }
        let out = apply(&b, &ops, &[9, 7]);
        assert_eq!(out.events[0].date.as_deref(), Some("2016-12"));
        assert_eq!(out.places[0].lon, Some(37.16));
        assert!(out
            .actors
            .iter()
            .any(|x| x.name == "Russian Federation" && x.aliases.contains(&"Russia".to_string())));
        assert!(stale(&b, &ops, &[9, 7]).iter().all(|s| !s));
    }

    #[test]
    fn named_cases_each_op_acts() {
        let a = sample();
        let k = ekey(&a);
        let span = SpanKey {
            dispatch: 7,
            start: 20,
            text: "2016".into(),
        };
        let cases: Vec<(&str, Op, Box<dyn Fn(&Analysis) -> bool>)> = vec![
            (
                "kind",
                Op::SetActorKind {
                    actor: "Regime".into(),
                    kind: "military".into(),
                },
                Box::new(|o: &Analysis| o.actors[1].kind == "military"),
            ),
            (
                "country",
                Op::SetActorCountry {
                    actor: "Russia".into(),
                    country: None,
                },
                Box::new(|o: &Analysis| o.actors[2].country.is_none()),
            ),
            (
                "split",
                Op::SplitAlias {
                    actor: "Regime".into(),
                    alias: "Regime".into(),
                },
                Box::new(|o: &Analysis| o.actors.len() == 4),
            ),
            (
                "delete actor",
                Op::DeleteActor {
                    actor: "Russia".into(),
                },
                Box::new(|o: &Analysis| o.relations.is_empty() && o.actors.len() == 2),
            ),
            (
                "delete place",
                Op::DeletePlace {
                    place: "Aleppo".into(),
                },
                Box::new(|o: &Analysis| o.places.is_empty() && o.events[0].place.is_none()),
            ),
            (
                "time",
                Op::SetTime {
                    time: span.clone(),
                    value: "2015".into(),
                },
                Box::new(|o: &Analysis| {
                    o.times[0].value == "2015" && o.events[0].date.as_deref() == Some("2015")
                }),
            ),
            (
                "type",
                Op::SetEventType {
                    event: k.clone(),
                    kind: "COERCE".into(),
                },
                Box::new(|o: &Analysis| o.events[0].kind == "COERCE"),
            ),
            (
                "event place",
                Op::SetEventPlace {
                    event: k.clone(),
                    place: None,
                },
                Box::new(|o: &Analysis| o.events[0].place.is_none()),
            ),
            (
                "event actors",
                Op::SetEventActors {
                    event: k.clone(),
                    actors: vec![("Russia".into(), "supporter".into())],
                },
                Box::new(|o: &Analysis| o.events[0].actors[0].actor == "a3"),
            ),
            (
                "delete event",
                Op::DeleteEvent { event: k.clone() },
                Box::new(|o: &Analysis| o.events.is_empty() && o.relations[0].evidence.is_empty()),
            ),
            (
                "add event",
                Op::AddEvent {
                    evidence: SpanKey {
                        dispatch: 7,
                        start: 0,
                        text: "Das Regime".into(),
                    },
                    end: 10,
                    kind: "ASSAULT".into(),
                    label: "added".into(),
                    date: None,
                    actors: vec![("Regime".into(), "source".into())],
                    place: Some("Aleppo".into()),
                },
                Box::new(|o: &Analysis| {
                    o.events.len() == 2 && o.events[1].place.as_deref() == Some("p1")
                }),
            ),
            (
                "add relation",
                Op::AddRelation {
                    a: "Regime".into(),
                    b: "Syrian government".into(),
                    kind: "affiliation".into(),
                },
                Box::new(|o: &Analysis| o.relations.len() == 3),
            ),
            (
                "retype",
                Op::RetypeRelation {
                    a: "Russia".into(),
                    b: "Regime".into(),
                    from: "supports".into(),
                    to: "contact".into(),
                },
                Box::new(|o: &Analysis| o.relations.iter().any(|r| r.kind == "contact")),
            ),
            (
                "delete relation",
                Op::DeleteRelation {
                    a: "Regime".into(),
                    b: "Russia".into(),
                    kind: "supports".into(),
                },
                Box::new(|o: &Analysis| o.relations.len() == 1),
            ),
        ];
        for (name, op, check) in cases {
            let out = apply(&a, std::slice::from_ref(&op), &[7]);
            assert!(check(&out), "{name}");
            assert!(
                !stale(&a, &[op.clone()], &[7])[0],
                "{name} found its target"
            );
            assert!(!op.describe().is_empty());
            if let Op::SetEventType { kind, .. } = &op {
                let d = op.describe();
                assert!(
                    !d.contains(kind.as_str()) && d.contains(&event_type_label(kind)),
                    "the type in words: {d}"
                );
            }
        }
    }

    #[test]
    fn stale_ops_are_skipped_not_fatal() {
        let a = sample();
        let ops = vec![
            Op::RenameActor {
                actor: "Nobody".into(),
                name: "X".into(),
            },
            Op::DeleteEvent {
                event: EventKey {
                    evidence: SpanKey {
                        dispatch: 99,
                        start: 0,
                        text: "x".into(),
                    },
                    label: "y".into(),
                    date: None,
                },
            },
        ];
        let out = apply(&a, &ops, &[7]);
        assert_eq!(out, a);
        assert_eq!(stale(&a, &ops, &[7]), vec![true, true]);
    }

    #[test]
    fn ops_serialise_round_trip() {
        let op = Op::MergeActors {
            from: "Regime".into(),
            into: "Syrian government".into(),
        };
        let json = serde_json::to_string(&op).unwrap();
        assert!(json.contains("\"op\":\"merge_actors\""));
        assert_eq!(serde_json::from_str::<Op>(&json).unwrap(), op);
    }
}

impl Op {
    /// Rewrites the dispatch ids this operation refers to (for project files,
    /// where dispatches are numbered 1…n in order).
    pub fn map_dispatch(&mut self, f: &impl Fn(u64) -> Option<u64>) -> bool {
        let fix = |k: &mut SpanKey| match f(k.dispatch) {
            Some(n) => {
                k.dispatch = n;
                true
            }
            None => false,
        };
        match self {
            Op::SetTime { time, .. } => fix(time),
            Op::SetEventType { event, .. }
            | Op::SetEventDate { event, .. }
            | Op::SetEventPlace { event, .. }
            | Op::SetEventActors { event, .. }
            | Op::DeleteEvent { event } => fix(&mut event.evidence),
            Op::AddEvent { evidence, .. } => fix(evidence),
            _ => true,
        }
    }
}
