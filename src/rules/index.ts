/**
 * Compliance rules (issue 3) run on the resolved model after schema
 * validation. This module is the single entry point the `check` command uses.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/model.ts';

export interface RuleRunOptions {
  /** "Today" for governance rules; injected so tests and builds are deterministic. */
  today: string;
}

export interface RuleInfo {
  id: string;
  severity: 'error' | 'warning';
  reference: string;
  title: { sv: string; en: string };
}

/** Every rule, for `check --list-rules` and the generated reference. */
export const RULES: readonly RuleInfo[] = [];

/** Runs every rule; acknowledged warnings come back with `acknowledged` set, never dropped. */
export function runRules(_model: Model, _options: RuleRunOptions): Diagnostic[] {
  return [];
}
