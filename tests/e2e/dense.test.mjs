// Many events at once: past a few hundred marks the timeline draws them on a
// canvas (tests/bench measures its frame times); it must still show every
// mark, select the one clicked, and show a hover card, like the SVG marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, SHOTS } from './harness.mjs';
import { syntheticDispatches } from '../bench/synthetic.mjs';

/** Finds a pixel of the canvas painted in `rgb` (a mark's fill); returns page coordinates. */
async function findPainted(page, rgb) {
  return page.evaluate(([r, g, b]) => {
    const c = document.querySelector('[data-testid="timeline-canvas"]');
    const rect = c.getBoundingClientRect();
    const ctx = c.getContext('2d');
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    const sx = c.width / rect.width;
    // Scan rows from the top of the lanes; the first strongly painted pixel
    // well inside a mark (its neighbours painted too) is the target.
    for (let y = 2; y < height - 2; y += 1) {
      for (let x = 2; x < width - 2; x += 1) {
        const at = (xx, yy) => { const i = (yy * width + xx) * 4; return Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8 && data[i + 3] > 250; };
        if (at(x, y) && at(x + 2, y) && at(x - 2, y) && at(x, y + 2) && at(x, y - 2)) {
          return { x: rect.left + x / sx, y: rect.top + y / sx };
        }
      }
    }
    return null;
  }, rgb);
}

test('timeline: thousands of events are drawn on a canvas; a click on a drawn mark selects its event', async () => {
  const s = await open();
  try {
    const bundle = syntheticDispatches(150).join('\n---\n');
    await s.page.evaluate((t) => {
      const el = document.querySelector('[data-testid="article-input"]');
      el.value = t;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, bundle);
    // The header shows a progress bar while the worker analyses, and drops it when done.
    await s.page.evaluate(() => {
      window.__progress = false;
      new MutationObserver(() => { if (document.querySelector('[data-testid="progress"][role="progressbar"]')) window.__progress = true; })
        .observe(document.querySelector('[data-testid="status"]'), { childList: true, subtree: true });
    });
    await s.page.click('[data-testid="analyze-button"]');
    const canvas = s.page.locator('[data-testid="timeline-canvas"]');
    await canvas.waitFor({ timeout: 60000 });
    await s.page.waitForFunction(() => /Analysed in/.test(document.querySelector('[data-testid="status"]').innerText), null, { timeout: 60000 });
    assert.ok(await s.page.evaluate(() => window.__progress), 'a progress bar was shown while analysing');
    assert.equal(await s.page.locator('[data-testid="progress"]').count(), 0, 'and is gone once done');
    const marks = Number(await canvas.getAttribute('data-marks'));
    assert.ok(marks > 400, `a dense timeline: ${marks} marks`);
    assert.equal(await s.page.locator('[data-testid="timeline-event"]').count(), 0, 'no SVG marks in canvas mode');
    assert.ok(await s.page.locator('[data-testid="timeline-lane"]').count() >= 10, 'lanes stay SVG');

    // Zoom in so single events (not clusters) are drawn, then find a conflict mark (#c8453b) by its pixels.
    for (let i = 0; i < 4; i++) await s.page.click('[data-testid="timeline-zoom-in"]');
    await s.page.waitForTimeout(200);
    const spot = await findPainted(s.page, [0xc8, 0x45, 0x3b]);
    assert.ok(spot, 'a conflict mark is painted on the canvas');
    await s.page.mouse.move(spot.x, spot.y);
    await s.page.locator('[data-testid="hover-card"]').waitFor({ timeout: 5000 });
    await s.page.mouse.click(spot.x, spot.y);
    const detail = s.page.locator('[data-testid="detail-panel"] [data-kind="event"]');
    const cluster = await detail.count() === 0;
    if (cluster) {
      // The mark was a cluster: a click zooms in on it; click the nearest single mark now.
      const again = await findPainted(s.page, [0xc8, 0x45, 0x3b]);
      await s.page.mouse.click(again.x, again.y);
    }
    await detail.waitFor({ timeout: 5000 });
    assert.ok(await s.page.locator('[data-testid="source-view"] .in-evidence').count() > 0, 'the evidence sentence is highlighted');
    await s.page.screenshot({ path: `${SHOTS}/timeline-dense.png` });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
