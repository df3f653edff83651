/**
 * Finds the heading row of each sheet (title rows above it are skipped; a
 * title naming a company and an organisationsnummer is remembered), decides
 * what the sheet holds (activities, processors or security measures) and
 * turns the rows below into records keyed by field.
 */
import { checkOrganisationsnummer } from '../../src/model/validators/organisationsnummer.ts';
import { FIELDS_BY_KIND, matchHeading, normaliseHeading, type SheetKind } from './headings.ts';
import { bi, cellRef, columnLetters, ImportError, type Problem } from './problems.ts';
import type { Sheet, SheetCell, Workbook } from './read.ts';

/** How many rows from the top are searched for the heading row. */
const HEADER_SEARCH_ROWS = 30;

export interface Mapping {
  /** Normalised heading → field, or "ignore". */
  columns: Map<string, string>;
  headerRow?: number;
  sheets?: string[];
}

export interface ColumnUse {
  column: number;
  heading: string;
  field?: string;
  /** Where the field came from: the built-in list or the mapping file. */
  by?: 'built-in' | 'mapping';
}

export interface Layout {
  sheet: string;
  kind: SheetKind;
  headerRow: number;
  columns: ColumnUse[];
  /** A company named with its organisationsnummer in a title row above the headings. */
  titleController?: { name: string; organisationsnummer: string; ref: string };
}

export interface Record_ {
  sheet: string;
  row: number;
  fields: Map<string, SheetCell>;
  /** Cells under headings no field was found for: kept as todo notes. */
  unmapped: { heading: string; cell: SheetCell }[];
}

export interface SkippedSheet {
  sheet: string;
  reason: 'empty' | 'no-headings' | 'not-selected';
}

export interface ReadTables {
  layouts: Layout[];
  records: Map<Layout, Record_[]>;
  skipped: SkippedSheet[];
  /** Cells read in a special way (formula results, Excel date numbers), for the report. */
  notes: { ref: string; note: { sv: string; en: string } }[];
}

const columnOf = (address: string) => {
  const letters = /^[A-Z]+/.exec(address)?.[0] ?? '';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
};

function score(cells: Map<number, SheetCell>, kind: SheetKind, mapping: Mapping): ColumnUse[] {
  const uses: ColumnUse[] = [];
  for (const [column, cell] of [...cells].sort((a, b) => a[0] - b[0])) {
    // A heading cell merged down from the row above (a two-row header) keeps the text of the merged range.
    const vertical = cell.mergedInto && columnOf(cell.mergedInto) === column;
    const heading = (cell.text || (vertical ? (cell.mergedText ?? '') : '')).replace(/\s+/g, ' ').trim();
    if (!heading) continue;
    const custom = mapping.columns.get(normaliseHeading(heading));
    if (custom !== undefined) {
      const ok = custom === 'ignore' || Object.hasOwn(FIELDS_BY_KIND[kind], custom);
      uses.push({ column, heading, ...(ok ? { field: custom, by: 'mapping' as const } : {}) });
      continue;
    }
    const field = matchHeading(heading, kind);
    uses.push({ column, heading, ...(field ? { field, by: 'built-in' as const } : {}) });
  }
  return uses;
}

const distinctFields = (uses: ColumnUse[]) => new Set(uses.map((u) => u.field).filter((f) => f && f !== 'ignore')).size;

function usable(kind: SheetKind, uses: ColumnUse[]): boolean {
  const f = new Set(uses.map((u) => u.field));
  // A retention plan or a list of systems names activities too; a register also gives purposes, bases or people.
  if (kind === 'activities') return (f.has('activity') || f.has('purposes')) && (f.has('purposes') || f.has('legalBasis') || f.has('subjects'));
  if (kind === 'processors') return f.has('processorName') && (f.has('service') || f.has('country'));
  return f.has('measureTitle') && f.has('measureDescription');
}

/** The heading row and kind of a sheet, or why it has none. */
function findLayout(sheet: Sheet, mapping: Mapping): Layout | SkippedSheet['reason'] {
  if (!sheet.rows.length) return 'empty';
  const candidates = mapping.headerRow ? sheet.rows.filter((r) => r.number === mapping.headerRow) : sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  let best: { row: number; kind: SheetKind; uses: ColumnUse[]; n: number } | undefined;
  for (const r of candidates) {
    for (const kind of ['activities', 'processors', 'security'] as const) {
      const uses = score(r.cells, kind, mapping);
      const n = distinctFields(uses);
      if (n >= 2 && usable(kind, uses) && (!best || n > best.n)) best = { row: r.number, kind, uses, n };
    }
  }
  if (!best) return 'no-headings';
  const layout: Layout = { sheet: sheet.name, kind: best.kind, headerRow: best.row, columns: best.uses };
  for (const r of sheet.rows) {
    if (r.number >= best.row) break;
    for (const cell of r.cells.values()) {
      const m = /^(?:personuppgiftsansvarig\s*:?\s*)?(.+?)[\s,(]+(?:org\.?\s*nr\.?|organisationsnummer)?\s*:?\s*(\d{6}-?\d{4})\)?\s*$/i.exec(cell.text.trim());
      if (m && !checkOrganisationsnummer(m[2]!.includes('-') ? m[2]! : `${m[2]!.slice(0, 6)}-${m[2]!.slice(6)}`)) {
        const nr = m[2]!.includes('-') ? m[2]! : `${m[2]!.slice(0, 6)}-${m[2]!.slice(6)}`;
        layout.titleController = { name: m[1]!.replace(/[,:;\s]+$/, '').trim(), organisationsnummer: nr, ref: cell.ref };
      }
    }
  }
  return layout;
}

/** Reads every sheet; problems that make the headings ambiguous stop the import. */
export function readTables(wb: Workbook, mapping: Mapping): ReadTables {
  const problems: Problem[] = [];
  const out: ReadTables = { layouts: [], records: new Map(), skipped: [], notes: [] };
  for (const sheet of wb.sheets) {
    if (mapping.sheets && !mapping.sheets.includes(sheet.name)) {
      out.skipped.push({ sheet: sheet.name, reason: 'not-selected' });
      continue;
    }
    const layout = findLayout(sheet, mapping);
    if (typeof layout === 'string') {
      out.skipped.push({ sheet: sheet.name, reason: layout });
      continue;
    }
    const header = sheet.rows.find((r) => r.number === layout.headerRow)!;
    // A heading merged across several columns names none of them: the importer cannot tell which is which.
    for (const cell of header.cells.values()) {
      if (cell.mergeRange && cell.mergeRange.right > cell.column) {
        problems.push({
          where: cell.ref,
          message: bi(
            `Rubriken «${cell.text.trim()}» är sammanslagen över kolumnerna ${columnLetters(cell.column)}–${columnLetters(cell.mergeRange.right)}; varje kolumn behöver en egen rubrik.`,
            `The heading "${cell.text.trim()}" is merged across columns ${columnLetters(cell.column)}–${columnLetters(cell.mergeRange.right)}; each column needs a heading of its own.`,
          ),
          fix: bi(
            'Dela upp den sammanslagna cellen (Start → Sammanfoga och centrera → Dela upp celler) och skriv en rubrik i varje kolumn.',
            'Unmerge the cell (Home → Merge & Center → Unmerge Cells) and write a heading in each column.',
          ),
        });
      }
    }
    const fieldCols = new Map<number, ColumnUse>(layout.columns.map((u) => [u.column, u]));
    const records: Record_[] = [];
    const formulas = new Map<number, SheetCell[]>();
    for (const r of sheet.rows) {
      if (r.number <= layout.headerRow) continue;
      const rec: Record_ = { sheet: sheet.name, row: r.number, fields: new Map(), unmapped: [] };
      for (const [column, cell] of r.cells) {
        if (cell.mergedInto) continue; // the merged range's text sits in its first cell
        if (cell.kind === 'formula') formulas.set(column, [...(formulas.get(column) ?? []), cell]);
        const use = fieldCols.get(column);
        if (use?.field === 'ignore') continue;
        // A formula without a saved value has no text to read: it is kept as a todo with the formula.
        if (use?.field && cell.kind !== 'formula-no-value') rec.fields.set(use.field, cell);
        else if (cell.text.trim() || cell.kind === 'formula-no-value') rec.unmapped.push({ heading: use?.heading ?? `${columnLetters(column)} (utan rubrik / no heading)`, cell });
      }
      if (rec.fields.size || rec.unmapped.length) records.push(rec);
    }
    // One note per column of formulas: the computed values saved in the file were used.
    for (const list of formulas.values()) {
      const first = list[0]!;
      const ref = list.length > 1 ? `${first.ref}–${list.at(-1)!.ref.split('!').at(-1)}` : first.ref;
      const n = list.length;
      out.notes.push({
        ref,
        note:
          n > 1
            ? bi(`${n} formler (t.ex. ${first.formula}); de beräknade värden som sparats i filen användes`, `${n} formulas (e.g. ${first.formula}); the computed values saved in the file were used`)
            : bi(`formeln ${first.formula}; det beräknade värdet «${first.text}» användes`, `formula ${first.formula}; its computed value "${first.text}" was used`),
      });
    }
    out.layouts.push(layout);
    out.records.set(layout, records);
  }
  if (problems.length) throw new ImportError(problems);
  if (!out.layouts.length) {
    const empty = out.skipped.every((s) => s.reason === 'empty');
    throw new ImportError(
      out.skipped
        .filter((s) => s.reason !== 'not-selected')
        .map((s) => ({
          where: cellRef(s.sheet, 1, 1).replace(/!A1$/, ''),
          message:
            s.reason === 'empty'
              ? bi('Bladet är tomt.', 'The sheet is empty.')
              : bi(
                  `Ingen rubrikrad hittades bland de första ${HEADER_SEARCH_ROWS} raderna (t.ex. Behandling, Ändamål, Rättslig grund).`,
                  `No heading row found among the first ${HEADER_SEARCH_ROWS} rows (e.g. Processing activity, Purpose, Legal basis).`,
                ),
          fix: empty
            ? bi('Importera filen där registret finns, eller fyll i bladet.', 'Import the file that holds the register, or fill in the sheet.')
            : bi(
                'Ge kolumnerna rubriker som Behandling och Ändamål, eller ange dem i en mappningsfil (--map, se docs/onboarding.md).',
                'Give the columns headings such as Processing activity and Purpose, or name them in a mapping file (--map, see docs/onboarding.md).',
              ),
        })),
    );
  }
  return out;
}
