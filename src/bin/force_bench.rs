//! Benchmark of the actor map's layout in WebAssembly (issue #9: 500 nodes
//! and 2,000 edges to a settled state in under 1 s). `scripts/bench.sh`
//! builds it for wasm32, binds it for Node (`wasm-bindgen --target nodejs`)
//! and `tests/bench/browser.mjs` times `settle` from JavaScript, so the
//! figure is V8's WebAssembly, the engine Chromium runs the app with.
//! Not part of the app bundle (Trunk builds only `app` and `worker`).

use std::collections::{HashMap, HashSet};

use atlas_engine::model::{Actor, Relation};
use atlas_engine::Analysis;
use dispatch_atlas::layout::network::{fit_view, label_plan, lay_out};

/// A deterministic random conflict graph: `nodes` actors of mixed kinds and
/// `edges` relations of the four types, more of them around a few hubs (as
/// real conflicts have).
pub fn graph(nodes: usize, edges: usize) -> Analysis {
    let mut a = Analysis::default();
    let kinds = [
        "state",
        "government",
        "armed_group",
        "person",
        "organisation",
    ];
    for i in 0..nodes {
        a.actors.push(Actor {
            id: format!("a{i}").into(),
            name: format!("Actor number {i}"),
            kind: kinds[i % kinds.len()].into(),
            country: None,
            aliases: vec![],
            roles: vec![],
            mentions: vec![],
        });
    }
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let types = ["supports", "opposes", "contact", "affiliation"];
    let mut seen = HashSet::new();
    while a.relations.len() < edges && nodes > 1 {
        // Squaring skews the choice towards low indices: hubs.
        let r = (next() % 10_000) as f64 / 10_000.0;
        let x = ((r * r) * nodes as f64) as usize % nodes;
        let y = (next() as usize) % nodes;
        if x == y || !seen.insert((x.min(y), x.max(y))) {
            continue;
        }
        a.relations.push(Relation {
            a: format!("a{x}"),
            b: format!("a{y}"),
            kind: types[(next() % 4) as usize].into(),
            label: String::new(),
            evidence: vec![],
            weight: 1 + (next() % 5) as u32,
        });
    }
    a
}

/// Lays out the graph from scratch as the actor map does (forces until
/// settled, then labels); returns the number of nodes placed.
pub fn settle_graph(a: &Analysis) -> usize {
    let actors: HashSet<String> = a.actors.iter().map(|x| x.id.to_string()).collect();
    let relations: HashSet<usize> = (0..a.relations.len()).collect();
    let net = lay_out(
        a,
        &actors,
        &relations,
        None,
        &HashMap::new(),
        &HashMap::new(),
    );
    // Labels as the actor map plans them, for a panel of 345 × 360 pixels.
    let (_, _, vw, vh) = fit_view(&net, (345.0, 360.0));
    let px_per_unit = (345.0 / vw).min(360.0 / vh);
    let labels = label_plan(&net.nodes, px_per_unit, &HashSet::new());
    net.nodes.len().min(labels.show.len())
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Builds the graph (not timed by the caller separately: cheap).
    #[wasm_bindgen]
    pub struct Graph(atlas_engine::Analysis);

    #[wasm_bindgen]
    impl Graph {
        /// A graph of `nodes` actors and `edges` relations.
        #[wasm_bindgen(constructor)]
        pub fn new(nodes: usize, edges: usize) -> Graph {
            Graph(super::graph(nodes, edges))
        }

        /// Lays it out to a settled state; returns the nodes placed.
        pub fn settle(&self) -> usize {
            super::settle_graph(&self.0)
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let t = std::time::Instant::now();
        let a = graph(500, 2000);
        let built = t.elapsed();
        let t = std::time::Instant::now();
        let n = settle_graph(&a);
        eprintln!(
            "native: graph built in {built:?}; {n} nodes, {} edges settled in {:?}",
            a.relations.len(),
            t.elapsed()
        );
    }
}
