/**
 * npm run test:busy [-- --runs N] [--burners N] [-- vitest args]
 *
 * Runs the test suite several times in a row while CPU-bound processes keep
 * cores busy beside it, as on a developer's machine doing other work. The
 * suite must pass every time: timeouts come from test/support/timeouts.ts and
 * no test asserts a duration. Prints each run's wall time; exits non-zero if
 * any run fails.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cac } from 'cac';

const cli = cac('test:busy');
cli.option('--runs <n>', 'Runs of the suite in a row', { default: 2 });
cli.option('--burners <n>', 'CPU-bound processes running beside it', { default: 1 });
cli.help();
const { options, args } = cli.parse();
if (options.help) process.exit(0);

const burners: ChildProcess[] = [];
const stopBurners = () => {
  for (const b of burners) b.kill('SIGKILL');
};
process.on('exit', stopBurners);
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    stopBurners();
    process.exit(130);
  });

for (let i = 0; i < Number(options.burners); i++) {
  // A busy loop: one core's worth of load that never yields.
  burners.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

const results: { run: number; seconds: number; ok: boolean }[] = [];
for (let run = 1; run <= Number(options.runs); run++) {
  const start = performance.now();
  console.log(`\n=== run ${run} of ${options.runs}, ${burners.length} CPU-bound process(es) beside it ===`);
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args.map(String)], { stdio: 'inherit' });
  results.push({ run, seconds: (performance.now() - start) / 1000, ok: r.status === 0 });
}
stopBurners();

console.log('\nrun | wall time | result');
for (const r of results) console.log(`${r.run} | ${r.seconds.toFixed(0)} s | ${r.ok ? 'passed' : 'FAILED'}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
