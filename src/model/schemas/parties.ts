import { z } from 'zod';
import { CountrySchema, dpvTermSchema, EntryBase, IsoDateSchema, LocalizedTextSchema, ref, UrlSchema, VisibilitySchema } from './shared.ts';

/** content/recipients/<id>.yaml: a recipient, named or as a category (N6); also a source of data. */
export const RecipientSchema = z.strictObject({
  ...EntryBase,
  name: LocalizedTextSchema,
  kind: z.enum(['municipality', 'authority', 'region', 'health-care', 'company', 'person', 'category']),
  description: LocalizedTextSchema.optional(),
  country: CountrySchema.default('SE'),
  website: UrlSchema.optional(),
  /** The DPV concept in privacy.jsonld, when the default mapping (by kind) does not fit. */
  dpv: dpvTermSchema('recipient').optional(),
  visibility: VisibilitySchema,
});

export const SubProcessorSchema = z.strictObject({
  name: z.string().min(1),
  service: LocalizedTextSchema,
  country: CountrySchema,
});

/** content/processors/<id>.yaml: a personuppgiftsbiträde (Art. 28). */
export const ProcessorSchema = z.strictObject({
  ...EntryBase,
  name: z.string().min(1),
  service: LocalizedTextSchema,
  country: CountrySchema,
  /** Date the personuppgiftsbiträdesavtal was signed. */
  agreementDate: IsoDateSchema.optional(),
  agreementReference: z.string().optional(),
  subProcessors: z.array(SubProcessorSchema).default([]),
  usedBy: z.array(ref('entities')).default([]),
  visibility: VisibilitySchema,
});

/** Commission decisions on standard contractual clauses, newest first; the older ones were repealed by (EU) 2021/914. */
export const SCC_DECISIONS = ['2021/914', '2010/87', '2004/915', '2001/497'] as const;

export const SAFEGUARDS = ['adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules', 'derogation-49'] as const;

/** content/transfers/<id>.yaml: a transfer to a third country and its safeguard (N7). */
export const TransferSchema = z.strictObject({
  ...EntryBase,
  country: CountrySchema,
  processor: ref('processors').optional(),
  recipient: ref('recipients').optional(),
  safeguard: z.enum(SAFEGUARDS),
  /** For standard-contractual-clauses: the Commission decision adopting them; only (EU) 2021/914 is valid since 27 December 2022. */
  sccDecision: z.enum(SCC_DECISIONS).optional().meta({ description: 'Which standard contractual clauses: "2021/914" (current), or a repealed set ("2010/87", "2004/915", "2001/497").' }),
  description: LocalizedTextSchema.optional(),
  /** How the person can get a copy of the safeguard. */
  copyAvailable: LocalizedTextSchema,
  visibility: VisibilitySchema,
});

/** content/security-measures/<id>.yaml: a technical or organisational measure (Art. 32). */
export const SecurityMeasureSchema = z.strictObject({
  ...EntryBase,
  kind: z.enum(['technical', 'organisational']),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  visibility: VisibilitySchema,
});
