/**
 * The cover letter comes from a Handlebars template the DPO edits
 * (content/templates/extract-letter.<lang>.hbs): wording changes need no code.
 * A content dir without its own template falls back to the bundled one.
 */
import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '../../src/model/model.ts';
import type { LetterVariable } from '../../src/model/documents/templates.ts';

const BUNDLED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/templates');
const cache = new Map<string, Handlebars.TemplateDelegate>();

export interface LetterContext {
  name: string;
  company: string;
  reference: string;
  received: string;
  answered: string;
  deadline: string;
  channel: string;
  delivery: string;
  extended: boolean;
  extendedDeadline: string;
  extensionReason: string;
  freeCopies: string;
  dpoName: string;
}
// `check` validates templates against LETTER_VARIABLES: the two lists must stay the same.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
// A compile-time check only: it does not type-check when the lists differ.
const _letterKeysMatch: SameKeys<keyof LetterContext, LetterVariable> = true;

export function templatePath(model: Model, lang: 'sv' | 'en'): string {
  const name = `extract-letter.${lang}.hbs`;
  const own = model.templates.find((t) => path.basename(t.file) === name);
  if (own) return own.absolute;
  const bundled = path.join(BUNDLED, name);
  if (existsSync(bundled)) return bundled;
  throw new Error(`template ${name} missing`);
}

/** Paragraphs of the letter: the template's output split at blank lines; single newlines stay line breaks. */
export function renderLetter(model: Model, lang: 'sv' | 'en', ctx: LetterContext): string[] {
  const file = templatePath(model, lang);
  let template = cache.get(file);
  if (!template) {
    // noEscape: the output is PDF text, not HTML; strict: a misspelt variable fails loudly.
    template = Handlebars.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true });
    cache.set(file, template);
  }
  return template(ctx)
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
}
