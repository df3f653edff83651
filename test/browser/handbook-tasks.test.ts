/**
 * The internal handbook in Chromium: the start page shows the four staff
 * tasks first and their links work (its axe audit at 1280 and 375 px is
 * handbook.test.ts', as for every handbook page);
 * and the internal Pagefind index finds each topic's page by every synonym
 * of src/i18n/search-synonyms/ ("dataintrång" finds the breach routine).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE } from '../site/built.ts';
import { serve } from './serve.ts';
import { launchChromium } from './chromium.ts';
import { TIMEOUT as TIMEOUTS } from '../support/timeouts.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { staffTaskWording } from '../../src/i18n/staff-tasks/index.ts';
import { SEARCH_SYNONYMS, routineTopics, type SearchTopic } from '../../src/i18n/search-synonyms/index.ts';

/** One page audited or searched on a loaded machine. */
const TIMEOUT = TIMEOUTS.short;
const model = loadModelOrThrow(EXAMPLE);
const w = staffTaskWording('sv');

let browser: Browser;
let page: Page;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const out = await ensureBuilt('example', EXAMPLE);
  site = await serve(path.join(out, 'internal'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('handbook start page', () => {
  it('shows the four tasks first, and every task link opens its target', { timeout: TIMEOUT }, async () => {
    await page.goto(`${site.url}/`);
    const headings = await page.locator('main h2, main h3').allTextContents();
    expect(headings.slice(0, 5).map((h) => h.trim())).toEqual([w.heading, w.titles.breach, w.titles.request, w.titles.email, w.titles['new-processing']]);
    // First on the screen too: the tasks' heading is above the DPO's overview.
    const tasksTop = (await page.locator('#h-tasks').boundingBox())!.y;
    const governanceTop = (await page.locator('main h2', { hasText: 'Styrning' }).boundingBox())!.y;
    expect(tasksTop).toBeLessThan(governanceTop);
    const links = await page.locator('.task a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const href of links) {
      // Without the fragment: a fragment-only change is no navigation and has no response.
      const [target, anchor] = href.split('#');
      const response = await page.goto(`${site.url}${target}`);
      expect(response?.status(), href).toBe(200);
      if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), href).toBe(1);
    }
  });
});

/** Where each topic lives: the routine's heading on /rutiner/, or the retention plan. */
function targets(topic: SearchTopic): string[] {
  const routines = model.routines.filter((r) => routineTopics(r).includes(topic)).map((r) => `/rutiner/#${r.id}-rubrik`);
  return topic === 'erasure' ? [...routines, '/gallringsplan/'] : routines;
}

describe('handbook search synonyms', () => {
  const cases = (['sv', 'en'] as const).flatMap((lang) =>
    (Object.keys(SEARCH_SYNONYMS[lang]) as SearchTopic[]).flatMap((topic) => SEARCH_SYNONYMS[lang][topic].map((term) => [lang, topic, term] as const)),
  );

  it('every topic has a target page in the example', () => {
    for (const topic of Object.keys(SEARCH_SYNONYMS.sv) as SearchTopic[]) expect(targets(topic).length, topic).toBeGreaterThan(0);
  });

  // One search page, its Pagefind loaded once: each term is a search in it, as a visitor types one after another.
  let searchPage: Page;
  beforeAll(async () => {
    searchPage = await browser.newPage();
    await searchPage.goto(`${site.url}/sok/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    await searchPage.evaluate(`import('/pagefind/pagefind.js').then((pf) => { window.pf = pf; })`);
  });

  it.each(cases)('%s %s: "%s" finds the topic', { timeout: TIMEOUT }, async (_lang, topic, term) => {
    const urls = (await searchPage.evaluate(`(async () => {
      const r = await window.pf.search(${JSON.stringify(term)});
      const data = await Promise.all(r.results.map((x) => x.data()));
      return data.flatMap((d) => [d.url, ...d.sub_results.map((s) => s.url)]);
    })()`)) as string[];
    expect(
      urls.some((u) => targets(topic).includes(u)),
      `${term}: ${urls.slice(0, 8).join(', ')}`,
    ).toBe(true);
  });
});
