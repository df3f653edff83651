/** Calendar arithmetic on ISO dates, in UTC so results never depend on the machine's zone. */
import { parseDuration } from '../../src/model/duration.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Adds an ISO period; months clamp to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addPeriod(isoDate: string, period: string): string {
  const d = parseDuration(period);
  if (!d) throw new Error(`not an ISO 8601 period: ${period}`);
  const [y, m, day] = isoDate.split('-').map(Number) as [number, number, number];
  const totalMonths = (y + d.years) * 12 + (m - 1) + d.months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const base = new Date(Date.UTC(year, month, Math.min(day, lastDay)));
  base.setUTCDate(base.getUTCDate() + d.weeks * 7 + d.days);
  return toIso(base);
}

/** "2 mars 2026" / "2 March 2026", from the locale's month names. */
export function formatDate(isoDate: string, months: readonly string[]): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}
