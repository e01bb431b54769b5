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
    /// Events it takes part in: who acts comes before who is only named
    /// (an agency in every dateline) when labels compete.
    pub events: usize,
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

/// `base` plus `growth` × √`value`, all of it scaled down when the largest
/// (`top`) would grow past `max_growth`: sizes keep their order, and one
/// item named hundreds of times does not fill the map.
fn sqrt_size(value: f64, top: f64, base: f64, growth: f64, max_growth: f64) -> f64 {
    let largest = top.max(value).sqrt() * growth;
    let scale = if largest > max_growth {
        max_growth / largest
    } else {
        1.0
    };
    base + value.sqrt() * growth * scale
}

/// Radius of a node with `mentions` mentions when the most mentioned node
/// of the map has `most`: from 7 px, the largest at most 27 px.
pub fn radius(mentions: usize, most: usize) -> f64 {
    sqrt_size(mentions as f64, most as f64, 7.0, 3.2, 20.0)
}

/// Stroke width of an edge of `weight` when the heaviest edge of the map has
/// `heaviest`: from 1.4 px, the heaviest at most 5 px (an arrowhead grows
/// with its line).
pub fn edge_width(weight: u32, heaviest: u32) -> f64 {
    sqrt_size(f64::from(weight), f64::from(heaviest), 1.4, 1.2, 3.6)
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

    /// Shapes the layout for a drawing `width / height` wide (see
    /// [`crate::layout::force::Params::aspect`]); before any step.
    pub fn set_aspect(&mut self, aspect: f64) {
        self.sim.params.aspect = aspect;
    }

    /// Lets the layout move as far as a new one would, from the positions
    /// it starts at (which otherwise only settle).
    pub fn reheat(&mut self) {
        self.sim.alpha = 1.0;
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
    let mut in_events: HashMap<&str, usize> = HashMap::new();
    for e in &a.events {
        let mut seen: Vec<&str> = Vec::with_capacity(e.actors.len());
        for p in &e.actors {
            if !seen.contains(&p.actor.as_str()) {
                seen.push(p.actor.as_str());
                *in_events.entry(p.actor.as_str()).or_default() += 1;
            }
        }
    }
    let in_edges: HashSet<&str> = edges
        .iter()
        .flat_map(|e| [e.a.as_str(), e.b.as_str()])
        .collect();
    let mut chosen: Vec<&atlas_engine::model::Actor> = a
        .actors
        .iter()
        .filter(|x| {
            visible_actors.contains(x.id.as_str())
                && (in_edges.contains(x.id.as_str())
                    || in_events.contains_key(x.id.as_str())
                    || x.mentions.len() >= 2)
        })
        .collect();
    // only actors named once and in nothing (a search for "Biden"): show
    // them rather than an empty map
    if chosen.is_empty() {
        chosen = a
            .actors
            .iter()
            .filter(|x| visible_actors.contains(x.id.as_str()))
            .collect();
    }
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
    let most = chosen.iter().map(|x| x.mentions.len()).max().unwrap_or(0);
    let nodes: Vec<Node> = chosen
        .iter()
        .map(|x| {
            let r = radius(x.mentions.len(), most);
            let mut n = match previous.get(x.id.as_str()) {
                Some(&(px, py)) => Node::at(px, py, r),
                None => Node::new(r),
            };
            if let Some(&(px, py)) = pinned.get(x.id.as_str()) {
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
            id: x.id.to_string(),
            name: x.name.clone(),
            kind: x.kind.to_string(),
            country: x.country.as_deref().map(str::to_string),
            x: n.x,
            y: n.y,
            r: n.r,
            mentions: x.mentions.len(),
            events: in_events.get(x.id.as_str()).copied().unwrap_or(0),
        })
        .collect();
    Pending {
        nodes,
        edges,
        sim,
        ticks: 0,
    }
}

/// The shape of a drawing `size` (width, height) in steps of 0.2 of the
/// logarithm of its aspect (about a fifth), from 0.4 to 2.5 wide; `None`
/// while it is not measured.
pub fn aspect_step(size: (f64, f64)) -> Option<i32> {
    let (w, h) = size;
    (w > 40.0 && h > 40.0 && w.is_finite() && h.is_finite())
        .then(|| ((w / h).clamp(0.4, 2.5).ln() / 0.2).round() as i32)
}

/// The aspect (width over height) a step of [`aspect_step`] stands for.
pub fn aspect_of_step(step: i32) -> f64 {
    (f64::from(step) * 0.2).exp()
}

/// Node labels' size on screen, CSS pixels.
pub const LABEL_PX: f64 = 12.0;
/// Average advance of a label character, in ems (system-ui, mixed case).
pub const LABEL_CHAR_EM: f64 = 0.58;
/// Labels are cut to this many characters.
pub const LABEL_CHARS: usize = 24;
/// The room a fitted view leaves for labels beyond the outermost nodes,
/// CSS pixels on either side.
pub const SIDE_ROOM_PX: f64 = 40.0;

/// Where a node's label sits: centred below or above it, or beside it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LabelAt {
    /// Centred under the node (the first choice).
    #[default]
    Below,
    /// Centred over it.
    Above,
    /// Starting right of it, on its middle.
    Right,
    /// Ending left of it, on its middle.
    Left,
}

impl LabelAt {
    /// The SVG `text-anchor` of a label placed so.
    pub fn text_anchor(self) -> &'static str {
        match self {
            LabelAt::Below | LabelAt::Above => "middle",
            LabelAt::Right => "start",
            LabelAt::Left => "end",
        }
    }
}

/// Which node labels to draw, where and how large, for the map as it
/// appears on screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelPlan {
    /// Font size in layout units: `LABEL_PX` on screen whatever the zoom.
    pub font: f64,
    /// Per node: its label is drawn.
    pub show: Vec<bool>,
    /// Per node: where its label goes.
    pub at: Vec<LabelAt>,
}

impl LabelPlan {
    /// The box (x0, y0, x1, y1, layout units) of a node's label placed
    /// `at`, at this plan's font size.
    pub fn label_box(&self, n: &NetNode, at: LabelAt) -> (f64, f64, f64, f64) {
        let w = n.name.chars().count().min(LABEL_CHARS) as f64 * LABEL_CHAR_EM * self.font;
        let h = 1.2 * self.font;
        let gap = 0.15 * self.font;
        match at {
            LabelAt::Below => {
                let top = n.y + n.r + gap;
                (n.x - w / 2.0, top, n.x + w / 2.0, top + h)
            }
            LabelAt::Above => {
                let top = n.y - n.r - gap - h;
                (n.x - w / 2.0, top, n.x + w / 2.0, top + h)
            }
            LabelAt::Right => {
                let left = n.x + n.r + 2.0 * gap;
                (left, n.y - h / 2.0, left + w, n.y + h / 2.0)
            }
            LabelAt::Left => {
                let right = n.x - n.r - 2.0 * gap;
                (right - w, n.y - h / 2.0, right, n.y + h / 2.0)
            }
        }
    }

    /// Where the `i`th node's label goes.
    pub fn at(&self, i: usize) -> LabelAt {
        self.at.get(i).copied().unwrap_or_default()
    }

    /// The box of the `i`th node's label where this plan puts it.
    pub fn placed_box(&self, nodes: &[NetNode], i: usize) -> (f64, f64, f64, f64) {
        self.label_box(&nodes[i], self.at(i))
    }

    /// The offset (dx, dy) of the `i`th node's label anchor (its baseline,
    /// at the `text_anchor` end) from the node's centre (layout units).
    pub fn anchor_offset(&self, nodes: &[NetNode], i: usize) -> (f64, f64) {
        let b = self.placed_box(nodes, i);
        let n = &nodes[i];
        let x = match self.at(i) {
            LabelAt::Below | LabelAt::Above => n.x,
            LabelAt::Right => b.0,
            LabelAt::Left => b.2,
        };
        (x - n.x, b.1 + 0.9 * self.font - n.y)
    }
}

/// Plans the labels of a map drawn at `px_per_unit` screen pixels per layout
/// unit: labels `LABEL_PX` high on screen, the most important nodes (most
/// mentioned) first, each below, above, right or left of its node (the
/// first of these that is free), only where it
/// overlaps no label already placed and no node as important as its own.
/// The nodes in `always` (the selection and its neighbours) are labelled
/// first and whatever the crowding.
pub fn label_plan(nodes: &[NetNode], px_per_unit: f64, always: &HashSet<&str>) -> LabelPlan {
    let everywhere = (
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
        f64::INFINITY,
        f64::INFINITY,
    );
    label_plan_within(nodes, px_per_unit, always, everywhere)
}

/// [`label_plan`] for the part of the layout on screen, `view` (x0, y0, x1,
/// y1): a label that would be cut at its edge is left out (the selection's
/// are still drawn).
pub fn label_plan_within(
    nodes: &[NetNode],
    px_per_unit: f64,
    always: &HashSet<&str>,
    view: (f64, f64, f64, f64),
) -> LabelPlan {
    let ppu = if px_per_unit.is_finite() && px_per_unit > 1e-6 {
        px_per_unit
    } else {
        1.0
    };
    let mut plan = LabelPlan {
        font: LABEL_PX / ppu,
        show: vec![false; nodes.len()],
        at: vec![LabelAt::Below; nodes.len()],
    };
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (&nodes[i], &nodes[j]);
        always
            .contains(b.id.as_str())
            .cmp(&always.contains(a.id.as_str()))
            .then(b.events.cmp(&a.events))
            .then(b.mentions.cmp(&a.mentions))
            .then(b.r.total_cmp(&a.r))
            .then(i.cmp(&j))
    });
    let overlaps = |p: &(f64, f64, f64, f64), q: &(f64, f64, f64, f64)| {
        p.0 < q.2 && q.0 < p.2 && p.1 < q.3 && q.1 < p.3
    };
    let shapes: Vec<(f64, f64, f64, f64)> = nodes
        .iter()
        .map(|n| (n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r))
        .collect();
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    for i in order {
        let forced = always.contains(nodes[i].id.as_str());
        let free = |b: &(f64, f64, f64, f64)| {
            b.0 >= view.0
                && b.1 >= view.1
                && b.2 <= view.2
                && b.3 <= view.3
                && placed.iter().all(|p| !overlaps(p, b))
                && shapes.iter().enumerate().all(|(j, s)| {
                    j == i || nodes[j].mentions < nodes[i].mentions || !overlaps(s, b)
                })
        };
        let spot = [
            LabelAt::Below,
            LabelAt::Above,
            LabelAt::Right,
            LabelAt::Left,
        ]
        .into_iter()
        .map(|at| (plan.label_box(&nodes[i], at), at))
        .find(|(b, _)| free(b))
        .or_else(|| forced.then(|| (plan.label_box(&nodes[i], LabelAt::Below), LabelAt::Below)));
        if let Some((b, at)) = spot {
            placed.push(b);
            plan.show[i] = true;
            plan.at[i] = at;
        }
    }
    plan
}

/// The view box (x, y, width, height) that fits the network into a drawing
/// of `screen` CSS pixels (`preserveAspectRatio` "meet") with room for the
/// labels, which keep their size on screen: the scale and the room they
/// need depend on each other, so the fit is iterated to its fixed point.
/// Without a screen size (not yet measured), a fixed margin.
pub fn fit_view(net: &Network, screen: (f64, f64)) -> (f64, f64, f64, f64) {
    let (x0, y0, x1, y1) = net.bounds;
    let fallback = (
        x0 - 90.0,
        y0 - 40.0,
        (x1 - x0 + 180.0).max(200.0),
        (y1 - y0 + 94.0).max(150.0),
    );
    let (w, h) = screen;
    if !(w > 40.0 && h > 40.0) || net.nodes.is_empty() {
        return fallback;
    }
    let margin_px = 6.0;
    let mut view = fallback;
    for _ in 0..12 {
        let s = (w / view.2).min(h / view.3).max(1e-6);
        let font = LABEL_PX / s;
        let m = margin_px / s;
        // Labels get at most 40 px (and a quarter of the width) on either
        // side: the nodes, not the room for their labels, fill the drawing.
        // A label that would be cut at an edge goes beside its node, facing
        // inwards, or is left out (see `label_plan_within`).
        let cap = (0.25 * w).min(SIDE_ROOM_PX) / s;
        let mut b = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for n in &net.nodes {
            let half = (n.name.chars().count().min(LABEL_CHARS) as f64 * LABEL_CHAR_EM * font
                / 2.0)
                .min(cap)
                .max(n.r);
            b.0 = b.0.min(n.x - half);
            // Room for a label above a node too (where one below would collide).
            b.1 = b.1.min(n.y - n.r - 1.5 * font);
            b.2 = b.2.max(n.x + half);
            b.3 = b.3.max(n.y + n.r + 1.5 * font);
        }
        // At least 200 × 150 units, centred on the nodes (one node sits in the middle).
        let (vw, vh) = (
            (b.2 - b.0 + 2.0 * m).max(200.0),
            (b.3 - b.1 + 2.0 * m).max(150.0),
        );
        let next = (
            (b.0 + b.2) / 2.0 - vw / 2.0,
            (b.1 + b.3) / 2.0 - vh / 2.0,
            vw,
            vh,
        );
        let done = (next.2 - view.2).abs() < 0.5 && (next.3 - view.3).abs() < 0.5;
        view = next;
        if done {
            break;
        }
    }
    view
}

/// Whether a newly laid-out network gets a fitted view: always for a new
/// analysis or ego view, and when the filters changed which actors are drawn
/// unless the user has zoomed or panned (a search for one place would
/// otherwise leave a few nodes in the middle of a view fitted to forty).
pub fn refit(new_analysis: bool, user_moved: bool, before: &[NetNode], after: &[NetNode]) -> bool {
    if new_analysis {
        return true;
    }
    if user_moved {
        return false;
    }
    let ids = |ns: &[NetNode]| -> HashSet<String> { ns.iter().map(|n| n.id.clone()).collect() };
    ids(before) != ids(after)
}

#[cfg(test)]
mod tests {
    #[test]
    fn node_and_edge_sizes_stay_bounded_when_one_actor_is_named_hundreds_of_times() {
        use super::{edge_width, radius};
        // an ordinary map keeps its sizes
        assert_eq!(radius(1, 30), 7.0 + 3.2);
        assert_eq!(radius(25, 30), 7.0 + 16.0);
        assert_eq!(edge_width(4, 9), 1.4 + 2.4);
        // the same dispatch pasted eighty times: the largest node 27 px, the heaviest line 5 px
        assert!((radius(400, 400) - 27.0).abs() < 1e-9);
        assert!((edge_width(80, 80) - 5.0).abs() < 1e-9);
        // and the order of sizes is kept
        assert!(radius(80, 400) < radius(160, 400));
        assert!(radius(1, 400) >= 7.0);
        assert!(edge_width(1, 80) < edge_width(40, 80));
    }

    use super::*;
    use atlas_engine::model::{Actor, Mention, Relation};

    fn analysis(n: usize) -> Analysis {
        let mut a = Analysis::default();
        for i in 0..n {
            a.actors.push(Actor {
                id: format!("a{i}").into(),
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
            a.actors.iter().map(|x| x.id.to_string()).collect(),
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
    fn actors_named_once_in_nothing_are_drawn_when_they_are_all_that_is_left() {
        // a0 is named once and in no relation once a search keeps it alone
        let a = analysis(8);
        let only: HashSet<String> = ["a0".to_string()].into_iter().collect();
        let n = lay_out(
            &a,
            &only,
            &HashSet::new(),
            None,
            &HashMap::new(),
            &HashMap::new(),
        );
        assert_eq!(n.nodes.len(), 1, "the searched actor, not an empty map");
        // among others that take part in something, it waits
        let (va, _) = all(&a);
        let n = lay_out(
            &a,
            &va,
            &HashSet::new(),
            None,
            &HashMap::new(),
            &HashMap::new(),
        );
        assert!(
            n.nodes.iter().all(|x| x.id != "a0" && x.id != "a4"),
            "named once: {:?}",
            n.nodes.iter().map(|x| &x.id).collect::<Vec<_>>()
        );
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
    fn a_layout_run_in_slices_is_the_layout_run_at_once() {
        let a = analysis(60);
        let actors: HashSet<String> = a.actors.iter().map(|x| x.id.to_string()).collect();
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

    #[test]
    fn labels_are_twelve_pixels_on_screen_and_never_pile_up() {
        let a = analysis(60);
        let (va, vr) = all(&a);
        let n = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        // A map drawn at a third of its layout size (a normal panel), and at full size.
        for ppu in [0.33, 1.0, 3.0] {
            let plan = label_plan(&n.nodes, ppu, &HashSet::new());
            assert!(
                (plan.font * ppu - LABEL_PX).abs() < 1e-9,
                "12 px on screen at {ppu}"
            );
            let shown: Vec<usize> = (0..n.nodes.len()).filter(|&i| plan.show[i]).collect();
            assert!(!shown.is_empty(), "some labels at {ppu}");
            let boxes: Vec<_> = shown
                .iter()
                .map(|&i| plan.placed_box(&n.nodes, i))
                .collect();
            for i in 0..boxes.len() {
                for j in i + 1..boxes.len() {
                    let (p, q) = (boxes[i], boxes[j]);
                    assert!(
                        p.2 <= q.0 || p.0 >= q.2 || p.3 <= q.1 || p.1 >= q.3,
                        "labels overlap at {ppu}: {p:?} {q:?}"
                    );
                }
                // Nor do they cover a node as important as their own.
                for (k, m) in n.nodes.iter().enumerate() {
                    if k != shown[i] && m.mentions >= n.nodes[shown[i]].mentions {
                        let (p, q) = (boxes[i], (m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r));
                        assert!(p.2 <= q.0 || p.0 >= q.2 || p.3 <= q.1 || p.1 >= q.3);
                    }
                }
            }
        }
        // Zoomed out, fewer labels fit than zoomed in; the most mentioned come first.
        let small = label_plan(&n.nodes, 0.33, &HashSet::new());
        let big = label_plan(&n.nodes, 3.0, &HashSet::new());
        let count = |p: &LabelPlan| p.show.iter().filter(|s| **s).count();
        assert!(
            count(&small) < count(&big),
            "{} vs {}",
            count(&small),
            count(&big)
        );
        let most = n.nodes.iter().map(|x| x.mentions).max().unwrap();
        let labelled: Vec<usize> = n
            .nodes
            .iter()
            .map(|x| x.mentions)
            .zip(&small.show)
            .filter(|(_, s)| **s)
            .map(|(m, _)| m)
            .collect();
        assert!(
            labelled.contains(&most),
            "the most mentioned nodes are labelled: {labelled:?}"
        );
        // Those left out are, on average, less mentioned than those labelled.
        let left_out: Vec<usize> = n
            .nodes
            .iter()
            .map(|x| x.mentions)
            .zip(&small.show)
            .filter(|(_, s)| !**s)
            .map(|(m, _)| m)
            .collect();
        let mean = |v: &[usize]| v.iter().sum::<usize>() as f64 / v.len().max(1) as f64;
        assert!(
            !left_out.is_empty() && mean(&labelled) > mean(&left_out),
            "labelled {labelled:?}, left out {left_out:?}"
        );
    }

    #[test]
    fn a_drawing_shape_changes_step_only_when_it_changes_by_about_a_fifth() {
        assert_eq!(aspect_step((0.0, 300.0)), None);
        assert_eq!(aspect_step((f64::NAN, 300.0)), None);
        assert_eq!(aspect_step((400.0, 400.0)), Some(0));
        // a few pixels either way: the same step
        assert_eq!(aspect_step((358.0, 276.0)), aspect_step((358.0, 281.0)));
        // the timeline above filling up: another step
        assert_ne!(aspect_step((358.0, 500.0)), aspect_step((358.0, 276.0)));
        for (w, h) in [(358.0, 276.0), (1000.0, 400.0), (300.0, 700.0)] {
            let back = aspect_of_step(aspect_step((w, h)).unwrap());
            assert!((back / (w / h)).ln().abs() <= 0.1 + 1e-9, "{w}x{h}: {back}");
        }
        // beyond 2.5 (or under 0.4) the shape no longer matters
        assert_eq!(aspect_step((3000.0, 300.0)), aspect_step((750.0, 300.0)));
    }

    #[test]
    fn a_wide_drawing_gets_a_wide_layout_and_a_tall_one_a_tall_layout() {
        let a = analysis(40);
        let (va, vr) = all(&a);
        let ratio = |aspect: f64| {
            let mut p = start(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
            p.set_aspect(aspect);
            p.step(MAX_TICKS);
            let (x0, y0, x1, y1) = p.network().bounds;
            (x1 - x0) / (y1 - y0)
        };
        let (square, wide, tall) = (ratio(1.0), ratio(2.0), ratio(0.5));
        assert!(wide > 1.3 * square && wide > 1.2, "{wide} vs {square}");
        assert!(tall < square / 1.3 && tall < 0.85, "{tall} vs {square}");
        // out-of-range and nonsense aspects are clamped or ignored
        assert!(ratio(f64::NAN).is_finite() && ratio(100.0).is_finite());
    }

    #[test]
    fn who_acts_is_labelled_before_who_is_only_named() {
        let node = |id: &str, x: f64, mentions: usize, events: usize| NetNode {
            id: id.into(),
            name: format!("A long actor name {id}"),
            kind: "state".into(),
            country: None,
            x,
            y: 0.0,
            r: 8.0,
            mentions,
            events,
        };
        // side by side: an agency named in every dateline, and a party to
        // three events named less often; the first placed takes the first
        // place, below its node
        let nodes = vec![node("afp", 0.0, 9, 0), node("rebels", 4.0, 4, 3)];
        let plan = label_plan(&nodes, 1.0, &HashSet::new());
        assert!(plan.show[1], "the party's label: {:?}", plan.show);
        assert_eq!(plan.at(1), LabelAt::Below, "{:?}", plan.at);
        assert!(
            !plan.show[0] || plan.at(0) != LabelAt::Below,
            "{:?}",
            plan.at
        );
        // with no events either way, mentions decide
        let nodes = vec![node("afp", 0.0, 9, 0), node("rebels", 4.0, 4, 0)];
        let plan = label_plan(&nodes, 1.0, &HashSet::new());
        assert!(plan.show[0]);
        assert_eq!(plan.at(0), LabelAt::Below, "{:?}", plan.at);
    }

    #[test]
    fn a_label_goes_beside_its_node_when_below_and_above_are_taken() {
        let node = |id: &str, y: f64, mentions: usize| NetNode {
            id: id.into(),
            name: format!("Actor {id}"),
            kind: "state".into(),
            country: None,
            x: 0.0,
            y,
            r: 8.0,
            mentions,
            events: 0,
        };
        // B right under A and C right over it, both as mentioned as A
        let nodes = vec![node("a", 0.0, 3), node("b", 22.0, 3), node("c", -22.0, 3)];
        let plan = label_plan(&nodes, 1.0, &HashSet::new());
        assert!(plan.show.iter().all(|s| *s), "{:?}", plan.show);
        assert_eq!(plan.at(1), LabelAt::Below);
        assert_eq!(plan.at(2), LabelAt::Above);
        assert_eq!(plan.at(0), LabelAt::Right);
        let b = plan.placed_box(&nodes, 0);
        assert!(
            b.0 > nodes[0].x + nodes[0].r && b.1 < 0.0 && b.3 > 0.0,
            "{b:?}"
        );
        assert_eq!(plan.at(0).text_anchor(), "start");
        // the text starts at the box's left edge, its baseline inside the box
        let (dx, dy) = plan.anchor_offset(&nodes, 0);
        assert!(
            (dx - b.0).abs() < 1e-9 && dy > b.1 && dy < b.3,
            "{dx} {dy} {b:?}"
        );
        // with the right taken too (a node there), it goes left
        let mut four = nodes.clone();
        four.push(NetNode {
            x: 40.0,
            ..node("d", 0.0, 3)
        });
        let plan = label_plan(&four, 1.0, &HashSet::new());
        assert_eq!(plan.at(0), LabelAt::Left, "{:?}", plan.at);
        assert_eq!(plan.at(0).text_anchor(), "end");
    }

    #[test]
    fn the_selection_and_its_neighbours_are_always_labelled() {
        let a = analysis(60);
        let (va, vr) = all(&a);
        let n = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        let crowded = label_plan(&n.nodes, 0.2, &HashSet::new());
        let hidden: Vec<&str> = n
            .nodes
            .iter()
            .zip(&crowded.show)
            .filter(|(_, s)| !**s)
            .map(|(x, _)| x.id.as_str())
            .take(3)
            .collect();
        assert_eq!(hidden.len(), 3, "a crowded map hides some labels");
        let always: HashSet<&str> = hidden.iter().copied().collect();
        let plan = label_plan(&n.nodes, 0.2, &always);
        for (x, s) in n.nodes.iter().zip(&plan.show) {
            if always.contains(x.id.as_str()) {
                assert!(*s, "{} labelled", x.id);
            }
        }
        // A degenerate scale does not panic or divide by zero.
        assert!(label_plan(&n.nodes, 0.0, &HashSet::new()).font.is_finite());
        assert!(label_plan(&n.nodes, f64::NAN, &HashSet::new())
            .font
            .is_finite());
    }

    #[test]
    fn the_fitted_view_leaves_room_for_labels_at_screen_size() {
        let a = analysis(40);
        let (va, vr) = all(&a);
        let net = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        for screen in [(345.0, 360.0), (900.0, 500.0), (200.0, 600.0)] {
            let (vx, vy, vw, vh) = fit_view(&net, screen);
            let s = (screen.0 / vw).min(screen.1 / vh);
            let plan = label_plan(&net.nodes, s, &HashSet::new());
            // Every node lies inside the view box, and so does at least one
            // of the places its label may go (beside it, facing inwards, at
            // an edge).
            for (i, n) in net.nodes.iter().enumerate() {
                let slack = 1.0 / s;
                let inside = |b: (f64, f64, f64, f64)| {
                    b.0 >= vx - slack
                        && b.1 >= vy - slack
                        && b.2 <= vx + vw + slack
                        && b.3 <= vy + vh + slack
                };
                assert!(inside((n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r)));
                let spots = [
                    LabelAt::Below,
                    LabelAt::Above,
                    LabelAt::Right,
                    LabelAt::Left,
                ];
                assert!(
                    spots.iter().any(|&at| inside(plan.label_box(n, at))),
                    "{screen:?}: no room for label {i} in {:?}",
                    (vx, vy, vw, vh)
                );
            }
        }
        // Not measured yet: the fixed margin, never a panic.
        let v = fit_view(&net, (0.0, 0.0));
        assert!(v.2 >= 200.0 && v.3 >= 150.0);
        assert!(fit_view(&Network::default(), (f64::NAN, 300.0))
            .2
            .is_finite());
    }

    #[test]
    fn a_narrow_drawing_keeps_a_map_and_drops_labels_that_would_be_cut() {
        let a = analysis(40);
        let (va, vr) = all(&a);
        let net = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        let screen = (150.0, 280.0);
        let (vx, vy, vw, vh) = fit_view(&net, screen);
        let s = (screen.0 / vw).min(screen.1 / vh);
        let (x0, _, x1, _) = net.bounds;
        assert!(
            (x1 - x0) * s >= 0.4 * screen.0,
            "the nodes keep 40 % of the width: {}",
            (x1 - x0) * s
        );
        let view = (vx, vy, vx + vw, vy + vh);
        let plan = label_plan_within(&net.nodes, s, &HashSet::new(), view);
        assert!(plan.show.iter().any(|x| *x), "some labels");
        for i in (0..net.nodes.len()).filter(|&i| plan.show[i]) {
            let b = plan.placed_box(&net.nodes, i);
            assert!(
                b.0 >= view.0 && b.2 <= view.2 && b.1 >= view.1 && b.3 <= view.3,
                "label {i} cut: {b:?}"
            );
        }
    }

    #[test]
    fn the_view_is_fitted_again_when_the_filters_change_the_actors_drawn() {
        let a = analysis(10);
        let (va, vr) = all(&a);
        let whole = lay_out(&a, &va, &vr, None, &HashMap::new(), &HashMap::new());
        let few: HashSet<String> = ["a1", "a2", "a3"].iter().map(|s| s.to_string()).collect();
        let part = lay_out(&a, &few, &vr, None, &HashMap::new(), &HashMap::new());
        assert!(
            refit(true, true, &whole.nodes, &whole.nodes),
            "a new analysis"
        );
        assert!(
            refit(false, false, &whole.nodes, &part.nodes),
            "a filter changed the actors"
        );
        assert!(
            !refit(false, true, &whole.nodes, &part.nodes),
            "not when the user zoomed"
        );
        // A node dragged (same actors, new positions): the view stays.
        let mut moved = whole.nodes.clone();
        moved[0].x += 50.0;
        assert!(!refit(false, false, &whole.nodes, &moved));
    }

    #[test]
    fn a_lone_node_is_fitted_into_the_middle() {
        let a = analysis(3);
        let one: HashSet<String> = ["a1".to_string()].into();
        let net = lay_out(
            &a,
            &one,
            &HashSet::new(),
            None,
            &HashMap::new(),
            &HashMap::new(),
        );
        assert_eq!(net.nodes.len(), 1);
        let n = &net.nodes[0];
        let (vx, vy, vw, vh) = fit_view(&net, (358.0, 359.0));
        assert!((vx + vw / 2.0 - n.x).abs() < 1.0, "centred across");
        // Across and a little above the middle (its label hangs below it).
        assert!((vy + vh / 2.0 - n.y).abs() < 0.2 * vh, "centred down");
    }
}
