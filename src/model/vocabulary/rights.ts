/** The data subject's rights (GDPR Art. 15–22 and 7(3)), built in with Swedish and English labels. */
export const RIGHTS = {
  access: { article: 'art. 15', label: { sv: 'Rätt till tillgång (registerutdrag)', en: 'Right of access' } },
  rectification: { article: 'art. 16', label: { sv: 'Rätt till rättelse', en: 'Right to rectification' } },
  erasure: { article: 'art. 17', label: { sv: 'Rätt till radering', en: 'Right to erasure' } },
  restriction: { article: 'art. 18', label: { sv: 'Rätt till begränsning av behandling', en: 'Right to restriction of processing' } },
  portability: { article: 'art. 20', label: { sv: 'Rätt till dataportabilitet', en: 'Right to data portability' } },
  objection: { article: 'art. 21', label: { sv: 'Rätt att invända', en: 'Right to object' } },
  'withdraw-consent': { article: 'art. 7.3', label: { sv: 'Rätt att återkalla samtycke', en: 'Right to withdraw consent' } },
  'automated-decisions': {
    article: 'art. 22',
    label: { sv: 'Rätt att inte bli föremål för automatiserade beslut', en: 'Rights related to automated decision-making' },
  },
  complaint: { article: 'art. 77', label: { sv: 'Rätt att klaga till IMY', en: 'Right to lodge a complaint with IMY' } },
} as const;
export type RightCode = keyof typeof RIGHTS;
export const RIGHT_CODES = Object.keys(RIGHTS) as RightCode[];
