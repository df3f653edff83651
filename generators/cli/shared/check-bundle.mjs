/**
 * `npm run check` runs this launcher (issue 19: the DPO's edit loop). It runs
 * the check command from one bundled module instead of ~400 (zod, yaml, the
 * rules): Node loads and compiles one file, about 0.25 s of CPU less per check.
 * The bundle is built on demand with esbuild and kept in
 * node_modules/.cache/gdpr-docs/check/, named by a key of the sources it was
 * built from (path, size and mtime of every file under src/ and generators/,
 * the installed packages' lock, this file), so a code change builds a new one
 * and a stale bundle is never run. Whenever building or loading the bundle
 * fails, the TypeScript is run directly: slower, never an error for the user.
 * Plain JavaScript for the same reason as compile-cache.mjs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What the bundle exports: the command, its wrapper, and (for the tests) the code version of the validated-data cache. */
const ENTRY = ["export { main } from './generators/cli/check.ts';", "export { runMain } from './generators/cli/shared/run-main.ts';", "export { codeVersion } from './src/model/parse-cache.ts';"].join(
  '\n',
);

/**
 * A key of every input of the bundle, from file metadata only (no file is
 * read: a few milliseconds for the ~600 files). The root is part of it because
 * the bundle holds absolute file URLs (see `keepOwnUrl`).
 */
export function sourceKey(root, dirs = ['src', 'generators'], extra = ['node_modules/.package-lock.json', 'package.json', fileURLToPath(import.meta.url)]) {
  const hash = createHash('sha256').update(`${root}\0`);
  for (const dir of dirs) {
    const files = readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const f of files) stamp(hash, f);
  }
  for (const f of extra) stamp(hash, path.resolve(root, f));
  return hash.digest('hex').slice(0, 32);
}

function stamp(hash, file) {
  let s;
  try {
    s = statSync(file, { bigint: true });
  } catch {
    hash.update(`${file}\0-\n`);
    return;
  }
  hash.update(`${file}\0${s.size}\0${s.mtimeNs}\n`);
}

/**
 * esbuild plugin: each module's `import.meta.url` becomes the URL of its own
 * source file, so what the code finds next to itself (the parse cache and the
 * code version of src/model/, a package's native binding) is what the
 * unbundled code finds, and both share the validated-data cache.
 */
const keepOwnUrl = {
  name: 'keep-own-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader };
    });
  },
};

/**
 * The path of an up-to-date bundle of `entry` (source text, resolved from
 * `root`), building it if needed; undefined when it cannot be built.
 */
export async function ensureBundle({ root = ROOT, entry = ENTRY, dirs, extra, outDir } = {}) {
  try {
    const dir = outDir ?? process.env.GDPR_DOCS_CHECK_BUNDLE_DIR ?? path.join(root, 'node_modules/.cache/gdpr-docs/check');
    const file = path.join(dir, `check-${sourceKey(root, dirs, extra)}.mjs`);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not built yet for these sources.
    }
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      stdin: { contents: entry, resolveDir: root, sourcefile: 'check-entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      write: false,
      logLevel: 'silent',
      plugins: [keepOwnUrl],
      // CommonJS packages inside an ES module bundle still need `require` for Node's built-ins.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
    });
    mkdirSync(dir, { recursive: true });
    // Bundles of older sources go; another check's temp file being written is left alone.
    for (const old of readdirSync(dir)) if (old.startsWith('check-') && old.endsWith('.mjs')) rmSync(path.join(dir, old), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, result.outputFiles[0].contents);
    renameSync(tmp, file);
    return file;
  } catch {
    return undefined;
  }
}

/** The check command's module: the bundle, or the TypeScript when there is none. */
export async function loadCheck() {
  const bundle = await ensureBundle();
  if (bundle) {
    try {
      return await import(pathToFileURL(bundle).href);
    } catch {
      // A bundle that does not load (e.g. cut short on disk): run the sources.
    }
  }
  const [{ main }, { runMain }] = await Promise.all([import('../check.ts'), import('./run-main.ts')]);
  return { main, runMain };
}

if (import.meta.main) {
  const { main, runMain } = await loadCheck();
  await runMain(() => main(process.argv.slice(2)));
}
