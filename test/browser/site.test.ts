/**
 * The built public notice in real Chromium: navigation, language switch,
 * search with a group filter, keyboard access, narrow screens and the
 * screenshots. Every page's axe audit, 200% zoom and no-JavaScript check:
 * public-pages.test.ts; the internal handbook: handbook.test.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT } from '../site/built.ts';
import { openBuiltSite } from './chromium.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { allPages, href } from '../../src/site-data/routes.ts';
import { t } from '../../src/site-data/text.ts';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const SHOTS = path.join(ROOT, 'test/screenshots');
const pm = publicView(loadModelOrThrow(EXAMPLE));

let browser: Browser;
let page: Page;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, base, close } = await openBuiltSite());
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

/** A test that visits every page in turn: generous. */
const LOOP_TIMEOUT = TIMEOUT.long;

describe('public notice in Chromium', () => {
  it('navigates from the start page to a group page and switches language', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.screenshot({ path: path.join(SHOTS, 'start-sv.png') });
    const first = pm.subjects[0]!;
    await page.click(`a[href="${href({ kind: 'group', subject: first.id }, 'sv')}"] >> nth=0`);
    await page.waitForURL(`**${href({ kind: 'group', subject: first.id }, 'sv')}`);
    expect(await page.textContent('h1')).toContain(t(first.audience, 'sv'));
    await page.screenshot({ path: path.join(SHOTS, 'group-sv.png'), fullPage: false });
    await page
      .locator('section.activity')
      .first()
      .screenshot({ path: path.join(SHOTS, 'activity-sv.png') });
    await page.click('a.lang-switch');
    await page.waitForURL(`**${href({ kind: 'group', subject: first.id }, 'en')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain(t(first.audience, 'en'));
  });

  it('the first Tab focuses the skip link, which moves focus to the content', async () => {
    await page.goto(`${base}/rattigheter/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.screenshot({ path: path.join(SHOTS, 'skip-link.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('search finds a term and filters by group of people', async () => {
    const activity = pm.activities[0]!;
    const word = t(activity.name, 'sv').split(/\s+/)[0]!;
    await page.goto(`${base}/sok/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector('.pagefind-ui__result', { timeout: wait(15) });
    const results = await page.locator('.pagefind-ui__result').count();
    expect(results).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'search-sv.png') });
    const group = t(pm.subjects.find((s) => activity.subjects.includes(s.id))!.name, 'sv');
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const filtered = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const word = ${JSON.stringify(word)}, group = ${JSON.stringify(group)};
      const filters = await pf.filters();
      const all = await pf.search(word);
      const only = await pf.search(word, { filters: { Grupp: group } });
      const urls = await Promise.all(only.results.map(async (r) => (await r.data()).url));
      return { groups: Object.keys(filters.Grupp || {}), all: all.results.length, only: only.results.length, urls };
    })()`)) as { groups: string[]; all: number; only: number; urls: string[] };
    expect(filtered.groups).toContain(group);
    expect(filtered.only).toBeGreaterThan(0);
    expect(filtered.only).toBeLessThanOrEqual(filtered.all);
    expect(filtered.urls.every((u: string) => u.startsWith('/personer/'))).toBe(true);
  });

  it('the search page works without JavaScript as a plain form', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${base}/en/search/`);
    expect(await p.locator('form[role="search"] input[type="search"]').count()).toBe(1);
    await ctx.close();
  });

  it('search in English finds English pages only, and Swedish search Swedish pages only', async () => {
    const activity = pm.activities[0]!;
    const result = async (lang: 'sv' | 'en') => {
      await page.goto(`${base}${href({ kind: 'search' }, lang)}`);
      const word = t(activity.name, lang).split(/\s+/)[0]!;
      return (await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        const r = await pf.search(${JSON.stringify(word)});
        return Promise.all(r.results.map(async (x) => { const d = await x.data(); return d.url; }));
      })()`)) as string[];
    };
    const en = await result('en');
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((u) => u.startsWith('/en/'))).toBe(true);
    const sv = await result('sv');
    expect(sv.length).toBeGreaterThan(0);
    expect(sv.every((u) => !u.startsWith('/en/'))).toBe(true);
  });

  it('focus is clearly visible on links', async () => {
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return { tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    expect(style.tag).toBe('A');
    expect(style.outline).toBe('solid');
    expect(style.width).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: path.join(SHOTS, 'focus.png') });
  });

  // The first screen of each, for a person to look at (nothing compares them): a full-page
  // screenshot rasterises the whole page, four times the CPU of the first screen.
  for (const width of [1200, 640]) {
    it(
      `writes screenshots of the first screen of the main pages at ${width} px`,
      async () => {
        const group = pm.subjects.find((s) => allPages(pm).some((x) => x.page.kind === 'easy' && x.page.subject === s.id)) ?? pm.subjects[0]!;
        const shots: [string, Parameters<typeof href>[0]][] = [
          ['start', { kind: 'start' }],
          ['group', { kind: 'group', subject: group.id }],
          ['easy', { kind: 'easy', subject: group.id }],
          ['rights', { kind: 'rights' }],
          ['cookies', { kind: 'cookies' }],
          ['changes', { kind: 'changes' }],
        ];
        const p = await browser.newPage({ viewport: { width, height: 900 } });
        for (const [name, pg] of shots) {
          for (const lang of ['sv', 'en'] as const) {
            await p.goto(`${base}${href(pg, lang)}`);
            await p.screenshot({ path: path.join(SHOTS, `${name}-${lang}-${width}.png`) });
          }
        }
        await p.close();
      },
      LOOP_TIMEOUT,
    );
  }

  it('is usable on a narrow screen (no horizontal scrolling)', async () => {
    const p = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await p.goto(`${base}${href({ kind: 'group', subject: pm.subjects[0]!.id }, 'sv')}`);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await p.screenshot({ path: path.join(SHOTS, 'group-mobile.png') });
    expect(overflow).toBeLessThanOrEqual(0);
    await p.close();
  });
});
