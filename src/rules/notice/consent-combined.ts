import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import { basesOf } from '../../model/purposes.ts';
import { LEGAL_BASES } from '../../model/vocabulary/legal-bases.ts';

/**
 * Consent and another basis for the same purpose: withdrawing consent would
 * not stop the processing, which misleads the person (EDPB 05/2020, 121–123).
 */
export const consentCombined: Rule = {
  id: 'notice/consent-combined',
  severity: 'warning',
  reference: 'GDPR art. 6.1, 7.3; EDPB riktlinjer 05/2020 p. 121–123',
  title: bi('Samtycke och annan grund för samma ändamål', 'Consent and another basis for the same purpose'),
  description: bi('Ett ändamål vilar inte på samtycke (6.1 a) samtidigt som på en annan rättslig grund.', 'A purpose does not rest on consent (6(1)(a)) together with another legal basis.'),
  why: bi(
    'Den som ger samtycke ska kunna ta tillbaka det, och då ska behandlingen upphöra. Vilar samma ändamål också på en annan grund fortsätter behandlingen ändå, och samtycket blir vilseledande. Man kan inte heller byta till en annan grund i efterhand när samtycket återkallas.',
    'Whoever consents must be able to withdraw, and then the processing must stop. If the same purpose also rests on another basis, the processing goes on anyway and the consent misleads. Nor may one switch to another basis after consent is withdrawn.',
  ),
  fix: bi(
    'Dela upp ändamålet: ett ändamål för det som kräver samtycke (och upphör när det återkallas) och ett för det som vilar på den andra grunden. Skriv i note vad varje grund täcker.',
    'Split the purpose: one purpose for what needs consent (and stops when it is withdrawn) and one for what rests on the other basis. Say in note what each basis covers.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      a.purposes.forEach((p, i) => {
        const bases = basesOf(p);
        const consent = bases.find((b) => b.basis === '6(1)(a)');
        const others = bases.filter((b) => b.basis !== '6(1)(a)');
        if (!consent || others.length === 0) return;
        const label = (lang: 'sv' | 'en') => others.map((b) => LEGAL_BASES[b.basis].label[lang].toLocaleLowerCase(lang)).join(', ');
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['purposes', i, ...consent.path],
          message: bi(
            `Ändamålet "${textSv(p.description)}" vilar på både samtycke och ${label('sv')}. Återkallas samtycket fortsätter behandlingen på den andra grunden.`,
            `The purpose "${textEn(p.description)}" rests on both consent and ${label('en')}. If consent is withdrawn, processing continues on the other basis.`,
          ),
        });
      });
    }
    return findings;
  },
};
