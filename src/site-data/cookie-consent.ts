/**
 * How a visitor gives and withdraws consent to cookies, worded once for the
 * cookies page and the notice PDF: the organisation's own consent settings
 * (named and linked), or that no cookie needs consent. Nothing when the
 * content says neither: the notice never points at a control it cannot name.
 */
import type { Locale } from '../model/schemas/index.ts';
import type { PublicActivity, PublicModel } from './public-view.ts';
import { websiteActivities } from './routes.ts';
import { t } from './text.ts';
import { fill } from '../i18n/ui/index.ts';
import { identityUi } from '../i18n/identity/index.ts';

export interface CookieConsentText {
  text: string;
  link?: { href: string; label: string };
}

export function cookieConsentText(a: PublicActivity, lang: Locale): CookieConsentText | undefined {
  const c = a.cookieConsent;
  const id = identityUi(lang);
  if (c?.settings) {
    const name = c.settingsName ? t(c.settingsName, lang) : id.cookieSettingsDefault;
    return { text: fill(id.cookieConsentSettings, { name }), link: { href: c.settings, label: fill(id.cookieConsentLink, { name }) } };
  }
  if (c?.noneNeeded) return { text: id.cookieConsentNoneNeeded };
  return undefined;
}

/** One statement per distinct consent setting across the website activities. */
export function cookieConsentTexts(pm: PublicModel, lang: Locale): CookieConsentText[] {
  const seen = new Set<string>();
  const out: CookieConsentText[] = [];
  for (const a of websiteActivities(pm)) {
    const c = cookieConsentText(a, lang);
    if (!c) continue;
    const key = `${c.text}|${c.link?.href ?? ''}`;
    if (!seen.has(key)) out.push(c), seen.add(key);
  }
  return out;
}
