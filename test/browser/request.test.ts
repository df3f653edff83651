/**
 * The page "Begär ut dina uppgifter" in Chromium, in Swedish, English and
 * lättläst (its axe audit at 1280 and 375 px is public-pages.test.ts', as for
 * every page of the notice): reachable from the rights page and from every group page (and each
 * lättläst group page reaches the lättläst version), and its form link
 * serves the fillable PDF.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../site/built.ts';
import { openBuiltSite, parsedWithoutScripts } from './chromium.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { allPages, href } from '../../src/site-data/routes.ts';
import { requestText } from '../../src/i18n/request/index.ts';
import { REQUEST_FORM_PDF } from '../../src/site-data/request.ts';
import { TIMEOUT } from '../support/timeouts.ts';

/** Building the example and auditing a page at two widths on a busy machine: generous. */
const pm = publicView(loadModelOrThrow(EXAMPLE));
const LANGS = ['sv', 'en'] as const;

let browser: Browser;
let page: Page;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, base, close } = await openBuiltSite());
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
}, TIMEOUT.long);

afterAll(async () => {
  await close?.();
});

describe('request page: reachable and linked', () => {
  it(
    'a link from the rights page and from every group page leads to it',
    async () => {
      const groups = allPages(pm)
        .filter((x) => x.page.kind === 'group')
        .map((x) => x.page);
      expect(groups.length).toBe(pm.subjects.length);
      await page.goto(`${base}/`);
      for (const lang of LANGS) {
        const target = href({ kind: 'request' }, lang);
        const from = [{ kind: 'rights' as const }, ...groups].map((pg) => href(pg, lang));
        // Every page links it (each page as parsed, without a navigation per page) ...
        for (const url of from) {
          const doc = await parsedWithoutScripts(page, url);
          expect(await doc.evaluate((d, t) => d.querySelectorAll(`main a[href="${t}"]`).length, target), url).toBeGreaterThan(0);
          await doc.dispose();
        }
        // ... and following that link (the same href everywhere) opens the request page.
        await page.goto(`${base}${from[0]}`);
        await page.locator(`main a[href="${target}"]`).first().click();
        await page.waitForURL(`**${target}`);
        expect(await page.textContent('main h1')).toBe(requestText(lang).title);
      }
    },
    TIMEOUT.long,
  );

  it(
    'every lättläst group page and the request page lead to the lättläst request page',
    async () => {
      const easy = allPages(pm)
        .filter((x) => x.page.kind === 'easy')
        .map((x) => x.page);
      expect(easy.length).toBeGreaterThan(0);
      await page.goto(`${base}/`);
      for (const lang of LANGS) {
        const target = href({ kind: 'request-easy' }, lang);
        for (const from of [{ kind: 'request' as const }, ...easy]) {
          const doc = await parsedWithoutScripts(page, href(from, lang));
          expect(await doc.evaluate((d, t) => d.querySelectorAll(`main a[href="${t}"]`).length, target), href(from, lang)).toBe(1);
          await doc.dispose();
        }
      }
    },
    TIMEOUT.long,
  );

  it(
    'the page and the lättläst page have their titles, and their form link serves the fillable PDF',
    async () => {
      for (const lang of LANGS) {
        for (const kind of ['request', 'request-easy'] as const) {
          await page.goto(`${base}${href({ kind }, lang)}`);
          expect(await page.textContent('main h1')).toBe(kind === 'request' ? requestText(lang).title : requestText(lang).easyTitle);
          const link = page.locator(`main a[type="application/pdf"]`);
          expect(await link.count()).toBe(1);
          const target = (await link.getAttribute('href'))!;
          expect(target).toBe(REQUEST_FORM_PDF[lang]);
          const res = await page.request.get(`${base}${target}`);
          expect(res.status()).toBe(200);
          const body = await res.body();
          expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          expect(body.includes(Buffer.from('/AcroForm'))).toBe(true);
        }
      }
    },
    TIMEOUT.long,
  );

  it(
    'shows each channel of the content, with safe links only',
    async () => {
      await page.goto(`${base}${href({ kind: 'request' }, 'sv')}`);
      const kinds = await page.locator('main dd[data-channel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
      // The example's organisation-wide ways, then the home care company's own phone.
      expect(kinds).toEqual(['post', 'email', 'phone', 'visit', 'phone']);
      const hrefs = await page.locator('main a[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
      expect(hrefs.filter((h) => !/^(\/|https:\/\/|mailto:[^@\s]+@[^@\s]+$|tel:\+?[0-9-]+$)/.test(h))).toEqual([]);
      expect(hrefs).toContain('tel:08-12345670');
    },
    TIMEOUT.long,
  );
});
