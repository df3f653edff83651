/**
 * JSON Schemas of every content kind, generated from the zod schemas so
 * editors (YAML language server, VS Code) can autocomplete and validate
 * content files. Generated, never hand-edited: `npm run schemas`.
 */
import { z } from 'zod';
import { COLLECTION_KINDS, COLLECTION_SCHEMAS, OrganisationSchema } from '../src/model/schemas/index.ts';
import { extractRequestJsonSchema } from './extract/json-schema.ts';
import { PrivacyJsonSchema } from '../src/site-data/privacy-json-schema.ts';
import { zodToJsonSchema } from './shared/zod-json-schema.ts';

export type SchemaName = (typeof COLLECTION_KINDS)[number] | 'organisation';
export const SCHEMA_NAMES: readonly SchemaName[] = ['organisation', ...COLLECTION_KINDS];

const schemaFor = (name: SchemaName): z.ZodType => (name === 'organisation' ? OrganisationSchema : COLLECTION_SCHEMAS[name]);
export const schemaFileName = (name: SchemaName) => `${name}.schema.json`;

/** Keys that read best first; the rest follow alphabetically so output never depends on build order. */
const FIRST = ['$schema', '$id', 'title', 'description', 'x-ref', 'type'];

export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => {
    const ia = FIRST.indexOf(a);
    const ib = FIRST.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? FIRST.length : ia) - (ib === -1 ? FIRST.length : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return Object.fromEntries(keys.map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
}

/** The JSON Schema of one kind, as a plain object. */
export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  const generated = zodToJsonSchema(schemaFor(name));
  const title = name === 'organisation' ? 'content/organisation.yaml' : `content/${name}/<id>.yaml`;
  return canonical({ ...generated, $id: schemaFileName(name), title }) as Record<string, unknown>;
}

export const PRIVACY_SCHEMA_FILE = 'privacy.schema.json';

/** JSON Schema of the output privacy.json: what the notice holds after defaults are applied. */
export function privacyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PrivacyJsonSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return canonical({ ...generated, $id: PRIVACY_SCHEMA_FILE, title: 'privacy.json: the public privacy notice, machine-readable' }) as Record<string, unknown>;
}

/** Every schema file's name and exact bytes (2-space JSON, trailing newline). */
export function generateSchemas(): { file: string; text: string }[] {
  return [
    ...SCHEMA_NAMES.map((name) => ({ file: schemaFileName(name), text: `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n` })),
    // The register-extract input is not content, but editors validate it the same way.
    extractRequestJsonSchema(canonical),
    // The published privacy.json, for its consumers (docs/machine-readable.md).
    { file: PRIVACY_SCHEMA_FILE, text: `${JSON.stringify(privacyJsonSchema(), null, 2)}\n` },
  ];
}
