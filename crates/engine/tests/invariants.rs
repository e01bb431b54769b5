//! Property tests of the whole analysis: on arbitrary strings, on hostile
//! pieces glued together and on edited corpus dispatches, `analyze` never
//! panics and keeps every invariant of `common/invariants.rs` (spans in
//! bounds, on char boundaries and equal to their text; ids that resolve; a
//! lossless JSON round trip). Also replays every saved fuzzing input under
//! `fuzz/regressions/`, and names each known regression as its own test.

#[path = "common/invariants.rs"]
mod invariants;

use std::path::PathBuf;

use atlas_engine::{Date, Input, Lang};
use invariants::{analyze_checked, corpus_texts};
use proptest::prelude::*;

/// Pieces that steer the engine into its special cases, mixed with anything.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Moskau, 4. Dezember 2024 (AFP) – ".to_string()),
        Just("BEIRUT (Reuters) - ".to_string()),
        Just("(AFP) –".to_string()),
        Just("Am 3. März 2024 griffen russische Truppen Charkiw an. ".to_string()),
        Just("Israeli jets struck southern Lebanon on Tuesday, the army said. ".to_string()),
        Just("Les rebelles du M23 ont pris Goma le 27 janvier. ".to_string()),
        Just("Hamás atacó Israel el 7 de octubre de 2023. ".to_string()),
        Just("mindestens 25 Menschen wurden getötet".to_string()),
        Just("so Moskau".to_string()),
        Just("„".to_string()),
        Just("“".to_string()),
        Just("«\u{a0}".to_string()),
        Just("\u{a0}»".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n".to_string()),
        Just("\n---\n".to_string()),
        Just("\0".to_string()),
        Just("\u{1b}".to_string()),
        Just("👩‍👩‍👧‍👦🇺🇦".to_string()),
        Just("e\u{301}\u{301}".to_string()),
        Just("\u{200b}\u{200d}\u{feff}".to_string()),
        Just("بيروت، حزب الله".to_string()),
        Just("ירושלים".to_string()),
        Just("\u{202e}\u{2067}\u{2069}".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("U.S.".to_string()),
        Just(". ".to_string()),
        Just("2.000".to_string()),
        "[0-9]{1,6}",
        "[A-ZÄÖÜ][a-zäöüß]{0,10} ",
        "\\PC{0,16}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

fn input_strategy(text: impl Strategy<Value = String>) -> impl Strategy<Value = Input> {
    (
        text,
        prop::option::of((1900i16..=2100, 1i8..=12, 1i8..=31)),
        prop::option::of(0usize..4),
    )
        .prop_map(|(text, dct, lang)| Input {
            text,
            dct: dct.and_then(|(y, m, d)| {
                let first = Date::new(y, m, 1).ok()?;
                Date::new(y, m, d.min(first.days_in_month())).ok()
            }),
            lang: lang.map(|i| Lang::ALL[i]),
        })
}

/// A corpus dispatch with a few edits: `(file index, [(position per mille, cut length, insert)])`.
fn edited_corpus() -> impl Strategy<Value = String> {
    let corpus = corpus_texts();
    let n = corpus.len().max(1);
    (
        0..n,
        prop::collection::vec((0u32..1000, 0usize..40, hostile_text()), 0..6),
    )
        .prop_map(move |(i, edits)| {
            let mut text = corpus.get(i).map(|(_, t)| t.clone()).unwrap_or_default();
            for (pos, cut, insert) in edits {
                let mut at = (text.len() as u64 * u64::from(pos) / 1000) as usize;
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let mut end = (at + cut).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, &insert);
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_the_invariants(input in input_strategy(any::<String>())) {
        analyze_checked(&[input]);
    }

    #[test]
    fn hostile_pieces_keep_the_invariants(inputs in prop::collection::vec(input_strategy(hostile_text()), 1..4)) {
        analyze_checked(&inputs);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn edited_corpus_dispatches_keep_the_invariants(inputs in prop::collection::vec(input_strategy(edited_corpus()), 1..4)) {
        analyze_checked(&inputs);
    }
}

#[test]
fn every_corpus_dispatch_keeps_the_invariants() {
    let corpus = corpus_texts();
    for (name, text) in &corpus {
        let a = analyze_checked(&[Input::new(text.clone())]);
        assert_eq!(a.documents.len(), 1, "{name}");
    }
    // And all of them together (cross-document merging).
    let all: Vec<Input> = corpus.iter().map(|(_, t)| Input::new(t.clone())).collect();
    analyze_checked(&all);
}

// ---------------------------------------------------------------------------
// Saved fuzzing inputs (crates/engine/fuzz/regressions/): every file is
// replayed here; the named tests below pin the cases found so far.

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions")
}

/// Replays one saved input (`NAME.txt`: the decoded dispatch text of a
/// crash; the raw libFuzzer artifact, if kept, is `NAME.bin`) as one
/// dispatch (lossy UTF-8, as the fuzz target reads bytes).
fn replay(name: &str) {
    let path = regressions_dir().join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = String::from_utf8_lossy(&bytes).into_owned();
    analyze_checked(&[Input::new(text)]);
}

#[test]
fn every_saved_regression_input_keeps_the_invariants() {
    let Ok(rd) = std::fs::read_dir(regressions_dir()) else {
        return;
    };
    let mut names: Vec<String> = rd
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    for n in names {
        replay(&n);
    }
}

/// Found by the first fuzzing runs: event confidences such as
/// `0.9500000000000001` (a sum of weights, not rounded) print as 17 digits
/// and `serde_json` (without its `float_roundtrip` feature) parses them back
/// as `0.95`, so an analysis saved in a project file and read back is not
/// equal to the one saved. Tolerated by the other tests (counted as float
/// drift); this one is strict. Un-ignore once confidences are rounded or
/// `serde_json/float_roundtrip` is enabled.
#[test]
#[ignore = "known engine issue: confidence 0.9500000000000001 does not survive a serde_json round trip (see fuzz/README.md)"]
fn regression_confidence_float_roundtrip() {
    let all: Vec<Input> = corpus_texts()
        .into_iter()
        .map(|(_, t)| Input::new(t))
        .collect();
    let a = atlas_engine::analyze(&all);
    let json = serde_json::to_string(&a).expect("serialises");
    let back: atlas_engine::Analysis = serde_json::from_str(&json).expect("parses");
    for (x, y) in a.events.iter().zip(&back.events) {
        assert_eq!(
            x.confidence.to_bits(),
            y.confidence.to_bits(),
            "event {}: confidence {:?} read back as {:?}",
            x.id,
            x.confidence,
            y.confidence
        );
    }
    assert!(back == a, "the round trip changed the analysis");
}
