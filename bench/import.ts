/**
 * `npm run bench:import`: imports a 10,000-row register (the care-provider
 * fixture repeated) into a fresh folder and prints the seconds per run and the
 * median. Target: under 10 s. Timed here, never in a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../generators/import/index.ts';
import { careRegister } from '../test/fixtures/import/care-register.ts';

const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 10_000);
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const work = mkdtempSync(path.join(os.tmpdir(), 'gdpr-bench-import-'));
const file = path.join(work, 'register.xlsx');
writeFileSync(file, await careRegister({ rowCount: rows }));
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const content = path.join(work, `content-${i}`);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const report = await runImport({ file, content, lang: 'sv', today: '2026-12-01' });
  const s = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  times.push(s);
  // CPU seconds too: on a shared, loaded machine the wall clock also counts other processes' turns.
  console.log(
    `run ${i + 1}: ${s.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (${report.rowsRead} rows, ${report.written.length} files, ${report.todos.length} todo notes)`,
  );
  rmSync(content, { recursive: true, force: true });
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
console.log(`import of ${rows.toLocaleString('en-GB')} rows: median ${median.toFixed(2)} s of ${runs} runs (target < 10 s) — ${median < 10 ? 'met' : 'MISSED'}`);
rmSync(work, { recursive: true, force: true });
