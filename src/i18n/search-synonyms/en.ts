import type { SearchSynonyms } from './types.ts';

const en: SearchSynonyms = {
  breach: ['personal data breach', 'breach', 'data breach', 'incident', 'leak', 'security incident'],
  access: ['subject access request', 'access request', 'data extract', 'copy of data'],
  erasure: ['erase', 'erasure', 'delete', 'deletion', 'retention', 'cull'],
  email: ['e-mail', 'email', 'mail', 'inbox'],
};
export default en;
