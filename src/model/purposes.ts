/**
 * A purpose rests on one basis (legalBasis) or several (legalBases); a
 * recipient is an id or { recipient, condition }. Every reader goes through
 * these helpers, so no output or rule sees only the first basis.
 */
import type { LegalBasisCode } from './vocabulary/legal-bases.ts';
import type { ActivityRecipient, LocalizedText, Purpose } from './schemas/index.ts';

export interface PurposeBasisRef {
  basis: LegalBasisCode;
  note?: LocalizedText;
  /** Path of the basis inside the purpose, for located diagnostics. */
  path: (string | number)[];
}

export function basesOf(p: Pick<Purpose, 'legalBasis' | 'legalBases'>): PurposeBasisRef[] {
  if (p.legalBases) return p.legalBases.map((b, i) => ({ basis: b.basis as LegalBasisCode, ...(b.note ? { note: b.note } : {}), path: ['legalBases', i, 'basis'] }));
  return p.legalBasis ? [{ basis: p.legalBasis as LegalBasisCode, path: ['legalBasis'] }] : [];
}

export const hasBasis = (p: Pick<Purpose, 'legalBasis' | 'legalBases'>, code: LegalBasisCode) => basesOf(p).some((b) => b.basis === code);

/** The codes of a purpose, e.g. "6(1)(b), 6(1)(a)". */
export const basisCodes = (p: Pick<Purpose, 'legalBasis' | 'legalBases'>) => basesOf(p).map((b) => b.basis);

export interface RecipientRef {
  id: string;
  condition?: LocalizedText;
  path: (string | number)[];
}

export const recipientRefs = (list: readonly ActivityRecipient[]): RecipientRef[] =>
  list.map((r, i) => (typeof r === 'string' ? { id: r, path: [i] } : { id: r.recipient, condition: r.condition, path: [i, 'recipient'] }));

export const recipientIds = (list: readonly ActivityRecipient[]) => recipientRefs(list).map((r) => r.id);
