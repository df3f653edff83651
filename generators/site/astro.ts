/** Runs the two Astro builds (public, internal) from one project with two configs. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type SiteName = 'public' | 'internal';
const CONFIG: Record<SiteName, string> = { public: 'astro.config.mjs', internal: 'astro.internal.config.mjs' };

export async function buildSite(site: SiteName, outDir: string): Promise<void> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({
    root: ROOT,
    // Astro joins configFile onto root.
    configFile: CONFIG[site],
    outDir,
    logLevel: process.env.GDPR_DOCS_DEBUG ? 'info' : 'error',
    force: true,
    mode: 'production',
  });
}
