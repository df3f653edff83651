/** Rules that read a purpose's basis also read a purpose with several bases (legalBases), and point at that field. */
import { describe, expect, it } from 'vitest';
import { runWith } from './helpers.ts';

const REK = 'activities/rekrytering.yaml';
const STOD = 'activities/stod.yaml';

describe('rules on purposes with several bases', () => {
  it('law/staff-consent finds consent among several bases', () => {
    const run = runWith({
      [REK]: (d) => {
        d.deleteIn(['purposes', 0, 'legalBasis']);
        d.setIn(['purposes', 0, 'legalBases'], d.createNode([{ basis: '6(1)(c)' }, { basis: '6(1)(a)', note: 'För att spara utdraget längre.' }]));
      },
    });
    const [d] = run.of('law/staff-consent');
    expect(d).toMatchObject({ file: REK, line: run.lineOf(REK, 'basis: 6(1)(a)'), path: 'purposes[0].legalBases[1].basis' });
  });

  it('notice/direct-marketing-objection and notice/purpose-overlap read several bases', () => {
    const run = runWith({
      [STOD]: (d) => {
        d.deleteIn(['purposes', 1, 'legalBasis']);
        d.setIn(['purposes', 1, 'legalBases'], d.createNode([{ basis: '6(1)(f)' }, { basis: '6(1)(b)' }]));
        d.setIn(['purposes', 1, 'description'], 'Vi skickar erbjudanden och nyhetsbrev till dig.');
      },
    });
    expect(run.of('notice/direct-marketing-objection')[0]).toMatchObject({ file: STOD, line: run.lineOf(STOD, 'basis: 6(1)(f)'), path: 'purposes[1].legalBases[0].basis' });
    const overlap = runWith({
      [STOD]: (d) => {
        d.deleteIn(['purposes', 2, 'legalBasis']);
        d.deleteIn(['purposes', 2, 'consent']);
        d.setIn(['purposes', 2, 'legalBases'], d.createNode([{ basis: '6(1)(b)' }, { basis: '6(1)(c)' }]));
        d.setIn(['purposes', 2, 'description'], 'Vi skriver ner det stöd du får');
      },
    });
    expect(overlap.of('notice/purpose-overlap')[0]!.message.sv).toContain('under en annan grund (6(1)(b) + 6(1)(c) mot 6(1)(c))');
  });
});
