/** The shared axe audit can fail: a page with a known violation is reported. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { TIMEOUT } from '../support/timeouts.ts';
import { axeViolations, launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, TIMEOUT.long);
afterAll(async () => {
  await browser?.close();
});

describe('axeViolations', () => {
  it('reports an image without alt text, and nothing on a clean page', { timeout: TIMEOUT.long }, async () => {
    const p = await browser.newPage();
    await p.setContent('<!doctype html><html lang="sv"><head><title>Prov</title></head><body><main><h1>Prov</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    expect((await axeViolations(p)).map((v) => v.split(':')[0])).toContain('image-alt');
    await p.setContent('<!doctype html><html lang="sv"><head><title>Prov</title></head><body><main><h1>Prov</h1><p>Text.</p></main></body></html>');
    expect(await axeViolations(p)).toEqual([]);
    await p.close();
  });
});
