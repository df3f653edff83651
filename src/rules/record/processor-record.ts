import { bi, type Finding, type Rule } from '../types.ts';

/** Art. 30(2): a company acting as processor keeps its own record per controller. */
export const processorRecord: Rule = {
  id: 'record/processor-record',
  severity: 'error',
  reference: 'GDPR art. 30.2 a–d',
  title: bi('Register som personuppgiftsbiträde', 'Record as a processor'),
  description: bi(
    'Varje post under processorFor i ett bolag har den ansvariges kontaktuppgifter (controllerContact), kategorier av behandling och minst en säkerhetsåtgärd.',
    "Every processorFor entry of a company has the controller's contact details (controllerContact), categories of processing and at least one security measure.",
  ),
  why: bi(
    'Ett biträde ska föra register över varje personuppgiftsansvarig det arbetar för, med kontaktuppgifter, kategorier av behandling, överföringar och säkerhetsåtgärder.',
    'A processor must keep a record of each controller it acts for, with contact details, categories of processing, transfers and security measures.',
  ),
  fix: bi('Fyll i controllerContact och securityMeasures under processorFor.', 'Fill in controllerContact and securityMeasures under processorFor.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const e of model.entities) {
      e.processorFor.forEach((role, i) => {
        const missing: string[] = [];
        if (!role.controllerContact?.trim()) missing.push('controllerContact');
        if (role.processing.length === 0) missing.push('processing');
        if (role.securityMeasures.length === 0) missing.push('securityMeasures');
        if (missing.length === 0) return;
        findings.push({
          kind: 'entities',
          id: e.id,
          path: ['processorFor', i],
          message: bi(`Biträdesuppdraget för ${role.controller} saknar ${missing.join(', ')}.`, `The processing done for ${role.controller} lacks ${missing.join(', ')}.`),
        });
      });
    }
    return findings;
  },
};
