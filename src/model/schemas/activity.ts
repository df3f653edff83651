import { z } from 'zod';
import { DurationSchema, dpvTermSchema, EntryBase, IdSchema, IsoDateSchema, LawCitationSchema, LocalizedTextSchema, ref, UrlSchema, VisibilitySchema } from './shared.ts';
import { LEGAL_BASIS_CODES } from '../vocabulary/legal-bases.ts';
import { ART9_CODES } from '../vocabulary/special-conditions.ts';
import { RETENTION_ACTIONS } from '../vocabulary/retention-actions.ts';

export const LegalBasisCodeSchema = z.enum(LEGAL_BASIS_CODES as [string, ...string[]]);
export const Art9CodeSchema = z.enum(ART9_CODES as [string, ...string[]]);

/** One Art. 6(1) basis of a purpose, with what it covers when a purpose rests on several. */
export const PurposeBasisSchema = z.strictObject({
  basis: LegalBasisCodeSchema,
  note: LocalizedTextSchema.optional().meta({ description: 'What this basis covers, e.g. "for the key handling we ask for your consent".' }),
});

/** One purpose and the Art. 6(1) basis or bases it rests on (N3). */
export const PurposeSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Stable id within the activity, used by the changelog.' }),
    description: LocalizedTextSchema,
    /** The one basis; write legalBases instead when the purpose rests on several. */
    legalBasis: LegalBasisCodeSchema.optional(),
    /** Several bases, each with its own note (e.g. contract for the service, consent for one part of it). */
    legalBases: z.array(PurposeBasisSchema).min(1).optional(),
    /** For 6(1)(c) and (e): the law behind the obligation or task. */
    law: z.array(LawCitationSchema).default([]),
    /** For 6(1)(f): the legitimate interest pursued (N4). */
    legitimateInterest: LocalizedTextSchema.optional(),
    /** For 6(1)(f): where the documented balancing test is. */
    balancingTest: LocalizedTextSchema.optional(),
    /** For 6(1)(a): how consent is given and withdrawn (N10). */
    consent: z.strictObject({ given: LocalizedTextSchema, withdraw: LocalizedTextSchema }).optional(),
    /** The DPV purpose in privacy.jsonld, when the default mapping (by legal basis) is too generic. */
    dpv: dpvTermSchema('purpose').optional(),
  })
  .superRefine((p, ctx) => {
    // Exactly one of the two forms, reported at the purpose with a code the loader words.
    if ((p.legalBasis === undefined) === (p.legalBases === undefined)) {
      ctx.addIssue({ code: 'custom', message: p.legalBasis === undefined ? 'legal-basis-missing' : 'legal-basis-both', path: [] });
    }
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
  /** linked-subject: from the person the data subject is linked to (subjects/<id>.linkedTo). */
  from: z.enum(['data-subject', 'third-party', 'linked-subject']),
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
  from: LocalizedTextSchema.optional().meta({ description: 'The event the period runs from, e.g. "the last entry"; needed with duration, not when criteria say it all.' }),
  law: LawCitationSchema.optional(),
  then: z
    .enum(RETENTION_ACTIONS)
    .meta({ description: 'deleted; anonymised (no longer personal data); pseudonymised (avidentifierade: still personal data); archived; handed-over (to handedOverTo).' }),
  handedOverTo: ref('recipients').optional(),
  note: LocalizedTextSchema.optional(),
});

/** A recipient that receives the data only under a condition ("only on a court order"). */
export const ConditionalRecipientSchema = z.strictObject({
  recipient: ref('recipients'),
  condition: LocalizedTextSchema.meta({ description: 'When the recipient gets the data, e.g. "only if you sign a separate agreement".' }),
});
export const ActivityRecipientSchema = z.union([ref('recipients'), ConditionalRecipientSchema]);

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

/**
 * How a website visitor gives and withdraws consent to cookies: the
 * organisation's own consent settings (a web address and what the control is
 * called on the site), or an explicit statement that no cookie needs consent.
 * Rule notice/cookie-consent checks it against the cookies listed.
 */
export const CookieConsentSchema = z.strictObject({
  settings: UrlSchema.optional().meta({ description: "Web address of the consent settings on the organisation's own site, where a visitor gives and withdraws consent." }),
  settingsName: LocalizedTextSchema.optional().meta({ description: 'What the consent control is called on the site, e.g. { sv: Kakinställningar, en: Cookie settings }.' }),
  noneNeeded: z.literal(true).optional().meta({ description: 'true: no cookie on the site needs consent (only necessary cookies).' }),
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
  /** Recipients (an id, or { recipient, condition }); an empty list states explicitly that there are none (N6). */
  recipients: z.array(ActivityRecipientSchema),
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
  /** With cookies: where consent to them is given and withdrawn, or that none is needed. */
  cookieConsent: CookieConsentSchema.optional(),
  /** Part of the organisation's core activity (GDPR art. 37.1 b–c, recital 97); omitted: true for 9(2)(h) care processing. */
  coreActivity: z.boolean().optional(),
  visibility: VisibilitySchema,
  lastReviewed: IsoDateSchema,
  order: z.number().int().default(100),
});
export type Purpose = z.infer<typeof PurposeSchema>;
export type ActivityRecipient = z.infer<typeof ActivityRecipientSchema>;
export type Retention = z.infer<typeof RetentionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Cookie = z.infer<typeof CookieSchema>;
export type CookieConsent = z.infer<typeof CookieConsentSchema>;
