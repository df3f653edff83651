/**
 * `npm run dev [-- --site public|internal] [--port N] [--host H] [--content DIR]`:
 * previews one site with Astro's dev server; an edit of a content file shows
 * on the page, and content with errors shows a page naming each file, line
 * and fix. The public notice listens on 4321 and the handbook on 4322 by
 * default, so a DPO can run one of each in two terminals.
 */
import { cac } from 'cac';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../../src/model/content-dir.ts';
import { ROOT, SITE_CONFIG, type SiteName } from '../site/astro.ts';
import { EXIT_OK } from './shared/exit-codes.ts';
import { oneOf, parseOptions, UsageError } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';

const SITES = ['public', 'internal'] as const satisfies readonly SiteName[];
const DEFAULT_PORT: Record<SiteName, number> = { public: 4321, internal: 4322 };

async function main(argv: string[]): Promise<number> {
  const cli = cac('dev');
  cli
    .usage('[--site public|internal] [--port N] [--host H] [--content DIR]\n\n  Förhandsvisar en webbplats; ändringar i innehållet syns direkt / previews one site; content edits show at once.')
    .option('--site <site>', 'public (integritetspolicyn / the notice) eller / or internal (handboken / the handbook)', { default: 'public' })
    .option('--port <port>', 'Port (default: public 4321, internal 4322)')
    .option('--host <host>', 'Adress att lyssna på / address to listen on', { default: 'localhost' })
    .option('--content <dir>', 'Innehållsmapp / content directory (default: $CONTENT_DIR or ./content)');
  const o = parseOptions(cli, 'dev', argv);
  if (!o) return EXIT_OK;
  const site = oneOf('site', o.site, SITES, 'public');
  const port = o.port === undefined ? DEFAULT_PORT[site] : Number(o.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port: "${String(o.port)}" är inget portnummer / is not a port number`);
  if (o.content === true || o.content === '') throw new UsageError('--content: ange en mapp / give a directory');
  process.env.CONTENT_DIR = resolveContentDir(o.content === undefined ? undefined : String(o.content));
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // The dev data store lives in <root>/.astro/ for either site: never start from the other site's.
  rmSync(path.join(ROOT, '.astro/data-store.json'), { force: true });
  const { dev } = await import('astro');
  const server = await dev({ root: ROOT, configFile: SITE_CONFIG[site], server: { port, host: String(o.host) } });
  const stop = () => void server.stop().then(() => process.exit(EXIT_OK));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
