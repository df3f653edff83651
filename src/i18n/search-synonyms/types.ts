/**
 * Words staff search with that the handbook's own text may not use
 * ("dataintrång" for a personal data breach): per topic, added to the pages
 * that hold the topic as hidden, weighted Pagefind terms.
 */
export type SearchTopic = 'breach' | 'access' | 'erasure' | 'email';
export type SearchSynonyms = Record<SearchTopic, readonly string[]>;
