import { z } from 'zod';
import {
  DurationSchema, dpvTermSchema, EntryBase, IdSchema, IsoDateSchema, LawCitationSchema, LocalizedTextSchema, ref, VisibilitySchema,
} from './shared.ts';
import { LEGAL_BASIS_CODES } from '../vocabulary/legal-bases.ts';
import { ART9_CODES } from '../vocabulary/special-conditions.ts';
import { RETENTION_ACTIONS } from '../vocabulary/retention-actions.ts';

export const LegalBasisCodeSchema = z.enum(LEGAL_BASIS_CODES as [string, ...string[]]);
export const Art9CodeSchema = z.enum(ART9_CODES as [string, ...string[]]);

/** One purpose and the single Art. 6(1) basis it rests on (N3). */
export const PurposeSchema = z.strictObject({
  id: IdSchema.meta({ description: 'Stable id within the activity, used by the changelog.' }),
  description: LocalizedTextSchema,
  legalBasis: LegalBasisCodeSchema,
  /** For 6(1)(c) and (e): the law behind the obligation or task. */
  law: z.array(LawCitationSchema).default([]),
  /** For 6(1)(f): the legitimate interest pursued (N4). */
  legitimateInterest: LocalizedTextSchema.optional(),
  /** For 6(1)(f): where the documented balancing test is. */
  balancingTest: LocalizedTextSchema.optional(),
  /** For 6(1)(a): how consent is given and withdrawn (N10). */
  consent: z
    .strictObject({ given: LocalizedTextSchema, withdraw: LocalizedTextSchema })
    .optional(),
  /** The DPV purpose in privacy.jsonld, when the default mapping (by legal basis) is too generic. */
  dpv: dpvTermSchema('purpose').optional(),
});

/** The Art. 9(2) condition for special-category data. */
export const SpecialConditionSchema = z.strictObject({
  condition: Art9CodeSchema,
  law: z.array(LawCitationSchema).default([]),
  /** 9(3): for 9(2)(h), who is bound by professional secrecy. */
  professionalSecrecy: LocalizedTextSchema.optional(),
  consent: z.strictObject({ given: LocalizedTextSchema, withdraw: LocalizedTextSchema }).optional(),
  note: LocalizedTextSchema.optional(),
});

/** Where data come from (N13, Art. 14). */
export const SourceSchema = z.strictObject({
  from: z.enum(['data-subject', 'third-party']),
  party: ref('recipients').optional().meta({ description: 'The organisation the data come from (a recipients entry).' }),
  description: LocalizedTextSchema.optional(),
  dataCategories: z.array(ref('data-categories')).default([]),
  publiclyAccessible: z.boolean().default(false),
});

/** A retention (gallring) rule: how long, from when, under which law, and what happens then (N8). */
export const RetentionSchema = z.strictObject({
  id: IdSchema.optional(),
  /** The data categories covered; omitted means every category of the activity. */
  dataCategories: z.array(ref('data-categories')).optional(),
  documentType: LocalizedTextSchema.optional().meta({ description: 'E.g. "Personakt", "Journal".' }),
  duration: DurationSchema.optional(),
  /** When no fixed period exists: the criteria used to decide (Art. 13(2)(a)). */
  criteria: LocalizedTextSchema.optional(),
  from: LocalizedTextSchema.meta({ description: 'The event the period runs from, e.g. "the last entry".' }),
  law: LawCitationSchema.optional(),
  then: z.enum(RETENTION_ACTIONS).meta({ description: 'deleted; anonymised (no longer personal data); pseudonymised (avidentifierade: still personal data); archived; handed-over (to handedOverTo).' }),
  handedOverTo: ref('recipients').optional(),
  note: LocalizedTextSchema.optional(),
});

/** Whether the person must provide the data, and what happens if not (N12). */
export const ProvisionSchema = z.strictObject({
  requirement: z.enum(['statutory', 'contractual', 'contract-precondition', 'voluntary']),
  consequence: LocalizedTextSchema,
});

export const AutomatedDecisionsSchema = z.strictObject({
  used: z.boolean(),
  logic: LocalizedTextSchema.optional(),
  consequences: LocalizedTextSchema.optional(),
});

/** A cookie or similar technology the website sets (shown on the public cookies page). */
export const CookieSchema = z.strictObject({
  name: z.string().min(1),
  /** Who sets it: our own site (first party) or a named third party. */
  provider: z.string().min(1),
  thirdParty: z.boolean().default(false),
  purpose: LocalizedTextSchema,
  /** How long it lives: an ISO 8601 period (e.g. P13M) or "session". */
  duration: z.union([z.literal('session'), DurationSchema]),
  category: z.enum(['necessary', 'preferences', 'statistics', 'marketing']),
  /** Whether it is set only after the visitor's consent. */
  consent: z.boolean(),
});

/** content/activities/<id>.yaml: one processing activity, one row of the Art. 30 register. */
export const ActivitySchema = z.strictObject({
  ...EntryBase,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  controllers: z.array(ref('entities')).min(1),
  /** Art. 26: companies (of the group or outside) that decide purposes and means together with us. */
  jointControllers: z
    .strictObject({
      parties: z.array(z.string().min(1)).min(1),
      arrangement: LocalizedTextSchema,
    })
    .optional(),
  subjects: z.array(ref('subjects')).min(1),
  dataCategories: z.array(ref('data-categories')).min(1),
  purposes: z.array(PurposeSchema).min(1),
  specialCondition: SpecialConditionSchema.optional(),
  /** Art. 10 data: the law that allows it. */
  criminalDataBasis: LawCitationSchema.optional(),
  /** Dataskyddslagen 3:10: why personnummer is clearly justified. */
  personnummerJustification: LocalizedTextSchema.optional(),
  sources: z.array(SourceSchema).min(1),
  provision: ProvisionSchema.optional(),
  /** Recipients; an empty list states explicitly that there are none (N6). */
  recipients: z.array(ref('recipients')),
  processors: z.array(ref('processors')).default([]),
  transfers: z.array(ref('transfers')).default([]),
  retention: z.array(RetentionSchema),
  securityMeasures: z.array(ref('security-measures')).default([]),
  automatedDecisions: AutomatedDecisionsSchema.default({ used: false }),
  systems: z.array(z.string()).default([]).meta({ description: 'IT systems where the data are kept (internal).' }),
  responsible: ref('people').optional(),
  easyRead: LocalizedTextSchema.optional(),
  /** Cookies the website sets for this activity: the activity is shown on the website-and-cookies page. */
  cookies: z.array(CookieSchema).optional(),
  visibility: VisibilitySchema,
  lastReviewed: IsoDateSchema,
  order: z.number().int().default(100),
});
export type Activity = z.infer<typeof ActivitySchema>;
export type Purpose = z.infer<typeof PurposeSchema>;
export type Retention = z.infer<typeof RetentionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Cookie = z.infer<typeof CookieSchema>;
