/** The shared axe audit can fail: a page with a known violation is reported, at the width where it shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TIMEOUT } from '../support/timeouts.ts';
import { auditAtWidths, auditContext, axeViolations, launchChromium, parsedWithoutScripts } from './chromium.ts';

const ORIGIN = 'http://audit.test';
const html = (body: string, style = '') =>
  `<!doctype html><html lang="sv"><head><meta name="viewport" content="width=device-width"><title>Prov</title><style>${style}</style></head><body><main><h1>Prov</h1>${body}</main></body></html>`;
/** Pale grey on white (2.3:1) below `max` px wide, black above: a contrast failure at one width only. */
const paleBelow = (max: number) => `p { color: #000; } @media (max-width: ${max}px) { p { color: #aaa; } }`;
const paleAbove = (min: number) => `p { color: #000; } @media (min-width: ${min}px) { p { color: #aaa; } }`;
const PAGES: Record<string, string> = {
  '/clean/': html('<p>Text.</p>'),
  '/no-alt/': html('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'),
  '/pale-on-phone/': html('<p>Text.</p>', paleBelow(600)),
  '/pale-on-desktop/': html('<p>Text.</p>', paleAbove(600)),
  // An image without alt text that only a phone shows: not a layout rule, but the phone sees other elements.
  '/no-alt-on-phone/': html('<p>Text.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', 'img { display: none; } @media (max-width: 600px) { img { display: inline; } }'),
  // What a page script sees of axe when it starts: the audit context loads axe before it.
  '/script/': html('<p>Text.</p><script>document.title = typeof window.axe;</script>'),
  // A link that exists only when scripts run.
  '/scripted/': html('<noscript><p id="plain">Utan skript.</p></noscript><script>document.querySelector("main").insertAdjacentHTML("beforeend", "<a id=added href=/x>x</a>");</script>'),
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  context = await auditContext(browser);
  page = await context.newPage();
  await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: PAGES[new URL(route.request().url()).pathname] ?? 'missing' }));
}, TIMEOUT.long);
afterAll(async () => {
  await browser?.close();
});

const rules = (violations: string[]) => violations.map((v) => v.split(':')[0]);

describe('axeViolations', () => {
  it('reports an image without alt text, and nothing on a clean page (axe added to a plain page)', { timeout: TIMEOUT.long }, async () => {
    const p = await browser.newPage();
    await p.setContent(html('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    expect(rules(await axeViolations(p))).toContain('image-alt');
    await p.setContent(html('<p>Text.</p>'));
    expect(await axeViolations(p)).toEqual([]);
    await p.close();
  });

  it('in an audit context, axe is loaded before the page scripts and reports the missing alt text', { timeout: TIMEOUT.long }, async () => {
    await page.goto(`${ORIGIN}/script/`);
    expect(await page.title()).toBe('object');
    await page.goto(`${ORIGIN}/no-alt/`);
    expect(rules(await axeViolations(page))).toEqual(['image-alt']);
  });
});

describe('auditAtWidths', () => {
  it('names nothing on a clean page', { timeout: TIMEOUT.long }, async () => {
    expect(await auditAtWidths(page, `${ORIGIN}/clean/`)).toEqual([]);
  });

  it('reports an image without alt text at both widths when asked for every rule at both', { timeout: TIMEOUT.long }, async () => {
    const failures = await auditAtWidths(page, `${ORIGIN}/no-alt/`, { every: true });
    expect(failures.map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(['1280px: image-alt', '375px: image-alt']);
  });

  it('otherwise runs only the layout rules at 375 px when the phone shows the same elements', { timeout: TIMEOUT.long }, async () => {
    const failures = await auditAtWidths(page, `${ORIGIN}/no-alt/`);
    expect(failures.map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(['1280px: image-alt']);
  });

  it('runs every rule at 375 px when the phone shows an element the desktop hides', { timeout: TIMEOUT.long }, async () => {
    expect(await auditAtWidths(page, `${ORIGIN}/no-alt-on-phone/`)).toEqual([expect.stringMatching(/^375px: image-alt: img/)]);
  });

  it('reports a violation that shows only on a phone, at 375 px only', { timeout: TIMEOUT.long }, async () => {
    expect(await auditAtWidths(page, `${ORIGIN}/pale-on-phone/`)).toEqual(['375px: color-contrast: p']);
  });

  it('reports a violation that shows only on a desktop, at 1280 px only, also after a phone-width audit', { timeout: TIMEOUT.long }, async () => {
    // As a page left at 375 px by the audit before: the next audit must load it at 1280 px again.
    await page.setViewportSize({ width: 375, height: 900 });
    expect(await auditAtWidths(page, `${ORIGIN}/pale-on-desktop/`)).toEqual(['1280px: color-contrast: p']);
  });
});

describe('parsedWithoutScripts', () => {
  it('reads a page as without JavaScript: what a script adds is absent, the noscript content is there', { timeout: TIMEOUT.long }, async () => {
    await page.goto(`${ORIGIN}/scripted/`);
    // With scripts (the page as loaded) the link is there ...
    expect(await page.locator('#added').count()).toBe(1);
    const doc = await parsedWithoutScripts(page, '/scripted/');
    // ... without them it is not, and the noscript text is parsed as content.
    expect(await doc.evaluate((d) => [d.querySelectorAll('#added').length, d.querySelectorAll('#plain').length])).toEqual([0, 1]);
    await doc.dispose();
  });
});
