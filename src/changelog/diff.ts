/**
 * Semantic diff of two policy snapshots: what the board needs to know changed
 * (activities, purposes, legal bases, data categories, recipients,
 * processors, retention), never a line diff of YAML.
 */
import type { LawLike } from '../format/index.ts';
import { stableStringify, type PolicySnapshot, type SnapshotActivity, type SnapshotRetention, type Text } from './snapshot.ts';

export const CHANGE_AREAS = ['activity', 'purpose', 'legal-basis', 'data-category', 'recipient', 'processor', 'retention', 'subject', 'transfer'] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];
export type ChangeType = 'added' | 'removed' | 'changed';

export interface Change {
  area: ChangeArea;
  type: ChangeType;
  /** The item concerned: an id (data category, recipient, processor, activity) or a purpose id / retention key. */
  id: string;
  /** Set when the change is inside one activity (a purpose, a link to a recipient, a retention rule). */
  activity?: string;
  /** For "changed": which field. */
  field?: string;
  before?: unknown;
  after?: unknown;
}

export interface ChangeSet {
  changes: Change[];
  /** Display names of everything mentioned, from the newer snapshot first. */
  names: Record<string, Text>;
  /** The groups of people (subject ids) of each activity, newer snapshot first: the changelog is grouped by them. */
  subjectsOf: Record<string, string[]>;
  /** The laws cited (snapshots keep only "law-id section"): lets the renderer cite them as every output does. */
  laws?: Readonly<Record<string, LawLike>>;
}

type Keyed = { id: string };
// Key order differs between a fresh snapshot and one read back from sorted JSON: compare canonically.
const equal = (a: unknown, b: unknown) => stableStringify(a ?? null) === stableStringify(b ?? null);

function compareLists<T extends Keyed>(before: readonly T[], after: readonly T[], added: (x: T) => void, removed: (x: T) => void, both: (a: T, b: T) => void) {
  const a = new Map(before.map((x) => [x.id, x]));
  const b = new Map(after.map((x) => [x.id, x]));
  for (const [id, x] of b) if (!a.has(id)) added(x);
  for (const [id, x] of a) if (!b.has(id)) removed(x);
  for (const [id, x] of a) if (b.has(id)) both(x, b.get(id)!);
}

function fieldChanges(area: ChangeArea, id: string, a: Record<string, unknown>, b: Record<string, unknown>, fields: readonly string[], activity?: string): Change[] {
  return fields.filter((f) => !equal(a[f], b[f])).map((field) => ({ area, type: 'changed' as const, id, field, before: a[field], after: b[field], ...(activity ? { activity } : {}) }));
}

/** Links from an activity to another collection (recipients, processors, ...), as added/removed. */
function linkChanges(area: ChangeArea, activity: string, before: readonly string[], after: readonly string[]): Change[] {
  return [
    ...after.filter((x) => !before.includes(x)).map((id) => ({ area, type: 'added' as const, id, activity })),
    ...before.filter((x) => !after.includes(x)).map((id) => ({ area, type: 'removed' as const, id, activity })),
  ];
}

function activityChanges(a: SnapshotActivity, b: SnapshotActivity): Change[] {
  const out: Change[] = [];
  out.push(...fieldChanges('activity', a.id, a as never, b as never, ['name', 'controllers', 'specialCondition']));
  compareLists(
    a.purposes,
    b.purposes,
    (p) => out.push({ area: 'purpose', type: 'added', id: p.id, activity: a.id, after: p }),
    (p) => out.push({ area: 'purpose', type: 'removed', id: p.id, activity: a.id, before: p }),
    (x, y) => {
      out.push(...fieldChanges('purpose', x.id, x as never, y as never, ['description'], a.id));
      out.push(...fieldChanges('legal-basis', x.id, x as never, y as never, ['legalBasis', 'law'], a.id));
    },
  );
  out.push(...linkChanges('subject', a.id, a.subjects, b.subjects));
  out.push(...linkChanges('data-category', a.id, a.dataCategories, b.dataCategories));
  out.push(...linkChanges('recipient', a.id, a.recipients, b.recipients));
  out.push(...linkChanges('processor', a.id, a.processors, b.processors));
  out.push(...linkChanges('transfer', a.id, a.transfers, b.transfers));
  const keyed = (list: SnapshotRetention[]) => list.map((r) => ({ ...r, id: r.key }));
  compareLists(
    keyed(a.retention),
    keyed(b.retention),
    (r) => out.push({ area: 'retention', type: 'added', id: r.key, activity: a.id, after: strip(r) }),
    (r) => out.push({ area: 'retention', type: 'removed', id: r.key, activity: a.id, before: strip(r) }),
    (x, y) => {
      if (!equal(strip(x), strip(y))) out.push({ area: 'retention', type: 'changed', id: x.key, activity: a.id, before: strip(x), after: strip(y) });
    },
  );
  return out;
}

function strip(r: SnapshotRetention & { id?: string }): SnapshotRetention {
  const { id: _id, ...rest } = r;
  return rest;
}

const TYPE_ORDER: Record<ChangeType, number> = { added: 0, changed: 1, removed: 2 };

/** Deterministic order: area, then activity, then type, then id, then field. */
export function sortChanges(list: Change[]): Change[] {
  const k = (s?: string) => s ?? '';
  return list.sort(
    (x, y) =>
      CHANGE_AREAS.indexOf(x.area) - CHANGE_AREAS.indexOf(y.area) ||
      k(x.activity).localeCompare(k(y.activity), 'en') ||
      TYPE_ORDER[x.type] - TYPE_ORDER[y.type] ||
      x.id.localeCompare(y.id, 'en') ||
      k(x.field).localeCompare(k(y.field), 'en'),
  );
}

export function diffSnapshots(a: PolicySnapshot, b: PolicySnapshot): ChangeSet {
  const changes: Change[] = [];
  compareLists(
    a.activities,
    b.activities,
    (x) => changes.push({ area: 'activity', type: 'added', id: x.id }),
    (x) => changes.push({ area: 'activity', type: 'removed', id: x.id }),
    (x, y) => changes.push(...activityChanges(x, y)),
  );
  const top = <T extends Keyed>(area: ChangeArea, before: T[], after: T[], fields: string[]) =>
    compareLists(
      before,
      after,
      (x) => changes.push({ area, type: 'added', id: x.id }),
      (x) => changes.push({ area, type: 'removed', id: x.id }),
      (x, y) => changes.push(...fieldChanges(area, x.id, x as never, y as never, fields)),
    );
  top('data-category', a.dataCategories, b.dataCategories, ['name', 'special', 'criminal', 'personnummer']);
  top('subject', a.subjects, b.subjects, ['name']);
  top('recipient', a.recipients, b.recipients, ['name', 'kind', 'country']);
  top('processor', a.processors, b.processors, ['name', 'service', 'country', 'subProcessors']);

  // Names for display: newer snapshot wins, so a renamed item shows its current name.
  const names: Record<string, Text> = {};
  const subjectsOf: Record<string, string[]> = {};
  for (const s of [a, b]) {
    for (const x of s.activities) {
      names[`activity:${x.id}`] = x.name;
      subjectsOf[x.id] = x.subjects;
      for (const p of x.purposes) names[`purpose:${x.id}/${p.id}`] = p.description;
    }
    for (const x of s.dataCategories) names[`data-category:${x.id}`] = x.name;
    for (const x of s.subjects) names[`subject:${x.id}`] = x.name;
    for (const x of s.recipients) names[`recipient:${x.id}`] = x.name;
    for (const x of s.processors) names[`processor:${x.id}`] = { sv: x.name };
  }
  return { changes: sortChanges(changes), names, subjectsOf };
}
