import { SCC_DECISIONS } from '../../model/schemas/index.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

const REPEALED = SCC_DECISIONS.filter((d) => d !== '2021/914');
/** A repealed decision named in the transfer's own text, e.g. "2010/87/EU" or "SCC från 2010". */
const REPEALED_IN_TEXT = /\b(2010\/87|2004\/915|2001\/497)\b|\b(SCC|standardavtalsklausuler\p{L}*|standard contractual clauses)\b[^.]*\b(2001|2004|2010)\b/iu;

/** Standard contractual clauses older than (EU) 2021/914 no longer cover a transfer. */
export const sccVersion: Rule = {
  id: 'processors/scc-version',
  severity: 'error',
  reference: 'GDPR art. 46.2 c; kommissionens genomförandebeslut/Commission Implementing Decision (EU) 2021/914, art. 4',
  title: bi('Standardavtalsklausuler från 2021', 'Standard contractual clauses of 2021'),
  description: bi(
    'En överföring med safeguard: standard-contractual-clauses bygger inte på klausuler äldre än 2021 (sccDecision 2010/87, 2004/915 eller 2001/497, eller en sådan hänvisning i description eller copyAvailable).',
    'A transfer with safeguard: standard-contractual-clauses does not rest on clauses older than 2021 (sccDecision 2010/87, 2004/915 or 2001/497, or such a reference in description or copyAvailable).',
  ),
  why: bi(
    'De gamla standardavtalsklausulerna upphävdes 2021; avtal som bygger på dem gäller inte som skyddsåtgärd sedan den 27 december 2022. Överföringen saknar då skyddsåtgärd.',
    'The old standard contractual clauses were repealed in 2021; contracts based on them ceased to be a valid safeguard on 27 December 2022. The transfer then has no safeguard.',
  ),
  fix: bi('Teckna nya klausuler enligt (EU) 2021/914 med mottagaren och sätt sccDecision: "2021/914".', 'Sign new clauses under (EU) 2021/914 with the recipient and set sccDecision: "2021/914".'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const t of model.transfers) {
      if (t.safeguard !== 'standard-contractual-clauses') continue;
      const field = t.sccDecision && (REPEALED as readonly string[]).includes(t.sccDecision) ? t.sccDecision : undefined;
      const textField = (['description', 'copyAvailable'] as const).find((k) => REPEALED_IN_TEXT.test(`${textSv(t[k])}\n${textEn(t[k])}`));
      if (!field && !textField) continue;
      findings.push({
        kind: 'transfers',
        id: t.id,
        path: field ? ['sccDecision'] : [textField!],
        message: bi(
          `Överföringen bygger på standardavtalsklausuler ${field ? `enligt beslut ${field}` : 'äldre än 2021'}, som inte längre gäller.`,
          `The transfer rests on standard contractual clauses ${field ? `under decision ${field}` : 'older than 2021'}, which are no longer valid.`,
        ),
      });
    }
    return findings;
  },
};
