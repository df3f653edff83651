/**
 * The shape of privacy.json (machine.ts privacyJson), composed from the
 * content schemas' own pieces so a field means the same in both. The public
 * view (public-view.ts) decides which fields are copied; this schema states
 * that whitelist for consumers and is written to schemas/privacy.schema.json
 * by `npm run schemas`. Optional facts are absent, never null.
 */
import { z } from 'zod';
import {
  ActivitySchema,
  ContactSchema,
  DataCategorySchema,
  EntitySchema,
  IdSchema,
  IsoDateSchema,
  LawSchema,
  LawSectionSchema,
  LocaleSchema,
  LocalizedTextSchema,
  OrganisationSchema,
  PolicyVersionSchema,
  ProcessorSchema,
  RecipientSchema,
  RetentionSchema,
  SourceSchema,
  SubjectSchema,
  TransferSchema,
} from '../model/schemas/index.ts';

const id = { id: IdSchema.meta({ description: 'The entry id (its file name in content/); stable between versions.' }) };

export const PublicControllerSchema = EntitySchema.pick({
  legalName: true,
  shortName: true,
  organisationsnummer: true,
  addresses: true,
  phone: true,
  email: true,
  website: true,
  services: true,
  description: true,
  requests: true,
})
  .extend(id)
  .meta({ description: 'A company of the group that is a controller (personuppgiftsansvarig).' });

export const PublicCategorySchema = DataCategorySchema.pick({
  name: true,
  description: true,
  examples: true,
  special: true,
  criminal: true,
  personnummer: true,
  dpv: true,
}).extend(id);

export const PublicSubjectSchema = SubjectSchema.pick({ name: true, audience: true, description: true, summary: true, easyRead: true, dpv: true, linkedTo: true }).extend(id);

export const PublicRecipientSchema = RecipientSchema.pick({ name: true, kind: true, description: true, country: true, website: true, dpv: true }).extend({
  ...id,
  condition: LocalizedTextSchema.optional().meta({ description: 'The recipient gets the data only under this condition (in this activity).' }),
});

export const PublicProcessorSchema = ProcessorSchema.pick({ name: true, service: true, country: true }).extend(id);

export const PublicTransferSchema = TransferSchema.pick({ country: true, safeguard: true, description: true, copyAvailable: true }).extend({
  ...id,
  processorName: z.string().min(1).optional(),
  recipientName: LocalizedTextSchema.optional(),
});

export const PublicActivitySchema = ActivitySchema.pick({
  name: true,
  description: true,
  jointControllers: true,
  purposes: true,
  specialCondition: true,
  criminalDataBasis: true,
  provision: true,
  automatedDecisions: true,
  easyRead: true,
  cookies: true,
  cookieConsent: true,
  lastReviewed: true,
})
  .extend({
    ...id,
    controllers: z.array(PublicControllerSchema),
    subjects: z.array(IdSchema).meta({ description: 'Ids of the groups of people (notice.subjects) the activity concerns.' }),
    dataCategories: z.array(PublicCategorySchema),
    sources: z.array(SourceSchema.omit({ party: true }).extend({ partyName: LocalizedTextSchema.optional() })),
    recipients: z.array(PublicRecipientSchema),
    processors: z.array(PublicProcessorSchema),
    transfers: z.array(PublicTransferSchema),
    retention: z.array(RetentionSchema.omit({ handedOverTo: true }).extend({ handedOverToName: LocalizedTextSchema.optional(), handedOverToKind: RecipientSchema.shape.kind.optional() })),
  })
  .meta({ description: 'A processing activity: one row of the record of processing, as the public may see it.' });

export const PublicNoticeSchema = z.strictObject({
  organisation: OrganisationSchema.pick({
    name: true,
    shortName: true,
    description: true,
    website: true,
    supervisoryAuthority: true,
    rights: true,
    requests: true,
    legalForm: true,
    wording: true,
    statements: true,
    accessibility: true,
  }).extend({
    structure: z.enum(['single', 'group']).meta({ description: 'One legal person, or a group (koncern); resolved from the content.' }),
    careRecords: z.boolean().meta({ description: 'Whether the organisation keeps care records (journal, akt).' }),
    locales: z.array(LocaleSchema),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    logo: z.string().optional(),
    logoAlt: LocalizedTextSchema.optional().meta({ description: "The logo's alternative text." }),
  }),
  parent: PublicControllerSchema,
  controllers: z.array(PublicControllerSchema),
  dpo: z.strictObject({ ...id, name: z.string().min(1).optional(), publicContact: ContactSchema.optional() }).optional(),
  subjects: z.array(PublicSubjectSchema),
  activities: z.array(PublicActivitySchema),
  laws: z.array(LawSchema.pick({ sfs: true, title: true, shortName: true }).extend({ ...id, sections: z.array(LawSectionSchema.pick({ section: true, summary: true })) })),
  policyVersions: z.array(
    z.strictObject({
      ...id,
      version: PolicyVersionSchema.shape.version,
      adoptedByBoard: IsoDateSchema.optional(),
      approvedDate: IsoDateSchema,
      changes: LocalizedTextSchema,
    }),
  ),
});

export const PrivacyJsonSchema = z.strictObject({
  format: z.literal('gdpr-docs/privacy-notice'),
  formatVersion: z.literal(1),
  policyVersion: z.string().nullable().meta({ description: 'The newest adopted policy version, e.g. 2026.1.' }),
  updated: IsoDateSchema.nullable().meta({ description: 'When that version was adopted by the board (or approved).' }),
  contentHash: z.strictObject({
    algorithm: z.literal('sha256'),
    value: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'sha256 of the canonical JSON of `notice` (keys sorted, 2-space indent).' }),
  }),
  notice: PublicNoticeSchema,
});
