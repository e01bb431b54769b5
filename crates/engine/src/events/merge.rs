//! Merging the reports of one event.
//!
//! Three levels, in this order:
//! 1. in one sentence, triggers with the same date and a shared actor are
//!    one event ("startete … eine Offensive … und eroberte"; "forderte … zu
//!    einer Waffenruhe auf"): the verb, else the first specific noun (not
//!    a weak one: war, conflict), else the first trigger, names it;
//! 2. in one document, events of the same type and date with a shared
//!    actor and compatible places are one event, the later sentences kept
//!    in `also`;
//! 3. across documents, events of the same type with a shared actor,
//!    compatible places and dates at most a day apart are one event: every
//!    report is kept in `also`; differing dates or figures are kept and
//!    described in `disagreement`.

use super::lexicon::lexicon;
use super::{Cand, DocView, Role};
use crate::model::{Actor, Event, EventActor, Figure, Mention, Place, Str};

/// An event being merged.
#[derive(Debug, Clone)]
struct Acc {
    c: Cand,
    also: Vec<(usize, usize, usize)>,
    docs: Vec<usize>,
    /// Dates reported by other documents: (doc, date).
    other_dates: Vec<(usize, Option<String>)>,
    /// Only latent reports ([`Cand::latent`]) so far.
    latent: bool,
}

impl Acc {
    /// A group of one report.
    fn new(c: Cand, latent: bool) -> Acc {
        let di = c.di;
        Acc {
            c,
            also: Vec::new(),
            docs: vec![di],
            other_dates: Vec::new(),
            latent,
        }
    }
}

fn shares_actor(a: &Cand, b: &Cand, reporters: bool) -> bool {
    a.actors.iter().any(|&(x, rx)| {
        (reporters || rx != Role::Reporter)
            && b.actors
                .iter()
                .any(|&(y, ry)| x == y && (reporters || ry != Role::Reporter))
    })
}

fn places_ok(a: &Cand, b: &Cand) -> bool {
    a.place.is_none() || b.place.is_none() || a.place == b.place
}

/// Places that can be the same scene: equal, or one inside the other's country.
pub(crate) fn places_near(a: &Cand, b: &Cand, places: &[Place]) -> bool {
    match (a.place, b.place) {
        (Some(x), Some(y)) if x != y => {
            let (p, q) = (&places[x], &places[y]);
            let inside = |inner: &Place, outer: &Place| {
                outer.kind == "country" && inner.country.is_some() && inner.country == outer.country
            };
            inside(p, q)
                || inside(q, p)
                || p.kind != "country"
                    && q.kind != "country"
                    && p.country.is_some()
                    && p.country == q.country
                    && (p.kind == "region" || q.kind == "region")
        }
        _ => true,
    }
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

/// Whether an event told again may be one told before, by their dates: the
/// same value, one holding the other (a month and a day in it), or days at
/// most [`RETOLD_DAYS`] apart ("the attack had begun on Friday" takes up the
/// camp taken on Sunday; "the offensive began on Nov. 27" does not take up
/// a strike of 8 December). Without a date on either side, it may.
pub(crate) fn dates_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            x.starts_with(y)
                || y.starts_with(x)
                || matches!((day_number(x), day_number(y)), (Some(p), Some(q)) if (p - q).abs() <= RETOLD_DAYS)
        }
        _ => true,
    }
}

/// Days at most between an event told again and the one it takes up.
const RETOLD_DAYS: i32 = 3;

fn day_number(s: &str) -> Option<i32> {
    let d = crate::parse_date(s)?;
    Some(
        d.to_zoned(jiff::tz::TimeZone::UTC)
            .ok()?
            .timestamp()
            .as_second()
            .div_euclid(86_400) as i32,
    )
}

fn is_verb(c: &Cand) -> bool {
    !lexicon().triggers[c.tid as usize].noun
}

/// A weak trigger: a word that is only an event with an explicit date
/// (war, conflict, fighting, talks).
fn is_weak(c: &Cand) -> bool {
    lexicon().triggers[c.tid as usize].weak
}

/// Whether `c` names the event `e` it is merged into, in one sentence: the
/// first verb, else a specific event noun over the war or conflict it is
/// told in ("Der Konflikt war 2011 mit Protesten gegen Assad ausgebrochen":
/// the protests). Not over weak nouns of other types: "talks on a
/// ceasefire" stay talks.
fn names_over(e: &Cand, c: &Cand) -> bool {
    !is_verb(e) && (is_verb(c) || e.kind == "ASSAULT" && is_weak(e) && !is_weak(c))
}

/// Two reports from different documents that can be the same event.
fn compatible(a: &Acc, b: &Acc, places: &[Place]) -> bool {
    let (x, y) = (&a.c, &b.c);
    if x.di == y.di || x.negated != y.negated {
        return false;
    }
    // the same precise place (a city, a site) within a day
    let same_scene = x.place.is_some()
        && x.place == y.place
        && x.place
            .is_some_and(|p| matches!(places[p].kind.as_str(), "city" | "locality" | "site"));
    // a shared actor, in compatible places (or on the very same date: places are often told differently)
    let precise = |p: Option<usize>| {
        p.is_some_and(|p| matches!(places[p].kind.as_str(), "city" | "locality" | "site"))
    };
    // two precise places that are not one scene: not the same, and not a
    // site inside the other's town ("Okhmatdyt children's hospital", Kyiv)
    let different_towns = precise(x.place)
        && precise(y.place)
        && x.place != y.place
        && !match (x.place, y.place) {
            (Some(p), Some(q)) => within_km(&places[p], &places[q], SAME_SCENE_KM),
            _ => false,
        };
    same_scene
        || shares_actor(x, y, false)
            && !different_towns
            && !(inverted(x, y) && apart(x.place, y.place, places))
            && (places_near(x, y, places) || x.date == y.date)
}

/// Two reports where a shared party acts in one and is acted on in the
/// other, and none acts in both: in two places, "the RSF launched a drone
/// attack" (on Merowe) and "the army shelled RSF positions" (near El
/// Fasher) are two events, not one with two attackers (in one place, an
/// attack and its repulse are one).
fn inverted(a: &Cand, b: &Cand) -> bool {
    let has = |c: &Cand, x: usize, r: Role| c.actors.iter().any(|&(y, ry)| y == x && ry == r);
    let swapped = a.actors.iter().any(|&(x, r)| {
        r == Role::Source && has(b, x, Role::Target) || r == Role::Target && has(b, x, Role::Source)
    });
    let same_source = a
        .actors
        .iter()
        .any(|&(x, r)| r == Role::Source && has(b, x, Role::Source));
    swapped && !same_source
}

/// Two reports of one day in different documents whose participants are
/// kin: the same actor, or people serving the same organisation or state
/// (two Houthi officials threatening Washington and London), for latent
/// statements ([`Cand::latent`]).
fn kindred(a: &Acc, b: &Acc, kin: &[Vec<usize>]) -> bool {
    let (x, y) = (&a.c, &b.c);
    if x.di == y.di || x.negated != y.negated {
        return false;
    }
    let of = |c: &Cand| -> Vec<usize> {
        let mut v: Vec<usize> = Vec::new();
        for &(i, r) in &c.actors {
            if r == Role::Reporter {
                continue;
            }
            v.push(i);
            v.extend(kin.get(i).into_iter().flatten().copied());
        }
        v
    };
    let ys = of(y);
    of(x).iter().any(|i| ys.contains(i))
}

/// Joins the groups of reports `i` and `j`, unless both hold a report of
/// the same document: a document's reports of one event were already made
/// one ([`merge`]), so two of them are two events, and a third report
/// compatible with both must not chain them together.
fn link(parent: &mut [usize], docs: &mut [Vec<usize>], i: usize, j: usize) {
    let (ri, rj) = (find(parent, i), find(parent, j));
    if ri == rj || docs[ri].iter().any(|d| docs[rj].contains(d)) {
        return;
    }
    let (lo, hi) = (ri.min(rj), ri.max(rj));
    parent[hi] = lo;
    let moved = std::mem::take(&mut docs[hi]);
    docs[lo].extend(moved);
}

/// Two known places farther apart than [`APART_KM`]: a town and the region
/// around it, or a site and its town, are one scene.
fn apart(p: Option<usize>, q: Option<usize>, places: &[Place]) -> bool {
    match (p, q) {
        (Some(p), Some(q)) => p != q && !within_km(&places[p], &places[q], APART_KM),
        _ => false,
    }
}

/// How far apart two places of one fight may lie (El Fasher and the centre
/// of North Darfur).
const APART_KM: f64 = 150.0;

/// How near two precise places (a site and its town) must be to be one scene.
const SAME_SCENE_KM: f64 = 15.0;

/// Whether two geocoded places lie within `km` of each other.
fn within_km(p: &Place, q: &Place, km: f64) -> bool {
    // a village placed by a nearby town has no point of its own: not "within"
    // anything (it would be 0 km from the town it borrowed its point from)
    if p.near.is_some() || q.near.is_some() {
        return false;
    }
    match (p.lat, p.lon, q.lat, q.lon) {
        (Some(a), Some(b), Some(c), Some(d)) => crate::gazetteer::km(a, b, c, d) <= km,
        _ => false,
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Merges the reports of one event across documents: reports of the same
/// type whose dates are at most a day apart are linked when they are
/// compatible; each connected group becomes one event.
fn across_documents(
    accs: Vec<Acc>,
    places: &[Place],
    kin: &[Vec<usize>],
    views: &[DocView],
) -> Vec<Acc> {
    // the words of a report's sentence: the same sentence in two documents is
    // one dispatch pasted twice, which corroborates nothing
    let told = |a: &Acc| {
        views
            .get(a.c.di)
            .and_then(|v| v.text.get(a.c.span.0..a.c.span.1))
            .unwrap_or("")
    };
    let n = accs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // the documents each group (at its root) reports from
    let mut docs: Vec<Vec<usize>> = accs.iter().map(|a| vec![a.c.di]).collect();
    // buckets by type; dated ones sorted by day, others by their value
    let mut kinds: Vec<&'static str> = accs.iter().map(|a| a.c.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    for kind in kinds {
        let mut days: Vec<(i32, usize)> = Vec::new();
        let mut coarse: Vec<(&str, usize)> = Vec::new();
        for (i, a) in accs.iter().enumerate().filter(|(_, a)| a.c.kind == kind) {
            match a.c.date.as_deref() {
                Some(d) => match day_number(d) {
                    Some(n) => days.push((n, i)),
                    None => coarse.push((d, i)),
                },
                // undated reports (a standing position: "Rwanda denies …") go with the coarse ones
                None => coarse.push(("", i)),
            }
        }
        days.sort_unstable();
        // the reports themselves first; latent ones ([`Cand::latent`]) then
        // join them or each other, without keeping two reports apart
        for pass in 0..2 {
            let this_pass = |i: usize, j: usize| {
                if pass == 0 {
                    !accs[i].latent && !accs[j].latent
                } else {
                    (accs[i].latent || accs[j].latent) && told(&accs[i]) != told(&accs[j])
                }
            };
            // reports of the same day first, then a day apart
            for gap in 0..=1 {
                for p in 0..days.len() {
                    for q in p + 1..days.len() {
                        let d = days[q].0 - days[p].0;
                        if d > gap {
                            break;
                        }
                        let (i, j) = (days[p].1, days[q].1);
                        // a day apart: two lone reports that disagree on the date;
                        // reports two documents agree on keep their day
                        let lone =
                            |x: usize, parent: &mut [usize]| docs[find(parent, x)].len() == 1;
                        if d == gap
                            && this_pass(i, j)
                            && (gap == 0 || lone(i, &mut parent) && lone(j, &mut parent))
                            && (compatible(&accs[i], &accs[j], places)
                                || pass == 1 && d == 0 && kindred(&accs[i], &accs[j], kin))
                        {
                            link(&mut parent, &mut docs, i, j);
                        }
                    }
                }
            }
        }
        coarse.sort_unstable();
        for p in 0..coarse.len() {
            for q in p + 1..coarse.len() {
                if coarse[q].0 != coarse[p].0 {
                    break;
                }
                let (i, j) = (coarse[p].1, coarse[q].1);
                if !accs[i].latent && !accs[j].latent && compatible(&accs[i], &accs[j], places) {
                    link(&mut parent, &mut docs, i, j);
                }
            }
        }
    }
    // groups, each led by its first report
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let r = find(&mut parent, i);
        groups[r].push(i);
    }
    let mut slots: Vec<Option<Acc>> = accs.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for mut g in groups.into_iter().filter(|g| !g.is_empty()) {
        g.sort_by_key(|&i| {
            let c = &slots[i]
                .as_ref()
                .map(|a| (a.c.di, a.c.span.0, a.c.trig.start))
                .unwrap_or_default();
            *c
        });
        let Some(mut lead) = slots[g[0]].take() else {
            continue;
        };
        for &i in &g[1..] {
            let Some(other) = slots[i].take() else {
                continue;
            };
            add_actors(&mut lead.c, &other.c);
            if lead.c.place.is_none() {
                lead.c.place = other.c.place;
            }
            add_figures(&mut lead.c.figures, &other.c.figures);
            lead.also.push((other.c.di, other.c.span.0, other.c.span.1));
            lead.also.extend(other.also.iter().copied());
            if !lead.docs.contains(&other.c.di) {
                lead.docs.push(other.c.di);
            }
            if other.c.di != lead.c.di {
                lead.other_dates.push((other.c.di, other.c.date.clone()));
            }
            lead.c.confidence = (lead.c.confidence.max(other.c.confidence) + 0.05).min(0.99);
            lead.latent &= other.latent;
        }
        lead.also.sort_unstable();
        lead.also.dedup();
        // a latent statement no other dispatch reports stays background
        if lead.latent && lead.docs.len() < 2 {
            continue;
        }
        out.push(lead);
    }
    out
}

/// The place of an event its text gives none for, when its participants
/// say where it happened: a coup, a protest, a ceasefire or an agreement
/// whose every participant belongs to one country ("the military seized
/// power in a coup", "Mali wird seit Militärputschen … regiert"), or any
/// event between two or more participants of one country (a civil war: "the
/// war broke out between the army and the RSF"). That country, when it is
/// among the places of the analysis (`countries`: ISO code, place). An
/// attack on a state happens in it. Any other attack, a deployment or a
/// statement by the actors of one country alone can happen anywhere: no
/// place.
fn home_place(c: &Cand, actors: &[Actor], countries: &[(&str, usize)]) -> Option<usize> {
    // an attack on a state, no place named: in that state ("Hamas
    // attacked Israel", "Rusia, que invadió Ucrania")
    if c.kind == "ASSAULT" {
        let mut states = c
            .actors
            .iter()
            .filter(|&&(_, r)| r == Role::Target)
            .filter_map(|&(a, _)| actors.get(a));
        if let Some(t) = states.next() {
            let one =
                t.kind == "state" && states.all(|u| u.kind == "state" && u.country == t.country);
            if one {
                let cc = t.country.as_deref()?;
                return countries.iter().find(|&&(k, _)| k == cc).map(|&(_, i)| i);
            }
        }
    }
    let mut home: Option<&str> = None;
    let mut seen: Vec<usize> = Vec::new();
    for &(a, r) in &c.actors {
        if r == Role::Reporter || seen.contains(&a) {
            continue;
        }
        let cc = actors.get(a)?.country.as_deref()?;
        if home.is_some_and(|h| h != cc) {
            return None;
        }
        home = Some(cc);
        seen.push(a);
    }
    let n = seen.len();
    let internal = matches!(c.kind, "COERCE" | "PROTEST" | "AGREE");
    if n == 0 || n == 1 && !internal {
        return None;
    }
    let home = home?;
    countries
        .iter()
        .find(|&&(cc, _)| cc == home)
        .map(|&(_, i)| i)
}

/// Merges the candidates of all documents into events.
pub fn merge(
    cands: Vec<Cand>,
    views: &[DocView],
    actors: &[Actor],
    places: &[Place],
) -> Vec<Event> {
    // latent statements join only reports of other dispatches (step 3)
    let (latent, cands): (Vec<Cand>, Vec<Cand>) = cands.into_iter().partition(|c| c.latent);
    // 1. within a sentence
    let mut sent_level: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands {
        // only the candidates of the same sentence (they are contiguous)
        let from = sent_level
            .iter()
            .rposition(|e| e.di != c.di || e.sent != c.sent)
            .map_or(0, |k| k + 1);
        let same = sent_level[from..].iter().rposition(|e| {
            e.di == c.di
                && e.sent == c.sent
                && e.date == c.date
                && e.negated == c.negated
                && (shares_actor(e, &c, false)
                    || !c.actors.iter().any(|&(_, r)| r != Role::Reporter)
                    || !e.actors.iter().any(|&(_, r)| r != Role::Reporter))
        });
        match same.map(|k| k + from) {
            Some(k) => {
                let e = &mut sent_level[k];
                // the verb names the event (the first verb wins), else a specific noun
                if names_over(e, &c) {
                    e.kind = c.kind;
                    e.label = c.label;
                    e.tid = c.tid;
                    e.trig = c.trig.clone();
                }
                add_actors(e, &c);
                if e.place.is_none() {
                    e.place = c.place;
                }
                e.explicit_date |= c.explicit_date;
                e.anaphoric &= c.anaphoric;
                add_figures(&mut e.figures, &c.figures);
                e.confidence = e.confidence.max(c.confidence);
            }
            None => sent_level.push(c),
        }
    }
    // 2. within a document, 3. across documents
    let mut accs: Vec<Acc> = Vec::with_capacity(sent_level.len());
    let mut doc_start = 0;
    for c in sent_level {
        if accs.last().is_some_and(|a: &Acc| a.c.di != c.di) {
            doc_start = accs.len();
        }
        if c.anaphoric && !c.explicit_date {
            if let Some(a) = accs[doc_start..]
                .iter_mut()
                .rev()
                .find(|a| a.c.di == c.di && a.c.kind == c.kind && a.c.negated == c.negated)
            {
                add_actors(&mut a.c, &c);
                add_figures(&mut a.c.figures, &c.figures);
                if a.c.span != c.span && !a.also.iter().any(|&(d, s, _)| d == c.di && s == c.span.0)
                {
                    a.also.push((c.di, c.span.0, c.span.1));
                }
                continue;
            }
        }
        let same_doc = accs[doc_start..].iter().position(|a| {
            a.c.di == c.di
                && a.c.kind == c.kind
                && a.c.date == c.date
                && a.c.negated == c.negated
                && shares_actor(&a.c, &c, false)
                && places_ok(&a.c, &c)
        });
        if let Some(k) = same_doc.map(|k| k + doc_start) {
            let a = &mut accs[k];
            add_actors(&mut a.c, &c);
            if a.c.place.is_none() {
                a.c.place = c.place;
            }
            add_figures(&mut a.c.figures, &c.figures);
            if !(a.c.span == c.span) && !a.also.iter().any(|&(d, s, _)| d == c.di && s == c.span.0)
            {
                a.also.push((c.di, c.span.0, c.span.1));
            }
            continue;
        }
        accs.push(Acc::new(c, false));
    }
    for c in latent {
        accs.push(Acc::new(c, true));
    }
    // 3. across documents: link compatible reports, merge each connected group
    // whom each actor serves (a person's offices), for latent statements
    // (only needed when there are some)
    let kin: Vec<Vec<usize>> = if accs.iter().any(|a| a.latent) {
        let index: std::collections::HashMap<&str, usize> = actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        actors
            .iter()
            .map(|a| {
                a.roles
                    .iter()
                    .filter_map(|r| r.of.as_deref().and_then(|o| index.get(o).copied()))
                    .collect()
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut accs = across_documents(accs, places, &kin, views);
    // events still without a place: where their participants say (after
    // merging, which this must not sway)
    let countries: Vec<(&str, usize)> = places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == "country")
        .filter_map(|(i, p)| Some((p.country.as_deref()?, i)))
        .collect();
    for a in accs.iter_mut().filter(|a| a.c.place.is_none()) {
        a.c.place = home_place(&a.c, actors, &countries);
    }
    // output, in order of first report
    accs.sort_by_key(|a| (a.c.di, a.c.span.0, a.c.trig.start));
    let mention = |di: usize, s: usize, e: usize| -> Mention {
        let v = &views[di];
        Mention {
            doc: Str::from(v.id),
            start: s,
            end: e,
            text: Str::from(v.text.get(s..e).unwrap_or("")),
        }
    };
    let mut out = Vec::with_capacity(accs.len());
    for (n, a) in accs.into_iter().enumerate() {
        let c = a.c;
        let mut disagreement = Vec::new();
        let differing: Vec<&(usize, Option<String>)> =
            a.other_dates.iter().filter(|(_, d)| *d != c.date).collect();
        if !differing.is_empty() {
            let mut s = format!(
                "dates differ: {} says {}",
                views[c.di].id,
                c.date.as_deref().unwrap_or("none")
            );
            for (d, v) in differing {
                s.push_str(&format!(
                    ", {} says {}",
                    views[*d].id,
                    v.as_deref().unwrap_or("none")
                ));
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
                    .map(|f| {
                        format!(
                            "{} says {}{}",
                            f.doc,
                            f.qualifier
                                .as_deref()
                                .map(|q| format!("{q} "))
                                .unwrap_or_default(),
                            f.value
                        )
                    })
                    .collect();
                disagreement.push(format!("{k} figures differ: {}", parts.join(", ")));
            }
        }
        let mut actors_out: Vec<EventActor> = c
            .actors
            .iter()
            .map(|&(ai, r)| EventActor {
                actor: actors[ai].id.to_string(),
                role: r.as_str().to_string(),
            })
            .collect();
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
            label: c.label.to_string(),
            date: c.date.clone(),
            actors: actors_out,
            place: c.place.map(|p| places[p].id.to_string()),
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

#[cfg(test)]
mod tests {
    use super::dates_agree;

    #[test]
    fn an_event_told_again_agrees_with_one_of_about_the_same_days() {
        let cases: &[(&str, Option<&str>, Option<&str>, bool)] = &[
            ("same day", Some("2024-12-08"), Some("2024-12-08"), true),
            (
                "begun two days before",
                Some("2025-04-11"),
                Some("2025-04-13"),
                true,
            ),
            ("three days", Some("2024-12-05"), Some("2024-12-08"), true),
            ("eleven days", Some("2024-11-27"), Some("2024-12-08"), false),
            (
                "a month holds its day",
                Some("2024-12"),
                Some("2024-12-08"),
                true,
            ),
            (
                "a year holds its month",
                Some("2024-12"),
                Some("2024"),
                true,
            ),
            ("other years", Some("2023"), Some("2024"), false),
            (
                "across a month's end",
                Some("2024-11-30"),
                Some("2024-12-01"),
                true,
            ),
            ("no date", None, Some("2024-12-08"), true),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(dates_agree(*a, *b), *want, "{name}");
            assert_eq!(dates_agree(*b, *a), *want, "{name} (swapped)");
        }
    }
}
