//! The event layer keeps what it learnt of each word between analyses
//! (`events::words`): an analysis must come out the same whether the memo is
//! empty, warm from the same dispatches, or warm from others.

use atlas_engine::events::words::forget;
use atlas_engine::{analyze, Input, Lang};

fn corpus() -> Vec<Input> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            let mut input = Input::new(std::fs::read_to_string(p).expect("corpus text"));
            input.lang = name.split('-').nth(1).and_then(Lang::from_code);
            input
        })
        .collect()
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
