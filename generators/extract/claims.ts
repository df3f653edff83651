/**
 * Which file of a run gets a reference's PDF name. Workers finish out of
 * order, so a later file may be ready before an earlier one with the same
 * reference: the earliest position always wins, whatever the arrival order,
 * and every other file with that reference is a duplicate exactly once.
 * References compare case-insensitively, as file names do on some systems.
 */
export interface Claimant {
  position: number;
  reference: string;
}

export type ClaimOutcome<C extends Claimant> =
  /** First with this reference so far: it takes the name. */
  | { kind: 'new' }
  /** An earlier file holds the name: this one is the duplicate. */
  | { kind: 'duplicate'; of: C }
  /** This one is earlier than the holder: it takes the name, the holder becomes the duplicate. */
  | { kind: 'displaces'; other: C };

export class ReferenceClaims<C extends Claimant> {
  readonly #holders = new Map<string, C>();

  claim(c: C): ClaimOutcome<C> {
    const key = c.reference.toLowerCase();
    const holder = this.#holders.get(key);
    if (holder && holder.position < c.position) return { kind: 'duplicate', of: holder };
    this.#holders.set(key, c);
    return holder ? { kind: 'displaces', other: holder } : { kind: 'new' };
  }

  /** True while `c` holds its reference. */
  holds(c: C): boolean {
    return this.#holders.get(c.reference.toLowerCase()) === c;
  }

  /** Gives up the name (its PDF could not be written). */
  release(c: C): void {
    if (this.holds(c)) this.#holders.delete(c.reference.toLowerCase());
  }

  get size(): number {
    return this.#holders.size;
  }
}
