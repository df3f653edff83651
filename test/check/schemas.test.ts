/**
 * The committed schemas/ folder must equal freshly generated schemas, and
 * each schema must compile and accept real content files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMA_NAMES, schemaFileName, type SchemaName } from '../../generators/json-schema.ts';
import { staleSchemaFiles, SCHEMAS_DIR } from '../../generators/cli/schemas.ts';
import { ROOT, fixture } from '../loader/helpers.ts';

function makeAjv() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
  ajv.addKeyword('x-ref');
  return ajv;
}
const validators = new Map<SchemaName, ReturnType<Ajv2020['compile']>>();
/** One compiled validator per schema: compiling is the slow part. */
function validatorFor(name: SchemaName) {
  if (!validators.has(name)) validators.set(name, makeAjv().compile(committed(name)));
  return validators.get(name)!;
}
const committed = (name: SchemaName) => JSON.parse(readFileSync(path.join(SCHEMAS_DIR, schemaFileName(name)), 'utf8'));

/** Every data file of a content dir, with the schema it belongs to. */
function contentFiles(dir: string): { file: string; schema: SchemaName; data: unknown }[] {
  const out: { file: string; schema: SchemaName; data: unknown }[] = [];
  if (!existsSync(dir)) return out;
  for (const name of SCHEMA_NAMES) {
    if (name === 'organisation') {
      const f = path.join(dir, 'organisation.yaml');
      if (existsSync(f)) out.push({ file: f, schema: name, data: parse(readFileSync(f, 'utf8')) });
      continue;
    }
    const sub = path.join(dir, name);
    if (!existsSync(sub) || !statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).sort()) {
      if (!/\.(ya?ml|json)$/.test(f)) continue;
      out.push({ file: path.join(sub, f), schema: name, data: parse(readFileSync(path.join(sub, f), 'utf8')) });
    }
  }
  return out;
}

describe('generated JSON Schemas', () => {
  it('the committed schemas/ folder equals freshly generated schemas (run `npm run schemas`)', () => {
    expect(staleSchemaFiles()).toEqual([]);
    const files = readdirSync(SCHEMAS_DIR)
      .filter((f) => f.endsWith('.schema.json'))
      .sort();
    // Every content kind, plus the register-extract input (generators/extract/json-schema.ts) and the published privacy.json.
    expect(files).toEqual([...SCHEMA_NAMES.map(schemaFileName), 'extract-request.schema.json', 'privacy.schema.json'].sort());
  });

  it('generation is deterministic and ends with a newline', () => {
    const a = generateSchemas();
    const b = generateSchemas();
    expect(b).toEqual(a);
    for (const f of a) expect(f.text.endsWith('}\n')).toBe(true);
  });

  it('marks reference fields with x-ref', () => {
    const activity = committed('activities');
    expect(activity.properties.controllers.items['x-ref']).toBe('entities');
    expect(activity.properties.purposes.items.properties.law.items.properties.law['x-ref']).toBe('laws');
    expect(committed('organisation').properties.parent['x-ref']).toBe('entities');
  });

  it.each(generateSchemas().map((f) => f.file))('%s compiles with Ajv (draft 2020-12)', (file) => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), 'utf8'));
    expect(() => makeAjv().compile(schema)).not.toThrow();
  });

  const sources = [path.join(ROOT, 'content'), fixture('valid')];
  const files = sources.flatMap(contentFiles);
  it('finds content files to validate', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });
  it.each(files.map((f) => [path.relative(ROOT, f.file), f] as const))('accepts %s', (_name, f) => {
    const validate = validatorFor(f.schema);
    const ok = validate(f.data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what the loader rejects: unknown keys, wrong types, missing fields', () => {
    const validate = makeAjv().compile(committed('entities'));
    const good = parse(readFileSync(fixture('valid/entities/moderbolaget.yaml'), 'utf8'));
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, emial: 'x@y.se' })).toBe(false);
    expect(validate({ ...good, addresses: 'Storgatan 1' })).toBe(false);
    const { email: _drop, ...missing } = good;
    expect(validate(missing)).toBe(false);
  });
});
