/**
 * Where and how PDFs are written: never into the public site output, and
 * atomically (temp file in the same folder, mode 0600, fsync, rename), so a
 * crash never leaves half a PDF or a stray temp file with personal data.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { link, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { SITE_MARKER } from '../shared/site-marker.ts';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

/** The PDF's file name: the request's reference. */
export const outputName = (reference: string) => `${reference}.pdf`;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE_OUTPUT = path.join(REPO_ROOT, 'dist');

/** The real path of the deepest existing ancestor, plus the part not yet created. */
function realish(p: string): string {
  let head = path.resolve(p);
  const tail: string[] = [];
  while (!existsSync(head)) {
    tail.unshift(path.basename(head));
    const up = path.dirname(head);
    if (up === head) break;
    head = up;
  }
  return path.join(realpathSync(head), ...tail);
}

const within = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);

/** True when `out` is the site output, inside it, or a folder containing it. */
export function isInsideSiteOutput(out: string, siteOutput = SITE_OUTPUT): boolean {
  const candidates = [path.resolve(out), realish(out)];
  const sites = [path.resolve(siteOutput), realish(siteOutput)];
  return candidates.some((c) => sites.some((s) => within(c, s) || within(s, c)));
}

/** True when `out` is a built site (any `build --out` folder), inside one, or holds one. */
export function holdsBuiltSite(out: string): boolean {
  const real = realish(out);
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, SITE_MARKER))) return true;
    if (path.dirname(dir) === dir) break;
  }
  try {
    return readdirSync(real, { withFileTypes: true }).some((d) => d.isDirectory() && existsSync(path.join(real, d.name, SITE_MARKER)));
  } catch {
    return false;
  }
}

export type OutDirProblem = { kind: 'not-a-folder' } | { kind: 'cannot-create' | 'not-writable'; code: string };

/**
 * Creates the output folder (mode 0700) one level at a time and proves it
 * writable with a probe file, so an unusable path fails at once with its
 * reason. (Node's recursive mkdir can spin forever under /proc.)
 */
export function prepareOutDir(out: string): OutDirProblem | null {
  const missing: string[] = [];
  let head = path.resolve(out);
  while (!existsSync(head)) {
    missing.unshift(head);
    const up = path.dirname(head);
    if (up === head) break;
    head = up;
  }
  try {
    if (!statSync(head).isDirectory()) return { kind: 'not-a-folder' };
  } catch (e) {
    return { kind: 'cannot-create', code: (e as NodeJS.ErrnoException).code ?? 'Error' };
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (e) {
      return { kind: 'cannot-create', code: (e as NodeJS.ErrnoException).code ?? 'Error' };
    }
  }
  const probe = path.join(out, `.gdpr-docs-probe-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
  } catch (e) {
    return { kind: 'not-writable', code: (e as NodeJS.ErrnoException).code ?? 'Error' };
  }
  return null;
}

const tempName = (name: string) => `.${name}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;
const TEMP = /^\..+\.(\d+)-\d+-[0-9a-f]{8}\.tmp$/;
/** Temp files this process wrote (any thread): `.<name>.<pid>-<thread>-<random>.tmp`. */
const isOurTemp = (file: string) => TEMP.exec(file)?.[1] === String(process.pid);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temp files of earlier runs that were killed outright (kill -9, power loss):
 * they hold personal data, so a new run removes every one whose process is gone.
 */
export function removeOrphanTempsSync(outDir: string): number {
  let names: string[] = [];
  try {
    names = readdirSync(outDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const n of names) {
    const pid = TEMP.exec(n)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) {
      try {
        unlinkSync(path.join(outDir, n));
        removed++;
      } catch {
        // Already gone.
      }
    }
  }
  return removed;
}

/** Removes temp files this process left in `outDir` (a worker that died mid-write). */
export async function removeStrayTemps(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  await Promise.all(names.filter(isOurTemp).map((n) => unlink(path.join(outDir, n)).catch(() => {})));
}

/** The same, synchronously: for exit and signal handlers, where nothing async runs. */
export function removeStrayTempsSync(outDir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(outDir);
  } catch {
    return;
  }
  for (const n of names.filter(isOurTemp)) {
    try {
      unlinkSync(path.join(outDir, n));
    } catch {
      // Already gone.
    }
  }
}

/**
 * The document's bytes as chunks (pdfkit emits one per PDF object); ends the
 * document. pdfkit writes every chunk through `push` of its Readable stream;
 * taking them there skips the stream machinery, a measurable share of a small PDF.
 */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    // The header was pushed by the constructor: take what the stream already holds first.
    const head = doc.read() as Uint8Array | null;
    const chunks: Uint8Array[] = head ? [head] : [];
    doc.push = (chunk: Uint8Array | null) => {
      if (chunk === null) resolve(chunks);
      else chunks.push(chunk);
      return true;
    };
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Writes a PDFKit document to a new temp file in `outDir` with mode 0600:
 * created exclusively, all bytes in one write (a letter is ~100 kB; pdfkit
 * already holds every page), fsync. Ends the document. Returns the temp path;
 * `commitTemp` gives it its final name. On failure nothing is left behind.
 */
export async function writePdfTemp(doc: PDFKit.PDFDocument, outDir: string, name: string): Promise<string> {
  const tmp = path.join(outDir, tempName(name));
  let handle: FileHandle | undefined;
  try {
    const chunks = await collect(doc);
    handle = await open(tmp, 'wx', 0o600);
    await handle.chmod(0o600); // the umask may only narrow the mode; make it exact
    await handle.writeFile(Buffer.concat(chunks));
    await handle.sync();
    await handle.close();
    return tmp;
  } catch (e) {
    await handle?.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

/**
 * Gives a finished temp file its name `<outDir>/<name>` atomically. An existing
 * file is replaced only with `replace`; otherwise it fails with EEXIST (a hard
 * link never overwrites). Removes the temp file on failure.
 */
export async function commitTemp(tmp: string, outDir: string, name: string, replace = true): Promise<string> {
  const final = path.join(outDir, name);
  try {
    if (replace) await rename(tmp, final);
    else {
      await link(tmp, final);
      await unlink(tmp);
    }
    return final;
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}
