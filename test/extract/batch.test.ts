import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBatch } from '../../generators/extract/batch.ts';
import { removeStrayTemps } from '../../generators/extract/output.ts';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures/extract');
const CONTENT = path.join(FIX, 'content');
const SENTINELS = ['19450312-7385', '4503127385', '19450312-7386', 'Testa Testsson', 'Provgatan'];

/** A stream that claims to be a terminal, so the progress bar is drawn into it. */
class FakeTty extends Writable {
  isTTY = true;
  columns = 100;
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
  cursorTo(_x: number, _y?: number, cb?: () => void) {
    cb?.();
    return true;
  }
  moveCursor(_dx: number, _dy: number, cb?: () => void) {
    cb?.();
    return true;
  }
  clearLine(_dir: number, cb?: () => void) {
    cb?.();
    return true;
  }
  clearScreenDown(cb?: () => void) {
    cb?.();
    return true;
  }
  getWindowSize() {
    return [100, 40];
  }
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

const files = [...readdirSync(path.join(FIX, 'requests')).map((f) => path.join(FIX, 'requests', f)), ...readdirSync(path.join(FIX, 'bad')).map((f) => path.join(FIX, 'bad', f))].sort();

describe('extract batch on a terminal (progress bar)', () => {
  it(
    'draws the bar, reports problems above it, and never shows personal data',
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'extract-tty-'));
      const stderr = new FakeTty();
      const stdout = new Sink();
      const r = await runBatch({ files, contentDir: CONTENT, outDir: out, workers: 2, stdout, stderr });
      expect(r).toEqual({ produced: 2, failed: 7 });
      expect(stderr.text).toMatch(/PDF .*\d+\/9/);
      expect(stderr.text).toMatch(/check digit/);
      for (const s of SENTINELS) {
        expect(stderr.text).not.toContain(s);
        expect(stdout.text).not.toContain(s);
      }
      expect(readdirSync(out).sort()).toEqual(['REF-2026-0001.pdf', 'REF-2026-0002.pdf']);
    },
    TIMEOUT.unit,
  );
});

describe('extract temp files', () => {
  it('removes only this process’s leftover temp files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-tmp-'));
    writeFileSync(path.join(dir, `.A.pdf.${process.pid}-1-abcd1234.tmp`), 'x');
    writeFileSync(path.join(dir, `.B.pdf.${process.pid + 1}0-1-abcd1234.tmp`), 'x');
    writeFileSync(path.join(dir, 'C.pdf'), 'x');
    await removeStrayTemps(dir);
    expect(readdirSync(dir).sort()).toEqual([`.B.pdf.${process.pid + 1}0-1-abcd1234.tmp`, 'C.pdf']);
  });

  it(
    'leaves no temp file when the CLI is killed mid-batch',
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'extract-kill-'));
      const cli = path.resolve(import.meta.dirname, '../../generators/cli/extract.ts');
      const node = path.resolve(import.meta.dirname, '../../node_modules/.bin/node');
      const child = spawn(node, [cli, path.join(FIX, 'requests'), '--out', out, '--content', CONTENT], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // Killed once the batch is writing (a temp file or the first PDF is there), not at a fixed time: on a fast
      // machine a fixed delay lands in start-up, on a slow one after the end. test/extract/signals.test.ts aims at
      // the other moments.
      const writing = () => readdirSync(out).some((f) => f.endsWith('.tmp') || f.endsWith('.pdf'));
      for (let waited = 0; !writing() && child.exitCode === null && waited < wait(60); waited += 5) await sleep(5);
      child.kill('SIGTERM');
      // 0: the batch ended before the signal arrived.
      expect([0, 143]).toContain(await exited);
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
    TIMEOUT.short,
  );
});
