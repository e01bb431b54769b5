//! The event layer keeps what it learnt of each word between analyses
//! (`events::words`): an analysis must come out the same whether the memo is
//! empty, warm from the same dispatches, or warm from others.

#[path = "../benches/common/mod.rs"]
mod common;
use atlas_engine::events::words::forget;
use atlas_engine::{analyze, Input};

/// The development corpus, languages from the file names (as the benches read it).
fn corpus() -> Vec<Input> {
    common::inputs(&common::corpus())
}

#[test]
fn a_warm_word_memo_changes_no_analysis() {
    let inputs = corpus();
    assert!(inputs.len() > 20, "the corpus is there");
    forget();
    let cold_all = analyze(&inputs);
    let warm_all = analyze(&inputs);
    assert_eq!(cold_all, warm_all, "all dispatches together");
    // each dispatch with the memo warm from all the others, then cold
    for (i, input) in inputs.iter().enumerate() {
        let warm = analyze(std::slice::from_ref(input));
        forget();
        let cold = analyze(std::slice::from_ref(input));
        assert_eq!(warm, cold, "dispatch {i}");
        // warm again from everything for the next one
        analyze(&inputs);
    }
}
