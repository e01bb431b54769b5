// The three views on the seed: timeline, actor map, geographic map, and the
// selection that links them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, paste, readSeed, SHOTS } from './harness.mjs';

async function seeded() {
  const s = await open();
  await paste(s.page, await readSeed());
  await s.page.click('[data-testid="analyze-button"]');
  await s.page.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
  return s;
}

// The example bundle loaded, until `ready` is on the page.
async function example(ready) {
  const s = await open();
  await s.page.goto(s.origin + '/?example');
  await s.page.waitForSelector(ready, { timeout: 15000 });
  return s;
}

const attrs = (loc, name) => loc.evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

test('timeline: the seed\'s dated events at their dates, years as bands; zoom, pan, fit, brush, select', async () => {
  const s = await seeded();
  try {
    const ev = s.page.locator('[data-testid="timeline-event"]');
    const dates = new Set(await attrs(ev, 'data-date'));
    for (const d of ['2011', '2012', '2015', '2016', '2020', '2024-11-27', '2024-12-03', '2024-12-04']) {
      assert.ok(dates.has(d), `no timeline event dated ${d}: ${[...dates]}`);
    }
    const band = s.page.locator('[data-testid="timeline-event"][data-date="2015"]').first();
    assert.equal(await band.getAttribute('data-band'), 'true', 'a year-only event is a band');
    const day = s.page.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first();
    assert.equal(await day.getAttribute('data-band'), 'false');
    assert.ok(await s.page.locator('[data-testid="timeline-lane"]').count() >= 3);
    await s.page.screenshot({ path: `${SHOTS}/timeline.png` });

    // The timeline opens on the news (late 2024), not on 2011–2024: the
    // dispatches' days are in view, the background years left of it, and a
    // cue says how many events lie outside; one click shows them all.
    const x = async () => Number(await day.getAttribute('data-x'));
    const x2011 = async () => Number(await s.page.locator('[data-testid="timeline-event"][data-date="2011"]').first().getAttribute('data-x'));
    const plotW = Number(await s.page.locator('[data-testid="timeline-plot"]').getAttribute('width'));
    const x1127 = Number(await s.page.locator('[data-testid="timeline-event"][data-date="2024-11-27"]').first().getAttribute('data-x'));
    const x1204 = Number(await s.page.locator('[data-testid="timeline-event"][data-date="2024-12-04"]').first().getAttribute('data-x'));
    assert.ok(x1127 > 0 && x1204 < plotW && x1204 - x1127 > plotW / 3, `the news fills the view: 27 Nov at ${x1127}, 4 Dec at ${x1204} of ${plotW}`);
    assert.ok((await x2011()) < 0, 'the background years are left of the view');
    const tab = (date) => s.page.locator(`[data-testid="timeline-event"][data-date="${date}"]`).first().getAttribute('tabindex');
    assert.equal(await tab('2011'), '-1', 'marks outside the view are out of the Tab order');
    assert.equal(await tab('2024-12-03'), '0');
    const earlier = s.page.locator('[data-testid="timeline-earlier"]');
    assert.ok(await earlier.isVisible(), 'a cue for the earlier events');
    assert.ok(Number(await earlier.getAttribute('data-count')) >= 5, await earlier.innerText());
    assert.match(await earlier.innerText(), /earlier events/);

    // Zoom in moves marks apart; Focus brings them back.
    assert.ok(await s.page.locator('[data-testid="timeline-focus"]').isDisabled(), 'Focus is disabled on the focus');
    const spread0 = (await x()) - (await x2011());
    await s.page.click('[data-testid="timeline-zoom-in"]');
    await s.page.click('[data-testid="timeline-zoom-in"]');
    const spread1 = (await x()) - (await x2011());
    assert.ok(spread1 > spread0 * 3, `zoom in spreads marks: ${spread0} → ${spread1}`);
    await s.page.click('[data-testid="timeline-focus"]');
    assert.ok(Math.abs(((await x()) - (await x2011())) - spread0) < 1);
    assert.ok(await s.page.locator('[data-testid="timeline-focus"]').isDisabled());

    // The cue (like Show all) fits every event: 2011 and 2024 both in view, no cue left.
    await earlier.click();
    assert.ok((await x2011()) >= 0 && (await x()) <= plotW, `all in view: ${await x2011()} … ${await x()}`);
    assert.equal(await s.page.locator('[data-testid="timeline-earlier"]').count(), 0);
    assert.equal(await tab('2011'), '0', 'in view, in the Tab order');
    const spreadAll = (await x()) - (await x2011());
    await s.page.click('[data-testid="timeline-zoom-in"]');
    await s.page.click('[data-testid="timeline-fit"]');
    assert.ok(Math.abs(((await x()) - (await x2011())) - spreadAll) < 1, 'Show all fits everything again');

    // Pan by dragging the plot.
    const box = await s.page.locator('[data-testid="timeline"]').boundingBox();
    const before = await x();
    await s.page.mouse.move(box.x + box.width / 2, box.y + 70);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width / 2 - 120, box.y + 70, { steps: 5 });
    await s.page.mouse.up();
    assert.ok(Math.abs((await x()) - (before - 120)) < 3, 'drag pans by the distance dragged');
    await s.page.click('[data-testid="timeline-fit"]');

    // Click selects: detail panel and source evidence.
    await day.click();
    assert.equal(await s.page.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().getAttribute('data-selected'), 'true');
    await s.page.locator('[data-testid="detail-panel"] [data-kind="event"]').waitFor();
    assert.ok(await s.page.locator('[data-testid="source-view"] .in-evidence').count() > 0, 'the evidence sentence is highlighted');

    // Brush on the axis: a time window filters the other views.
    const edgesBefore = await s.page.locator('[data-testid="actor-edge"]').count();
    const markersBefore = await s.page.locator('[data-testid="map-marker"]').count();
    const axisY = box.y + 12;
    const xa = box.x + (await x()) + 150 - 30;
    await s.page.mouse.move(xa, axisY);
    await s.page.mouse.down();
    await s.page.mouse.move(xa + 60, axisY, { steps: 4 });
    await s.page.mouse.up();
    await s.page.locator('[data-testid="filter-chip"]').first().waitFor();
    const shown = new Set(await attrs(s.page.locator('[data-testid="timeline-event"]'), 'data-date'));
    assert.ok(!shown.has('2011'), `the window hides 2011: ${[...shown]}`);
    assert.ok((await s.page.locator('[data-testid="actor-edge"]').count()) <= edgesBefore);
    assert.ok((await s.page.locator('[data-testid="map-marker"]').count()) <= markersBefore);
    await s.page.locator('[data-testid="filter-chip"] button').first().click();
    assert.equal(await s.page.locator('[data-testid="filter-chip"]').count(), 0);

    // The keyboard reaches marks: Enter on a focused mark selects its event.
    await s.page.locator('[data-testid="timeline-event"][data-date="2011"]').first().focus();
    await s.page.keyboard.press('Enter');
    assert.equal(await s.page.locator('[data-testid="timeline-event"][data-date="2011"]').first().getAttribute('data-selected'), 'true', 'Enter selects the focused mark');
    await s.page.locator('[data-testid="detail-panel"] [data-kind="event"]').waitFor();
    assert.deepEqual(s.offOrigin(), []);
  } finally {
    await s.close();
  }
});

test('timeline: event types in words, not PLOVER codes; a mark reads "Assault, 3 Dec 2024, Hama"', async () => {
  const s = await seeded();
  try {
    const marks = await s.page.locator('[data-testid="timeline-event"]').evaluateAll((els) => els.map((e) => ({
      type: e.dataset.type, date: e.dataset.date, aria: e.getAttribute('aria-label') })));
    assert.ok(marks.length > 5);
    for (const m of marks) {
      assert.ok(/^[A-Z]+$/.test(m.type), `the code stays in data-type: ${m.type}`);
      assert.ok(!m.aria.includes(m.type), `no code in '${m.aria}'`);
      assert.match(m.aria, /^([A-Z][a-z]+|\d+ events, the first [A-Z][a-z]+)(, |$| )/, m.aria);
    }
    const hama = marks.filter((m) => m.date === '2024-12-03' && /Hama/.test(m.aria));
    assert.ok(hama.length > 0, `a mark on 3 Dec 2024 at Hama: ${marks.filter((m) => m.date === '2024-12-03').map((m) => m.aria)}`);
    assert.match(hama[0].aria, /^[A-Z][a-z]+, 3 Dec 2024, Hama/);
    // Lanes by event type are titled in words.
    await s.page.selectOption('[data-testid="timeline-lanes"]', 'type');
    const titles = await s.page.locator('[data-testid="timeline-lane"] .lane-label').allInnerTexts();
    assert.ok(titles.length >= 2);
    for (const t of titles) assert.ok(!/^[A-Z]{3,}/.test(t), `lane title in words: ${t}`);
    // The correction form's type list too (the code is the value).
    await s.page.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().click();
    await s.page.locator('[data-testid="event-editor"] summary').click();
    const opts = await s.page.locator('[data-testid="event-type"] option').evaluateAll((els) => els.map((o) => [o.value, o.textContent]));
    assert.equal(opts.length, 16);
    assert.deepEqual(opts.find(([v]) => v === 'ASSAULT'), ['ASSAULT', 'Assault']);
    assert.ok(!/[A-Z]{4,}/.test(await s.page.locator('[data-testid="detail-panel"] dl').first().innerText()), 'detail panel in words');
  } finally {
    await s.close();
  }
});

test('actor map: the seed\'s relations with their types; selecting Russia highlights its edges and lane', async () => {
  const s = await seeded();
  try {
    const node = (name) => s.page.locator(`[data-testid="actor-node"][data-name="${name}"]`);
    const id = async (name) => node(name).getAttribute('data-actor');
    const ru = await id('Russia');
    const gov = await id('Syrian government');
    assert.ok(ru && gov, 'Russia and the Syrian government are on the map');
    const edge = (a, b, t) => s.page.locator(`[data-testid="actor-edge"][data-type="${t}"][data-a="${a}"][data-b="${b}"], [data-testid="actor-edge"][data-type="${t}"][data-a="${b}"][data-b="${a}"]`);
    assert.ok(await edge(ru, gov, 'supports').count() >= 1, 'Russia supports the Syrian government');
    const iran = await id('Iran');
    const turkey = await id('Turkey');
    assert.ok(await edge(ru, iran, 'contact').count() >= 1, 'Russia and Iran in contact');
    assert.ok(await edge(ru, turkey, 'contact').count() >= 1, 'Russia and Turkey in contact');
    const hts = await id('Hayat Tahrir al-Sham');
    const rebels = await id('Rebels');
    assert.ok(await edge(hts, rebels, 'affiliation').count() >= 1, 'HTS dominates the rebel coalition');
    assert.ok(await edge(rebels, gov, 'opposes').count() >= 1, 'the rebels fight the government');

    await node('Russia').click();
    assert.equal(await node('Russia').getAttribute('data-selected'), 'true');
    // the details name it by its names, and apart the words the dispatch refers to it by
    const called = await s.page.locator('[data-testid="actor-names"]').innerText();
    const words = await s.page.locator('[data-testid="actor-words"]').innerText();
    assert.match(called, /Moskau/);
    assert.doesNotMatch(called, /russischen/);
    assert.match(words, /russischen Diplomatie/);
    const ruEdges = s.page.locator(`[data-testid="actor-edge"][data-a="${ru}"], [data-testid="actor-edge"][data-b="${ru}"]`);
    for (const sel of await attrs(ruEdges, 'data-selected')) assert.equal(sel, 'true');
    assert.equal(await s.page.locator(`[data-testid="timeline-lane"][data-key="${ru}"]`).getAttribute('data-selected'), 'true');
    assert.match(await s.page.locator('[data-testid="detail-panel"]').innerText(), /Russia/);

    // Relation-type filter.
    const contacts = await s.page.locator('[data-testid="actor-edge"][data-type="contact"]').count();
    assert.ok(contacts > 0);
    await s.page.click('[data-testid="network-filter-contact"]');
    assert.equal(await s.page.locator('[data-testid="actor-edge"][data-type="contact"]').count(), 0);
    await s.page.click('[data-testid="network-filter-contact"]');
    // Ego view keeps Russia's neighbours only.
    await s.page.click('[data-testid="network-ego"]');
    const names = await attrs(s.page.locator('[data-testid="actor-node"]'), 'data-name');
    assert.ok(names.includes('Russia') && !names.includes('Rebels') || names.length < 12, `ego view: ${names}`);
    await s.page.click('[data-testid="network-ego"]');
    await s.page.screenshot({ path: `${SHOTS}/actor-map.png` });
    // The context menu (right-click) opens the correction form of what was clicked.
    await node('Iran').click({ button: 'right' });
    await s.page.waitForSelector('[data-testid="actor-editor"][open]');
    assert.match(await s.page.locator('[data-testid="detail-panel"] h3').innerText(), /Iran/);
    // (2016 lies outside the timeline's opening view, on the dispatches' days: show all first.)
    await s.page.click('[data-testid="timeline-fit"]');
    await s.page.locator('[data-testid="timeline-event"][data-date="2016"]').first().click({ button: 'right' });
    await s.page.waitForSelector('[data-testid="event-editor"][open]');
  } finally {
    await s.close();
  }
});

test('actor map: labels are readable on screen (11–13 px), never on top of each other; the selection labels its neighbours', async () => {
  const s = await seeded();
  try {
    const labels = () => s.page.locator('[data-testid="actor-label"]').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      const px = parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a;
      return { actor: e.dataset.actor, text: e.textContent, px, l: r.left, t: r.top, r: r.right, b: r.bottom };
    }));
    const all = await labels();
    assert.ok(all.length >= 4, `some labels: ${all.map((l) => l.text)}`);
    for (const l of all) assert.ok(l.px >= 11 && l.px <= 13, `${l.text}: ${l.px.toFixed(1)} px on screen`);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [p, q] = [all[i], all[j]];
        const overlap = Math.min(p.r, q.r) - Math.max(p.l, q.l) > 2 && Math.min(p.b, q.b) - Math.max(p.t, q.t) > 2;
        assert.ok(!overlap, `labels '${p.text}' and '${q.text}' overlap`);
      }
    }
    // Labels stay inside the drawing.
    const box = await s.page.locator('[data-testid="actor-network"]').boundingBox();
    for (const l of all) assert.ok(l.l >= box.x - 1 && l.r <= box.x + box.width + 1, `'${l.text}' cut at the edge`);
    // Selecting Russia labels it and its neighbours, whatever the crowding.
    const node = (name) => s.page.locator(`[data-testid="actor-node"][data-name="${name}"]`);
    await node('Russia').click();
    const shown = new Set((await labels()).map((l) => l.text));
    for (const name of ['Russia', 'Iran', 'Turkey', 'Syrian government']) assert.ok(shown.has(name), `${name} labelled: ${[...shown]}`);
    await s.page.screenshot({ path: `${SHOTS}/actor-labels.png` });
  } finally {
    await s.close();
  }
});

test('actor map: on a crowded map (the example bundle) some labels wait, and a hovered node shows its own', async () => {
  const s = await example('[data-testid="actor-label"]');
  try {
    const nodes = await attrs(s.page.locator('[data-testid="actor-node"]'), 'data-actor');
    const labelled = await attrs(s.page.locator('[data-testid="actor-label"]'), 'data-actor');
    assert.ok(labelled.length >= 5 && labelled.length < nodes.length, `${labelled.length} of ${nodes.length} labelled`);
    const quiet = nodes.find((n) => !labelled.includes(n));
    await s.page.locator(`[data-testid="actor-node"][data-actor="${quiet}"] path`).hover({ force: true });
    await s.page.locator(`[data-testid="actor-label"][data-actor="${quiet}"]`).waitFor({ timeout: 3000 });
    await s.page.mouse.move(5, 5);
    await s.page.waitForFunction((q) => !document.querySelector(`[data-testid="actor-label"][data-actor="${q}"]`), quiet);
  } finally {
    await s.close();
  }
});

test('timeline: a cluster of one day\'s events lists them on a click (zooming cannot split it); picking one selects it', async () => {
  const s = await example('[data-testid="timeline-event"]');
  const p = s.page;
  try {
    // A cluster mark whose events all carry one date (the example has several on 8 Dec 2024).
    const target = await p.evaluate(() => {
      for (const m of document.querySelectorAll('[data-testid="timeline-event"]')) {
        const ids = (m.getAttribute('data-events') || '').split(' ').filter(Boolean);
        if (ids.length > 1 && m.getAttribute('data-one-date') === 'true') return { ids, lane: m.getAttribute('data-lane'), date: m.getAttribute('data-date') };
      }
      return null;
    });
    assert.ok(target, 'the example has a cluster of one day');
    const mark = p.locator(`[data-testid="timeline-event"][data-lane="${target.lane}"][data-events="${target.ids.join(' ')}"]`).first();
    const before = await p.locator('[data-testid="timeline"] .axis text').allTextContents();
    await mark.click();
    const list = p.locator('[data-testid="timeline-cluster"]');
    await list.waitFor({ timeout: 3000 });
    // The cluster stays as it was (no zoom), and its list names every event of it.
    assert.deepEqual(await p.locator('[data-testid="timeline"] .axis text').allTextContents(), before, 'the click did not zoom');
    const listed = await attrs(p.locator('[data-testid="cluster-event"]'), 'data-event');
    assert.deepEqual([...listed].sort(), [...target.ids].sort());
    assert.match(await list.locator('strong').textContent(), new RegExp(`^${target.ids.length} events on `));
    await p.screenshot({ path: `${SHOTS}/timeline-cluster.png` });
    // Picking one selects that event (the details show it) and closes the list.
    await p.locator(`[data-testid="cluster-event"][data-event="${target.ids[1]}"]`).click();
    await p.locator('[data-testid="timeline-cluster"]').waitFor({ state: 'detached', timeout: 3000 });
    await p.waitForSelector('.detail[data-kind="event"]', { timeout: 3000 });
    assert.equal(await p.locator(`[data-testid="timeline-event"][data-events~="${target.ids[1]}"]`).first().getAttribute('data-selected'), 'true');
    // Escape closes a reopened list.
    await mark.click();
    await list.waitFor({ timeout: 3000 });
    await p.keyboard.press('Escape');
    await p.locator('[data-testid="timeline-cluster"]').waitFor({ state: 'detached', timeout: 3000 });
    // The keyboard does what the click does: Enter on the focused mark opens
    // the list with the focus on its first event; Enter there selects it.
    await mark.focus();
    await p.keyboard.press('Enter');
    await list.waitFor({ timeout: 3000 });
    await p.waitForFunction(() => document.activeElement?.dataset.testid === 'cluster-event');
    const focused = await p.evaluate(() => document.activeElement.dataset.event);
    await p.keyboard.press('Enter');
    await p.locator('[data-testid="timeline-cluster"]').waitFor({ state: 'detached', timeout: 3000 });
    assert.equal(await p.locator(`[data-testid="timeline-event"][data-events~="${focused}"]`).first().getAttribute('data-selected'), 'true');
    // and the focus is back on the mark the list came from
    await p.waitForFunction(() => document.activeElement?.dataset.testid === 'timeline-event');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('search: a place keeps the actors of the events there on the actor map, and the map zooms to it', async () => {
  const s = await seeded();
  try {
    await s.page.fill('[data-testid="search-box"]', 'Hama');
    await s.page.locator('[data-testid="filter-chip"]').first().waitFor();
    const dates = await attrs(s.page.locator('[data-testid="timeline-event"]'), 'data-date');
    assert.ok(dates.includes('2024-12-03'), `the Hama event stays: ${dates}`);
    const names = await attrs(s.page.locator('[data-testid="actor-node"]'), 'data-name');
    assert.ok(names.length >= 1 && names.includes('Rebels'), `who fought at Hama is on the actor map: ${names}`);
    assert.ok(!names.includes('Turkey'), `actors of other events are not: ${names}`);
    assert.equal(await s.page.locator('[data-testid="empty"], .network-wrap .empty').count(), 0, 'no empty-map message');
    // The view is fitted to them (not left as it was, fitted to every actor).
    const box = await s.page.locator('[data-testid="actor-network"]').boundingBox();
    const c = await s.page.locator('[data-testid="actor-node"]').evaluateAll((els) => {
      const rs = els.map((e) => e.getBoundingClientRect());
      return { x: (Math.max(...rs.map((r) => r.right)) + Math.min(...rs.map((r) => r.left))) / 2, y: (Math.max(...rs.map((r) => r.bottom)) + Math.min(...rs.map((r) => r.top))) / 2 };
    });
    assert.ok(Math.abs(c.x - (box.x + box.width / 2)) < box.width * 0.15 && Math.abs(c.y - (box.y + box.height / 2)) < box.height * 0.2,
      `the actors sit in the middle of the map: ${JSON.stringify(c)} in ${JSON.stringify(box)}`);
    // The geographic map is fitted to Hama too: its marker in the middle, alone.
    await s.page.waitForFunction(() => {
      const svg = document.querySelector('[data-testid="geo-map"]');
      const m = [...document.querySelectorAll('[data-testid="map-marker"]')].find((g) => /Hama/.test(g.getAttribute('aria-label') || ''));
      if (!svg || !m) return false;
      const w = +svg.getAttribute('width'), h = +svg.getAttribute('height');
      return Math.abs(+m.dataset.x - w / 2) < w * 0.15 && Math.abs(+m.dataset.y - h / 2) < h * 0.2;
    }, null, { timeout: 5000 });
    // Clearing the search fits every event place again: Aleppo is back in view.
    await s.page.fill('[data-testid="search-box"]', '');
    await s.page.waitForFunction(() => {
      const svg = document.querySelector('[data-testid="geo-map"]');
      const w = +svg.getAttribute('width'), h = +svg.getAttribute('height');
      const m = [...document.querySelectorAll('[data-testid="map-marker"]')].find((g) => /Aleppo|Alep/.test(g.getAttribute('aria-label') || ''));
      return !!m && +m.dataset.x > 0 && +m.dataset.x < w && +m.dataset.y > 0 && +m.dataset.y < h;
    }, null, { timeout: 5000 });
    await s.page.fill('[data-testid="search-box"]', 'Hama');
    await s.page.locator('[data-testid="filter-chip"]').first().waitFor();
    await s.page.screenshot({ path: `${SHOTS}/search-place.png` });
  } finally {
    await s.close();
  }
});

// Equal Earth, as src/layout/projection.rs.
function equalEarth(lon, lat) {
  const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
  const l = lon * Math.PI / 180, p = lat * Math.PI / 180;
  const t = Math.asin(M * Math.sin(p)), t2 = t * t, t6 = t2 * t2 * t2;
  return [l * Math.cos(t) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))), t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))];
}

test('map: markers at Aleppo, Hama and northwest Syria where they project; Moscow as a reporting place; linked selection', async () => {
  const s = await seeded();
  try {
    const svg = s.page.locator('[data-testid="geo-map"]');
    await s.page.click('[data-testid="map-fit"]');
    const k = Number(await svg.getAttribute('data-k'));
    const tx = Number(await svg.getAttribute('data-tx'));
    const ty = Number(await svg.getAttribute('data-ty'));
    const markers = await s.page.locator('[data-testid="map-marker"]').evaluateAll((els) => els.map((e) => ({
      place: e.dataset.place, lat: +e.dataset.lat, lon: +e.dataset.lon, x: +e.dataset.x, y: +e.dataset.y, reporting: e.dataset.reporting, count: +e.dataset.count,
      cx: +(e.querySelector('circle')?.getAttribute('cx') ?? NaN), cy: +(e.querySelector('circle')?.getAttribute('cy') ?? NaN) })));
    const near = (lat, lon, km) => markers.find((m) => Math.hypot(m.lat - lat, (m.lon - lon) * Math.cos(lat * Math.PI / 180)) * 111 < km);
    const aleppo = near(36.2021, 37.1343, 50);
    const hama = near(35.1318, 36.7578, 50);
    const nw = near(35.9, 36.6, 150);
    assert.ok(aleppo && hama && nw, `markers: ${JSON.stringify(markers)}`);
    for (const m of [aleppo, hama]) {
      const [X, Y] = equalEarth(m.lon, m.lat);
      const ex = tx + X * k, ey = ty - Y * k;
      assert.ok(Math.hypot(m.x - ex, m.y - ey) < 3, `marker ${m.place} at ${m.x},${m.y}; projects to ${ex},${ey}`);
      if (!Number.isNaN(m.cx)) assert.ok(Math.hypot(m.cx - ex, m.cy - ey) < 3, 'drawn where it projects');
    }
    const moscow = near(55.7558, 37.6173, 50);
    assert.ok(moscow && moscow.reporting === 'true', `Moscow is a reporting place: ${JSON.stringify(moscow)}`);
    // "Fit" shows the story's places: each marker inside the drawing but the
    // reporting place far away (Moscow)
    const [W, H] = [Number(await svg.getAttribute('width')), Number(await svg.getAttribute('height'))];
    for (const m of markers.filter((x) => x.reporting !== 'true')) {
      assert.ok(m.x >= 0 && m.x <= W && m.y >= 0 && m.y <= H, `marker ${m.place} at ${m.x},${m.y} outside ${W}×${H}`);
    }
    await s.page.screenshot({ path: `${SHOTS}/map-fit.png` });
    // Select Hama: the detail panel and the timeline follow.
    await s.page.locator(`[data-testid="map-marker"][data-place="${hama.place}"]`).click();
    assert.equal(await s.page.locator(`[data-testid="map-marker"][data-place="${hama.place}"]`).getAttribute('data-selected'), 'true');
    assert.match(await s.page.locator('[data-testid="detail-panel"]').innerText(), /Hama/);
    assert.equal(await s.page.locator('[data-testid="timeline-event"][data-date="2024-12-03"][data-selected="true"]').count() > 0, true);
    // The keyboard too: Escape clears, Enter on the focused marker selects it again.
    await s.page.keyboard.press('Escape');
    assert.equal(await s.page.locator(`[data-testid="map-marker"][data-place="${hama.place}"]`).getAttribute('data-selected'), 'false');
    await s.page.locator(`[data-testid="map-marker"][data-place="${hama.place}"]`).focus();
    await s.page.keyboard.press('Enter');
    assert.equal(await s.page.locator(`[data-testid="map-marker"][data-place="${hama.place}"]`).getAttribute('data-selected'), 'true');
    // Zoom out to the world and back in.
    const z0 = Number(await svg.getAttribute('data-zoom'));
    await s.page.click('[data-testid="map-zoom-out"]');
    assert.ok(Number(await svg.getAttribute('data-zoom')) < z0);
    await s.page.click('[data-testid="map-world"]');
    await s.page.screenshot({ path: `${SHOTS}/map-world.png` });
    // "+" from the world view zooms on the story, not on the empty middle:
    // after four presses the markers are still in the map
    for (let k = 0; k < 4; k++) await s.page.click('[data-testid="map-zoom-in"]');
    const inView = await s.page.evaluate(() => {
      const map = document.querySelector('[data-testid="geo-map"]').getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="map-marker"] circle')].filter((c) => {
        const r = c.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        return x > map.left && x < map.right && y > map.top && y < map.bottom;
      }).length;
    });
    assert.ok(inView >= 1, `markers in view after zooming in from the world: ${inView}`);
    await s.page.click('[data-testid="map-fit"]');
    // Play steps through time and ends.
    await s.page.click('[data-testid="map-play"]');
    await s.page.locator('[data-testid="filter-chip"]').first().waitFor();
    await s.page.click('[data-testid="map-play"]');
    assert.deepEqual(s.offOrigin(), []);
  } finally {
    await s.close();
  }
});

test('map: a village the gazetteer lacks is placed by the town the text names, drawn as approximate and said to be', async () => {
  const s = await open();
  try {
    await paste(s.page, 'MAIDUGURI, Nigeria (AP) - Islamic State West Africa Province fighters attacked an army base in the town of Marte, about 100 kilometers (60 miles) northeast of Maiduguri, on Sunday, killing at least 12 soldiers, the army said.');
    await s.page.click('[data-testid="analyze-button"]');
    await s.page.waitForSelector('[data-testid="map-marker"][data-approx="true"]', { timeout: 15000 });
    await s.page.click('[data-testid="map-fit"]');
    const marte = s.page.locator('[data-testid="map-marker"][data-approx="true"]');
    assert.equal(await marte.count(), 1);
    assert.match(await marte.getAttribute('aria-label'), /Marte/);
    // about 100 km north-east of Maiduguri (11.85, 13.16), not on it
    const [lat, lon] = [Number(await marte.getAttribute('data-lat')), Number(await marte.getAttribute('data-lon'))];
    const km = Math.hypot(lat - 12.37, (lon - 13.83) * Math.cos(12.4 * Math.PI / 180)) * 111;
    assert.ok(km < 30, `Marte at ${lat},${lon}: ${km.toFixed(0)} km from the town`);
    // drawn dashed, and the legend says what that means
    assert.equal(await marte.locator('circle.pin').evaluate((c) => getComputedStyle(c).strokeDasharray !== 'none'), true);
    await s.page.waitForSelector('[data-testid="map-legend-approx"]');
    // its details name the town it was placed by
    await marte.click();
    assert.match(await s.page.locator('[data-testid="place-near"]').innerText(), /approximate.*Maiduguri/);
    await s.page.screenshot({ path: `${SHOTS}/map-approximate.png` });
  } finally {
    await s.close();
  }
});

test('map Play: from one told moment to the next, never a frame without events (the example reaches back to 1974)', async () => {
  const s = await example('[data-testid="timeline-event"]');
  const p = s.page;
  try {
    await p.click('[data-testid="map-play"]');
    const windows = [];
    for (let k = 0; k < 4; k++) {
      const last = windows[windows.length - 1] ?? null;
      await p.waitForFunction((prev) => {
        const chips = [...document.querySelectorAll('[data-testid="filter-chip"]')].map((c) => c.textContent);
        return chips.length > 0 && chips.join('|') !== prev;
      }, last, { timeout: 5000 });
      windows.push((await p.locator('[data-testid="filter-chip"]').allTextContents()).join('|'));
      const marks = await p.locator('[data-testid="timeline-event"]').count();
      assert.ok(marks > 0, `frame ${k} (${windows[k]}) shows events on the timeline`);
    }
    assert.equal(new Set(windows).size, 4, `four different windows: ${windows}`);
    // Stop ends the play and takes its time window away
    await p.click('[data-testid="map-play"]');
    await p.waitForFunction(() => ![...document.querySelectorAll('[data-testid="filter-chip"]')].some((c) => /–|\d{4}/.test(c.textContent)), null, { timeout: 3000 });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('hiding a kind of actor (people) hides their timeline lanes, not the events they share with others', async () => {
  const s = await example('[data-testid="actor-node"]');
  const p = s.page;
  try {
    const people = await p.locator('[data-testid="actor-node"][data-kind="person"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-actor')));
    const lanes = () => p.locator('[data-testid="timeline-lane"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const before = await lanes();
    assert.ok(before.some((k) => people.includes(k)), `a person has a lane: ${before}`);
    await p.click('[data-testid="kind-filter-person"]');
    await p.waitForFunction((ps) => ![...document.querySelectorAll('[data-testid="timeline-lane"]')].some((e) => ps.includes(e.getAttribute('data-key'))), people, { timeout: 3000 });
    const after = await lanes();
    assert.ok(after.length > 0, 'other lanes stay');
    assert.ok(after.every((k) => before.includes(k)), `no new lanes: ${after}`);
    await p.click('[data-testid="kind-filter-person"]');
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid="timeline-lane"]').length === n, before.length, { timeout: 3000 });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a lone dispatch whose dateline has no year (Reuters) is dated to the latest such day up to today: its events are on the timeline', async () => {
  const s = await open();
  const p = s.page;
  try {
    await paste(p, 'KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv on Monday, killing four people, the regional governor said.');
    await p.click('[data-testid="analyze-button"]');
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    const date = await p.locator('[data-testid="timeline-event"]').first().getAttribute('data-date');
    const today = new Date();
    const march3 = new Date(today.getFullYear(), 2, 3) <= today ? today.getFullYear() : today.getFullYear() - 1;
    // Monday before a 3 March dateline: 1 to 7 days before it
    assert.match(date, new RegExp(`^${march3}-(02|03)-\\d\\d$`), `dated in ${march3}: ${date}`);
    assert.equal(await p.locator('details.undated').count(), 0, 'nothing left undated');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
  // What the text says did not happen is drawn hollow and said in the details.
  const n = await open();
  try {
    await paste(n.page, 'KHARTOUM, March 21, 2025 (Reuters) - The Rapid Support Forces did not attack El Fasher on Monday, residents said. The army shelled Omdurman on Tuesday.');
    await n.page.click('[data-testid="analyze-button"]');
    await n.page.waitForSelector('[data-testid="timeline-event"][data-negated="true"]', { timeout: 15000 });
    assert.ok(await n.page.locator('[data-testid="timeline-event"][data-negated="false"]').count() > 0, 'the shelling happened');
    const hollow = n.page.locator('[data-testid="timeline-event"][data-negated="true"]').first();
    assert.match(await hollow.getAttribute('aria-label'), /did not happen/);
    const style = (loc) => loc.locator('.point, .band').first().evaluate((el) => { const c = getComputedStyle(el); return `${c.fill} ${c.stroke} ${c.strokeDasharray}`; });
    const [hollowStyle, fullStyle] = [await style(hollow), await style(n.page.locator('[data-testid="timeline-event"][data-negated="false"]').first())];
    assert.notEqual(hollowStyle, fullStyle, 'drawn apart from what happened');
    assert.match(hollowStyle, /3px,? 2px/, `dashed outline: ${hollowStyle}`);
    await hollow.click();
    await n.page.locator('[data-testid="event-negated"]').waitFor();
    assert.match(await n.page.locator('[data-testid="detail-panel"] h3').first().innerText(), /^not /);
    assert.deepEqual(n.errors, []);
  } finally {
    await n.close();
  }
  // Text without any date: the timeline says why it is empty and where the events are.
  const t = await open();
  try {
    await paste(t.page, 'Syrian rebels attacked government forces in Hama, a rebel commander said.');
    await t.page.click('[data-testid="analyze-button"]');
    await t.page.locator('details.undated').waitFor({ timeout: 15000 });
    assert.match(await t.page.locator('[data-testid="timeline-empty"]').textContent(), /listed below/);
    assert.deepEqual(t.errors, []);
  } finally {
    await t.close();
  }
});

test('map: a pin\'s number is its events, its colour is in the legend, and a big cluster\'s card stays inside the map', async () => {
  const s = await example('[data-testid="map-marker"]');
  const p = s.page;
  try {
    const legend = await p.locator('[data-testid="map-legend-class"]').allTextContents();
    assert.deepEqual(legend.map((t) => t.trim()), ['Fighting', 'Threats', 'Talks', 'Support']);
    const pins = await p.locator('[data-testid="map-marker"]').evaluateAll((els) => els.map((e) => ({
      count: e.getAttribute('data-count'), places: e.getAttribute('data-place').split(' ').length, shown: e.querySelector('.pin-count')?.textContent ?? null,
    })));
    const clusters = pins.filter((m) => m.places > 1);
    assert.ok(clusters.length > 0, 'the example has a cluster of places');
    for (const m of pins) {
      if (m.shown !== null) assert.equal(m.shown, m.count, `a pin shows its number of events: ${JSON.stringify(m)}`);
    }
    // The biggest cluster's hover card lies inside the map.
    const big = p.locator('[data-testid="map-marker"]').filter({ has: p.locator('.pin-count') });
    const counts = await big.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const i = counts.indexOf(Math.max(...counts));
    await big.nth(i).locator('circle').hover({ force: true });
    const card = p.locator('[data-testid="map-hover-card"]');
    await card.waitFor({ timeout: 3000 });
    const [cb, mb] = [await card.boundingBox(), await p.locator('.map-wrap').boundingBox()];
    assert.ok(cb.y >= mb.y - 1 && cb.y + cb.height <= mb.y + mb.height + 1, `card ${JSON.stringify(cb)} inside map ${JSON.stringify(mb)}`);
    await p.screenshot({ path: `${SHOTS}/map-legend.png` });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a phone (390×844): nothing runs off the side; every button of the top bar is on the screen and works', async () => {
  const s = await open({ viewport: { width: 390, height: 844 } });
  try {
    await s.page.goto(s.origin + '/?example');
    await s.page.waitForSelector('[data-testid="actor-label"]', { timeout: 15000 });
    assert.equal(await s.page.evaluate(() => document.documentElement.scrollWidth), 390, 'the page does not scroll sideways');
    for (const id of ['undo-button', 'example-button', 'export-button', 'import-input', 'theme-toggle']) {
      const el = s.page.locator(`[data-testid="${id}"]`);
      // (the file input hides behind its label: the label is what shows)
      const b = id === 'import-input' ? await el.locator('xpath=..').boundingBox() : await el.boundingBox();
      assert.ok(b && b.x >= 0 && b.x + b.width <= 390 && b.width > 10, `${id} on the screen: ${JSON.stringify(b)}`);
    }
    await s.page.click('[data-testid="export-button"]');
    const menu = await s.page.locator('[data-testid="export-png"]').boundingBox();
    assert.ok(menu && menu.x >= 0 && menu.x + menu.width <= 390, `the export menu on the screen: ${JSON.stringify(menu)}`);
    await s.page.keyboard.press('Escape');
    await s.page.screenshot({ path: `${SHOTS}/phone-390.png` });
    // a day's list opened from a mark at the bottom of the screen is scrolled into sight
    const at = await s.page.evaluate(() => {
      const m = [...document.querySelectorAll('[data-testid="timeline-event"]')]
        .find((e) => (e.getAttribute('data-events') || '').split(' ').filter(Boolean).length > 1 && e.getAttribute('data-one-date') === 'true');
      if (!m) return null;
      const r0 = m.getBoundingClientRect();
      window.scrollBy(0, r0.top - (window.innerHeight - 24));
      const r = m.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    assert.ok(at && at.y > 700 && at.y < 844, `a one-day cluster mark at the bottom of the screen: ${JSON.stringify(at)}`);
    await s.page.mouse.click(at.x, at.y);
    const card = s.page.locator('[data-testid="timeline-cluster"]');
    await card.waitFor({ timeout: 3000 });
    await s.page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="timeline-cluster"]').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 1;
    }, null, { timeout: 3000 });
  } finally {
    await s.close();
  }
});

test('a laptop window (1440×900, 1280×800): all three views in the window, none cut; a maximised view hides the other two', async () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }]) {
    const s = await open({ viewport });
    try {
      await s.page.goto(s.origin + '/?example');
      await s.page.waitForSelector('[data-testid="actor-label"]', { timeout: 15000 });
      const box = (id) => s.page.locator(`[data-testid="${id}"]`).boundingBox();
      const size = `${viewport.width}×${viewport.height}`;
      for (const id of ['timeline', 'actor-network', 'geo-map']) {
        const b = await box(id);
        assert.ok(b.height >= 140 && b.y + b.height <= viewport.height, `${size}: ${id} in the window: ${JSON.stringify(b)}`);
      }
      assert.equal(await s.page.evaluate(() => document.documentElement.scrollHeight), viewport.height, `${size}: the page does not scroll`);
      // the actor map's labels (below, above or beside their nodes) stay
      // inside it and do not cover each other
      const placed = await s.page.evaluate(() => {
        const net = document.querySelector('[data-testid="actor-network"]').getBoundingClientRect();
        const ls = [...document.querySelectorAll('[data-testid="actor-label"]')].map((e) => [e.textContent, e.getBoundingClientRect()]);
        const overlaps = [];
        for (let i = 0; i < ls.length; i++) for (let j = i + 1; j < ls.length; j++) {
          const [a, b] = [ls[i][1], ls[j][1]];
          const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (ox > 3 && oy > 3) overlaps.push(`${ls[i][0]} / ${ls[j][0]}`);
        }
        const outside = ls.filter(([, a]) => a.left < net.left - 1 || a.right > net.right + 1 || a.top < net.top - 1 || a.bottom > net.bottom + 1).map(([t]) => t);
        return { n: ls.length, overlaps, outside };
      });
      assert.ok(placed.n >= 8, `${size}: labels drawn: ${placed.n}`);
      assert.deepEqual(placed.overlaps, [], `${size}: labels cover each other`);
      assert.deepEqual(placed.outside, [], `${size}: labels cut at the actor map's edge`);
      await s.page.screenshot({ path: `${SHOTS}/laptop-${viewport.width}.png` });
      // a notice over the panes (Analyze with an empty box) takes its room from the views
      await s.page.click('[data-testid="analyze-button"]');
      await s.page.waitForSelector('[data-testid="notice"]');
      assert.equal(await s.page.evaluate(() => document.documentElement.scrollHeight), viewport.height, `${size}: with a notice, the page does not scroll`);
      const low = await box('geo-map');
      assert.ok(low.y + low.height <= viewport.height, `${size}: the map in the window under a notice: ${JSON.stringify(low)}`);
      const column = await box('timeline');
      await s.page.click('[data-testid="network-maximise"]');
      await s.page.waitForFunction(() => document.querySelector('[data-testid="geo-map"]').getBoundingClientRect().height === 0);
      const net = await box('actor-network');
      assert.ok(net.width > 0.95 * column.width && net.height > 400 && net.y + net.height <= viewport.height, `${size}: maximised: ${JSON.stringify(net)}`);
      assert.equal(await s.page.evaluate(() => document.querySelector('[data-testid="timeline"]').getBoundingClientRect().height), 0);
      // Escape gives the other views back; a maximised timeline takes the
      // height of the row of the other two (it had only grown by its own)
      await s.page.keyboard.press('Escape');
      await s.page.waitForFunction(() => document.querySelector('[data-testid="geo-map"]').getBoundingClientRect().height > 0);
      await s.page.click('[data-testid="timeline-maximise"]');
      await s.page.waitForFunction(() => document.querySelector('[data-testid="actor-network"]').getBoundingClientRect().height === 0);
      const tl = await box('timeline');
      assert.ok(tl.height > 0.7 * (viewport.height - column.y) && tl.y + tl.height <= viewport.height, `${size}: maximised timeline: ${JSON.stringify(tl)}`);
    } finally {
      await s.close();
    }
  }
});

test('a short window (1280×720): the page scrolls and each view keeps a readable size, the details and source stay in sight', async () => {
  const s = await open({ viewport: { width: 1280, height: 720 } });
  try {
    await s.page.goto(s.origin + '/?example');
    await s.page.waitForSelector('[data-testid="actor-label"]', { timeout: 15000 });
    const box = (id) => s.page.locator(`[data-testid="${id}"]`).boundingBox();
    const [tl, net, map] = [await box('timeline'), await box('actor-network'), await box('geo-map')];
    assert.ok(tl.height >= 250, `the timeline shows several lanes: ${JSON.stringify(tl)}`);
    assert.ok(net.height >= 300 && map.height >= 300, `the actor map and the map are not slivers: ${JSON.stringify({ net, map })}`);
    assert.ok(await s.page.evaluate(() => document.documentElement.scrollHeight) > 720, 'the page scrolls');
    // scrolled down to the maps, the source pane is still in the window
    await s.page.locator('[data-testid="geo-map"]').scrollIntoViewIfNeeded();
    const src = await box('source-view');
    assert.ok(src && src.y >= 0 && src.y < 720, `the source stays in sight: ${JSON.stringify(src)}`);
  } finally {
    await s.close();
  }
});

test('actor map: the actors it leaves out (named once, in nothing) are counted and named', async () => {
  const s = await open();
  try {
    await s.page.goto(s.origin + '/?example');
    await s.page.waitForSelector('[data-testid="actor-label"]', { timeout: 15000 });
    await s.page.waitForSelector('[data-testid="network-not-drawn"]');
    const summary = await s.page.locator('[data-testid="analysis-summary"]').innerText();
    const total = Number(/(\d+) actors/.exec(summary)[1]);
    const drawn = await s.page.locator('[data-testid="actor-node"]').count();
    const note = s.page.locator('[data-testid="network-not-drawn"]');
    const left = Number(/^(\d+) actors? not drawn/.exec(await note.innerText())[1]);
    assert.ok(left > 0 && drawn > 0, `${left} left out, ${drawn} drawn`);
    assert.equal(drawn + left, total, `${drawn} drawn + ${left} left out = ${total} actors (${summary})`);
    const names = (await note.getAttribute('title')).replace(/^Not drawn: named once, in no event and no relation shown: /, '').split(', ');
    assert.ok((await note.getAttribute('aria-label')).includes(names[0]), 'a screen reader hears the names');
    assert.equal(names.length, left, `the tooltip names each: ${names}`);
    const drawnNames = await s.page.locator('[data-testid="actor-label"]').allInnerTexts();
    assert.ok(names.every((n) => !drawnNames.includes(n)), `none of ${names} is drawn`);
  } finally {
    await s.close();
  }
});

test('a small laptop (1100 px): the actor map and the map each take the main column\'s width, one above the other', async () => {
  const s = await open({ viewport: { width: 1100, height: 720 } });
  try {
    await paste(s.page, await readSeed());
    await s.page.click('[data-testid="analyze-button"]');
    await s.page.waitForSelector('[data-testid="actor-node"]', { timeout: 15000 });
    const box = (id) => s.page.locator(`[data-testid="${id}"]`).boundingBox();
    const [net, map, tl] = [await box('actor-network'), await box('geo-map'), await box('timeline')];
    assert.ok(net.width > 0.85 * tl.width && map.width > 0.85 * tl.width, `full width: ${JSON.stringify({ net, map, tl })}`);
    assert.ok(map.y >= net.y + net.height, `the map below the actor map: ${JSON.stringify({ net, map })}`);
  } finally {
    await s.close();
  }
});

// Lane titles sit in a gutter as wide as the longest of them (measured),
// clear of the plot, on a desktop and on a small laptop; a title too long
// for the gutter is shortened and says so on hover.
test('timeline: lane titles end before the plot, at 1440 and 1100 px', async () => {
  const s = await seeded();
  const p = s.page;
  try {
    for (const width of [1440, 1100]) {
      await p.setViewportSize({ width, height: 900 });
      await p.waitForTimeout(300);
      const got = await p.evaluate(() => {
        const plot = document.querySelector('[data-testid="timeline"] .tl-plot-clip').getBoundingClientRect();
        const titles = [...document.querySelectorAll('[data-testid="timeline"] .lane-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, right: r.right, width: r.width };
        });
        return { left: plot.left, gutter: Number(document.querySelector('[data-testid="timeline"] .tl-svg').dataset.gutter), titles };
      });
      assert.ok(got.titles.length >= 3, `${width}: lanes`);
      for (const t of got.titles) {
        assert.ok(t.right <= got.left - 8, `${width}: “${t.text}” ends at ${t.right}, the plot starts at ${got.left}`);
        assert.match(t.text, /\(\d+\)$/, 'every title keeps its count');
      }
      assert.ok(got.gutter >= 100 && got.gutter <= 260, `${width}: gutter ${got.gutter}`);
      await p.locator('[data-testid="timeline"]').screenshot({ path: `${SHOTS}/timeline-gutter-${width}.png` });
    }
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a dispatch added to the example is selected, its events highlighted and scrolled into the timeline\'s window', async () => {
  const s = await open({ viewport: { width: 1280, height: 800 } });
  const p = s.page;
  try {
    await p.goto(s.origin + '/?example');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang]:not([data-lang=""])').length === 4, null, { timeout: 20000 });
    await p.waitForSelector('[data-testid="timeline-event"]');
    await paste(p, 'KHARTOUM, March 21, 2025 (Reuters) - The Rapid Support Forces shelled Omdurman on Friday, residents said.');
    await p.click('[data-testid="analyze-button"]');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang]:not([data-lang=""])').length === 5, null, { timeout: 20000 });
    const mark = p.locator('[data-testid="timeline-event"][data-selected="true"]').first();
    await mark.waitFor({ timeout: 10000 });
    await p.waitForTimeout(300);
    const [m, tl] = [await mark.boundingBox(), await p.locator('[data-testid="timeline"]').boundingBox()];
    assert.ok(m.y >= tl.y && m.y + m.height <= tl.y + tl.height, `the new dispatch's mark is in the timeline's window: ${JSON.stringify(m)} in ${JSON.stringify(tl)}`);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('the timeline keeps its dates in sight while its lanes scroll', async () => {
  const s = await open({ viewport: { width: 1440, height: 900 } });
  try {
    await s.page.goto(s.origin + '/?example');
    await s.page.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    const tl = s.page.locator('[data-testid="timeline"]');
    assert.equal(await s.page.locator('[data-testid="timeline-axis-sticky"]').count(), 0, 'no second axis at the top');
    await tl.evaluate((el) => { el.scrollTop = 150; });
    const strip = s.page.locator('[data-testid="timeline-axis-sticky"]');
    await strip.waitFor();
    const [box, sb] = [await tl.boundingBox(), await strip.boundingBox()];
    assert.ok(Math.abs(sb.y - box.y) <= 2, `the strip sits at the top of the timeline's box: ${JSON.stringify({ box, sb })}`);
    const labels = await strip.locator('.tick text').evaluateAll((ts) => ts.map((t) => t.textContent));
    assert.ok(labels.includes('1 Dec') && labels.includes('2025'), `dates in the strip: ${labels}`);
  } finally {
    await s.close();
  }
});

test('skip links: the first Tab stops lead past the marks and nodes to each view', async () => {
  const s = await open({ viewport: { width: 1440, height: 900 } });
  try {
    await s.page.goto(s.origin + '/?example');
    await s.page.waitForSelector('[data-testid="actor-label"]', { timeout: 15000 });
    const focused = () => s.page.evaluate(() => document.activeElement?.dataset.testid || document.activeElement?.className);
    await s.page.keyboard.press('Tab');
    assert.equal(await focused(), 'skip-timeline');
    const b = await s.page.locator('[data-testid="skip-timeline"]').boundingBox();
    assert.ok(b.width > 40 && b.height > 10, `shown once focused: ${JSON.stringify(b)}`);
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Tab');
    assert.equal(await focused(), 'skip-map');
    await s.page.keyboard.press('Enter');
    assert.match(await focused(), /map-wrap/);
    // the next Tab reaches the map's own controls or pins, not the timeline's marks
    await s.page.keyboard.press('Tab');
    assert.equal(await s.page.evaluate(() => !!document.activeElement.closest('.map-wrap, [data-testid="geo-map"]') || /map/.test(document.activeElement.dataset.testid || '')), true);
    assert.equal(await s.page.locator('[data-testid="skip-map"]').boundingBox().then((x) => x.width <= 1), true, 'hidden again');
  } finally {
    await s.close();
  }
});
