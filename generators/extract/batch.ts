/**
 * A run over many subject files, streamed: each file is handed to a render
 * worker only when it has room, so 10,000 requests never sit in memory at
 * once. Workers read, check, render and write each file to a temp file; this
 * thread only keeps counts, reports problems by file and place as they come,
 * and gives each temp file its final name, refusing a reference used by an
 * earlier file of the run. Output names positions, file names (masked) and
 * references.
 */
import path from 'node:path';
import { unlink } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { displayName, formatProblem, MESSAGES, type Problem } from './problems.ts';
import type { Job, JobResult } from './job.ts';
import { runPool, type PoolOptions } from './pool.ts';
import { commitTemp, outputName, removeStrayTemps } from './output.ts';
import { ReferenceClaims, type Claimant } from './claims.ts';

export interface BatchOptions {
  files: string[];
  contentDir: string;
  outDir: string;
  lang?: 'sv' | 'en';
  password?: string;
  workers: number;
  /** Worker heap limits (tests make them small to provoke a too-large request). */
  limits?: PoolOptions['limits'];
  /** Replace PDFs already in the output folder (else such a request fails). */
  overwrite?: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  cwd?: string;
}

interface Failure {
  position: number;
  file: string;
  reference?: string;
  problems: Problem[];
}

/** A file whose PDF is ready, claiming its reference's name. */
interface Holder extends Claimant {
  file: string;
  referenceAt: { line: number; column: number };
}

/** Above this many produced files the summary gives the count, not one line each. */
const LIST_PRODUCED_UP_TO = 50;

export async function runBatch(o: BatchOptions): Promise<{ produced: number; failed: number }> {
  const cwd = o.cwd ?? process.cwd();
  const failures: Failure[] = [];
  const producedLines = new Map<number, string>();
  const claims = new ReferenceClaims<Holder>();
  const files = new Map<number, string>();
  /** Names this run wrote: a later file of the run with the same reference may replace them. */
  const written = new Set<string>();

  const tty = 'isTTY' in o.stderr && o.stderr.isTTY === true;
  const bars =
    tty && o.files.length > 1
      ? new cliProgress.MultiBar({ stream: o.stderr as NodeJS.WriteStream, format: 'PDF {bar} {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : null;
  const bar = bars?.create(o.files.length, 0);
  // With a bar on screen, lines go above it; otherwise straight to stderr.
  const report = (line: string) => (bars ? bars.log(`${line}\n`) : o.stderr.write(`${line}\n`));
  const fail = (f: Failure, counted = false) => {
    failures.push(f);
    for (const p of f.problems) report(formatProblem(p));
    if (!counted) bar?.increment();
  };
  const duplicate = (h: Holder, of: Holder): Failure => ({
    position: h.position,
    file: h.file,
    reference: h.reference,
    problems: [{ file: h.file, ...h.referenceAt, path: 'request.reference', ...MESSAGES.duplicateReference(`#${of.position} ${of.file}`) }],
  });

  // Renames run one after another, so a later decision about a reference never overtakes an earlier one.
  let commits: Promise<void> = Promise.resolve();
  const queueCommit = (step: () => Promise<void>) => {
    commits = commits.then(step).catch(() => {});
  };

  /** A PDF is ready in a temp file: the first file of the run (by position) with its reference gets the name. */
  const accept = (r: Extract<JobResult, { ok: true }>) => {
    const me: Holder = { position: r.position, file: files.get(r.position)!, reference: r.reference, referenceAt: r.referenceAt };
    const outcome = claims.claim(me);
    if (outcome.kind === 'duplicate') {
      queueCommit(() => unlink(r.tmp));
      fail(duplicate(me, outcome.of));
      return;
    }
    if (outcome.kind === 'displaces') {
      const other = outcome.other;
      producedLines.delete(other.position);
      fail(duplicate(other, me), true);
      // Same name: the rename below replaces it. Names differing in case only: remove the other file.
      if (outputName(other.reference) !== outputName(me.reference)) queueCommit(() => unlink(path.join(o.outDir, outputName(other.reference))));
    }
    bar?.increment();
    queueCommit(async () => {
      try {
        const name = outputName(r.reference);
        const final = await commitTemp(r.tmp, o.outDir, name, !!o.overwrite || written.has(name));
        written.add(name);
        if (claims.holds(me)) producedLines.set(me.position, `  ok   #${me.position} ${me.reference} → ${path.basename(final)}`);
      } catch (e) {
        claims.release(me);
        const code = (e as NodeJS.ErrnoException)?.code ?? 'Error';
        const msg = code === 'EEXIST' ? MESSAGES.exists(outputName(me.reference)) : MESSAGES.write(code);
        fail({ position: me.position, file: me.file, reference: me.reference, problems: [{ file: me.file, ...me.referenceAt, path: code === 'EEXIST' ? 'request.reference' : '', ...msg }] }, true);
      }
    });
  };

  let index = 0;
  const nextJob = (): Job | undefined => {
    if (index >= o.files.length) return undefined;
    const abs = o.files[index++]!;
    const position = index;
    const file = displayName(path.relative(cwd, abs) || path.basename(abs));
    files.set(position, file);
    return { position, path: abs, display: file, ...(o.lang ? { lang: o.lang } : {}) };
  };

  const poolSize = Math.max(1, Math.min(o.workers, o.files.length));
  try {
    await runPool({
      size: poolSize,
      nextJob,
      ...(o.limits ? { limits: o.limits } : {}),
      data: { contentDir: o.contentDir, outDir: o.outDir, ...(o.password ? { password: o.password } : {}) },
      onResult: (r) => {
        const file = files.get(r.position)!;
        if (r.ok) accept(r);
        else if (r.stage === 'input') fail({ position: r.position, file, problems: r.problems });
        else if (r.stage === 'too-large') fail({ position: r.position, file, problems: [{ file, line: 1, column: 1, path: '', ...MESSAGES.tooLarge(r.bytes) }] });
        else {
          const msg = r.stage === 'write' ? MESSAGES.write(r.code) : MESSAGES.render();
          fail({ position: r.position, file, ...(r.reference ? { reference: r.reference } : {}), problems: [{ file, line: 1, column: 1, path: '', ...msg }] });
        }
        files.delete(r.position); // a holder keeps its own copy of the name
      },
    });
  } finally {
    await commits;
    bars?.stop();
    // A worker that died mid-write leaves its temp file behind: remove ours.
    await removeStrayTemps(o.outDir);
  }
  const produced = claims.size;

  failures.sort((a, b) => a.position - b.position);
  const lines = [`Registerutdrag: ${produced} skapade, ${failures.length} misslyckades / Register extracts: ${produced} produced, ${failures.length} failed`];
  if (produced <= LIST_PRODUCED_UP_TO) for (const [, line] of [...producedLines].sort((a, b) => a[0] - b[0])) lines.push(line);
  for (const x of failures) {
    const first = x.problems[0]!;
    const more = x.problems.length > 1 ? ` (+${x.problems.length - 1})` : '';
    const ref = x.reference ? `${x.reference} ` : '';
    lines.push(`  fel  #${x.position} ${ref}${x.file}:${first.line}:${first.column} ${first.sv} / ${first.en}${more}`);
  }
  o.stdout.write(`${lines.join('\n')}\n`);
  return { produced, failed: failures.length };
}
