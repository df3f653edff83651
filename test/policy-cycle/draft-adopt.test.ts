import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { draftVersion } from '../../generators/policy-cycle/draft.ts';
import { adoptVersion } from '../../generators/policy-cycle/adopt.ts';
import { formatProblems } from '../../generators/policy-cycle/report.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { policyStatus, sortedVersions } from '../../src/changelog/versions.ts';
import { edit, fixtureCopy, record } from './helpers.ts';

const TODAY = '2027-03-20';
const draft = (dir: string, extra: Partial<Parameters<typeof draftVersion>[0]> = {}) => draftVersion({ contentDir: dir, version: '2027.1', today: '2027-03-01', ...extra });
const adopt = (dir: string, extra: Partial<Parameters<typeof adoptVersion>[0]> = {}) => adoptVersion({ contentDir: dir, version: '2027.1', date: '2027-03-15', today: TODAY, ...extra });
/** The Swedish text a user sees when a command refuses. */
const refusal = (r: { ok: boolean; problems?: unknown }) => {
  expect(r.ok).toBe(false);
  return formatProblems((r as { problems: Parameters<typeof formatProblems>[0] }).problems, 'sv');
};

describe('policy:draft', () => {
  it('snapshots the content as a draft: preparedBy today, no approval, no adoption', () => {
    const dir = fixtureCopy();
    const r = draft(dir, { reason: { sv: 'Årlig översyn.', en: 'Yearly review.' } });
    expect(r.ok).toBe(true);
    const model = loadModelOrThrow(dir);
    const v = model.byId['policy-versions'].get('2027-1')!;
    expect(v).toMatchObject({ version: '2027.1', preparedBy: { person: 'dora-dataskydd', date: '2027-03-01' }, reason: { sv: 'Årlig översyn.' }, snapshot: 'snapshots/2027.1.json' });
    expect(v.approvedBy).toBeUndefined();
    expect(v.adoptedByBoard).toBeUndefined();
    expect(sortedVersions(model).map((x) => `${x.version}:${policyStatus(model, x)}`)).toEqual(['2026.1:adopted', '2027.1:draft']);
    expect(Object.keys(record(dir))).toEqual(['policy-versions/2026-1.yaml', 'policy-versions/2027-1.yaml', 'snapshots/2026.1.json', 'snapshots/2027.1.json']);
  });

  it('refuses a malformed version, an existing one, a second draft and an unknown preparer, each with its fix, writing nothing', () => {
    const dir = fixtureCopy();
    expect(refusal(draft(dir, { version: '2027' }))).toContain('Versionen "2027" har fel form.\n  → Åtgärd: Skriv den ÅÅÅÅ.N, t.ex. --version 2027.1.');
    expect(refusal(draft(dir, { version: '2026.1' }))).toContain('Version 2026.1 finns redan och fastställdes 2026-02-10');
    expect(refusal(draft(dir, { version: '2025.4' }))).toContain('Version 2025.4 är inte nyare än 2026.1.');
    expect(refusal(draft(dir, { preparedBy: 'nobody' }))).toContain('--prepared-by: personen "nobody" finns inte i content/people/.\n  → Åtgärd: Välj en av:');
    const before = record(dir);
    expect(draft(dir).ok).toBe(true);
    const second = refusal(draft(dir, { version: '2027.2' }));
    expect(second).toContain('Version 2027.1 är fortfarande ett utkast (policy-versions/2027-1.yaml)');
    expect(second).toContain('Fastställ den först (npm run policy:adopt -- --version 2027.1');
    expect(second).toMatch(/Inget har skrivits\.\n$/);
    expect(refusal(draft(dir))).toContain('Version 2027.1 finns redan som utkast');
    expect(Object.keys(record(dir)).length).toBe(Object.keys(before).length + 2);
  });

  it('refuses content with errors, listing them', () => {
    const dir = fixtureCopy();
    edit(dir, 'activities/loner.yaml', 'legalBasis: 6(1)(b)', 'legalBasis: 6(1)(q)');
    const before = record(dir);
    const r = draft(dir);
    expect(refusal(r)).toContain('Innehållet har fel');
    if (!r.ok) expect(r.diagnostics.some((d) => d.file === 'activities/loner.yaml')).toBe(true);
    expect(record(dir)).toEqual(before);
  });
});

describe('policy:adopt', () => {
  it('records the board decision in the draft entry, keeping what the DPO added to it', () => {
    const dir = fixtureCopy();
    expect(draft(dir).ok).toBe(true);
    const file = path.join(dir, 'policy-versions/2027-1.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# Skälen visas för styrelsen.\nreasons:\n  activities/loner: Nytt lönesystem.\n`);
    const r = adopt(dir, { minutes: 'Styrelseprotokoll 2027-03-15 § 4' });
    expect(r.ok).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Skälen visas för styrelsen.');
    const model = loadModelOrThrow(dir);
    const v = model.byId['policy-versions'].get('2027-1')!;
    expect(v).toMatchObject({
      adoptedByBoard: '2027-03-15',
      approvedBy: { person: 'vera-vd', date: '2027-03-15' },
      minutes: 'Styrelseprotokoll 2027-03-15 § 4',
      reasons: { 'activities/loner': 'Nytt lönesystem.' },
    });
    expect(sortedVersions(model).map((x) => `${x.version}:${policyStatus(model, x)}`)).toEqual(['2026.1:superseded', '2027.1:adopted']);
  });

  it('refuses a version that does not exist, with the command that drafts it', () => {
    const dir = fixtureCopy();
    const before = record(dir);
    expect(refusal(adopt(dir))).toBe('✗ Version 2027.1 finns inte.\n  → Åtgärd: Gör först ett utkast: npm run policy:draft -- --version 2027.1\nInget har skrivits.\n');
    expect(record(dir)).toEqual(before);
  });

  it('refuses to adopt twice', () => {
    const dir = fixtureCopy();
    draft(dir);
    expect(adopt(dir).ok).toBe(true);
    const before = record(dir);
    const text = refusal(adopt(dir, { date: '2027-03-18' }));
    expect(text).toContain('Version 2027.1 är redan fastställd (2027-03-15, policy-versions/2027-1.yaml).');
    expect(text).toContain('Gör ett nytt utkast med nästa versionsnummer');
    expect(record(dir)).toEqual(before);
  });

  it('refuses out of order: a newer version is already adopted', () => {
    const dir = fixtureCopy();
    draft(dir);
    writeFileSync(
      path.join(dir, 'policy-versions/2027-2.yaml'),
      'version: "2027.2"\npreparedBy: { person: dora-dataskydd, date: 2027-03-02 }\napprovedBy: { person: vera-vd, date: 2027-03-10 }\nadoptedByBoard: 2027-03-10\n',
    );
    const before = record(dir);
    expect(refusal(adopt(dir))).toContain('Version 2027.2 är redan fastställd; 2027.1 kan inte fastställas efter en nyare version.');
    expect(record(dir)).toEqual(before);
  });

  it('refuses a date before the draft, and a date in the future, naming today', () => {
    const dir = fixtureCopy();
    draft(dir);
    const before = record(dir);
    expect(refusal(adopt(dir, { date: '2027-02-28' }))).toContain(
      'Datumet 2027-02-28 ligger före utkastet (upprättat 2027-03-01).\n  → Åtgärd: Ange datumet för det styrelsemöte som fastställde utkastet.',
    );
    expect(refusal(adopt(dir, { date: '2027-03-21' }))).toContain('Datumet 2027-03-21 ligger i framtiden (i dag är 2027-03-20).\n  → Åtgärd: Registrera beslutet efter styrelsemötet');
    expect(record(dir)).toEqual(before);
  });

  it('refuses content changed since the draft, saying what changed in words; --redraft records the new content', () => {
    const dir = fixtureCopy();
    draft(dir);
    edit(dir, 'activities/loner.yaml', 'duration: P7Y', 'duration: P10Y');
    const before = record(dir);
    const text = refusal(adopt(dir));
    expect(text).toContain('Innehållet har ändrats sedan utkastet 2027.1 gjordes (2027-03-01)');
    expect(text).toContain('sparas 10 år i stället för 7 år');
    expect(text).toContain('lägg till --redraft om styrelsen fastställde det ändrade innehållet');
    expect(record(dir)).toEqual(before);
    // Handbook prose counts too.
    edit(dir, 'activities/loner.yaml', 'duration: P10Y', 'duration: P7Y');
    edit(dir, 'handbook/01-inledning.mdx', 'policyn', 'policyn (reviderad)');
    expect(refusal(adopt(dir))).toContain('texten i content/handbook/ har ändrats');
    const r = adopt(dir, { redraft: true });
    expect(r.ok).toBe(true);
    expect(record(dir)['snapshots/2027.1.json']).toBe(before['snapshots/2027.1.json']);
    expect(record(dir)['policy-versions/2027-1.yaml']).not.toContain(before['policy-versions/2027-1.yaml']!.match(/handbookDigest: (.*)/)![1]!);
  });

  it('reports every problem at once', () => {
    const dir = fixtureCopy();
    draft(dir);
    edit(dir, 'activities/loner.yaml', 'duration: P7Y', 'duration: P10Y');
    const text = refusal(adopt(dir, { date: '2027-02-01', approvedBy: 'nobody' }));
    expect(text.match(/^✗/gm)).toHaveLength(3);
  });
});

describe('an interrupted write records no half version', () => {
  const fail = (at: number) => ({
    beforeRename: (i: number) => {
      if (i === at) throw new Error('disk full');
    },
  });

  it('draft: failing before any rename leaves the record as it was, without temp files', () => {
    for (const at of [0, 1]) {
      const dir = fixtureCopy();
      const before = record(dir);
      expect(() => draft(dir, { hooks: fail(at) })).toThrow('disk full');
      expect(record(dir)).toEqual(before);
    }
  });

  it('adopt --redraft: a failure after the snapshot was replaced restores it; the entry stays a draft', () => {
    const dir = fixtureCopy();
    draft(dir);
    edit(dir, 'activities/loner.yaml', 'duration: P7Y', 'duration: P10Y');
    const before = record(dir);
    expect(() => adopt(dir, { redraft: true, hooks: fail(1) })).toThrow('disk full');
    expect(record(dir)).toEqual(before);
    expect(loadModelOrThrow(dir).byId['policy-versions'].get('2027-1')!.adoptedByBoard).toBeUndefined();
  });
});
