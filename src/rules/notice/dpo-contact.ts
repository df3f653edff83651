import { bi, type Rule } from '../types.ts';

/** N2: when a DPO is appointed, the notice gives their (function) contact. */
export const dpoContact: Rule = {
  id: 'notice/dpo-contact',
  severity: 'error',
  reference: 'GDPR art. 13.1 b, 14.1 b, 37.7',
  title: bi('Dataskyddsombudets kontaktuppgifter', 'DPO contact details'),
  description: bi(
    'När organisation.dpo är angiven har personen publicContact med e-post, telefon eller adress.',
    'When organisation.dpo is set, that person has a publicContact with an e-mail, phone or address.',
  ),
  why: bi(
    'Dataskyddsombudets kontaktuppgifter ska lämnas till de registrerade och publiceras. Den privata kontakten visas aldrig, bara publicContact.',
    "The DPO's contact details must be given to data subjects and published. The private contact is never shown, only publicContact.",
  ),
  fix: bi(
    'Lägg till publicContact (t.ex. en funktionsbrevlåda som dataskydd@...) i dataskyddsombudets fil under content/people/.',
    "Add publicContact (e.g. a function mailbox such as dataskydd@...) to the DPO's file in content/people/.",
  ),
  check({ model }) {
    const id = model.organisation.dpo;
    if (!id) return [];
    const p = model.byId.people.get(id);
    if (!p) return [];
    const c = p.publicContact;
    if (c && (c.email || c.phone || c.address)) return [];
    return [
      {
        kind: 'people',
        id,
        path: c ? ['publicContact'] : [],
        message: bi(`Dataskyddsombudet ${p.name} saknar offentliga kontaktuppgifter (publicContact).`, `The DPO ${p.name} has no public contact details (publicContact).`),
      },
    ];
  },
};
