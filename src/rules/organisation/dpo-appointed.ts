import { bi, type Finding, type Rule } from '../types.ts';

/**
 * Nothing names a DPO the organisation has not appointed: a person with the
 * dpo role, or a processingScale assessment beside an appointed DPO, would
 * otherwise contradict organisation.yaml.
 */
export const dpoAppointed: Rule = {
  id: 'organisation/dpo-appointed',
  severity: 'error',
  reference: 'GDPR art. 37.7, 38.4',
  title: bi('Dataskyddsombud bara om ett är utsett', 'A DPO only if one is appointed'),
  description: bi(
    'Ingen person har rollen dpo om organisation.yaml inte anger dpo, och den som anges som dpo har rollen.',
    'No person has the dpo role unless organisation.yaml sets dpo, and the person set as dpo has the role.',
  ),
  why: bi(
    'De registrerade vänder sig till dataskyddsombudet med sina frågor. Att ange ett ombud som inte är utsett, eller fel person, leder dem fel.',
    'Data subjects turn to the DPO with their questions. Naming a DPO who is not appointed, or the wrong person, misdirects them.',
  ),
  fix: bi(
    'Ange dpo: <person-id> i organisation.yaml om ombudet är utsett; annars ta bort rollen dpo från personen.',
    'Set dpo: <person-id> in organisation.yaml if the DPO is appointed; otherwise remove the dpo role from the person.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const dpo = model.organisation.dpo;
    for (const p of model.people) {
      p.roles.forEach((r, i) => {
        if (r.role !== 'dpo' || p.id === dpo) return;
        findings.push({
          kind: 'people',
          id: p.id,
          path: ['roles', i, 'role'],
          message: dpo
            ? bi(`${p.name} har rollen dpo, men organisation.yaml anger ${dpo} som dataskyddsombud.`, `${p.name} has the dpo role, but organisation.yaml names ${dpo} as the DPO.`)
            : bi(
                `${p.name} har rollen dpo, men organisationen har inget dataskyddsombud (dpo saknas i organisation.yaml).`,
                `${p.name} has the dpo role, but the organisation has no DPO (dpo is missing from organisation.yaml).`,
              ),
        });
      });
    }
    const person = dpo ? model.byId.people.get(dpo) : undefined;
    if (person && !person.roles.some((r) => r.role === 'dpo')) {
      findings.push({
        kind: 'organisation',
        id: 'organisation',
        path: ['dpo'],
        message: bi(`organisation.yaml anger ${dpo} som dataskyddsombud, men personen saknar rollen dpo.`, `organisation.yaml names ${dpo} as the DPO, but the person lacks the dpo role.`),
        hint: bi(`Lägg till roles: [{ role: dpo }] i people/${dpo}.yaml, eller ange rätt person.`, `Add roles: [{ role: dpo }] to people/${dpo}.yaml, or name the right person.`),
      });
    }
    return findings;
  },
};
