/**
 * register.csv for Swedish Excel: UTF-8 with a byte order mark (so Excel does
 * not read it as Windows-1252), semicolon separators (Swedish Excel uses the
 * comma as decimal mark and ";" as list separator), CRLF line ends, and
 * double-quoted fields. Lines inside a cell are separated by LF, which Excel
 * shows as line breaks within the cell.
 */
import type { Locale } from '../../src/model/schemas/index.ts';
import type { Model } from '../../src/model/model.ts';
import { controllerEntities, registerRows, REGISTER_WIDTHS, type RegisterColumn } from '../../src/record/rows.ts';
import { REGISTER_LABELS } from '../../src/record/labels.ts';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** One row per activity per controller company, after one header row. */
export function registerCsv(model: Model, locale: Locale = 'sv'): string {
  const keys = Object.keys(REGISTER_WIDTHS) as RegisterColumn[];
  const lines = [keys.map((k) => csvField(REGISTER_LABELS[k][locale])).join(CSV_SEPARATOR)];
  for (const e of controllerEntities(model)) {
    for (const row of registerRows(model, e.id, locale)) {
      lines.push(keys.map((k) => csvField(row.cells[k].join('\n'))).join(CSV_SEPARATOR));
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Reads the CSV back (quoted fields, ";" separator); used by tests and tooling. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === CSV_SEPARATOR) {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
