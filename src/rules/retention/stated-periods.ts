/**
 * Periods stated in free text ("högst tio år", "at most 10 years", "två år
 * efter sista anteckningen"), read so rules can compare a criteria-only
 * retention with the law it cites. Reading prose can be wrong, so what is
 * built on it is a warning.
 */
export type PeriodBound = 'max' | 'min' | 'exact';

export interface StatedPeriod {
  bound: PeriodBound;
  /** ISO 8601 period, e.g. P10Y. */
  period: string;
  /** The words as written. */
  quote: string;
}

const NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  femton: 15,
  tjugo: 20,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const MAX = '(?:högst|som mest|maximalt|max|inte (?:mer|längre) än|at most|no (?:more|longer) than|up to|a maximum of|maximum)';
const MIN = '(?:minst|som minst|minimum|inte kortare än|at least|no less than|not less than|a minimum of)';
const AFTER = '(?:efter|från|räknat från|after|from)';
const n = (name: string) =>
  `(?<${name}N>\\d+|${Object.keys(NUMBERS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(?<${name}U>år|månader|månad|veckor|vecka|dagar|dag|years?|months?|weeks?|days?)`;

const PATTERN = new RegExp(`(?<![\\p{L}])(?:${MAX}\\s+${n('max')}|${MIN}\\s+${n('min')}|(?:i|for)\\s+${n('for')}|${n('after')}\\s+${AFTER})(?![\\p{L}])`, 'giu');

function toPeriod(n: string, unit: string): string | undefined {
  const count = NUMBERS[n.toLowerCase()] ?? Number(n);
  if (!Number.isFinite(count) || count <= 0) return undefined;
  const u = unit.toLowerCase();
  const letter = u.startsWith('år') || u.startsWith('year') ? 'Y' : u.startsWith('mån') || u.startsWith('month') ? 'M' : u.startsWith('veck') || u.startsWith('week') ? 'W' : 'D';
  return `P${count}${letter}`;
}

export function statedPeriods(text: string): StatedPeriod[] {
  const out: StatedPeriod[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups!;
    const hit: [PeriodBound, string | undefined, string | undefined] = g.maxN
      ? ['max', g.maxN, g.maxU]
      : g.minN
        ? ['min', g.minN, g.minU]
        : g.forN
          ? ['exact', g.forN, g.forU]
          : ['exact', g.afterN, g.afterU];
    const period = hit[1] && hit[2] ? toPeriod(hit[1], hit[2]) : undefined;
    if (period) out.push({ bound: hit[0], period, quote: m[0] });
  }
  return out;
}
