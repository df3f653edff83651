/**
 * The bad-input corpus: each case in cases/*.yaml breaks a copy of the example
 * content in one way and names the located error `check` must give.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';

export const CASES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

export type Edit =
  | { set: { file: string; path: (string | number)[]; value: unknown } }
  | { write: { file: string; text: string } }
  | { append: { file: string; text: string } }
  | { replace: { file: string; from: string; to: string } }
  | { encode: { file: string; text: string; encoding: 'latin1' | 'utf16le' } }
  | { symlink: { file: string; target: string } }
  | { remove: { file: string } }
  | { blob: { file: string; header?: 'png'; bytes: number } };

export interface BadInputCase {
  /** File name without .yaml. */
  name: string;
  /** The numbered item of issue 20 the case belongs to. */
  item: number;
  description: string;
  edits: Edit[];
  expect: { code: string; file: string; line?: number; message: string };
}

export function loadCases(): BadInputCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(path.join(CASES_DIR, f), 'utf8')) as Omit<BadInputCase, 'name'>) }));
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function applyEdits(dir: string, edits: readonly Edit[]): void {
  for (const edit of edits) {
    const [op, arg] = Object.entries(edit)[0] as [string, { file: string } & Record<string, unknown>];
    const abs = path.join(dir, arg.file);
    mkdirSync(path.dirname(abs), { recursive: true });
    switch (op) {
      case 'set': {
        const doc = parseDocument(readFileSync(abs, 'utf8'));
        doc.setIn(arg.path as (string | number)[], arg.value);
        writeFileSync(abs, doc.toString());
        break;
      }
      case 'write':
        writeFileSync(abs, arg.text as string);
        break;
      case 'append':
        appendFileSync(abs, arg.text as string);
        break;
      case 'replace': {
        const text = readFileSync(abs, 'utf8');
        if (!text.includes(arg.from as string)) throw new Error(`case edit: "${String(arg.from)}" not found in ${arg.file}`);
        writeFileSync(abs, text.replace(arg.from as string, arg.to as string));
        break;
      }
      case 'encode': {
        const bom = arg.encoding === 'utf16le' ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0);
        writeFileSync(abs, Buffer.concat([bom, Buffer.from(arg.text as string, arg.encoding as BufferEncoding)]));
        break;
      }
      case 'symlink':
        rmSync(abs, { force: true });
        symlinkSync(arg.target as string, abs);
        break;
      case 'remove':
        rmSync(abs, { recursive: true, force: true });
        break;
      case 'blob': {
        const body = Buffer.alloc(arg.bytes as number, 0x41);
        writeFileSync(abs, arg.header === 'png' ? Buffer.concat([PNG, body]) : body);
        break;
      }
      default:
        throw new Error(`unknown case edit ${op}`);
    }
  }
}
