/**
 * The W3C Data Privacy Vocabulary (DPV) 2.3 term list: what a term is
 * (class or property), whether it is still to be used (sunset terms are
 * not) and what it is a kind of. Content names terms as prefixed names
 * (pd:HealthRecord); privacy.jsonld uses the same prefixes.
 */
import { DPV_TERM_LINES } from './dpv-terms.ts';
import { suggest } from '../suggest.ts';

/** The three DPV namespaces this project writes and checks. */
export const DPV_NAMESPACES = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  pd: 'https://w3id.org/dpv/pd#',
} as const;

export interface DpvTerm {
  term: string;
  kind: 'class' | 'property';
  status: 'accepted' | 'modified' | 'sunset';
  broader: readonly string[];
}

let table: Map<string, DpvTerm> | undefined;
function terms(): Map<string, DpvTerm> {
  if (table) return table;
  table = new Map();
  for (const line of DPV_TERM_LINES.split('\n')) {
    const [term, k, s, b] = line.split(' ') as [string, string, string, string | undefined];
    table.set(term, {
      term,
      kind: k === 'p' ? 'property' : 'class',
      status: s === 's' ? 'sunset' : s === 'm' ? 'modified' : 'accepted',
      broader: b ? b.split(',') : [],
    });
  }
  return table;
}

export const dpvTerm = (name: string): DpvTerm | undefined => terms().get(name);
export const allDpvTerms = (): string[] => [...terms().keys()];

/** Prefixed name of a full IRI in one of the three namespaces, or undefined. */
export function compactIri(iri: string): string | undefined {
  for (const [prefix, ns] of Object.entries(DPV_NAMESPACES)) {
    if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return undefined;
}

/** Whether `name` is `ancestor` or a narrower term of it (following every broader term). */
export function isKindOf(name: string, ancestor: string): boolean {
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === ancestor) return true;
    if (seen.has(cur)) continue;
    seen.add(cur);
    queue.push(...(dpvTerm(cur)?.broader ?? []));
  }
  return false;
}

/** What a content field may name: the DPV class every allowed term is a kind of. */
export const DPV_EXPECTED = {
  'personal-data': 'dpv:PersonalData',
  'data-subject': 'dpv:HumanSubject',
  recipient: 'dpv:Entity',
  purpose: 'dpv:Purpose',
} as const;
export type DpvExpected = keyof typeof DPV_EXPECTED;

export type DpvProblem =
  | { problem: 'unknown'; term: string; suggestion?: string }
  | { problem: 'sunset'; term: string; replacement: string }
  | { problem: 'wrong-kind'; term: string; expected: string };

/** Why a term named in content cannot be used for `expected`, or null when it can. */
export function dpvProblem(value: string, expected: DpvExpected): DpvProblem | null {
  const found = dpvTerm(value);
  const root = DPV_EXPECTED[expected];
  if (!found) {
    const candidates = allDpvTerms().filter((t) => dpvTerm(t)!.kind === 'class' && dpvTerm(t)!.status !== 'sunset' && isKindOf(t, root));
    return { problem: 'unknown', term: value, suggestion: suggest(value, candidates) };
  }
  if (found.status === 'sunset') return { problem: 'sunset', term: value, replacement: found.broader.join(', ') || root };
  if (found.kind !== 'class' || !isKindOf(value, root)) return { problem: 'wrong-kind', term: value, expected: root };
  return null;
}
