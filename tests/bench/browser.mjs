#!/usr/bin/env node
// Browser benchmark of Dispatch Atlas: serves dist/ (tests/e2e/serve.mjs),
// drives Debian's headless Chromium with playwright-core and measures
//   1. asset sizes of dist/ (raw and gzip) and what the first load fetches;
//   2. first load until the article box is usable (fresh profile each run);
//   3. the seed dispatch: paste → Analyze → highlighted mentions in the source
//      view (cold: the first analysis spawns the engine worker; warm: again
//      after "Clear all");
//   4. 200, then 500 corpus dispatches pasted at once (separated by "---"
//      lines) until the summary says "200 documents" / "500 documents", with
//      the main thread's long tasks;
//   5. 1,250 synthetic dispatches with 5 dated attack sentences each (≈ 5,000 events)
//      (tests/bench/synthetic.mjs): the events they yield, frame times while
//      dragging the timeline, the geographic map and the actor map, and the
//      tab's memory;
// then adds the native criterion results (target/criterion, from
// `cargo bench -p atlas-engine`), compares everything with
// tests/bench/budgets.json (flags, never fails), writes
// target/bench/report.json and prints a summary.
//
//   node tests/bench/browser.mjs [--runs N] [--only load,seed,bundle,synthetic]
//   ATLAS_DIST=dist CHROMIUM=/usr/bin/chromium ATLAS_CRITERION_DIR=target/criterion (defaults)
//
// Frame times are requestAnimationFrame deltas in the page. By default the
// browser runs without the 60 Hz frame limit (--disable-frame-rate-limit,
// --disable-gpu-vsync), so a delta is the real cost of a frame; set
// ATLAS_BENCH_VSYNC=1 to measure as a 60 Hz display would (deltas ≥ 16.7 ms).
import { chromium } from 'playwright-core';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';
import { syntheticDispatches } from './synthetic.mjs';

const DIST = process.env.ATLAS_DIST || 'dist';
const SEED = '../shared/corpus/seed/afp-de-2024-12-04-moskau-syrien.txt';
const CORPUS = 'tests/corpus';
const OUT_DIR = 'target/bench';
const BUDGETS = 'tests/bench/budgets.json';
const args = process.argv.slice(2);
const argVal = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(argVal('--runs', 3));
const ONLY = new Set((argVal('--only', 'load,seed,bundle,synthetic')).split(','));
const VSYNC = process.env.ATLAS_BENCH_VSYNC === '1';
// Synthetic dispatches: 1,250 × 5 attack sentences ≈ 5,000 events over 30 actors (issue #8's benchmark).
const SYNTHETIC_N = Number(process.env.ATLAS_BENCH_SYNTHETIC || 1250);
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-precise-memory-info', '--js-flags=--expose-gc'];
const FREE_ARGS = VSYNC ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : null; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null; };
const round = (x, d = 1) => (x == null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const log = (...m) => console.error('[bench]', ...m);

// ---------------------------------------------------------------------------
// 1. Assets

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue; // trunk's .stage while it builds
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else out.push(p);
  }
  return out;
}

async function assets() {
  const files = [];
  for (const p of await walk(DIST)) {
    const buf = await readFile(p);
    files.push({ path: relative(DIST, p), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  files.sort((a, b) => b.raw - a.raw);
  const kind = (f) => (f.path.endsWith('.wasm') ? 'wasm' : f.path.endsWith('.js') ? 'js' : f.path.endsWith('.css') ? 'css' : f.path.endsWith('.html') ? 'html' : 'other');
  const by = {};
  for (const f of files) {
    const k = kind(f);
    by[k] = by[k] || { raw: 0, gzip: 0, files: 0 };
    by[k].raw += f.raw; by[k].gzip += f.gzip; by[k].files += 1;
  }
  const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, by_kind: by, total };
}

// ---------------------------------------------------------------------------
// Browser plumbing

async function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...BASE_ARGS, ...extra],
  });
}

async function freshPage(browser, origin, { viewport = { width: 1440, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', (d) => d.accept().catch(() => {}));
  return { context, page, errors };
}

async function loadApp(page, origin) {
  await page.goto(origin + '/', { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="article-input"]');
    return el && !el.disabled;
  }, null, { polling: 'raf', timeout: 60000 });
  return page.evaluate(() => performance.now());
}

/** Clicks Analyze in the page and waits until `ready()` (a page function source) holds; times it in the page. */
async function analyzeTimed(page, readySrc, { timeout = 300000, settleMs = 1000 } = {}) {
  return page.evaluate(async ({ readySrc, timeout, settleMs }) => {
    const ready = new Function(`return (${readySrc})()`);
    const long = [];
    let obs = null;
    try {
      obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push({ start: e.startTime, duration: e.duration }); });
      obs.observe({ type: 'longtask', buffered: false });
    } catch { /* no longtask support */ }
    const t0 = performance.now();
    document.querySelector('[data-testid="analyze-button"]').click();
    const tReady = await new Promise((resolve, reject) => {
      if (ready()) { resolve(performance.now()); return; }
      const mo = new MutationObserver(() => { if (ready()) { mo.disconnect(); clearTimeout(timer); resolve(performance.now()); } });
      mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => { mo.disconnect(); reject(new Error(`not ready after ${timeout} ms`)); }, timeout);
    });
    const tFrame = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    await new Promise((r) => setTimeout(r, settleMs));
    if (obs) { for (const e of obs.takeRecords()) long.push({ start: e.startTime, duration: e.duration }); obs.disconnect(); }
    const during = long.filter((l) => l.start >= t0);
    return {
      ready_ms: tReady - t0,
      next_frame_ms: tFrame - t0,
      long_tasks: {
        count: during.length,
        max_ms: during.reduce((m, l) => Math.max(m, l.duration), 0),
        total_ms: during.reduce((s, l) => s + l.duration, 0),
        settled_ms: during.reduce((m, l) => Math.max(m, l.start + l.duration - t0), tReady - t0),
        // What each long task was doing: the app's performance marks inside it
        // (request, answer, decode-slice, raw-set, timeline, map, network,
        // layout-slice, publish, edges); none means rendering, saving or input.
        list: during.map((l) => ({
          at_ms: Math.round(l.start - t0),
          ms: Math.round(l.duration),
          marks: [...new Set(performance.getEntriesByType('mark').filter((m) => m.startTime >= l.start - 1 && m.startTime <= l.start + l.duration).map((m) => m.name))],
        })),
      },
    };
  }, { readySrc, timeout, settleMs });
}

async function memory(page, browser) {
  const cdp = await page.context().newCDPSession(page);
  const metrics = async () => {
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(m.map((x) => [x.name, x.value]));
  };
  await cdp.send('Performance.enable');
  const before = await metrics();
  let heapUsage = null;
  try { heapUsage = await cdp.send('Runtime.getHeapUsage'); } catch { /* older CDP */ }
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const after = await metrics();
  const pm = await page.evaluate(() => (performance.memory ? { used: performance.memory.usedJSHeapSize, total: performance.memory.totalJSHeapSize } : null));
  // Resident memory of the renderer processes (page + its engine worker live in one).
  let rendererRss = null;
  try {
    const bcdp = await browser.newBrowserCDPSession();
    const { processInfo } = await bcdp.send('SystemInfo.getProcessInfo');
    let sum = 0; const per = [];
    for (const p of processInfo.filter((x) => x.type === 'renderer')) {
      const s = readFileSync(`/proc/${p.id}/status`, 'utf8');
      const kb = Number((s.match(/VmRSS:\s+(\d+)/) || [])[1] || 0);
      sum += kb * 1024; per.push({ pid: p.id, rss: kb * 1024 });
    }
    // The largest renderer is the tab (page + engine worker); the others are spare or utility renderers.
    rendererRss = { bytes: sum, largest_bytes: Math.max(0, ...per.map((x) => x.rss)), processes: per };
  } catch (e) { rendererRss = { error: String(e) }; }
  return {
    js_heap_used_bytes: before.JSHeapUsedSize,
    js_heap_total_bytes: before.JSHeapTotalSize,
    js_heap_used_after_gc_bytes: after.JSHeapUsedSize,
    blink_heap_bytes: heapUsage ? heapUsage.embedderHeapUsedSize : null,
    performance_memory: pm,
    runtime_heap_usage: heapUsage,
    dom_nodes: after.Nodes,
    renderer_rss: rendererRss,
  };
}

/** Drags across the element's box with the mouse and records rAF deltas in the page. */
async function dragFrames(page, selector, { moves = 120, dx = 6, dy = 2, wheel = false } = {}) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (!box || box.width < 50 || box.height < 30) throw new Error(`${selector}: no usable box (${JSON.stringify(box)})`);
  await page.evaluate(() => {
    window.__frames = [];
    window.__rec = true;
    const tick = (t) => { if (!window.__rec) return; window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    // Main-thread cost of each frame: from the frame's first pointer event
    // (or its rAF callback) until a task posted from rAF runs, i.e. after
    // the frame's input handlers, effects, style, layout and paint. This is
    // the frame's real cost; rAF deltas alone are locked to the display's
    // 16.7 ms whenever the compositor keeps vsync.
    window.__costs = [];
    let inputAt = null;
    let frameStart = 0;
    window.__onMove = () => { if (inputAt === null) inputAt = performance.now(); };
    window.addEventListener('pointermove', window.__onMove, true);
    window.addEventListener('wheel', window.__onMove, { capture: true, passive: true });
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { if (window.__rec) window.__costs.push(performance.now() - frameStart); };
    const costTick = () => {
      if (!window.__rec) return;
      frameStart = inputAt ?? performance.now();
      inputAt = null;
      ch.port2.postMessage(0);
      requestAnimationFrame(costTick);
    };
    requestAnimationFrame(costTick);
  });
  const x0 = box.x + box.width * 0.3;
  const y0 = box.y + Math.min(box.height * 0.6, box.height - 10);
  await page.mouse.move(x0, y0);
  const t0 = Date.now();
  if (wheel) {
    // Zoom in step by step around the pointer, then back out.
    for (let i = 1; i <= moves; i++) await page.mouse.wheel(0, i <= moves / 2 ? -60 : 60);
  } else {
    await page.mouse.down();
    for (let i = 1; i <= moves; i++) {
      // There and back, so the view stays on its content.
      const k = i <= moves / 2 ? i : moves - i;
      await page.mouse.move(x0 + k * dx, y0 + (k % 10) * dy * (i % 2 ? 1 : -1));
    }
    await page.mouse.up();
  }
  const wall = Date.now() - t0;
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => { window.__rec = false; return window.__frames; });
  const costs = await page.evaluate(() => { window.removeEventListener('pointermove', window.__onMove, true); window.removeEventListener('wheel', window.__onMove, true); return window.__costs; });
  const deltas = frames.slice(1).map((t, i) => t - frames[i]);
  return {
    moves,
    wall_ms: wall,
    frames: deltas.length,
    median_ms: round(median(deltas), 2),
    p95_ms: round(pct(deltas, 95), 2),
    max_ms: round(Math.max(0, ...deltas), 2),
    over_16_7_ms: deltas.filter((d) => d > 16.7).length,
    over_50_ms: deltas.filter((d) => d > 50).length,
    cost: {
      frames: costs.length,
      median_ms: round(median(costs), 2),
      p95_ms: round(pct(costs, 95), 2),
      max_ms: round(Math.max(0, ...costs), 2),
    },
  };
}

// ---------------------------------------------------------------------------
// Inputs

async function corpusTexts() {
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map((n) => readFile(join(CORPUS, n), 'utf8')));
}

/** Puts a large text into the article box as one input event (what a paste does; page.fill types it and is too slow for megabytes). */
async function pasteLarge(page, text) {
  await page.waitForSelector('[data-testid="article-input"]');
  await page.evaluate((t) => {
    const el = document.querySelector('[data-testid="article-input"]');
    el.focus();
    el.value = t;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

const summaryReady = (n) => `() => { const s = document.querySelector('[data-testid="analysis-summary"]'); return !!s && s.textContent.trim().startsWith('${n} documents'); }`;
const summaryText = (page) => page.locator('[data-testid="analysis-summary"]').innerText();
const countIn = (text, noun) => { const m = text.match(new RegExp(`([\\d,.\\u202f ]+)\\s+${noun}`)); return m ? Number(m[1].replace(/[^\d]/g, '')) : null; };

// ---------------------------------------------------------------------------
// Native results (criterion)

async function native() {
  const root = process.env.ATLAS_CRITERION_DIR || 'target/criterion';
  if (!existsSync(root)) return { note: 'no target/criterion: run cargo bench -p atlas-engine first' };
  const out = {};
  const dirs = [];
  const find = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = join(d, e.name);
      if (e.name === 'new' && existsSync(join(p, 'estimates.json'))) dirs.push(p);
      else if (e.name !== 'report' && e.name !== 'base' && e.name !== 'change') await find(p);
    }
  };
  await find(root);
  for (const d of dirs) {
    try {
      const est = JSON.parse(await readFile(join(d, 'estimates.json'), 'utf8'));
      const bm = JSON.parse(await readFile(join(d, 'benchmark.json'), 'utf8'));
      const id = bm.full_id || relative(root, d).replace(/\/new$/, '');
      const meanNs = est.mean.point_estimate;
      const bytes = bm.throughput && (bm.throughput.Bytes || bm.throughput.BytesDecimal);
      const st = await stat(join(d, 'estimates.json'));
      out[id] = {
        mean_ms: round(meanNs / 1e6, 3),
        median_ms: round(est.median.point_estimate / 1e6, 3),
        mb_per_s: bytes ? round(bytes / (meanNs / 1e9) / 1e6, 2) : null,
        bytes: bytes || null,
        measured_at: st.mtime.toISOString(),
      };
    } catch (e) { out[relative(root, d)] = { error: String(e) }; }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Budgets

function getPath(obj, path) {
  // Keys may contain dots (criterion ids): match the longest key first.
  let cur = obj;
  let rest = path;
  while (rest) {
    if (cur == null || typeof cur !== 'object') return undefined;
    const keys = Object.keys(cur).filter((k) => rest === k || rest.startsWith(k + '.')).sort((a, b) => b.length - a.length);
    if (!keys.length) return undefined;
    cur = cur[keys[0]];
    rest = rest.slice(keys[0].length + 1);
  }
  return cur;
}

function checkBudgets(report, budgets) {
  return budgets.budgets.map((b) => {
    const v = getPath(report, b.path);
    let status = 'missing';
    if (typeof v === 'number') {
      const ok = { '<': v < b.value, '<=': v <= b.value, '>': v > b.value, '>=': v >= b.value }[b.op];
      status = ok ? 'ok' : 'OVER';
    }
    return { id: b.id, label: b.label, path: b.path, op: b.op, budget: b.value, unit: b.unit, value: typeof v === 'number' ? v : null, status };
  });
}

// ---------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`No ${DIST}/index.html: build the release bundle first (trunk build --release --offline).`);
    process.exit(2);
  }
  if (existsSync(join(DIST, '.stage'))) log(`warning: ${DIST}/.stage exists: trunk may be building right now; numbers may mix two builds`);
  const report = {
    format: 'dispatch-atlas/bench@1',
    started_at: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: null, frame_limit: VSYNC ? '60 Hz (vsync)' : 'off (--disable-frame-rate-limit --disable-gpu-vsync)' },
    assets: null,
    browser: {},
    native: null,
    errors: [],
  };
  const dist = await stat(join(DIST, 'index.html'));
  report.dist = { path: DIST, index_mtime: dist.mtime.toISOString() };
  report.assets = await assets();
  log(`assets: ${report.assets.files.length} files, ${(report.assets.total.raw / 1e6).toFixed(2)} MB raw, ${(report.assets.total.gzip / 1e6).toFixed(2)} MB gzip`);

  const server = await serve(DIST, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  report.machine.chromium = browser.version();
  const step = async (name, fn) => {
    if (!ONLY.has(name)) return;
    const t = Date.now();
    log(`${name}…`);
    try { await fn(); } catch (e) { report.errors.push({ step: name, error: String(e && e.stack || e) }); log(`${name} failed: ${e}`); }
    log(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  try {
    // 2. First load.
    await step('load', async () => {
      const runs = [];
      let requested = null;
      for (let i = 0; i < RUNS; i++) {
        const { context, page, errors } = await freshPage(browser, origin);
        const urls = [];
        page.on('request', (r) => urls.push({ url: r.url(), at: Date.now() }));
        const t = Date.now();
        const interactive = await loadApp(page, origin);
        const tInteractive = Date.now();
        const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? { dom_content_loaded_ms: n.domContentLoadedEventEnd, load_ms: n.loadEventEnd } : {}; });
        await page.waitForTimeout(1500); // anything fetched right after (service worker, basemap)
        const res = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({ name: r.name, ms: r.duration, transfer: r.transferSize })));
        runs.push({ interactive_ms: round(interactive), wall_ms: tInteractive - t, ...nav, errors });
        if (!requested) {
          const local = (u) => u.startsWith(origin + '/') ? decodeURIComponent(new URL(u).pathname.slice(1)) || 'index.html' : null;
          const before = urls.filter((u) => u.at <= tInteractive).map((u) => local(u.url)).filter(Boolean);
          const after = urls.filter((u) => u.at > tInteractive).map((u) => local(u.url)).filter(Boolean);
          const size = (paths) => {
            const uniq = [...new Set(paths)];
            const fs = uniq.map((p) => report.assets.files.find((f) => f.path === p)).filter(Boolean);
            return { files: fs.map((f) => f.path), raw: fs.reduce((s, f) => s + f.raw, 0), gzip: fs.reduce((s, f) => s + f.gzip, 0) };
          };
          requested = { until_interactive: size(before), after_interactive: size(after), resources: res.map((r) => ({ ...r, name: r.name.replace(origin, '') })) };
        }
        await context.close();
      }
      report.browser.first_load = {
        runs,
        interactive_ms_median: round(median(runs.map((r) => r.interactive_ms))),
        requested,
      };
      // What a first visit downloads before it can be used, and the engine worker it needs for the first analysis.
      const worker = report.assets.files.filter((f) => /^worker/.test(f.path));
      report.assets.first_load = {
        raw: requested.until_interactive.raw,
        gzip: requested.until_interactive.gzip,
        with_worker_raw: requested.until_interactive.raw + (requested.until_interactive.files.some((f) => f.startsWith('worker')) ? 0 : worker.reduce((s, f) => s + f.raw, 0)),
        with_worker_gzip: requested.until_interactive.gzip + (requested.until_interactive.files.some((f) => f.startsWith('worker')) ? 0 : worker.reduce((s, f) => s + f.gzip, 0)),
      };
    });

    // 3. Seed paste → views.
    await step('seed', async () => {
      const seed = await readFile(SEED, 'utf8');
      const ready = `() => !!document.querySelector('[data-testid="source-view"] [data-testid="mention"]')`;
      const gone = () => !document.querySelector('[data-testid="source-view"] [data-testid="mention"]');
      const runs = [];
      const { context, page, errors } = await freshPage(browser, origin);
      await loadApp(page, origin);
      for (let i = 0; i < RUNS + 1; i++) {
        if (i > 0) {
          await page.evaluate(() => { window.confirm = () => true; });
          await page.click('[data-testid="clear-all"]');
          await page.waitForFunction(gone, null, { timeout: 30000 });
        }
        await page.fill('[data-testid="article-input"]', seed);
        const r = await analyzeTimed(page, ready, { timeout: 60000, settleMs: 300 });
        runs.push({ run: i === 0 ? 'cold (spawns the engine worker)' : 'warm', paste_to_views_ms: round(r.ready_ms), next_frame_ms: round(r.next_frame_ms), long_tasks: r.long_tasks.count, max_long_task_ms: round(r.long_tasks.max_ms) });
      }
      const warm = runs.slice(1);
      report.browser.seed = {
        runs,
        cold_ms: runs[0].paste_to_views_ms,
        warm_ms_median: round(median(warm.map((r) => r.paste_to_views_ms))),
        warm_next_frame_ms_median: round(median(warm.map((r) => r.next_frame_ms))),
        mentions: await page.locator('[data-testid="source-view"] [data-testid="mention"]').count(),
        errors,
      };
      await context.close();
    });

    // 4. 200, then 500 dispatches at once.
    for (const n of [200, 500]) await step('bundle', async () => {
      const texts = await corpusTexts();
      const key = `dispatches_${n}`;
      const bundle = Array.from({ length: n }, (_, i) => texts[i % texts.length].trim()).join('\n---\n');
      const { context, page, errors } = await freshPage(browser, origin);
      await loadApp(page, origin);
      await pasteLarge(page, bundle);
      const r = await analyzeTimed(page, summaryReady(n), { timeout: 300000, settleMs: 2000 });
      const summary = await summaryText(page);
      report.browser[key] = {
        bytes: Buffer.byteLength(bundle),
        analysis_ms: round(r.ready_ms),
        next_frame_ms: round(r.next_frame_ms),
        settled_ms: round(r.long_tasks.settled_ms),
        long_tasks: { count: r.long_tasks.count, max_ms: round(r.long_tasks.max_ms), total_ms: round(r.long_tasks.total_ms), list: r.long_tasks.list.slice(0, 40) },
        summary,
        events: countIn(summary, 'events?'),
        errors,
      };
      // Re-date the selected dispatch (one of 500): the worker redoes the
      // per-dispatch work for it alone. Time from the change to "Analysed".
      if (n === 500) try {
        await page.evaluate(() => {
          window.__status = [];
          const el = document.querySelector('[data-testid="status"]');
          new MutationObserver(() => window.__status.push([performance.now(), el.textContent])).observe(el, { childList: true, subtree: true, characterData: true });
        });
        const t0 = await page.evaluate(() => performance.now());
        await page.fill('[data-testid="dct-input"]', '2024-12-05');
        await page.waitForFunction(() => { const s = window.__status; const i = s.findIndex((x) => /Analysing/.test(x[1])); return i >= 0 && s.slice(i).some((x) => /Analysed/.test(x[1])); }, null, { timeout: 120000 });
        const done = await page.evaluate(() => window.__status.find((x, i, s) => /Analysed/.test(x[1]) && s.slice(0, i).some((y) => /Analysing/.test(y[1]))));
        report.browser.dispatches_500.one_edited_ms = round(done[0] - t0);
        report.browser.dispatches_500.one_edited_status = done[1];
      } catch (e) {
        report.browser.dispatches_500.one_edited_error = String(e);
      }
      await context.close();
    });

    // 5. Synthetic dispatches (≈ 5,000 events): events, frames (pan, and wheel zoom on the timeline), memory.
    await step('synthetic', async () => {
      const n = SYNTHETIC_N;
      const texts = syntheticDispatches(n);
      const bundle = texts.join('\n---\n');
      const frameBrowser = FREE_ARGS.length ? await launch(FREE_ARGS) : browser;
      try {
        const { context, page, errors } = await freshPage(frameBrowser, origin);
        await loadApp(page, origin);
        await pasteLarge(page, bundle);
        const r = await analyzeTimed(page, summaryReady(n), { timeout: 600000, settleMs: 2000 });
        const summary = await summaryText(page);
        const out = {
          dispatches: n,
          sentences: n * 5,
          bytes: Buffer.byteLength(bundle),
          analysis_ms: round(r.ready_ms),
          settled_ms: round(r.long_tasks.settled_ms),
          long_tasks: { count: r.long_tasks.count, max_ms: round(r.long_tasks.max_ms), total_ms: round(r.long_tasks.total_ms) },
          summary,
          events: countIn(summary, 'events?'),
          actors: countIn(summary, 'actors?'),
          places: countIn(summary, 'places?'),
          dom: await page.evaluate(() => ({
            timeline_marks: document.querySelectorAll('[data-testid="timeline-event"]').length,
            map_markers: document.querySelectorAll('[data-testid="map-marker"]').length,
            actor_nodes: document.querySelectorAll('[data-testid="actor-node"]').length,
            nodes: document.getElementsByTagName('*').length,
          })),
          memory: await memory(page, frameBrowser),
          frames: {},
          errors,
        };
        for (const [name, sel, opts] of [['timeline', '[data-testid="timeline"] svg', {}], ['timeline_zoom', '[data-testid="timeline"] svg', { wheel: true, moves: 40 }], ['geo_map', '[data-testid="geo-map"]', {}], ['actor_map', '[data-testid="actor-network"]', {}]]) {
          try { out.frames[name] = await dragFrames(page, sel, opts); } catch (e) { out.frames[name] = { error: String(e) }; }
        }
        const fr = Object.values(out.frames).filter((f) => typeof f.p95_ms === 'number');
        out.frames.worst_p95_ms = fr.length ? Math.max(...fr.map((f) => f.p95_ms)) : null;
        out.frames.worst_cost_p95_ms = fr.length ? Math.max(...fr.map((f) => f.cost.p95_ms)) : null;
        out.frames.worst_median_ms = fr.length ? Math.max(...fr.map((f) => f.median_ms)) : null;
        await page.screenshot({ path: join(OUT_DIR, 'synthetic-1000.png') }).catch(() => {});
        report.browser.synthetic = out;
        await context.close();
      } finally {
        if (frameBrowser !== browser) await frameBrowser.close();
      }
    });
  } finally {
    await browser.close();
    server.close();
  }

  report.native = await native();
  report.wasm = wasmForce();
  report.finished_at = new Date().toISOString();
  const budgets = JSON.parse(await readFile(BUDGETS, 'utf8'));
  report.budgets = checkBudgets(report, budgets);
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(join(OUT_DIR, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  printSummary(report);
}

/**
 * 6. The actor map's force layout in WebAssembly (V8, as in Chromium): a
 * graph of 500 actors and 2,000 relations laid out from scratch to a
 * settled state, as the app does (src/bin/force_bench.rs; scripts/bench.sh
 * builds it into target/bench/force/).
 */
function wasmForce() {
  const path = join(process.cwd(), 'target/bench/force/force_bench.cjs');
  if (!existsSync(path)) return { note: 'target/bench/force/force_bench.cjs missing: run scripts/bench.sh (it builds it)' };
  const m = createRequire(import.meta.url)(path);
  const runs = [];
  let nodes = 0;
  for (let i = 0; i < Math.max(3, RUNS); i++) {
    const g = new m.Graph(500, 2000);
    const t = performance.now();
    nodes = g.settle();
    runs.push(round(performance.now() - t));
    g.free();
  }
  return { force_layout: { nodes, edges: 2000, median_ms: median(runs), runs } };
}

function printSummary(r) {
  const mb = (b) => (b == null ? '–' : `${(b / 1e6).toFixed(2)} MB`);
  const ms = (x) => (x == null ? '–' : `${x} ms`);
  const L = [];
  L.push('Dispatch Atlas benchmark', `  dist: ${r.dist.path} (index.html ${r.dist.index_mtime}); ${r.machine.cpus} cpus; Chromium ${r.machine.chromium}; frame limit ${r.machine.frame_limit}`);
  const a = r.assets;
  L.push('Assets (dist/)');
  for (const f of a.files.slice(0, 8)) L.push(`  ${f.path.padEnd(40)} ${mb(f.raw).padStart(10)} raw ${mb(f.gzip).padStart(10)} gzip`);
  L.push(`  total ${a.files.length} files: ${mb(a.total.raw)} raw, ${mb(a.total.gzip)} gzip`);
  if (a.first_load) L.push(`  first load (fetched before interactive): ${mb(a.first_load.raw)} raw, ${mb(a.first_load.gzip)} gzip; with the engine worker: ${mb(a.first_load.with_worker_raw)} raw, ${mb(a.first_load.with_worker_gzip)} gzip`);
  const b = r.browser;
  if (b.first_load) L.push('Browser', `  first load to interactive: median ${ms(b.first_load.interactive_ms_median)} (${b.first_load.runs.map((x) => x.interactive_ms).join(', ')})`);
  if (b.seed) L.push(`  seed paste → mentions: cold ${ms(b.seed.cold_ms)}, warm median ${ms(b.seed.warm_ms_median)} (next frame ${ms(b.seed.warm_next_frame_ms_median)}); ${b.seed.mentions} mentions`);
  if (b.dispatches_200) {
    const d = b.dispatches_200;
    L.push(`  200 dispatches (${mb(d.bytes)}): summary after ${ms(d.analysis_ms)}, settled ${ms(d.settled_ms)}; long tasks ${d.long_tasks.count} (max ${ms(d.long_tasks.max_ms)}, total ${ms(d.long_tasks.total_ms)}); ${d.summary}`);
  }
  if (b.dispatches_500) {
    const d = b.dispatches_500;
    L.push(`  500 dispatches (${mb(d.bytes)}): summary after ${ms(d.analysis_ms)}, settled ${ms(d.settled_ms)}; long tasks ${d.long_tasks.count} (max ${ms(d.long_tasks.max_ms)}, total ${ms(d.long_tasks.total_ms)}); ${d.summary}`);
    if (d.long_tasks.list?.length) L.push(`    long tasks: ${d.long_tasks.list.map((l) => `${l.ms} ms at ${l.at_ms}${l.marks?.length ? ` [${l.marks.join(', ')}]` : ''}`).join('; ')}`);
    L.push(`    one of them re-dated → analysed again in ${ms(d.one_edited_ms)} (${d.one_edited_status || d.one_edited_error || '–'})`);
  }
  if (b.synthetic) {
    const s = b.synthetic;
    L.push(`  ${s.dispatches} synthetic dispatches (${s.sentences} attack sentences): ${s.events} events, ${s.actors} actors, ${s.places} places; analysis ${ms(s.analysis_ms)}, settled ${ms(s.settled_ms)}; long tasks ${s.long_tasks.count} (max ${ms(s.long_tasks.max_ms)})`);
    L.push(`    DOM: ${s.dom.timeline_marks} timeline marks, ${s.dom.map_markers} map markers, ${s.dom.actor_nodes} actor nodes, ${s.dom.nodes} elements`);
    for (const [k, f] of Object.entries(s.frames)) {
      if (typeof f !== 'object' || f === null) continue;
      L.push(f.error ? `    ${k}: ${f.error}` : `    ${k.endsWith('_zoom') ? 'zoom' : 'pan'} ${k}: ${f.frames} frames, median ${ms(f.median_ms)}, p95 ${ms(f.p95_ms)}, max ${ms(f.max_ms)}, >16.7 ms: ${f.over_16_7_ms}, >50 ms: ${f.over_50_ms}; main-thread cost per frame: median ${ms(f.cost.median_ms)}, p95 ${ms(f.cost.p95_ms)}, max ${ms(f.cost.max_ms)}`);
    }
    const m = s.memory;
    L.push(`    memory: JS heap ${mb(m.js_heap_used_bytes)} (after GC ${mb(m.js_heap_used_after_gc_bytes)}), array buffers ${mb(m.runtime_heap_usage && m.runtime_heap_usage.backingStorageSize)}, Blink heap ${mb(m.blink_heap_bytes)}, tab renderer RSS ${mb(m.renderer_rss && m.renderer_rss.largest_bytes)} (all renderers ${mb(m.renderer_rss && m.renderer_rss.bytes)}), ${m.dom_nodes} DOM nodes`);
  }
  if (r.native && !r.native.note) {
    L.push('Native (criterion, cargo bench -p atlas-engine)');
    for (const [k, v] of Object.entries(r.native).sort()) L.push(`  ${k.padEnd(44)} ${String(v.mean_ms).padStart(10)} ms${v.mb_per_s ? `  ${v.mb_per_s} MB/s` : ''}`);
  } else if (r.native) L.push(`Native: ${r.native.note}`);
  if (r.wasm && r.wasm.force_layout) L.push('Wasm (Node/V8)', `  actor map layout, ${r.wasm.force_layout.nodes} nodes / ${r.wasm.force_layout.edges} edges to settled: median ${ms(r.wasm.force_layout.median_ms)} (${r.wasm.force_layout.runs.join(', ')})`);
  else if (r.wasm) L.push(`Wasm: ${r.wasm.note}`);
  L.push('Budgets (tests/bench/budgets.json; flagged, not failed)');
  for (const x of r.budgets) L.push(`  [${x.status === 'ok' ? ' ok ' : x.status}] ${x.label}: ${x.value ?? '–'} ${x.unit} (budget ${x.op} ${x.budget})`);
  if (r.errors.length) { L.push('Errors'); for (const e of r.errors) L.push(`  ${e.step}: ${e.error.split('\n')[0]}`); }
  L.push(`Report: ${join(OUT_DIR, 'report.json')}`);
  console.log(L.join('\n'));
}

main().catch((e) => { console.error(e); process.exit(1); });
