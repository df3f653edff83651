/** The typed, immutable model every output reads. */
import type { CollectionKind, EntryOf, Organisation, Locale } from './schemas/index.ts';
import type { Location } from './diagnostics.ts';

export type Entry<K extends CollectionKind> = EntryOf<K> & {
  readonly id: string;
  /** Path relative to the content directory. */
  readonly file: string;
};

export interface ActivityRefs {
  controllers: Entry<'entities'>[];
  subjects: Entry<'subjects'>[];
  dataCategories: Entry<'data-categories'>[];
  recipients: Entry<'recipients'>[];
  processors: Entry<'processors'>[];
  transfers: Entry<'transfers'>[];
  securityMeasures: Entry<'security-measures'>[];
  responsible?: Entry<'people'>;
}
export type ResolvedActivity = Entry<'activities'> & { readonly refs: ActivityRefs };
/** What `model.byId[kind]` holds: the entry, resolved for activities. */
export type ById<K extends CollectionKind> = K extends 'activities' ? ResolvedActivity : Entry<K>;

export interface ContentFile {
  /** Path relative to the content directory. */
  file: string;
  absolute: string;
}

export interface Model {
  readonly contentDir: string;
  readonly organisation: Organisation & { readonly file: string };
  readonly locales: readonly Locale[];
  /** Activities are stored resolved, as in `activities`. */
  readonly byId: { readonly [K in CollectionKind]: ReadonlyMap<string, ById<K>> };
  readonly entities: readonly Entry<'entities'>[];
  readonly people: readonly Entry<'people'>[];
  readonly delegations: readonly Entry<'delegations'>[];
  readonly subjects: readonly Entry<'subjects'>[];
  readonly dataCategories: readonly Entry<'data-categories'>[];
  readonly activities: readonly ResolvedActivity[];
  readonly recipients: readonly Entry<'recipients'>[];
  readonly processors: readonly Entry<'processors'>[];
  readonly transfers: readonly Entry<'transfers'>[];
  readonly securityMeasures: readonly Entry<'security-measures'>[];
  readonly laws: readonly Entry<'laws'>[];
  readonly glossary: readonly Entry<'glossary'>[];
  readonly routines: readonly Entry<'routines'>[];
  readonly policyVersions: readonly Entry<'policy-versions'>[];
  readonly acknowledgements: readonly Entry<'acknowledgements'>[];
  /** MDX prose of the handbook (content/handbook/*.mdx), sorted by name. */
  readonly handbook: readonly ContentFile[];
  /** Handlebars wording templates (content/templates/*.hbs). */
  readonly templates: readonly ContentFile[];
  /** Where a field of an entry is written: for diagnostics of later stages (rules). */
  locate(kind: CollectionKind | 'organisation', id: string, path?: readonly (string | number)[]): Location;
}

/** Array property of the model for each collection kind. */
export const MODEL_KEYS = {
  entities: 'entities',
  people: 'people',
  delegations: 'delegations',
  subjects: 'subjects',
  'data-categories': 'dataCategories',
  activities: 'activities',
  recipients: 'recipients',
  processors: 'processors',
  transfers: 'transfers',
  'security-measures': 'securityMeasures',
  laws: 'laws',
  glossary: 'glossary',
  routines: 'routines',
  'policy-versions': 'policyVersions',
  acknowledgements: 'acknowledgements',
} as const satisfies Record<CollectionKind, keyof Model>;
