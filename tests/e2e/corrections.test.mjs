// Corrections are data: they survive reloads and new dispatches, and undo walks them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, paste, SHOTS, analyzeSeed } from './harness.mjs';

test('merge, re-date, re-geocode by clicking the map; reload; add a dispatch; undo', async () => {
  const s = await open();
  const p = s.page;
  try {
    await analyzeSeed(p);
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

    // Undo walks back: the dispatch, the place, the date, the merge; its
    // button names the step it undoes.
    const undoName = () => p.getAttribute('[data-testid="undo-button"]', 'aria-label');
    assert.equal(await undoName(), 'Undo: Added a dispatch');
    await p.click('[data-testid="undo-button"]');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 1);
    assert.match(await undoName(), /^Undo: Placed “Hama” at /);
    assert.match(await p.getAttribute('[data-testid="redo-button"]', 'title'), /^Redo: Added a dispatch \(Ctrl\+Shift\+Z\)$/);
    await p.click('[data-testid="undo-button"]');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="change-item"]').length === 2);
    assert.match(await undoName(), /^Undo: Event “.+” dated 2024-12-02$/);
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
    await analyzeSeed(p);
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
    // (No notice at all is fine: innerText would wait 30 s for one.)
    const notice = (await p.locator('[data-testid="notice"]').count()) ? await p.locator('[data-testid="notice"]').innerText() : '';
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

test('a correction form stays open on its item: two fixes in a row, focus kept, a delete closes it with a note', async () => {
  const s = await open();
  const p = s.page;
  try {
    await analyzeSeed(p);
    const changes = () => p.locator('[data-testid="change-item"]').count();
    const focused = () => p.evaluate(() => {
      const el = document.activeElement;
      return el && (el.getAttribute('aria-label') || el.dataset.testid || el.tagName);
    });

    // The Hama event; its form opened once, by its summary.
    const eid = await p.locator('[data-testid="timeline-event"][data-date="2024-12-03"]').first().getAttribute('data-event');
    await p.locator(`[data-testid="timeline-event"][data-events~="${eid}"]`).first().click();
    const editor = p.locator('[data-testid="event-editor"]');
    await editor.locator('summary').click();
    assert.equal(await editor.evaluate((d) => d.open), true);
    // The form unfolds below the fold of the scrolling panel: it is brought into view, down to its last row.
    await p.waitForFunction(() => {
      const panel = document.querySelector('[data-testid="detail-panel"]').getBoundingClientRect();
      const last = document.querySelector('[data-testid="event-editor"] [data-testid="delete-event"]').getBoundingClientRect();
      return last.bottom <= panel.bottom + 1 && last.top >= panel.top - 1;
    }, null, { timeout: 3000 });

    // 1. Retype it, from the keyboard's point of view: the select has the focus.
    const type = editor.locator('[data-testid="event-type"]');
    const from = await type.inputValue();
    const to = from === 'PROTEST' ? 'COERCE' : 'PROTEST';
    await type.focus();
    await type.selectOption(to);
    await p.waitForSelector(`[data-testid="timeline-event"][data-events~="${eid}"][data-type="${to}"]`);
    assert.equal(await changes(), 1);
    assert.equal(await editor.evaluate((d) => d.open), true, 'the form stays open after a correction');
    assert.equal(await editor.locator('[data-testid="event-type"]').inputValue(), to);
    await p.waitForFunction(() => document.activeElement?.dataset.testid === 'event-type');
    // Changing one's mind (or stepping through the list with the arrow
    // keys): the second type replaces the first correction, and back.
    const other = ['COERCE', 'ASSAULT', 'PROTEST'].find((t) => t !== from && t !== to);
    await editor.locator('[data-testid="event-type"]').selectOption(other);
    await p.waitForSelector(`[data-testid="timeline-event"][data-events~="${eid}"][data-type="${other}"]`);
    await editor.locator('[data-testid="event-type"]').selectOption(to);
    await p.waitForSelector(`[data-testid="timeline-event"][data-events~="${eid}"][data-type="${to}"]`);
    assert.equal(await changes(), 1, 'one correction for the type');

    // 2. Without reopening: add an actor the event does not have yet, as its target.
    const names = await editor.locator('.chip').allInnerTexts();
    const options = await editor.locator('select[aria-label="Actor"] option').allTextContents();
    const who = options.find((o) => o !== 'Add actor…' && !names.some((n) => n.startsWith(`${o} ·`)));
    assert.ok(who, `an actor to add among ${options}`);
    const aid = await p.locator(`[data-testid="actor-node"][data-name="${who}"]`).getAttribute('data-actor');
    await editor.locator('select[aria-label="Actor"]').selectOption(who);
    await editor.locator('select[aria-label="Role"]').selectOption('target');
    await editor.locator('button', { hasText: /^Add$/ }).click();
    // Both corrections show in the views: the new type, and a mark in the actor's lane.
    await p.waitForSelector(`[data-testid="timeline-event"][data-lane="${aid}"][data-events~="${eid}"]`);
    await p.waitForSelector(`[data-testid="timeline-event"][data-events~="${eid}"][data-type="${to}"]`);
    assert.equal(await changes(), 2);
    assert.equal(await editor.evaluate((d) => d.open), true);
    assert.equal(await p.locator('[data-testid="detail-panel"] [data-kind="event"] .role', { hasText: 'target' }).count() > 0, true);
    assert.equal(await focused(), 'BUTTON', 'the focus stays on the Add button');

    // 3. Keyboard: remove that actor again with its chip's button.
    await editor.locator(`button[aria-label="Remove ${who} (target) from this event"]`).focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(([a, e]) => !document.querySelector(`[data-testid="timeline-event"][data-lane="${a}"][data-events~="${e}"]`), [aid, eid]);
    assert.equal(await changes(), 2, 'the actors set again: one correction of them');
    assert.equal(await editor.evaluate((d) => d.open), true);
    // Its button is gone: the focus goes to the form's summary, not to the page.
    await p.waitForFunction(() => document.activeElement?.tagName === 'SUMMARY');

    // 4. Deleting the event closes the form and says why; the note takes the focus.
    await editor.locator('[data-testid="delete-event"]').click();
    const note = p.locator('[data-testid="editor-note"]');
    await note.waitFor();
    assert.match(await note.innerText(), /is gone after your last change.*Undo/s);
    assert.equal(await p.locator('[data-testid="event-editor"]').count(), 0);
    await p.waitForFunction(() => document.activeElement?.dataset.testid === 'editor-note');
    assert.equal(await p.locator(`[data-testid="timeline-event"][data-events~="${eid}"]`).count(), 0);

    // An actor: rename, then change its kind, in one opening of its form.
    const actor = p.locator(`[data-testid="actor-node"][data-actor="${aid}"]`);
    await actor.click();
    assert.equal(await note.count(), 0, 'a new selection drops the note');
    const aeditor = p.locator('[data-testid="actor-editor"]');
    await aeditor.locator('summary').click();
    await aeditor.locator('input[aria-label="Name"]').fill(`${who} (renamed)`);
    await aeditor.locator('[data-testid="rename-actor"]').click();
    await p.waitForSelector(`[data-testid="actor-node"][data-actor="${aid}"][data-name="${who} (renamed)"]`);
    assert.equal(await aeditor.evaluate((d) => d.open), true);
    const orig = await actor.getAttribute('data-kind');
    const kind = orig === 'organisation' ? 'state' : 'organisation';
    await aeditor.locator('[data-testid="actor-kind"]').selectOption(kind);
    await p.waitForSelector(`[data-testid="actor-node"][data-actor="${aid}"][data-kind="${kind}"][data-name="${who} (renamed)"]`);
    assert.equal(await aeditor.evaluate((d) => d.open), true);
    assert.equal(await changes(), 5);
    // The arrow keys on the closed kind list change the kind at each press:
    // still one correction and one undo step, which goes back to the kind before.
    await aeditor.locator('[data-testid="actor-kind"]').focus();
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await p.waitForFunction(([a, k]) => {
      const n = document.querySelector(`[data-testid="actor-node"][data-actor="${a}"]`);
      return n && n.dataset.kind !== k;
    }, [aid, kind]);
    assert.equal(await changes(), 5);
    await p.click('[data-testid="undo-button"]');
    await p.waitForSelector(`[data-testid="actor-node"][data-actor="${aid}"][data-kind="${orig}"][data-name="${who} (renamed)"]`);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('an event made from a selected sentence opens its form; retyping an event or a relation redraws the actor map', async () => {
  const s = await open();
  const p = s.page;
  try {
    await paste(p, 'GOMA, Democratic Republic of Congo, March 14, 2025 (Reuters) - M23 rebels backed by Rwanda seized the town of Walikale on Friday, local officials said.\n'
      + 'Congolese President Felix Tshisekedi and Rwandan President Paul Kagame had a long phone call.\n');
    await p.click('[data-testid="analyze-button"]');
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
    const edges = (type) => p.locator(`[data-testid="actor-edge"][data-type="${type}"]`).count();
    const [opposes, contact] = [await edges('opposes'), await edges('contact')];
    const events = await p.locator('[data-testid="timeline-event"]').count();

    // Open the dispatch in the source view and select "phone call" in its second sentence.
    await p.locator('[data-testid="article-item"]').first().click();
    await p.waitForSelector('[data-testid="source-view"] .doc-text');
    await p.evaluate(() => {
      const root = document.querySelector('[data-testid="source-view"] .doc-text');
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const at = n.data.indexOf('phone call');
        if (at >= 0) {
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + 'phone call'.length);
          getSelection().removeAllRanges();
          getSelection().addRange(r);
          return;
        }
      }
      throw new Error('no "phone call" in the source view');
    });
    await p.click('[data-testid="add-event-from-selection"]');

    // The new event is selected, its form open, dated by the dispatch, labelled by the selection.
    const editor = p.locator('[data-testid="event-editor"]');
    await editor.waitFor();
    assert.equal(await editor.evaluate((d) => d.open), true, 'the form of the new event is open');
    assert.match(await p.locator('[data-testid="detail-panel"] [data-kind="event"]').innerText(), /phone call/);
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid="timeline-event"]').length > n, events);
    await p.waitForSelector('[data-testid="timeline-event"][data-date="2025-03-14"][data-selected="true"], [data-testid="timeline-event"][data-date="2025-03-14"].selected');
    // Made an assault (the form's default): its first actor opposes the others in the actor map.
    await p.waitForFunction(([n]) => document.querySelectorAll('[data-testid="actor-edge"][data-type="opposes"]').length > n, [opposes]);

    // Retyped as talks: the oppositions it drew go, contacts come.
    await editor.locator('[data-testid="event-type"]').selectOption('CONSULT');
    await p.waitForFunction(([n, c]) => document.querySelectorAll('[data-testid="actor-edge"][data-type="opposes"]').length === n
      && document.querySelectorAll('[data-testid="actor-edge"][data-type="contact"]').length > c, [opposes, contact]);

    // A relation retyped in the actor's details: Rwanda no longer backs M23 in the actor map.
    const rwanda = await p.locator('[data-testid="actor-node"][data-name="Rwanda"]').getAttribute('data-actor');
    const m23 = await p.locator('[data-testid="actor-node"][data-name="M23"]').getAttribute('data-actor');
    const backs = `[data-testid="actor-edge"][data-type="supports"][data-a="${rwanda}"][data-b="${m23}"]`;
    await p.waitForSelector(backs);
    await p.locator('[data-testid="actor-node"][data-name="Rwanda"]').click();
    const row = p.locator('[data-testid="relation-row"]', { has: p.locator('a, button', { hasText: 'M23' }) }).first();
    await row.waitFor();
    // the type shows once, as the select's value, before the other actor
    assert.equal(await row.locator('.role').count(), 0);
    assert.equal(await row.locator('[data-testid="retype-relation"]').inputValue(), 'supports');
    await row.locator('[data-testid="retype-relation"]').selectOption('opposes');
    await p.waitForFunction((sel) => !document.querySelector(sel), backs);
    await p.waitForSelector(`[data-testid="actor-edge"][data-type="opposes"][data-a="${rwanda}"][data-b="${m23}"], [data-testid="actor-edge"][data-type="opposes"][data-a="${m23}"][data-b="${rwanda}"]`);
    await p.screenshot({ path: `${SHOTS}/corrections-redraw.png` });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('renaming an actor to another actor\'s name offers to merge them instead of drawing two of one name', async () => {
  const s = await open();
  const p = s.page;
  try {
    await analyzeSeed(p);
    const nodes = () => p.locator('[data-testid="actor-node"]').count();
    const before = await nodes();
    await p.locator('[data-testid="actor-node"][data-name="Iran"]').click();
    const editor = p.locator('[data-testid="actor-editor"]');
    await editor.locator('summary').click();
    const rename = editor.locator('[data-testid="rename-actor"]');
    // unchanged or blank: nothing to rename
    assert.equal(await rename.isDisabled(), true, 'the unchanged name cannot be "renamed"');
    await editor.locator('input[aria-label="Name"]').fill('   ');
    assert.equal(await rename.isDisabled(), true, 'a blank name cannot be given');
    // another actor's name, in other letter case
    await editor.locator('input[aria-label="Name"]').fill('russia');
    const clash = editor.locator('[data-testid="rename-clash"]');
    await clash.waitFor();
    assert.match(await clash.innerText(), /“Russia” is another actor already/);
    assert.equal(await rename.isDisabled(), true);
    await clash.locator('[data-testid="rename-merge"]').click();
    await p.waitForFunction(() => !document.querySelector('[data-testid="actor-node"][data-name="Iran"]'));
    assert.equal(await nodes(), before - 1, 'Iran merged into Russia: one node fewer');
    assert.equal(await p.locator('[data-testid="actor-node"][data-name="Russia"]').count(), 1, 'one Russia');
    // a fresh name renames (the form followed the merge to Russia)
    const ed2 = p.locator('[data-testid="actor-editor"]');
    await ed2.waitFor();
    if (!(await ed2.evaluate((d) => d.open))) await ed2.locator('summary').click();
    await ed2.locator('input[aria-label="Name"]').fill('Russian Federation');
    assert.equal(await ed2.locator('[data-testid="rename-actor"]').isDisabled(), false);
    await ed2.locator('[data-testid="rename-actor"]').click();
    await p.waitForSelector('[data-testid="actor-node"][data-name="Russian Federation"]');
  } finally {
    await s.close();
  }
});

test('deleting one of two events a sentence gives with one label deletes that one, in the views and the saved work', async () => {
  const s = await open();
  const p = s.page;
  try {
    // "Die M23 hatte Goma bereits im November 2012 … besetzt und ist seit Ende 2021 wieder auf dem Vormarsch."
    const text = await readFile(new URL('../corpus/afp-de-2025-01-27-goma-m23.txt', import.meta.url), 'utf8');
    await paste(p, text);
    await p.click('[data-testid="analyze-button"]');
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 30000 });
    await p.click('[data-testid="timeline-fit"]');
    const at = (d) => p.locator(`[data-testid="timeline-event"][data-date="${d}"]`);
    await at('2021').first().waitFor();
    const label = async (d) => (await at(d).first().getAttribute('aria-label')) ?? '';
    assert.equal(await at('2012-11').count(), 1, 'the 2012 occupation is on the timeline');
    assert.match(await label('2021'), /Assault, 2021, Goma/);
    assert.match(await label('2012-11'), /Assault, .*2012, Goma/);
    await at('2021').first().click();
    await p.locator('[data-testid="event-editor"] summary').click();
    await p.locator('[data-testid="event-editor"] [data-testid="delete-event"]').click();
    await p.waitForFunction(() => !document.querySelector('[data-testid="timeline-event"][data-date="2021"]'));
    assert.equal(await at('2012-11').count(), 1, 'the other event of the sentence stays');
    // the correction keeps the reader's "Show all" view (Focus stays on offer)
    assert.equal(await p.locator('[data-testid="timeline-focus"]').isDisabled(), false, 'still showing all');
    // and so after a reload, from the saved corrections
    await p.reload();
    await p.waitForSelector('[data-testid="timeline-event"]', { timeout: 30000 });
    await p.click('[data-testid="timeline-fit"]');
    await at('2012-11').first().waitFor();
    assert.equal(await at('2021').count(), 0, 'the deleted event stays deleted');
  } finally {
    await s.close();
  }
});
