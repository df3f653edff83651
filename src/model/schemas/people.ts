import { z } from 'zod';
import { ContactSchema, EmailSchema, EntryBase, IsoDateSchema, LocalizedTextSchema, PhoneSchema, ref } from './shared.ts';

export const ROLE_KINDS = ['ceo', 'dpo', 'responsible-manager', 'board-member', 'board-chair', 'coordinator', 'it-manager', 'other'] as const;

export const RoleSchema = z.strictObject({
  role: z.enum(ROLE_KINDS),
  entity: ref('entities').optional().meta({ description: 'The company the role is held in; omit for the whole group.' }),
  title: LocalizedTextSchema.optional(),
  since: IsoDateSchema.optional(),
});

/** content/people/<id>.yaml: a named person (or, flagged as such, a group) holding roles. */
export const PersonSchema = z.strictObject({
  ...EntryBase,
  name: z.string().min(1),
  /** Delegations must go to individuals; a group is modelled only so the rule can reject it. */
  kind: z.enum(['individual', 'group']).default('individual'),
  roles: z.array(RoleSchema).default([]),
  email: EmailSchema.optional(),
  phone: PhoneSchema.optional(),
  /** Shown publicly (e.g. the DPO's function mailbox), never the private contact. */
  publicContact: ContactSchema.optional(),
  visibility: z.enum(['public', 'internal']).default('internal'),
});
export type Person = z.infer<typeof PersonSchema>;
