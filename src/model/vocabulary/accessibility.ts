/**
 * The Swedish supervisory authority for accessibility of digital public
 * service, and the law it supervises. Built in like IMY; organisation.yaml
 * (accessibility.authority) may override any field should the details change.
 */
export const DIGG = {
  name: { sv: 'Myndigheten för digital förvaltning (DIGG)', en: 'Agency for Digital Government (DIGG)' },
  shortName: 'DIGG',
  website: 'https://www.digg.se',
  /** DIGG's form for reporting inaccessible digital public service. */
  complaintUrl: 'https://www.digg.se/tdosanmalan',
  law: {
    sv: 'lagen (2018:1937) om tillgänglighet till digital offentlig service',
    en: 'the Act (2018:1937) on accessibility to digital public services',
  },
} as const;

/** The standard a conformance claim is made against, unless the content names another. */
export const ACCESSIBILITY_STANDARD = 'WCAG 2.1 AA (EN 301 549 V3.2.1)';

export const CONFORMANCE_LEVELS = ['full', 'partial', 'none'] as const;
/** Why content is not accessible, as the EU model statement (2018/1523) groups it. */
export const EXCEPTION_REASONS = ['non-compliance', 'disproportionate-burden', 'outside-scope'] as const;
