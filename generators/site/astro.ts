/** Runs the two Astro builds (public, internal) from one project with two configs. */
import { fileURLToPath } from 'node:url';
import { withLock } from '../shared/lock.ts';

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
export function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  return withLock(`${ROOT}node_modules/.gdpr-docs-astro-build.lock`, fn);
}
