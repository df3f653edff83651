/** Dates as people read them: "2 mars 2026" / "2 March 2026", from ISO dates, independent of the machine's zone. */
import { WORDING } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export function formatDate(iso: string, lang: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${WORDING[lang].months[Number(m[2]) - 1]} ${m[1]}`;
}
