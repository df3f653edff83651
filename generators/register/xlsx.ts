/**
 * register.xlsx: one sheet per controller company (Art. 30(1)), one per company
 * acting as processor (Art. 30(2)), then processors, retention plan, security
 * measures and delegations. Dates inside the file are pinned to the document
 * date so the same content gives the same workbook.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../../src/model/schemas/index.ts';
import type { Model } from '../../src/model/model.ts';
import { registerTables } from '../../src/record/rows.ts';
import { documentDate, orgName } from '../../src/record/text.ts';

export async function registerXlsx(model: Model, locale: Locale = 'sv'): Promise<Buffer> {
  const fixed = new Date(`${documentDate(model)}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = orgName(model, locale);
  wb.lastModifiedBy = orgName(model, locale);
  wb.created = fixed;
  wb.modified = fixed;
  wb.lastPrinted = fixed;
  wb.title = locale === 'sv' ? 'Register över behandlingar' : 'Record of processing activities';
  for (const table of registerTables(model, locale)) {
    const ws = wb.addWorksheet(table.sheetName, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = table.columns.map((c) => ({ key: c.key, width: c.width }));
    const header = ws.addRow(table.columns.map((c) => c.label));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of table.rows) {
      const r = ws.addRow(table.columns.map((c) => (row.cells[c.key] ?? []).join('\n')));
      r.alignment = { wrapText: true, vertical: 'top' };
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length } };
  }
  const data = await wb.xlsx.writeBuffer();
  return normaliseZip(Buffer.from(data as ArrayBuffer));
}

/**
 * The zip library stamps each entry with the current time (DOS date/time in
 * the local and central headers). Walk the central directory and pin those
 * stamps, so two runs give identical bytes; CRCs are unaffected.
 */
export function normaliseZip(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the DOS epoch
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
