/**
 * npm run extract -- <file|folder>... --out <folder> [--lang sv|en]
 *   [--password-env VAR | --password-file FILE] [--content DIR] [--workers N]
 * Register extracts (GDPR Art. 15) as PDFs. See docs/extract.md.
 */
import { cac } from 'cac';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../../src/model/content-dir.ts';
import { collectFiles } from '../extract/files.ts';
import { ensureOutDir, isInsideSiteOutput, removeStrayTempsSync } from '../extract/output.ts';
import { runBatch } from '../extract/batch.ts';

function fail(sv: string, en: string): never {
  process.stderr.write(`${sv} / ${en}\n`);
  process.exit(2);
}

function readPassword(opts: { passwordEnv?: string; passwordFile?: string }): string | undefined {
  if (opts.passwordEnv && opts.passwordFile) fail('Ange bara ett av --password-env och --password-file.', 'Give only one of --password-env and --password-file.');
  if (opts.passwordEnv) {
    const value = process.env[String(opts.passwordEnv)];
    if (!value) fail(`Miljövariabeln ${opts.passwordEnv} är tom eller saknas.`, `The environment variable ${opts.passwordEnv} is empty or missing.`);
    return value;
  }
  if (opts.passwordFile) {
    let value: string;
    try {
      value = readFileSync(String(opts.passwordFile), 'utf8').replace(/\r?\n$/, '');
    } catch (e) {
      fail(`Lösenordsfilen kan inte läsas (${(e as NodeJS.ErrnoException).code}).`, `The password file cannot be read (${(e as NodeJS.ErrnoException).code}).`);
    }
    if (!value) fail('Lösenordsfilen är tom.', 'The password file is empty.');
    return value;
  }
  return undefined;
}

const cli = cac('extract');
cli
  .command('[...inputs]', 'Skapa registerutdrag (PDF) / Produce register extracts (PDF)')
  .option('--out <folder>', 'Mapp för PDF-filerna (inte dist/) / Output folder (not dist/)')
  .option('--lang <lang>', 'sv eller en; annars begärans språk / sv or en; default: the request language')
  .option('--password-env <var>', 'Kryptera; lösenord i miljövariabel / Encrypt; password from this env variable')
  .option('--password-file <file>', 'Kryptera; lösenord i fil / Encrypt; password from this file')
  .option('--content <dir>', 'Innehållsmapp / Content directory (default: $CONTENT_DIR or ./content)')
  .option('--workers <n>', 'Antal arbetstrådar / Number of worker threads (default: min(2, cores))')
  .action(async (inputs: string[], opts: Record<string, string | undefined>) => {
    if (!inputs.length) fail('Ange minst en fil eller mapp.', 'Give at least one file or folder.');
    if (!opts.out) fail('Ange --out <mapp>.', 'Give --out <folder>.');
    if (opts.lang !== undefined && opts.lang !== 'sv' && opts.lang !== 'en') fail('--lang ska vara sv eller en.', '--lang must be sv or en.');
    const out = path.resolve(String(opts.out));
    if (isInsideSiteOutput(out)) fail('--out får inte ligga i eller innehålla webbplatsens dist/.', '--out must not be inside or contain the site output dist/.');
    const workers = opts.workers === undefined ? Math.min(2, availableParallelism()) : Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) fail('--workers ska vara ett heltal 1–64.', '--workers must be an integer 1–64.');
    const password = readPassword(opts);
    const contentDir = resolveContentDir(opts.content);
    await ensureOutDir(out);
    // Interrupted mid-batch (Ctrl-C, kill): leave no half-written temp file with personal data behind.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        removeStrayTempsSync(out);
        process.stderr.write('\nAvbrutet / Interrupted\n');
        process.exit(130);
      });
    }
    // The workers load and check the content; this thread never loads the model (memory, and the cores are theirs).
    const batch = runBatch({
      files: collectFiles(inputs),
      contentDir,
      outDir: out,
      ...(opts.lang ? { lang: opts.lang as 'sv' | 'en' } : {}),
      ...(password ? { password } : {}),
      workers,
      stdout: process.stdout,
      stderr: process.stderr,
    });
    let failed: number;
    try {
      ({ failed } = await batch);
    } catch (e) {
      // A worker could not load the content: content errors name content files only, no personal data.
      if ((e as Error)?.name !== 'ContentError') throw e;
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(2);
    }
    process.exitCode = failed ? 1 : 0;
  });
cli.help();

try {
  cli.parse(process.argv, { run: false });
  if (!cli.options.help) {
    // cac refuses unknown options (e.g. a password typed on the command line); the value is never echoed.
    await cli.runMatchedCommand();
  }
} catch (e) {
  fail(`Fel i kommandoraden: ${(e as Error).message.replace(/=.*$/, '')}`, 'Command line error; see --help.');
}
