import { LEGAL_BASES } from '../../model/vocabulary/legal-bases.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';
import { basesOf } from '../../model/purposes.ts';

/** 6(1)(c) and (e) rest on Union or Member State law (Art. 6(3)): the purpose names it. */
export const basisCitesLaw: Rule = {
  id: 'law/basis-cites-law',
  severity: 'error',
  reference: 'GDPR art. 6.1 c, e; 6.3',
  title: bi('Lagen bakom rättslig förpliktelse eller allmänt intresse', 'The law behind a legal obligation or public task'),
  description: bi('Varje ändamål med grunden 6(1)(c) eller 6(1)(e) hänvisar till minst en lag (law).', 'Every purpose with basis 6(1)(c) or 6(1)(e) cites at least one law (law).'),
  why: bi(
    'Grunderna rättslig förpliktelse och allmänt intresse måste vila på en bestämd lag; utan den går det inte att visa att grunden gäller.',
    'The legal-obligation and public-task bases must rest on a specific law; without it the basis cannot be shown to apply.',
  ),
  fix: bi(
    'Lägg till law: [{ law: <lag-id>, section: "..." }] under ändamålet (lagen finns i content/laws/).',
    'Add law: [{ law: <law-id>, section: "..." }] to the purpose (the law lives in content/laws/).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      a.purposes.forEach((p, i) => {
        const needs = basesOf(p).find((b) => b.basis === '6(1)(c)' || b.basis === '6(1)(e)');
        if (!needs || p.law.length > 0) return;
        const basis = LEGAL_BASES[needs.basis];
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['purposes', i, ...needs.path],
          message: bi(
            `Ändamålet "${textSv(p.description)}" vilar på ${basis.label.sv.toLocaleLowerCase('sv')} men hänvisar inte till någon lag.`,
            `The purpose "${textEn(p.description)}" rests on ${basis.label.en.toLowerCase()} but cites no law.`,
          ),
        });
      });
    }
    return findings;
  },
};
