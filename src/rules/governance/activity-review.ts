import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';
import { addMonths } from '../dates.ts';

/** Every activity is reviewed within the interval the organisation set. */
export const activityReview: Rule = {
  id: 'governance/activity-review',
  severity: 'warning',
  reference: 'GDPR art. 24.1, 30',
  title: bi('Behandlingen är granskad nyligen', 'Activity reviewed recently'),
  description: bi(
    'lastReviewed för varje behandling är högst governance.activityReviewIntervalMonths månader gammalt.',
    "Each activity's lastReviewed is at most governance.activityReviewIntervalMonths months old.",
  ),
  why: bi(
    'Registret och informationen ska stämma med verkligheten; åtgärder ska ses över och uppdateras vid behov.',
    'The record and the notice must match reality; measures must be reviewed and updated where necessary.',
  ),
  fix: bi('Gå igenom behandlingen, rätta det som ändrats och sätt lastReviewed till dagens datum.', "Review the activity, correct what changed and set lastReviewed to today's date."),
  check({ model, today }) {
    const months = model.organisation.governance.activityReviewIntervalMonths;
    const findings: Finding[] = [];
    for (const a of model.activities) {
      const due = addMonths(a.lastReviewed, months);
      if (today <= due) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['lastReviewed'],
        message: bi(
          `"${textSv(a.name)}" granskades senast ${a.lastReviewed}; ny granskning skulle ha skett senast ${due}.`,
          `"${textEn(a.name)}" was last reviewed on ${a.lastReviewed}; a new review was due by ${due}.`,
        ),
      });
    }
    return findings;
  },
};
