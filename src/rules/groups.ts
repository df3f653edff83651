/**
 * Recognising kinds of people, data and purposes from their names, for the
 * rules that depend on them (staff, relatives, direct marketing). The content
 * has no field for these, so the rules built on them are warnings that the
 * DPO can acknowledge when a name misleads.
 */
import type { Entry } from '../model/model.ts';
import type { Purpose } from '../model/schemas/index.ts';
import { textEn, textSv } from './text.ts';

const words = (...texts: (string | undefined)[]) => texts.filter(Boolean).join(' \u0000 ');

// Employees only: for job applicants consent (e.g. to keep a CV for later openings) is commonly sound.
const STAFF_SV = /(^|[^\p{L}])(anställd|anställda|medarbetar\p{L}*|personal(en)?|arbetstagar\p{L}*)($|[^\p{L}])|arbetar (hos|för) oss/iu;
const STAFF_EN = /\b(employees?|staff|workers?)\b|work (with|for) us/i;
const RELATIVES =
  /(^|[^\p{L}])(anhörig\p{L}*|närstående|gode? män|god man|förvaltare|ställföreträdare|vårdnadshavare|företrädare|relatives?|next of kin|guardians?|trustees?|(legal )?representatives?)($|[^\p{L}])/iu;
const MARKETING = /marknadsför|direktreklam|reklam|nyhetsbrev|erbjudand|kampanj|utskick|\bmarketing\b|\badvertis|newsletters?|\boffers?\b|\bcampaigns?\b|\bmailings?\b/i;

/** A group of people who work (or apply to work) for the organisation. */
export function isStaffGroup(s: Entry<'subjects'>): boolean {
  return STAFF_SV.test(words(textSv(s.name), textSv(s.audience))) || STAFF_EN.test(words(s.id.replace(/-/g, ' '), textEn(s.name), textEn(s.audience)));
}

/** A group of people who are relatives or representatives of someone else. */
export function isRelativesGroup(s: Entry<'subjects'>): boolean {
  return RELATIVES.test(words(s.id.replace(/-/g, ' '), textSv(s.name), textEn(s.name), textSv(s.audience), textEn(s.audience)));
}

/** A data category that is about relatives or representatives (judged by its id and name only: a description may mention them in passing). */
export function isRelativesCategory(c: Entry<'data-categories'>): boolean {
  return RELATIVES.test(words(c.id.replace(/-/g, ' '), textSv(c.name), textEn(c.name)));
}

/** A purpose of sending marketing, offers or newsletters. */
export function isDirectMarketing(p: Purpose): boolean {
  return MARKETING.test(words(textSv(p.description), textEn(p.description), textSv(p.legitimateInterest), textEn(p.legitimateInterest)));
}

/** Where a purpose's basis `code` is written: legalBasis, or its item in legalBases when the purpose names several. */
export function basisPath(p: Purpose, i: number, code: string): (string | number)[] {
  const several = (p as { legalBases?: unknown }).legalBases;
  if (!Array.isArray(several)) return ['purposes', i, 'legalBasis'];
  const k = several.findIndex((b) => (typeof b === 'string' ? b : (b as { basis?: unknown })?.basis) === code);
  return k < 0 ? ['purposes', i, 'legalBases'] : ['purposes', i, 'legalBases', k, 'basis'];
}

/**
 * The Art. 6(1) bases of a purpose. One today; written to read a list too,
 * so rules need no change when a purpose may name several bases.
 */
export function basesOf(p: Purpose): string[] {
  const raw = (p as unknown as { legalBasis?: unknown; legalBases?: unknown }).legalBasis ?? (p as unknown as { legalBases?: unknown }).legalBases;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((b) => (typeof b === 'string' ? b : b && typeof b === 'object' && 'basis' in b ? String((b as { basis: unknown }).basis) : undefined)).filter((b): b is string => !!b);
}
