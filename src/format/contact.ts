/**
 * Contact facts as text and as links: an address on one line, an e-mail or
 * phone number as a mailto:/tel: link. Every link built here passes the same
 * safe-link check as content URLs (src/model/validators/url.ts); a value that
 * fails it is shown as text without a link, never as an unsafe href.
 */
import { isSafeLink } from '../model/validators/url.ts';
import type { Locale } from '../model/schemas/index.ts';

const regions = { sv: new Intl.DisplayNames(['sv'], { type: 'region' }), en: new Intl.DisplayNames(['en-GB'], { type: 'region' }) } as const;
const countryName = (code: string, lang: Locale) => regions[lang].of(code) ?? code;

export interface AddressLike {
  street: string;
  postalCode: string;
  city: string;
  country?: string;
}

/** "Box 1234, 111 23 Stockholm" (the country only when not Sweden). */
export function formatAddress(a: AddressLike, lang: Locale): string {
  const country = a.country && a.country !== 'SE' ? `, ${countryName(a.country, lang)}` : '';
  return `${a.street}, ${a.postalCode} ${a.city}${country}`;
}

/** The address as the lines of an envelope: recipient (if any), street, postal code and city. */
export function addressLines(a: AddressLike, lang: Locale, to?: string): string[] {
  const country = a.country && a.country !== 'SE' ? [countryName(a.country, lang)] : [];
  return [...(to ? [to] : []), a.street, `${a.postalCode} ${a.city}`, ...country];
}

/** mailto: link of an e-mail address, or undefined when it would not be a safe link. */
export function mailHref(email: string): string | undefined {
  const href = `mailto:${email.trim()}`;
  return isSafeLink(href, ['mailto']) ? href : undefined;
}

/** tel: link of a phone number as written in content ("08-123 456 78" → tel:08-12345678). */
export function phoneHref(phone: string): string | undefined {
  const href = `tel:${phone.replace(/\s+/g, '')}`;
  return isSafeLink(href, ['tel']) ? href : undefined;
}

/** An https: web address as a link, or undefined when unsafe. */
export function webHref(url: string): string | undefined {
  return isSafeLink(url, ['https']) ? url : undefined;
}

/** "08-123 456 70 (vardagar 9–12)": a value and, if given, when it is staffed. */
export const withHours = (value: string, when?: string): string => (when?.trim() ? `${value} (${when.trim()})` : value);
