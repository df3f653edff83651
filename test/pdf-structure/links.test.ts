/**
 * Links to headings (named destinations) in the one block renderer: a contents
 * table with `link` makes each row's first cell a tagged link to its heading
 * and prints the heading's page; several such tables on one page keep content
 * order as reading order. The notice PDF is built on this (generators/notice).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdf, pdfToBuffer } from '../../generators/pdf/document.ts';
import { renderBlocks } from '../../generators/pdf/layout.ts';
import type { Block } from '../../generators/pdf/blocks.ts';
import { checkPdf, internalLinks, type InternalLink } from './checker.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Renders the blocks; returns the checker's findings, the links and each page's text. */
async function render(blocks: Block[]): Promise<{ findings: string[]; links: InternalLink[]; pages: string[] }> {
  const doc = createPdf({ title: 'Prov', lang: 'sv', date: '2025-01-01', toBuffer: true });
  renderBlocks(doc, blocks);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-links-'));
  try {
    const file = path.join(dir, 'prov.pdf');
    writeFileSync(file, await pdfToBuffer(doc));
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').map(squash);
    return { findings: checkPdf(file, { name: 'prov.pdf' }).map((f) => f.message), links: internalLinks(file), pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const linked = (rows: [string, string][]): Block => ({
  kind: 'contents',
  columns: [
    { label: 'Behandling', width: 3 },
    { label: 'Beskrivning', width: 1 },
  ],
  rows,
  page: 'se sidan {page}',
  link: 'Gå till {text}, sidan {page}',
});

describe('links to headings', () => {
  it('links each row to its heading, on the page it prints, tagged and described', async () => {
    const { findings, links, pages } = await render([
      { kind: 'h1', text: 'Prov' },
      { kind: 'h2', text: 'Grupp A' },
      linked([
        ['Rekrytering', 'rekrytering'],
        ['Lön', 'lon'],
      ]),
      // Two tables on one page: each row's drawing is put back where it was reserved.
      { kind: 'h2', text: 'Grupp B' },
      linked([['Lön', 'lon']]),
      { kind: 'pagebreak' },
      { kind: 'h2', text: 'Alla behandlingar' },
      { kind: 'h3', text: 'Rekrytering', id: 'rekrytering' },
      { kind: 'p', text: 'Om rekrytering.' },
      { kind: 'pagebreak' },
      { kind: 'pagebreak' },
      { kind: 'h3', text: 'Lön', id: 'lon' },
      { kind: 'p', text: 'Om lön.' },
    ]);
    expect(findings).toEqual([]);
    expect(links.map((l) => [l.page, l.target, l.contents])).toEqual([
      [1, 2, 'Gå till Rekrytering, sidan 2'],
      [1, 4, 'Gå till Lön, sidan 4'],
      [1, 4, 'Gå till Lön, sidan 4'],
    ]);
    for (const l of links) {
      expect(l.structParent).toBeDefined();
      expect(l.tabs).toBe('/S');
    }
    // The printed page is the destination's, and the destination's page has the heading.
    expect(pages[0]).toContain(squash('Behandling Beskrivning Rekrytering se sidan 2 Lön se sidan 4'));
    expect(pages[0]).toContain(squash('Grupp B Behandling Beskrivning Lön se sidan 4'));
    expect(pages[1]).toContain('Rekrytering');
    expect(pages[3]).toContain('Lön');
  });

  it('a contents table without `link` prints page numbers only, as the register and policy PDFs have it', async () => {
    const { findings, links, pages } = await render([
      { kind: 'h1', text: 'Prov' },
      {
        kind: 'contents',
        columns: [
          { label: 'Avsnitt', width: 10 },
          { label: 'Sida', width: 1 },
        ],
        rows: [['Del', 'del']],
      },
      { kind: 'pagebreak' },
      { kind: 'h2', text: 'Del', id: 'del' },
    ]);
    expect(findings).toEqual([]);
    expect(links).toEqual([]);
    expect(pages[0]).toContain(squash('Avsnitt Sida Del 2'));
  });
});
