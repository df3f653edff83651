/** When the board last adopted the policy, and when the next adoption is due. */
import type { Model } from '../../model/model.ts';
import { addMonths } from '../dates.ts';

export interface AdoptionStatus {
  /** The policy version with the latest board adoption, if any. */
  versionId?: string;
  adopted?: string;
  due?: string;
}

export function adoptionStatus(model: Model): AdoptionStatus {
  const adopted = model.policyVersions.filter((v) => v.adoptedByBoard).sort((a, b) => b.adoptedByBoard!.localeCompare(a.adoptedByBoard!) || b.id.localeCompare(a.id, 'en'));
  const latest = adopted[0];
  if (!latest) return {};
  return {
    versionId: latest.id,
    adopted: latest.adoptedByBoard!,
    due: addMonths(latest.adoptedByBoard!, model.organisation.governance.boardAdoptionIntervalMonths),
  };
}
