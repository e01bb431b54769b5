//! The actor network's layout: which actors and relations to draw, node
//! sizes by mentions, link lengths by relation type, and positions from the
//! force simulation, kept stable across re-analyses.

use std::collections::{HashMap, HashSet};

use atlas_engine::Analysis;

use crate::layout::force::{Link, Node, Simulation};

/// A placed actor.
#[derive(Debug, Clone, PartialEq)]
pub struct NetNode {
    /// Actor id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Actor kind.
    pub kind: String,
    /// Country code.
    pub country: Option<String>,
    /// Position.
    pub x: f64,
    /// Position.
    pub y: f64,
    /// Radius.
    pub r: f64,
    /// Mentions.
    pub mentions: usize,
}

/// A placed relation.
#[derive(Debug, Clone, PartialEq)]
pub struct NetEdge {
    /// Index into `analysis.relations`.
    pub index: usize,
    /// Actor id.
    pub a: String,
    /// Actor id.
    pub b: String,
    /// Relation type.
    pub kind: String,
    /// Weight.
    pub weight: u32,
}

/// The network to draw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    /// Nodes.
    pub nodes: Vec<NetNode>,
    /// Edges.
    pub edges: Vec<NetEdge>,
    /// Bounding box (x0, y0, x1, y1).
    pub bounds: (f64, f64, f64, f64),
}

/// Radius of a node with `mentions` mentions.
pub fn radius(mentions: usize) -> f64 {
    7.0 + (mentions as f64).sqrt() * 3.2
}

/// Rest length of a link by relation type.
fn link_distance(kind: &str) -> (f64, f64) {
    match kind {
        "affiliation" => (55.0, 0.9),
        "supports" => (80.0, 0.6),
        "contact" => (95.0, 0.4),
        "opposes" => (150.0, 0.3),
        _ => (100.0, 0.3),
    }
}

/// Lays out the visible actors that take part in something (a relation or
/// an event) — or, with `ego`, only that actor and its neighbours.
/// `previous` positions keep old nodes where they were; `pinned` fixes nodes.
pub fn lay_out(
    a: &Analysis,
    visible_actors: &HashSet<String>,
    visible_relations: &HashSet<usize>,
    ego: Option<&str>,
    previous: &HashMap<String, (f64, f64)>,
    pinned: &HashMap<String, (f64, f64)>,
) -> Network {
    let mut p = start(a, visible_actors, visible_relations, ego, previous, pinned);
    p.step(MAX_TICKS);
    p.network()
}

/// At most this many simulation steps per layout.
pub const MAX_TICKS: usize = 400;

/// A layout under way: the chosen nodes and edges and the simulation that
/// places them, run a slice at a time ([`Pending::step`]) so a large graph
/// never blocks the page for long.
#[derive(Debug, Clone)]
pub struct Pending {
    nodes: Vec<NetNode>,
    edges: Vec<NetEdge>,
    sim: Simulation,
    ticks: usize,
}

impl Pending {
    /// Runs up to `n` more steps; returns whether the layout is done.
    pub fn step(&mut self, n: usize) -> bool {
        let n = n.min(MAX_TICKS.saturating_sub(self.ticks));
        self.ticks += self.sim.run(n);
        self.done()
    }

    /// Whether the simulation has settled (or used its steps).
    pub fn done(&self) -> bool {
        self.sim.settled() || self.ticks >= MAX_TICKS
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether there is nothing to lay out.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The network at the simulation's current positions.
    pub fn network(&self) -> Network {
        let nodes = self
            .nodes
            .iter()
            .zip(self.sim.nodes.iter())
            .map(|(x, n)| NetNode {
                x: n.x,
                y: n.y,
                ..x.clone()
            })
            .collect();
        Network {
            nodes,
            edges: self.edges.clone(),
            bounds: self.sim.bounds(),
        }
    }
}

/// Starts laying out the visible actors (see [`lay_out`]); nothing runs yet.
pub fn start(
    a: &Analysis,
    visible_actors: &HashSet<String>,
    visible_relations: &HashSet<usize>,
    ego: Option<&str>,
    previous: &HashMap<String, (f64, f64)>,
    pinned: &HashMap<String, (f64, f64)>,
) -> Pending {
    let mut edges: Vec<NetEdge> = a
        .relations
        .iter()
        .enumerate()
        .filter(|(i, r)| visible_relations.contains(i) && r.a != r.b)
        .map(|(i, r)| NetEdge {
            index: i,
            a: r.a.clone(),
            b: r.b.clone(),
            kind: r.kind.clone(),
            weight: r.weight.max(1),
        })
        .collect();
    let in_events: HashSet<&str> = a
        .events
        .iter()
        .flat_map(|e| e.actors.iter().map(|p| p.actor.as_str()))
        .collect();
    let in_edges: HashSet<&str> = edges
        .iter()
        .flat_map(|e| [e.a.as_str(), e.b.as_str()])
        .collect();
    let mut chosen: Vec<&atlas_engine::model::Actor> = a
        .actors
        .iter()
        .filter(|x| {
            visible_actors.contains(&x.id)
                && (in_edges.contains(x.id.as_str())
                    || in_events.contains(x.id.as_str())
                    || x.mentions.len() >= 2)
        })
        .collect();
    if let Some(center) = ego {
        let neighbours: HashSet<String> = edges
            .iter()
            .filter(|e| e.a == center || e.b == center)
            .flat_map(|e| [e.a.clone(), e.b.clone()])
            .chain(std::iter::once(center.to_string()))
            .collect();
        chosen.retain(|x| neighbours.contains(x.id.as_str()));
        edges.retain(|e| neighbours.contains(e.a.as_str()) && neighbours.contains(e.b.as_str()));
    }
    let index: HashMap<&str, usize> = chosen
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i))
        .collect();
    edges.retain(|e| index.contains_key(e.a.as_str()) && index.contains_key(e.b.as_str()));
    let nodes: Vec<Node> = chosen
        .iter()
        .map(|x| {
            let r = radius(x.mentions.len());
            let mut n = match previous.get(&x.id) {
                Some(&(px, py)) => Node::at(px, py, r),
                None => Node::new(r),
            };
            if let Some(&(px, py)) = pinned.get(&x.id) {
                n.x = px;
                n.y = py;
                n.pinned = Some((px, py));
            }
            n
        })
        .collect();
    let links: Vec<Link> = edges
        .iter()
        .map(|e| {
            let (distance, strength) = link_distance(&e.kind);
            Link {
                a: index[e.a.as_str()],
                b: index[e.b.as_str()],
                distance,
                strength,
            }
        })
        .collect();
    let sim = Simulation::new(nodes, links);
    let nodes = chosen
        .iter()
        .zip(sim.nodes.iter())
        .map(|(x, n)| NetNode {
            id: x.id.clone(),
            name: x.name.clone(),
            kind: x.kind.clone(),
            country: x.country.clone(),
            x: n.x,
            y: n.y,
            r: n.r,
            mentions: x.mentions.len(),
        })
        .collect();
    Pending {
        nodes,
        edges,
        sim,
        ticks: 0,
    }
}

/// Label placement: which node labels to show so that no two overlap,
/// biggest nodes first. Labels are boxes of `char_w` per character and
/// `h` high, centred under their node.
pub fn labels_without_overlap(nodes: &[NetNode], char_w: f64, h: f64) -> Vec<bool> {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&i, &j| nodes[j].r.total_cmp(&nodes[i].r).then(i.cmp(&j)));
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let mut show = vec![false; nodes.len()];
    for i in order {
        let n = &nodes[i];
        let w = n.name.chars().count().min(24) as f64 * char_w;
        let b = (
            n.x - w / 2.0,
            n.y + n.r + 2.0,
            n.x + w / 2.0,
            n.y + n.r + 2.0 + h,
        );
        if placed
            .iter()
            .all(|p| b.2 <= p.0 || b.0 >= p.2 || b.3 <= p.1 || b.1 >= p.3)
        {
            placed.push(b);
            show[i] = true;
        }
    }
    show
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_engine::model::{Actor, Mention, Relation};

    fn analysis(n: usize) -> Analysis {
        let mut a = Analysis::default();
        for i in 0..n {
            a.actors.push(Actor {
                id: format!("a{i}"),
                name: format!("Actor number {i}"),
                kind: "state".into(),
                country: None,
                aliases: vec![],
                roles: vec![],
                mentions: (0..=(i % 4))
                    .map(|k| Mention {
                        doc: "d1".into(),
                        start: k,
                        end: k + 1,
                        text: "x".into(),
                    })
                    .collect(),
            });
        }
        for i in 1..n {
            a.relations.push(Relation {
                a: format!("a{}", i / 2),
                b: format!("a{i}"),
                kind: ["supports", "opposes", "contact", "affiliation"][i % 4].into(),
                label: String::new(),
                evidence: vec![],
                weight: 1,
            });
        }
        a
    }

    fn all(a: &Analysis) -> (HashSet<String>, HashSet<usize>) {
        (
            a.actors.iter().map(|x| x.id.clone()).collect(),
            (0..a.relations.len()).collect(),
        )
    }

    #[test]
    fn lays_out_every_related_actor_deterministically() {
        let a = analysis(20);
        let (va, vr) = all(&a);
        let n1 = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        let n2 = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        assert_eq!(n1, n2);
        assert_eq!(n1.nodes.len(), 20);
        assert_eq!(n1.edges.len(), 19);
    }

    #[test]
    fn ego_view_keeps_neighbours_only() {
        let a = analysis(20);
        let (va, vr) = all(&a);
        let n = lay_out(&a, &va, &vr, Some("a1"), &HashMap::new(), &HashMap::new());
        let ids: HashSet<&str> = n.nodes.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["a0", "a1", "a2", "a3"].into_iter().collect());
    }

    #[test]
    fn previous_positions_keep_old_nodes_in_place() {
        let a = analysis(20);
        let (va, vr) = all(&a);
        let first = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        let prev: HashMap<String, (f64, f64)> = first
            .nodes
            .iter()
            .map(|n| (n.id.clone(), (n.x, n.y)))
            .collect();
        let bigger = analysis(24);
        let (va, vr) = all(&bigger);
        let second = lay_out(&bigger, &va, &vr, None, &prev, &HashMap::new());
        let moved: f64 = first
            .nodes
            .iter()
            .map(|o| {
                let n = second.nodes.iter().find(|n| n.id == o.id).unwrap();
                ((o.x - n.x).powi(2) + (o.y - n.y).powi(2)).sqrt()
            })
            .sum::<f64>()
            / 20.0;
        assert!(moved < 30.0, "old nodes moved {moved}");
    }

    #[test]
    fn labels_do_not_overlap() {
        let a = analysis(60);
        let (va, vr) = all(&a);
        let n = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        let show = labels_without_overlap(&n.nodes, 6.0, 12.0);
        assert!(show.iter().any(|s| *s));
        let boxes: Vec<_> = n
            .nodes
            .iter()
            .zip(&show)
            .filter(|(_, s)| **s)
            .map(|(x, _)| {
                let w = x.name.chars().count().min(24) as f64 * 6.0;
                (
                    x.x - w / 2.0,
                    x.y + x.r + 2.0,
                    x.x + w / 2.0,
                    x.y + x.r + 14.0,
                )
            })
            .collect();
        for i in 0..boxes.len() {
            for j in i + 1..boxes.len() {
                let (p, q) = (boxes[i], boxes[j]);
                assert!(p.2 <= q.0 || p.0 >= q.2 || p.3 <= q.1 || p.1 >= q.3);
            }
        }
    }

    #[test]
    fn a_layout_run_in_slices_is_the_layout_run_at_once() {
        let a = analysis(60);
        let actors: HashSet<String> = a.actors.iter().map(|x| x.id.clone()).collect();
        let rels: HashSet<usize> = (0..a.relations.len()).collect();
        let whole = lay_out(&a, &actors, &rels, None, &HashMap::new(), &HashMap::new());
        let mut p = start(&a, &actors, &rels, None, &HashMap::new(), &HashMap::new());
        let mut slices = 0;
        while !p.step(7) {
            slices += 1;
        }
        assert!(slices > 3, "ran in several slices");
        assert_eq!(p.network(), whole);
    }
}
