/** One zod → JSON Schema conversion for content and extract schemas alike. */
import { z } from 'zod';
import { refRegistry } from '../../src/model/schemas/shared.ts';

export function zodToJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // A reference is a string to zod; tell editors which folder its id points into.
      const meta = refRegistry.get(ctx.zodSchema as unknown as z.ZodType);
      if (meta) (ctx.jsonSchema as Record<string, unknown>)['x-ref'] = meta.ref;
    },
  }) as Record<string, unknown>;
}
