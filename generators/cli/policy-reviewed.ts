/**
 * `npm run policy:reviewed -- <activity-id…> | --all [--date YYYY-MM-DD]`:
 * records that activities were reviewed (sets lastReviewed). See docs/policy-cycle.md.
 */
import { cac } from 'cac';
import { resolveContentDir } from '../../src/model/load.ts';
import { recordReview } from '../policy-cycle/review.ts';
import { formatProblems } from '../policy-cycle/report.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { isoDate, oneOf, swedishToday } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';
import { todayLine } from './shared/today-line.ts';
import { rawFlag } from './shared/raw-flag.ts';

function main(argv: string[]): number {
  const cli = cac('policy:reviewed');
  cli
    .usage('<behandling…> | --all [--date ÅÅÅÅ-MM-DD] [--today ÅÅÅÅ-MM-DD] [--content DIR]\n\n  Registrerar att behandlingar är granskade (lastReviewed) / records that activities were reviewed.')
    .option('--all', 'Alla behandlingar / every activity')
    .option('--date <date>', 'Granskningsdatum / review date (default: today)')
    .option('--today <date>', 'Dagens datum / today (default: the date in Sweden)')
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)')
    .option('--lang <lang>', 'sv | en', { default: 'sv' });
  cli.help();
  const parsed = cli.parse(['node', 'policy:reviewed', ...argv], { run: false });
  if (parsed.options.help) return EXIT_OK;
  cli.globalCommand.checkUnknownOptions();
  cli.globalCommand.checkOptionValue();
  const o = parsed.options;
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  const today = isoDate('today', o.today, swedishToday);
  const date = isoDate('date', o.date, () => today);
  process.stdout.write(todayLine(today, o.today !== undefined));
  const result = recordReview({ contentDir: resolveContentDir(rawFlag(argv, '--content', o.content)), activities: parsed.args.map(String), all: !!o.all, date, today });
  if (!result.ok) {
    process.stderr.write(formatProblems(result.problems, lang));
    return EXIT_FINDINGS;
  }
  const head = lang === 'sv' ? `Granskad ${date}` : `Reviewed on ${date}`;
  process.stdout.write(`${head}: ${result.updated.length ? result.updated.join(', ') : lang === 'sv' ? 'inget att ändra' : 'nothing to change'}\n`);
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
