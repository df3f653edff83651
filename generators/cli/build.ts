/**
 * `npm run build`: validate content and run the rules (refusing to build on
 * errors), then build the public notice (dist/public) and the internal
 * handbook (dist/internal) with their search indexes, register exports and
 * policy PDFs. Everything is written to a temporary directory that replaces
 * the output directory only when every step has succeeded.
 */
import { cac } from 'cac';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent, resolveContentDir } from '../../src/model/load.ts';
import { sortDiagnostics, hasErrors, type Diagnostic } from '../../src/model/diagnostics.ts';
import { runRules } from '../../src/rules/index.ts';
import { isCalendarReminder } from '../../src/rules/governance/reminders.ts';
import { todayLine } from './shared/today-line.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { formatText } from './shared/format-diagnostics.ts';
import { colorFor } from './shared/color.ts';
import { isoDate, swedishToday, UsageError, parseOptions } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';
import { buildSite, withBuildLock } from '../site/astro.ts';
import { indexSite, closePagefind, stopPagefind } from '../site/pagefind.ts';
import { type DocumentsJob, writeGeneratedFilesInWorker } from '../site/generated-worker.ts';
import { PRELOADED } from '../../src/site-data/model.ts';
import { SITE_MARKER, SITE_MARKER_TEXT } from '../shared/site-marker.ts';
import { removeOnSignal, removeStaleBuildTemps } from '../site/build-temp.ts';
import { filesWithPersonnummer } from '../site/scan-output.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Only the public site: a folder that can be uploaded as it is (no handbook, no register). */
  publicOnly?: boolean;
  today: string;
  /** Governance reminders (adoption or reviews due) and unacknowledged warnings stop the build too. */
  strict?: boolean;
  log?: (line: string) => void;
  /** Receives the seconds each phase took (the documents overlap the Astro builds). */
  onTimings?: (seconds: Record<string, number>) => void;
}

/** Builds everything; returns the diagnostics and whether output was written. */
export async function buildAll(options: BuildOptions): Promise<{ ok: boolean; diagnostics: Diagnostic[] }> {
  const log = options.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (phase: string, since: number) => (timings[phase] = Math.round(performance.now() - since) / 1000);
  const { model, diagnostics: loadDiagnostics } = loadContent(options.contentDir, { cache: true });
  const findings = model ? runRules(model, { today: options.today }) : [];
  // Calendar reminders (board adoption overdue, reviews due) do not make the public notice wrong:
  // they are printed as warnings and shown in the handbook, and block only with --strict.
  const diagnostics = sortDiagnostics([...loadDiagnostics, ...findings]).map((d) => (isCalendarReminder(d) && !options.strict && d.severity === 'error' ? { ...d, severity: 'warning' as const } : d));
  const blocked = hasErrors(diagnostics) || (!!options.strict && diagnostics.some((d) => d.severity === 'warning' && !d.acknowledged));
  if (!model || blocked) return { ok: false, diagnostics };
  lap('load and rules', t0);

  const out = path.resolve(options.outDir);
  removeStaleBuildTemps(out);
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let documents: DocumentsJob | undefined;
  // The documents worker and Pagefind's process write into tmp too: both stop before it is removed.
  const stopWriters = () => Promise.all([documents?.stop(), stopPagefind()]);
  const stopOnSignal = removeOnSignal([tmp, `${tmp}-old`], stopWriters);
  const previousContent = process.env.CONTENT_DIR;
  const previousToday = process.env.BUILD_TODAY;
  process.env.CONTENT_DIR = path.resolve(options.contentDir);
  process.env.BUILD_TODAY = options.today;
  // Pages get the model loaded above instead of loading it again per site.
  (globalThis as Record<symbol, unknown>)[PRELOADED] = { dir: process.env.CONTENT_DIR, model, diagnostics: loadDiagnostics };
  // The public search index is written by Pagefind's own process while the handbook is built
  // here (it reads only the public pages' HTML, which the documents below do not add to).
  let publicIndex: Promise<number> | undefined;
  try {
    // PDFs and spreadsheets are written in a worker thread while Astro renders the pages,
    // into a staging folder merged in afterwards (Astro empties its output folder first).
    const staging = path.join(tmp, '.generated');
    const tParallel = performance.now();
    documents = writeGeneratedFilesInWorker(path.resolve(options.contentDir), staging);
    const generated = documents.done.then(() => lap('documents (in parallel with Astro)', tParallel));
    generated.catch(() => {}); // awaited below; avoid an unhandled rejection while Astro runs
    await withBuildLock(async () => {
      log('Bygger den publika webbplatsen / building the public site …');
      const tPublic = performance.now();
      await buildSite('public', path.join(tmp, 'public'));
      lap('Astro public', tPublic);
      const tPublicIndex = performance.now();
      publicIndex = indexSite(path.join(tmp, 'public')).then((pages) => (lap('public search index (in parallel)', tPublicIndex), pages));
      publicIndex.catch(() => {}); // awaited below
      if (options.publicOnly) return;
      log('Bygger den interna handboken / building the internal handbook …');
      const tInternal = performance.now();
      await buildSite('internal', path.join(tmp, 'internal'));
      lap('Astro internal', tInternal);
    });
    const tWait = performance.now();
    await generated;
    lap('waiting for documents', tWait);
    const tSearch = performance.now();
    const pub = await publicIndex!;
    const sites = options.publicOnly ? ['public'] : ['public', 'internal'];
    for (const site of sites) cpSync(path.join(staging, site), path.join(tmp, site), { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    const int = options.publicOnly ? 0 : await indexSite(path.join(tmp, 'internal'));
    lap('search indexes', tSearch);
    log(`Sökindex / search index: ${pub} + ${int} sidor / pages`);
    // Nothing that reads as a personnummer is published, whatever assembled it.
    const withNumbers = filesWithPersonnummer(path.join(tmp, 'public'));
    if (withNumbers.length) {
      throw Object.assign(
        new Error(`Den publika webbplatsen skulle innehålla något som ser ut som ett personnummer / the public site would contain what looks like a personnummer: ${withNumbers.join(', ')}`),
        { name: 'ContentError' },
      );
    }
    // Marks the folder as a built site, so `extract --out` never writes personal data into it.
    writeFileSync(path.join(tmp, SITE_MARKER), SITE_MARKER_TEXT);
    // Swap in the finished output: a failed build never leaves a half-written directory.
    const old = `${tmp}-old`;
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
    rmSync(old, { recursive: true, force: true });
    lap('total', t0);
    options.onTimings?.(timings);
    return { ok: true, diagnostics };
  } catch (e) {
    await stopWriters(); // neither may write into the folder after it is removed
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    stopOnSignal();
    delete (globalThis as Record<symbol, unknown>)[PRELOADED];
    await closePagefind();
    restore('CONTENT_DIR', previousContent);
    restore('BUILD_TODAY', previousToday);
  }
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function main(argv: string[]): Promise<number> {
  const cli = cac('build');
  cli
    .usage(
      '[--content DIR] [--out DIR] [--today YYYY-MM-DD] [--strict] [--public-only]\n\n  Bygger den publika integritetspolicyn och den interna handboken / builds the public notice and the internal handbook.',
    )
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)')
    .option('--out <dir>', 'Utmapp / output directory', { default: 'dist' })
    .option('--today <date>', 'Dagens datum för reglerna / date the rules use (default: today)')
    .option('--strict', 'Påminnelser (fastställelse, granskning) och varningar stoppar bygget / reminders and warnings stop the build')
    .option('--public-only', 'Bara den publika webbplatsen, färdig att ladda upp / only the public site, ready to upload (docs/deploy.md)')
    .option('--timings <file>', 'Skriv tid per steg som JSON / write seconds per phase as JSON (npm run bench)');
  const options = parseOptions(cli, 'build', argv);
  if (!options) return EXIT_OK;
  const o = options;
  if (o.content === true || o.content === '') throw new UsageError('--content: ange en mapp / give a directory');
  const today = isoDate('today', o.today, swedishToday);
  const contentDir = resolveContentDir(o.content === undefined ? undefined : String(o.content));
  if (o.timings === true || o.timings === '') throw new UsageError('--timings: ange en fil / give a file');
  const timingsFile = o.timings === undefined ? undefined : String(o.timings);
  process.stdout.write(todayLine(today, o.today !== undefined));
  const { ok, diagnostics } = await buildAll({
    contentDir,
    outDir: String(o.out),
    today,
    strict: !!o.strict,
    publicOnly: !!o.publicOnly,
    ...(timingsFile ? { onTimings: (t: Record<string, number>) => writeFileSync(timingsFile, `${JSON.stringify(t, null, 2)}\n`) } : {}),
  });
  if (!ok) {
    const shown = o.strict ? diagnostics.filter((d) => !d.acknowledged) : diagnostics;
    process.stderr.write(formatText(shown, { lang: 'sv', color: colorFor(process.stderr) }));
    process.stderr.write(
      `Bygget avbröts: rätta ${o.strict ? 'felen och varningarna' : 'felen'} ovan / build refused: fix the ${o.strict ? 'errors and warnings' : 'errors'} above. Inget skrevs / nothing was written.\n`,
    );
    return EXIT_FINDINGS;
  }
  // Governance reminders are printed in full: the DPO should not have to run check to see them.
  const reminders = diagnostics.filter((d) => isCalendarReminder(d) && !d.acknowledged);
  if (reminders.length) process.stdout.write(formatText(reminders, { lang: 'sv', color: colorFor(process.stdout) }));
  const warnings = diagnostics.filter((d) => d.severity === 'warning' && !d.acknowledged && !isCalendarReminder(d)).length;
  if (warnings) process.stdout.write(`${warnings} andra varningar / other warnings (npm run check visar dem / shows them)\n`);
  process.stdout.write(`Klart / done: ${path.resolve(String(o.out))}\n`);
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
