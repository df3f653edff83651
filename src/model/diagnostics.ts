/**
 * A diagnostic is what a DPO sees about one problem: where (file, line,
 * column, field path), what (message) and how to fix it (hint), in Swedish
 * and English. Loader, resolver and compliance rules all produce these.
 */
import type { Locale } from './schemas/shared.ts';
import { renderDiagnostic, type DiagnosticCode, type DiagnosticParams } from '../i18n/diagnostics.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  code: string;
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, e.g. "purposes[0].legalBasis"; empty for the whole file. */
  path: string;
  message: Record<Locale, string>;
  hint: Record<Locale, string>;
  /** For compliance rules: the rule id and the article or law it rests on. */
  rule?: string;
  reference?: string;
  /** For compliance rules: the entry concerned, "kind/id". */
  entry?: string;
  acknowledged?: { reason: Record<Locale, string>; by: string; date: string };
}

export interface Location {
  file: string;
  line: number;
  column: number;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function makeDiagnostic<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, where: Location & { path?: readonly PropertyKey[] | string }, severity: Severity = 'error'): Diagnostic {
  const text = renderDiagnostic(code, params);
  return {
    severity,
    code,
    file: where.file,
    line: where.line,
    column: where.column,
    path: typeof where.path === 'string' ? where.path : formatPath(where.path ?? []),
    message: text.message,
    hint: text.hint,
  };
}

/** Stable order: file, line, column, code — so output is the same run to run. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code, 'en') || a.path.localeCompare(b.path, 'en'));
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error' && !d.acknowledged);
