// biome-ignore-all lint/suspicious/noExplicitAny: walks zod 4's internal definitions (`_zod.def`), which zod does not type for this use.
/**
 * Turns zod issues into diagnostics a DPO can act on: plain words, the
 * line of the offending field, and a hint (closest key or value).
 */
import type { z } from 'zod';
import { makeDiagnostic, type Diagnostic } from './diagnostics.ts';
import { locate, type SourceFile } from './yaml-source.ts';
import { listForHint, suggest } from './suggest.ts';
import type { DpvProblem } from './vocabulary/dpv.ts';

function dpvDiagnostic(p: DpvProblem, where: Parameters<typeof makeDiagnostic>[2]): Diagnostic {
  if (p.problem === 'unknown') return makeDiagnostic('dpv-unknown-term', { term: p.term, suggestion: p.suggestion }, where);
  if (p.problem === 'sunset') return makeDiagnostic('dpv-sunset-term', { term: p.term, replacement: p.replacement }, where);
  return makeDiagnostic('dpv-wrong-kind', { term: p.term, expected: p.expected }, where);
}

type Issue = z.core.$ZodIssue;

const TYPE_SV: Record<string, string> = {
  string: 'en text',
  number: 'ett tal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'fält (namn: värde)',
  undefined: 'inget värde',
  null: 'tomt (null)',
  date: 'ett datum',
  'non-finite': 'inget tal utan .nan eller .inf (ej ett tal eller oändligt)',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  // YAML's .nan and .inf are numbers to JavaScript, but not to a reader.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

function shapeKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // Follow the schema down the path to list the allowed keys of an object.
  let cur: any = schema;
  const unwrap = () => {
    for (;;) {
      const def = cur?._zod?.def;
      if (!def) return;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) cur = def.innerType;
      else if (def.type === 'pipe') cur = def.in;
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    const def = cur?._zod?.def;
    if (!def) return [];
    if (def.type === 'object') cur = def.shape[key as string];
    else if (def.type === 'array') cur = def.element;
    else if (def.type === 'union') cur = def.options.find((o: any) => o._zod.def.type === 'object');
    else return [];
    unwrap();
    if (cur?._zod?.def?.type === 'union') {
      const obj = cur._zod.def.options.find((o: any) => o._zod.def.type === 'object');
      if (obj) cur = obj;
    }
  }
  const def = cur?._zod?.def;
  if (def?.type === 'union') {
    const obj = def.options.find((o: any) => o._zod.def.type === 'object');
    return obj ? Object.keys(obj._zod.def.shape) : [];
  }
  return def?.type === 'object' ? Object.keys(def.shape).filter((k) => k !== '$schema') : [];
}

/** Pick the union branch that matches the shape of the value (a text or an object). */
function unionIssues(issue: Extract<Issue, { code: 'invalid_union' }>, value: unknown): Issue[] {
  const branches = issue.errors;
  if (!branches.length) return [issue];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const fit = branches.find((b) => !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0));
  if (fit && (isObject || typeof value === 'string')) {
    return fit.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
  }
  return [issue];
}

export function issuesToDiagnostics(issues: readonly Issue[], source: SourceFile, data: unknown, schema: z.ZodType, pathPrefix: readonly PropertyKey[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const queue: Issue[] = [...issues];
  while (queue.length) {
    const issue = queue.shift()!;
    const path = [...pathPrefix, ...issue.path] as PropertyKey[];
    const value = valueAt(data, issue.path);
    const at = (p: readonly PropertyKey[], key = false) => ({ file: source.file, path: p, ...locate(source, p, { key }) });
    // zod reports a missing enum or text field as a bad value; to the DPO it is simply missing.
    if (value === undefined && issue.path.length && (issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
      out.push(makeDiagnostic('required', { field: String(path.at(-1)) }, at(path.slice(0, -1))));
      continue;
    }
    switch (issue.code) {
      case 'invalid_union': {
        const expanded = unionIssues(issue, value);
        if (expanded.length === 1 && expanded[0] === issue) {
          out.push(makeDiagnostic('invalid-type', { expected: 'en text eller { sv, en }', received: TYPE_SV[describe(value)] ?? describe(value) }, at(path)));
        } else queue.push(...expanded);
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          const field = String(path.at(-1) ?? '');
          if (field === 'sv') out.push(makeDiagnostic('missing-swedish', {}, at(path.slice(0, -1))));
          else out.push(makeDiagnostic('required', { field }, at(path.slice(0, -1))));
        } else {
          out.push(makeDiagnostic('invalid-type', { expected: TYPE_SV[issue.expected] ?? issue.expected, received: TYPE_SV[describe(value)] ?? describe(value) }, at(path)));
        }
        break;
      }
      case 'unrecognized_keys': {
        const allowed = shapeKeysAt(schema, issue.path);
        for (const key of issue.keys) {
          out.push(makeDiagnostic('unknown-key', { key, suggestion: suggest(key, allowed), allowed: allowed.join(', ') }, at([...path, key], true)));
        }
        break;
      }
      case 'invalid_value': {
        // Several bases written into the one-basis field: point to legalBases instead of "invalid value".
        if (path.at(-1) === 'legalBasis' && (Array.isArray(value) || (typeof value === 'string' && /[,;]|\boch\b|\band\b/.test(value)))) {
          out.push(makeDiagnostic('legal-basis-list', { value: Array.isArray(value) ? value.join(', ') : String(value) }, at(path)));
          break;
        }
        const allowed = issue.values.map(String);
        out.push(makeDiagnostic('invalid-value', { value: String(value), allowed: listForHint(allowed, 20), suggestion: suggest(String(value), allowed) }, at(path)));
        break;
      }
      case 'invalid_format':
      case 'custom': {
        if (issue.code === 'custom' && issue.message === 'dpv-term' && issue.params) {
          out.push(dpvDiagnostic(issue.params as DpvProblem, at(path)));
          break;
        }
        const format = issue.message && !issue.message.includes(' ') ? issue.message : issue.code === 'invalid_format' ? issue.format : 'value';
        if (format === 'legal-basis-missing' || format === 'legal-basis-both' || format === 'request-channel') {
          out.push(makeDiagnostic(format, {}, at(path)));
        } else if (format === 'empty-text') {
          out.push(makeDiagnostic('too-small', { minimum: 1, what: 'string' }, at(path)));
        } else if (format === 'id-format' && typeof value === 'string') {
          out.push(makeDiagnostic('invalid-format', { format, value }, at(path)));
        } else {
          out.push(makeDiagnostic('invalid-format', { format, value: String(value) }, at(path)));
        }
        break;
      }
      case 'too_small': {
        if (issue.message === 'empty-text') {
          out.push(makeDiagnostic('too-small', { minimum: 1, what: 'string' }, at(path)));
        } else {
          const what = issue.origin === 'array' ? 'array' : issue.origin === 'string' ? 'string' : 'number';
          out.push(makeDiagnostic('too-small', { minimum: Number(issue.minimum), what }, at(path)));
        }
        break;
      }
      case 'too_big':
        out.push(makeDiagnostic('too-big', { maximum: Number(issue.maximum) }, at(path)));
        break;
      default:
        out.push(makeDiagnostic('invalid-value-generic', { detail: issue.message }, at(path)));
    }
  }
  return out;
}
