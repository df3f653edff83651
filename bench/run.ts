/**
 * npm run bench [-- --quick] [--runs N] [--results FILE]
 * Measures check, build and extract at several scales against baselines
 * measured in the same run, and writes bench/results.md. See docs/benchmarks.md.
 */
import { cac } from 'cac';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContent, SCALES } from './generate-content.ts';
import { generateRequests } from './generate-requests.ts';
import { writeBareAstro } from './baselines.ts';
import { measureInterleaved, measureNode, type Measurement } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench/.work');
const TODAY = '2026-11-23';

interface Row {
  scenario: string;
  m: Measurement;
  unit?: string;
  /** Items per run, for throughput rows (PDFs per second). */
  items?: number;
  baseline?: string;
  ratio?: number;
  note?: string;
}

const cli = cac('bench');
cli.option('--quick', 'Smoke mode: tiny sizes, one run, no large scenarios');
cli.option('--runs <n>', 'Runs per scenario (default 5)');
cli.option('--results <file>', 'Where to write the report (default bench/results.md; --quick: bench/.work/results-quick.md)');
cli.help();
const { options } = cli.parse();
if (options.help) process.exit(0);

const quick = Boolean(options.quick);
const runs = Number(options.runs ?? (quick ? 1 : 5));
const resultsFile = path.resolve(options.results ?? (quick ? path.join(WORK, 'results-quick.md') : path.join(ROOT, 'bench/results.md')));
mkdirSync(WORK, { recursive: true });

const node = (script: string) => path.join(ROOT, script);
const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);
const countHtml = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).length;

// --- content scenarios -------------------------------------------------------
const contents: Record<string, string> = { small: path.join(ROOT, 'content') };
if (!quick) {
  for (const name of ['medium', 'large'] as const) {
    contents[name] = path.join(WORK, `content-${name}`);
    generateContent(contents[name]!, SCALES[name]);
  }
}

for (const [name, dir] of Object.entries(contents)) {
  log(`check ${name} …`);
  rows.push({ scenario: `check ${name}`, m: measureNode([node('generators/cli/check.ts'), '--content', dir, '--today', TODAY, '--format', 'json'], { runs }) });
}

const buildScales = quick ? ['small'] : Object.keys(contents);
/** Seconds per build phase, from each scale's warm-up build. */
const phases: Record<string, Record<string, number>> = {};
for (const name of buildScales) {
  const out = path.join(WORK, `dist-${name}`);
  const buildArgs = [node('generators/cli/build.ts'), '--content', contents[name]!, '--out', out, '--today', TODAY];
  // One untimed build first: it warms the caches alike for every timed run and gives the page count.
  log(`build ${name}: warm-up …`);
  rmSync(out, { recursive: true, force: true });
  const timingsFile = path.join(WORK, `timings-${name}.json`);
  measureNode([...buildArgs, '--timings', timingsFile], { runs: 1 });
  phases[name] = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  const pages = countHtml(out);
  // Baseline: a bare Astro site with the same number of plain pages, measured taking turns with ours.
  const bare = path.join(WORK, `bare-astro-${name}`);
  writeBareAstro(bare, pages);
  log(`build ${name} and bare Astro (${pages} pages), taking turns …`);
  const [m, b] = measureInterleaved(
    [
      { args: buildArgs, before: () => rmSync(out, { recursive: true, force: true }) },
      { args: [node('node_modules/astro/bin/astro.mjs'), 'build', '--root', bare, '--silent'], before: () => rmSync(path.join(bare, 'dist'), { recursive: true, force: true }) },
    ],
    name === 'large' ? Math.min(runs, 3) : runs,
  ) as [Measurement, Measurement];
  const perPage = (x: Measurement): Measurement => ({ ...x, median: x.median / pages, min: x.min / pages, max: x.max / pages });
  rows.push({ scenario: `build ${name} (${pages} pages)`, m });
  rows.push({ scenario: `build ${name}: per page`, m: perPage(m), unit: 's/page', baseline: `bare Astro ${name}`, ratio: m.median / b.median });
  rows.push({ scenario: `baseline: bare Astro ${name} (${pages} pages)`, m: b });
  rows.push({ scenario: `baseline: bare Astro ${name}: per page`, m: perPage(b), unit: 's/page' });
}

// --- extracts -------------------------------------------------------------------
const batches = quick ? [10] : [1000, 10000];
for (const count of batches) {
  const input = path.join(WORK, `requests-${count}`);
  generateRequests(input, count);
  const baseOut = path.join(WORK, `pdfkit-${count}`);
  // 10,000 is about memory: measured once, with 2 workers.
  const workerCounts = count > 1000 && !quick ? [2] : [1, 2];
  const outFor = (workers: number) => path.join(WORK, `extracts-${count}-${workers}`);
  log(`extract ${count}: raw pdfkit baseline and ${workerCounts.join(' and ')} worker(s), taking turns …`);
  const [base, ...measured] = measureInterleaved(
    [
      { args: [node('bench/pdfkit-baseline.ts'), String(count), baseOut], before: () => rmSync(baseOut, { recursive: true, force: true }) },
      ...workerCounts.map((workers) => ({
        args: [node('generators/cli/extract.ts'), input, '--out', outFor(workers), '--workers', String(workers), '--content', path.join(ROOT, 'content')],
        before: () => rmSync(outFor(workers), { recursive: true, force: true }),
      })),
    ],
    count > 1000 ? 1 : runs,
  );
  rows.push({ scenario: `baseline: raw pdfkit ${count}`, m: base!, items: count });
  workerCounts.forEach((workers, k) => {
    const out = outFor(workers);
    const produced = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')).length : 0;
    if (produced !== count) throw new Error(`extract produced ${produced} of ${count} PDFs`);
    const m = measured[k]!;
    rows.push({
      scenario: `extract ${count}, ${workers} worker${workers > 1 ? 's' : ''}`,
      m,
      items: count,
      baseline: `raw pdfkit ${count} (1 process)`,
      ratio: count / m.median / (count / base!.median),
    });
    rmSync(out, { recursive: true, force: true });
  });
  rmSync(baseOut, { recursive: true, force: true });
}

// --- report ---------------------------------------------------------------------
const fmt = (n: number, unit = 's') => (unit === 's/page' ? `${(n * 1000).toFixed(1)} ms/page` : `${n.toFixed(2)} s`);
const mb = (b: number) => (b ? `${Math.round(b / 1024 / 1024)} MB` : '—');
const lines = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 1024 ** 3)} GiB memory, Node ${process.version}. Runs per scenario: ${runs} (large build and the 10,000 batch: fewer, see each row).`,
  '',
  '| scenario | median | min – max | throughput | peak memory | ratio to baseline |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => {
    const tp = r.items ? `${(r.items / r.m.median).toFixed(1)} PDFs/s` : '';
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× ${r.baseline}`;
    return `| ${r.scenario} | ${fmt(r.m.median, r.unit)} | ${fmt(r.m.min, r.unit)} – ${fmt(r.m.max, r.unit)} | ${tp} | ${mb(r.m.peakRss)} | ${ratio} |`;
  }),
  '',
];
// Where a build's time goes: one (warm-up) build per scale, so indicative only.
const scalesWithPhases = Object.keys(phases);
if (scalesWithPhases.length) {
  const order = ['load and rules', 'Astro public', 'Astro internal', 'documents (in parallel with Astro)', 'waiting for documents', 'search indexes', 'total'];
  const rank = (p: string) => (order.includes(p) ? order.indexOf(p) : order.length);
  const phaseNames = [...new Set(scalesWithPhases.flatMap((n) => Object.keys(phases[n]!)))].sort((a, b) => rank(a) - rank(b));
  lines.push(
    '## Where a build\'s time goes',
    '',
    'Seconds per phase of the untimed warm-up build of each scale (`npm run build -- --timings FILE`); one run, so indicative. The documents (register, policy and notice PDFs, XLSX) are written in a worker thread while Astro renders, so their time overlaps the Astro phases; "waiting for documents" is what they add after Astro is done.',
    '',
    `| phase | ${scalesWithPhases.join(' | ')} |`,
    `| --- | ${scalesWithPhases.map(() => '---').join(' | ')} |`,
    ...phaseNames.map((p) => `| ${p} | ${scalesWithPhases.map((n) => (phases[n]![p] === undefined ? '—' : `${phases[n]![p]!.toFixed(2)} s`)).join(' | ')} |`),
    '',
  );
}
// Targets of issue 7: goals for the code, judged here on the figures just measured.
const find = (name: string) => rows.find((r) => r.scenario === name || r.scenario.startsWith(`${name} (`));
const targets: [string, string, boolean | undefined][] = [];
const checkLarge = find('check large')?.m.median;
targets.push(['check of the large organisation under 1.5 s', checkLarge === undefined ? 'not measured' : fmt(checkLarge), checkLarge === undefined ? undefined : checkLarge < 1.5]);
for (const name of buildScales) {
  const r = find(`build ${name}: per page`);
  if (r?.ratio !== undefined) targets.push([`build cost per page (${name}) at most 1.5× bare Astro`, `${r.ratio.toFixed(2)}×`, r.ratio <= 1.5]);
}
const extractOne = rows.find((r) => r.scenario === 'extract 1000, 1 worker');
targets.push(['extracts at least 0.8× raw pdfkit throughput (1 worker)', extractOne?.ratio === undefined ? 'not measured' : `${extractOne.ratio.toFixed(2)}×`, extractOne?.ratio === undefined ? undefined : extractOne.ratio >= 0.8]);
const one = rows.find((r) => r.scenario === 'extract 1000, 1 worker')?.m.median;
const two = rows.find((r) => r.scenario === 'extract 1000, 2 workers')?.m.median;
targets.push(['2 workers at least 1.7× one', one && two ? `${(one / two).toFixed(2)}×` : 'not measured', one && two ? one / two >= 1.7 : undefined]);
const tenK = rows.find((r) => r.scenario === 'extract 10000, 2 workers')?.m.peakRss;
targets.push(['10,000 extracts with peak memory under 400 MB', tenK ? mb(tenK) : 'not measured', tenK ? tenK < 400 * 1024 * 1024 : undefined]);
const medium = find('build medium')?.m.median, large = find('build large')?.m.median;
targets.push(['large vs medium at most 12× the time for 10× the activities', medium && large ? `${(large / medium).toFixed(1)}×` : 'not measured', medium && large ? large / medium <= 12 : undefined]);
lines.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
for (const [what, value, met] of targets) lines.push(`| ${what} | ${value} | ${met === undefined ? '—' : met ? 'yes' : '**no**'} |`);
lines.push('');
const notes = path.join(ROOT, 'bench/notes.md');
if (!quick && existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trim(), '');
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, lines.join('\n'));
log(`Resultat / results: ${path.relative(ROOT, resultsFile)}`);
