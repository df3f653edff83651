/**
 * Shared building blocks of every content schema. Kinds compose these so a
 * rule (what an id, a date or a localised text looks like) lives in one place.
 */
import { z } from 'zod';
import { checkOrganisationsnummer } from '../validators/organisationsnummer.ts';
import { parseDuration } from '../duration.ts';
import { isSafeLink } from '../validators/url.ts';
import { contentPathProblem, type ContentFileRule, type ContentFileType } from '../validators/content-file.ts';
import { DPV_EXPECTED, dpvProblem, type DpvExpected } from '../vocabulary/dpv.ts';

/** Every collection a reference can point at. */
export const COLLECTION_KINDS = [
  'entities',
  'people',
  'delegations',
  'subjects',
  'data-categories',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'security-measures',
  'laws',
  'glossary',
  'routines',
  'policy-versions',
  'acknowledgements',
] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];

/** Registry marking which string fields are references, and to which collection. */
export const refRegistry = z.registry<{ ref: CollectionKind }>();

/** A reference to an entry of another collection, by its id (the file name). */
export function ref(kind: CollectionKind, description?: string) {
  // Register the final instance: .meta() clones, and a clone is not in the registry.
  const schema = z
    .string()
    .regex(ID_PATTERN, { message: 'id-format' })
    .meta({ description: description ?? `Id of an entry in content/${kind}/` });
  schema.register(refRegistry, { ref: kind });
  return schema;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(ID_PATTERN, { message: 'id-format' });

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = z.enum(LOCALES);

/**
 * Text a reader sees. A plain string is Swedish; an object gives Swedish
 * (required) and English (optional; `check` reports it when missing).
 */
export const LocalizedTextSchema = z
  .union([
    z.string().trim().min(1, { message: 'empty-text' }),
    z.strictObject({
      sv: z.string().trim().min(1, { message: 'empty-text' }),
      en: z.string().trim().min(1, { message: 'empty-text' }).optional(),
    }),
  ])
  .meta({ id: 'LocalizedText', description: 'Swedish text, or { sv, en }.' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const IsoDateSchema = z.iso.date({ message: 'date' });
export const EmailSchema = z.email({ message: 'email' });
/**
 * A web address published as a link: `https:` only (never `javascript:`,
 * `data:` or `http:`). Every URL field uses this or `LinkSchema`.
 */
export const UrlSchema = z
  .string()
  .refine((v) => isSafeLink(v, ['https']), { message: 'url' })
  .meta({ format: 'uri', pattern: '^https://' });
/** A contact link: `https:`, `mailto:` or `tel:`. */
export const LinkSchema = z
  .string()
  .refine((v) => isSafeLink(v, ['https', 'mailto', 'tel']), { message: 'link' })
  .meta({ format: 'uri', pattern: '^(https://|mailto:|tel:)' });
export const PhoneSchema = z.string().regex(/^\+?[0-9][0-9 -]{5,}$/, { message: 'phone' });

/** ISO 8601 period such as P2Y, P10Y, P6M, P30D. */
export const DurationSchema = z
  .string()
  .refine((v) => parseDuration(v) !== null, { message: 'duration' })
  .meta({ description: 'ISO 8601 period, e.g. P2Y (2 years), P6M, P30D.' });

/** ISO 3166-1 alpha-2 country code, e.g. SE, US. */
export const CountrySchema = z.string().regex(/^[A-Z]{2}$/, { message: 'country' });

export const OrganisationsnummerSchema = z.string().superRefine((value, ctx) => {
  const problem = checkOrganisationsnummer(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `orgnr-${problem}` });
});

export const AddressSchema = z.strictObject({
  kind: z.enum(['visiting', 'postal', 'both']).default('both'),
  street: z.string().min(1),
  postalCode: z.string().regex(/^\d{3} ?\d{2}$/, { message: 'postal-code' }),
  city: z.string().min(1),
  country: CountrySchema.default('SE'),
});

export const ContactSchema = z.strictObject({
  email: EmailSchema.optional(),
  phone: PhoneSchema.optional(),
  address: AddressSchema.optional(),
  website: UrlSchema.optional(),
});

/** Public entries appear in the public notice; internal ones only in the staff handbook. */
export const VisibilitySchema = z.enum(['public', 'internal']).default('public');

/** A citation of a law section, e.g. { law: lss, section: '23 c §' }. */
export const LawCitationSchema = z.strictObject({
  law: ref('laws'),
  section: z.string().min(1).optional(),
});

/** Registry marking which string fields name a file inside content/, and what it must be. */
export const fileRegistry = z.registry<ContentFileRule>();

/**
 * A field naming a file relative to content/ (a logo, a snapshot). The schema
 * rejects absolute paths, `..` and wrong extensions; the loader then checks that
 * the file exists inside content/, is a regular file of this type and size.
 * Call `.optional()` on the result, never `.meta()` (a clone leaves the registry).
 */
export function contentFile(type: ContentFileType, maxBytes: number, description: string) {
  const schema = z
    .string()
    .superRefine((value, ctx) => {
      const problem = contentPathProblem(value, type);
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}-${type}` });
    })
    .meta({ description: `${description} A path relative to content/, e.g. ${type === 'image' ? 'assets/logo.png' : 'snapshots/2026.1.json'}.` });
  schema.register(fileRegistry, { type, maxBytes });
  return schema;
}

/**
 * An open question left in an entry by `init` or `import`: `check` lists each
 * one as a warning until it is answered and the note deleted.
 */
export const TodoSchema = z.strictObject({
  /** What the DPO must answer or check. */
  question: z.string().trim().min(1, { message: 'empty-text' }),
  /** The field the question concerns, e.g. "purposes[0].legalBasis". */
  field: z.string().optional(),
  /** The original text of the imported cell, kept word for word. */
  original: z.string().optional(),
  /** Where the original came from: "Sheet!C12" (sheet, column and row of the imported register). */
  source: z.string().optional(),
});
export type Todo = z.infer<typeof TodoSchema>;

/** Fields every entry may carry: the JSON Schema pointer editors use, and the draft markers of init/import. */
export const EntryBase = {
  $schema: z.string().optional(),
  /** A first version written by `init` or `import`, to be reviewed; `check` reports it as a warning. */
  draft: z.boolean().optional(),
  /** Open questions; `check` reports each as a warning with its file and line. */
  todo: z.array(TodoSchema).optional(),
};

/**
 * A DPV 2.3 term named in content (e.g. pd:HealthRecord) where the default
 * mapping of src/model/vocabulary/dpv-mapping.ts is a judgement: it must
 * exist, not be sunset, and be a class of the expected kind.
 */
export function dpvTermSchema(expected: DpvExpected) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = dpvProblem(value, expected);
      if (problem) ctx.addIssue({ code: 'custom', message: 'dpv-term', params: problem });
    })
    .meta({ description: `A W3C DPV 2.3 term, a kind of ${DPV_EXPECTED[expected]}, e.g. ${DPV_EXAMPLE[expected]}. See docs/machine-readable.md.` });
}
const DPV_EXAMPLE: Record<DpvExpected, string> = {
  'personal-data': 'pd:HealthRecord',
  'data-subject': 'dpv:Patient',
  recipient: 'dpv:NationalAuthority',
  purpose: 'dpv:HumanResourceManagement',
};
