// The foundation: the release bundle loads, the engine runs in the page, and
// nothing leaves the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, paste, readSeed, SHOTS } from './harness.mjs';

test('seed dispatch: one German document, no off-origin request', async () => {
  const s = await open();
  try {
    await paste(s.page, await readSeed());
    await s.page.click('[data-testid="analyze-button"]');
    const summary = s.page.locator('[data-testid="analysis-summary"]');
    await summary.filter({ hasText: 'German' }).waitFor({ timeout: 15000 });
    const text = await summary.innerText();
    assert.match(text, /\b1 document\b/);
    assert.match(text, /German/);
    await s.page.screenshot({ path: `${SHOTS}/foundation.png`, fullPage: true });
    assert.deepEqual(s.offOrigin(), [], 'requests left the origin');
    assert.deepEqual(s.errors, [], 'console errors');
  } finally {
    await s.close();
  }
});

test('icons are drawn, not emoji: no glyph that needs an emoji or symbol font (empty boxes without one)', async () => {
  const s = await open();
  try {
    await s.page.goto(s.origin + '/?example');
    await s.page.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    // The hover card (it had a pin emoji) and the source's buttons are on screen too.
    await s.page.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().hover();
    await s.page.locator('[data-testid="hover-card"]').waitFor();
    const text = await s.page.evaluate(() => document.body.innerText);
    // Emoji, misc. symbols and dingbats, supplemental arrows (⤢), fullwidth forms (＋).
    const bad = [...text].filter((c) => /[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}\u{2900}-\u{297F}\u{FF00}-\u{FFEF}\u{21B6}\u{21B7}\u{25A0}\u{25B6}]/u.test(c));
    assert.deepEqual([...new Set(bad)], [], 'glyphs needing an emoji/symbol font');
    for (const id of ['timeline-maximise', 'network-maximise', 'map-maximise', 'undo-button', 'redo-button', 'theme-toggle', 'map-play']) {
      assert.equal(await s.page.locator(`[data-testid="${id}"] svg.ico`).count(), 1, `${id} has an inline icon`);
    }
    assert.ok(await s.page.locator('[data-testid="hover-card"] svg.ico[data-icon="pin"]').count() === 1);
    assert.equal(await s.page.locator('[data-testid="timeline-maximise"]').getAttribute('aria-label'), 'Maximise');
    await s.page.screenshot({ path: `${SHOTS}/icons.png` });
    // A click shows the event in the details: its card leaves the lanes, and
    // comes back once the pointer has left the mark and returned
    const mark = s.page.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first();
    await mark.click();
    await s.page.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-03"][data-selected="true"]');
    await s.page.locator('[data-testid="hover-card"]').waitFor({ state: 'detached' });
    const box = await mark.boundingBox();
    await s.page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
    assert.equal(await s.page.locator('[data-testid="hover-card"]').count(), 0, 'no card while still on the clicked mark');
    // off the mark, inside the timeline (its axis), then back
    const tl = await s.page.locator('[data-testid="timeline"]').boundingBox();
    await s.page.mouse.move(box.x + box.width / 2, tl.y + 8);
    await mark.hover();
    await s.page.locator('[data-testid="hover-card"]').waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
