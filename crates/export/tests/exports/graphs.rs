//! GEXF and GraphML read back with roxmltree.

use atlas_export::{gexf::to_gexf, graphml::to_graphml};
use roxmltree::{Document, Node};

use crate::fixture;

const GEXF_NS: &str = "http://gexf.net/1.3";
const GRAPHML_NS: &str = "http://graphml.graphdrawing.org/xmlns";

fn children<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
    n.children()
        .filter(|c| c.is_element() && c.tag_name().name() == name)
        .collect()
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Node<'a, 'i> {
    let mut c = children(n, name);
    assert_eq!(c.len(), 1, "one <{name}> in <{}>", n.tag_name().name());
    c.remove(0)
}

fn spells(n: Node) -> Vec<(String, String)> {
    match children(n, "spells").first() {
        None => vec![],
        Some(s) => children(*s, "spell")
            .iter()
            .map(|sp| {
                (
                    sp.attribute("start").unwrap().to_string(),
                    sp.attribute("end").unwrap().to_string(),
                )
            })
            .collect(),
    }
}

fn attvalue(n: Node, key: &str) -> Option<String> {
    let av = children(n, "attvalues");
    av.first()
        .and_then(|a| {
            children(*a, "attvalue")
                .into_iter()
                .find(|v| v.attribute("for") == Some(key))
        })
        .map(|v| v.attribute("value").unwrap().to_string())
}

fn s(a: &str, b: &str) -> (String, String) {
    (a.into(), b.into())
}

#[test]
fn gexf_is_well_formed_1_3() {
    let text = to_gexf(&fixture::analysis());
    let doc = Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(
        (root.tag_name().namespace(), root.tag_name().name()),
        (Some(GEXF_NS), "gexf")
    );
    assert_eq!(root.attribute("version"), Some("1.3"));
    assert!(doc
        .descendants()
        .filter(|n| n.is_element())
        .all(|n| n.tag_name().namespace() == Some(GEXF_NS)));
    let graph = child(root, "graph");
    assert_eq!(graph.attribute("mode"), Some("dynamic"));
    assert_eq!(graph.attribute("timeformat"), Some("date"));
    assert_eq!(graph.attribute("defaultedgetype"), Some("undirected"));
    // Declared attributes; every attvalue refers to one of its class.
    let mut declared = std::collections::HashMap::new();
    for attrs in children(graph, "attributes") {
        let class = attrs.attribute("class").unwrap().to_string();
        for a in children(attrs, "attribute") {
            declared.insert(
                (class.clone(), a.attribute("id").unwrap().to_string()),
                a.attribute("type").unwrap().to_string(),
            );
        }
    }
    for (class, list) in [("node", "nodes"), ("edge", "edges")] {
        for el in children(child(graph, list), class) {
            for av in el
                .descendants()
                .filter(|d| d.has_tag_name((GEXF_NS, "attvalue")))
            {
                let key = (class.to_string(), av.attribute("for").unwrap().to_string());
                assert!(declared.contains_key(&key), "undeclared attribute {key:?}");
            }
        }
    }
    assert_eq!(
        declared[&("node".to_string(), "mentions".to_string())],
        "integer"
    );
}

#[test]
fn gexf_nodes_edges_and_values() {
    let a = fixture::analysis();
    let text = to_gexf(&a);
    let doc = Document::parse(&text).unwrap();
    let graph = child(doc.root_element(), "graph");
    let nodes = children(child(graph, "nodes"), "node");
    let edges = children(child(graph, "edges"), "edge");
    assert_eq!(nodes.len(), 5);
    assert_eq!(edges.len(), 3);
    let node = |id: &str| {
        *nodes
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap()
    };
    let edge = |id: &str| {
        *edges
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap()
    };
    // Escaped text comes back as it was.
    assert_eq!(node("a5").attribute("label"), Some(fixture::A5_NAME));
    assert_eq!(attvalue(node("a5"), "kind").as_deref(), Some("civilians"));
    assert_eq!(attvalue(node("a5"), "country"), None);
    assert_eq!(attvalue(node("a1"), "country").as_deref(), Some("RU"));
    assert_eq!(attvalue(node("a1"), "mentions").as_deref(), Some("3"));
    assert_eq!(
        attvalue(node("a1"), "aliases").as_deref(),
        Some("Russland|Moskau|Russian")
    );
    let r2 = edge("r2");
    assert_eq!(
        (r2.attribute("source"), r2.attribute("target")),
        (Some("a3"), Some("a2"))
    );
    assert_eq!(
        r2.attribute("label"),
        Some("fights <against> & \"opposes\"")
    );
    assert_eq!(r2.attribute("weight"), Some("1"));
    assert_eq!(attvalue(r2, "type").as_deref(), Some("opposes"));
    assert_eq!(
        attvalue(edge("r1"), "evidence").as_deref(),
        Some("e4|d1:0-40")
    );
    assert!(text.contains("&lt;against&gt; &amp; &quot;opposes&quot;"));
}

#[test]
fn gexf_spells() {
    let doc_text = to_gexf(&fixture::analysis());
    let doc = Document::parse(&doc_text).unwrap();
    let graph = child(doc.root_element(), "graph");
    let nodes = children(child(graph, "nodes"), "node");
    let edges = children(child(graph, "edges"), "edge");
    let node = |id: &str| {
        *nodes
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap()
    };
    let edge = |id: &str| {
        *edges
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap()
    };
    // r1: e4 (year 2015) and a sentence span, which has no date.
    assert_eq!(spells(edge("r1")), [s("2015-01-01", "2015-12-31")]);
    // r2: e1, a day: start = end.
    assert_eq!(spells(edge("r2")), [s("2024-11-27", "2024-11-27")]);
    // r3: e2 (December 2024) and e1, sorted.
    assert_eq!(
        spells(edge("r3")),
        [s("2024-11-27", "2024-11-27"), s("2024-12-01", "2024-12-31")]
    );
    // Nodes: the events they take part in; e5 is undated.
    assert_eq!(
        spells(node("a1")),
        [s("2015-01-01", "2015-12-31"), s("2024-12-01", "2024-12-31")]
    );
    assert_eq!(
        spells(node("a3")),
        [s("2024-11-27", "2024-11-27"), s("2024-12-01", "2024-12-31")]
    );
    assert_eq!(spells(node("a4")), [s("2024-12-04", "2024-12-04")]);
    assert!(
        children(node("a5"), "spells").is_empty(),
        "an undated actor has no spells"
    );
}

#[test]
fn overlapping_periods_merge_and_dangling_relations_are_dropped() {
    let mut a = fixture::analysis();
    a.events[2].date = Some("2024-12-04".into()); // inside e2's December
    a.events[2].actors.push(atlas_engine::model::EventActor {
        actor: "a3".into(),
        role: "target".into(),
    });
    a.relations.push(atlas_engine::model::Relation {
        a: "a1".into(),
        b: "a404".into(),
        kind: "contact".into(),
        label: "talks".into(),
        evidence: vec![],
        weight: 1,
    });
    let text = to_gexf(&a);
    let doc = Document::parse(&text).unwrap();
    let graph = child(doc.root_element(), "graph");
    let nodes = children(child(graph, "nodes"), "node");
    let a3 = *nodes
        .iter()
        .find(|n| n.attribute("id") == Some("a3"))
        .unwrap();
    assert_eq!(
        spells(a3),
        [s("2024-11-27", "2024-11-27"), s("2024-12-01", "2024-12-31")]
    );
    assert_eq!(children(child(graph, "edges"), "edge").len(), 3);
    assert_eq!(child(graph, "edges").attribute("count"), Some("3"));
}

#[test]
fn graphml_is_well_formed_with_keys() {
    let text = to_graphml(&fixture::analysis());
    let doc = Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(
        (root.tag_name().namespace(), root.tag_name().name()),
        (Some(GRAPHML_NS), "graphml")
    );
    let keys = children(root, "key");
    let mut by_id = std::collections::HashMap::new();
    for k in &keys {
        let id = k.attribute("id").unwrap();
        assert!(
            by_id
                .insert(
                    id,
                    (
                        k.attribute("for").unwrap(),
                        k.attribute("attr.name").unwrap(),
                        k.attribute("attr.type").unwrap()
                    )
                )
                .is_none(),
            "key ids are unique"
        );
    }
    let graph = child(root, "graph");
    assert_eq!(graph.attribute("edgedefault"), Some("undirected"));
    let nodes = children(graph, "node");
    let edges = children(graph, "edge");
    assert_eq!((nodes.len(), edges.len()), (5, 3));
    let node_ids: Vec<&str> = nodes.iter().map(|n| n.attribute("id").unwrap()).collect();
    for e in &edges {
        assert!(
            node_ids.contains(&e.attribute("source").unwrap())
                && node_ids.contains(&e.attribute("target").unwrap())
        );
    }
    // Every <data> refers to a key declared for its element.
    for el in nodes.iter().chain(edges.iter()) {
        for d in children(*el, "data") {
            let (for_, _, _) = by_id
                .get(d.attribute("key").unwrap())
                .expect("declared key");
            assert_eq!(*for_, el.tag_name().name());
        }
    }
    let data = |el: Node, name: &str| -> Option<String> {
        children(el, "data")
            .into_iter()
            .find(|d| by_id[d.attribute("key").unwrap()].1 == name)
            .map(|d| d.text().unwrap_or("").to_string())
    };
    let node = |id: &str| {
        *nodes
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap()
    };
    assert_eq!(data(node("a5"), "label").as_deref(), Some(fixture::A5_NAME));
    assert_eq!(data(node("a5"), "country"), None);
    assert_eq!(data(node("a1"), "mentions").as_deref(), Some("3"));
    assert_eq!(
        data(node("a1"), "dates").as_deref(),
        Some("2015-01-01/2015-12-31; 2024-12-01/2024-12-31")
    );
    let r2 = *edges
        .iter()
        .find(|e| e.attribute("id") == Some("r2"))
        .unwrap();
    assert_eq!(data(r2, "type").as_deref(), Some("opposes"));
    assert_eq!(
        data(r2, "label").as_deref(),
        Some("fights <against> & \"opposes\"")
    );
    assert_eq!(data(r2, "weight").as_deref(), Some("1"));
    assert_eq!(data(r2, "dates").as_deref(), Some("2024-11-27/2024-11-27"));
    assert_eq!(by_id["e_weight"].2, "double");
}

#[test]
fn empty_networks_are_valid() {
    let a = atlas_engine::Analysis::default();
    for text in [to_gexf(&a), to_graphml(&a)] {
        let doc = Document::parse(&text).expect("well-formed");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("node") || n.tag_name().name() == "node")
                .count(),
            0
        );
    }
}

#[test]
fn newlines_survive_attributes() {
    let mut a = fixture::analysis();
    a.actors[0].name = "Russia\nFederation\t(RU)\r".into();
    let text = to_gexf(&a);
    let doc = Document::parse(&text).unwrap();
    let n = doc
        .descendants()
        .find(|n| n.tag_name().name() == "node" && n.attribute("id") == Some("a1"))
        .unwrap();
    assert_eq!(n.attribute("label"), Some("Russia\nFederation\t(RU)\r"));
}
