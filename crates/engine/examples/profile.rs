//! A small binary for profiling the engine under callgrind: analyses the
//! development corpus together once to build the lazily made indexes, then
//! `N` more times inside `measured` (callgrind:
//! `--collect-atstart=no --toggle-collect='*measured*'`).
//!
//! `profile [all|entities|prepare] [N]`

use std::hint::black_box;
use std::path::PathBuf;

use atlas_engine::{analyze, analyze_entities, prepare, Input, Lang};

#[inline(never)]
fn measured(mode: &str, inputs: &[Input], n: usize) -> usize {
    let mut k = 0;
    for _ in 0..n {
        k += match mode {
            "entities" => analyze_entities(black_box(inputs)).actors.len(),
            "prepare" => inputs.iter().map(|i| prepare(i).times.len()).sum(),
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
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let inputs: Vec<Input> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let name = p.file_name()?.to_string_lossy().to_string();
            let lang = name
                .split('-')
                .nth(1)
                .and_then(Lang::from_code)
                .or(Some(Lang::En));
            Some(Input {
                text,
                dct: None,
                lang,
            })
        })
        .collect();
    black_box(analyze(&inputs));
    println!("{}", measured(&mode, &inputs, n));
}
