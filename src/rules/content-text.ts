/**
 * Every text a reader may see, wherever it is written: localised fields of
 * every YAML entry (both languages), the handbook MDX and the wording
 * templates. Rules that look for a wording anywhere (outdated names, rights
 * limited below the GDPR) read content through this one walk.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { COLLECTION_KINDS, COLLECTION_SCHEMAS, OrganisationSchema } from '../model/schemas/index.ts';
import { MODEL_KEYS, type Model } from '../model/model.ts';
import { walk } from '../model/schema-walk.ts';
import type { Finding } from './types.ts';

/** One text and where a finding about it points. */
export interface ContentText {
  where: Pick<Finding, 'kind' | 'id' | 'path' | 'at'>;
  text: string;
}

/** Texts of YAML entries: one item per language version of each localised field. */
function* entryTexts(model: Model): Generator<ContentText> {
  const items: { kind: Finding['kind']; id: string; schema: z.ZodType; value: unknown }[] = [{ kind: 'organisation', id: 'organisation', schema: OrganisationSchema, value: model.organisation }];
  for (const kind of COLLECTION_KINDS) {
    for (const entry of model[MODEL_KEYS[kind]] as readonly { id: string }[]) {
      items.push({ kind, id: entry.id, schema: COLLECTION_SCHEMAS[kind], value: entry });
    }
  }
  for (const item of items) {
    const found: ContentText[] = [];
    walk(item.schema, item.value, {
      text: ({ path, value }) => {
        // A bilingual text points at its language's own line.
        if (typeof value === 'string') found.push({ where: { kind: item.kind, id: item.id, path }, text: value });
        else {
          for (const lang of ['sv', 'en'] as const) {
            const text = value[lang];
            if (text) found.push({ where: { kind: item.kind, id: item.id, path: [...path, lang] }, text });
          }
        }
      },
    });
    yield* found;
  }
}

/**
 * Prose files, one paragraph at a time (a sentence may wrap over lines),
 * located at the paragraph's first line. Handlebars comments are notes to
 * the DPO, never sent to anyone, so they are skipped (kept as blank lines
 * so line numbers stay true).
 */
function* proseTexts(model: Model): Generator<ContentText> {
  for (const [kind, files] of [
    ['handbook', model.handbook],
    ['templates', model.templates],
  ] as const) {
    for (const f of files) {
      let source = readFileSync(f.absolute, 'utf8');
      if (kind === 'templates') source = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ''));
      const id = f.file.slice(kind.length + 1);
      const lines = source.split('\n');
      let start = -1;
      for (let i = 0; i <= lines.length; i++) {
        const blank = i === lines.length || lines[i]!.trim() === '';
        if (!blank && start < 0) start = i;
        if (blank && start >= 0) {
          yield { where: { kind, id, at: { line: start + 1, column: 1 } }, text: lines.slice(start, i).join('\n') };
          start = -1;
        }
      }
    }
  }
}

const collected = new WeakMap<Model, readonly ContentText[]>();

/**
 * Every text of the model. Several rules read them all, so they are collected
 * once per loaded model (it is frozen, so they cannot change); a model that
 * is not frozen (built by hand in a test) is walked afresh each time.
 */
export function contentTexts(model: Model): readonly ContentText[] {
  const known = collected.get(model);
  if (known) return known;
  const texts = [...entryTexts(model), ...proseTexts(model)];
  if (Object.isFrozen(model)) collected.set(model, texts);
  return texts;
}

/** The line of a prose paragraph on which the character at `index` lies (YAML texts keep their field's line). */
export function atIndex(where: ContentText['where'], text: string, index: number): ContentText['where'] {
  if (!where.at) return where;
  const before = text.slice(0, index);
  const line = where.at.line + (before.match(/\n/g)?.length ?? 0);
  const column = index - (before.lastIndexOf('\n') + 1) + 1;
  return { ...where, at: { line, column } };
}

/** Sentences of a text, with their start index (split after . ! ? followed by space or line end). */
export function sentences(text: string): { sentence: string; index: number }[] {
  const out: { sentence: string; index: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim()) out.push({ sentence: m[0].trim(), index: m.index + lead });
  }
  return out;
}
