//! A small binary for profiling the engine under callgrind: analyses the
//! development corpus together once to build the lazily made indexes, then
//! `N` more times inside `measured` (callgrind:
//! `--collect-atstart=no --toggle-collect='*measured*'`).
//!
//! `profile [all|perfile|entities|perfile-entities|prepare|lextok|lexscan] [N]`

use std::hint::black_box;

use atlas_engine::entities::lexicon;
use atlas_engine::{analyze, analyze_entities, prepare, Input};

#[path = "../benches/common/mod.rs"]
mod common;

#[inline(never)]
fn measured(mode: &str, inputs: &[Input], n: usize) -> usize {
    let mut k = 0;
    for _ in 0..n {
        k += match mode {
            "entities" => analyze_entities(black_box(inputs)).actors.len(),
            "prepare" => inputs.iter().map(|i| prepare(i).times.len()).sum(),
            "lextok" => inputs
                .iter()
                .map(|i| lexicon::tokenize(black_box(&i.text), None).len())
                .sum(),
            "lexscan" => inputs
                .iter()
                .map(|i| {
                    let t = lexicon::tokenize(black_box(&i.text), None);
                    lexicon::index().scan(&t).len()
                })
                .sum(),
            "perfile-entities" => inputs
                .iter()
                .map(|i| {
                    analyze_entities(black_box(std::slice::from_ref(i)))
                        .actors
                        .len()
                })
                .sum(),
            "perfile" => inputs
                .iter()
                .map(|i| analyze(black_box(std::slice::from_ref(i))).events.len())
                .sum(),
            _ => analyze(black_box(inputs)).events.len(),
        };
    }
    k
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    // the benches' corpus, languages from the file names
    let inputs: Vec<Input> = common::inputs(&common::corpus());
    black_box(analyze(&inputs));
    let t0 = std::time::Instant::now();
    let k = measured(&mode, &inputs, n);
    // wall time per run on stderr, for quick comparisons between builds
    eprintln!(
        "{:.3} ms per run",
        t0.elapsed().as_secs_f64() * 1000.0 / n as f64
    );
    println!("{k}");
}
