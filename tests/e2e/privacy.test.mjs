// Privacy: nothing leaves the origin, the CSP forbids it, and the app works
// offline after its first load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, paste } from './harness.mjs';

test('the Content-Security-Policy allows no remote origin', async () => {
  const s = await open();
  try {
    const meta = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["default-src 'self'", "connect-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'"]) {
      assert.ok(meta.includes(directive), `CSP lacks ${directive}: ${meta}`);
    }
    assert.ok(!/https?:|\*/.test(meta), `CSP names a remote origin or a wildcard: ${meta}`);
    // A request to another origin is blocked by the policy.
    const outcome = await s.page.evaluate(async () => {
      try { await fetch('http://127.0.0.2:9/leak'); return 'sent'; } catch (e) { return 'blocked'; }
    });
    assert.equal(outcome, 'blocked');
    assert.ok(s.errors.some((e) => /Content Security Policy/.test(e)), 'the browser reports the CSP violation');
  } finally {
    await s.close();
  }
});

test('a whole session stays on the origin, and the app works with the network cut', async () => {
  const s = await open();
  try {
    await s.page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await s.page.reload();
    await s.page.waitForFunction(() => !!navigator.serviceWorker.controller);
    // Use the app: example, selection, export menu.
    await s.page.click('[data-testid="example-button"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 4);
    await s.page.locator('[data-testid="mention"]').first().click();
    // Cut the network and reload: the service worker serves the app.
    await s.context.setOffline(true);
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="article-item"]');
    // (a dispatch the example does not hold: one already in the list is not added again)
    await paste(s.page, await readFile(new URL('../corpus/dpa-de-2024-12-08-damaskus-assad-flucht.txt', import.meta.url), 'utf8'));
    await s.page.click('[data-testid="analyze-button"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 5);
    // The engine (its worker and wasm served by the service worker) analyses it offline.
    await s.page.waitForFunction(() => /5 documents/.test(document.querySelector('[data-testid="analysis-summary"]').innerText), null, { timeout: 20000 });
    assert.deepEqual(s.offOrigin(), [], 'requests left the origin');
  } finally {
    await s.context.setOffline(false);
    await s.close();
  }
});
