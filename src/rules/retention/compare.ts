import { compareDurations, parseDuration } from '../../model/duration.ts';

/**
 * Compares two ISO periods exactly when both are whole months/years (P24M = P2Y),
 * otherwise with the model's day approximation. compareDurations alone
 * counts a month as 30.44 days, so P24M would come out longer than P2Y.
 */
export function compareRetention(a: string, b: string): number {
  const da = parseDuration(a);
  const db = parseDuration(b);
  if (da && db && da.weeks + da.days === 0 && db.weeks + db.days === 0) {
    return da.years * 12 + da.months - (db.years * 12 + db.months);
  }
  return compareDurations(a, b);
}
