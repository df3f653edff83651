import { bi, type Finding, type Rule } from '../types.ts';

/** An Art. 9(2) condition where no special-category data are processed claims sensitive processing that does not exist, or hides a missing category. */
export const conditionWithoutData: Rule = {
  id: 'special/condition-without-data',
  severity: 'warning',
  reference: 'GDPR art. 9.1–9.2, 30.1 c',
  title: bi('Villkor i art. 9.2 utan känsliga uppgifter', 'Art. 9(2) condition without special-category data'),
  description: bi(
    'En behandling som anger specialCondition använder minst en datakategori med special (t.ex. hälsa).',
    'An activity that states specialCondition uses at least one data category marked special (e.g. health).',
  ),
  why: bi(
    'Ett villkor i art. 9.2 behövs bara för känsliga personuppgifter. Står det ett villkor utan sådana uppgifter är antingen villkoret onödigt, eller så saknas en känslig datakategori i registret och i informationen. Ska villkoret bara bära en uppgift om tystnadsplikt hör den hemma på annat ställe.',
    'An Art. 9(2) condition is needed only for special-category data. A condition without such data is either unnecessary, or a sensitive data category is missing from the record and the notice. If the condition only carries a statement on secrecy, that belongs elsewhere.',
  ),
  fix: bi(
    'Lägg till den känsliga datakategorin i dataCategories (med special satt i kategorins fil), eller ta bort specialCondition. Är det rätt som det står: kvittera varningen med en motivering.',
    "Add the special-category data category to dataCategories (with special set in the category's file), or remove specialCondition. If it is right as it stands: acknowledge the warning with a reason.",
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (!a.specialCondition || a.refs.dataCategories.some((c) => c.special)) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['specialCondition', 'condition'],
        message: bi(
          `Behandlingen anger villkoret ${a.specialCondition.condition} i art. 9.2, men ingen av dess datakategorier är känsliga personuppgifter.`,
          `The activity states the Art. 9(2) condition ${a.specialCondition.condition}, but none of its data categories is special-category data.`,
        ),
      });
    }
    return findings;
  },
};
