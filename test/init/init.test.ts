import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { runInit, runInitInProcess, runInitInPty, tmpDir } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const TODAY = '2026-12-01';
const FLAGS = [
  '--yes',
  '--today',
  TODAY,
  '--name',
  'Omsorg i Norr AB',
  '--orgnr',
  '556677-8899',
  '--email',
  'info@omsorg.example',
  '--street',
  'Storgatan 1',
  '--postal-code',
  '901 10',
  '--city',
  'Umeå',
];
const read = (dir: string, file: string) => parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, any>;

describe('init by flags', () => {
  it('writes a content folder that checks with no errors, every todo a warning at the line init printed', async () => {
    const dir = path.join(tmpDir('flags'), 'content');
    const r = await runInitInProcess([
      '--content',
      dir,
      ...FLAGS,
      '--services',
      'personlig-assistans,halso-och-sjukvard',
      '--dpo-name',
      'Dataskyddsombudet',
      '--dpo-email',
      'dso@omsorg.example',
      '--languages',
      'sv,en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Skrev \d+ filer till .*Alla poster är utkast \(draft: true\)\./);
    const org = read(dir, 'organisation.yaml');
    expect(org).toMatchObject({ parent: 'omsorg-i-norr', dpo: 'dataskyddsombud', locales: ['sv', 'en'], draft: true });
    expect(read(dir, 'entities/omsorg-i-norr.yaml')).toMatchObject({ legalName: 'Omsorg i Norr AB', organisationsnummer: '556677-8899', services: ['personlig-assistans', 'halso-och-sjukvard'] });
    expect(readdirSync(path.join(dir, 'activities')).sort()).toEqual(['documentation-personal-assistance.yaml', 'patient-records.yaml', 'recruitment.yaml', 'staff-and-payroll.yaml', 'website.yaml']);
    expect(readdirSync(path.join(dir, 'subjects')).sort()).toEqual(['clients.yaml', 'employees.yaml', 'job-applicants.yaml', 'patients.yaml', 'relatives.yaml', 'website-visitors.yaml']);
    expect(readdirSync(path.join(dir, 'laws')).sort()).toEqual([
      'bokforingslagen.yaml',
      'dataskyddslagen.yaml',
      'diskrimineringslagen.yaml',
      'hsl.yaml',
      'lss.yaml',
      'patientdatalagen.yaml',
      'skatteforfarandelagen.yaml',
    ]);
    expect(read(dir, 'activities/patient-records.yaml').retention[0]).toMatchObject({ duration: 'P10Y', law: { law: 'patientdatalagen', section: '3 kap. 17 §' } });
    for (const f of readdirSync(path.join(dir, 'activities'))) expect(read(dir, `activities/${f}`).draft).toBe(true);

    const diagnostics = collectDiagnostics(dir, TODAY);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const printed = [...r.stdout.matchAll(/^ {2}(\S+\.yaml):(\d+) {2}(.+)$/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
    const todos = diagnostics.filter((d) => d.rule === 'hygiene/todo-notes' && d.path.startsWith('todo[')).map((d) => `${d.file}:${d.line} ${d.message.sv.replace(/^Att göra: /, '')}`);
    expect(printed.length).toBeGreaterThan(10);
    expect(todos.sort()).toEqual(printed.sort());
  });

  it('single company without DPO: a todo asks about Art. 37, and no care activities without care services', async () => {
    const dir = path.join(tmpDir('nodpo'), 'content');
    const r = await runInitInProcess(['--content', dir, ...FLAGS, '--dpo', 'no', '--services', 'none', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Every entry is a draft (draft: true).');
    expect(read(dir, 'organisation.yaml').dpo).toBeUndefined();
    expect(read(dir, 'organisation.yaml').todo.map((t: any) => t.question)).toEqual(expect.arrayContaining([expect.stringContaining('Art. 37(1)(c)')]));
    expect(readdirSync(path.join(dir, 'activities')).sort()).toEqual(['recruitment.yaml', 'staff-and-payroll.yaml', 'website.yaml']);
    expect(collectDiagnostics(dir, TODAY).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a group: the companies are controllers of the care activities, the parent of the website', async () => {
    const dir = path.join(tmpDir('group'), 'content');
    const r = await runInitInProcess(['--content', dir, ...FLAGS, '--companies', 'Norr Assistans AB:556000-0001;Norr Hemtjänst AB:5560000019', '--services', 'personlig-assistans,hemtjanst']);
    expect(r.stderr).toBe('');
    expect(readdirSync(path.join(dir, 'entities')).sort()).toEqual(['norr-assistans.yaml', 'norr-hemtjanst.yaml', 'omsorg-i-norr.yaml']);
    expect(read(dir, 'entities/norr-hemtjanst.yaml').organisationsnummer).toBe('556000-0019');
    expect(read(dir, 'activities/documentation-home-care.yaml').controllers).toEqual(['norr-assistans', 'norr-hemtjanst']);
    expect(read(dir, 'activities/staff-and-payroll.yaml').controllers).toEqual(['omsorg-i-norr', 'norr-assistans', 'norr-hemtjanst']);
    expect(read(dir, 'activities/website.yaml').controllers).toEqual(['omsorg-i-norr']);
    expect(collectDiagnostics(dir, TODAY).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses a folder that is not empty, and with --force writes its files and keeps the others', async () => {
    const dir = path.join(tmpDir('force'), 'content');
    mkdirSync(path.join(dir, 'handbook'), { recursive: true });
    writeFileSync(path.join(dir, 'handbook', '01-egen.mdx'), '# Egen text\n');
    writeFileSync(path.join(dir, 'organisation.yaml'), 'name: Gammal\n');
    const refused = await runInitInProcess(['--content', dir, ...FLAGS]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('mappen finns redan och är inte tom; init skriver bara i en ny eller tom mapp.');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'organisation.yaml'), 'utf8')).toBe('name: Gammal\n');
    const forced = await runInitInProcess(['--content', dir, ...FLAGS, '--force']);
    expect(forced.status).toBe(0);
    expect(read(dir, 'organisation.yaml').parent).toBe('omsorg-i-norr');
    expect(readFileSync(path.join(dir, 'handbook', '01-egen.mdx'), 'utf8')).toBe('# Egen text\n');
  });

  it.each([
    [['--orgnr', '556677-8898'], '--orgnr: "556677-8898": Kontrollsiffran stämmer inte; kontrollera numret.'],
    [['--orgnr', '551677-8899'], 'Den tredje siffran i ett organisationsnummer är 2 eller högre.'],
    [['--services', 'tandvard'], '--services: tandvard; tillåtna: personlig-assistans, hemtjanst, boende, halso-och-sjukvard, other'],
    [['--legal-form', 'kommanditbolag'], '--legal-form: tillåtna: aktiebolag'],
    [['--email', 'info'], '--email: Skriv en e-postadress'],
    [['--companies', 'Norr AB'], '--companies: «Norr AB»: skriv bolaget som Namn:NNNNNN-NNNN.'],
    [['--dpo', 'yes'], '--dpo yes kräver --dpo-name och --dpo-email'],
    [['--languages', 'en'], '--languages: sv | sv,en'],
  ])('a bad flag %j is a usage error naming it', async (extra, message) => {
    const dir = path.join(tmpDir('bad'), 'content');
    const r = await runInitInProcess(['--content', dir, ...FLAGS.filter((f, i, all) => !extra.includes(f) && !extra.includes(all[i - 1]!)), ...extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(() => readdirSync(dir)).toThrow(/ENOENT/);
  });

  // The real process (the other flag tests call main in-process): its exit code and message, no stack trace.
  it('without a terminal, a missing name or organisationsnummer is named', () => {
    const r = runInit(['--content', path.join(tmpDir('missing'), 'c'), '--yes']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toContain('saknas utan terminal: --name, --orgnr');
  });
});

describe('init in a terminal (pseudo-terminal via script)', () => {
  it(
    'asks in Swedish, re-asks a wrong organisationsnummer, and writes what was answered',
    async () => {
      const dir = path.join(tmpDir('pty'), 'content');
      const { code, screen } = await runInitInPty(
        ['--content', dir, '--today', TODAY],
        [
          { waitFor: 'Organisationens namn', keys: 'Omsorg i Norr AB\r' },
          { waitFor: 'Juridisk form', keys: '\x1b[B\x1b[B\r' }, // the third choice: ideell förening
          { waitFor: 'Organisationsnummer', keys: '556677-8898\r' },
          { waitFor: 'Kontrollsiffran stämmer inte', keys: '\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f5566778899\r' },
          { waitFor: 'Är ni en koncern', keys: 'n\r' },
          { waitFor: 'E-postadress för frågor', keys: 'info@omsorg.example\r' },
          { waitFor: 'Gatu- eller postadress', keys: 'Storgatan 1\r' },
          { waitFor: 'Postnummer', keys: '901 10\r' },
          { waitFor: 'Ort', keys: 'Umeå\r' },
          { waitFor: 'Har ni ett dataskyddsombud', keys: '\r' },
          { waitFor: 'Dataskyddsombudets namn', keys: 'Dataskyddsombudet\r' },
          { waitFor: 'Dataskyddsombudets e-postadress', keys: 'dso@omsorg.example\r' },
          { waitFor: 'Vilka tjänster ger ni', keys: ' \x1b[B \r' }, // personlig assistans and hemtjänst
          { waitFor: 'På vilka språk', keys: '\x1b[B\r' }, // Swedish and English
        ],
      );
      expect(code, screen).toBe(0);
      expect(screen).toContain('Skrev');
      const org = read(dir, 'organisation.yaml');
      expect(org).toMatchObject({ parent: 'omsorg-i-norr', dpo: 'dataskyddsombud', locales: ['sv', 'en'] });
      expect(read(dir, 'entities/omsorg-i-norr.yaml')).toMatchObject({
        organisationsnummer: '556677-8899',
        email: 'info@omsorg.example',
        services: ['personlig-assistans', 'hemtjanst'],
        addresses: [{ street: 'Storgatan 1', postalCode: '901 10', city: 'Umeå' }],
      });
      expect(readdirSync(path.join(dir, 'activities')).sort()).toEqual([
        'documentation-home-care.yaml',
        'documentation-personal-assistance.yaml',
        'recruitment.yaml',
        'staff-and-payroll.yaml',
        'website.yaml',
      ]);
      expect(collectDiagnostics(dir, TODAY).filter((d) => d.severity === 'error')).toEqual([]);
    },
    TIMEOUT.build,
  );

  it(
    'asks in English with --lang en; flags given are not asked again',
    async () => {
      const dir = path.join(tmpDir('pty-en'), 'content');
      const { code, screen } = await runInitInPty(
        ['--content', dir, '--today', TODAY, '--lang', 'en', '--name', 'North Care AB', '--orgnr', '556677-8899', '--single', '--dpo', 'no', '--languages', 'sv'],
        [
          { waitFor: 'Legal form', keys: '\r' },
          { waitFor: 'E-mail address for questions', keys: '\r' },
          { waitFor: 'Street or postal address', keys: '\r' },
          { waitFor: 'Which services do you provide', keys: '\r' },
        ],
      );
      expect(code, screen).toBe(0);
      expect(screen).not.toContain("organisation's name");
      expect(screen).toContain('Wrote');
      const entity = read(dir, 'entities/north-care.yaml');
      expect(entity.todo.map((t: any) => t.question)).toEqual(expect.arrayContaining(["Give the company's e-mail address for questions about personal data."]));
      expect(collectDiagnostics(dir, TODAY).filter((d) => d.severity === 'error')).toEqual([]);
    },
    TIMEOUT.build,
  );
});
