/**
 * Issue 18, transfers "in every combination the content can express": a
 * party (processor, recipient or a processor's sub-processor) in the EEA, in
 * a country with an adequacy decision or in one without; no transfer, a
 * transfer not listed in the activity, or listed; to the party's country or
 * another; under each safeguard. An independent oracle below says which
 * transfer rules must fire; the test asserts exactly those fire.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { runWith, type Mutations } from './helpers.ts';

const RULES = ['notice/transfers', 'processors/third-country', 'processors/sub-processor-transfer', 'processors/transfer-entry', 'processors/scc-version', 'processors/adequacy'] as const;
type Kind = 'processor' | 'recipient' | 'sub-processor';
type Presence = 'none' | 'not-listed' | 'listed';
type Safeguard = 'scc-2021' | 'scc-2010' | 'scc-unstated' | 'adequacy' | 'bcr' | 'derogation-described' | 'derogation-bare';
interface Combo {
  kind: Kind;
  country: 'SE' | 'US' | 'IN';
  transfer: Presence;
  to: 'same' | 'other';
  safeguard: Safeguard;
}

const ADEQUATE = new Set(['US', 'JP']);
const third = (c: string) => c !== 'SE';

/** What the law (as the rules encode it) says about one combination. */
function expected(c: Combo): string[] {
  const out = new Set<string>();
  const has = c.transfer !== 'none';
  const listed = c.transfer === 'listed';
  const to = c.to === 'same' ? c.country : 'JP';
  if (third(c.country)) {
    if (c.kind !== 'sub-processor') {
      if (!has) out.add('processors/third-country');
      if (!listed) out.add('notice/transfers');
    } else {
      if (!(has && to === c.country)) out.add('processors/sub-processor-transfer');
      if (!(listed && to === c.country)) out.add('notice/transfers');
    }
  }
  if (has) {
    // the sub-processor's transfer names its processor (Molnet AB, SE), whose chain reaches c.country
    const partyCountries = c.kind === 'sub-processor' ? ['SE', c.country] : [c.country];
    if (!third(to) || !partyCountries.includes(to)) out.add('processors/transfer-entry');
    if (c.safeguard === 'scc-2010') out.add('processors/scc-version');
    if (c.safeguard === 'adequacy' && third(to) && !ADEQUATE.has(to)) out.add('processors/adequacy');
    if (listed && c.safeguard === 'derogation-bare') out.add('notice/transfers');
  }
  return [...out].sort();
}

function mutations(c: Combo): Mutations {
  const m: Mutations = {};
  const to = c.to === 'same' ? c.country : 'JP';
  if (c.kind === 'processor') m['processors/parten.yaml'] = `name: Parten AB\nservice: Drift\ncountry: ${c.country}\nagreementDate: 2025-05-01\n`;
  if (c.kind === 'recipient') m['recipients/parten.yaml'] = `name: Parten\nkind: company\ncountry: ${c.country}\n`;
  if (c.kind === 'sub-processor') {
    m['processors/molnet.yaml'] = (d: Document.Parsed) => d.setIn(['subProcessors'], d.createNode([{ name: 'Parten Ltd', service: 'Drift', country: c.country }]));
  }
  if (c.transfer !== 'none') {
    const party = c.kind === 'recipient' ? 'recipient: parten' : `processor: ${c.kind === 'processor' ? 'parten' : 'molnet'}`;
    const safeguard = {
      'scc-2021': 'safeguard: standard-contractual-clauses\nsccDecision: "2021/914"',
      'scc-2010': 'safeguard: standard-contractual-clauses\nsccDecision: "2010/87"',
      'scc-unstated': 'safeguard: standard-contractual-clauses',
      adequacy: 'safeguard: adequacy-decision',
      bcr: 'safeguard: binding-corporate-rules',
      'derogation-described': 'safeguard: derogation-49\ndescription: Uttryckligt samtycke enligt art. 49.1 a.',
      'derogation-bare': 'safeguard: derogation-49',
    }[c.safeguard];
    m['transfers/parten-t.yaml'] = `country: ${to}\n${party}\n${safeguard}\ncopyAvailable: Skriv till oss.\n`;
  }
  m['activities/stod.yaml'] = (d: Document.Parsed) => {
    if (c.kind === 'processor') d.setIn(['processors'], d.createNode(['molnet', 'mejlet', 'parten'], { flow: true }));
    if (c.kind === 'recipient') d.setIn(['recipients'], d.createNode(['kommunen', 'parten'], { flow: true }));
    if (c.transfer === 'listed') d.setIn(['transfers'], d.createNode(['mejlet-usa', 'parten-t'], { flow: true }));
  };
  return m;
}

const COMBOS: Combo[] = [];
for (const kind of ['processor', 'recipient', 'sub-processor'] as const) {
  for (const country of ['SE', 'US', 'IN'] as const) {
    COMBOS.push({ kind, country, transfer: 'none', to: 'same', safeguard: 'scc-2021' });
    for (const transfer of ['not-listed', 'listed'] as const) {
      for (const to of ['same', 'other'] as const) COMBOS.push({ kind, country, transfer, to, safeguard: 'scc-2021' });
    }
    // every safeguard on the ordinary case: a listed transfer to the party's country
    for (const safeguard of ['scc-2010', 'scc-unstated', 'adequacy', 'bcr', 'derogation-described', 'derogation-bare'] as const) {
      COMBOS.push({ kind, country, transfer: 'listed', to: 'same', safeguard });
    }
  }
}

describe('transfer rules in every combination', () => {
  it('the oracle covers clean and failing combinations of every rule', () => {
    const fired = new Set(COMBOS.flatMap(expected));
    expect([...fired].sort()).toEqual([...RULES].sort());
    expect(COMBOS.filter((c) => expected(c).length === 0).length).toBeGreaterThan(5);
  });

  for (const c of COMBOS) {
    const name = `${c.kind} in ${c.country}, transfer ${c.transfer}${c.transfer === 'none' ? '' : ` to ${c.to === 'same' ? 'its country' : 'JP'} under ${c.safeguard}`}`;
    it(`${name} → ${expected(c).join(', ') || 'no finding'}`, () => {
      const run = runWith(mutations(c));
      const fired = [...new Set(run.diagnostics.map((d) => d.rule!).filter((r) => (RULES as readonly string[]).includes(r)))].sort();
      expect(fired).toEqual(expected(c));
    });
  }
});
