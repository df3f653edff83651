import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';
import { basesOf } from '../groups.ts';
import { sameMeaning, SIMILARITY_THRESHOLD } from '../similarity.ts';
import type { ResolvedActivity } from '../../model/model.ts';
import type { Purpose } from '../../model/schemas/index.ts';

const norm = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const bases = (p: Purpose) => basesOf(p).join(' + ');

/**
 * The same purpose worded twice — under two bases in one activity, or split
 * over two activities that address the same group of people. Compared by
 * meaning-bearing words (see ../similarity.ts); exact repeats are
 * notice/purposes' errors and are not reported again here.
 */
export const purposeOverlap: Rule = {
  id: 'notice/purpose-overlap',
  severity: 'warning',
  reference: 'GDPR art. 5.1 b, 13.1 c, 14.1 c',
  title: bi('Samma ändamål två gånger', 'The same purpose twice'),
  description: bi(
    `Två ändamål i samma offentliga behandling, eller i två offentliga behandlingar som vänder sig till samma grupp av registrerade, säger inte samma sak med olika ord. Ändamålen jämförs på betydelsebärande ord (gemener, utan stoppord, ordstammar på svenska); minst ${SIMILARITY_THRESHOLD * 100} % av det kortares ordstammar i det andra räknas som samma ändamål.`,
    `Two purposes of the same public activity, or of two public activities addressing the same group of people, do not say the same thing in different words. Purposes are compared by meaning-bearing words (lower case, stop words removed, Swedish word stems); at least ${SIMILARITY_THRESHOLD * 100} % of the shorter one's stems found in the other counts as the same purpose.`,
  ),
  why: bi(
    'Varje ändamål ska ha en rättslig grund. Står samma ändamål två gånger med olika grunder vet den registrerade inte vilken som gäller (t.ex. om ett återkallat samtycke stoppar behandlingen); delat på två behandlingar blir registret och informationen otydliga.',
    'Each purpose must have one legal basis. The same purpose stated twice under different bases leaves the data subject unsure which applies (e.g. whether withdrawing consent stops the processing); split over two activities, the record and the notice become unclear.',
  ),
  fix: bi(
    'Slå ihop ändamålen, eller skriv dem så att skillnaden syns. Är de verkligen olika fast orden liknar varandra: kvittera varningen med en motivering.',
    'Merge the purposes, or word them so the difference shows. If they really differ though the words are alike: acknowledge the warning with a reason.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const activities = noticeActivities(model);
    const report = (a: ResolvedActivity, i: number, p: Purpose, other: { activity: ResolvedActivity; index: number; purpose: Purpose }, shared: string[]) => {
      const same = other.activity.id === a.id;
      const where = same ? `purposes[${other.index}]` : `${other.activity.id} purposes[${other.index}]`;
      const basisSv = bases(p) === bases(other.purpose) ? '' : ` under en annan grund (${bases(p)} mot ${bases(other.purpose)})`;
      const basisEn = bases(p) === bases(other.purpose) ? '' : ` under another basis (${bases(p)} against ${bases(other.purpose)})`;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['purposes', i, 'description'],
        message: bi(
          `Ändamålet "${textSv(p.description)}" verkar vara samma som "${textSv(other.purpose.description)}" (${where})${basisSv}; gemensamma ordstammar: ${shared.join(', ')}.`,
          `The purpose "${textEn(p.description)}" seems to be the same as "${textEn(other.purpose.description)}" (${where})${basisEn}; shared word stems: ${shared.join(', ')}.`,
        ),
      });
    };
    activities.forEach((a, ai) => {
      a.purposes.forEach((p, i) => {
        const text = textSv(p.description);
        // Earlier purposes of this activity, then purposes of earlier activities with a group in common.
        for (let j = 0; j < i; j++) {
          const q = a.purposes[j]!;
          if (norm(textSv(q.description)) === norm(text)) continue;
          const r = sameMeaning(textSv(q.description), text, 'sv');
          if (r.same) return report(a, i, p, { activity: a, index: j, purpose: q }, r.shared);
        }
        for (const b of activities.slice(0, ai)) {
          if (!b.refs.subjects.some((s) => s.visibility === 'public' && a.refs.subjects.some((t) => t.id === s.id))) continue;
          for (const [j, q] of b.purposes.entries()) {
            const r = sameMeaning(textSv(q.description), text, 'sv');
            if (r.same) return report(a, i, p, { activity: b, index: j, purpose: q }, r.shared);
          }
        }
      });
    });
    return findings;
  },
};
