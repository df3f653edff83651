import { bi, type Finding, type Rule } from '../types.ts';

/**
 * Art. 30(1)(a)–(d). The schema already forces controllers, purposes,
 * subjects, categories and the recipients list; this rule checks the contact
 * details the register shows for the controllers and the DPO.
 */
export const controllerRecord: Rule = {
  id: 'record/controller-record',
  severity: 'error',
  reference: 'GDPR art. 30.1 a–d',
  title: bi('Registerförteckningens grunduppgifter', 'Core fields of the record of processing'),
  description: bi(
    'Varje behandling har personuppgiftsansvariga med kontaktuppgifter, ändamål, kategorier av registrerade och personuppgifter samt en mottagarlista; dataskyddsombudet (om utsett) har e-post, telefon eller offentlig kontakt.',
    'Every activity has controllers with contact details, purposes, categories of subjects and data, and a recipients list; the DPO (if appointed) has an e-mail, phone or public contact.',
  ),
  why: bi(
    'Registerförteckningen ska innehålla namn och kontaktuppgifter för den ansvarige och dataskyddsombudet, ändamålen, kategorierna och mottagarna, och visas för IMY på begäran.',
    'The record must contain the name and contact details of the controller and the DPO, the purposes, the categories and the recipients, and be shown to IMY on request.',
  ),
  fix: bi(
    'Fyll i det fält som meddelandet nämner (kontaktuppgift i content/people/ eller listan i behandlingen).',
    'Fill in the field the message names (contact in content/people/ or the list in the activity).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      const missing = (
        [
          ['controllers', a.controllers.length],
          ['purposes', a.purposes.length],
          ['subjects', a.subjects.length],
          ['dataCategories', a.dataCategories.length],
        ] as const
      ).filter(([, n]) => n === 0);
      for (const [field] of missing) {
        findings.push({ kind: 'activities', id: a.id, path: [field], message: bi(`Fältet ${field} är tomt.`, `The field ${field} is empty.`) });
      }
      if (!Array.isArray(a.recipients)) {
        findings.push({ kind: 'activities', id: a.id, path: [], message: bi('Mottagarlistan (recipients) saknas.', 'The recipients list is missing.') });
      }
    }
    const dpoId = model.organisation.dpo;
    const dpo = dpoId ? model.byId.people.get(dpoId) : undefined;
    if (dpo && !dpo.email && !dpo.phone && !dpo.publicContact) {
      findings.push({
        kind: 'people',
        id: dpo.id,
        path: [],
        message: bi(`Dataskyddsombudet ${dpo.name} saknar kontaktuppgifter för registerförteckningen.`, `The DPO ${dpo.name} has no contact details for the record of processing.`),
      });
    }
    return findings;
  },
};
