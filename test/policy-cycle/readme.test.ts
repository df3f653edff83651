/** The README's policy-cycle commands work, as written, on a copy of the shipped example. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleCopy, ROOT } from '../example/helpers.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const TODAY = '2026-12-01';

function readmeCycle(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The yearly policy cycle'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

describe('README: the yearly policy cycle', () => {
  it('lists review, draft, build, adopt, build and changelog, and each policy command succeeds on the example', { timeout: TIMEOUT.build }, () => {
    const lines = readmeCycle();
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['policy:reviewed', 'policy:draft', 'build', 'policy:adopt', 'build', 'policy:changelog']);
    const { dir, cleanup } = exampleCopy();
    try {
      const outputs: string[] = [];
      for (const line of lines) {
        if (line === 'npm run build') continue; // built in full-cycle.test.ts
        const dated = line.replaceAll('$(date +%F)', TODAY);
        const today = /policy:(reviewed|draft|adopt)/.test(line) ? ` --today ${TODAY}` : '';
        // `sh -c` runs the line as a shell would (quotes included), with the copy and the fixed date appended.
        outputs.push(
          execFileSync('sh', ['-c', `${dated} --content '${dir}'${today}`], {
            cwd: ROOT,
            encoding: 'utf8',
            env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
          }),
        );
      }
      const model = loadModelOrThrow(dir);
      expect(model.activities.every((a) => a.lastReviewed === TODAY)).toBe(true);
      expect(model.byId['policy-versions'].get('2027-1')).toMatchObject({ adoptedByBoard: TODAY, minutes: 'Styrelseprotokoll § 5', reason: 'Årlig översyn' });
      expect(outputs.at(-1)).toContain('# Ändringar från 2026.1 till 2027.1');
    } finally {
      cleanup();
    }
  });
});
