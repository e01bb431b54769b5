// Hostile and odd pastes: nothing executes, the page stays usable, limits are
// stated, nothing already saved is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { open, paste, readSeed } from './harness.mjs';

const HOSTILE = 'tests/hostile';

async function addText(p, text) {
  if (text.length > 200_000) {
    // A big paste: set the value and fire the input event, as the clipboard does.
    await p.evaluate((t) => {
      const el = document.querySelector('[data-testid="article-input"]');
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  } else {
    await paste(p, text);
  }
  await p.click('[data-testid="analyze-button"]');
}

test('injection strings, RTL, emoji, zero-width, CRLF, NUL and binary junk: inert, no crash, seed kept', async () => {
  const s = await open();
  const p = s.page;
  try {
    await addText(p, await readSeed());
    await p.waitForSelector('[data-testid="article-item"][data-lang="de"]');
    const names = (await readdir(HOSTILE)).filter((n) => n.endsWith('.txt')).sort();
    assert.ok(names.length >= 5, `hostile corpus: ${names}`);
    for (const name of names) {
      const text = (await readFile(`${HOSTILE}/${name}`, 'utf8'));
      await addText(p, text);
    }
    // A dispatch written in Arabic (a right-to-left script).
    await addText(p, 'بيروت (أ ف ب) - عاد آلاف الأشخاص يوم الأربعاء إلى جنوب لبنان بعد بدء وقف إطلاق النار.');
    // Binary junk (deterministic), as a browser would decode it.
    let x = 12345;
    const junk = Array.from({ length: 20000 }, () => { x = (x * 1103515245 + 12345) & 0x7fffffff; return String.fromCharCode(x % 0xd7ff); }).join('');
    await addText(p, junk);
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid="article-item"]').length >= n, names.length + 3, { timeout: 30000 });
    await p.waitForFunction(() => !/Analysing/.test(document.querySelector('[data-testid="status"]').innerText), null, { timeout: 30000 });
    // Visit every dispatch's source: text stays text.
    const count = await p.locator('[data-testid="article-item"]').count();
    for (let i = 0; i < count; i++) {
      await p.locator('[data-testid="article-item"] .article-title').nth(i).click();
    }
    // The right-to-left dispatch reads right to left, in its card and in the source.
    const rtlIndex = await p.evaluate(() => [...document.querySelectorAll('[data-testid="article-item"] .title-text')]
      .findIndex((t) => /^[\u0600-\u06ff]/.test(t.textContent.trim())));
    assert.ok(rtlIndex >= 0, 'the right-to-left dispatch has a card');
    const title = p.locator('[data-testid="article-item"] .title-text').nth(rtlIndex);
    assert.equal(await title.evaluate((el) => getComputedStyle(el).direction), 'rtl', 'its title runs right to left');
    await p.locator('[data-testid="article-item"] .article-title').nth(rtlIndex).click();
    await p.waitForFunction(() => /^[\u0600-\u06ff]/.test((document.querySelector('[data-testid="source-view"] .doc-text')?.textContent || '').trim()));
    assert.equal(await p.locator('[data-testid="source-view"] .doc-text').evaluate((el) => getComputedStyle(el).direction), 'rtl', 'its source runs right to left');
    // It is no "English" text: not in the details, not on the source's badge.
    assert.equal(await p.locator('[data-testid="doc-language"]').innerText(), 'Arabic script (not read)');
    assert.equal(await p.locator('[data-testid="source-view"] .lang-badge').first().innerText(), '?');
    // A dispatch in a script the engine does not read says so (the binary junk, mostly CJK, too).
    assert.ok(await p.locator('[data-testid="script-warning"]').count() >= 1, 'a warning for a non-Latin dispatch');
    assert.match(await p.locator('[data-testid="script-warning"]').first().innerText(), /script: Dispatch Atlas reads German, English, French and Spanish/);
    assert.equal(await p.evaluate(() => window.__pwned), undefined, 'no injected script ran');
    assert.equal(await p.locator('[data-testid="source-view"] script, [data-testid="source-view"] img, [data-testid="source-view"] iframe, [data-testid="source-view"] object').count(), 0);
    assert.deepEqual(s.dialogs, [], 'no alert/confirm/prompt opened');
    assert.deepEqual(s.offOrigin(), []);
    assert.deepEqual(s.errors.filter((e) => !/Content Security Policy/.test(e)), [], 'no page errors (a panic would show here)');
    // The seed is still there after a reload.
    await p.reload();
    await p.waitForSelector('[data-testid="article-item"][data-lang="de"]');
  } finally {
    await s.close();
  }
});

test('a 10 MB paste and a 1 MB line without spaces: cut with a clear message, the page stays responsive', async () => {
  const s = await open();
  const p = s.page;
  try {
    const seed = await readSeed();
    // (each copy its own: a dispatch already in the list is not added again)
    const big = Array.from({ length: Math.ceil(10_000_000 / seed.length) }, (_, i) => `Meldung ${i + 1}\n${seed}`).join('\n');
    await addText(p, big);
    // First the split notice, then (once saving is tried) the one that matters here:
    // the text does not fit the browser's storage or the size limits.
    await p.waitForFunction(
      () => /2 MB|12 MB|storage/.test(document.querySelector('[data-testid="notice"]')?.innerText ?? ''),
      null,
      { timeout: 60000 },
    );
    // …told after the split notice, not in its place.
    assert.match(await p.locator('[data-testid="notice"]').innerText(), /split into \d+ dispatches[\s\S]*storage is full/);
    await p.waitForSelector('[data-testid="article-item"]', { timeout: 60000 });
    // Still responsive: the theme toggles.
    await p.click('[data-testid="theme-toggle"]');
    assert.equal(await p.locator('[data-testid="app"]').getAttribute('data-theme'), 'dark');
    await p.click('[data-testid="clear-all"]').catch(() => {});
    const line = 'x'.repeat(1_000_000);
    await addText(p, line);
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length >= 1, null, { timeout: 60000 });
    await p.click('[data-testid="theme-toggle"]');
    assert.equal(await p.locator('[data-testid="app"]').getAttribute('data-theme'), 'light');
    assert.deepEqual(s.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  } finally {
    await s.close();
  }
});

test('pasted HTML markup gives its text (with its dateline) and says so; a paste of emoji alone is kept but said to hold no words', async () => {
  const s = await open();
  const p = s.page;
  try {
    await addText(p, '<p>KYIV, May 1 (Reuters) - Russian forces shelled Kharkiv on Thursday, the regional governor said.</p><p>Two people were killed.</p><script>window.__pwned = 1</script>');
    await p.waitForSelector('[data-testid="notice"]');
    assert.match(await p.locator('[data-testid="notice"]').innerText(), /HTML markup: its tags were removed/);
    await p.waitForSelector('[data-testid="article-item"]');
    const item = await p.locator('[data-testid="article-item"]').first().innerText();
    assert.match(item, /KYIV, May 1 \(Reuters\)/, `the dateline is read: ${item}`);
    assert.doesNotMatch(await p.locator('[data-testid="source-view"]').innerText(), /<p>|<script|__pwned/);
    assert.equal(await p.evaluate(() => window.__pwned), undefined);
    await addText(p, '🚀🔥 💥 !!! 2024');
    await p.waitForFunction(() => /no words \(only numbers, symbols or emoji\)/.test(document.querySelector('[data-testid="notice"]')?.innerText ?? ''));
    assert.equal(await p.locator('[data-testid="article-item"]').count(), 2, 'the paste is kept');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('pasting a dispatch already in the list again adds nothing and says so; a new one in the same paste is added', async () => {
  const s = await open();
  const p = s.page;
  try {
    const one = 'BEIRUT (Reuters) - Israeli strikes hit the southern suburbs of Beirut on Monday, the army said.';
    const two = 'GAZA (AP) - A truce held in Gaza on Tuesday, witnesses said.';
    await addText(p, one);
    await p.waitForSelector('[data-testid="article-item"]');
    assert.equal(await p.locator('[data-testid="article-item"]').count(), 1);
    await addText(p, `${one}\n\n${two}`);
    await p.waitForFunction(() => /already in the list/.test(document.querySelector('[data-testid="notice"]')?.innerText ?? ''));
    assert.equal(await p.locator('[data-testid="article-item"]').count(), 2, 'only the new dispatch is added');
    await addText(p, `  ${two}  `);
    await p.waitForFunction(() => /One dispatch was already in the list/.test(document.querySelector('[data-testid="notice"]')?.innerText ?? ''));
    assert.equal(await p.locator('[data-testid="article-item"]').count(), 2);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
