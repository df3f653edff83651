import { formatDuration } from '../../format/duration.ts';
import { compareRetention } from './compare.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { sectionKey } from '../law/citations.ts';

/** A retention rule citing a law section must respect the minimum and maximum that section states. */
export const lawBounds: Rule = {
  id: 'retention/law-bounds',
  severity: 'error',
  reference: 'GDPR art. 5.1 e; the cited law (e.g. LSS 23 c §, patientdatalagen 3 kap. 17 §)',
  title: bi('Gallringstid inom lagens gränser', 'Retention period within the law\'s limits'),
  description: bi(
    'När en gallringsregel hänvisar till lag och paragraf och paragrafen i content/laws/ anger retention.min eller max, ligger duration inom gränserna.',
    'When a retention rule cites a law and section and that section in content/laws/ states retention.min or max, the duration lies within those limits.',
  ),
  why: bi(
    'En kortare tid än lagens minimum bryter mot dokumentationsplikten; en längre tid än maximum bryter mot lagen och mot lagringsminimering.',
    'A period shorter than the legal minimum breaks the duty to keep records; a longer one than the maximum breaks the law and storage limitation.',
  ),
  fix: bi(
    'Ändra duration så att den ligger inom lagens gränser, eller rätta gränserna i lagens fil om de är fel.',
    'Change the duration to lie within the law\'s limits, or correct the limits in the law\'s file if they are wrong.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      a.retention.forEach((r, i) => {
        if (!r.duration || !r.law?.section) return;
        const law = model.byId.laws.get(r.law.law);
        const section = law?.sections.find((s) => sectionKey(s.section) === sectionKey(r.law!.section!));
        const limits = section?.retention;
        if (!law || !section || !limits) return;
        const where = `${law.shortName ?? law.id} ${section.section}`;
        const d = r.duration;
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
