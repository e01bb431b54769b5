//! Throughput of the temporal layer (tokenizer, sentences, dateline, time
//! expressions) on the seed dispatch repeated and on the development corpus.
//!
//! `cargo bench -p atlas-engine --bench dates`

mod common;
use common::corpus;

use std::hint::black_box;

use atlas_engine::dateline::layout;
use atlas_engine::text::{sentences, tokenize};
use atlas_engine::{dates, parse_date, Lang};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SEED: &str = include_str!("../tests/data/seed.txt");

/// The temporal layer alone, as `prepare` runs it (no language detection, no entities).
fn temporal(text: &str, lang: Lang) -> usize {
    let tokens = tokenize(text);
    let lay = layout(text);
    let sents = sentences(text, &tokens);
    let dct = lay
        .dateline
        .as_ref()
        .and_then(|d| d.date)
        .or_else(|| parse_date("2024-12-04"));
    let times = dates::find_times_with(
        text,
        &tokens,
        &sents,
        lang,
        dct,
        dates::DctSource::Dateline,
        &lay.body,
    );
    tokens.len() + sents.len() + times.len()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("temporal");
    // The seed, repeated to about 1 MB (each copy on its own lines).
    let reps = 1_000_000 / SEED.len() + 1;
    let big: String = std::iter::repeat_n(SEED, reps)
        .collect::<Vec<_>>()
        .join("\n");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("seed_x_repeated", |b| {
        b.iter(|| black_box(temporal(black_box(&big), Lang::De)))
    });
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("seed_once", |b| {
        b.iter(|| black_box(temporal(black_box(SEED), Lang::De)))
    });
    let docs = corpus();
    if !docs.is_empty() {
        let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("corpus_all_files", |b| {
            b.iter(|| {
                let mut n = 0;
                for (t, l) in &docs {
                    n += temporal(black_box(t), *l);
                }
                black_box(n)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
