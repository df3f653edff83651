/**
 * The accessibility statement's facts, resolved: the content's own values,
 * with the built-in DIGG details where the content does not override them.
 */
import type { Accessibility } from '../model/schemas/index.ts';
import { DIGG } from '../model/vocabulary/index.ts';
import { t, type Lang } from './text.ts';

export function accessibilityAuthority(a: Accessibility, lang: Lang) {
  const o = a.authority;
  return {
    name: o?.name ? t(o.name, lang) : DIGG.name[lang],
    shortName: o?.shortName ?? (o?.name ? t(o.name, lang) : DIGG.shortName),
    website: o?.website ?? DIGG.website,
    complaintUrl: o?.complaintUrl ?? DIGG.complaintUrl,
    law: o?.law ? t(o.law, lang) : DIGG.law[lang],
  };
}
