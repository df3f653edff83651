/**
 * Identity and trust on the built example site in Chromium (issue 15 item 4):
 * the "Vem är du?" chooser within the first screen on a phone, the logo's alt
 * text, the link to the main website, the accessibility statement (linked from
 * every page's footer; axe-clean at 1280 and 375 px in public-pages.test.ts, as
 * every page of the notice) and the open-data section of the footer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEOUT } from '../support/timeouts.ts';
import { ensureBuilt, EXAMPLE } from '../site/built.ts';
import { serve } from './serve.ts';
import { launchChromium } from './chromium.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { allPages, href } from '../../src/site-data/routes.ts';
import { t } from '../../src/site-data/text.ts';
import { ui } from '../../src/i18n/ui/index.ts';
import { identityUi } from '../../src/i18n/identity/index.ts';

const model = loadModelOrThrow(EXAMPLE);
const pm = publicView(model);
const LANGS = ['sv', 'en'] as const;
/** A small phone: 375 × 667 CSS px. */
const PHONE = { width: 375, height: 667 };

let browser: Browser;
let base: string;
let out: string;
let close: () => Promise<void>;

beforeAll(async () => {
  out = await ensureBuilt('example', EXAMPLE);
  ({ url: base, close } = await serve(path.join(out, 'public')));
  browser = await launchChromium();
}, TIMEOUT.slowest);

afterAll(async () => {
  await browser?.close();
  await close?.();
});

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const p = await browser.newPage({ viewport });
  await p.goto(`${base}${url}`);
  return p;
}

describe('identity and trust in Chromium', () => {
  it.each(LANGS)(
    'the group chooser is within the first screen at 375 px (%s start page), before the company list',
    async (lang) => {
      const p = await open(href({ kind: 'start' }, lang), PHONE);
      try {
        const heading = p.locator('#h-groups');
        expect(await heading.textContent()).toBe(ui(lang).groupsHeading);
        const box = (await heading.boundingBox())!;
        const first = (await p.locator('.group-links a').first().boundingBox())!;
        expect(box.y, 'chooser heading top').toBeLessThan(PHONE.height);
        expect(first.y, 'first group link top').toBeLessThan(PHONE.height);
        const companies = (await p.locator('#h-companies').boundingBox())!;
        expect(box.y).toBeLessThan(companies.y);
      } finally {
        await p.close();
      }
    },
    TIMEOUT.build,
  );

  it.each(LANGS)(
    "the logo has its alt text from content, and the main-site link leads to the organisation's website (%s)",
    async (lang) => {
      const p = await open(href({ kind: 'rights' }, lang));
      try {
        const alt = await p.locator('header img.logo').getAttribute('alt');
        expect(alt).toBe(t(model.organisation.site.logoAlt, lang));
        expect(alt!.length).toBeGreaterThan(3);
        expect(await p.locator('header img.logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        const website = model.organisation.website!;
        const link = p.locator('footer a.main-site');
        expect(await link.getAttribute('href')).toBe(website);
        expect(await link.textContent()).toContain(identityUi(lang).mainSite);
        // The main site is not reachable from the test machine: answer for it, then follow the link.
        await p.route(`${website}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>main site</title>' }));
        await Promise.all([p.waitForURL(`${website}/`), link.click()]);
        expect(await p.title()).toBe('main site');
      } finally {
        await p.close();
      }
    },
    TIMEOUT.build,
  );

  it.each(LANGS)(
    'the accessibility statement (%s) states the facts from content',
    async (lang) => {
      const a = model.organisation.accessibility!;
      const p = await open(href({ kind: 'accessibility' }, lang));
      try {
        expect(await p.locator('h1').textContent()).toBe(identityUi(lang).accessibility);
        const text = (await p.locator('main').textContent())!;
        expect(text).toContain(lang === 'sv' ? 'delvis förenlig med WCAG 2.1 AA' : 'partially compliant with WCAG 2.1 AA');
        expect(text).toContain('EN 301 549');
        expect(text).toContain(t(a.exceptions[0]!.description, lang));
        expect(text).toContain(lang === 'sv' ? 'Myndigheten för digital förvaltning (DIGG)' : 'Agency for Digital Government (DIGG)');
        expect(text).toContain('2018:1937');
        expect(await p.locator(`a[href="mailto:${a.contact.email}"]`).count()).toBe(1);
        expect(await p.locator('a.digg-link').getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
      } finally {
        await p.close();
      }
    },
    TIMEOUT.build,
  );

  it('every page links the accessibility statement from its footer, and lists privacy.json and privacy.jsonld only in the open-data section', () => {
    const pages = allPages(pm).flatMap(({ page }) => LANGS.map((lang) => ({ lang, url: href(page, lang) })));
    expect(pages.length).toBeGreaterThan(10);
    for (const { lang, url } of pages) {
      const html = readFileSync(path.join(out, 'public', url, 'index.html'), 'utf8');
      const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
      const main = footer.slice(0, footer.indexOf('class="wrap open-data"'));
      const openData = footer.slice(footer.indexOf('class="wrap open-data"'));
      expect(main, url).toContain(`href="${href({ kind: 'accessibility' }, lang)}"`);
      expect(main, url).not.toContain('privacy.json');
      expect(openData, url).toContain(`>${identityUi(lang).openData}</h2>`);
      expect(openData, url).toContain('<a href="/privacy.json"');
      expect(openData, url).toContain('<a href="/privacy.jsonld"');
    }
  });

  it(
    'in the browser, the open-data links sit in their own section and not in the main footer',
    async () => {
      const p = await open(href({ kind: 'start' }, 'sv'));
      try {
        expect(await p.locator('footer .open-data a[href="/privacy.json"]').count()).toBe(1);
        expect(await p.locator('footer .open-data a[href="/privacy.jsonld"]').count()).toBe(1);
        expect(await p.locator('footer .footer-main a[href^="/privacy.json"]').count()).toBe(0);
        expect(await p.locator('#h-open-data').textContent()).toBe('Öppna data');
      } finally {
        await p.close();
      }
    },
    TIMEOUT.build,
  );
});
