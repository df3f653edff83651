/**
 * Where and how PDFs are written: never into the public site output, and
 * atomically (temp file in the same folder, mode 0600, fsync, rename), so a
 * crash never leaves half a PDF or a stray temp file with personal data.
 */
import { createWriteStream, existsSync, realpathSync } from 'node:fs';
import { chmod, mkdir, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

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

export async function ensureOutDir(out: string): Promise<void> {
  await mkdir(out, { recursive: true, mode: 0o700 });
}

/** Streams a PDFKit document to `<outDir>/<name>` atomically with mode 0600; ends the document. */
export async function writePdfAtomic(doc: PDFKit.PDFDocument, outDir: string, name: string): Promise<string> {
  const final = path.join(outDir, name);
  const tmp = path.join(outDir, `.${name}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const stream = createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true });
    const done = pipeline(doc, stream);
    doc.end();
    await done;
    await chmod(tmp, 0o600); // the umask may only narrow the mode; make it exact
    await rename(tmp, final);
    return final;
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}
