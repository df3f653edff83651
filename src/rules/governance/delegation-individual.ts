import { bi, type Finding, type Rule } from '../types.ts';

/** A delegation of responsibility or tasks goes to a named individual, never to a group. */
export const delegationIndividual: Rule = {
  id: 'governance/delegation-individual',
  severity: 'error',
  reference: 'GDPR art. 5.2, 24.1',
  title: bi('Delegering till en namngiven person', 'Delegation to a named individual'),
  description: bi('Varje delegering (content/delegations/) går till en person med kind: individual.', 'Every delegation (content/delegations/) goes to a person with kind: individual.'),
  why: bi(
    'Ansvar som delegeras till en grupp har ingen bärare: ingen enskild kan hållas ansvarig, och ansvarsskyldigheten går inte att visa.',
    'Responsibility delegated to a group has no bearer: no one can be held to account, and accountability cannot be shown.',
  ),
  fix: bi('Delegera till en namngiven person i stället för gruppen.', 'Delegate to a named person instead of the group.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const d of model.delegations) {
      const to = model.byId.people.get(d.to);
      if (!to || to.kind === 'individual') continue;
      findings.push({
        kind: 'delegations',
        id: d.id,
        path: ['to'],
        message: bi(`Delegeringen går till gruppen "${to.name}", inte till en person.`, `The delegation goes to the group "${to.name}", not to a person.`),
      });
    }
    return findings;
  },
};
