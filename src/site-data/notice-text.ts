/**
 * The sentences of the public notice, shared by the web pages
 * (src/components/Activity.astro) and the notice PDF (generators/notice), so
 * both say exactly the same. Every fact goes through src/format/.
 */
import { art9Condition, legalBasis, retentionSentence, safeguard, sentence, sentences } from '../format/index.ts';
import type { PublicActivity, PublicModel } from './public-view.ts';
import { citation, citations, country } from './legal.ts';
import { t, type Lang } from './text.ts';
import { ui } from '../i18n/ui/index.ts';

type Purpose = PublicActivity['purposes'][number];

/** "Rättslig grund: Avtal (artikel 6.1 b i dataskyddsförordningen). Vi behöver …" */
export function basisText(p: Purpose, lang: Lang): { label: string; text: string } {
  const b = legalBasis(p.legalBasis, lang);
  return { label: `${ui(lang).legalBasis}: ${b.full}.`, text: b.plain };
}

/** "Lagstöd: 23 c § lagen … (LSS)." or '' */
export function purposeLawText(pm: PublicModel, p: Purpose, lang: Lang): string {
  return p.law.length ? `${ui(lang).law}: ${citations(pm, p.law, lang)}.` : '';
}

/** The Art. 9(2) condition with its laws: "Hälso- och sjukvård … (artikel 9.2 h …), enligt …." */
export function specialConditionText(pm: PublicModel, sc: NonNullable<PublicActivity['specialCondition']>, lang: Lang): string {
  const laws = citations(pm, sc.law, lang);
  return `${art9Condition(sc.condition, lang).full}${laws ? `; ${laws}` : ''}.`;
}

export function criminalBasisText(pm: PublicModel, c: NonNullable<PublicActivity['criminalDataBasis']>, lang: Lang): string {
  return sentence(citation(pm, c, lang));
}

/** One retention rule as the public reads it. */
export function retentionText(pm: PublicModel, r: PublicActivity['retention'][number], lang: Lang): string {
  return retentionSentence(r, {
    ...(r.law ? { law: citation(pm, r.law, lang) } : {}),
    ...(r.handedOverToName ? { handedOverTo: { name: r.handedOverToName, kind: r.handedOverToKind } } : {}),
  }, lang);
}

/** "USA (Nordmoln AB) – … Skyddsåtgärd: EU-kommissionens standardavtalsklausuler. Kopia: …" */
export function transferText(tr: PublicActivity['transfers'][number], lang: Lang): string {
  const u = ui(lang);
  const where = `${country(tr.country, lang)}${tr.processorName ? ` (${tr.processorName})` : ''}`;
  return sentences(
    tr.description ? sentence(`${where} – ${t(tr.description, lang)}`) : sentence(where),
    `${u.safeguard}: ${sentence(safeguard(tr.safeguard, lang, 'prose'))}`,
    `${u.copy}: ${sentence(t(tr.copyAvailable, lang))}`,
  );
}
