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

/**
 * What the walk needs to know about one schema, read once per schema and kept
 * (issue 19: a check walks every entry twice, and zod's registry lookups and
 * definitions cost more than the walk itself). Children are read on first use,
 * so a recursive schema ends.
 */
interface Plan {
  schema: z.ZodType;
  type: string;
  text: boolean;
  file: ContentFileRule | undefined;
  ref: CollectionKind | undefined;
  shape?: [string, Plan][];
  element?: Plan;
  inner?: Plan;
  /** Union: the first option that is a reference, and the options that are objects. */
  refOption?: Plan | null;
  objectOptions?: Plan[];
}

const plans = new WeakMap<z.ZodType, Plan>();

function planOf(schema: z.ZodType): Plan {
  let plan = plans.get(schema);
  if (!plan) {
    plan = { schema, type: defOf(schema).type, text: isLocalizedText(schema), file: fileRegistry.get(schema), ref: refRegistry.get(schema)?.ref };
    plans.set(schema, plan);
  }
  return plan;
}

const shapeOf = (plan: Plan) => (plan.shape ??= Object.entries(defOf(plan.schema).shape as Record<string, z.ZodType>).map(([key, child]) => [key, planOf(child)] as [string, Plan]));
const innerOf = (plan: Plan) => {
  const def = defOf(plan.schema);
  return (plan.inner ??= planOf((def.type === 'pipe' ? def.in : def.innerType) as z.ZodType));
};
function unionOf(plan: Plan): { refOption: Plan | null; objectOptions: Plan[] } {
  if (plan.refOption === undefined) {
    const options = (defOf(plan.schema).options as z.ZodType[]).map(planOf);
    plan.refOption = options.find((o) => refRegistry.get(o.schema)) ?? null;
    plan.objectOptions = options.filter((o) => o.type === 'object');
  }
  return { refOption: plan.refOption, objectOptions: plan.objectOptions! };
}

export function walk(schema: z.ZodType, value: unknown, visitor: Visitor, path: (string | number)[] = []): void {
  walkPlan(planOf(schema), value, visitor, path);
}

function walkPlan(plan: Plan, value: unknown, visitor: Visitor, path: (string | number)[]): void {
  if (value === undefined || value === null) return;
  if (visitor.text && plan.text) {
    if (typeof value === 'string' || (typeof value === 'object' && value && 'sv' in value)) {
      visitor.text({ path, value: value as FoundText['value'] });
    }
  }
  if (plan.file && typeof value === 'string') {
    visitor.file?.({ path, value, rule: plan.file });
    return;
  }
  if (plan.ref && typeof value === 'string') {
    visitor.ref?.({ path, kind: plan.ref, id: value });
    return;
  }
  switch (plan.type) {
    case 'object': {
      if (typeof value !== 'object') return;
      for (const [key, child] of shapeOf(plan)) {
        walkPlan(child, (value as Record<string, unknown>)[key], visitor, [...path, key]);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return;
      const element = (plan.element ??= planOf(defOf(plan.schema).element as z.ZodType));
      value.forEach((item, i) => walkPlan(element, item, visitor, [...path, i]));
      return;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
    case 'pipe':
      walkPlan(innerOf(plan), value, visitor, path);
      return;
    case 'union': {
      // A reference may be one option of a union (an id, or an object naming it).
      const { refOption, objectOptions } = unionOf(plan);
      if (typeof value === 'string' && refOption) walkPlan(refOption, value, visitor, path);
      else if (typeof value === 'string') visitor.string?.(path, value);
      else for (const option of objectOptions) walkPlan(option, value, visitor, path);
      return;
    }
    case 'string':
      if (typeof value === 'string') visitor.string?.(path, value);
      return;
    default:
      return;
  }
}
