/** Runs the two Astro builds (public, internal) from one project with two configs. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type SiteName = 'public' | 'internal';
export const SITE_CONFIG: Record<SiteName, string> = { public: 'astro.config.mjs', internal: 'astro.internal.config.mjs' };

export async function buildSite(site: SiteName, outDir: string): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({
    root: ROOT,
    // Astro joins configFile onto root.
    configFile: SITE_CONFIG[site],
    outDir,
    logLevel: process.env.GDPR_DOCS_DEBUG ? 'info' : 'error',
    force: true,
    mode: 'production',
  });
}

/**
 * Astro writes generated modules to <root>/.astro/ (e.g. the list of MDX
 * entries of the content directory being built), so two builds of this
 * project must not run at once. This lock serialises them across processes.
 */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const { mkdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const lock = `${ROOT}node_modules/.gdpr-docs-astro-build.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(`${lock}/pid`, 'utf8'));
      } catch {
        /* being created or removed */
      }
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
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
