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

/** Policy versions sorted by version number (YYYY.N). */
export function sortedVersions(model: Pick<Model, 'policyVersions'>): PolicyVersionEntry[] {
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

/** The newest version of any state: what the board PDF and the handbook show (a draft while one is pending). */
export function newestVersion(model: Pick<Model, 'policyVersions'>): PolicyVersionEntry | undefined {
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
