import { luhnValid } from './luhn.ts';

export type PersonnummerProblem = 'format' | 'date' | 'check-digit';

export interface ParsedPersonnummer {
  /** Ten-digit form used for the check digit. */
  short: string;
  birthDate: string; // YYYY-MM-DD
  samordningsnummer: boolean;
}

/**
 * Validates a personnummer or samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC (age 100+)
 * or YYYYMMDD-NNNC; samordningsnummer adds 60 to the day.
 * `today` decides the century of the short form.
 */
export function parsePersonnummer(
  value: string,
  today = new Date(),
): { ok: true; value: ParsedPersonnummer } | { ok: false; problem: PersonnummerProblem } {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(value.trim());
  if (!m) return { ok: false, problem: 'format' };
  const [, century, yy, mm, ddRaw, sep, serial, check] = m as unknown as string[];
  let day = Number(ddRaw);
  const samordning = day > 60;
  if (samordning) day -= 60;
  let year: number;
  if (century) {
    year = Number(century + yy);
  } else {
    const thisYear = today.getUTCFullYear();
    year = Math.floor(thisYear / 100) * 100 + Number(yy);
    if (year > thisYear) year -= 100;
    if (sep === '+') year -= 100;
  }
  const month = Number(mm);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 || month > 12 || day < 1 ||
    date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day
  ) {
    return { ok: false, problem: 'date' };
  }
  const short = `${yy}${mm}${ddRaw}${serial}${check}`;
  if (!luhnValid(short)) return { ok: false, problem: 'check-digit' };
  const iso = `${String(year).padStart(4, '0')}-${mm}-${String(day).padStart(2, '0')}`;
  return { ok: true, value: { short, birthDate: iso, samordningsnummer: samordning } };
}
