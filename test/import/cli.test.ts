import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careRegister } from '../fixtures/import/care-register.ts';
import { FIXTURES, tmpDir } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'generators/cli/import.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('npm run import', () => {
  it(
    'imports, prints the mapping, the counts and each todo as file:line; --dry-run writes nothing',
    async () => {
      const file = path.join(tmpDir('cli'), 'register.xlsx');
      writeFileSync(file, await careRegister());
      const dry = path.join(tmpDir('cli-dry'), 'content');
      const d = run([file, '--content', dry, '--dry-run', '--today', '2026-12-01']);
      expect(d.status).toBe(0);
      expect(existsSync(dry)).toBe(false);
      expect(d.stdout).toContain('Rader lästa: 48');
      const dir = path.join(tmpDir('cli-out'), 'content');
      const r = run([file, '--content', dir, '--today', '2026-12-01', '--lang', 'en']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Columns used:');
      expect(r.stdout).toMatch(/B\s+Behandling\s+→ activity/);
      expect(r.stdout).toContain('Rows read: 48');
      expect(r.stdout).toMatch(/Entries written to .*: 47 activities/);
      expect(r.stdout).toMatch(/^ {2}activities\/nyhetsbrev\.yaml:\d+ {2}The third-country transfer could not be read/m);
      expect(readdirSync(dir)).toEqual(expect.arrayContaining(['activities', 'organisation.yaml']));
    },
    TIMEOUT.short,
  );

  it('a bad file: exit 1, the message on stderr, nothing written', () => {
    const dir = path.join(tmpDir('cli-bad'), 'content');
    const r = run([path.join(FIXTURES, 'password-protected.xlsx'), '--content', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'password-protected.xlsx: Filen är lösenordsskyddad (krypterad) och kan inte läsas.\n' +
        '    → Öppna den i Excel, ta bort lösenordet (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm fältet) och spara igen.\n' +
        'Inget skrevs till innehållsmappen.\n',
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('no file given: usage error, exit 2', () => {
    const r = run(['--content', tmpDir('cli-usage')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ange en registerfil / give one register file');
  });
});
