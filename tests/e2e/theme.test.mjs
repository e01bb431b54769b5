// The theme follows the system's colour scheme until the user chooses one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, SHOTS } from './harness.mjs';

test('theme: follows prefers-color-scheme (also while it changes) until the user picks one, which then sticks', async () => {
  const s = await open();
  const p = s.page;
  const theme = () => p.locator('[data-testid="app"]').getAttribute('data-theme');
  try {
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.reload();
    await p.waitForSelector('[data-testid="article-input"]');
    assert.equal(await theme(), 'dark', 'a dark system opens dark');
    await p.screenshot({ path: `${SHOTS}/theme-system-dark.png` });
    await p.emulateMedia({ colorScheme: 'light' });
    await p.waitForFunction(() => document.querySelector('[data-testid="app"]').dataset.theme === 'light');
    // Not chosen: a reload follows the system again.
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.reload();
    await p.waitForSelector('[data-testid="article-input"]');
    assert.equal(await theme(), 'dark');
    // The user's choice wins over the system's, now and after a reload.
    await p.click('[data-testid="theme-toggle"]');
    assert.equal(await theme(), 'light');
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.reload();
    await p.waitForSelector('[data-testid="article-input"]');
    assert.equal(await theme(), 'light', 'the chosen theme sticks');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
