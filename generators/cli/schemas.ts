/**
 * `npm run schemas`: writes schemas/<kind>.schema.json from the zod schemas.
 * `--check` only compares (for CI): exit 1 when the committed files differ.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cac } from 'cac';
import { generateSchemas } from '../json-schema.ts';
import { EXIT_FINDINGS, EXIT_OK } from './shared/exit-codes.ts';
import { UsageError } from './shared/usage-error.ts';
import { runMain } from './shared/run-main.ts';

export const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');

/** Files that differ from freshly generated ones (changed, missing or stale). */
export function staleSchemaFiles(dir = SCHEMAS_DIR): string[] {
  const fresh = generateSchemas();
  const names = new Set(fresh.map((f) => f.file));
  const stale = fresh.filter((f) => !existsSync(path.join(dir, f.file)) || readFileSync(path.join(dir, f.file), 'utf8') !== f.text).map((f) => f.file);
  const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.schema.json') && !names.has(f)) : [];
  return [...stale, ...extra].sort();
}

function main(argv: string[]): number {
  const cli = cac('schemas');
  cli
    .usage('[--out DIR] [--check]\n\n  Skriver JSON Schema för varje innehållstyp / writes a JSON Schema per content kind.')
    .option('--out <dir>', 'Målmapp / output directory (default: schemas/)')
    .option('--check', 'Jämför bara, skriv inget / only compare with the files on disk');
  cli.help();
  const { options: o, args } = cli.parse(['node', 'schemas', ...argv], { run: false });
  if (o.help) return EXIT_OK;
  if (args.length) throw new UsageError(`okänt argument / unexpected argument: ${args.join(' ')}`);
  cli.globalCommand.checkUnknownOptions();
  cli.globalCommand.checkOptionValue();
  const dir = o.out === undefined ? SCHEMAS_DIR : path.resolve(String(o.out));

  if (o.check) {
    const stale = staleSchemaFiles(dir);
    if (!stale.length) {
      process.stdout.write('Scheman är aktuella / schemas are up to date.\n');
      return EXIT_OK;
    }
    process.stdout.write(`Inaktuella scheman / stale schemas: ${stale.join(', ')}\nKör / run: npm run schemas\n`);
    return EXIT_FINDINGS;
  }

  mkdirSync(dir, { recursive: true });
  const files = generateSchemas();
  const names = new Set(files.map((f) => f.file));
  // Remove schemas of kinds that no longer exist, so the folder mirrors the model.
  for (const f of readdirSync(dir)) if (f.endsWith('.schema.json') && !names.has(f)) rmSync(path.join(dir, f));
  for (const f of files) writeFileSync(path.join(dir, f.file), f.text);
  process.stdout.write(`${files.length} scheman skrivna till / schemas written to ${path.relative(process.cwd(), dir) || '.'}\n`);
  return EXIT_OK;
}

if (import.meta.main) await runMain(() => main(process.argv.slice(2)));
