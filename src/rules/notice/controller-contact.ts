import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities } from '../text.ts';

/** N1: the notice must say who the controller is and how to reach them, by e-mail and by letter. */
export const controllerContact: Rule = {
  id: 'notice/controller-contact',
  severity: 'error',
  reference: 'GDPR art. 13.1 a, 14.1 a',
  title: bi('Personuppgiftsansvarigs kontaktuppgifter', 'Controller identity and contact'),
  description: bi(
    'Varje bolag som är personuppgiftsansvarigt för en offentlig behandling har e-postadress och en postadress (kind: postal eller both).',
    'Every company that is controller of a public activity has an e-mail address and a postal address (kind: postal or both).',
  ),
  why: bi('Den registrerade ska kunna se vem som ansvarar och kunna kontakta dem, även med brev.', 'The data subject must learn who is responsible and be able to contact them, by letter too.'),
  fix: bi(
    'Lägg till en adress med kind: postal eller both (och e-post) i bolagets fil under content/entities/.',
    'Add an address with kind: postal or both (and an e-mail) to the company file in content/entities/.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const a of noticeActivities(model)) {
      for (const e of a.refs.controllers) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        if (!e.addresses.some((ad) => ad.kind === 'postal' || ad.kind === 'both') || !e.email) {
          findings.push({
            kind: 'entities',
            id: e.id,
            path: ['addresses'],
            message: bi(
              `${e.legalName} är personuppgiftsansvarig i den offentliga informationen men saknar postadress eller e-post.`,
              `${e.legalName} is controller in the public notice but has no postal address or e-mail.`,
            ),
          });
        }
      }
    }
    return findings;
  },
};
