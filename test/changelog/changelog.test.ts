import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { changelogForVersions, diffSnapshots, EMPTY_SNAPSHOT, loadSnapshots, pendingChanges, renderChangelog, snapshotModel, stableStringify, type PolicySnapshot } from '../../src/changelog/index.ts';
import { FIXTURE, fixtureModel } from '../register/helpers.ts';

const DIFF = path.resolve(import.meta.dirname, '../fixtures/register/snapshots-diff');
const read = (f: string) => JSON.parse(readFileSync(path.join(DIFF, f), 'utf8')) as PolicySnapshot;
const model = fixtureModel();

describe('snapshotModel', () => {
  it('is canonical: sorted, without file paths, equal to the snapshot recorded for 2026.1', () => {
    const snap = snapshotModel(model);
    expect(snap.activities.map((a) => a.id)).toEqual(['kundakt', 'loner']);
    expect(JSON.stringify(snap)).not.toContain('.yaml');
    expect(stableStringify(snap)).toBe(readFileSync(path.join(FIXTURE, 'snapshots/2026.1.json'), 'utf8'));
  });
});

describe('diffSnapshots', () => {
  it('reports exactly the differences made between two snapshots', () => {
    const { changes } = diffSnapshots(read('before.json'), read('after.json'));
    expect(changes).toEqual([
      { area: 'activity', type: 'added', id: 'nyhetsbrev' },
      { area: 'legal-basis', type: 'changed', id: 'dokumentation', activity: 'kundakt', field: 'legalBasis', before: '6(1)(c)', after: '6(1)(e)' },
      { area: 'recipient', type: 'removed', id: 'skatteverket', activity: 'loner' },
      expect.objectContaining({
        area: 'retention',
        type: 'changed',
        id: 'Räkenskapsinformation',
        activity: 'loner',
        before: expect.objectContaining({ duration: 'P7Y' }),
        after: expect.objectContaining({ duration: 'P10Y' }),
      }),
    ]);
  });

  it('reports nothing between equal snapshots, whatever their key order', () => {
    const a = read('before.json');
    expect(diffSnapshots(a, snapshotModel(model)).changes).toEqual([]);
    expect(pendingChanges(model).changes).toEqual([]);
  });

  it('reports the reverse diff as the opposite changes', () => {
    const types = diffSnapshots(read('after.json'), read('before.json')).changes.map((c) => `${c.area}:${c.type}`);
    expect(types).toEqual(['activity:removed', 'legal-basis:changed', 'recipient:added', 'retention:changed']);
  });

  it('reports a transfer to a third country added to or removed from an activity', () => {
    const a = read('before.json');
    const b = structuredClone(a);
    b.activities.find((x) => x.id === 'kundakt')!.transfers = [];
    b.activities.find((x) => x.id === 'loner')!.transfers = ['molntjanst-us'];
    const diff = diffSnapshots(a, b);
    expect(diff.changes).toEqual([
      { area: 'transfer', type: 'removed', id: 'molntjanst-us', activity: 'kundakt' },
      { area: 'transfer', type: 'added', id: 'molntjanst-us', activity: 'loner' },
    ]);
    const entries = renderChangelog(diff, 'sv').groups.flatMap((g) => g.activities.flatMap((x) => x.entries.map((e) => `${x.key}: ${e.text}`)));
    expect(entries).toEqual([expect.stringMatching(/^kundakt: Överföringen utanför EU\/EES upphör/), expect.stringMatching(/^loner: Ny överföring till land utanför EU\/EES/)]);
  });

  it('treats everything as added against an empty snapshot', () => {
    const { changes } = diffSnapshots(EMPTY_SNAPSHOT, read('before.json'));
    expect(changes.every((c) => c.type === 'added')).toBe(true);
    expect(changes.filter((c) => c.area === 'activity').map((c) => c.id)).toEqual(['kundakt', 'loner']);
  });
});

describe('renderChangelog', () => {
  it('groups by group of people, then activity, each change a sentence with the old and new value in words', () => {
    const set = diffSnapshots(read('before.json'), read('after.json'));
    const sv = renderChangelog(set, 'sv');
    expect(sv.groups.map((g) => [g.label, g.activities.map((a) => a.name)])).toEqual([
      ['Kunder', ['Kundakt', 'Nyhetsbrev']],
      ['Medarbetare', ['Löneadministration']],
    ]);
    expect(sv.markdown).toBe(
      '### Kunder\n\n**Kundakt**\n\n- Dokumentera insatser enligt lag: rättslig grund är nu myndighetsutövning och uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen) i stället för rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen).\n\n' +
        '**Nyhetsbrev**\n\n- Ny behandling.\n\n### Medarbetare\n\n**Löneadministration**\n\n- Lämnas inte längre ut till: Skatteverket.\n- Räkenskapsinformation: sparas 10 år i stället för 7 år.\n',
    );
    expect(sv.count).toBe(4);
    const en = renderChangelog(set, 'en');
    expect(en.markdown).toContain('**Payroll**\n\n- No longer disclosed to: Swedish Tax Agency.\n- Accounting records: kept 10 years instead of 7 years.');
    // A legal basis is cited as an article ("Article 6(1)(e) GDPR"), never as the bare code.
    expect(`${sv.markdown}${en.markdown}`).not.toMatch(/skatteverket|loner|kundakt|(?<!Article )6\(1\)/);
  });

  it('shows the reason the DPO gave for an activity next to its changes', () => {
    const set = diffSnapshots(read('before.json'), read('after.json'));
    const sv = renderChangelog(set, 'sv', { reasons: { 'activities/loner': { sv: 'Bokföringslagen kräver längre tid.', en: 'The Accounting Act requires longer.' } } });
    expect(sv.markdown).toContain('**Löneadministration** — Skäl: Bokföringslagen kräver längre tid.\n\n- Lämnas inte längre ut till');
    expect(renderChangelog(set, 'en', { reasons: { 'activities/loner': { sv: 'x', en: 'The Accounting Act requires longer.' } } }).markdown).toContain(
      '**Payroll** — Reason: The Accounting Act requires longer.',
    );
  });

  it('merges link changes of one kind into one line and never prints ids', () => {
    const a = read('before.json');
    const b = structuredClone(a);
    const act = b.activities.find((x) => x.id === 'kundakt')!;
    act.dataCategories = ['lon', 'personnummer'];
    const sv = renderChangelog(diffSnapshots(a, b), 'sv');
    expect(sv.groups[0]!.activities[0]!.entries.map((e) => e.text)).toEqual(['Nya uppgifter: Lön och bankkonto.', 'Uppgifter som inte längre behandlas: Uppgifter om hälsa och Kontaktuppgifter.']);
  });
});

describe('renderChangelog: each thing told once, criteria as sentences', () => {
  it('a recipient added and linked to an activity appears only in that activity; a criteria-only rule keeps its sentence', () => {
    const a = read('before.json');
    const b = structuredClone(a);
    b.recipients.push({ id: 'forsakring', name: { sv: 'Försäkringsbolaget' }, kind: 'company', country: 'SE' });
    const act = b.activities.find((x) => x.id === 'kundakt')!;
    act.recipients = [...act.recipients, 'forsakring'];
    act.retention.push({ key: 'kontroll', documentType: { sv: 'Registerkontroll' }, criteria: { sv: 'Vi tittar på utdraget och ger det tillbaka.' }, from: { sv: 'kontrollen' }, then: 'deleted' });
    const sv = renderChangelog(diffSnapshots(a, b), 'sv');
    expect(sv.groups.map((g) => g.key)).toEqual(['kunder']);
    expect(sv.groups[0]!.activities[0]!.entries.map((e) => e.text)).toEqual([
      'Lämnas nu också ut till: Försäkringsbolaget.',
      'Ny gallringsregel: Registerkontroll: Vi tittar på utdraget och ger det tillbaka.',
    ]);
  });
});

describe('changelogForVersions', () => {
  it('lists adopted versions; the first one has everything added', () => {
    expect([...loadSnapshots(model).keys()]).toEqual(['2026.1']);
    const list = changelogForVersions(model);
    expect(list.map((v) => [v.version, v.adoptedByBoard])).toEqual([['2026.1', '2026-02-10']]);
    expect(list[0]!.changes!.changes.every((c) => c.type === 'added')).toBe(true);
  });
});
