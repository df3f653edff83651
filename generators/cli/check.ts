/**
 * `npm run check`: validates content/ (schemas, references) and runs the
 * compliance rules, printing every finding with file, line and a fix hint.
 */
import { cac } from 'cac';
import { loadContent, resolveContentDir, type LoadOptions } from '../../src/model/load.ts';
import { sortDiagnostics, type Diagnostic } from '../../src/model/diagnostics.ts';
import type { Locale } from '../../src/model/schemas/shared.ts';
import { RULES, runRules } from '../../src/rules/index.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { countDiagnostics, formatJson, formatText, severityLabel } from './shared/format-diagnostics.ts';
import { colorFor } from './shared/color.ts';
import { isoDate, oneOf, swedishToday, UsageError, parseOptions } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';
import { todayLine } from './shared/today-line.ts';

export interface CheckOptions {
  content?: string;
  format: 'text' | 'json';
  lang: Locale;
  strict: boolean;
  today: string;
}

/** Loader diagnostics plus, when the content loaded, the rule findings. */
export function collectDiagnostics(contentDir: string, today: string, options: LoadOptions = {}): Diagnostic[] {
  const { model, diagnostics } = loadContent(contentDir, options);
  const findings = model ? runRules(model, { today }) : [];
  return sortDiagnostics([...diagnostics, ...findings]);
}

export function exitCodeFor(list: readonly Diagnostic[], strict: boolean): number {
  const { errors, warnings } = countDiagnostics(list);
  return errors > 0 || (strict && warnings > 0) ? EXIT_FINDINGS : EXIT_OK;
}

export function listRules(lang: Locale): string {
  if (!RULES.length) return lang === 'sv' ? 'Inga regler är registrerade.\n' : 'No rules are registered.\n';
  const rows = [...RULES].sort((a, b) => a.id.localeCompare(b.id, 'en')).map((r) => [r.id, severityLabel(r.severity, lang), r.reference, r.title[lang]] as const);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  return rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2].padEnd(w2)}  ${r[3]}`.trimEnd()).join('\n') + '\n';
}

export function main(argv: string[]): number {
  const cli = cac('check');
  cli
    .usage(
      '[--content DIR] [--format text|json] [--lang sv|en] [--strict] [--today YYYY-MM-DD] [--list-rules]\n\n  Kontrollerar innehållet och kör reglerna / validates content and runs the compliance rules.\n  Exit: 0 inga fel / clean, 1 fel / errors, 2 felaktigt anrop / usage error',
    )
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)')
    .option('--format <format>', 'text | json', { default: 'text' })
    .option('--lang <lang>', 'Språk för meddelanden / message language: sv | en', { default: 'sv' })
    .option('--strict', 'Varningar ger också felkod / unacknowledged warnings also fail')
    .option('--list-rules', 'Lista alla regler / list every rule')
    .option('--today <date>', 'Dagens datum ÅÅÅÅ-MM-DD för reglerna / date the rules use (default: today)');
  const options = parseOptions(cli, 'check', argv);
  if (!options) return EXIT_OK;

  const o = options;
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  const format = oneOf('format', o.format, ['text', 'json'] as const, 'text');
  if (o.listRules) {
    process.stdout.write(listRules(lang));
    return EXIT_OK;
  }
  if (o.content === true || o.content === '') throw new UsageError('--content: ange en mapp / give a directory');
  const today = isoDate('today', o.today, swedishToday);

  const diagnostics = collectDiagnostics(resolveContentDir(o.content === undefined ? undefined : String(o.content)), today, { cache: true });
  process.stdout.write(format === 'json' ? formatJson(diagnostics, lang) : `${todayLine(today, o.today !== undefined)}${formatText(diagnostics, { lang, color: colorFor(process.stdout) })}`);
  return exitCodeFor(diagnostics, !!o.strict);
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
