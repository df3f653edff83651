/** Groups of people linked to another group (relatives of a customer): who they are linked to, and the source wording. */
import type { LocalizedText } from '../model/schemas/index.ts';
import type { PublicActivity, PublicModel, PublicSubject } from './public-view.ts';

/** The source wording of a `from: linked-subject` source: that of the first linked group the activity concerns. */
export function linkedSource(pm: PublicModel, a: Pick<PublicActivity, 'subjects'>): LocalizedText | undefined {
  for (const id of a.subjects) {
    const s = pm.subjects.find((x) => x.id === id);
    if (s?.linkedTo) return s.linkedTo.source;
  }
  return undefined;
}

/** The groups linked to this one (shown on the main group's page). */
export const linkedGroups = (pm: PublicModel, subject: string): PublicSubject[] => pm.subjects.filter((s) => s.linkedTo?.subject === subject);

/** The main group of a linked group, when it is public. */
export const mainGroup = (pm: PublicModel, s: PublicSubject): PublicSubject | undefined => (s.linkedTo ? pm.subjects.find((x) => x.id === s.linkedTo!.subject) : undefined);
