import { z } from 'zod';
import { EntryBase, IsoDateSchema, LocalizedTextSchema, ref } from './shared.ts';

/** content/delegations/<id>.yaml: a written delegation from one named person to another. */
export const DelegationSchema = z.strictObject({
  ...EntryBase,
  from: ref('people'),
  to: ref('people', 'Always a named individual, never a group.'),
  entity: ref('entities').optional(),
  /** A responsibility (ansvar) or only tasks (arbetsuppgifter); tasks delegations keep the responsibility with the delegator. */
  scope: z.enum(['responsibility', 'tasks']),
  what: LocalizedTextSchema,
  since: IsoDateSchema,
  until: IsoDateSchema.optional(),
  agreement: z.string().min(1).meta({ description: 'Reference of the written delegation agreement.' }),
});
