/** ISO 8601 periods (P2Y, P6M, P1Y6M, P30D), the unit of every retention fact. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const PERIOD = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function parseDuration(value: string): Duration | null {
  const m = PERIOD.exec(value);
  if (!m) return null;
  return {
    years: Number(m[1] ?? 0),
    months: Number(m[2] ?? 0),
    weeks: Number(m[3] ?? 0),
    days: Number(m[4] ?? 0),
  };
}

/** Approximate length in days, only for comparing two periods. */
export function durationDays(d: Duration): number {
  return d.years * 365.25 + d.months * 30.44 + d.weeks * 7 + d.days;
}

/** Compares two ISO periods: negative when a is shorter. */
export function compareDurations(a: string, b: string): number {
  const da = parseDuration(a);
  const db = parseDuration(b);
  if (!da || !db) throw new Error(`not an ISO 8601 period: ${!da ? a : b}`);
  return durationDays(da) - durationDays(db);
}

/** Wording lives in src/format/duration.ts; re-exported for callers that import it from here. */
export { formatDuration } from '../format/duration.ts';
