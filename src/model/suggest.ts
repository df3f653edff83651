import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate, when it is close enough to be a plausible typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const best = closest(value, candidates as string[]);
  const limit = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  const d = distance(value, best);
  // Replacing every character (e.g. "de" → "sv") is no typo, however short.
  return d <= limit && d < value.length ? best : undefined;
}

/** A list for a hint, shortened when long. */
export function listForHint(values: readonly string[], max = 12): string {
  const sorted = [...values].sort();
  return sorted.length > max ? `${sorted.slice(0, max).join(', ')} … (${sorted.length} i alla / in all)` : sorted.join(', ');
}
