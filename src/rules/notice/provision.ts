import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities } from '../text.ts';

/** N12: for data collected from the person, whether they must provide it and what happens if not. */
export const provision: Rule = {
  id: 'notice/provision',
  severity: 'error',
  reference: 'GDPR art. 13.2 e',
  title: bi('Skyldighet att lämna uppgifter', 'Whether providing data is required'),
  description: bi(
    'En offentlig behandling med en källa from: data-subject har provision (requirement och consequence).',
    'A public activity with a source from: data-subject has provision (requirement and consequence).',
  ),
  why: bi(
    'När uppgifter samlas in från personen själv ska hen få veta om det är ett krav enligt lag eller avtal och vad som händer om uppgifterna inte lämnas.',
    'When data are collected from the person, they must learn whether it is a statutory or contractual requirement and what happens if the data are not provided.',
  ),
  fix: bi(
    'Lägg till provision: { requirement: statutory|contractual|contract-precondition|voluntary, consequence: ... }.',
    'Add provision: { requirement: statutory|contractual|contract-precondition|voluntary, consequence: ... }.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      const i = a.sources.findIndex((s) => s.from === 'data-subject');
      if (i < 0 || a.provision) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['sources', i],
        message: bi(
          'Uppgifter samlas in från personen själv, men det står inte om hen måste lämna dem och vad som händer annars (provision saknas).',
          'Data are collected from the person, but it is not said whether they must provide them and what happens otherwise (provision missing).',
        ),
      });
    }
    return findings;
  },
};
