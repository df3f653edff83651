/**
 * The states of a policy version: a draft (no board decision yet), adopted,
 * or superseded (a newer version has been adopted since). One place decides
 * which version every output shows, so no page or PDF dates itself differently.
 */
import type { Entry, Model } from '../model/model.ts';

export type PolicyVersionEntry = Entry<'policy-versions'>;
export type PolicyStatus = 'draft' | 'adopted' | 'superseded';

export function compareVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split('.').map(Number);
  const [by = 0, bn = 0] = b.split('.').map(Number);
  return ay - by || an - bn;
}

/** Anything that lists policy versions: the model, or the public view of it (adopted versions only). */
type WithVersions<V extends { version: string }> = { readonly policyVersions: readonly V[] };

/** Policy versions sorted by version number (YYYY.N). */
export function sortedVersions<V extends { version: string } = PolicyVersionEntry>(model: WithVersions<V>): V[] {
  return [...model.policyVersions].sort((a, b) => compareVersions(a.version, b.version));
}

/** Adopted versions (superseded included), oldest first. */
export function adoptedVersions(model: Pick<Model, 'policyVersions'>): PolicyVersionEntry[] {
  return sortedVersions(model).filter((v) => v.adoptedByBoard);
}

/** The version in force: the newest adopted one. */
export function currentAdopted(model: Pick<Model, 'policyVersions'>): PolicyVersionEntry | undefined {
  return adoptedVersions(model).at(-1);
}

/**
 * The newest version by version number: the one place that decides it. Of the model: any state, what the
 * board PDF and the handbook show (a draft while one is pending); of the public view: the newest adopted one.
 */
export function newestVersion<V extends { version: string } = PolicyVersionEntry>(model: WithVersions<V>): V | undefined {
  return sortedVersions(model).at(-1);
}

export function policyStatus(model: Pick<Model, 'policyVersions'>, v: PolicyVersionEntry): PolicyStatus {
  if (!v.adoptedByBoard) return 'draft';
  return currentAdopted(model)?.version === v.version ? 'adopted' : 'superseded';
}

export const STATUS_LABELS: Record<PolicyStatus, { sv: string; en: string }> = {
  draft: { sv: 'utkast', en: 'draft' },
  adopted: { sv: 'gällande', en: 'in force' },
  superseded: { sv: 'ersatt', en: 'superseded' },
};
