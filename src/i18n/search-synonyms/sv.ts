import type { SearchSynonyms } from './types.ts';

const sv: SearchSynonyms = {
  breach: ['personuppgiftsincident', 'incident', 'dataintrång', 'intrång', 'dataläcka', 'läcka', 'säkerhetsincident'],
  access: ['registerutdrag', 'utdrag', 'tillgång', 'kopia av uppgifter', 'begäran om registerutdrag'],
  erasure: ['radera', 'radering', 'gallra', 'gallring', 'ta bort', 'rensa'],
  email: ['e-post', 'epost', 'mejl', 'mail', 'inkorg'],
};
export default sv;
