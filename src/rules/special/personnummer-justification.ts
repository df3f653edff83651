import { bi, type Finding, type Rule } from '../types.ts';

/** Dataskyddslagen 3:10: personnummer only when clearly justified. */
export const personnummerJustification: Rule = {
  id: 'special/personnummer-justification',
  severity: 'error',
  reference: 'Dataskyddslagen (2018:218) 3 kap. 10 §',
  title: bi('Motivering för personnummer', 'Justification for personnummer'),
  description: bi(
    'En behandling som använder en datakategori med personnummer: true har personnummerJustification.',
    'An activity using a data category with personnummer: true has personnummerJustification.',
  ),
  why: bi(
    'Personnummer får utan samtycke bara behandlas när det är klart motiverat av ändamålet, vikten av säker identifiering eller något annat beaktansvärt skäl.',
    'Without consent, personnummer may only be processed when clearly justified by the purpose, the need for secure identification or another considerable reason.',
  ),
  fix: bi(
    'Lägg till personnummerJustification som förklarar varför personnumret behövs (t.ex. säker identifiering i journalen).',
    'Add personnummerJustification explaining why the personnummer is needed (e.g. secure identification in the care record).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.personnummerJustification) continue;
      const i = a.refs.dataCategories.findIndex((c) => c.personnummer);
      if (i < 0) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['dataCategories', i],
        message: bi(
          'Behandlingen använder personnummer men motiverar inte varför (personnummerJustification saknas).',
          'The activity uses personnummer but does not justify why (personnummerJustification missing).',
        ),
      });
    }
    return findings;
  },
};
