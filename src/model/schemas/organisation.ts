import { z } from 'zod';
import { contentFile, DurationSchema, EntryBase, LocaleSchema, LocalizedTextSchema, ref, UrlSchema, EmailSchema, PhoneSchema } from './shared.ts';
import { LEGAL_FORMS } from '../vocabulary/legal-forms.ts';
import { AccessibilitySchema } from './accessibility.ts';
import { RequestsSchema } from './requests.ts';

export const LegalFormSchema = z.enum(Object.keys(LEGAL_FORMS) as [keyof typeof LEGAL_FORMS]);

/** content/organisation.yaml: the organisation as a whole (one company, an association or a group), and settings for its outputs. */
export const OrganisationSchema = z.strictObject({
  ...EntryBase,
  name: LocalizedTextSchema.meta({ description: 'The name the public knows the organisation by.' }),
  shortName: z.string().min(1).optional(),
  description: LocalizedTextSchema.optional(),
  /** The legal form of the organisation (of the parent, for a group): every public wording follows it. */
  legalForm: LegalFormSchema.default('aktiebolag'),
  /** One legal person, or a group (koncern) of several; omitted: a group when content/entities/ has more than one entry. */
  structure: z.enum(['single', 'group']).optional(),
  /** Overrides of the words the notice uses for the organisation; checked against legalForm and structure. */
  wording: z
    .strictObject({
      organisation: LocalizedTextSchema.optional().meta({ description: 'The organisation in running text, definite form, e.g. "kooperativet" / "the cooperative".' }),
    })
    .optional(),
  parent: ref('entities', 'The parent company of a group, or the organisation itself.'),
  ceo: ref('people').optional(),
  dpo: ref('people').optional().meta({ description: 'The dataskyddsombud, if one is appointed; their public contact is shown in the notice. Omit when there is none.' }),
  /** The organisation's own assessment for GDPR art. 37.1 c: is its processing of special-category data large-scale? */
  processingScale: z
    .strictObject({
      large: z.boolean(),
      reason: LocalizedTextSchema.meta({ description: 'Why: number of people, amount of data, duration, geography (EDPB WP243).' }),
    })
    .optional(),
  /** Statements that apply to all processing (e.g. secrecy, principles); shown as a list on the start page. */
  statements: z.array(LocalizedTextSchema).default([]),
  /** Languages the outputs are published in; `check` reports texts missing in any of them. */
  locales: z.array(LocaleSchema).min(1).default(['sv']),
  website: UrlSchema.optional(),
  site: z
    .strictObject({
      accentColor: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, { message: 'color' })
        .default('#1d5c63'),
      logo: contentFile('image', 1024 * 1024, 'A logo image (PNG, JPEG, WebP or SVG without scripts, at most 1 MB), copied to the public site.').optional(),
      /** What the logo shows, for people who cannot see it (required with a logo; rule organisation/logo-alt). */
      logoAlt: LocalizedTextSchema.optional(),
      baseUrl: UrlSchema.optional(),
    })
    .default({ accentColor: '#1d5c63' }),
  /** The accessibility statement of the public site; omitted: no statement page. */
  accessibility: AccessibilitySchema.optional(),
  supervisoryAuthority: z
    .strictObject({
      name: LocalizedTextSchema.optional(),
      postalAddress: z.string().optional(),
      phone: PhoneSchema.optional(),
      email: EmailSchema.optional(),
      website: UrlSchema.optional(),
    })
    .optional()
    .meta({ description: 'Overrides of the built-in IMY contact details.' }),
  governance: z
    .strictObject({
      boardAdoptionIntervalMonths: z.number().int().positive().default(12),
      activityReviewIntervalMonths: z.number().int().positive().default(12),
      adoptionWarningDays: z.number().int().nonnegative().default(30),
    })
    .default({ boardAdoptionIntervalMonths: 12, activityReviewIntervalMonths: 12, adoptionWarningDays: 30 }),
  readability: z
    .strictObject({
      easyReadMaxLix: z.number().positive().default(35),
      noticeMaxLix: z.number().positive().default(50),
    })
    .default({ easyReadMaxLix: 35, noticeMaxLix: 50 }),
  /** Settings of `npm run extract` (register extracts). */
  extract: z
    .strictObject({
      /** Refuse to write an unencrypted PDF: every run must give --password-env or --password-file. */
      requirePassword: z.boolean().default(false),
    })
    .optional()
    .meta({ description: 'Register extract settings, e.g. { requirePassword: true } to refuse unencrypted PDFs.' }),
  /** Rights handling facts the DPO can change ([U] in the checklist). */
  rights: z
    .strictObject({
      responseDeadline: DurationSchema.default('P1M'),
      extension: DurationSchema.default('P2M'),
      freeCopies: LocalizedTextSchema.optional(),
      /** How errors are corrected here (replaces the built-in text on the rights page). */
      rectification: LocalizedTextSchema.optional(),
    })
    .default({ responseDeadline: 'P1M', extension: 'P2M' }),
  /** How people ask for their data: channels, identity check, delivery (the page "Begär ut dina uppgifter" and the request form). */
  requests: RequestsSchema.optional(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
