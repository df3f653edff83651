/**
 * Walks a zod schema alongside a parsed value. Used to find every reference
 * (a string registered with `ref()`) and every localised text in an entry,
 * so neither needs a hand-kept list per kind.
 */
import type { z } from 'zod';
import { fileRegistry, LocalizedTextSchema, refRegistry, type CollectionKind } from './schemas/shared.ts';
import type { ContentFileRule } from './validators/content-file.ts';

export interface FoundRef {
  path: (string | number)[];
  kind: CollectionKind;
  id: string;
}
export interface FoundText {
  path: (string | number)[];
  value: string | { sv: string; en?: string };
}

export interface FoundFile {
  path: (string | number)[];
  value: string;
  rule: ContentFileRule;
}

interface Visitor {
  ref?(found: FoundRef): void;
  file?(found: FoundFile): void;
  text?(found: FoundText): void;
  string?(path: (string | number)[], value: string): void;
}

type AnyDef = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): AnyDef => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

const TEXT_OPTIONS = (LocalizedTextSchema as unknown as { _zod: { def: { options: unknown[] } } })._zod.def.options;
/** `.meta()` clones a schema but keeps its options, so compare those. */
function isLocalizedText(schema: z.ZodType): boolean {
  const def = defOf(schema);
  return def.type === 'union' && (def.options as unknown[])[0] === TEXT_OPTIONS[0];
}

export function walk(schema: z.ZodType, value: unknown, visitor: Visitor, path: (string | number)[] = []): void {
  if (value === undefined || value === null) return;
  if (visitor.text && isLocalizedText(schema)) {
    if (typeof value === 'string' || (typeof value === 'object' && value && 'sv' in value)) {
      visitor.text({ path, value: value as FoundText['value'] });
    }
  }
  const fileRule = fileRegistry.get(schema);
  if (fileRule && typeof value === 'string') {
    visitor.file?.({ path, value, rule: fileRule });
    return;
  }
  const meta = refRegistry.get(schema);
  if (meta && typeof value === 'string') {
    visitor.ref?.({ path, kind: meta.ref, id: value });
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (typeof value !== 'object') return;
      const shape = def.shape as Record<string, z.ZodType>;
      for (const [key, child] of Object.entries(shape)) {
        walk(child, (value as Record<string, unknown>)[key], visitor, [...path, key]);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => walk(def.element as z.ZodType, item, visitor, [...path, i]));
      return;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      walk(def.innerType as z.ZodType, value, visitor, path);
      return;
    case 'pipe':
      walk(def.in as z.ZodType, value, visitor, path);
      return;
    case 'union': {
      // A reference may be one option of a union (an id, or an object naming it).
      const refOption = typeof value === 'string' ? (def.options as z.ZodType[]).find((o) => refRegistry.get(o)) : undefined;
      if (refOption) walk(refOption, value, visitor, path);
      else if (typeof value === 'string') visitor.string?.(path, value);
      else
        for (const option of def.options as z.ZodType[]) {
          if (defOf(option).type === 'object') walk(option, value, visitor, path);
        }
      return;
    }
    case 'string':
      if (typeof value === 'string') visitor.string?.(path, value);
      return;
    default:
      return;
  }
}
