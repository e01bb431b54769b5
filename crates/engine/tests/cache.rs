//! Re-analysis with a cache: the same result as analysing afresh, with the
//! per-dispatch work redone only for what changed.

#[path = "common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

use atlas_engine::{analyze, analyze_cached, parse_date, Cache, Input};

/// The first `n` corpus dispatches, in file-name order.
fn corpus(n: usize) -> Vec<Input> {
    invariants::corpus_texts()
        .into_iter()
        .take(n)
        .map(|(_, t)| Input::new(t))
        .collect()
}

#[test]
fn cached_analysis_equals_a_fresh_one_and_redoes_only_what_changed() {
    let mut cache = Cache::new();
    let mut inputs = corpus(6);
    // First analysis: everything is new.
    assert_eq!(analyze_cached(&inputs, &mut cache), analyze(&inputs));
    assert_eq!((cache.fresh, cache.reused), (6, 0));
    // One more dispatch: only it is prepared.
    inputs.extend(corpus(7).pop());
    assert_eq!(analyze_cached(&inputs, &mut cache), analyze(&inputs));
    assert_eq!((cache.fresh, cache.reused), (1, 6));
    // One edited, one re-dated by the user, one removed.
    inputs[0]
        .text
        .push_str("\nDie Rebellen eroberten am Dienstag die Stadt.");
    inputs[1].dct = parse_date("2024-12-04");
    inputs.remove(2);
    assert_eq!(analyze_cached(&inputs, &mut cache), analyze(&inputs));
    assert_eq!((cache.fresh, cache.reused), (2, 4));
    assert_eq!(
        cache.len(),
        inputs.len(),
        "the cache holds only the current dispatches"
    );
    // The same dispatch twice is prepared once per copy and both are kept.
    inputs.push(inputs[3].clone());
    assert_eq!(analyze_cached(&inputs, &mut cache), analyze(&inputs));
    assert_eq!((cache.fresh, cache.reused), (1, 6));
    // Nothing changed: nothing prepared.
    assert_eq!(analyze_cached(&inputs, &mut cache), analyze(&inputs));
    assert_eq!((cache.fresh, cache.reused), (0, 7));
}

#[test]
fn a_yearless_dateline_follows_the_other_dispatches_through_the_cache() {
    let mut cache = Cache::new();
    let yearless =
        Input::new("DAMASCUS, Dec 8 (Reuters) - Syrian rebels seized Damascus on Sunday.");
    let dated = |y: i32| {
        Input::new(format!(
            "BEIRUT, 9 décembre {y} (AFP) - Les rebelles ont pris Damas dimanche."
        ))
    };
    // alone: no year; with a dispatch of 2024, then of 2023 instead, then alone again
    let steps = [
        vec![yearless.clone()],
        vec![yearless.clone(), dated(2024)],
        vec![yearless.clone(), dated(2023)],
        vec![yearless.clone()],
    ];
    let want = [None, Some("2024-12-08"), Some("2023-12-08"), None];
    for (inputs, want) in steps.iter().zip(want) {
        let a = analyze_cached(inputs, &mut cache);
        assert_eq!(a, analyze(inputs));
        assert_eq!(a.documents[0].dct.as_deref(), want);
    }
}

#[test]
fn analysis_through_entities_is_the_analysis_without_events() {
    let inputs = corpus(12);
    let full = analyze(&inputs);
    let part = atlas_engine::analyze_entities(&inputs);
    assert_eq!(part.documents, full.documents);
    assert_eq!(part.times, full.times);
    assert_eq!(part.actors, full.actors);
    assert_eq!(part.places, full.places);
    assert!(part.events.is_empty() && part.relations.is_empty());
}
