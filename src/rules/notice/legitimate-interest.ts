import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import { hasBasis } from '../../model/purposes.ts';

/** N4: a purpose resting on legitimate interests says which interest, and that a balancing test exists. */
export const legitimateInterest: Rule = {
  id: 'notice/legitimate-interest',
  severity: 'error',
  reference: 'GDPR art. 6.1 f, 13.1 d, 14.2 b',
  title: bi('Berättigat intresse och intresseavvägning', 'Legitimate interest and balancing test'),
  description: bi(
    'Varje ändamål med grunden 6(1)(f) anger legitimateInterest (vilket intresse) och balancingTest (var intresseavvägningen finns).',
    'Every purpose with basis 6(1)(f) states legitimateInterest (which interest) and balancingTest (where the balancing test is).',
  ),
  why: bi(
    'Informationen ska ange vilka berättigade intressen som eftersträvas, och grunden kräver en dokumenterad avvägning mot den registrerades intressen.',
    "The notice must state the legitimate interests pursued, and the basis requires a documented balancing against the data subject's interests.",
  ),
  fix: bi('Lägg till legitimateInterest och balancingTest under ändamålet.', 'Add legitimateInterest and balancingTest to the purpose.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      a.purposes.forEach((p, i) => {
        if (!hasBasis(p, '6(1)(f)')) return;
        const missing = [!p.legitimateInterest && 'legitimateInterest', !p.balancingTest && 'balancingTest'].filter(Boolean) as string[];
        if (missing.length === 0) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['purposes', i],
          message: bi(
            `Ändamålet "${textSv(p.description)}" vilar på berättigat intresse men saknar ${missing.join(' och ')}.`,
            `The purpose "${textEn(p.description)}" rests on legitimate interests but lacks ${missing.join(' and ')}.`,
          ),
        });
      });
    }
    return findings;
  },
};
