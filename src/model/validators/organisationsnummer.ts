import { luhnValid } from './luhn.ts';

export type OrgNumberProblem = 'format' | 'third-digit' | 'check-digit';

/** Validates a Swedish organisationsnummer (NNNNNN-NNNC): Luhn check digit, third digit ≥ 2. */
export function checkOrganisationsnummer(value: string): OrgNumberProblem | null {
  const m = /^(\d{6})-?(\d{4})$/.exec(value.trim());
  if (!m) return 'format';
  const digits = m[1]! + m[2]!;
  if (Number(digits[2]) < 2) return 'third-digit';
  return luhnValid(digits) ? null : 'check-digit';
}
