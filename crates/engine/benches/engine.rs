//! Throughput of the whole engine over the development corpus
//! (`tests/corpus/*.txt`): one analysis per file, one analysis of all files
//! together (with the event layer's word memo warm from earlier runs, as
//! when the app analyses again, and emptied, as at a session's first), the pipeline up to and including entities as `analyze` runs
//! it (`analyze_entities`: text, datelines, language, sentences, dates,
//! actors and places; issue #5's "whole engine so far"), and the entity
//! layer alone. Natively the engine shares the machine's cores between
//! dispatches (`atlas_engine::par`); the `_one_thread` benchmarks measure
//! the same work on one.
//!
//! `cargo bench -p atlas-engine --bench engine`
//!
//! NOTE (harness engineer): the original of this file, written by another
//! engineer at about 10:28 on 2026-11-29, was overwritten by mistake at 10:34
//! before it was committed. This is a reconstruction from its compiled bench
//! binary (same group and benchmark ids; same calls: `analyze` per file,
//! `analyze` of all files, `entities::extract` over `DocIn`s of all files,
//! corpus read from CARGO_MANIFEST_DIR/../../tests/corpus with the language
//! from the file name). Replace it with the original if you still have it.

mod common;
use common::corpus;

use std::hint::black_box;

use atlas_engine::entities::{self, DocIn};
use atlas_engine::{analyze, analyze_entities, Input};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let docs = corpus();
    if docs.is_empty() {
        println!("engine bench: no corpus under tests/corpus");
        return;
    }
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let inputs: Vec<Input> = common::inputs(&docs);
    let a = analyze(&inputs);
    println!(
        "engine bench: {} files, {bytes} bytes: {} actors, {} places, {} times, {} events, {} relations",
        docs.len(),
        a.actors.len(),
        a.places.len(),
        a.times.len(),
        a.events.len(),
        a.relations.len()
    );
    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus_one_analysis_per_file", |b| {
        b.iter(|| {
            let mut n = 0;
            for i in &inputs {
                n += analyze(black_box(std::slice::from_ref(i))).events.len();
            }
            black_box(n)
        })
    });
    g.bench_function("corpus_one_analysis", |b| {
        b.iter(|| black_box(analyze(black_box(&inputs)).events.len()))
    });
    // the first analysis of a session: the event layer's word memo, which
    // outlives an analysis, emptied each time
    g.bench_function("corpus_one_analysis_cold", |b| {
        b.iter(|| {
            atlas_engine::events::words::forget();
            black_box(analyze(black_box(&inputs)).events.len())
        })
    });
    g.bench_function("through_entities", |b| {
        b.iter(|| {
            let a = analyze_entities(black_box(&inputs));
            black_box(a.actors.len() + a.places.len() + a.times.len())
        })
    });
    // the same two on one thread: the engine's speed per core, and in the
    // app's WebAssembly worker, which has one
    g.bench_function("corpus_one_analysis_one_thread", |b| {
        b.iter(|| {
            atlas_engine::par::on_one_thread(|| black_box(analyze(black_box(&inputs)).events.len()))
        })
    });
    g.bench_function("through_entities_one_thread", |b| {
        b.iter(|| {
            atlas_engine::par::on_one_thread(|| {
                let a = analyze_entities(black_box(&inputs));
                black_box(a.actors.len() + a.places.len() + a.times.len())
            })
        })
    });
    g.bench_function("entities_only", |b| {
        b.iter(|| {
            let ids: Vec<String> = (1..=docs.len()).map(|i| format!("d{i}")).collect();
            let ins: Vec<DocIn> = docs
                .iter()
                .zip(&ids)
                .map(|((t, l), id)| DocIn::new(id, black_box(t), *l))
                .collect();
            let e = entities::extract(&ins);
            black_box(e.actors.len() + e.places.len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
