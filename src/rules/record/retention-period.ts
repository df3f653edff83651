import { bi, type Finding, type Rule } from '../types.ts';

/** Art. 30(1)(f): "where possible" the time limits for erasure — a warning, not an error. */
export const retentionPeriod: Rule = {
  id: 'record/retention-period',
  severity: 'warning',
  reference: 'GDPR art. 30.1 f',
  title: bi('Tidsfrister för radering i registret', 'Erasure time limits in the record'),
  description: bi('Varje behandling (även interna) har minst en gallringsregel.', 'Every activity (internal ones too) has at least one retention rule.'),
  why: bi('Registerförteckningen ska om möjligt ange när uppgifterna raderas.', 'The record must, where possible, state when data are erased.'),
  fix: bi('Lägg till en regel under retention.', 'Add a rule under retention.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.retention.length > 0) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['retention'],
        message: bi('Registerförteckningen saknar tidsfrist för radering för behandlingen.', 'The record has no erasure time limit for the activity.'),
      });
    }
    return findings;
  },
};
