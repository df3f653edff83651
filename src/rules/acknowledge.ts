/**
 * Applies the DPO's acknowledgements to rule diagnostics. A matching warning
 * is kept and marked `acknowledged` (the handbook lists it); an error is never
 * silenced, and the acknowledgement naming it becomes an error itself.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/model.ts';
import { both } from './text.ts';
import { bi, type Finding } from './types.ts';
import { RULES_BY_ID } from './registry.ts';
import { acknowledgementInvalid } from './governance/acknowledgement-invalid.ts';
import { acknowledgementUnmatched } from './governance/acknowledgement-unmatched.ts';

export interface AckResult {
  diagnostics: Diagnostic[];
  /** Findings of the two acknowledgement meta-rules, to be turned into diagnostics by the runner. */
  findings: { rule: typeof acknowledgementInvalid; finding: Finding }[];
}

export function applyAcknowledgements(model: Model, diagnostics: Diagnostic[]): AckResult {
  const out = diagnostics.map((d) => ({ ...d }));
  const findings: AckResult['findings'] = [];
  for (const ack of model.acknowledgements) {
    const rule = RULES_BY_ID.get(ack.rule);
    const at = (path: string[]) => ({ kind: 'acknowledgements' as const, id: ack.id, path });
    if (!rule) {
      findings.push({
        rule: acknowledgementInvalid,
        finding: {
          ...at(['rule']),
          message: bi(`Det finns ingen regel "${ack.rule}".`, `There is no rule "${ack.rule}".`),
        },
      });
      continue;
    }
    const matches = out.filter((d) => d.rule === ack.rule && d.entry === ack.entry);
    if (rule.severity === 'error') {
      findings.push({
        rule: acknowledgementInvalid,
        finding: {
          ...at(['rule']),
          message: bi(`Regeln ${ack.rule} ger fel, inte varningar; ett fel kan inte kvitteras bort.`, `The rule ${ack.rule} reports errors, not warnings; an error cannot be acknowledged away.`),
        },
      });
      continue;
    }
    if (matches.length === 0) {
      findings.push({
        rule: acknowledgementUnmatched,
        finding: {
          ...at(['entry']),
          message: bi(
            `Regeln ${ack.rule} ger ingen varning för ${ack.entry}; kvitteringen gäller ingenting.`,
            `The rule ${ack.rule} reports no warning for ${ack.entry}; the acknowledgement matches nothing.`,
          ),
        },
      });
      continue;
    }
    for (const d of matches) {
      // The first acknowledgement (in id order) wins, so the output is stable.
      if (!d.acknowledged) d.acknowledged = { reason: both(ack.reason), by: ack.by, date: ack.date };
    }
  }
  return { diagnostics: out, findings };
}
