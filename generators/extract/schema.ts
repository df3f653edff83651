/**
 * The subject file: one Art. 15 access request and the data held on the
 * person. Written by staff per request (YAML or JSON), never committed.
 * Messages are codes, never values, so no personal data can leak into errors.
 */
import { z } from 'zod';
import { IsoDateSchema, ref } from '../../src/model/schemas/shared.ts';

/**
 * A reference becomes the output file name and is printed in the summary: a short
 * letter prefix and a number (REF-2026-0042), so it cannot carry a name; never a personnummer.
 */
export const REFERENCE_PATTERN = /^(?:[A-Za-z]{1,6}[-_.]?)?\d[0-9._-]{0,56}$/;

const Text = z.string().trim().min(1, { message: 'empty-text' });

export const PersonSchema = z.strictObject({
  name: Text,
  personnummer: z.string().optional().meta({ description: 'YYYYMMDD-NNNC or YYMMDD-NNNC; checked with the Luhn digit.' }),
  samordningsnummer: z.string().optional().meta({ description: 'Like a personnummer with 60 added to the day.' }),
  address: z.strictObject({
    careOf: z.string().optional(),
    street: Text,
    postalCode: z.string().regex(/^\d{3} ?\d{2}$/, { message: 'postal-code' }),
    city: Text,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'country' })
      .default('SE'),
  }),
  email: z.email({ message: 'email' }).optional(),
  phone: z.string().optional(),
});

export const CHANNELS = ['letter', 'email', 'web-form', 'in-person', 'phone'] as const;
export const DELIVERIES = ['post', 'secure-email', 'in-person', 'digital-mailbox'] as const;

export const RequestInfoSchema = z.strictObject({
  reference: z
    .string()
    .regex(REFERENCE_PATTERN, { message: 'reference-format' })
    .refine((v) => !/\d{6}(?:\d{2})?[-+]?\d{4}/.test(v), { message: 'reference-format' })
    .meta({ description: 'Case reference; the PDF is named after it, e.g. REF-2026-0042.pdf.' }),
  received: IsoDateSchema.meta({ description: 'Date the request reached us; the deadline runs from it.' }),
  channel: z.enum(CHANNELS),
  language: z.enum(['sv', 'en']).default('sv'),
  delivery: z.enum(DELIVERIES),
  answered: IsoDateSchema.optional().meta({ description: 'Date of the answer, printed on the letter. Defaults to the date received.' }),
  extension: z
    .strictObject({
      reason: Text.meta({ description: 'Why more time is needed (complexity or number of requests), Art. 12(3).' }),
      notified: IsoDateSchema.meta({ description: 'Date the person was told about the extension (within the first month).' }),
    })
    .optional(),
});

export const TableSchema = z.strictObject({
  title: Text,
  columns: z.array(Text).min(1),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean()]).transform(String))).default([]),
});

export const DocumentListItemSchema = z.strictObject({
  title: Text,
  date: IsoDateSchema.optional(),
  description: z.string().optional(),
});

export const HeldDataSchema = z.strictObject({
  category: ref('data-categories'),
  /** Label → value pairs, in the order written. */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
  tables: z.array(TableSchema).default([]),
  documents: z.array(DocumentListItemSchema).default([]),
  enclosed: z.array(Text).default([]).meta({ description: 'What is sent separately (e.g. a copy of the journal).' }),
  note: z.string().optional(),
});

export const ExtractRequestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    person: PersonSchema,
    request: RequestInfoSchema,
    entity: ref('entities', 'The company (controller) that answers.'),
    subjects: z.array(ref('subjects')).min(1).meta({ description: 'The groups of people the person belongs to.' }),
    activities: z.array(ref('activities')).optional().meta({ description: 'Limit the answer to these activities; default: every activity of the company for these groups.' }),
    data: z.array(HeldDataSchema).min(1),
    sources: z.array(z.strictObject({ party: ref('recipients').optional(), description: z.string().optional(), categories: z.array(ref('data-categories')).default([]) })).default([]),
    recipients: z
      .array(
        z.strictObject({
          recipient: ref('recipients').optional(),
          name: z.string().optional(),
          date: IsoDateSchema.optional(),
          categories: z.array(ref('data-categories')).default([]),
          description: z.string().optional(),
        }),
      )
      .default([]),
    withheld: z
      .array(z.strictObject({ what: Text, reason: Text }))
      .default([])
      .meta({ description: 'Art. 15(4): what is not given out, and why.' }),
  })
  .meta({ id: 'ExtractRequest', title: 'Registerutdrag (GDPR art. 15) / Access request' });

export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;
