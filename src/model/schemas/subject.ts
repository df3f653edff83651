import { z } from 'zod';
import { dpvTermSchema, EntryBase, LocalizedTextSchema, ref, VisibilitySchema } from './shared.ts';

/** The four short answers large Swedish care providers give each group of people. */
export const FourAnswersSchema = z.strictObject({
  why: LocalizedTextSchema,
  what: LocalizedTextSchema,
  allowed: LocalizedTextSchema,
  howLong: LocalizedTextSchema,
});

/** content/subjects/<id>.yaml: a category of data subjects — a group of people the notice addresses. */
export const SubjectSchema = z.strictObject({
  ...EntryBase,
  name: LocalizedTextSchema.meta({ description: 'E.g. "Kunder och patienter".' }),
  /** The heading of this group's page, addressing the reader: "Du som får stöd av oss". */
  audience: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  summary: FourAnswersSchema.optional().meta({ description: 'The layered summary on the start page.' }),
  easyRead: z.array(LocalizedTextSchema).optional().meta({ description: 'Lättläst: short paragraphs in easy Swedish.' }),
  /** A group whose data are processed because of their link to another group (relatives of a customer). */
  linkedTo: z
    .strictObject({
      subject: ref('subjects', 'The main group, e.g. kunder.'),
      relation: LocalizedTextSchema.meta({ description: 'Who these people are to the main group, e.g. "närstående till en kund" / "a relative of a customer".' }),
      source: LocalizedTextSchema.meta({ description: 'Source wording, e.g. "den kund du är närstående till" / "the customer you are related to".' }),
    })
    .optional(),
  /** The DPV concept in privacy.jsonld, when the default mapping (by id) does not fit. */
  dpv: dpvTermSchema('data-subject').optional(),
  order: z.number().int().default(100),
  visibility: VisibilitySchema,
});
