/**
 * `npm run typecheck`: generates Astro's types (`astro:content`, which a fresh
 * clone lacks) and then runs tsc. The sync writes to .astro/ like a build, so
 * it takes the same cross-process lock as the site builds.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, withBuildLock } from '../site/astro.ts';
import { runMain } from './shared/run-main.ts';

async function main(): Promise<number> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { sync } = await import('astro');
  await withBuildLock(() => sync({ root: ROOT, configFile: 'astro.config.mjs', logLevel: 'error' }));
  const tsc = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  return tsc.status ?? 1;
}

if (import.meta.main) await runMain(main);
