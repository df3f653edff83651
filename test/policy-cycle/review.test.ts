import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordReview } from '../../generators/policy-cycle/review.ts';
import { formatProblems } from '../../generators/policy-cycle/report.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { fixtureCopy } from './helpers.ts';

const files = (dir: string) => ['kundakt', 'loner'].map((id) => readFileSync(path.join(dir, `activities/${id}.yaml`), 'utf8'));

describe('policy:reviewed', () => {
  it('sets lastReviewed of the named activities and changes nothing else in their files', () => {
    const dir = fixtureCopy();
    const [kundakt, loner] = files(dir);
    const r = recordReview({ contentDir: dir, activities: ['loner'], date: '2027-01-15', today: '2027-01-20' });
    expect(r).toEqual({ ok: true, updated: ['activities/loner.yaml'] });
    const [k2, l2] = files(dir);
    expect(k2).toBe(kundakt);
    expect(l2).toBe(loner!.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2027-01-15'));
    expect(loadModelOrThrow(dir).byId.activities.get('loner')!.lastReviewed).toBe('2027-01-15');
    expect(recordReview({ contentDir: dir, activities: [], all: true, date: '2027-01-20', today: '2027-01-20' })).toEqual({ ok: true, updated: ['activities/kundakt.yaml', 'activities/loner.yaml'] });
  });

  it('refuses a future date, an unknown activity, no activity and a date before the last review, all at once, writing nothing', () => {
    const dir = fixtureCopy();
    const before = files(dir);
    const r = recordReview({ contentDir: dir, activities: ['nope'], date: '2027-02-01', today: '2027-01-20' });
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : formatProblems(r.problems, 'sv');
    expect(text).toContain('✗ Granskningsdatumet 2027-02-01 ligger i framtiden (i dag är 2027-01-20).\n  → Åtgärd: Ange dagen då granskningen gjordes.');
    expect(text).toContain('✗ Behandlingen finns inte: nope.\n  → Åtgärd: Välj bland: kundakt, loner.');
    const none = recordReview({ contentDir: dir, activities: [], date: '2027-01-20', today: '2027-01-20' });
    expect(none.ok ? '' : formatProblems(none.problems, 'en')).toContain("No activity was given.\n  → Fix: Give the activities' ids (file names in content/activities/) or --all.");
    const old = recordReview({ contentDir: dir, activities: ['kundakt'], date: '2020-01-01', today: '2027-01-20' });
    expect(old.ok ? '' : formatProblems(old.problems, 'sv')).toMatch(/Granskningsdatumet 2020-01-01 är äldre än den senaste granskningen av kundakt \(\d{4}-\d\d-\d\d\)/);
    expect(files(dir)).toEqual(before);
  });
});
