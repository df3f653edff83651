/** Facts about the organisation as a whole that several outputs and rules derive from the content. */
import type { Model } from './model.ts';
import { CARE_SERVICES, type ServiceKind } from './vocabulary/services.ts';
import { GROUP_WORDS, LEGAL_FORMS, type LegalForm } from './vocabulary/legal-forms.ts';
import type { LocalizedText } from './schemas/index.ts';

type OrgModel = Pick<Model, 'organisation' | 'entities' | 'activities'>;

/** A group when the content says so, or when it has more than one legal entity. */
export const structureOf = (model: Pick<Model, 'organisation' | 'entities'>): 'single' | 'group' => model.organisation.structure ?? (model.entities.length > 1 ? 'group' : 'single');

/**
 * Care records (journal, personakt) exist when a controller provides a care
 * service or an activity processes health or social-care data under 9(2)(h).
 */
export function hasCareRecords(model: OrgModel): boolean {
  if (model.entities.some((e) => e.services.some((s) => CARE_SERVICES.has(s as ServiceKind)))) return true;
  return model.activities.some((a) => a.specialCondition?.condition === '9(2)(h)');
}

/** The organisation in running text, definite form: the override, else by structure and legal form. */
export function organisationNoun(o: { legalForm: string; wording?: { organisation?: LocalizedText } }, structure: 'single' | 'group'): LocalizedText {
  if (o.wording?.organisation) return o.wording.organisation;
  return structure === 'group' ? GROUP_WORDS.the : LEGAL_FORMS[o.legalForm as LegalForm].the;
}
