/**
 * The logo (issue 15 item 4, issue 20 item 1): a file inside content/ with
 * alt text; a path outside content/ and an SVG that could run code or fetch
 * anything are `check` errors with the message the DPO sees, at the logo's line.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { exampleCopy, lineOf, replaceOnce, TODAY } from '../example/helpers.ts';

/** `check` on a copy of the example whose logo line and (optionally) logo file are replaced. */
function checkLogo(logoLine: string, svg?: string) {
  const copy = exampleCopy();
  try {
    replaceOnce(copy.dir, 'organisation.yaml', /^ {2}logo: assets\/logo\.svg$/m, logoLine);
    if (svg !== undefined) writeFileSync(path.join(copy.dir, 'assets/logo.svg'), svg);
    const errors = collectDiagnostics(copy.dir, TODAY).filter((d) => d.severity === 'error');
    return { errors, line: lineOf(copy.dir, 'organisation.yaml', logoLine.trim()) };
  } finally {
    copy.cleanup();
  }
}

const SVG = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>\n`;
const UNSAFE_SV = 'SVG-filen "assets/logo.svg" innehåller skript, händelsehanterare eller hänvisningar till andra filer eller webbplatser.';
const UNSAFE_EN = 'The SVG file "assets/logo.svg" contains scripts, event handlers or references to other files or websites.';

describe('logo in content', () => {
  it('the bundled logo with its alt text passes, and so does an SVG that only refers inside itself', () => {
    expect(checkLogo('  logo: assets/logo.svg').errors).toEqual([]);
    expect(checkLogo('  logo: assets/logo.svg', SVG('<defs><circle id="c" r="4"/></defs><use href="#c"/><rect fill="url(#c)" width="1" height="1"/>')).errors).toEqual([]);
  });

  it('a path outside content/ is an error naming the file, the line and the fix', () => {
    const { errors, line } = checkLogo('  logo: ../../etc/hostname.png');
    const e = errors.find((d) => d.file === 'organisation.yaml' && d.path === 'site.logo');
    expect(e, JSON.stringify(errors)).toBeDefined();
    expect(e!.line).toBe(line);
    expect(e!.message.sv).toContain('en sökväg inom content/-mappen, utan ".." (t.ex. assets/logo.png)');
    expect(e!.message.en).toContain('a path inside the content/ folder, without ".." (e.g. assets/logo.png)');
  });

  it.each([
    ['an event handler', SVG('<rect width="10" height="10" onload="fetch(1)"/>')],
    ['an image from another site', SVG('<image href="https://tracker.example/pixel.png" width="1" height="1"/>')],
    ['an xlink to another file', SVG('<use xlink:href="other.svg#a"/>')],
    ['a style sheet from another site', SVG('<style>@import url(https://fonts.example/a.css);</style>')],
    ['a CSS url() to another site', SVG('<rect style="fill: url(https://x.example/p.svg#a)" width="1" height="1"/>')],
  ])('an SVG with %s is refused with the message the user sees', (_name, svg) => {
    const { errors, line } = checkLogo('  logo: assets/logo.svg', svg);
    const e = errors.find((d) => d.code === 'content-file');
    expect(e, JSON.stringify(errors)).toBeDefined();
    expect(e!.file).toBe('organisation.yaml');
    expect(e!.line).toBe(line);
    expect(e!.message.sv).toBe(UNSAFE_SV);
    expect(e!.message.en).toBe(UNSAFE_EN);
    expect(e!.hint.sv).toContain('utan skript och utan länkar till andra filer');
  });

  it('a logo without alt text is an error at the logo line (organisation/logo-alt)', () => {
    const copy = exampleCopy();
    try {
      replaceOnce(copy.dir, 'organisation.yaml', /^ {2}logoAlt:\n {4}sv: .*\n {4}en: .*\n/m, '');
      const errors = collectDiagnostics(copy.dir, TODAY).filter((d) => d.severity === 'error');
      const e = errors.find((d) => d.code === 'organisation/logo-alt');
      expect(e, JSON.stringify(errors)).toBeDefined();
      expect(e!.line).toBe(lineOf(copy.dir, 'organisation.yaml', 'logo: assets/logo.svg'));
      expect(e!.message.sv).toBe('Logotypen "assets/logo.svg" saknar textbeskrivning (site.logoAlt).');
      expect(e!.message.en).toBe('The logo "assets/logo.svg" has no text alternative (site.logoAlt).');
    } finally {
      copy.cleanup();
    }
  });
});
