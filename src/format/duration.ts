/** ISO 8601 periods as words: "2 år och 6 månader", "1 month". */
import { parseDuration } from '../model/duration.ts';
import { count, list } from './list.ts';
import type { Locale } from '../model/schemas/index.ts';

export function formatDuration(value: string, lang: Locale): string {
  const d = parseDuration(value);
  if (!d) return value;
  const parts = (
    [
      ['years', 'year'],
      ['months', 'month'],
      ['weeks', 'week'],
      ['days', 'day'],
    ] as const
  )
    .filter(([k]) => d[k])
    .map(([k, unit]) => count(d[k], unit, lang));
  return list(parts, lang);
}

/** "72 timmar" / "72 hours" for a deadline given in hours. */
export const formatHours = (hours: number, lang: Locale): string => count(hours, 'hour', lang);

/** How often something recurs, in months: "var tolfte månad", "varje månad" / "every 12 months", "every month". */
export function formatInterval(months: number, lang: Locale): string {
  if (lang === 'en') return months === 1 ? 'every month' : `every ${count(months, 'month', lang)}`;
  const ordinal: Record<number, string> = { 1: 'varje', 2: 'varannan', 3: 'var tredje', 6: 'var sjätte', 12: 'var tolfte', 24: 'var tjugofjärde' };
  return `${ordinal[months] ?? `var ${months}:e`} månad`;
}
