//! Merging the reports of one event across dispatches.
//!
//! Each bundle in `tests/corpus/bundles/` lists three dispatches (different
//! agencies, different languages) about the same days, and the events they
//! report. The three are analysed together; for every bundle event reported
//! in two or more of them, exactly one system event must match it: the
//! same `date`, at least one actor whose name or alias is one of the gold
//! actor's names (the matching of `shared/spec/gold-format.md`), and the
//! same PLOVER type. None means the event was missed (or typed otherwise);
//! two or more mean the reports were not merged.
//!
//! The type is required because one day's distinct events share actors:
//! on 12 January 2024 the strikes, the allies' support and the Houthis'
//! threat all involve the United States, Britain and the Houthis, and would
//! otherwise all "match" each other. The test also counts the passing
//! events whose one system event carries the reports of two or more of the
//! dispatches (`doc` and `also`): those were really merged.
//!
//! The test prints every bundle event with PASS or FAIL and the matching
//! system events, and asserts a floor on the number that pass (see
//! [`FLOOR`]); raise the floor when the engine improves.
//!
//! `cargo test -p atlas-engine --test bundles -- --nocapture`

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use atlas_engine::{analyze, parse_date, Input, Lang};
use serde_json::Value;

/// The number of multi-report bundle events (out of 41) that must pass: all.
const FLOOR: usize = 41;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

struct Outcome {
    passed: usize,
    merged: usize,
    total: usize,
    lines: Vec<String>,
}

fn run_bundle(path: &PathBuf) -> Outcome {
    let dir = corpus_dir();
    let bundle: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("bundle readable"))
            .expect("bundle is JSON");
    let docs: Vec<String> = bundle["docs"]
        .as_array()
        .expect("docs")
        .iter()
        .filter_map(|d| d.as_str().map(str::to_string))
        .collect();
    let mut inputs = Vec::new();
    for d in &docs {
        let text =
            std::fs::read_to_string(dir.join(format!("{d}.txt"))).expect("bundle doc readable");
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{d}.gold.json"))).expect("gold readable"),
        )
        .expect("gold JSON");
        let mut input = Input::new(text);
        if gold["dct_given"].as_bool().unwrap_or(false) {
            input.dct = gold["dct"].as_str().and_then(parse_date);
        }
        input.lang = gold["lang"].as_str().and_then(Lang::from_code);
        inputs.push(input);
    }
    let analysis = analyze(&inputs);
    // gold actor id → accepted names
    let mut gold_names: BTreeMap<String, HashSet<String>> = BTreeMap::new();
    for a in bundle["actors"].as_array().expect("actors") {
        let names = a["names"]
            .as_array()
            .map(|v| v.iter().filter_map(|n| n.as_str().map(norm)).collect())
            .unwrap_or_default();
        gold_names.insert(a["id"].as_str().unwrap_or("").to_string(), names);
    }
    // system actor id → its names
    let sys_names: BTreeMap<&str, HashSet<String>> = analysis
        .actors
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                std::iter::once(norm(&a.name))
                    .chain(a.aliases.iter().map(|x| norm(x)))
                    .collect(),
            )
        })
        .collect();
    let doc_index = |name: &str| {
        docs.iter()
            .position(|d| d == name)
            .map(|i| format!("d{}", i + 1))
            .unwrap_or_default()
    };
    let mut out = Outcome {
        passed: 0,
        merged: 0,
        total: 0,
        lines: Vec::new(),
    };
    let bname = path
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    for ge in bundle["events"].as_array().expect("events") {
        let gdocs: Vec<&str> = ge["docs"]
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if gdocs.len() < 2 {
            continue;
        }
        out.total += 1;
        let date = ge["date"].as_str();
        let gactors: Vec<&str> = ge["actors"]
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let matches: Vec<(String, usize)> = analysis
            .events
            .iter()
            .filter(|e| e.date.as_deref() == date && Some(e.kind.as_str()) == ge["type"].as_str())
            .filter(|e| {
                e.actors.iter().any(|ea| {
                    let names = &sys_names[ea.actor.as_str()];
                    gactors
                        .iter()
                        .any(|g| gold_names.get(*g).is_some_and(|gn| !gn.is_disjoint(names)))
                })
            })
            .map(|e| {
                let mut docs: Vec<&str> = std::iter::once(e.doc.as_str())
                    .chain(e.also.iter().map(|m| m.doc.as_str()))
                    .collect();
                docs.sort_unstable();
                docs.dedup();
                (
                    format!("{}({} {} in {})", e.id, e.kind, e.label, docs.join("+")),
                    docs.len(),
                )
            })
            .collect();
        let ok = matches.len() == 1;
        if ok {
            out.passed += 1;
            if matches[0].1 > 1 {
                out.merged += 1;
            }
        }
        let matches: Vec<String> = matches.into_iter().map(|m| m.0).collect();
        let reported_in: Vec<String> = gdocs.iter().map(|d| doc_index(d)).collect();
        out.lines.push(format!(
            "{} {bname}: {} {} {:?} [{}] → {}{}",
            if ok { "PASS" } else { "FAIL" },
            date.unwrap_or("null"),
            ge["type"].as_str().unwrap_or(""),
            gactors,
            reported_in.join(","),
            if matches.is_empty() {
                "no matching event".to_string()
            } else {
                matches.join(", ")
            },
            if matches.len() > 1 {
                "  <-- not merged"
            } else if matches.is_empty() {
                "  <-- missed"
            } else {
                ""
            }
        ));
    }
    out
}

#[test]
fn bundle_events_are_merged() {
    let dir = corpus_dir().join("bundles");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no bundles at {}", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".bundle.json"))
        .collect();
    paths.sort();
    let (mut passed, mut merged, mut total) = (0, 0, 0);
    for p in &paths {
        let o = run_bundle(p);
        for l in &o.lines {
            println!("{l}");
        }
        passed += o.passed;
        merged += o.merged;
        total += o.total;
    }
    println!("bundle events reported in 2+ dispatches: {passed}/{total} matched by exactly one event ({merged} of them carry reports from 2+ dispatches)");
    assert!(passed >= FLOOR, "only {passed}/{total} multi-report bundle events are matched by exactly one event (floor {FLOOR})");
}

/// Every merged event keeps the evidence of each report and flags differing dates.
#[test]
fn merged_events_keep_all_reports() {
    let dir = corpus_dir().join("bundles");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".bundle.json"))
        .collect();
    paths.sort();
    let mut cross = 0;
    for p in &paths {
        let bundle: Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        let texts: Vec<Input> = bundle["docs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                Input::new(
                    std::fs::read_to_string(
                        corpus_dir().join(format!("{}.txt", d.as_str().unwrap())),
                    )
                    .unwrap(),
                )
            })
            .collect();
        let a = analyze(&texts);
        for e in &a.events {
            let docs: HashSet<&str> = std::iter::once(e.doc.as_str())
                .chain(e.also.iter().map(|m| m.doc.as_str()))
                .collect();
            if docs.len() > 1 {
                cross += 1;
            }
            for m in std::iter::once(&e.evidence).chain(e.also.iter()) {
                let d = a
                    .documents
                    .iter()
                    .find(|d| d.id == m.doc)
                    .expect("evidence document exists");
                assert_eq!(d.text.get(m.start..m.end), Some(m.text.as_str()));
            }
        }
    }
    assert!(cross > 0, "no event merged across dispatches");
}
