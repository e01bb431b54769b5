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
