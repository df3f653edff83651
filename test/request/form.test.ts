/**
 * The request form PDF: tagged and fillable, every field labelled (/TU) and in
 * the structure tree (checker.ts, check h), the fields follow the content
 * (groups, companies, ways to get the answer), the labels are on the page,
 * and the same content gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView, type PublicModel } from '../../src/site-data/public-view.ts';
import { t } from '../../src/site-data/text.ts';
import { requestFormPdf } from '../../generators/request-form/index.ts';
import { requestText } from '../../src/i18n/request/index.ts';
import { checkPdfBytes } from '../pdf-structure/checker.ts';
import { ROOT } from '../site/built.ts';
import { fixtureView, requests } from './fixture.ts';
import { TIMEOUT } from '../support/timeouts.ts';

interface QpdfField {
  fullname: string;
  alternativename: string;
  fieldtype: string;
  ischeckbox: boolean;
  pageposfrom1: number;
}

/** The form's fields as qpdf reads them, and its text as pdftotext reads it. */
function inspect(bytes: Buffer): { fields: QpdfField[]; text: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'request-form-'));
  try {
    const file = path.join(dir, 'form.pdf');
    writeFileSync(file, bytes);
    const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=acroform', file], { encoding: 'utf8' }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    return { fields: json.acroform.fields, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const example = publicView(loadModelOrThrow(path.join(ROOT, 'content')));
const DATE = '2026-03-19';

describe('request form PDF', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(
      `${lang}: tagged, titled, with /Lang, and every field named and reachable from a Form element`,
      async () => {
        const bytes = await requestFormPdf(example, lang, DATE);
        expect(checkPdfBytes(bytes, `request-form.${lang}.pdf`).map((f) => `(${f.check}) ${f.message}`)).toEqual([]);
      },
      TIMEOUT.short,
    );

    it(
      `${lang}: a labelled field for each detail, group and company, and the labels on the page`,
      async () => {
        const f = requestText(lang).form;
        const { fields, text } = inspect(await requestFormPdf(example, lang, DATE));
        const byName = new Map(fields.map((x) => [x.fullname, x]));
        for (const [name, label] of [
          ['name', f.name],
          ['personnummer', f.personnummer],
          ['street', f.street],
          ['postal-town', f.postalTown],
          ['phone', f.phone],
          ['email', f.email],
          ['more', f.more],
          ['date', f.date],
        ] as const) {
          expect(byName.get(name), name).toMatchObject({ alternativename: label, fieldtype: '/Tx' });
          expect(text).toContain(label);
        }
        for (const s of example.subjects) {
          expect(byName.get(`group-${s.id}`), s.id).toMatchObject({ alternativename: `${f.groupsName}: ${t(s.name, lang)}`, ischeckbox: true });
          expect(text).toContain(t(s.name, lang));
        }
        for (const c of example.controllers) expect(byName.get(`company-${c.id}`), c.id).toMatchObject({ alternativename: `${f.companiesName}: ${c.legalName}`, ischeckbox: true });
        expect(byName.get('answer-post')).toMatchObject({ alternativename: f.byPost, ischeckbox: true });
        // The example takes requests in person: the form offers collecting the answer.
        expect(byName.get('answer-visit')).toMatchObject({ alternativename: f.inPerson });
        expect(fields.every((x) => x.alternativename.trim() !== '')).toBe(true);
      },
      TIMEOUT.short,
    );
  }

  it(
    'follows the content: one company offers no company, no visit no collecting, an e-service a field of its own',
    async () => {
      const names = async (pm: PublicModel) => inspect(await requestFormPdf(pm, 'sv', DATE)).fields.map((x) => x.fullname);
      const plain = await names(fixtureView());
      expect(plain.filter((n) => n.startsWith('company-'))).toEqual([]);
      expect(plain.filter((n) => n.startsWith('answer-'))).toEqual(['answer-post']);
      const withService = fixtureView(
        requests({ channels: { eService: { name: 'Mina sidor', url: 'https://minasidor.exempel.se' }, visit: { address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Exempelstad' } } } }),
      );
      const { fields, text } = inspect(await requestFormPdf(withService, 'sv', DATE));
      expect(fields.filter((x) => x.fullname.startsWith('answer-')).map((x) => [x.fullname, x.alternativename])).toEqual([
        ['answer-post', 'Med brev till adressen ovan'],
        ['answer-visit', 'Jag hämtar svaret på plats och visar legitimation'],
        ['answer-eservice', 'I Mina sidor'],
      ]);
      expect(text).toContain('Använd hellre Mina sidor.');
    },
    TIMEOUT.short,
  );

  it(
    "a form for content naming only a phone still says where to send it (the DPO, at the company's address)",
    async () => {
      const { text } = inspect(await requestFormPdf(fixtureView(requests({ channels: { phone: { number: '08-123 456' } } })), 'sv', DATE));
      expect(text).toContain('Skicka blanketten till: Brev Dataskyddsombudet, Storgatan 1, 111 22 Exempelstad E-post dataskydd@exempel.se');
    },
    TIMEOUT.short,
  );

  it(
    'the same content gives the same bytes',
    async () => {
      const a = await requestFormPdf(example, 'sv', DATE);
      const b = await requestFormPdf(publicView(loadModelOrThrow(path.join(ROOT, 'content'))), 'sv', DATE);
      expect(Buffer.compare(a, b)).toBe(0);
    },
    TIMEOUT.short,
  );
});
