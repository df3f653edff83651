import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ReferenceClaims } from '../../generators/extract/claims.ts';

interface C {
  position: number;
  reference: string;
}

describe('reference claims (which file of a batch gets a PDF name)', () => {
  it('gives the name to the earliest position, whatever order the workers finish in', () => {
    const arrivals = fc.array(fc.constantFrom('REF-1', 'ref-1', 'REF-2', 'REF-3'), { minLength: 1, maxLength: 12 }).chain((refs) =>
      fc.shuffledSubarray(
        refs.map((reference, i) => ({ position: i + 1, reference })),
        { minLength: refs.length, maxLength: refs.length },
      ),
    );
    fc.assert(
      fc.property(arrivals, (order) => {
        const claims = new ReferenceClaims<C>();
        const duplicates: number[] = [];
        for (const c of order) {
          const o = claims.claim(c);
          if (o.kind === 'duplicate') duplicates.push(c.position);
          if (o.kind === 'displaces') duplicates.push(o.other.position);
        }
        const byKey = new Map<string, number>();
        for (const c of order) byKey.set(c.reference.toLowerCase(), Math.min(byKey.get(c.reference.toLowerCase()) ?? Infinity, c.position));
        const winners = new Set(byKey.values());
        expect(claims.size).toBe(byKey.size);
        for (const c of order) expect(claims.holds(c)).toBe(winners.has(c.position));
        // Every other file is a duplicate, reported exactly once.
        expect(duplicates.sort((a, b) => a - b)).toEqual(
          order
            .map((c) => c.position)
            .filter((p) => !winners.has(p))
            .sort((a, b) => a - b),
        );
      }),
    );
  });

  it('names the holder a later file duplicates, and the file an earlier one displaces', () => {
    const claims = new ReferenceClaims<C>();
    const late = { position: 5, reference: 'REF-9' };
    const early = { position: 2, reference: 'ref-9' };
    const later = { position: 7, reference: 'REF-9' };
    expect(claims.claim(late)).toEqual({ kind: 'new' });
    expect(claims.claim(early)).toEqual({ kind: 'displaces', other: late });
    expect(claims.claim(later)).toEqual({ kind: 'duplicate', of: early });
    claims.release(early);
    expect(claims.size).toBe(0);
  });
});
