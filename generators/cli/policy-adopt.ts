/**
 * `npm run policy:adopt -- --version 2027.1 --date 2027-03-15 [--minutes REF]`:
 * records the board's decision on the draft, after the meeting. See docs/policy-cycle.md.
 */
import { cac } from 'cac';
import { resolveContentDir } from '../../src/model/load.ts';
import { renderChangelog } from '../../src/changelog/index.ts';
import { adoptVersion } from '../policy-cycle/adopt.ts';
import { formatProblems } from '../policy-cycle/report.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { formatText } from './shared/format-diagnostics.ts';
import { isoDate, oneOf, swedishToday, UsageError, parseOptions } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';
import { todayLine } from './shared/today-line.ts';
import { rawFlag } from './shared/raw-flag.ts';

export function main(argv: string[]): number {
  const cli = cac('policy:adopt');
  cli
    .usage(
      "--version ÅÅÅÅ.N --date ÅÅÅÅ-MM-DD [--minutes REF] [--approved-by ID] [--redraft] [--today ÅÅÅÅ-MM-DD] [--content DIR] [--lang sv|en]\n\n  Registrerar styrelsens beslut om ett utkast / records the board's adoption of a draft.",
    )
    .option('--version <version>', "Utkastets version / the draft's version")
    .option('--date <date>', 'Styrelsemötets datum / date of the board meeting')
    .option('--minutes <ref>', 'Protokollhänvisning / minutes reference, e.g. "Styrelseprotokoll 2027-03-15 § 7"')
    .option('--approved-by <id>', 'Godkänd av (people-id); standard: VD / default: the CEO')
    .option('--redraft', 'Innehållet ändrades efter utkastet och styrelsen fastställde det ändrade / the board adopted content changed after the draft')
    .option('--today <date>', 'Dagens datum / today (default: the date in Sweden)')
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)')
    .option('--lang <lang>', 'Språk för utskrifter / output language: sv | en', { default: 'sv' });
  const o = parseOptions(cli, 'policy:adopt', argv);
  if (!o) return EXIT_OK;
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  const version = rawFlag(argv, '--version', o.version);
  if (!version) throw new UsageError('--version krävs / is required, e.g. --version 2027.1');
  if (o.date === undefined || o.date === true) throw new UsageError('--date krävs: styrelsemötets datum / is required: the date of the board meeting, e.g. --date 2027-03-15');
  const date = isoDate('date', o.date, () => '');
  const today = isoDate('today', o.today, swedishToday);
  process.stdout.write(todayLine(today, o.today !== undefined));
  const minutes = rawFlag(argv, '--minutes', o.minutes);
  const approvedBy = rawFlag(argv, '--approved-by', o.approvedBy);
  const result = adoptVersion({
    contentDir: resolveContentDir(rawFlag(argv, '--content', o.content)),
    version,
    date,
    today,
    ...(minutes ? { minutes } : {}),
    ...(approvedBy ? { approvedBy } : {}),
    redraft: !!o.redraft,
  });
  if (!result.ok) {
    if (result.diagnostics.length) process.stdout.write(formatText(result.diagnostics, { lang, color: false }));
    process.stderr.write(formatProblems(result.problems, lang));
    return EXIT_FINDINGS;
  }
  const head = lang === 'sv' ? `Version ${version} fastställd ${date}` : `Version ${version} adopted on ${date}`;
  const redrafted = result.redrafted ? (lang === 'sv' ? ' (ögonblicksbilden gjordes om)' : ' (snapshot taken again)') : '';
  const since =
    result.changes && result.supersedes
      ? `\n\n${lang === 'sv' ? `Ändringar sedan ${result.supersedes}` : `Changes since ${result.supersedes}`}:\n\n${renderChangelog(result.changes, lang).markdown}`
      : '\n';
  process.stdout.write(`${head}${redrafted}.${since}\n  ${result.file}\n`);
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
