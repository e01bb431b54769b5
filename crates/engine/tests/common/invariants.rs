//! The invariants every [`Analysis`] must keep, whatever the input: shared by
//! the property tests (`tests/invariants.rs`), the stable fuzz driver
//! (`tests/fuzz_smoke.rs`), the hostile-input tests (`tests/hostile.rs`) and
//! the libFuzzer target (`fuzz/fuzz_targets/analyze.rs`, which includes this
//! file by path). Only `std`, `serde_json` and `atlas-engine` are used.
//!
//! Checked (see `shared/spec/analysis-format.md`):
//! - the format tag; one document per input, `d1…dn`, text kept verbatim;
//! - every span (datelines, actor and place mentions, times, event evidence
//!   and `also`, figures): `start <= end <= text.len()`, both on char
//!   boundaries, and `text[start..end] == span.text` (figures carry no text);
//! - ids unique; every id referenced (dateline place, roles, event doc,
//!   actors and place, relation ends and evidence, `dN:s-e` spans) exists;
//! - kinds are from the closed lists; confidences and coordinates finite;
//! - a `serde_json` round trip gives back an equal analysis (float drift of
//!   ≤ 2 ULP is counted in [`FLOAT_DRIFT`] rather than failed, unless
//!   `ATLAS_STRICT_FLOATS=1`).
#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use atlas_engine::model::{Mention, ACTOR_KINDS, EVENT_TYPES, FORMAT, PLACE_KINDS};
use atlas_engine::{analyze, Analysis, Input};

/// Analyses whose JSON round trip changed nothing but the last bits of a
/// float (serde_json parses floats with up to 1 ULP error unless its
/// `float_roundtrip` feature is on, and the engine emits values such as
/// `0.9500000000000001`). Tolerated and counted unless
/// `ATLAS_STRICT_FLOATS=1`; see `fuzz/README.md`.
pub static FLOAT_DRIFT: AtomicUsize = AtomicUsize::new(0);

/// True when `ATLAS_STRICT_FLOATS=1`: float drift in the round trip is a violation.
pub fn strict_floats() -> bool {
    std::env::var("ATLAS_STRICT_FLOATS").is_ok_and(|v| v == "1")
}

/// All violations found (empty when the analysis is sound).
pub fn violations(inputs: &[Input], a: &Analysis) -> Vec<String> {
    let mut v = Vec::new();
    if a.format != FORMAT {
        v.push(format!("format tag {:?}", a.format));
    }
    if a.documents.len() != inputs.len() {
        v.push(format!(
            "{} documents for {} inputs",
            a.documents.len(),
            inputs.len()
        ));
    }
    // Documents.
    let mut docs: HashMap<&str, &str> = HashMap::new();
    for (i, d) in a.documents.iter().enumerate() {
        if d.id != format!("d{}", i + 1) {
            v.push(format!("document {i} has id {:?}", d.id));
        }
        if docs.insert(d.id.as_str(), d.text.as_str()).is_some() {
            v.push(format!("duplicate document id {}", d.id));
        }
        if let Some(input) = inputs.get(i) {
            if input.text != d.text {
                v.push(format!("{}: text differs from the input", d.id));
            }
        }
        if !["de", "en", "fr", "es"].contains(&d.lang.as_str()) {
            v.push(format!("{}: lang {:?}", d.id, d.lang));
        }
        if let Some(dct) = &d.dct {
            if atlas_engine::parse_date(dct).is_none() {
                v.push(format!("{}: dct {dct:?} is not YYYY-MM-DD", d.id));
            }
        }
    }
    let actor_ids = ids(a.actors.iter().map(|x| x.id.as_str()), "actor", &mut v);
    let place_ids = ids(a.places.iter().map(|x| x.id.as_str()), "place", &mut v);
    let event_ids = ids(a.events.iter().map(|x| x.id.as_str()), "event", &mut v);
    for d in &a.documents {
        if let Some(dl) = &d.dateline {
            span(
                &mut v,
                &format!("{} dateline", d.id),
                &d.text,
                dl.start,
                dl.end,
                Some(&dl.text),
            );
            if let Some(p) = &dl.place {
                if !place_ids.contains(p.as_str()) {
                    v.push(format!("{} dateline: unknown place {p}", d.id));
                }
            }
        }
    }
    // Actors.
    for x in &a.actors {
        if !ACTOR_KINDS.contains(&x.kind.as_str()) {
            v.push(format!("actor {}: kind {:?}", x.id, x.kind));
        }
        for r in &x.roles {
            if let Some(of) = &r.of {
                if !actor_ids.contains(of.as_str()) {
                    v.push(format!("actor {}: role of unknown actor {of}", x.id));
                }
            }
        }
        for m in &x.mentions {
            mention(&mut v, &format!("actor {} mention", x.id), &docs, m);
        }
    }
    // Places.
    for x in &a.places {
        if !PLACE_KINDS.contains(&x.kind.as_str()) {
            v.push(format!("place {}: kind {:?}", x.id, x.kind));
        }
        for c in [x.lat, x.lon].into_iter().flatten() {
            if !c.is_finite() {
                v.push(format!("place {}: coordinate {c}", x.id));
            }
        }
        for m in &x.mentions {
            mention(&mut v, &format!("place {} mention", x.id), &docs, m);
        }
    }
    // Times.
    for (i, t) in a.times.iter().enumerate() {
        let what = format!("time #{i} {:?}", t.value);
        match docs.get(t.doc.as_str()) {
            Some(text) => span(&mut v, &what, text, t.start, t.end, Some(&t.text)),
            None => v.push(format!("{what}: unknown document {}", t.doc)),
        }
        if t.value.is_empty() {
            v.push(format!("{what}: empty value"));
        }
    }
    // Events.
    for e in &a.events {
        let what = format!("event {}", e.id);
        if !docs.contains_key(e.doc.as_str()) {
            v.push(format!("{what}: unknown document {}", e.doc));
        }
        if !EVENT_TYPES.contains(&e.kind.as_str()) {
            v.push(format!("{what}: type {:?}", e.kind));
        }
        for ea in &e.actors {
            if !actor_ids.contains(ea.actor.as_str()) {
                v.push(format!("{what}: unknown actor {}", ea.actor));
            }
            if !["source", "target", "supporter", "reporter"].contains(&ea.role.as_str()) {
                v.push(format!("{what}: role {:?}", ea.role));
            }
        }
        if let Some(p) = &e.place {
            if !place_ids.contains(p.as_str()) {
                v.push(format!("{what}: unknown place {p}"));
            }
        }
        mention(&mut v, &format!("{what} evidence"), &docs, &e.evidence);
        for m in &e.also {
            mention(&mut v, &format!("{what} also"), &docs, m);
        }
        for f in &e.figures {
            match docs.get(f.doc.as_str()) {
                Some(text) => span(
                    &mut v,
                    &format!("{what} figure {:?}", f.what),
                    text,
                    f.start,
                    f.end,
                    None,
                ),
                None => v.push(format!("{what} figure: unknown document {}", f.doc)),
            }
        }
        if !e.confidence.is_finite() || !(0.0..=1.0).contains(&e.confidence) {
            v.push(format!("{what}: confidence {}", e.confidence));
        }
    }
    // Relations.
    for (i, r) in a.relations.iter().enumerate() {
        let what = format!("relation #{i} {}-{}", r.a, r.b);
        for end in [&r.a, &r.b] {
            if !actor_ids.contains(end.as_str()) {
                v.push(format!("{what}: unknown actor {end}"));
            }
        }
        for ev in &r.evidence {
            if event_ids.contains(ev.as_str()) {
                continue;
            }
            match parse_span_ref(ev) {
                Some((doc, s, e)) => match docs.get(doc) {
                    Some(text) => span(&mut v, &format!("{what} evidence {ev}"), text, s, e, None),
                    None => v.push(format!("{what}: evidence {ev} names an unknown document")),
                },
                None => v.push(format!(
                    "{what}: evidence {ev:?} is neither an event id nor a dN:start-end span"
                )),
            }
        }
    }
    // Serialisation.
    match serde_json::to_string(a) {
        Err(e) => v.push(format!("serde_json::to_string failed: {e}")),
        Ok(json) => match serde_json::from_str::<Analysis>(&json) {
            Err(e) => v.push(format!(
                "serde_json::from_str of its own output failed: {e}"
            )),
            Ok(back) => {
                if &back != a {
                    let mut diffs = Vec::new();
                    if let (Ok(x), Ok(y)) = (serde_json::to_value(a), serde_json::to_value(&back)) {
                        json_diff("$", &x, &y, &mut diffs);
                    }
                    let only_drift = !diffs.is_empty() && diffs.iter().all(|(_, drift)| *drift);
                    if only_drift && !strict_floats() {
                        FLOAT_DRIFT.fetch_add(1, Ordering::Relaxed);
                    } else {
                        let list: Vec<String> = diffs
                            .into_iter()
                            .filter(|(_, drift)| !drift || strict_floats())
                            .take(5)
                            .map(|(d, _)| d)
                            .collect();
                        v.push(format!(
                            "serde_json round trip gives a different analysis: {}",
                            list.join("; ")
                        ));
                    }
                }
            }
        },
    }
    v
}

/// Runs [`analyze`] and panics, naming every violation, when the result breaks an invariant.
pub fn analyze_checked(inputs: &[Input]) -> Analysis {
    let a = analyze(inputs);
    assert_sound(inputs, &a);
    a
}

/// Panics with a readable report when `a` breaks an invariant.
pub fn assert_sound(inputs: &[Input], a: &Analysis) {
    let v = violations(inputs, a);
    if !v.is_empty() {
        let mut msg = format!("{} invariant violation(s):\n", v.len());
        for x in v.iter().take(40) {
            let _ = writeln!(msg, "  - {x}");
        }
        for (i, input) in inputs.iter().enumerate() {
            let _ = writeln!(
                msg,
                "input {}: dct={:?} lang={:?} text={:?}",
                i + 1,
                input.dct,
                input.lang,
                shorten(&input.text, 600)
            );
        }
        panic!("{msg}");
    }
}

/// The text cut to about `max` bytes (on a char boundary), for messages.
pub fn shorten(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…[{} bytes in all]", &s[..end], s.len())
}

fn ids<'a>(it: impl Iterator<Item = &'a str>, what: &str, v: &mut Vec<String>) -> HashSet<&'a str> {
    let mut set = HashSet::new();
    for id in it {
        if id.is_empty() {
            v.push(format!("empty {what} id"));
        }
        if !set.insert(id) {
            v.push(format!("duplicate {what} id {id}"));
        }
    }
    set
}

fn mention(v: &mut Vec<String>, what: &str, docs: &HashMap<&str, &str>, m: &Mention) {
    match docs.get(m.doc.as_str()) {
        Some(text) => span(v, what, text, m.start, m.end, Some(&m.text)),
        None => v.push(format!("{what}: unknown document {}", m.doc)),
    }
}

fn span(
    v: &mut Vec<String>,
    what: &str,
    text: &str,
    start: usize,
    end: usize,
    written: Option<&str>,
) {
    if start > end || end > text.len() {
        v.push(format!(
            "{what}: span {start}..{end} out of bounds (text is {} bytes)",
            text.len()
        ));
        return;
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        v.push(format!(
            "{what}: span {start}..{end} not on char boundaries"
        ));
        return;
    }
    if let Some(w) = written {
        if &text[start..end] != w {
            v.push(format!(
                "{what}: text[{start}..{end}] = {:?} but the span says {:?}",
                shorten(&text[start..end], 120),
                shorten(w, 120)
            ));
        }
    }
}

/// Where two JSON values differ. Numbers are compared as
/// f64 bit patterns, so a float that does not survive printing and parsing shows.
/// Each difference comes with whether it is only float drift (≤ 2 ULP).
fn json_diff(
    path: &str,
    x: &serde_json::Value,
    y: &serde_json::Value,
    out: &mut Vec<(String, bool)>,
) {
    use serde_json::Value;
    match (x, y) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, va) in a {
                match b.get(k) {
                    Some(vb) => json_diff(&format!("{path}.{k}"), va, vb, out),
                    None => out.push((format!("{path}.{k} lost"), false)),
                }
            }
            for k in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push((format!("{path}.{k} appeared"), false));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                json_diff(&format!("{path}[{i}]"), va, vb, out);
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            let (fa, fb) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            if fa.to_bits() != fb.to_bits() {
                let ulps = (fa.to_bits() as i64)
                    .wrapping_sub(fb.to_bits() as i64)
                    .unsigned_abs();
                let drift =
                    fa.is_finite() && fb.is_finite() && fa.signum() == fb.signum() && ulps <= 2;
                out.push((format!("{path}: {fa:?} became {fb:?}"), drift));
            }
        }
        _ if x != y => out.push((
            format!(
                "{path}: {} became {}",
                shorten(&x.to_string(), 80),
                shorten(&y.to_string(), 80)
            ),
            false,
        )),
        _ => {}
    }
}

/// `d3:120-240` → (`d3`, 120, 240).
fn parse_span_ref(s: &str) -> Option<(&str, usize, usize)> {
    let (doc, range) = s.split_once(':')?;
    let (a, b) = range.split_once('-')?;
    Some((doc, a.parse().ok()?, b.parse().ok()?))
}

/// The development corpus: `(file name, text)` of `tests/corpus/*.txt`, sorted by name.
pub fn corpus_texts() -> Vec<(String, String)> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push((
                        p.file_name()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .into_owned(),
                        t,
                    ));
                }
            }
        }
    }
    out.sort();
    out
}
