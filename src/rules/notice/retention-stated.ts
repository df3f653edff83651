import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities } from '../text.ts';

/** N8: how long data are kept, or the criteria deciding it. */
export const retentionStated: Rule = {
  id: 'notice/retention-stated',
  severity: 'error',
  reference: 'GDPR art. 13.2 a, 14.2 a',
  title: bi('Lagringstid eller kriterier', 'Storage period or criteria'),
  description: bi(
    'En offentlig behandling har minst en gallringsregel (retention), och varje regel har duration eller criteria. En regel med duration anger också from (räknat från vad).',
    'A public activity has at least one retention rule, and every rule has a duration or criteria. A rule with a duration also gives from (counted from what).',
  ),
  why: bi('Den registrerade ska få veta hur länge uppgifterna sparas, eller hur den tiden bestäms.', 'The data subject must learn how long data are kept, or how that period is decided.'),
  fix: bi(
    'Lägg till en regel under retention med duration (t.ex. P2Y) eller criteria (hur tiden bestäms).',
    'Add a rule under retention with a duration (e.g. P2Y) or criteria (how the period is decided).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      if (a.retention.length === 0) {
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['retention'],
          message: bi('Behandlingen anger inte hur länge uppgifterna sparas.', 'The activity does not say how long data are kept.'),
        });
      }
      a.retention.forEach((r, i) => {
        // A fixed period means nothing without its starting point; criteria alone may say it all.
        if (r.duration && !r.from) {
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['retention', i, 'duration'],
            message: bi(
              `Gallringsregel retention[${i}] anger en tid (${r.duration}) men inte från när den räknas.`,
              `Retention rule retention[${i}] gives a period (${r.duration}) but not when it starts.`,
            ),
            hint: bi(
              'Lägg till from, t.ex. from: { sv: sista anteckningen, en: the last entry }. Bestäms tiden av kriterier i stället, skriv criteria och ta bort duration.',
              'Add from, e.g. from: { sv: sista anteckningen, en: the last entry }. If criteria decide the period instead, write criteria and remove duration.',
            ),
          });
          return;
        }
        if (r.duration || r.criteria) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['retention', i],
          message: bi(`Gallringsregel retention[${i}] saknar både duration och criteria.`, `Retention rule retention[${i}] has neither a duration nor criteria.`),
        });
      });
    }
    return findings;
  },
};
