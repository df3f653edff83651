/**
 * `npm run import -- register.xlsx --content DIR [--map mapping.yaml]`:
 * an existing Art. 30 register (Excel or CSV) becomes draft content entries.
 */
import { cac } from 'cac';
import { resolveContentDir } from '../../src/model/load.ts';
import { runImport } from '../import/index.ts';
import { formatReport } from '../import/report.ts';
import { formatProblems, ImportError } from '../import/problems.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { runMain } from './shared/run-main.ts';
import { isoDate, oneOf, swedishToday, UsageError } from './shared/usage-error.ts';

async function main(argv: string[]): Promise<number> {
  const cli = cac('import');
  cli
    .usage(
      '<register.xlsx|register.csv> --content DIR [--map mapping.yaml] [--lang sv|en] [--today YYYY-MM-DD] [--dry-run]\n\n  Läser ett register över behandlingar (Excel eller CSV) och skriver utkast till innehållsfiler.\n  Reads a record of processing (Excel or CSV) and writes draft content files.',
    )
    .option('--content <dir>', 'Innehållsmapp att skriva till / content directory to write to (default: $CONTENT_DIR or ./content)')
    .option('--map <file>', 'Mappningsfil för okända rubriker / mapping file for unknown headings')
    .option('--lang <lang>', 'Språk / language: sv | en', { default: 'sv' })
    .option('--today <date>', 'Datum för lastReviewed när registret saknar det / date used when the register gives none')
    .option('--dry-run', 'Visa rapporten men skriv inget / print the report, write nothing');
  cli.help();
  const parsed = cli.parse(['node', 'import', ...argv], { run: false });
  if (parsed.options.help) return EXIT_OK;
  cli.globalCommand.checkUnknownOptions();
  cli.globalCommand.checkOptionValue();
  const o = parsed.options;
  if (parsed.args.length !== 1) throw new UsageError('ange en registerfil / give one register file: npm run import -- register.xlsx --content DIR');
  if (o.content === true || o.content === '') throw new UsageError('--content: ange en mapp / give a directory');
  if (o.map === true || o.map === '') throw new UsageError('--map: ange en fil / give a file');
  const lang = oneOf('lang', o.lang, ['sv', 'en'] as const, 'sv');
  const today = isoDate('today', o.today, swedishToday);
  const content = resolveContentDir(o.content === undefined ? undefined : String(o.content));
  try {
    const report = await runImport({ file: String(parsed.args[0]), content, ...(o.map ? { map: String(o.map) } : {}), lang, today, dryRun: !!o.dryRun });
    process.stdout.write(formatReport(report, lang, content));
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    process.stderr.write(formatProblems(e.problems, lang));
    process.stderr.write(lang === 'sv' ? 'Inget skrevs till innehållsmappen.\n' : 'Nothing was written to the content folder.\n');
    return EXIT_FINDINGS;
  }
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
