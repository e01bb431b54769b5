//! GraphML (`http://graphml.graphdrawing.org/xmlns`) of the actor network,
//! for yEd, Cytoscape, NetworkX, igraph.
//!
//! The same network as the GEXF export (see `crate::network`), in one
//! `<graph id="actors" edgedefault="undirected">`. Keys (`<key>` ids are
//! prefixed `n_` / `e_` so that they are unique across nodes and edges):
//!
//! | key | for | attr.name | attr.type | value |
//! |---|---|---|---|---|
//! | `n_label` | node | label | string | the actor's name |
//! | `n_kind` | node | kind | string | the actor kind |
//! | `n_country` | node | country | string | ISO code; no `<data>` when unknown |
//! | `n_mentions` | node | mentions | int | number of mentions |
//! | `n_aliases` | node | aliases | string | `; `-separated |
//! | `n_dates` | node | dates | string | the merged periods, `start/end` (ISO 8601 interval), `; `-separated; no `<data>` when undated |
//! | `e_type` | edge | type | string | `supports`, `opposes`, `contact`, `affiliation` |
//! | `e_label` | edge | label | string | the relation's label |
//! | `e_weight` | edge | weight | double | the relation's weight |
//! | `e_evidence` | edge | evidence | string | evidence ids, `; `-separated |
//! | `e_dates` | edge | dates | string | as `n_dates` |
//!
//! Text goes through the shared XML escaper.

use std::fmt::Write as _;

use atlas_engine::Analysis;

use crate::lookup::Index;
use crate::network::network;
use crate::period::Ymd;
use crate::xml::escape;

const KEYS: [(&str, &str, &str, &str); 11] = [
    ("n_label", "node", "label", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_dates", "node", "dates", "string"),
    ("e_type", "edge", "type", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_weight", "edge", "weight", "double"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_dates", "edge", "dates", "string"),
];

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
}

fn dates(spells: &[(Ymd, Ymd)]) -> String {
    spells
        .iter()
        .map(|(s, e)| format!("{s}/{e}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Writes the actor network as GraphML.
pub fn to_graphml(a: &Analysis) -> String {
    let ix = Index::new(a);
    let net = network(a, &ix);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, class, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{class}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"actors\" edgedefault=\"undirected\">\n");
    for n in &net.nodes {
        let actor = n.actor;
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&actor.id));
        data(&mut out, "n_label", &actor.name);
        data(&mut out, "n_kind", &actor.kind);
        if let Some(c) = &actor.country {
            data(&mut out, "n_country", c);
        }
        data(&mut out, "n_mentions", &actor.mentions.len().to_string());
        data(&mut out, "n_aliases", &actor.aliases.join("; "));
        if !n.spells.is_empty() {
            data(&mut out, "n_dates", &dates(&n.spells));
        }
        out.push_str("    </node>\n");
    }
    for e in &net.edges {
        let r = e.relation;
        let _ = writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            escape(&e.id),
            escape(&r.a),
            escape(&r.b)
        );
        data(&mut out, "e_type", &r.kind);
        data(&mut out, "e_label", &r.label);
        data(&mut out, "e_weight", &r.weight.to_string());
        data(&mut out, "e_evidence", &r.evidence.join("; "));
        if !e.spells.is_empty() {
            data(&mut out, "e_dates", &dates(&e.spells));
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
