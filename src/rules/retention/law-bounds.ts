import { formatDuration } from '../../format/duration.ts';
import { compareRetention } from './compare.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { lawSectionLimits } from './law-limits.ts';

/** A retention rule citing a law section must respect the minimum and maximum that section states. */
export const lawBounds: Rule = {
  id: 'retention/law-bounds',
  severity: 'error',
  reference: 'GDPR art. 5.1 e; the cited law (e.g. LSS 23 c §, patientdatalagen 3 kap. 17 §)',
  title: bi('Gallringstid inom lagens gränser', "Retention period within the law's limits"),
  description: bi(
    'När en gallringsregel hänvisar till lag och paragraf och paragrafen i content/laws/ anger retention.min eller max, har regeln en duration och den ligger inom gränserna.',
    'When a retention rule cites a law and section and that section in content/laws/ states retention.min or max, the rule has a duration and it lies within those limits.',
  ),
  why: bi(
    'En kortare tid än lagens minimum bryter mot dokumentationsplikten; en längre tid än maximum bryter mot lagen och mot lagringsminimering.',
    'A period shorter than the legal minimum breaks the duty to keep records; a longer one than the maximum breaks the law and storage limitation.',
  ),
  fix: bi(
    'Ändra duration så att den ligger inom lagens gränser, eller rätta gränserna i lagens fil om de är fel.',
    "Change the duration to lie within the law's limits, or correct the limits in the law's file if they are wrong.",
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      a.retention.forEach((r, i) => {
        const found = lawSectionLimits(model, r.law);
        if (!found) return;
        const { limits, where } = found;
        const d = r.duration;
        if (!d) {
          const set = [limits.min && `minst ${formatDuration(limits.min, 'sv')}`, limits.max && `högst ${formatDuration(limits.max, 'sv')}`].filter(Boolean).join(' och ');
          const setEn = [limits.min && `at least ${formatDuration(limits.min, 'en')}`, limits.max && `at most ${formatDuration(limits.max, 'en')}`].filter(Boolean).join(' and ');
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['retention', i, 'law', 'section'],
            message: bi(
              `Regeln hänvisar till ${where}, som anger en tid (${set}), men regeln har ingen duration.`,
              `The rule cites ${where}, which sets a period (${setEn}), but the rule has no duration.`,
            ),
            hint: bi(
              `Lägg till duration (t.ex. ${limits.min ?? limits.max}) så att tiden går att kontrollera mot lagen; criteria kan stå kvar som förklaring.`,
              `Add duration (e.g. ${limits.min ?? limits.max}) so that the period can be checked against the law; criteria may stay as an explanation.`,
            ),
          });
          return;
        }
        if (limits.min && compareRetention(d, limits.min) < 0) {
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['retention', i, 'duration'],
            message: bi(
              `Gallringstiden ${formatDuration(d, 'sv')} är kortare än minimum ${formatDuration(limits.min, 'sv')} enligt ${where}.`,
              `The retention period ${formatDuration(d, 'en')} is shorter than the minimum ${formatDuration(limits.min, 'en')} under ${where}.`,
            ),
          });
        }
        if (limits.max && compareRetention(d, limits.max) > 0) {
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['retention', i, 'duration'],
            message: bi(
              `Gallringstiden ${formatDuration(d, 'sv')} är längre än maximum ${formatDuration(limits.max, 'sv')} enligt ${where}.`,
              `The retention period ${formatDuration(d, 'en')} is longer than the maximum ${formatDuration(limits.max, 'en')} under ${where}.`,
            ),
          });
        }
      });
    }
    return findings;
  },
};
