/**
 * The internal handbook in real Chromium: axe-core (WCAG 2.0–2.2 A/AA and best
 * practice, test/browser/chromium.ts) with zero violations on every page the
 * build wrote at 1280 and 375 px (one test per page, each with its own
 * timeout), the register's filter and narrow layout, the search page's label
 * and announced results, and a title of its own on every page.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, ROOT } from '../site/built.ts';
import { serve } from './serve.ts';
import { auditAtWidths, auditContext, launchChromium, searchReady } from './chromium.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { t } from '../../src/site-data/text.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const SHOTS = path.join(ROOT, 'test/screenshots');
const model = loadModelOrThrow(EXAMPLE);
/** One page audited at both widths on a loaded machine: generous. */
const PAGE_TIMEOUT = TIMEOUT.build;

// The handbook's pages are those the build wrote (known only once it is built).
const internalOut = path.join(await ensureBuilt('example', EXAMPLE), 'internal');
const internalPages = readdirSync(internalOut, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`.replace(/\\/g, '/'))
  .sort();

/**
 * Every page gets every rule at 1280 px and the layout rules at 375 px (auditAtWidths). Pages one
 * level down in a section (/behandlingar/<activity>/, /handbok/<chapter>/) share their section's
 * template with different data: the first of each, and every other page (each its own template),
 * gets every rule at 375 px too, so a phone-only fault of any template shows at its first page.
 */
const template = (url: string) => url.replace(/^(\/[^/]+\/)[^/]+\/$/, '$1*/');
const EVERY_RULE_AT_BOTH = new Set(internalPages.filter((url, i) => internalPages.findIndex((u) => template(u) === template(url)) === i));

let browser: Browser;
let page: Page;
/** Every audited page, one after the other: loaded in a context that brings axe with each document. */
let auditPage: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  auditPage = await (await auditContext(browser)).newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('internal handbook in Chromium', () => {
  let internal: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    internal = await serve(internalOut);
  });
  afterAll(async () => {
    await internal?.close();
  });

  describe('axe-core with WCAG 2.2 AA and best practice at 1280 and 375 px', () => {
    it('covers every page the build wrote, and every rule at both widths on one page per template', () => {
      for (const url of ['/', '/register/', '/policy/', '/sok/', '/handbok/']) expect(internalPages).toContain(url);
      expect([...EVERY_RULE_AT_BOTH].filter((url) => url.split('/').length > 3)).toEqual([expect.stringMatching(/^\/behandlingar\//), expect.stringMatching(/^\/handbok\//)]);
    });
    for (const url of internalPages) {
      it(
        url,
        async () => {
          expect(await auditAtWidths(auditPage, `${internal.url}${url}`, { ready: searchReady, every: EVERY_RULE_AT_BOTH.has(url) })).toEqual([]);
        },
        PAGE_TIMEOUT,
      );
    }
  });

  it('the register filters by legal basis', async () => {
    await page.goto(`${internal.url}/register/`);
    await page.screenshot({ path: path.join(SHOTS, 'internal-register.png') });
    const rows = await page.locator('table.register tbody tr').count();
    await page.selectOption('#f-basis', '6(1)(a)');
    const shown = await page.locator('table.register tbody tr:not([hidden])').count();
    const expected = model.activities.filter((a) => a.purposes.some((p) => p.legalBasis === '6(1)(a)')).reduce((n, a) => n + a.controllers.length, 0);
    expect(shown).toBe(expected);
    expect(shown).toBeLessThan(rows);
  });

  it(
    'the register does not scroll sideways at 320 and 375 px, and shows its last column at 1280 px',
    async () => {
      const found: string[] = [];
      for (const width of [320, 375, 1280]) {
        const p = await browser.newPage({ viewport: { width, height: 800 } });
        await p.goto(`${internal.url}/register/`);
        const m = await p.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          tables: [...document.querySelectorAll('.table-wrap')].map((w) => w.scrollWidth - w.clientWidth),
        }));
        if (m.page > 0) found.push(`${width}px: the page scrolls ${m.page}px sideways`);
        if (width === 1280 && m.tables.some((d) => d > 0)) found.push(`1280px: a register table is cut off (${m.tables.join(', ')}px)`);
        await p.close();
      }
      expect(found).toEqual([]);
    },
    PAGE_TIMEOUT,
  );

  it('tables that scroll sideways are keyboard-reachable named regions', async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await p.goto(`${internal.url}/register/`);
    const wraps = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.table-wrap')].map((w) => {
        w.focus();
        return {
          tabindex: w.getAttribute('tabindex'),
          role: w.getAttribute('role'),
          label: w.getAttribute('aria-label'),
          focused: document.activeElement === w,
          scrolls: w.scrollWidth > w.clientWidth,
        };
      }),
    );
    await p.close();
    expect(wraps.length).toBeGreaterThan(0);
    // At 375 px the register's tables scroll, so a keyboard user must be able to reach them.
    expect(wraps.some((w) => w.scrolls)).toBe(true);
    for (const w of wraps) expect(w).toMatchObject({ tabindex: '0', role: 'region', focused: true, label: expect.stringMatching(/\S/) });
  });

  it('/policy/ is a handbook page: skip link, menu, named links to the PDFs', async () => {
    await page.goto(`${internal.url}/policy/`);
    expect(await page.locator('a.skip').count()).toBe(1);
    expect(await page.locator('nav[aria-label="Handbokens meny"]').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Policyn på svenska (PDF)' }).getAttribute('href')).toBe('policy.sv.pdf');
  });

  it(
    'search: the field has a label and the number of results is announced',
    async () => {
      const word = t(model.activities[0]!.name, 'sv').split(/\s+/)[0]!;
      await page.goto(`${internal.url}/sok/?q=${encodeURIComponent(word)}`);
      await page.waitForSelector('.pagefind-ui__result', { timeout: TIMEOUT.unit });
      expect(await page.getByLabel('Sök i handboken').count()).toBe(1);
      const message = (await page.locator('.pagefind-ui__message').textContent())!.trim();
      expect(message).toMatch(/\d/);
      await expect.poll(() => page.locator('[role="status"]#search-status').textContent()).toBe(message);
      expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    },
    PAGE_TIMEOUT,
  );

  it(
    'every page has its own title and a favicon',
    async () => {
      await page.goto(`${internal.url}/`);
      // Each page's HTML parsed by the browser (as without JavaScript: the handbook's titles and icons are static).
      const heads = await page.evaluate(async (urls) => {
        const parser = new DOMParser();
        return Promise.all(
          urls.map(async (url) => {
            const doc = parser.parseFromString(await (await fetch(url)).text(), 'text/html');
            return { url, title: doc.title, icons: doc.querySelectorAll('link[rel="icon"]').length };
          }),
        );
      }, internalPages);
      expect(heads.length).toBe(internalPages.length);
      const titles = new Map<string, string[]>();
      for (const { url, title, icons } of heads) {
        expect(title, url).toMatch(/\S/);
        expect(icons, url).toBe(1);
        titles.set(title, [...(titles.get(title) ?? []), url]);
      }
      expect([...titles].filter(([, urls]) => urls.length > 1)).toEqual([]);
    },
    PAGE_TIMEOUT,
  );
});
