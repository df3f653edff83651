/**
 * The request form ("Begäran om registerutdrag") as a fillable, tagged PDF per
 * language, from the public view only: the person's details, which groups and
 * companies it concerns (from content), how they want the answer, and where
 * and how to send it (the same text as the page, src/site-data/request.ts).
 * Same content, same bytes: the date is the notice's, never "now".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { publicView, type PublicModel } from '../../src/site-data/public-view.ts';
import { noticeDate, noticePdfLangs, type LoadDiagnostics } from '../../src/site-data/notice-files.ts';
import { REQUEST_FORM_PDF, requestView } from '../../src/site-data/request.ts';
import { t } from '../../src/site-data/text.ts';
import type { Locale } from '../../src/model/schemas/index.ts';
import { fill } from '../../src/i18n/ui/index.ts';
import { requestText } from '../../src/i18n/request/index.ts';
import { createPdf, pdfToBuffer } from '../pdf/document.ts';
import { documentRoot } from '../pdf/structure.ts';
import { decoratePages, DOCUMENT_STYLE, renderBlocks } from '../pdf/layout.ts';
import type { Block } from '../pdf/blocks.ts';
import { taggedParagraph } from '../pdf/tagged-text.ts';
import { checkBox, initFillableForm, textField } from '../pdf/form-field.ts';

const LABEL_SIZE = 10;
const FIELD_HEIGHT = 20;
const BOX = 11;

/** One language's request form as PDF bytes. */
export async function requestFormPdf(pm: PublicModel, lang: Locale, date: string): Promise<Buffer> {
  const r = requestText(lang);
  const f = r.form;
  const v = requestView(pm, lang);
  const org = t(pm.organisation.name, lang);
  const doc = createPdf({ title: `${f.title} – ${org}`, lang, date, author: org, subject: f.title, toBuffer: true });
  initFillableForm(doc);
  const sect = doc.struct('Sect');
  documentRoot(doc).add(sect);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  // renderBlocks ends the element it is given: each run of blocks gets its own part of the form's section.
  const blocks = (b: Block[]) => {
    const part = doc.struct('Div');
    sect.add(part);
    renderBlocks(doc, b, DOCUMENT_STYLE, part);
  };
  const ensureSpace = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const label = (text: string, x = left, w = width) => {
    doc.font('body').fontSize(LABEL_SIZE).fillColor('black');
    taggedParagraph(doc, sect, 'P', text, x, doc.y, { width: w });
  };
  const text = (name: string, caption: string, o: { multiline?: boolean; height?: number } = {}) => {
    const height = o.height ?? FIELD_HEIGHT;
    ensureSpace(LABEL_SIZE * 2 + height + 8);
    label(caption);
    doc.y += 2;
    textField(doc, sect, { name, label: caption, x: left, y: doc.y, width, height, multiline: o.multiline });
    doc.y += height + 8;
  };
  /** `question`: what the box answers, part of its accessible name ("Jag är eller har varit: Anställda"). */
  const check = (name: string, caption: string, question?: string) => {
    ensureSpace(BOX + 10);
    const y = doc.y;
    checkBox(doc, sect, { name, label: question ? `${question}: ${caption}` : caption, x: left, y, width: BOX });
    doc.y = y - 1;
    label(caption, left + BOX + 8, width - BOX - 8);
    doc.y = Math.max(doc.y, y + BOX) + 5;
  };

  blocks([
    { kind: 'h2', level: 1, text: f.title },
    { kind: 'p', text: f.intro },
    { kind: 'p', text: f.fillIn },
    { kind: 'h2', text: f.aboutYou },
  ]);
  text('name', f.name);
  text('personnummer', f.personnummer);
  text('street', f.street);
  text('postal-town', f.postalTown);
  text('phone', f.phone);
  text('email', f.email);

  blocks([{ kind: 'h2', text: f.concerns }]);
  if (pm.subjects.length) {
    label(f.groups);
    doc.y += 4;
    for (const s of pm.subjects) check(`group-${s.id}`, t(s.name, lang), f.groupsName);
  }
  if (v.controllers.length) {
    doc.y += 4;
    label(f.companies);
    doc.y += 4;
    for (const c of v.controllers) check(`company-${c.id}`, c.name, f.companiesName);
  }
  doc.y += 4;
  text('more', f.more, { multiline: true, height: 60 });

  blocks([{ kind: 'h2', text: f.answerHeading }]);
  check('answer-post', f.byPost);
  if (v.visit) check('answer-visit', f.inPerson);
  if (v.eService) check('answer-eservice', fill(f.viaEService, { service: v.eService }));
  doc.y += 6;
  text('date', f.date);

  blocks([
    { kind: 'h2', text: f.sendHeading },
    { kind: 'p', text: f.sendTo },
    { kind: 'fields', rows: v.formChannels.map((c) => [c.label, c.lines.join(', ')] as [string, string]) },
    { kind: 'p', text: v.safe },
    { kind: 'p', text: v.identity },
    { kind: 'p', text: v.when },
    { kind: 'p', text: v.free },
  ]);
  sect.end();
  decoratePages(doc, `${f.title} – ${org}`, lang);
  return pdfToBuffer(doc);
}

/** Writes the request form per language (English only when every English text exists, as the notice PDF); returns the files. */
export async function writeRequestForms(model: Model, outDir: string, diagnostics: LoadDiagnostics, fallbackDate: string): Promise<string[]> {
  const pm = publicView(model);
  const written: string[] = [];
  for (const lang of noticePdfLangs(pm, diagnostics)) {
    const file = path.join(outDir, REQUEST_FORM_PDF[lang]);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await requestFormPdf(pm, lang, noticeDate(pm) ?? fallbackDate));
    written.push(file);
  }
  return written;
}
