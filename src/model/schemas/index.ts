/** Every content schema, and which folder of content/ each belongs to. */
import type { z } from 'zod';
import type { CollectionKind } from './shared.ts';
import { ActivitySchema } from './activity.ts';
import { DataCategorySchema } from './data-category.ts';
import { DelegationSchema } from './delegation.ts';
import { EntitySchema } from './entity.ts';
import { AcknowledgementSchema, GlossaryTermSchema, LawSchema, PolicyVersionSchema, RoutineSchema } from './governance.ts';
import { ProcessorSchema, RecipientSchema, SecurityMeasureSchema, TransferSchema } from './parties.ts';
import { PersonSchema } from './people.ts';
import { SubjectSchema } from './subject.ts';

export * from './shared.ts';
export * from './organisation.ts';
export * from './accessibility.ts';
export * from './requests.ts';
export * from './entity.ts';
export * from './people.ts';
export * from './delegation.ts';
export * from './subject.ts';
export * from './data-category.ts';
export * from './activity.ts';
export * from './parties.ts';
export * from './governance.ts';

export const COLLECTION_SCHEMAS = {
  entities: EntitySchema,
  people: PersonSchema,
  delegations: DelegationSchema,
  subjects: SubjectSchema,
  'data-categories': DataCategorySchema,
  activities: ActivitySchema,
  recipients: RecipientSchema,
  processors: ProcessorSchema,
  transfers: TransferSchema,
  'security-measures': SecurityMeasureSchema,
  laws: LawSchema,
  glossary: GlossaryTermSchema,
  routines: RoutineSchema,
  'policy-versions': PolicyVersionSchema,
  acknowledgements: AcknowledgementSchema,
} as const satisfies Record<CollectionKind, z.ZodType>;

export type CollectionSchemas = typeof COLLECTION_SCHEMAS;
export type EntryOf<K extends CollectionKind> = z.infer<CollectionSchemas[K]>;
