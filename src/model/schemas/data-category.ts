import { z } from 'zod';
import { dpvTermSchema, EntryBase, LocalizedTextSchema, VisibilitySchema } from './shared.ts';
import { SPECIAL_CATEGORY_KINDS } from '../vocabulary/special-conditions.ts';

/** content/data-categories/<id>.yaml: a category of personal data, with its legal flags. */
export const DataCategorySchema = z.strictObject({
  ...EntryBase,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  examples: z.array(LocalizedTextSchema).default([]),
  /** Art. 9(1) special category, and which kind. */
  special: z.enum(Object.keys(SPECIAL_CATEGORY_KINDS) as [keyof typeof SPECIAL_CATEGORY_KINDS]).optional(),
  /** Art. 10: personal data relating to criminal convictions and offences. */
  criminal: z.boolean().default(false),
  /** Dataskyddslagen 3 kap. 10 §: personnummer or samordningsnummer. */
  personnummer: z.boolean().default(false),
  /** The DPV concept in privacy.jsonld, when the default mapping (by id or flag) does not fit. */
  dpv: dpvTermSchema('personal-data').optional(),
  visibility: VisibilitySchema,
});
