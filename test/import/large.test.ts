/**
 * 10,000 rows import whole (its speed is measured by `npm run bench:import`,
 * never here); the dry run builds every entry and todo line but writes nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../generators/import/index.ts';
import { careRegister } from '../fixtures/import/care-register.ts';
import { tmpDir } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

describe('a register of 10,000 rows', () => {
  it(
    'is read whole: one activity per row, shared categories written once',
    async () => {
      const file = path.join(tmpDir('large'), 'register.xlsx');
      writeFileSync(file, await careRegister({ rowCount: 10_000 }));
      const report = await runImport({ file, content: path.join(tmpDir('large-out'), 'content'), lang: 'sv', today: '2026-12-01', dryRun: true });
      expect(report.rowsRead).toBe(10_002);
      const count = (kind: string) => report.written.filter((w) => w.kind === kind).length;
      expect(count('activities')).toBe(10_001);
      expect(count('data-categories')).toBe(22);
      expect(report.todos.every((t) => t.line > 1)).toBe(true);
    },
    TIMEOUT.long,
  );
});
