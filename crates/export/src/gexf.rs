//! GEXF 1.3 (`http://gexf.net/1.3`) of the actor network, for Gephi.
//!
//! - `<graph mode="dynamic" defaultedgetype="undirected" timeformat="date"
//!   timerepresentation="interval">`.
//! - Nodes: the actors (`id` = actor id, `label` = name) with attributes
//!   `kind`, `country` (ISO code; left out when unknown), `mentions`
//!   (integer: number of mentions) and `aliases` (`liststring`, items
//!   separated by `|`, the GEXF 1.2 list syntax that Gephi and other
//!   readers accept).
//! - Edges: the relations (`id` = `r<n>`, see `crate::network`) with the
//!   GEXF edge's own `label` and `weight` (the relation's), `kind` = the
//!   relation type (GEXF 1.3's multigraph kind, so that a `supports` and a
//!   `contact` edge between the same actors stay two edges), and
//!   attributes `type` (the relation type again, as a column) and
//!   `evidence` (`liststring` of the evidence ids).
//! - `<spells>` on nodes and edges that are dated, one `<spell start end>`
//!   per merged period (inclusive dates `YYYY-MM-DD`; a day has
//!   start = end); see `crate::network` for where the dates come from.
//! - `<meta>` names the creator and the counts; it carries no
//!   `lastmodifieddate`, so that the export is the same every time.
//!
//! All text goes through one XML escaper (`& < > " '`, and line breaks
//! kept as character references).

use std::fmt::Write as _;

use atlas_engine::Analysis;

use crate::lookup::Index;
use crate::network::network;
use crate::period::Ymd;
use crate::xml::escape;

fn spells(out: &mut String, indent: &str, spells: &[(Ymd, Ymd)]) {
    if spells.is_empty() {
        return;
    }
    let _ = writeln!(out, "{indent}<spells>");
    for (start, end) in spells {
        let _ = writeln!(out, "{indent}  <spell start=\"{start}\" end=\"{end}\"/>");
    }
    let _ = writeln!(out, "{indent}</spells>");
}

/// Joins list items with `|` (a `|` inside an item becomes `/`).
fn liststring<'s>(items: impl Iterator<Item = &'s str>) -> String {
    items
        .map(|s| s.replace('|', "/"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Writes the actor network as GEXF 1.3.
pub fn to_gexf(a: &Analysis) -> String {
    let ix = Index::new(a);
    let net = network(a, &ix);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    );
    out.push_str("  <meta>\n    <creator>Dispatch Atlas</creator>\n");
    let _ = writeln!(
        out,
        "    <description>Actor network: {} actors, {} relations, from {} dispatches</description>",
        net.nodes.len(),
        net.edges.len(),
        a.documents.len()
    );
    out.push_str("  </meta>\n");
    out.push_str(
        "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\" timerepresentation=\"interval\">\n",
    );
    out.push_str("    <attributes class=\"node\">\n");
    out.push_str("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n");
    out.push_str("      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n");
    out.push_str("      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n");
    out.push_str("      <attribute id=\"aliases\" title=\"aliases\" type=\"liststring\"/>\n");
    out.push_str("    </attributes>\n");
    out.push_str("    <attributes class=\"edge\">\n");
    out.push_str("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
    out.push_str("      <attribute id=\"evidence\" title=\"evidence\" type=\"liststring\"/>\n");
    out.push_str("    </attributes>\n");
    let _ = writeln!(out, "    <nodes count=\"{}\">", net.nodes.len());
    for n in &net.nodes {
        let actor = n.actor;
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&actor.id),
            escape(&actor.name)
        );
        out.push_str("        <attvalues>\n");
        let _ = writeln!(
            out,
            "          <attvalue for=\"kind\" value=\"{}\"/>",
            escape(&actor.kind)
        );
        if let Some(c) = &actor.country {
            let _ = writeln!(
                out,
                "          <attvalue for=\"country\" value=\"{}\"/>",
                escape(c)
            );
        }
        let _ = writeln!(
            out,
            "          <attvalue for=\"mentions\" value=\"{}\"/>",
            actor.mentions.len()
        );
        let _ = writeln!(
            out,
            "          <attvalue for=\"aliases\" value=\"{}\"/>",
            escape(&liststring(actor.aliases.iter().map(String::as_str)))
        );
        out.push_str("        </attvalues>\n");
        spells(&mut out, "        ", &n.spells);
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n");
    let _ = writeln!(out, "    <edges count=\"{}\">", net.edges.len());
    for e in &net.edges {
        let r = e.relation;
        let _ = writeln!(
            out,
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\" kind=\"{}\">",
            escape(&e.id),
            escape(&r.a),
            escape(&r.b),
            escape(&r.label),
            r.weight,
            escape(&r.kind)
        );
        out.push_str("        <attvalues>\n");
        let _ = writeln!(
            out,
            "          <attvalue for=\"type\" value=\"{}\"/>",
            escape(&r.kind)
        );
        let _ = writeln!(
            out,
            "          <attvalue for=\"evidence\" value=\"{}\"/>",
            escape(&liststring(r.evidence.iter().map(|s| s.as_str())))
        );
        out.push_str("        </attvalues>\n");
        spells(&mut out, "        ", &e.spells);
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}
