import sv from './sv.ts';
import en from './en.ts';
import type { SearchTopic } from './types.ts';

export type { SearchTopic } from './types.ts';
export const SEARCH_SYNONYMS = { sv, en } as const;

/** Every locale's words for the topics, once each: staff search in either language. */
export const searchTerms = (topics: readonly SearchTopic[]): string[] => [...new Set(topics.flatMap((topic) => [...sv[topic], ...en[topic]]))];

/** The topics a routine covers, from its kind and right. */
export function routineTopics(r: { kind: string; right?: string }): SearchTopic[] {
  const topics: SearchTopic[] = [];
  if (r.kind === 'breach') topics.push('breach');
  if (r.right === 'access') topics.push('access');
  if (r.right === 'erasure' || r.kind === 'retention') topics.push('erasure');
  if (r.kind === 'email') topics.push('email');
  return topics;
}
