/** The example organisations of examples/organisations/, and text out of their built pages and PDFs. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../site/built.ts';

export const ORGANISATIONS_DIR = path.join(ROOT, 'examples/organisations');

/** Every example organisation folder (found, not listed: a new one is tested the moment it is added). */
export const exampleOrganisations = (): { name: string; dir: string }[] =>
  readdirSync(ORGANISATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: path.join(ORGANISATIONS_DIR, d.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)));

/** The main content of a built page (what the reader sees, without scripts and the search index markup). */
export function mainHtml(html: string): string {
  const m = html.match(/<main[\s\S]*?<\/main>/);
  return m ? m[0] : html;
}

/** Visible text of HTML, whitespace collapsed. */
export const htmlText = (html: string) =>
  decode(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Every built public HTML page of an output directory, path → html. */
export function publicPages(out: string): Map<string, string> {
  const pages = new Map<string, string>();
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('pagefind') && !e.name.startsWith('_')) visit(abs);
      else if (e.name === 'index.html') pages.set(path.relative(path.join(out, 'public'), abs), readFileSync(abs, 'utf8'));
    }
  };
  visit(path.join(out, 'public'));
  return pages;
}

/**
 * Text of a notice PDF without its running header (the title) and page numbers,
 * which pdftotext puts in the middle of a sentence that crosses a page break.
 */
export function pdfText(file: string, title?: string): string {
  if (!existsSync(file)) return '';
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:Sida \d+ av \d+|Page \d+ of \d+)\s*$/.test(line) && (!title || line.trim() !== title))
    .join('\n');
}

/** Headings with nothing under them before the next heading of the same or a higher level. */
export function emptyHeadings(html: string): string[] {
  const main = mainHtml(html);
  const heads = [...main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: htmlText(m[2]!), start: m.index!, end: m.index! + m[0].length }));
  const empty: string[] = [];
  heads.forEach((h, i) => {
    const next = heads.slice(i + 1).find((x) => x.level <= h.level);
    const body = main.slice(h.end, next ? next.start : main.length);
    if (!htmlText(body)) empty.push(`h${h.level} "${h.text}"`);
  });
  return empty;
}
