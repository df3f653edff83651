import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** Storage limitation: no category of an activity may be kept without a retention rule. */
export const categoriesCovered: Rule = {
  id: 'retention/categories-covered',
  severity: 'error',
  reference: 'GDPR art. 5.1 e',
  title: bi('Alla datakategorier har en gallringsregel', 'Every data category has a retention rule'),
  description: bi(
    'Varje datakategori som en behandling använder täcks av en gallringsregel. En regel utan dataCategories täcker alla kategorier.',
    'Every data category an activity uses is covered by a retention rule. A rule without dataCategories covers every category.',
  ),
  why: bi(
    'Uppgifter får inte sparas längre än vad som behövs för ändamålet; en kategori utan regel riskerar att sparas för alltid.',
    'Data may not be kept longer than the purpose needs; a category without a rule risks being kept forever.',
  ),
  fix: bi('Lägg till kategorin under dataCategories i en gallringsregel, eller skapa en ny regel för den.', 'Add the category under dataCategories of a retention rule, or create a new rule for it.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.retention.length === 0) continue; // reported by notice/retention-stated and record/retention-period
      if (a.retention.some((r) => r.dataCategories === undefined)) continue;
      const covered = new Set(a.retention.flatMap((r) => r.dataCategories ?? []));
      a.refs.dataCategories.forEach((c, i) => {
        if (covered.has(c.id)) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['dataCategories', i],
          message: bi(`Ingen gallringsregel täcker "${textSv(c.name)}".`, `No retention rule covers "${textEn(c.name)}".`),
        });
      });
    }
    return findings;
  },
};
