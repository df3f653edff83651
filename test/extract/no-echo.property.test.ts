/**
 * Issue 20, item 7: no key or value written in a request reaches stdout or
 * stderr. A thousand generated bad requests (unknown keys, misplaced names,
 * unknown ids, personnummer-shaped keys, wrong types, broken syntax), each
 * carrying sentinel strings, are checked; the printed problems must name
 * places and fields only. A thousand is enough: each case applies 1–3 of 7
 * mutation kinds at one of 10 or 21 places, so the rarest (kind, place) pair
 * comes up about 14 times per run; a message that echoes one field's value
 * fails the run (an unknown id echoed was planted and caught).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parse, stringify } from 'yaml';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { checkRequestText } from '../../generators/extract/input.ts';
import { formatProblem } from '../../generators/extract/problems.ts';
import { runBatch } from '../../generators/extract/batch.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures/extract');
const CONTENT = path.join(FIX, 'content');
const BASE = parse(readFileSync(path.join(FIX, 'requests/ref-a.yaml'), 'utf8')) as Record<string, unknown>;

/** A sentinel cannot occur in any message and cannot pass as a reference (no digit after a short prefix). */
const sentinel = fc.stringMatching(/^[a-z]{0,3}Zq[a-zA-Z]{6,10}$/);
/** A valid personnummer (Luhn) to use as a key or value. */
const pnr = fc.integer({ min: 0, max: 999 }).map((n) => {
  const nine = `450312${String(n).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `19${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
});

type Mutation = { apply: (r: Record<string, any>) => void; secrets: string[]; raw?: (text: string) => string };

const OBJECT_PATHS = [[], ['person'], ['person', 'address'], ['request'], ['data', 0], ['data', 0, 'values'], ['data', 2, 'tables', 0], ['sources', 0], ['recipients', 0], ['withheld', 0]];
const LEAF_PATHS = [
  ['person', 'name'],
  ['person', 'address', 'street'],
  ['person', 'address', 'postalCode'],
  ['person', 'address', 'country'],
  ['person', 'personnummer'],
  ['request', 'reference'],
  ['request', 'received'],
  ['request', 'channel'],
  ['request', 'delivery'],
  ['request', 'language'],
  ['request', 'extension', 'notified'],
  ['entity'],
  ['subjects', 0],
  ['data', 0, 'category'],
  ['data', 1, 'category'],
  ['sources', 0, 'party'],
  ['sources', 0, 'categories', 0],
  ['recipients', 0, 'recipient'],
  ['recipients', 0, 'categories', 1],
  ['data', 2, 'tables', 0, 'columns', 0],
  ['data', 2, 'documents', 0, 'date'],
];
const at = (r: any, p: (string | number)[]) => p.reduce((o, k) => o[k], r);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // An unknown key with a sentinel value, anywhere.
  fc.tuple(fc.constantFrom(...OBJECT_PATHS), sentinel, sentinel).map(([p, k, v]) => ({ apply: (r: Record<string, any>) => void (at(r, p)[k] = v), secrets: [k, v] })),
  // A personnummer as a key.
  fc.tuple(fc.constantFrom(...OBJECT_PATHS), pnr, sentinel).map(([p, k, v]) => ({ apply: (r: Record<string, any>) => void (at(r, p)[k] = v), secrets: [k, k.replace('-', ''), v] })),
  // A sentinel (a name in the wrong field) as a value.
  fc.tuple(fc.constantFrom(...LEAF_PATHS), sentinel).map(([p, v]) => ({ apply: (r: Record<string, any>) => void (at(r, p.slice(0, -1))[p.at(-1)!] = v), secrets: [v] })),
  // A wrong type carrying a sentinel.
  fc.tuple(fc.constantFrom(...LEAF_PATHS), sentinel, sentinel).map(([p, k, v]) => ({ apply: (r: Record<string, any>) => void (at(r, p.slice(0, -1))[p.at(-1)!] = { [k]: v }), secrets: [k, v] })),
  // A record label (values) with a value of the wrong type: the label is in the path.
  fc.tuple(sentinel, sentinel).map(([k, v]) => ({ apply: (r: Record<string, any>) => void (r.data[0].values[k] = [v]), secrets: [k, v] })),
  // A table row of the wrong width.
  sentinel.map((v) => ({ apply: (r: Record<string, any>) => void r.data[2].tables[0].rows.push([v]), secrets: [v] })),
  // Broken syntax next to a sentinel.
  fc.tuple(sentinel, fc.constantFrom('{', ': :', '\t- x', '"')).map(([v, junk]) => ({ apply: () => {}, secrets: [v], raw: (t: string) => `${t}\n${v}${junk}\n` })),
);

const requestCase = fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([ms, json]) => {
  const r = structuredClone(BASE) as Record<string, any>;
  for (const m of ms) m.apply(r);
  let text = json ? JSON.stringify(r, null, 2) : stringify(r);
  for (const m of ms) if (m.raw) text = m.raw(text);
  return { text, secrets: ms.flatMap((m) => m.secrets), json };
});

const leaked = (output: string, secrets: string[]) => secrets.filter((s) => output.toLowerCase().includes(s.toLowerCase()));

describe('no request key or value is echoed (issue 20, item 7)', () => {
  it(
    '1,000 generated bad requests: the printed problems never contain a key or value of the request',
    () => {
      const model = loadModelOrThrow(CONTENT);
      let failing = 0;
      fc.assert(
        fc.property(requestCase, ({ text, secrets, json }) => {
          const { problems } = checkRequestText(text, json ? 'case.json' : 'case.yaml', model);
          if (problems.length) failing++;
          const output = problems.map(formatProblem).join('\n');
          expect(leaked(output, secrets), output).toEqual([]);
        }),
        { numRuns: 1000 },
      );
      // The generator must really produce bad requests, not 5,000 valid ones.
      expect(failing).toBeGreaterThan(900);
    },
    TIMEOUT.build,
  );

  it(
    'a whole batch of generated requests: nothing of them on stdout or stderr',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'gdpr-noecho-'));
      const cases = fc.sample(requestCase, { numRuns: 150, seed: 20 });
      cases.forEach((c, i) => writeFileSync(path.join(dir, `REF-${String(i).padStart(4, '0')}.${c.json ? 'json' : 'yaml'}`), c.text));
      let out = '';
      const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
      const files = cases.map((c, i) => path.join(dir, `REF-${String(i).padStart(4, '0')}.${c.json ? 'json' : 'yaml'}`));
      const result = await runBatch({ files, contentDir: CONTENT, outDir: mkdtempSync(path.join(tmpdir(), 'gdpr-noecho-out-')), workers: 2, stdout: sink, stderr: sink });
      expect(result.failed).toBeGreaterThan(100);
      expect(
        leaked(
          out,
          cases.flatMap((c) => c.secrets),
        ),
      ).toEqual([]);
    },
    TIMEOUT.build,
  );
});
