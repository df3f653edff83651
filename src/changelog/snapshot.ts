/**
 * A policy snapshot: the canonical, sorted, JSON-serialisable subset of the
 * model that a board adopts — what is processed, why, on which basis, shared
 * with whom and kept how long. File paths and review dates are left out so
 * the snapshot changes only when substance changes.
 */
import type { LocalizedText } from '../model/schemas/index.ts';
import type { Model } from '../model/model.ts';
import { basisCodes, recipientIds } from '../model/purposes.ts';
import { SNAPSHOT_FORMAT, type PolicySnapshot, type SnapshotActivity, type SnapshotRetention, type SnapshotText } from '../model/schemas/snapshot.ts';

export { SNAPSHOT_FORMAT };
export type { PolicySnapshot, SnapshotActivity, SnapshotRetention };
export type Text = SnapshotText;

export const EMPTY_SNAPSHOT: PolicySnapshot = { format: SNAPSHOT_FORMAT, activities: [], dataCategories: [], subjects: [], recipients: [], processors: [] };

export function text(t: LocalizedText): Text {
  return typeof t === 'string' ? { sv: t } : t.en ? { sv: t.sv, en: t.en } : { sv: t.sv };
}

const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (list: readonly string[]) => [...list].sort();
const cite = (c: { law: string; section?: string }) => (c.section ? `${c.law} ${c.section}` : c.law);

export function snapshotModel(model: Model): PolicySnapshot {
  const activities = byId(
    model.activities.map((a): SnapshotActivity => {
      const keys = new Set<string>();
      const retention = a.retention.map((r, i): SnapshotRetention => {
        let key = r.id ?? (r.documentType ? text(r.documentType).sv : `#${i + 1}`);
        if (keys.has(key)) key = `${key}#${i + 1}`;
        keys.add(key);
        return {
          key,
          ...(r.documentType ? { documentType: text(r.documentType) } : {}),
          ...(r.dataCategories ? { dataCategories: sorted(r.dataCategories) } : {}),
          ...(r.duration ? { duration: r.duration } : {}),
          ...(r.criteria ? { criteria: text(r.criteria) } : {}),
          ...(r.from ? { from: text(r.from) } : {}),
          ...(r.law ? { law: cite(r.law) } : {}),
          then: r.then,
        };
      });
      return {
        id: a.id,
        name: text(a.name),
        controllers: sorted(a.controllers),
        subjects: sorted(a.subjects),
        dataCategories: sorted(a.dataCategories),
        purposes: byId(a.purposes.map((p) => ({ id: p.id, description: text(p.description), legalBasis: basisCodes(p).join(', '), law: p.law.map(cite).sort() }))),
        ...(a.specialCondition ? { specialCondition: a.specialCondition.condition } : {}),
        recipients: sorted(recipientIds(a.recipients)),
        processors: sorted(a.processors),
        transfers: sorted(a.transfers),
        retention: retention.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
      };
    }),
  );
  return {
    format: SNAPSHOT_FORMAT,
    activities,
    dataCategories: byId(model.dataCategories.map((d) => ({ id: d.id, name: text(d.name), ...(d.special ? { special: d.special } : {}), criminal: d.criminal, personnummer: d.personnummer }))),
    subjects: byId(model.subjects.map((s) => ({ id: s.id, name: text(s.name) }))),
    recipients: byId(model.recipients.map((r) => ({ id: r.id, name: text(r.name), kind: r.kind, country: r.country }))),
    processors: byId(
      model.processors.map((p) => ({ id: p.id, name: p.name, service: text(p.service), country: p.country, subProcessors: p.subProcessors.map((s) => `${s.name} (${s.country})`).sort() })),
    ),
  };
}

/** JSON with object keys sorted at every level, two-space indented, trailing newline: byte-stable. */
export function stableStringify(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, norm((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(value), null, 2) + '\n';
}
