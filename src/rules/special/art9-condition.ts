import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** Special-category data need an Art. 9(2) condition besides the Art. 6 basis. */
export const art9Condition: Rule = {
  id: 'special/art9-condition',
  severity: 'error',
  reference: 'GDPR art. 9.1–9.2',
  title: bi('Villkor för känsliga personuppgifter', 'Condition for special-category data'),
  description: bi('En behandling som använder en datakategori med special (t.ex. hälsa) har specialCondition.', 'An activity using a data category marked special (e.g. health) has specialCondition.'),
  why: bi(
    'Känsliga personuppgifter får bara behandlas om ett av undantagen i art. 9.2 gäller, utöver en rättslig grund i art. 6.',
    'Special-category data may only be processed when one of the Art. 9(2) exceptions applies, in addition to an Art. 6 basis.',
  ),
  fix: bi(
    'Lägg till specialCondition: { condition: 9(2)(h), law: [...] } (eller det villkor som gäller) i behandlingen.',
    'Add specialCondition: { condition: 9(2)(h), law: [...] } (or the condition that applies) to the activity.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.specialCondition) continue;
      const i = a.refs.dataCategories.findIndex((c) => c.special);
      if (i < 0) continue;
      const c = a.refs.dataCategories[i]!;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['dataCategories', i],
        message: bi(
          `"${textSv(c.name)}" är känsliga personuppgifter (art. 9) men behandlingen anger inget villkor i art. 9.2.`,
          `"${textEn(c.name)}" is special-category data (Art. 9) but the activity names no Art. 9(2) condition.`,
        ),
      });
    }
    return findings;
  },
};
