/**
 * `npm run policy:draft -- --version 2027.1 [--prepared-by ID] [--reason TEXT]`:
 * snapshots the content as the draft the board will read. See docs/policy-cycle.md.
 */
import { cac } from 'cac';
import { resolveContentDir } from '../../src/model/load.ts';
import { renderChangelog } from '../../src/changelog/index.ts';
import { draftVersion } from '../policy-cycle/draft.ts';
import { formatProblems } from '../policy-cycle/report.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { formatText } from './shared/format-diagnostics.ts';
import { isoDate, oneOf, swedishToday, UsageError, parseOptions } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';
import { todayLine } from './shared/today-line.ts';
import { rawFlag } from './shared/raw-flag.ts';

export function main(argv: string[]): number {
  const cli = cac('policy:draft');
  cli
    .usage(
      '--version ÅÅÅÅ.N [--prepared-by ID] [--reason TEXT] [--reason-en TEXT] [--today ÅÅÅÅ-MM-DD] [--content DIR] [--lang sv|en]\n\n  Gör ett utkast till nästa policyversion för styrelsen / drafts the next policy version for the board.',
    )
    .option('--version <version>', 'Ny version, t.ex. 2027.1 / new version')
    .option('--prepared-by <id>', 'Upprättad av (people-id); standard: dataskyddsombudet / default: the DPO')
    .option('--reason <text>', 'Varför versionen görs, visas för styrelsen / why, shown to the board')
    .option('--reason-en <text>', 'Samma på engelska / the same in English')
    .option('--today <date>', 'Dagens datum / today (default: the date in Sweden)')
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)')
    .option('--lang <lang>', 'Språk för utskrifter / output language: sv | en', { default: 'sv' });
  const o = parseOptions(cli, 'policy:draft', argv);
  if (!o) return EXIT_OK;
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  const version = rawFlag(argv, '--version', o.version);
  if (!version) throw new UsageError('--version krävs / is required, e.g. --version 2027.1');
  const today = isoDate('today', o.today, swedishToday);
  const reasonSv = rawFlag(argv, '--reason', o.reason);
  const reasonEn = rawFlag(argv, '--reason-en', o.reasonEn);
  if (reasonEn && !reasonSv) throw new UsageError('--reason-en kräver --reason (svenska först) / needs --reason (Swedish first)');
  process.stdout.write(todayLine(today, o.today !== undefined));
  const result = draftVersion({
    contentDir: resolveContentDir(rawFlag(argv, '--content', o.content)),
    version,
    today,
    ...(rawFlag(argv, '--prepared-by', o.preparedBy) ? { preparedBy: rawFlag(argv, '--prepared-by', o.preparedBy)! } : {}),
    ...(reasonSv ? { reason: reasonEn ? { sv: reasonSv, en: reasonEn } : reasonSv } : {}),
  });
  if (!result.ok) {
    if (result.diagnostics.length) process.stdout.write(formatText(result.diagnostics, { lang, color: false }));
    process.stderr.write(formatProblems(result.problems, lang));
    return EXIT_FINDINGS;
  }
  if (result.warnings.length) process.stdout.write(formatText(result.warnings, { lang, color: false }));
  const head = lang === 'sv' ? `Utkast till version ${version} sparat` : `Draft of version ${version} saved`;
  const since = result.previous ? (lang === 'sv' ? ` (ändringar sedan ${result.previous})` : ` (changes since ${result.previous})`) : '';
  const next =
    lang === 'sv'
      ? `Nästa steg: npm run build ger policy.sv.pdf märkt UTKAST för styrelsen. Efter mötet: npm run policy:adopt -- --version ${version} --date ÅÅÅÅ-MM-DD`
      : `Next: npm run build makes policy.sv.pdf marked DRAFT for the board. After the meeting: npm run policy:adopt -- --version ${version} --date YYYY-MM-DD`;
  process.stdout.write(`${head}${since}:\n\n${renderChangelog(result.changes, lang).markdown}\n${result.files.map((f) => `  ${f}`).join('\n')}\n\n${next}\n`);
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
