/**
 * What every browser test shares: Debian's Chromium launched the same way, and
 * one axe-core audit with one set of rules at one pair of widths, so no page is
 * held to a lesser standard because its test file copied an older list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type JSHandle, type Page } from 'playwright-core';
import { ensureBuilt, EXAMPLE, ROOT } from '../site/built.ts';
import { serve } from './serve.ts';
import { wait } from '../support/timeouts.ts';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** Every WCAG 2.0–2.2 A/AA rule and the best-practice rules. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** A desktop and a phone width: every audited page is audited at both. */
export const AUDIT_WIDTHS = [1280, 375] as const;
const HEIGHT = 900;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A context whose pages load axe-core with every document, before the page's
 * own scripts: the 500 KB source crosses the protocol once, not once per audit.
 * For pages that are audited; other tests use plain pages.
 */
/** The example's built site served on 127.0.0.1, and Chromium launched: where a browser file starts. `close` ends both. */
export async function openBuiltSite(site: 'public' | 'internal' = 'public'): Promise<{ browser: Browser; base: string; close: () => Promise<void> }> {
  const out = await ensureBuilt('example', EXAMPLE);
  const served = await serve(path.join(out, site));
  const browser = await launchChromium();
  return {
    browser,
    base: served.url,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

export async function auditContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: AUDIT_WIDTHS[0], height: HEIGHT }, ...options });
  await context.addInitScript({ content: AXE });
  return context;
}

/** axe violations of the page as it is now, as "rule: first targets": every rule of AXE_TAGS, or only `rules`. */
export async function axeViolations(p: Page, rules?: readonly string[]): Promise<string[]> {
  // A page outside an audit context (or a document written by setContent) gets axe here.
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: AXE });
  return p.evaluate(
    async (runOnly) => {
      // Audit from the top, as a freshly loaded page is (an earlier audit may have scrolled).
      window.scrollTo(0, 0);
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, {
        runOnly,
        // Every chosen rule runs; only the passes, the inapplicable and the incomplete are not described node by node.
        resultTypes: ['violations'],
      });
      return r.violations.map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    },
    rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS },
  );
}

/**
 * The rules whose result can change with the width while the document stays the same: colours
 * and their contrast (media queries), sizes and spacing of targets, what overflows and scrolls,
 * and the tables (axe's data-table heuristic measures a table against the window). Every other
 * rule reads only the DOM (the same at both widths: one document, resized) and which elements
 * axe counts as visible on screen and to screen readers; `auditAtWidths` compares exactly that
 * between the widths and runs every rule again when it differs.
 */
export const LAYOUT_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'region',
  'td-has-header',
  'td-headers-attr',
  'th-has-data-cells',
  'scope-attr-valid',
  'table-duplicate-name',
  'table-fake-caption',
  'empty-table-header',
] as const;

/** Which elements axe counts as visible on screen and to screen readers: the input of every rule outside LAYOUT_RULES besides the DOM. */
function visibility(p: Page): Promise<string> {
  return p.evaluate(() => {
    // @ts-expect-error axe is in the page (audit context or an earlier axeViolations)
    const axe = window.axe;
    axe.setup(document);
    try {
      const { isVisibleOnScreen, isVisibleToScreenReaders } = axe.commons.dom;
      return axe.utils
        .querySelectorAll(axe._tree[0], '*')
        .map((v: unknown) => Number(isVisibleOnScreen(v)) + 2 * Number(isVisibleToScreenReaders(v)))
        .join('');
    } finally {
      axe.teardown();
    }
  });
}

/**
 * axe violations of the page at `url` at every audit width, as "width px: rule: targets".
 * The page is loaded once and resized between the audits: the sites' layouts follow
 * CSS media queries, which a resize re-evaluates exactly as a load at that width would.
 * `ready` waits for what a page builds after load (a search UI).
 *
 * Every rule runs at the first width. At the second, only LAYOUT_RULES run, unless `every`
 * asks for all rules (the test files ask for it on one page per template) or the page shows or
 * hides anything there that it does not at the first width (then every rule runs): the other
 * rules would see the same DOM with the same visible elements, so they would report the same.
 * This halves the phone audit's CPU on pages that only change their layout.
 */
export async function auditAtWidths(p: Page, url: string, options: { ready?: (p: Page) => Promise<void>; every?: boolean } = {}): Promise<string[]> {
  // Loaded at the first width, so that audit is of a page exactly as loaded.
  await p.setViewportSize({ width: AUDIT_WIDTHS[0], height: HEIGHT });
  await p.goto(url);
  await options.ready?.(p);
  const failures: string[] = [];
  let first = '';
  for (const width of AUDIT_WIDTHS) {
    if (p.viewportSize()?.width !== width) await p.setViewportSize({ width, height: HEIGHT });
    const all = width === AUDIT_WIDTHS[0] || options.every || (await visibility(p)) !== first;
    const v = await axeViolations(p, all ? undefined : LAYOUT_RULES);
    if (width === AUDIT_WIDTHS[0] && !options.every) first = await visibility(p);
    if (v.length) failures.push(`${width}px: ${v.join('; ')}`);
  }
  return failures;
}

/** Both sites' search pages build Pagefind's UI after load: audit that UI (with its label), not the plain form it replaces. */
export async function searchReady(p: Page): Promise<void> {
  if (/\/(sok|search)\/$/.test(new URL(p.url()).pathname)) await p.waitForSelector('#search input#q.pagefind-ui__search-input', { timeout: wait(15) });
}

/**
 * The page at `url` (on `p`'s site) as the browser parses it with scripting off: the DOM a
 * visitor without JavaScript gets, read without a navigation of its own (DOMParser never runs scripts).
 */
export function parsedWithoutScripts(p: Page, url: string): Promise<JSHandle<Document>> {
  return p.evaluateHandle(async (u) => new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html'), url);
}
