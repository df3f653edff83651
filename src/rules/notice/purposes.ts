import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textSv } from '../text.ts';

const norm = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** N3: each purpose stated once, each with its single legal basis. */
export const purposes: Rule = {
  id: 'notice/purposes',
  severity: 'error',
  reference: 'GDPR art. 13.1 c, 14.1 c',
  title: bi('Ändamål och rättslig grund per ändamål', 'Purposes with a legal basis each'),
  description: bi(
    'En offentlig behandling har minst ett ändamål och inget ändamål står två gånger med samma text. Schemat kräver redan minst en grund (legalBasis eller legalBases) per ändamål.',
    'A public activity has at least one purpose and no purpose text appears twice. The schema already requires at least one basis (legalBasis or legalBases) per purpose.',
  ),
  why: bi(
    'Den registrerade ska få veta varje ändamål och den rättsliga grund som just det ändamålet vilar på. Två likadana ändamål med olika grunder gör det oklart vilken grund som gäller.',
    'The data subject must learn each purpose and the legal basis that purpose rests on. Two identical purposes with different bases leave it unclear which applies.',
  ),
  fix: bi('Slå ihop ändamålen med samma text, eller skriv dem så att skillnaden syns.', 'Merge purposes with the same text, or word them so the difference shows.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      if (a.purposes.length === 0) {
        findings.push({ kind: 'activities', id: a.id, path: ['purposes'], message: bi('Behandlingen saknar ändamål.', 'The activity has no purpose.') });
      }
      const seen = new Map<string, number>();
      a.purposes.forEach((p, i) => {
        const key = norm(textSv(p.description));
        const first = seen.get(key);
        if (first !== undefined) {
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['purposes', i, 'description'],
            message: bi(`Ändamålet "${textSv(p.description)}" står redan som purposes[${first}].`, `The purpose "${textSv(p.description)}" already appears as purposes[${first}].`),
          });
        } else seen.set(key, i);
      });
    }
    return findings;
  },
};
