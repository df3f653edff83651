/**
 * Every page of the built public notice, both languages, one test per page
 * (each with its own timeout, named by its address): axe-core (WCAG 2.0–2.2
 * A/AA and best practice, test/browser/chromium.ts) with zero violations at
 * 1280 and 375 px, no sideways scrolling at 640 px (200% zoom), and content,
 * menu and language switch without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../site/built.ts';
import { auditAtWidths, auditContext, openBuiltSite, parsedWithoutScripts, searchReady } from './chromium.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { allPages, href, type PageRef } from '../../src/site-data/routes.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const pm = publicView(loadModelOrThrow(EXAMPLE));
/** One page audited at both widths on a loaded machine: generous. */
const PAGE_TIMEOUT = TIMEOUT.build;

let browser: Browser;
/** Reads pages as parsed without scripts. */
let page: Page;
/** Every audited page, one after the other: loaded in a context that brings axe with each document. */
let auditPage: Page;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, base, close } = await openBuiltSite());
  page = await browser.newPage();
  await page.goto(`${base}/`);
  auditPage = await (await auditContext(browser)).newPage();
});

afterAll(async () => {
  await close?.();
});

// One test per page (a loop over every page is slow on a busy machine and names no page when it times out).
describe('public notice: every page without JavaScript', () => {
  for (const { page: pg } of allPages(pm)) {
    for (const lang of ['sv', 'en'] as const) {
      const url = href(pg, lang);
      it(
        `${url}: works without JavaScript (content, menu and language switch are plain links)`,
        async () => {
          const doc = await parsedWithoutScripts(page, url);
          expect(await doc.evaluate((d) => d.querySelectorAll('main h1').length)).toBe(1);
          expect(await doc.evaluate((d) => d.querySelector('a.lang-switch')?.getAttribute('href'))).toBe(href(pg, lang === 'sv' ? 'en' : 'sv'));
          await doc.dispose();
        },
        PAGE_TIMEOUT,
      );
    }
  }
});

/**
 * Every page gets every rule at 1280 px and the layout rules at 375 px (auditAtWidths); the first
 * page of each kind in each language (one per template: the group and lättläst pages differ only
 * in their data) gets every rule at 375 px too. A page kind's phone layout comes from its template
 * and the one stylesheet, so a phone-only fault outside the layout rules shows on that first page,
 * and a page that shows or hides anything else on a phone gets every rule there anyway.
 */
const firstOfKind = new Map<string, PageRef>();
for (const { page: pg } of allPages(pm)) if (!firstOfKind.has(pg.kind)) firstOfKind.set(pg.kind, pg);
const EVERY_RULE_AT_BOTH = new Set([...firstOfKind.values()].flatMap((pg) => [href(pg, 'sv'), href(pg, 'en')]));

describe('public notice: axe-core with WCAG 2.2 AA and best practice at 1280 and 375 px, and 200% zoom', () => {
  it('audits every rule at both widths on one page of each kind, in each language', () => {
    expect(EVERY_RULE_AT_BOTH.size).toBe(2 * new Set(allPages(pm).map(({ page: pg }) => pg.kind)).size);
  });
  for (const url of allPages(pm).flatMap(({ page: pg }) => [href(pg, 'sv'), href(pg, 'en')])) {
    it(
      `${url}: no axe violations at 1280 and 375 px, and no sideways scrolling at 640 px (200% zoom of 1280 px)`,
      async () => {
        expect(await auditAtWidths(auditPage, `${base}${url}`, { ready: searchReady, every: EVERY_RULE_AT_BOTH.has(url) })).toEqual([]);
        // The same page, already loaded: a resize re-lays it out as a load at 640 px would.
        await auditPage.setViewportSize({ width: 640, height: 900 });
        expect(await auditPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      },
      PAGE_TIMEOUT,
    );
  }
});
