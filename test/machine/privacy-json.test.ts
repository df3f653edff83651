/**
 * privacy.json of every example organisation validates against the
 * committed schemas/privacy.schema.json (ajv, JSON Schema 2020-12, formats
 * checked), and the schema rejects what the public view never writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { privacyJson } from '../../src/site-data/machine.ts';
import { PRIVACY_SCHEMA_FILE } from '../../generators/json-schema.ts';
import { SCHEMAS_DIR } from '../../generators/cli/schemas.ts';
import { exampleOrganisations } from './organisations.ts';

function validator() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS_DIR, PRIVACY_SCHEMA_FILE), 'utf8')));
}
const validate = validator();
const errorsOf = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe.each(exampleOrganisations())('privacy.json of $name', ({ dir }) => {
  const model = loadModelOrThrow(dir);
  const json = JSON.parse(privacyJson(publicView(model)));

  it('validates against schemas/privacy.schema.json', () => {
    expect(errorsOf(json)).toEqual([]);
    expect(json.notice.activities.length).toBeGreaterThan(0);
  });
});

describe('schemas/privacy.schema.json', () => {
  const json = JSON.parse(privacyJson(publicView(loadModelOrThrow(exampleOrganisations()[0]!.dir))));

  it('rejects an unknown field, a missing field, a bad hash and an internal field', () => {
    const bad = structuredClone(json);
    bad.notice.activities[0].systems = ['Journal system'];
    delete bad.notice.activities[1].purposes;
    bad.contentHash.value = 'abc';
    bad.notice.parent.email = 'not an address';
    expect(errorsOf(bad)).toEqual(
      expect.arrayContaining([
        '/notice/activities/0 must NOT have additional properties',
        "/notice/activities/1 must have required property 'purposes'",
        '/contentHash/value must match pattern "^[0-9a-f]{64}$"',
        '/notice/parent/email must match format "email"',
      ]),
    );
  });
});
