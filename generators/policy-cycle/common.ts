/** What draft and adopt share: loading checked content, refusing with a reason and a fix, the digest of the prose. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/model/load.ts';
import { sortDiagnostics, type Diagnostic } from '../../src/model/diagnostics.ts';
import type { Model } from '../../src/model/model.ts';
import { runRules } from '../../src/rules/index.ts';
import { isCalendarReminder } from '../../src/rules/governance/reminders.ts';

export interface Bilingual {
  sv: string;
  en: string;
}

/** One reason a command refuses, with what to do about it. */
export interface Problem {
  message: Bilingual;
  fix: Bilingual;
}

export type CycleResult<T> = ({ ok: true } & T) | { ok: false; problems: Problem[]; diagnostics: Diagnostic[] };

export const problem = (sv: string, en: string, fixSv: string, fixEn: string): Problem => ({ message: { sv, en }, fix: { sv: fixSv, en: fixEn } });

export const VERSION_FORMAT = /^\d{4}\.\d+$/;

/** Ids are kebab-case, so version "2027.1" is stored as policy-versions/2027-1.yaml. */
export const versionFileId = (version: string) => version.replace('.', '-');

/**
 * Loads the content and runs the rules as of `today`. Errors block the policy
 * cycle; calendar reminders (adoption or reviews due) do not, since drafting
 * and adopting is how they are resolved. Warnings are returned for printing.
 */
export function loadForCycle(contentDir: string, today: string): { model?: Model; blocking: Diagnostic[]; warnings: Diagnostic[] } {
  const { model, diagnostics } = loadContent(contentDir);
  const all = sortDiagnostics([...diagnostics, ...(model ? runRules(model, { today }) : [])]);
  const blocking = all.filter((d) => d.severity === 'error' && !isCalendarReminder(d));
  const warnings = all.filter((d) => !blocking.includes(d) && !d.acknowledged);
  return { ...(model && !blocking.some((d) => !d.rule) ? { model } : {}), blocking, warnings };
}

export const CONTENT_ERRORS = problem(
  'Innehållet har fel (se listan ovan).',
  'The content has errors (see the list above).',
  'Rätta felen och kör kommandot igen; npm run check visar samma lista.',
  'Fix the errors and run the command again; npm run check shows the same list.',
);

/** The handbook prose the board reads, as one digest: adoption refuses prose edited since the draft. */
export function handbookDigest(model: Model): string {
  const hash = createHash('sha256');
  for (const f of [...model.handbook].sort((a, b) => a.file.localeCompare(b.file, 'en'))) {
    hash.update(`${f.file}\n`).update(readFileSync(f.absolute)).update('\n');
  }
  return `sha256:${hash.digest('hex')}`;
}
