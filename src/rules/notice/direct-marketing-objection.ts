import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import { basesOf, basisPath, isDirectMarketing } from '../groups.ts';

/** Words that tell the reader they can stop the marketing. */
const OBJECTION = /invänd|motsätt|säga nej|säger nej|tacka nej|avregistrera|avanmäl|avsluta prenumeration|\bobject|opt[- ]?out|unsubscribe|say no/i;

/** Art. 21(2)–(4): direct marketing on legitimate interests needs the absolute right to object, stated separately. */
export const directMarketingObjection: Rule = {
  id: 'notice/direct-marketing-objection',
  severity: 'warning',
  reference: 'GDPR art. 21.2–21.4',
  title: bi('Rätten att invända mot direktmarknadsföring', 'The right to object to direct marketing'),
  description: bi(
    'Ett ändamål med direktmarknadsföring (marknadsföring, reklam, erbjudanden, nyhetsbrev, utskick) som vilar på berättigat intresse (6(1)(f)) säger i behandlingens text att personen när som helst kan säga nej och att vi då slutar.',
    "A direct-marketing purpose (marketing, advertising, offers, newsletters, mailings) resting on legitimate interests (6(1)(f)) says in the activity's text that the person can say no at any time and that we then stop.",
  ),
  why: bi(
    'Mot direktmarknadsföring är rätten att invända absolut: vi måste sluta direkt, utan avvägning och utan att personen anger skäl. Informationen ska nämna den rätten tydligt och skilt från annan information, senast vid första kontakten.',
    'The right to object to direct marketing is absolute: we must stop at once, with no balancing and without the person giving reasons. The notice must present it clearly and separately from other information, at the latest at the first contact.',
  ),
  fix: bi(
    'Skriv i ändamålets eller behandlingens text till exempel: "Du kan när som helst säga nej till våra utskick. Då slutar vi direkt, och du behöver inte säga varför." Är ändamålet inte marknadsföring: kvittera varningen med en motivering.',
    'Write in the purpose\'s or activity\'s text for example: "You can say no to our mailings at any time. We then stop at once, and you need not say why." If the purpose is not marketing: acknowledge the warning with a reason.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      const activityText = [a.description, a.easyRead].flatMap((t) => [textSv(t), textEn(t)]).join('\n');
      a.purposes.forEach((p, i) => {
        if (!basesOf(p).includes('6(1)(f)') || !isDirectMarketing(p)) return;
        const purposeText = [p.description, p.legitimateInterest].flatMap((t) => [textSv(t), textEn(t)]).join('\n');
        if (OBJECTION.test(purposeText) || OBJECTION.test(activityText)) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: basisPath(p, i, '6(1)(f)'),
          message: bi(
            `Ändamålet "${textSv(p.description)}" är direktmarknadsföring på berättigat intresse, men texten säger inte att personen när som helst kan säga nej och att vi då slutar.`,
            `The purpose "${textEn(p.description)}" is direct marketing on legitimate interests, but the text does not say that the person can say no at any time and that we then stop.`,
          ),
        });
      });
    }
    return findings;
  },
};
