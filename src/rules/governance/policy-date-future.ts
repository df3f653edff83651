import { bi, type Finding, type Rule } from '../types.ts';

/** A policy version dated after today: public pages would show a date that has not happened yet. */
export const policyDateFuture: Rule = {
  id: 'governance/policy-date-future',
  severity: 'error',
  reference: 'GDPR art. 5.1 a, 12.1 (korrekt och öppen information / accurate and transparent information)',
  title: bi('Policyversion daterad i framtiden', 'Policy version dated in the future'),
  description: bi('Ingen policyversion är upprättad, godkänd eller fastställd efter dagens datum.', 'No policy version is prepared, approved or adopted after today.'),
  why: bi(
    'Den publika sidan visar när policyn senast uppdaterades. Ett datum som inte har inträffat än är fel information till den registrerade, och ett beslut som styrelsen inte har fattat kan inte redovisas som fattat.',
    'The public page shows when the notice was last updated. A date that has not happened yet misinforms the data subject, and a decision the board has not taken cannot be shown as taken.',
  ),
  fix: bi(
    'Registrera fastställelsen först efter styrelsemötet, med mötets datum (npm run policy:adopt -- --version ÅÅÅÅ.N --date ÅÅÅÅ-MM-DD), eller rätta datumet i filen.',
    'Record the adoption only after the board meeting, with the meeting date (npm run policy:adopt -- --version YYYY.N --date YYYY-MM-DD), or correct the date in the file.',
  ),
  check({ model, today }) {
    const out: Finding[] = [];
    for (const v of model.policyVersions) {
      const dates: [string[], string | undefined, string, string][] = [
        [['preparedBy', 'date'], v.preparedBy.date, 'upprättad', 'prepared'],
        [['approvedBy', 'date'], v.approvedBy?.date, 'godkänd', 'approved'],
        [['adoptedByBoard'], v.adoptedByBoard, 'fastställd', 'adopted'],
      ];
      for (const [path, date, sv, en] of dates) {
        if (date && date > today) {
          out.push({
            kind: 'policy-versions',
            id: v.id,
            path,
            message: bi(`Version ${v.version} är ${sv} ${date}, efter dagens datum ${today}.`, `Version ${v.version} is ${en} on ${date}, after today (${today}).`),
          });
        }
      }
    }
    return out;
  },
};
