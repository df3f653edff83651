/**
 * Reads one subject file and checks it against the schema and the content
 * model. Returns the request, or every problem found (all at once), each
 * located by line and column with the loader's own `locate` helper.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { locate, parseSource } from '../../src/model/yaml-source.ts';
import { parsePersonnummer } from '../../src/model/validators/personnummer.ts';
import { suggest } from '../../src/model/suggest.ts';
import type { Model, ResolvedActivity } from '../../src/model/model.ts';
import { ExtractRequestSchema, type ExtractRequest } from './schema.ts';
import { MESSAGES, type Problem } from './problems.ts';
import { addPeriod } from './dates.ts';

type Path = readonly (string | number)[];
type At = (path: Path, key?: boolean) => (m: { sv: string; en: string }) => Problem;
const OWN_CODES: Record<string, () => { sv: string; en: string }> = {
  date: MESSAGES.date,
  'reference-format': MESSAGES.reference,
  'empty-text': () => MESSAGES.invalid('text'),
  'postal-code': () => MESSAGES.invalid('postnummer / postal code'),
  country: () => MESSAGES.invalid('ISO 3166 country code'),
  email: () => MESSAGES.invalid('e-mail'),
  'id-format': () => MESSAGES.invalid('id'),
};

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function issueProblems(issue: z.core.$ZodIssue, data: unknown, at: At): Problem[] {
  const path = issue.path as Path;
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => at([...path, k], true)(MESSAGES.unknownField()));
  if (issue.code === 'invalid_union') {
    // Report the branch that got furthest: the first nested issue list.
    const first = issue.errors[0]?.[0];
    return first ? issueProblems({ ...first, path: [...path, ...first.path] } as z.core.$ZodIssue, data, at) : [at(path)(MESSAGES.invalid('value'))];
  }
  if (OWN_CODES[issue.message]) return [at(path)(OWN_CODES[issue.message]!())];
  if (valueAt(data, path) === undefined) return [at(path)(MESSAGES.missing())];
  if (issue.code === 'invalid_type') return [at(path)(MESSAGES.wrongType(issue.expected))];
  if (issue.code === 'invalid_value') return [at(path)(MESSAGES.oneOf(issue.values.map(String).join(', ')))];
  if (issue.code === 'too_small') return [at(path)(MESSAGES.tooFew(Number(issue.minimum)))];
  return [at(path)(MESSAGES.invalid(issue.code))];
}

/** Every field name the request schema knows: only these (and list positions) are printed in a path. */
const KNOWN_KEYS = (() => {
  const keys = new Set<string>();
  const visit = (schema: unknown): void => {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return;
    if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) keys.add(k), visit(v);
    for (const inner of [def.innerType, def.element, def.in, def.out, def.valueType]) if (inner) visit(inner);
    for (const option of (def.options as unknown[] | undefined) ?? []) visit(option);
  };
  visit(ExtractRequestSchema);
  return keys;
})();

/** A field path for messages: request keys that are not schema fields (record labels, misplaced data) become "…". */
function safePath(path: Path): string {
  return path.map((seg) => (typeof seg === 'number' || KNOWN_KEYS.has(seg) ? String(seg) : '…')).join('.');
}

export interface ReadResult {
  request?: ExtractRequest;
  /** The activities that apply (company is a controller, person in one of their groups). */
  activities?: ResolvedActivity[];
  problems: Problem[];
  /** Where the reference is written, for the duplicate-reference message. */
  referenceAt?: { line: number; column: number };
}

export function readRequestFile(absPath: string, display: string, model: Model): ReadResult {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    return { problems: [{ file: display, line: 1, column: 1, path: '', ...MESSAGES.unreadable((e as NodeJS.ErrnoException).code ?? 'error') }] };
  }
  return checkRequestText(text, display, model);
}

export function checkRequestText(text: string, display: string, model: Model): ReadResult {
  const { source, errors, data } = parseSource(display, text);
  if (errors.length) {
    // The parser's message may quote the source line: print only the place.
    return { problems: errors.map((e) => ({ file: display, line: e.line, column: e.column, path: '', ...MESSAGES.yaml() })) };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file: display, line: 1, column: 1, path: '', ...MESSAGES.notMapping() }] };
  }
  const at: At =
    (path, key = false) =>
    (m) => ({
      file: display,
      ...locate(source, path, { key }),
      path: safePath(path),
      ...m,
    });
  const parsed = ExtractRequestSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.flatMap((i) => issueProblems(i, data, at)) };
  }
  const request = parsed.data;
  const { problems, activities } = checkAgainstModel(request, model, at);
  return problems.length ? { problems } : { request, activities, problems, referenceAt: locate(source, ['request', 'reference']) };
}

function checkAgainstModel(r: ExtractRequest, model: Model, at: At) {
  const problems: Problem[] = [];
  const refCheck = (kind: keyof Model['byId'], id: string, path: Path) => {
    if (model.byId[kind].has(id)) return true;
    problems.push(at(path)(MESSAGES.unknownRef(kind, suggest(id, [...model.byId[kind].keys()]))));
    return false;
  };

  // The person's number: exactly one, valid, of the kind the field says.
  const { personnummer, samordningsnummer } = r.person;
  if (personnummer === undefined && samordningsnummer === undefined) problems.push(at(['person'])(MESSAGES.idNumberMissing()));
  else if (personnummer !== undefined && samordningsnummer !== undefined) problems.push(at(['person', 'samordningsnummer'])(MESSAGES.idNumberBoth()));
  else {
    const field = personnummer !== undefined ? 'personnummer' : 'samordningsnummer';
    // The century of a short number is decided by the date received, not today: same input, same result.
    const parsed = parsePersonnummer(String(personnummer ?? samordningsnummer), new Date(`${r.request.received}T00:00:00Z`));
    if (!parsed.ok) problems.push(at(['person', field])(MESSAGES.idNumber(parsed.problem)));
    else if (parsed.value.samordningsnummer !== (field === 'samordningsnummer')) problems.push(at(['person', field])(MESSAGES.idNumber('kind')));
  }

  const entityOk = refCheck('entities', r.entity, ['entity']);
  const subjectsOk = r.subjects.map((s, i) => refCheck('subjects', s, ['subjects', i])).every(Boolean);
  (r.activities ?? []).forEach((a, i) => refCheck('activities', a, ['activities', i]));
  r.data.forEach((d, i) => refCheck('data-categories', d.category, ['data', i, 'category']));
  r.sources.forEach((s, i) => {
    if (s.party) refCheck('recipients', s.party, ['sources', i, 'party']);
    s.categories.forEach((c, j) => refCheck('data-categories', c, ['sources', i, 'categories', j]));
  });
  r.recipients.forEach((s, i) => {
    if (s.recipient) refCheck('recipients', s.recipient, ['recipients', i, 'recipient']);
    else if (!s.name) problems.push(at(['recipients', i])(MESSAGES.recipientNameless()));
    s.categories.forEach((c, j) => refCheck('data-categories', c, ['recipients', i, 'categories', j]));
  });
  r.data.forEach((d, i) =>
    d.tables.forEach((t, j) =>
      t.rows.forEach((row, k) => {
        if (row.length !== t.columns.length) problems.push(at(['data', i, 'tables', j, 'rows', k])(MESSAGES.columns(t.columns.length)));
      }),
    ),
  );

  // Dates: the answer cannot precede the request; the extension notice falls within the first month.
  const deadline = addPeriod(r.request.received, model.organisation.rights.responseDeadline);
  if (r.request.answered && r.request.answered < r.request.received) problems.push(at(['request', 'answered'])(MESSAGES.answeredBeforeReceived()));
  if (r.request.extension) {
    const n = r.request.extension.notified;
    if (n < r.request.received || n > deadline) problems.push(at(['request', 'extension', 'notified'])(MESSAGES.notifiedOutside()));
  }

  let activities: ResolvedActivity[] = [];
  if (entityOk && subjectsOk) {
    const all = model.activities.filter((a) => a.controllers.includes(r.entity) && a.subjects.some((s) => r.subjects.includes(s)));
    if (r.activities) {
      r.activities.forEach((id, i) => {
        if (model.byId.activities.has(id) && !all.some((a) => a.id === id)) problems.push(at(['activities', i])(MESSAGES.activityNotApplicable(id)));
      });
      activities = all.filter((a) => r.activities!.includes(a.id));
    } else activities = all;
    if (!all.length) problems.push(at(['subjects'])(MESSAGES.noActivity(r.entity)));
    const processed = new Set(activities.flatMap((a) => a.dataCategories));
    r.data.forEach((d, i) => {
      if (model.byId['data-categories'].has(d.category) && activities.length && !processed.has(d.category)) {
        problems.push(at(['data', i, 'category'])(MESSAGES.categoryNotProcessed(d.category)));
      }
    });
  }
  return { problems, activities };
}
