import { bi, type Rule } from '../types.ts';
import { addDays } from '../dates.ts';
import { adoptionStatus } from './policy-adoption.ts';

/** Early warning: the board's next adoption of the policy is coming up. */
export const adoptionDue: Rule = {
  id: 'governance/adoption-due',
  severity: 'warning',
  reference: 'GDPR art. 24.2; styrelsens årliga fastställelse / annual board adoption',
  title: bi('Policyn ska snart fastställas igen', 'Policy adoption due soon'),
  description: bi(
    'Varnar när det är högst governance.adoptionWarningDays dagar kvar tills styrelsen senast ska fastställa policyn igen (senaste adoptedByBoard + boardAdoptionIntervalMonths).',
    'Warns when at most governance.adoptionWarningDays days remain until the board must adopt the policy again (latest adoptedByBoard + boardAdoptionIntervalMonths).',
  ),
  why: bi(
    'Den ansvarige ska se över och uppdatera sina dataskyddsriktlinjer; policyn kräver att styrelsen fastställer den regelbundet.',
    'The controller must review and update its data protection policies; the policy requires regular board adoption.',
  ),
  fix: bi(
    'Planera in fastställelsen på ett styrelsemöte och lägg till en ny version i content/policy-versions/ med adoptedByBoard.',
    'Schedule the adoption at a board meeting and add a new version in content/policy-versions/ with adoptedByBoard.',
  ),
  check({ model, today }) {
    const s = adoptionStatus(model);
    if (!s.due || today > s.due) return [];
    const warnFrom = addDays(s.due, -model.organisation.governance.adoptionWarningDays);
    if (today < warnFrom) return [];
    return [
      {
        kind: 'policy-versions',
        id: s.versionId!,
        path: ['adoptedByBoard'],
        message: bi(`Styrelsen fastställde policyn ${s.adopted}; nästa fastställelse ska ske senast ${s.due}.`, `The board adopted the policy on ${s.adopted}; the next adoption is due by ${s.due}.`),
      },
    ];
  },
};
