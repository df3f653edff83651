import { bi, type Finding, type Rule } from '../types.ts';

/** N9/N11: rights and the complaint to IMY are built in; an override in organisation.yaml must not blank them. */
export const complaintAuthority: Rule = {
  id: 'notice/complaint-authority',
  severity: 'error',
  reference: 'GDPR art. 13.2 b, d; 14.2 c, e; 77',
  title: bi('Rättigheter och klagomål till IMY', 'Rights and complaint to IMY'),
  description: bi(
    'Rättigheterna och IMY:s kontaktuppgifter är inbyggda. Regeln kontrollerar att ändringar i organisation.supervisoryAuthority inte lämnar något fält tomt.',
    "The rights and IMY's contact details are built in. The rule checks that overrides in organisation.supervisoryAuthority leave no field empty.",
  ),
  why: bi(
    'Den registrerade ska alltid få veta sina rättigheter och att hen kan klaga hos tillsynsmyndigheten.',
    'The data subject must always learn their rights and that they can complain to the supervisory authority.',
  ),
  fix: bi(
    'Ta bort det tomma fältet under supervisoryAuthority (då används den inbyggda uppgiften) eller fyll i det.',
    'Remove the empty field under supervisoryAuthority (the built-in value is then used) or fill it in.',
  ),
  check({ model }) {
    const sa = model.organisation.supervisoryAuthority;
    if (!sa) return [];
    const findings: Finding[] = [];
    for (const [key, value] of Object.entries(sa)) {
      if (typeof value === 'string' && value.trim() === '') {
        findings.push({
          kind: 'organisation',
          id: 'organisation',
          path: ['supervisoryAuthority', key],
          message: bi(
            `supervisoryAuthority.${key} är tomt; informationen om klagomål till tillsynsmyndigheten blir ofullständig.`,
            `supervisoryAuthority.${key} is empty; the notice about complaints to the supervisory authority becomes incomplete.`,
          ),
        });
      }
    }
    return findings;
  },
};
