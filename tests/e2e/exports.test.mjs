// Exports of the seed, parsed by independent parsers (tests/e2e/check_exports.py),
// and the project file round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { open, analyzeSeed } from './harness.mjs';

const OUT = 'target/e2e/exports';

test('every export of the seed downloads and parses; the project file round-trips', async () => {
  await mkdir(OUT, { recursive: true });
  const s = await open();
  const p = s.page;
  try {
    await analyzeSeed(p);
    const files = {};
    for (const id of ['export-json', 'export-csv', 'export-geojson', 'export-gexf', 'export-graphml', 'export-timelinejs', 'export-plover', 'export-svg', 'export-png']) {
      await p.click('[data-testid="export-button"]');
      const [download] = await Promise.all([p.waitForEvent('download'), p.click(`[data-testid="${id}"]`)]);
      const path = `${OUT}/${download.suggestedFilename()}`;
      await download.saveAs(path);
      files[id] = path;
    }
    const report = execFileSync('python3', ['tests/e2e/check_exports.py', JSON.stringify(files)], { encoding: 'utf8' });
    assert.match(report, /all exports valid/);
    // The pictures carry their styles as attributes: no inline style refused by the CSP.
    assert.deepEqual(s.errors.filter((e) => /Content Security Policy|inline style/.test(e)), []);
    // The picture shows the views as they are on screen: with the map
    // maximised, the map alone (no empty sections, no titles on top of each other).
    const whole = await readFile(files['export-svg'], 'utf8');
    for (const title of ['Timeline', 'Actor map', 'Map']) assert.match(whole, new RegExp(`>${title}</text>`));
    await p.click('[data-testid="map-maximise"]');
    await p.click('[data-testid="export-button"]');
    const [maxDownload] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-svg"]')]);
    const maxPath = `${OUT}/maximised-${maxDownload.suggestedFilename()}`;
    await maxDownload.saveAs(maxPath);
    const alone = await readFile(maxPath, 'utf8');
    assert.match(alone, />Map<\/text>/);
    assert.doesNotMatch(alone, />(Timeline|Actor map)<\/text>/);
    assert.match(alone, /data-testid="map-marker"/);
    await p.click('[data-testid="map-maximise"]');
    // The menu closes on Escape (focus back on its button) and when the focus leaves it.
    const button = p.locator('[data-testid="export-button"]');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await p.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await p.evaluate(() => document.activeElement?.dataset.testid), 'export-button');
    await button.click();
    await p.click('[data-testid="search-box"]');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');

    // Round trip: import the project file into a fresh page → the same analysis.
    const project = JSON.parse(await readFile(files['export-json'], 'utf8'));
    await p.evaluate(() => localStorage.clear());
    await p.reload();
    await p.waitForSelector('[data-testid="article-input"]');
    await p.setInputFiles('[data-testid="import-input"]', files['export-json']);
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    await p.click('[data-testid="export-button"]');
    const [again] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-json"]')]);
    await again.saveAs(`${OUT}/again.atlas.json`);
    const second = JSON.parse(await readFile(`${OUT}/again.atlas.json`, 'utf8'));
    assert.deepEqual(second.analysis, project.analysis, 'import → export gives the identical analysis');

    // A damaged or older project file changes nothing and says why.
    await writeFile(`${OUT}/old.atlas.json`, JSON.stringify({ ...project, format: 'dispatch-atlas/project@0' }));
    await p.setInputFiles('[data-testid="import-input"]', `${OUT}/old.atlas.json`);
    await p.waitForSelector('[data-testid="notice"]');
    assert.match(await p.locator('[data-testid="notice"]').innerText(), /not opened.*Nothing was changed/s);
    await writeFile(`${OUT}/broken.atlas.json`, '{"format": "dispatch-atlas/project@1", "analysis": {');
    await p.setInputFiles('[data-testid="import-input"]', `${OUT}/broken.atlas.json`);
    await p.waitForFunction(() => /broken/.test(document.querySelector('[data-testid="notice"]')?.innerText || ''));
    assert.equal(await p.locator('[data-testid="article-item"]').count(), 1);
    assert.deepEqual(s.offOrigin(), []);
  } finally {
    await s.close();
  }
});

// The picture of the views holds its whole legend and footer (sized from
// their measured text, wrapped to the views' width), in either theme and on
// a small laptop, and the PNG is that picture at twice its size.
test('the views picture (SVG and PNG) holds its whole legend and footer, light and dark', async () => {
  await mkdir(OUT, { recursive: true });
  const s = await open({ viewport: { width: 1100, height: 800 } });
  const p = s.page;
  try {
    await analyzeSeed(p);
    for (const theme of ['light', 'dark']) {
      if ((await p.locator('[data-testid="app"]').getAttribute('data-theme')) !== theme) {
        await p.click('[data-testid="theme-toggle"]');
      }
      const files = {};
      for (const kind of ['svg', 'png']) {
        await p.click('[data-testid="export-button"]');
        const [download] = await Promise.all([p.waitForEvent('download'), p.click(`[data-testid="export-${kind}"]`)]);
        files[kind] = `${OUT}/views-${theme}.${kind}`;
        await download.saveAs(files[kind]);
      }
      const svg = await readFile(files.svg, 'utf8');
      // Drawn in the page (its fonts): where the legend and the footer end up.
      const got = await p.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const el = document.importNode(doc.documentElement, true);
        document.body.appendChild(el);
        const box = (sel) => { const b = el.querySelector(sel).getBBox(); return { x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height, n: el.querySelector(sel).children.length }; };
        const labels = [...el.querySelectorAll('text.country-label')].map((t) => ({ text: t.textContent, spacing: t.getAttribute('letter-spacing') }));
        const out = { viewBox: el.getAttribute('viewBox').split(' ').map(Number), legend: box('[data-testid="picture-legend"]'), footer: box('[data-testid="picture-footer"]'), background: el.querySelector('rect').getAttribute('fill'), labels };
        el.remove();
        return out;
      }, svg);
      // controls of the page are not drawn: no fold arrows, no hit areas
      assert.doesNotMatch(svg, /▾|▸|lane-toggle|node-hit/, `${theme}: controls in the picture`);
      const [, , w, h] = got.viewBox;
      for (const part of ['legend', 'footer']) {
        const b = got[part];
        assert.ok(b.n > 0, `${theme}: the ${part} has entries`);
        assert.ok(b.x >= 0 && b.y >= 0 && b.right <= w && b.bottom <= h,
          `${theme}: the ${part} (${JSON.stringify(b)}) lies inside the picture (${w} × ${h})`);
      }
      assert.equal(got.legend.n, 2 * 4 + 2 * 4, 'every event class and relation type: a swatch and a label each');
      // The map's country names look as on screen: in capitals, spaced.
      assert.ok(got.labels.length > 0, `${theme}: the map's country names are in the picture`);
      for (const l of got.labels) {
        assert.equal(l.text, l.text.toUpperCase(), `${theme}: country name ${l.text} in capitals`);
        assert.ok(l.spacing && parseFloat(l.spacing) > 0, `${theme}: country name ${l.text} letter-spaced (${l.spacing})`);
      }
      // The dark picture is drawn on the dark panel colour, not on white.
      assert.equal(got.background === '#ffffff', theme === 'light', `${theme} background ${got.background}`);
      // The PNG: twice the picture, so it holds the legend too.
      const png = await readFile(files.png);
      const [pw, ph] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.equal(pw, Math.floor(2 * w));
      assert.equal(ph, Math.floor(2 * h));
      assert.ok(pw >= 2 * got.legend.right && ph >= 2 * got.legend.bottom, `${theme}: PNG ${pw} × ${ph} covers the legend`);
    }
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('with filters on, the data exports hold what the views show (the menu says so, and can export everything)', async () => {
  await mkdir(OUT, { recursive: true });
  const s = await open();
  const p = s.page;
  try {
    await analyzeSeed(p);
    const csvRows = async () => {
      await p.click('[data-testid="export-button"]');
      const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-csv"]')]);
      const path = `${OUT}/filtered-${Date.now()}.csv`;
      await download.saveAs(path);
      return (await readFile(path, 'utf8')).trim().split('\n').length - 1;
    };
    const all = await csvRows();
    assert.equal(await p.locator('[data-testid="export-filtered"]').count(), 0, 'no choice without filters');
    await p.fill('[data-testid="search-box"]', 'Hama');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-event"]').length > 0);
    await p.click('[data-testid="export-button"]');
    const label = await p.locator('[data-testid="export-filtered-label"]').innerText();
    const [, shown, total] = label.match(/\((\d+) of (\d+) events\)/).map(Number);
    assert.ok(shown < total && total === all, label);
    await p.keyboard.press('Escape');
    assert.equal(await csvRows(), shown, 'the filtered CSV');
    // unticked: everything again
    await p.click('[data-testid="export-button"]');
    await p.click('[data-testid="export-filtered"]');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-csv"]')]);
    await download.saveAs(`${OUT}/unfiltered.csv`);
    assert.equal((await readFile(`${OUT}/unfiltered.csv`, 'utf8')).trim().split('\n').length - 1, all);
  } finally {
    await s.close();
  }
});
