/**
 * The shape every compliance rule module exports. A rule is pure: it reads
 * the resolved model (and an injected "today") and returns findings; the
 * runner turns findings into located diagnostics.
 */
import type { CollectionKind } from '../model/schemas/index.ts';
import type { Model } from '../model/model.ts';

export interface Bilingual {
  sv: string;
  en: string;
}

export interface RuleContext {
  model: Model;
  /** ISO date (YYYY-MM-DD) the rules judge deadlines against. */
  today: string;
}

/** Prose files of content/ that are not entries: handbook MDX and wording templates. */
export type ProseKind = 'handbook' | 'templates';

/** One problem a rule found on one entry (or in one prose file). */
export interface Finding {
  kind: CollectionKind | 'organisation' | ProseKind;
  id: string;
  /** Field path inside the entry's file; empty for the whole entry. */
  path?: (string | number)[];
  message: Bilingual;
  /** Overrides the rule's general fix when the finding knows a more precise one. */
  hint?: Bilingual;
  /** For prose files (no YAML path to locate): the line and column found by the rule. */
  at?: { line: number; column: number };
}

export interface Rule {
  /** Stable id "area/name"; used by acknowledgements, so never rename one. */
  id: string;
  severity: 'error' | 'warning';
  /** The article or law the rule rests on, e.g. "GDPR art. 13.1 c". */
  reference: string;
  title: Bilingual;
  /** What the rule checks. */
  description: Bilingual;
  /** Why it matters (the legal reason). */
  why: Bilingual;
  /** How to fix a finding. */
  fix: Bilingual;
  check(ctx: RuleContext): Finding[];
}

export const bi = (sv: string, en: string): Bilingual => ({ sv, en });
