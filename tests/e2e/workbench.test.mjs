// The workbench: dispatches in, analysis out, the source text alive, nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, paste, readSeed, SHOTS } from './harness.mjs';

const analyze = async (page) => page.click('[data-testid="analyze-button"]');
const items = (page) => page.locator('[data-testid="article-item"]');
/** Replaces the open dispatch editor's text and checks it holds just that
 * (the editor once moved its caret to the start a task after opening, even
 * into a fill under way: the new text went in before the old one). */
const fillEditor = async (page, text) => {
  const editor = page.locator('[data-testid="dispatch-editor"]');
  await editor.fill(text);
  assert.equal(await editor.inputValue(), text.replace(/\r\n?/g, '\n'), 'the editor holds the new text only');
};
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
    // Their cards say the year is a guess, and why; a date the user sets ends the guess.
    const guessed = s.page.locator('[data-testid="article-item"]:has([data-testid="year-guessed"])');
    assert.equal(await guessed.count(), 2, 'the two year-less datelines');
    const badge = guessed.first().locator('[data-testid="year-guessed"]');
    assert.equal((await badge.innerText()).trim(), 'year 2024?');
    assert.match(await badge.getAttribute('title'), /no year\. .*other dispatches/);
    const card = s.page.locator(`[data-testid="article-item"][data-doc="${await guessed.first().getAttribute('data-doc')}"]`);
    await card.locator('.article-title').click();
    await card.locator('[data-testid="dct-input"]').fill(await card.getAttribute('data-dct'));
    await card.locator('[data-testid="dct-input"]').dispatchEvent('change');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="year-guessed"]').length === 1, null, { timeout: 20000 });
    await s.page.click('[data-testid="undo-button"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="year-guessed"]').length === 2, null, { timeout: 20000 });
    assert.equal(await s.page.locator('[data-testid="undated"]').count(), 0, 'no example dispatch is undated');
    // The only undated events are standing claims without a date of their own
    // ("Kinshasa … accuse le Rwanda de vouloir piller …"): every dated report is on the timeline.
    if (await s.page.locator('details.undated').count() > 0) {
      await s.page.locator('details.undated summary').click();
      await s.page.locator('[data-testid="timeline-undated"]').first().waitFor();
      const types = await s.page.locator('[data-testid="timeline-undated"] [data-type]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
      assert.ok(types.length > 0 && types.every((t) => ['ACCUSE', 'REJECT'].includes(t)), `undated example events are standing claims only: ${types}`);
      await s.page.locator('details.undated summary').click();
    }
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

test('a bundle of dispatches that each begin with a headline is split at the headlines', async () => {
  const s = await open();
  try {
    const bundle = [
      'Rebels reach the outskirts of Hama',
      'Syrian rebels led by Hayat Tahrir al-Sham reached the outskirts of Hama on Tuesday, a war monitor said.',
      'Russian jets strike Idlib',
      'Russian warplanes struck the city of Idlib overnight, killing at least nine civilians, rescuers said on Wednesday.',
    ].join('\n\n');
    await paste(s.page, bundle);
    await analyze(s.page);
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2, null, { timeout: 20000 });
    assert.match(await s.page.locator('[data-testid="notice"]').innerText(), /split into 2 dispatches at datelines, rule lines or headlines/);
    const titles = await items(s.page).allInnerTexts();
    assert.match(titles[0], /Rebels reach the outskirts of Hama/);
    assert.match(titles[1], /Russian jets strike Idlib/);
  } finally {
    await s.close();
  }
});

test('pasted markup is never markup: its tags are dropped (and said to be), its text kept', async () => {
  const s = await open();
  try {
    const hostile = 'Damaskus (dpa) - <img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> <svg onload="window.__pwned=3"></svg> Die Rebellen rückten vor. javascript:alert(1)';
    await paste(s.page, hostile);
    await analyze(s.page);
    await s.page.waitForSelector('[data-testid="article-item"]');
    const src = s.page.locator('[data-testid="source-view"]');
    await src.getByText('Die Rebellen rückten vor', { exact: false }).first().waitFor();
    assert.doesNotMatch(await src.innerText(), /<img|onerror|<script/);
    assert.match(await s.page.locator('[data-testid="notice"]').innerText(), /HTML markup/);
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

test('text pasted right after Analyze is kept: the box is emptied of what was added, not of what came next', async () => {
  const s = await open();
  try {
    // Analyze, then paste the next dispatch before the page has had a moment:
    // that second paste must be the one the next Analyze adds.
    const empty = await s.page.evaluate(async () => {
      const box = document.querySelector('[data-testid="article-input"]');
      const button = document.querySelector('[data-testid="analyze-button"]');
      const put = (t) => { box.value = t; box.dispatchEvent(new Event('input', { bubbles: true })); };
      put('KIEW (dpa) - Russland hat in der Nacht Kiew mit Drohnen angegriffen.');
      button.click();
      put('PARIS (AFP) - La France a condamné jeudi l\'attaque.');
      await new Promise((r) => setTimeout(r, 50));
      const left = box.value;
      button.click();
      return left;
    });
    assert.match(empty, /^PARIS/, 'the second paste is still in the box');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2, null, { timeout: 15000 });
    await s.page.waitForSelector('[data-testid="article-item"][data-lang="fr"]', { timeout: 15000 });
    assert.deepEqual(await items(s.page).evaluateAll((els) => els.map((e) => e.dataset.lang)), ['de', 'fr']);
  } finally {
    await s.close();
  }
});

test('Try an example over your own work asks first: Cancel keeps it, OK replaces it, Undo brings it back', async () => {
  const s = await open();
  try {
    await paste(s.page, await readSeed());
    await s.page.click('[data-testid="analyze-button"]');
    await s.page.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    await s.page.click('[data-testid="example-button"]');
    await s.page.waitForFunction(() => true);
    assert.match(s.dialogs.at(-1) ?? '', /Replace your dispatch .*example\? Undo brings/);
    assert.equal(await items(s.page).count(), 1, 'Cancel keeps the work as it was');
    s.page.removeAllListeners('dialog');
    s.page.once('dialog', (d) => d.accept());
    await s.page.click('[data-testid="example-button"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 4);
    await s.page.click('[data-testid="undo-button"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 1);
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

/** The text the source view shows (text nodes only). */
const sourceText = (page) => page.locator('[data-testid="source-view"] .doc-text').evaluate((el) => el.textContent);
/** Waits until the source view shows a text that passes `test`. */
const waitSource = (page, re) => page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-testid="source-view"] .doc-text')?.textContent ?? ''), re.source, { timeout: 20000 });

test('editing a dispatch\'s text fixes its dateline: re-analysed, saved, kept on reload, undoable', async (t) => {
  const s = await open();
  try {
    const seed = await readSeed();
    await paste(s.page, seed);
    await analyze(s.page);
    await s.page.waitForSelector('[data-testid="article-item"][data-dct="2024-12-04"]');
    await s.page.click('[data-testid="edit-dispatch"]');
    const editor = s.page.locator('[data-testid="dispatch-editor"]');
    await editor.waitFor();
    assert.equal(await editor.inputValue(), seed, 'the editor opens on the dispatch\'s text');
    // the focus moves once the box is drawn (a task after the click)
    await s.page.waitForFunction(() => document.activeElement?.dataset.testid === 'dispatch-editor', null, { timeout: 5000 });
    assert.equal(await editor.evaluate((el) => [el.selectionStart, el.scrollTop].join()), '0,0', 'at the start of the text');
    await s.page.screenshot({ path: `${SHOTS}/workbench-editor.png` });
    // Empty text: a clear message, nothing lost, the editor stays open.
    await editor.fill('  \n ');
    await s.page.click('[data-testid="save-dispatch"]');
    await s.page.waitForSelector('[data-testid="notice"]');
    assert.match(await s.page.locator('[data-testid="notice"]').innerText(), /empty: nothing was changed/);
    assert.equal(await items(s.page).count(), 1);
    assert.equal(await s.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dispatch-atlas/text@2/')).map((k) => localStorage.getItem(k))[0]), seed, 'the saved text is untouched');
    // Escape in the editor keeps the draft (the page's Escape would clear the selection).
    await fillEditor(s.page, seed.replace('Moskau, 4. Dezember 2024 (AFP)', 'Moskau, 5. Dezember 2024 (AFP)'));
    await editor.press('Escape');
    assert.equal(await editor.count(), 1, 'Escape does not drop the draft');
    const t0 = Date.now();
    await editor.press('Control+Enter'); // = Save
    await editor.waitFor({ state: 'detached' });
    await s.page.waitForSelector('[data-testid="article-item"][data-dct="2024-12-05"]', { timeout: 20000 });
    t.diagnostic(`save → re-analysed date shown: ${Date.now() - t0} ms`);
    await s.page.waitForFunction(() => document.activeElement?.dataset.testid === 'edit-dispatch', null, { timeout: 5000 });
    assert.equal(await items(s.page).count(), 1, 'the same dispatch, not a new one');
    await waitSource(s.page, /Moskau, 5\. Dezember 2024 \(AFP\)/);
    assert.doesNotMatch(await sourceText(s.page), /4\. Dezember 2024/);
    assert.match(await s.page.locator('[data-testid="source-view"] .doc-head').innerText(), /5 Dec 2024/);
    // Saved as it changed: a reload keeps the edit.
    await s.page.waitForFunction((t) => Object.keys(localStorage).some((k) => k.startsWith('dispatch-atlas/text@2/') && localStorage.getItem(k) === t), seed.replace('4. Dezember', '5. Dezember'), { timeout: 10000 });
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="article-item"][data-dct="2024-12-05"]', { timeout: 20000 });
    await waitSource(s.page, /Moskau, 5\. Dezember 2024/);
    // The edit is one step of the undo history (kept over the reload).
    await s.page.evaluate(() => document.activeElement?.blur());
    await s.page.keyboard.press('Control+z');
    await s.page.waitForSelector('[data-testid="article-item"][data-dct="2024-12-04"]', { timeout: 20000 });
    assert.equal(await items(s.page).count(), 1);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('split at the cursor makes two dispatches in place; join with next makes one again', async (t) => {
  const s = await open();
  try {
    // One paste the bundle splitter keeps whole (no dateline, no rule line),
    // with characters of two UTF-16 units before the cursor.
    const first = 'Rebels attacked the town of Kadugli on Monday 🔥, residents said.';
    const second = 'The army said on Tuesday that it had repelled the attack on the town.';
    await paste(s.page, `${first}\n${second}`);
    await analyze(s.page);
    await s.page.waitForSelector('[data-testid="article-item"][data-lang="en"]');
    await paste(s.page, 'BEIRUT (Reuters) - Israeli jets struck southern Lebanon on Tuesday, the army said.');
    await analyze(s.page);
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang="en"]').length === 2);
    await items(s.page).first().locator('.article-title').click();
    await s.page.click('[data-testid="edit-dispatch"]');
    const editor = s.page.locator('[data-testid="dispatch-editor"]');
    // A cursor at the very start: refused with a message, nothing changes.
    await editor.evaluate((el) => { el.focus(); el.setSelectionRange(0, 0); });
    await s.page.click('[data-testid="split-dispatch"]');
    await s.page.waitForSelector('[data-testid="notice"]');
    assert.match(await s.page.locator('[data-testid="notice"]').innerText(), /cursor/);
    assert.equal(await items(s.page).count(), 2);
    // The cursor at the start of the second sentence (a UTF-16 offset, after the emoji).
    await editor.evaluate((el) => { const at = el.value.indexOf('The army'); el.focus(); el.setSelectionRange(at, at); });
    const t0 = Date.now();
    await s.page.click('[data-testid="split-dispatch"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 3);
    await editor.waitFor({ state: 'detached' });
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang="en"]').length === 3, null, { timeout: 20000 });
    t.diagnostic(`split → both parts analysed: ${Date.now() - t0} ms`);
    // One undo step: Ctrl+Z puts the dispatch back whole, Ctrl+Shift+Z splits it again.
    await s.page.evaluate(() => document.activeElement?.blur());
    await s.page.keyboard.press('Control+z');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
    await s.page.keyboard.press('Control+Shift+z');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang="en"]').length === 3, null, { timeout: 20000 });
    // In place: the two parts first, then the dispatch that followed.
    const titles = await items(s.page).locator('.title-text').allInnerTexts();
    assert.match(titles[0], /Rebels attacked/);
    assert.match(titles[1], /The army said/);
    assert.match(titles[2], /BEIRUT|Israeli jets/);
    await waitSource(s.page, /residents said\.$/);
    assert.equal(await sourceText(s.page), first);
    await items(s.page).nth(1).locator('.article-title').click();
    await waitSource(s.page, /^The army/);
    assert.equal(await sourceText(s.page), second);
    // Join with next puts the text back together.
    await items(s.page).first().locator('.article-title').click();
    await s.page.click('[data-testid="join-next"]');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
    await waitSource(s.page, /residents said\.\nThe army/);
    assert.equal(await sourceText(s.page), `${first}\n${second}`);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('picked .txt and .html files become dispatches; the HTML shows only its text and runs nothing', async () => {
  const s = await open();
  try {
    const txt = 'KYIV, Ukraine (AP) — Russian drones hit Kyiv overnight, officials said on Wednesday.\n';
    const html = `<!doctype html><html><head><title>Wire</title>
<script>window.__pwned = 1; alert('script');</script><style>p { color: red }</style></head>
<body><img src="x" onerror="window.__pwned = 2; alert('img')">
<p>GOMA, Congo (Reuters) - M23 rebels said on Monday they had taken the airport of <b>Goma</b> &amp; the city centre.</p>
<svg onload="window.__pwned = 3"></svg></body></html>`;
    await s.page.setInputFiles('[data-testid="file-input"]', [
      { name: 'kyiv.txt', mimeType: 'text/plain', buffer: Buffer.from(txt) },
      { name: 'goma.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    ]);
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang="en"]').length === 2, null, { timeout: 20000 });
    await items(s.page).filter({ hasText: 'Kyiv' }).locator('.article-title').click();
    await waitSource(s.page, /Russian drones hit Kyiv/);
    assert.equal((await sourceText(s.page)).trim(), txt.trim());
    await items(s.page).filter({ hasText: 'Goma' }).locator('.article-title').click();
    await waitSource(s.page, /M23 rebels/);
    const text = await sourceText(s.page);
    assert.match(text, /GOMA, Congo \(Reuters\) - M23 rebels said on Monday they had taken the airport of Goma & the city centre\./);
    assert.doesNotMatch(text, /[<>]|__pwned|onerror|color: red/, `only the text: ${text}`);
    assert.equal(await s.page.locator('[data-testid="source-view"] img, [data-testid="source-view"] script, [data-testid="source-view"] svg[onload], [data-testid="source-view"] b').count(), 0);
    assert.equal(await s.page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(s.dialogs, []);
    assert.deepEqual(s.offOrigin(), [], 'nothing fetched (no <img src=x>)');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a correction keeps applying when its dispatch\'s text is edited elsewhere, and after a split', async () => {
  const s = await open();
  const p = s.page;
  try {
    const seed = await readSeed();
    await paste(p, seed);
    await analyze(p);
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-03"]', { timeout: 15000 });
    // Re-date the Hama event (its sentence is the sixth line). Selected from
    // the keyboard: Enter acts on the focused mark itself, where a click is
    // hit-tested at a point, and a timeline still settling its width right
    // after the first analysis could move another mark under that point.
    await p.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.querySelector('[data-testid="detail-panel"]')?.textContent.includes('vor den Toren von Hama'));
    await p.locator('[data-testid="event-editor"] summary').click();
    await p.fill('[data-testid="event-editor"] [data-testid="edit-date"]', '2024-12-02');
    await p.click('[data-testid="event-editor"] [data-testid="save-date"]');
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]');
    // Edit the first sentence (the text before the event's sentence grows),
    // once the page is done analysing
    await p.waitForFunction(() => /Analysed in/.test(document.querySelector('[data-testid="status"]')?.innerText ?? ''));
    await items(p).first().locator('.article-title').click();
    await p.click('[data-testid="edit-dispatch"]');
    const editor = p.locator('[data-testid="dispatch-editor"]');
    await fillEditor(p, seed.replace('Die Chefs der russischen', 'Die obersten Chefs der russischen'));
    await p.click('[data-testid="save-dispatch"]');
    await waitSource(p, /Die obersten Chefs/);
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]').catch(async (e) => {
      // (this wait failed twice in about forty runs: say what the page showed)
      const changes = await p.$$eval('[data-testid="change-item"]', (els) => els.map((el) => `${el.className}: ${el.textContent}`));
      const marks = await p.$$eval('[data-testid="timeline-event"]', (els) => els.map((el) => `${el.dataset.events}@${el.dataset.date}`));
      const store = await p.evaluate(() => {
        const w = JSON.parse(localStorage.getItem('dispatch-atlas/workspace@2') ?? '{}');
        const id = w.dispatches?.[0]?.id;
        const text = localStorage.getItem(`dispatch-atlas/text@2/${id}`) ?? '';
        return { corrections: w.corrections, hama: text.indexOf('Sie traf'), head: text.slice(0, 40) };
      });
      const status = await p.locator('[data-testid="status"]').innerText();
      throw new Error(`${e.message}\nchanges: ${JSON.stringify(changes)}\nmarks: ${JSON.stringify(marks)}\nstore: ${JSON.stringify(store)}\nstatus: ${status}`);
    });
    assert.equal(await p.locator('[data-testid="change-item"]').count(), 1);
    assert.equal(await p.locator('[data-testid="change-item"].stale').count(), 0, 'the re-dating still applies');
    // Split before the event's paragraph: the correction moves with it to the new dispatch.
    await p.click('[data-testid="edit-dispatch"]');
    // (once the opened editor has taken the focus, with its cursor at the
    // start; then the cursor is placed and the button pressed in one task)
    await p.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'dispatch-editor');
    await editor.evaluate((el) => {
      const at = el.value.indexOf('Eine Koalition von Rebellen');
      el.focus();
      el.setSelectionRange(at, at);
      document.querySelector('[data-testid="split-dispatch"]').click();
    });
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"][data-lang="de"]').length === 2, null, { timeout: 20000 });
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-12-02"]');
    assert.equal(await p.locator('[data-testid="change-item"].stale').count(), 0, 'still applies after the split');
    // The second part has no dateline: it keeps the whole's date, and its
    // "am 27. November" is still 2024
    assert.equal(await items(p).nth(1).getAttribute('data-dct'), '2024-12-04');
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2024-11-27"]');
    // Saved a moment after the change.
    await p.waitForFunction(() => JSON.parse(localStorage.getItem('dispatch-atlas/workspace@2') ?? '{}').dispatches?.length === 2, null, { timeout: 10000 });
    const saved = JSON.parse(await p.evaluate(() => localStorage.getItem('dispatch-atlas/workspace@2')));
    const [first, second] = saved.dispatches.map((d) => d.id);
    const key = saved.corrections[0].event.evidence;
    assert.equal(key.dispatch, second, 'the correction moved to the second part');
    const secondText = await p.evaluate((id) => localStorage.getItem(`dispatch-atlas/text@2/${id}`), second);
    // The key's start is a byte offset (UTF-8) into the new dispatch's text.
    assert.equal(Buffer.from(secondText).subarray(key.start, key.start + Buffer.byteLength(key.text)).toString(), key.text);
    assert.ok(first !== second);
    // Editing the event's own sentence: the correction no longer applies, and says so.
    await items(p).nth(1).locator('.article-title').click();
    await p.click('[data-testid="edit-dispatch"]');
    await fillEditor(p, (await editor.inputValue()).replace('vor den Toren von Hama', 'vor Hama'));
    await p.click('[data-testid="save-dispatch"]');
    await p.waitForSelector('[data-testid="change-item"].stale', { state: 'attached', timeout: 20000 });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a dispatch that gives no date says so on its card until the reader sets one', async () => {
  const s = await open();
  const p = s.page;
  try {
    await paste(p, 'GOMA, Congo (AP) - M23 rebels said Monday they had captured Goma, the largest city in eastern Congo.');
    await analyze(p);
    const card = items(p).first();
    await card.locator('[data-testid="undated"]').waitFor({ timeout: 20000 });
    assert.match(await card.locator('[data-testid="undated"]').getAttribute('title'), /gives no date/);
    await card.locator('.article-title').click();
    await card.locator('[data-testid="dct-input"]').fill('2025-01-27');
    await card.locator('[data-testid="dct-input"]').dispatchEvent('change');
    await p.waitForFunction(() => !document.querySelector('[data-testid="undated"]'), null, { timeout: 20000 });
    assert.equal(await card.getAttribute('data-dct'), '2025-01-27');
  } finally {
    await s.close();
  }
});
