/**
 * Checks a JSON-LD document against the DPV 2.3 term list, the way a
 * privacy-tech tool reads it: a real JSON-LD processor (the `jsonld`
 * package) expands it to full IRIs first, so prefixes, contexts and
 * typos in them are resolved exactly as a consumer would. Then every IRI
 * in the dpv:, eu-gdpr: and pd: namespaces must be a DPV 2.3 term, not
 * sunset, and used as what it is: a property only as a predicate, a class
 * only as a type (@type).
 *
 *   node generators/dpv/check.ts dist/public/privacy.jsonld
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { compactIri, dpvTerm, DPV_NAMESPACES } from '../../src/model/vocabulary/dpv.ts';

export interface DpvFinding {
  term: string;
  problem: 'unknown' | 'sunset' | 'property-as-type' | 'class-as-predicate' | 'term-as-value';
  /** Where in the expanded document, e.g. "@graph[0].dpv:hasProcess[2].@type". */
  at: string;
}

export interface DpvUse {
  term: string;
  as: 'predicate' | 'type' | 'value';
}

const inNamespaces = (iri: string) => Object.values(DPV_NAMESPACES).some((ns) => iri.startsWith(ns));

/** Every use of a DPV-namespace IRI in an expanded JSON-LD document. */
export function dpvUses(expanded: unknown): (DpvUse & { at: string })[] {
  const out: (DpvUse & { at: string })[] = [];
  const visit = (v: unknown, at: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${at}[${i}]`));
    if (!v || typeof v !== 'object') return;
    for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
      if (key === '@type') {
        for (const t of [value].flat() as string[]) if (inNamespaces(t)) out.push({ term: t, as: 'type', at: `${at}.@type` });
      } else if (key === '@id') {
        if (typeof value === 'string' && inNamespaces(value)) out.push({ term: value, as: 'value', at: `${at}.@id` });
      } else if (key === '@value' || key === '@language') {
      } else {
        if (inNamespaces(key)) out.push({ term: key, as: 'predicate', at: `${at}.${compactIri(key)}` });
        visit(value, `${at}.${compactIri(key) ?? key}`);
      }
    }
  };
  visit(expanded, '');
  return out;
}

/** Problems of a JSON-LD document (already parsed) against the DPV 2.3 term list. */
export async function checkDpvDocument(doc: unknown, base = 'https://example.invalid/'): Promise<{ findings: DpvFinding[]; uses: DpvUse[] }> {
  // Safe mode: a key or value the processor would silently drop (an undefined term) is an error, not a loss.
  const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { base, safe: true } as jsonld.Options.Expand);
  const uses = dpvUses(expanded);
  const findings: DpvFinding[] = [];
  for (const use of uses) {
    const term = compactIri(use.term)!;
    const found = dpvTerm(term);
    if (!found) findings.push({ term, problem: 'unknown', at: use.at });
    else if (found.status === 'sunset') findings.push({ term, problem: 'sunset', at: use.at });
    else if (use.as === 'value') findings.push({ term, problem: 'term-as-value', at: use.at });
    else if (use.as === 'type' && found.kind === 'property') findings.push({ term, problem: 'property-as-type', at: use.at });
    else if (use.as === 'predicate' && found.kind === 'class') findings.push({ term, problem: 'class-as-predicate', at: use.at });
  }
  return { findings, uses: uses.map(({ term, as }) => ({ term: compactIri(term)!, as })) };
}

/** `npm run dpv:check -- FILE …`: exit 0 when every file is clean, 1 on findings or an unreadable file, 2 on no arguments. */
export async function main(files: string[], log = console.log): Promise<number> {
  if (!files.length) {
    log('usage: npm run dpv:check -- FILE.jsonld …  (e.g. dist/public/privacy.jsonld)');
    return 2;
  }
  let bad = 0;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      log(`${file}: cannot be read as JSON: ${(e as Error).message}`);
      bad++;
      continue;
    }
    try {
      const { findings, uses } = await checkDpvDocument(doc);
      for (const f of findings) log(`${file}: ${f.term}: ${PROBLEM_TEXT[f.problem]} (at ${f.at})`);
      log(`${file}: ${uses.length} uses of ${new Set(uses.map((u) => u.term)).size} DPV terms, ${findings.length} problem${findings.length === 1 ? '' : 's'}`);
      bad += findings.length;
    } catch (e) {
      // jsonld's own message names the construct it could not read (safe mode: a key it would drop).
      log(`${file}: a JSON-LD processor cannot read it without losses: ${(e as Error).message}`);
      bad++;
    }
  }
  return bad ? 1 : 0;
}

const PROBLEM_TEXT: Record<DpvFinding['problem'], string> = {
  unknown: 'not a term of DPV 2.3',
  sunset: 'sunset in DPV 2.3 (to be deprecated): use its broader term',
  'property-as-type': 'a property used as a type',
  'class-as-predicate': 'a class used as a property',
  'term-as-value': 'a DPV term used as a value; give the node its own id and the term as @type',
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
