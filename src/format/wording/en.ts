/** English wording of the formatters (src/format/). */
import type { FormatWording } from './types.ts';

export const en: FormatWording = {
  units: {
    year: { one: 'year', other: 'years' },
    month: { one: 'month', other: 'months' },
    week: { one: 'week', other: 'weeks' },
    day: { one: 'day', other: 'days' },
    hour: { one: 'hour', other: 'hours' },
  },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  within: (p) => `within ${p}`,
  article: (a, p, pt) => `Article ${a}${p ? `(${p})` : ''}${pt ? `(${pt})` : ''}`,
  gdpr: ' GDPR',
  citation: (section, law) => (section ? `${section} of ${law}` : law),
  sfs: (n) => `(SFS ${n})`,
  retention: {
    period: (p, from, law) => `${p}${from ? ` counted from ${from}` : ''}${law ? `, under ${law}` : ''}.`,
    criteria: (c, from, law) => `${c}${from ? ` The period counts from ${from}${law ? `, under ${law}` : ''}.` : law ? ` This follows from ${law}.` : ''}`,
    then: {
      deleted: 'The data are then deleted.',
      anonymised: 'The data are then anonymised, so that they can no longer be linked to anyone.',
      pseudonymised: 'The data are then pseudonymised: names and other direct identifiers are replaced by a code. The data are still personal data.',
      archived: 'The data are then archived.',
      'handed-over': 'The data are then handed over to another party.',
    },
    handedOverTo: (r) => `The data are then handed over to ${r}.`,
    thenShort: {
      deleted: 'Deleted',
      anonymised: 'Anonymised',
      pseudonymised: 'Pseudonymised',
      archived: 'Archived',
      'handed-over': 'Handed over',
    },
    countedFrom: (from) => `Counted from ${from}.`,
    noFixedPeriod: 'No fixed period',
    periodShort: (p, from) => (from ? `${p} from ${from}` : p),
  },
  safeguards: {
    'adequacy-decision': { prose: "the European Commission's adequacy decision", short: 'Adequacy decision' },
    'standard-contractual-clauses': { prose: "the European Commission's standard contractual clauses", short: 'Standard contractual clauses' },
    'binding-corporate-rules': { prose: 'binding corporate rules', short: 'Binding corporate rules' },
    'derogation-49': { prose: 'a derogation for specific situations under Article 49 GDPR', short: 'Derogation under Article 49' },
  },
  recipientCondition: (name, condition) => `${name}, ${condition}`,
  described: (name, description) => `${name} – ${description}`,
  commonNouns: ['the', 'our', 'other', 'external'],
};
