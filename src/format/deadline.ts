/** A deadline: "inom 1 timme", "within 1 month", from a period or a number of hours. */
import { formatDuration, formatHours } from './duration.ts';
import { WORDING } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface DeadlineLike {
  within?: string;
  hours?: number;
}

/** The length alone ("72 timmar"), or '' when the deadline gives neither. */
export function deadlineLength(d: DeadlineLike, lang: Locale): string {
  return d.within ? formatDuration(d.within, lang) : d.hours ? formatHours(d.hours, lang) : '';
}

/** "inom 72 timmar" / "within 72 hours", or '' when the deadline gives neither. */
export function formatDeadline(d: DeadlineLike, lang: Locale): string {
  const length = deadlineLength(d, lang);
  return length ? WORDING[lang].within(length) : '';
}
