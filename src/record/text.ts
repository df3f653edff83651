/** Small text helpers of the record and the documents built from the model (register, policy). */
import type { Locale, LocalizedText } from '../model/schemas/index.ts';
import type { Model } from '../model/model.ts';
import { citeLaw } from '../format/index.ts';
import { newestVersion } from '../changelog/versions.ts';

/** The text in the wanted language, falling back to Swedish (always present). */
export function tr(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (locale === 'en' ? text.en : undefined) ?? text.sv;
}

/** Name of a person by id, or the id itself when unknown (the loader guarantees it exists). */
export function personName(model: Model, id: string | undefined): string {
  if (!id) return '';
  return model.byId.people.get(id)?.name ?? id;
}

/** A law citation in table style (`short`, see src/format/law.ts): "23 c § LSS". */
export function citation(model: Model, c: { law: string; section?: string }, locale: Locale): string {
  return citeLaw(model.byId.laws.get(c.law), c, locale, 'short');
}

/**
 * The one date every export carries: the board adoption date of the newest
 * policy version (a draft: the date it was prepared). Never "now", so bytes are stable.
 */
export function documentDate(model: Model): string {
  const v = newestVersion(model);
  return v?.adoptedByBoard ?? v?.preparedBy.date ?? '1970-01-01';
}

export function orgName(model: Model, locale: Locale): string {
  return tr(model.organisation.name, locale);
}
