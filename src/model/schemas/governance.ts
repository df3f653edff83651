import { z } from 'zod';
import { contentFile, DurationSchema, EntryBase, IsoDateSchema, LocalizedTextSchema, ref } from './shared.ts';
import { RIGHT_CODES } from '../vocabulary/rights.ts';

/** A section of a law, optionally stating a retention minimum or maximum. */
export const LawSectionSchema = z.strictObject({
  section: z.string().min(1).meta({ description: 'E.g. "23 c §" or "3 kap. 10 §".' }),
  summary: LocalizedTextSchema,
  retention: z
    .strictObject({
      min: DurationSchema.optional(),
      max: DurationSchema.optional(),
      from: LocalizedTextSchema,
      /** Whether the section number/period is verified ([U] facts stay editable content). */
      verified: z.boolean().default(false),
    })
    .optional(),
});

/** content/laws/<id>.yaml: a Swedish statute (SFS), or an EU act, the activities rely on. */
export const LawSchema = z.strictObject({
  ...EntryBase,
  /** An SFS number; an EU act the activities rely on directly (e.g. GDPR art. 33) gives its EU number, "(EU) 2016/679". */
  sfs: z.string().regex(/^(?:\d{4}:\d+|\(EU\) \d{4}\/\d+)$/, { message: 'sfs' }),
  title: LocalizedTextSchema,
  shortName: z.string().optional(),
  replaces: z.string().optional().meta({ description: 'SFS number of the law this one replaced.' }),
  inForceFrom: IsoDateSchema.optional(),
  sections: z.array(LawSectionSchema).default([]),
});

/** content/glossary/<id>.yaml: a term of the policy (seed 003, section 4). */
export const GlossaryTermSchema = z.strictObject({
  ...EntryBase,
  term: LocalizedTextSchema,
  abbreviation: z.string().optional(),
  definition: LocalizedTextSchema,
  examples: z.array(LocalizedTextSchema).default([]),
  reference: z.string().optional().meta({ description: 'Article or law, e.g. "art. 4.7".' }),
});

/** content/routines/<id>.yaml: a routine staff follow (rights requests, breaches, e-mail). */
export const RoutineSchema = z.strictObject({
  ...EntryBase,
  title: LocalizedTextSchema,
  kind: z.enum(['rights-request', 'breach', 'email', 'retention', 'security', 'other']),
  right: z.enum(RIGHT_CODES as [string, ...string[]]).optional(),
  summary: LocalizedTextSchema,
  steps: z.array(LocalizedTextSchema).min(1),
  deadlines: z.array(z.strictObject({ what: LocalizedTextSchema, within: DurationSchema.optional(), hours: z.number().positive().optional() })).default([]),
  owner: ref('people').optional(),
  /** The activity whose retention rules the routine applies (an e-mail routine: the e-mail activity); the handbook start page shows them. */
  activity: ref('activities', 'The activity whose retention rules this routine applies, e.g. e-mail handling: shown on the handbook start page.').optional(),
  order: z.number().int().default(100),
});
export type Routine = z.infer<typeof RoutineSchema>;

const SignatureSchema = z.strictObject({ person: ref('people'), date: IsoDateSchema });

/**
 * content/policy-versions/<id>.yaml: one version of the policy. Without
 * `adoptedByBoard` it is a draft (written by `policy:draft`); `policy:adopt`
 * records the board's decision. A version is superseded once a newer one is adopted.
 */
export const PolicyVersionSchema = z.strictObject({
  ...EntryBase,
  version: z.string().regex(/^\d{4}\.\d+$/, { message: 'version' }),
  preparedBy: SignatureSchema,
  /** Set when the version is adopted (default: the CEO, dated the adoption date). */
  approvedBy: SignatureSchema.optional(),
  /** The board's decision date; absent while the version is a draft. */
  adoptedByBoard: IsoDateSchema.optional(),
  /** Reference to the board minutes, e.g. "Styrelseprotokoll 2027-03-15 § 7". */
  minutes: z.string().min(1).optional(),
  /** The DPO's own summary of the version, shown on the public changes page before the details. */
  changes: LocalizedTextSchema.optional(),
  /** Why this version was made, shown to the board. */
  reason: LocalizedTextSchema.optional(),
  /** Why one entry changed, keyed "kind/id" (e.g. "activities/rekrytering"), shown to the board next to that entry's changes. */
  reasons: z.record(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, { message: 'reason-key' }), LocalizedTextSchema).optional(),
  /** Path (relative to content/) of the model snapshot recorded with the draft. */
  snapshot: contentFile('json', 20 * 1024 * 1024, 'The model snapshot recorded with the draft (written by policy:draft).').optional(),
  /** Digest of the handbook prose when the draft was made: adoption refuses prose changed since. */
  handbookDigest: z.string().optional(),
});

/** content/acknowledgements/<id>.yaml: a DPO's written acceptance of one rule warning on one entry. */
export const AcknowledgementSchema = z.strictObject({
  ...EntryBase,
  rule: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: 'rule-id' }),
  entry: z.string().min(1).meta({ description: 'The entry concerned, as "kind/id", e.g. "activities/newsletter".' }),
  reason: LocalizedTextSchema,
  by: ref('people'),
  date: IsoDateSchema,
});
