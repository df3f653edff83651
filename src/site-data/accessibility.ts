/**
 * The accessibility statement, worded once from the content's facts: the
 * organisation's own values, with the built-in DIGG details where the content
 * does not override them. The page renders it; tests check its sentences.
 */
import type { Locale } from '../model/schemas/index.ts';
import type { Accessibility } from '../model/schemas/index.ts';
import { DIGG } from '../model/vocabulary/index.ts';
import { formatDate, formatDuration } from '../format/index.ts';
import { fill } from '../i18n/ui/index.ts';
import { identityUi } from '../i18n/identity/index.ts';
import { t } from './text.ts';

export function accessibilityAuthority(a: Accessibility, lang: Locale) {
  const o = a.authority;
  return {
    name: o?.name ? t(o.name, lang) : DIGG.name[lang],
    shortName: o?.shortName ?? (o?.name ? t(o.name, lang) : DIGG.shortName),
    website: o?.website ?? DIGG.website,
    complaintUrl: o?.complaintUrl ?? DIGG.complaintUrl,
    law: o?.law ? t(o.law, lang) : DIGG.law[lang],
  };
}

export interface AccessibilityStatement {
  intro: string;
  conformance: string;
  exceptions: { text: string; reason: string }[];
  contact: string;
  responseTime?: string;
  complaint: string;
  complaintLink: { href: string; label: string };
  assessed: string;
  updated: string;
}

export function accessibilityStatement(a: Accessibility, orgName: string, lang: Locale): AccessibilityStatement {
  const id = identityUi(lang);
  const authority = accessibilityAuthority(a, lang);
  return {
    intro: fill(id.a11yIntro, { org: orgName, law: authority.law }),
    conformance: fill(id.a11yConformance[a.conformance], { standard: a.standard }),
    exceptions: a.exceptions.map((e) => ({ text: t(e.description, lang), reason: id.a11yReasons[e.reason] })),
    contact: id.a11yContactText,
    ...(a.responseTime ? { responseTime: fill(id.a11yResponseTime, { time: formatDuration(a.responseTime, lang) }) } : {}),
    complaint: fill(id.a11yComplaintText, { authority: authority.name, short: authority.shortName, law: authority.law }),
    complaintLink: { href: authority.complaintUrl, label: fill(id.a11yComplaintLink, { short: authority.shortName }) },
    assessed: fill(id.a11yAssessed, { method: t(a.assessed.method, lang), date: formatDate(a.assessed.date, lang) }),
    updated: fill(id.a11yUpdated, { date: formatDate(a.updated, lang) }),
  };
}
