/**
 * The benchmark harness in smoke mode (`npm run bench -- --quick`): the tiny test
 * site (test/fixtures/site/content), one run each, no warm-up, 10 extracts, so the
 * harness cannot rot. It asserts the report's shape, never timings.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE, listFiles } from '../site/built.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Every file of the test site with its size and time: the key of the build the other tests share (test/site/built.ts). */
const fixtureState = () =>
  listFiles(FIXTURE).map((f) => {
    const st = statSync(path.join(FIXTURE, f));
    return `${f} ${st.size} ${st.mtimeMs}`;
  });

describe('npm run bench -- --quick', () => {
  it(
    'measures every scenario against its baseline and writes a report',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gdpr-bench-'));
      const fixture = fixtureState();
      try {
        const results = path.join(dir, 'results.md');
        const r = spawnSync(process.execPath, ['bench/run.ts', '--quick', '--results', results], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT.long });
        expect(r.status, r.stderr).toBe(0);
        // The scenarios that edit a file between runs edit a copy: the tests building the fixture beside this one never see an edit.
        expect(fixtureState()).toEqual(fixture);
        const report = readFileSync(results, 'utf8');
        for (const row of [
          '| check tiny |',
          '| check tiny, after editing one file |',
          '| baseline: floor tiny (Node start-up + YAML parsing) |',
          '| dev server tiny: page shows an edit |',
          '| build tiny (',
          '| build tiny: per page |',
          '| baseline: bare Astro tiny (',
          '| baseline: raw pdfkit 10, 1 process |',
          '| baseline: raw pdfkit 10, 2 processes at once (peak memory of the parent only) |',
          '| extract 10, 1 worker |',
          '| extract 10, 2 workers |',
        ]) {
          expect(report).toContain(row);
        }
        expect(report).toMatch(/Machine: \d+ cores/);
        expect(report).toMatch(/× bare Astro tiny/);
        expect(report).toMatch(/× floor tiny/);
        expect(report).toMatch(/× raw pdfkit 10 \(2 processes\)/);
        expect(report).toMatch(/PDFs\/s/);
        // The build's phases, from its --timings file.
        expect(report).toContain("## Where a build's time goes");
        for (const phase of ['load and rules', 'Astro public', 'Astro internal', 'documents (in parallel with Astro)', 'search indexes', 'total']) {
          expect(report).toMatch(new RegExp(`\\| ${phase.replace(/[()]/g, '\\$&')} \\| \\d+\\.\\d\\d s \\|`));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIMEOUT.slowest,
  );
});
