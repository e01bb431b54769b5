//! Natively the engine shares the machine's cores between dispatches
//! (`atlas_engine::par`): the analysis must be the same as on one thread,
//! for a paste too small to share, for the development corpus, and for one
//! longer than the text made ready ahead of the entity layer.

#[path = "../benches/common/mod.rs"]
mod common;
use atlas_engine::par::{on_one_thread, AHEAD_BYTES, MIN_BYTES};
use atlas_engine::{analyze, analyze_cached, analyze_entities, Cache, Input};

/// The development corpus, languages from the file names (as the benches read it).
fn corpus() -> Vec<Input> {
    common::inputs(&common::corpus())
}

fn bytes(inputs: &[Input]) -> usize {
    inputs.iter().map(|i| i.text.len()).sum()
}

#[test]
fn the_corpus_comes_out_the_same_on_one_thread_and_on_all_cores() {
    let inputs = corpus();
    assert!(bytes(&inputs) > MIN_BYTES, "big enough to be shared");
    let shared = analyze(&inputs);
    let one = on_one_thread(|| analyze(&inputs));
    assert_eq!(shared, one, "analyze");
    assert_eq!(
        analyze_entities(&inputs),
        on_one_thread(|| analyze_entities(&inputs)),
        "analyze_entities"
    );
    let cached = analyze_cached(&inputs, &mut Cache::default());
    assert_eq!(cached, one, "analyze_cached");
}

#[test]
fn a_paste_longer_than_the_text_made_ahead_comes_out_the_same() {
    let once = corpus();
    let mut inputs = Vec::new();
    while bytes(&inputs) <= 2 * AHEAD_BYTES {
        inputs.extend(once.iter().cloned());
    }
    assert_eq!(analyze(&inputs), on_one_thread(|| analyze(&inputs)));
}

#[test]
fn one_dispatch_is_the_same_either_way() {
    let inputs = corpus();
    let one = &inputs[..1];
    assert!(bytes(one) < MIN_BYTES, "too small to share");
    assert_eq!(analyze(one), on_one_thread(|| analyze(one)));
}
