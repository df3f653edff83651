import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** Categories no activity uses are either dead content or a sign that an activity is missing. */
export const unusedEntries: Rule = {
  id: 'hygiene/unused-entries',
  severity: 'warning',
  reference: 'GDPR art. 5.1 c, 30.1 c',
  title: bi('Oanvända kategorier', 'Unused categories'),
  description: bi(
    'Varje datakategori (content/data-categories/) och kategori av registrerade (content/subjects/) används av minst en behandling.',
    'Every data category (content/data-categories/) and subject category (content/subjects/) is used by at least one activity.',
  ),
  why: bi(
    'En kategori som ingen behandling använder betyder antingen att en behandling saknas i registret eller att posten är inaktuell.',
    'A category no activity uses means either that an activity is missing from the record or that the entry is stale.',
  ),
  fix: bi('Lägg till kategorin i den behandling som använder den, eller ta bort filen.', 'Add the category to the activity that uses it, or delete the file.'),
  check({ model }) {
    const findings: Finding[] = [];
    const usedCategories = new Set(model.activities.flatMap((a) => a.dataCategories));
    const usedSubjects = new Set(model.activities.flatMap((a) => a.subjects));
    for (const c of model.dataCategories) {
      if (usedCategories.has(c.id)) continue;
      findings.push({
        kind: 'data-categories',
        id: c.id,
        path: [],
        message: bi(`Datakategorin "${textSv(c.name)}" används inte av någon behandling.`, `The data category "${textEn(c.name)}" is not used by any activity.`),
      });
    }
    for (const s of model.subjects) {
      if (usedSubjects.has(s.id)) continue;
      findings.push({
        kind: 'subjects',
        id: s.id,
        path: [],
        message: bi(`Kategorin registrerade "${textSv(s.name)}" används inte av någon behandling.`, `The subject category "${textEn(s.name)}" is not used by any activity.`),
      });
    }
    return findings;
  },
};
