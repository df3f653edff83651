/**
 * JSON Schema of the subject file, generated from the zod schema so editors
 * validate and autocomplete requests. Written by `npm run schemas` into
 * schemas/extract-request.schema.json, next to the content schemas.
 */
import { zodToJsonSchema } from '../shared/zod-json-schema.ts';
import { ExtractRequestSchema } from './schema.ts';

export const EXTRACT_SCHEMA_FILE = 'extract-request.schema.json';

export function extractRequestJsonSchema(canonical: (v: unknown) => unknown): { file: string; text: string } {
  const generated = zodToJsonSchema(ExtractRequestSchema);
  const schema = canonical({ ...generated, $id: EXTRACT_SCHEMA_FILE, title: 'Registerutdrag, begäran / Access request (npm run extract)' });
  return { file: EXTRACT_SCHEMA_FILE, text: `${JSON.stringify(schema, null, 2)}\n` };
}
