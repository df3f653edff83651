/**
 * JSON Schema of the subject file, generated from the zod schema so editors
 * validate and autocomplete requests. Written by `npm run schemas` into
 * schemas/extract-request.schema.json, next to the content schemas.
 */
import { z } from 'zod';
import { refRegistry } from '../../src/model/schemas/shared.ts';
import { ExtractRequestSchema } from './schema.ts';

export const EXTRACT_SCHEMA_FILE = 'extract-request.schema.json';

export function extractRequestJsonSchema(canonical: (v: unknown) => unknown): { file: string; text: string } {
  const generated = z.toJSONSchema(ExtractRequestSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const meta = refRegistry.get(ctx.zodSchema as unknown as z.ZodType);
      if (meta) (ctx.jsonSchema as Record<string, unknown>)['x-ref'] = meta.ref;
    },
  }) as Record<string, unknown>;
  const schema = canonical({ ...generated, $id: EXTRACT_SCHEMA_FILE, title: 'Registerutdrag, begäran / Access request (npm run extract)' });
  return { file: EXTRACT_SCHEMA_FILE, text: `${JSON.stringify(schema, null, 2)}\n` };
}
