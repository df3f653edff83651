/**
 * Writes `count` synthetic, fictional access requests against the bundled
 * example (content/), deterministic from a seed: the extract batch inputs.
 * Personnummer are generated with valid check digits from a fixed 1900s range.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { luhnCheckDigit } from '../src/model/validators/luhn.ts';
import { rng } from './random.ts';

const TEMPLATE = path.resolve(import.meta.dirname, '../examples/REF-2026-0042.yaml');

export function generateRequests(dir: string, count: number, seed = 7): void {
  const r = rng(seed);
  const base = parse(readFileSync(TEMPLATE, 'utf8')) as Record<string, any>;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const yy = String(r.int(30, 99));
    const mm = String(r.int(1, 12)).padStart(2, '0');
    const dd = String(r.int(1, 28)).padStart(2, '0');
    const serial = String(r.int(100, 999));
    const nine = `${yy}${mm}${dd}${serial}`;
    const request = structuredClone(base);
    request.person.name = `Testperson ${i}`;
    request.person.personnummer = `19${yy}${mm}${dd}-${serial}${luhnCheckDigit(nine)}`;
    request.request.reference = `BENCH-${String(i).padStart(6, '0')}`;
    writeFileSync(path.join(dir, `${request.request.reference}.yaml`), stringify(request));
  }
}
