import { z } from 'zod';
import { DurationSchema, EmailSchema, IsoDateSchema, LocalizedTextSchema, PhoneSchema, UrlSchema } from './shared.ts';
import { ACCESSIBILITY_STANDARD, CONFORMANCE_LEVELS, EXCEPTION_REASONS } from '../vocabulary/accessibility.ts';

/** One known accessibility problem of the public site, and why it remains. */
export const AccessibilityExceptionSchema = z.strictObject({
  description: LocalizedTextSchema.meta({ description: 'What does not work, for whom, and what to do instead.' }),
  reason: z.enum(EXCEPTION_REASONS).default('non-compliance').meta({
    description: 'non-compliance (bristande förenlighet), disproportionate-burden (oskälig börda) or outside-scope (omfattas inte av lagkraven).',
  }),
});

/** Where people report inaccessible content (the organisation's own channel). */
export const AccessibilityContactSchema = z.strictObject({
  email: EmailSchema,
  phone: PhoneSchema.optional(),
});

/** Overrides of the built-in DIGG details (src/model/vocabulary/accessibility.ts). */
export const AccessibilityAuthoritySchema = z.strictObject({
  name: LocalizedTextSchema.optional(),
  shortName: z.string().min(1).optional(),
  website: UrlSchema.optional(),
  complaintUrl: UrlSchema.optional(),
  law: LocalizedTextSchema.optional(),
});

/**
 * organisation.yaml `accessibility`: the facts of the accessibility statement
 * (tillgänglighetsredogörelse) the public site publishes, sv and en.
 */
export const AccessibilitySchema = z.strictObject({
  conformance: z.enum(CONFORMANCE_LEVELS).meta({ description: 'full (helt förenlig), partial (delvis förenlig) or none (inte förenlig) with the standard.' }),
  standard: z.string().min(1).default(ACCESSIBILITY_STANDARD),
  /** How and when the site was assessed. */
  assessed: z.strictObject({
    date: IsoDateSchema,
    method: LocalizedTextSchema.meta({ description: 'e.g. "en egen granskning" / "our own review", or the name of the auditor.' }),
  }),
  /** Date the statement was last reviewed. */
  updated: IsoDateSchema,
  exceptions: z.array(AccessibilityExceptionSchema).default([]),
  contact: AccessibilityContactSchema,
  /** How soon the organisation answers a report, e.g. P14D. */
  responseTime: DurationSchema.optional(),
  authority: AccessibilityAuthoritySchema.optional(),
});
export type Accessibility = z.infer<typeof AccessibilitySchema>;
