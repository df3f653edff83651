/**
 * Compliance rules (issue 3) run on the resolved model after schema
 * validation. This module is the single entry point the `check` command uses.
 */
import { formatPath, sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/model.ts';
import type { Finding, Rule } from './types.ts';
import { ALL_RULES } from './registry.ts';
import { applyAcknowledgements } from './acknowledge.ts';

export type { Rule, Finding } from './types.ts';

export interface RuleRunOptions {
  /** "Today" for governance rules; injected so tests and builds are deterministic. */
  today: string;
}

/** A rule's description without its check, for listings and the generated reference. */
export type RuleInfo = Omit<Rule, 'check'>;

const info = ({ id, severity, reference, title, description, why, fix }: Rule): RuleInfo => ({ id, severity, reference, title, description, why, fix });

/** Every rule, for `check --list-rules` and the generated reference. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map(info);

/** "kind/id" as acknowledgements name entries; the organisation file is just "organisation". */
export const entryKey = (f: Pick<Finding, 'kind' | 'id'>) => (f.kind === 'organisation' ? 'organisation' : `${f.kind}/${f.id}`);

/** Whether the finding's entry is a first version marked `draft: true` (written by init or import). */
function onDraft(model: Model, f: Finding): boolean {
  if (f.kind === 'handbook' || f.kind === 'templates') return false;
  const entry = f.kind === 'organisation' ? model.organisation : model.byId[f.kind].get(f.id);
  return (entry as { draft?: boolean } | undefined)?.draft === true;
}

export function toDiagnostic(model: Model, rule: Rule, f: Finding): Diagnostic {
  const where = f.kind === 'handbook' || f.kind === 'templates' ? { file: `${f.kind}/${f.id}`, line: f.at?.line ?? 1, column: f.at?.column ?? 1 } : model.locate(f.kind, f.id, f.path ?? []);
  // A draft is a first version still being written: its gaps are reported, as
  // warnings, so `init`/`import` output builds at once; `--strict` still fails on them.
  const draft = rule.severity === 'error' && onDraft(model, f);
  const message = draft ? { sv: `Utkast: ${f.message.sv}`, en: `Draft: ${f.message.en}` } : { ...f.message };
  return {
    severity: draft ? 'warning' : rule.severity,
    code: rule.id,
    file: where.file,
    line: where.line,
    column: where.column,
    path: formatPath(f.path ?? []),
    message,
    hint: { ...(f.hint ?? rule.fix) },
    rule: rule.id,
    reference: rule.reference,
    entry: entryKey(f),
  };
}

/** Runs every rule; acknowledged warnings come back with `acknowledged` set, never dropped. */
export function runRules(model: Model, options: RuleRunOptions): Diagnostic[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`runRules: today must be YYYY-MM-DD, got "${options.today}"`);
  const ctx = { model, today: options.today };
  const raw: Diagnostic[] = [];
  for (const rule of ALL_RULES) {
    for (const f of rule.check(ctx)) raw.push(toDiagnostic(model, rule, f));
  }
  const { diagnostics, findings } = applyAcknowledgements(model, raw);
  for (const { rule, finding } of findings) diagnostics.push(toDiagnostic(model, rule, finding));
  return sortDiagnostics(diagnostics);
}
