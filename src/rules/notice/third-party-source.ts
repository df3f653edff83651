import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities } from '../text.ts';

/** N5/N13: for data obtained elsewhere, which categories and from where. */
export const thirdPartySource: Rule = {
  id: 'notice/third-party-source',
  severity: 'error',
  reference: 'GDPR art. 14.1 d, 14.2 f',
  title: bi('Källa och kategorier för uppgifter från andra', 'Source and categories of data from others'),
  description: bi(
    'Varje källa from: third-party i en offentlig behandling anger varifrån (party eller description) och vilka kategorier (dataCategories).',
    'Every source from: third-party of a public activity says where from (party or description) and which categories (dataCategories).',
  ),
  why: bi(
    'När uppgifter kommer från någon annan än personen själv ska hen få veta vilka slags uppgifter det är och varifrån de kommer.',
    'When data come from someone other than the person, they must learn which kinds of data and where they come from.',
  ),
  fix: bi(
    'Ange party (en post i content/recipients/) eller description, och lista dataCategories under källan.',
    'Set party (an entry in content/recipients/) or description, and list dataCategories under the source.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      a.sources.forEach((s, i) => {
        if (s.from !== 'third-party') return;
        const missing: string[] = [];
        if (!s.party && !s.description) missing.push('party/description');
        if (s.dataCategories.length === 0) missing.push('dataCategories');
        if (missing.length === 0) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['sources', i],
          message: bi(
            `Källan sources[${i}] lämnar uppgifter från någon annan men saknar ${missing.join(' och ')}.`,
            `Source sources[${i}] provides data from someone else but lacks ${missing.join(' and ')}.`,
          ),
        });
      });
    }
    return findings;
  },
};
