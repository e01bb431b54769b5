// The workbench: dispatches in, analysis out, the source text alive, nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, paste, readSeed, SHOTS } from './harness.mjs';

const analyze = async (page) => page.click('[data-testid="analyze-button"]');
const items = (page) => page.locator('[data-testid="article-item"]');
/** Opens the address run.sh prints and waits until the example's four dispatches are analysed. */
const openExample = async (page, origin) => {
  await page.goto(origin + '/?example');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang]:not([data-lang=""])').length === 4, null, { timeout: 20000 });
};

test('seed: one German article dated by its dateline, mentions of every kind, hover and click', async () => {
  const s = await open();
  try {
    await paste(s.page, await readSeed());
    await analyze(s.page);
    const item = items(s.page).first();
    await s.page.waitForSelector('[data-testid="article-item"][data-lang="de"]');
    assert.equal(await items(s.page).count(), 1);
    assert.equal(await item.getAttribute('data-dct'), '2024-12-04');
    const src = s.page.locator('[data-testid="source-view"]');
    for (const kind of ['actor', 'place', 'time']) {
      await src.locator(`[data-testid="mention"][data-kind="${kind}"]`).first().waitFor({ timeout: 10000 });
    }
    // Hover shows what the engine understood; click selects it everywhere.
    const dienstag = src.locator('[data-testid="mention"][data-kind="time"]', { hasText: 'Dienstag' });
    assert.match(await dienstag.getAttribute('title'), /2024-12-03/);
    const hama = src.locator('[data-testid="mention"][data-kind="place"]', { hasText: 'Hama' }).first();
    await hama.hover();
    assert.match(await hama.getAttribute('title'), /Hama/);
    await hama.click();
    const panel = s.page.locator('[data-testid="detail-panel"]');
    await panel.locator('[data-kind="place"]').waitFor();
    assert.match(await panel.innerText(), /Hama/);
    assert.match(await panel.innerText(), /35\.1/);
    await s.page.keyboard.press('Escape');
    // The keyboard does what the click does: Enter on a focused mention selects it.
    const hts = src.locator('[data-testid="mention"][data-kind="actor"]', { hasText: 'HTS' }).first();
    await hts.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => /HTS|Hayat/.test(document.querySelector('[data-testid="detail-panel"]')?.innerText ?? ''));
    assert.match(await hts.getAttribute('class'), /selected/);
    await s.page.keyboard.press('Escape');
    await s.page.screenshot({ path: `${SHOTS}/workbench-light.png` });
    await s.page.click('[data-testid="theme-toggle"]');
    assert.equal(await s.page.locator('[data-testid="app"]').getAttribute('data-theme'), 'dark');
    await s.page.screenshot({ path: `${SHOTS}/workbench-dark.png` });
    assert.deepEqual(s.offOrigin(), []);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('reload restores the dispatches; clear all asks first and can be undone', async () => {
  const s = await open();
  try {
    await paste(s.page, await readSeed());
    await analyze(s.page);
    await s.page.waitForSelector('[data-testid="article-item"][data-lang="de"]');
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="article-item"][data-lang="de"]');
    assert.equal(await items(s.page).count(), 1);
    s.page.once('dialog', () => {}); // the harness dismisses: nothing is cleared
    await s.page.click('[data-testid="clear-all"]');
    assert.equal(await items(s.page).count(), 1, 'a dismissed confirmation clears nothing');
    assert.ok(s.dialogs.some((m) => /Remove all/.test(m)));
  } finally {
    await s.close();
  }
});

test('each dispatch is saved under its own key; a damaged store is reported and the rest recovered', async () => {
  const s = await open();
  try {
    await openExample(s.page, s.origin);
    // Saved a moment after the last change: an index and one key per text.
    await s.page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('dispatch-atlas/text@2/')).length === 4, null, { timeout: 10000 });
    const index = JSON.parse(await s.page.evaluate(() => localStorage.getItem('dispatch-atlas/workspace@2')));
    assert.equal(index.dispatches.length, 4);
    assert.ok(index.dispatches.every((d) => !('text' in d)), 'texts are not in the index');
    // Lose one text and damage one entry of the index.
    await s.page.evaluate((ids) => {
      localStorage.removeItem(`dispatch-atlas/text@2/${ids[0]}`);
      const ix = JSON.parse(localStorage.getItem('dispatch-atlas/workspace@2'));
      ix.dispatches[1].id = 'oops';
      localStorage.setItem('dispatch-atlas/workspace@2', JSON.stringify(ix));
    }, index.dispatches.map((d) => d.id));
    await s.page.goto(s.origin + '/');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2, null, { timeout: 20000 });
    assert.match(await s.page.locator('[data-testid="notice"]').innerText(), /damaged: 2 dispatch/);
    assert.ok(await s.page.evaluate(() => localStorage.getItem('dispatch-atlas/workspace@2.damaged')), 'a copy of the damaged index is kept');
    await s.page.reload();
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2, null, { timeout: 20000 });
  } finally {
    await s.close();
  }
});

test('the address run.sh prints (?example) opens on the example bundle; a reload keeps the workspace', async () => {
  const s = await open();
  try {
    await openExample(s.page, s.origin);
    await s.page.waitForSelector('[data-testid="timeline-event"]');
    // Every example dispatch is dated: the year-less datelines ("Dec 8 (Reuters)",
    // "9 dic (EFE)") take their year from the others.
    const dcts = await items(s.page).evaluateAll((els) => els.map((e) => e.getAttribute('data-dct')));
    assert.equal(dcts.length, 4);
    assert.ok(dcts.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? '')), `all dated: ${dcts}`);
    assert.ok(dcts.includes('2024-12-08') && dcts.includes('2024-12-09'), `Reuters' Dec 8 and EFE's 9 dic in 2024: ${dcts}`);
    assert.equal(await s.page.locator('details.undated').count(), 0, 'no undated events');
    // A dispatch without any date: its events are listed apart, once the list is opened; a click selects one.
    await paste(s.page, 'Rebels attacked the town of Kadugli, residents said. The army said it had repelled the attack on the town.');
    await analyze(s.page);
    await s.page.locator('details.undated summary').waitFor();
    assert.equal(await s.page.locator('[data-testid="timeline-undated"]').count(), 0, 'not built while closed');
    await s.page.locator('details.undated summary').click();
    const first = s.page.locator('[data-testid="timeline-undated"]').first();
    await first.waitFor();
    const id = await first.getAttribute('data-event');
    // Each lists its main actors, source → target, as the hover card names them.
    const who = await s.page.locator('[data-testid="timeline-undated"] [data-testid="undated-actors"]').allInnerTexts();
    assert.ok(who.some((w) => /Rebels/.test(w)), `undated events name their actors: ${who}`);
    await first.click();
    await s.page.locator('[data-testid="detail-panel"] [data-kind="event"]').waitFor();
    assert.ok(id, 'an undated event has its id');
    await s.page.reload();
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 5, null, { timeout: 20000 });
    await s.page.waitForTimeout(300);
    assert.equal(await items(s.page).count(), 5, 'the example is not added twice');
  } finally {
    await s.close();
  }
});

test('selecting a mention far down a long dispatch shows it inside the source pane, which stays in the window', async () => {
  const s = await open();
  try {
    await openExample(s.page, s.origin);
    await s.page.waitForSelector('[data-testid="source-view"] [data-testid="mention"]');
    const mentions = s.page.locator('[data-testid="source-view"] [data-testid="mention"]');
    await mentions.last().click();
    await s.page.waitForSelector('[data-testid="source-view"] .mention.selected');
    await s.page.waitForTimeout(800); // the smooth scroll
    const m = await s.page.evaluate(() => {
      const pane = document.querySelector('[data-testid="source-view"]').getBoundingClientRect();
      const sel = document.querySelector('[data-testid="source-view"] .mention.selected').getBoundingClientRect();
      return { pane: [pane.top, pane.bottom], sel: [sel.top, sel.bottom], h: innerHeight };
    });
    // The pane fits the window (it scrolls inside instead of stretching the page) …
    assert.ok(m.pane[1] <= m.h + 1, `the source pane ends inside the window: ${JSON.stringify(m)}`);
    // … and the selected mention is visible inside it.
    assert.ok(m.sel[0] >= m.pane[0] && m.sel[1] <= m.pane[1], `the selection is within the pane: ${JSON.stringify(m)}`);
    assert.ok(m.sel[0] >= 0 && m.sel[1] <= m.h, `the selection is on screen: ${JSON.stringify(m)}`);
  } finally {
    await s.close();
  }
});

test('a bundle pasted at once is split at datelines and rule lines', async () => {
  const s = await open();
  try {
    const seed = await readSeed();
    const bundle = `${seed}\n---\nBEIRUT (Reuters) - Israeli jets struck southern Lebanon on Tuesday, the army said.\n\nKYIV, Ukraine (AP) — Russian drones hit Kyiv overnight, officials said on Wednesday.\n`;
    await paste(s.page, bundle);
    await analyze(s.page);
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang="en"]').length === 2);
    assert.equal(await items(s.page).count(), 3);
    assert.match(await s.page.locator('[data-testid="analysis-summary"]').innerText(), /3 documents/);
  } finally {
    await s.close();
  }
});

test('pasted markup stays inert text', async () => {
  const s = await open();
  try {
    const hostile = 'Damaskus (dpa) - <img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> <svg onload="window.__pwned=3"></svg> Die Rebellen rückten vor. javascript:alert(1)';
    await paste(s.page, hostile);
    await analyze(s.page);
    await s.page.waitForSelector('[data-testid="article-item"]');
    const src = s.page.locator('[data-testid="source-view"]');
    await src.getByText('<img src=x', { exact: false }).first().waitFor();
    assert.equal(await s.page.evaluate(() => window.__pwned), undefined);
    assert.equal(await s.page.locator('[data-testid="source-view"] img, [data-testid="source-view"] script, [data-testid="source-view"] svg[onload]').count(), 0);
    assert.deepEqual(s.dialogs, []);
    assert.deepEqual(s.offOrigin(), [], 'the <img src=x> must not have been fetched');
  } finally {
    await s.close();
  }
});

test('empty input gets a clear message and changes nothing', async () => {
  const s = await open();
  try {
    await paste(s.page, '   \n  ');
    await analyze(s.page);
    await s.page.waitForSelector('[data-testid="notice"]');
    assert.match(await s.page.locator('[data-testid="notice"]').innerText(), /empty/);
    assert.equal(await items(s.page).count(), 0);
  } finally {
    await s.close();
  }
});

test('Try an example loads a bundle in several languages', async () => {
  const s = await open();
  try {
    await s.page.click('[data-testid="example-button"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang]:not([data-lang=""])').length === 4);
    const langs = await items(s.page).evaluateAll((els) => els.map((e) => e.dataset.lang).sort());
    assert.deepEqual(langs, ['de', 'en', 'es', 'fr']);
    await s.page.screenshot({ path: `${SHOTS}/example.png` });
  } finally {
    await s.close();
  }
});
