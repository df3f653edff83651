/**
 * A policy snapshot (content/snapshots/<version>.json): the canonical subset of
 * the model a board adopts, written by `npm run policy:draft` and read back to
 * build the changelog. The types are inferred from these schemas, and every file
 * is checked against them when read (src/changelog/load.ts).
 */
import { z } from 'zod';

export const SNAPSHOT_FORMAT = 1;

const Key = z.string().min(1);
/** Text as a snapshot stores it: always an object, Swedish required. */
export const SnapshotTextSchema = z.strictObject({ sv: z.string(), en: z.string().optional() });

export const SnapshotPurposeSchema = z.strictObject({
  id: Key,
  description: SnapshotTextSchema,
  /** The basis code, or several joined by ", " (legalBases). */
  legalBasis: z.string(),
  /** Citations as "law-id" or "law-id section". */
  law: z.array(z.string()),
});

export const SnapshotRetentionSchema = z.strictObject({
  /** Stable key: the rule's id, else its Swedish document type, else its position. */
  key: Key,
  documentType: SnapshotTextSchema.optional(),
  dataCategories: z.array(Key).optional(),
  duration: z.string().optional(),
  criteria: SnapshotTextSchema.optional(),
  from: SnapshotTextSchema.optional(),
  law: z.string().optional(),
  then: z.string(),
});

export const SnapshotActivitySchema = z.strictObject({
  id: Key,
  name: SnapshotTextSchema,
  controllers: z.array(Key),
  subjects: z.array(Key),
  dataCategories: z.array(Key),
  purposes: z.array(SnapshotPurposeSchema),
  specialCondition: z.string().optional(),
  recipients: z.array(Key),
  processors: z.array(Key),
  transfers: z.array(Key),
  retention: z.array(SnapshotRetentionSchema),
});

export const PolicySnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  activities: z.array(SnapshotActivitySchema),
  dataCategories: z.array(z.strictObject({ id: Key, name: SnapshotTextSchema, special: z.string().optional(), criminal: z.boolean(), personnummer: z.boolean() })),
  subjects: z.array(z.strictObject({ id: Key, name: SnapshotTextSchema })),
  recipients: z.array(z.strictObject({ id: Key, name: SnapshotTextSchema, kind: z.string(), country: z.string() })),
  processors: z.array(z.strictObject({ id: Key, name: z.string(), service: SnapshotTextSchema, country: z.string(), subProcessors: z.array(z.string()) })),
});

export type SnapshotText = z.infer<typeof SnapshotTextSchema>;
export type SnapshotRetention = z.infer<typeof SnapshotRetentionSchema>;
export type SnapshotActivity = z.infer<typeof SnapshotActivitySchema>;
export type PolicySnapshot = z.infer<typeof PolicySnapshotSchema>;
