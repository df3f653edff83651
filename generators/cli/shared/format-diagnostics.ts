/**
 * Renders diagnostics for people (text grouped by file) and for tools
 * (JSON), in one language. Both are deterministic: same input, same bytes.
 */
import { sortDiagnostics, type Diagnostic } from '../../../src/model/diagnostics.ts';
import type { Locale } from '../../../src/model/schemas/shared.ts';
import { makePaint, type Paint } from './color.ts';

export interface Counts {
  errors: number;
  warnings: number;
  acknowledged: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  let acknowledged = 0;
  for (const d of list) {
    if (d.acknowledged) acknowledged++;
    else if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, acknowledged };
}

const SEVERITY: Record<Locale, Record<Diagnostic['severity'], string>> = {
  sv: { error: 'fel', warning: 'varning' },
  en: { error: 'error', warning: 'warning' },
};
export const severityLabel = (severity: Diagnostic['severity'], lang: Locale) => SEVERITY[lang][severity];

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 fel, 1 varning / 2 errors, 1 warning", the chosen language first. */
export function summaryLine(counts: Counts, lang: Locale): string {
  const sv = `${plural(counts.errors, 'fel', 'fel')}, ${plural(counts.warnings, 'varning', 'varningar')}`;
  const en = `${plural(counts.errors, 'error', 'errors')}, ${plural(counts.warnings, 'warning', 'warnings')}`;
  const ackSv = counts.acknowledged ? ` (${plural(counts.acknowledged, 'kvitterad', 'kvitterade')})` : '';
  const ackEn = counts.acknowledged ? ` (${counts.acknowledged} acknowledged)` : '';
  return lang === 'sv' ? `${sv}${ackSv} / ${en}${ackEn}` : `${en}${ackEn} / ${sv}${ackSv}`;
}

function location(d: Diagnostic) {
  return `${d.file}:${d.line}:${d.column}`;
}

function ruleSuffix(d: Diagnostic) {
  if (!d.rule) return '';
  return d.reference ? `  (${d.rule}; ${d.reference})` : `  (${d.rule})`;
}

function diagnosticLines(d: Diagnostic, lang: Locale, paint: Paint): string[] {
  const sev = d.severity === 'error' ? paint.red(severityLabel(d.severity, lang)) : paint.yellow(severityLabel(d.severity, lang));
  const pathPart = d.path ? `  [${d.path}]` : '';
  const lines = [`${location(d)}  ${sev}${pathPart}  ${d.message[lang]}${paint.dim(ruleSuffix(d))}`];
  if (d.hint[lang]) lines.push(`    ${paint.cyan('→')} ${d.hint[lang]}`);
  return lines;
}

export interface TextOptions {
  lang: Locale;
  color?: boolean;
}

/** Findings grouped by file, then acknowledged warnings, then the summary line. */
export function formatText(list: readonly Diagnostic[], options: TextOptions): string {
  const { lang } = options;
  const paint = makePaint(!!options.color);
  const sorted = sortDiagnostics([...list]);
  const open = sorted.filter((d) => !d.acknowledged);
  const acknowledged = sorted.filter((d) => d.acknowledged);
  const out: string[] = [];

  let currentFile: string | null = null;
  for (const d of open) {
    if (d.file !== currentFile) {
      if (currentFile !== null) out.push('');
      out.push(paint.bold(d.file));
      currentFile = d.file;
    }
    out.push(...diagnosticLines(d, lang, paint).map((l) => `  ${l}`));
  }

  if (acknowledged.length) {
    if (out.length) out.push('');
    out.push(paint.bold(lang === 'sv' ? 'Kvitterade varningar (kvitterad / acknowledged):' : 'Acknowledged warnings (acknowledged / kvitterad):'));
    for (const d of acknowledged) {
      out.push(...diagnosticLines(d, lang, paint).map((l) => `  ${l}`));
      const ack = d.acknowledged!;
      const label = lang === 'sv' ? 'kvitterad' : 'acknowledged';
      out.push(`    ${label}: ${ack.reason[lang]} (${ack.by}, ${ack.date})`);
    }
  }

  if (out.length) out.push('');
  out.push(paint.bold(summaryLine(countDiagnostics(sorted), lang)));
  return `${out.join('\n')}\n`;
}

export interface JsonDiagnostic {
  severity: Diagnostic['severity'];
  code: string;
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
  hint: string;
  rule?: string;
  reference?: string;
  entry?: string;
  acknowledged?: { reason: string; by: string; date: string };
}

/** The diagnostics as plain objects with texts in one language, for CI and editors. */
export function toJson(list: readonly Diagnostic[], lang: Locale): JsonDiagnostic[] {
  return sortDiagnostics([...list]).map((d) => {
    const o: JsonDiagnostic = {
      severity: d.severity,
      code: d.code,
      file: d.file,
      line: d.line,
      column: d.column,
      path: d.path,
      message: d.message[lang],
      hint: d.hint[lang],
    };
    if (d.rule !== undefined) o.rule = d.rule;
    if (d.reference !== undefined) o.reference = d.reference;
    if (d.entry !== undefined) o.entry = d.entry;
    if (d.acknowledged) o.acknowledged = { reason: d.acknowledged.reason[lang], by: d.acknowledged.by, date: d.acknowledged.date };
    return o;
  });
}

export function formatJson(list: readonly Diagnostic[], lang: Locale): string {
  return `${JSON.stringify(toJson(list, lang), null, 2)}\n`;
}
