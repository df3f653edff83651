import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { wait } from '../support/timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/extract');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const CLI = path.join(ROOT, 'generators/cli/extract.ts');
const CONTENT = path.join(FIX, 'content');
// The sentinel personnummer of ref-a.yaml (valid) and its bad-check-digit twin in bad/.
const SENTINELS = ['19450312-7385', '450312-7385', '194503127385', '4503127385', '19450312-7386', '4503127386'];

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function pdfText(file: string) {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { text } = await extractText(pdf, { mergePages: true });
  return (text as string).replace(/\s+/g, ' ');
}

describe('extract CLI: a batch with good and bad files', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'extract-'));
  let res: ReturnType<typeof run>;
  beforeAll(() => {
    res = run([path.join(FIX, 'requests'), path.join(FIX, 'bad'), '--out', out, '--content', CONTENT]);
  });

  it('exits 1 but still produces every valid PDF, named by reference, mode 0600, no temp files', () => {
    expect(res.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['REF-2026-0001.pdf', 'REF-2026-0002.pdf']);
    for (const f of readdirSync(out)) expect(statSync(path.join(out, f)).mode & 0o777).toBe(0o600);
  });

  it('never prints the personnummer, on stdout or stderr', () => {
    for (const s of SENTINELS) {
      expect(res.stdout).not.toContain(s);
      expect(res.stderr).not.toContain(s);
    }
    expect(res.stdout + res.stderr).not.toContain('Testa Testsson');
  });

  it.each([
    ['bad-checkdigit.yaml', /bad-checkdigit\.yaml:3:17 \[person\.personnummer\] .*check digit/],
    ['bad-unknown-subject.yaml', /bad-unknown-subject\.yaml:19:12 \[subjects\.0\] .*Did you mean "clients"/],
    ['bad-missing-field.yaml', /bad-missing-field\.yaml:9:3 \[request\.channel\] .*missing/],
    ['bad-date.yaml', /bad-date\.yaml:10:13 \[request\.received\] .*impossible date/],
    ['bad-unknown-entity.yaml', /bad-unknown-entity\.yaml:18:9 \[entity\] .*Unknown id in content\/entities\//],
    ['bad-yaml.yaml', /bad-yaml\.yaml:\d+:\d+ .*not valid YAML/],
    ['zz-duplicate.yaml', /zz-duplicate\.yaml:9:14 \[request\.reference\] .*already used by #1/],
  ])('reports %s with file and place', (_name, pattern) => {
    expect(res.stderr).toMatch(pattern);
  });

  it('summarises produced and failed without personal data', () => {
    expect(res.stdout).toMatch(/2 produced, 7 failed/);
    expect(res.stdout).toMatch(/ok +#1 REF-2026-0001 → REF-2026-0001\.pdf/);
  });

  it('puts every Art. 15(1)(a)–(h) element and the data values in the Swedish PDF', async () => {
    const text = await pdfText(path.join(out, 'REF-2026-0001.pdf'));
    for (const expected of [
      'Registerutdrag',
      'Test Omsorg AB',
      'Org.nr 559123-4579',
      'REF-2026-0001',
      '20 mars 2026',
      'Dokumentera insatserna enligt lag.', // (a) purposes
      'Rättslig förpliktelse',
      '21 a § lagen (1993:387) om stöd och service till vissa funktionshindrade (LSS)', // legal basis with law, cited in full (src/format/law.ts)
      'Hälsouppgifter',
      'Personnummer', // (b) categories
      'Försäkringskassan', // (c) recipients
      '2 år räknat från sista anteckningen, enligt 21 c § lagen (1993:387)', // (d) retention
      'Rätt till rättelse',
      'Rätt till radering',
      'Rätt till begränsning',
      'Rätt att invända',
      'Rätt till dataportabilitet', // (e)
      'Integritetsskyddsmyndigheten',
      'Box 8114, 104 20 Stockholm',
      'imy@imy.se', // (f)
      'Kommunen där du bor', // (g) source
      'Automatiserade beslut',
      'Schemat föreslås automatiskt', // (h)
      'standardavtalsklausuler', // 15(2)
      'Testa Testsson',
      '19450312-7385',
      'Provgatan 3',
      'Hjälp vid måltider',
      'Journalanteckning',
      'Kopia av journalanteckningar', // 15(3)
      'Anteckningar om en annan brukare', // 15(4)
      '28 april 2026',
      'Många handlingar behövde gås igenom', // 12(3) extension
      'dataskyddsombud@test-omsorg.example',
      'sida 1 av',
      'sida 4 av 4',
    ])
      expect(text).toContain(expected);
  });

  it('writes the English PDF in English', async () => {
    const text = await pdfText(path.join(out, 'REF-2026-0002.pdf'));
    for (const expected of [
      'Access to your personal data',
      'Choose the right person for the job.',
      'Legitimate interests',
      'Coordination number',
      '19851072-4563',
      'Position applied for',
      'Right to rectification',
      'Swedish Authority for Privacy Protection',
      'page 1 of',
      '16 March 2026',
      '2 April 2026',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('sida 1');
  });

  it('is a valid, tagged PDF with headings, lists and tables in its structure tree and a Swedish subset font', () => {
    const pdf = path.join(out, 'REF-2026-0001.pdf');
    expect(spawnSync('qpdf', ['--check', pdf]).status).toBe(0);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Registerutdrag REF-2026-0001/);
    const qdf = spawnSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { encoding: 'latin1', maxBuffer: 64 << 20 }).stdout;
    const types = new Set([...qdf.matchAll(/\/S \/(\w+)/g)].map((m) => m[1]));
    for (const t of ['Document', 'H1', 'H2', 'H3', 'H4', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(types).toContain(t);
    expect(qdf).toMatch(/\/Lang \(sv-SE\)/);
    // Every embedded font is a subset (six-letter tag); the text checks above read å, ä, ö back from it.
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+DejaVuSans\S*\s.*\byes\s+yes\s+yes\b/);
  });
});

describe('extract CLI: determinism, encryption, refusals', () => {
  const file = path.join(FIX, 'requests/ref-a.yaml');

  it('gives byte-identical PDFs on two runs', () => {
    const a = mkdtempSync(path.join(tmpdir(), 'extract-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'extract-b-'));
    expect(run([file, '--out', a, '--content', CONTENT]).code).toBe(0);
    expect(run([file, '--out', b, '--content', CONTENT, '--workers', '1']).code).toBe(0);
    expect(readFileSync(path.join(a, 'REF-2026-0001.pdf')).equals(readFileSync(path.join(b, 'REF-2026-0001.pdf')))).toBe(true);
  });

  it('encrypts with a password from an env variable or a file; unreadable without it', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'extract-enc-'));
    expect(run([file, '--out', out, '--content', CONTENT, '--password-env', 'EXTRACT_TEST_PW'], { EXTRACT_TEST_PW: 'lösen-123' }).code).toBe(0);
    const pdf = path.join(out, 'REF-2026-0001.pdf');
    expect(spawnSync('qpdf', ['--check', pdf]).status).not.toBe(0);
    expect(spawnSync('qpdf', ['--check', '--password=lösen-123', pdf]).status).toBe(0);
    expect(readFileSync(pdf).includes(Buffer.from('Testa'))).toBe(false);
    // pdftotext (poppler) reads it with the password; without it, it fails.
    expect(spawnSync('pdftotext', [pdf, '-']).status).not.toBe(0);
    expect(spawnSync('pdftotext', ['-upw', 'lösen-123', pdf, '-'], { encoding: 'utf8' }).stdout).toContain('Testa Testsson');

    const pwFile = path.join(out, 'pw.txt');
    writeFileSync(pwFile, 'från-fil\n', { mode: 0o600 });
    const out2 = mkdtempSync(path.join(tmpdir(), 'extract-enc2-'));
    expect(run([file, '--out', out2, '--content', CONTENT, '--password-file', pwFile]).code).toBe(0);
    expect(spawnSync('qpdf', ['--check', '--password=från-fil', path.join(out2, 'REF-2026-0001.pdf')]).status).toBe(0);
  });

  it('refuses a password on the command line without echoing it', () => {
    const r = run([file, '--out', mkdtempSync(path.join(tmpdir(), 'x-')), '--password=hemligt-värde']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('hemligt-värde');
  });

  it('a password given as a file name by mistake: nothing written, the argument never printed (issue 20, item 8)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'extract-pw-'));
    const r = run([file, 'Hemligt-Lösen-42', '--out', out, '--content', CONTENT]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('Hemligt-Lösen-42');
    expect(r.stderr).toMatch(/Argument 2 is not an existing file or folder/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses unencrypted output when the organisation requires a password (issue 20, item 8)', () => {
    const content = mkdtempSync(path.join(tmpdir(), 'extract-content-'));
    cpSync(CONTENT, content, { recursive: true });
    writeFileSync(path.join(content, 'organisation.yaml'), `${readFileSync(path.join(content, 'organisation.yaml'), 'utf8')}extract:\n  requirePassword: true\n`);
    const out = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const r = run([file, '--out', out, '--content', content]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/requirePassword: true, but no password was given/);
    expect(readdirSync(out)).toEqual([]);
    expect(run([file, '--out', out, '--content', content, '--password-env', 'EXTRACT_TEST_PW'], { EXTRACT_TEST_PW: 'x-123' }).code).toBe(0);
    expect(readdirSync(out)).toEqual(['REF-2026-0001.pdf']);
  });

  it('fails fast on an unusable --out (issue 20, item 10)', () => {
    const t = Date.now();
    const r = run([file, '--out', '/proc/nope/x', '--content', CONTENT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The output folder cannot be created \(ENOENT\)/);
    const asFile = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), 'a-file');
    writeFileSync(asFile, 'x');
    expect(run([file, '--out', asFile, '--content', CONTENT]).stderr).toMatch(/--out names a file, not a folder/);
    expect(Date.now() - t).toBeLessThan(wait(30));
  });

  it('refuses a folder holding a built site anywhere, not only ./dist (issue 20, item 10)', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'custom-site-'));
    writeFileSync(path.join(site, '.gdpr-docs-site'), 'built');
    for (const out of [site, path.join(site, 'public', 'extracts'), path.dirname(site)]) {
      const r = run([file, '--out', out, '--content', CONTENT]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/contains a built site/);
    }
  });

  it('refuses to overwrite an earlier PDF without --overwrite (issue 20, item 10)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'extract-ow-'));
    expect(run([file, '--out', out, '--content', CONTENT]).code).toBe(0);
    writeFileSync(path.join(out, 'REF-2026-0001.pdf'), 'earlier answer');
    const again = run([file, '--out', out, '--content', CONTENT]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/ref-a\.yaml:\d+:\d+ \[request\.reference\] .*REF-2026-0001\.pdf already exists .*--overwrite/);
    expect(readFileSync(path.join(out, 'REF-2026-0001.pdf'), 'utf8')).toBe('earlier answer');
    expect(readdirSync(out)).toEqual(['REF-2026-0001.pdf']);
    expect(run([file, '--out', out, '--content', CONTENT, '--overwrite']).code).toBe(0);
    expect(readFileSync(path.join(out, 'REF-2026-0001.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([['dist/extracts'], ['dist'], ['.']])('refuses --out %s (inside or containing dist/)', (dir) => {
    const r = run([file, '--out', dir, '--content', CONTENT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dist/);
  });

  it('stops on content errors with file, line and fix, writes nothing and shows no stack trace', () => {
    const content = mkdtempSync(path.join(tmpdir(), 'extract-content-'));
    cpSync(CONTENT, content, { recursive: true });
    const activity = path.join(content, 'activities/assistance.yaml');
    writeFileSync(activity, readFileSync(activity, 'utf8').replace('subjects: [clients]', 'subjects: [clientz]'));
    const out = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const r = run([path.join(FIX, 'requests'), '--out', out, '--content', content]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/activities\/assistance\.yaml:4:\d+ \[subjects\[0\]\]/);
    expect(r.stderr).toContain('clients');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });
});
