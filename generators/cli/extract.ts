/**
 * npm run extract -- <file|folder>... --out <folder> [--lang sv|en]
 *   [--password-env VAR | --password-file FILE] [--content DIR] [--workers N]
 * Register extracts (GDPR Art. 15) as PDFs. See docs/extract.md.
 */
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { guardRun, handleSignals, isInterrupted, stopRun } from '../extract/interrupt.ts';

// Before loading anything else (the rest is imported below): a signal during start-up ends like one during the batch.
handleSignals();
const { cac } = await import('cac');
const { resolveContentDir } = await import('../../src/model/content-dir.ts');
const { collectFiles } = await import('../extract/files.ts');
const { holdsBuiltSite, isInsideSiteOutput, prepareOutDir, removeOrphanTempsSync, removeStrayTempsSync } = await import('../extract/output.ts');
const { runBatch } = await import('../extract/batch.ts');
const { terminateAllWorkers } = await import('../extract/pool.ts');

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

/** The parent pid of `pid` (Linux /proc); undefined where it cannot be read. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs npm; true where /proc cannot be read (then only the parent is watched). */
function isNpm(pid: number): boolean {
  try {
    return /(^|[/\0])npm(-cli\.js)?([\0 ]|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return !existsSync('/proc');
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Interrupted (Ctrl-C, kill, the terminal closed) or orphaned (`npm run` killed
 * and this process left running): remove every temp file with personal data and
 * stop, workers included (generators/extract/interrupt.ts). `npm` does not always
 * pass a signal on, so the parent's death is noticed by polling: a changed parent
 * pid means it is gone.
 */
function stopCleanly(out: string): void {
  guardRun({ sweep: () => removeStrayTempsSync(out), terminate: terminateAllWorkers });
  const parent = process.ppid;
  // Under `npm run extract` the parent is a shell that can outlive a killed npm: watch npm too.
  const viaNpm = /generators\/cli\/extract\.ts/.test(process.env.npm_lifecycle_script ?? '');
  const npm = !viaNpm ? undefined : isNpm(parent) ? parent : parentOf(parent);
  // npm may already be gone when this process starts (killed while it started the shell).
  if (viaNpm && (npm === undefined || !isNpm(npm))) stopRun(143);
  setInterval(() => {
    if (process.ppid !== parent || (npm !== undefined && !alive(npm))) stopRun(143);
  }, 250).unref();
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
  .option('--overwrite', 'Ersätt PDF:er som redan finns i utmappen / replace PDFs already in the output folder')
  .action(async (inputs: string[], opts: Record<string, string | undefined>) => {
    if (!inputs.length) fail('Ange minst en fil eller mapp.', 'Give at least one file or folder.');
    // A missing argument is named by position only: it may be a password typed in the wrong place.
    inputs.forEach((arg, i) => {
      if (!existsSync(arg)) {
        fail(
          `Argument ${i + 1} är ingen fil eller mapp som finns (det skrivs inte ut). Ett lösenord ges med --password-env eller --password-file, aldrig på kommandoraden.`,
          `Argument ${i + 1} is not an existing file or folder (it is not printed). A password is given with --password-env or --password-file, never on the command line.`,
        );
      }
    });
    if (!opts.out) fail('Ange --out <mapp>.', 'Give --out <folder>.');
    if (opts.lang !== undefined && opts.lang !== 'sv' && opts.lang !== 'en') fail('--lang ska vara sv eller en.', '--lang must be sv or en.');
    const out = path.resolve(String(opts.out));
    if (isInsideSiteOutput(out)) fail('--out får inte ligga i eller innehålla webbplatsens dist/.', '--out must not be inside or contain the site output dist/.');
    if (holdsBuiltSite(out))
      fail(
        '--out är, ligger i eller innehåller en byggd webbplats (filen .gdpr-docs-site): registerutdrag får aldrig publiceras.',
        '--out is, is inside or contains a built site (file .gdpr-docs-site): register extracts must never be published.',
      );
    const workers = opts.workers === undefined ? Math.min(2, availableParallelism()) : Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) fail('--workers ska vara ett heltal 1–64.', '--workers must be an integer 1–64.');
    const password = readPassword(opts);
    const contentDir = resolveContentDir(opts.content);
    // From here on an interruption also removes this process's temp files and stops its workers.
    stopCleanly(out);
    const outProblem = prepareOutDir(out);
    if (outProblem?.kind === 'not-a-folder') fail('--out pekar på en fil, inte en mapp.', '--out names a file, not a folder.');
    if (outProblem)
      fail(
        `Utmappen kan inte ${outProblem.kind === 'cannot-create' ? 'skapas' : 'skrivas'} (${outProblem.code}).`,
        `The output folder cannot be ${outProblem.kind === 'cannot-create' ? 'created' : 'written'} (${outProblem.code}).`,
      );
    // Temp files of an earlier run that was killed outright hold personal data: remove them first.
    removeOrphanTempsSync(out);
    // The workers load and check the content; this thread never loads the model (memory, and the cores are theirs).
    const batch = runBatch({
      files: collectFiles(inputs),
      contentDir,
      outDir: out,
      ...(opts.lang ? { lang: opts.lang as 'sv' | 'en' } : {}),
      ...(password ? { password } : {}),
      workers,
      overwrite: !!opts.overwrite,
      stdout: process.stdout,
      stderr: process.stderr,
    });
    let failed: number;
    try {
      ({ failed } = await batch);
    } catch (e) {
      // Workers stopped by an interruption: the stopping path sweeps and exits.
      if (isInterrupted()) return;
      // A worker could not load the content: content errors name content files only, no personal data.
      if ((e as Error)?.name !== 'ContentError') throw e;
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(2);
    }
    if (!isInterrupted()) process.exitCode = failed ? 1 : 0;
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
