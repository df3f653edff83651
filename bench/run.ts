/**
 * npm run bench [-- --quick] [--runs N] [--results FILE]
 * Measures check, build and extract at several scales against baselines
 * measured in the same run, and writes bench/results.md. See docs/benchmarks.md.
 */
import { cac } from 'cac';
import { cpus, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContent, SCALES } from './generate-content.ts';
import { generateRequests } from './generate-requests.ts';
import { writeBareAstro } from './baselines.ts';
import { measureInterleaved, measureNode, median, type Measurement } from './measure.ts';

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
cli.option('--quick', 'Smoke mode: the tiny test site, one run, no warm-up, no large scenarios');
cli.option('--runs <n>', 'Runs per scenario (default 5)');
cli.option('--only <groups>', 'Only these scenario groups, comma-separated: check, build, dev, extract (default: all)');
cli.option('--batches <list>', 'Extract batch sizes, comma-separated (default 1000,10000)');
cli.option('--extract-runs <n>', 'Runs of the 1,000 extract batch (default: --runs)');
cli.option('--results <file>', 'Where to write the report (default bench/results.md; --quick: bench/.work/results-quick.md)');
cli.help();
const { options } = cli.parse();
if (options.help) process.exit(0);

const quick = Boolean(options.quick);
const runs = Number(options.runs ?? (quick ? 1 : 5));
const resultsFile = path.resolve(options.results ?? (quick ? path.join(WORK, 'results-quick.md') : path.join(ROOT, 'bench/results.md')));
mkdirSync(WORK, { recursive: true });
const GROUPS = ['check', 'build', 'dev', 'extract'] as const;
const only =
  options.only === undefined
    ? [...GROUPS]
    : String(options.only)
        .split(',')
        .map((g) => g.trim());
for (const g of only) if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`--only: unknown group "${g}"; known: ${GROUPS.join(', ')}`);
const runs_ = (g: (typeof GROUPS)[number]) => only.includes(g);

const node = (script: string) => path.join(ROOT, script);
const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);
const countHtml = (dir: string): number => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).length;

// --- content scenarios -------------------------------------------------------
// Smoke mode measures the smallest site that builds every page kind (the test fixture), so the harness is exercised, not the machine.
// A copy of it: the check and dev scenarios edit a file between runs, and the tests running beside the smoke
// test build the fixture itself (a changed file there means another build, or one of the edited content).
const contents: Record<string, string> = quick ? { tiny: path.join(WORK, 'content-tiny') } : { small: path.join(ROOT, 'content') };
if (quick) {
  rmSync(contents.tiny!, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'test/fixtures/site/content'), contents.tiny!, { recursive: true });
}
if (!quick) {
  for (const name of ['medium', 'large'] as const) {
    contents[name] = path.join(WORK, `content-${name}`);
    generateContent(contents[name]!, SCALES[name]);
  }
}

// `npm run check` as the DPO runs it (the npm script keeps Node's compile cache), taking turns with
// its floor: Node start-up plus parsing every YAML file with positions and nothing else.
const COMPILE_CACHE = ['--import', node('generators/cli/shared/compile-cache.mjs')];
for (const [name, dir] of runs_('check') ? Object.entries(contents) : []) {
  log(`check ${name}: cold, after editing one file, and the floor, taking turns …`);
  const cacheDir = path.join(WORK, `parse-cache-${name}`);
  // As the npm script runs it: a larger young generation (fewer scavenges while the model is built) and the compile cache.
  const checkArgs = ['--max-semi-space-size=16', ...COMPILE_CACHE, node('generators/cli/check.ts'), '--content', dir, '--today', TODAY, '--format', 'json'];
  // The file the DPO edits between two checks: one activity (or the organisation), a comment line changed.
  const activities = path.join(dir, 'activities');
  const edited = existsSync(activities) ? path.join(activities, readdirSync(activities).sort()[0]!) : path.join(dir, 'organisation.yaml');
  const original = readFileSync(edited, 'utf8');
  let edits = 0;
  const env = { GDPR_DOCS_CACHE_DIR: cacheDir };
  try {
    const [floor, cold, edit] = measureInterleaved(
      [
        { args: [node('bench/yaml-floor.mjs'), dir] },
        { args: checkArgs, env, before: () => rmSync(cacheDir, { recursive: true, force: true }) },
        { args: checkArgs, env, before: () => writeFileSync(edited, `${original}# redigerad ${++edits}\n`) },
      ],
      runs,
    ) as [Measurement, Measurement, Measurement];
    rows.push({ scenario: `check ${name}`, m: cold, baseline: `floor ${name}`, ratio: cold.median / floor.median });
    rows.push({ scenario: `check ${name}, after editing one file`, m: edit, baseline: `floor ${name}`, ratio: edit.median / floor.median });
    rows.push({ scenario: `baseline: floor ${name} (Node start-up + YAML parsing)`, m: floor });
  } finally {
    writeFileSync(edited, original);
  }
}

const buildScales = !runs_('build') ? [] : Object.keys(contents);
/** Seconds per build phase, from each scale's warm-up build. */
const phases: Record<string, Record<string, number>> = {};
for (const name of buildScales) {
  const out = path.join(WORK, `dist-${name}`);
  // As `npm run build` runs it: with Node's compile cache (bare Astro's own bin enables it too).
  const buildArgs = [...COMPILE_CACHE, node('generators/cli/build.ts'), '--content', contents[name]!, '--out', out, '--today', TODAY];
  const timingsFile = path.join(WORK, `timings-${name}.json`);
  const bare = path.join(WORK, `bare-astro-${name}`);
  const bareBuild = { args: [node('node_modules/astro/bin/astro.mjs'), 'build', '--root', bare, '--silent'], before: () => rmSync(path.join(bare, 'dist'), { recursive: true, force: true }) };
  let m: Measurement;
  let b: Measurement;
  let pages: number;
  if (quick) {
    // Smoke mode: one build, timed and with its phases, then the baseline once.
    log(`build ${name} …`);
    m = measureNode([...buildArgs, '--timings', timingsFile], { runs: 1, before: () => rmSync(out, { recursive: true, force: true }) });
    pages = countHtml(out);
    writeBareAstro(bare, pages);
    log(`bare Astro (${pages} pages) …`);
    b = measureNode(bareBuild.args, { runs: 1, before: bareBuild.before });
  } else {
    // One untimed build first: it warms the caches alike for every timed run and gives the page count.
    log(`build ${name}: warm-up …`);
    rmSync(out, { recursive: true, force: true });
    measureNode([...buildArgs, '--timings', timingsFile], { runs: 1 });
    pages = countHtml(out);
    // Baseline: a bare Astro site with the same number of plain pages, measured taking turns with ours.
    writeBareAstro(bare, pages);
    log(`build ${name} and bare Astro (${pages} pages), taking turns …`);
    [m, b] = measureInterleaved([{ args: buildArgs, before: () => rmSync(out, { recursive: true, force: true }) }, bareBuild], name === 'large' ? Math.min(runs, 3) : runs) as [
      Measurement,
      Measurement,
    ];
  }
  phases[name] = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  const perPage = (x: Measurement): Measurement => ({ ...x, median: x.median / pages, min: x.min / pages, max: x.max / pages });
  rows.push({ scenario: `build ${name} (${pages} pages)`, m });
  rows.push({ scenario: `build ${name}: per page`, m: perPage(m), unit: 's/page', baseline: `bare Astro ${name}`, ratio: m.median / b.median });
  rows.push({ scenario: `baseline: bare Astro ${name} (${pages} pages)`, m: b });
  rows.push({ scenario: `baseline: bare Astro ${name}: per page`, m: perPage(b), unit: 's/page' });
}

// --- the dev server's reload after an edit -------------------------------------------
const devScale = quick ? 'tiny' : 'large';
if (runs_('dev')) {
  log(`dev server ${devScale}: reload after an edit …`);
  const r = spawnSync(process.execPath, [node('bench/dev-reload.ts'), contents[devScale]!, String(quick ? 1 : Math.max(runs, 5))], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`dev reload failed (${r.status}):\n${(r.stderr || r.stdout).slice(-2000)}`);
  const { seconds, peakRss } = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { seconds: number[]; peakRss: number };
  rows.push({ scenario: `dev server ${devScale}: page shows an edit`, m: { median: median(seconds), min: Math.min(...seconds), max: Math.max(...seconds), peakRss, runs: seconds.length } });
}

// --- extracts -------------------------------------------------------------------
const batches = !runs_('extract') ? [] : quick ? [10] : options.batches === undefined ? [1000, 10000] : String(options.batches).split(',').map(Number);
const extractRuns = Number(options.extractRuns ?? runs);
for (const count of batches) {
  const input = path.join(WORK, `requests-${count}`);
  generateRequests(input, count);
  // The floors: one raw-pdfkit process, and two at once each writing half (the two-core limit).
  const baseOut = path.join(WORK, `pdfkit-${count}`);
  const pairOut = path.join(WORK, `pdfkit-pair-${count}`);
  // 10,000 is about memory: measured once, with 2 workers, against the pair.
  const big = count > 1000 && !quick;
  const workerCounts = big ? [2] : [1, 2];
  const outFor = (workers: number) => path.join(WORK, `extracts-${count}-${workers}`);
  log(`extract ${count}: raw pdfkit (${big ? 'two processes' : 'one and two processes'}) and ${workerCounts.join(' and ')} worker(s), taking turns …`);
  const baselines = [
    ...(big ? [] : [{ args: [node('bench/pdfkit-baseline.ts'), String(count), baseOut], before: () => rmSync(baseOut, { recursive: true, force: true }) }]),
    { args: [node('bench/pdfkit-pair.ts'), String(count), pairOut], before: () => rmSync(pairOut, { recursive: true, force: true }) },
  ];
  const measured = measureInterleaved(
    [
      ...baselines,
      ...workerCounts.map((workers) => ({
        args: [...COMPILE_CACHE, node('generators/cli/extract.ts'), input, '--out', outFor(workers), '--workers', String(workers), '--content', path.join(ROOT, 'content')],
        before: () => rmSync(outFor(workers), { recursive: true, force: true }),
      })),
    ],
    big ? 1 : extractRuns,
  );
  const single = big ? undefined : measured.shift();
  const pair = measured.shift()!;
  if (single) rows.push({ scenario: `baseline: raw pdfkit ${count}, 1 process`, m: single, items: count });
  rows.push({ scenario: `baseline: raw pdfkit ${count}, 2 processes at once`, m: pair, items: count, note: 'peak memory of the parent only' });
  workerCounts.forEach((workers, k) => {
    const out = outFor(workers);
    const produced = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')).length : 0;
    if (produced !== count) throw new Error(`extract produced ${produced} of ${count} PDFs`);
    const m = measured[k]!;
    const floor = workers === 1 ? single! : pair;
    rows.push({
      scenario: `extract ${count}, ${workers} worker${workers > 1 ? 's' : ''}`,
      m,
      items: count,
      baseline: `raw pdfkit ${count} (${workers === 1 ? '1 process' : '2 processes'})`,
      ratio: floor.median / m.median,
    });
    rmSync(out, { recursive: true, force: true });
  });
  rmSync(baseOut, { recursive: true, force: true });
  rmSync(pairOut, { recursive: true, force: true });
}

// --- report ---------------------------------------------------------------------
const fmt = (n: number, unit = 's') => (unit === 's/page' ? `${(n * 1000).toFixed(1)} ms/page` : `${n.toFixed(2)} s`);
const mb = (b: number) => (b ? `${Math.round(b / 1024 / 1024)} MB` : '—');
const lines = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 1024 ** 3)} GiB memory, Node ${process.version}. Runs per scenario: ${runs}${extractRuns !== runs ? `, extracts: ${extractRuns}` : ''} (large build and the 10,000 batch: fewer, see each row).${only.length < GROUPS.length ? ` Scenarios run: ${only.join(', ')} (\`--only\`); the others were not measured in this run.` : ''}`,
  '',
  '| scenario | median | min – max | throughput | peak memory | ratio to baseline |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => {
    const tp = r.items ? `${(r.items / r.m.median).toFixed(1)} PDFs/s` : '';
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× ${r.baseline}`;
    return `| ${r.scenario}${r.note ? ` (${r.note})` : ''} | ${fmt(r.m.median, r.unit)} | ${fmt(r.m.min, r.unit)} – ${fmt(r.m.max, r.unit)} | ${tp} | ${mb(r.m.peakRss)} | ${ratio} |`;
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
    "## Where a build's time goes",
    '',
    `Seconds per phase of the ${quick ? 'one' : 'untimed warm-up'} build of each scale (\`npm run build -- --timings FILE\`); one run, so indicative. The documents (register, policy and notice PDFs, XLSX) are written in a worker thread while Astro renders, so their time overlaps the Astro phases; "waiting for documents" is what they add after Astro is done.`,
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
const checkScale = quick ? 'tiny' : 'large';
const checkCold = rows.find((r) => r.scenario === `check ${checkScale}`);
const checkEdit = rows.find((r) => r.scenario === `check ${checkScale}, after editing one file`);
const withFloor = (r: Row | undefined) => (r ? `${fmt(r.m.median)} (${r.ratio!.toFixed(2)}× the floor, ${fmt(r.m.median / r.ratio!)})` : 'not measured');
targets.push([`check of the ${checkScale} organisation under 1.5 s (ratio to Node start-up + YAML parsing)`, withFloor(checkCold), checkCold ? checkCold.m.median < 1.5 : undefined]);
targets.push([`check of the ${checkScale} organisation after editing one file under 1.0 s`, withFloor(checkEdit), checkEdit ? checkEdit.m.median < 1.0 : undefined]);
const reload = rows.find((r) => r.scenario === `dev server ${devScale}: page shows an edit`)?.m.median;
targets.push([`dev server (${devScale}): page shows an edit within 2 s`, reload === undefined ? 'not measured' : fmt(reload), reload === undefined ? undefined : reload < 2]);
for (const name of buildScales) {
  const r = find(`build ${name}: per page`);
  if (r?.ratio !== undefined) targets.push([`build cost per page (${name}) at most 1.5× bare Astro`, `${r.ratio.toFixed(2)}×`, r.ratio <= 1.5]);
}
const firstBatch = batches[0] ?? 0;
const extractOne = rows.find((r) => r.scenario === `extract ${firstBatch}, 1 worker`);
targets.push([
  'extracts at least 0.8× raw pdfkit throughput (1 worker vs 1 process)',
  extractOne?.ratio === undefined ? 'not measured' : `${extractOne.ratio.toFixed(2)}×`,
  extractOne?.ratio === undefined ? undefined : extractOne.ratio >= 0.8,
]);
const extractTwo = rows.find((r) => r.scenario === `extract ${firstBatch}, 2 workers`);
targets.push([
  '2 workers at least 0.9× two raw pdfkit processes at once',
  extractTwo?.ratio === undefined ? 'not measured' : `${extractTwo.ratio.toFixed(2)}×`,
  extractTwo?.ratio === undefined ? undefined : extractTwo.ratio >= 0.9,
]);
const tenK = rows.find((r) => r.scenario === 'extract 10000, 2 workers')?.m.peakRss;
targets.push(['10,000 extracts with peak memory under 400 MB', tenK ? mb(tenK) : 'not measured', tenK ? tenK < 400 * 1024 * 1024 : undefined]);
const medium = find('build medium')?.m.median,
  large = find('build large')?.m.median;
targets.push(['large vs medium at most 12× the time for 10× the activities', medium && large ? `${(large / medium).toFixed(1)}×` : 'not measured', medium && large ? large / medium <= 12 : undefined]);
lines.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
for (const [what, value, met] of targets) lines.push(`| ${what} | ${value} | ${met === undefined ? '—' : met ? 'yes' : '**no**'} |`);
lines.push('');
const notes = path.join(ROOT, 'bench/notes.md');
if (!quick && existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trim(), '');
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, lines.join('\n'));
log(`Resultat / results: ${path.relative(ROOT, resultsFile)}`);
