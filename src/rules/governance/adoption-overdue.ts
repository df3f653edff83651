import { bi, type Rule } from '../types.ts';
import { adoptionStatus } from './policy-adoption.ts';

/** The policy has not been adopted by the board within the interval (or never). */
export const adoptionOverdue: Rule = {
  id: 'governance/adoption-overdue',
  severity: 'error',
  reference: 'GDPR art. 24.2; styrelsens årliga fastställelse / annual board adoption',
  title: bi('Policyn är inte fastställd i tid', 'Policy adoption overdue'),
  description: bi(
    'Den senaste fastställelsen av styrelsen (adoptedByBoard) är högst governance.boardAdoptionIntervalMonths månader gammal, och minst en version är fastställd.',
    'The latest board adoption (adoptedByBoard) is at most governance.boardAdoptionIntervalMonths months old, and at least one version has been adopted.',
  ),
  why: bi(
    'En policy som styrelsen inte har fastställt i tid visar inte att den ansvarige tar ansvar för dataskyddet.',
    'A policy the board has not adopted in time does not show that the controller takes responsibility for data protection.',
  ),
  fix: bi(
    'Låt styrelsen fastställa policyn och lägg till en version i content/policy-versions/ med adoptedByBoard.',
    'Have the board adopt the policy and add a version in content/policy-versions/ with adoptedByBoard.',
  ),
  check({ model, today }) {
    const s = adoptionStatus(model);
    if (!s.due) {
      return [
        {
          kind: 'organisation',
          id: 'organisation',
          path: ['governance'],
          message: bi('Ingen version av policyn är fastställd av styrelsen.', 'No version of the policy has been adopted by the board.'),
        },
      ];
    }
    if (today <= s.due) return [];
    return [
      {
        kind: 'policy-versions',
        id: s.versionId!,
        path: ['adoptedByBoard'],
        message: bi(
          `Styrelsen fastställde policyn senast ${s.adopted}; ny fastställelse skulle ha skett senast ${s.due}.`,
          `The board last adopted the policy on ${s.adopted}; a new adoption was due by ${s.due}.`,
        ),
      },
    ];
  },
};
