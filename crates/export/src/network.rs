//! The actor network shared by the GEXF and GraphML exports.
//!
//! Nodes are the actors, in analysis order. Edges are the relations whose
//! two actors both exist (others are left out), with id `r<n>` where n is
//! the relation's 1-based position in the analysis, so ids stay stable
//! when a relation is skipped.
//!
//! Dates: an edge is dated by the events its `evidence` names (evidence
//! given as a sentence span such as `d1:120-240` carries no date); a node
//! by the events it takes part in, whatever its role. Each dated event
//! contributes the period of its date (day: that day; week, month, quarter,
//! season, year: first to last day of it, see [`crate::period`]); periods
//! that overlap are merged so that the intervals are disjoint, as Gephi
//! requires. Undated events and dates that are no calendar period add
//! nothing; an element with no dates has no spells and so exists
//! throughout.

use atlas_engine::model::{Actor, Event, Relation};
use atlas_engine::Analysis;

use crate::lookup::Index;
use crate::period::{merge_ranges, Period, Ymd};

/// An actor with the periods it is active in.
pub(crate) struct Node<'a> {
    pub actor: &'a Actor,
    pub spells: Vec<(Ymd, Ymd)>,
}

/// A relation between two existing actors, with its dated periods.
pub(crate) struct Edge<'a> {
    pub id: String,
    pub relation: &'a Relation,
    pub spells: Vec<(Ymd, Ymd)>,
}

/// Nodes and edges.
pub(crate) struct Network<'a> {
    pub nodes: Vec<Node<'a>>,
    pub edges: Vec<Edge<'a>>,
}

fn event_range(e: &Event) -> Option<(Ymd, Ymd)> {
    let p = Period::parse(e.date.as_deref()?)?;
    Some((p.first, p.last))
}

/// Builds the network of an analysis.
pub(crate) fn network<'a>(a: &'a Analysis, ix: &Index<'a>) -> Network<'a> {
    let mut nodes: Vec<Node<'a>> = Vec::with_capacity(a.actors.len());
    for actor in &a.actors {
        if nodes.iter().any(|n| n.actor.id == actor.id) {
            continue;
        }
        let ranges = a
            .events
            .iter()
            .filter(|e| e.actors.iter().any(|ea| ea.actor == actor.id))
            .filter_map(event_range)
            .collect();
        nodes.push(Node {
            actor,
            spells: merge_ranges(ranges),
        });
    }
    let mut edges = Vec::with_capacity(a.relations.len());
    for (i, r) in a.relations.iter().enumerate() {
        if ix.actor(&r.a).is_none() || ix.actor(&r.b).is_none() {
            continue;
        }
        let ranges = r
            .evidence
            .iter()
            .filter_map(|id| ix.event(id))
            .filter_map(event_range)
            .collect();
        edges.push(Edge {
            id: format!("r{}", i + 1),
            relation: r,
            spells: merge_ranges(ranges),
        });
    }
    Network { nodes, edges }
}
