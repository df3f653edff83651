/**
 * Sentences of the public notice that the web pages and the notice PDF
 * share, so both say the same thing: retention, recipients, categories.
 */
import type { PublicActivity, PublicModel } from './public-view.ts';
import { citation, duration } from './legal.ts';
import { t, type Lang } from './text.ts';
import { ui } from '../i18n/ui/index.ts';

const endsSentence = (s: string) => /[.!?]$/.test(s.trim());
const stop = (s: string) => (endsSentence(s) ? s.trim() : `${s.trim()}.`);
const unstop = (s: string) => s.trim().replace(/\.$/, '');

type PublicRetention = PublicActivity['retention'][number];

/** "Personakt: 2 år, räknat från … (lag). Därefter raderas uppgifterna." — or the criteria alone when no period is fixed. */
export function retentionSentence(r: PublicRetention, pm: PublicModel, lang: Lang): string {
  const u = ui(lang);
  const from = r.from ? `, ${u.from} ${t(r.from, lang)}` : '';
  const law = r.law ? ` (${citation(pm, r.law, lang)})` : '';
  const criteria = r.criteria ? t(r.criteria, lang) : '';
  const how = r.duration
    ? `${stop(`${duration(r.duration, lang)}${from}${law}`)}${criteria ? ` ${stop(criteria)}` : ''}`
    : stop(`${from || law ? unstop(criteria) : criteria}${from}${law}`);
  const then = r.then === 'handed-over' ? stop(`${u.then['handed-over']}${r.handedOverToName ? ` ${t(r.handedOverToName, lang)}` : ''}`) : u.then[r.then];
  const doc = r.documentType ? `${t(r.documentType, lang)}: ` : '';
  return [`${doc}${how}`, then, r.note ? stop(t(r.note, lang)) : ''].filter(Boolean).join(' ');
}

/** "(till exempel a, b, c)" after a data category, or nothing. */
export function examplesText(examples: PublicActivity['dataCategories'][number]['examples'], lang: Lang): string {
  return examples.length ? `(${ui(lang).forExample} ${examples.map((x) => t(x, lang)).join(', ')})` : '';
}

/** "(villkor: bara om …)" after a recipient, or nothing. */
export function conditionText(r: PublicActivity['recipients'][number], lang: Lang): string {
  return r.condition ? `(${ui(lang).condition}: ${unstop(t(r.condition, lang))})` : '';
}
