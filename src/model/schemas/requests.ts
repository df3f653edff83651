/**
 * How a person asks for their data (GDPR art. 12(2), 15): where a request can
 * be sent, how identity is checked and how the answer is delivered. Used
 * organisation-wide (organisation.yaml `requests`) and per company
 * (entities/*.yaml `requests`, for requests about that company's data).
 */
import { z } from 'zod';
import { AddressSchema, EmailSchema, LocalizedTextSchema, PhoneSchema, UrlSchema } from './shared.ts';

/** A street or box address without its kind: what the envelope or the visitor needs. */
export const StreetAddressSchema = AddressSchema.omit({ kind: true });

/** When a channel is staffed, e.g. { sv: "vardagar 9–12", en: "weekdays 9–12" }. */
export const HoursSchema = LocalizedTextSchema.meta({ description: 'When, e.g. { sv: "vardagar 9–12", en: "weekdays 9–12" }.' });

export const RequestPostSchema = z.strictObject({
  to: LocalizedTextSchema.optional().meta({ description: 'Whom to address the letter to, e.g. { sv: Dataskyddsombudet, en: The data protection officer }.' }),
  address: StreetAddressSchema,
});
export const RequestPhoneSchema = z.strictObject({ number: PhoneSchema, hours: HoursSchema.optional() });
export const RequestVisitSchema = z.strictObject({ address: StreetAddressSchema, hours: HoursSchema.optional() });
/** A secure way to send messages (an e-service with e-legitimation, a secure mailbox). */
export const RequestEServiceSchema = z.strictObject({
  name: LocalizedTextSchema.meta({ description: 'What the reader looks for, e.g. { sv: "Mina sidor (logga in med BankID)", en: "My pages (log in with BankID)" }.' }),
  url: UrlSchema,
});

/** The ways a request can reach us; at least one. */
export const RequestChannelsSchema = z
  .strictObject({
    email: EmailSchema.optional(),
    post: RequestPostSchema.optional(),
    phone: RequestPhoneSchema.optional(),
    visit: RequestVisitSchema.optional().meta({ description: 'Where a request can be made in person (visiting address and hours).' }),
    eService: RequestEServiceSchema.optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'request-channel' });
export type RequestChannels = z.infer<typeof RequestChannelsSchema>;

/** organisation.yaml `requests`: how the organisation takes requests about people's data. */
export const RequestsSchema = z.strictObject({
  channels: RequestChannelsSchema.optional().meta({
    description: "Where anyone can send a request, for every company. Omitted: the DPO's public e-mail and phone (or the parent company's) and the parent company's postal address.",
  }),
  identity: LocalizedTextSchema.optional().meta({ description: 'How we check who you are before we give out any data; replaces the built-in sentence.' }),
  delivery: LocalizedTextSchema.optional().meta({ description: 'How the answer reaches you (e.g. by registered letter, or collected in person with ID).' }),
});
