import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';
import { isRelativesCategory, isRelativesGroup } from '../groups.ts';
import type { Entry, Model, ResolvedActivity } from '../../model/model.ts';

/** The group a linked group (e.g. relatives of customers) is linked to, when the content says so. */
const linkedTo = (s: Entry<'subjects'>): string | undefined => (s as { linkedTo?: { subject?: string } }).linkedTo?.subject;

/** Public groups that have a page, i.e. are the subject of a public activity. */
function withPage(model: Model) {
  const onPublicActivity = new Set(model.activities.filter((a) => a.visibility === 'public').flatMap((a) => a.refs.subjects.map((x) => x.id)));
  return model.subjects.filter((s) => s.visibility === 'public' && onPublicActivity.has(s.id));
}

/**
 * Whether the relatives of an activity's subjects have a group to read: the
 * activity addresses a relatives group itself; or, when the content links
 * groups (linkedTo), a public group is linked to one of its subjects; or,
 * without links, some public relatives group has a page. What does not depend
 * on the activity is worked out once (issue 19: thousands of activities).
 */
function relativesAddressedBy(model: Model, groups: Entry<'subjects'>[]): (a: ResolvedActivity) => boolean {
  const relatives = new Map<string, boolean>();
  const isRelatives = (s: Entry<'subjects'>) => {
    let known = relatives.get(s.id);
    if (known === undefined) relatives.set(s.id, (known = isRelativesGroup(s)));
    return known;
  };
  const linked = model.subjects.some((s) => linkedTo(s) !== undefined);
  const linkedTargets = new Set(groups.map(linkedTo));
  const someGroupForRelatives = !linked && groups.some(isRelatives);
  return (a) => {
    if (a.refs.subjects.some(isRelatives)) return true;
    if (linked) return a.refs.subjects.some((s) => linkedTargets.has(s.id));
    return someGroupForRelatives;
  };
}

/** Art. 14: relatives and representatives whose data we hold must be informed too. */
export const relativesGroup: Rule = {
  id: 'notice/relatives-group',
  severity: 'warning',
  reference: 'GDPR art. 14.1–14.3',
  title: bi('En grupp för anhöriga och ställföreträdare', 'A group for relatives and representatives'),
  description: bi(
    'När en behandling har uppgifter om anhöriga eller ställföreträdare (en datakategori vars id eller namn säger anhöriga, närstående, god man, förvaltare, vårdnadshavare eller ställföreträdare) vänder den sig själv till en grupp för dem, eller så finns en offentlig grupp med en egen sida för dem: länkad (linkedTo) till en av behandlingens grupper när innehållet länkar grupper, annars en grupp vars namn säger anhöriga eller ställföreträdare.',
    "When an activity holds data about relatives or representatives (a data category whose id or name says relatives, next of kin, trustee, guardian or representative), it addresses a group for them itself, or a public group with a page of its own exists for them: linked (linkedTo) to one of the activity's groups when the content links groups, otherwise a group whose name says relatives or representatives.",
  ),
  why: bi(
    'Anhöriga och ställföreträdare är själva registrerade. Deras uppgifter kommer oftast från någon annan, så vi ska informera dem enligt art. 14 — det kräver en sida i informationen som vänder sig till dem.',
    'Relatives and representatives are data subjects themselves. Their data usually come from someone else, so we must inform them under Art. 14 — which needs a page of the notice that addresses them.',
  ),
  fix: bi(
    'Skapa en grupp i content/subjects/ (t.ex. "Anhöriga och ställföreträdare") och lägg den under subjects i behandlingen eller i en egen offentlig behandling om deras uppgifter. Gäller kategorin inte andra personer: kvittera varningen med en motivering.',
    'Create a group in content/subjects/ (e.g. "Relatives and representatives") and list it under subjects of the activity or of a public activity of its own about their data. If the category is not about other people: acknowledge the warning with a reason.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const relativesAddressed = relativesAddressedBy(model, withPage(model));
    for (const a of model.activities) {
      if (relativesAddressed(a)) continue;
      a.refs.dataCategories.forEach((c, i) => {
        if (!isRelativesCategory(c)) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['dataCategories', i],
          message: bi(
            `Behandlingen har "${textSv(c.name)}", men ingen offentlig grupp av registrerade vänder sig till anhöriga eller ställföreträdare, så de får aldrig veta att vi har deras uppgifter.`,
            `The activity holds "${textEn(c.name)}", but no public group of people addresses relatives or representatives, so they never learn that we hold their data.`,
          ),
        });
      });
    }
    return findings;
  },
};
