//! What the other benches leave out: the text layer alone (tokenizer and
//! sentence splitter) and the engine at the app's scale (500 dispatches
//! analysed together). `dates.rs` covers datelines and dates; `engine.rs`
//! the entity layer and the whole analysis per document.
//!
//! `cargo bench -p atlas-engine --bench layers`
//!
//! - `text/tokenize_sentences`: all corpus files (MB/s);
//! - `scale/dispatches_500_one_edited_cached`: the same after one dispatch was
//!   edited, with the worker's cache of per-dispatch work ([`atlas_engine::Cache`]);
//! - `scale/dispatches_500`: the corpus files cycled to 500 dispatches, one
//!   `analyze` call (time; the budget is < 1 s natively, see
//!   tests/bench/budgets.json).

mod common;

use std::hint::black_box;
use std::time::Duration;

use atlas_engine::text::{sentences, tokenize};
use atlas_engine::{analyze, Input};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let docs: Vec<String> = common::corpus().into_iter().map(|(t, _)| t).collect();
    assert!(!docs.is_empty(), "no corpus under tests/corpus");
    let bytes: u64 = docs.iter().map(|t| t.len() as u64).sum();

    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("tokenize_sentences", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &docs {
                let toks = tokenize(black_box(t));
                n += sentences(t, &toks).len() + toks.len();
            }
            black_box(n)
        })
    });
    g.finish();

    let many: Vec<Input> = docs
        .iter()
        .cycle()
        .take(500)
        .map(|t| Input::new(t.clone()))
        .collect();
    let many_bytes: u64 = many.iter().map(|i| i.text.len() as u64).sum();
    let a = analyze(&many);
    println!(
        "scale: 500 dispatches, {many_bytes} bytes: {} actors, {} places, {} times, {} events, {} relations",
        a.actors.len(),
        a.places.len(),
        a.times.len(),
        a.events.len(),
        a.relations.len()
    );
    let mut g = c.benchmark_group("scale");
    g.throughput(Throughput::Bytes(many_bytes));
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("dispatches_500", |b| {
        b.iter(|| black_box(analyze(black_box(&many)).events.len()))
    });
    // What the app's worker does after the user edits one of 500 dispatches:
    // the per-dispatch work is reused for the 499 others.
    let mut cache = atlas_engine::Cache::new();
    let _ = atlas_engine::analyze_cached(&many, &mut cache);
    let mut edited = many.clone();
    let mut flip = false;
    g.bench_function("dispatches_500_one_edited_cached", |b| {
        b.iter(|| {
            flip = !flip;
            edited[0].text = if flip {
                format!("{} ", many[0].text)
            } else {
                many[0].text.clone()
            };
            black_box(
                atlas_engine::analyze_cached(black_box(&edited), &mut cache)
                    .events
                    .len(),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
