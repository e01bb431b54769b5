#!/usr/bin/env python3
"""Independent checks of the app's exports of the seed dispatch (standard
library only): CSV via the csv module, GeoJSON and TimelineJS against
structural schemas written from RFC 7946 and the TimelineJS format, GEXF and
GraphML via an XML parser against their namespaces and required structure,
PLOVER JSON Lines, the project file, SVG and PNG.

usage: check_exports.py '{"export-csv": "path", ...}'
"""
import csv, io, json, sys
import xml.etree.ElementTree as ET

SEED_DATES = {"2011", "2012", "2015", "2016", "2020", "2024-11-27", "2024-12-03", "2024-12-04"}
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def geojson(path):
    g = json.load(open(path, encoding="utf-8"))
    check(g.get("type") == "FeatureCollection", "GeoJSON: not a FeatureCollection")
    check("crs" not in g, "GeoJSON: RFC 7946 has no crs member")
    feats = g.get("features", [])
    check(len(feats) >= 3, f"GeoJSON: only {len(feats)} features")
    for f in feats:
        check(f.get("type") == "Feature", "GeoJSON: feature type")
        geom = f.get("geometry") or {}
        check(geom.get("type") == "Point", "GeoJSON: point geometry")
        c = geom.get("coordinates", [])
        check(len(c) == 2 and -180 <= c[0] <= 180 and -90 <= c[1] <= 90, f"GeoJSON: bad coordinates {c}")
        check(isinstance(f.get("properties"), dict), "GeoJSON: properties object")
    # Aleppo and Hama with lon first.
    pts = [f["geometry"]["coordinates"] for f in feats if f.get("geometry")]
    check(any(abs(x - 37.13) < 0.3 and abs(y - 36.2) < 0.3 for x, y in pts), "GeoJSON: no point at Aleppo (lon, lat)")
    check(any(abs(x - 36.76) < 0.3 and abs(y - 35.13) < 0.3 for x, y in pts), "GeoJSON: no point at Hama (lon, lat)")


def csv_file(path):
    text = open(path, encoding="utf-8", newline="").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    cols = rows[0].keys() if rows else []
    for c in ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes"]:
        check(c in cols, f"CSV: no column {c}")
    check(len(rows) >= 6, f"CSV: only {len(rows)} rows")
    years = {r["event_date"][:4] for r in rows if r.get("event_date")}
    for y in ["2011", "2012", "2015", "2016", "2020", "2024"]:
        check(y in years, f"CSV: no event in {y}")
    check(any(r.get("latitude") and abs(float(r["latitude"]) - 35.13) < 0.3 for r in rows), "CSV: no event at Hama")


def xml_graph(path, kind):
    root = ET.parse(path).getroot()
    if kind == "gexf":
        ns = "{http://gexf.net/1.3}"
        check(root.tag == ns + "gexf" and root.get("version") == "1.3", f"GEXF: root {root.tag} {root.get('version')}")
        graph = root.find(ns + "graph")
        nodes = graph.findall(f"{ns}nodes/{ns}node")
        edges = graph.findall(f"{ns}edges/{ns}edge")
        ids = {n.get("id") for n in nodes}
        check(len(nodes) >= 6, f"GEXF: {len(nodes)} nodes")
        check(len(edges) >= 5, f"GEXF: {len(edges)} edges")
        check(all(e.get("source") in ids and e.get("target") in ids for e in edges), "GEXF: edge ends are nodes")
        check(any(n.get("label") == "Russia" for n in nodes), "GEXF: no Russia")
        check(graph.find(f"{ns}attributes") is not None, "GEXF: no attribute declarations")
    else:
        ns = "{http://graphml.graphdrawing.org/xmlns}"
        check(root.tag == ns + "graphml", f"GraphML: root {root.tag}")
        graph = root.find(ns + "graph")
        nodes = graph.findall(ns + "node")
        edges = graph.findall(ns + "edge")
        ids = {n.get("id") for n in nodes}
        keys = {k.get("id") for k in root.findall(ns + "key")}
        check(len(nodes) >= 6 and len(edges) >= 5, f"GraphML: {len(nodes)} nodes, {len(edges)} edges")
        check(all(e.get("source") in ids and e.get("target") in ids for e in edges), "GraphML: edge ends are nodes")
        check(all(d.get("key") in keys for d in root.iter(ns + "data")), "GraphML: data keys declared")


def timelinejs(path):
    t = json.load(open(path, encoding="utf-8"))
    evs = t.get("events", [])
    check(len(evs) >= 6, f"TimelineJS: {len(evs)} events")
    years = set()
    for e in evs:
        sd = e.get("start_date", {})
        check(isinstance(sd.get("year"), (str, int)), "TimelineJS: start_date.year")
        check("headline" in e.get("text", {}), "TimelineJS: text.headline")
        years.add(str(sd.get("year")))
        if str(sd.get("year")) == "2015":
            check("month" not in sd, "TimelineJS: a year-only date has no month")
    for y in ["2011", "2015", "2024"]:
        check(y in years, f"TimelineJS: no event in {y}")


def plover(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
    check(len(lines) >= 6, f"PLOVER: {len(lines)} lines")
    for l in lines:
        o = json.loads(l)
        for k in ["event_type", "date", "actor", "recipient", "location", "evidence"]:
            check(k in o, f"PLOVER: no {k}")
    dates = {json.loads(l).get("date") for l in lines}
    check(len(dates & SEED_DATES) >= 6, f"PLOVER: dates {dates}")


def project(path):
    p = json.load(open(path, encoding="utf-8"))
    check(p.get("format") == "dispatch-atlas/project@1", "project: format")
    check(p["analysis"]["format"] == "dispatch-atlas/analysis@1", "project: analysis format")
    check(len(p["dispatches"]) == 1 and "Hama" in p["dispatches"][0]["text"], "project: dispatch text")


def svg(path):
    root = ET.parse(path).getroot()
    check(root.tag == "{http://www.w3.org/2000/svg}svg", "SVG: root")
    text = open(path, encoding="utf-8").read()
    check("2024-12-04" in text, "SVG: the footer names the dispatch date")
    check("Fighting" in text, "SVG: legend")


def png(path):
    b = open(path, "rb").read()
    check(b[:8] == b"\x89PNG\r\n\x1a\n" and len(b) > 5000, f"PNG: {len(b)} bytes")


files = json.loads(sys.argv[1])
checks = {"export-geojson": geojson, "export-csv": csv_file, "export-gexf": lambda p: xml_graph(p, "gexf"), "export-graphml": lambda p: xml_graph(p, "graphml"),
          "export-timelinejs": timelinejs, "export-plover": plover, "export-json": project, "export-svg": svg, "export-png": png}
for key, fn in checks.items():
    if key not in files:
        failures.append(f"{key}: not downloaded")
        continue
    try:
        fn(files[key])
    except Exception as e:  # a parser error is a failure of that export
        failures.append(f"{key}: {type(e).__name__}: {e}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("all exports valid")
