/**
 * A first version written by `init` or `import` carries `draft: true`: the
 * rules still report its gaps, as warnings, so it builds while being written.
 */
import { describe, expect, it } from 'vitest';
import { runWith } from './helpers.ts';

const STOD = 'activities/stod.yaml';

describe('draft entries', () => {
  it('turns an error finding on a draft into a warning marked "Utkast"/"Draft"', () => {
    const broken = runWith({ [STOD]: (d) => d.deleteIn(['purposes', 1, 'balancingTest']) });
    const error = broken.of('notice/legitimate-interest');
    expect(error.map((d) => d.severity)).toEqual(['error']);
    const draft = runWith({
      [STOD]: (d) => {
        d.deleteIn(['purposes', 1, 'balancingTest']);
        d.setIn(['draft'], true);
      },
    });
    const found = draft.of('notice/legitimate-interest');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', file: STOD, line: error[0]!.line });
    expect(found[0]!.message.sv).toBe(`Utkast: ${error[0]!.message.sv}`);
    expect(found[0]!.message.en).toBe(`Draft: ${error[0]!.message.en}`);
  });

  it('leaves errors on entries that are not drafts alone, even when another entry is a draft', () => {
    const run = runWith({
      [STOD]: (d) => d.deleteIn(['purposes', 1, 'balancingTest']),
      'subjects/personal.yaml': (d) => d.setIn(['draft'], true),
    });
    expect(run.of('notice/legitimate-interest').map((d) => d.severity)).toEqual(['error']);
  });
});
