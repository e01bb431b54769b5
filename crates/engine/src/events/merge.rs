//! Merging the reports of one event.
//!
//! Three levels, in this order:
//! 1. in one sentence, triggers with the same date and a shared actor are
//!    one event ("startete … eine Offensive … und eroberte"; "forderte … zu
//!    einer Waffenruhe auf"): the verb, else the first trigger, names it;
//! 2. in one document, events of the same type and date with a shared
//!    actor and compatible places are one event, the later sentences kept
//!    in `also`;
//! 3. across documents, events of the same type with a shared actor,
//!    compatible places and dates at most a day apart are one event: every
//!    report is kept in `also`; differing dates or figures are kept and
//!    described in `disagreement`.

use super::lexicon::lexicon;
use super::{Cand, DocView, Role};
use crate::model::{Actor, Event, EventActor, Figure, Mention, Place};

/// An event being merged.
#[derive(Debug, Clone)]
struct Acc {
    c: Cand,
    also: Vec<(usize, usize, usize)>,
    docs: Vec<usize>,
    /// Dates reported by other documents: (doc, date).
    other_dates: Vec<(usize, Option<String>)>,
}

fn shares_actor(a: &Cand, b: &Cand, reporters: bool) -> bool {
    a.actors.iter().any(|&(x, rx)| (reporters || rx != Role::Reporter) && b.actors.iter().any(|&(y, ry)| x == y && (reporters || ry != Role::Reporter)))
}

fn places_ok(a: &Cand, b: &Cand) -> bool {
    a.place.is_none() || b.place.is_none() || a.place == b.place
}

fn add_actors(into: &mut Cand, from: &Cand) {
    for &(a, r) in &from.actors {
        match into.actors.iter_mut().find(|(x, _)| *x == a) {
            Some(slot) => {
                if slot.1 == Role::Reporter && r != Role::Reporter {
                    slot.1 = r;
                }
            }
            None => into.actors.push((a, r)),
        }
    }
}

fn add_figures(into: &mut Vec<Figure>, from: &[Figure]) {
    for f in from {
        if !into.iter().any(|g| g.doc == f.doc && g.start == f.start) {
            into.push(f.clone());
        }
    }
}

fn day_number(s: &str) -> Option<i32> {
    let d = crate::parse_date(s)?;
    Some(d.to_zoned(jiff::tz::TimeZone::UTC).ok()?.timestamp().as_second().div_euclid(86_400) as i32)
}

fn dates_close(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) if x == y => true,
        (Some(x), Some(y)) => matches!((day_number(x), day_number(y)), (Some(p), Some(q)) if (p - q).abs() <= 1),
        (None, None) => true,
        _ => false,
    }
}

fn is_verb(c: &Cand) -> bool {
    !lexicon().triggers[c.tid as usize].noun
}

/// Merges the candidates of all documents into events.
pub fn merge(cands: Vec<Cand>, views: &[DocView], actors: &[Actor], places: &[Place]) -> Vec<Event> {
    // 1. within a sentence
    let mut sent_level: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands {
        let same = sent_level.iter().rposition(|e| {
            e.di == c.di
                && e.sent == c.sent
                && e.date == c.date
                && e.negated == c.negated
                && (shares_actor(e, &c, false) || !c.actors.iter().any(|&(_, r)| r != Role::Reporter) || !e.actors.iter().any(|&(_, r)| r != Role::Reporter))
        });
        match same {
            Some(k) => {
                let e = &mut sent_level[k];
                // the verb names the event (the first verb wins)
                if !is_verb(e) && is_verb(&c) {
                    e.kind = c.kind;
                    e.label = c.label.clone();
                    e.tid = c.tid;
                    e.trig = c.trig.clone();
                }
                add_actors(e, &c);
                if e.place.is_none() {
                    e.place = c.place;
                }
                e.explicit_date |= c.explicit_date;
                add_figures(&mut e.figures, &c.figures);
                e.confidence = e.confidence.max(c.confidence);
            }
            None => sent_level.push(c),
        }
    }
    // 2. within a document, 3. across documents
    let mut accs: Vec<Acc> = Vec::with_capacity(sent_level.len());
    for c in sent_level {
        let same_doc = accs.iter().position(|a| {
            a.c.di == c.di && a.c.kind == c.kind && a.c.date == c.date && a.c.negated == c.negated && shares_actor(&a.c, &c, false) && places_ok(&a.c, &c)
        });
        if let Some(k) = same_doc {
            let a = &mut accs[k];
            add_actors(&mut a.c, &c);
            if a.c.place.is_none() {
                a.c.place = c.place;
            }
            add_figures(&mut a.c.figures, &c.figures);
            if !(a.c.span == c.span) && !a.also.iter().any(|&(d, s, _)| d == c.di && s == c.span.0) {
                a.also.push((c.di, c.span.0, c.span.1));
            }
            continue;
        }
        let other_doc = accs.iter().position(|a| {
            !a.docs.contains(&c.di)
                && a.c.kind == c.kind
                && a.c.negated == c.negated
                && dates_close(&a.c.date, &c.date)
                && c.date.is_some()
                && shares_actor(&a.c, &c, false)
                && places_ok(&a.c, &c)
        });
        if let Some(k) = other_doc {
            let a = &mut accs[k];
            add_actors(&mut a.c, &c);
            if a.c.place.is_none() {
                a.c.place = c.place;
            }
            add_figures(&mut a.c.figures, &c.figures);
            a.also.push((c.di, c.span.0, c.span.1));
            a.docs.push(c.di);
            a.other_dates.push((c.di, c.date.clone()));
            a.c.confidence = (a.c.confidence + 0.05).min(0.99);
            continue;
        }
        let di = c.di;
        accs.push(Acc { c, also: Vec::new(), docs: vec![di], other_dates: Vec::new() });
    }
    // output, in order of first report
    accs.sort_by_key(|a| (a.c.di, a.c.span.0, a.c.trig.start));
    let mention = |di: usize, s: usize, e: usize| -> Mention {
        let v = &views[di];
        Mention { doc: v.id.to_string(), start: s, end: e, text: v.text.get(s..e).unwrap_or("").to_string() }
    };
    let mut out = Vec::with_capacity(accs.len());
    for (n, a) in accs.into_iter().enumerate() {
        let c = a.c;
        let mut disagreement = Vec::new();
        let differing: Vec<&(usize, Option<String>)> = a.other_dates.iter().filter(|(_, d)| *d != c.date).collect();
        if !differing.is_empty() {
            let mut s = format!("dates differ: {} says {}", views[c.di].id, c.date.as_deref().unwrap_or("none"));
            for (d, v) in differing {
                s.push_str(&format!(", {} says {}", views[*d].id, v.as_deref().unwrap_or("none")));
            }
            disagreement.push(s);
        }
        // figures of the same kind that differ between documents
        let mut kinds: Vec<&str> = c.figures.iter().map(|f| f.what.as_str()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        for k in kinds {
            let fs: Vec<&Figure> = c.figures.iter().filter(|f| f.what == k).collect();
            let mut docs: Vec<&str> = fs.iter().map(|f| f.doc.as_str()).collect();
            docs.sort_unstable();
            docs.dedup();
            let mut values: Vec<u64> = fs.iter().map(|f| f.value).collect();
            values.sort_unstable();
            values.dedup();
            if docs.len() > 1 && values.len() > 1 {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| format!("{} says {}{}", f.doc, f.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default(), f.value))
                    .collect();
                disagreement.push(format!("{k} figures differ: {}", parts.join(", ")));
            }
        }
        let mut actors_out: Vec<EventActor> = c.actors.iter().map(|&(ai, r)| EventActor { actor: actors[ai].id.clone(), role: r.as_str().to_string() }).collect();
        // sources first, then targets, supporters, reporters (stable)
        actors_out.sort_by_key(|x| match x.role.as_str() {
            "source" => 0,
            "target" => 1,
            "supporter" => 2,
            _ => 3,
        });
        out.push(Event {
            id: format!("e{}", n + 1),
            doc: views[c.di].id.to_string(),
            kind: c.kind.to_string(),
            label: c.label.clone(),
            date: c.date.clone(),
            actors: actors_out,
            place: c.place.map(|p| places[p].id.clone()),
            evidence: mention(c.di, c.span.0, c.span.1),
            also: a.also.iter().map(|&(d, s, e)| mention(d, s, e)).collect(),
            negated: c.negated,
            reported: c.reported,
            confidence: c.confidence,
            figures: c.figures.clone(),
            disagreement: (!disagreement.is_empty()).then(|| disagreement.join("; ")),
        });
    }
    out
}
