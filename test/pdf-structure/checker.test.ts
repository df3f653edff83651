/**
 * The checker against documents broken on purpose, one property at a time, and
 * the fixtures the issue asks for: a paragraph continued on the next page and
 * a table cell of several lines.
 */
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { createPdf, pdfToBuffer } from '../../generators/pdf/document.ts';
import { documentRoot } from '../../generators/pdf/structure.ts';
import { drawTable } from '../../generators/pdf/table.ts';
import { taggedParagraph, taggedText } from '../../generators/pdf/tagged-text.ts';
import { renderBlocks } from '../../generators/pdf/layout.ts';
import { checkBox, initFillableForm, textField } from '../../generators/pdf/form-field.ts';
import { checkPdfBytes, type Finding } from './checker.ts';

const LONG = Array.from({ length: 700 }, (_, i) => `ord${i}`).join(' ');
const doc = () => createPdf({ title: 'Prov', lang: 'sv', date: '2025-01-01', toBuffer: true });
const check = async (d: PDFKit.PDFDocument) => checkPdfBytes(await pdfToBuffer(d), 'prov.pdf');
const checks = (f: Finding[]) => [...new Set(f.map((x) => x.check))].sort();

describe('structural checker: passing documents', () => {
  it('passes a paragraph continued on the next page: every piece is in its P', async () => {
    const d = doc();
    renderBlocks(d, [
      { kind: 'h1', text: 'Rubrik' },
      { kind: 'h2', text: 'Avsnitt' },
      { kind: 'p', text: LONG },
      { kind: 'p', text: LONG },
      { kind: 'list', items: [LONG] },
    ]);
    const pdf = await pdfToBuffer(d);
    expect(checkPdfBytes(pdf, 'prov.pdf')).toEqual([]);
  });

  it('passes a table cell of several lines: one P per line', async () => {
    const d = doc();
    const root = documentRoot(d);
    drawTable(d, {
      structParent: root,
      x: 64,
      y: 64,
      widths: [150, 300],
      rows: [
        ['Rubrik', 'Uppgifter'],
        ['Kontakt', 'Namn\nAdress\nE-postadress\nTelefonnummer'],
      ],
      headers: 'first-row',
      fontSize: 9,
      headerFont: 'bold',
      bodyFont: 'body',
    });
    expect(await check(d)).toEqual([]);
  });

  it('passes links: each address a Link element with its annotation and /Contents', async () => {
    const d = doc();
    taggedParagraph(d, documentRoot(d), 'P', 'Skriv till imy@imy.se eller läs på www.imy.se.', 64, 64, { width: 300 });
    const pdf = await pdfToBuffer(d);
    expect(checkPdfBytes(pdf, 'prov.pdf')).toEqual([]);
    expect(pdf.toString('latin1')).toContain('/Subtype /Link');
  });
});

describe('structural checker: each property broken once', () => {
  it('(a) lines of one marked-content sequence that run together', async () => {
    const d = doc();
    const td = d.struct('P');
    documentRoot(d).add(td);
    // One marked-content sequence for two lines: read as "NamnAdress".
    const c = d.markStructureContent('P');
    td.add(c);
    d.text('Namn\nAdress', 64, 64, { width: 300 });
    d.endMarkedContent();
    const f = await check(d);
    expect(checks(f)).toEqual(['a']);
    expect(f[0]!.message).toMatch(/prov\.pdf: tagged text differs .*NamnAdress.* vs page .*Namn Adress/);
  });

  it('(a)+(b) text drawn in no marked content', async () => {
    const d = doc();
    taggedParagraph(d, documentRoot(d), 'P', 'Taggad text.', 64, 64, { width: 300 });
    d.text('Otaggad text.', 64, 120);
    const f = await check(d);
    expect(checks(f)).toEqual(['a', 'b']);
    expect(f.map((x) => x.message).join('\n')).toMatch(/page 1: text outside any tagged marked content: "Otaggad text\."/);
  });

  it('(b) a page-break continuation without a ParentTree parent (plain pdfkit)', async () => {
    // pdfkit's own tagging: the continuation gets a new MCID that no element holds.
    const d = new PDFDocument({ tagged: true, lang: 'sv-SE', displayTitle: true, subset: 'PDF/UA', info: { Title: 'Prov' } });
    const root = d.struct('Document');
    d.addStructure(root);
    d.outline.addItem('Prov');
    d.text(LONG, { structParent: root, structType: 'P' });
    root.end();
    const f = checkPdfBytes(await pdfToBuffer(d), 'prov.pdf');
    expect(checks(f)).toContain('b');
    expect(f.find((x) => x.check === 'b')!.message).toMatch(/page 2: MCID 0 has no ParentTree parent \("ord/);
  });

  it('(c) a heading level skipped', async () => {
    const d = doc();
    const root = documentRoot(d);
    taggedParagraph(d, root, 'H1', 'Titel', 64, 64, { width: 300 });
    taggedParagraph(d, root, 'H3', 'Underrubrik', 64, undefined, { width: 300 });
    const f = await check(d);
    expect(checks(f)).toEqual(['c']);
    expect(f[0]!.message).toBe('prov.pdf: heading level skips from H1 to H3: "Underrubrik"');
  });

  it('(d) a table whose header cell has no Scope, and one without TD', async () => {
    const d = doc();
    const table = d.struct('Table');
    documentRoot(d).add(table);
    const tr = d.struct('TR');
    table.add(tr);
    const th = d.struct('TH');
    tr.add(th);
    taggedText(d, th, 'Rubrik', 64, 64, { width: 300 });
    const f = await check(d);
    expect(checks(f)).toEqual(['d']);
    expect(f.map((x) => x.message)).toEqual(['prov.pdf: table 1 ("Rubrik") has no TD', 'prov.pdf: table 1 ("Rubrik"): a TH has no Scope ("Rubrik")']);
  });

  it('(e) no Lang, no displayed title, no PDF/UA identifier and sections as roots', async () => {
    const d = new PDFDocument({ tagged: true, info: { Title: 'Prov' } });
    for (const t of ['Ett', 'Två']) {
      const s = d.struct('Sect');
      d.addStructure(s);
      d.text(t, { structParent: s, structType: 'P' });
      s.end();
    }
    const f = checkPdfBytes(await pdfToBuffer(d), 'prov.pdf');
    expect(checks(f)).toEqual(['e']);
    expect(f.map((x) => x.message)).toEqual([
      'prov.pdf: no /Lang in the catalog',
      'prov.pdf: the title is not displayed (/ViewerPreferences /DisplayDocTitle true)',
      'prov.pdf: no PDF/UA identifier (pdfuaid:part) in the XMP metadata',
      'prov.pdf: the structure tree root must have one Document element, found /Sect, /Sect',
    ]);
  });

  it('(f) a link annotation with no Link element and no /Contents', async () => {
    const d = doc();
    taggedParagraph(d, documentRoot(d), 'P', 'Läs mer', 64, 64, { width: 300 });
    d.link(64, 64, 40, 12, 'https://www.imy.se');
    const f = await check(d);
    expect(checks(f)).toEqual(['f']);
    expect(f.map((x) => x.message)).toEqual(['prov.pdf: page 1: link https://www.imy.se has no /Contents', 'prov.pdf: page 1: link https://www.imy.se has no Link structure element as its parent']);
  });

  it('(f) a link to a named destination the document does not have, and outside the structure', async () => {
    const d = doc();
    taggedParagraph(d, documentRoot(d), 'P', 'Text.', 64, 64, { width: 300 });
    d.goTo(64, 64, 40, 12, 'ingenstans');
    const f = await check(d);
    expect(f.map((x) => x.message)).toEqual([
      'prov.pdf: page 1: link to "ingenstans" has no /Contents',
      'prov.pdf: page 1: link to "ingenstans" has no Link structure element as its parent',
      'prov.pdf: page 1: link to "ingenstans", a named destination the document does not have',
    ]);
  });

  it('(g) three pages without bookmarks', async () => {
    const d = doc();
    const root = documentRoot(d);
    for (let i = 0; i < 3; i++) {
      if (i) d.addPage();
      taggedParagraph(d, root, 'P', `Sida ${i + 1}`, 64, 64, { width: 300 });
    }
    const f = await check(d);
    expect(f.map((x) => x.message)).toEqual(['prov.pdf: 3 pages but no bookmarks (outline)']);
  });

  it('(h) passes labelled form fields; a field without /TU, outside the structure tree, or on a page without /Tabs /S is found', async () => {
    const good = doc();
    initFillableForm(good);
    const root = documentRoot(good);
    taggedParagraph(good, root, 'P', 'Namn', 64, 64, { width: 300 });
    textField(good, root, { name: 'name', label: 'Namn', x: 64, y: 80, width: 300, height: 20 });
    checkBox(good, root, { name: 'ok', label: 'Jag vill ha svaret med brev', x: 64, y: 110, width: 11 });
    taggedParagraph(good, root, 'P', 'Jag vill ha svaret med brev', 80, 110, { width: 300 });
    expect(await check(good)).toEqual([]);

    const bad = doc();
    initFillableForm(bad);
    taggedParagraph(bad, documentRoot(bad), 'P', 'Namn', 64, 64, { width: 300 });
    // Plain pdfkit: no /TU and no Form element; and Tab order by rows (/Tabs /R) instead of the structure.
    bad.formText('name', 64, 80, 300, 20);
    const page = bad.page as unknown as { dictionary: { data: Record<string, unknown>; end: () => void } };
    const end = page.dictionary.end.bind(page.dictionary);
    page.dictionary.end = () => ((page.dictionary.data.Tabs = 'R'), end());
    const f = await check(bad);
    expect(checks(f)).toEqual(['h']);
    expect(f.map((x) => x.message)).toEqual([
      'prov.pdf: page 1: form field name has no accessible name (/TU)',
      'prov.pdf: page 1: form field name has no Form structure element as its parent',
      'prov.pdf: page 1: has form fields but Tab does not follow the structure (/Tabs /S)',
    ]);
  });
});
