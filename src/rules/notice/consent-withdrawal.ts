import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import { hasBasis } from '../../model/purposes.ts';

/** N10: consent-based processing tells people how to withdraw consent. */
export const consentWithdrawal: Rule = {
  id: 'notice/consent-withdrawal',
  severity: 'error',
  reference: 'GDPR art. 7.3, 13.2 c, 14.2 d',
  title: bi('Hur samtycke återkallas', 'How consent is withdrawn'),
  description: bi(
    'Ändamål med grunden 6(1)(a) har consent (given och withdraw); ett villkor 9(2)(a) har specialCondition.consent.',
    'Purposes with basis 6(1)(a) have consent (given and withdraw); a 9(2)(a) condition has specialCondition.consent.',
  ),
  why: bi('Den som samtycker har rätt att när som helst ta tillbaka sitt samtycke, och ska få veta hur.', 'Whoever consents may withdraw consent at any time and must be told how.'),
  fix: bi('Lägg till consent: { given: ..., withdraw: ... } och beskriv hur man tar tillbaka sitt samtycke.', 'Add consent: { given: ..., withdraw: ... } describing how consent is withdrawn.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      a.purposes.forEach((p, i) => {
        if (hasBasis(p, '6(1)(a)') && !p.consent) {
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['purposes', i],
            message: bi(
              `Ändamålet "${textSv(p.description)}" vilar på samtycke men anger inte hur samtycket återkallas.`,
              `The purpose "${textEn(p.description)}" rests on consent but does not say how consent is withdrawn.`,
            ),
          });
        }
      });
      if (a.specialCondition?.condition === '9(2)(a)' && !a.specialCondition.consent) {
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['specialCondition'],
          message: bi(
            'Känsliga uppgifter behandlas med uttryckligt samtycke (9(2)(a)) men det står inte hur samtycket återkallas.',
            'Special-category data rest on explicit consent (9(2)(a)) but it is not said how consent is withdrawn.',
          ),
        });
      }
    }
    return findings;
  },
};
