import { z } from 'zod';
import { AddressSchema, EmailSchema, EntryBase, LocalizedTextSchema, OrganisationsnummerSchema, PhoneSchema, ref, UrlSchema } from './shared.ts';
import { SERVICE_KINDS } from '../vocabulary/services.ts';
import { RequestChannelsSchema } from './requests.ts';

/** A processing this company carries out on behalf of another controller (Art. 30(2)). */
export const ProcessorRoleSchema = z.strictObject({
  controller: z.string().min(1).meta({ description: 'The controller (name) we act for.' }),
  controllerContact: z.string().optional(),
  processing: z.array(LocalizedTextSchema).min(1).meta({ description: 'Categories of processing carried out.' }),
  transfers: z.array(ref('transfers')).default([]),
  securityMeasures: z.array(ref('security-measures')).default([]),
});

/** content/entities/<id>.yaml: one company of the group. */
export const EntitySchema = z.strictObject({
  ...EntryBase,
  legalName: z.string().min(1),
  shortName: z.string().optional(),
  organisationsnummer: OrganisationsnummerSchema,
  addresses: z.array(AddressSchema).min(1),
  phone: PhoneSchema.optional(),
  email: EmailSchema,
  website: UrlSchema.optional(),
  services: z.array(z.enum(Object.keys(SERVICE_KINDS) as [keyof typeof SERVICE_KINDS])).default([]),
  description: LocalizedTextSchema.optional(),
  ceo: ref('people').optional(),
  /** Set when this company processes personal data for another controller. */
  processorFor: z.array(ProcessorRoleSchema).default([]),
  /** Where requests about this company's data can also be sent (besides the organisation-wide channels). */
  requests: RequestChannelsSchema.optional(),
});
