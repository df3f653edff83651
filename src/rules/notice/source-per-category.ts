import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';

/**
 * Art. 14(2)(f): when an activity gets data from others, every category must
 * have a stated source. A data-subject source without a category list covers
 * whatever the others do not (the person gives the rest themselves).
 */
export const sourcePerCategory: Rule = {
  id: 'notice/source-per-category',
  severity: 'error',
  reference: 'GDPR art. 14.1 d, 14.2 f',
  title: bi('Källa för varje datakategori', 'A source for every data category'),
  description: bi(
    'I en offentlig behandling som får uppgifter från andra (en källa from: third-party) står varje datakategori under minst en källa, om inte en källa from: data-subject saknar dataCategories (då kommer resten från personen själv).',
    'In a public activity that gets data from others (a source from: third-party), every data category is listed under at least one source, unless a source from: data-subject has no dataCategories (then the rest comes from the person).',
  ),
  why: bi(
    'När uppgifter inte kommer från personen själv ska hen få veta varifrån varje slags uppgift kommer. En kategori utan källa lämnar den frågan obesvarad.',
    'When data are not obtained from the person, they must learn where each kind of data comes from. A category without a source leaves that question unanswered.',
  ),
  fix: bi(
    'Lägg till kategorin under dataCategories i den källa den kommer från (from: data-subject om personen själv lämnar den).',
    'Add the category under dataCategories of the source it comes from (from: data-subject if the person gives it).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      // Any source other than the person (another party, or the person they are linked to) brings in Art. 14.
      if (!a.sources.some((s) => s.from !== 'data-subject')) continue;
      if (a.sources.some((s) => s.from === 'data-subject' && s.dataCategories.length === 0)) continue;
      const covered = new Set(a.sources.flatMap((s) => s.dataCategories));
      a.refs.dataCategories.forEach((c, i) => {
        if (covered.has(c.id)) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['dataCategories', i],
          message: bi(
            `"${textSv(c.name)}" står inte under någon källa (sources), så informationen säger inte varifrån uppgiften kommer.`,
            `"${textEn(c.name)}" is listed under no source (sources), so the notice does not say where it comes from.`,
          ),
        });
      });
    }
    return findings;
  },
};
