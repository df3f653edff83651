/**
 * The built public notice in real Chromium: navigation, language switch,
 * search with a group filter, keyboard access, and axe-core (WCAG 2.0–2.2
 * A/AA and best practice) with zero violations on every page of both sites at
 * 1280 and 375 px: one test per page, each with its own timeout.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, ROOT } from '../site/built.ts';
import { serve } from './serve.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { allPages, href } from '../../src/site-data/routes.ts';
import { t } from '../../src/site-data/text.ts';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(ROOT, 'test/screenshots');
const model = loadModelOrThrow(EXAMPLE);
const pm = publicView(model);

let browser: Browser;
let page: Page;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const out = await ensureBuilt('example', EXAMPLE);
  ({ url: base, close } = await serve(path.join(out, 'public')));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

/** Every WCAG 2.0–2.2 A/AA rule and the best-practice rules. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** A desktop and a phone width. */
const WIDTHS = [1280, 375] as const;
/** One page audited at both widths on a loaded machine: generous. */
const PAGE_TIMEOUT = TIMEOUT.build;
/** A test that visits every page in turn (no axe): also generous. */
const LOOP_TIMEOUT = TIMEOUT.long;

async function axe(p: Page) {
  await p.addScriptTag({ content: AXE });
  return p.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, AXE_TAGS);
}

/** axe violations of one page at each width, as "width url: rule: targets". */
async function auditAtWidths(siteUrl: string, url: string): Promise<string[]> {
  const failures: string[] = [];
  for (const width of WIDTHS) {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await p.goto(`${siteUrl}${url}`);
      if (url.includes('/sok/') || url.includes('/search/')) await p.waitForTimeout(300);
      const v = await axe(p);
      if (v.length) failures.push(`${width}px ${url}: ${v.join('; ')}`);
    } finally {
      await p.close();
    }
  }
  return failures;
}

describe('public notice in Chromium', () => {
  it('navigates from the start page to a group page and switches language', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.screenshot({ path: path.join(SHOTS, 'start-sv.png'), fullPage: true });
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

  for (const width of [1200, 640]) {
    it(
      `writes screenshots of the main pages at ${width} px`,
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
            await p.screenshot({ path: path.join(SHOTS, `${name}-${lang}-${width}.png`), fullPage: true });
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

// One test per page (a loop over every page is slow on a busy machine and names no page when it times out).
describe('public notice: every page without JavaScript and at 200% zoom', () => {
  let noScript: BrowserContext;
  let plain: Page;
  let zoomed: Page;
  beforeAll(async () => {
    noScript = await browser.newContext({ javaScriptEnabled: false });
    plain = await noScript.newPage();
    // 200% zoom of a 1280 px window: 640 CSS px.
    zoomed = await browser.newPage({ viewport: { width: 640, height: 900 } });
  });
  afterAll(async () => {
    await noScript?.close();
    await zoomed?.close();
  });
  for (const { page: pg } of allPages(pm)) {
    for (const lang of ['sv', 'en'] as const) {
      const url = href(pg, lang);
      it(
        `${url}: works without JavaScript (content, menu and language switch are plain links) and does not scroll sideways at 640 px`,
        async () => {
          await plain.goto(`${base}${url}`);
          expect(await plain.locator('main h1').count()).toBe(1);
          expect(await plain.getAttribute('a.lang-switch', 'href')).toBe(href(pg, lang === 'sv' ? 'en' : 'sv'));
          await zoomed.goto(`${base}${url}`);
          expect(await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        },
        PAGE_TIMEOUT,
      );
    }
  }
});

describe('public notice: axe-core with WCAG 2.2 AA and best practice at 1280 and 375 px', () => {
  for (const url of allPages(pm).flatMap(({ page: pg }) => [href(pg, 'sv'), href(pg, 'en')])) {
    it(
      url,
      async () => {
        expect(await auditAtWidths(base, url)).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  }
});

// The handbook's pages are those the build wrote (known only once it is built).
const internalOut = path.join(await ensureBuilt('example', EXAMPLE), 'internal');
const internalPages = readdirSync(internalOut, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`.replace(/\\/g, '/'))
  .sort();

describe('internal handbook in Chromium', () => {
  let internal: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    internal = await serve(internalOut);
  });
  afterAll(async () => {
    await internal?.close();
  });

  describe('axe-core with WCAG 2.2 AA and best practice at 1280 and 375 px', () => {
    it('covers every page the build wrote', () => {
      for (const url of ['/', '/register/', '/policy/', '/sok/', '/handbok/']) expect(internalPages).toContain(url);
    });
    for (const url of internalPages) {
      it(
        url,
        async () => {
          expect(await auditAtWidths(internal.url, url)).toEqual([]);
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
      const titles = new Map<string, string[]>();
      for (const url of internalPages) {
        await page.goto(`${internal.url}${url}`);
        const title = await page.title();
        titles.set(title, [...(titles.get(title) ?? []), url]);
        expect(await page.locator('link[rel="icon"]').count(), url).toBe(1);
      }
      expect([...titles].filter(([, urls]) => urls.length > 1)).toEqual([]);
    },
    PAGE_TIMEOUT,
  );
});
