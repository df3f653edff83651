/**
 * The annual cycle as a DPO and a board work it, on a copy of the example:
 * edit → policy:draft → the policy PDF says UTKAST → policy:adopt → build:
 * the public "last updated" and changelog show the adopted version, in words.
 * Every command runs as the DPO runs it (the CLI's main, with a fixed --today); the
 * policy commands run in this process (test/support/in-process.ts: same exit code and
 * output; their spawned runs are in cli.test.ts), the build as its own process.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleCopy, replaceOnce, ROOT } from '../example/helpers.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { latestVersion, publicView } from '../../src/site-data/public-view.ts';
import { policyPdf } from '../../generators/policy/index.ts';
import { tmpDir } from '../register/helpers.ts';
import { runInProcess } from '../support/in-process.ts';
import { main as policyDraft } from '../../generators/cli/policy-draft.ts';
import { main as policyAdopt } from '../../generators/cli/policy-adopt.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const { dir, cleanup } = exampleCopy();
afterAll(cleanup);
const run = async (main: typeof policyDraft, ...args: string[]) => {
  const r = await runInProcess(main, [...args, '--content', dir]);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};
const pages = (buf: Buffer) => {
  const file = path.join(tmpDir('cycle-pdf'), 'policy.pdf');
  writeFileSync(file, buf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '));
};
const CHANGE_SV = 'Ansökningar från dig som inte får jobbet: sparas 6 månader i stället för 2 år.';
const CHANGE_EN = 'Applications from people who do not get the job: kept 6 months instead of 2 years.';

describe('the yearly policy cycle on a copy of the example', () => {
  it('edit → draft → UTKAST PDF → adopt → public date and changelog in words', { timeout: TIMEOUT.slowest }, async () => {
    // 1. The DPO shortens how long applications from people not hired are kept.
    replaceOnce(dir, 'activities/recruitment.yaml', /(- id: not-hired[\s\S]*?)duration: P2Y/, '$1duration: P6M');

    // 2. Draft for the board, with a reason for the version.
    const drafted = await run(
      policyDraft,
      '--version',
      '2027.1',
      '--reason',
      'Årlig översyn; kortare gallring av ansökningar.',
      '--reason-en',
      'Yearly review; applications kept shorter.',
      '--today',
      '2026-12-01',
    );
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toContain('Datum för reglerna / date the rules use: 2026-12-01 (--today)');
    expect(drafted.stdout).toContain('Utkast till version 2027.1 sparat (ändringar sedan 2026.1):');
    expect(drafted.stdout).toContain(`### Arbetssökande\n\n**Rekrytering**\n\n- ${CHANGE_SV}`);
    // The DPO adds the reason for the recruitment change to the draft, for the board.
    const entry = path.join(dir, 'policy-versions/2027-1.yaml');
    writeFileSync(
      entry,
      `${readFileSync(entry, 'utf8')}reasons:\n  activities/recruitment:\n    sv: Diskrimineringsombudsmannen anser att sex månader räcker.\n    en: Six months are enough for a discrimination claim.\n`,
    );

    // 3. The board's PDF is a draft on every page, with empty signature rows; the public site still shows 2026.1.
    let model = loadModelOrThrow(dir);
    const draftPdf = pages(await policyPdf(model, 'sv'));
    draftPdf.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('UTKAST – ej fastställt'));
    const adoption = draftPdf.join(' ').slice(draftPdf.join(' ').lastIndexOf('Upprättande och fastställelse'));
    expect(adoption).toContain('Skäl: Årlig översyn; kortare gallring av ansökningar.');
    expect(adoption).toContain(`Arbetssökande Rekrytering Skäl: Diskrimineringsombudsmannen anser att sex månader räcker. ${CHANGE_SV}`);
    expect(latestVersion(publicView(model))).toMatchObject({ version: '2026.1', adoptedByBoard: '2026-03-19' });

    // 4. After the meeting: a future date is refused, the meeting date is recorded.
    const early = await run(policyAdopt, '--version', '2027.1', '--date', '2026-12-10', '--today', '2026-12-01');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('Datumet 2026-12-10 ligger i framtiden (i dag är 2026-12-01).');
    const adopted = await run(policyAdopt, '--version', '2027.1', '--date', '2026-12-01', '--minutes', 'Styrelseprotokoll 2026-12-01 § 5', '--today', '2026-12-01');
    expect(adopted.stderr).toBe('');
    expect(adopted.status).toBe(0);
    expect(adopted.stdout).toContain('Version 2027.1 fastställd 2026-12-01.');
    model = loadModelOrThrow(dir);
    expect(latestVersion(publicView(model))).toMatchObject({ version: '2027.1', adoptedByBoard: '2026-12-01' });

    // 5. Build a year later: the reviews are due and the next adoption overdue; the build prints
    //    them as warnings but does not stop on them.
    const out = path.join(tmpDir('cycle-dist'), 'dist');
    const built = spawnSync(NODE, [path.join(ROOT, 'generators/cli/build.ts'), '--content', dir, '--out', out, '--today', '2027-12-20'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(built.stderr).not.toContain('Bygget avbröts');
    expect(built.status).toBe(0);
    expect(built.stdout).toContain('Datum för reglerna / date the rules use: 2027-12-20 (--today)');
    expect(built.stdout).toMatch(/varning {2}\[lastReviewed\].*ny granskning skulle ha skett senast 2027-\d\d-\d\d/);
    expect(built.stdout).toMatch(/varning {2}\[adoptedByBoard\] {2}Styrelsen fastställde policyn senast 2026-12-01; ny fastställelse skulle ha skett senast 2027-12-01\./);

    const html = (p: string) => readFileSync(path.join(out, 'public', p, 'index.html'), 'utf8');
    expect(html('')).toContain('Senast uppdaterad: <time datetime="2026-12-01">2026-12-01</time>');
    const changes = html('andringar');
    const v2027 = changes.slice(changes.indexOf('Policyversion 2027.1'), changes.indexOf('Policyversion 2026.1'));
    expect(v2027).toContain('<time datetime="2026-12-01">2026-12-01</time>');
    expect(v2027).toMatch(/<li>Arbetssökande: 1 ändring \(Rekrytering\)\.<\/li>/);
    expect(v2027).toMatch(
      /<details>\s*<summary>Alla ändringar i version 2027\.1<\/summary>.*<h4>Rekrytering<\/h4>\s*<ul class="changes">\s*<li>Ansökningar från dig som inte får jobbet: sparas 6 månader i stället för 2 år\.<\/li>/s,
    );
    // The reasons are for the board; the first version is "first published", not a list of everything.
    expect(changes).not.toContain('Diskrimineringsombudsmannen');
    const v2025 = changes.slice(changes.indexOf('Policyversion 2025.1'));
    expect(v2025).toContain('Första publicerade versionen.');
    expect(v2025).not.toContain('<details>');
    expect(html('en/changes')).toContain(CHANGE_EN);

    // The adopted policy PDF is no longer a draft, and the handbook shows the same signature block.
    const adoptedPdf = pages(readFileSync(path.join(out, 'internal/policy/policy.sv.pdf'))).join(' ');
    expect(adoptedPdf).not.toContain('UTKAST');
    expect(adoptedPdf).toMatch(/Fastställd av styrelsen Gällande version 2027\.1 2026-12-01/);
    const handbook = readFileSync(path.join(out, 'internal/handbok/index.html'), 'utf8');
    expect(handbook).toMatch(/<th scope="row">Fastställd av styrelsen<\/th><td>Gällande version 2027\.1<\/td><td>2026-12-01<\/td>/);
    expect(handbook).toContain('Styrelseprotokoll 2026-12-01 § 5');
    // The handbook's changes page shows the adopted version with the DPO's reasons.
    const internalChanges = readFileSync(path.join(out, 'internal/andringar/index.html'), 'utf8');
    expect(internalChanges).toContain('Version 2027.1 (gällande), fastställd 2026-12-01 (jämfört med 2026.1)');
    expect(internalChanges).toContain('Version 2026.1 (ersatt), fastställd 2026-03-19');
    expect(internalChanges).toMatch(
      /<h5>Rekrytering<\/h5>\s*<p class="reason"><strong>Skäl:<\/strong> Diskrimineringsombudsmannen anser att sex månader räcker\.<\/p>\s*<ul class="changes">\s*<li[^>]*>Ansökningar från dig som inte får jobbet: sparas 6 månader i stället för 2 år\.<\/li>/,
    );
    // The reminders the build did not stop on are on the handbook's start page.
    const start = readFileSync(path.join(out, 'internal/index.html'), 'utf8');
    expect(start).toContain('<h3>Påminnelser</h3>');
    expect(start).toMatch(/<strong>Varning:<\/strong> [^<]*granskades senast \d{4}-\d\d-\d\d; ny granskning skulle ha skett senast 2027-\d\d-\d\d\./);
    expect(start).toContain('<strong>Fel:</strong> Styrelsen fastställde policyn senast 2026-12-01; ny fastställelse skulle ha skett senast 2027-12-01.');
  });
});
