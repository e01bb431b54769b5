#!/usr/bin/env python3
"""Independent checks of the exports of the seed dispatch, against the
formats' schemas (tests/schemas/README.md says where each comes from):

- GeoJSON: the geojson.org FeatureCollection JSON Schema (npm geojson-schema)
  plus the RFC 7946 rules a schema cannot say (longitude first, ranges, no
  crs) and the coordinates of the analysis' places;
- TimelineJS: a JSON Schema written from the TimelineJS 3 JSON format docs;
- GEXF: the GEXF 1.3 XSD (derived from the official 1.2draft XSD, see the
  README), GraphML: the GraphML XSD, both with the XSD validator xmlschema,
  plus the references an XSD does not check (edge ends, attribute keys);
- CSV: Python's csv reader (header, one row per event, ISO dates, ranges);
- PLOVER JSON Lines: each line a JSON object with the documented fields;
- the project file, SVG and PNG (browser downloads only).

Content: every dated event of the seed's gold file (2011, 2012, 2015, 2016,
2020, 2024-11-27, 2024-12-03, 2024-12-04) is in each dated export, places
sit at the gold coordinates, and the counts equal the analysis'.

usage:
  check_exports.py '{"export-csv": "path", ...}'   files downloaded by the
        browser test (tests/e2e/exports.test.mjs); the analysis is the one in
        the project file ("export-json")
  check_exports.py --cli [--out DIR]   runs `atlas export --format F` on the
        seed for every format (ATLAS_BIN=path uses that binary instead of
        `cargo run`), checks the files, then checks that broken copies of
        them are rejected (the schemas bite)

Needs the PyPI packages of tests/schemas/requirements.txt (scripts/setup.sh
installs them). Prints one line per failure and ends with
"exports: N passed, N failed"; exit code 1 on any failure.
"""
import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import xmlschema

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SCHEMAS = os.path.join(ROOT, "tests", "schemas")
SEED_TEXT = [os.path.join(ROOT, "..", "shared", "corpus", "seed", "afp-de-2024-12-04-moskau-syrien.txt"),
             os.path.join(ROOT, "tests", "corpus", "examples", "afp-de-2024-12-04-moskau-syrien.txt")]
SEED_GOLD = os.path.join(ROOT, "..", "shared", "corpus", "seed", "afp-de-2024-12-04-moskau-syrien.gold.json")
# The gold file's event dates, used when ../shared is not there.
SEED_DATES = ["2024-12-04", "2024-12-04", "2024-11-27", "2024-12-03", "2015", "2016", "2012", "2020", "2011"]
CSV_COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
               "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude",
               "longitude", "geo_precision", "source", "notes", "fatalities", "plover_type", "negated", "reported", "doc"]
PLOVER_FIELDS = ["id", "date", "event_type", "mode", "context", "actor", "actor_country", "recipient",
                 "recipient_country", "location", "evidence", "negated", "reported", "doc"]
GEXF_NS = "{http://gexf.net/1.3}"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
TOLERANCE = {"city": 0.3, "site": 0.3, "locality": 0.3, "region": 1.0, "country": 2.0}

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


# ---------------------------------------------------------------- schemas

_cache = {}


def json_validator(name):
    if name not in _cache:
        path = {"geojson": "geojson/FeatureCollection.json", "timelinejs": "timelinejs/timeline.schema.json"}[name]
        schema = json.load(open(os.path.join(SCHEMAS, path), encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _cache[name] = cls(schema)
    return _cache[name]


def xml_schema(name):
    if name not in _cache:
        path = {"gexf": "gexf-1.3/gexf.xsd", "graphml": "graphml/graphml.xsd"}[name]
        # allow="local": the schemas import each other by relative path and nothing is fetched.
        _cache[name] = xmlschema.XMLSchema(os.path.join(SCHEMAS, path), allow="local")
    return _cache[name]


def schema_errors(kind, label, validator_errors, limit=5):
    errs = list(validator_errors)
    for e in errs[:limit]:
        if isinstance(e, jsonschema.ValidationError):
            where = "/".join(str(p) for p in e.absolute_path)
            failures.append(f"{label}: schema: at /{where}: {e.message[:300]}")
        else:
            failures.append(f"{label}: {kind}: {getattr(e, 'reason', e)} at {getattr(e, 'path', '?')}")
    if len(errs) > limit:
        failures.append(f"{label}: ... and {len(errs) - limit} more schema errors")
    return not errs


# ---------------------------------------------------------------- reference data

def load_gold():
    if os.path.exists(SEED_GOLD):
        g = json.load(open(SEED_GOLD, encoding="utf-8"))
        dates = [e["date"] for e in g.get("events", []) if e.get("date")]
        places = [p for p in g.get("places", []) if not p.get("optional")]
        kinds = {n: p["kind"] for p in g.get("places", []) for n in p.get("names", [])}
        # Dates of the events placed below country level: the map must have them.
        local = [e["date"] for e in g.get("events", []) if e.get("date") and kinds.get(e.get("place")) in ("city", "region")]
        return dates, places, local
    return list(SEED_DATES), [], ["2024-11-27", "2024-12-03", "2016", "2012", "2020"]


GOLD_DATES, GOLD_PLACES, GOLD_LOCAL_DATES = load_gold()


def gold_place(name):
    for p in GOLD_PLACES:
        if name in p.get("names", []):
            return p
    return None


def iso_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def timex_matches(value, gold):
    """An export date (TIMEX3 value or YYYY-MM-DD) stands for the gold date."""
    return value == gold or (value or "").startswith(gold + "-") and len(gold) == 4


class Analysis:
    """The analysis the exports were made from (counts and coordinates to compare)."""

    def __init__(self, a):
        self.a = a
        self.places = {p["id"]: p for p in a.get("places", [])}
        self.events = a.get("events", [])
        self.actors = {x["id"]: x for x in a.get("actors", [])}
        self.relations = [r for r in a.get("relations", []) if r.get("a") in self.actors and r.get("b") in self.actors]

    def coords(self, place_id):
        p = self.places.get(place_id)
        if not p or p.get("lat") is None or p.get("lon") is None:
            return None
        lat, lon = p["lat"], p["lon"]
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        return lon, lat

    def placed_events(self):
        return [e for e in self.events if self.coords(e.get("place"))]

    def calendar_dated(self):
        # TimelineJS leaves out undated events and dates that are no calendar period.
        return [e for e in self.events if e.get("date") and re.match(r"^\d{4}", e["date"]) and not e["date"].startswith("P")]


# ---------------------------------------------------------------- formats

def geojson(path, ref):
    g = json.load(open(path, encoding="utf-8"))
    if not schema_errors("schema", "GeoJSON", json_validator("geojson").iter_errors(g)):
        return
    # RFC 7946 beyond the schema.
    check("crs" not in g, "GeoJSON: RFC 7946 §4 has no crs member")
    feats = g["features"]
    names = {}
    for f in feats:
        fid = f.get("id")
        geom = f.get("geometry")
        if not check(geom is not None and geom.get("type") == "Point", f"GeoJSON {fid}: not a Point"):
            continue
        c = geom["coordinates"]
        check(len(c) == 2, f"GeoJSON {fid}: position {c} is not [lon, lat]")
        lon, lat = c[0], c[1]
        check(-180 <= lon <= 180 and -90 <= lat <= 90, f"GeoJSON {fid}: position {c} out of range (RFC 7946 §3.1.1: longitude first)")
        props = f.get("properties") or {}
        check(props.get("role") in ("event", "reporting"), f"GeoJSON {fid}: role {props.get('role')}")
        if props.get("place"):
            names.setdefault(props["place"], []).append((lon, lat, props.get("place_kind")))
        if props.get("date") is not None:
            check(re.match(r"^(\d{4}|XXXX)", props["date"]) is not None, f"GeoJSON {fid}: date {props['date']}")
    # Places at their gold coordinates, longitude first.
    for place, pts in names.items():
        gp = gold_place(place)
        if gp:
            tol = TOLERANCE.get(gp["kind"], 1.0)
            for lon, lat, _ in pts:
                check(abs(lon - gp["lon"]) <= tol and abs(lat - gp["lat"]) <= tol,
                      f"GeoJSON: {place} at [{lon}, {lat}], gold [lon {gp['lon']}, lat {gp['lat']}]")
    for place in ["Aleppo", "Hama", "Moscow"]:
        check(place in names, f"GeoJSON: no feature at {place}")
    events = [f for f in feats if (f.get("properties") or {}).get("role") == "event"]
    dates = [f["properties"].get("date") for f in events]
    for d in set(GOLD_LOCAL_DATES):
        check(any(timex_matches(x, d) for x in dates), f"GeoJSON: no event dated {d}")
    if ref:
        placed = ref.placed_events()
        check(len(events) == len(placed), f"GeoJSON: {len(events)} event features, the analysis has {len(placed)} events with coordinates")
        by_id = {f.get("id"): f for f in events}
        for e in placed:
            f = by_id.get(e["id"])
            if check(f is not None, f"GeoJSON: event {e['id']} missing"):
                lon, lat = ref.coords(e["place"])
                c = f["geometry"]["coordinates"]
                check(abs(c[0] - lon) < 1e-5 and abs(c[1] - lat) < 1e-5, f"GeoJSON {e['id']}: {c} is not [lon {lon}, lat {lat}] of its place")
                check(f["properties"].get("date") == e.get("date"), f"GeoJSON {e['id']}: date {f['properties'].get('date')} != {e.get('date')}")


def csv_file(path, ref):
    raw = open(path, "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf"), "CSV: byte-order mark")
    text = raw.decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = list(reader)
    if not check(len(rows) >= 1, "CSV: empty"):
        return
    header, body = rows[0], rows[1:]
    check(header == CSV_COLUMNS, f"CSV: header {header}")
    for i, r in enumerate(body, 2):
        check(len(r) == len(header), f"CSV line {i}: {len(r)} fields, header has {len(header)}")
    recs = [dict(zip(header, r)) for r in body]
    ids = [r.get("event_id_cnty") for r in recs]
    check(len(set(ids)) == len(ids), "CSV: event ids are not unique")
    for r in recs:
        eid = r.get("event_id_cnty")
        d, prec = r.get("event_date", ""), r.get("time_precision", "")
        if d:
            check(iso_date(d), f"CSV {eid}: event_date {d!r} is not YYYY-MM-DD")
            check(prec in ("1", "2", "3"), f"CSV {eid}: time_precision {prec!r}")
        else:
            check(prec == "", f"CSV {eid}: time_precision without a date")
        lat, lon = r.get("latitude", ""), r.get("longitude", "")
        check(bool(lat) == bool(lon), f"CSV {eid}: latitude and longitude go together")
        if lat:
            try:
                la, lo = float(lat), float(lon)
                check(-90 <= la <= 90 and -180 <= lo <= 180, f"CSV {eid}: ({lat}, {lon}) out of range")
                gp = gold_place(r.get("location", ""))
                if gp:
                    tol = TOLERANCE.get(gp["kind"], 1.0)
                    check(abs(la - gp["lat"]) <= tol and abs(lo - gp["lon"]) <= tol,
                          f"CSV {eid}: {r['location']} at ({lat}, {lon}), gold ({gp['lat']}, {gp['lon']})")
            except ValueError:
                failures.append(f"CSV {eid}: coordinates ({lat!r}, {lon!r}) are not numbers")
        check(r.get("geo_precision", "") in ("", "1", "2", "3"), f"CSV {eid}: geo_precision {r.get('geo_precision')!r}")
        fat = r.get("fatalities", "")
        check(fat == "" or fat.isdigit(), f"CSV {eid}: fatalities {fat!r} is not a count")
        check(r.get("negated") in ("true", "false") and r.get("reported") in ("true", "false"), f"CSV {eid}: negated/reported")
    for d in set(GOLD_DATES):
        prec = "1" if len(d) == 10 else "3"
        check(any(r["event_date"].startswith(d) and r["time_precision"] == prec for r in recs),
              f"CSV: no event dated {d} (precision {prec})")
    for place in ["Aleppo", "Hama"]:
        check(any(r.get("location") == place and r.get("latitude") for r in recs), f"CSV: no geocoded event at {place}")
    if ref:
        check([r["event_id_cnty"] for r in recs] == [e["id"] for e in ref.events],
              f"CSV: rows {len(recs)} are not the analysis' {len(ref.events)} events in order")
        for r, e in zip(recs, ref.events):
            d = e.get("date")
            if d and re.match(r"^\d{4}-\d{2}-\d{2}$", d):
                check(r["event_date"] == d, f"CSV {e['id']}: event_date {r['event_date']} != {d}")
            elif d and re.match(r"^\d{4}$", d):
                check(r["event_date"] == d + "-01-01", f"CSV {e['id']}: event_date {r['event_date']} for year {d}")


def xml_gexf(path, ref):
    doc = ET.parse(path)
    if not schema_errors("XSD", "GEXF", xml_schema("gexf").iter_errors(path, use_location_hints=False)):
        return
    root = doc.getroot()
    ns = GEXF_NS
    check(root.tag == ns + "gexf" and root.get("version") == "1.3", f"GEXF: root {root.tag} {root.get('version')}")
    graph = root.find(ns + "graph")
    decl = {}
    for attrs in graph.findall(ns + "attributes"):
        for a in attrs.findall(ns + "attribute"):
            decl[(attrs.get("class"), a.get("id"))] = a.get("type")
    nodes_el = graph.find(ns + "nodes")
    edges_el = graph.find(ns + "edges")
    nodes = nodes_el.findall(ns + "node")
    edges = edges_el.findall(ns + "edge") if edges_el is not None else []
    ids = [n.get("id") for n in nodes]
    check(len(set(ids)) == len(ids), "GEXF: node ids are not unique")
    eids = [e.get("id") for e in edges]
    check(len(set(eids)) == len(eids), "GEXF: edge ids are not unique")
    check(nodes_el.get("count") in (None, str(len(nodes))), f"GEXF: nodes count={nodes_el.get('count')} but {len(nodes)} nodes")
    if edges_el is not None:
        check(edges_el.get("count") in (None, str(len(edges))), f"GEXF: edges count={edges_el.get('count')} but {len(edges)} edges")
    check(all(e.get("source") in ids and e.get("target") in ids for e in edges), "GEXF: edge ends are nodes")
    timeformat = graph.get("timeformat")
    for cls, elems in (("node", nodes), ("edge", edges)):
        for el in elems:
            for av in el.iter(ns + "attvalue"):
                t = decl.get((cls, av.get("for")))
                if check(t is not None, f"GEXF {el.get('id')}: attvalue for undeclared {cls} attribute {av.get('for')}"):
                    if t in ("integer", "long"):
                        check(re.match(r"^-?\d+$", av.get("value", "")) is not None, f"GEXF {el.get('id')}: {av.get('for')}={av.get('value')} is no {t}")
            for sp in el.iter(ns + "spell"):
                s, e = sp.get("start"), sp.get("end")
                if timeformat == "date":
                    check(iso_date(s) and iso_date(e) and s <= e, f"GEXF {el.get('id')}: spell {s}..{e}")
    check(any(n.get("label") == "Russia" for n in nodes), "GEXF: no Russia")
    spells = {sp.get("start")[:4] for sp in graph.iter(ns + "spell") if sp.get("start")}
    for y in {d[:4] for d in GOLD_DATES}:
        check(y in spells, f"GEXF: no spell in {y}")
    if ref:
        check(ids == list(ref.actors), f"GEXF: nodes {len(ids)} are not the analysis' {len(ref.actors)} actors")
        check([n.get("label") for n in nodes] == [a["name"] for a in ref.actors.values()], "GEXF: node labels are not the actor names")
        check(len(edges) == len(ref.relations), f"GEXF: {len(edges)} edges, the analysis has {len(ref.relations)} relations")


def xml_graphml(path, ref):
    doc = ET.parse(path)
    if not schema_errors("XSD", "GraphML", xml_schema("graphml").iter_errors(path, use_location_hints=False)):
        return
    root = doc.getroot()
    ns = GRAPHML_NS
    check(root.tag == ns + "graphml", f"GraphML: root {root.tag}")
    keys = {k.get("id"): k for k in root.findall(ns + "key")}
    graph = root.find(ns + "graph")
    nodes = graph.findall(ns + "node")
    edges = graph.findall(ns + "edge")
    ids = [n.get("id") for n in nodes]
    check(len(set(ids)) == len(ids), "GraphML: node ids are not unique")
    check(all(e.get("source") in ids and e.get("target") in ids for e in edges), "GraphML: edge ends are nodes")
    for kind, elems in (("node", nodes), ("edge", edges)):
        for el in elems:
            for d in el.findall(ns + "data"):
                k = keys.get(d.get("key"))
                if check(k is not None, f"GraphML {el.get('id')}: data key {d.get('key')} undeclared"):
                    check(k.get("for") in (kind, "all"), f"GraphML {el.get('id')}: key {d.get('key')} is for {k.get('for')}")
                    t = k.get("attr.type")
                    v = (d.text or "").strip()
                    if t in ("int", "long"):
                        check(re.match(r"^-?\d+$", v) is not None, f"GraphML {el.get('id')}: {d.get('key')}={v!r} is no {t}")
                    elif t in ("float", "double"):
                        try:
                            float(v)
                        except ValueError:
                            failures.append(f"GraphML {el.get('id')}: {d.get('key')}={v!r} is no {t}")
    check(len(nodes) >= 6 and len(edges) >= 5, f"GraphML: {len(nodes)} nodes, {len(edges)} edges")
    if ref:
        check(ids == list(ref.actors), f"GraphML: nodes {len(ids)} are not the analysis' {len(ref.actors)} actors")
        check(len(edges) == len(ref.relations), f"GraphML: {len(edges)} edges, the analysis has {len(ref.relations)} relations")


def tjs_date_value(sd):
    parts = [str(sd["year"])]
    for k in ("month", "day"):
        if k in sd:
            parts.append(f"{int(sd[k]):02d}")
    return "-".join(parts)


def timelinejs(path, ref):
    t = json.load(open(path, encoding="utf-8"))
    if not schema_errors("schema", "TimelineJS", json_validator("timelinejs").iter_errors(t)):
        return
    evs = t["events"]
    uids = [e.get("unique_id") for e in evs if "unique_id" in e]
    check(len(set(uids)) == len(uids), "TimelineJS: unique_id not unique")
    values = []
    for e in evs:
        sd = e["start_date"]
        v = tjs_date_value(sd)
        check(len(v) != 10 or iso_date(v), f"TimelineJS {e.get('unique_id')}: {v} is no calendar day")
        values.append(v)
        check(bool(e.get("text", {}).get("headline")), f"TimelineJS {e.get('unique_id')}: no headline")
        if "end_date" in e:
            check(tjs_date_value(e["end_date"]) >= v, f"TimelineJS {e.get('unique_id')}: ends before it starts")
    for d in set(GOLD_DATES):
        check(d in values, f"TimelineJS: no event dated {d}")
    if ref:
        dated = ref.calendar_dated()
        check(uids == [e["id"] for e in dated], f"TimelineJS: {len(evs)} slides, the analysis has {len(dated)} dated events")
        for e, v in zip(dated, values):
            if re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", e["date"]):
                check(v == e["date"], f"TimelineJS {e['id']}: {v} != {e['date']}")


def plover(path, ref):
    text = open(path, encoding="utf-8").read()
    check(text == "" or text.endswith("\n"), "PLOVER: last line has no newline")
    lines = text.splitlines()
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            failures.append(f"PLOVER line {i}: not JSON: {e}")
            continue
        if not check(isinstance(o, dict), f"PLOVER line {i}: not an object"):
            continue
        check(list(o) == PLOVER_FIELDS, f"PLOVER line {i}: fields {list(o)}")
        d = o.get("date")
        check(d is None or (isinstance(d, str) and re.match(r"^(\d{4}|XXXX)", d) is not None), f"PLOVER line {i}: date {d!r}")
        loc = o.get("location")
        if loc is not None:
            check(isinstance(loc, dict) and set(loc) == {"name", "country", "lat", "lon"}, f"PLOVER line {i}: location {loc}")
            if isinstance(loc, dict) and loc.get("lat") is not None:
                check(-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, f"PLOVER line {i}: lat/lon out of range")
        check(isinstance(o.get("negated"), bool) and isinstance(o.get("reported"), bool), f"PLOVER line {i}: negated/reported")
        objs.append(o)
    dates = [o.get("date") for o in objs]
    for d in set(GOLD_DATES):
        check(d in dates, f"PLOVER: no event dated {d}")
    if ref:
        check([o.get("id") for o in objs] == [e["id"] for e in ref.events], f"PLOVER: {len(objs)} lines, the analysis has {len(ref.events)} events")
        check(dates == [e.get("date") for e in ref.events], "PLOVER: dates differ from the analysis")


def project(path, ref):
    p = json.load(open(path, encoding="utf-8"))
    check(p.get("format") == "dispatch-atlas/project@1", "project: format")
    check(p["analysis"]["format"] == "dispatch-atlas/analysis@1", "project: analysis format")
    check(len(p["dispatches"]) == 1 and "Hama" in p["dispatches"][0]["text"], "project: dispatch text")


def analysis_json(path, ref):
    a = json.load(open(path, encoding="utf-8"))
    check(a.get("format") == "dispatch-atlas/analysis@1", "analysis: format")
    dates = [e.get("date") for e in a.get("events", [])]
    for d in set(GOLD_DATES):
        check(d in dates, f"analysis: no event dated {d}")


def svg(path, ref):
    root = ET.parse(path).getroot()
    check(root.tag == "{http://www.w3.org/2000/svg}svg", "SVG: root")
    text = open(path, encoding="utf-8").read()
    check("2024-12-04" in text, "SVG: the footer names the dispatch date")
    check("Fighting" in text, "SVG: legend")


def png(path, ref):
    b = open(path, "rb").read()
    check(b[:8] == b"\x89PNG\r\n\x1a\n" and len(b) > 5000, f"PNG: {len(b)} bytes")


CHECKS = {"export-geojson": geojson, "export-csv": csv_file, "export-gexf": xml_gexf, "export-graphml": xml_graphml,
          "export-timelinejs": timelinejs, "export-plover": plover, "export-json": project, "export-svg": svg, "export-png": png}


def run_checks(files, ref, checks):
    """Runs each check; returns (passed, failed) counted per export."""
    passed = failed = 0
    for key, fn in checks.items():
        before = len(failures)
        if key not in files:
            failures.append(f"{key}: not downloaded")
        else:
            try:
                fn(files[key], ref)
            except Exception as e:  # a parser error is a failure of that export
                failures.append(f"{key}: {type(e).__name__}: {e}")
        if len(failures) == before:
            passed += 1
        else:
            failed += 1
    return passed, failed


# ---------------------------------------------------------------- the CLI path

CLI_FORMATS = {"csv": ("export-csv", "csv"), "geojson": ("export-geojson", "geojson"), "gexf": ("export-gexf", "gexf"),
               "graphml": ("export-graphml", "graphml"), "timelinejs": ("export-timelinejs", "timeline.json"),
               "plover": ("export-plover", "plover.jsonl"), "json": ("export-analysis", "analysis.json")}


def atlas_export(fmt, seed):
    binary = os.environ.get("ATLAS_BIN")
    cmd = [binary] if binary else ["cargo", "run", "-q", "--locked", "-p", "atlas-cli", "--bin", "atlas", "--"]
    out = subprocess.run(cmd + ["export", "--format", fmt, seed], cwd=ROOT, capture_output=True)
    if out.returncode != 0:
        raise RuntimeError(f"atlas export --format {fmt} exited {out.returncode}: {out.stderr.decode()[-500:]}")
    return out.stdout


def mutations(files):
    """Broken copies of good exports, each of which the checks must reject."""
    def edit(key, fn):
        src = open(files[key], encoding="utf-8").read()
        return key, fn(src)

    def swap_lonlat(s):
        g = json.loads(s)
        for f in g["features"]:
            f["geometry"]["coordinates"].reverse()
        return json.dumps(g)

    def geojson_string_coord(s):
        g = json.loads(s)
        g["features"][0]["geometry"]["coordinates"][0] = "37.1"
        return json.dumps(g)

    def tjs_month13(s):
        t = json.loads(s)
        t["events"][0]["start_date"]["month"] = "13"
        return json.dumps(t)

    def tjs_no_start(s):
        t = json.loads(s)
        del t["events"][0]["start_date"]
        return json.dumps(t)

    return [
        ("GeoJSON with [lat, lon]", edit("export-geojson", swap_lonlat)),
        ("GeoJSON with a string coordinate", edit("export-geojson", geojson_string_coord)),
        ("TimelineJS month 13", edit("export-timelinejs", tjs_month13)),
        ("TimelineJS slide without start_date", edit("export-timelinejs", tjs_no_start)),
        ("GEXF edge without source", edit("export-gexf", lambda s: s.replace(' source="', ' from="', 1))),
        ("GEXF unknown attribute type", edit("export-gexf", lambda s: s.replace('type="integer"', 'type="int"', 1))),
        ("GEXF version 1.2", edit("export-gexf", lambda s: s.replace('version="1.3"', 'version="1.2"', 1))),
        ("GraphML graph without edgedefault", edit("export-graphml", lambda s: s.replace(' edgedefault="undirected"', '', 1))),
        ("GraphML key with unknown attr.type", edit("export-graphml", lambda s: s.replace('attr.type="int"', 'attr.type="integer"', 1))),
        ("GraphML node outside the graph", edit("export-graphml", lambda s: s.replace("<graph ", '<node id="x"/><graph ', 1))),
        ("CSV with a D/M/Y date", edit("export-csv", lambda s: s.replace("2024-11-27", "27/11/2024", 1))),
        ("CSV with a missing column", edit("export-csv", lambda s: s.replace(",notes,", ",", 1))),
        ("PLOVER with a broken line", edit("export-plover", lambda s: s.replace("}\n", "\n", 1))),
    ]


def cli_main(out_dir):
    seed = next((p for p in SEED_TEXT if os.path.exists(p)), None)
    if seed is None:
        print("exports: the seed dispatch is missing")
        return 1
    os.makedirs(out_dir, exist_ok=True)
    files = {}
    for fmt, (key, ext) in CLI_FORMATS.items():
        path = os.path.join(out_dir, f"seed.{ext}")
        try:
            data = atlas_export(fmt, seed)
        except Exception as e:
            failures.append(f"{key}: {e}")
            continue
        open(path, "wb").write(data)
        files[key] = path
    ref = None
    if "export-analysis" in files:
        ref = Analysis(json.load(open(files["export-analysis"], encoding="utf-8")))
    checks = {k: CHECKS[k] for k in ["export-csv", "export-geojson", "export-gexf", "export-graphml", "export-timelinejs", "export-plover"]}
    checks["export-analysis"] = analysis_json
    passed, failed = run_checks(files, ref, checks)
    # The schemas bite: every broken copy must be rejected.
    if failed == 0:
        for name, (key, text) in mutations(files):
            broken = os.path.join(out_dir, "broken." + os.path.basename(files[key]))
            open(broken, "w", encoding="utf-8").write(text)
            before = len(failures)
            try:
                checks[key]({**files, key: broken}[key], ref)
            except Exception:
                pass  # a parser error rejects it too
            rejected = len(failures) > before
            del failures[before:]
            if check(rejected, f"self-test: {name} was not rejected"):
                passed += 1
            else:
                failed += 1
    return report(passed, failed)


def report(passed, failed):
    for f in failures:
        print(f)
    if not failures:
        print("all exports valid")
    print(f"exports: {passed} passed, {failed} failed")
    return 1 if failures else 0


def main(argv):
    if argv and argv[0] == "--cli":
        out = os.path.join(ROOT, "target", "exports-check")
        if len(argv) >= 3 and argv[1] == "--out":
            out = argv[2]
        return cli_main(out)
    if len(argv) != 1:
        print(__doc__)
        return 2
    files = json.loads(argv[0])
    ref = None
    try:
        ref = Analysis(json.load(open(files["export-json"], encoding="utf-8"))["analysis"])
    except Exception:
        pass  # the project check reports it
    passed, failed = run_checks(files, ref, CHECKS)
    return report(passed, failed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
