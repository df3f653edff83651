/**
 * Errors about a subject file. Every message names the place (file, line,
 * column, field path) and never the value found there: the value may be a
 * personnummer or another piece of personal data.
 */
export interface Problem {
  /** Display name of the file (see displayName: personnummer-like digits masked). */
  file: string;
  line: number;
  column: number;
  /** Field path such as person.personnummer; field names only, never values. */
  path: string;
  sv: string;
  en: string;
}

type Msg = { sv: string; en: string };

export const MESSAGES = {
  unreadable: (code: string): Msg => ({ sv: `Filen kan inte läsas (${code}).`, en: `The file cannot be read (${code}).` }),
  yaml: (): Msg => ({ sv: 'Filen är inte giltig YAML eller JSON.', en: 'The file is not valid YAML or JSON.' }),
  notMapping: (): Msg => ({ sv: 'Filen ska innehålla en mappning (fält: värde).', en: 'The file must contain a mapping (field: value).' }),
  missing: (): Msg => ({ sv: 'Fältet saknas.', en: 'The field is missing.' }),
  wrongType: (expected: string): Msg => ({ sv: `Fel typ av värde, väntade ${expected}.`, en: `Wrong kind of value, expected ${expected}.` }),
  // The key itself is never printed: a misplaced value (a name, a number) can sit where a key belongs.
  unknownField: (): Msg => ({ sv: 'Okänt fält på den här raden; se docs/extract.md för tillåtna fält.', en: 'Unknown field on this line; see docs/extract.md for the allowed fields.' }),
  oneOf: (options: string): Msg => ({ sv: `Ogiltigt värde; tillåtna: ${options}.`, en: `Invalid value; allowed: ${options}.` }),
  tooFew: (min: number): Msg => ({ sv: `Minst ${min} behövs.`, en: `At least ${min} needed.` }),
  invalid: (what: string): Msg => ({ sv: `Ogiltigt värde (${what}).`, en: `Invalid value (${what}).` }),
  date: (): Msg => ({ sv: 'Ogiltigt eller omöjligt datum (ÅÅÅÅ-MM-DD).', en: 'Invalid or impossible date (YYYY-MM-DD).' }),
  reference: (): Msg => ({
    sv: 'Diarienumret ska vara ett kort bokstavsprefix och ett nummer, t.ex. REF-2026-0042 (siffror, punkt, bindestreck, understreck; högst 64 tecken) och får inte likna ett personnummer.',
    en: 'The reference must be a short letter prefix and a number, e.g. REF-2026-0042 (digits, dot, hyphen, underscore; at most 64 characters), and must not look like a personnummer.',
  }),
  idNumberMissing: (): Msg => ({ sv: 'Ange personnummer eller samordningsnummer.', en: 'Give a personnummer or a samordningsnummer.' }),
  idNumberBoth: (): Msg => ({ sv: 'Ange bara ett av personnummer och samordningsnummer.', en: 'Give only one of personnummer and samordningsnummer.' }),
  idNumber: (problem: 'format' | 'date' | 'check-digit' | 'kind'): Msg =>
    ({
      format: { sv: 'Numret har fel format (ÅÅÅÅMMDD-NNNK eller ÅÅMMDD-NNNK).', en: 'The number has the wrong format (YYYYMMDD-NNNC or YYMMDD-NNNC).' },
      date: { sv: 'Numret innehåller ett omöjligt datum.', en: 'The number contains an impossible date.' },
      'check-digit': { sv: 'Numrets kontrollsiffra stämmer inte.', en: 'The check digit of the number is wrong.' },
      kind: { sv: 'Numret är av fel slag (personnummer eller samordningsnummer, dag + 60).', en: 'The number is of the wrong kind (personnummer or samordningsnummer, day + 60).' },
    })[problem],
  // The id written is not echoed (it could be a name typed in the wrong field); the suggestion comes from content.
  unknownRef: (kind: string, suggestion?: string): Msg => ({
    sv: `Okänt id i content/${kind}/.${suggestion ? ` Menade du "${suggestion}"?` : ''}`,
    en: `Unknown id in content/${kind}/.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  }),
  noActivity: (entity: string): Msg => ({
    sv: `Ingen verksamhet hos ${entity} gäller de angivna grupperna.`,
    en: `No activity of ${entity} applies to the groups given.`,
  }),
  activityNotApplicable: (id: string): Msg => ({
    sv: `Verksamheten "${id}" gäller inte detta företag och dessa grupper.`,
    en: `The activity "${id}" does not apply to this company and these groups.`,
  }),
  categoryNotProcessed: (id: string): Msg => ({
    sv: `Uppgiftsslaget "${id}" behandlas inte i någon verksamhet som gäller personen.`,
    en: `The data category "${id}" is not processed in any activity that applies to the person.`,
  }),
  recipientNameless: (): Msg => ({ sv: 'Ange mottagare (id) eller namn.', en: 'Give a recipient (id) or a name.' }),
  answeredBeforeReceived: (): Msg => ({ sv: 'Svarsdatum är före det datum begäran kom in.', en: 'The answer date is before the date received.' }),
  notifiedOutside: (): Msg => ({
    sv: 'Beskedet om förlängning ska ges efter att begäran kom in och inom den första fristen.',
    en: 'The extension notice must be given after receipt and within the first deadline.',
  }),
  columns: (n: number): Msg => ({ sv: `Raden ska ha ${n} celler, lika många som kolumnerna.`, en: `The row must have ${n} cells, as many as the columns.` }),
  duplicateReference: (other: string): Msg => ({
    sv: `Diarienumret används redan av ${other} i samma körning.`,
    en: `The reference is already used by ${other} in the same run.`,
  }),
  tooLarge: (bytes: number): Msg => ({
    sv: `Begäran är för stor för en PDF (filen är ${(bytes / 1e6).toFixed(1)} MB). Dela upp uppgifterna i flera begäranden, t.ex. en per år, eller skicka stora tabeller som bilaga (enclosed).`,
    en: `The request is too large for one PDF (the file is ${(bytes / 1e6).toFixed(1)} MB). Split the data into several requests, e.g. one per year, or send large tables as an enclosure (enclosed).`,
  }),
  render: (): Msg => ({ sv: 'PDF-filen kunde inte skapas.', en: 'The PDF could not be produced.' }),
  exists: (name: string): Msg => ({
    sv: `${name} finns redan i utmappen och skrevs inte över. Ange --overwrite för att ersätta den.`,
    en: `${name} already exists in the output folder and was not replaced. Give --overwrite to replace it.`,
  }),
  write: (code: string): Msg => ({ sv: `PDF-filen kunde inte sparas (${code}).`, en: `The PDF could not be saved (${code}).` }),
} as const;

/** Any run of digits shaped like a personnummer (with or without separator). */
const PNR_LIKE = /\d{6}(?:\d{2})?[-+]?\d{4}/g;

/**
 * File names are printed so staff can find the file, but a file named after
 * a person's number would leak it: personnummer-like digit runs are masked.
 * Names in file names cannot be detected; docs/extract.md asks staff to name
 * files by reference.
 */
export function displayName(relativePath: string): string {
  return mask(relativePath);
}

/** Masks personnummer-like digit runs in any text that is echoed (ids, keys, file names). */
export function mask(text: string): string {
  return text.replace(PNR_LIKE, '[nr]');
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}${p.path ? ` [${p.path}]` : ''} ${p.sv} / ${p.en}`;
}
