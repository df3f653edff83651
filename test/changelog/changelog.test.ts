import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  changelogForVersions, diffSnapshots, EMPTY_SNAPSHOT, loadSnapshots, pendingChanges, renderChangelog, snapshotModel, stableStringify, type PolicySnapshot,
} from '../../src/changelog/index.ts';
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
      expect.objectContaining({ area: 'retention', type: 'changed', id: 'Räkenskapsinformation', activity: 'loner', before: expect.objectContaining({ duration: 'P7Y' }), after: expect.objectContaining({ duration: 'P10Y' }) }),
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

  it('treats everything as added against an empty snapshot', () => {
    const { changes } = diffSnapshots(EMPTY_SNAPSHOT, read('before.json'));
    expect(changes.every((c) => c.type === 'added')).toBe(true);
    expect(changes.filter((c) => c.area === 'activity').map((c) => c.id)).toEqual(['kundakt', 'loner']);
  });
});

describe('renderChangelog', () => {
  it('gives grouped entries and Markdown in Swedish and English', () => {
    const set = diffSnapshots(read('before.json'), read('after.json'));
    const sv = renderChangelog(set, 'sv');
    expect(sv.groups.map((g) => g.label)).toEqual(['Behandlingar', 'Rättslig grund', 'Mottagare', 'Gallring']);
    expect(sv.groups[0]!.entries[0]!.text).toBe('Tillagd: Nyhetsbrev');
    const basis = sv.groups[1]!.entries[0]!;
    expect(basis).toMatchObject({ activity: 'Kundakt', before: 'Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)', after: 'Myndighetsutövning och uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen)' });
    expect(sv.markdown).toContain('### Mottagare\n\n- Borttagen för Löneadministration: Skatteverket');
    expect(sv.markdown).toContain('7 år');
    expect(sv.markdown).toContain('10 år');
    const en = renderChangelog(set, 'en');
    expect(en.markdown).toContain('- Removed for Payroll: Swedish Tax Agency');
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
