/**
 * Retention (gallring): how long, from when, under which law and what then.
 *
 * The action vocabulary (`then`) has legal meaning, so each value says one thing:
 * - `deleted` — erased (raderas).
 * - `anonymised` — made anonymous so no one can be identified, by anyone, with
 *   means reasonably likely to be used (recital 26): the data are no longer
 *   personal data and the GDPR no longer applies.
 * - `pseudonymised` — direct identifiers replaced by a code (Art. 4(5)); what
 *   Swedish practice often calls "avidentifiering". The data remain personal data.
 * - `archived` — kept in an archive under archive law (arkiveras).
 * - `handed-over` — handed to another party, named by `handedOverTo`.
 *
 * `sentence` is for running text (notice, extract, policy prose), `short` for
 * table cells (register, retention plan, CSV/XLSX, changelog).
 */
import type { LocalizedText } from '../model/schemas/shared.ts';
import { formatDuration } from './duration.ts';
import { recipientInSentence, type RecipientLike } from './recipient.ts';
import { localized, phrase, sentence, sentences } from './text.ts';
import { WORDING, type RetentionAction } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface RetentionLike {
  documentType?: LocalizedText;
  duration?: string;
  criteria?: LocalizedText;
  from?: LocalizedText;
  then: string;
  note?: LocalizedText;
}

/** What the outputs need from around the rule: the law citation already formatted, the recipient resolved. */
export interface RetentionContext {
  law?: string;
  handedOverTo?: RecipientLike;
}

/** "Därefter raderas uppgifterna." / "The data are then handed over to the commissioning municipality." */
export function retentionAction(then: string, lang: Locale, to?: RecipientLike): string {
  const w = WORDING[lang].retention;
  if (then === 'handed-over' && to) return w.handedOverTo(recipientInSentence(to, lang));
  return w.then[then as RetentionAction] ?? then;
}

/** "Raderas" / "Lämnas över: Kommunen som är uppdragsgivare" for table cells. */
export function retentionActionShort(then: string, lang: Locale, to?: RecipientLike): string {
  const label = WORDING[lang].retention.thenShort[then as RetentionAction] ?? then;
  return then === 'handed-over' && to ? `${label}: ${localized(to.name, lang)}` : label;
}

/** The period as words, or the criteria when there is no fixed period. */
export function retentionPeriodShort(r: RetentionLike, lang: Locale): string {
  const w = WORDING[lang].retention;
  return r.duration ? formatDuration(r.duration, lang) : phrase(localized(r.criteria, lang)) || w.noFixedPeriod;
}

/** The whole rule in running text: "Personakt: 2 år räknat från …, enligt …. Därefter …. Note." */
export function retentionSentence(r: RetentionLike, ctx: RetentionContext, lang: Locale): string {
  const w = WORDING[lang].retention;
  const from = r.from ? phrase(localized(r.from, lang)) : undefined;
  const how = r.duration ? w.period(formatDuration(r.duration, lang), from, ctx.law) : w.criteria(sentence(localized(r.criteria, lang)) || `${w.noFixedPeriod}.`, from, ctx.law);
  const doc = r.documentType ? `${phrase(localized(r.documentType, lang))}: ` : '';
  return sentences(`${doc}${how}`, retentionAction(r.then, lang, ctx.handedOverTo), r.note ? sentence(localized(r.note, lang)) : undefined);
}

/** The rule on one line for tables and the changelog: "2 år från …; raderas". */
export function retentionShort(r: RetentionLike, ctx: RetentionContext, lang: Locale): string {
  const w = WORDING[lang].retention;
  const from = r.from ? phrase(localized(r.from, lang)) : undefined;
  const period = r.duration
    ? w.periodShort(formatDuration(r.duration, lang), from)
    : sentences(sentence(localized(r.criteria, lang)) || `${w.noFixedPeriod}.`, from ? phrase(w.countedFrom(from)) : undefined);
  const doc = r.documentType ? `${phrase(localized(r.documentType, lang))}: ` : '';
  const law = ctx.law ? ` (${ctx.law})` : '';
  const action = retentionActionShort(r.then, lang, ctx.handedOverTo);
  return `${doc}${phrase(period)}${law}; ${action.charAt(0).toLowerCase()}${action.slice(1)}`;
}
