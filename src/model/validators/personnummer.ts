import { luhnValid } from './luhn.ts';

export type PersonnummerProblem = 'format' | 'date' | 'check-digit';

export interface ParsedPersonnummer {
  /** Ten-digit form used for the check digit. */
  short: string;
  birthDate: string; // YYYY-MM-DD
  samordningsnummer: boolean;
}

const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Validates a personnummer or samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC (age 100+)
 * or YYYYMMDD-NNNC, the separator also a space or left out; samordningsnummer adds
 * 60 to the day. `today` decides the century of the short form: the most recent
 * birth date not after today (compared as whole dates, not years).
 */
export function parsePersonnummer(value: string, today = new Date()): { ok: true; value: ParsedPersonnummer } | { ok: false; problem: PersonnummerProblem } {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3})(\d)$/.exec(value.trim());
  if (!m) return { ok: false, problem: 'format' };
  const [, century, yy, mm, ddRaw, sep, serial, check] = m as unknown as string[];
  let day = Number(ddRaw);
  const samordning = day > 60;
  if (samordning) day -= 60;
  const month = Number(mm);
  const todayIso = today.toISOString().slice(0, 10);
  let year: number;
  if (century) {
    year = Number(century + yy);
  } else {
    year = Math.floor(today.getUTCFullYear() / 100) * 100 + Number(yy);
    // ISO strings of equal length compare as dates.
    if (isoOf(year, month, day) > todayIso) year -= 100;
    if (sep === '+') year -= 100;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  if (month < 1 || month > 12 || day < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || isoOf(year, month, day) > todayIso) {
    return { ok: false, problem: 'date' };
  }
  const short = `${yy}${mm}${ddRaw}${serial}${check}`;
  if (!luhnValid(short)) return { ok: false, problem: 'check-digit' };
  return { ok: true, value: { short, birthDate: isoOf(year, month, day), samordningsnummer: samordning } };
}

/**
 * Every valid personnummer or samordningsnummer in a text, in any written form:
 * 10 or 12 digits; separated by "-", "+", a space or nothing. A number run into
 * other digits or hyphens (a phone number, an id) is not one.
 */
export function findPersonnummer(text: string, today = new Date()): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (const m of text.matchAll(/(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d])/g)) {
    if (parsePersonnummer(m[0], today).ok) out.push({ index: m.index, length: m[0].length });
  }
  return out;
}
