/**
 * The sentences of the public notice, shared by the web pages
 * (src/components/Activity.astro) and the notice PDF (generators/notice), so
 * both say exactly the same. Every fact goes through src/format/.
 */
import { art9Condition, legalBasis, list, phrase, retentionSentence, safeguard, sentence, sentences } from '../format/index.ts';
import { basesOf } from '../model/purposes.ts';
import type { PublicActivity, PublicModel } from './public-view.ts';
import { citation, citations, country } from './legal.ts';
import { t } from './text.ts';
import { ui } from '../i18n/ui/index.ts';
import type { Locale } from '../model/schemas/index.ts';

type Purpose = PublicActivity['purposes'][number];

/** "Rättslig grund: Avtal (artikel 6.1 b i dataskyddsförordningen). Vi behöver …" — for a purpose with one basis and no note. */
export function basisText(p: Purpose, lang: Locale): { label: string; text: string } {
  const b = legalBasis(basesOf(p)[0]?.basis ?? '', lang);
  return { label: `${ui(lang).legalBasis}: ${b.full}.`, text: b.plain };
}

/** Whether a purpose is shown with the one-basis sentence, or as a list of bases with their notes. */
export const singleBasis = (p: Purpose) => {
  const bases = basesOf(p);
  return bases.length === 1 && !bases[0]!.note;
};

/** Each basis of a purpose with what it covers: "Avtal (artikel 6.1 b …)" and its note (else the plain meaning). */
export function basesList(p: Purpose, lang: Locale): { full: string; text: string }[] {
  return basesOf(p).map((b) => ({ full: legalBasis(b.basis, lang).full, text: b.note ? sentence(t(b.note, lang)) : legalBasis(b.basis, lang).plain }));
}

/** "(till exempel a, b, c)" after a data category, or ''. */
export function examplesText(examples: PublicActivity['dataCategories'][number]['examples'], lang: Locale): string {
  return examples.length
    ? `(${ui(lang).forExample} ${list(
        examples.map((x) => t(x, lang)),
        lang,
      )})`
    : '';
}

/** "(villkor: bara om …)" after a recipient that gets the data only under a condition, or ''. */
export function conditionText(r: PublicActivity['recipients'][number], lang: Locale): string {
  return r.condition ? `(${ui(lang).condition}: ${phrase(t(r.condition, lang))})` : '';
}

/** "Lagstöd: 23 c § lagen … (LSS)." or '' */
export function purposeLawText(pm: PublicModel, p: Purpose, lang: Locale): string {
  return p.law.length ? `${ui(lang).law}: ${citations(pm, p.law, lang)}.` : '';
}

/** The Art. 9(2) condition with its laws: "Hälso- och sjukvård … (artikel 9.2 h …), enligt …." */
export function specialConditionText(pm: PublicModel, sc: NonNullable<PublicActivity['specialCondition']>, lang: Locale): string {
  const laws = citations(pm, sc.law, lang);
  return `${art9Condition(sc.condition, lang).full}${laws ? `; ${laws}` : ''}.`;
}

/** One retention rule as the public reads it. */
export function retentionText(pm: PublicModel, r: PublicActivity['retention'][number], lang: Locale): string {
  return retentionSentence(
    r,
    {
      ...(r.law ? { law: citation(pm, r.law, lang) } : {}),
      ...(r.handedOverToName ? { handedOverTo: { name: r.handedOverToName, kind: r.handedOverToKind } } : {}),
    },
    lang,
  );
}

/** "USA (Nordmoln AB) – … Skyddsåtgärd: EU-kommissionens standardavtalsklausuler. Kopia: …" */
export function transferText(tr: PublicActivity['transfers'][number], lang: Locale): string {
  const u = ui(lang);
  const where = `${country(tr.country, lang)}${tr.processorName ? ` (${tr.processorName})` : ''}`;
  return sentences(
    tr.description ? sentence(`${where} – ${t(tr.description, lang)}`) : sentence(where),
    `${u.safeguard}: ${sentence(safeguard(tr.safeguard, lang, 'prose'))}`,
    `${u.copy}: ${sentence(t(tr.copyAvailable, lang))}`,
  );
}
