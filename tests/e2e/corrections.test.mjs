// Corrections are data: they survive reloads and new dispatches, and undo walks them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, paste, readSeed, SHOTS } from './harness.mjs';

test('merge, re-date, re-geocode by clicking the map; reload; add a dispatch; undo', async () => {
  const s = await open();
  const p = s.page;
  try {
    await paste(p, await readSeed());
    await p.click('[data-testid="analyze-button"]');
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    const changes = () => p.locator('[data-testid="change-item"]').count();

    // 1. Merge: "Regime" into the Syrian government if they came apart; otherwise merge Iran into Russia (then undo it).
    const regime = p.locator('[data-testid="actor-node"][data-name="Regime"]');
    const from = (await regime.count()) > 0 ? 'Regime' : 'Iran';
    const into = from === 'Regime' ? 'Syrian government' : 'Russia';
    await p.locator(`[data-testid="actor-node"][data-name="${from}"]`).click();
    await p.locator('[data-testid="actor-editor"] summary').click();
    await p.selectOption('[data-testid="merge-actors"]', into);
    await p.click('[data-testid="merge-button"]');
    await p.waitForFunction((n) => !document.querySelector(`[data-testid="actor-node"][data-name="${n}"]`), from);
    assert.equal(await changes(), 1);

    // 2. Re-date the Hama event (Tuesday 3 Dec) to 2 Dec.
    await p.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().click();
    await p.locator('[data-testid="event-editor"] summary').click();
    await p.fill('[data-testid="event-editor"] [data-testid="edit-date"]', '2024-12-02');
    await p.click('[data-testid="event-editor"] [data-testid="save-date"]');
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]');
    assert.equal(await changes(), 2);

    // 3. Re-geocode Hama by clicking the map.
    const hama = p.locator('[data-testid="mention"][data-kind="place"]', { hasText: 'Hama' }).first();
    await hama.click();
    await p.locator('[data-testid="place-editor"] summary').click();
    await p.click('[data-testid="place-pick-on-map"]');
    await p.waitForSelector('[data-testid="pick-hint"]');
    const box = await p.locator('[data-testid="geo-map"]').boundingBox();
    await p.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await p.waitForFunction(() => !document.querySelector('[data-testid="pick-hint"]'));
    assert.equal(await changes(), 3);
    const placeId = await hama.getAttribute('data-entity');
    const moved = p.locator(`[data-testid="map-marker"][data-place~="${placeId}"]`);
    const lat = Number(await moved.getAttribute('data-lat'));
    assert.ok(Math.abs(lat - 35.13) > 0.05, `Hama moved: ${lat}`);
    await p.screenshot({ path: `${SHOTS}/corrections.png` });

    // Reload: all three still applied.
    await p.reload();
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]', { timeout: 15000 });
    assert.equal(await changes(), 3);
    assert.equal(await p.locator(`[data-testid="actor-node"][data-name="${from}"]`).count(), 0);

    // Add a second dispatch: the corrections stay.
    await paste(p, 'BEIRUT (Reuters) - Hezbollah fighters clashed with Israeli troops near the border on Monday, the group said.');
    await p.click('[data-testid="analyze-button"]');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]');
    assert.equal(await p.locator(`[data-testid="actor-node"][data-name="${from}"]`).count(), 0);
    assert.equal(await changes(), 3);

    // Undo walks back: the dispatch, the place, the date, the merge.
    await p.click('[data-testid="undo-button"]');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 1);
    await p.click('[data-testid="undo-button"]');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="change-item"]').length === 2);
    await p.keyboard.press('Control+z');
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-03"]');
    await p.click('[data-testid="undo-button"]');
    await p.waitForSelector(`[data-testid="actor-node"][data-name="${from}"]`);
    assert.equal(await changes(), 0);
    // Redo brings the merge back.
    await p.click('[data-testid="redo-button"]');
    await p.waitForFunction((n) => !document.querySelector(`[data-testid="actor-node"][data-name="${n}"]`), from);
  } finally {
    await s.close();
  }
});

test('an invalid date is reported next to its field, keeps the typing, and clears once valid', async () => {
  const s = await open();
  const p = s.page;
  try {
    await paste(p, await readSeed());
    await p.click('[data-testid="analyze-button"]');
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    await p.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().click();
    const editor = p.locator('[data-testid="event-editor"]');
    await editor.locator('summary').click();
    const input = editor.locator('[data-testid="edit-date"]');
    await input.fill('3rd of Dec');
    await editor.locator('[data-testid="save-date"]').click();
    const err = editor.locator('[data-testid="field-error"]');
    await err.waitFor();
    assert.equal(await err.getAttribute('role'), 'alert');
    assert.match(await err.innerText(), /3rd of Dec.*not a date/);
    assert.equal(await input.getAttribute('aria-describedby'), await err.getAttribute('id'));
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await input.inputValue(), '3rd of Dec');
    const notice = await p.locator('[data-testid="notice"]').innerText().catch(() => '');
    assert.doesNotMatch(notice, /not a date/);
    // The error sits by the field, not at the top of the page.
    const ib = await input.boundingBox();
    const eb = await err.boundingBox();
    assert.ok(Math.abs(eb.y - ib.y) < 80, `error near field: ${eb.y} vs ${ib.y}`);
    assert.ok(await err.evaluate((el) => { const r = el.getBoundingClientRect(); const q = el.closest('.panel, aside, section')?.getBoundingClientRect(); return !q || (r.bottom <= q.bottom + 1 && r.top >= q.top - 1); }), 'error visible in its panel');
    await p.screenshot({ path: `${SHOTS}/date-error.png` });
    // Typing a valid value clears it.
    await input.fill('2024-12-02');
    await p.waitForFunction(() => !document.querySelector('[data-testid="event-editor"] [data-testid="field-error"]'));
    assert.equal(await input.getAttribute('aria-invalid'), null);
    assert.equal(await input.getAttribute('aria-describedby'), null);
    await editor.locator('[data-testid="save-date"]').click();
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]');
  } finally {
    await s.close();
  }
});
