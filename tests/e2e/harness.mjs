// Shared set-up of the browser tests: the built app served on 127.0.0.1,
// Debian's headless Chromium driven by playwright-core, every request logged.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

export const DIST = process.env.ATLAS_DIST || 'dist';
export const SHOTS = 'target/e2e';
export const SEED = '../shared/corpus/seed/afp-de-2024-12-04-moskau-syrien.txt';

export async function readSeed() {
  return readFile(SEED, 'utf8');
}

/** Starts server + browser; returns { page, origin, requests, errors, dialogs, close }. */
export async function open({ viewport = { width: 1440, height: 900 } } = {}) {
  await mkdir(SHOTS, { recursive: true });
  const server = await serve(DIST, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  // a profile of its own per test, removed on close (each is some 20 MB)
  const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const requests = [];
  const errors = [];
  const dialogs = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(origin + '/');
  await page.waitForSelector('[data-testid="article-input"]');
  return {
    page, origin, requests, errors, dialogs, context,
    offOrigin: () => requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')),
    close: async () => {
      await context.close();
      server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Pastes the seed dispatch, analyses it and waits for the timeline's first event. */
export async function analyzeSeed(page) {
  await paste(page, await readSeed());
  await page.click('[data-testid="analyze-button"]');
  await page.waitForSelector('[data-testid="timeline-event"]', { timeout: 15000 });
}

/** Pastes `text` into the article box the way a user does (clipboard-free: fill = input event). */
export async function paste(page, text) {
  await page.fill('[data-testid="article-input"]', text);
}
