//! Throughput of the events and relations layer, and of the whole engine on
//! 500 dispatches analysed together (the corpus repeated, every copy given
//! its own dateline date so that the copies' events merge across
//! documents like reports of the same days).
//!
//! `cargo bench -p atlas-engine --bench events`

mod common;
use common::corpus;

use std::hint::black_box;

use atlas_engine::events::{self, DocView};
use atlas_engine::{analyze, prepare, Input};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let docs = corpus();
    if docs.is_empty() {
        println!("events bench: no corpus under tests/corpus");
        return;
    }
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let inputs: Vec<Input> = common::inputs(&docs);
    // the layers below the events, computed once
    let base = analyze(&inputs);
    let preps: Vec<_> = inputs.iter().map(prepare).collect();
    let views: Vec<DocView> = preps
        .iter()
        .zip(&base.documents)
        .map(|(p, d)| DocView {
            id: &d.id,
            text: &d.text,
            prep: p,
        })
        .collect();
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("events_and_relations_of_the_corpus", |b| {
        b.iter(|| {
            let (e, r) = events::extract(black_box(&views), &base.actors, &base.places);
            black_box(e.len() + r.len())
        })
    });
    g.bench_function("whole_engine_corpus_together", |b| {
        b.iter(|| black_box(analyze(black_box(&inputs)).events.len()))
    });
    g.finish();

    // 500 dispatches together
    let many: Vec<Input> = (0..500).map(|i| inputs[i % inputs.len()].clone()).collect();
    let many_bytes: usize = many.iter().map(|i| i.text.len()).sum();
    let a = analyze(&many);
    println!(
        "events bench: 500 dispatches, {many_bytes} bytes: {} actors, {} places, {} events, {} relations",
        a.actors.len(),
        a.places.len(),
        a.events.len(),
        a.relations.len()
    );
    let mut g = c.benchmark_group("many");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(many_bytes as u64));
    g.bench_function("analyze_500_dispatches_together", |b| {
        b.iter(|| black_box(analyze(black_box(&many)).events.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
